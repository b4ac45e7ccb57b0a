"""Countries, languages and currencies that translations localise, recognised through CLDR."""

from __future__ import annotations

from consistency.cldr_names import (
    calendar_word,
    country_names,
    date_phrases,
    entities,
    nameable,
    places,
    same_language,
    written,
)


def test_a_country_is_carried_by_its_name_in_the_checked_language():
    bangladesh = entities("Bangladesh", ["en"])
    assert "territory:BD" in bangladesh
    assert written(bangladesh, "de", ["Bangladesch", "gehört"])
    assert not written(bangladesh, "de", ["Bulgarien", "gehört"])  # another country is drift


def test_inflected_forms_count_but_other_words_do_not():
    polish = entities("Polish", ["en"])  # a language name stands for its country too
    assert {"language:pl", "territory:PL"} <= polish
    assert written(polish, "pl", ["w", "Polsce"])
    assert written(polish, "pl", ["polskiego", "rządu"])
    assert written(entities("Bolivia", ["en"]), "tr", ["Bolivya'nın"])  # a suffix after an apostrophe
    assert not written(polish, "pl", ["Paryżu"])
    assert written(entities("Czech", ["en"]), "cs", ["České", "republiky"])


def test_currency_codes_and_symbols():
    zloty = entities("PLN", ["en"])
    assert written(zloty, "pl", ["880", "zł"])
    assert not written(zloty, "pl", ["880", "euro"])


def test_unit_symbols_are_written_as_each_language_writes_them():
    megabyte = entities("MB", ["en"])
    assert "unit:digital-megabyte" in megabyte
    assert written(megabyte, "fr", ["1,5", "Mo"]) and written(megabyte, "ru", ["1,5", "МБ"])
    assert not written(megabyte, "fr", ["1,5", "Go"])


def test_ordinary_names_are_not_cldr_names():
    assert entities("Deepseek", ["en", "de"]) == frozenset()
    assert entities("Nvidia", ["en"]) == frozenset()


def test_codes_are_looked_up_but_never_matched_as_lower_case_words():
    anguilla = entities("AI", ["en"])  # "AI" is also Anguilla's code
    assert "territory:AI" in anguilla
    assert not written(anguilla, "it", ["ai", "modelli"])  # Italian "ai" is a preposition
    assert written(entities("EU", ["en"]), "cs", ["Evropské", "unie"])


def test_places_are_found_in_any_script_as_the_language_writes_them():
    def found(text: str, language: str) -> list[str]:
        return [text[start:end] for start, end in places(text, language)]

    assert found("Bisher wurden in Spanien und Spaniens Nachbarn Fälle registriert.", "de") == ["Spanien", "Spaniens"]
    assert found("Mieszka w Polsce od lat.", "pl") == ["Polsce"]  # declined: Polska → Polsce
    assert found("最新数据显示，比利时累计64847人感染", "zh") == ["比利时"]  # inside an unspaced run
    assert found("印度尼西亚和印度", "zh") == ["印度尼西亚", "印度"]  # the longest name first
    assert found("नेपाल में शादी से भाग निकला", "hi") == ["नेपाल"]  # vowel signs belong to the word
    assert found("スペインと日本", "ja") == ["スペイン", "日本"]


def test_ordinary_words_are_no_places():
    assert places("She wore a jersey in the cold.", "en") == []  # Jersey, the island, has a capital
    assert places("Die Grammatik ist einfach.", "de") == []
    assert places("有名な高級ビーチリゾートもあります。", "ja") == []  # チリ (Chile) inside ビーチリゾート


def test_a_place_is_written_by_its_code_or_its_main_language():
    united_states = entities("美国", ["zh"])
    assert united_states == {"territory:US"}
    assert written(united_states, "en", ["The", "U.S", "redistributes"])  # the code, with dots
    assert not written(united_states, "en", ["The", "us", "too"])  # a lower-case word is no code
    assert written(entities("Spanien", ["de"]), "en", ["the", "Spanish", "flu"])
    assert entities("Polsce", ["pl"]) == {"territory:PL"}  # a declined form names the place too
    assert written(entities("比利时", ["zh"]), "zh", ["最新数据显示", "比利时累计64847人感染"])


