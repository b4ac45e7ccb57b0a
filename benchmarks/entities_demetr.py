"""Name check on DEMETR sentence pairs: recall of a replaced or removed named entity, false alarms
on clean pairs, per source language.

    python benchmarks/entities_demetr.py [--show N] [--respelt] [--translated-name]

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

With --translated-name, the calibration of compare_names.TRANSLATED_NAME: the cosine between a
name and another name of one kind put in its place (the entities DEMETR replaced, id9: mt_sent
against pert_sent), which must mostly fall below it, and between a country's CLDR name in each
source language the encoder knows and its English name (Deutschland/Germany), which must mostly
reach it.

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


def replaced_names(original: str, perturbed: str) -> list[tuple[str, str]]:
    """The spans DEMETR replaced in a sentence, where both sides have a capitalised word."""
    import difflib

    before, after = original.split(), perturbed.split()
    found = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        old = " ".join(before[i1:i2]).strip(".,;:!?\"'()“”’")
        new = " ".join(after[j1:j2]).strip(".,;:!?\"'()“”’")
        if old and new and old != new and any(w[:1].isupper() for w in old.split()) and any(w[:1].isupper() for w in new.split()):
            found.append((old, new))
    return found


def translated_name_calibration(config: Config) -> None:
    """Cosines of names replaced by others of one kind, and of countries translated, per threshold."""
    from consistency.cldr_names import country_names
    from consistency.compare_names import TRANSLATED_NAME
    from consistency.pipeline import TermMeaning

    meaning = TermMeaning(config)
    items = json.loads((data_folder() / POSITIVE_FILES[0]).read_text(encoding="utf-8"))
    others = [
        meaning.best(old, [new])
        for item in items
        if item["pert_check"]
        for old, new in replaced_names(item["mt_sent"], item["pert_sent"])
    ]
    translated = [
        meaning.best(own, [english])
        for lang in sorted(set(LANGUAGE_TAGS.values()))
        if meaning.knows(lang)
        for own, english in country_names(lang, "en")
    ]
    print(f"{len(others)} names replaced by another (DEMETR id9), {len(translated)} country names translated (CLDR)")
    print(f"{'threshold':>9} {'others at or above':>18} {'translations at or above':>24}")
    for threshold in (0.62, 0.66, 0.68, 0.70, 0.72, 0.74, 0.78):
        above = sum(v >= threshold for v in others) / max(1, len(others))
        kept = sum(v >= threshold for v in translated) / max(1, len(translated))
        print(f"{threshold:9.2f} {above:18.3f} {kept:24.3f}")
    print(f"TRANSLATED_NAME = {TRANSLATED_NAME}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and N false alarms, each with both texts")
    parser.add_argument("--respelt", action="store_true", help="calibrate compare_names.RESPELT on clean pairs")
    parser.add_argument("--translated-name", action="store_true", help="calibrate compare_names.TRANSLATED_NAME")
    args = parser.parse_args()
    config = dataclasses.replace(Config(), cache="")
    if args.translated_name:
        translated_name_calibration(config)
        return 0
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
    print_examples(misses, false, args.show, started)
    return 0


def print_examples(misses: list[str], false: list[str], show: int, started: float) -> None:
    """Up to ``show`` misses and false alarms, each with both texts, and the time taken."""
    for line in misses[:show]:
        print("  MISS", line)
    for line in false[:show]:
        print("  FA  ", line)
    print(f"time {time.perf_counter() - started:.0f}s")


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
