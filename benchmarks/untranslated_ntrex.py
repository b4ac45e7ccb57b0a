"""Sentences left untranslated (copied from another version) on NTREX-128: false alarms on the
clean documents, and recall of one sentence copied into one version.

    python benchmarks/untranslated_ntrex.py

1. Clean: the 9 professional versions of each document; every copied sentence found is a
   false alarm (per 100 sentences).
2. Copied: in each version but the English ones, one line (chosen at random among those the
   check can judge: with enough letters of lower-case words) is replaced by the US English
   line; a hit is that version holding a copied sentence from an English version. Thai is
   included: its segmenter cuts an English line otherwise than the English one does.

No encoder is needed: the check compares the texts and weighs the two languages with
langdetect's profiles (consistency.compare.copied_sentences).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import documents  # noqa: E402

from consistency.compare import VersionView, _copy_key, copied_sentences  # noqa: E402
from consistency.config import Config  # noqa: E402
from consistency.langid import letters  # noqa: E402
from consistency.segment import segment  # noqa: E402

SOURCE = "en-US"


def view(language: str, text: str) -> VersionView:
    return VersionView(language, text, segment(text, (), language), ())


def main() -> int:
    rng = random.Random(1)
    docs = documents()
    sentences = false_alarms = 0
    hits, trials = Counter(), Counter()
    short = short_hits = 0
    too_short = Config().langid_min_letters
    for document in docs:
        views = [view(v.language, v.text) for v in document.versions]
        sentences += sum(len(v.sentences) for v in views)
        for language, held in copied_sentences(views).items():
            false_alarms += len(held)
            for sentence, source in held:
                print(f"  false alarm: {document.name} {language} (from {source}): {sentence.text[:100]!r}")
        lines = {v.language: v.text.splitlines() for v in document.versions}
        source = lines[SOURCE]
        for target in lines:
            if target.startswith("en"):
                continue
            judged = [i for i in range(min(len(source), len(lines[target]))) if _copy_key(source[i])]
            if not judged:
                continue
            line = rng.choice(judged)
            copied = list(lines[target])
            copied[line] = source[line]
            views = [view(v.language, "\n".join(copied) if v.language == target else v.text) for v in document.versions]
            trials[target] += 1
            found = copied_sentences(views).get(target, [])
            hit = any(held_from.startswith("en") for _, held_from in found)
            hits[target] += hit
            if letters(source[line]) < too_short:
                short, short_hits = short + 1, short_hits + hit
    print(f"clean: {false_alarms} copied sentences found in {sentences} sentences "
          f"({100 * false_alarms / sentences:.2f} per 100), {len(docs)} documents")
    total = sum(trials.values())
    print(f"one English line copied into one version: recall {sum(hits.values()) / total:.3f} ({sum(hits.values())}/{total})")
    print("  " + ", ".join(f"{lang} {hits[lang]}/{trials[lang]}" for lang in sorted(trials)))
    print(f"  of which too short for langdetect's paragraph check (< {too_short} letters): {short_hits}/{short}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
