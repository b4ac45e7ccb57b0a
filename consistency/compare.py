"""N-way comparison: every version is held against the consensus of the others.

There is no source text. A value that most of the *other* versions carry and this one lacks is an
omission; a value this version carries and (almost) no other does is an addition; an omission and
an addition in one version that plainly correspond (compatible kind, same region, close magnitude)
are one mismatch, "expected X, found Y".
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from decimal import Decimal
from typing import Any

import numpy as np

from consistency import verbatim
from consistency.align import Alignment, Unit
from consistency.config import Config, at_most, more_than
from consistency.figures import PER, Figure, ascii_digits, decimal_key, describe_value, extract_figures, head_stems, inflected_head, number_words
from consistency.findings import Category, Finding, Kind, Location, Severity, ValueRef, text_fingerprint
from consistency.langid import Detection, base_language, can_judge, kindred, leaning, letters, neighbours, screen
from consistency.lexicon import babel_locale, currency_families, dual_units, lexicon
from consistency.names import SentenceNames
from consistency.segment import Segment, locate


@dataclass(frozen=True)
class VersionView:
    """What the comparison needs of one version."""

    language: str
    text: str
    segments: tuple[Segment, ...]
    figures: tuple[Figure, ...]
    #: Small numbers this version spells inside longer words (see figures.number_words).
    number_words: frozenset[int] = frozenset()
    #: Per content sentence, its tokens and names (see names.version_names); empty if not extracted.
    sentence_names: tuple[SentenceNames, ...] = ()

    def position(self, offset: int) -> float:
        return offset / max(1, len(self.text))

    @cached_property
    def sentences(self) -> tuple[Segment, ...]:
        """The content sentences (layout lines left out), as the aligner numbers them (computed once)."""
        return tuple(s for s in self.segments if not s.layout)

    def sentence_index(self, offset: int) -> int | None:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return index
        return None

    def sentence_position(self, offset: int) -> float:
        """Where the sentence holding ``offset`` falls, as a share of the version's sentences."""
        content = self.sentences
        if not content:
            return 0.0
        ordinal = sum(1 for s in content if s.start <= offset) - 1
        return max(0, ordinal) / len(content)

    def neighbours(self, offset: int) -> set[str]:
        """Keys of the figures sharing a sentence with the figure at ``offset``."""
        segment = locate(self.segments, offset)
        if segment is None:
            return set()
        return {f.key for f in self.figures if segment.start <= f.start < segment.end and f.start != offset}

    def segment_at(self, position: float) -> Segment | None:
        return locate(self.sentences or self.segments, int(position * len(self.text)))


def json_value(value: Decimal | str) -> Any:
    """Decimals as JSON numbers (int when integral), other values as their canonical string."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def value_ref(figures: list[Figure]) -> ValueRef:
    """The expected/found value as written, with the most common unit among its occurrences."""
    first = figures[0]
    return ValueRef(text=first.text, value=json_value(first.value), unit=first.unit or _common_unit(figures), key=first.key)


def _common_unit(figures: list[Figure]) -> str | None:
    """The unit most occurrences with a unit carry, if two or more do (or all): one version's
    12 MB does not make the others' 12 months megabytes."""
    units = Counter(f.unit for f in figures if f.unit)
    if not units:
        return None
    unit, count = units.most_common(1)[0]
    return unit if count >= 2 or count == len(figures) else None


def location_of(segment: Segment | None) -> Location | None:
    return Location(segment.paragraph, segment.sentence, segment.line) if segment else None


# --- figures -----------------------------------------------------------------------------------


def figure_findings(
    document: str,
    views: list[VersionView],
    config: Config,
    alignment: Alignment | None = None,
    claimed: frozenset[tuple[str, int]] = frozenset(),
) -> list[Finding]:
    """Omissions, additions and mismatches of figures, located in aligned units where possible.

    Whether a value is missing or extra is decided over the whole document, so a figure the
    aligner put in a neighbouring unit is never reported; the units say *where*, pair omissions
    with additions of the same unit into mismatches, and catch a value dropped in one place but
    kept in another.

    ``claimed`` holds the (version, unit) pairs where a claim omission reports the whole
    passage missing: a figure that went with it is that finding's, not one of its own. Where
    no claim finding names the passage (too short to be a claim, or in a language the encoder
    does not know), the figure is reported.
    """
    occurrences = _occurrences(views)
    units = UnitLocator(views, alignment, config) if alignment is not None else None
    findings: list[Finding] = []
    for view in views:
        first = len(findings)
        others = len(views) - 1
        omitted, conventions = [], set()
        for key, where in occurrences.items():
            if (
                _expected_here(view.language, where, others, config)
                and not _spelled_inside(view, where)
                and not _words_this_language_lacks(view, where, others, config)
                and not _said_by_a_dual(view, where)
                and not _written_in_a_code(view, where)
            ):
                alike = _said_otherwise_alike(view, views, where, units)
                if alike:
                    conventions |= alike  # the 89th minute as the 44th of the second half, in three languages
                else:
                    omitted.append(key)
        extra = {figure: key for figure, key in _unsupported(view, occurrences, others, config).items() if figure.key not in conventions}
        omitted, extra = _hours_and_minutes(view, omitted, extra, occurrences)
        surplus = _written_more_often(view, occurrences, others, config)
        pairs, omitted, unpaired = _pair(view, omitted, list(extra), occurrences, views, config, units, surplus)
        more = units.more_in_unit(view, occurrences) if units is not None else []
        paired_more, omitted, more = _pair_with_extra_in_unit(view, omitted, more, occurrences, units, config)
        taken = {(figure.start, figure.end) for _, figure in paired_more}
        unpaired = [figure for figure in unpaired if (figure.start, figure.end) not in taken]
        paired = {figure.start for _, figure in pairs + paired_more}
        reported = {key for key, _ in pairs + paired_more} | set(omitted)
        for key, figure in pairs + paired_more + _words_swapped(view, views, occurrences, units, paired, reported, config):
            findings.append(_mismatch(document, view, views, occurrences[key], figure, units))
        for key in omitted:
            if units is not None and units.dropped_with_sentence(view, occurrences[key], claimed):
                continue  # the whole sentence is missing: the claim finding names it
            if _written_as_article(view, views, occurrences[key], units):
                continue  # a bare 1 this version writes as an article (un cucchiaino)
            findings.append(_omission(document, view, views, occurrences[key], units=units))
        if units is not None:
            counted, unpaired = _counted_in_units(document, view, views, occurrences, units, config, more, unpaired)
            findings.extend(counted)
        else:
            for key in _fewer_everywhere_else(view, occurrences, views):
                findings.append(_omission(document, view, views, occurrences[key], counted=True))
        for figure in unpaired:
            if not (figure.weak or figure.lettered):  # a lettered number alone may be an idiom (rugby à XV)
                findings.append(_addition(document, view, views, figure, occurrences[extra[figure]], units))
        findings.extend(_months_changed(document, view, views, findings[first:], unpaired, occurrences, units, config))
        findings.extend(_unit_changes(document, view, views, occurrences, config, units))
        findings.extend(_currency_changes(document, view, views, occurrences, config, units))
    return [f for f in findings if f.kind == Kind.MISMATCH or not _paired_only((f.expected or f.found).key)]


def _words_swapped(
    view: VersionView, views: list[VersionView], occurrences, units, paired: set[int], reported: set[str], config: Config
) -> list[tuple[str, Figure]]:
    """(expected value, this version's figure) for numbers in words changed into others that
    the rest of the comparison cannot pair: between the two versions of a document of two
    (``_swapped_between_two``), or against all the others (``_swapped_against_all``)."""
    if len(views) == 2:
        return _swapped_between_two(view, views, occurrences, units, paired, config)
    return _swapped_against_all(view, views, occurrences, units, paired, reported, config)


def _swapped_between_two(view: VersionView, views: list[VersionView], occurrences, units, paired: set[int], config: Config) -> list[tuple[str, Figure]]:
    """Where a document has two versions and, in one passage, the other spells a number this
    version lacks and this version spells one the other lacks: Spanish "las dos siguientes
    instancias" against "the next three instances".

    A number in words alone never makes a value expected elsewhere (``_expected_here``): with
    more versions, a second one that spells it gives it support, but two versions have no
    majority. One number in words on each side of one passage, each absent from the other's
    whole text and from its passage's words (trzymiesięcznego says three), is one changed into
    the other. Two counts here: this side writes the other's number, and "both" is no number.
    Where the aligner is unsure of the passage (a language the encoder does not know), or there
    is no alignment, the one such number of each side's whole text, near the same place."""
    other = next(v for v in views if v is not view)
    theirs = [f for where in occurrences.values() if view.language not in where for f in _counted_words(where[other.language])]
    mine = [f for where in occurrences.values() if other.language not in where for f in _counted_words(where[view.language])]
    found = []
    for figure in theirs:
        unit = units.unit_of(other.language, figure) if units is not None else None
        if units is not None and units.confident(unit):
            same = [f for f in theirs if units.index_of(other.language, f) == unit.index]
            candidates = [f for f in mine if units.index_of(view.language, f) == unit.index]
            passages = units.passage(view, unit), units.passage(other, unit)
        else:
            same = theirs
            alone = mine[0] if len(mine) == 1 else None
            near = alone is not None and abs(view.position(alone.start) - other.position(figure.start)) <= config.mismatch_window
            candidates = [alone] if near else []
            passages = view.text, other.text
        if len(same) != 1 or len(candidates) != 1 or candidates[0].start in paired:
            continue
        if not _said_in_words(view.language, passages[0], figure.value) and not _said_in_words(other.language, passages[1], candidates[0].value):
            found.append((_key_of(occurrences, other.language, figure), candidates[0]))
    return found


