"""pytest plugin: one test per document × version × check, collected from the fixture folders.

Dropping ``fixtures/<document>/<lang>.txt`` into a fixture folder adds its tests with no code
change. Findings accepted in the document's baseline are reported as xfail; new drift fails.
"""

from __future__ import annotations

import html
import os
import warnings
from pathlib import Path

import pytest

from consistency.config import Config, has_config_section, load_config
from consistency.errors import ConsistencyError
from consistency.findings import CHECKS, Finding
from consistency.fixtures import is_version_file, slugify, unread_version

_STATE = pytest.StashKey["ConsistencyState"]()


class StaleBaselineWarning(UserWarning):
    """A baseline entry that no longer matches any finding: the drift was fixed, or the key changed."""


class DriftFound(Exception):
    def __init__(self, new: list[Finding], accepted: list[Finding]) -> None:
        self.new, self.accepted = new, accepted
        super().__init__(f"{len(new)} finding(s)")


class ConsistencyState:
    """Settings and the per-document results of one pytest session (each document is checked once)."""

    def __init__(self, config: Config, roots: list[Path], enabled: bool) -> None:
        self.config, self.roots, self.enabled = config, roots, enabled
        self.results: dict[Path, object] = {}
        self.shard: tuple[int, int] | None = None

    def covers(self, path: Path) -> bool:
        return any(path.is_relative_to(root) for root in self.roots)

    def result_for(self, folder: Path):
        if folder not in self.results:
            from consistency.fixtures import load_document
            from consistency.pipeline import check_document

            try:
                self.results[folder] = check_document(load_document(folder, self.config.max_file_bytes), self.config)
            except ConsistencyError as error:
                self.results[folder] = error
        return self.results[folder]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the consistency options."""
    group = parser.getgroup("consistency", "cross-language consistency checks")
    group.addoption(
        "--consistency-fixtures",
        action="append",
        default=[],
        metavar="PATH",
        help="fixture folder to check (repeatable; Default: [tool.consistency] fixtures)",
    )
    group.addoption(
        "--consistency-json",
        default=None,
        metavar="PATH",
        help="also write the findings as JSON (the same as consistency check --format json)",
    )
    group.addoption(
        "--consistency-shard",
        default=None,
        metavar="I/N",
        help="collect only shard i of n of the documents (a stable split by document name)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Read [tool.consistency] from the rootdir's pyproject.toml."""
    pyproject = config.rootpath / "pyproject.toml"
    given = [Path(p).resolve() for p in config.getoption("consistency_fixtures") or []]
    enabled = bool(given) or has_config_section(pyproject)
    settings = load_config(pyproject if pyproject.is_file() else None) if enabled else Config()
    roots = given or [(config.rootpath / p).resolve() for p in settings.fixtures]
    config.stash[_STATE] = ConsistencyState(settings, roots, enabled)
    shard = config.getoption("consistency_shard")
    if shard:
        from consistency.pipeline import parse_shard

        try:
            config.stash[_STATE].shard = parse_shard(shard)
        except ValueError as error:
            raise pytest.UsageError(str(error)) from None


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    """Collect each language file of a document folder under a fixture root."""
    state = parent.config.stash.get(_STATE, None)
    if state is None or not state.enabled:
        return None
    # The folder resolved, not the file: a symlinked file is collected and reported, not skipped.
    if not state.covers(file_path.parent.resolve() / file_path.name):
        return None
    if not (is_version_file(file_path) or unread_version(file_path)):
        return None  # a version, or a file named as one that is not read (de.html): its items say so
    from consistency.pipeline import in_shard

    if not in_shard(file_path.parent, state.shard):
        return None
    return VersionFile.from_parent(parent, path=file_path)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the HTML drift report (and the JSON, if asked) for the documents this session checked."""
    state = session.config.stash.get(_STATE, None)
    json_path = session.config.getoption("consistency_json", None)
    if state is None or not state.enabled or hasattr(session.config, "workerinput"):
        return
    if not state.config.report and not json_path:
        return
    from consistency.pipeline import DocumentResult, RunResult

    documents = tuple(r for r in state.results.values() if isinstance(r, DocumentResult))
    errors = tuple(r for r in state.results.values() if isinstance(r, ConsistencyError))
    if not documents and not errors and _xdist_controller(session.config):
        # Under pytest-xdist the workers checked the documents; their analyses are in the result
        # cache, so the controller gathers them from there for one report over all of them.
        from consistency.pipeline import run

        outcome = run(list(state.roots), state.config, shard=state.shard)
        documents, errors = outcome.documents, outcome.errors
    if not documents and not errors:
        return
    from consistency.output import write_atomic

    # In document order, however the session reached them: the same input gives the same bytes.
    run_result = RunResult(tuple(sorted(documents, key=lambda d: str(d.document.path))), errors)
    if state.config.report:
        from consistency.report.html import render_html

        write_atomic(session.config.rootpath / state.config.report, render_html(run_result, state.config))
    if json_path:
        from consistency.report.json_report import render_json

        write_atomic(Path(json_path), render_json(run_result, state.config))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """With ``--dist loadgroup`` (or ``loadscope``), keep every check of a document on one worker.

    Each worker then analyses only its own documents. xdist's loadgroup does that by renaming
    node ids, which pytest 9 no longer honours: the checks of one document were spread over
    all workers and every worker analysed every document (24 documents, ``-n 2``: 48 analyses,
    slower than ``-n 0``). This scheduler groups by the document folder instead; other tests
    are grouped by module, as with loadscope.
    """
    state = config.stash.get(_STATE, None)
    if state is None or not state.enabled or config.getvalue("dist") not in ("loadgroup", "loadscope"):
        return None
    from xdist.scheduler import LoadScopeScheduling

    class DocumentScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return document_scope(nodeid) or super()._split_scope(nodeid)

    return DocumentScheduling(config, log)


def document_scope(nodeid: str) -> str | None:
    """The document folder of a consistency item's node id, else None."""
    path = Path(nodeid.split("::", 1)[0])
    return str(path.parent) if "::" in nodeid and is_version_file(path) else None


