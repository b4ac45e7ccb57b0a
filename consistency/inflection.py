"""Words of a language as wordfreq measures them: how common a word is (``zipf``), and which
names are one declined (Małgorzata and Małgorzaty, Simon and Simonem in Polish and Czech).

Which endings a language swaps is measured on its own vocabulary, wordfreq's list of frequent
words, never written down per language: among its frequent words ending in -y, how many have a
frequent sibling ending in -a instead? In Polish and Czech almost half do (kobiety, kobieta); in
English, German or French hardly any. A name written with such a swap is the same name, declined.
A dropped last letter (Paris → Pari) must stay drift: the share of frequent words that are
another frequent word less its final -s is at most 0.20 (French) in the languages measured (en,
de, fr, es, it, nl, pt, sv, tr, fi, pl, cs, ru, el, ar, fa, hi, bn: benchmarks/inflection_shares.py),
under the threshold. Where a dropped letter is the other side's ending (Miłosza → Miłosz: Polish
adds -a), it is not excused: it looks like truncation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from consistency import wordlists

#: Share of a language's frequent words with the form's ending that have the base's ending too.
DECLINES = 0.25
#: Endings of up to four letters (Stępiński → Stępińskiego is -i → -iego), after a stem of at least four.
MAX_ENDING = 4
MIN_STEM = 4
#: ... or of three, where the form keeps the whole base and adds an ending (Fed, Polish Fedu).
MIN_STEM_ADDED = 3
#: How many of the language's most frequent words the shares are measured on.
VOCABULARY = 30000
#: Fewest frequent words with an ending for its share to be measured at all.
EVIDENCE = 30
#: A suffix after an apostrophe: a possessive or a case ending (Chatgpt's, Nvidia'nın); not
#: Cyrillic letters after one, where Ukrainian and Belarusian write it inside words (Рейк'явіку,
#: п'ять), and no language of the script writes an ending so.
APOSTROPHE_SUFFIX = re.compile(r"['’](?![\u0400-\u052f])[^\W\d_]+$")


def without_suffix(text: str) -> str:
    """The text less a suffix after an apostrophe (Nvidia'nın, Chatgpt's, Bolivya'nın)."""
    if "'" not in text and "’" not in text:
        return text  # most words: no pattern to run
    return APOSTROPHE_SUFFIX.sub("", text)


def lettered(text: str) -> bool:
    """Whether the text is all letters and the marks written on them: Devanagari, Bengali or
    Tamil write most vowels as combining marks (हत्या, -ों), which str.isalpha does not count.
    Most words are all letters: str.isalpha settles those at once."""
    return text.isalpha() or bool(text) and all(c.isalpha() or unicodedata.category(c) in ("Mn", "Mc") for c in text)


@lru_cache(maxsize=65536)
def zipf(word: str, language: str) -> float | None:
    """How common ``word`` is in ``language`` (wordfreq's Zipf scale), or None for an unknown language.

    wordfreq's lists, built from Wikipedia, subtitles, news and web text in 40 languages, are the
    maintained data that tells a common word (Morning, League, Präsident) from a proper name.

    Its "small" lists hold the words at Zipf 3 and above, with the same values as the large ones
    (a few hundred words per language that only the large list puts just above 3 are missing).
    Every threshold here is at 3 or above, and a rarer word reads 0. They load in a tenth of the
    time (7 languages: 0.08 s against 0.7 s), which a short check would otherwise pay; the name
    figures on NTREX and DEMETR are the same with either.

    Words and phrases in alphabets are read from those lists directly (``wordlists``, with
    wordfreq's own rules and arithmetic), which spares a check the 0.1 s import of wordfreq.
    """
    base = wordlists.list_code(language)
    if base is None:
        return None
    listed = wordlists.plain_zipf(word, base)
    if listed is not None:
        return listed  # most words: read from the list, without importing wordfreq
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, base, wordlist="small")
    except (ImportError, LookupError):
        return None  # Chinese and Japanese need optional tokenisers (jieba, MeCab): no data then


def measured(language: str) -> bool:
    """Whether wordfreq has a list of the language's words, so that its endings can be measured."""
    return wordlists.list_code(language) is not None




@lru_cache(maxsize=None)
def _vocabulary(language: str) -> frozenset[str] | None:
    base = wordlists.list_code(language)
    if base is None:
        return None
    words = []
    for band in wordlists.bands(base):
        words += [word for word in band if word.isalpha() or lettered(word)]  # most words are isalpha: no call
        if len(words) >= VOCABULARY:
            break
    return frozenset(words[:VOCABULARY])