def _swapped_against_all(
    view: VersionView, views: list[VersionView], occurrences, units, paired: set[int], reported: set[str], config: Config
) -> list[tuple[str, Figure]]:
    """Where most other versions (``omission_support``) spell, in one passage, a number this
    version lacks, one it is not asked for alone (two, which is as often "both", a pair or a
    dual), and this version spells there instead a number no other version has there:
    Spanish "dos", French "deux" against English "three". The others' agreement and this
    version's own number in their place make it a change."""
    if units is None:
        return []
    others = [v for v in views if v is not view]
    need = more_than(config.omission_support, len(others))
    found = []
    for key, where in occurrences.items():
        if view.language in where or key in reported:
            continue
        unit = units.unit_for(where)
        if not units.confident(unit):
            continue
        # the others' figures there, or in the passages beside it, which absorb the aligner's slack
        near = {lang: [f for f in figures if _near_unit(units, lang, f, unit)] for lang, figures in where.items()}
        theirs = [f for figures in near.values() for f in figures]
        if sum(bool(figures) for figures in near.values()) < need or len(_counted_words(theirs)) != len(theirs):
            continue  # too few other versions, or not all in words
        value = theirs[0].value
        if _said_in_words(view.language, units.passage(view, unit), value):
            continue
        candidates = [
            f for f in _counted_words(units.figures_in(view, unit))
            if f.start not in paired and list(units.within(occurrences[_key_of(occurrences, view.language, f)], unit)) == [view.language]
        ]
        if len(candidates) == 1 and not any(_said_in_words(o.language, units.passage(o, unit), candidates[0].value) for o in others):
            found.append((key, candidates[0]))
    return found


#: How many units away from the one compared the others' figures may stand and still count.
_SLACK = 2


def _near_unit(units, language: str, figure: Figure, unit: Unit) -> bool:
    """Whether the figure is in the unit or at most ``_SLACK`` units from it."""
    index = units.index_of(language, figure)
    return index is not None and abs(index - unit.index) <= _SLACK


def _counted_words(figures: list[Figure]) -> list[Figure]:
    """The whole numbers in words among the figures, but ordinals and a bare one (an article)."""
    return [f for f in figures if f.spelled and not (f.ordinal or f.article_like) and _whole(f.value)]


def _key_of(occurrences, language: str, figure: Figure) -> str:
    """The value class that holds the figure."""
    return next(key for key, where in occurrences.items() if figure in where.get(language, ()))


def _whole(value) -> bool:
    """Whether a figure's value is a whole number (not a date, a time or a fraction)."""
    return isinstance(value, Decimal) and value == value.to_integral_value()


def _said_in_words(language: str, passage: str, value: Decimal) -> bool:
    """Whether the passage may say the whole number in words the lexicon does not read alone:
    its language has no word for it, or a word there begins with one (Polish trzymiesięcznego,
    three months'). In Han numerals, wherever the passage has one for it, as a part of any word
    (九 of 九月)."""
    number = int(value)
    han = [numeral for numeral, said in lexicon(language).han_numbers.items() if said == number]
    if han:
        return any(numeral in passage for numeral in han)
    return number not in _spelled_values(language) or number in number_words(passage, language, shortest=1)


def _months_changed(
    document: str, view: VersionView, views: list[VersionView], found: list[Finding], unpaired, occurrences, units, config: Config
) -> list[Finding]:
    """A month most others write that this version lacks or writes fewer times than they do,
    and one only this version writes: a mismatch (14. Mai for 14 March, beside its 15. März). A
    month is reported only so (``_paired_only``). Where the aligner is confident the two are
    paired in their unit; this pairs them where it is not, in text order."""
    added = sorted((f for f in unpaired if _paired_only(f.key) and not f.weak), key=lambda f: f.start)
    if not added:
        return []
    paired = {f.expected.key for f in found if f.kind == Kind.MISMATCH and f.expected is not None}
    need = more_than(config.omission_support, len(views) - 1)
    missing = []
    for key, where in occurrences.items():
        others = [len(figures) for lang, figures in where.items() if lang != view.language]
        if _paired_only(key) and key not in paired and len(others) >= need:
            if len(where.get(view.language, [])) < statistics.median(others):
                missing.append(key)
    texts = {v.language: max(1, len(v.text)) for v in views}
    missing.sort(key=lambda key: min(f.start / texts[lang] for lang, figures in occurrences[key].items() for f in figures))
    return [_mismatch(document, view, views, occurrences[key], figure, units) for key, figure in zip(missing, added)]


def _written_as_article(view: VersionView, views: list[VersionView], where, units) -> bool:
    """Whether a bare 1 the others write is missing here as an article would be: its aligned
    unit holds no figure here that the others lack there. One changed into another number that
    occurs elsewhere too (1 into 5) leaves that number behind, and stays an omission."""
    if not all(f.article_like for figures in where.values() for f in figures):
        return False
    unit = units.unit_for(where) if units is not None else None
    if unit is None or not units.confident(unit):
        return False
    def keys(v: VersionView) -> set[str]:
        return {f.key for f in units.figures_in(v, unit)}

    theirs = set().union(*(keys(v) for v in views if v.language != view.language))
    return keys(view) <= theirs


def _said_otherwise_alike(view: VersionView, views: list[VersionView], where, units) -> set[str]:
    """The values this version and two others or more that lack the value write in its passage
    and no version with it writes there: a convention some languages share, not one version's
    slip. Brazilian Portuguese, Japanese and Korean count a match's 89th minute as the 44th of
    the second half (aos 44 minutos do segundo tempo, 後半44分, 후반 44분). Two versions that
    change one value into the same other one are still told: a shared source's slip, or chance."""
    unit = units.unit_for(where) if units is not None else None
    if unit is None or not units.confident(unit):
        return set()
    lacking = [v for v in views if v.language not in where and unit.cells[v.language].sentences]
    if view not in lacking or len(lacking) < 3:
        return set()

    def keys(v: VersionView) -> set[str]:
        return {f.key for f in units.figures_in(v, unit) if not f.weak}

    written = Counter(key for v in lacking if v is not view for key in keys(v))
    shared = {key for key in keys(view) if written[key] >= 2}
    holders = set().union(*(keys(v) for v in views if v.language in where))
    return shared - holders


def _pair_with_extra_in_unit(view: VersionView, omitted: list[str], more, occurrences, units, config: Config):
    """Pair values this version lacks altogether with a value it has once too often in the same
    confident unit: Tucson's 4 inches written as 2 beside another 2 is one changed figure.
    Returns the pairs, the omissions left and the extras left."""
    if units is None:
        return [], omitted, more
    pairs, left, used = [], [], set()
    for key in omitted:
        where = occurrences[key]
        unit = units.unit_for(where)
        sample = next(f for figs in where.values() for f in figs)
        partner = None
        if units.confident(unit):
            partner = _extra_in_unit(sample, unit, more, used, view, config)
            if partner is None and (clock := _clock_in_unit(sample, unit, units, view, occurrences, used)) is not None:
                used.add(id(clock))  # its number is no addition either
                partner = _as_time(clock)
        if partner is None:
            left.append(key)
        else:
            used.add(id(partner))
            pairs.append((key, partner))
    return pairs, left, [entry for entry in more if id(entry[2]) not in used]


def _extra_in_unit(expected: Figure, unit: Unit, more, used: set[int], view: VersionView, config: Config) -> Figure | None:
    """The first value this version has once too often in the unit that could be ``expected`` changed."""
    return next(
        (
            figure
            for _key, extra_unit, figure in more
            if extra_unit.index == unit.index
            and id(figure) not in used
            and _correspondence(expected, None, set(), figure, view, config) is not None
        ),
        None,
    )


