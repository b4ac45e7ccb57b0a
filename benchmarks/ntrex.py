"""Shared loader for the NTREX-128 benchmark data: 9 clean versions of each news document."""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path

from consistency.fixtures import Document, Version

#: File suffix → BCP-47 tag of the 9 professional translations (the English source is left out:
#: the 9 versions already include two English references).
LANGUAGES = {
    "deu": "de",
    "ita": "it",
    "nld": "nl",
    "tur": "tr",
    "tha": "th",
    "fra": "fr",
    "spa": "es",
    "eng-US": "en-US",
    "eng-GB": "en-GB",
}


def data_folder() -> Path:
    here = Path(__file__).resolve().parent.parent
    default = here.parent / "shared" / "benchmarks" / "ntrex128"
    return Path(os.environ.get("NTREX_DIR", default))


def load_sentences() -> tuple[list[str], dict[str, list[str]]]:
    folder = data_folder()
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    texts = {
        tag: (folder / "NTREX-128" / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
        for suffix, tag in LANGUAGES.items()
    }
    return ids, texts


def documents(joined: bool = False) -> list[Document]:
    """One Document per NTREX document id; each sentence on its own line unless ``joined``."""
    ids, texts = load_sentences()
    rows: OrderedDict[str, list[int]] = OrderedDict()
    for index, doc_id in enumerate(ids):
        rows.setdefault(doc_id.strip(), []).append(index)
    result = []
    for doc_id, lines in rows.items():
        separator = " " if joined else "\n"
        versions = tuple(
            Version(doc_id, tag, Path(f"ntrex/{doc_id}/{tag}.txt"), separator.join(texts[tag][i] for i in lines) + "\n")
            for tag in LANGUAGES.values()
        )
        result.append(Document(doc_id, Path(f"ntrex/{doc_id}"), versions))
    return result


def sentence_count(document: Document) -> int:
    return document.versions[0].text.count("\n")
