"""The drift report in headless Chromium: what a reviewer sees, and that hostile text stays text.

Marked ``browser``: CI installs Debian's chromium (see .ci/run); a developer without it skips.
Screenshots are kept in reports/screenshots/ as artifacts.
"""

from __future__ import annotations

import http.server
import re
import shutil
import struct
import subprocess
import threading
from pathlib import Path

import pytest

from consistency.config import Config
from consistency.fixtures import load_document
from consistency.pipeline import check_document, RunResult
from consistency.report.html import render_html
from tests.conftest import ROOT, SAMPLES

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")]
SCREENSHOTS = ROOT / "reports" / "screenshots"


def chromium(tmp_path: Path, *arguments: str) -> str:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *arguments,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return done.stdout


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    run = RunResult((check_document(load_document(SAMPLES), Config()),), ())
    path = folder / "drift.html"
    path.write_text(render_html(run, Config()), encoding="utf-8")
    return path


def fact_states(dom: str, label: str) -> dict[str, tuple[str, str]]:
    row = re.search(rf'<tr><th scope="row">{re.escape(label)}</th>(.*?)</tr>', dom, re.S)
    assert row, label
    cells = re.findall(r'data-state="(\w+)" lang="([\w-]+)"[^>]*>([^<]*)<', row.group(1))
    return {lang: (state, text.strip()) for state, lang, text in cells}


def test_the_fact_matrix_in_the_browser_shows_the_samples_drift(sample_report, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", sample_report.as_uri())
    label = re.search(r'<th scope="row">(name chatgpt4o)</th>', dom, re.I).group(1)
    chatgpt = fact_states(dom, label)
    assert chatgpt["th"] == ("different", "≠ CHATGPT4") and chatgpt["it"] == ("different", "≠ CHATGPT4")
    assert {lang for lang, (state, _) in chatgpt.items() if state == "present"} == {"de", "nl", "tr"}
    figure = fact_states(dom, "2048")
    assert {lang for lang, (state, _) in figure.items() if state == "missing"} == {"tr", "it"}
    # The findings filter ran (its CSP hash matched) and showed its controls.
    assert re.search(r'<div id="filters" class="filters">', dom)


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_at_desktop_and_phone_width(sample_report, tmp_path, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"drift-{width}.png"
    target.unlink(missing_ok=True)
    chromium(tmp_path, f"--window-size={width},1800", f"--screenshot={target}", sample_report.as_uri())
    assert target.is_file()
    assert png_size(target)[0] == width


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        type(self).requests.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_injected_script_does_not_run_and_nothing_leaves_the_page(write_document, tmp_path):
    """The OWASP XSS filter-evasion strings as translation text and as a document name."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    beacon = f"http://127.0.0.1:{server.server_port}"
    vectors = (ROOT / "tests" / "data" / "owasp_xss.txt").read_text(encoding="utf-8").replace("BEACON", beacon)
    hostile = "\n".join(f"Die Kosten lagen bei 6 Millionen. {line}" for line in vectors.splitlines()) + "\n"
    folder = write_document(
        {
            "en": "The costs were 6 million dollars.\n" * len(vectors.splitlines()),
            "de": hostile,
            "fr": "Les coûts étaient de 6 millions de dollars.\n" * len(vectors.splitlines()),
        },
        name="hostile <b>doc</b> onload=x",
    )
    run = RunResult((check_document(load_document(folder), Config(model="none", cache="")),), ())
    report = tmp_path / "drift.html"
    report.write_text(render_html(run, Config()), encoding="utf-8")
    assert beacon in report.read_text(encoding="utf-8")  # the vectors are in the page, as text
    try:
        dom = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", report.as_uri())
    finally:
        server.shutdown()
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "data-pwned" not in body  # no payload ran: each would have marked <body>
    page = dom.lower()
    for tag in ("<img", "<svg", "<iframe", "<object", "<embed", '<meta http-equiv="refresh"', "<link", "<input", "<xss"):
        assert tag not in page  # no injected element exists
    assert _Recorder.requests == []  # and nothing left the page