def _counted_in_units(
    document, view, views, occurrences, units: UnitLocator, config: Config, more, unpaired: list[Figure]
) -> tuple[list[Finding], list[Figure]]:
    """Values present in the document but missing from, or extra in, one aligned unit; and the
    figures of ``unpaired`` (found nowhere else) that none of these pairs with.

    A changed figure whose old and new values both occur elsewhere in the text ("2 inches" turned
    into "4 inches" beside another 4) is invisible to the document-level count; per unit it is an
    omission and an addition in the same place, reported as one mismatch. So is one whose old
    value occurs elsewhere and whose new one nowhere (70% turned into 7% beside CleanPro 70).
    """
    fewer = units.fewer_in_unit(view, occurrences)
    findings, used = [], set()
    alone = [(figure.key, unit, figure) for figure in unpaired if (unit := units.unit_of(view.language, figure)) is not None]

    def changed_into(expected: Figure, unit: Unit) -> Figure | None:
        """A value this version has once too often in the unit, or only here, that could be ``expected`` changed."""
        return _extra_in_unit(expected, unit, more, used, view, config) or _extra_in_unit(expected, unit, alone, used, view, config)

    worded: list | None = None

    def changed_into_words(expected: Figure, unit: Unit) -> Figure | None:
        """A number in words that this version writes in the unit where the others write none
        of it, while the text has it elsewhere (if only as an ordinal): the first two turns
        changed into the first three, beside the third corner."""
        nonlocal worded
        if worded is None:
            worded = [m for m in units.more_in_unit(view, occurrences, overall=False, words=True) if m[2].spelled]
        return _extra_in_unit(expected, unit, worded, used, view, config)

    for key, unit, doubtful in fewer:
        # As the others write it in this unit: the 70% of a passage, not the CleanPro 70 of the
        # title; PostgreSQL 15, not the 15% of another passage.
        here = units.within(occurrences[key], unit) or occurrences[key]
        sample = next(f for figs in here.values() for f in figs)
        partner = changed_into(sample, unit)
        if partner is None and (clock := _clock_in_unit(sample, unit, units, view, occurrences, used)) is not None:
            used.add(id(clock))
            partner = _as_time(clock)
        if partner is None:
            partner = changed_into_words(sample, unit)
        if partner is not None:
            used.add(id(partner))
            findings.append(_mismatch(document, view, views, here, partner, units))
        elif not doubtful:
            findings.append(_omission(document, view, views, occurrences[key], counted=True, units=units, unit=unit))
    moved: list | None = None  # values this version writes in a unit where the others write them in another
    for key, unit in units.fewer_within_unit(view, occurrences):
        here = units.within(occurrences[key], unit)
        expected = next(f for figs in here.values() for f in figs)
        partner = changed_into(expected, unit)
        if partner is None:
            # two values swapped between places, each as often as the others write it: row 1's
            # 82 points and row 4's 60 of a table, written the other way round
            moved = units.more_in_unit(view, occurrences, overall=False) if moved is None else moved
            partner = _extra_in_unit(expected, unit, moved, used, view, config)
        if partner is None:
            partner = changed_into_words(expected, unit)
        if partner is not None:  # the unit's count alone is no finding: "14 rooms and 14 halls" may say "as many"
            used.add(id(partner))
            findings.append(_mismatch(document, view, views, here, partner, units))
    for key, _unit, figure in more:
        if id(figure) not in used and not figure.lettered and not _twice(figure):
            findings.append(_addition(document, view, views, figure, occurrences[key], units, counted=True))
    return findings, [figure for figure in unpaired if id(figure) not in used]


def _twice(figure: Figure) -> bool:
    """Whether a figure is a bare two, which a passage may hold once more than the others' there
    with nothing added: they may say it with a word that holds no number (English twice,
    double; Russian дважды; Arabic مرتين, a dual), where Japanese writes 2回 and 2倍."""
    return figure.kind == "number" and figure.unit is None and figure.value == 2


def _clock_in_unit(expected: Figure, unit: Unit, units: UnitLocator, view: VersionView, occurrences, used: set[int]) -> Figure | None:
    """For a time missing from a unit: a number of this version there that is a clock time no
    other version writes in that unit (Korean 오후 2시, the number 2 and 14:00, where the others
    have 13:00), as the time it stands for. Its number may be common in the text (two rooms),
    so it is no addition; but beside the missing time it is that time changed."""
    if expected.kind != "time":
        return None
    written_here = {
        key
        for where in occurrences.values()
        for lang, figures in where.items()
        if lang != view.language
        for f in figures
        if units.index_of(lang, f) == unit.index
        for key in (f.key, *f.aliases)
    }
    for figure in view.figures:
        if id(figure) in used or not figure.clock or units.index_of(view.language, figure) != unit.index:
            continue
        if figure.clock not in written_here and figure.clock != expected.key:
            return figure
    return None


def _as_a_time_beside(figure: Figure, other: Figure) -> Figure:
    """``figure`` as the time it may write (``Figure.aliases``), where the other figure is a time
    and it is not; else as it is. Either way round: Finnish klo 15.45, the number 15.45 or the
    time 15:45, is the time in place of the others' 14:45; and the others' 19.30 (Catalan,
    Indonesian) is the time 19:30 their 7:30 p.m. is, where one version writes 20h30."""
    if other.kind != "time" or figure.kind == "time":
        return figure
    clock = next((alias for alias in figure.aliases if alias.startswith("time:")), None)
    return figure if clock is None else replace(figure, value=clock, kind="time", clock=None)


def _as_time(figure: Figure) -> Figure:
    """A number that is a clock time (오후 2시), as that time, for a mismatch's message."""
    return replace(figure, value=figure.clock, kind="time", clock=None)


