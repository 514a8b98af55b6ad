"""Any text, however odd, extracts without error, with ids that exist and verbatim evidence."""

from diplograph.loaders.extract import extract_article
from diplograph.loaders.model import Article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Words the tables know, so the random texts exercise titles, cues and references.
WORDS = {
    "en": [
        "Ambassador",
        "High",
        "Commissioner",
        "Minister",
        "Adviser",
        "the",
        "adviser",
        "he",
        "she",
        "him",
        "them",
        "they",
        "we",
        "us",
        "both",
        "sides",
        "met",
        "agreed",
        "signed",
        "sought",
        "urged",
        "assured",
        "offered",
        "called",
        "on",
        "to",
        "with",
        "from",
        "and",
        "Bangladesh",
        "India",
        "Pakistan's",
        "British",
        "Chinese",
        "EU",
        "UN",
        "Ministry",
        "of",
        "Home",
        "Affairs",
        "Sarah",
        "Cooke",
        "Naqvi",
        "Karim",
        "Hasan",
        "Rahim",
        ",",
        ".",
        ";",
        "(",
        ")",
        "[",
        "]",
        '"',
        "'",
        "were",
        "present",
        "not",
        "will",
        "visit",
    ],
    "bn": [
        "হাইকমিশনার",
        "রাষ্ট্রদূত",
        "উপদেষ্টা",
        "স্বরাষ্ট্র",
        "মন্ত্রণালয়ের",
        "বাংলাদেশে",
        "নিযুক্ত",
        "পাকিস্তানের",
        "ভারতের",
        "সঙ্গে",
        "সাক্ষাৎ",
        "করেন",
        "সহযোগিতা",
        "চেয়েছে",
        "করবে",
        "সই",
        "হয়নি",
        "তিনি",
        "আমরা",
        "দুই",
        "দেশের",
        "উপস্থিত",
        "ছিলেন",
        "মো.",
        "(অব.)",
        "এর",
        "-এর",
        "বাংলাদেশকে",
        "চীনের",
        "ইমরান",
        "হায়দার",
        "করিম",
        "ও",
        "এবং",
        "।",
        ",",
        "(",
        ")",
    ],
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    language=st.sampled_from(["en", "bn"]),
    picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=60),
    noise=st.text(max_size=20),
)
def test_any_text_extracts_with_existing_ids_and_verbatim_evidence(language, picks, noise):
    words = WORDS[language]
    text = " ".join(words[i % len(words)] for i in picks) + noise
    x = extract_article(Article(text=text, language=language))
    ids = {e.id for e in x.entities}
    for r in x.relations:
        assert r.source in ids and r.target in ids
        assert r.source != r.target
        assert r.evidence and r.evidence in text


def test_an_empty_article_has_nothing():
    x = extract_article(Article(text="", language="en"))
    assert x.entities == [] and x.relations == []


def test_an_article_in_another_language_is_read_with_the_english_tables():
    x = extract_article(Article(text="Le ministre Jean Dupont a rencontré India.", language="fr"))
    assert [e.id for e in x.entities] == ["country:IND"]


def test_a_title_whose_complement_ends_the_text_reads_without_error():
    # found by fuzzing: "of the", "in" or "of <fields>" with nothing after it
    for text in (
        "The Minister of the",
        "Welfare shipping Employment in Siddique chief in",
        "A delegation led by Rear Admiral Paolo Rossi, Head of International Cooperation",
    ):
        x = extract_article(Article(text=text, language="en"))
        assert x.relations == []


def test_a_text_ending_inside_a_ministrys_listed_fields_is_read():
    x = extract_article(
        Article(text="The Secretary of the Ministry of Agriculture, Water", language="en")
    )
    assert x.relations == []
