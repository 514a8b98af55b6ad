"""The lexicon tables reach beyond the development articles: bodies, titles, officials,
capitals, non-names and topic cues of unseen articles, in English and Bengali."""

import unicodedata
from importlib.resources import files

import pytest
from diplograph.loaders.extract import extract_article
from diplograph.loaders.model import Article

LANG = files("diplograph.loaders").joinpath("lang")
OWN_TABLES = (
    "countries.tsv",
    "topics.yaml",
    "en/agencies.tsv",
    "bn/agencies.tsv",
    "en/titles.tsv",
    "bn/titles.tsv",
    "en/officials.tsv",
    "bn/officials.tsv",
    "en/non_names.txt",
    "bn/non_names.txt",
)


def extract(text: str, language: str):
    return extract_article(Article(text=text, language=language))


def names(extraction, entity_type: str) -> dict[str, str | None]:
    """Name -> country of the entities of one type."""
    return {e.name: e.country for e in extraction.entities if e.type == entity_type}


def topics(extraction) -> set[str]:
    found = {e.id.removeprefix("topic:") for e in extraction.entities if e.type == "Topic"}
    return found | {t for r in extraction.relations for t in r.topics}


def rows(table: str) -> list[list[str]]:
    text = LANG.joinpath(*table.split("/")).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize(
    ("sentence", "body", "country"),
    [
        (
            "Officials of GIZ met the DTE director on Sunday.",
            "Directorate of Technical Education",
            "Bangladesh",
        ),
        (
            "GIZ will train instructors for the DTE.",
            "Deutsche Gesellschaft für Internationale Zusammenarbeit",
            "Germany",
        ),
        ("Rosatom and Atomstroyexport briefed the BAEC team.", "Atomstroyexport", "Russia"),
        (
            "Rosatom and Atomstroyexport briefed the BAEC team.",
            "Bangladesh Atomic Energy Commission",
            "Bangladesh",
        ),
        ("The Power Division asked the ERD to find a lender.", "Power Division", "Bangladesh"),
        (
            "The Power Division asked the ERD to find a lender.",
            "Economic Relations Division",
            "Bangladesh",
        ),
        (
            "The RRRC office and UNHCR opened a new clinic.",
            "Refugee Relief and Repatriation Commissioner",
            "Bangladesh",
        ),
        ("ISPR said the Turkish Land Forces sent a team.", "Turkish Land Forces", "Turkey"),
        (
            "BARC scientists visited a JICA project.",
            "Bangladesh Agricultural Research Council",
            "Bangladesh",
        ),
        (
            "BARC scientists visited a JICA project.",
            "Japan International Cooperation Agency",
            "Japan",
        ),
    ],
)
def test_bodies_of_unseen_english_articles_are_found_with_their_country(sentence, body, country):
    assert names(extract(sentence, "en"), "Agency").get(body) == country


@pytest.mark.parametrize(
    ("sentence", "body", "country"),
    [
        ("AFD will fund the BWDB embankment work.", "Agence Française de Développement", "France"),
        (
            "AFD will fund the BWDB embankment work.",
            "Bangladesh Water Development Board",
            "Bangladesh",
        ),
        (
            "The Maldives National Defence Force hosted the drill.",
            "Maldives National Defence Force",
            "Maldives",
        ),
        (
            "Australia's Department of Home Affairs issued new rules.",
            "Department of Home Affairs",
            "Australia",
        ),
        (
            "The Embassy of the Kingdom of the Netherlands opened a fund.",
            "Embassy of Netherlands",
            "Netherlands",
        ),
    ],
)
def test_bodies_of_the_wider_region_are_found_with_their_country(sentence, body, country):
    assert names(extract(sentence, "en"), "Agency").get(body) == country