class UnitLocator:
    """Where figures sit in the N-way alignment, and how sure the aligner is there."""

    def __init__(self, views: list[VersionView], alignment: Alignment, config: Config) -> None:
        self.alignment, self.config = alignment, config
        self.views = {v.language: v for v in views}
        self.unit_index = {
            lang: {s: unit.index for unit in alignment.units for s in unit.cells[lang].sentences} for lang in self.views
        }

    def index_of(self, language: str, figure: Figure) -> int | None:
        sentence = self.views[language].sentence_index(figure.start)
        return self.unit_index[language].get(sentence) if sentence is not None else None

    def unit_of(self, language: str, figure: Figure) -> Unit | None:
        index = self.index_of(language, figure)
        return self.alignment.units[index] if index is not None else None

    def figures_in(self, view: VersionView, unit: Unit) -> list[Figure]:
        """The version's figures in the unit."""
        return [f for f in view.figures if self.index_of(view.language, f) == unit.index]

    def within(self, where: dict[str, list[Figure]], unit: Unit) -> dict[str, list[Figure]]:
        """Of a value's figures per version, those in the unit; the versions with none there left out."""
        return {lang: inside for lang, figs in where.items() if (inside := [f for f in figs if self.index_of(lang, f) == unit.index])}

    def unit_for(self, where: dict[str, list[Figure]]) -> Unit | None:
        """The unit holding the value in most of the versions that carry it."""
        votes = Counter()
        for lang, figures in where.items():
            for index in {self.index_of(lang, f) for f in figures} - {None}:
                votes[index] += 1
        if not votes:
            return None
        index, _ = max(votes.items(), key=lambda item: (item[1], -item[0]))
        return self.alignment.units[index]

    def confident(self, unit: Unit | None) -> bool:
        return unit is not None and self.alignment.confidence(unit) >= self.config.unit_confidence

    def dropped_with_sentence(
        self, view: VersionView, where: dict[str, list[Figure]], claimed: frozenset[tuple[str, int]]
    ) -> bool:
        """Whether the figure's passage is missing here and a claim omission says so. The claim
        check has judged that unit, however sure the aligner is of it: a passage dropped in a
        language the encoder does not know leaves a unit the aligner is unsure of, and its
        figure is still the claim's."""
        unit = self.unit_for(where)
        return unit is not None and not unit.cells[view.language].sentences and (view.language, unit.index) in claimed

    def cell_segments(self, unit: Unit, language: str) -> tuple[Segment, ...]:
        sentences = self.views[language].sentences
        return tuple(sentences[i] for i in unit.cells[language].sentences)

    def fewer_in_unit(self, view: VersionView, occurrences) -> list[tuple[str, Unit, bool]]:
        """Values this version carries elsewhere but not in a unit where the others have them,
        and fewer times overall than the versions that do: one mention changed or dropped. The
        others' spelled numbers count (Three, Trois, Tres, трёх: no one word is weak where most
        versions write it in one place), this version's need not be spelled (3 March elsewhere).
        Each with whether its absence is doubtful, the others writing it in words only where
        this version may say it otherwise (``_doubtful_in_words``): then only a partner, another
        number in its place, makes it a finding."""
        found = []
        others = len(self.views) - 1
        need = more_than(self.config.omission_support, others)
        for key, where in occurrences.items():
            mine = [f for f in where.get(view.language, []) if not f.weak]
            if not mine:
                continue
            units, written = Counter(), set()
            for lang, figures in where.items():
                if lang != view.language:
                    for index in {self.index_of(lang, f) for f in figures if not f.ordinal} - {None}:
                        units[index] += 1
                    written |= {self.index_of(lang, f) for f in figures if not f.weak}
            my_units = {self.index_of(view.language, f) for f in where[view.language]} - {None}
            for index, count in units.items():
                unit = self.alignment.units[index]
                if count < need or index in my_units or not unit.cells[view.language].sentences:
                    continue
                doubtful = index not in written and self._doubtful_in_words(view, unit, mine[0].value)
                if not self.confident(unit):
                    continue
                if self._compounded(view, unit, mine[0].value):
                    continue
                supporters = [len(where[lang]) for lang in where if lang != view.language]
                if len(mine) < statistics.median(supporters):
                    found.append((key, unit, doubtful))
        return found

    def fewer_within_unit(self, view: VersionView, occurrences) -> list[tuple[str, Unit]]:
        """Values most others write more times in a unit than this version does, where the
        document-level count does not show it: of 14 rooms and Louis XIV, the king changed into
        Louis XV leaves one 14 in the passage where the others have two; King Peter II changed
        into Peter III leaves none, while the II of World War II, elsewhere, keeps the count.
        Only a partner (a value once too often in the same unit) makes it a finding, so numbers
        in words count too: French trois fils changed into quatre fils, while the title keeps its
        trois. Not a bare one, which other languages write as an article."""
        found = []
        others = len(self.views) - 1
        need = more_than(self.config.omission_support, others)

        def counted(figures) -> list[Figure]:
            return [f for f in figures if not (f.ordinal or f.article_like)]

        for key, where in occurrences.items():
            mine = counted(where.get(view.language, []))
            supporters = [len(counted(where[lang])) for lang in where if lang != view.language]
            if not mine or len(supporters) < need:
                continue
            fewer_overall = len(mine) < statistics.median(supporters)
            my_counts = Counter(self.index_of(view.language, f) for f in mine)
            their_counts: dict[int, list[int]] = {}
            for lang, figures in where.items():
                if lang != view.language:
                    for index, count in Counter(self.index_of(lang, f) for f in counted(figures)).items():
                        if index is not None:
                            their_counts.setdefault(index, []).append(count)
            for index, counts in their_counts.items():
                unit, count = self.alignment.units[index], my_counts.get(index, 0)
                if count == 0 and fewer_overall and any(not f.weak for f in mine):
                    continue  # fewer_in_unit's: an omission there, with or without a partner
                if count == 0 and not unit.cells[view.language].sentences:
                    continue  # the passage is missing here: the claim check's
                if self.confident(unit) and sum(c > count for c in counts) >= need:
                    found.append((key, unit))
        return found

    def _doubtful_in_words(self, view: VersionView, unit: Unit, value) -> bool:
        """Where only words say the value in a unit: whether this version's language has no
        word for it that the lexicon reads (三名), or this version's passage has a word that
        begins with one (Thai ห้าแต้ม, five points, one word to PyThaiNLP)."""
        if not _spells(view.language, value):
            return True
        return int(value) in number_words(self.passage(view, unit), view.language, shortest=1)

    def _compounded(self, view: VersionView, unit: Unit, value) -> bool:
        """Whether this version's passage has a word that begins with a spelled form of the
        value of four letters or more: a compound or a declined numeral (Polish trzymiesięcznego,
        Russian трёхмесячной, three months'), which says the number where others write digits."""
        if not _whole(value):
            return False
        return int(value) in number_words(self.passage(view, unit), view.language)

    @staticmethod
    def passage(view: VersionView, unit: Unit) -> str:
        """This version's sentences in the unit, as one text."""
        return " ".join(view.sentences[i].text for i in unit.cells[view.language].sentences)

    def closest(self, unit: Unit, language: str, where: dict[str, list[Figure]]) -> Segment:
        """This version's sentence in the unit that reads most like the others' sentences with the value."""
        cell = unit.cells[language].sentences
        vectors = self.alignment.vectors
        references = []
        for lang, figures in where.items():
            index = self.views[lang].sentence_index(figures[0].start)
            if index is not None and lang in vectors and index < len(vectors[lang]):
                references.append(vectors[lang][index])
        if not references or language not in vectors or len(cell) == 1:
            return self.views[language].sentences[cell[0]]
        target = np.mean(references, axis=0)
        best = max(cell, key=lambda i: float(vectors[language][i] @ target))
        return self.views[language].sentences[best]

    def more_in_unit(
        self, view: VersionView, occurrences, overall: bool = True, words: bool = False
    ) -> list[tuple[str, Unit, Figure]]:
        """Values this version writes in a unit where (almost) no other version does, while the
        others carry them elsewhere, and (with ``overall``) this version more often overall than
        they do. With ``words``, numbers in words too (not ordinals, nor a bare one)."""
        found = []
        others = len(self.views) - 1
        need = more_than(self.config.omission_support, others)
        allowed = at_most(self.config.addition_support, others)

        def counted(figure: Figure) -> bool:
            if words:
                return not (figure.article_like or figure.ordinal or figure.lettered)
            return not figure.weak

        for key, where in occurrences.items():
            mine = [f for f in where.get(view.language, []) if counted(f)]
            supporters = [lang for lang in where if lang != view.language]
            if not mine or len(supporters) < need:
                continue  # a value nobody else has is a document-level addition already
            counts = [len(where.get(lang, [])) for lang in self.views if lang != view.language]
            if overall and len(mine) <= statistics.median(counts):
                continue
            for figure in mine:
                unit = self.unit_of(view.language, figure)
                if not self.confident(unit):
                    continue
                filled = [lang for lang in unit.filled() if lang != view.language]
                here = [lang for lang in filled if any(self.index_of(lang, f) == unit.index for f in where.get(lang, []))]
                if len(filled) >= need and len(here) <= allowed:
                    found.append((key, unit, figure))
                    break
        return found

    def evidence(self, unit: Unit) -> dict[str, str]:
        return {
            lang: " ".join(s.text for s in self.cell_segments(unit, lang))
            for lang in self.views
            if unit.cells[lang].sentences
        }


def value_classes(views: list[VersionView]) -> dict[str, str]:
    """Key → the class of keys that denote one value across languages.

    A figure's aliases join its key's class (7.55 ↔ time 07:55, the 1980s ↔ 80), so a version
    that writes either form carries the value, and the two forms are reported once, not twice.
    """
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for view in views:
        for figure in view.figures:
            find(figure.key)
            for alias in figure.aliases:
                union(figure.key, alias)
    # A converted unit carries the same value: 200 miles (en) ≈ 320 Kilometer (de), 80 degrees
    # (read in Fahrenheit) ≈ 27 Grad (read in Celsius).
    measures = [(v.language, f, reading) for v in views for f in v.figures for reading in f.readings]
    for i, (lang_a, fig_a, (unit_a, dim_a, si_a)) in enumerate(measures):
        for lang_b, fig_b, (unit_b, dim_b, si_b) in measures[i + 1 :]:
            if lang_a != lang_b and dim_a == dim_b and unit_a != unit_b and _close(dim_a, si_a, si_b, _finer_step(fig_a, unit_a, fig_b, unit_b)):
                union(fig_a.key, fig_b.key)
    return {key: find(key) for key in list(parent)}


def _unit_changes(document: str, view: VersionView, views: list[VersionView], occurrences, config: Config, units) -> list[Finding]:
    """The same number with another unit than the versions that measure it: of its kind (5 MB
    for 5 GB, 95 °F for 95 °C, 5 g for 5 mg) or of another (23 km for 23 kg). The value alone
    agrees, so the value comparison passes it; a unit converted with its number (200 miles,
    320 Kilometer) agrees in measure.

    A version that writes the number with no unit read (German 2,4 s: CLDR gives German no
    symbol s) says nothing of the unit. It counts towards the versions that must write the
    number, and the unit is judged by those that measure it: two at least, and all alike. A
    measure this version writes as another figure is left out of theirs (``_written_here``)."""
    others = len(views) - 1
    need = more_than(config.omission_support, others)
    texts = {v.language: v.text for v in views}
    findings = []
    for where in occurrences.values():
        writing = len(where) - (view.language in where)
        for figure in where.get(view.language, []):
            if figure.measure is None or figure.ranged:
                continue
            own = [f for f in where[view.language] if f is not figure and f.measure]
            measured = {
                lang: [f for f in figures if f.measure and not f.ranged and (f.unit == figure.unit or not _written_here(f, own))]
                for lang, figures in where.items()
                if lang != view.language
            }
            measured = {lang: figures for lang, figures in measured.items() if figures}
            if writing < need or any(_same_measure(figure, f) or _rate_and_its_measure(figure, f) for fs in measured.values() for f in fs):
                continue
            kind = figure.measure[0]
            agreeing = _all_alike({lang: [f for f in fs if f.measure[0] == kind] for lang, fs in measured.items()}, min(need, 2))
            if agreeing is None and not _unit_goes_on(texts[view.language], figure):
                # Of another kind, only units read whole count: 215公里/小时 is read as 215 km, 14,8 кВт·ч as kW.
                whole = {lang: [f for f in fs if not _unit_goes_on(texts[lang], f)] for lang, fs in measured.items()}
                agreeing = _all_alike(whole, min(need, 2))
                if agreeing is not None and _kind(agreeing) == kind:
                    agreeing = None
            if agreeing is not None:
                found = _mismatch(document, view, views, agreeing, figure, units)
                findings.append(replace(found, subject=f"unit:{figure.unit}"))
    return findings


