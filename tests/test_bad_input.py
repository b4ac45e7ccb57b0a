"""Hostile and broken input, through the CLI and through pytest: one clear line naming the file,
the bad version an error item, and the other documents' results unchanged.

Each case writes a corpus of two documents: `good` (clean) and `bad` (the case). The good
document's JSON must be the same as when it is checked alone.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from consistency.cli import main

GOOD = {
    "en.txt": "The plant employs 1,200 people.\nIt opened in 2019 in Leipzig.\n",
    "de.txt": "Das Werk beschäftigt 1.200 Menschen.\nEs wurde 2019 in Leipzig eröffnet.\n",
    "fr.txt": "L'usine emploie 1 200 personnes.\nElle a ouvert en 2019 à Leipzig.\n",
}
EN = (
    "The company sold 4,500 cars in March, more than ever before in a single month.\n"
    "Its new model costs 32,000 euros and will reach the dealers in the spring.\n"
)
DE = (
    "Das Unternehmen verkaufte im März 4.500 Autos, mehr als je zuvor in einem einzigen Monat.\n"
    "Sein neues Modell kostet 32.000 Euro und kommt im Frühjahr zu den Händlern.\n"
)
FR = (
    "L'entreprise a vendu 4 500 voitures en mars, plus que jamais en un seul mois.\n"
    "Son nouveau modèle coûte 32 000 euros et arrivera chez les concessionnaires au printemps.\n"
)


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, bytes | str]
    #: The one-line message (a fragment of it), or None when the input is fine.
    message: str | None
    #: The file the message names, relative to the bad document.
    names: str = "de.txt"
    #: Extra set-up on the bad folder (symlinks).
    setup: Callable[[Path], None] | None = None


def _symlink_outside(folder: Path) -> None:
    outside = folder.parent.parent / "outside.txt"
    outside.write_text(DE, encoding="utf-8")
    (folder / "de.txt").symlink_to(outside)


CASES = [
    Case("empty", {"en.txt": EN, "fr.txt": FR, "de.txt": b""}, "empty file"),
    Case("whitespace", {"en.txt": EN, "fr.txt": FR, "de.txt": b"  \n\t\r\n "}, "whitespace only"),
    Case("binary", {"en.txt": EN, "fr.txt": FR, "de.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "binary file"),
    Case("nul-bytes", {"en.txt": EN, "fr.txt": FR, "de.txt": DE.encode() + b"\x00\x00tail"}, "contains NUL bytes"),
    Case(
        "unsure-encoding",
        {"en.txt": EN, "fr.txt": FR, "de.txt": "Größe: naïve Grüße".encode("cp1252")},
        "encoding cannot be told for sure",
    ),
    Case("bom-utf8", {"en.txt": EN, "fr.txt": FR, "de.txt": b"\xef\xbb\xbf" + DE.encode()}, None),
    Case("bom-utf16", {"en.txt": EN, "fr.txt": FR, "de.txt": DE.encode("utf-16")}, None),
    Case("crlf-and-cr", {"en.txt": EN.replace("\n", "\r\n"), "fr.txt": FR.replace("\n", "\r"), "de.txt": DE}, None),
    Case(
        "very-long-line",
        {"en.txt": EN.replace("\n", " ") * 300, "fr.txt": FR.replace("\n", " ") * 300, "de.txt": DE.replace("\n", " ") * 300},
        None,
    ),
    Case("over-size-limit", {"en.txt": EN, "fr.txt": FR, "de.txt": DE + "x" * 200_000}, "over the limit of 100000"),
    Case(
        "unicode-edges",
        {
            "en.txt": EN,
            "fr.txt": unicodedata.normalize("NFD", FR),  # combining accents
            "de.txt": "\u200f" + DE.replace("Modell", "Mo\u200ddell").replace("Auto", "Auto\u200b") + "👩\u200d👩\u200d👧 ✓\n",
            "ar.txt": "باعت الشركة \u200f4,500 سيارة في مارس.\nيكلف طرازها الجديد 32,000 يورو.\n",
        },
        None,
    ),
    Case("mislabelled", {"en.txt": EN, "fr.txt": FR, "it.txt": DE}, "reads as 'de'", names="it.txt"),
    Case("duplicate-language", {"en.txt": EN, "fr.txt": FR, "de.txt": DE, "de.md": DE}, "duplicate language", names="de.txt"),
    Case("unknown-code", {"en.txt": EN, "fr.txt": FR, "xq.txt": DE}, "unknown language code 'xq'", names="xq.txt"),
    Case("one-version", {"en.txt": EN}, "needs at least two language versions", names=""),
    Case("symlink-outside", {"en.txt": EN, "fr.txt": FR}, "symbolic link", setup=_symlink_outside),
    Case("other-format", {"en.txt": EN, "fr.txt": FR, "de.html": f"<p>{DE}</p>"}, "not read", names="de.html"),
    Case("file-name-with-space", {"en.txt": EN, "fr.txt": FR, "de (Kopie).txt": DE}, "unknown language code", names="de (Kopie).txt"),
]

PYPROJECT = '[tool.consistency]\nfixtures = ["corpus"]\nmodel = "none"\ncache = ""\nmax_file_bytes = 100000\nreport = ""\n'


def write_corpus(root: Path, case: Case, bad_name: str = "bad") -> Path:
    corpus = root / "corpus"
    for name, folder_files in (("good", GOOD), (bad_name, case.files)):
        folder = corpus / name
        folder.mkdir(parents=True, exist_ok=True)
        for file, content in folder_files.items():
            path = folder / file
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if case.setup:
        case.setup(corpus / bad_name)
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return corpus


def good_alone(root: Path) -> dict:
    alone = root / "alone"
    (alone / "corpus" / "good").mkdir(parents=True)
    for file, content in GOOD.items():
        (alone / "corpus" / "good" / file).write_text(content, encoding="utf-8")
    return alone / "corpus" / "good"


def check_json(capsys, *paths: Path, config: Path) -> tuple[int, dict, str]:
    code = main(["--config", str(config), "check", *map(str, paths), "--format", "json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def document(report: dict, name: str) -> dict:
    [found] = [d for d in report["documents"] if d["document"] == name]
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cli(case, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, case, bad_name="bad doc ü")
    code, report, err = check_json(capsys, corpus, config=tmp_path / "pyproject.toml")
    assert "Traceback" not in err
    bad_folder = corpus / "bad doc ü"
    if case.message is None:
        assert err == ""
        bad = document(report, "bad doc ü")
        assert bad["problems"] == [] and len(bad["versions"]) == len(case.files)
        assert not [f for f in bad["findings"] if f["check"] == "figures"]  # the same figures, however encoded
    elif case.id == "mislabelled":
        assert code == 1 and err == ""
        bad = document(report, "bad doc ü")
        assert any(f["version"] == "it" and f["check"] == "language" and case.message in f["message"] for f in bad["findings"])
    else:
        assert code == 2
        lines = err.strip().splitlines()
        named = [line for line in lines if case.message in line]
        assert len(named) == 1, lines
        assert str(bad_folder / case.names).rstrip("/") in named[0]
    # The good document is judged exactly as when it is checked alone.
    alone = good_alone(tmp_path)
    _, alone_report, _ = check_json(capsys, alone, config=tmp_path / "pyproject.toml")
    assert document(report, "good")["findings"] == document(alone_report, "good")["findings"]
    def without_paths(versions):
        return [{k: v for k, v in version.items() if k != "path"} for version in versions]

    assert without_paths(document(report, "good")["versions"]) == without_paths(document(alone_report, "good")["versions"])


@pytest.mark.parametrize("case", [c for c in CASES if c.message and c.id != "mislabelled"], ids=lambda c: c.id)
def test_pytest(case, pytester):
    write_corpus(pytester.path, case)
    result = pytester.runpytest("-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert "Traceback" not in result.stdout.str()
    assert outcomes.get("errors", 0) == 0  # no collection crash
    result.stdout.fnmatch_lines([f"*cannot check:*{case.message}*"])
    # the good document's 12 items (3 versions x 4 checks): 9 pass, and its 3 claims items are
    # skipped, saying why (this corpus runs with model none)
    assert outcomes.get("passed", 0) >= 9
    good = [line for line in result.stdout.lines if "good-" in line and ("FAILED" in line or "ERROR" in line)]
    assert good == []
    assert outcomes.get("skipped", 0) >= 3


def test_symlinked_document_folder_is_not_followed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, CASES[5])
    outside = tmp_path / "elsewhere" / "secret"
    outside.mkdir(parents=True)
    for file, content in GOOD.items():
        (outside / file).write_text(content, encoding="utf-8")
    os.symlink(outside, corpus / "linked", target_is_directory=True)
    code, report, err = check_json(capsys, corpus, config=tmp_path / "pyproject.toml")
    assert {d["document"] for d in report["documents"]} == {"good", "bad"}
    assert code == 2 and f"{corpus / 'linked'}: is a symbolic link to a folder, which is not followed" in err


def test_a_50_mb_file_is_refused_by_the_size_limit_without_being_read(tmp_path):
    import tracemalloc

    from consistency.errors import InputError
    from consistency.fixtures import load_version

    huge = tmp_path / "de.txt"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(InputError, match=r"file is 52428800 bytes, over the limit of 10000000 \(max_file_bytes\)"):
        load_version("doc", huge)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1_000_000  # bounded: the file was never read


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_is_byte_identical_across_runs_and_processes(tmp_path, capsys, monkeypatch, jobs):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, CASES[0])  # one good document, one with an empty file
    (tmp_path / "pyproject.toml").write_text('[tool.consistency]\ncache = ""\n', encoding="utf-8")
    runs = []
    for arguments in (["--jobs", "1"], ["--jobs", jobs]):
        main(["--config", str(tmp_path / "pyproject.toml"), "check", str(corpus), "--format", "json", *arguments])
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1]
    assert '"seconds"' not in runs[0]  # timing stays out of the JSON


@pytest.mark.parametrize(
    "where, content, message",
    [
        ("pyproject.toml", '[tool.consistency]\nfixtures = ["corpus"\nmodel = "none"\n', "pyproject.toml: malformed TOML"),
        ("pyproject.toml", '[tool.consistency]\nomission_support = "most"\n', "omission_support"),
        ("corpus/bad/document.toml", 'source = "en"\nlayout = [\n', "document.toml: malformed TOML"),
        ("corpus/bad/baseline.json", '{"schema": 1,\n "accepted": [\n', "baseline.json: malformed JSON at line 3"),
    ],
    ids=["pyproject-syntax", "pyproject-value", "document-toml", "baseline-json"],
)
def test_malformed_configuration_names_the_file_and_line(tmp_path, capsys, monkeypatch, where, content, message):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, CASES[5])  # a good document and a fine one
    (tmp_path / "pyproject.toml").write_text('[tool.consistency]\nmodel = "none"\ncache = ""\n', encoding="utf-8")
    (tmp_path / where).write_text(content, encoding="utf-8")
    code = main(["--config", str(tmp_path / "pyproject.toml"), "check", str(corpus)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    [line] = [line for line in err.splitlines() if message in line]
    if "TOML" in message:
        assert "line " in line  # tomllib says where: "at line 3, column 1"