def test_a_ministry_of_two_fields_is_kept_whole():
    x = extract(
        "The Saudi Ministry of Human Resources and Social Development hosted the talks.", "en"
    )
    assert "Ministry of Human Resources and Social Development" in names(x, "Agency")
    assert "Ministry of Human Resources" not in names(x, "Agency")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("বিজিবি ও বিএসএফের কর্মকর্তারা পতাকা বৈঠকে বসেন।", "Border Guard Bangladesh"),
        ("বিজিবি ও বিএসএফের কর্মকর্তারা পতাকা বৈঠকে বসেন।", "Border Security Force"),
        ("জাইকার একটি দল প্রকল্প এলাকা ঘুরে দেখে।", "Japan International Cooperation Agency"),
        ("ইউএনএইচসিআর ও আইওএমের প্রতিনিধিরা শিবিরে যান।", "UNHCR"),
        ("ইউএনএইচসিআর ও আইওএমের প্রতিনিধিরা শিবিরে যান।", "International Organization for Migration"),
        ("ইআরডি ও বিদ্যুৎ বিভাগের মধ্যে চিঠি চালাচালি হয়।", "Economic Relations Division"),
        ("ইআরডি ও বিদ্যুৎ বিভাগের মধ্যে চিঠি চালাচালি হয়।", "Power Division"),
        ("রোসাটমের প্রকৌশলীরা বাংলাদেশ পরমাণু শক্তি কমিশন পরিদর্শন করেন।", "Rosatom"),
        (
            "রোসাটমের প্রকৌশলীরা বাংলাদেশ পরমাণু শক্তি কমিশন পরিদর্শন করেন।",
            "Bangladesh Atomic Energy Commission",
        ),
        ("আইএসপিআর জানায়, তুরস্কের স্থলবাহিনীর একটি দল আসছে।", "Turkish Land Forces"),
    ],
)
def test_bodies_named_in_bengali_script_are_found_under_their_english_name(sentence, body):
    assert body in names(extract(sentence, "bn"), "Agency")


def test_a_foreign_ministry_has_one_id_in_both_scripts():
    english = extract("Qatar's Ministry of Labour will issue the permits.", "en")
    bengali = extract("কাতারের শ্রম মন্ত্রণালয় অনুমতিপত্র দেবে।", "bn")
    ids = {e.id for x in (english, bengali) for e in x.entities if e.type == "Agency"}
    assert ids == {"agency:qat:ministry-of-labour"}


def test_a_council_named_in_the_sentence_leaves_a_counsellor_title_whole():
    x = extract("ব্রিটিশ কাউন্সিলের অনুষ্ঠানে শ্রম কাউন্সিলর রাশেদ করিম বক্তব্য দেন।", "bn")
    assert "British Council" in names(x, "Agency")
    assert [e.title for e in x.entities if e.type == "Official"] == ["Labour Counsellor"]


def test_a_bengali_demonym_gives_an_embassy_its_country():
    x = extract("ঢাকার কোরীয় দূতাবাস নতুন ভিসা কেন্দ্র চালু করেছে।", "bn")
    assert names(x, "Agency") == {"Embassy of South Korea": "South Korea"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Deputy Minister for Labour Dr Karim Haddad welcomed the delegation.", "Karim Haddad"),
        ("Inspector General of Police (IGP) Rashed Kabir met the envoy.", "Rashed Kabir"),
        ("Minister of State for Home Affairs Lena Forsberg spoke first.", "Lena Forsberg"),
        ("UNDP Resident Representative Mira Castell signed for the UN.", "Mira Castell"),
        ("BGB chief Maj Gen Tanvir Hasan met the visiting team.", "Tanvir Hasan"),
    ],
)
def test_a_name_after_a_long_english_title_is_a_person(sentence, person):
    assert person in names(extract(sentence, "en"), "Official")


@pytest.mark.parametrize(
    ("sentence", "person", "country"),
    [
        ("জাইকার প্রধান প্রতিনিধি কেনজি ওহারা অর্থ উপদেষ্টার সঙ্গে বৈঠক করেন।", "কেনজি ওহারা", "Japan"),
        ("তুরস্কের স্থলবাহিনীর কমান্ডার জেনারেল এমরে কায়া ঢাকায় আসেন।", "এমরে কায়া", "Turkey"),
    ],
)
def test_a_name_after_a_bengali_title_is_a_person_of_the_body_before_it(sentence, person, country):
    people = {
        e.aliases[0] if e.aliases else e.name: e.country
        for e in extract(sentence, "bn").entities
        if e.type == "Official"
    }
    assert people.get(person) == country


@pytest.mark.parametrize(
    ("sentence", "person", "country"),
    [
        ("রাষ্ট্রদূত পার্ক ইয়ং-সিক পররাষ্ট্র উপদেষ্টার সঙ্গে দেখা করেন।", "Park Young-sik", "South Korea"),
        ("সেনাপ্রধান জেনারেল ওয়াকার-উজ-জামান আঙ্কারা সফর করেন।", "Waker-Uz-Zaman", "Bangladesh"),
        ("মানবসম্পদমন্ত্রী স্টিভেন সিম বাংলাদেশি কর্মীদের বিষয়ে কথা বলেন।", "Steven Sim", "Malaysia"),
        ("ইউএনএইচসিআরের প্রধান ফিলিপ্পো গ্রান্ডি কক্সবাজারে যান।", "Filippo Grandi", None),
    ],
)
def test_a_curated_official_written_in_bengali_gets_the_english_name(sentence, person, country):
    assert names(extract(sentence, "bn"), "Official").get(person, "missing") == country