def _all_alike(measured: dict[str, list[Figure]], fewest: int) -> dict[str, list[Figure]] | None:
    """The versions' measures if at least ``fewest`` versions measure the value and every one
    has the same quantity among its measures; else None."""
    measured = {lang: figures for lang, figures in measured.items() if figures}
    if len(measured) < fewest:
        return None
    reference = next(iter(measured.values()))[0]
    agreeing = {lang: fs for lang, fs in measured.items() if any(_same_measure(reference, f) for f in fs)}
    return agreeing if len(agreeing) == len(measured) else None


def _kind(agreeing: dict[str, list[Figure]]) -> str:
    return next(iter(agreeing.values()))[0].measure[0]


def _written_here(other: Figure, own: list[Figure]) -> bool:
    """Whether this version writes the other's measure itself, as another figure: then that
    measure is not what this figure converts (French 2 mois beside its own 60 jours is no 60
    days, however close two months and sixty days are)."""
    return any(f.key == other.key and _same_measure(other, f) for f in own)


#: What joins a unit to another in a compound one: per (km/h, mg/kg), times (kWh as kW·h).
_UNIT_JOINERS = "/·⋅•∙"


def _unit_goes_on(text: str, figure: Figure) -> bool:
    """Whether a measure's unit is joined to another that was not read with it (公里/小时, km/ora,
    кВт·ч): its kind is then unknown, and one of another kind says nothing."""
    following = text[figure.end : figure.end + 1]
    return bool(following) and following in _UNIT_JOINERS


def _rate_and_its_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures of one number are a rate in time and the measure it is of (12 miles
    per hour and 12 mil, where Turkish says the hour before the number, saatte 12 mil): the
    time may stand anywhere in the sentence, where no unit pattern reads it. Not a rate per
    another measure: 10 mg for 10 mg/kg is another dose."""
    return a.unit != b.unit and a.value == b.value and _in_time(a.unit) == _in_time(b.unit)


def _in_time(unit: str | None) -> str | None:
    """The unit a rate in time is of (length-mile of speed-mile-per-hour, volume-liter of
    volume-liter/duration-minute), or the unit itself."""
    if unit and unit.startswith("speed-") and "-per-" in unit:
        return "length-" + unit.removeprefix("speed-").split("-per-")[0]
    over, _, under = (unit or "").partition(PER)
    return over if under.startswith("duration-") else unit


def _same_measure(a: Figure, b: Figure) -> bool:
    """Whether two measures are one quantity: of one kind, and equal up to a converted unit's
    rounding (200 miles, 320 km)."""
    return a.measure[0] == b.measure[0] and _close(a.measure[0], a.measure[1], b.measure[1], _finer_step(a, a.unit, b, b.unit))


def _currency_changes(document: str, view: VersionView, views: list[VersionView], occurrences, config: Config, units) -> list[Finding]:
    """The same amount in another currency than the versions that state one: 1'249,90 EUR for
    CHF 1,249.90. Only a currency every language of the document reads alike from the figure is
    stated (CHF, a name, €); $ is each locale's own dollar (US, Mexican, Australian), so a $
    amount in a document with Mexican Spanish states none, and is held to nothing.

    A currency this version states is also another's where the versions that write the amount
    as money rule it out: 150 Millionen Euro where the others write $150m, 150 millions de
    dollars and 150 milioni di dollari, which may be any dollar but no euro."""
    others = len(views) - 1
    need = more_than(config.omission_support, others)
    languages = tuple(v.language for v in views)
    findings = []
    for where in occurrences.values():
        stated = None  # the currencies the other versions state for this value: read once, if asked
        for figure in where.get(view.language, []):
            mine = _stated_currency(figure.text, figure.unit, languages)
            possible = {mine} if mine is not None else _possible_currencies(figure, view.language)
            if not possible:
                continue
            if stated is None:
                stated = {
                    lang: codes
                    for lang, figures in where.items()
                    if lang != view.language and (codes := {_stated_currency(f.text, f.unit, languages) for f in figures} - {None})
                }
            agreeing = {}
            if len(stated) >= need and not any(possible & codes for codes in stated.values()):
                reference = Counter(code for codes in stated.values() for code in codes).most_common(1)[0][0]
                agreeing = {lang: where[lang] for lang, codes in stated.items() if reference in codes}
            if len(agreeing) < need and mine is not None:
                agreeing = _ruling_out(mine, where, view.language, languages)
            if len(agreeing) >= need:
                found = _mismatch(document, view, views, agreeing, figure, units)
                findings.append(replace(found, subject=f"currency:{mine or figure.text}"))
    return findings


def _ruling_out(code: str, where: dict[str, list[Figure]], language: str, languages: tuple[str, ...]) -> dict[str, list[Figure]]:
    """The other versions that write this value as money, each time in a currency that is not
    ``code``: one they state, or a word several currencies share (dollars) that it is not among."""
    found = {}
    for lang, figures in where.items():
        money = [f for f in figures if f.kind == "currency"]
        if lang == language or not money:
            continue
        readings = [{stated} if (stated := _stated_currency(f.text, f.unit, languages)) else _possible_currencies(f, lang) for f in money]
        if all(reading and code not in reading for reading in readings):
            found[lang] = money
    return found


_LETTERS = re.compile(r"[^\W\d_]+")


def _possible_currencies(figure: Figure, language: str) -> frozenset[str]:
    """The currencies money written with a word several of them share may be: Swedish 349 kronor
    is SEK, NOK, DKK or ISK, never EUR (``lexicon.currency_families``); none for other figures."""
    if figure.unit != "currency":
        return frozenset()
    families = currency_families(language)
    for word in _LETTERS.findall(figure.text.casefold()):
        codes = families.get(word) or inflected_head(word, _family_stems(language))  # ドル; kronorna
        if codes:
            return codes
    return frozenset()


@lru_cache(maxsize=None)
def _family_stems(language: str) -> dict[str, frozenset[str]]:
    return head_stems(currency_families(language))


@lru_cache(maxsize=4096)
def _stated_currency(text: str, unit: str | None, languages: tuple[str, ...]) -> str | None:
    """The currency a money figure states, if every language of the document that reads a
    currency in its text reads this one; None otherwise, and for a currency left unnamed
    (dollars, Dollar: "currency")."""
    if unit is None or len(unit) != 3 or not unit.isupper():
        return None
    readings = set()
    for language in languages:
        for figure in extract_figures(text, language):
            if figure.unit and len(figure.unit) == 3 and figure.unit.isupper():
                readings.add(figure.unit)
    return unit if readings == {unit} else None


def _finer_step(a: Figure, unit_a: str, b: Figure, unit_b: str) -> float:
    """The finer of two measures' last written digits, each read in its unit (``Figure.step``)."""
    return min(a.step(unit_a), b.step(unit_b))


def _close(dimension: str, a: float, b: float, step: float = 0.0) -> bool:
    """Equal up to a translator's rounding of a converted unit: by 6%, or to the nearest
    ``step``, the finer of the two values' last digits (1 inch as 3 cm, 3 inches as 8 cm: whole
    centimetres are as fine as the translation writes)."""
    if dimension == "temperature":
        return abs(a - b) <= 1.5
    return abs(a - b) <= max(0.06 * max(abs(a), abs(b)), step / 2)


def _occurrences(views: list[VersionView]) -> dict[str, dict[str, list[Figure]]]:
    """Value class → version → that version's figures of this value, in text order."""
    classes = value_classes(views)
    table: dict[str, dict[str, list[Figure]]] = {}
    for view in views:
        for figure in view.figures:
            table.setdefault(classes[figure.key], {}).setdefault(view.language, []).append(figure)
    return table


def _expected_here(language: str, where: dict[str, list[Figure]], others: int, config: Config) -> bool:
    if language in where or others == 0:
        return False
    where = {lang: figures for lang, figures in where.items() if not all(f.ordinal for f in figures)}  # third supports 3, never demands it
    need = more_than(config.omission_support, others)
    strong = sum(any(not f.weak for f in figures) for figures in where.values())
    # Spelled-out numbers are weak: one such word alone never makes a value expected elsewhere.
    return len(where) >= need and (strong >= 1 or len(where) >= 2)


def _fewer_everywhere_else(view: VersionView, occurrences, views: list[VersionView]) -> list[str]:
    """Values this version writes fewer times than every other version does.

    A set comparison cannot see a changed figure whose old value also occurs elsewhere in the
    text ("1-0" becoming "1-8" beside another 0). Unanimity keeps this from flagging mere style.
    """
    if len(views) < 3:
        return []
    result = []
    for key, where in occurrences.items():
        mine = sum(not f.weak for f in where.get(view.language, []))
        if mine == 0:
            continue
        others = [sum(not f.weak for f in where.get(v.language, [])) for v in views if v.language != view.language]
        if all(count > mine for count in others):
            result.append(key)
    return result