@lru_cache(maxsize=4096)
def ending_share(language: str, base_ending: str, form_ending: str) -> float:
    """Of the language's frequent words ending in ``form_ending`` (with a stem of four letters or
    more), the share whose stem with ``base_ending`` is a frequent word too; 0 without data, or
    with fewer than 30 such words."""
    words = _vocabulary(language)
    stems = _stems(language, form_ending)
    if not words or len(stems) < EVIDENCE:
        return 0.0  # too few words end so to tell (Italian -esco: 7, one of them francesco)
    return sum((stem + base_ending) in words for stem in stems) / len(stems)


def _paradigm_share(language: str, base_ending: str, form_ending: str) -> float:
    """``ending_share`` the other way round, for a swap of two endings: of the frequent words
    ending like the base, the share with a sibling ending like the form. A paradigm can be
    plain from the base's side only: Czech -ek nouns have -ka forms (Paroubek, Paroubka; 0.35),
    while -ka ends so many other words that only 0.21 of those have an -ek sibling. A letter
    dropped or added is never measured so: every word "has" the ending nothing."""
    if not (base_ending and form_ending):
        return 0.0
    return ending_share(language, form_ending, base_ending)


@lru_cache(maxsize=1024)
def _stems(language: str, form_ending: str) -> tuple[str, ...]:
    """The stems (four letters or more) of the language's frequent words that end in ``form_ending``."""
    cut = len(form_ending)
    return tuple(
        word[: len(word) - cut]
        for word in _ending_in(language, form_ending)
        if word.endswith(form_ending) and len(word) - cut >= MIN_STEM
    )


def _ending_in(language: str, ending: str) -> list[str]:
    """The language's frequent words that may end in ``ending``: the list of its last two
    letters, or every list whose key ends in it."""
    by_last = _by_last_letters(language)
    if len(ending) >= 2:
        return by_last.get(ending[-2:], [])
    return [word for key, words in by_last.items() if key.endswith(ending) for word in words]


@lru_cache(maxsize=None)
def _by_last_letters(language: str) -> dict[str, list[str]]:
    """The language's frequent words by their last two letters. A check asks for a few dozen
    endings a language: grouping the words takes a sixth of the time that sorting them spelt
    backwards did (0.003 s against 0.018 s for German)."""
    found: dict[str, list[str]] = {}
    for word in _vocabulary(language) or ():
        found.setdefault(word[-2:], []).append(word)
    return found


#: Share of a language's frequent words (three letters or more) that are frequent words too
#: with one letter before them, for that letter to be one the language writes on its words (a
#: conjunction or preposition of one letter). Measured (benchmarks/inflection_shares.py, every
#: letter of 20 languages): Hebrew ה 0.16, ב 0.077, ל 0.073, ו 0.055, מ 0.045, ש 0.046; Arabic
#: و 0.08, ب 0.046, ل 0.036; Persian ب 0.026 (its be-, to, is written on words too); at most 0.021
#: in every other letter and language (Persian ن, Urdu م 0.018, Italian s 0.015, English s 0.014).
PREFIXED = 0.025


@lru_cache(maxsize=1024)
def prefix_share(language: str, letter: str) -> float:
    """Of the language's frequent words of three letters or more, the share that are also
    frequent with ``letter`` written before them; 0 without data.

    Only the words that begin with the letter are read, each as the letter and a base word. A
    check asks this of a language or two letters at most (a word that may be a number word with
    letters before it), so they are found by one pass each rather than an index of every letter:
    half the time."""
    words = _vocabulary(language)
    base = _words_of_three(language)
    if not base:
        return 0.0
    return sum(word[1:] in words for word in words if word[0] == letter and len(word) >= 4) / base


@lru_cache(maxsize=None)
def _words_of_three(language: str) -> int:
    """How many of the language's frequent words have three letters or more (most have)."""
    words = _vocabulary(language) or ()
    return len(words) - sum(1 for word in words if len(word) < 3)


def prefixed(language: str, letters: str) -> bool:
    """Whether the language writes each of these letters on its words (Hebrew ו and ב in
    ובשלושה, and in three): ``prefix_share`` at PREFIXED or more."""
    return bool(letters) and all(prefix_share(language, letter) >= PREFIXED for letter in letters)


