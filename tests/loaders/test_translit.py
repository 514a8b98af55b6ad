"""Bengali names in Latin letters, honorifics stripped, and one key per person."""

import pytest
from diplograph.loaders.translit import name_key, strip_honorifics, to_latin
from hypothesis import given
from hypothesis import strategies as st

# Decomposed য় (U+09AF U+09BC), as some Bengali pages store it.
DECOMPOSED_HAIDAR = "হা\u09af\u09bcদার"
PRECOMPOSED_HAIDAR = "হা\u09dfদার"


@pytest.mark.parametrize(
    ("bengali", "latin"),
    [
        ("ইমরান হায়দার", "Imran Haidar"),
        ("জাহাঙ্গীর আলম চৌধুরী", "Jahangir Alam Chowdhury"),
        ("মো. জাহাঙ্গীর আলম চৌধুরী", "Md. Jahangir Alam Chowdhury"),
        ("মোঃ জাহাঙ্গীর", "Md Jahangir"),
        ("প্রণয় ভার্মা", "Pranay Verma"),
        ("ইয়াও ওয়েন", "Yao Wen"),
        ("সান গোসিয়াং", "San Gosiyang"),
        ("শেখ বশির উদ্দিন", "Sheikh Bashir Uddin"),
        ("গোলাম সারোয়ার", "Golam Sarwar"),
        ("শহিদুল হক", "Shahidul Haque"),
        ("জহিরুল ইসলাম", "Jahirul Islam"),
        ("এ কে আব্দুল মোমেন", "A K Abdul Momen"),
        ("স্টিভেন সিম", "Steven Sim"),
        ("ট্রেসি অ্যান জ্যাকবসন", "Tracey Ann Jacobson"),
        ("জুলি সিং", "Julie Singh"),
        ("পার্ক ইয়ং-সিক", "Park Young-Sik"),
        ("গামাল আবদেল নাসের", "Gamal Abdel Nasser"),
    ],
)
def test_bengali_names_read_as_english_news_spells_them(bengali: str, latin: str) -> None:
    assert to_latin(bengali) == latin


@pytest.mark.parametrize(
    ("bengali", "latin"),
    [
        ("আলম", "Alam"),  # the inherent vowel is not written at the end of a word
        ("রহমান", "Rahman"),
        ("ইমরান", "Imran"),  # nor between a vowel and a consonant with its own vowel
        ("কাঠমান্ডু", "Kathmandu"),
        ("চন্দ্রনাথ", "Chandranath"),  # a conjunct keeps it: ra-phala
        ("মুকুন্দ", "Mukunda"),  # also at the end of a word
        ("ল্যান্স", "Lyans"),  # but not after the clusters only foreign names end in
        ("গ্রান্ট", "Grant"),
        ("ব্রিক্স", "Briks"),
        ("আরাল্ড", "Arald"),
        ("এডওয়ার্ড", "Edward"),  # a ref over ড, স, ল or জ ends no Bengali word
        ("কার্ল", "Karl"),
        ("পার্থ", "Partha"),  # but a ref over থ does
        ("সূর্য", "Surya"),  # ref and ya-phala
        ("বাংলাদেশ", "Bangladesh"),  # anusvara
        ("বিদ্যুৎ", "Bidyut"),  # khanda ta
        ("চাঁদ", "Chand"),  # chandrabindu
        ("রাজ্", "Raj"),  # a hasanta at the end
        ("পাহাড়", "Pahar"),  # ড়
        ("ভিক্টর", "Victor"),  # ভ before i or e is written v
        ("ভ্লাদিমির", "Vladimir"),
        ("ভট্টাচার্য", "Bhattacharya"),  # elsewhere bh
    ],
)
def test_letters_follow_bengali_pronunciation(bengali: str, latin: str) -> None:
    assert to_latin(bengali) == latin


def test_decomposed_and_precomposed_nukta_read_the_same() -> None:
    assert to_latin(DECOMPOSED_HAIDAR) == to_latin(PRECOMPOSED_HAIDAR) == "Haidar"
    assert to_latin("পাহা\u09a1\u09bc") == to_latin("পাহা\u09dc") == "Pahar"


@pytest.mark.parametrize("text", ["Imran Haider", "Yao Wen (姚文)", "Cavuşoğlu", "", "  — "])
def test_text_without_bengali_is_returned_unchanged(text: str) -> None:
    assert to_latin(text) == text


def test_mixed_text_keeps_its_non_bengali_parts() -> None:
    assert to_latin("Adviser ইমরান, 2025.") == "Adviser Imran, 2025."


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("Lt Gen Md Jahangir Alam Chowdhury (Retd)", "Jahangir Alam Chowdhury"),
        ("Lieutenant General (retd.) Jahangir Alam Chowdhury", "Jahangir Alam Chowdhury"),
        ("Dr. Md.Hasan Mahmud", "Hasan Mahmud"),
        ("Mr Michael Miller", "Michael Miller"),
        ("Datuk Seri M Saravanan", "M Saravanan"),
        ("লেফটেন্যান্ট জেনারেল মোঃ জাহাঙ্গীর আলম চৌধুরী (অব.)", "জাহাঙ্গীর আলম চৌধুরী"),
        ("মো. গোলাম সারোয়ার", "গোলাম সারোয়ার"),
        ("মি. শেখ বশির উদ্দিন", "শেখ বশির উদ্দিন"),
        ("Sheikh Hasina", "Sheikh Hasina"),
        ("He Lifeng", "He Lifeng"),
    ],
)
def test_honorifics_and_ranks_are_stripped_in_both_scripts(name: str, stripped: str) -> None:
    assert strip_honorifics(name) == stripped


