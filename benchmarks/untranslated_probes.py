"""Recall of a paragraph left in English, over the probe documents' 138 languages.

    python benchmarks/untranslated_probes.py

For every probe document (tests/data/probes) with an English version and three others or more,
each other version in turn gets the English version's third paragraph in place of its own, and
the check must give that version a language finding. NTREX (benchmarks/untranslated_ntrex.py)
holds seven languages langdetect knows; most of the probes' languages it does not.
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
    hits, total, misses = Counter(), Counter(), []
    config = Config(cache="")
    for folder in sorted(p for p in PROBES.iterdir() if p.is_dir()):
        try:
            document = load_document(folder)
        except ConsistencyError:
            continue
        texts = {v.language: v.text for v in document.versions}
        english = texts.get("en", "").split("\n\n")
        if len(texts) < 4 or len(english) < 3:
            continue
        for language, text in texts.items():
            paragraphs = text.split("\n\n")
            if language.startswith("en") or len(paragraphs) != len(english):
                continue
            paragraphs[2] = english[2]
            changed = "\n\n".join(paragraphs)
            versions = tuple(dataclasses.replace(v, text=changed if v.language == language else v.text) for v in document.versions)
            findings = check_document(dataclasses.replace(document, versions=versions), config).findings
            found = any(f.version == language and f.check == "language" for f in findings)
            hits[language] += found
            total[language] += 1
            if not found:
                misses.append(f"{folder.name} {language}: {english[2][:60]!r}")
    print(f"English paragraph left in one version: recall {sum(hits.values()) / max(1, sum(total.values())):.3f} "
          f"({sum(hits.values())} of {sum(total.values())}, {len(total)} language tags)")
    for miss in misses:
        print("  MISS", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
