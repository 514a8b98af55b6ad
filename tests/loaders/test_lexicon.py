"""The language tables load once per language and hold well-formed rows."""

import unicodedata

import pytest
from diplograph.loaders.lexicon import LANGUAGES, load_lexicon
from diplograph.loaders.model import INTERACTION_TYPES
from diplograph.loaders.tokens import tokenize

PATTERNS = {
    "forward",
    "joint",
    "pair",
    "between",
    "present",
    "call_on",
    "welcome",
    "arrival",
    "opening",
    "marked",
    "visit",
    "leaders",
    "presence",
    "member",
    "none",
}


def entries(code: str, kind: str):
    lexicon = load_lexicon(code)
    for _, phrase in lexicon.automaton.items():
        yield from (e for e in phrase.entries if e.kind == kind)


def test_a_lexicon_is_built_once_and_shared():
    assert load_lexicon("en") is load_lexicon("en")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no lexicon"):
        load_lexicon("fr")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_cue_has_a_known_type_and_pattern(code):
    for entry in entries(code, "cue"):
        assert entry.value.type in (*INTERACTION_TYPES, "NONE"), entry.phrase
        assert entry.value.pattern in PATTERNS, entry.phrase


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_gazetteer_country_is_a_country_of_the_table(code):
    lexicon = load_lexicon(code)
    for kind in ("country", "capital"):
        for entry in entries(code, kind):
            assert entry.value in lexicon.countries, entry.phrase
    for entry in entries(code, "official"):
        assert entry.value.country is None or entry.value.country in lexicon.countries


def test_the_countries_include_the_un_members_and_the_eu():
    countries = load_lexicon("en").countries
    assert len(countries) >= 193
    assert countries["EU"].name == "European Union"
    assert all(len(iso) == 3 or iso == "EU" for iso in countries)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_topic_cue_names_a_topic(code):
    lexicon = load_lexicon(code)
    found = {entry.value for entry in entries(code, "topic")}
    assert found <= set(lexicon.topics)
    assert len(found) == len(lexicon.topics)  # every topic can be found in both languages


def test_a_bengali_cue_with_a_verb_lemma_matches_every_form_of_the_verb():
    phrases = {entry.phrase for entry in entries("bn", "cue")}
    forms = {"আশ্বাস দেন", "আশ্বাস দিলেন", "আশ্বাস দিয়েছিলেন"}
    assert {unicodedata.normalize("NFC", f) for f in forms} <= {
        unicodedata.normalize("NFC", p) for p in phrases
    }
    assert not any("{" in p for p in phrases)


def test_a_phrase_matches_whole_words_only_at_its_tokens():
    lexicon = load_lexicon("en")
    text = "The foreign ministers met the Foreign Minister of Nepal."
    tokens = tokenize(text, lexicon.keys)
    spans = {(m.start, m.end): m.phrase for m in lexicon.matches(tokens)}
    title = spans[(5, 7)]  # "Foreign Minister", not the start of "ministers"
    assert title.entity is not None and title.entity.kind == "title"
    assert spans[(8, 9)].entity is not None and spans[(8, 9)].entity.value == "NPL"
    assert (1, 3) not in spans


def test_a_phrase_is_looked_up_by_all_of_its_words():
    lexicon = load_lexicon("en")
    assert lexicon.phrase(["foreign", "minister"]) is lexicon.phrase(["foreign", "minister"])
    assert lexicon.phrase(["foreign", "minister"]).entity.kind == "title"
    assert lexicon.phrase(["foreign", "minister", "nepal"]) is None
    assert lexicon.phrase(["no-such-word"]) is None
