"""Mentions in one sentence: people from titles, their countries, and role markers."""

from diplograph.loaders.lexicon import load_lexicon
from diplograph.loaders.mentions import read_sentence


def people(text: str, language: str = "en"):
    return [m for m in read_sentence(text, load_lexicon(language)).mentions if m.kind == "person"]


def test_a_title_followed_by_a_name_is_a_person_without_honorifics():
    [person] = people("Home Adviser Lt Gen Md Rafiqul Islam (Retd) spoke to reporters.")
    assert person.name == "Rafiqul Islam"
    assert person.title.title == "Home Adviser"


def test_a_possessive_country_before_the_title_is_the_senders():
    [person] = people("Pakistan's High Commissioner Imran Haider spoke to reporters.")
    assert person.country == "PAK"


def test_to_a_country_after_the_title_is_the_host_not_the_sender():
    [person] = people("Ambassador to Bangladesh Maria Lopez of Spain spoke.")
    assert person.host == "BGD"
    assert person.country != "BGD"


def test_an_appositive_name_after_the_title_is_the_person():
    [person] = people(
        "Speaking first was the Home Adviser of the Interim Government, Brigadier General (retd) "
        "M Rafiq Khan, who opened the session."
    )
    assert person.name.endswith("Rafiq Khan")
    assert person.country == "BGD"


def test_a_title_without_a_name_is_a_reference_not_a_person():
    reading = read_sentence("The adviser urged the envoy to act.", load_lexicon("en"))
    assert [m.kind for m in reading.mentions] == ["title_ref", "title_ref"]


def test_a_demonym_before_people_is_a_description_not_an_actor():
    reading = read_sentence("The envoy sought security for Chinese citizens.", load_lexicon("en"))
    chinese = next(m for m in reading.mentions if m.kind == "country")
    assert chinese.describes_people


def test_a_bengali_name_stops_before_its_case_ending():
    [person] = people("পররাষ্ট্র সচিব করিম হাসানের সঙ্গে বৈঠক হয়।", "bn")
    assert person.name == "করিম হাসান"
    assert person.marker == "with"


def test_a_country_posted_to_in_bengali_is_the_host():
    [person] = people("ঢাকায় নিযুক্ত ভারতের হাইকমিশনার অমিত শর্মা বক্তব্য দেন।", "bn")
    assert person.country == "IND"


def test_a_journalists_byline_is_not_a_person():
    assert people("By Staff Correspondent Dhaka, March 3") == []


def test_a_name_with_its_title_set_after_it_is_a_person():
    reading = read_sentence(
        "Sadia Rahman, the Bangladeshi ambassador, met the minister.", load_lexicon("en")
    )
    [person] = [m for m in reading.mentions if m.kind == "person"]
    assert person.name == "Sadia Rahman"
    assert person.title.title == "Ambassador"
    assert person.country == "BGD"


def test_a_capitalised_word_the_lexicon_calls_no_name_opens_no_name():
    reading = read_sentence(
        "Meeting reporters On Sunday, Ambassador Maria Lopez smiled.", load_lexicon("en")
    )
    assert [m.text for m in reading.mentions if m.kind in ("name", "person")] == [
        "Ambassador Maria Lopez"
    ]


def test_a_listed_name_that_holds_a_possessive_is_found():
    lexicon = load_lexicon("en")
    found = read_sentence("A statement from the Chief Adviser's Office said so.", lexicon)
    assert ("agency", "Chief Adviser's Office") in {(m.kind, m.text) for m in found.mentions}
    # A possessive the name does not hold still blocks it: "Bangladesh's police".
    found = read_sentence("Bangladesh's police said so.", lexicon)
    assert not [m for m in found.mentions if m.kind == "agency"]


def test_a_bare_bengali_title_before_words_of_time_and_number_names_no_one():
    # The adviser asked for water in the dry season; the envoy on a three-day visit.
    assert people("বৈঠকে উপদেষ্টা শুষ্ক মৌসুমে নদীর পানি চান।", "bn") == []
    assert people("রাষ্ট্রদূত তিন দিনের সফরে ঢাকায় আসেন।", "bn") == []


def test_a_title_of_an_unlisted_body_in_a_city_names_its_holder_and_the_body():
    reading = read_sentence(
        "Director of the Pilgrims Office in Dhaka Abdul Karim Mia attended the talks.",
        load_lexicon("en"),
    )
    [person] = [m for m in reading.mentions if m.kind == "person"]
    assert (person.name, person.host) == ("Abdul Karim Mia", "BGD")
    assert [m.text for m in reading.mentions if m.kind == "agency"] == ["Pilgrims Office"]


