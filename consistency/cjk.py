"""Proper nouns in Chinese and Japanese text, from the tokenisers of wordfreq's ``cjk`` extra.

Han script has no capitals and no spaces, so nothing in a name's shape tells it from a word:
特朗普 (Trump) or 諏訪 (Suwa) is found only by a tokeniser whose dictionary knows names.
wordfreq measures Chinese and Japanese words with two such tokenisers, and both tag each word
with its part of speech:
- jieba, for Chinese: person (nr, nrt), place (ns), organisation (nt) and other proper nouns (nz);
- MeCab with the IPAdic dictionary, for Japanese: 名詞,固有名詞 (proper noun), with the word's
  reading in Katakana, which pykakasi romanises (Hepburn: 諏訪, スワ, suwa; 長州, チョウシュウ,
  choushuu for Choshu). Another version writes a Japanese name in Latin letters by its sound,
  so the reading is what it is compared to, not the characters.

They come with ``pip install 'consistency[cjk]'``. Without them nothing is found here, and a
name written only in Han characters goes unchecked, as it did before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from consistency.langid import base_language

#: jieba's tags for proper nouns: person, transliterated person, place, organisation, other.
JIEBA_NAMES = frozenset({"nr", "nrt", "ns", "nt", "nz"})
#: jieba's tags for a lone character it could not place in a word (g: morpheme, n, ng): in a
#: name it did not know whole it is a piece of it (格雷琴 as 格雷 + 琴, 廷巴克图 as 廷 + 巴克图).
JIEBA_PIECES = frozenset({"g", "n", "ng"})
#: Middle dots: Chinese and Japanese write them between the parts of a foreign name (格雷琴·惠特默).
NAME_DOTS = "·•‧・"


@dataclass(frozen=True)
class ProperNoun:
    start: int
    end: int
    #: How another script writes it by sound: the romanised reading for Japanese, else the text.
    reading: str


@dataclass(frozen=True)
class _Word:
    text: str
    tag: str
    start: int
    end: int
    reading: str


def proper_nouns(text: str, language: str) -> list[ProperNoun]:
    """The proper nouns of a Chinese or Japanese text; none in other languages, or without the extra."""
    base = base_language(language)
    try:
        if base == "zh":
            return _chinese(text)
        if base == "ja":
            return _japanese(text)
    except (ImportError, RuntimeError):
        return []  # the extra is not installed, or MeCab finds no dictionary
    return []


def _chinese(text: str) -> list[ProperNoun]:
    """jieba's proper nouns, each joined to the proper nouns, lone characters and middle dots
    it stands against: jieba cuts a transliterated name it does not know into pieces
    (格里沃里 as 格里 + 沃里), which alone mean nothing to any reader."""
    words = _placed([(pair.word, pair.flag, pair.word) for pair in _jieba().cut(text)], text)
    found, index = [], 0
    while index < len(words):
        word = words[index]
        if word.tag not in JIEBA_NAMES or not _has_letters(word.text):
            index += 1
            continue
        first = index - 1 if index > 0 and _piece(words[index - 1]) and words[index - 1].end == word.start else index
        last = index
        while last + 1 < len(words) and words[last + 1].start == words[last].end and _joins(words[last], words[last + 1]):
            last += 1
        found.append(_noun(text, words[first:last + 1]))
        index = last + 1
    return [noun for noun in found if noun.end - noun.start >= 2]


def _joins(before: _Word, word: _Word) -> bool:
    if word.tag in JIEBA_NAMES or word.text in NAME_DOTS or _piece(word):
        return True  # pieces of one name (格里 + 沃里), or a name in a name (阿荣旗公安局)
    return before.text in NAME_DOTS and _has_letters(word.text)


def _piece(word: _Word) -> bool:
    return len(word.text) == 1 and word.tag in JIEBA_PIECES


def _japanese(text: str) -> list[ProperNoun]:
    """MeCab's proper nouns, one per word: a family name and a given name are two (清水 周一),
    since English may write them in either order (Shuichi Shimizu)."""
    tagger, romanise = _mecab(), _romaniser()
    rows = []
    node = tagger.parseToNode(text)
    while node is not None:
        if node.surface:
            fields = node.feature.split(",")
            tag = ",".join(fields[:2])
            reading = fields[7] if len(fields) > 7 and fields[7] != "*" else node.surface
            rows.append((node.surface, tag, reading))
        node = node.next
    return [
        _noun(text, [word], "".join(part["hepburn"] for part in romanise.convert(word.reading)))
        for word in _placed(rows, text)
        if word.tag == "名詞,固有名詞" and _has_letters(word.text)
    ]


def _placed(rows: list[tuple[str, str, str]], text: str) -> list[_Word]:
    """The tokeniser's words with their offsets in the text (MeCab skips spaces)."""
    words, at = [], 0
    for surface, tag, reading in rows:
        start = text.find(surface, at)
        if start < 0:
            continue  # a form the tokeniser normalised: not a span of the text
        at = start + len(surface)
        words.append(_Word(surface, tag, start, at, reading))
    return words


def _noun(text: str, words: list[_Word], reading: str | None = None) -> ProperNoun:
    start, end = words[0].start, words[-1].end
    while end > start and text[end - 1] in NAME_DOTS:
        end -= 1
    return ProperNoun(start, end, reading if reading is not None else text[start:end])


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # not its "Building prefix dict" lines on every first use
    return jieba.posseg


@lru_cache(maxsize=1)
def _mecab():
    import ipadic
    import MeCab

    return MeCab.Tagger(ipadic.MECAB_ARGS)


@lru_cache(maxsize=1)
def _romaniser():
    import pykakasi

    return pykakasi.kakasi()
