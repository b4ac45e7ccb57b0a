"""Name check on DEMETR sentence pairs: recall of a replaced or removed named entity, false alarms
on clean pairs, per source language.

    python benchmarks/entities_demetr.py [--show N] [--respelt]

Each pair becomes a two-version document, the source sentence (de, it, fr, es, pl, cs, ru, ja, zh
or hi) and an English sentence, checked by the same pipeline the suite runs (default encoder,
no cache). With two versions there is no majority: a name one side has and the other lacks is
a finding.
- Positive: `src_sent` against `pert_sent` where `pert_check` is true, for named entity replaced
  (id9) and removed (id25). A hit is any name finding in either version.
- Clean: `src_sent` against `mt_sent` in every file used, and against `eng_sent` in the clean
  reference file (id35). Any name finding is a false alarm.
The digit-only baseline of the data's README finds 0.08 of the entity changes.
Names written only in Han characters are found with the cjk extra (consistency/cjk.py); the
script says whether it is installed, since the Chinese and Japanese figures depend on it.

With --respelt, the calibration of compare_names.RESPELT instead, on clean pairs only: for the
sources in a script without capitals that the encoder knows, how close (best cosine over the
source's stretches) the English translation's word names are to the source, which writes them
all, respelt (特朗普 for Trump). The threshold must leave few of them below it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import time
from collections import Counter, defaultdict
from pathlib import Path

from consistency.config import Config
from consistency.fixtures import Document, Version
from consistency.pipeline import analyse_document

LANGUAGE_TAGS = {
    "german": "de",
    "italian": "it",
    "french": "fr",
    "spanish": "es",
    "polish": "pl",
    "czech": "cs",
    "russian": "ru",
    "japanese": "ja",
    "chinese_simple": "zh",
    "hindi": "hi",
}
POSITIVE_FILES = ("critical_id9_ne_replaced.json", "critical_id25_ne_removed.json")
CLEAN_FILE = "base_id35_reference.json"


def data_folder() -> Path:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "demetr"
    return Path(os.environ.get("DEMETR_DIR", default))


def pair(name: str, lang: str, source: str, english: str) -> Document:
    versions = (
        Version(name, lang, Path(f"demetr/{name}/{lang}.txt"), source.strip() + "\n"),
        Version(name, "en", Path(f"demetr/{name}/en.txt"), english.strip() + "\n"),
    )
    return Document(name, Path(f"demetr/{name}"), versions)


def name_findings(document: Document, config: Config) -> list:
    _, _, findings = analyse_document(document, config)
    return [f for f in findings if f.check == "names"]


def respelt_calibration(config: Config) -> None:
    """Best cosine between each kept English word name and the stretches of its clean source."""
    import numpy as np

    from consistency.compare_names import RESPELT, sounds_alike, stretches
    from consistency.names import cased_script, name_key, tokens, version_names
    from consistency.pipeline import TermMeaning

    meaning = TermMeaning(config)
    scores: dict[str, list[float]] = defaultdict(list)
    pairs: dict[str, list[float]] = defaultdict(list)
    items = json.loads((data_folder() / CLEAN_FILE).read_text(encoding="utf-8"))
    for item in items:
        lang = LANGUAGE_TAGS[item["lang_tag"]]
        source = item["src_sent"]
        if cased_script(source) or not meaning.knows(lang):
            continue
        candidates = stretches(tokens(source))
        written = name_key(source)
        for english in (item["mt_sent"], item["eng_sent"]):
            names = [n for s in version_names([english], "en") for n in s.names]
            found = [
                meaning.best(n.text, candidates)
                for n in names
                if not (n.code or n.acronym) and n.key not in written and not sounds_alike(n, candidates)
            ]
            scores[lang].extend(found)
            pairs[lang].append(min(found, default=1.0))
    print(f"{'language':9} {'names':>6} " + " ".join(f"p{q:<5}" for q in (1, 2, 5, 10, 25, 50)) + "  pairs with a name below")
    for lang, found in scores.items():
        cuts = " ".join(f"{np.percentile(found, q):6.3f}" for q in (1, 2, 5, 10, 25, 50))
        below = " ".join(f"{t:.2f}:{np.mean(np.array(pairs[lang]) < t):.3f}" for t in (0.3, 0.35, 0.4, 0.45, 0.5))
        print(f"{lang:9} {len(found):6d} {cuts}  {below}")
    print(f"RESPELT = {RESPELT}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and N false alarms, each with both texts")
    parser.add_argument("--respelt", action="store_true", help="calibrate compare_names.RESPELT on clean pairs")
    args = parser.parse_args()
    config = dataclasses.replace(Config(), cache="")
    if args.respelt:
        respelt_calibration(config)
        return 0
    started = time.perf_counter()
    hits: dict[str, Counter] = defaultdict(Counter)
    alarms: dict[str, Counter] = defaultdict(Counter)
    misses, false = [], []
    clean_seen: set[tuple[int, str]] = set()
    for filename in POSITIVE_FILES + (CLEAN_FILE,):
        items = json.loads((data_folder() / filename).read_text(encoding="utf-8"))
        short = filename.split("_")[1]
        for item in items:
            lang = LANGUAGE_TAGS[item["lang_tag"]]
            if filename in POSITIVE_FILES and item["pert_check"]:
                found = name_findings(pair(f"{short}-{item['id']}", lang, item["src_sent"], item["pert_sent"]), config)
                hits[lang][short] += bool(found)
                hits[lang][short + "-n"] += 1
                if not found:
                    misses.append(f"{short} {lang}: {item['src_sent'][:200]}\n         en: {item['pert_sent'][:200]}")
            clean_texts = [item["mt_sent"]] + ([item["eng_sent"]] if filename == CLEAN_FILE else [])
            for english in clean_texts:
                if (item["id"], english) in clean_seen:
                    continue  # the same mt_sent recurs across files
                clean_seen.add((item["id"], english))
                found = name_findings(pair(f"clean-{item['id']}", lang, item["src_sent"], english), config)
                alarms[lang]["pairs"] += 1
                alarms[lang]["alarms"] += bool(found)
                if found:
                    messages = " | ".join(f.message[:120] for f in found)
                    false.append(f"{lang}: {messages}\n         {lang}: {item['src_sent'][:200]}\n         en: {english[:200]}")
    print(f"cjk extra (Chinese and Japanese proper nouns): {'installed' if _cjk_installed() else 'not installed'}")
    print(f"{'language':9} {'replaced':>9} {'removed':>9} {'both':>7} {'clean':>6} {'false alarms':>13}")
    total = Counter()
    for lang in LANGUAGE_TAGS.values():
        h, a = hits[lang], alarms[lang]
        for key in ("id9", "id9-n", "id25", "id25-n"):
            total[key] += h[key]
        total["pairs"] += a["pairs"]
        total["alarms"] += a["alarms"]
        print(_row(lang, h, a))
    print(_row("all", total, total))
    for line in misses[: args.show]:
        print("  MISS", line)
    for line in false[: args.show]:
        print("  FA  ", line)
    print(f"time {time.perf_counter() - started:.0f}s")
    return 0


def _cjk_installed() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) for m in ("jieba", "MeCab", "ipadic", "pykakasi"))


def _row(label: str, h: Counter, a: Counter) -> str:
    replaced = h["id9"] / max(1, h["id9-n"])
    removed = h["id25"] / max(1, h["id25-n"])
    both = (h["id9"] + h["id25"]) / max(1, h["id9-n"] + h["id25-n"])
    rate = a["alarms"] / max(1, a["pairs"])
    return f"{label:9} {replaced:9.3f} {removed:9.3f} {both:7.3f} {a['pairs']:6d} {rate:13.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
