"""Sentence segmenters compared on NTREX-128: each document joined into one paragraph, the
original sentence ends as gold. Prints boundary precision, recall and F1 per language.

    python benchmarks/segmentation.py

Candidates: a punctuation regex (the fallback), sentencex (~300 languages), pysbd (22 languages,
not Turkish or Thai) and PyThaiNLP's CRF model for Thai.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import LANGUAGES, load_sentences  # noqa: E402


def boundaries_from_pieces(text: str, pieces: list[str]) -> set[int]:
    from consistency.segment import spans_of_pieces

    ends = {end for _start, end in spans_of_pieces(text, pieces) or []}
    ends.discard(len(text))
    return ends


def regex_split(text: str, lang: str) -> list[str]:
    from consistency.segment import _regex_spans, uses_stops

    return [text[a:b] for a, b in _regex_spans(text, uses_stops(text))]


def sentencex_split(text: str, lang: str) -> list[str]:
    from sentencex import segment

    return list(segment(lang.split("-")[0], text))


def pysbd_split(text: str, lang: str) -> list[str] | None:
    import pysbd

    try:
        return pysbd.Segmenter(language=lang.split("-")[0], clean=False).segment(text)
    except ValueError:
        return None


def thai_crf_split(text: str, lang: str) -> list[str] | None:
    if not lang.startswith("th"):
        return None
    from pythainlp.tokenize import sent_tokenize

    return sent_tokenize(text, engine="crfcut")


def chosen_split(text: str, lang: str) -> list[str]:
    from consistency.segment import sentence_spans

    return [text[a:b] for a, b in sentence_spans(text, lang)]


CANDIDATES = {
    "regex": regex_split,
    "sentencex": sentencex_split,
    "pysbd": pysbd_split,
    "thai-crf": thai_crf_split,
    "chosen": chosen_split,
}


def main() -> int:
    ids, texts = load_sentences()
    documents: dict[str, list[int]] = {}
    for index, doc_id in enumerate(ids):
        documents.setdefault(doc_id.strip(), []).append(index)
    print(f"{'language':8} " + " ".join(f"{name:>17}" for name in CANDIDATES))  # noqa: E501
    for tag in LANGUAGES.values():
        cells = []
        for split in CANDIDATES.values():
            tp = fp = fn = 0
            started = time.perf_counter()
            usable = True
            for lines in documents.values():
                sentences = [texts[tag][i].strip() for i in lines]
                text = " ".join(sentences)
                gold, offset = set(), 0
                for sentence in sentences[:-1]:
                    offset += len(sentence)
                    gold.add(offset)
                    offset += 1
                pieces = split(text, tag)
                if pieces is None:
                    usable = False
                    break
                found = boundaries_from_pieces(text, pieces)
                tp += len(found & gold)
                fp += len(found - gold)
                fn += len(gold - found)
            if not usable:
                cells.append(f"{'-':>17}")
                continue
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1 = 2 * p * r / max(1e-9, p + r)
            cells.append(f"{p:.2f}/{r:.2f}/{f1:.3f} {time.perf_counter() - started:3.0f}s".rjust(17))
        print(f"{tag:8} " + " ".join(cells))
    print("cells: precision/recall/F1 and time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
