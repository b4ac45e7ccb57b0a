"""Case endings measured on each language's own frequent words (wordfreq)."""

from __future__ import annotations

from consistency.inflection import DECLINES, _paradigm_share, compound, declines, ending_share, endings, lettered, without_suffix


def test_slavic_case_endings_are_swaps_of_one_name():
    assert ending_share("pl", "a", "y") >= DECLINES  # kobieta / kobiety
    assert declines("pl", "małgorzata", "małgorzaty")
    assert declines("ru", "москва", "москвы")
    assert declines("cs", "simon", "simonem")


def test_the_same_swap_is_no_inflection_where_the_language_has_none():
    assert ending_share("en", "a", "y") < DECLINES
    assert not declines("en", "małgorzata", "małgorzaty")


def test_a_dropped_last_letter_is_never_a_declension():
    for language in ("en", "de", "fr", "es", "it", "nl", "tr", "pl", "cs"):
        assert not declines(language, "paris", "pari"), language
        assert not declines(language, "hopkins", "hopkin"), language


def test_endings_need_a_shared_stem():
    assert endings("ostrava", "ostravy") == ("a", "y")
    assert endings("brno", "brně") is None  # a stem of three letters is too short to tell
    assert endings("kowalski", "nowak") is None
    assert not declines("pl", "nowak", "nowak")  # the same word is no swap


def test_unknown_languages_decline_nothing():
    assert ending_share("haw", "a", "y") == 0.0
    assert not declines("haw", "małgorzata", "małgorzaty")


def test_a_swap_may_start_before_the_spellings_part():
    # Stępiński → Stępińskiego parts after "stępińsk-i", but the swap is -i → -iego (polski → polskiego)
    assert endings("stępiński", "stępińskiego") == ("", "ego")
    assert declines("pl", "stępiński", "stępińskiego")
    assert declines("pl", "błońska", "błońskiej")
    assert not declines("en", "stępiński", "stępińskiego")
    # a single letter dropped is never backed off into a longer swap (Paris → Pari is not -is → -i)
    assert not declines("fr", "paris", "pari")


def test_a_longer_swap_may_be_plain_from_the_base_side_only():
    # Czech -ko place names take -ku in the locative (Kolínsko, na Kolínsku; Česko, v Česku): the
    # one-letter swap -o/-u is too loose to measure either way, -ku ends many other words, but
    # half the -ko words have a -ku sibling.
    assert ending_share("cs", "o", "u") < DECLINES and _paradigm_share("cs", "o", "u") < DECLINES
    assert ending_share("cs", "ko", "ku") < DECLINES <= ending_share("cs", "ku", "ko")
    assert declines("cs", "kolínsko", "kolínsku")
    assert not declines("en", "kolínsko", "kolínsku")
    assert not declines("de", "kolínsko", "kolínsku")


def test_an_ending_too_few_words_have_is_not_measured():
    # seven frequent Italian words end in -esco, one of them "francesco" itself: no evidence of a swap
    assert ending_share("it", "ia", "esco") == 0.0
    assert not declines("it", "francia", "francesco")
    assert declines("pl", "polska", "polsce")


def test_a_paradigm_may_be_plain_from_the_base_side_only():
    # Czech -ek nouns have -ka forms (Paroubek, Paroubka), though -ka ends many other words
    assert ending_share("cs", "ek", "ka") < DECLINES <= ending_share("cs", "ka", "ek")
    assert declines("cs", "paroubek", "paroubka")
    assert not declines("en", "paroubek", "paroubka")
    # a letter dropped or added is never measured from the base's side: every word ends in nothing
    assert not declines("en", "hopkins", "hopkin")
    assert not declines("fr", "paris", "pari")


def test_endings_written_as_vowel_marks_are_measured():
    # Devanagari writes most vowels as combining marks, which str.isalpha does not count as letters:
    # Hindi's -ा → -े swap (लड़का, लड़के: boy, boys) is measured on its vocabulary like any other.
    assert declines("hi", "लड़का", "लड़के")
    assert not declines("hi", "लड़का", "लड़क")  # the vowel dropped: truncated, not declined
    assert lettered("लड़के") and not lettered("R1") and not lettered("")


def test_a_short_name_may_take_an_ending_but_not_swap_one():
    assert declines("pl", "fed", "fedu")  # stóp Fedu: the Fed's rates
    assert not declines("pl", "fedu", "fed")  # a letter dropped from a short name
    assert not declines("en", "fed", "fedu")  # English adds no such ending
    assert endings("lee", "lea") is None  # another name, its last letter swapped


def test_a_compound_ends_in_a_frequent_word_of_its_language():
    assert compound("nationalversammlungsmitglied", "de")  # Mitglied
    assert compound("abrüstungsmaßnahmen", "de")  # Maßnahme, plural
    assert not compound("hamáček", "de") and not compound("kovacic", "de")  # names
    assert not compound("vinson-massiv", "de")  # joined by a hyphen: a name before a noun
    assert not compound("nationalversammlungsmitglied", "th")  # no wordfreq list


def test_letters_a_language_writes_on_its_words_are_measured_on_its_own_words():
    """Hebrew and Arabic write a conjunction or preposition of one letter on the next word
    (ו, ב; و): many of their frequent words are frequent with it too. English s, d or a are not
    such letters, however many words they could open."""
    from consistency.inflection import PREFIXED, prefix_share, prefixed

    assert prefix_share("he", "ב") >= PREFIXED and prefix_share("ar", "و") >= PREFIXED
    assert prefixed("he", "וב")
    assert not prefixed("en", "s") and not prefixed("fr", "d") and not prefixed("es", "a")
    assert not prefixed("xx", "a")  # no word list, nothing measured


def test_an_apostrophe_ends_a_name_before_a_suffix_but_not_inside_a_cyrillic_word():
    assert without_suffix("Nvidia'nın") == "Nvidia" and without_suffix("ChatGPT’s") == "ChatGPT"
    assert without_suffix("Рейк'явіку") == "Рейк'явіку"  # Ukrainian writes it inside words (п'ять)
