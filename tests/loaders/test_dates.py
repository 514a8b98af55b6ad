"""Publication dates from a page's own date lines, event dates from sentences."""

from __future__ import annotations

from datetime import date

import pytest
from diplograph.loaders.clean import normalize_text
from diplograph.loaders.dates import event_date, parse_date, publication_date
from hypothesis import given, settings
from hypothesis import strategies as st


def test_the_header_date_comes_first():
    text = "Published: 3 January 2024\nThe envoys met."
    assert publication_date(text, "en", header_date="2024-05-08") == "2024-05-08"


def test_a_bengali_published_line_is_day_month_year_in_bengali_digits():
    text = "ঢাকা বৃহস্পতিবার, ০৫ জুন, ২০২৫\nশিরোনাম\nপ্রকাশিত: ২-৯-২০২৪ রাত ১০:৩১\nদুই দেশের বৈঠক হয়েছে।"
    assert publication_date(text, "bn") == "2024-09-02"


def test_the_pages_current_date_line_is_not_the_publication_date():
    text = "ঢাকা মঙ্গলবার, ১১ মার্চ, ২০২৫\nদুই দেশের বৈঠক হয়েছে।"
    assert publication_date(text, "bn") is None


def test_an_event_date_in_the_body_is_not_the_publication_date():
    text = "চীনের রাষ্ট্রদূত বুধবার (১৬ জুলাই, ২০২৫) উপদেষ্টার সঙ্গে সাক্ষাৎ করেন।"
    assert publication_date(text, "bn") is None
    assert publication_date("The ministers met on 16 July 2025 in Dhaka.", "en") is None


def test_the_dates_of_a_list_of_other_headlines_give_the_page_date():
    text = (
        "শিরোনাম\n\nদুই দেশের বৈঠক হয়েছে।\n\nসর্বশেষ\nimg\n"
        "বাজারে সবজির দাম কমেছে Nov 18, 2025\nimg\nনতুন কোচ ঘোষণা Nov 18, 2025\n"
        "img\nবইমেলা শুরু Nov 17, 2025\n"
    )
    assert publication_date(text, "bn") == "2025-11-18"


def test_english_published_line_wins_over_updated():
    text = "Updated: 14 March 2023, 9.00 am\nPublished: 12 March 2023, 4.15 pm\nBody text here."
    assert publication_date(text, "en") == "2023-03-12"
    assert publication_date("Updated: March 14, 2023\nBody.", "en") == "2023-03-14"


BODY = {
    "en": "Fiji's foreign minister met the Commerce Adviser in Dhaka on Sunday about sugar.",
    "bn": "ফিজির পররাষ্ট্রমন্ত্রী রোববার ঢাকায় বাণিজ্য উপদেষ্টার সঙ্গে চিনি বাণিজ্য নিয়ে আলোচনা করেন।",
}


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("02 March 2025, 11:05 AM", "en", "2025-03-02"),
        ("Tuesday, 18 February 2025", "en", "2025-02-18"),
        ("March 2, 2025", "en", "2025-03-02"),
        ("2 Mar 2025 | 11:05", "en", "2025-03-02"),
        ("Sunday, March 2, 2025 - 11:05 am GMT+6", "en", "2025-03-02"),
        ("Mar. 2nd, 2025 at 11:05 PM", "en", "2025-03-02"),
        ("02/03/2025 11:05", "en", "2025-03-02"),
        ("2025-03-02 11:05", "en", "2025-03-02"),
        ("১০ মার্চ ২০২৫, ১১:০৫", "bn", "2025-03-10"),
        ("সোমবার, ১০ মার্চ, ২০২৫", "bn", "2025-03-10"),
        ("১০ মার্চ ২০২৫, সকাল ১১:০৫", "bn", "2025-03-10"),
        ("10 March 2025, 11:05 AM", "bn", "2025-03-10"),
    ],
)
def test_a_line_holding_only_a_date_above_or_below_the_article_is_its_date(
    line, language, expected
):
    assert publication_date(f"{line}\nHeadline\n{BODY[language]}", language) == expected
    assert publication_date(f"Headline\n{BODY[language]}\n\n{line}", language) == expected


BN_MONTHS = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
]
BN_WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
EN_FORMATS = ["%d %B %Y, %I:%M %p", "%A, %d %B %Y", "%B %d, %Y", "%d %b %Y | %H:%M", "%a, %d %b %Y"]


