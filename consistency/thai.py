"""Thai words and sentences with PyThaiNLP (newmm words, crfcut sentences), without its half-second start-up.

Thai writes no spaces between words: PyThaiNLP's default tokenizer (newmm) finds them with its
dictionary, and its sentence model (crfcut) tags those words. newmm asks
that dictionary only for the words that start at a position (``Trie.prefixes``), but PyThaiNLP
builds a node for every letter of its 62,000 words before the first question: about 0.5 s, as
long as checking the five sample versions. ``SortedWords`` answers the same question from the
sorted word list, remembering the prefixes it has seen, so the cost grows with the text checked.

The answers are the same words and sentences as ``word_tokenize(text)`` and
``sent_tokenize(text, engine="crfcut")``; the tests hold them against each other. If PyThaiNLP's crfcut no longer has the parts used here, the public
function is used instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pythainlp.util.trie import Trie

_PAST_ANY = "\U0010ffff"


class SortedWords(Trie):
    """PyThaiNLP's dictionary trie, answered from the sorted word list instead of built nodes."""

    def __init__(self, words: Iterable[str]) -> None:  # the Trie's eager build is what we avoid
        ordered = sorted(w.strip() for w in words)  # quick where the words come almost in order
        self._words = [w for i, w in enumerate(ordered) if w and (i == 0 or w != ordered[i - 1])]
        self._seen: dict[str, tuple[int, int, bool]] = {}

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that start at ``start`` in ``text``, shortest first, as ``Trie.prefixes``."""
        found, vocabulary, seen = [], self._words, self._seen
        low, high = 0, len(vocabulary)
        for end in range(start + 1, len(text) + 1):
            prefix = text[start:end]
            known = seen.get(prefix)
            if known is None:
                first = bisect_left(vocabulary, prefix, low, high)
                last = bisect_left(vocabulary, prefix + _PAST_ANY, first, high)
                known = seen[prefix] = (first, last, first < last and vocabulary[first] == prefix)
            low, high, is_word = known
            if low >= high:
                break  # no word goes on with this prefix
            if is_word:
                found.append(prefix)
        return found

    def __contains__(self, key: str) -> bool:
        at = bisect_left(self._words, key)
        return at < len(self._words) and self._words[at] == key

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@lru_cache(maxsize=1)
def default_words() -> SortedWords:
    """PyThaiNLP's dictionary (``thai_words``), read in its file's own order, which is almost
    sorted: sorting the frozenset ``thai_words`` returns took 0.05 s, this takes 0.01 s."""
    from pythainlp.corpus import get_corpus_as_is, thai_words

    try:
        return SortedWords(get_corpus_as_is("words_th.txt"))  # the file thai_words reads
    except (OSError, ValueError):
        return SortedWords(thai_words())


def words(text: str) -> list[str]:
    """``word_tokenize(text)`` (newmm, whitespace kept), against ``default_words``."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, custom_dict=default_words(), engine="newmm", keep_whitespace=True)


def sentences(text: str) -> list[str]:
    """``sent_tokenize(text, engine="crfcut")``, tokenising words against ``default_words``."""
    from pythainlp.tokenize import crfcut, sent_tokenize

    extract, tagger = getattr(crfcut, "_extract_features", None), getattr(crfcut, "_tagger", None)
    if extract is None or tagger is None:
        return sent_tokenize(text, engine="crfcut")
    tokens = words(text)
    if not tokens:
        return []
    labels = tagger.tag(extract(tokens))
    # What crfcut.segment does with the labels (PyThaiNLP 5, Apache-2.0): the last word ends a
    # sentence, so does a word ending in . ! or ?, and a space never opens one.
    labels[-1] = "E"
    for index, word in enumerate(tokens):
        if word.strip().endswith(("!", ".", "?")):
            labels[index] = "E"
        elif (index == 0 or labels[index - 1] == "E") and word.strip() == "":
            labels[index] = "I"
    found, current = [], ""
    for word, label in zip(tokens, labels):
        current += word
        if label == "E" and current != "":
            found.append(current)
            current = ""
    return found