def _words_this_language_lacks(view: VersionView, where: dict[str, list[Figure]], others: int, config: Config) -> bool:
    """Whether the value is expected here mostly on the strength of spelled-out numbers, while
    this version's language has no word for it that the lexicon reads (Chinese and Japanese
    write small numbers in Han numerals, 三条, 三つ, which are parts of ordinary words too; Korean
    native 세 is one syllable, too short to spot), or the value is two. Their absence says nothing."""
    need = more_than(config.omission_support, others)
    if sum(any(not f.spelled for f in figures) for figures in where.values()) >= need:
        return False  # enough versions write it in digits
    value = next(f for figs in where.values() for f in figs).value
    return isinstance(value, Decimal) and int(value) == value and not _spells(view.language, value)


def _spells(language: str, value) -> bool:
    """Whether the lexicon reads the value, a whole number, written as a word in this language.
    Two, in words, is as often "both", "a pair" or a dual (Hebrew, Arabic, Slovene), or a
    numeral declined beyond CLDR's forms (Czech dvou, Ukrainian двох): no word reads it for sure."""
    return _whole(value) and value != 2 and int(value) in _spelled_values(language)


def _said_by_a_dual(view: VersionView, where: dict[str, list[Figure]]) -> bool:
    """Whether the value is a bare two, which this version's language may say with a noun's dual
    form and no numeral at all (Arabic ساعتين, two hours; Hebrew שעתיים): CLDR's plural rules
    give the language a category for two; or two of a unit that CLDR's pattern for two writes
    as that one word, with no number (Arabic أسبوعان, two weeks, which a text declines:
    كل أسبوعين, every two weeks). A two changed into another number still leaves that number
    behind, an addition."""
    sample = next(f for figs in where.values() for f in figs)
    if sample.value != 2 or sample.in_date or not _has_dual(view.language):
        return False  # a date's 2 March is written
    if _twice(sample):
        return True
    return any(f.kind == "measure" and f.value == 2 and f.unit in dual_units(view.language) for figs in where.values() for f in figs)


@lru_cache(maxsize=None)
def _has_dual(language: str) -> bool:
    return "two" in babel_locale(language).plural_form.tags


@lru_cache(maxsize=None)
def _spelled_values(language: str) -> frozenset[int]:
    """The numbers the language's lexicon reads written as words."""
    return frozenset(lexicon(language).spelled.values())


def _written_in_a_code(view: VersionView, where: dict[str, list[Figure]]) -> bool:
    """Whether this version writes the value's digits where no figure was read: in a code joined
    to words (German HTTP-503-Fehler, where the others write HTTP 503), which the names check
    holds. Its absence as a figure says nothing. Not for a number under ten, which codes hold
    everywhere (eu-west-1)."""
    value = next(f for figs in where.values() for f in figs).value
    if not _whole(value) or value < 10:
        return False
    read = [(f.start, f.end) for f in view.figures]
    pattern = re.compile(rf"(?<![\d.,]){int(value)}(?!\d|[.,]\d)")
    return any(not any(start <= m.start() < end for start, end in read) for m in pattern.finditer(ascii_digits(view.text)))


def _spelled_inside(view: VersionView, where: dict[str, list[Figure]]) -> bool:
    """Whether the version spells this small number inside a longer word, so its absence is doubtful."""
    value = next(f for figs in where.values() for f in figs).value
    return _whole(value) and int(value) in view.number_words


_CLOCK_KEY = re.compile(r"time:(\d{2}):(\d{2})")


def _hours_and_minutes(view: VersionView, omitted: list[str], extra: dict[Figure, str], occurrences):
    """A time written with the letter for hours (French 1 h 30, Portuguese 1h30) is a duration
    as often as a time of day, which other languages write as two numbers (1 hour 30 minutes,
    1 Stunde 30 Minuten). Where this version has such a time that the others lack and lacks
    both its numbers, or the other way round, the two forms are one value and neither is told."""

    def parts(key: str) -> set[str]:
        clock = _CLOCK_KEY.fullmatch(key)
        if clock is None or not int(clock[2]):
            return set()  # 2 h is 2 or 02:00 already (Figure.aliases)
        return {decimal_key(Decimal(int(clock[1]))), decimal_key(Decimal(int(clock[2])))}

    def lettered(figures) -> bool:
        return any(f.kind == "time" and ":" not in f.text for f in figures)

    def keys_of(keys) -> dict[str, str]:
        """Each class key by the keys of the values it holds."""
        return {f.key: key for key in keys for figures in occurrences[key].values() for f in figures}

    omitted_by_value = keys_of(omitted)
    for figure, key in list(extra.items()):  # this version writes the time, the others the numbers
        wanted = parts(key) if lettered([figure]) else set()
        if wanted and wanted <= omitted_by_value.keys():
            del extra[figure]
            omitted = [k for k in omitted if k not in {omitted_by_value[w] for w in wanted}]
    extra_by_value = {f.key: f for f in extra}
    for key in list(omitted):  # the others write the time, this version the numbers
        wanted = parts(key) if lettered(f for figs in occurrences[key].values() for f in figs) else set()
        if wanted and wanted <= extra_by_value.keys():
            omitted.remove(key)
            for value in wanted:
                extra.pop(extra_by_value[value], None)
    return omitted, extra


def _unsupported(view: VersionView, occurrences, others: int, config: Config) -> dict[Figure, str]:
    """This version's first figure of each value that at most ``addition_support`` of the others carry."""
    allowed = at_most(config.addition_support, others)
    found = {}
    for key, where in occurrences.items():
        if view.language in where and len(where) - 1 <= allowed:
            first = next((f for f in where[view.language] if not f.ordinal), None)  # an ordinal is never added
            if first is not None:
                found[first] = key
    return found


def _expected_position(where: dict[str, list[Figure]], views: list[VersionView]) -> float:
    by_language = {v.language: v for v in views}
    return statistics.median(by_language[lang].position(figs[0].start) for lang, figs in where.items())


def _written_more_often(view: VersionView, occurrences, others: int, config: Config) -> dict[Figure, str]:
    """This version's figures of values that most others carry too, but fewer times than this
    version does: one of them may be another value changed into this one (1 May into 1 June, in
    a text that names June anyway)."""
    need = more_than(config.omission_support, others)
    found = {}
    for key, where in occurrences.items():
        mine = [f for f in where.get(view.language, []) if not (f.weak or f.ordinal or f.lettered)]
        counts = [len(figures) for lang, figures in where.items() if lang != view.language]
        if mine and len(counts) >= need and len(mine) > statistics.median(counts + [0] * (others - len(counts))):
            found.update((figure, key) for figure in mine)
    return found


def _pair(
    view: VersionView,
    omitted: list[str],
    extra: list[Figure],
    occurrences,
    views,
    config: Config,
    units=None,
    surplus: dict[Figure, str] | None = None,
):
    """Greedily pair omissions with additions that plainly correspond, the closest pair first.

    Where the aligner is confident, an omission pairs only with an addition of the same unit;
    elsewhere, by position in the text (the document-level fallback), and there also with a
    figure of a value this version writes more often than the others do (``surplus``, at most
    one per value): the others' units would show that value once too often in one place, but
    the aligner is unsure of them.
    """
    surplus = surplus or {}
    candidates = []
    for key in omitted:
        where = occurrences[key]
        sample = next(f for figs in where.values() for f in figs)
        unit = units.unit_for(where) if units is not None else None
        if units is not None and units.confident(unit):
            for figure in extra:
                found_unit = units.unit_of(view.language, figure)
                if found_unit is not None and found_unit.index == unit.index:
                    read = _as_a_time_beside(figure, sample)
                    score = _correspondence(_as_a_time_beside(sample, figure), None, set(), read, view, config)
                    if score is not None:
                        candidates.append((score - 1.0, key, figure, read))  # same unit beats any position
            continue
        position = _expected_position(where, views)
        by_language = {v.language: v for v in views}
        context = set().union(*(by_language[lang].neighbours(figs[0].start) for lang, figs in where.items()))
        sentence = statistics.median(by_language[lang].sentence_position(figs[0].start) for lang, figs in where.items())
        for figure in [*extra, *(f for f, value in surplus.items() if value != key)]:
            read = _as_a_time_beside(figure, sample)
            score = _correspondence(_as_a_time_beside(sample, figure), (position, sentence), context, read, view, config)
            if score is not None:
                candidates.append((score, key, figure, read))
    pairs, used_keys, used_figures, used_values = [], set(), set(), set()
    for _score, key, figure, read in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start)):
        if key in used_keys or figure.start in used_figures or surplus.get(figure) in used_values:
            continue
        used_keys.add(key)
        used_figures.add(figure.start)
        if figure in surplus:
            used_values.add(surplus[figure])
        pairs.append((key, read))  # as the expected value's kind reads it (klo 15.45, a time)
    return (
        pairs,
        [k for k in omitted if k not in used_keys],
        [f for f in extra if f.start not in used_figures],
    )


