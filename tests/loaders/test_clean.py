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


EN_BODY = (
    "Fiji's foreign minister met the Commerce Adviser in Dhaka on Sunday to discuss sugar trade.",
    "Both sides agreed to hold the next round of talks in Suva.",
)
BN_BODY = (
    "ফিজির পররাষ্ট্রমন্ত্রী রোববার ঢাকায় বাণিজ্য উপদেষ্টার সঙ্গে চিনি বাণিজ্য নিয়ে আলোচনা করেন।",
    "দুই পক্ষ সুভায় পরের দফা আলোচনায় একমত হয়।",
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Related: Peru and Chile sign trade pact",
        "Read more: Oman opens a new embassy in Dhaka",
        "Tags: Fiji, sugar, trade",
        "Topics: Diplomacy, Trade",
        "Follow us on Facebook and X",
        "Subscribe to our daily newsletter",
        "Advertisement",
        "ADVERTISEMENT - SCROLL TO CONTINUE",
        "Share on WhatsApp",
        "Facebook | Twitter | WhatsApp | Email",
        "Print",
        "Comments (4)",
        "0 Comments",
        "© 2025 The Harbour Ledger",
        "Copyright 2025 Harbour Ledger Ltd. All rights reserved.",
        "The Harbour Ledger. All rights reserved.",
        "Published: 02 March 2025, 11:05 AM",
        "Published at 10:31 pm, September 2nd, 2024",
        "Updated: March 3, 2025 9:00 am",
        "Last modified: 3 March 2025",
        "Reporter: Anwar Kabir",
        "Staff Correspondent",
        "Diplomatic Correspondent, Dhaka",
        "Correspondent, Sylhet",
        "By Nadia Rahman",
        "Photo: Collected",
        "Photo: The minister and the adviser shake hands in Dhaka",
        "File photo",
        "(File Photo)",
        "Photo collected",
        "The minister and the adviser at the commerce ministry. Photo: PID",
        "The two delegations in Dhaka on Sunday. PHOTO: STAR",
        "Envoys at the state guest house (File photo)",
        "02 March 2025, 11:05 AM",
        "Tuesday, 18 February 2025",
        "March 2, 2025",
        "2 Mar 2025 | 11:05",
        "Dhaka, Tuesday, March 11, 2025",
        "Related stories: Oman to open a consulate in Sylhet | Rain halts the second Test",
        "More news: Ferry service resumes on the Padma | Lisbon hosts an investment fair",
    ],
)
def test_an_english_furniture_line_goes_and_the_paragraphs_around_it_stay(furniture):
    text = "\n".join([EN_BODY[0], furniture, EN_BODY[1]])
    assert clean_text(text, "en") == "\n".join(EN_BODY)


@pytest.mark.parametrize(
    "furniture",
    [
        "আরও পড়ুন: ভুটানে নতুন দূতাবাস খুলছে বাংলাদেশ",
        "আরো পড়ুনঃ নেপালের সঙ্গে বিদ্যুৎ চুক্তি",
        "শেয়ার করুন",
        "শেয়ার করুন ফেসবুকে",
        "বিজ্ঞাপন",
        "নিজস্ব প্রতিবেদক",
        "স্টাফ রিপোর্টার",
        "বিশেষ প্রতিনিধি",
        "কূটনৈতিক প্রতিবেদক, ঢাকা",
        "সিলেট প্রতিনিধি",
        "ছবি: সংগৃহীত",
        "ছবিঃ বাসস",
        "ফাইল ছবি",
        "(ফাইল ছবি)",
        "বৈঠকে দুই দেশের প্রতিনিধিরা। ছবি: পিআইডি",
        "প্রকাশ: ১০ মার্চ ২০২৫, ১১:০৫",
        "প্রকাশিত: সোমবার, ১০ মার্চ, ২০২৫",
        "আপডেট: ১১ মার্চ ২০২৫, ০৯:১০",
        "হালনাগাদ: ১১ মার্চ ২০২৫",
        "১০ মার্চ ২০২৫, ১১:০৫",
        "সোমবার, ১০ মার্চ, ২০২৫",
        "ঢাকা, মঙ্গলবার, ১১ মার্চ ২০২৫",
        "মঙ্গলবার, ১১ মার্চ ২০২৫, ২৭ ফাল্গুন ১৪৩১",
        "গুগল নিউজে আমাদের ফলো করুন",
        "সর্বস্বত্ব সংরক্ষিত © ২০২৫ নদীবার্তা",
        "কপিরাইট © ২০২৫ নদীবার্তা",
        "ট্যাগ: ফিজি, চিনি",
        "Share on Facebook",
        "আরও খবর: পদ্মায় ফেরি চলাচল শুরু | লিসবনে বিনিয়োগ মেলা",
    ],
)
def test_a_bengali_furniture_line_goes_and_the_paragraphs_around_it_stay(furniture):
    text = normalize_text("\n".join([BN_BODY[0], furniture, BN_BODY[1]]))
    assert clean_text(text, "bn") == normalize_text("\n".join(BN_BODY))


