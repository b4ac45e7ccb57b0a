"""wordfreq's word lists, read from its data files without importing the library.

Importing wordfreq costs 0.10-0.15 s (its langcodes tables, ftfy and the regex tokeniser),
about a tenth of a short check outside the encoder. Most look-ups need none of that: words and
short phrases in an alphabet (Latin, Greek, Cyrillic, Arabic, Hebrew), which wordfreq would
normalise, case-fold, cut at spaces and hyphens (and after an elided l' or un'), and find in its
list. Those are answered here, from the same "small" lists (gzipped msgpack, one band of words
per centibel), with the same arithmetic. Everything else (combining marks, symbols, the Chinese, Japanese and Korean tokenisers, a language code
wordfreq would have to match to a list) goes to wordfreq itself.

The rules copied below are wordfreq's own (``wordfreq.language_info``, ``preprocess`` and
``tokens``); tests/test_wordlists.py holds the two equal on every list's words and on the words
and phrases of the fixtures and probe documents, and holds these tables to what wordfreq says
of each language.
"""

from __future__ import annotations

import gzip
import math
import re
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

#: Languages wordfreq case-folds with a dotless i (I → ı, İ → i) and writes ş ţ for ș ț.
DOTLESS_I = frozenset({"tr", "az", "kk"})
#: Languages wordfreq writes with ș ț for ş ţ.
COMMAS_UNDER = frozenset({"ro"})
#: Languages wordfreq transliterates from Cyrillic to Latin before a look-up (sh counts as sr).
TRANSLITERATED = frozenset({"sr", "sh", "az"})
#: Languages wordfreq splits with its own tokeniser (MeCab, jieba), which may split any word.
OWN_TOKENISER = frozenset({"ja", "ko", "zh", "yue"})
#: Scripts in which a word of letters only is one token for wordfreq's tokeniser (Unicode
#: word boundaries fall nowhere inside it).
ALPHABETS = frozenset({"LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW"})
TATWEEL = "\u0640"  # a letter to str.isalpha, a mark wordfreq removes in Arabic script


@lru_cache(maxsize=1)
def _data() -> Path | None:
    """wordfreq's data folder, found without running its __init__ (find_spec imports nothing)."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The languages wordfreq has a small list for, by the codes in its file names (small_de...)."""
    folder = _data()
    if folder is None:
        return frozenset()
    return frozenset(path.name[len("small_"):].split(".")[0] for path in folder.glob("small_*.msgpack.gz"))


def list_code(language: str) -> str | None:
    """The code of the language's wordfreq list (pt for pt-BR), or None if wordfreq has none."""
    base = language.split("-")[0].split("_")[0].casefold()
    return base if base in languages() else None


@lru_cache(maxsize=None)
def bands(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's small list as wordfreq stores it: band i holds the words at -i centibels,
    in alphabetical order; empty if there is no such list."""
    import msgpack

    if language not in languages():
        return ()
    # decompressed whole, then unpacked: a third quicker than unpacking from the gzip stream
    data = msgpack.unpackb(gzip.decompress((_data() / f"small_{language}.msgpack.gz").read_bytes()), raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"wordfreq's small_{language} list has an unexpected header: {header!r}")
    return tuple(tuple(band) for band in data[1:])


@lru_cache(maxsize=None)
def band_table(language: str) -> dict[str, int]:
    """Every word of the language's small list with its band (its frequency in -centibels)."""
    return {word: index for index, band in enumerate(bands(language)) for word in band}


#: wordfreq's default minimum frequency (Zipf 0), which a text with a word the list lacks gets.
MINIMUM = 10**0.0 / 1e9
ABSENT = round(math.log(MINIMUM, 10) + 9, 2)


def _zipf_of(frequencies: list[float]) -> float:
    """wordfreq's zipf_frequency of a text whose tokens have these frequencies, with its
    arithmetic step by step: 1/f = 1/f1 + 1/f2 + ..., rounded to three significant digits, then
    to two decimals on the Zipf scale."""
    one_over = 0.0
    for frequency in frequencies:
        one_over += 1.0 / frequency
    frequency = max(1.0 / one_over, MINIMUM)
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(frequency, 10) + 9, 2)


