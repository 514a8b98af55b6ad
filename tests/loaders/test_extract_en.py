"""English articles: entities, interactions with their roles, topics and evidence."""

from diplograph.loaders.extract import extract_article
from diplograph.loaders.model import Article
from diplograph.loaders.translit import name_key


def extract(text: str, date: str | None = None):
    return extract_article(Article(text=text, language="en", date=date))


def official(name: str) -> str:
    return f"official:{name_key(name)}"


def relations(extraction) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in extraction.relations}


def met_with(extraction, person: str) -> set[str]:
    """Whom `person` met, whichever end of each MET they are."""
    met = {t for kind, s, t in relations(extraction) if kind == "MET" and s == person}
    return met | {s for kind, s, t in relations(extraction) if kind == "MET" and t == person}


def entity(extraction, entity_id: str):
    return next(e for e in extraction.entities if e.id == entity_id)


def test_a_courtesy_call_is_a_meeting_of_the_envoy_and_the_host():
    x = extract(
        "Australian High Commissioner Jane Whitfield paid a courtesy call on Home Adviser "
        "Lt Gen (retd) Jahangir Alam Chowdhury at the secretariat on Monday."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {(official("Jane Whitfield"), official("Jahangir Alam Chowdhury"))}
    envoy = entity(x, official("Jane Whitfield"))
    assert envoy.country == "Australia"
    assert envoy.title == "High Commissioner"


def test_an_envoy_posted_to_a_country_serves_the_country_that_sent_them():
    x = extract("Japanese Ambassador to Bangladesh Kenji Morita met the commerce adviser.")
    assert entity(x, official("Kenji Morita")).country == "Japan"


def test_a_request_goes_from_the_one_who_asks_to_the_one_asked():
    x = extract(
        "Foreign Secretary Rahim Uddin of Bangladesh sought cooperation from Japan to curb "
        "human trafficking."
    )
    assert ("REQUESTED", official("Rahim Uddin"), "country:JPN") in relations(x)
    request = next(r for r in x.relations if r.type == "REQUESTED")
    assert "human_trafficking" in request.topics


def test_he_refers_to_the_person_the_text_is_about():
    x = extract(
        "Norwegian Ambassador Per Hansen met Commerce Adviser Sheikh Bashir Uddin on Sunday. "
        "He assured the adviser of support for renewable energy projects."
    )
    assert ("OFFERED", official("Per Hansen"), official("Sheikh Bashir Uddin")) in relations(x)


def test_a_bare_title_refers_back_to_the_person_holding_it():
    x = extract(
        "Canadian High Commissioner Ann Carter met Home Adviser Jahangir Alam Chowdhury. "
        "The adviser urged the Canadian envoy to help with police training."
    )
    assert ("REQUESTED", official("Jahangir Alam Chowdhury"), official("Ann Carter")) in relations(
        x
    )


def test_both_sides_agreed_links_the_two_parties_of_the_meeting():
    x = extract(
        "Interior Minister Omar Siddiqui of Pakistan met Italian Ambassador Marco Rossi, and "
        "both sides agreed to expand cooperation against migrant smuggling."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Omar Siddiqui"), official("Marco Rossi")))}


def test_countries_that_signed_are_dropped_when_their_ministers_signing_is_reported():
    x = extract(
        "Nepal and Bangladesh signed a memorandum of understanding on power trade. "
        "Energy Minister Deepak Thapa of Nepal and Bangladeshi Power Minister Karim Hossain signed "
        "the memorandum."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Deepak Thapa"), official("Karim Hossain")))}


def test_negated_and_hoped_for_events_are_not_interactions():
    x = extract(
        "India and Bangladesh did not sign the water treaty. "
        "Officials hope Nepal and Bhutan will sign a transit deal."
    )
    assert x.relations == []


def test_people_listed_as_present_met_the_principal_of_the_other_side():
    x = extract(
        "German Ambassador Lena Vogel called on Foreign Adviser Touhid Hossain on Tuesday. "
        "German Deputy Head of Mission Paul Braun was also present."
    )
    assert ("MET", official("Paul Braun"), official("Touhid Hossain")) in relations(x)


def test_a_surname_later_in_the_text_is_the_same_person():
    x = extract(
        "Swedish Ambassador Nils Ekberg met Home Adviser Jahangir Alam Chowdhury. "
        "Ekberg offered training for the police."
    )
    envoy = entity(x, official("Nils Ekberg"))
    assert "Ekberg" in envoy.aliases
    assert ("OFFERED", envoy.id, official("Jahangir Alam Chowdhury")) in relations(x)


def test_a_news_agency_credited_for_the_report_is_not_an_agency():
    x = extract("Turkey offered drones to Bangladesh, reported BSS.")
    assert all("bss" not in e.id.lower() for e in x.entities)


def test_evidence_is_a_sentence_of_the_article_as_written():
    text = "Qatar’s Emir   met Prime Minister Sheikh Hasina in Doha.  Both sides signed two deals."
    x = extract(text)
    assert x.relations
    assert all(r.evidence in text for r in x.relations)


def test_the_relation_date_is_the_event_day_resolved_against_the_publication_date():
    x = extract(
        "Thai Foreign Minister Somchai Prasert met Foreign Adviser Touhid Hossain on Monday.",
        date="2025-03-13",
    )
    assert {r.date for r in x.relations} == {"2025-03-10"}


def test_topics_of_the_article_are_topic_entities():
    x = extract(
        "Dutch Ambassador Anne de Vries met Commerce Adviser Sheikh Bashir Uddin to discuss "
        "trade and investment and climate change adaptation."
    )
    topic_ids = {e.id for e in x.entities if e.type == "Topic"}
    assert {"topic:trade_investment", "topic:climate"} <= topic_ids


def test_a_headline_restating_the_body_adds_no_country_level_relation():
    x = extract(
        "Dhaka, Tokyo agree on maritime cooperation\n"
        "Japanese Ambassador Kenji Morita met Foreign Adviser Touhid Hossain on Sunday.\n"
        "The envoy briefed reporters.\nThe two met again later.\n"
        "Both sides agreed to hold consultations in Tokyo."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Kenji Morita"), official("Touhid Hossain")))}


def test_a_deal_signed_by_two_officials_is_their_agreement_and_meeting():
    x = extract(
        "The deal was signed by Power Secretary Habib Karim of Bangladesh and Indian High "
        "Commissioner Ravi Menon in Dhaka."
    )
    pair = frozenset((official("Habib Karim"), official("Ravi Menon")))
    assert {(kind, frozenset((s, t))) for kind, s, t in relations(x)} == {
        ("AGREED", pair),
        ("MET", pair),
    }


def test_a_joint_pledge_of_two_countries_is_an_agreement():
    x = extract("Thailand and Vietnam pledged closer cooperation on fisheries.")
    assert {kind for kind, _, _ in relations(x)} == {"AGREED"}


def test_phrases_that_only_look_like_cues_are_not_interactions():
    x = extract(
        "When asked about the Teesta deal, Indian High Commissioner Ravi Menon declined comment. "
        "Home Adviser Jahangir Alam Chowdhury met reporters later. "
        "Bangladesh received two million vaccine doses from China. "
        "The government sought to reassure investors."
    )
    assert x.relations == []


def test_a_host_who_received_a_guest_met_them():
    x = extract("Foreign Adviser Touhid Hossain received Chinese Ambassador Yao Wen at his office.")
    assert {(k, frozenset((s, t))) for k, s, t in relations(x)} == {
        ("MET", frozenset((official("Touhid Hossain"), official("Yao Wen"))))
    }


def test_an_official_of_an_international_body_belongs_to_no_country():
    x = extract(
        "UN Special Rapporteur Tom Andrews met Foreign Adviser Touhid Hossain in Dhaka. "
        "UN Secretary General Antonio Guterres urged Myanmar to take back the Rohingyas."
    )
    for name in ("Tom Andrews", "Antonio Guterres"):
        person = entity(x, official(name))
        assert person.country is None
        assert person.agency == "agency:int:united-nations"
    assert ("REQUESTED", official("Antonio Guterres"), "country:MMR") in relations(x)


def test_the_government_of_a_named_country_is_that_country():
    x = extract(
        "Foreign Adviser Touhid Hossain met Chinese Ambassador Yao Wen. "
        "He urged the government of Myanmar to take back the Rohingyas."
    )
    assert ("REQUESTED", official("Touhid Hossain"), "country:MMR") in relations(x)


def test_a_hyphenated_name_is_one_name():
    x = extract(
        "Chief of Army Staff General Waker-Uz-Zaman met Saudi Deputy Minister Abdullah Al-Rashed "
        "in Riyadh on Monday."
    )
    names = {e.name for e in x.entities if e.type == "Official"}
    assert names == {"Waker-Uz-Zaman", "Abdullah Al-Rashed"}
    assert entity(x, official("Abdullah Al-Rashed")).title == "Deputy Minister"


def test_a_title_with_its_field_and_an_honorific_before_the_name():
    x = extract(
        "The memorandum was signed by Minister of Labour Dr Ali Saeed Al-Kuwari and "
        "Inspector General of Police (IGP) Rahim Mollah in Dhaka."
    )
    people = {e.name: e for e in x.entities if e.type == "Official"}
    assert set(people) == {"Ali Saeed Al-Kuwari", "Rahim Mollah"}
    assert people["Rahim Mollah"].title == "Inspector General of Police"


def test_an_embassy_is_named_after_its_country_however_the_text_writes_it():
    x = extract(
        "Officials of the German embassy and the Embassy of the United States met police "
        "chiefs in Dhaka."
    )
    bodies = {e.name: e for e in x.entities if e.type == "Agency"}
    assert set(bodies) == {"Embassy of Germany", "Embassy of United States"}
    assert "German embassy" in bodies["Embassy of Germany"].aliases
    assert bodies["Embassy of Germany"].country == "Germany"


def test_a_commander_of_a_national_force_is_an_official_of_that_country():
    x = extract(
        "Turkish Land Forces Commander General Mert Kaya received Bangladesh Army Chief "
        "General Waker-Uz-Zaman in Ankara."
    )
    kaya = entity(x, official("Mert Kaya"))
    assert (kaya.title, kaya.country) == ("Commander", "Turkey")


def test_a_second_verb_joined_by_and_shares_the_subject_of_the_first():
    x = extract(
        "Bangladesh's Ambassador to Qatar Md Karim Sheikh met IOM Director General Amy Pope "
        "on Wednesday and requested IOM's help for stranded workers."
    )
    karim = official("Karim Sheikh")
    assert ("REQUESTED", karim, "agency:int:international-organization-for-migration") in (
        relations(x)
    )
    assert ("MET", karim, official("Amy Pope")) in relations(x)


def test_a_guest_received_by_the_host_is_the_visitor_of_the_meeting():
    x = extract(
        "Nepal's Foreign Secretary Amrit Rai was received by Foreign Adviser Touhid Hossain "
        "at the state guest house."
    )
    assert relations(x) == {("MET", official("Amrit Rai"), official("Touhid Hossain"))}


def test_the_two_officials_of_a_title_sign_for_their_sides():
    x = extract(
        "Foreign Secretary Asad Alam Siam met Nepal's Foreign Secretary Amrit Rai in Kathmandu. "
        "The two foreign secretaries signed a memorandum on power trade."
    )
    siam, rai = official("Asad Alam Siam"), official("Amrit Rai")
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((siam, rai))}
    assert entity(x, siam).country == "Bangladesh"  # the home side, once Nepal has its own


def test_a_document_signed_by_the_two_governments_is_agreed_by_the_countries():
    x = extract(
        "Nepali Foreign Minister Arzu Rana Deuba met Foreign Adviser Touhid Hossain in Dhaka. "
        "A memorandum on energy was also signed by the two governments."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset(("country:BGD", "country:NPL"))}


def test_the_embassy_refers_to_the_embassy_the_article_names():
    x = extract(
        "The Chinese Embassy in Dhaka hosted a reception. Commerce Adviser Sheikh Bashir Uddin "
        "asked the embassy to help exporters reach Chinese buyers."
    )
    assert relations(x) == {
        ("REQUESTED", official("Sheikh Bashir Uddin"), "agency:chn:embassy-of-china")
    }


def test_signatories_named_after_a_country_level_report_replace_it():
    x = extract(
        "Bangladesh, Malaysia sign deal on workers\n\n"
        "Kuala Lumpur, Monday — A memorandum on the hiring of Bangladeshi workers was signed by "
        "Bangladesh and Malaysia on Monday.\n\n"
        "Expatriates' Welfare Adviser Asif Nazrul, who is on a three-day visit to Malaysia, "
        "signed on behalf of Bangladesh, while Human Resources Minister Steven Sim signed for "
        "the Malaysian side."
    )
    nazrul, sim = official("Asif Nazrul"), official("Steven Sim")
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((nazrul, sim))}
    assert ("MET", nazrul, "country:MYS") in relations(x)  # a visit to the country


def test_the_caller_met_the_host_named_by_a_pronoun():
    x = extract(
        "Inspector General of Police (IGP) Rahim Mollah has sought Australia's support in "
        "training police officers. He made the request when Australian High Commissioner "
        "Susan Ryle called on him at Police Headquarters on Sunday."
    )
    igp, envoy = official("Rahim Mollah"), official("Susan Ryle")
    assert relations(x) == {("REQUESTED", igp, "country:AUS"), ("MET", envoy, igp)}


def test_people_listed_after_present_were_met_the_other_sides_principal():
    x = extract(
        "Foreign Adviser Md Touhid Hossain met Japanese Ambassador Iwama Kiminori in Dhaka on "
        "Sunday. Among others present were Foreign Secretary Jashim Uddin and Japanese Deputy "
        "Chief of Mission Taro Yamada."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert (official("Jashim Uddin"), official("Iwama Kiminori")) in met
    assert (official("Taro Yamada"), official("Md Touhid Hossain")) in met
    assert (official("Jashim Uddin"), official("Md Touhid Hossain")) not in met


def test_an_official_who_also_attended_met_the_guest_not_their_own_side():
    x = extract(
        "Japanese Ambassador Iwama Kiminori met Commerce Adviser Sheikh Bashir Uddin in Dhaka "
        "on Monday. Bangladesh's Commerce Secretary Mahbubur Rahman also attended the meeting."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert (official("Mahbubur Rahman"), official("Iwama Kiminori")) in met
    assert (official("Mahbubur Rahman"), official("Sheikh Bashir Uddin")) not in met


def test_a_visit_to_a_capital_in_an_opening_clause_is_a_meeting_with_its_country():
    x = extract(
        "During his visit to Tokyo, Foreign Adviser Md Touhid Hossain discussed the hiring of "
        "skilled workers."
    )
    assert ("MET", official("Md Touhid Hossain"), "country:JPN") in relations(x)


def test_a_phone_call_and_a_virtual_meeting_are_meetings():
    call = extract(
        "Foreign Adviser Md Touhid Hossain held a phone call with Chinese Foreign Minister "
        "Wang Yi on Tuesday."
    )
    virtual = extract(
        "Foreign Adviser Md Touhid Hossain and Chinese Foreign Minister Wang Yi held a virtual "
        "meeting on Tuesday."
    )
    pair = frozenset((official("Md Touhid Hossain"), official("Wang Yi")))
    for x in (call, virtual):
        assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"} == {pair}


def test_an_mou_signed_between_two_countries_is_their_agreement():
    x = extract("An MoU on the hiring of workers was signed between Bangladesh and Malaysia.")
    assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"} == {
        frozenset(("country:BGD", "country:MYS"))
    }


def test_a_joint_decision_is_an_agreement_and_a_hope_to_sign_is_not():
    decided = extract("Bangladesh and India decided to form a joint task force on border killing.")
    hoped = extract("Bangladesh and Japan hoped to sign the partnership agreement next year.")
    possible = extract(
        "Bangladesh and Japan discussed the possibility of signing a free trade agreement."
    )
    assert {k for k, _, _ in relations(decided)} == {"AGREED"}
    assert "AGREED" not in {k for k, _, _ in relations(hoped)}
    assert "AGREED" not in {k for k, _, _ in relations(possible)}


def test_interest_to_support_is_an_offer_to_the_country_supported():
    x = extract(
        "Japanese Ambassador Iwama Kiminori expressed interest to support Bangladesh in the "
        "energy sector."
    )
    assert relations(x) == {("OFFERED", official("Iwama Kiminori"), "country:BGD")}


def test_a_failed_attempt_to_sign_is_no_agreement():
    x = extract("Bangladesh and Japan tried to sign the partnership agreement in 2019 but failed.")
    assert not relations(x)


def test_an_offer_told_to_an_official_is_made_to_that_official():
    x = extract(
        "Chinese Ambassador Yao Wen told Commerce Adviser Sheikh Bashir Uddin that China would "
        "provide support for Bangladesh's garment sector."
    )
    assert relations(x) == {("OFFERED", official("Yao Wen"), official("Sheikh Bashir Uddin"))}


def test_welcoming_a_countrys_offer_is_no_meeting_with_it():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin welcomed Japan's offer to support the economic zones."
    )
    assert "MET" not in {kind for kind, _, _ in relations(x)}


def test_a_round_of_foreign_office_consultations_is_a_meeting_of_the_two_countries():
    x = extract(
        "Bangladesh and China held the 15th round of foreign office consultations in Beijing on "
        "Tuesday."
    )
    assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"} == {
        frozenset(("country:BGD", "country:CHN"))
    }


def test_two_people_who_discussed_together_met_and_one_alone_met_no_one():
    together = extract(
        "Foreign Adviser Md Touhid Hossain and Chinese Ambassador Yao Wen discussed bilateral "
        "issues at the ministry."
    )
    alone = extract("Chinese Ambassador Yao Wen discussed bilateral issues with reporters.")
    passive = extract(
        "Cooperation between Dhaka and the Japan International Cooperation Agency was discussed."
    )
    assert {frozenset((s, t)) for kind, s, t in relations(together) if kind == "MET"} == {
        frozenset((official("Md Touhid Hossain"), official("Yao Wen")))
    }
    assert not relations(alone)
    assert not relations(passive)


def test_attending_a_meeting_sitting_with_and_presenting_credentials_are_meetings():
    attended = extract(
        "The meeting was attended by Foreign Adviser Md Touhid Hossain and Chinese Ambassador "
        "Yao Wen."
    )
    sat = extract(
        "Foreign Adviser Md Touhid Hossain sat with Chinese Ambassador Yao Wen at the state "
        "guest house."
    )
    credentials = extract(
        "Chinese Ambassador Yao Wen presented his credentials to Foreign Adviser Md Touhid Hossain."
    )
    pair = frozenset((official("Md Touhid Hossain"), official("Yao Wen")))
    for x in (attended, sat, credentials):
        assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"} == {pair}


def test_a_guest_received_at_the_airport_met_the_host():
    x = extract(
        "Chinese Foreign Minister Wang Yi arrived in Dhaka on Saturday. He was received at the "
        "airport by Foreign Secretary Jashim Uddin."
    )
    assert ("MET", official("Wang Yi"), official("Jashim Uddin")) in relations(x)


def test_a_signing_reported_for_the_countries_and_by_its_signatories_is_one_agreement():
    x = extract(
        "Bangladesh, Japan sign $1b loan deal\n\n"
        "Dhaka, Monday - Japan signed a loan agreement worth $1 billion with Bangladesh on "
        "Monday. Economic Relations Division Secretary Shahriar Kader Siddiky and JICA Chief "
        "Representative Kenji Tanaka signed the agreement on behalf of their respective "
        "sides. Japanese Ambassador Iwama Kiminori was present at the signing ceremony."
    )
    secretary, jica = official("Shahriar Kader Siddiky"), official("Kenji Tanaka")
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((secretary, jica))}
    assert ("MET", official("Iwama Kiminori"), secretary) in relations(x)


