"""The graph summed up by country: how many interactions of each type joined two countries.

An official or an agency counts for its country (the Country node whose name
is its `country`, in any case), a Country node for itself, and an actor of no
known country for NO_COUNTRY. The same sums come from a networkx graph
(`aggregate_graph`) or from one aggregate query run by the store
(`aggregate_store`), which sends back a few hundred rows where the whole graph
would be hundreds of thousands: the page of a large graph is drawn from it.

>>> totals = aggregate_store(store)
>>> totals.pairs["country:BGD", "country:IND"]["MET"]
12
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .schema import INTERACTION_TYPES
from .store import Store

NO_COUNTRY = "International / no country"
ACTOR_LABELS = ("Country", "Official", "Agency")

# Labels and types in the text come from graph/schema.py; the query has no values.
INTERACTIONS = "|".join(INTERACTION_TYPES)
PAIR_COUNTS_CYPHER = (
    f"MATCH (a)-[r:{INTERACTIONS}]->(b) "
    "WHERE (a:Country OR a:Official OR a:Agency) AND (b:Country OR b:Official OR b:Agency) "
    "RETURN CASE WHEN a:Country THEN a.id END AS a_id, "
    "CASE WHEN a:Country THEN null ELSE a.country END AS a_country, "
    "CASE WHEN b:Country THEN b.id END AS b_id, "
    "CASE WHEN b:Country THEN null ELSE b.country END AS b_country, "
    "type(r) AS type, count(r) AS interactions"
)
COUNTRIES_CYPHER = "MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.aliases AS aliases"
NODE_COUNT_CYPHER = "MATCH (n) RETURN count(n) AS nodes"


@dataclass(frozen=True)
class Country:
    """One node of the aggregated view: a country, or NO_COUNTRY."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class CountryTotals:
    """Countries, the interactions between each pair of them by type, and the size of the
    graph they sum up. A pair is its two ids sorted (both directions counted together);
    a pair of one id twice counts the interactions within that country."""

    countries: dict[str, Country]
    pairs: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    nodes: int = 0

    def interactions(self, country: str) -> int:
        """Interactions the country took part in, within it included."""
        return sum(sum(types.values()) for pair, types in self.pairs.items() if country in pair)

    def within(self, country: str) -> int:
        """Interactions between actors of the same country."""
        return sum(self.pairs.get((country, country), Counter()).values())


def aggregate_graph(G: nx.MultiDiGraph) -> CountryTotals:
    """The country totals of a networkx graph in the contract's form."""
    countries = {
        n: Country(n, str(d.get("name") or n), tuple(d.get("aliases") or []))
        for n, d in G.nodes(data=True)
        if d.get("label") == "Country"
    }
    by_name = _by_name(countries)
    group: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        if data.get("label") == "Country":
            group[node] = node
        elif data.get("label") in ACTOR_LABELS:
            group[node] = by_name.get(str(data.get("country") or "").casefold(), NO_COUNTRY)
    counts: Counter[tuple[str, str, str]] = Counter()
    for u, v, rel_type in G.edges(data="type"):
        if rel_type in INTERACTION_TYPES and u in group and v in group:
            counts[group[u], group[v], rel_type] += 1
    return _totals(countries, counts, G.number_of_nodes())


def aggregate_store(store: Store) -> CountryTotals:
    """The country totals of the stored graph, summed by the database (three small queries)."""
    countries = {
        row["id"]: Country(row["id"], str(row["name"] or row["id"]), tuple(row["aliases"] or []))
        for row in store.query(COUNTRIES_CYPHER)
    }
    by_name = _by_name(countries)

    def group(country_id: str | None, country_name: Any) -> str:
        if country_id is not None:
            return country_id
        return by_name.get(str(country_name or "").casefold(), NO_COUNTRY)

    counts: Counter[tuple[str, str, str]] = Counter()
    for row in store.query(PAIR_COUNTS_CYPHER):
        a = group(row["a_id"], row["a_country"])
        b = group(row["b_id"], row["b_country"])
        counts[a, b, row["type"]] += row["interactions"]
    return _totals(countries, counts, count_nodes(store))


def count_nodes(store: Store) -> int:
    """How many nodes the stored graph holds."""
    return store.query(NODE_COUNT_CYPHER)[0]["nodes"]


def _by_name(countries: Mapping[str, Country]) -> dict[str, str]:
    return {c.name.casefold(): c.id for c in countries.values()}


def _totals(
    countries: dict[str, Country], counts: Counter[tuple[str, str, str]], nodes: int
) -> CountryTotals:
    pairs: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (a, b, rel_type), n in counts.items():
        first, second = sorted((a, b))
        pairs[first, second][rel_type] += n
    if any(NO_COUNTRY in pair for pair in pairs):
        countries = {**countries, NO_COUNTRY: Country(NO_COUNTRY, NO_COUNTRY)}
    return CountryTotals(countries, dict(pairs), nodes)
