"""Align the sentences of language versions with multilingual sentence embeddings.

Pairwise: dynamic programming over sentences with n:m beads (1:0, 0:1, 1:1, 1:2, 2:1, 2:2,
1:3, 3:1), as in Bertalign and Vecalign. A bead's score is the cosine similarity of the embedded
sentence groups, made comparable across texts by a margin against each group's nearest
neighbours, plus a bonus for shared anchors (equal figures, identical names). The DP runs in a
band around the diagonal, so its cost is linear in document length.

N-way: every version is aligned to a pivot (the declared source, else the version that agrees
best with all the others), and the pairwise beads are joined into *units*: rows whose cells
hold each version's sentences, or nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

#: Allowed beads (source sentences, target sentences).
BEADS = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
MAX_GROUP = 3


@dataclass(frozen=True)
class AlignParams:
    """Scoring weights. Chosen on a coarse grid over Text+Berg documents 001-003 only
    (benchmarks/alignment.py reports documents 004-007 apart, as held-out data)."""

    #: Score of leaving one sentence unaligned (1:0 or 0:1); a bead must beat it to be chosen.
    skip: float = -0.15
    #: Penalty per sentence beyond 1:1 in a bead, so merges are chosen only when they help.
    merge_penalty: float = 0.08
    #: Bonus per shared anchor (a figure or name both sides carry), capped at three.
    anchor_bonus: float = 0.03
    #: Weight of the length mismatch |log(length ratio) - typical log ratio| of a bead.
    length_weight: float = 0.2
    #: Nearest neighbours averaged for the margin.
    neighbours: int = 4
    #: Band half-width around the diagonal: at least this many sentences...
    band_min: int = 30
    #: ... plus this many times the difference in sentence counts.
    band_slack: float = 2.0


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]
    similarity: float  # cosine of the two groups; 0 for 1:0 and 0:1


@dataclass
class Side:
    """One version's sentences as the aligner sees them: embeddings of 1-, 2- and 3-sentence groups."""

    groups: dict[int, np.ndarray]
    anchors: list[frozenset[str]] = field(default_factory=list)
    #: Character length of each sentence (length ratios are a strong cue for merges and splits).
    lengths: list[int] = field(default_factory=list)

    def length_of(self, start: int, count: int) -> int:
        return sum(self.lengths[start : start + count]) if self.lengths else count

    def prepared(self) -> tuple[list[list[float]], list[list[frozenset[str]]]]:
        """Log lengths and anchor sets of every group (start, size), computed once for the DP."""
        n = self.size
        logs = [[0.0] * (n + 1) for _ in range(MAX_GROUP + 1)]
        groups: list[list[frozenset[str]]] = [[frozenset()] * (n + 1) for _ in range(MAX_GROUP + 1)]
        for size in range(1, MAX_GROUP + 1):
            for start in range(0, max(0, n - size + 1)):
                logs[size][start] = float(np.log(self.length_of(start, size) + 1))
                groups[size][start] = self.anchors_of(start, size)
        return logs, groups

    @property
    def size(self) -> int:
        return self.groups[1].shape[0] if 1 in self.groups else 0

    def anchors_of(self, start: int, length: int) -> frozenset[str]:
        if not self.anchors:
            return frozenset()
        return frozenset().union(*self.anchors[start : start + length])


def group_texts(sentences: list[str], size: int) -> list[str]:
    """Texts of every run of ``size`` consecutive sentences, for group embeddings."""
    return [" ".join(sentences[i : i + size]) for i in range(len(sentences) - size + 1)]


def _margin_matrices(source: Side, target: Side, params: AlignParams) -> dict[tuple[int, int], np.ndarray]:
    """Margin-scored similarity of every source group against every target group."""
    def neighbour_mean(similarity: np.ndarray, axis: int) -> np.ndarray:
        if similarity.size == 0:
            return np.zeros(similarity.shape[1 - axis] if similarity.ndim == 2 else 0)
        k = min(params.neighbours, similarity.shape[axis])
        top = -np.sort(-similarity, axis=axis)
        return top.take(range(k), axis=axis).mean(axis=axis)

    base = {
        a: neighbour_mean(source.groups[a] @ target.groups[1].T, axis=1) for a in source.groups
    }
    base_t = {
        b: neighbour_mean(target.groups[b] @ source.groups[1].T, axis=1) for b in target.groups
    }
    scores = {}
    for a, b in BEADS:
        if a == 0 or b == 0 or a not in source.groups or b not in target.groups:
            continue
        cosine = source.groups[a] @ target.groups[b].T
        scores[(a, b)] = (cosine, cosine - (base[a][:, None] + base_t[b][None, :]) / 2)
    return scores