def test_standing_by_a_country_is_an_offer():
    x = extract(
        "Japanese Ambassador Iwama Kiminori met Foreign Adviser Md Touhid Hossain on Sunday. "
        '"Japan will stand by Bangladesh," the envoy said.'
    )
    assert ("OFFERED", official("Iwama Kiminori"), "country:BGD") in relations(x)


def test_signatories_listed_with_the_sides_they_sign_for_agreed_with_each_other():
    x = extract(
        "The MoU was signed by Labour Secretary Nurul Islam on behalf of Bangladesh and Saudi "
        "Deputy Minister Abdullah Abuthnain on behalf of Saudi Arabia."
    )
    secretary, deputy = official("Nurul Islam"), official("Abdullah Abuthnain")
    assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"} == {
        frozenset((secretary, deputy))
    }


def test_the_embassys_counsellor_is_of_the_envoys_country_and_meets_the_host():
    x = extract(
        "Bangladesh Ambassador to Saudi Arabia Delwar Hossain met Saudi Deputy Minister "
        "Abdullah Abuthnain in Riyadh on Sunday. The embassy's labour counsellor Syed Sharif "
        "Hasan was also present."
    )
    counsellor = official("Syed Sharif Hasan")
    assert entity(x, counsellor).country == "Bangladesh"
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert (counsellor, official("Abdullah Abuthnain")) in met
    assert (counsellor, official("Delwar Hossain")) not in met


def test_an_offer_in_reported_speech_is_the_speakers_to_the_one_told():
    x = extract(
        "Chinese Ambassador Yao Wen told Foreign Adviser Touhid Hossain that China stood "
        "ready to support Bangladesh."
    )
    assert ("OFFERED", official("Yao Wen"), official("Touhid Hossain")) in relations(x)


def test_a_speaker_saying_his_country_would_invest_offers_it():
    x = extract("Chinese Ambassador Yao Wen said China would invest more in Bangladesh.")
    assert relations(x) == {("OFFERED", official("Yao Wen"), "country:BGD")}


