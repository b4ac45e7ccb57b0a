"""Calibrate and check the language screen (consistency.langid.screen) against langdetect.

    python benchmarks/langid_screen.py

Paragraphs: the NTREX sentences in 8 languages and the DEMETR source sentences in 10 (zh, ja,
hi, ru, pl, cs among them), each declared in its own language, and the same texts declared as a
wrong language (the untranslated-paragraph case). Only paragraphs the pipeline would judge (at
least 80 letters) count.

For each, langdetect's detection (3 trials, as the pipeline runs it) and the screen's margin:
how far the declared language leads every other in the naive Bayes sum over langdetect's own
profiles. The screen may only answer where langdetect has no doubt, so the script prints the
largest margin among paragraphs langdetect doubts (top language not the declared one, or the
declared one below 0.5), how many paragraphs the screen settles at SCREEN_MARGIN, whether any of
them langdetect would have doubted, and the time per paragraph of each.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from consistency import langid  # noqa: E402
from consistency.config import Config  # noqa: E402

DEMETR_LANGUAGES = {
    "chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
    "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it",
}


def paragraphs() -> list[tuple[str, str]]:
    """(text, its language) from NTREX (the first 400 lines of each language) and DEMETR."""
    from ntrex import load_sentences

    _, texts = load_sentences()
    found = [(line, langid.base_language(tag)) for tag, lines in texts.items() for line in lines[:400]]
    demetr = json.loads((ROOT.parent / "shared" / "benchmarks" / "demetr" / "base_id35_reference.json").read_text(encoding="utf-8"))
    found += [(entry["src_sent"], DEMETR_LANGUAGES[entry["lang_tag"]]) for entry in demetr]
    minimum = Config().langid_min_letters
    return [(text, lang) for text, lang in found if langid.letters(text) >= minimum]


def margin(text: str, declared: str) -> float | None:
    import numpy as np

    profiles = langid._profiles()
    rows = langid.gram_rows(text)
    if not len(rows):
        return None
    scores = profiles.scores(rows)
    mine = np.array([lang == declared for lang in profiles.languages])
    return float(scores[mine].max() - scores[~mine].max())


def main() -> int:
    trials = Config().langid_trials
    own = paragraphs()
    wrong_for = {"de": "nl", "nl": "de", "it": "es", "es": "it", "fr": "it", "tr": "de", "th": "en", "en": "de",
                 "zh": "ja", "ja": "zh", "hi": "en", "ru": "pl", "pl": "cs", "cs": "pl"}
    cases = [(text, lang, True) for text, lang in own] + [(text, wrong_for[lang], False) for text, lang in own]
    doubted_margins, screened, doubted_screened, own_screened = [], 0, 0, 0
    started = time.perf_counter()
    detections = [langid.detect(text, declared, trials=trials) for text, declared, _ in cases]
    detect_seconds = time.perf_counter() - started
    started = time.perf_counter()
    margins = [margin(text, declared) for text, declared, _ in cases]
    screen_seconds = time.perf_counter() - started
    for (text, declared, is_own), detection, value in zip(cases, detections, margins):
        doubted = detection is None or detection.language != declared or detection.declared_probability < 0.5
        if value is None:
            continue
        if doubted:
            doubted_margins.append(value)
        if value >= langid.SCREEN_MARGIN:
            screened += 1
            own_screened += is_own
            doubted_screened += doubted
    print(f"paragraphs: {len(own)} in their own language, {len(own)} declared as another")
    print(f"langdetect doubts {len(doubted_margins)}; the largest screen margin among them: {max(doubted_margins):.1f}")
    print(f"settled by the screen at margin {langid.SCREEN_MARGIN:g}: {screened} "
          f"({100 * own_screened / len(own):.1f}% of those in their own language); "
          f"of them langdetect doubts {doubted_screened}")
    print(f"time per paragraph: langdetect {1000 * detect_seconds / len(cases):.2f} ms, "
          f"screen {1000 * screen_seconds / len(cases):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
