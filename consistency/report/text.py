"""The text report: one readable table per document."""

from __future__ import annotations

from consistency.config import Config
from consistency.findings import Finding
from consistency.pipeline import DocumentResult, RunResult
from consistency.report import model_of, signature

_COLUMNS = ("VERSION", "CHECK", "KIND", "SEVERITY", "WHERE", "MESSAGE")


def finding_row(finding: Finding) -> tuple[str, ...]:
    where = f"line {finding.location.line}" if finding.location else "-"
    kind = f"{finding.kind}" + (" (accepted)" if finding.waived else "")
    return (finding.version, finding.check, kind, str(finding.severity), where, finding.message)


def table(rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns; the last column runs free."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1] for row in rows]


def render_document(result: DocumentResult) -> list[str]:
    versions = ", ".join(
        f"{v.language}" + (f" (reads as {v.detected_language})" if v.detected_language else "") for v in result.versions
    )
    new = len(result.new_findings)
    accepted = len(result.findings) - new
    verdict = "no drift found" if not result.findings else f"{new} new finding(s), {accepted} accepted"
    lines = [f"{result.document.name}: {verdict}", f"  versions: {versions}"]
    layout = [(v.language, s) for v in result.versions for s in v.segments if s.layout and not s.code]
    if layout:
        example = layout[0][1].text
        lines.append(f"  layout (not checked): {len(layout)} line(s) such as {example!r}")
    code = sum(1 for v in result.versions for s in v.segments if s.code)
    if code:
        lines.append(f"  code (only its figures checked): {code} line(s)")
    if result.findings:
        lines.extend("  " + line for line in table([_COLUMNS, *map(finding_row, result.findings)]))
    for entry in result.stale:
        lines.append(f"  stale baseline entry ({entry.version}, {entry.check}): {entry.message}")
    for problem in result.problems:
        lines.append(f"  error: {problem}")
    for unchecked in result.unchecked:
        lines.append(f"  {unchecked.version}: {unchecked.reason}")
    return lines


def render_text(run: RunResult, config: Config) -> str:
    lines: list[str] = []
    for result in run.documents:
        lines.extend(render_document(result))
        lines.append("")
    for error in run.errors:
        if not any(error in d.problems for d in run.documents):
            lines.append(f"error: {error}")
    new = sum(len(d.new_findings) for d in run.documents)
    total = sum(len(d.findings) for d in run.documents)
    lines.append(
        f"{len(run.documents)} document(s), {new} new finding(s), {total - new} accepted, {len(run.errors)} error(s)"
    )
    lines.append(f"signature: {signature(config, model_of(run))}")
    return "\n".join(lines) + "\n"
