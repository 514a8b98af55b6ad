"""Telling Bengali articles from English ones by their script."""

from __future__ import annotations

import pytest
from diplograph.loaders.clean import normalize_text
from diplograph.loaders.language import data_rows, date_words, detect_language
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bangladesh and Nepal agreed to trade hydropower.", "en"),
        ("বাংলাদেশ ও নেপাল জলবিদ্যুৎ বাণিজ্যে একমত হয়েছে।", "bn"),
        # A Bengali page with an English menu and headline list dates is Bengali.
        (
            "Home | Sport | Share this news on:\nবাংলাদেশ ও নেপালের মধ্যে চুক্তি সই হয়েছে। Nov 18, 2025",
            "bn",
        ),
        # An English article quoting one Bengali name is English.
        ("The adviser, Jahangir Alam (জাহাঙ্গীর), met the envoy from Nepal on Monday.", "en"),
        ("", "en"),
        ("১২৩ ৪৫৬ 123", "bn"),
    ],
)
def test_detect_language_follows_the_majority_script(text, language):
    assert detect_language(text) == language


@given(st.text())
def test_detect_language_always_answers_bn_or_en(text):
    assert detect_language(text) in {"bn", "en"}


def test_data_rows_skip_the_header_and_split_columns():
    rows = data_rows("bn/digits.tsv")
    assert len(rows) == 10
    assert rows[0] == ("০", "0")


def test_date_words_of_bengali_pages_hold_english_and_bengali_names():
    words = date_words("bn")
    assert words["month"]["March"] == words["month"]["মার্চ"] == 3
    assert words["weekday"][normalize_text("রোববার")] == words["weekday"]["Sunday"] == 6
    assert "pm" in words["filler"] and "রাত" in words["filler"]
    assert "মার্চ" not in date_words("en")["month"]