@pytest.mark.parametrize(
    ("sentence", "language", "country"),
    [
        ("The adviser flew to Colombo on a three-day official visit.", "en", "Sri Lanka"),
        ("The delegation arrived in Islamabad on Monday.", "en", "Pakistan"),
        ("প্রতিনিধিদলটি ইসলামাবাদে পৌঁছায়।", "bn", "Pakistan"),
        ("উপদেষ্টা নেপিদো সফরে যাচ্ছেন।", "bn", "Myanmar"),
    ],
)
def test_a_capital_stands_for_its_country(sentence, language, country):
    assert country in names(extract(sentence, language), "Country")


@pytest.mark.parametrize(
    "sentence",
    [
        "মহাপরিচালক কোরীয় ভাষা পরীক্ষার কেন্দ্র পরিদর্শন করেন।",
        "প্রতিনিধি যৌথ বিবৃতি পাঠ করেন।",
        "কমান্ডার সীমান্তে বেসামরিক নাগরিকদের নিরাপত্তার কথা বলেন।",
        "মহাপরিচালক বিদ্যুৎকেন্দ্র ঘুরে দেখেন।",
        "উপদেষ্টা আশাবাদ ব্যক্ত করেন।",
        "হাইকমিশনার সন্তোষ প্রকাশ করেন।",
    ],
)
def test_common_bengali_nouns_after_a_title_are_no_person(sentence):
    assert names(extract(sentence, "bn"), "Official") == {}


@pytest.mark.parametrize(
    "headline",
    [
        "Home Adviser Calls For Stronger Border Cooperation",
        "Saudi Minister Vows Support For Bangladeshi Workers",
        "Foreign Adviser Meets Visiting Delegation",
    ],
)
def test_title_case_headline_verbs_after_a_title_are_no_person(headline):
    assert names(extract(headline, "en"), "Official") == {}


@pytest.mark.parametrize(
    ("sentence", "language", "expected", "not_expected"),
    [
        (
            "The two sides discussed how Russia will take back the spent fuel.",
            "en",
            "energy",
            "return_readmission",
        ),
        ("রাশিয়া ব্যবহৃত জ্বালানি ফেরত নেবে বলে দুই পক্ষ আলোচনা করে।", "bn", "energy", "return_readmission"),
        (
            "They discussed the recruitment of skilled workers for the hospitals.",
            "en",
            "labour_migration",
            "migration",
        ),
        ("দুই পক্ষ দক্ষ কর্মী নিয়োগ নিয়ে আলোচনা করে।", "bn", "labour_migration", "migration"),
    ],
)
def test_a_cue_is_read_in_its_own_sense(sentence, language, expected, not_expected):
    found = topics(extract(sentence, language))
    assert expected in found
    assert not_expected not in found


def test_a_defence_attache_is_a_title_not_a_topic():
    x = extract("প্রতিরক্ষা অ্যাটাশে কর্নেল রবার্ট হিল পররাষ্ট্রসচিবের সঙ্গে আলোচনা করেন।", "bn")
    assert "defence" not in topics(x)


@pytest.mark.parametrize("table", OWN_TABLES)
def test_the_bengali_of_every_table_is_in_normal_form(table):
    text = LANG.joinpath(*table.split("/")).read_text("utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_every_body_an_official_belongs_to_is_a_body_of_the_table():
    bodies = {row[1] for row in rows("en/agencies.tsv")}
    for table in ("en/officials.tsv", "bn/officials.tsv"):
        for row in rows(table):
            assert len(row) < 5 or not row[4] or row[4] in bodies, row[0]


def test_every_bengali_body_and_official_has_an_english_row():
    # Same country and name, so both scripts give one body the same id.
    english = {(r[0], r[1]) for r in rows("en/agencies.tsv")}
    assert {(r[0], r[1]) for r in rows("bn/agencies.tsv")} <= english
    assert {r[0] for r in rows("bn/officials.tsv")} <= {r[0] for r in rows("en/officials.tsv")}


@pytest.mark.parametrize("table", ["en/agencies.tsv", "bn/agencies.tsv"])
def test_no_alias_names_two_bodies(table):
    owner: dict[str, str] = {}
    for row in rows(table):
        for alias in filter(None, row[2].split("|")):
            key = unicodedata.normalize("NFC", alias).lower()
            assert owner.setdefault(key, row[1]) == row[1], alias


@pytest.mark.parametrize(
    "table", ["en/agencies.tsv", "bn/agencies.tsv", "en/officials.tsv", "bn/officials.tsv"]
)
def test_each_body_or_official_has_one_row(table):
    """A second row for one name would split its aliases and confuse whoever edits them."""
    names = [(row[0], row[1]) if "agencies" in table else row[0] for row in rows(table)]
    repeated = {n for n in names if names.count(n) > 1}
    assert not repeated
