"""Figure check on DEMETR sentence pairs: recall of a changed number, false alarms on clean
pairs, per source language.

    python benchmarks/figures_demetr.py [--show N]

Each pair becomes a two-version document, the source sentence (de, it, fr, es, pl, cs, ru, ja, zh
or hi) and an English sentence, checked by the same pipeline the suite runs (default encoder,
no cache), as in entities_demetr.py. With two versions there is no majority: a figure one side
has and the other lacks is a finding.
- Clean: `src_sent` against `eng_sent` (a human translation) and against `mt_sent` (a machine
  translation) of the reference file (id35). Any figure finding is a false alarm.
- Changed: `src_sent` against `pert_sent` where DEMETR changed a number of `mt_sent` (id10,
  `pert_check` true). A hit is a figure finding that the same source against the unchanged
  `mt_sent` does not give, so a false alarm the pair had already is no hit.
Most of these languages (Polish, Czech, Russian, Hindi, Japanese, Chinese) are in no other
figure benchmark: NTREX's are de, fr, es, it, nl, tr and th.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections import Counter, defaultdict

from entities_demetr import LANGUAGE_TAGS, data_folder, pair, print_examples

from consistency.config import Config
from consistency.pipeline import analyse_document

CHANGED_FILE = "critical_id10_numbers_replaced.json"
CLEAN_FILE = "base_id35_reference.json"


def figure_findings(name: str, lang: str, source: str, english: str, config: Config) -> list:
    _, _, findings = analyse_document(pair(name, lang, source, english), config)
    return [f for f in findings if f.check == "figures"]


def signature(finding) -> tuple:
    """What a finding says, without where: the version, the kind and the values."""
    values = tuple(v.key for v in (finding.expected, finding.found) if v is not None)
    return finding.version, finding.kind, values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and N false alarms, each with both texts")
    args = parser.parse_args()
    config = dataclasses.replace(Config(), cache="")
    started = time.perf_counter()
    counts: dict[str, Counter] = defaultdict(Counter)
    misses, false = [], []

    for item in json.loads((data_folder() / CLEAN_FILE).read_text(encoding="utf-8")):
        lang = LANGUAGE_TAGS[item["lang_tag"]]
        for label, english in (("human", item["eng_sent"]), ("machine", item["mt_sent"])):
            found = figure_findings(f"clean-{item['id']}", lang, item["src_sent"], english, config)
            counts[lang][label] += 1
            counts[lang][label + "-alarms"] += bool(found)
            if found:
                messages = " | ".join(f.message[:120] for f in found)
                false.append(f"{lang} ({label}): {messages}\n         {lang}: {item['src_sent'][:220]}\n         en: {english[:220]}")

    for item in json.loads((data_folder() / CHANGED_FILE).read_text(encoding="utf-8")):
        if not item["pert_check"]:
            continue
        lang = LANGUAGE_TAGS[item["lang_tag"]]
        before = {signature(f) for f in figure_findings(f"mt-{item['id']}", lang, item["src_sent"], item["mt_sent"], config)}
        after = figure_findings(f"id10-{item['id']}", lang, item["src_sent"], item["pert_sent"], config)
        hit = any(signature(f) not in before for f in after)
        counts[lang]["changed"] += 1
        counts[lang]["hits"] += hit
        if not hit:
            misses.append(f"{lang}: {item['src_sent'][:220]}\n         mt: {item['mt_sent'][:220]}\n         en: {item['pert_sent'][:220]}")

    print(f"{'language':9} {'changed':>8} {'recall':>7} {'human':>6} {'false':>6} {'machine':>8} {'false':>6}")
    total = Counter()
    for lang in LANGUAGE_TAGS.values():
        total.update(counts[lang])
        print(_row(lang, counts[lang]))
    print(_row("all", total))
    print_examples(misses, false, args.show, started)
    return 0


def _row(label: str, c: Counter) -> str:
    recall = c["hits"] / max(1, c["changed"])
    human = c["human-alarms"] / max(1, c["human"])
    machine = c["machine-alarms"] / max(1, c["machine"])
    return f"{label:9} {c['changed']:8d} {recall:7.3f} {c['human']:6d} {human:6.3f} {c['machine']:8d} {machine:6.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