def test_a_place_can_be_looked_for_where_the_language_names_it():
    assert nameable(entities("Belgium", ["en"]), "zh")
    assert not nameable(entities("Deepseek", ["en"]), "zh")


def test_country_names_pair_two_languages_where_they_differ():
    pairs = country_names("zh", "en")
    assert len(pairs) == 80 and ("安道尔", "Andorra") in pairs
    assert all(own != other for own, other in pairs)
    assert country_names("en-GB", "en") == []  # one language
    assert same_language("de-AT", "de") and not same_language("de", "nl")


def test_english_names_the_subtag_registry_records_beside_cldr_are_places():
    # CLDR's English says Czechia; Babel keeps none of CLDR's alternative names
    assert entities("Czech Republic", ["en"]) == {"territory:CZ"}
    assert places("People refuel LPG in the Czech Republic.", "en") == [(25, 39)]
    assert written(entities("Czech Republic", ["en"]), "cs", ["v", "Česku"])
    assert not written(entities("Czech Republic", ["en"]), "cs", ["na", "Slovensku"])
    assert entities("Czech Republic", ["de"]) == frozenset()  # the registry is English only


def test_a_name_of_several_words_without_capitals_is_written_word_by_word():
    united_nations = entities("United Nations", ["en"])
    assert written(united_nations, "hi", ["संयुक्त", "राष्ट्र", "ने", "बुधवार", "को", "कहा"])
    assert not written(united_nations, "hi", ["संयुक्त", "अरब", "अमीरात"])  # the United Arab Emirates


def test_time_zones_are_named_as_each_language_names_them_in_cldr():
    assert entities("GMT", ["en"]) == {"zone:GMT"}
    assert "zone:GMT" in entities("グリニッジ標準時", ["ja"])  # Greenwich Mean Time
    text = "車両自体は同日のグリニッジ標準時12:00頃に事故現場から持ち去られました。"
    assert [text[start:end] for start, end in places(text, "ja")] == ["グリニッジ標準時"]
    central = entities("Central European Time", ["en"])
    assert written(central, "de", ["um", "15", "Uhr", "MEZ"])  # CLDR's German short name
    assert not written(central, "de", ["um", "15", "Uhr"])


def test_a_name_with_its_last_letter_swapped_is_looked_up_as_the_place():
    assert entities("Česku", ["cs"]) == {"territory:CZ"}  # Česko, declined
    assert entities("Rusku", ["cs"]) == {"territory:RU"}
    assert entities("Francis", ["en"]) == frozenset()  # two letters apart from France
    # only by a swap the language makes: English swaps no -i for -l (Dr Mall is no Mali)
    assert entities("Mall", ["en"]) == frozenset()
    assert places("Uber mohl v Česku jezdit.", "cs") == []  # too loose to find places in a text


def test_regions_of_several_countries_are_places_but_the_world_is_not():
    europe = entities("Europe", ["en"])
    assert europe == {"territory:150"}
    assert written(europe, "de", ["in", "Europa"]) and written(europe, "hi", ["यूरोप", "में"])
    assert not written(europe, "de", ["in", "Brasilien"])
    assert "territory:419" in entities("Latin America", ["en"])
    assert entities("world", ["en"]) == frozenset()  # 001: a common word


def test_cities_that_name_time_zones_are_places_in_every_language():
    rome = entities("Rome", ["en"])
    assert rome == {"city:Europe/Rome"}
    assert written(rome, "de", ["in", "Rom"]) and written(rome, "pl", ["w", "Rzymie"])
    assert not written(rome, "de", ["in", "Mailand"])
    assert places("Als Kind britischer Eltern in Tokio geboren, zog sie nach Kalifornien.", "de") == [(30, 35)]
    assert places("香港的最高の景色", "ja") == [(0, 2)]
    # a city less its last letter is truncated, not declined; a country may be (Włoch, of Włochy)
    assert not written(entities("Paris", ["en"]), "tr", ["Pari'de"])
    assert written(entities("Italy", ["en"]), "pl", ["z", "Włoch"])