@pytest.mark.parametrize(
    ("heading", "headlines", "language"),
    [
        (
            "More from Diplomacy",
            ["Japan and Nepal sign hydropower deal", "Canada opens a visa centre"],
            "en",
        ),
        ("MORE FROM POLITICS »", ["Parties meet the election commission"], "en"),
        ("Related News", ["Peru and Chile sign a trade pact", "Oman opens an embassy"], "en"),
        ("Also read", ["Qatar to hire more nurses", "Kenya seeks doctors"], "en"),
        ("You may also like", ["Ghana and Togo open a border post"], "en"),
        ("Most Read", ["Rice prices fall in Dhaka", "Will the rains come early?"], "en"),
        ("Trending", ["Cricket: Tigers win the series"], "en"),
        (
            "Latest news",
            ["Metro rail to run on Fridays", "Teaser of a story that goes on..."],
            "en",
        ),
        ("Top News", ["Power cuts ease in the north"], "en"),
        ("সম্পর্কিত খবর", ["মালদ্বীপে নতুন শ্রমবাজার খুলছে", "থাইল্যান্ডের সঙ্গে পর্যটন চুক্তি"], "bn"),
        ("এই বিভাগের আরো খবর", ["কাতারে নার্স পাঠানোর উদ্যোগ"], "bn"),
        ("সর্বাধিক পঠিত", ["চালের দাম কমেছে", "বৃষ্টি কি আগে আসবে?"], "bn"),
        ("সর্বশেষ", ["মেট্রোরেল শুক্রবারেও চলবে"], "bn"),
        ("আরও পড়ুন", ["ঘানার সঙ্গে নতুন সীমান্ত চৌকি"], "bn"),
    ],
)
def test_a_list_heading_drops_its_headlines_and_the_body_after_the_list_stays(
    heading, headlines, language
):
    body = EN_BODY if language == "en" else tuple(normalize_text(line) for line in BN_BODY)
    text = normalize_text("\n".join([body[0], "", heading, *headlines, "", body[1]]))
    assert clean_text(text, language) == f"{body[0]}\n\n{body[1]}"


# Headlines of other articles: letters, digits and spaces, no stop at the end.
HEADLINES = st.lists(
    st.text(alphabet=st.characters(categories=["L", "Nd", "Zs"]), min_size=1, max_size=80),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["More from Diplomacy", "Related News", "Also read", "সম্পর্কিত খবর", "সর্বশেষ"]),
    HEADLINES,
    st.sampled_from(["en", "bn"]),
)
def test_a_list_heading_never_takes_the_paragraphs_around_its_list(heading, headlines, language):
    text = normalize_text("\n".join([EN_BODY[0], heading, *headlines, EN_BODY[1]]))
    result = clean_text(text, language)
    assert result.startswith(EN_BODY[0])
    assert result.endswith(EN_BODY[1])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministers talked about the latest news on sugar prices and agreed to meet again.",
        "Photographers followed the two delegations around the port of Chattogram on Sunday.",
        "Copyright rules for films were discussed, and both sides agreed to respect them.",
        "By the end of the year, Fiji will open a trade office in Dhaka, the minister said.",
        "Dhaka, Monday: Nepal and Bangladesh signed a power deal.",
        "3 March is 19 Falgun in the Bengali calendar, the minister told the envoys.",
        "Published reports said the deal would be signed on 2 March 2025 in Suva.",
        "সর্বশেষ বৈঠকে দুই দেশ চিনি বাণিজ্য বাড়াতে একমত হয়, জানান উপদেষ্টা।",
        "ছবি প্রদর্শনীতে দুই দেশের শিল্পীরা অংশ নেন এবং সংস্কৃতি বিনিময়ে একমত হন।",
        "স্বত্ব নিয়ে বিরোধ মেটাতে দুই দেশ যৌথ কমিটি গঠনে একমত হয়।",
    ],
)
def test_a_paragraph_that_starts_or_mentions_like_furniture_stays(paragraph):
    paragraph = normalize_text(paragraph)
    language = "bn" if paragraph[0] > "\u0980" else "en"
    assert clean_text(paragraph, language) == paragraph


@pytest.mark.parametrize(
    "name",
    [
        "bn_page.txt",
        "bn_desk.txt",
        "bn_related.txt",
        "en_comments.txt",
        "en_more_from.txt",
        "headline.txt",
        "header.txt",
    ],
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