def align_pair(source: Side, target: Side, params: AlignParams = AlignParams()) -> list[Bead]:
    """The best monotone sequence of beads covering both sides."""
    n, m = source.size, target.size
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    scores = _margin_matrices(source, target, params)
    typical = float(np.log((source.length_of(0, n) + 1) / (target.length_of(0, m) + 1)))
    source_logs, source_anchors = source.prepared()
    target_logs, target_anchors = target.prepared()
    have_anchors = bool(source.anchors and target.anchors)
    margins = {key: value[1].tolist() for key, value in scores.items()}  # Python floats: faster to index
    width = int(max(params.band_min, params.band_slack * abs(n - m)))
    # Lists, not arrays: the loop reads single cells, which numpy makes slow.
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        low, high = max(0, int(centre - width)), min(m, int(centre + width) + 1)
        for j in range(low, high + 1):
            if i == 0 and j == 0:
                continue
            top, move = -math.inf, (0, 0)
            for a, b in BEADS:
                if a > i or b > j:
                    continue
                previous = best[i - a][j - b]
                if previous == -math.inf:
                    continue
                if a == 0 or b == 0:
                    gain = params.skip * (a + b)
                else:
                    shared = len(source_anchors[a][i - a] & target_anchors[b][j - b]) if have_anchors else 0
                    ratio = source_logs[a][i - a] - target_logs[b][j - b]
                    gain = (
                        margins[(a, b)][i - a][j - b]
                        + params.anchor_bonus * min(shared, 3)
                        - params.merge_penalty * (a + b - 2)
                        - params.length_weight * abs(ratio - typical)
                    )
                total = previous + gain
                if total > top:
                    top, move = total, (a, b)
            best[i][j] = top
            back[i][j] = move
    beads = []
    i, j = n, m
    if best[n][m] == -math.inf:  # outside the band: cannot happen with band >= |n - m|, kept as a guard
        return [Bead((k,), (), 0.0) for k in range(n)] + [Bead((), (k,), 0.0) for k in range(m)]
    while i > 0 or j > 0:
        a, b = back[i][j]
        similarity = float(scores[(a, b)][0][i - a, j - b]) if a and b else 0.0
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), similarity))
        i, j = i - a, j - b
    return beads[::-1]


# --- N-way units -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    sentences: tuple[int, ...]
    similarity: float | None  # to the pivot's cell; None for the pivot itself or an empty cell


@dataclass(frozen=True)
class Unit:
    """A row of the N-way alignment: language → that version's sentences (maybe none)."""

    index: int
    cells: dict[str, Cell]

    def filled(self) -> list[str]:
        return [lang for lang, cell in self.cells.items() if cell.sentences]


def choose_pivot(sides: dict[str, Side], source: str | None = None, unknown: frozenset[str] = frozenset()) -> str:
    """The declared source, else the version whose sentences best find a match in all others,
    among those in a language the encoder knows if any are. Danish and Norwegian read alike even
    to an encoder that knows neither, so on a safety sheet in ten languages, seven of them
    unknown, the Danish version agreed best; it had dropped a sentence, and aligned to it the
    Italian sentence that matched the dropped one went with its neighbour (a false claim)."""
    if source in sides:
        return source
    languages = list(sides)
    if len(languages) == 1:
        return languages[0]
    agreement = {}
    for lang in languages:
        own = sides[lang].groups[1]
        scores = []
        for other in languages:
            if other == lang or sides[other].size == 0 or own.shape[0] == 0:
                continue
            similarity = own @ sides[other].groups[1].T
            # Both directions: how well this version's sentences find a match there, and theirs here.
            scores.append(float(similarity.max(axis=1).mean() + similarity.max(axis=0).mean()) / 2)
        agreement[lang] = float(np.mean(scores)) if scores else 0.0
    candidates = [lang for lang in languages if lang not in unknown] or languages
    return max(candidates, key=lambda lang: (agreement[lang], sides[lang].size, lang))


def build_units(pivot: str, pairs: dict[str, list[Bead]], pivot_size: int, sides: dict[str, Side]) -> list[Unit]:
    """Join pivot↔version beads into N-way units.

    Pivot sentences that any version groups together form one unit. A version's sentences that
    align to no pivot sentence become units of their own, placed after the pivot unit they follow;
    such insertions from several versions at the same place are merged when they are alike (the
    pivot lacking a sentence the others share).
    """
    # Pivot ranges: union of pivot-side groups across all versions.
    owner = list(range(pivot_size))

    def find(x: int) -> int:
        while owner[x] != x:
            owner[x] = owner[owner[x]]
            x = owner[x]
        return x

    for beads in pairs.values():
        for bead in beads:
            for a, b in zip(bead.source, bead.source[1:]):
                owner[find(b)] = find(a)
    ranges: dict[int, list[int]] = {}
    for sentence in range(pivot_size):
        ranges.setdefault(find(sentence), []).append(sentence)
    pivot_units = sorted(ranges.values())
    unit_of_pivot = {s: k for k, group in enumerate(pivot_units) for s in group}

    rows: list[dict[str, list[int]]] = [{pivot: group} for group in pivot_units]
    sims: list[dict[str, list[float]]] = [{} for _ in pivot_units]
    inserts: dict[int, list[tuple[str, list[int]]]] = {}
    for lang, beads in pairs.items():
        last = -1
        for bead in beads:
            if bead.source:
                k = unit_of_pivot[bead.source[0]]
                last = k
                if bead.target:
                    rows[k].setdefault(lang, []).extend(bead.target)
                    sims[k].setdefault(lang, []).append(bead.similarity)
            elif bead.target:
                gap = inserts.setdefault(last, [])
                if gap and gap[-1][0] == lang and gap[-1][1][-1] == bead.target[0] - 1:
                    gap[-1][1].append(bead.target[0])
                else:
                    gap.append((lang, list(bead.target)))
    units: list[Unit] = []
    for k in range(-1, len(pivot_units)):
        if k >= 0:
            units.append(_unit(len(units), rows[k], sims[k], sides, pivot))
        for merged in _merge_insertions(inserts.get(k, []), sides):
            units.append(_unit(len(units), merged, {}, sides, pivot))
    return units


