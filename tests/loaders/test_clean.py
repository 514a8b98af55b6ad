"""Page furniture is dropped, body sentences are kept verbatim, and credits are found."""

from __future__ import annotations

from pathlib import Path

import pytest
from diplograph.loaders.clean import clean_text, find_source, normalize_text
from hypothesis import given, settings
from hypothesis import strategies as st

DATA = Path(__file__).parent.parent / "data" / "read"


def cleaned(name: str, language: str) -> str:
    return clean_text(normalize_text((DATA / name).read_text(encoding="utf-8")), language)


def test_bengali_page_furniture_is_dropped():
    text = cleaned("bn_page.txt", "bn")
    for furniture in (
        "ঢাকা বৃহস্পতিবার",  # the page's current date
        "রহিম উদ্দিন photo",  # byline
        "প্রকাশিত",
        "আরো পড়ুন",
        "নদীতে নতুন ফেরি",  # the headline linked after "আরো পড়ুন:"
        "এসএন",  # source tag
        "Share this news on",
        "সর্বশেষ",
        "img",
        "শীতের সবজিতে",  # the list of other headlines with their dates
        "খেলাধুলা",  # a section label inside that list
        "বইমেলায়",
    ):
        assert normalize_text(furniture) not in text


def test_bengali_body_and_headline_are_kept_in_order():
    lines = [line for line in cleaned("bn_page.txt", "bn").split("\n") if line]
    assert lines == [
        "নৌপরিবহন উপদেষ্টার সঙ্গে জাপানের রাষ্ট্রদূতের বৈঠক",
        "সোমবার (১১ মার্চ) বিকেলে মন্ত্রণালয়ে জাপানের রাষ্ট্রদূত নৌপরিবহন উপদেষ্টার সঙ্গে সাক্ষাৎ করেন।",
        "বৈঠকে দুই দেশের বন্দর উন্নয়ন ও নাবিক প্রশিক্ষণ নিয়ে আলোচনা হয়।",
        normalize_text("রাষ্ট্রদূত বলেন, জাপান প্রশিক্ষণ কর্মসূচিতে সহায়তা করতে আগ্রহী।"),
    ]


def test_a_byline_glued_to_the_first_paragraph_goes_and_the_paragraph_stays():
    text = cleaned("bn_desk.txt", "bn")
    assert text.startswith("নেপাল ও বাংলাদেশের মধ্যে পর্যটন সহযোগিতা")
    assert "ডেস্ক রিপোর্ট" not in text


def test_source_tag_and_previous_next_links_at_the_end_are_dropped():
    text = cleaned("bn_desk.txt", "bn")
    assert text.endswith("দুই দেশের পর্যটন বোর্ডের প্রধানরা স্মারকে সই করেন।")
    assert "এস/ভি নিউজ" not in text and "খবর" not in text


def test_english_read_more_and_comment_form_are_dropped_and_the_paragraph_after_stays():
    text = cleaned("en_comments.txt", "en")
    assert "Read More News" not in text
    assert "Leave a Reply" not in text and "Required fields" not in text
    assert "Save my name" not in text and "Email *" not in text
    assert text.endswith("officials said during the talks.")


def test_a_paragraph_that_only_mentions_a_date_is_not_mistaken_for_furniture():
    text = (
        "Published reports differ.\n"
        "The two sides met on Nov 18, 2025 in Dhaka and agreed to talk again."
    )
    assert clean_text(text, "en") == text


@pytest.mark.parametrize(
    "name",
    ["bn_page.txt", "bn_desk.txt", "en_comments.txt", "headline.txt", "header.txt"],
)
def test_every_kept_line_is_verbatim_in_the_original(name):
    raw = normalize_text((DATA / name).read_text(encoding="utf-8"))
    flat = " ".join(raw.split())
    for line in clean_text(raw, "bn" if name.startswith("bn") else "en").split("\n"):
        assert " ".join(line.split()) in flat


def test_composed_and_decomposed_nukta_letters_normalise_to_one_string():
    composed = "\u09df \u09dc \u09dd"
    decomposed = "\u09af\u09bc \u09a1\u09bc \u09a2\u09bc"
    assert normalize_text(composed) == normalize_text(decomposed) == decomposed


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The adviser sought cooperation on border security, reported BSS.", "BSS"),
        ("Talks ended on Friday.\n\n( With inputs from ANI )", "ANI"),
        ("ISLAMABAD (Dunya News) - The interior minister met the envoy.", "Dunya News"),
        ("DHAKA, June 3 (UNB) - Bangladesh and Bhutan signed a deal.", "UNB"),
        ("ঢাকা, ৩ জুন (বাসস) : দুই দেশের মধ্যে বৈঠক হয়েছে।", "BSS"),
        ("Both sides agreed to meet again, according to Reuters.", "Reuters"),
        ("The adviser met the delegation, said a ministry press release.", None),
        ("The APPLE growers of Dhaka met; Reutersville is a town.", None),
        ("", None),
    ],
)
def test_find_source_reads_the_credited_news_agency(text, source):
    assert find_source(text) == source


MIXED_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0980, max_codepoint=0x09FF),
        st.characters(),
        st.sampled_from(list(" \n\n\n():।.*img photoসর্বশেষ Nov 18, 2025")),
    ),
    max_size=500,
)


@settings(max_examples=300, deadline=None)
@given(MIXED_TEXT, st.sampled_from(["en", "bn", "fr"]))
def test_cleaning_arbitrary_text_never_raises_and_keeps_only_original_lines(text, language):
    text = normalize_text(text)
    flat = " ".join(text.split())
    result = clean_text(text, language)
    for line in result.split("\n"):
        assert " ".join(line.split()) in flat
    find_source(text)