def _correspondence(
    expected: Figure,
    where: tuple[float, float],
    context: set[str],
    found: Figure,
    view: VersionView,
    config: Config,
) -> float | None:
    """A score (lower is closer) if ``found`` could be the changed form of ``expected``, else None.

    ``where`` is the expected place as a share of the text and as a share of the sentences, so
    versions of different lengths compare. A pair farther apart than about one sentence must
    also share a neighbouring figure in its sentence.
    """
    if _family(expected) != _family(found):
        return None
    if (expected.unit == "percent") != (found.unit == "percent"):
        return None
    if where is None:  # same aligned unit: only kind and magnitude matter
        return _magnitude_score(expected, found, config)
    position, sentence = where
    distance = abs(position - view.position(found.start))
    if distance > config.mismatch_window:
        return None
    sentences = max(1, sum(1 for s in view.segments if not s.layout))
    same_sentence = abs(sentence - view.sentence_position(found.start)) < 1 / sentences
    near = distance <= config.mismatch_window / 3 or same_sentence
    if not near and not (context & view.neighbours(found.start)):
        return None
    magnitude = _magnitude_score(expected, found, config)
    return None if magnitude is None else distance + magnitude


def _magnitude_score(expected: Figure, found: Figure, config: Config) -> float | None:
    if isinstance(expected.value, Decimal) and isinstance(found.value, Decimal):
        low, high = sorted((abs(expected.value), abs(found.value)))
        if low == 0:
            return None if high != 0 else 0.0
        ratio = float(high / low)
        if ratio > config.mismatch_ratio and not _scale_slip(high / low):
            return None
        return 0.1 * math.log10(ratio)
    return 0.5


def _scale_slip(ratio: Decimal) -> bool:
    """Whether two values are the same digits at another power of ten: 2.8 billion written as
    2.8 million (Thai ล้าน is million, พันล้าน billion), a translation slip however far apart
    the magnitudes are."""
    return ratio == Decimal(10) ** round(math.log10(ratio))


def _family(figure: Figure) -> str:
    return figure.kind if figure.kind in ("time", "code", "month") else "number"


def _paired_only(key: str) -> bool:
    """Whether a value is reported only as one side of a mismatch: the month of a date written
    with words (March 12 changed to April 12). A version that writes the date in a form its
    language's CLDR patterns miss (Italian "nel giugno del 2017", Thai "เดือนกรกฎาคมปี 2017")
    has no month figure, so its absence alone says nothing; its day and year stay numbers."""
    return key.startswith("month:")


def _evidence(views: list[VersionView], picks: dict[str, Segment | None]) -> dict[str, str]:
    return {view.language: picks[view.language].text for view in views if picks.get(view.language)}


def _supporters(where: dict[str, list[Figure]], views: list[VersionView]) -> tuple[str, ...]:
    return tuple(v.language for v in views if v.language in where)


def _segments_for(where, views: list[VersionView], view: VersionView, position: float) -> dict[str, Segment | None]:
    picks: dict[str, Segment | None] = {}
    for other in views:
        if other.language in where:
            picks[other.language] = locate(other.segments, where[other.language][0].start)
        else:
            picks[other.language] = other.segment_at(position)
    return picks


@dataclass(frozen=True)
class Place:
    """Where a finding sits: evidence per version, the location in this version, the unit."""

    evidence: dict[str, str]
    location: Location | None
    unit: int | None = None
    note: str = ""


FALLBACK_NOTE = " (placed by position in the text: the alignment is not confident here)"


def _place(view: VersionView, views: list[VersionView], where, units, own: Figure | None = None, unit=None) -> Place:
    """Place a finding in its aligned unit, or by position in the text as the fallback."""
    if units is not None:
        if unit is None:
            unit = units.unit_of(view.language, own) if own is not None else units.unit_for(where)
        if units.confident(unit):
            mine = units.cell_segments(unit, view.language)
            if own is not None:
                segment = locate(view.segments, own.start)
            elif mine:
                segment = units.closest(unit, view.language, where)
            else:
                segment = before_cell(units, unit, view)
            evidence = units.evidence(unit)
            return Place(evidence, location_of(segment), unit.index)
    position = view.position(own.start) if own is not None else _expected_position(where, views)
    picks = _segments_for(where, views, view, position)
    if own is not None:
        picks[view.language] = locate(view.segments, own.start)
    return Place(_evidence(views, picks), location_of(picks.get(view.language)), None, FALLBACK_NOTE if units else "")


def before_cell(units: UnitLocator, unit: Unit, view: VersionView) -> Segment | None:
    """This version's last sentence before an empty cell: where the missing text would go."""
    for earlier in reversed(units.alignment.units[: unit.index]):
        cell = units.cell_segments(earlier, view.language)
        if cell:
            return cell[-1]
    return view.sentences[0] if view.sentences else None


def _omission(
    document: str, view: VersionView, views: list[VersionView], where, counted: bool = False, units=None, unit=None
) -> Finding:
    place = _place(view, views, where, units, unit=unit)
    # Name the value as this version writes it, where it does (2 inches, not 5 cm, in the text
    # that uses inches).
    own_units = {f.unit for f in where.get(view.language, [])}
    # as the others write it in the passage, where there is one: the two of "two days", not the
    # 2 °C this version writes elsewhere
    shown = (units.within(where, unit) if units is not None and unit is not None else None) or where
    expected = value_ref(sorted((f for figs in shown.values() for f in figs), key=lambda f: f.unit not in own_units))
    if counted:
        support = tuple(lang for lang in where if lang != view.language)
        mine = len(where[view.language])
        message = (
            f"{describe_value(expected.value, expected.unit) if isinstance(expected.value, str) else _describe_ref(expected)}"
            f" is missing in this passage; it appears {mine} time(s) here, "
            f"{statistics.median(len(where[lang]) for lang in support):g} times in the other versions that have it."
        )
    else:
        support = _supporters(where, views)
        examples = ", ".join(f"{lang} '{where[lang][0].text}'" for lang in support[:4])
        message = f"{_describe(where)} is missing here; {len(support)} other version(s) have it: {examples}."
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.OMISSION,
        category=Category.FIGURE,
        message=message + place.note,
        subject="count" if counted else "",
        expected=expected,
        support=support,
        evidence=place.evidence,
        location=place.location,
        severity=Severity.MAJOR,
        unit=place.unit,
    )


def _addition(
    document: str, view: VersionView, views: list[VersionView], figure: Figure, where, units=None, counted: bool = False
) -> Finding:
    place = _place(view, views, where, units, own=figure)
    also = [lang for lang in where if lang != view.language]
    if counted:  # the others have the value elsewhere: it is one too many here
        message = (
            f"{figure.describe()} ('{figure.text}') is extra in this passage; it appears {len(where[view.language])} "
            f"time(s) in this version, {statistics.median(len(where[lang]) for lang in also):g} times in the other "
            "versions that have it."
        )
    else:
        tail = f" and in {', '.join(also)}" if also else ""
        message = f"{figure.describe()} ('{figure.text}') appears only here{tail}; the other versions do not have it."
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.ADDITION,
        category=Category.FIGURE,
        message=message + place.note,
        found=value_ref([figure]),
        support=tuple(also),
        evidence=place.evidence,
        location=place.location,
        severity=Severity.MAJOR,
        unit=place.unit,
    )


def _mismatch(document: str, view: VersionView, views: list[VersionView], where, figure: Figure, units=None) -> Finding:
    place = _place(view, views, where, units, own=figure)
    support = tuple(lang for lang in _supporters(where, views) if lang != view.language)
    # Show one this version lacks: of 150 hp (110 kW) and 150 kW, one class of converted values,
    # the 110 kW changed into 100 kW, not the 150 kW this version still writes. Then one with the
    # found number, where its unit changed: of 1580 kJ and 378 kcal, the 378 kcal written 378 kJ.
    # Then one of the found one's sign (−3.120 for −3.210, not the (3,120) accounts write), and
    # one in its unit where a version has it (320 km, not 200 miles).
    mine = {(f.value, f.unit) for f in where.get(view.language, [])}
    candidates = sorted(
        (f for figs in where.values() for f in figs),
        key=lambda f: ((f.value, f.unit) in mine, f.value != figure.value, _family(f) != _family(figure), _negative(f) != _negative(figure), f.unit != figure.unit),
    )
    # with the unit of the shown one's own kind: the others' bare 25 (minutes, no measure) is
    # not 25 GB because the same row writes 25 GB too
    expected = value_ref([f for f in candidates if (f.value, f.unit) == (candidates[0].value, candidates[0].unit)])
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.MISMATCH,
        category=Category.FIGURE,
        message=(
            f"Expected {describe_value(candidates[0].value, expected.unit)} as in {', '.join(support)}, "
            f"found {figure.describe()} ('{figure.text}')."
        )
        + place.note,
        expected=expected,
        found=value_ref([figure]),
        support=support,
        evidence=place.evidence,
        location=place.location,
        severity=Severity.CRITICAL,
        unit=place.unit,
    )