#: How often a number starts with each digit (Benford's law), as wordfreq.numbers estimates a
#: run of digits: its list holds numbers with their digits as zeros (h20 as h00).
FIRST_DIGIT = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]


def _digits_weight(token: str) -> float:
    """wordfreq's digit_freq: the share of its zeros that the token's runs of digits are, a
    run of four digits being a year as likely as not (with its constants, in its order)."""
    weight = 1.0
    for run in _MULTI_DIGIT.findall(token):
        benford = FIRST_DIGIT[int(run[0])] / 10 ** (len(run) - 1)
        if len(run) == 4:
            year = int(run)
            if year <= 2019:
                year_log = -1.9185 - 0.0083 * (2019 - year)
            elif year <= 2019 + 20:
                year_log = -1.9185
            else:
                year_log = -1.9185 - 0.2 * (year - (2019 + 20))
            weight *= 10.0**year_log + 0.1 * benford
        else:
            weight *= benford
    return weight


def plain_zipf(text: str, language: str) -> float | None:
    """wordfreq's zipf_frequency(text, language, "small") where it can be had from the list
    directly, or None where wordfreq has to tokenise or match the language itself. A tag is
    read by its language's list (it-IT by it's, as ``list_code`` finds it)."""
    code = list_code(language)
    if code is None or code in OWN_TOKENISER:
        return None
    language = code
    tokens = _tokens(text, language)
    if tokens is None:
        return None
    table = band_table(language)
    frequencies = []
    for token in tokens:
        smashed = _MULTI_DIGIT.sub(lambda run: "0" * len(run.group()), token)
        if smashed not in table:
            return ABSENT  # wordfreq gives its minimum as soon as one token is missing
        frequency = 10 ** (-table[smashed] / 100)
        if smashed != token:
            frequency *= _digits_weight(token)
        frequencies.append(frequency)
    return _zipf_of(frequencies) if frequencies else ABSENT


_MULTI_DIGIT = re.compile("[0-9]{2,}")
#: The letters wordfreq's tokeniser splits an elided article or particle off at (l'arc, qu'un).
_ELISION = re.compile("([^\\W_][^\\W_]?)'(?=[AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ])")


def _tokens(text: str, language: str) -> list[str] | None:
    """The tokens wordfreq's regex tokeniser makes of the text, or None where it is not plain:
    pieces between spaces and hyphens, each of letters in alphabets and ASCII digits, with an
    apostrophe only between two letters (kept, as in nvidia'nın or aujourd'hui, but split after
    an elided l' or un' before a vowel, as wordfreq does; ’ becomes ')."""
    if TATWEEL in text or not unicodedata.is_normalized("NFKC", text):
        return None
    tokens: list[str] = []
    for part in _folded(text, language).split():
        for piece in part.split("-"):
            found = _piece_tokens(piece.strip("'’"), language)
            if found is None:
                return None
            tokens.extend(found)
    return tokens


def _piece_tokens(piece: str, language: str) -> list[str] | None:
    if not piece:
        return []
    for position, char in enumerate(piece):
        if char in "'’":
            if not (piece[position - 1].isalpha() and position + 1 < len(piece) and piece[position + 1].isalpha()):
                return None
        elif "0" <= char <= "9":
            continue
        elif not char.isalpha():
            return None
        else:
            script = unicodedata.name(char, "").split(" ", 1)[0]
            if script not in ALPHABETS or (script == "CYRILLIC" and language in TRANSLITERATED):
                return None
    elided = _ELISION.match(piece)
    if elided:
        rest = _piece_tokens(piece[elided.end():], language)
        return None if rest is None else [elided.group(1), *rest]
    return [piece.replace("’", "'")]


def _folded(word: str, language: str) -> str:
    """The word as wordfreq's preprocess_text leaves it: case-folded, with its i and its
    s and t with a mark below written as the language's list writes them."""
    if language in DOTLESS_I:
        word = word.replace("İ", "i").replace("I", "ı")
    word = word.casefold()
    if language in DOTLESS_I:
        word = word.replace("ș", "ş").replace("ț", "ţ")
    elif language in COMMAS_UNDER:
        word = word.replace("ş", "ș").replace("ţ", "ț")
    return word
