"""Calibration of compare_names.ADAPTED on NTREX-128: how far a name's spelling in one language
leans to that language, against another, over the other's spelling (langid.leaning).

    python benchmarks/adapted_ntrex.py

1. Adapted: in each document, every pair of capitalised words from two versions in different
   languages, both written in Latin script, that are near misses of each other (rapidfuzz ratio
   NEAR_MISS or more), neither a frequent word of either language, and more than one letter
   dropped or added apart: professional translators' own spellings of one name (Netanjahu,
   Netanyahu; declined forms), with the odd different name among them. The share at or above
   each threshold is how many such spellings the rule lets pass.
2. Misspelt: the same words of the first language, each with one inner letter replaced by
   another letter from a to z (seeded; TYPOS of them per word), each against the word itself:
   the share at or above each threshold is how many typos of a name that both versions spell
   alike the rule would wrongly let pass.
3. Misspelt against the other spelling: those typos against the second language's own spelling
   of the name (where still a near miss of it), the case of a version misspelling a name that
   the other version adapts: the rule can tell nothing there, and lets typos pass about as
   often as right spellings (without it, right spellings are reported as often as typos).
"""

from __future__ import annotations

import random
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import documents
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from consistency.compare_names import NEAR_MISS
from consistency.inflection import uncommon, without_suffix
from consistency.langid import leaning
from consistency.names import name_key, tokens

THRESHOLDS = (2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 9.0)
#: Typos made of each word: one inner letter replaced, at random.
TYPOS = 20
LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz"


def capitalised(text: str) -> set[str]:
    return {
        without_suffix(t.text) for t in tokens(text)
        if t.latin and t.text[:1].isupper() and t.text.isalpha() and len(t.text) >= 4
    }


def latin(language: str, document) -> bool:
    """Whether the version is written in Latin script: most of its letters are."""
    letters = [c for c in document.version(language).text if c.isalpha()]
    return sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) > len(letters) / 2


def gain(found: str, name: str, language: str, writer: str) -> float | None:
    """How much more the found spelling leans to its language than the name does (compare_names._adapted)."""
    mine, theirs = leaning(found, language, writer), leaning(name, language, writer)
    return None if mine is None or theirs is None else mine - theirs


def misspelt(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    letter = rng.choice([c for c in LATIN_LOWER if c != word[at].casefold()])
    return word[:at] + letter + word[at + 1 :]


def main() -> int:
    rng = random.Random(7)
    adapted: list[float] = []
    typos: list[float] = []
    typos_against_other: list[float] = []
    examples: list[tuple[float, str, str, str, str]] = []
    for document in documents():
        words = {v.language: capitalised(v.text) for v in document.versions}
        for (first, mine), (second, theirs) in combinations(words.items(), 2):
            if first.split("-")[0] == second.split("-")[0] or not (latin(first, document) and latin(second, document)):
                continue  # one language, or a script without these words' letters (Latin names in Thai)
            for a in sorted(mine):
                for b in sorted(theirs):
                    if a == b or fuzz.ratio(name_key(a), name_key(b)) < NEAR_MISS:
                        continue
                    if Indel.distance(name_key(a), name_key(b)) <= 1 or b in mine or a in theirs:
                        continue
                    if not (uncommon(a, [first, second], 3.0) and uncommon(b, [first, second], 3.0)):
                        continue
                    value = gain(a, b, first, second)
                    if value is not None:
                        adapted.append(value)
                        examples.append((value, a, b, first, second))
                    for _ in range(TYPOS):
                        typo = misspelt(a, rng)
                        value = gain(typo, a, first, second)
                        if value is not None:
                            typos.append(value)
                        if fuzz.ratio(name_key(typo), name_key(b)) >= NEAR_MISS and Indel.distance(name_key(typo), name_key(b)) > 1:
                            value = gain(typo, b, first, second)
                            if value is not None:
                                typos_against_other.append(value)
    print(f"pairs: {len(adapted)} spellings of one name in two languages, {len(typos)} typos, "
          f"{len(typos_against_other)} of them near misses of the other spelling")
    print(f"{'threshold':>9} {'adapted pass':>12} {'typos pass':>10} {'against other':>13}")
    for threshold in THRESHOLDS:
        shares = [sum(v >= threshold for v in values) / max(1, len(values)) for values in (adapted, typos, typos_against_other)]
        print(f"{threshold:9.1f} {shares[0]:12.3f} {shares[1]:10.3f} {shares[2]:13.3f}")
    print("examples (gain, found, name, language, writer):")
    for value, a, b, first, second in sorted(examples)[:: max(1, len(examples) // 15)]:
        print(f"  {value:6.1f} {a} / {b} ({first} against {second})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