def bengali_date_line(day: date, with_weekday: bool) -> str:
    text = f"{day.day} {BN_MONTHS[day.month - 1]} {day.year}, ১১:০৫"
    if with_weekday:
        text = f"{BN_WEEKDAYS[day.weekday()]}, {text}"
    return text.translate(BN_DIGITS)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from([*EN_FORMATS, "bn", "bn weekday"]),
)
def test_any_date_written_alone_on_a_line_above_the_article_is_read_back(day, form):
    if form.startswith("bn"):
        line, language = bengali_date_line(day, with_weekday=form == "bn weekday"), "bn"
    else:
        line, language = day.strftime(form), "en"
    text = normalize_text(f"{line}\nHeadline\n{BODY[language]}")
    assert publication_date(text, language) == day.isoformat()


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Published at 10:31 pm, September 2nd, 2024", "en", "2024-09-02"),
        ("Published: 02 March 2025, 11:05 AM", "en", "2025-03-02"),
        ("Posted on Mar 2, 2025", "en", "2025-03-02"),
        ("প্রকাশ: ১০ মার্চ ২০২৫", "bn", "2025-03-10"),
        ("প্রকাশঃ সোমবার, ১০ মার্চ, ২০২৫, ১১:০৫", "bn", "2025-03-10"),
        ("আপডেট: ১১ মার্চ ২০২৫, ০৯:১০", "bn", "2025-03-11"),
        ("হালনাগাদ: ১১ মার্চ ২০২৫", "bn", "2025-03-11"),
    ],
)
def test_published_and_updated_lines_in_their_usual_forms_give_the_date(line, language, expected):
    assert publication_date(f"Headline\n{line}\n{BODY[language]}", language) == expected


@pytest.mark.parametrize(
    "masthead",
    [
        "ঢাকা, সোমবার, ১০ মার্চ ২০২৫",
        "মঙ্গলবার, ১১ মার্চ ২০২৫, ২৭ ফাল্গুন ১৪৩১",
        "Dhaka, Tuesday, March 11, 2025",
        "Tuesday, 11 March 2025 | 27 Falgun 1431",
    ],
)
def test_the_pages_today_line_with_its_city_or_bengali_calendar_is_not_the_date(masthead):
    language = "bn" if masthead[0] > "\u0980" else "en"
    assert publication_date(f"{masthead}\nHeadline\n{BODY[language]}", language) is None


@pytest.mark.parametrize("line", ["2 March 2025", "Sunday, March 2, 2025", "রবিবার, ২ মার্চ, ২০২৫"])
def test_a_date_line_between_paragraphs_belongs_to_the_story(line):
    language = "bn" if line[0] > "\u0980" else "en"
    text = f"Headline\n{BODY[language]}\n{line}\n{BODY[language]}"
    assert publication_date(text, language) is None


def test_the_date_lines_of_a_list_of_other_headlines_give_the_dominant_date():
    text = (
        f"Headline\n{BODY['en']}\n\nMore from Diplomacy\n"
        "Japan and Nepal sign hydropower deal\n2 March 2025\n"
        "Canada opens a visa centre\n2 March 2025\nQatar to hire nurses\n1 March 2025\n"
    )
    assert publication_date(text, "en") == "2025-03-02"


def test_publication_date_precedence_published_then_date_line_then_updated_then_list():
    published = "Published: 1 March 2025"
    alone = "2 March 2025"
    updated = "Updated: 3 March 2025"
    listed = "Japan and Nepal sign hydropower deal Mar 4, 2025"
    body = BODY["en"]
    assert publication_date(f"{alone}\n{updated}\n{published}\n{body}\n{listed}", "en") == (
        "2025-03-01"
    )
    assert publication_date(f"{updated}\n{alone}\n{body}\n{listed}", "en") == "2025-03-02"
    assert publication_date(f"{updated}\n{body}\n{listed}", "en") == "2025-03-03"
    assert publication_date(f"{body}\n{listed}", "en") == "2025-03-04"
    assert publication_date(f"{alone}\n{body}", "en", header_date="2025-02-28") == "2025-02-28"


