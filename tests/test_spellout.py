import json
import zipfile

import pytest

from consistency import lexicon, spellout

CARDINALS = [1, 2, 10, 21, 99, 100, 1000, 10**6]


def clear():
    for cache in (spellout._num2words_table, spellout._rbnf_entry):
        cache.cache_clear()


@pytest.fixture
def table(tmp_path, monkeypatch):
    """Point spellout at a table in tmp_path (written by the test), with its caches emptied."""
    path = tmp_path / "spellout.zip"
    monkeypatch.setattr(spellout, "TABLE", path)
    clear()
    yield path
    clear()


def rewrite(path, name, change):
    """Rewrite one member of the table through ``change(content)``."""
    with zipfile.ZipFile(path) as archive:
        members = {member: json.loads(archive.read(member)) for member in archive.namelist()}
    change(members[name])
    with zipfile.ZipFile(path, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, json.dumps(content, ensure_ascii=False))
    clear()


def live_rbnf(code, value, ordinal):
    return spellout._live_rbnf(code, value, ordinal)


def test_the_shipped_table_gives_the_installed_libraries_answers():
    """Every number of the shipped table, in every language, as the libraries spell it now. A
    table made from other library files is not used (next tests), so a stale one costs only time."""
    num2words = spellout._num2words_table()
    entries = {code: spellout._rbnf_entry(code) for code in spellout.rbnf_codes()}
    if num2words is None or None in entries.values():
        pytest.skip(
            "num2words or unicode-rbnf differ from those consistency/data/spellout.zip was made from: run "
            "python -c 'from consistency.lexicon import write_spellout_table; write_spellout_table()'"
        )
    assert set(num2words["codes"]) == spellout._live_num2words_codes()
    for kind in ("cardinal", "ordinal"):
        for code, spelled in num2words[kind].items():
            assert spelled == {value: spellout._live_num2words(code, int(value), kind) for value in spelled}, code
    inflected = num2words["inflected"]
    assert set(inflected) == {code for code in num2words["codes"] if spellout._keywords(code)} >= {"uk", "ru", "fi"}
    for code, spelled in inflected.items():
        assert spelled == {value: list(spellout._live_inflections(code, int(value))) for value in spelled}, code
    live_eras = {code: [list(era) for era in found] for code in num2words["codes"] if (found := spellout._live_eras(code))}
    assert num2words["eras"] == live_eras and ["令和", 2019, "令和元年"] in live_eras["ja"]
    assert len(entries) > 80
    for code, entry in entries.items():
        assert entry["loads"] == (spellout._rbnf_engine(code) is not None), code
        for kind, ordinal in (("cardinal", False), ("ordinal", True)):
            for value, found in entry[kind].items():
                assert found == spellout._as_json(live_rbnf(code, int(value), ordinal)), (code, value)


def test_the_table_answers_while_its_fingerprints_match_and_the_libraries_after(table):
    spellout.write_table(CARDINALS, [3, 4])
    assert spellout.num2words_text("de", 21, "cardinal") == "einundzwanzig"
    assert spellout.rbnf_spelled("de", 3, True) == live_rbnf("de", 3, True)

    # an answer changed in the table is what the table says: the table is being read ...
    rewrite(table, "num2words.json", lambda t: t["cardinal"]["de"].update({"21": "TABLE"}))
    rewrite(table, "rbnf/de.json", lambda t: t["cardinal"].update({"2": ["TABLE", {"spellout-numbering": "TABLE"}]}))
    assert spellout.num2words_text("de", 21, "cardinal") == "TABLE"
    assert spellout.rbnf_spelled("de", 2, False) == ("TABLE", {"spellout-numbering": "TABLE"})

    # ... but not once it was made from other library files
    rewrite(table, "num2words.json", lambda t: t.update(fingerprint="other"))
    rewrite(table, "rbnf/de.json", lambda t: t.update(fingerprint="other"))
    assert spellout.num2words_text("de", 21, "cardinal") == "einundzwanzig"
    assert spellout.rbnf_spelled("de", 2, False) == live_rbnf("de", 2, False)
    assert spellout.rbnf_spelled("de", 2, False)[0] == "zwei"