def _merge_insertions(items: list[tuple[str, list[int]]], sides: dict[str, Side], threshold: float = 0.5):
    """Cluster insertions at one place: alike sentences from different versions share a unit,
    alike in meaning or in their anchors (``_shared_anchors``)."""
    clusters: list[dict[str, list[int]]] = []
    centroids: list[np.ndarray] = []
    anchors: list[frozenset[str]] = []
    for lang, sentences in items:
        vector = sides[lang].groups[1][sentences].mean(axis=0)
        vector = vector / (np.linalg.norm(vector) or 1)
        own = frozenset().union(*(sides[lang].anchors_of(i, 1) for i in sentences))
        best, best_sim = None, threshold
        for index, centroid in enumerate(centroids):
            if lang in clusters[index]:
                continue
            similarity = max(float(vector @ centroid), _shared_anchors(own, anchors[index]))
            if similarity >= best_sim:
                best, best_sim = index, similarity
        if best is None:
            clusters.append({lang: sentences})
            centroids.append(vector)
            anchors.append(own)
        else:
            clusters[best][lang] = sentences
    return clusters


def _shared_anchors(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of their anchors (figures, codes) two insertions have in common, of the two
    together: a sentence the pivot lacks, inserted by the others at one place, keeps its figures
    in every language, while its meaning is read only in those the encoder knows (English
    "about 15% of children had a fever within 48 hours" beside Swedish and Czech, which it
    does not). Nothing where either has none."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _unit(index: int, row: dict[str, list[int]], sims: dict[str, list[float]], sides: dict[str, Side], pivot: str) -> Unit:
    cells = {}
    for lang in sides:
        sentences = tuple(sorted(set(row.get(lang, []))))
        similarity = float(np.mean(sims[lang])) if sims.get(lang) else None
        cells[lang] = Cell(sentences, similarity if lang != pivot else None)
    return Unit(index, cells)


@dataclass(frozen=True)
class Alignment:
    """The N-way alignment of a document: the pivot, the units, and per-unit confidence."""

    pivot: str
    units: tuple[Unit, ...]
    model: str
    #: Each version's sentence embeddings (L2-normalised rows), for sentence-level checks.
    vectors: dict[str, np.ndarray] = field(default_factory=dict, compare=False, repr=False)
    #: ... and of each pair of neighbouring sentences (row i: sentences i and i+1).
    pair_vectors: dict[str, np.ndarray] = field(default_factory=dict, compare=False, repr=False)
    #: ... and of each run of three (row i: sentences i, i+1 and i+2).
    triple_vectors: dict[str, np.ndarray] = field(default_factory=dict, compare=False, repr=False)
    #: The versions in languages the encoder does not know: their vectors still align them (with
    #: the lengths, and relative to their neighbours), but mean nothing on an absolute scale.
    unknown: frozenset[str] = frozenset()

    def unit_of(self, language: str, sentence: int) -> Unit | None:
        for unit in self.units:
            if sentence in unit.cells[language].sentences:
                return unit
        return None

    def confidence(self, unit: Unit) -> float:
        """Mean similarity of the unit's non-pivot cells to the pivot (0.0 if only the pivot is there)."""
        values = [c.similarity for c in unit.cells.values() if c.similarity is not None]
        return float(np.mean(values)) if values else 0.0


def align_versions(
    sides: dict[str, Side],
    source: str | None = None,
    params: AlignParams = AlignParams(),
    model: str = "",
    unknown: frozenset[str] = frozenset(),
) -> Alignment:
    """Align every version to the pivot and join the beads into units; ``unknown`` passes on the
    languages the encoder does not know."""
    pivot = choose_pivot(sides, source, unknown)
    pairs = {lang: align_pair(sides[pivot], side, params) for lang, side in sides.items() if lang != pivot}
    units = build_units(pivot, pairs, sides[pivot].size, sides)
    return Alignment(
        pivot,
        tuple(units),
        model,
        {lang: side.groups[1] for lang, side in sides.items()},
        {lang: side.groups.get(2, np.zeros((0, side.groups[1].shape[1]), dtype=np.float32)) for lang, side in sides.items()},
        {lang: side.groups.get(3, np.zeros((0, side.groups[1].shape[1]), dtype=np.float32)) for lang, side in sides.items()},
        unknown,
    )
