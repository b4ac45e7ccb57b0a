"""Recall of a paragraph left in English, over the probe documents' 138 languages.

    python benchmarks/untranslated_probes.py

For every probe document (tests/data/probes) with an English version and three others or more,
each other version in turn gets the English version's third paragraph in place of its own, and
the check must give that version a language finding. NTREX (benchmarks/untranslated_ntrex.py)
holds seven languages langdetect knows; most of the probes' languages it does not.

Twice: with the English version in the document, where the paragraph is a copy of its text,
and without it, where only the paragraph's own language and script can tell (and langdetect
needs 80 letters). Without it, the clean documents' language findings are counted too.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

from consistency.config import Config
from consistency.errors import ConsistencyError
from consistency.fixtures import load_document
from consistency.pipeline import check_document

PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes"


def main() -> int:
    config = Config(cache="")
    for with_english in (True, False):
        hits, total, misses, false = Counter(), Counter(), [], 0
        for folder in sorted(p for p in PROBES.iterdir() if p.is_dir()):
            try:
                document = load_document(folder)
            except ConsistencyError:
                continue
            texts = {v.language: v.text for v in document.versions}
            english = texts.get("en", "").split("\n\n")
            if len(texts) < 4 or len(english) < 3:
                continue
            kept = tuple(v for v in document.versions if with_english or not v.language.startswith("en"))
            if not with_english:
                clean = check_document(dataclasses.replace(document, versions=kept), config).findings
                false += sum(f.check == "language" for f in clean)
            for version in kept:
                paragraphs = version.text.split("\n\n")
                if version.language.startswith("en") or len(paragraphs) != len(english):
                    continue
                paragraphs[2] = english[2]
                changed = "\n\n".join(paragraphs)
                versions = tuple(dataclasses.replace(v, text=changed if v is version else v.text) for v in kept)
                findings = check_document(dataclasses.replace(document, versions=versions), config).findings
                found = any(f.version == version.language and f.check == "language" for f in findings)
                hits[version.language] += found
                total[version.language] += 1
                if not found:
                    misses.append(f"{folder.name} {version.language}: {english[2][:60]!r}")
        label = "with the English version" if with_english else "without the English version"
        print(f"English paragraph left in one version, {label}: recall "
              f"{sum(hits.values()) / max(1, sum(total.values())):.3f} ({sum(hits.values())} of {sum(total.values())}, "
              f"{len(total)} language tags)" + ("" if with_english else f"; language findings on the clean documents: {false}"))
        if with_english:
            for miss in misses:
                print("  MISS", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