def _xdist_controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput") and bool(getattr(config.option, "numprocesses", None))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Attach the item's findings to pytest-html rows, escaped: translations may contain markup."""
    outcome = yield
    if not isinstance(item, CheckItem) or call.when != "call":
        return
    try:
        from pytest_html import extras
    except ImportError:
        return
    report = outcome.get_result()
    report.extras = [*getattr(report, "extras", []), extras.html(findings_html(item.findings))]


@pytest.hookimpl(optionalhook=True)
def pytest_html_results_summary(prefix, summary, postfix, session) -> None:
    """Link the pytest-html summary to the drift report."""
    state = session.config.stash.get(_STATE, None)
    if state is not None and state.enabled and state.config.report:
        target = (session.config.rootpath / state.config.report).resolve()
        html_path = session.config.getoption("htmlpath", None)
        base = Path(html_path).resolve().parent if html_path else session.config.rootpath
        try:
            link = os.path.relpath(target, base)
        except ValueError:
            link = target.as_uri()
        prefix.append(f'<p>Translation drift report: <a href="{html.escape(link)}">{html.escape(link)}</a></p>')


def findings_html(findings: list[Finding]) -> str:
    """Each finding with its unit side by side: one column per version, this version first.

    Everything from a translation is escaped; a version with nothing in the unit shows
    "missing in this version".
    """
    if not findings:
        return "<p>No findings.</p>"
    parts = []
    for finding in findings:
        status = "accepted" if finding.waived else "new"
        where = f", line {finding.location.line}" if finding.location else ""
        unit = f", unit {finding.unit}" if finding.unit is not None else ""
        languages = [finding.version, *sorted(lang for lang in finding.evidence if lang != finding.version)]
        heads = "".join(f"<th>{html.escape(lang)}</th>" for lang in languages)
        cells = "".join(
            f"<td lang='{html.escape(lang)}' dir='auto'>{html.escape(finding.evidence[lang])}</td>"
            if lang in finding.evidence
            else "<td><i>missing in this version</i></td>"
            for lang in languages
        )
        parts.append(
            f"<p><b>{html.escape(status)} {html.escape(str(finding.kind))}</b>{html.escape(where + unit)}: "
            f"{html.escape(finding.message)}</p>"
            f"<table class='side-by-side'><thead><tr>{heads}</tr></thead><tbody><tr>{cells}</tr></tbody></table>"
        )
    return "".join(parts)


class VersionFile(pytest.File):
    """A language file; its items are the checks."""

    def collect(self):
        document = slugify(self.path.parent.name)
        language = self.path.stem
        for check in CHECKS:
            # Under pytest-xdist, pytest_xdist_make_scheduler keeps a document's items on one worker.
            yield CheckItem.from_parent(self, name=f"{document}-{slugify(language)}-{check}", language=language, check=check)


class CheckItem(pytest.Item):
    """One check of one version of one document."""

    def __init__(self, *, language: str, check: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.language, self.check = language, check
        self.findings: list[Finding] = []

    def runtest(self) -> None:
        state: ConsistencyState = self.config.stash[_STATE]
        result = state.result_for(self.path.parent)
        if isinstance(result, ConsistencyError):
            raise result
        problem = result.problem_for(self.path)
        if problem is not None:
            raise problem
        self.findings = [f for f in result.findings if f.version == self.language and f.check == self.check]
        for entry in result.stale:
            if entry.version == self.language and entry.check == self.check:
                warnings.warn(StaleBaselineWarning(f"{self.name}: stale baseline entry: {entry.message}"), stacklevel=1)
        new = [f for f in self.findings if not f.waived]
        accepted = [f for f in self.findings if f.waived]
        if new:
            raise DriftFound(new, accepted)
        unchecked = result.unchecked_reason(self.language, self.check)
        if unchecked is not None:
            pytest.skip(unchecked)
        if accepted:
            pytest.xfail("accepted drift (baseline): " + " | ".join(f.message for f in accepted))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DriftFound):
            folder = self.path.parent
            return "\n".join(describe_findings(self.name, folder, excinfo.value.new, excinfo.value.accepted))
        if isinstance(excinfo.value, ConsistencyError):
            return f"cannot check: {excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, self.name


def describe_findings(name: str, folder: Path, new: list[Finding], accepted: list[Finding]) -> list[str]:
    """One line per finding, readable in a CI log."""
    lines = [f"{name}: {len(new)} new finding(s)" + (f", {len(accepted)} accepted" if accepted else "")]
    for finding in new:
        where = f" at {finding.location.describe()}" if finding.location else ""
        lines.append(f"  - {finding.kind} ({finding.severity}){where}: {finding.message}")
    if accepted:
        lines.append("  accepted in the baseline: " + "; ".join(f.message for f in accepted))
    lines.append(f"  accept with: consistency baseline update {_relative(folder)}")
    return lines


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