def test_a_visit_that_names_no_place_meets_the_host_country():
    x = extract(
        "Japanese State Minister Taro Yamada is in Bangladesh on a three-day official visit."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Taro Yamada"), "country:BGD")) in met


def test_one_who_is_visiting_a_capital_met_its_country():
    x = extract(
        "Japanese State Minister Taro Yamada, who is visiting Dhaka, met Commerce Adviser "
        "Sheikh Bashir Uddin on Monday."
    )
    assert ("MET", official("Taro Yamada"), "country:BGD") in relations(x)


def test_calling_on_authorities_to_act_is_a_request_not_a_call():
    x = extract(
        "Indian envoy Pranay Verma met Foreign Adviser Touhid Hossain. He also called on the "
        "Bangladeshi authorities to speed up the trial."
    )
    assert ("REQUESTED", official("Pranay Verma"), "country:BGD") in relations(x)
    call = extract(
        "Indian envoy Pranay Verma called on Foreign Adviser Touhid Hossain to discuss trade."
    )
    assert relations(call) == {("MET", official("Pranay Verma"), official("Touhid Hossain"))}


def test_a_passive_request_is_made_by_the_agent_to_the_one_named_next():
    x = extract("A request was made by the Bangladesh government to Japan for more funds.")
    assert relations(x) == {("REQUESTED", "country:BGD", "country:JPN")}


def test_one_received_at_a_body_by_its_head_met_the_head():
    x = extract(
        "Indian Army Chief General Upendra Dwivedi was received at the BGB headquarters by "
        "its Director General Major General Ashrafuzzaman Siddiqui."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Upendra Dwivedi"), official("Ashrafuzzaman Siddiqui")))}


def test_a_pledge_by_two_countries_is_no_agreement_between_them():
    x = extract("Dutch, Swiss pledge support for Rohingya in Bangladesh.")
    assert relations(x) == {
        ("OFFERED", "country:NLD", "country:BGD"),
        ("OFFERED", "country:CHE", "country:BGD"),
    }
    money = extract("Dutch, Swiss pledge 10 million dollars for Rohingya.")
    assert "AGREED" not in {kind for kind, _, _ in relations(money)}


def test_the_two_sides_exchanging_an_agreement_agreed():
    x = extract(
        "Pakistan Foreign Minister Ishaq Dar met Foreign Adviser Touhid Hossain. The two sides "
        "exchanged an agreement on trade."
    )
    assert ("AGREED", official("Ishaq Dar"), official("Touhid Hossain")) in relations(x)


def test_two_ministers_agreeing_is_not_credited_to_the_ministry_cited():
    x = extract(
        "Pakistan Foreign Minister Ishaq Dar met Foreign Adviser Touhid Hossain. According to "
        "the Ministry of Foreign Affairs, the two ministers agreed to expand trade."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Ishaq Dar"), official("Touhid Hossain")))}


def test_he_who_asks_the_envoy_in_focus_is_the_envoys_host():
    x = extract(
        "Japanese envoy Iwama Kiminori met Foreign Adviser Touhid Hossain. He asked the envoy "
        "to support the Rohingya repatriation."
    )
    asked = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {(official("Touhid Hossain"), official("Iwama Kiminori"))}


def test_an_official_who_took_part_in_the_talks_met_the_guest():
    x = extract(
        "Japanese envoy Iwama Kiminori met Foreign Adviser Touhid Hossain on Sunday. Foreign "
        "Secretary Jashim Uddin also took part in the talks."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Jashim Uddin"), official("Iwama Kiminori"))) in met


def test_he_on_a_visit_to_the_hosts_own_country_is_the_guest():
    x = extract(
        "Vietnamese Prime Minister Pham Minh Chinh met Chief Adviser Muhammad Yunus on the "
        "sidelines of the summit. He was on his first visit to Vietnam."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Muhammad Yunus"), "country:VNM")) in met


def test_a_hyphenated_name_is_found_again_by_its_first_part():
    x = extract(
        "Turkish Land Forces Commander General Selcuk Bayraktaroglu received Bangladesh Army "
        "Chief General Waker-Uz-Zaman in Ankara. General Waker is on a five-day official visit "
        "to Türkiye."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Waker-Uz-Zaman"), "country:TUR")) in met


def test_an_offer_told_to_his_counterpart_is_made_to_the_counterpart():
    x = extract(
        "Chinese Ambassador Yao Wen met Foreign Adviser Touhid Hossain. Yao told his counterpart "
        "that China remained ready to help Bangladesh."
    )
    offered = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offered == {(official("Yao Wen"), official("Touhid Hossain"))}


def test_continuing_to_back_a_country_is_an_offer():
    x = extract(
        "The Chinese envoy Yao Wen said Beijing would continue to back Dhaka in its reforms."
    )
    assert relations(x) == {("OFFERED", official("Yao Wen"), "country:BGD")}


def test_two_people_who_met_in_a_city_met_each_other():
    x = extract(
        "Foreign Adviser Touhid Hossain and Japanese envoy Iwama Kiminori met in Dhaka on Sunday."
    )
    assert relations(x) == {("MET", official("Touhid Hossain"), official("Iwama Kiminori"))}


def test_agreeing_to_provide_something_to_a_country_is_an_offer():
    x = extract("Japan has agreed to provide 500 million dollars in budget support to Bangladesh.")
    assert relations(x) == {("OFFERED", "country:JPN", "country:BGD")}
    both = extract("Bangladesh and Japan agreed to provide visas faster to each other's citizens.")
    assert {kind for kind, _, _ in relations(both)} == {"AGREED"}


def test_a_countrys_willingness_or_interest_voiced_by_its_envoy_is_his_offer():
    willing = extract(
        "Japanese envoy Iwama Kiminori expressed Japan's willingness to work with Bangladesh."
    )
    interested = extract(
        "Japanese envoy Iwama Kiminori conveyed Japan's interest in investing in Bangladesh."
    )
    for x in (willing, interested):
        assert relations(x) == {("OFFERED", official("Iwama Kiminori"), "country:BGD")}


def test_a_countries_signing_told_far_from_its_signatories_is_theirs():
    x = extract(
        "Bangladesh and Saudi Arabia have signed an agreement to protect domestic workers. The "
        "deal was signed in Riyadh on Sunday. It covers recruitment, wages and insurance. It "
        "takes effect next month. Officials called it a milestone. Expatriates' Welfare "
        "Secretary Neyamat Ullah Bhuyan signed on behalf of Bangladesh, while Deputy Minister "
        "for Labour Dr Abdullah Abuthnain signed for the Saudi side."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Neyamat Ullah Bhuyan"), official("Abdullah Abuthnain")))}


def test_one_who_accompanied_the_guest_met_the_host():
    x = extract(
        "Japanese envoy Iwama Kiminori called on Chief Adviser Muhammad Yunus at the state guest "
        "house Jamuna. Japanese Embassy Counsellor Takeshi Ito accompanied the ambassador."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Takeshi Ito"), official("Muhammad Yunus"))) in met


def test_one_accompanied_by_an_aide_still_met_the_host():
    x = extract(
        "Chief Adviser Muhammad Yunus, accompanied by Foreign Adviser Touhid Hossain, met "
        "Japanese Prime Minister Shigeru Ishiba in Tokyo."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        frozenset((official("Muhammad Yunus"), official("Shigeru Ishiba"))),
        frozenset((official("Touhid Hossain"), official("Shigeru Ishiba"))),
    }


def test_calling_for_support_from_a_body_is_a_request_to_it():
    x = extract("Touhid Hossain called for greater support from the UNHCR for the Rohingya.")
    assert relations(x) == {("REQUESTED", official("Touhid Hossain"), "agency:int:unhcr")}
    made = extract(
        "Asif Nazrul made a request to the Malaysian minister Steven Sim for more quota."
    )
    assert relations(made) == {("REQUESTED", official("Asif Nazrul"), official("Steven Sim"))}


def test_a_quoted_offer_goes_to_the_one_told_after_it():
    x = extract(
        'Japanese envoy Iwama Kiminori met Foreign Adviser Touhid Hossain. "Japan will always '
        'stand by Bangladesh," the ambassador told the adviser.'
    )
    offered = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offered == {(official("Iwama Kiminori"), official("Touhid Hossain"))}


def test_a_country_keen_to_work_with_another_offers_through_its_envoy():
    x = extract(
        "Japanese envoy Iwama Kiminori met Foreign Adviser Touhid Hossain. The envoy said his "
        "country is keen to work with Bangladesh on energy."
    )
    assert ("OFFERED", official("Iwama Kiminori"), "country:BGD") in relations(x)


def test_wanting_a_country_to_act_is_a_request_and_wanting_a_thing_is_none():
    asked = extract(
        '"We want Japan to invest more in our economic zones," Yunus told Ambassador Iwama '
        "Kiminori."
    )
    wished = extract('"We want peace in the region," Yunus told Ambassador Iwama Kiminori.')
    assert ("REQUESTED", official("Muhammad Yunus"), "country:JPN") in relations(asked)
    assert {kind for kind, _, _ in relations(wished)} <= {"MET"}


def test_the_leader_of_a_delegation_is_the_one_who_called():
    x = extract(
        "A delegation led by Japanese State Minister Taro Yamada called on Chief Adviser "
        "Muhammad Yunus."
    )
    assert relations(x) == {("MET", official("Taro Yamada"), official("Muhammad Yunus"))}


def test_its_head_leading_a_bodys_delegation_is_of_the_body_and_met():
    x = extract(
        "Finance Adviser Salehuddin Ahmed held a meeting with a JICA delegation led by its "
        "President Akihiko Tanaka."
    )
    assert entity(x, official("Akihiko Tanaka")).country == "Japan"
    assert relations(x) == {("MET", official("Salehuddin Ahmed"), official("Akihiko Tanaka"))}


def test_a_deal_signed_in_the_passive_by_two_named_people_is_their_agreement():
    x = extract(
        "The memorandum was signed in Manila on Friday by Labour Secretary Maria Santos of the "
        "Philippines and Bangladeshi Expatriates' Welfare Secretary Ruhul Amin."
    )
    pairs = {(kind, frozenset((s, t))) for kind, s, t in relations(x)}
    signatories = frozenset((official("Maria Santos"), official("Ruhul Amin")))
    assert ("AGREED", signatories) in pairs
    assert ("MET", signatories) in pairs


def test_the_chief_of_a_body_is_whoever_leads_it_whatever_their_title():
    x = extract(
        "Qatari Labour Minister Khalid Al Thani met IOM Director General Laura Bennett in Doha. "
        "The minister assured the IOM chief that Qatar would review recruitment fees."
    )
    assert (
        "OFFERED",
        official("Khalid Al Thani"),
        official("Laura Bennett"),
    ) in relations(x)


def test_the_army_chief_is_the_chief_of_army_staff_named_before():
    x = extract(
        "Bangladesh's Chief of Army Staff General Shafiul Karim arrived in Ankara on Monday. "
        "The army chief sought Turkish help to build a repair workshop for armoured vehicles."
    )
    assert ("REQUESTED", official("Shafiul Karim"), "country:TUR") in relations(x)


def test_a_portfolio_in_brackets_after_a_title_does_not_hide_the_name():
    x = extract(
        "Additional IGP (Crime and Operations) Md Anisur Rahman received the US delegation."
    )
    assert official("Anisur Rahman") in {e.id for e in x.entities}


def test_the_igp_is_the_inspector_general_not_his_additional_inspector_general():
    x = extract(
        "IGP Kamal Hossain met US Ambassador Laura Hill at Police Headquarters. Additional "
        "Inspector General of Police Nasir Uddin was present. The IGP sought US help against "
        "cybercrime."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests and {s for s, _ in requests} == {official("Kamal Hossain")}


def test_an_official_present_whose_title_has_a_bracketed_portfolio_met_the_guest():
    x = extract(
        "Foreign Adviser Touhid Hossain received Canadian High Commissioner Ajit Singh at the "
        "ministry. Director General (South Asia and Gulf) of the foreign ministry Md Rezaul "
        "Karim was present during the meeting."
    )
    assert ("MET", official("Rezaul Karim"), official("Ajit Singh")) in relations(x)


def test_a_relative_clause_does_not_cut_two_signatories_apart():
    x = extract(
        "Malaysia's Minister for Human Resources Steven Lim, who is also the chair of the "
        "labour council, and Bangladesh's Expatriates' Welfare Adviser Asif Nazrul exchanged "
        "a memorandum on recruitment."
    )
    pairs = {(kind, frozenset((s, t))) for kind, s, t in relations(x)}
    signatories = frozenset((official("Steven Lim"), official("Asif Nazrul")))
    assert {("AGREED", signatories), ("MET", signatories)} <= pairs


def test_a_minister_of_two_fields_keeps_a_three_word_name():
    x = extract("Vietnam's Minister of Agriculture and Environment Tran Duc Thang visited Dhaka.")
    assert entity(x, official("Tran Duc Thang")).country == "Vietnam"


def test_the_two_ministers_are_the_principals_not_the_body_quoted_before_them():
    x = extract(
        "Maldivian Defence Minister Ahmed Shafeeq met Indian Defence Minister Rajnath Singh in "
        "New Delhi. According to the Ministry of Defence in Male, the two ministers agreed to "
        "hold a joint survey of the atolls."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Ahmed Shafeeq"), official("Rajnath Singh")))}


def test_an_undated_request_by_the_parties_of_a_dated_meeting_takes_the_meeting_date():
    x = extract(
        "Planning Adviser Wahiduddin Mahmoud sought Japanese support for a new rail bridge. "
        "The adviser met Japanese Ambassador Kenji Morita at the planning ministry on Sunday.",
        date="2025-03-12",  # a Wednesday
    )
    dates = {r.type: r.date for r in x.relations}
    assert dates == {"REQUESTED": "2025-03-09", "MET": "2025-03-09"}


def test_signatories_with_titles_set_after_their_names_agreed_and_met():
    x = extract(
        "Md Rafiqul Islam, secretary of the Economic Relations Division (ERD), and Sato Kenji, "
        "chief representative of JICA's Bangladesh office, inked the loan deals in Dhaka."
    )
    assert entity(x, official("Rafiqul Islam")).country == "Bangladesh"
    assert entity(x, official("Sato Kenji")).country == "Japan"
    pairs = {(kind, frozenset((s, t))) for kind, s, t in relations(x)}
    signatories = frozenset((official("Rafiqul Islam"), official("Sato Kenji")))
    assert {("AGREED", signatories), ("MET", signatories)} <= pairs
    bodies = {e.id for e in x.entities if e.type == "Agency"}
    assert "agency:bgd:economic-relations-division" in bodies
    assert not any(b.startswith("agency:jpn:economic") for b in bodies)


def test_a_portfolio_of_field_words_ends_where_the_name_begins():
    x = extract(
        "Director General of the Department of Environment Dr Md Nurul Karim and Qatar's "
        "Minister of State for Energy Affairs Khalid Al-Mansouri attended the signing."
    )
    names = {e.id: e.country for e in x.entities if e.type == "Official"}
    assert names[official("Nurul Karim")] is not None
    assert names[official("Khalid Al-Mansouri")] == "Qatar"


def test_a_name_that_begins_with_a_field_word_keeps_it():
    x = extract("Minister of Foreign Affairs Park Jin met Bangladesh's Foreign Adviser in Seoul.")
    assert official("Park Jin") in {e.id for e in x.entities}


def test_a_ministry_written_in_lower_case_is_the_ministry():
    x = extract(
        "Commerce Secretary Mahbubur Rahman met Indonesian Ambassador to Bangladesh Heru "
        "Subolo at the commerce ministry on Tuesday."
    )
    assert "agency:bgd:ministry-of-commerce" in {e.id for e in x.entities}


def test_a_city_corporations_mayor_is_of_its_country_and_met_the_envoy_who_called():
    x = extract(
        "Chattogram City Corporation Mayor Dr Shahadat Hossain sought Danish support for a "
        "waste plant. He made the request when Danish Ambassador to Bangladesh Christian "
        "Brix Moller called on him on Sunday."
    )
    assert entity(x, official("Shahadat Hossain")).country == "Bangladesh"
    envoy = next(e.id for e in x.entities if "Christian Brix Moller" in e.aliases)
    assert ("MET", envoy, official("Shahadat Hossain")) in relations(x)


def test_the_two_sides_are_the_parties_of_the_meeting_told_last():
    x = extract(
        "Foreign Adviser Touhid Hossain met Moroccan Foreign Minister Nasser Bourita in "
        "Istanbul. He later met Uzbek Foreign Minister Bakhtiyor Saidov. The two ministers "
        "agreed to open a direct air link between Dhaka and Tashkent."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Touhid Hossain"), official("Bakhtiyor Saidov")))}


def test_a_visit_that_was_put_off_is_no_meeting():
    x = extract(
        "A visit to Dhaka by a delegation of Korea's Ministry of Employment and Labor, planned "
        "for this month, has been put off until after the holidays."
    )
    assert x.relations == []


def test_a_body_an_official_speaks_for_is_the_official_who_offers():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met Sato Kenji, chief representative of JICA. "
        "Sato said JICA stands ready to support new metro rail lines in Dhaka."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers and {s for s, _ in offers} == {official("Sato Kenji")}


def test_his_demonym_counterpart_is_that_countrys_principal():
    x = extract(
        "Army chief General Waker-Uz-Zaman met Turkish Land Forces Commander General Selcuk "
        "Bayraktaroglu in Ankara. General Waker asked his Turkish counterpart for more "
        "training slots for Bangladeshi officers."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Waker-Uz-Zaman"), official("Selcuk Bayraktaroglu"))}


def test_a_meeting_between_a_title_reference_and_a_named_envoy():
    x = extract(
        "Commerce Secretary Mahbubur Rahman spoke to reporters. The decision came at a meeting "
        "between the secretary and Indonesian Ambassador Heru Subolo on Tuesday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Mahbubur Rahman"), official("Heru Subolo")))}


def test_an_embassys_trade_attache_present_met_the_host():
    x = extract(
        "Commerce Secretary Mahbubur Rahman met Indonesian Ambassador Heru Subolo. "
        "The embassy's trade attaché Dimas Prasetyo was present."
    )
    assert ("MET", official("Dimas Prasetyo"), official("Mahbubur Rahman")) in relations(x)


def test_the_ministry_asked_is_the_ministry_the_article_names():
    x = extract(
        "Korean Ambassador Park Young-sik called on Expatriates' Welfare Adviser Asif Nazrul at "
        "the Ministry of Expatriates' Welfare and Overseas Employment on Monday. Park also "
        "sought the ministry's cooperation in curbing visa overstay."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {
        (
            official("Park Young-sik"),
            "agency:bgd:ministry-of-expatriates-welfare-and-overseas-employment",
        )
    }


def test_korean_given_names_go_on_after_a_hyphen_in_lower_case():
    x = extract("KOICA Country Director Kim Jin-oh met ERD Secretary Shahriar Kader Siddiky.")
    assert official("Kim Jin-oh") in {e.id for e in x.entities}


def test_a_name_part_like_muhammad_inside_a_name_keeps_the_name_whole():
    x = extract("CCC Chief Executive Officer Sheikh Muhammad Tauhidul Islam received the envoy.")
    spellings = {a for e in x.entities if e.type == "Official" for a in [e.name, *e.aliases]}
    assert "Sheikh Muhammad Tauhidul Islam" in spellings


def test_head_of_a_countrys_body_set_after_a_name_gives_the_country_and_not_a_lookalike():
    x = extract(
        "Army chief General Waker-Uz-Zaman called on Haluk Gorgun, head of Türkiye's "
        "Presidency of Defence Industries (SSB), in Ankara."
    )
    # (the article writes Türkiye: the country goes by that name in it)
    assert entity(x, official("Haluk Gorgun")).country == "Türkiye"
    assert not any("sashastra" in e.id for e in x.entities)


def test_a_headline_naming_countries_is_shadowed_by_the_bodys_people():
    x = extract(
        "Touhid meets counterparts from Morocco and Uzbekistan in Istanbul\n\n"
        "Foreign Adviser Touhid Hossain met Moroccan Foreign Minister Nasser Bourita in "
        "Istanbul on Saturday. He also met Uzbek Foreign Minister Bakhtiyor Saidov."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        frozenset((official("Touhid Hossain"), official("Nasser Bourita"))),
        frozenset((official("Touhid Hossain"), official("Bakhtiyor Saidov"))),
    }


def test_people_named_at_a_signing_met_the_other_sides_signatory():
    x = extract(
        "Bangladesh's RPGCL Managing Director Engr Mahbubul Alam Sarker and QatarEnergy's "
        "Senior Vice President Khalid Al-Sulaiti signed the deal in Doha, in presence of Power "
        "Adviser Fouzul Kabir Khan."
    )
    assert ("MET", official("Fouzul Kabir Khan"), official("Khalid Al-Sulaiti")) in relations(x)


def test_a_bodys_country_director_in_a_country_before_a_name_and_others_present():
    x = extract(
        "Expatriates' Welfare Adviser Asif Nazrul received Korean Ambassador Park Young-sik. "
        "Also present were Country Director of the Korea International Cooperation Agency "
        "(KOICA) in Bangladesh Kim Jin-oh and embassy counsellor Lee Soo-min."
    )
    assert entity(x, official("Kim Jin-oh")).country == "South Korea"
    assert ("MET", official("Kim Jin-oh"), official("Asif Nazrul")) in relations(x)


def test_he_skips_a_woman_and_a_demonym_before_a_noun_is_no_subject():
    x = extract(
        "Australian High Commissioner Susan Ryle called on Foreign Adviser Touhid Hossain on "
        "Sunday. The envoy said Australia valued its ties with Bangladesh. He said more "
        "students were choosing Australian universities and asked the envoy to ease visas."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Touhid Hossain"), official("Susan Ryle"))}


def test_a_body_no_table_lists_is_found_from_its_last_word():
    x = extract(
        "Rupantarita Prakritik Gas Company Limited (RPGCL) and QatarEnergy signed a supply "
        "deal. Officials of the Export-Import Bank of Korea and the Central Agency for Public "
        "Mobilization and Statistics attended."
    )
    bodies = {e.name: e.country for e in x.entities if e.type == "Agency"}
    assert bodies["Export-Import Bank of Korea"] == "South Korea"
    assert "Rupantarita Prakritik Gas Company Limited" in bodies
    assert "Central Agency for Public Mobilization and Statistics" in bodies
    names = {e.id: e.name for e in x.entities}
    agreed = {frozenset((names[s], names[t])) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset(("Rupantarita Prakritik Gas Company Limited", "QatarEnergy"))}


def test_an_unplaced_official_present_is_of_the_papers_own_side():
    # Both sides already have people: the one present, named without a country, is the
    # home side's (not that of the country named most) and meets the visitor.
    x = extract(
        "KOICA Country Director Kim Do-yeon called on Foreign Adviser Touhid Hossain at "
        "the secretariat on Monday. South Korea has funded schools across Bangladesh, and "
        "Korea plans more. Also present was Director General of Secondary and Higher "
        "Education Prof Mahbub Karim."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Mahbub Karim"), official("Kim Do-yeon"))) in met
    assert frozenset((official("Mahbub Karim"), official("Touhid Hossain"))) not in met


def test_wanting_someone_to_act_is_a_request_wanting_to_act_is_not():
    x = extract(
        "Peruvian Ambassador Javier Paulinich called on Commerce Adviser Sk Bashir Uddin on "
        "Monday. The adviser said Dhaka wanted Lima to open a trade office. Bashir Uddin told "
        "the envoy that the government wants the embassy to speed up visas. Peru wants to "
        "expand trade with Bangladesh, the envoy said."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {
        (official("Sk Bashir Uddin"), "country:PER"),
        (official("Sk Bashir Uddin"), "agency:per:embassy-of-peru"),
    }


def test_a_country_said_to_be_willing_is_the_speakers_offer():
    x = extract(
        "Peruvian Ambassador Javier Paulinich called on Commerce Adviser Sk Bashir Uddin on "
        "Monday. Paulinich said Lima was willing to train Bangladeshi customs officers."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Javier Paulinich"), "country:BGD")}


def test_a_currency_named_after_a_country_is_no_party():
    x = extract("Bangladesh signed a loan of 500 million US dollars with the World Bank.")
    assert "country:USA" not in {e.id for e in x.entities}


def test_an_international_bodys_officer_for_a_country_serves_there():
    x = extract(
        "Finance Secretary Khairuzzaman Mozumder and World Bank Division Director for Nepal "
        "and Bangladesh Anna Lindqvist signed the financing agreement in Dhaka."
    )
    lindqvist = next(e for e in x.entities if e.id == official("Anna Lindqvist"))
    assert lindqvist.country is None  # not of Bangladesh, where she serves
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Khairuzzaman Mozumder"), official("Anna Lindqvist")))}


def test_a_relative_clause_between_subject_and_verb_holds_no_subject():
    x = extract(
        "Moroccan Ambassador Karim Alaoui, who is based in New Delhi and also accredited to "
        "Bangladesh, met Fisheries Adviser Farida Akhter at the ministry on Monday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Karim Alaoui"), official("Farida Akhter")))}


def test_a_body_no_table_lists_may_begin_with_its_countrys_name():
    x = extract(
        "Moroccan Ambassador Karim Alaoui met Fisheries Adviser Farida Akhter. He said Morocco "
        "was willing to share survey data with the Bangladesh Fisheries Research Institute."
    )
    bodies = {e.name: e.country for e in x.entities if e.type == "Agency"}
    assert bodies == {"Bangladesh Fisheries Research Institute": "Bangladesh"}


def test_the_leaders_of_the_two_sides_met_and_are_the_two_sides():
    x = extract(
        "Commerce Secretary Mahbubur Rahman led the Bangladesh side, while Kazakh Deputy "
        "Minister of Trade and Integration Aidar Kuanyshev led his country's delegation. "
        "The two sides agreed to set up a business council."
    )
    kuanyshev = next(e for e in x.entities if e.id == official("Aidar Kuanyshev"))
    assert kuanyshev.country == "Kazakhstan"  # "Deputy" joins the demonym to the title
    pair = frozenset((official("Mahbubur Rahman"), official("Aidar Kuanyshev")))
    assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"} == {pair}
    assert {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"} == {pair}


def test_an_acronym_the_article_gives_a_body_names_it_later():
    x = extract(
        "The Bangladesh Jute Research Institute (BJRI) will work with Kenya's fibre board. "
        "Kenyan High Commissioner Peter Mwangi later met BJRI's director general in Dhaka."
    )
    body = next(e for e in x.entities if e.type == "Agency" and "BJRI" in e.aliases)
    assert body.name == "Bangladesh Jute Research Institute"
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert (official("Peter Mwangi"), body.id) in met


def test_those_in_whose_presence_a_deal_was_signed_met_its_other_side():
    x = extract(
        "ERD Secretary Md Shahriar Kader Siddiky and KOICA Country Director Lee Min-ho signed "
        "the grant agreement in the presence of Finance Adviser Salehuddin Ahmed and Korean "
        "Ambassador Park Young-sik."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Salehuddin Ahmed"), official("Lee Min-ho"))) in met
    assert frozenset((official("Park Young-sik"), official("Md Shahriar Kader Siddiky"))) in met
    # Same-side pairs are no bilateral meetings.
    assert (
        frozenset((official("Salehuddin Ahmed"), official("Md Shahriar Kader Siddiky"))) not in met
    )


def test_consensus_is_agreement_and_a_conditional_offer_is_none():
    x = extract(
        "Nepalese Energy Secretary Suresh Acharya met Power Secretary Farzana Mamtaz in "
        "Kathmandu. The two secretaries reached consensus on a second transmission line. "
        "Acharya said Nepal was ready to sell more power if India allowed the transit."
    )
    kinds = {kind for kind, s, t in relations(x)}
    assert "AGREED" in kinds
    assert "OFFERED" not in kinds


def test_signatories_told_after_their_countries_and_titles_with_unlisted_bodies():
    x = extract(
        "Bangladesh and Kazakhstan inked a memorandum on trade promotion, with EPB "
        "Vice-Chairman Md Anwar Hossain and Director of Kazakhstan's Trade Promotion Agency "
        "Daniyar Serikbayev signing on behalf of their agencies. Kazakh Minister of Trade, "
        "Industry and Integration Arman Shakkaliyev witnessed the signing."
    )
    people = {e.name: e.country for e in x.entities if e.type == "Official"}
    # "Anwar" alone is a listed Malaysian leader; "Md Anwar Hossain" is someone else.
    assert people == {
        "Anwar Hossain": "Bangladesh",
        "Daniyar Serikbayev": "Kazakhstan",
        "Arman Shakkaliyev": "Kazakhstan",
    }
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Md Anwar Hossain"), official("Daniyar Serikbayev")))}


def test_two_titles_of_one_person_joined_by_and():
    x = extract(
        "Kenyan High Commissioner Wanjiru Kamau and Ugandan Ambassador John Mugisha called on "
        "Chief Adviser Muhammad Yunus. Yunus assured Ugandan Attorney General and Justice "
        "Minister Peter Okello of support."
    )
    okello = next(e for e in x.entities if e.id == official("Peter Okello"))
    assert okello.country == "Uganda"
    assert okello.title == "Attorney General and Justice Minister"


def test_a_meeting_that_did_not_take_place_is_none():
    x = extract(
        "A meeting between Foreign Adviser Md Touhid Hossain and Philippine Foreign Secretary "
        "Theresa Lazaro, which had been set for Friday, did not take place."
    )
    assert not relations(x)


def test_a_consensus_reached_in_talks_between_two_is_their_agreement():
    x = extract(
        "The consensus was reached during talks between Chief of Army Staff General "
        "Waker-Uz-Zaman and Turkish Land Forces Commander General Metin Tokel in Ankara."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Waker-Uz-Zaman"), official("Metin Tokel")))}


def test_people_with_a_visitor_met_the_other_side():
    x = extract(
        "German Ambassador Ruediger Lotz paid a courtesy call on Expatriates Welfare Adviser "
        "Asif Nazrul at his office on Sunday, with GIZ Country Director Ulrich Hoffmann and "
        "BMET Director General Md Salah Uddin."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        frozenset((official("Ruediger Lotz"), official("Asif Nazrul"))),
        frozenset((official("Ulrich Hoffmann"), official("Asif Nazrul"))),
        frozenset((official("Md Salah Uddin"), official("Ruediger Lotz"))),
    }


def test_signatories_told_as_signing_the_minutes():
    x = extract(
        "Bangladesh and Bhutan renewed their power trade deal, with Power Division Secretary "
        "Farzana Mamtaz and Bhutanese Energy Secretary Karma Tshering signing the minutes of "
        "the meeting in Thimphu."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Farzana Mamtaz"), official("Karma Tshering")))}


def test_a_portfolio_of_several_fields_before_a_title_keeps_the_country():
    x = extract(
        "Power Secretary Farzana Mamtaz met Nepalese Energy Secretary Suresh Acharya. She also "
        "called on Nepal's Energy, Water Resources and Irrigation Minister Deepak Khadka."
    )
    khadka = next(e for e in x.entities if e.id == official("Deepak Khadka"))
    assert khadka.country == "Nepal"


def test_a_foreign_bodys_country_office_is_where_its_head_serves():
    x = extract(
        "Korean Ambassador Park Young-sik met Expatriates Welfare Adviser Asif Nazrul. Also "
        "present was KOICA Bangladesh Country Director Kim Ju-hyun."
    )
    kim = next(e for e in x.entities if e.id == official("Kim Ju-hyun"))
    assert kim.country == "South Korea"
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Kim Ju-hyun"), official("Asif Nazrul"))) in met


def test_a_named_counterpart_is_a_person_an_unnamed_one_the_one_met():
    x = extract(
        "Foreign Secretary Md Jashim Uddin and his Nepali counterpart Amrit Bahadur Rai held "
        "consultations in Kathmandu. Touhid told his counterpart that Dhaka valued the ties."
    )
    rai = next(e for e in x.entities if e.id == official("Amrit Bahadur Rai"))
    assert rai.country == "Nepal"
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Md Jashim Uddin"), official("Amrit Bahadur Rai"))) in met


def test_a_passive_signing_with_place_and_day_before_its_agents():
    x = extract(
        "The revised power deal was signed in Thimphu on Tuesday by BPDB Chairman Md "
        "Rezaul Karim and Druk Green Power Corporation Managing Director Dasho Chhewang "
        "Rinzin."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert frozenset((official("Rezaul Karim"), official("Chhewang Rinzin"))) in agreed


def test_the_head_of_a_body_told_in_plain_words_then_the_name_in_commas():
    x = extract(
        "The memorandum was signed by Foreign Adviser Touhid Hossain and the head of the "
        "Kazakh diplomatic academy, Prof Aigul Serikova, in Astana."
    )
    serikova = entity(x, official("Aigul Serikova"))
    assert serikova.country == "Kazakhstan"
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert frozenset((official("Touhid Hossain"), official("Aigul Serikova"))) in agreed


def test_the_two_sides_named_in_apposition_are_those_countries():
    x = extract(
        "Foreign Secretary Asad Alam Siam held consultations with Kazakh Deputy Foreign "
        "Minister Alibek Bakayev in Astana. Siam later met Kenya's Principal Secretary for "
        "Foreign Affairs Korir Sing'oei there. The two sides, Bangladesh and Kazakhstan, "
        "agreed to meet again in Dhaka next year."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Asad Alam Siam"), official("Alibek Bakayev")))}


def test_a_matter_discussed_in_the_passive_or_long_discussed_names_no_parties():
    x = extract(
        "A direct flight between Dhaka and Almaty was also discussed, officials said. "
        "Trade between Bangladesh and Kazakhstan stays small, and a long-discussed "
        "shipping deal is still pending."
    )
    assert not [r for r in x.relations if r.type == "MET"]


def test_an_offer_to_nobody_named_goes_to_the_one_met_or_the_country_the_sentence_names():
    met = "Thai Ambassador Makawadee Sumitmor called on Commerce Adviser Sk Bashir Uddin. "
    envoy, adviser = official("Makawadee Sumitmor"), official("Sk Bashir Uddin")
    x = extract(met + "The envoy said Thailand was ready to share its experience in rice trade.")
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(envoy, adviser)}
    x = extract(met + "The envoy said Thailand was ready to train Bangladeshi rice traders.")
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(envoy, "country:BGD")}


def test_the_subject_of_a_first_verb_does_the_second_after_and():
    x = extract(
        "Army Chief Gen Waker-Uz-Zaman thanked Japan for its support and requested that "
        "Japanese shipyards "
        "consider building a dry dock in Chattogram."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Waker-Uz-Zaman"), "country:JPN")}


def test_a_team_from_a_body_that_met_others_is_the_body_even_in_reported_speech():
    x = extract(
        "US Ambassador Tracey Ann Jacobson said a team from the Federal Bureau of "
        "Investigation had met officials of the Anti-Corruption Commission in Dhaka."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        ("agency:usa:federal-bureau-of-investigation", "agency:bgd:anti-corruption-commission")
    }


def test_people_who_accompanied_someone_in_both_meetings_met_both_hosts():
    x = extract(
        "Foreign Adviser Touhid Hossain met Thai Foreign Minister Maris Sangiampongsa in "
        "Bangkok. He later called on Thai Commerce Minister Pichai Naripthaphan. Bangladesh's "
        "Ambassador to Thailand Faiyaz Murshid Kazi accompanied the adviser in both meetings."
    )
    met = {
        t for kind, s, t in relations(x) if kind == "MET" and s == official("Faiyaz Murshid Kazi")
    }
    assert met == {official("Maris Sangiampongsa"), official("Pichai Naripthaphan")}


def test_an_unplaced_official_is_not_of_a_country_named_once_in_passing():
    x = extract(
        "Moroccan Ambassador Majid Halim called on Agriculture Adviser Jahangir Alam Chowdhury "
        "on Sunday. Morocco supplies phosphate to Bangladesh, as it once did to Vietnam. "
        "Agriculture Secretary Dr Rafiqul Islam was present. Morocco will send more next year."
    )
    assert entity(x, official("Rafiqul Islam")).country == "Bangladesh"
    assert ("MET", official("Rafiqul Islam"), official("Majid Halim")) in relations(x)


def test_a_field_word_between_a_country_and_a_title_keeps_the_country():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin, with EU Ambassador Michael Miller, met EU Trade "
        "Commissioner Maros Sefcovic in Brussels."
    )
    assert entity(x, official("Maros Sefcovic")).country == "European Union"


def test_one_who_pledged_in_a_relative_clause_pledged_to_the_country_named():
    x = extract(
        "In Geneva, Health Adviser Nurjahan Begum met UNFPA Executive Director Diene Keita, "
        "who pledged midwifery training for Bangladesh's rural clinics."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Diene Keita"), "country:BGD")}


def test_renewed_and_finalised_are_agreements_and_a_second_verb_keeps_its_subjects():
    x = extract(
        "Bangladesh and Bhutan have finalised the terms of a power line via India and "
        "renewed their hydropower accord for five more years, with Power Secretary Farzana "
        "Mamtaz and Druk Green Power Corporation chief Dasho Chhewang Rinzin signing."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert all("country:IND" not in pair for pair in agreed)
    assert frozenset(("country:BGD", "country:BTN")) in agreed


def test_meeting_opening_a_sentence_and_an_envoy_in_a_city_who_attended_all_three():
    x = extract(
        "Meeting ILO Director-General Gilbert F Houngbo in Geneva on Monday, Expatriates' "
        "Welfare Adviser Asif Nazrul sought support for migrant workers. The adviser later met "
        "IOM Director General Amy Pope. In a third meeting, the adviser and Swiss Federal "
        "Councillor Beat Jans agreed to resume migration talks. Bangladesh's Permanent "
        "Representative in Geneva Md Nazrul Islam Bhuiyan attended all three meetings."
    )
    adviser, envoy = official("Asif Nazrul"), official("Nazrul Islam Bhuiyan")
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((adviser, official("Gilbert F Houngbo"))) in met
    assert frozenset((adviser, official("Beat Jans"))) in met  # agreed at a meeting
    hosts = {t for s, t in (tuple(p) for p in met) if s == envoy} | {
        s for s, t in (tuple(p) for p in met) if t == envoy
    }
    assert hosts == {official("Gilbert F Houngbo"), official("Amy Pope"), official("Beat Jans")}


def test_training_alone_is_education_and_training():
    x = extract(
        "Korean Ambassador Park Young-sik called on Expatriates' Welfare Adviser Asif Nazrul "
        "and pledged more training in shipbuilding."
    )
    offer = next(r for r in x.relations if r.type == "OFFERED")
    assert "education" in offer.topics


def test_an_envoy_who_handed_over_a_letter_met_the_one_who_received_it():
    x = extract(
        "Chinese Ambassador Yao Wen handed over a letter from Chinese Premier Li Qiang to "
        "Chief Adviser Muhammad Yunus on Sunday."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {(official("Yao Wen"), official("Muhammad Yunus"))}


def test_two_guests_received_by_a_host_each_met_the_host():
    x = extract(
        "Swedish Ambassador Nicolas Weeks and Finnish Ambassador Kimmo Lahdevirta were "
        "received by Environment Adviser Syeda Rizwana Hasan at the secretariat."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    adviser = official("Syeda Rizwana Hasan")
    assert met == {(official("Nicolas Weeks"), adviser), (official("Kimmo Lahdevirta"), adviser)}


def test_long_arabic_names_and_a_style_before_a_listed_name():
    x = extract(
        "The deal was signed in Doha by Petrobangla Chairman Md Rezanur Rahman and "
        "QatarEnergy's Executive Vice President Sheikh Khalid bin Khalifa Al Thani. "
        "In Abu Dhabi, Foreign Adviser Touhid Hossain called on President Sheikh Mohamed bin "
        "Zayed Al Nahyan. Sheikh Mohamed said the UAE would invest in Bangladesh's ports."
    )
    names = {e.name for e in x.entities if e.type == "Official"}
    assert "Sheikh Khalid bin Khalifa Al Thani" in names
    uae = official("Mohamed bin Zayed Al Nahyan")
    assert ("OFFERED", uae, "country:BGD") in relations(x)


def test_a_countrys_delegation_acts_through_the_person_leading_it():
    x = extract(
        "Power Secretary Farzana Mamtaz led the Bangladeshi side at the talks with Nepalese "
        "Energy Secretary Suresh Acharya in Kathmandu. The Bangladeshi delegation also paid a "
        "courtesy call on Nepal's Energy Minister Deepak Khadka."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Farzana Mamtaz"), official("Deepak Khadka"))) in met
    assert not [pair for pair in met if "country:BGD" in pair]


def test_readiness_with_a_possessive_is_an_offer_and_deferred_payment_calls_nothing_off():
    x = extract(
        "Turkish Defence Minister Yasar Guler expressed Turkey's readiness to co-produce "
        "armoured vehicles with Bangladesh. Uzbek Minister Laziz Kudratov expressed readiness "
        "to supply fertiliser to Bangladesh on deferred payment terms."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert (official("Yasar Guler"), "country:BGD") in offers
    assert (official("Laziz Kudratov"), "country:BGD") in offers


def test_a_mission_said_to_be_in_a_city_is_also_named_with_it():
    x = extract(
        "An official from the Indian embassy in Kathmandu sat in on the talks of Nepalese and "
        "Bangladeshi power officials."
    )
    embassy = next(e for e in x.entities if e.type == "Agency")
    assert embassy.name == "Embassy of India"
    assert "Embassy of India in Kathmandu" in embassy.aliases


def test_a_title_at_a_countrys_mission_before_a_name():
    x = extract(
        "First Secretary at the Embassy of the Netherlands in Dhaka Pieter de Vries called "
        "on Shipping Secretary Nazmul Ahsan."
    )
    diplomat = entity(x, official("Pieter de Vries"))
    assert diplomat.country == "Netherlands"
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Pieter de Vries"), official("Nazmul Ahsan"))) in met


def test_a_dateline_month_is_no_wish_and_a_place_before_based_is_no_party():
    x = extract(
        "DHAKA, May 12 (UNB) - Bangladesh and Vietnam will work towards a deal on rice "
        "research, Agriculture Adviser Jahangir Alam Chowdhury and Vietnamese Ambassador "
        "Nguyen Manh Cuong agreed on Sunday. The ERD secretary sought cheaper loans from the "
        "Manila-based lender."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    pair = frozenset((official("Jahangir Alam Chowdhury"), official("Nguyen Manh Cuong")))
    assert pair in agreed
    assert not [r for r in x.relations if r.type == "REQUESTED" and r.target == "country:PHL"]


def test_a_ministry_in_a_capital_is_that_countrys_and_the_one_reporting_is_no_party():
    x = extract(
        "Defence Minister Mohamed Ghassan Maumoon held talks with Indian Defence Minister "
        "Rajnath Singh in New Delhi during a three-day trip to India. According to the "
        "Ministry of Defence in Male, both ministers agreed to survey the atolls together. "
        "Singh said India stood ready to train Maldivian coast guards, according to the "
        "ministry."
    )
    maumoon, singh = official("Mohamed Ghassan Maumoon"), official("Rajnath Singh")
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((maumoon, singh))}
    offers = {t for kind, s, t in relations(x) if kind == "OFFERED"}
    assert not [t for t in offers if t.startswith("agency:")]


def test_the_subject_does_the_second_verb_after_a_comma_and():
    x = extract(
        "Vietnamese Prime Minister Pham Minh Chinh urged Singapore firms to build data centres "
        "under the Vietnam-Singapore framework, and asked the Singapore government to ease "
        "visas."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Pham Minh Chinh"), "country:SGP")}


def test_a_body_reporting_at_the_end_of_a_sentence_is_no_party():
    x = extract(
        "Bruneian Minister Erywan Pehin Yusof met Foreign Adviser Touhid Hossain on Monday. "
        "Erywan said Brunei was willing to hire more cooks from Bangladesh, the Bangladesh "
        "foreign ministry said in a statement."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Erywan Pehin Yusof"), "country:BGD")}


def test_an_envoy_named_without_a_country_is_the_other_sides():
    x = extract(
        "The Netherlands will extend its delta partnership with Bangladesh. Environment "
        "Adviser Syeda Rizwana Hasan met Dutch Special Envoy for Water Henk Ovink on Sunday. "
        "Ambassador "
        "Anna Verhoeven said the Netherlands would keep funding the Delta Plan."
    )
    assert entity(x, official("Anna Verhoeven")).country == "Netherlands"


def test_a_countrys_navy_chief_is_whoever_leads_its_named_navy():
    x = extract(
        "Commander-in-Chief of the Royal Malaysian Navy Admiral Zulhelmy Ithnain called on "
        "Chief of Naval Staff Admiral M Nazmul Hassan. Later, the Malaysian navy chief offered "
        "two training slots for Bangladesh Navy officers."
    )
    offers = {s for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {official("Zulhelmy Ithnain")}


def test_a_name_beginning_with_a_word_of_a_place_keeps_it():
    # "Abu" is also the first word of "Abu Dhabi": it is no portfolio before the name.
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury received the Maldivian High Commissioner on "
        "Sunday. Shipping Secretary Abu Yusuf Mohammad Kamal was present."
    )
    names = {n for e in x.entities if e.type == "Official" for n in (e.name, *e.aliases)}
    assert "Abu Yusuf Mohammad Kamal" in names


def test_a_permanent_mission_is_also_known_by_its_city():
    x = extract(
        "Foreign Adviser Touhid Hossain met the UN rights chief in Switzerland, the Bangladesh "
        "Permanent Mission in Geneva said on Friday."
    )
    mission = next(e for e in x.entities if e.name.startswith("Permanent Mission"))
    assert "Permanent Mission of Bangladesh in Geneva" in mission.aliases


def test_capitalised_words_before_a_title_qualify_it_and_are_no_name():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met a World Bank team on Sunday. Energy Secretary "
        "Mohammad Fouzul Islam and WB Senior Energy Specialist Ashraful Kabir were present."
    )
    names = {e.name for e in x.entities if e.type == "Official"}
    assert "Ashraful Kabir" in names
    assert not [n for n in names if n.startswith("Energy Specialist")]


def test_a_bodys_commitment_told_by_its_officer_is_the_officers_offer():
    x = extract(
        "The Islamic Development Bank has pledged $300 million for rural roads, its Regional "
        "Hub Director Issa Faye told Planning Adviser Wahiduddin Mahmud when he called on "
        "him at the Planning Commission on Monday. The World Bank, meanwhile, has committed "
        "$500 million to Bangladesh for schools, said its Division Director for Nepal and "
        "Bangladesh Paolo Conte."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert (official("Issa Faye"), official("Wahiduddin Mahmud")) in offers
    assert (official("Paolo Conte"), "country:BGD") in offers
    assert entity(x, official("Paolo Conte")).country in (None, "")


def test_a_request_in_the_perfect_passive_comes_from_the_agent():
    x = extract(
        "The Islamic Development Bank has also been asked by the Power Division to finance "
        "new substations in the north, officials said."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {("agency:bgd:power-division", "agency:int:islamic-development-bank")}


def test_the_two_after_a_call_are_the_caller_and_the_host():
    x = extract(
        "Foreign Adviser Touhid Hossain met Omani Foreign Minister Badr Albusaidi on Monday. "
        "Badr Albusaidi said Oman would hire more nurses. In a separate meeting, Maldivian "
        "Foreign Minister Abdulla Khaleel called on the adviser, and the two "
        "agreed to hold the next round of consultations in Male. The contract the two signed "
        "in 2019 runs until 2029."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Abdulla Khaleel"), official("Touhid Hossain")))}
    requested = [r for r in relations(x) if r[0] == "REQUESTED"]
    assert requested == []


def test_whom_opens_a_clause_the_subject_is_outside_of():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin visited Manama on Monday. Bahrain's Minister of "
        "Industry Abdulla Fakhro, whom Bashir Uddin met in the morning, assured him that "
        "Bahrain would buy more jute goods."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers and all(s == official("Abdulla Fakhro") for s, t in offers)


def test_a_hope_or_a_condition_binds_only_its_own_clause():
    meeting = "Uzbek Minister Laziz Kudratov met Commerce Adviser Sk Bashir Uddin on Monday. "
    for text in (
        "Kudratov said Uzbek spinners were keen to buy Bangladeshi jute yarn, and expressed "
        "readiness to supply cotton to Bangladesh.",
        "He said Uzbekistan was ready to sell fertiliser to Bangladesh and would be willing to "
        "send experts if Dhaka asked.",
    ):
        offers = {(s, t) for kind, s, t in relations(extract(meeting + text)) if kind == "OFFERED"}
        assert offers == {(official("Laziz Kudratov"), "country:BGD")}


def test_no_on_the_event_noun_negates_it_but_not_another_subjects_deal():
    x = extract(
        "Egypt buys most of its wheat from Russia, but no long-term supply agreement between "
        "Egypt and Russia has been signed. No refugee has gone back under the deal Dhaka "
        "signed with Naypyitaw in 2017."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset(("country:BGD", "country:MMR"))}


def test_a_place_before_and_is_no_partner_of_the_next_subject():
    x = extract(
        "JICA Chief Representative Ichiguchi Tomohide met Planning Adviser Wahiduddin Mahmud. "
        '"We will keep our support for railways in Bangladesh, and JICA is ready to look at '
        'budget support too," Ichiguchi said.'
    )
    sources = {s for kind, s, t in relations(x) if kind == "OFFERED"}
    assert "country:BGD" not in sources


def test_talks_that_stalled_are_no_meeting():
    x = extract(
        "The ADB will release its loan in June, and talks with the Kuwait Fund for Arab "
        "Economic Development on a loan for a new bridge have stalled over the interest rate."
    )
    assert not [r for r in x.relations if r.type == "MET"]


def test_more_ways_of_offering():
    meeting = "Education Adviser C R Abrar met Hungarian Ambassador Eva Nemeth on Sunday. "
    for text in (
        "Nemeth said Hungary would offer 40 scholarships to Bangladeshi students.",
        "Nemeth said Budapest would send a team of water experts to Dhaka in May.",
        "Nemeth said Hungary was committed to backing Bangladesh's graduation from LDC status.",
        "Nemeth expressed interest in Hungarian firms building water treatment plants.",
    ):
        offers = {s for kind, s, t in relations(extract(meeting + text)) if kind == "OFFERED"}
        assert offers == {official("Eva Nemeth")}, text


def test_an_offer_in_the_that_clause_of_another_is_the_same_offer():
    x = extract(
        "Fisheries Adviser Farida Akhter met Sri Lankan High Commissioner Dharmapala "
        "Weerakkody. The envoy assured the adviser that his government would offer slots at "
        "its ocean university for fisheries officials."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Dharmapala Weerakkody"), official("Farida Akhter"))}


def test_an_invitation_to_act_is_a_request_and_an_anonymous_source_asks_nothing():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin met Omani Commerce Minister Qais Al Yousef in Muscat. "
        "Bashir Uddin invited Omani firms to invest in the economic zones in Mirsarai. "
        '"Oman is the gateway to the Gulf," said an official of the ministry, who asked not to '
        "be named."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Sk Bashir Uddin"), "country:OMN")}


def test_a_place_after_in_is_neither_subject_nor_addressee():
    x = extract(
        "Thai Ambassador Makawadee Sumitmor called on Shipping Adviser Sakhawat Hussain on "
        "Monday. The ambassador took up her post in Dhaka last year and has since visited "
        "Mongla and Payra ports."
    )
    assert {(r.type, r.source, r.target) for r in x.relations} == {
        ("MET", official("Makawadee Sumitmor"), official("Sakhawat Hussain"))
    }


def test_a_second_verb_after_a_comma_keeps_the_subject():
    x = extract(
        "Thai Ambassador Makawadee Sumitmor calls on Shipping Adviser Sakhawat Hussain, "
        "offers training for port pilots."
    )
    offers = {s for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {official("Makawadee Sumitmor")}


def test_a_denial_naming_its_own_matter_does_not_take_back_an_agreement():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met Japanese Ambassador Saida Shinichi on Monday. "
        "The two sides agreed to hold the next policy dialogue in Tokyo in September. "
        "However, no decision was taken on Dhaka's proposal to cut the interest rate."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Salehuddin Ahmed"), official("Saida Shinichi")))}


def test_the_two_ministers_are_the_pair_of_the_countries_the_sentence_names():
    x = extract(
        "Foreign Adviser Touhid Hossain met Maldivian Foreign Minister Abdulla Khaleel in "
        "Bangkok on Monday. He also met Thai Foreign Minister Maris Sangiampongsa on Tuesday. "
        "The two ministers agreed to hold consultations between Bangladesh and the Maldives "
        "before the end of the year."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Touhid Hossain"), official("Abdulla Khaleel")))}


def test_the_bank_is_the_bank_named_last_not_its_officer():
    x = extract(
        "The ERD and the Asian Development Bank on Monday signed a $300 million loan. Later, "
        "Finance Adviser Salehuddin Ahmed called on World Bank Vice President Martin Raiser "
        "and urged the bank to release its budget support before June."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Salehuddin Ahmed"), "agency:int:world-bank")}


def test_ones_own_body_is_no_addressee_of_an_offer():
    x = extract(
        "UNICEF Executive Director Catherine Russell called on Chief Adviser Muhammad Yunus on "
        "Sunday. Russell pledged that UNICEF would keep funding learning centres in the camps."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers and "agency:int:unicef" not in {t for s, t in offers}


def test_the_one_told_receives_an_offer_for_a_bodys_officers_not_with_a_body():
    meeting = "Australian High Commissioner Susan Ryle called on Fisheries Adviser Farida Akhter. "
    told = extract(
        meeting + "Ryle told the adviser that Canberra stood ready to train officers of the "
        "Department of Fisheries in tracking illegal fishing."
    )
    offers = {(s, t) for kind, s, t in relations(told) if kind == "OFFERED"}
    assert offers == {(official("Susan Ryle"), official("Farida Akhter"))}
    shared = extract(
        meeting + "Ryle told her Australia was ready to share its experience of port state "
        "control with the Department of Shipping."
    )
    offers = {(s, t) for kind, s, t in relations(shared) if kind == "OFFERED"}
    assert offers == {(official("Susan Ryle"), "agency:bgd:department-of-shipping")}


def test_a_meeting_scheduled_further_back_in_the_clause_is_still_to_come():
    x = extract(
        "Foreign Adviser Touhid Hossain is scheduled to travel to Jeddah tomorrow to meet the "
        "secretary general of the Organisation of Islamic Cooperation."
    )
    assert not [r for r in x.relations if r.type == "MET"]


def test_a_name_after_a_military_rank_is_a_person_of_the_delegation_they_lead():
    x = extract(
        "On Tuesday, a five-member Royal Thai Navy delegation led by Rear Admiral Somchai "
        "Prasert met Chief of Naval Staff Admiral M Nazmul Hassan at Naval Headquarters."
    )
    assert entity(x, official("Somchai Prasert")).country == "Thailand"
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Somchai Prasert"), official("Nazmul Hassan")))}


def test_a_title_of_a_body_named_in_capitals_holds_no_name_inside_the_body():
    x = extract(
        "The loan was signed by Omar Haddad, chief executive of the Gulf Regional Trade "
        "Finance Corporation (GRTFC), and ERD Secretary Md Shahriar Kader Siddiky."
    )
    names = {e.name for e in x.entities}
    assert "Gulf Regional Trade Finance Corporation" in names
    assert "Omar Haddad" in names
    assert not [n for n in names if n in ("Regional", "Finance", "Trade")]


def test_a_participle_after_an_article_qualifies_a_noun_and_does_nothing():
    x = extract(
        "Food Secretary Md Masudul Hasan and Thai Ambassador Makawadee Sumitmor signed the "
        "renewed MoU at the food ministry, with Food Adviser Ali Imam Majumder in attendance."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Masudul Hasan"), official("Makawadee Sumitmor")))}


def test_a_possessive_title_after_a_name_is_a_possessor_not_the_names_title():
    x = extract(
        "Lutfey Siddiqi, the chief adviser's special envoy for international affairs, met IOM "
        "Director General Amy Pope in Geneva on Monday, where he pressed the agency to "
        "expand its work in Cox's Bazar."
    )
    requests = {s for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {official("Lutfey Siddiqi")}


def test_the_body_a_statement_is_of_is_no_party_nor_is_a_place_a_release_was_received_in():
    x = extract(
        "UN High Commissioner for Refugees Filippo Grandi met Khalilur Rahman in Geneva on "
        "Monday. Grandi said UNHCR would commit $30 million more for the camps, a statement of "
        "the Bangladesh Permanent Mission in Geneva said. During the meeting, Grandi said his "
        "agency was ready to train camp staff, according to a press release of the foreign "
        "ministry received in Dhaka today."
    )
    targets = {t for kind, s, t in relations(x) if kind == "OFFERED"}
    assert targets == {official("Khalilur Rahman")}
    assert not [r for r in x.relations if "country:BGD" in (r.source, r.target)]


def test_a_meeting_that_could_not_be_held_is_none():
    x = extract(
        "A trilateral meeting with Myanmar's deputy foreign minister, which Dhaka had "
        "proposed for Tuesday, could not be held as the Myanmar side did not reply."
    )
    assert not [r for r in x.relations if r.type == "MET"]


def test_a_provided_clause_is_a_condition_a_ministry_statement_a_source_the_lender_a_bank():
    meeting = "ADB Country Director Hoe Yun Jeong met Railway Adviser Fouzul Kabir Khan. "
    x = extract(
        meeting + "Hoe said the ADB stood ready to fund more coaches next year, provided the "
        "railway completes its tariff review."
    )
    assert not [r for r in x.relations if r.type == "OFFERED"]
    x = extract(
        meeting + "Hoe, according to a railway ministry statement, assured him that the ADB "
        "would fund signalling. The adviser called on the Manila-based lender to also "
        "finance new locomotives."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Hoe Yun Jeong"), official("Fouzul Kabir Khan"))}
    requests = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {"agency:int:asian-development-bank"}


def test_an_offer_made_by_someone_in_the_passive_is_theirs():
    x = extract(
        "Sri Lanka has offered more seats for Bangladeshi naval officers. The offer was made by "
        "Sri Lanka Navy Commander Vice Admiral Kanchana Banagoda during talks with Chief of "
        "Naval Staff Admiral M Nazmul Hassan in Colombo."
    )
    assert ("OFFERED", official("Kanchana Banagoda"), official("Nazmul Hassan")) in relations(x)


def test_the_un_agency_is_the_un_body_named_and_a_body_of_the_un_is_one_actor():
    x = extract(
        "The Food and Agriculture Organization (FAO) of the United Nations has pledged 200 "
        "seed drills to Bangladesh, its representative Jiaoqun Shi told Agriculture Adviser "
        "Jahangir Alam Chowdhury. The adviser requested the UN agency to extend the support "
        "to coastal districts."
    )
    ids = {s for r in relations(x) for s in r[1:]}
    assert "agency:int:united-nations" not in ids
    assert ("REQUESTED", official("Jahangir Alam Chowdhury"), "agency:int:fao") in relations(x)


def test_made_the_pledge_tells_the_pledge_already_told():
    x = extract(
        "Japanese Ambassador Saida Shinichi pledged faster disbursement of Japanese loans to "
        "Finance Adviser Salehuddin Ahmed. The envoy made the pledge when he called on the "
        "adviser at his office at the Bangladesh Secretariat, a finance ministry official said."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Saida Shinichi"), official("Salehuddin Ahmed"))}


def test_counterparts_of_two_countries_joined_by_and_are_each_principal():
    x = extract(
        "Foreign Adviser Touhid Hossain met Nepalese Foreign Minister Arzu Rana Deuba and "
        "Bhutanese Foreign Minister DN Dhungyel in Bangkok. He held separate talks with his "
        "Nepalese and Bhutanese counterparts on power trade."
    )
    targets = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert not [pair for pair in targets if "country:NPL" in pair]


def test_the_one_who_led_a_countrys_side_is_of_that_country():
    x = extract(
        "Water Resources Secretary Nazmul Ahsan led the Bangladesh team at the Joint Rivers "
        "Commission talks in Kolkata. The Indian side was led by Debashree Mukherjee, "
        "secretary of India's water ministry."
    )
    assert entity(x, official("Debashree Mukherjee")).country == "India"
    assert entity(x, official("Nazmul Ahsan")).country == "Bangladesh"


def test_a_title_after_a_comma_and_before_a_verb_is_a_new_subject_not_an_apposition():
    x = extract(
        "Foreign Adviser Touhid Hossain met Thai Foreign Minister Maris Sangiampongsa in "
        "Bangkok. In the meeting with Maris, the adviser also urged Bangkok to ease visas for "
        "Bangladeshi patients."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests and all(s == official("Touhid Hossain") for s, t in requests)


def test_people_no_table_names_urging_the_government_ask_no_one_named_after():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin met Canadian High Commissioner Ajit Singh on Monday. "
        "Garment exporters also urged the government to negotiate a free trade agreement with "
        "Canada before the LDC benefits end."
    )
    assert not [r for r in x.relations if r.type == "REQUESTED"]


def test_the_un_agency_may_be_one_named_only_in_a_title():
    x = extract(
        "WFP Executive Director Cindy McCain called on Chief Adviser Muhammad Yunus on Sunday. "
        "Yunus urged the UN agency to rally new donors for the Rohingyas."
    )
    requests = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {"agency:int:world-food-programme"}


def test_a_signing_by_a_country_and_a_body_is_the_one_their_signatories_made():
    x = extract(
        "The government and the Asian Development Bank on Thursday inked a $300 million loan "
        "for coastal roads. ERD Secretary Md Shahriar Kader Siddiky and ADB Country Director "
        "Hoe Yun Jeong signed the deal on behalf of their sides at the NEC in Dhaka."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Shahriar Kader Siddiky"), official("Hoe Yun Jeong")))}


def test_where_the_two_agreed_and_a_deal_still_to_be_signed():
    x = extract(
        "Maldivian Speaker Abdul Raheem Abdulla held talks with Foreign Adviser Touhid Hossain "
        "at the foreign ministry, where the two agreed to revive the joint commission. The "
        "adviser did not commit to any date for the air services agreement to be signed."
    )
    agreed = [(s, t) for kind, s, t in relations(x) if kind == "AGREED"]
    assert len(agreed) == 1
    assert set(agreed[0]) == {official("Abdul Raheem Abdulla"), official("Touhid Hossain")}


def test_a_title_of_a_countrys_generic_body_before_a_name():
    x = extract(
        "Law Adviser Asif Nazrul received Turkish Ambassador Ramis Sen on Monday. Deputy Head "
        "of Mission of the Turkish embassy Mehmet Kaya was also present."
    )
    assert entity(x, official("Mehmet Kaya")).country == "Turkey"
    assert ("MET", official("Mehmet Kaya"), official("Asif Nazrul")) in relations(x)


def test_ranks_stacked_before_a_title_belong_to_it_and_the_delegation_leader_is_its_country():
    x = extract(
        "An Australian delegation led by Deputy Assistant Commissioner Karen Webb met Inspector "
        "General of Police Baharul Alam in Dhaka on Monday."
    )
    webb = entity(x, official("Karen Webb"))
    assert webb.country == "Australia"
    assert ("MET", webb.id, official("Baharul Alam")) in relations(x)


def test_a_body_after_a_name_is_the_holders_and_meets_no_one():
    x = extract(
        "Commander Karen Webb of the Australian Federal Police's Cyber Crime Command met Inspector "
        "General of Police Baharul Alam in Dhaka on Monday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Karen Webb"), official("Baharul Alam")))}
    assert entity(x, official("Karen Webb")).country == "Australia"


def test_the_delegation_named_again_acts_through_the_leader_named_first():
    x = extract(
        "A Danish delegation led by Deputy Foreign Minister Lars Gert Lose met Commerce Adviser "
        "Sheikh Bashir Uddin on Monday. Earlier in the day, the delegation called on Foreign "
        "Secretary Asad Alam Siam at the ministry."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Lars Gert Lose"), official("Asad Alam Siam"))) in met


def test_officials_flanking_a_host_met_the_guest():
    x = extract(
        "Norwegian Ambassador Hakon Arald Gulbrandsen called on Home Adviser Jahangir Alam "
        "Chowdhury at the secretariat on Sunday. The adviser, who was flanked by Senior Secretary "
        "Nasimul Ghani, sought help for the coast guard."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Nasimul Ghani"), official("Hakon Arald Gulbrandsen"))) in met


def test_an_offer_told_to_an_adviser_with_a_listed_portfolio_is_made_to_the_adviser():
    x = extract(
        "Japan has committed USD 30 million for flood shelters in Bangladesh's northern "
        "districts, Japanese Ambassador Saida Shinichi told Environment, Forest and Climate "
        "Change Adviser Syeda Rizwana Hasan on Monday."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Saida Shinichi"), official("Syeda Rizwana Hasan"))}


def test_a_host_and_a_visiting_minister_who_signed_are_the_signatories():
    x = extract(
        "Malaysian Minister Tengku Zafrul Aziz called on Chief Adviser Muhammad Yunus on Sunday. "
        "Commerce Adviser Sheikh Bashir Uddin and visiting Malaysian Minister of Investment, "
        "Trade and Industry Tengku Zafrul Aziz signed the trade pact in presence of the chief "
        "adviser."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Sheikh Bashir Uddin"), official("Tengku Zafrul Aziz")))}


def test_an_offer_provided_a_condition_is_met_is_no_offer_yet():
    x = extract(
        "Spanish Ambassador Gabriel Sistiaga met Commerce Adviser Sheikh Bashir Uddin on Monday. "
        "Sistiaga said Spain was ready to build two ferries for Bangladesh provided a financing "
        "plan was approved first."
    )
    assert not [r for r in x.relations if r.type == "OFFERED"]
    x = extract(
        "Spanish Ambassador Gabriel Sistiaga met Commerce Adviser Sheikh Bashir Uddin on Monday. "
        "Sistiaga said Spain was ready to build two ferries, as it had provided training before."
    )
    assert [r for r in x.relations if r.type == "OFFERED"]


def test_the_agency_is_the_body_named_last():
    x = extract(
        "The government's refugee office said on Sunday that the World Food Programme will keep "
        "rations for Rohingya refugees at USD 12. In a separate appeal, the agency asked Japan "
        "for USD 40 million."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {("agency:int:world-food-programme", "country:JPN")}


def test_members_a_delegation_included_met_its_host():
    x = extract(
        "Expatriates' Welfare Adviser Asif Nazrul met Qatar's Labour Minister Ali bin Samikh Al "
        "Marri in Doha on Monday. The delegation included Bangladesh's Ambassador to Qatar "
        "Nazrul Islam and Expatriates' Welfare Secretary Ruhul Amin."
    )
    minister = official("Ali bin Samikh Al Marri")
    met = met_with(x, minister)
    assert met == {official("Asif Nazrul"), official("Nazrul Islam"), official("Ruhul Amin")}


def test_they_after_two_named_people_are_both_of_them():
    x = extract(
        "UNDP Resident Representative Stefan Liller and UNFPA Representative Catherine Breen "
        "Kamkong raised the issue when they called on Planning Adviser Wahiduddin Mahmud on "
        "Sunday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    adviser = official("Wahiduddin Mahmud")
    assert met == {
        frozenset((official("Stefan Liller"), adviser)),
        frozenset((official("Catherine Breen Kamkong"), adviser)),
    }


def test_the_two_agencies_are_the_two_bodies_named_last():
    x = extract(
        "The World Bank and the Asian Development Bank have pledged support for the Jamuna "
        "railway bridge. Finance Adviser Salehuddin Ahmed asked the two lenders to release the "
        "first tranche by June."
    )
    asked = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {"agency:int:world-bank", "agency:int:asian-development-bank"}


def test_a_counterpart_is_the_one_of_that_country_the_text_is_about_now():
    x = extract(
        "Air Chief Marshal Hasan Mahmood Khan called on Thailand's Defence Minister Phumtham "
        "Wechayachai in Bangkok on Monday. He later held talks with Royal Thai Air Force "
        "Commander Air Chief Marshal Punpakdee Pattanakul. Hasan Mahmood Khan requested his Thai "
        "counterpart to send pilots to a joint exercise in November."
    )
    asked = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {official("Punpakdee Pattanakul")}


def test_one_who_accompanied_a_guest_during_the_calls_met_every_host():
    x = extract(
        "Air Chief Marshal Hasan Mahmood Khan called on Thailand's Defence Minister Phumtham "
        "Wechayachai in Bangkok on Monday. He later held talks with Royal Thai Air Force "
        "Commander Air Chief Marshal Punpakdee Pattanakul. Bangladesh Ambassador to Thailand "
        "Faiyaz Murshid Kazi accompanied the air chief during the calls."
    )
    envoy = official("Faiyaz Murshid Kazi")
    met = met_with(x, envoy)
    assert met == {official("Phumtham Wechayachai"), official("Punpakdee Pattanakul")}


def test_an_office_named_after_its_head_with_its_acronym_names_the_holder():
    x = extract(
        "On Monday, IOM Chief of Mission Lance Bonneau called on Refugee Relief and Repatriation "
        "Commissioner (RRRC) Md Kamal Hossain in Cox's Bazar. Later, the RRRC urged IOM to move "
        "faster on the new shelters."
    )
    commissioner = official("Kamal Hossain")
    assert met_with(x, commissioner) == {official("Lance Bonneau")}
    assert {s for kind, s, t in relations(x) if kind == "REQUESTED"} == {commissioner}


def test_welcoming_a_countrys_support_and_calling_on_donors_meet_no_country():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury received UNHCR Representative Ivo Freijsen at the "
        "secretariat on Sunday. He thanked the agency, welcomed the Korean support and called on "
        "partners to keep up their aid until the refugees can return home to Myanmar."
    )
    met = met_with(x, official("Jahangir Alam Chowdhury"))
    assert "country:KOR" not in met and "country:MMR" not in met


def test_the_body_of_a_title_set_after_a_name_is_the_holders():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin held talks with EU Trade Commissioner Maros "
        "Sefcovic on Tuesday. In the evening the adviser also met Maria Ruiz, Deputy Director "
        "General for Trade of the European Commission, at a forum on jute."
    )
    adviser = official("Sheikh Bashir Uddin")
    met = {t for kind, s, t in relations(x) if kind == "MET" and s == adviser}
    assert met == {official("Maros Sefcovic"), official("Maria Ruiz")}


def test_a_reception_with_people_present_where_it_was_held_is_still_a_meeting():
    x = extract(
        "Korean Ambassador Park Young-sik was received by Commerce Adviser Sheikh Bashir Uddin "
        "at the secretariat on Monday, where KOICA Country Director Kim Jin-oh was also present."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Park Young-sik"), official("Sheikh Bashir Uddin"))) in met


def test_one_present_at_both_meetings_attended_a_signing_and_a_call():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury and Thai Interior Minister Anutin Charnvirakul "
        "signed an agreement on border security in Bangkok on Monday. The adviser also called "
        "on Thai Foreign Minister Maris Sangiampongsa on Tuesday. Bangladesh Ambassador to "
        "Thailand Faiyaz Murshid Kazi accompanied the adviser at both meetings."
    )
    assert met_with(x, official("Faiyaz Murshid Kazi")) == {
        official("Anutin Charnvirakul"),
        official("Maris Sangiampongsa"),
    }


def test_the_japanese_agency_is_the_japanese_body_named_last():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met JICA Chief Representative Ichiguchi Tomohide and "
        "UNDP Resident Representative Stefan Liller on Monday. Salehuddin sought quicker "
        "disbursement from the Japanese agency for the metro rail lines."
    )
    asked = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {"agency:jpn:japan-international-cooperation-agency"}


def test_the_chief_adviser_is_the_curated_chief_adviser_not_the_press_secretary():
    x = extract(
        "Yunus asks Riyadh for more jobs. Saudi Minister of Investment Khalid Al-Falih called on "
        "Chief Adviser Muhammad Yunus on Monday. Foreign Adviser Touhid Hossain was present. The "
        "chief adviser also called for Saudi investment in the Chattogram port, the Chief "
        "Adviser's Press Secretary Shafiqul Alam said."
    )
    requests = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert requests == {(official("Muhammad Yunus"), "country:SAU")}


def test_a_bodys_delegation_is_its_officer_named_first():
    x = extract(
        "World Bank Division Director Abdoulaye Seck signed the loan for the bank on Sunday. "
        "Finance Adviser Salehuddin Ahmed welcomed the World Bank delegation before the ceremony."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert frozenset((official("Salehuddin Ahmed"), official("Abdoulaye Seck"))) in met
    assert not any("agency:int:world-bank" in pair for pair in met)


def test_meeting_after_a_comma_is_the_subjects_meeting_with_the_bodys_officer():
    x = extract(
        "Separately, Expatriates' Welfare Adviser Asif Nazrul sought help from the IOM in "
        "tracing missing workers, meeting the organisation's chief of mission for Malaysia, "
        "Aleksandra Vujic, on Wednesday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Asif Nazrul"), official("Aleksandra Vujic")))}


def test_his_after_a_subject_owns_and_the_subject_offers():
    x = extract(
        "Pakistani High Commissioner Imran Haider called on Navy chief Admiral M Nazmul Hassan "
        "on Tuesday. At the meeting, the navy chief sought Islamabad's help in training, while "
        "the envoy expressed his country's readiness to supply patrol boats."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert {s for s, t in offers} == {official("Imran Haider")}


def test_the_thai_premier_is_the_prime_minister_and_a_memorandum_exchanged_between_two_agreed():
    x = extract(
        "Chief Adviser Muhammad Yunus held talks with Thai Prime Minister Paetongtarn Shinawatra "
        "in Bangkok. Professor Yunus urged the Thai premier to take more Bangladeshi nurses. A "
        "memorandum on visa exemption was also exchanged between Foreign Adviser Touhid Hossain "
        "and Thai Foreign Minister Maris Sangiampongsa."
    )
    rels = relations(x)
    assert ("REQUESTED", official("Muhammad Yunus"), official("Paetongtarn Shinawatra")) in rels
    agreed = {frozenset((s, t)) for kind, s, t in rels if kind == "AGREED"}
    assert frozenset((official("Touhid Hossain"), official("Maris Sangiampongsa"))) in agreed


def test_both_agencies_count_a_body_named_in_an_officers_title():
    x = extract(
        "The International Organization for Migration has pledged $12 million for shelters. "
        "Commissioner Mohammed Mizanur Rahman, who also met UNFPA Representative Catherine Breen "
        "Kamkong, said he had asked both agencies to fund maternal health care."
    )
    asked = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {"agency:int:international-organization-for-migration", "agency:int:unfpa"}


def test_an_offer_told_where_one_was_met_goes_to_the_beneficiary_named():
    x = extract(
        "In the evening, Commerce Adviser Sheikh Bashir Uddin called on Bhutan's Prime Minister "
        "Tshering Tobgay at his office, where the premier expressed readiness to sell more "
        "hydropower to Bangladesh."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Tshering Tobgay"), "country:BGD")}


def test_a_countrys_interest_in_importing_is_an_offer():
    x = extract(
        "Foreign Adviser Touhid Hossain was called on by Nepali Foreign Minister Arzu Rana Deuba, "
        "who expressed Kathmandu's interest in importing Bangladeshi garments."
    )
    assert {s for kind, s, t in relations(x) if kind == "OFFERED"} == {official("Arzu Rana Deuba")}


def test_business_associations_are_no_public_bodies():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin met Brazilian Minister Marcio Elias Rosa on "
        "Monday. Leaders of the Bangladesh Garment Manufacturers and Exporters Association "
        "(BGMEA) and the FBCCI were also present."
    )
    assert not [e for e in x.entities if e.type == "Agency"]


def test_him_after_his_is_the_one_just_called_on():
    x = extract(
        "Kazakh Deputy Foreign Minister Alibek Bakayev met Foreign Secretary Asad Alam Siam in "
        "Astana on Monday. During his stay, the foreign secretary also paid a courtesy call on "
        "Kazakh Minister of Energy Almassadam Satkaliyev and invited him to visit Dhaka."
    )
    asked = {t for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {official("Almassadam Satkaliyev")}


def test_a_body_s_delegation_led_by_an_officer_acts_through_him_and_keeps_his_country():
    x = extract(
        "A five-member Spanish Navy delegation led by Vice Admiral Jaime Ortega, Director of "
        "Training at the Spanish Navy General Staff, called on Chief of Army Staff General "
        "Waker-Uz-Zaman in Dhaka on Sunday. Later the visiting delegation paid a courtesy call "
        "on Assistant Chief of Naval Staff Rear Admiral Moinul Karim. The army chief sought "
        "Spanish help in peacekeeping training."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        (official("Jaime Ortega"), official("Waker-Uz-Zaman")),
        (official("Jaime Ortega"), official("Moinul Karim")),
    }
    assert entity(x, official("Jaime Ortega")).country == "Spain"
    assert entity(x, official("Moinul Karim")).title == "Assistant Chief of Naval Staff"
    asked = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {(official("Waker-Uz-Zaman"), "country:ESP")}


def test_one_who_owns_the_title_of_an_apposition_is_not_its_subject():
    x = extract(
        "Chief Adviser Muhammad Yunus flew to Kuala Lumpur on Sunday. Lutfey Siddiqi, the "
        "chief adviser's point person on trade, held talks with Malaysian Trade Minister "
        "Tengku Zafrul Aziz on Monday."
    )
    met = {(s, t) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {(official("Lutfey Siddiqi"), official("Tengku Zafrul Aziz"))}


def test_witnesses_of_an_exchange_between_two_bodies_met_and_the_bodies_agreed():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin and Vietnamese Deputy Minister Phan Thi Thang "
        "witnessed the exchange of an MoU on rice trade between the "
        "Directorate General of Food and the Vietnam Southern Food Corporation in Dhaka."
    )
    rels = relations(x)
    food = "agency:bgd:directorate-general-of-food"
    corporation = next(e.id for e in x.entities if e.name == "Vietnam Southern Food Corporation")
    assert {frozenset((s, t)) for kind, s, t in rels if kind == "AGREED"} == {
        frozenset((food, corporation))
    }
    assert met_with(x, official("Sheikh Bashir Uddin")) == {official("Phan Thi Thang")}


def test_a_body_of_a_country_named_after_it_is_one_body_of_that_country():
    x = extract("The Tourism Authority of Thailand will open an office in Dhaka.")
    body = next(e for e in x.entities if e.type == "Agency")
    assert (body.name, body.country) == ("Tourism Authority of Thailand", "Thailand")


def test_those_who_signed_in_a_while_clause_each_signed_with_the_first_signatory():
    x = extract(
        "ERD Secretary Md Shahriar Kader Siddiky signed the loan deals for Bangladesh, while "
        "OPEC Fund for International Development Director General Abdulhamid Alkhalifa and "
        "Saudi Fund for Development Chief Executive Officer Faisal Alibrahim signed for their "
        "funds in Dhaka on Sunday."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    siddiky = official("Shahriar Kader Siddiky")
    assert agreed == {
        frozenset((siddiky, official("Abdulhamid Alkhalifa"))),
        frozenset((siddiky, official("Faisal Alibrahim"))),
    }


def test_the_officer_of_a_bank_named_before_for_two_countries_is_a_person_of_that_bank():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met the World Bank team, and the bank's Country "
        "Director for Nepal and Bangladesh David Sislen pledged more budget support."
    )
    sislen = entity(x, official("David Sislen"))
    assert sislen.agency == "agency:int:world-bank"
    assert not [e for e in x.entities if e.name == "Nepal Bank"]


def test_a_department_no_table_lists_is_a_body_of_the_country_that_owns_it():
    x = extract(
        "The Nepali side was led by Ram Prasad Shrestha, secretary of Nepal's Department of "
        "Hydrology, Meteorology and Water Induced Disaster Management. Director General of the "
        "East Asia Department Ryo Tanaka was also present."
    )
    bodies = {(e.name, e.country) for e in x.entities if e.type == "Agency"}
    assert (
        "Department of Hydrology, Meteorology and Water Induced Disaster Management",
        "Nepal",
    ) in bodies
    assert not [name for name, _ in bodies if name.startswith("Nepal's")]
    assert entity(x, official("Ryo Tanaka")).title == "Director General"


def test_a_rank_before_a_listed_title_is_part_of_it_and_initialling_is_signing():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury and Sri Lanka's Deputy Minister of Foreign "
        "Affairs Arun Hemachandra initialled a draft agreement on extradition in Dhaka. The Sri "
        "Lankan deputy minister later called on Foreign Adviser Touhid Hossain."
    )
    deputy = official("Arun Hemachandra")
    assert entity(x, deputy).title == "Deputy Minister of Foreign Affairs"
    rels = relations(x)
    assert {frozenset((s, t)) for kind, s, t in rels if kind == "AGREED"} == {
        frozenset((official("Jahangir Alam Chowdhury"), deputy))
    }
    assert official("Touhid Hossain") in met_with(x, deputy)


def test_the_leader_of_the_other_side_named_after_was_led_by_met_ours_and_they_decided():
    x = extract(
        "Bangladesh and New Zealand held their first political consultations in Wellington. "
        "Foreign Secretary Asad Alam Siam headed our team, while the New Zealand team "
        "was led by Ms Grahame Morton, Deputy Secretary of the Ministry of Foreign Affairs and "
        "Trade. They jointly decided to open talks on a dairy training programme."
    )
    siam, morton = official("Asad Alam Siam"), official("Grahame Morton")
    assert entity(x, morton).country == "New Zealand"
    rels = relations(x)
    for rtype in ("MET", "AGREED"):
        pairs = {frozenset((s, t)) for kind, s, t in rels if kind == rtype}
        assert pairs == {frozenset((siam, morton))}


def test_the_visiting_general_is_the_foreign_general_named_before():
    x = extract(
        "Turkish Land Forces Commander General Selcuk Bayraktaroglu met Chief of Army Staff "
        "General Waker-Uz-Zaman on Saturday. The visiting general later paid a courtesy call "
        "on Chief Adviser Muhammad Yunus on Sunday."
    )
    assert official("Muhammad Yunus") in met_with(x, official("Selcuk Bayraktaroglu"))
    assert official("Muhammad Yunus") not in met_with(x, official("Waker-Uz-Zaman"))


def test_a_report_dismissed_is_no_agreement():
    x = extract(
        "Foreign Adviser Touhid Hossain met Chinese Ambassador Yao Wen on Monday. A ministry "
        "spokesperson dismissed reports that the two sides had signed a deal on a new dam."
    )
    assert not [r for r in x.relations if r.type == "AGREED"]


def test_giving_an_assurance_is_an_offer_to_the_one_met():
    x = extract(
        "Malaysian Prime Minister Anwar Ibrahim will open the market to more Bangladeshi "
        "workers. Anwar gave the assurance when Foreign Adviser Touhid Hossain called on him in "
        "Putrajaya on Monday."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Anwar Ibrahim"), official("Touhid Hossain"))}


def test_people_present_at_both_meetings_of_one_sentence_met_both_hosts():
    x = extract(
        "Indonesian Trade Minister Budi Santoso met Commerce Adviser Sheikh Bashir Uddin in the "
        "morning, hours before he paid a courtesy call on Chief Adviser Muhammad Yunus. "
        "Indonesian Ambassador Heru Hartanto Subolo was present at both meetings."
    )
    assert met_with(x, official("Heru Hartanto Subolo")) == {
        official("Sheikh Bashir Uddin"),
        official("Muhammad Yunus"),
    }


def test_ambassadors_in_a_delegation_met_whom_its_leader_met():
    x = extract(
        "A delegation of Baltic envoys, led by Estonian Ambassador Marje Luup, was received by "
        "Commerce Adviser Sheikh Bashir Uddin on Tuesday. Latvian Ambassador Aigars Pudzis and "
        "Lithuanian Ambassador Diana Mickeviciene were in the delegation."
    )
    host = official("Sheikh Bashir Uddin")
    for envoy in ("Aigars Pudzis", "Diana Mickeviciene"):
        assert met_with(x, official(envoy)) == {host}


def test_we_in_a_quote_is_the_one_quoted_as_saying_it():
    x = extract(
        "Foreign Adviser Touhid Hossain met Omani Foreign Minister Badr Albusaidi in Muscat on "
        'Monday. "We are ready to train more Bangladeshi nurses for our hospitals," Albusaidi '
        "was quoted as saying."
    )
    assert {s for kind, s, t in relations(x) if kind == "OFFERED"} == {official("Badr Albusaidi")}


def test_committing_to_train_is_an_offer():
    x = extract(
        "Japanese Justice Minister Keisuke Suzuki met Law Adviser Asif Nazrul in Tokyo. Suzuki "
        "said Japan would share its experience, and committed to training 20 Bangladeshi judges "
        "next year."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Keisuke Suzuki"), "country:BGD")}  # for Bangladeshi judges


def test_a_body_that_had_committed_funds_offered_them():
    x = extract(
        "Finance Adviser Salehuddin Ahmed met AIIB Vice President Konstantin Limitovskiy. "
        "Limitovskiy said the bank had committed $300 million to Bangladesh for rail links."
    )
    assert {s for kind, s, t in relations(x) if kind == "OFFERED"} == {
        official("Konstantin Limitovskiy")
    }


def test_an_envoy_who_announced_his_country_would_contribute_offered_it_to_the_host():
    x = extract(
        "Finnish Ambassador Kimmo Lahdevirta called on Environment Adviser Syeda Rizwana Hasan "
        "on Sunday. Ambassador Lahdevirta announced that Finland would contribute EUR 2 million "
        "to a forest restoration programme run with the Food and Agriculture Organization."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Kimmo Lahdevirta"), official("Syeda Rizwana Hasan"))}


def test_the_officer_of_an_international_body_no_table_lists_is_of_no_country():
    x = extract(
        "ERD Secretary Md Shahriar Kader Siddiky signed the deal for Bangladesh, while "
        "International Fund for Agricultural Finance (IFAF) Chief Executive Officer Omar "
        "Haddad signed for the fund."
    )
    haddad = entity(x, official("Omar Haddad"))
    assert haddad.country is None
    assert haddad.agency == "agency:int:international-fund-for-agricultural-finance"
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Shahriar Kader Siddiky"), official("Omar Haddad")))}


def test_witnesses_of_two_sides_met_each_other_after_an_earlier_meeting_too():
    x = extract(
        "Foreign Adviser Touhid Hossain met Indonesian Foreign Minister Sugiono in the morning. "
        "Later, the adviser and Malaysian Human Resources Minister Steven Sim witnessed "
        "the signing of an MoU between the Bangladesh Overseas Employment and Services Limited "
        "and the Malaysian Employers Federation."
    )
    assert met_with(x, official("Steven Sim")) == {official("Touhid Hossain")}


def test_a_body_whose_summit_or_sidelines_is_named_is_where_not_who():
    x = extract(
        "Chief Adviser Muhammad Yunus meets Sri Lankan president on Bimstec sidelines. "
        "Yunus met Sri Lankan President Anura Kumara Dissanayake at the ASEAN summit venue."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Muhammad Yunus"), official("Anura Kumara Dissanayake")))}
    assert {e.name for e in x.entities if e.type == "Agency"} >= {"BIMSTEC"}


def test_a_ministry_of_listed_fields_ends_before_its_officers_name():
    x = extract(
        "A Tunisian delegation led by Director General of the Ministry of Agriculture, Water "
        "Resources and Fisheries Karim Mansour was received by Agriculture Adviser Jahangir "
        "Alam Chowdhury on Sunday. Earlier, Tunisian Minister of Higher Education, Scientific "
        "Research and Innovation Leila Ben Amor met Education Adviser C R Abrar."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {
        frozenset((official("Karim Mansour"), official("Jahangir Alam Chowdhury"))),
        frozenset((official("Leila Ben Amor"), official("C R Abrar"))),
    }


def test_the_holder_named_after_a_countrys_body_in_the_title_is_the_person_called_on():
    x = extract(
        "Chief of Army Staff General Waker-Uz-Zaman, on a visit abroad, called on the Chief of "
        "the Kenyan Defence Staff, General Charles Kahariri, on Tuesday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Waker-Uz-Zaman"), official("Charles Kahariri")))}
    assert entity(x, official("Charles Kahariri")).country == "Kenya"


def test_field_words_after_and_in_a_portfolio_are_no_part_of_the_name():
    x = extract(
        "Foreign Adviser Touhid Hossain met Japanese Minister for Economy and Economic Security "
        "Yoji Muto in Tokyo. Earlier he met Minister of Energy and Industrial Development Kamal "
        "Haidar."
    )
    names = {e.name for e in x.entities if e.type == "Official"}
    assert {"Yoji Muto", "Kamal Haidar"} <= names


def test_both_lenders_are_the_two_banks_named_and_a_while_clause_names_the_cosignatory():
    x = extract(
        "ERD Secretary Md Shahriar Kader Siddiky signed the World Bank loan for the government, "
        "while World Bank Country Director Jean Pesme inked it for the bank. The IsDB loan was "
        "signed by Siddiky and IsDB Vice President Mansur Muhtar, who joined from Jeddah. "
        "Finance Adviser Salehuddin Ahmed urged both lenders to release funds faster."
    )
    rels = relations(x)
    siddiky = official("Shahriar Kader Siddiky")
    assert {frozenset((s, t)) for kind, s, t in rels if kind == "AGREED"} == {
        frozenset((siddiky, official("Jean Pesme"))),
        frozenset((siddiky, official("Mansur Muhtar"))),
    }
    asked = {t for kind, s, t in rels if kind == "REQUESTED"}
    assert asked == {"agency:int:world-bank", "agency:int:islamic-development-bank"}


def test_a_commission_no_table_lists_is_a_body_and_a_joint_commission_is_none():
    x = extract(
        "Expatriates' Welfare Adviser Asif Nazrul visited the Kuwaiti Labour Rights Commission "
        "on Monday. The Bangladesh-Kuwait Joint Commission will meet in Dhaka in June."
    )
    bodies = {(e.name, e.country) for e in x.entities if e.type == "Agency"}
    assert bodies == {("Kuwaiti Labour Rights Commission", "Kuwait")}


def test_separate_meetings_with_two_people_meet_each_of_them_not_each_other():
    x = extract(
        "In New York, Foreign Adviser Touhid Hossain held separate meetings with UN Deputy "
        "Secretary-General Amina J Mohammed and UNDP Administrator Achim Steiner on Tuesday."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    touhid = official("Touhid Hossain")
    assert met == {
        frozenset((touhid, official("Amina J Mohammed"))),
        frozenset((touhid, official("Achim Steiner"))),
    }


def test_a_participle_clause_after_the_subject_holds_no_subject():
    x = extract(
        "Thai Ambassador Makawadee Sumitmor called on Commerce Adviser Sheikh Bashir Uddin. The "
        "adviser, thanking the ambassador, urged Thailand to cut tariffs on Bangladeshi jute."
    )
    asked = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {(official("Sheikh Bashir Uddin"), "country:THA")}


def test_the_visiting_chief_is_the_foreign_commander_not_the_host():
    x = extract(
        "Commander of the Royal Thai Navy Admiral Jirapol Wongwit called on Chief of Naval Staff "
        "Admiral M Nazmul Hassan in Dhaka. Nazmul Hassan sought places for Bangladeshi cadets, "
        "and the visiting chief said Thailand was willing to offer two more seats."
    )
    offers = {s for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {official("Jirapol Wongwit")}


def test_one_who_called_and_expressed_interest_in_selling_offered_it_to_the_one_called_on():
    x = extract(
        "Chilean Ambassador Juan Angulo called on Agriculture Adviser Jahangir Alam Chowdhury and "
        "expressed his country's interest in selling fruit to Bangladesh."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Juan Angulo"), official("Jahangir Alam Chowdhury"))}


def test_a_question_one_declined_to_answer_is_no_offer():
    x = extract(
        "Chilean Ambassador Juan Angulo called on Agriculture Adviser Jahangir Alam Chowdhury. "
        "The ambassador declined to say whether Chile would offer credit lines to Bangladesh."
    )
    assert not [r for r in x.relations if r.type == "OFFERED"]


def test_those_along_with_the_guest_met_the_host_too():
    x = extract(
        "Gavi Chief Executive Sania Nishtar met Health Adviser Nurjahan Begum in Dhaka on Sunday "
        "along with UNICEF Representative Rana Flowers."
    )
    assert met_with(x, official("Nurjahan Begum")) == {
        official("Sania Nishtar"),
        official("Rana Flowers"),
    }


def test_a_body_an_offer_is_to_be_carried_out_with_is_a_partner_not_the_addressee():
    x = extract(
        "Planning Adviser Wahiduddin Mahmud met AIIB Vice President Urjit Patel, who expressed "
        "readiness to co-finance flood embankments with the Asian Development Bank."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Urjit Patel"), official("Wahiduddin Mahmud"))}


def test_talks_told_with_place_and_day_before_between_are_a_meeting_of_the_two():
    x = extract(
        "Dhaka and Manila settled on a shipping forum that will convene twice a year, following "
        "talks at Malacanang on Friday between Commerce Adviser Sk Bashir Uddin and Philippine "
        "Trade Secretary Cristina Roque."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Sk Bashir Uddin"), official("Cristina Roque")))}


def test_a_signing_told_with_its_day_before_by_names_its_signatories():
    x = extract(
        "The protocol was signed in Jakarta on Thursday by Rear Admiral Md Golam Sadeq, "
        "commandant of the Bangladesh Naval Academy, and Vice Admiral Erwin Aldedharma of the "
        "Indonesian Navy."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Golam Sadeq"), official("Erwin Aldedharma")))}


def test_a_rank_before_a_names_own_honorific_says_a_person_is_named():
    x = extract(
        "Col Md Rafiqul Alam of the Bangladesh Army and Dutch Colonel Pieter van Dijk "
        "discussed peacekeeping drills in The Hague on Monday."
    )
    people = {e.id for e in x.entities if e.type == "Official"}
    assert official("Rafiqul Alam") in people


def test_one_named_along_with_the_guests_at_a_signing_is_no_signatory():
    x = extract(
        "Fisheries Adviser Farida Akhter signed the letter of intent at a ceremony attended by "
        "Danish Ambassador Christian Brix Moller, along with UNDP Resident Representative "
        "Stefan Liller."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert not any(official("Stefan Liller") in pair for pair in agreed)


def test_two_envoys_who_called_on_one_adviser_each_met_him():
    x = extract(
        "On Monday the envoys of Sweden and Norway, Nicolas Weeks and Hakon Gulbrandsen, were in "
        "Dhaka: Ambassador Nicolas Weeks and Ambassador Hakon Gulbrandsen separately called on "
        "Environment Adviser Syeda Rizwana Hasan in her office."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    rizwana = official("Syeda Rizwana Hasan")
    assert met == {
        frozenset((official("Nicolas Weeks"), rizwana)),
        frozenset((official("Hakon Gulbrandsen"), rizwana)),
    }


def test_a_day_told_inside_decided_to_keeps_the_agreement():
    x = extract(
        "Bangladesh and Bhutan decided on Sunday to open a second land port for boulder trade."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset(("country:BGD", "country:BTN"))}


def test_the_decision_at_a_meeting_between_two_people_is_theirs():
    x = extract(
        "Bangladesh and Bhutan decided on Sunday to open a second land port for boulder trade. "
        "The decision came at a meeting in Thimphu between Commerce Adviser Sk Bashir Uddin "
        "and Bhutanese Economy Minister Namgyal Dorji."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Sk Bashir Uddin"), official("Namgyal Dorji")))}


def test_one_who_is_in_a_capital_on_a_visit_visits_that_country():
    x = extract(
        "Kenyan Trade Minister Lee Kinyanjui, who is in Dhaka on a four-day visit, met "
        "Commerce Adviser Sk Bashir Uddin on Tuesday."
    )
    assert "country:BGD" in met_with(x, official("Lee Kinyanjui"))


def test_a_call_joined_by_and_to_a_vow_is_a_call_and_an_offer_not_a_request():
    x = extract(
        "Swiss Ambassador Reto Renggli called on Commerce Adviser Sk Bashir Uddin and vowed to "
        "keep Swiss support for Bangladesh's skills training going."
    )
    kinds = {(kind, s, t) for kind, s, t in relations(x)}
    reto, bashir = official("Reto Renggli"), official("Sk Bashir Uddin")
    assert not any(kind == "REQUESTED" for kind, _, _ in kinds)
    assert ("MET", reto, bashir) in kinds or ("MET", bashir, reto) in kinds
    assert any(kind == "OFFERED" and s == reto for kind, s, _ in kinds)


def test_a_reaffirmed_commitment_to_supporting_is_an_offer():
    x = extract(
        "Meeting Foreign Adviser Md Touhid Hossain on Monday, Italian Ambassador Antonio "
        "Alessandro reaffirmed Italy's commitment to supporting Bangladesh's shipbuilding sector."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert {s for s, _ in offers} == {official("Antonio Alessandro")}


def test_the_demonym_official_is_that_countrys_person_named_last_not_the_credited_ministry():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin met Polish Deputy Minister of Development Michal "
        "Jaros in Warsaw on Tuesday. The Polish official expressed his government's readiness "
        "to train Bangladeshi welders, according to a statement from the commerce ministry."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert {s for s, _ in offers} == {official("Michal Jaros")}


def test_offers_on_a_condition_told_without_if_are_no_offers_yet():
    for condition in (
        "should Dhaka cut the port charges",
        "on condition that the tender is open",
        "subject to approval by its board",
    ):
        x = extract(
            "Korean Ambassador Park Young-sik called on Shipping Adviser M Sakhawat Hussain and "
            f"said Seoul was ready to fund a new container terminal {condition}."
        )
        assert not any(kind == "OFFERED" for kind, _, _ in relations(x)), condition


def test_an_invitation_extended_is_a_request_and_a_deal_inked_by_two_is_theirs():
    x = extract(
        "Visiting Czech Deputy Foreign Minister Martin Dvorak called on Chief Adviser Muhammad "
        "Yunus on Monday and extended an invitation to him to visit Prague. Bangladesh and "
        "Czechia signed a memorandum on political consultations, inked by Foreign Secretary "
        "Asad Alam Siam and the Czech deputy minister."
    )
    rels = relations(x)
    dvorak, yunus = official("Martin Dvorak"), official("Muhammad Yunus")
    assert ("REQUESTED", dvorak, yunus) in rels
    agreed = {frozenset((s, t)) for kind, s, t in rels if kind == "AGREED"}
    assert agreed == {frozenset((official("Asad Alam Siam"), dvorak))}


def test_a_doctor_named_with_a_post_told_with_as_is_that_bodys_officer():
    x = extract(
        "Dr Tedros Ghebreyesus, who came to Dhaka on his second visit as WHO chief, was received "
        "by Health Adviser Nurjahan Begum on Sunday. Later, the WHO chief called on Chief Adviser "
        "Muhammad Yunus."
    )
    tedros = next(e for e in x.entities if e.id == official("Tedros Ghebreyesus"))
    assert tedros.agency == "agency:int:world-health-organization"
    assert met_with(x, tedros.id) == {official("Nurjahan Begum"), official("Muhammad Yunus")}


def test_the_bodys_chief_is_its_head_named_first_not_a_deputy_named_later():
    x = extract(
        "UNICEF Executive Director Catherine Russell met Health Adviser Nurjahan Begum on "
        "Monday. A grant agreement was signed by Health Secretary Saidur Rahman and UNICEF "
        "Deputy Executive Director Kitty van der Heijden. Later, the UNICEF chief called on "
        "Chief Adviser Muhammad Yunus."
    )
    assert official("Muhammad Yunus") in met_with(x, official("Catherine Russell"))
    assert official("Muhammad Yunus") not in met_with(x, official("Kitty van der Heijden"))


def test_a_field_in_lower_case_after_a_title_keeps_the_name_after_it():
    x = extract(
        "The accord was signed by Primary Education Secretary Abu Taher and the WFP's deputy "
        "director for school meals Carmen Burbano."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Abu Taher"), official("Carmen Burbano")))}


def test_one_who_announced_that_their_own_body_would_give_makes_the_offer():
    x = extract(
        "UNDP Resident Representative Stefan Liller announced that the United Nations "
        "Development Programme would offer Bangladesh 40 more solar microgrids."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Stefan Liller"), "country:BGD")}


def test_a_second_offer_joined_by_and_goes_to_whom_the_first_was_made():
    x = extract(
        "Chinese Ambassador Yao Wen called on Foreign Adviser Md Touhid Hossain on Sunday. Yao "
        "assured the adviser that China would stay Bangladesh's top trading partner and "
        "expressed Beijing's readiness to back the Teesta project."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Yao Wen"), official("Touhid Hossain"))}


def test_a_side_represented_by_someone_is_led_by_them():
    x = extract(
        "At the consultations Foreign Secretary Asad Alam Siam led the team from Dhaka, while "
        "Brazil was represented by Vice Minister Maria Laura da Rocha."
    )
    met = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "MET"}
    assert met == {frozenset((official("Asad Alam Siam"), official("Maria Laura da Rocha")))}


def test_the_interim_government_in_lower_case_is_bangladesh():
    x = extract("The interim government has asked the Asian Development Bank for $500 million.")
    asked = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {("country:BGD", "agency:int:asian-development-bank")}


def test_one_named_as_leading_a_bodys_mission_is_a_person_of_that_body():
    x = extract(
        "A six-member ADB mission led by Hoe Yun Jeong met Planning Adviser Wahiduddin Mahmud on "
        "Monday."
    )
    leader = next(e for e in x.entities if e.id == official("Hoe Yun Jeong"))
    assert leader.agency == "agency:int:asian-development-bank"
    assert met_with(x, leader.id) == {official("Wahiduddin Mahmud")}


def test_a_ship_named_after_a_doctor_is_no_person():
    x = extract(
        "Fisheries Adviser Farida Akhter said the research vessel Dr Fridtjof Nansen would survey "
        "the Bay of Bengal again, after she requested it from Norwegian Ambassador Hakon Arald "
        "Gulbrandsen."
    )
    people = {e.name for e in x.entities if e.type == "Official"}
    assert not any("Nansen" in name for name in people)


def test_one_promised_or_invited_in_the_passive_is_the_subject_and_the_agent_acts():
    x = extract(
        "Nepal was promised $200 million by the Asian Development Bank for its grid, officials "
        "said. Nepali Ambassador Ghanshyam Bhandari was invited by Commerce Adviser Sk Bashir "
        "Uddin to a trade fair in Dhaka."
    )
    rels = relations(x)
    assert ("OFFERED", "agency:int:asian-development-bank", "country:NPL") in rels
    assert ("REQUESTED", official("Sk Bashir Uddin"), official("Ghanshyam Bhandari")) in rels


def test_a_ministry_no_table_lists_is_named_with_its_fields_and_the_name_after_stays():
    x = extract(
        "A Korean delegation led by Vice Minister of the Ministry of Ocean Affairs and Fisheries "
        "Song Myung-dal called on Shipping Adviser M Sakhawat Hussain."
    )
    bodies = {e.name for e in x.entities if e.type == "Agency"}
    assert "Ministry of Ocean Affairs and Fisheries" in bodies
    assert official("Song Myung-dal") in {e.id for e in x.entities if e.type == "Official"}


def test_a_demonym_before_a_rank_refers_back_to_that_countrys_officer():
    x = extract(
        "Egypt's Chief of Staff Lt Gen Ahmed Khalifa called on Army Chief General Waker-Uz-Zaman "
        "in Dhaka Cantonment on Sunday. The Egyptian general assured the army chief that Egypt "
        "would offer more places for Bangladeshi officers at its staff college."
    )
    offerers = {s for kind, s, _ in relations(x) if kind == "OFFERED"}
    assert offerers == {official("Ahmed Khalifa")}


def test_a_country_qualifying_a_firm_no_one_names_is_no_party():
    x = extract(
        "Bangladesh Railway on Wednesday signed a repair contract with a Chinese bridge firm."
    )
    assert not {r for r in relations(x) if r[0] == "AGREED"}
    x = extract("Bangladesh Railway on Wednesday signed a repair contract with China.")
    assert {r[0] for r in relations(x)} == {"AGREED"}


def test_bodies_that_said_they_were_ready_to_help_each_offered_it():
    x = extract(
        "Meanwhile, WFP and UNICEF said they were ready to provide emergency support to "
        "Bangladesh in the flooded districts."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {
        ("agency:int:world-food-programme", "country:BGD"),
        ("agency:int:unicef", "country:BGD"),
    }


def test_an_envoy_summoned_is_met_by_the_one_who_summoned_him():
    x = extract(
        "Acting Foreign Secretary Ruhul Alam Siddique on Wednesday summoned Myanmar Ambassador "
        "Kyaw Soe Moe to the foreign ministry."
    )
    assert official("Kyaw Soe Moe") in met_with(x, official("Ruhul Alam Siddique"))


def test_a_meeting_called_off_in_a_later_clause_leaves_the_invitation_before_it():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin met Kenyan Trade Minister Lee Kinyanjui on Monday. "
        "The adviser invited Kinyanjui to visit Dhaka, but a planned meeting with the energy "
        "minister was called off."
    )
    assert ("REQUESTED", official("Sk Bashir Uddin"), official("Lee Kinyanjui")) in relations(x)


def test_a_brief_exchange_or_a_chat_with_someone_is_a_meeting():
    for verb in ("had a brief exchange with", "talked with", "had a brief chat with"):
        x = extract(
            f"At the summit, Adviser Touhid Hossain {verb} OIC Secretary General Hissein "
            "Brahim Taha."
        )
        assert official("Hissein Brahim Taha") in met_with(x, official("Touhid Hossain")), verb


def test_one_received_by_a_team_led_by_someone_met_its_leader():
    x = extract(
        "Health Adviser Nurjahan Begum was received on Tuesday by a visiting team of the World "
        "Health Organization led by its Regional Director Saima Wazed."
    )
    assert official("Saima Wazed") in met_with(x, official("Nurjahan Begum"))


def test_a_future_in_a_clause_before_when_does_not_bind_the_call_after_it():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin on Sunday asked Chile to back a trade pact that would "
        "remove duties on knitwear, when Chilean Ambassador Rodrigo Vega paid a courtesy call on "
        "him at the ministry."
    )
    assert official("Rodrigo Vega") in met_with(x, official("Sk Bashir Uddin"))


def test_the_leader_of_a_delegation_along_with_which_one_met_someone_met_them_too():
    x = extract(
        "Later, Peruvian Ambassador Javier Paulinich met the adviser Sk Bashir Uddin along with a "
        "business delegation led by Peru's Vice Minister of Trade Ana Cecilia Gervasi."
    )
    assert official("Sk Bashir Uddin") in met_with(x, official("Ana Cecilia Gervasi"))


def test_an_officer_named_after_whose_is_of_the_body_before_it():
    x = extract(
        "Later, the adviser Asif Nazrul visited the Kuwait Red Crescent Society, whose Chairman "
        "Khalid Al-Mughamis assured him of medical support for Bangladeshi workers."
    )
    chairman = next(e for e in x.entities if e.id == official("Khalid Al-Mughamis"))
    assert chairman.country == "Kuwait"
    assert ("OFFERED", chairman.id, official("Asif Nazrul")) in relations(x)


def test_a_thing_that_meets_a_standard_is_no_meeting():
    x = extract(
        "Chief Adviser Muhammad Yunus urged Denmark to help build a water plant that meets "
        "European standards."
    )
    assert {kind for kind, _, _ in relations(x)} == {"REQUESTED"}


def test_the_corporation_whose_support_is_sought_is_the_body_named_before():
    x = extract(
        "The International Finance Corporation signed a loan with Bangladesh on Monday. Before "
        "the signing, IFC Regional Director Imad Fakhoury called on Finance Adviser Salehuddin "
        "Ahmed, and the adviser asked for the corporation's backing for a metro rail line."
    )
    asked = {t for kind, _, t in relations(x) if kind == "REQUESTED"}
    assert asked == {"agency:int:international-finance-corporation"}


def test_dialogue_negotiations_or_discussions_with_someone_are_a_meeting():
    for noun in ("dialogue", "negotiations", "discussions"):
        x = extract(
            f"Ambassador Charles Whiteley earlier led the EU side in a round of {noun} with "
            "Foreign Secretary Asad Alam Siam in Dhaka."
        )
        assert official("Asad Alam Siam") in met_with(x, official("Charles Whiteley")), noun


def test_a_future_told_before_said_does_not_hold_back_the_meeting_after_it():
    x = extract(
        "UNFPA will fund ten more midwifery schools, UNFPA Representative Catherine Breen "
        "Kamkong said after meeting Education Adviser C R Abrar on Sunday."
    )
    assert official("C R Abrar") in met_with(x, official("Catherine Breen Kamkong"))


def test_one_who_accompanied_a_visitor_after_the_meeting_was_told_met_the_host_too():
    x = extract(
        "UNFPA Representative Catherine Breen Kamkong met Health Adviser Nurjahan Begum on "
        "Sunday. Kamkong, who was accompanied by WHO Representative Ahmed Jamsheed Mohamed, "
        "said the agency would fund more midwives."
    )
    assert official("Nurjahan Begum") in met_with(x, official("Ahmed Jamsheed Mohamed"))


def test_both_sides_agreeing_in_a_with_clause_agreed():
    x = extract(
        "Foreign Secretary Asad Alam Siam met Sri Lankan Foreign Secretary Aruni Wijewardane at "
        "the state guest house, with both sides agreeing to resume direct shipping."
    )
    agreed = {frozenset((s, t)) for kind, s, t in relations(x) if kind == "AGREED"}
    assert agreed == {frozenset((official("Asad Alam Siam"), official("Aruni Wijewardane")))}


def test_one_who_briefed_someone_met_them_but_briefing_reporters_is_no_meeting():
    x = extract(
        "UNHCR Representative Ivo Freijsen briefed Foreign Adviser Touhid Hossain on the camps "
        "on Monday. Freijsen later briefed reporters at the ministry."
    )
    assert relations(x) == {("MET", official("Ivo Freijsen"), official("Touhid Hossain"))}


def test_a_channel_is_no_addressee_and_a_call_for_pressure_on_a_country_does_not_ask_it():
    x = extract(
        "Canadian High Commissioner Ajit Singh met Refugee Relief Commissioner Mohammed Mizanur "
        "Rahman at Ukhiya on Monday. Singh said Canada would provide the grant through UN "
        "agencies. The commissioner called for tougher sanctions on Myanmar."
    )
    rels = relations(x)
    canadian, commissioner = official("Ajit Singh"), official("Mohammed Mizanur Rahman")
    assert ("OFFERED", canadian, commissioner) in rels
    assert not {r for r in rels if "agency:int:united-nations" in r or "country:MMR" in r}


def test_agreeing_to_fund_or_supply_is_an_offer_not_an_agreement():
    x = extract(
        "Gavi agreed to fund the typhoid vaccine campaign, Gavi Managing Director Thabani "
        "Maphosa told Health Adviser Nurjahan Begum on Monday."
    )
    assert {kind for kind, _, _ in relations(x)} == {"OFFERED"}
    x = extract(
        "Emirati Ambassador Abdulla Ali Alhmoudi told Commerce Adviser Sk Bashir Uddin that the "
        "UAE had earmarked $50 million for a solar plant in Bangladesh."
    )
    assert ("OFFERED", official("Abdulla Ali Alhmoudi"), official("Sk Bashir Uddin")) in relations(
        x
    )


def test_announcing_an_amount_or_help_is_an_offer_announcing_anything_else_is_not():
    x = extract(
        "Danish Ambassador Christian Brix Moller met Environment Adviser Syeda Rizwana Hasan on "
        "Monday. Denmark has announced DKK 100 million in grants for coastal adaptation, Moller "
        "said. He also announced the results of a fisheries survey."
    )
    offers = [(s, t) for kind, s, t in relations(x) if kind == "OFFERED"]
    assert len(offers) == 1


def test_readiness_said_many_ways_is_an_offer():
    for said in (
        "expressed the readiness of The Hague to send dredging experts to Bangladesh",
        "said The Hague would be happy to host a trade delegation from Bangladesh",
        "said The Hague was also prepared to help Bangladesh with river dredging",
    ):
        x = extract(
            "Dutch Ambassador Iris de Graaf met Environment Adviser Syeda Rizwana Hasan on "
            f"Monday. De Graaf {said}."
        )
        assert any(kind == "OFFERED" for kind, _, _ in relations(x)), said


def test_a_call_told_in_a_time_clause_after_a_future_took_place():
    x = extract(
        "Brunei will fund a school in the camps, Bruneian envoy Haris Othman told the press "
        "after calling on Khalilur Rahman. Japan will keep up its help, Ambassador Saida "
        "Shinichi assured Road Transport Adviser Muhammad Fouzul Kabir Khan when he called on him "
        "at his office."
    )
    assert official("Khalilur Rahman") in met_with(x, official("Haris Othman"))
    assert official("Muhammad Fouzul Kabir Khan") in met_with(x, official("Saida Shinichi"))


def test_one_who_announced_that_a_country_would_offer_makes_the_offer():
    x = extract(
        "Moroccan Ambassador Majid Halim met Education Adviser C R Abrar on Monday. During the "
        "meeting, the Moroccan envoy announced that Rabat would provide training for "
        "Bangladeshi diplomats."
    )
    offerers = {s for kind, s, _ in relations(x) if kind == "OFFERED"}
    assert offerers == {official("Majid Halim")}


def test_a_body_named_as_a_channel_is_not_asked_by_a_later_call():
    x = extract(
        "Canadian High Commissioner Ajit Singh met Refugee Relief Commissioner Mohammed Mizanur "
        "Rahman at Ukhiya on Monday. The commissioner urged Ottawa to channel the funds "
        "through WFP and called for faster registration of refugees."
    )
    asked = {t for kind, _, t in relations(x) if kind == "REQUESTED"}
    assert "agency:int:world-food-programme" not in asked


def test_one_greeted_by_someone_or_sat_down_with_met_them():
    x = extract(
        "Visiting Omani Foreign Minister Badr Albusaidi was greeted at the airport by Foreign "
        "Secretary Asad Alam Siam. Later, Home Adviser Jahangir Alam Chowdhury sat down with "
        "Albusaidi."
    )
    met = met_with(x, official("Badr Albusaidi"))
    assert {official("Asad Alam Siam"), official("Jahangir Alam Chowdhury")} <= met


def test_the_subject_met_whoever_a_meeting_told_as_the_occasion_was_with():
    x = extract(
        "Finance Adviser Salehuddin Ahmed asked the Asian Development Bank for budget support "
        "during a meeting with ADB Vice President Scott Morris."
    )
    assert official("Scott Morris") in met_with(x, official("Salehuddin Ahmed"))


def test_a_country_written_by_its_other_official_name_goes_by_that_name():
    x = extract(
        "Army Chief General Waker-Uz-Zaman met Türkiye's Land Forces Commander General Selçuk "
        "Bayraktaroğlu in Ankara on Monday."
    )
    country = entity(x, "country:TUR")
    assert country.name == "Türkiye" and "Turkey" in country.aliases
    assert entity(x, official("Selçuk Bayraktaroğlu")).country == "Türkiye"
    x = extract("Turkish Ambassador Ramis Şen met Foreign Adviser Touhid Hossain on Monday.")
    assert entity(x, "country:TUR").name == "Turkey"


def test_an_exchange_of_notes_is_an_agreement_of_those_who_exchanged_them():
    x = extract(
        "Finance Secretary Khairuzzaman Mozumder and Japanese Ambassador Iwama Kiminori "
        "exchanged notes on a new yen credit for the port at Matarbari."
    )
    pair = (official("Khairuzzaman Mozumder"), official("Iwama Kiminori"))
    assert ("AGREED", *pair) in relations(x) or ("AGREED", *pair[::-1]) in relations(x)


def test_an_envoy_posted_to_two_places_is_named_after_both():
    x = extract(
        "Bangladesh's Ambassador to Belgium and the EU Nahida Sobhan attended the talks in "
        "Brussels on Friday."
    )
    envoy = entity(x, official("Nahida Sobhan"))
    assert (envoy.country, envoy.title) == ("Bangladesh", "Ambassador")


def test_a_korean_name_sharing_one_syllable_with_anothers_is_another_person():
    x = extract(
        "Korean Ambassador Park Young-sik called on the commerce adviser on Monday. KOICA "
        "Country Director Yoo Young-ho said the agency would fund a training centre."
    )
    people = {e.id for e in x.entities if e.type == "Official"}
    assert {official("Park Young-sik"), official("Yoo Young-ho")} <= people


def test_a_title_for_a_region_is_followed_by_its_holders_name():
    x = extract(
        "Finance Adviser Salehuddin Ahmed later met ADB Regional Director for South Asia "
        "Hans Keller in Manila."
    )
    officer = entity(x, official("Hans Keller"))
    assert officer.title == "Regional Director"
    assert official("Salehuddin Ahmed") in met_with(x, officer.id)


def test_a_bodys_ranked_officer_named_after_a_comma_is_that_person():
    x = extract(
        "Also at the talks was UNFPA's senior country representative, Lucia Ferraro, who said the "
        "fund would train more midwives."
    )
    officer = entity(x, official("Lucia Ferraro"))
    assert officer.title == "Senior Country Representative"
    assert officer.country is None  # an international body's officer


def test_committing_an_amount_or_to_doing_something_is_an_offer():
    x = extract(
        "Finance Adviser Salehuddin Ahmed held talks with OPEC Fund President Abdulhamid "
        "Alkhalifa, who committed USD 60 million for a rural roads project."
    )
    assert ("OFFERED", official("Abdulhamid Alkhalifa"), official("Salehuddin Ahmed")) in relations(
        x
    )
    x = extract(
        "Health Adviser Nurjahan Begum met UNICEF Representative Rana Flowers, who said the "
        "agency had committed to covering the transport cost of the vaccines."
    )
    assert ("OFFERED", official("Rana Flowers"), official("Nurjahan Begum")) in relations(x)


def test_crimes_committed_against_people_are_no_offer():
    x = extract(
        "Foreign Adviser Touhid Hossain told the visiting envoy that crimes committed against "
        "the Rohingya in Myanmar required justice and 2 million people needed support."
    )
    assert not [r for r in x.relations if r.type == "OFFERED"]


def test_conveying_an_offer_is_making_it():
    x = extract(
        "Thai Ambassador Makawadee Sumitmor conveyed the offer when she called on Commerce "
        "Adviser Sheikh Bashir Uddin on Sunday."
    )
    assert (
        "OFFERED",
        official("Makawadee Sumitmor"),
        official("Sheikh Bashir Uddin"),
    ) in relations(x)


def test_a_one_syllable_surname_after_an_honorific_is_the_person_named_in_full_before():
    x = extract(
        "WHO Representative Hou Jianming called on Health Adviser Nurjahan Begum on Sunday. "
        "Dr Hou pledged WHO's technical support for the measles campaign."
    )
    people = {e.id for e in x.entities if e.type == "Official"}
    assert people == {official("Hou Jianming"), official("Nurjahan Begum")}
    assert ("OFFERED", official("Hou Jianming"), official("Nurjahan Begum")) in relations(x)


def test_commitments_told_as_background_are_no_offers():
    x = extract(
        "Japan has so far committed more than $25 billion to Bangladesh since 1972, "
        "Ambassador Iwama Kiminori said at a seminar in Dhaka."
    )
    assert not [r for r in x.relations if r.type == "OFFERED"]


def test_keeping_on_financing_told_to_an_adviser_is_an_offer_to_them():
    x = extract(
        "Japan will keep financing the Padma rail link despite the delays, Japanese "
        "Ambassador Iwama Kiminori told Planning Adviser Wahiduddin Mahmud on Monday."
    )
    assert ("OFFERED", official("Iwama Kiminori"), official("Wahiduddin Mahmud")) in relations(x)


def test_donors_pledging_in_coordinated_clauses_pledge_to_the_host_not_to_each_other():
    x = extract(
        "Sweden has pledged SEK 50 million for clean water in Bangladesh, and Finland has "
        "committed technical help for forestry, after the two envoys called on Environment "
        "Adviser Syeda Rizwana Hasan. The adviser thanked both countries for their support."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert ("country:SWE", "country:FIN") not in offers
    assert ("country:FIN", "country:SWE") not in offers
    assert {s for s, _ in offers} == {"country:SWE", "country:FIN"}


def test_a_second_donor_offers_to_the_host_not_to_the_first_donor():
    x = extract(
        "Environment Adviser Syeda Rizwana Hasan met the Nordic envoys on Sunday. Denmark has "
        "pledged DKK 40 million for brick kilns, and Norway has also committed help for ship "
        "recycling."
    )
    assert ("OFFERED", "country:NOR", "country:DNK") not in relations(x)
    assert ("OFFERED", "country:NOR", official("Syeda Rizwana Hasan")) in relations(x)


def test_those_who_joined_a_caller_met_the_one_called_on():
    x = extract(
        "Danish Ambassador Kristian Hansen called on Environment Adviser Syeda Rizwana Hasan at "
        "the ministry on Sunday. Hansen was joined by Norwegian Ambassador Ola Berg and Swedish "
        "Ambassador Anna Lind."
    )
    assert met_with(x, official("Syeda Rizwana Hasan")) == {
        official("Kristian Hansen"),
        official("Ola Berg"),
        official("Anna Lind"),
    }


def test_the_envoys_of_two_donors_calling_on_a_host_are_the_next_verbs_subject():
    x = extract(
        "Sweden has pledged SEK 50 million for clean water, and Finland has committed technical "
        "help for forestry, after the two countries' ambassadors met Environment Adviser "
        "Syeda Rizwana Hasan."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert ("country:FIN", "country:SWE") not in offers
    assert "country:FIN" in {s for s, _ in offers}


def test_strengthening_ties_between_two_countries_is_diplomatic_relations():
    x = extract(
        "Army Chief General Waker-Uz-Zaman met the visiting Pakistani navy chief on Monday; "
        "talks centred on strengthening ties in training and peacekeeping."
    )
    assert "diplomatic_relations" in {
        e.id.removeprefix("topic:") for e in x.entities if e.type == "Topic"
    }


def test_a_minister_not_named_is_not_the_minister_named_before():
    x = extract(
        "Polish Deputy Foreign Minister Jan Kowalski visited Dhaka last month. This week Foreign "
        "Secretary Asad Alam Siam met a deputy minister of Poland's labour ministry in Warsaw."
    )
    assert official("Jan Kowalski") not in met_with(x, official("Asad Alam Siam"))


def test_a_speaker_opening_a_while_clause_is_no_addressee_of_the_offer_before_it():
    x = extract(
        "Norwegian Ambassador Ola Berg told Refugee Commissioner Mizanur Rahman that Norway "
        "would contribute NOK 40 million for food assistance, while Swedish Ambassador Anna "
        "Lind announced SEK 20 million for education."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert (official("Ola Berg"), official("Mizanur Rahman")) in offers
    assert (official("Ola Berg"), official("Anna Lind")) not in offers


def test_a_body_no_table_lists_after_a_country_in_a_title_is_no_name():
    x = extract(
        "Director General of the Bangladesh Tea Research Authority Md Rafiqul Haque and Nguyen "
        "Van Binh, chairman of the Vietnam Northern Rice Corporation, signed the deal."
    )
    people = {e.id: e for e in x.entities if e.type == "Official"}
    assert set(people) == {official("Rafiqul Haque"), official("Nguyen Van Binh")}
    assert people[official("Nguyen Van Binh")].country == "Vietnam"


def test_a_request_joined_to_a_wish_by_and_stands():
    x = extract(
        "Italian Ambassador Antonio Alessandro met Law Adviser Asif Nazrul on Monday. The "
        "adviser said the government was keen to see the treaty text soon and requested Rome "
        "to train Bangladeshi prosecutors in asset recovery."
    )
    assert ("REQUESTED", official("Asif Nazrul"), "country:ITA") in relations(x)


def test_the_body_a_pledge_is_about_is_no_addressee():
    x = extract(
        "UN refugee chief Filippo Grandi called on Chief Adviser Muhammad Yunus on Tuesday. "
        "Grandi pledged that UNHCR would go on urging Myanmar to make Rakhine safe."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers == {(official("Filippo Grandi"), official("Muhammad Yunus"))}


def test_one_also_at_the_table_met_the_other_side():
    x = extract(
        "Foreign Secretary Asad Alam Siam held talks with Nepal's Foreign Secretary Amrit "
        "Bahadur Rai in Kathmandu on Monday. Nepal's Ambassador to Bangladesh Ghanshyam "
        "Bhandari was also at the table."
    )
    assert official("Ghanshyam Bhandari") in met_with(x, official("Asad Alam Siam"))


def test_a_title_qualified_after_a_bodys_acronym_takes_the_bodys_country():
    x = extract(
        "Japanese Ambassador Saida Shinichi met Commerce Adviser Sheikh Bashir Uddin on Sunday. "
        "Also there was Japan External Trade Organization (JETRO) Asia Director Yuji Ando."
    )
    assert entity(x, official("Yuji Ando")).country == "Japan"


def test_a_japanese_parliamentary_vice_minister_keeps_the_whole_title():
    x = extract(
        "Japan's Parliamentary Vice-Minister for Foreign Affairs Kenji Yamada received the "
        "Bangladeshi envoy in Tokyo on Friday."
    )
    assert (
        entity(x, official("Kenji Yamada")).title
        == "Parliamentary Vice-Minister for Foreign Affairs"
    )


def test_people_present_where_a_call_was_paid_met_the_one_called_on():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury held talks with Italian Interior Minister Matteo "
        "Piantedosi in Rome on Tuesday. The adviser then called on Italian Labour Minister Marina "
        "Calderone at her ministry, where Home Secretary Nasimul Ghani was present."
    )
    assert met_with(x, official("Nasimul Ghani")) == {official("Marina Calderone")}


def test_an_envoy_whose_name_carries_md_is_bangladeshs():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury held talks with Italian Interior Minister Matteo "
        "Piantedosi in Rome on Tuesday. Ambassador Md Rezaul Karim joined the talks."
    )
    assert entity(x, official("Rezaul Karim")).country == "Bangladesh"


def test_one_associated_with_the_meeting_met_the_other_side():
    x = extract(
        "Commerce Adviser Sk Bashir Uddin held talks with Vietnam's Trade Minister Nguyen Hong "
        "Dien in Hanoi on Tuesday. Bangladesh's Ambassador to Vietnam Nahida Sobhan was also "
        "associated with the meeting."
    )
    assert official("Nguyen Hong Dien") in met_with(x, official("Nahida Sobhan"))


def test_a_colonel_general_commanding_a_countrys_forces_is_a_person_of_that_country():
    x = extract(
        "Navy chief Admiral Nazmul Hassan held talks with Commander of the Russian Aerospace "
        "Forces Colonel General Sergei Surovikin in Moscow on Monday."
    )
    commander = entity(x, official("Sergei Surovikin"))
    assert commander.country == "Russia"
    assert commander.id in met_with(x, official("Nazmul Hassan"))
    assert not [e for e in x.entities if e.type == "Official" and "Forces" in e.name]


def test_bodies_the_help_goes_through_are_no_party_to_the_offer():
    x = extract(
        "Home Adviser Jahangir Alam Chowdhury met Canadian High Commissioner Ajit Singh on "
        "Sunday. The envoy said Canada would provide CAD 12 million for flood relief in Sylhet, "
        "most of it via the International Organization for Migration and UNICEF."
    )
    offered = {t for kind, _, t in relations(x) if kind == "OFFERED"}
    assert offered
    assert not [t for t in offered if t.startswith("agency:")]


def test_a_countrys_market_is_a_place_not_the_one_asked():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin met Japan's Deputy Trade Minister Hiroshi Kato "
        "in Tokyo on Friday, and the adviser sought lower duties for leather goods in the "
        "Japanese market."
    )
    asked = {t for kind, _, t in relations(x) if kind == "REQUESTED"}
    assert asked == {official("Hiroshi Kato")}


def test_a_bare_title_both_sides_hold_is_the_papers_own_official():
    x = extract(
        "THIMPHU, March 2 - Commerce Secretary Mahbubur Rahman held talks with Bhutan's "
        "Commerce Secretary Dasho Karma Tshiteem on Monday. Later, the commerce secretary "
        "called on Bhutan's Finance Minister Lekey Dorji."
    )
    assert official("Lekey Dorji") in met_with(x, official("Mahbubur Rahman"))


def test_un_peacekeeping_is_what_is_talked_about_not_a_body():
    x = extract(
        "Navy chief Admiral Nazmul Hassan asked the visiting Sri Lankan delegation to consider "
        "joint training for United Nations peacekeeping missions."
    )
    bodies = [e.name for e in x.entities if e.type == "Agency"]
    assert not [b for b in bodies if "Peacekeeping" in b or "United Nations" in b]


def test_bangladeshs_immunisation_programme_and_water_authorities_are_bodies():
    x = extract(
        "The WHO team visited the Expanded Programme on Immunisation (EPI) and the Khulna Water "
        "Supply and Sewerage Authority on Monday."
    )
    bodies = {e.name: e.country for e in x.entities if e.type == "Agency"}
    assert bodies["Expanded Programme on Immunisation"] == "Bangladesh"
    assert bodies["Khulna Water Supply and Sewerage Authority"] == "Bangladesh"


def test_an_offer_in_a_during_which_clause_goes_to_its_named_beneficiary():
    x = extract(
        "Commonwealth Deputy Secretary-General Mario Pascual spoke to Law Adviser Asif Nazrul "
        "over video, during which he pledged the secretariat's help for Bangladesh's judicial "
        "reform."
    )
    offered = {t for kind, _, t in relations(x) if kind == "OFFERED"}
    assert offered == {"country:BGD"}


def test_a_video_call_is_a_meeting():
    x = extract(
        "Foreign Adviser Touhid Hossain held a video call with Malaysian Foreign Minister "
        "Mohamad Hasan on Tuesday."
    )
    assert official("Mohamad Hasan") in met_with(x, official("Touhid Hossain"))


def test_a_topic_reaching_past_a_bodys_name_is_still_a_topic():
    x = extract(
        "Foreign Secretary Asad Alam Siam met Thai Permanent Secretary Eksiri Pintaruchi in "
        "Bangkok on Monday during the third round of Foreign Office Consultations."
    )
    assert "diplomatic_relations" in {t for r in x.relations for t in r.topics}


def test_a_colleague_of_the_visiting_bodys_chief_present_met_the_host():
    x = extract(
        "WHO Representative Ahmed Jamsheed Mohamed called on Health Adviser Nurjahan Begum at the "
        "secretariat on Sunday. Also present were Health Services Secretary Saidur Rahman and "
        "WHO's Chief of Emergencies Tamara Petrova."
    )
    assert official("Nurjahan Begum") in met_with(x, official("Tamara Petrova"))


def test_a_past_verb_after_and_goes_on_from_the_speaker_not_the_reported_clause():
    x = extract(
        "Planning Adviser Wahiduddin Mahmud met Korean Ambassador Park Young-sik on Sunday. Park "
        "said Korea would stay Bangladesh's main partner in rail signalling and promised further "
        "training for its engineers."
    )
    offers = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offers and all(s == official("Park Young-sik") for s, _ in offers)


def test_i_in_a_quote_is_the_one_quoted_not_one_named_in_the_quote():
    x = extract(
        "Commerce Adviser Sheikh Bashir Uddin met Thai Commerce Minister Pichai Naripthaphan in "
        'Bangkok on Monday. "I asked Minister Pichai to cut the duty on our jute bags," Bashir '
        "Uddin told reporters."
    )
    asked = {(s, t) for kind, s, t in relations(x) if kind == "REQUESTED"}
    assert asked == {(official("Sheikh Bashir Uddin"), official("Pichai Naripthaphan"))}


def test_those_who_attended_the_consultations_or_were_with_the_caller_met_the_other_side():
    x = extract(
        "Foreign Secretary Asad Alam Siam held talks with Morocco's Secretary General of Foreign "
        "Affairs Mohamed Ali Lazreq in Dhaka on Tuesday. Director General Md Rafiqul Alam "
        "attended the consultations. Morocco's Charge d'Affaires Youssef Amrani was with him."
    )
    assert official("Mohamed Ali Lazreq") in met_with(x, official("Md Rafiqul Alam"))
    assert official("Asad Alam Siam") in met_with(x, official("Youssef Amrani"))


def test_an_agreement_none_signed_is_no_agreement():
    x = extract(
        "Finnish Ambassador Heli Sirve called on Education Adviser C R Abrar on Monday. Finland "
        "and Bangladesh have no education accord yet, and none has been signed so far."
    )
    assert not [r for r in x.relations if r.type == "AGREED"]


def test_what_only_the_headline_says_is_no_event():
    x = extract(
        "Canada offers aid as envoy meets adviser\n\nDHAKA, May 5 - Canadian High Commissioner "
        "Ajit Singh met Food Adviser Ali Imam Majumder at the secretariat on Monday."
    )
    assert {r.type for r in x.relations} == {"MET"}


def test_the_givers_own_body_owning_the_help_is_no_party_to_the_offer():
    x = extract(
        "Local Government Adviser Asif Mahmud met WHO Representative Ahmed Jamsheed Mohamed on "
        "Sunday. Mohamed offered WHO's technical support to the Directorate General of Health "
        "Services for dengue control."
    )
    offered = {(s, t) for kind, s, t in relations(x) if kind == "OFFERED"}
    assert offered == {
        (official("Ahmed Jamsheed Mohamed"), "agency:bgd:directorate-general-of-health-services")
    }


def test_the_adviser_is_the_adviser_introduced_last_however_each_was_titled():
    x = extract(
        "UNDP's Stefan Liller called on Environment, Forest and Climate Change Adviser Syeda "
        "Rizwana Hasan on Monday. "
        "Separately, WFP Country Director Dom Scalpelli met Food Adviser Ali Imam Majumder at "
        "the food ministry. The adviser sought WFP's help in stocking rice for the lean season."
    )
    askers = {s for kind, s, _ in relations(x) if kind == "REQUESTED"}
    assert askers == {official("Ali Imam Majumder")}


def test_the_leaders_of_two_sides_each_led_by_someone_met():
    x = extract(
        "Bangladesh and Morocco held their second round of political consultations in Dhaka on "
        "Sunday. The Bangladeshi side was led by Foreign Secretary Asad Alam Siam, while the "
        "Moroccan delegation was headed by Secretary General Mohamed Ali Lazreq."
    )
    assert official("Mohamed Ali Lazreq") in met_with(x, official("Asad Alam Siam"))


def test_cultural_and_development_bodies_are_listed():
    x = extract(
        "The Swiss SECO and Campus France funded a Bangla Academy programme at the Bangladesh "
        "Shilpakala Academy, with help from Immigration, Refugees and Citizenship Canada."
    )
    bodies = {e.name for e in x.entities if e.type == "Agency"}
    assert {
        "State Secretariat for Economic Affairs", "Campus France", "Bangla Academy",
        "Bangladesh Shilpakala Academy", "Immigration, Refugees and Citizenship Canada",
    } <= bodies  # fmt: skip