@pytest.mark.parametrize(
    ("sentence", "language", "published", "expected"),
    [
        ("They met on 16 July 2025 in Dhaka.", "en", None, "2025-07-16"),
        ("They met on July 16, 2025 in Dhaka.", "en", "2025-08-01", "2025-07-16"),
        ("বুধবার (১৬ জুলাই, ২০২৫) সাক্ষাৎ হয়।", "bn", None, "2025-07-16"),
        ("২০২২ সালের ৮ আগস্ট শ্রমবাজার খুলেছে।", "bn", "2023-06-13", "2022-08-08"),
        # 2025-11-18 is a Tuesday: a weekday is the latest one on or before publication.
        ("The envoy called on him on Wednesday.", "en", "2025-11-18", "2025-11-12"),
        ("The envoy called on him on Tuesday.", "en", "2025-11-18", "2025-11-18"),
        ("মঙ্গলবার (১৮ নভেম্বর) বিকেলে বৈঠক হয়।", "bn", "2025-11-18", "2025-11-18"),
        ("রোববার পুত্রজায়ায় চুক্তি সই হয়।", "bn", "2025-11-18", "2025-11-16"),
        # A weekday's name inside a word is none; the weekday after it is read.
        ("After the WednesdayX notes, they met on Sunday.", "en", "2025-11-18", "2025-11-16"),
        ("The ambassador today sought security.", "en", "2025-11-18", "2025-11-18"),
        ("Yesterday the two sides signed.", "en", "2025-11-18", "2025-11-17"),
        ("আজ বিকালে সাক্ষাৎ করেন।", "bn", "2025-11-18", "2025-11-18"),
        ("গতকাল বৈঠক হয়।", "bn", "2025-11-18", "2025-11-17"),
        ("They met on June 13-14 to discuss transport.", "en", "2023-06-15", "2023-06-13"),
        # A late-December day in a January article is last year's.
        ("They met on December 28.", "en", "2025-01-03", "2024-12-28"),
        # Without a publication date no year is guessed.
        ("The envoy called on him on Wednesday.", "en", None, None),
        ("মঙ্গলবার (১৮ নভেম্বর) বিকেলে বৈঠক হয়।", "bn", None, None),
        ("They met on June 13.", "en", None, None),
        ("No date is written here.", "en", "2025-11-18", None),
        ("They may meet again.", "en", "2025-11-18", None),
    ],
)
def test_event_date_resolves_what_the_sentence_allows(sentence, language, published, expected):
    assert event_date(sentence, language, published) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-13", "2024-07-13"),
        ("2024-07-13T10:00:00+05:00", "2024-07-13"),
        ("18 November 2025", "2025-11-18"),
        ("Nov 18, 2025", "2025-11-18"),
        ("১৮ নভেম্বর ২০২৫", "2025-11-18"),
        ("১৮-১১-২০২৫", "2025-11-18"),
        ("3/25/2024", "2024-03-25"),
        ("Tue, 18 Nov 2025 10:00:00 GMT", "2025-11-18"),
        ("2024-13-45", None),
        ("not a date", None),
    ],
)
def test_parse_date_reads_the_usual_forms(value, expected):
    assert parse_date(value) == expected


# Pieces of dates in both scripts among arbitrary characters.
TEXT = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.characters(min_codepoint=0x0980, max_codepoint=0x09FF),
        st.sampled_from(
            [" ", "\n", "-", "/", "১৮", "২০২৫", "18", "2025", "Nov ", "জুলাই", "প্রকাশিত: ", "Monday"]
        ),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["en", "bn"]), st.one_of(st.none(), st.dates().map(str), TEXT))
def test_date_functions_never_raise_on_arbitrary_text(text, language, published):
    publication_date(text, language, header_date=published)
    event_date(text, language, published)


def test_a_news_agency_dateline_opening_the_story_dates_it():
    en = "BSS\nDHAKA, Sept 22, 2025 (BSS) - The adviser received the envoy at her office today."
    assert publication_date(en, "en") == "2025-09-22"
    bn = "বাসস\nঢাকা, ২ নভেম্বর, ২০২৫ (বাসস) : উপদেষ্টা আজ রাষ্ট্রদূতের সঙ্গে বৈঠক করেন।"
    assert publication_date(bn, "bn") == "2025-11-02"
    plain = "Male, 9 August 2025 - The defence minister met his counterpart in New Delhi."
    assert publication_date(plain, "en") == "2025-08-09"


def test_a_timestamped_byline_date_wins_over_the_mastheads_date_of_the_day():
    text = (
        "The Daily Star\nSaturday, March 22, 2025\nJICA signs two loans\nStar Business Report\n"
        "Wed Mar 19, 2025 12:00 AM  Last update on: Wed Mar 19, 2025 01:14 AM\n"
        "JICA yesterday signed two loan agreements with Bangladesh."
    )
    assert publication_date(text, "en") == "2025-03-19"


def test_a_published_stamp_after_a_byline_on_the_same_line():
    text = "FE Online Report | Published: June 03, 2025 21:30:14\nThe two sides signed a deal."
    assert publication_date(text, "en") == "2025-06-03"