def test_a_name_that_is_only_a_title_is_kept() -> None:
    assert strip_honorifics(" Dr ") == "Dr"


@pytest.mark.parametrize(
    "variants",
    [
        ("Imran Haider", "Imran Haidar", "Imran Hyder", "ইমরান হায়দার", "ইমরান " + DECOMPOSED_HAIDAR),
        (
            "Jahangir Alam Chowdhury",
            "Md Jahangir Alam Chowdhury",
            "Lt Gen Md Jahangir Alam Chowdhury (Retd)",
            "Lieutenant General (retd) M Jahangir Alam Chowdhury",
            "Jahangir Alam Choudhury",
            "মো. জাহাঙ্গীর আলম চৌধুরী",
            "জাহাঙ্গীর আলম চৌধুরী",
            "লেফটেন্যান্ট জেনারেল মোঃ জাহাঙ্গীর আলম চৌধুরী (অব.)",
        ),
        ("Pranay Verma", "Pranay Varma", "Pronoy Verma", "প্রণয় ভার্মা"),
        (
            "Sheikh Bashir Uddin",
            "Sheikh Bashiruddin",
            "Sk Bashir Ud-Din",
            "SK Bashir Uddin",
            "শেখ বশির উদ্দিন",
        ),
        ("AK Abdul Momen", "A K Abdul Momen", "A.K. Abdul Momen", "এ কে আব্দুল মোমেন"),
        ("Michael Miller", "মাইকেল মিলার"),
        ("Charles Whiteley", "চার্লস হোয়াইটলি"),
        ("Wang Yi", "ওয়াং ই"),
        ("Mosammat Rokeya Begum", "Mst. Rokeya Begum", "মোছা. রোকেয়া বেগম"),
        ("Golam Sarwar", "Md Golam Sarowar", "গোলাম সারোয়ার", "মো. গোলাম সারোয়ার"),
        ("Zahirul Islam", "Md Jahirul Islam", "মো. জহিরুল ইসলাম"),
        ("Hedayetul Islam Mondal", "Hedayet Ul Islam Mandal", "মো. হেদায়েতুল ইসলাম মন্ডল"),
        ("Yao Wen", "ইয়াও ওয়েন"),
        ("Sun Guoxiang", "সান গোসিয়াং"),
        ("Xi Jinping", "শি জিনপিং"),
        ("M Saravanan", "এম সারাভানান", "Datuk Seri M Saravanan"),
        ("Shahidul Haque", "Shahidul Hoque", "শহিদুল হক"),
        ("Peter D Haas", "Peter Haas", "পিটার ডি হাস"),
        ("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"),
        ("Michael Shotter", "Michel Shotter"),
        ("Tracey Ann Jacobson", "Tracy Ann Jacobson", "ট্রেসি অ্যান জ্যাকবসন"),
        ("Vincent Spera", "ভিনসেন্ট স্পেরা"),
        ("Francis Ferdinand", "ফ্রান্সিস ফার্দিনান্দ"),
        ("Shahriar Kader Siddiky", "Shahriar Kader Siddiqui", "শাহরিয়ার কাদের ছিদ্দিকী"),
    ],
)
def test_spellings_of_one_person_share_a_key(variants: tuple[str, ...]) -> None:
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, {v: name_key(v) for v in variants}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Imran Ahmad", "Imran Haider"),
        ("ইমরান আহমদ", "ইমরান হায়দার"),
        ("Zahirul Islam", "Hedayetul Islam Mondal"),
        ("Michael Miller", "Michael Shotter"),
        ("Sheikh Hasina", "Sheikh Bashir Uddin"),
        ("Islam", "Aslam"),
        ("Sarah Cooke", "Sara Khan"),
        ("Jahangir Alam Chowdhury", "Jahangir Alam"),
        ("Ali Akbar", "Akbar Ali"),
    ],
)
def test_different_people_get_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_a_key_is_a_readable_id_fragment() -> None:
    assert name_key("Imran Haider") == "imrn-hdr"


def test_a_name_in_capitals_is_not_read_as_initials() -> None:
    assert name_key("IMRAN ALI") == name_key("Imran Ali") != name_key("Imran")


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(to_latin(text), str)
    assert isinstance(strip_honorifics(text), str)
    assert isinstance(name_key(text), str)


@given(st.text(alphabet=st.characters(min_codepoint=0x0980, max_codepoint=0x09FF)))
def test_any_bengali_letters_transliterate_to_another_string(text: str) -> None:
    assert isinstance(name_key(to_latin(text)), str)
    assert name_key(text) == name_key(to_latin(text))
