import pytest

wordfreq = pytest.importorskip("wordfreq")
from wordfreq.language_info import get_language_info  # noqa: E402

from consistency import wordlists  # noqa: E402

LANGUAGES = sorted(wordlists.languages())


def test_the_lists_are_wordfreqs():
    assert set(LANGUAGES) == set(wordfreq.available_languages("small"))
    assert {"de", "en", "tr", "ro", "ar", "ru", "el", "he"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_copied_rules_are_wordfreqs_rules(language):
    info = get_language_info(language)
    assert (language in wordlists.DOTLESS_I) == info["dotless_i"]
    assert (language in wordlists.COMMAS_UNDER) == (info["diacritics_under"] == "commas")
    assert (language in wordlists.DOTLESS_I) == (info["diacritics_under"] == "cedillas")
    assert (language in wordlists.TRANSLITERATED) == (info["transliteration"] is not None)
    assert (language in wordlists.OWN_TOKENISER) == (info["tokenizer"] in ("mecab", "jieba"))


def _queries(language: str) -> list[str]:
    """Every 19th word of the list, as written, capitalised and in capitals, and words it lacks."""
    words = [word for band in wordlists.bands(language) for word in band][::19]
    return [form for word in words for form in (word, word.capitalize(), word.upper(), word + "qx")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_word_reads_as_wordfreq_reads_it(language):
    answered = 0
    for word in _queries(language):
        listed = wordlists.plain_zipf(word, language)
        if listed is not None:
            answered += 1
            assert listed == wordfreq.zipf_frequency(word, language, wordlist="small"), word
    if language not in wordlists.OWN_TOKENISER and language not in ("hi", "bn", "ta", "ur", "fa", "mr"):
        assert answered > 0


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("İstanbul", "tr", "istanbul"),  # dotted capital I
        ("IRAK", "tr", "ırak"),  # dotless
        ("Iraq", "en", "iraq"),
        ("București", "ro", "bucurești"),
        ("Bucureşti", "ro", "bucurești"),  # the cedilla form, as Romanian text often has it
        ("Straße", "de", "strasse"),
    ],
)
def test_case_folding_follows_the_language(word, language, expected):
    assert wordlists._folded(word, language) == expected
    assert wordlists.plain_zipf(word, language) == wordfreq.zipf_frequency(word, language, wordlist="small")


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("1,6", "tr"),  # a decimal comma: wordfreq smashes the whole number
        ("日本", "ja"),  # MeCab
        ("Apple", "ja"),  # MeCab even for Latin letters
        ("Москва", "sr"),  # transliterated (and sr is not a list: sh is)
        ("ﻻ", "ar"),  # a presentation form that NFKC changes
        ("كـتاب", "ar"),  # tatweel
        ("हत्या", "hi"),  # vowel signs are marks
        ("Paris", "xx"),  # no list
    ],
)
def test_what_needs_wordfreq_is_left_to_it(word, language):
    assert wordlists.plain_zipf(word, language) is None


def _texts() -> dict[str, str]:
    """The fixtures' and probe documents' versions that wordfreq has a list for, by language."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    texts: dict[str, str] = {}
    for path in [*(root.parent / "fixtures").glob("*/*.*"), *(root / "data" / "probes").glob("*/*.*")]:
        language = path.stem.split("-")[0].split("_")[0].casefold()
        if language in wordlists.languages():
            texts[language] = texts.get(language, "") + path.read_text(encoding="utf-8") + "\n"
    return texts


def _phrases(text: str) -> set[str]:
    """The text's words as names and phrases come to wordfreq: each word, trimmed of the
    punctuation around it (Nvidia'nın, COVID-19, 2.000, l'arc), and each pair of neighbours."""
    words = [word.strip(".,;:!?()[]«»\"“”„") for word in text.split()]
    words = [word for word in words if word]
    return {*words, *(f"{a} {b}" for a, b in zip(words, words[1:]))}


def test_words_and_phrases_of_real_text_read_as_wordfreq_reads_them():
    answered = lettered = 0
    for language, text in _texts().items():
        for phrase in _phrases(text):
            listed = wordlists.plain_zipf(phrase, language)
            if listed is not None:
                assert listed == wordfreq.zipf_frequency(phrase, language, wordlist="small"), (phrase, language)
            if language not in wordlists.OWN_TOKENISER and not any(char.isdigit() for char in phrase):
                lettered += 1
                answered += listed is not None
    # Left to wordfreq: symbols, addresses, Arabic vowel marks, Devanagari and Bengali words.
    assert answered > 0.85 * lettered


@pytest.mark.parametrize(
    ("text", "language", "tokens"),
    [
        ("un'innovazione", "it", ["un", "innovazione"]),  # elided before a vowel
        ("all'anno", "it", ["all'anno"]),  # three letters: one word
        ("Nvidia’nın", "tr", ["nvidia'nın"]),  # a curly apostrophe, straightened
        ("multi-token prediction", "en", ["multi", "token", "prediction"]),
        ("ChatGPT4o", "en", ["chatgpt4o"]),
        ("H20", "de", ["h20"]),  # the list has "h00": weighed as wordfreq weighs digits
        ("COVID-19", "en", ["covid", "19"]),
        ("2024", "en", ["2024"]),  # four digits: a year as likely as not
        ("the 1990s", "en", ["the", "1990s"]),
    ],
)
def test_tokens_are_cut_where_wordfreq_cuts_them(text, language, tokens):
    assert wordlists._tokens(text, language) == tokens
    assert wordlists.plain_zipf(text, language) == wordfreq.zipf_frequency(text, language, wordlist="small")


def test_a_regional_tag_reads_its_language_s_list():
    assert wordlists.plain_zipf("ha", "it-IT") == wordlists.plain_zipf("ha", "it") > 6
    assert wordlists.plain_zipf("Navy", "en-US") == wordlists.plain_zipf("Navy", "en")
    assert wordlists.plain_zipf("ılık", "tr-TR") == wordlists.plain_zipf("ılık", "tr")  # its dotless i