def test_a_city_named_by_its_time_zone_is_found_with_its_accents():
    # English CLDR has no name for Atlantic/Reykjavik: the zone's IANA id, in ASCII, names it.
    assert entities("Reykjavík", ["en"]) == {"city:Atlantic/Reykjavik"}
    assert written(entities("Reykjavík", ["en"]), "es", ["en", "Reikiavik"])
    assert places("in Reykjavík and Bogotá", "en") == [(3, 12), (17, 23)]
    assert entities("Arsène", ["en"]) == set()

def test_in_a_spaced_script_a_place_starts_a_word():
    assert places("गैजप्रोम के प्रमुख ने कहा", "hi") == []  # रोम, Rome, ends Gazprom
    assert places("जंगल की आग से बहुत नुकसान हुआ", "hi") == []  # नुक, Nuuk, is too short to take an ending
    assert places("भारतीय टीम रोम में", "hi") == [(0, 4), (11, 14)]  # India, with an ending; Rome
    assert places("ประเทศไทยและญี่ปุ่น", "th") == [(6, 9), (12, 19)]  # Thai spaces no words: inside a run


def test_a_place_of_several_words_is_named_by_the_word_that_tells_it_apart():
    falklands = entities("Falklands", ["en"])  # Falkland Islands, by its one telling word, with an ending
    assert falklands == entities("Malouines", ["fr"]) == {"territory:FK"}  # Îles Malouines
    assert written(falklands, "fr", ["des", "Malouines"])
    assert not written(falklands, "fr", ["des", "îles"])  # the word every island group has tells nothing
    assert not written(falklands, "fr", ["des", "Canaries"])  # another place is drift
    assert not entities("Islands", ["en"])  # in many names
    assert not entities("Vincent", ["en"]) and not entities("Cook", ["en"])  # people's names too: common words
    assert not entities("Falklandi", ["et"])  # Falklandi saared: no word list tells Estonian common words


def test_a_cldr_name_with_an_ending_the_language_adds_names_the_same_place():
    italians = entities("Italians", ["en"])  # Italian, the language, and so its people and country
    assert "territory:IT" in italians
    assert written(italians, "pl", ["zawodnicy", "z", "Włoch"])
    assert not written(italians, "pl", ["zawodnicy", "z", "Francji"])  # another country is drift
    assert not entities("Italiano", ["en"])  # an ending English does not add


def test_months_and_weekdays_are_calendar_words_in_the_languages_that_write_them():
    assert calendar_word("July", ["en"]) and calendar_word("Wednesday's", ["en"])
    assert calendar_word("lipiec", ["pl"]) and calendar_word("Mittwoch", ["de"])
    assert not calendar_word("lipiec", ["en"])
    assert calendar_word("Jul", ["en"])  # abbreviated too
    assert calendar_word("Sept", ["en-US"])  # as CLDR's world English abbreviates it (en_001), and AP style
    assert not calendar_word("Senate", ["en"])


def test_a_code_with_dots_and_a_hyphenated_name_are_looked_up_whole():
    assert entities("U.S", ["en"]) == entities("US", ["en"]) == {"territory:US"}
    assert not entities("E.ON", ["en"])  # a name with a dot, not a code
    assert written(entities("U.S", ["en"]), "fr", ["aux", "États-Unis"])  # one token: états, unis
    assert not written(entities("U.S", ["en"]), "fr", ["aux", "Unis"])


def test_date_phrases_pair_the_relative_phrases_two_languages_write_differently():
    pairs = dict(date_phrases("sv", "en"))
    assert pairs["i morgon"] == "tomorrow" and pairs["om 3 dagar"] == "in 3 days"
    assert date_phrases("en-GB", "en") == []  # one language


def test_a_units_symbol_of_one_letter_names_no_unit():
    # W, V and A are initials as often as watts, volts and amperes; MB is only a unit.
    from consistency.cldr_names import _ids_by_name

    ids = _ids_by_name("en")
    assert not any(ident.startswith("unit:") for ident in ids.get("w", frozenset()) | ids.get("v", frozenset()))
    assert "unit:digital-megabyte" in ids["mb"]
