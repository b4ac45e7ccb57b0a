"""The HTML drift report: one static, self-contained page per run, rendered from a Jinja2 template.

Everything that comes from a translation or a file name is escaped (autoescape), the page loads
nothing from the network and reads fully without JavaScript.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from collections import Counter
from dataclasses import dataclass, field
from html import escape

from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from consistency.compare import VersionView, _occurrences
from consistency.config import Config
from consistency.findings import CHECKS, Finding, Kind
from consistency.names import carried, carried_sorted
from consistency.pipeline import DocumentResult, RunResult
from consistency.report import model_of, signature
from consistency.report.json_report import display_path


@dataclass
class FactRow:
    label: str
    cells: dict[str, tuple[str, str]]  # language → (state: present|missing|different, text)


@dataclass
class UnitRow:
    index: int
    anchor: str
    cells: dict[str, Markup]
    drift: bool


@dataclass
class DocumentView:
    name: str
    anchor: str
    path: str
    versions: list[dict]
    counts: dict[str, Counter]
    verdict: str
    facts: list[FactRow]
    units: list[UnitRow]
    new: list[Finding]
    accepted: list[Finding]
    stale: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: (version, check) → why that check could not be run on that version.
    unchecked: dict[tuple[str, str], str] = field(default_factory=dict)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "doc"


def direction(language: str) -> str:
    try:
        return "rtl" if Locale.parse(language.replace("_", "-"), sep="-").character_order == "right-to-left" else "ltr"
    except Exception:  # an unknown tag never breaks the report
        return "auto"


def views_of(result: DocumentResult) -> list[VersionView]:
    texts = {v.language: v.text for v in result.document.versions}
    return [VersionView(v.language, texts.get(v.language, ""), v.segments, v.figures) for v in result.versions]


def fact_rows(result: DocumentResult) -> list[FactRow]:
    """One row per consensus figure (carried by at least two versions, or in a finding)."""
    views = views_of(result)
    occurrences = _occurrences(views)
    languages = [v.language for v in views]
    different: dict[tuple[str, str], str] = {}
    for finding in result.findings:
        if finding.kind == Kind.MISMATCH and finding.expected and finding.found:
            different[(finding.version, finding.expected.key)] = finding.found.text
    named = {f.expected.key for f in result.findings if f.expected} | {f.found.key for f in result.findings if f.found}
    rows = []
    for key, where in occurrences.items():
        if len(where) < 2 and key not in named:
            continue
        first = next(f for figs in where.values() for f in figs)
        cells = {}
        for language in languages:
            if language in where:
                cells[language] = ("present", where[language][0].text)
            elif (language, first.key) in different:
                cells[language] = ("different", different[(language, first.key)])
            else:
                cells[language] = ("missing", "")
        rows.append(FactRow(first.describe(), cells))
    return rows + name_rows(result, different)


def name_rows(result: DocumentResult, different: dict[tuple[str, str], str]) -> list[FactRow]:
    """One row per name that at least two versions write, or that a finding is about.

    Read from what the extract stage kept (each version's names and spellings); a cell shows the
    version's own spelling (Deepseeks, Nvidia'nın).
    """
    languages = [v.language for v in result.versions]
    spellings: dict[str, Counter] = {}
    writers: dict[str, set[str]] = {}
    written: dict[str, dict[str, str]] = {}
    for version in result.versions:
        language = version.language
        for name in version.names:
            spellings.setdefault(name.key, Counter())[name.text] += 1
            writers.setdefault(name.key, set()).add(language)
        written[language] = dict(version.spellings)
        for name in version.names:
            written[language].setdefault(name.key, name.text)
    named = {f.expected.key for f in result.findings if f.check == "names" and f.expected}
    presence = {language: sorted(keys) for language, keys in written.items()}
    rows = []
    for key, counts in spellings.items():
        carriers = [language for language in languages if carried_sorted(presence[language], key)]
        if (len(writers[key]) < 2 or len(carriers) < 2) and key not in named:
            continue
        if any(other != key and key in other and len(writers.get(other, ())) >= len(writers[key]) for other in spellings):
            continue  # "High" when "High Flyer" is the name
        cells = {}
        for language in languages:
            if (language, key) in different:
                cells[language] = ("different", different[(language, key)])
            elif language in carriers:
                cells[language] = ("present", _spelling_in(written[language], key))
            else:
                cells[language] = ("missing", "")
        label = min(counts, key=lambda t: (-counts[t], t))
        rows.append(FactRow(f"name {label}", cells))
    return rows


def _spelling_in(written: dict[str, str], key: str) -> str:
    """How this version writes the name, from its key → first spelling table."""
    if key in written:
        return written[key]
    for other, text in written.items():
        if other.startswith(key) and carried({other}, key):
            return text
    return ""


def _highlight(text: str, start: int, figures, names) -> Markup:
    """Escape a sentence and mark its figures and its names (names with a dotted underline), as
    the extract stage found them (spans in the version's text, the sentence starting at ``start``)."""
    spans = [(f.start - start, f.end - start, "") for f in figures]
    spans += [(n.start - start, n.end - start, ' class="name"') for n in names if " " not in n.text]
    pieces, cursor = [], 0
    for a, b, attributes in sorted(spans):
        if a < cursor or b > len(text):
            continue
        pieces.append(escape(text[cursor:a]))
        pieces.append(f"<mark{attributes}>{escape(text[a:b])}</mark>")
        cursor = b
    pieces.append(escape(text[cursor:]))
    return Markup("".join(pieces))


def unit_rows(result: DocumentResult, anchor: str) -> list[UnitRow]:
    if result.alignment is None:
        return []
    drifting = {f.unit for f in result.findings if f.unit is not None and not f.waived}
    rows = []
    for unit in result.alignment.units:
        cells = {}
        for version in result.versions:
            sentences = [s for s in version.segments if not s.layout]
            chosen = [sentences[i] for i in unit.cells[version.language].sentences]
            cells[version.language] = Markup(" ").join(
                _highlight(
                    s.text,
                    s.start,
                    [f for f in version.figures if s.start <= f.start < s.end],
                    [n for n in version.names if s.start <= n.start < s.end],
                )
                for s in chosen
            )
        rows.append(UnitRow(unit.index, f"{anchor}-unit-{unit.index}", cells, unit.index in drifting))
    return rows


def document_view(result: DocumentResult) -> DocumentView:
    anchor = slug(result.document.name)
    counts: dict[str, Counter] = {v.language: Counter() for v in result.versions}
    for finding in result.findings:
        if not finding.waived:
            counts.setdefault(finding.version, Counter())[finding.check] += 1
    new = [f for f in result.findings if not f.waived]
    accepted = [f for f in result.findings if f.waived]
    verdict = "No new drift" if not new else f"{len(new)} new finding(s) in {len({f.version for f in new})} version(s)"
    versions = [
        {"language": v.language, "detected": v.detected_language or "?", "dir": direction(v.language), "path": display_path(v.path)}
        for v in result.versions
    ]
    return DocumentView(
        name=result.document.name,
        anchor=anchor,
        path=display_path(result.document.path),
        versions=versions,
        counts=counts,
        verdict=verdict,
        facts=fact_rows(result),
        units=unit_rows(result, anchor),
        new=new,
        accepted=accepted,
        stale=list(result.stale),
        problems=[str(p) for p in result.problems],
        seconds=result.seconds,
        unchecked={(u.version, u.check): u.reason for u in result.unchecked},
    )


def render_html(run: RunResult, config: Config) -> str:
    environment = Environment(
        loader=PackageLoader("consistency.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = environment.get_template("drift.html.j2")
    script = (resources.files("consistency.report") / "templates" / "filter.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    documents = [document_view(d) for d in run.documents]
    return template.render(
        script=Markup(script),
        # Only this script may run (CSP hash): the page reads fully without it, and no text
        # from a translation can ever become one.
        script_hash=f"sha256-{digest}",
        filter_versions=sorted({f.version for d in documents for f in d.new}),
        filter_kinds=sorted({str(f.kind) for d in documents for f in d.new}),
        documents=documents,
        errors=[str(e) for e in run.errors],
        checks=CHECKS,
        signature=signature(config, model_of(run)),
        seconds=sum(d.seconds for d in run.documents),
    )