def _negative(figure: Figure) -> bool:
    return isinstance(figure.value, Decimal) and figure.value < 0


def _describe_ref(ref: ValueRef) -> str:
    return describe_value(Decimal(str(ref.value)), ref.unit)


def _describe(where: dict[str, list[Figure]]) -> str:
    """The consensus value in words, with the unit most of its occurrences carry."""
    figures = [f for figs in where.values() for f in figs]
    return describe_value(figures[0].value, _common_unit(figures))


# --- language ----------------------------------------------------------------------------------


#: Letters of lower-case words (not names, numbers or codes) that a sentence must share, word for
#: word, with another version's for the two to be one text: a title of names ("Aurora VX-9400")
#: or a telephone number is rightly the same in every language.
COPIED_LETTERS = 15
#: How much likelier the shared text must be in the other version's language than in this one's,
#: by langdetect's profiles (a natural log: e^10, some 22,000 times).
COPIED_MARGIN = 10.0
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?…。！？"


def copied_sentences(views: list[VersionView]) -> dict[str, list[tuple[Segment, str]]]:
    """Per version, its sentences that a version in another language has word for word, written
    in that language: text left untranslated, however short. langdetect needs a long paragraph
    to judge (``langid_min_letters``); a sentence copied from another version needs no guess,
    only which of the two languages it is written in."""
    holders: dict[str, list[tuple[str, Segment]]] = {}
    for view in views:
        for sentence in _sentences_and_paragraphs(view):
            key = _copy_key(sentence.text)
            if key:
                holders.setdefault(key, []).append((view.language, sentence))
    copied: dict[str, list[tuple[Segment, str]]] = {}
    for held in holders.values():
        if len({base_language(language) for language, _ in held}) < 2:
            continue
        text = held[0][1].text
        for language, sentence in held:
            source = next(
                (
                    other
                    for other, _ in held
                    if base_language(other) != base_language(language) and _written_in(text, other, language)
                ),
                None,
            )
            if source is not None:
                copied.setdefault(language, []).append((sentence, source))
    return copied


def _written_in(text: str, other: str, language: str) -> bool:
    """Whether text two versions share is written in ``other``'s language rather than in
    ``language``: by COPIED_MARGIN more likely in it, by langdetect's profiles. Where
    ``language`` has none (Georgian, Maltese, Mongolian: langdetect knows 55 languages), where
    it reads plainly as ``other`` against every language langdetect knows in its script
    (``screen``), unless CLDR counts the two as nearly one: an English paragraph kept in the
    Georgian or the Maltese version."""
    lean = leaning(text, other, language)
    if lean is not None:
        return lean >= COPIED_MARGIN
    return can_judge(other) and not can_judge(language) and not kindred(language, other) and screen(text, other) is not None


def _sentences_and_paragraphs(view: VersionView) -> list[Segment]:
    """The version's sentences, and each paragraph of several as one more segment: a language's
    segmenter may cut a copied paragraph otherwise than the source's does (Thai's, an English one)."""
    by_paragraph: dict[int, list[Segment]] = {}
    for sentence in view.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    whole = [
        Segment(first.paragraph, first.sentence, first.line, first.start, last.end, view.text[first.start : last.end])
        for first, *_, last in (group for group in by_paragraph.values() if len(group) > 1)
    ]
    return list(view.sentences) + whole


def _copy_key(text: str) -> str | None:
    """The sentence as the same text in another file would be: case, spacing and its closing
    mark aside; None if it has too few letters of lower-case words (outside web and email
    addresses) to be a sentence of a language."""
    prose = text
    for start, end in reversed(verbatim.spans(text)):
        prose = prose[:start] + " " + prose[end:]
    words = sum(len(w) for w in _LOWER_WORD.findall(prose) if not any(c.isupper() for c in w))
    if words < COPIED_LETTERS:
        return None
    return " ".join(text.casefold().split()).rstrip(_SENTENCE_END)


def language_findings(
    document: str,
    view: VersionView,
    whole: Detection | None,
    paragraphs: list[tuple[Segment, Detection]],
    config: Config,
    copied: list[tuple[Segment, str]] = (),
    languages: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The version, or one of its paragraphs, is not in the language its file name declares; or
    it holds sentences another version has word for word, in that version's language (``copied``).

    A paragraph left untranslated is mostly in the language of another version (``languages``,
    the document's, by base language): one that reads as a neighbour of the declared language
    (``langid.neighbours``: Afrikaans for Dutch) that no version is in is the detector's
    confusion far more often than a translator's."""
    declared = view.language
    # The whole file is mislabelled only if no paragraph reads as the declared language;
    # otherwise the foreign paragraphs are reported one by one.
    # A language CLDR counts as nearly the declared one (Danish for Norwegian) is no guess to
    # report: text left in it is found where another version has it word for word (``copied``).
    declared_somewhere = any(d.declared_probability >= 0.5 for _, d in paragraphs)
    if whole is not None and whole.declared_probability < 0.5 and not declared_somewhere and not kindred(declared, whole.language):
        message = (
            f"The file is declared '{declared}' but reads as '{whole.language}' "
            f"(p={whole.probability:.2f}); it may be mislabelled or untranslated."
        )
        return [_language_finding(document, declared, whole.language, message, view.text[:200], None, "version")]
    findings = [
        _language_finding(
            document,
            declared,
            detection.language,
            f"Paragraph {segment.paragraph + 1} reads as '{detection.language}' "
            f"(p={detection.probability:.2f}), not '{declared}': it may be untranslated.",
            segment.text,
            location_of(segment),
            text_fingerprint(segment.text),
        )
        for segment, detection in paragraphs
        if detection.probability >= config.langid_min_confidence and detection.declared_probability < 0.1
        and not kindred(declared, detection.language)
        and (base_language(detection.language) in languages or not neighbours(declared, detection.language))
    ]
    flagged = {f.location.paragraph for f in findings if f.location is not None}
    return findings + _copied_findings(document, view, copied, flagged)


#: Share of a version's letters in sentences copied from one other version above which the whole
#: file is that version's copy: one finding, not one per paragraph.
COPIED_VERSION = 0.8


def _copied_findings(document: str, view: VersionView, copied: list[tuple[Segment, str]], flagged: set[int]) -> list[Finding]:
    """One finding per paragraph holding copied sentences that langdetect did not already flag;
    or one for the whole version where nearly all of it is another version's text (a file of
    short lines, too short for langdetect to judge, left untranslated)."""
    declared = view.language
    content = sum(letters(s.text) for s in view.sentences)
    if copied and content and not flagged:
        source = Counter(language for _, language in copied).most_common(1)[0][0]
        covered, end = 0, -1  # letters of the union of the spans copied from that version
        for start, stop in sorted((segment.start, segment.end) for segment, held in copied if held == source):
            if stop > end:
                covered += letters(view.text[max(start, end) : stop])
                end = stop
        if covered >= COPIED_VERSION * content:
            message = (
                f"The file is declared '{declared}' but its text is written exactly as in the '{source}' "
                f"version, in '{source}': it may be untranslated."
            )
            return [_language_finding(document, declared, source, message, view.text[:200], None, "version")]
    by_paragraph: dict[int, list[tuple[Segment, str]]] = {}
    for segment, source in sorted(copied, key=lambda held: (held[0].start, -held[0].end)):
        group = by_paragraph.setdefault(segment.paragraph, [])
        if segment.paragraph not in flagged and not (group and segment.end <= group[-1][0].end):
            group.append((segment, source))  # a sentence inside a copied paragraph is that paragraph's
    findings = []
    for paragraph, held in sorted((p, held) for p, held in by_paragraph.items() if held):
        source = Counter(language for _, language in held).most_common(1)[0][0]
        text = " ".join(segment.text for segment, _ in held)
        findings.append(
            _language_finding(
                document,
                declared,
                source,
                f"Paragraph {paragraph + 1} has text written exactly as in the '{source}' version, "
                f"in '{source}' rather than '{declared}': it may be untranslated.",
                text,
                location_of(held[0][0]),
                text_fingerprint(text),
            )
        )
    return findings


def _language_finding(
    document: str, declared: str, found: str, message: str, excerpt: str, location, subject: str
) -> Finding:
    return Finding(
        document=document,
        version=declared,
        kind=Kind.LANGUAGE,
        category=Category.LANGUAGE,
        message=message,
        expected=ValueRef(declared, declared, None, declared),
        found=ValueRef(found, found, None, found),
        evidence={declared: excerpt},
        location=location,
        severity=Severity.MAJOR,
        subject=subject,
    )