def test_numbers_and_languages_the_table_lacks_are_asked_of_the_libraries(table):
    spellout.write_table(CARDINALS, [3])
    assert spellout.num2words_text("fr", 47, "cardinal") == "quarante-sept"
    assert spellout.rbnf_spelled("fr", 47, False) == live_rbnf("fr", 47, False)
    assert spellout.rbnf_spelled("it", 5, True) == live_rbnf("it", 5, True)
    rewrite(table, "num2words.json", lambda t: t["cardinal"].pop("es"))
    assert spellout.num2words_text("es", 21, "cardinal") == "veintiuno"


def test_a_missing_or_damaged_table_leaves_the_answers_as_they_are(table):
    for content in (None, b"not a zip file", b"PK\x03\x04 cut short"):
        if content is not None:
            table.write_bytes(content)
        clear()
        assert spellout.num2words_text("nl", 8, "cardinal") == "acht"
        assert spellout.rbnf_spelled("nl", 8, False) == live_rbnf("nl", 8, False)
        assert "nl" in spellout.num2words_codes() and spellout.rbnf_loads("nl")


def test_case_and_gender_forms_come_from_the_table_and_from_the_library_alike(table):
    """num2words' Ukrainian spells cases CLDR's rules lack (чотирьох, of four); most converters
    take no such keyword, and give no other forms."""
    live = {(code, value): spellout.num2words_inflections(code, value) for code in ("uk", "de", "fi") for value in (4, 25)}
    assert "чотирьох" in live["uk", 4] and "чотири" not in live["uk", 4]
    assert "двадцяти п'яти" in live["uk", 25] and live["de", 4] == () and "neljän" in live["fi", 4]
    spellout.write_table(CARDINALS, [3], inflected=[4])
    assert {key: spellout.num2words_inflections(*key) for key in live} == live  # 25 is asked of the library
    rewrite(table, "num2words.json", lambda t: t["inflected"]["uk"].update({"4": ["TABLE"]}))
    assert spellout.num2words_inflections("uk", 4) == ("TABLE",)


def test_eras_come_from_the_table_and_from_the_library_alike(table):
    live = spellout.eras("ja")
    spellout.write_table(CARDINALS, [3])
    assert spellout.eras("ja") == live and ("平成", 1989, "平成元年") in live
    assert spellout.eras("de") == () and spellout.eras("xx") == ()


def test_what_the_table_cannot_spell_is_none_as_from_the_libraries(table):
    spellout.write_table(CARDINALS, [3])
    assert spellout.num2words_text("xx", 3, "cardinal") is None  # no such converter
    assert spellout.rbnf_spelled("xx", 3, False) is None and not spellout.rbnf_loads("xx")
    assert spellout.rbnf_spelled("ja", 3, True) == live_rbnf("ja", 3, True)  # no ordinal rules: None both ways


def test_the_lexicon_is_the_same_from_the_table_and_from_the_libraries(table):
    """The lexicon's spelled numbers, ordinals and scale words, with no table and with one."""
    languages = ("de", "pt-PT", "ta", "sw", "ko", "hi", "ru", "uk")

    def lexicons():
        for cached in (lexicon.spelled_numbers, lexicon._spelled_scales, lexicon._rbnf_code):
            cached.cache_clear()
        return [(lexicon.spelled_numbers(l), lexicon.ordinal_numbers(l), lexicon._spelled_scales(l)) for l in languages]

    from_libraries = lexicons()
    lexicon.write_spellout_table()  # to the fixture's table
    clear()
    assert spellout._num2words_table() is not None and spellout._rbnf_entry("ta") is not None
    assert lexicons() == from_libraries
    assert lexicon.spelled_numbers("pt-PT")["duas"] == 2 and lexicon._spelled_scales("ta")
