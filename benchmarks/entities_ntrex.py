"""Name check on NTREX-128: false alarms on clean documents, and recall of a swapped name.

    python benchmarks/entities_ntrex.py [--show N] [--pair de]

1. Clean: name findings per 100 sentences over the 9 professional versions of each document.
2. Swapped: in each document one version has one name (a code or a capitalised name that other
   versions share) replaced, in one of its mentions, by a near miss: one character dropped from
   its end (ChatGPT4o → ChatGPT4). A hit is a name finding in that version about the original
   name.
3. Dropped place: in each document one version has the one mention of a country, region or city
   it names in its own CLDR form (Brasilien, Brésil, บราซิล) deleted, where every other version
   writes that place, each in its own form. A hit is a name finding in that version about that
   place, in any spelling.
4. With --pair LANG, clean documents of two versions only, LANG and en-US: with no majority,
   every name one version has and the other lacks is a finding, as for a source and its one
   translation. Findings per 100 sentences of each version.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import LANGUAGES, documents, sentence_count

from consistency import cldr_names
from consistency.config import Config
from consistency.names import carried, extract_names, presence_keys
from consistency.pipeline import check_document

TAGS = list(LANGUAGES.values())


def name_findings(document, config):
    return [f for f in check_document(document, config).findings if f.check == "names"]


def swap(document, rng, number):
    for attempt in range(len(TAGS)):
        tag = TAGS[(number + attempt) % len(TAGS)]
        version = document.version(tag)
        others = [presence_keys(v.text) for v in document.versions if v.language != tag]
        shared = [n for n in extract_names(version.text) if len(n.key) >= 4 and " " not in n.text
                  and sum(carried(keys, n.key) for keys in others) >= 6 and n.text[-1].isalnum()]
        if not shared:
            continue
        name = rng.choice(shared)
        bare_end = name.start + len(re.sub(r"['’]\w+$", "", name.text))  # Davis'in → Davi'in
        text = version.text[: bare_end - 1] + version.text[bare_end:]
        versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
        return dataclasses.replace(document, versions=versions), tag, name, name.text
    return None


_WORDS = re.compile(r"[^\W_][\w'’-]*")


def drop_place(document, rng, number):
    """The document with one version's only mention of a place that every other version writes deleted."""
    for attempt in range(len(TAGS)):
        tag = TAGS[(number + attempt) % len(TAGS)]
        version = document.version(tag)
        mentions: dict[frozenset[str], list[tuple[int, int]]] = {}
        for start, end in cldr_names.places(version.text, tag):
            if ids := cldr_names.entities(version.text[start:end], [tag]):
                mentions.setdefault(ids, []).append((start, end))
        others = [(v.language, _WORDS.findall(v.text)) for v in document.versions if v.language != tag]
        candidates = [
            (ids, spans[0])
            for ids, spans in sorted(mentions.items(), key=lambda item: item[1])
            if len(spans) == 1 and all(cldr_names.written(ids, lang, words) for lang, words in others)
        ]
        if not candidates:
            continue
        ids, (start, end) = rng.choice(candidates)
        text = version.text[:start] + version.text[end:]
        versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
        return dataclasses.replace(document, versions=versions), tag, ids, version.text[start:end]
    return None


def names_place(finding, ids) -> bool:
    return bool(finding.expected and cldr_names.entities(finding.expected.text, TAGS) & ids)


def recall(docs, change, hit, config, rng, show: int) -> tuple[int, float]:
    """Documents changed, and the share whose changed version has a name finding ``hit`` accepts."""
    hits = trials = 0
    for number, document in enumerate(docs):
        changed = change(document, rng, number)
        if changed is None:
            continue
        changed_document, tag, target, text = changed
        trials += 1
        found = [f for f in name_findings(changed_document, config) if f.version == tag and hit(f, target)]
        hits += bool(found)
        if not found and show:
            print(f"  MISS {change.__name__} {document.name} {tag}: {text}")
    return trials, hits / max(1, trials)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--pair", help="also check two-version documents: this language and en-US")
    args = parser.parse_args()
    config = Config()
    docs = documents()
    started = time.perf_counter()
    sentences = Counter()
    alarms = Counter()
    shown = []
    for document in docs:
        for version in document.versions:
            sentences[version.language] += sentence_count(document)
        for finding in name_findings(document, config):
            alarms[finding.version] += 1
            shown.append(f"{document.name} {finding.version}: {finding.message}")
    print(f"{'language':10} {'sentences':>9} {'findings':>8} {'per 100':>8}")
    for tag in TAGS:
        print(f"{tag:10} {sentences[tag]:9d} {alarms[tag]:8d} {100 * alarms[tag] / max(1, sentences[tag]):8.2f}")
    total = sum(alarms.values())
    print(f"{'all':10} {sum(sentences.values()):9d} {total:8d} {100 * total / sum(sentences.values()):8.2f}")
    for line in shown[: args.show]:
        print("  FA", line)
    # each trial draws from its own generator, so that what one draws leaves the other's draws alone
    swapped = lambda f, name: bool(f.expected) and name.key in f.expected.key  # noqa: E731
    trials, found = recall(docs, swap, swapped, config, random.Random(3), args.show)
    print(f"swapped one name in {trials} documents: recall {found:.3f}")
    trials, found = recall(docs, drop_place, names_place, config, random.Random(3), args.show)
    print(f"dropped one place in {trials} documents: recall {found:.3f}")
    if args.pair:
        found = counted = 0
        for document in docs:
            versions = tuple(v for v in document.versions if v.language in (args.pair, "en-US"))
            for finding in name_findings(dataclasses.replace(document, versions=versions), config):
                found += 1
                if args.show:
                    print(f"  FA {document.name} {finding.version}: {finding.message}")
            counted += 2 * sentence_count(document)
        print(f"two versions, {args.pair} and en-US: {found} findings, {100 * found / max(1, counted):.2f} per 100 sentences")
    print(f"time {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