def endings(base: str, form: str) -> tuple[str, str] | None:
    """The differing endings of two spellings that share a stem, or None if they do not. The
    stem is MIN_STEM letters or more, or MIN_STEM_ADDED where the form keeps the whole base and
    adds an ending (Fed, Polish Fedu). A short name swapped for another close to it changes its
    last letters instead (Lee, Lea): with a stem of three for every swap, swap recall on NTREX
    fell from 0.919 to 0.887 (benchmarks/entities_ntrex.py)."""
    stem = 0
    for a, b in zip(base, form):
        if a != b:
            break
        stem += 1
    base_ending, form_ending = base[stem:], form[stem:]
    if stem < (MIN_STEM if base_ending else MIN_STEM_ADDED) or base == form:
        return None
    if len(base_ending) > MAX_ENDING or len(form_ending) > MAX_ENDING:
        return None
    joined = base_ending + form_ending
    if joined and not lettered(joined):
        return None
    return base_ending, form_ending


def declined_from(language: str, form: str, among=None, longest: int = MAX_ENDING) -> str | None:
    """The word of ``among`` (by default the language's frequent words) that ``form`` is with an
    ending of up to ``longest`` letters added, by a swap the language makes (imbiss for imbisses
    in German, italian for italians in English), or None."""
    words = _vocabulary(language) if among is None else among
    if not words:
        return None
    for cut in range(1, longest + 1):
        base = form[:-cut]
        if len(base) < MIN_STEM:
            break
        if base in words and declines(language, base, form):
            return base
    return None


#: Fewest letters of a frequent word that ends a compound, and of the part before it.
COMPOUND_TAIL = 5
COMPOUND_HEAD = 3


def compound(word: str, language: str) -> bool:
    """Whether the word (case-folded) is one of the language's frequent words of five letters or
    more, or that word with an ending of up to two letters, with three letters or more before
    it: a compound noun (Nationalversammlungs-mitglied, Abrüstungs-maßnahmen, Pattsituation),
    which German writes with a capital and as one word, so that wordfreq lacks it however
    ordinary it is. A word joined by a hyphen is not one: its first part is often a name
    (Vinson-Massiv)."""
    if not word.isalpha():
        return False
    words = _frequent_words(language)
    if not words:
        return False
    for cut in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1):
        tail = word[cut:]
        if tail in words or (len(tail) > COMPOUND_TAIL and (tail[:-1] in words or tail[:-2] in words)):
            return True
    return False


@lru_cache(maxsize=None)
def _frequent_words(language: str) -> dict[str, int] | None:
    """wordfreq's small list of the language (the words at Zipf 3 and above), as ``zipf`` has
    already loaded it; a lookup needs no copy of it (``_vocabulary`` takes 0.02 s a language)."""
    base = wordlists.list_code(language)
    if base is None or zipf("a", base) is None:
        return None  # no list, or one that needs an extra
    return wordlists.band_table(base)


def uncommon(word: str, languages: list[str], below: float) -> bool:
    """Whether the word is under ``below`` on the Zipf scale in every one of the languages that
    wordfreq has, and it has one of them at least (Thai, which it lacks, cannot tell)."""
    measured = [z for language in languages if (z := zipf(word.casefold(), language)) is not None]
    return bool(measured) and all(z < below for z in measured)


def words_near(language: str, word: str, least: float) -> list[str]:
    """The language's frequent words within ``least`` of the word (rapidfuzz ratio), all of them:
    a cut at the closest few would pick among ties by the set's order, which varies per process."""
    words = _vocabulary(language)
    if not words:
        return []
    return [found for found, _, _ in process.extract(word, words, scorer=fuzz.ratio, score_cutoff=least, limit=None)]


def declines(language: str, base: str, form: str) -> bool:
    """Whether ``language`` writes ``form`` for ``base`` by one of its usual ending swaps (both case-folded).

    The swap may start before the two spellings part: Stępiński → Stępińskiego is -i → -iego in
    Polish (as polski → polskiego), not "" → -ego; such a longer swap is measured from both
    sides too (Kolínsko → Kolínsku is -ko → -ku in Czech: -ku ends too many other words, but half
    the -ko words have a -ku sibling). A single letter dropped or added stays that and nothing
    else (Paris → Pari is not -is → -i), so a truncated name is not excused by the plurals of
    words that end in -i.
    """
    found = endings(base, form)
    if found is None:
        return False
    if ending_share(language, *found) >= DECLINES or _paradigm_share(language, *found) >= DECLINES:
        return True
    if "" in found and len("".join(found)) == 1:
        return False
    stem = len(base) - len(found[0])
    for start in range(stem - 1, MIN_STEM - 1, -1):
        swap = base[start:], form[start:]
        if max(map(len, swap)) > MAX_ENDING:
            break
        if ending_share(language, *swap) >= DECLINES or _paradigm_share(language, *swap) >= DECLINES:
            return True
    return False