def test_honorifics_after_an_unlisted_body_in_a_title_begin_the_holders_name():
    [person] = people(
        "Managing Director of the Karnaphuli Gas Distribution Company Limited Engr Md Rafiqul "
        "Alam signed for the company."
    )
    assert person.name == "Rafiqul Alam"


def test_state_before_a_title_is_a_rank_and_the_delegation_led_is_the_holders_country():
    [leader, _] = people(
        "A Danish business delegation led by State Secretary Lars Gert Lose met Commerce "
        "Adviser Sheikh Bashir Uddin."
    )
    assert (leader.name, leader.country) == ("Lars Gert Lose", "DNK")


def test_a_title_of_a_department_of_a_field_names_its_holder_and_the_body():
    reading = read_sentence(
        "Director of Nepal's Department of Hydrology and Meteorology Indira Kadel signed for "
        "Nepal.",
        load_lexicon("en"),
    )
    [person] = [m for m in reading.mentions if m.kind == "person"]
    assert (person.name, person.country) == ("Indira Kadel", "NPL")
    bodies = [m.text for m in reading.mentions if m.kind == "agency"]
    assert bodies == ["Department of Hydrology and Meteorology"]


def test_a_title_of_one_country_posted_to_others_names_its_holder():
    [person] = people("Ambassador of Bangladesh to Belgium and the EU Mahbub Hassan Saleh spoke.")
    assert (person.name, person.country, person.host) == ("Mahbub Hassan Saleh", "BGD", "BEL")
    [person] = people("Ambassador of the Netherlands to Bangladesh Iris de Graaf spoke.")
    assert (person.name, person.country, person.host) == ("Iris de Graaf", "NLD", "BGD")


def test_bengali_chiefs_of_staff_are_titles():
    [person] = people(
        "রিয়াদে সৌদি সশস্ত্র বাহিনীর চিফ অব জেনারেল স্টাফ জেনারেল ফাইয়াদ আল-রুওয়াইলি বক্তব্য দেন।",
        "bn",
    )
    assert (person.name, person.title.title) == ("ফাইয়াদ আল-রুওয়াইলি", "Chief of General Staff")


def test_units_and_cells_end_the_names_of_bodies_no_table_lists():
    reading = read_sentence(
        "The course is for officers of the Cyber Crime Investigation Unit and the Digital "
        "Forensics Cell of the police.",
        load_lexicon("en"),
    )
    bodies = [m.text for m in reading.mentions if m.kind == "agency"]
    assert bodies == ["Cyber Crime Investigation Unit", "Digital Forensics Cell"]


def test_a_programme_is_a_body_and_its_manager_a_title():
    reading = read_sentence(
        "National Tuberculosis Control Programme (NTP) Programme Manager Dr Abul Kalam Md "
        "Mostafizur Rahman was present.",
        load_lexicon("en"),
    )
    [person] = [m for m in reading.mentions if m.kind == "person"]
    assert person.name == "Abul Kalam Md Mostafizur Rahman"
    assert [m.text for m in reading.mentions if m.kind == "agency"] == [
        "National Tuberculosis Control Programme"
    ]


def test_a_short_form_with_a_full_stop_stays_in_the_name_after_a_portfolio():
    [person] = people("The adviser met Philippine Secretary of Foreign Affairs Ma. Lourdes Cruz.")
    assert (person.name, person.country) == ("Ma. Lourdes Cruz", "PHL")


def test_a_bengali_spelt_acronym_after_a_title_is_no_name():
    # The ERD secretary asked for more places in the JDS programme.
    assert people("ইআরডি সচিব জেডিএস কর্মসূচিতে আরও আসনের অনুরোধ করেন।", "bn") == []


def test_a_bengali_delegation_before_a_title_is_no_word_of_the_title():
    [person] = people("শনিবার ভারতীয় প্রতিনিধিদল কৃষি উপদেষ্টা জাহাঙ্গীর আলম চৌধুরীর সঙ্গে সাক্ষাৎ করে।", "bn")
    assert person.text.startswith("কৃষি")
    assert person.country != "IND"


def test_one_told_leading_a_countrys_delegation_is_of_that_country():
    [person] = people(
        "বৈঠকে বাংলাদেশ প্রতিনিধিদলের নেতৃত্ব দেন পানিসম্পদ মন্ত্রণালয়ের সিনিয়র সচিব আবদুর রহিম তালুকদার।",
        "bn",
    )
    assert person.country == "BGD"


def test_a_body_that_names_the_level_of_talks_is_no_party():
    reading = read_sentence(
        "পেরুর সঙ্গে পররাষ্ট্র দপ্তর পর্যায়ের পরামর্শ বৈঠক প্রতি বছর আয়োজনে একমত হয়েছে বাংলাদেশ।",
        load_lexicon("bn"),
    )
    [ministry] = [m for m in reading.mentions if m.kind == "agency"]
    assert ministry.inside
