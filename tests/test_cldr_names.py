"""Countries, languages and currencies that translations localise, recognised through CLDR."""

from __future__ import annotations

from consistency.cldr_names import entities, written


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


def test_ordinary_names_are_not_cldr_names():
    assert entities("Deepseek", ["en", "de"]) == frozenset()
    assert entities("Nvidia", ["en"]) == frozenset()


def test_codes_are_looked_up_but_never_matched_as_lower_case_words():
    anguilla = entities("AI", ["en"])  # "AI" is also Anguilla's code
    assert "territory:AI" in anguilla
    assert not written(anguilla, "it", ["ai", "modelli"])  # Italian "ai" is a preposition
    assert written(entities("EU", ["en"]), "cs", ["Evropské", "unie"])
