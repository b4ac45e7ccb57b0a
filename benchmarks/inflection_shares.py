"""The ending shares behind consistency/inflection.py, per language.

    python benchmarks/inflection_shares.py

For each language with a wordfreq list: the largest share for a dropped last letter (Paris →
Pari), which must stay under the threshold so that a truncated name stays drift, and the shares
of a few case-ending swaps (-a → -y, -a → -e, + -em, + -a). Then the letters each language writes
on its words (``inflection.prefix_share``): the three letters with the largest share, which
must reach PREFIXED in Hebrew and Arabic and stay under it elsewhere.
"""

from __future__ import annotations

from consistency.inflection import DECLINES, PREFIXED, _vocabulary, ending_share, prefix_share

LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "tr", "fi", "pl", "cs", "ru", "el", "ar", "fa", "hi", "bn"]
PREFIX_LANGUAGES = [*LANGUAGES, "he", "ur"]
SWAPS = [("a", "y"), ("a", "e"), ("", "em"), ("", "a")]
CYRILLIC = {"a": "а", "y": "ы", "e": "е", "em": "ем"}


def main() -> int:
    print(f"threshold {DECLINES}")
    print(f"{'lang':5} {'dropped letter (max)':>21} " + " ".join(f"{a or '∅'}→{b:<4}" for a, b in SWAPS))
    worst = 0.0
    for lang in LANGUAGES:
        letters = sorted({word[-1] for word in _vocabulary(lang) or ()})  # every last letter (or vowel mark) the language has
        dropped = max((ending_share(lang, letter, ""), letter) for letter in letters)
        worst = max(worst, dropped[0])
        swaps = [ending_share(lang, *(("".join(CYRILLIC.get(e, e) for e in [a]), CYRILLIC.get(b, b)) if lang == "ru" else (a, b))) for a, b in SWAPS]
        print(f"{lang:5} {dropped[0]:15.2f} (-{dropped[1]}) " + " ".join(f"{s:6.2f}" for s in swaps))
    print(f"largest share for a dropped letter: {worst:.2f} (must stay under {DECLINES})")
    print()
    print(f"letters written on words: the three largest shares per language (threshold {PREFIXED})")
    for lang in PREFIX_LANGUAGES:
        letters = sorted({word[0] for word in _vocabulary(lang) or () if word[:1].isalpha()})
        shares = sorted(((prefix_share(lang, letter), letter) for letter in letters), reverse=True)[:3]
        print(f"{lang:5} " + "  ".join(f"{letter} {share:.3f}" for share, letter in shares))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
