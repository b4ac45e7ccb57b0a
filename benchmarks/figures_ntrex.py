"""Figure check on clean NTREX-128 documents: false alarms, and recall of injected changes.

    python benchmarks/figures_ntrex.py [--show N]

1. Clean: every document in its 9 professional versions. Any figure finding is a false alarm;
   printed per 100 sentences for each language.
2. Injected: in each document, one version gets one changed number (one digit of one figure is
   replaced, the version rotating over documents). A finding in that version that names the
   original value (omission or mismatch) or the new one (addition or mismatch) is a hit.
   Precision counts every figure finding of the injected runs; recall counts the hits.
3. Changed month: in each document with a date written with a month name, one version's month
   becomes the next month, in the same form from CLDR (September → October, 3月 → 4月). A hit
   is a finding in that version that names either month.
4. Changed number in words: in each document with a number from two to nine in words, one
   version's word becomes the next number, as the language's lexicon spells it (drei → vier,
   สาม → สี่), in the same case. A hit is a finding in that version that names either value.
5. With --pairs, two-version documents (a source and one translation, where no majority can
   outvote either side): the American English version with each other language's. Any figure
   finding is a false alarm, printed per 100 sentences of the pair's translation.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import LANGUAGES, documents, sentence_count  # noqa: E402

from consistency.config import Config  # noqa: E402
from consistency.figures import extract_figures  # noqa: E402
from consistency.pipeline import check_document  # noqa: E402


def figure_findings(document, config):
    return [f for f in check_document(document, config).findings if f.check == "figures"]


def inject(document, rng: random.Random, round_robin: int):
    """Change one digit of one digit-written figure in one version; None if the document has none."""
    tags = list(LANGUAGES.values())
    for attempt in range(len(tags)):
        tag = tags[(round_robin + attempt) % len(tags)]
        version = document.version(tag)
        figures = [f for f in extract_figures(version.text, tag) if not f.spelled and any(c.isdigit() for c in f.text)]
        if not figures:
            continue
        figure = rng.choice(figures)
        digits = [i for i in range(figure.start, figure.end) if version.text[i].isdigit()]
        position = rng.choice(digits)
        old = version.text[position]
        new = rng.choice([d for d in "0123456789" if d != old and not (d == "0" and position == digits[0])])
        text = version.text[:position] + new + version.text[position + 1 :]
        changed = [f for f in extract_figures(text, tag) if f.start <= position < f.end]
        if not changed or changed[0].key == figure.key:
            continue
        versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
        return dataclasses.replace(document, versions=versions), tag, figure, changed[0]
    return None


def change_month(document, round_robin: int):
    """One version's month of a date, as the next month in the same form (case, and wide or
    abbreviated by length); None if no version has one."""
    from consistency.lexicon import lexicon

    tags = list(LANGUAGES.values())
    for attempt in range(len(tags)):
        tag = tags[(round_robin + attempt) % len(tags)]
        version = document.version(tag)
        months = [f for f in extract_figures(version.text, tag) if f.kind == "month"]
        if not months:
            continue
        figure = months[0]
        following = int(figure.key[6:]) % 12 + 1
        forms = [name for name, number in lexicon(tag).months.items() if number == following]
        same_case = [n for n in forms if n[:1].isupper() == figure.text[:1].isupper()] or forms
        new = min(same_case, key=lambda n: (abs(len(n) - len(figure.text)), n))
        text = version.text[: figure.start] + new + version.text[figure.end :]
        versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
        return dataclasses.replace(document, versions=versions), tag, {figure.key, f"month:{following:02d}"}, f"{figure.key} -> month:{following:02d}"
    return None


def change_word(document, round_robin: int):
    """One version's number in words from two to nine, as the next number in words; None if
    no version has one."""
    from consistency.lexicon import lexicon

    tags = list(LANGUAGES.values())
    for attempt in range(len(tags)):
        tag = tags[(round_robin + attempt) % len(tags)]
        version = document.version(tag)
        words = [
            f for f in extract_figures(version.text, tag)
            if f.spelled and not f.ordinal and f.value in range(2, 10) and " " not in f.text and f.text.isalpha()
        ]
        if not words:
            continue
        figure = words[0]
        spelled = [key for key, value in lexicon(tag).spelled.items() if value == figure.value + 1]
        if not spelled:
            continue
        new = min(spelled, key=len)
        new = new[:1].upper() + new[1:] if figure.text[:1].isupper() else new
        text = version.text[: figure.start] + new + version.text[figure.end :]
        versions = tuple(dataclasses.replace(v, text=text) if v.language == tag else v for v in document.versions)
        return dataclasses.replace(document, versions=versions), tag, {figure.key, str(int(figure.value) + 1)}, f"{figure.text} -> {new}"
    return None


def is_hit(finding, tag, original, changed, line: int) -> bool:
    """A finding in the changed version that names the old or new value, or sits on the changed
    line (a value may be named in an equivalent form: 2 inches as 5 cm)."""
    if finding.version != tag:
        return False
    expected = finding.expected.key if finding.expected else None
    found = finding.found.key if finding.found else None
    on_line = finding.location is not None and finding.location.line == line
    return expected == original.key or found == changed.key or on_line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print this many false alarms (Default: %(default)s)")
    parser.add_argument("--seed", type=int, default=13, help="(Default: %(default)s)")
    parser.add_argument("--omission-support", type=float, help="override the threshold, to calibrate it")
    parser.add_argument("--pairs", action="store_true", help="also check two-version documents (en-US with each other language)")
    args = parser.parse_args()
    config = Config().with_overrides(omission_support=args.omission_support)
    print(f"omission_support {config.omission_support}, addition_support {config.addition_support}")
    docs = documents()
    started = time.perf_counter()

    sentences = Counter()
    false_alarms = Counter()
    shown = []
    for document in docs:
        for version in document.versions:
            sentences[version.language] += sentence_count(document)
        for finding in figure_findings(document, config):
            false_alarms[finding.version] += 1
            shown.append(f"{document.name} {finding.version}: {finding.message}")
    print(f"Clean NTREX documents: {len(docs)}, 9 versions each, {sum(sentences.values())} sentences in all")
    print(f"{'language':10} {'sentences':>9} {'findings':>8} {'per 100':>8}")
    for tag in LANGUAGES.values():
        rate = 100 * false_alarms[tag] / max(1, sentences[tag])
        print(f"{tag:10} {sentences[tag]:9d} {false_alarms[tag]:8d} {rate:8.2f}")
    total = sum(false_alarms.values())
    print(f"{'all':10} {sum(sentences.values()):9d} {total:8d} {100 * total / max(1, sum(sentences.values())):8.2f}")
    for line in shown[: args.show]:
        print("  FA", line)

    rng = random.Random(args.seed)
    hits = injected = other = 0
    missed = []
    for number, document in enumerate(docs):
        injection = inject(document, rng, number)
        if injection is None:
            continue
        changed_doc, tag, original, changed = injection
        injected += 1
        findings = figure_findings(changed_doc, config)
        line = changed_doc.version(tag).text.count("\n", 0, original.start) + 1
        hit = [f for f in findings if is_hit(f, tag, original, changed, line)]
        hits += bool(hit)
        other += len(findings) - len(hit)
        if not hit:
            missed.append(f"{document.name} {tag}: {original.text!r} -> {changed.text!r}")
    precision = hits / max(1, hits + other)
    print(f"\nInjected one changed number in {injected} documents (the others have no figure)")
    print(f"recall {hits / max(1, injected):.3f}  precision {precision:.3f}  ({hits} hits, {other} other findings)")
    for line in missed[: args.show]:
        print("  MISS", line)

    named_recall(docs, config, change_month, "Changed the month of a date", args.show)
    named_recall(docs, config, change_word, "Changed a number in words", args.show)
    if args.pairs:
        pairs(docs, config, args.show)
    print(f"time {time.perf_counter() - started:.1f}s")
    return 0


def named_recall(docs, config, change, label: str, show: int) -> None:
    """Recall of one change per document (``change``: the changed document, its version, the
    old and new keys, and what changed), a hit being a finding in that version naming either."""
    hits = changed = other = 0
    missed = []
    for number, document in enumerate(docs):
        result = change(document, number)
        if result is None:
            continue
        changed_doc, tag, keys, description = result
        changed += 1
        findings = figure_findings(changed_doc, config)
        named = [
            f for f in findings
            if f.version == tag and {f.expected.key if f.expected else None, f.found.key if f.found else None} & keys
        ]
        hits += bool(named)
        other += len(findings) - len(named)
        if not named:
            missed.append(f"{document.name} {tag}: {description}")
    print(f"\n{label} in one version of {changed} documents")
    print(f"recall {hits / max(1, changed):.3f}  ({hits} hits, {other} other findings)")
    for line in missed[:show]:
        print("  MISS", line)


def pairs(docs, config, show: int) -> None:
    """False alarms on clean two-version documents: en-US with each other language."""
    sentences, false_alarms, shown = Counter(), Counter(), []
    for document in docs:
        for tag in LANGUAGES.values():
            if tag.startswith("en"):
                continue
            versions = tuple(v for v in document.versions if v.language in ("en-US", tag))
            findings = figure_findings(dataclasses.replace(document, versions=versions), config)
            sentences[tag] += sentence_count(document)
            false_alarms[tag] += len(findings)
            shown += [f"{document.name} en-US+{tag} {f.version}: {f.message}" for f in findings]
    print(f"\nTwo-version documents (en-US and one other language), {len(docs)} each")
    print(f"{'pair':10} {'sentences':>9} {'findings':>8} {'per 100':>8}")
    for tag, count in sentences.items():
        print(f"{'en-US+' + tag:10} {count:9d} {false_alarms[tag]:8d} {100 * false_alarms[tag] / max(1, count):8.2f}")
    total = sum(sentences.values())
    print(f"{'all':10} {total:9d} {sum(false_alarms.values()):8d} {100 * sum(false_alarms.values()) / max(1, total):8.2f}")
    for line in shown[:show]:
        print("  FA", line)


if __name__ == "__main__":
    raise SystemExit(main())
