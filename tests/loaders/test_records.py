"""The records whose __init__ is written out (for mypyc, see mentions.Mention) set every field."""

from dataclasses import MISSING, fields

import pytest
from diplograph.loaders.mentions import Mention, Reading
from diplograph.loaders.model import Entity, Relation
from diplograph.loaders.relations import Found, _Arg
from diplograph.loaders.resolve import Actor

MADE = [
    Mention("country", 0, 1, "Bangladesh"),
    Reading("text", [], [], [], []),
    Found("MET", "a", "b", 0),
    _Arg("a", 0, 1, "with", "person", False),
    Actor("country:BGD", "Country", "Bangladesh", "BGD"),
    Entity("country:BGD", "Country", "Bangladesh"),
    Relation("MET", "a", "b"),
]


@pytest.mark.parametrize("record", MADE, ids=lambda r: type(r).__name__)
def test_a_record_made_with_only_its_required_fields_holds_every_default(record):
    for f in fields(record):
        if f.default is not MISSING:
            assert getattr(record, f.name) == f.default, f.name
        elif f.default_factory is not MISSING:
            assert getattr(record, f.name) == f.default_factory(), f.name
        else:
            assert hasattr(record, f.name), f.name


def test_records_made_alike_are_equal_and_lists_are_not_shared():
    assert Found("MET", "a", "b", 0) == Found("MET", "a", "b", 0, False)
    assert hash(Found("MET", "a", "b", 0)) == hash(Found("MET", "a", "b", 0))
    first, second = Actor("x", "Country", "X", None), Actor("x", "Country", "X", None)
    assert first == second
    first.aliases.append("Y")
    assert second.aliases == []
