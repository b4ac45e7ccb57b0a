"""The five sample translations (fixtures/deepseek): their real drift, and nothing else."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consistency.config import Config
from consistency.fixtures import load_document
from consistency.pipeline import check_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def result():
    return check_document(load_document(SAMPLES), Config())


def figure_facts(result) -> set[tuple[str, str, str]]:
    facts = set()
    for f in result.findings:
        if f.check == "figures":
            ref = f.expected if f.expected else f.found
            facts.add((f.version, str(f.kind), ref.key))
    return facts


def test_the_samples_drift_at_document_level(result):
    assert figure_facts(result) == {
        ("de", "omission", "8"),  # acht/otto/sekiz/แปด: German dropped "eight of 256"
        ("tr", "omission", "2048"),
        ("it", "omission", "2048"),
        ("tr", "addition", "2023"),  # Turkish alone dates the start-up
    }


def test_the_samples_missing_passages_are_claim_omissions(result):
    german = [f for f in result.findings if f.version == "de" and f.check == "claims" and str(f.kind) == "omission"]
    quoted = " ".join(text for f in german for lang, text in f.evidence.items() if lang != "de")
    assert "Hallo" in quoted or "Hello" in quoted or "สวัสดี" in quoted  # the chatbot's greeting
    assert "Nvidia" in quoted  # the sentence about Nvidia's share price
    for finding in german:
        assert finding.unit is not None and finding.location is not None
        assert len(finding.support) >= 3


def test_the_chatgpt_sentence_is_located_in_the_training_cost_unit(result):
    alignment = result.alignment
    units = {}
    for version in result.versions:
        sentences = [s for s in version.segments if not s.layout]
        for index, sentence in enumerate(sentences):
            if "chatgpt4" in sentence.text.casefold().replace(" ", ""):
                unit = next(u for u in alignment.units if index in u.cells[version.language].sentences)
                units[version.language] = unit.index
    # Every version names ChatGPT(4/4o) in the same aligned unit: the one comparing training costs.
    assert set(units) == {"de", "it", "nl", "th", "tr"} and len(set(units.values())) == 1


def test_image_credits_produce_nothing(result):
    credits = {s.text for v in result.versions for s in v.segments if s.layout}
    for finding in result.findings:
        for text in finding.evidence.values():
            assert text not in credits


def test_evidence_shows_the_missing_eight_in_every_other_language(result):
    finding = next(f for f in result.findings if f.version == "de" and f.check == "figures")
    assert set(finding.support) == {"it", "nl", "th", "tr"}
    assert "otto" in finding.evidence["it"] and "sekiz" in finding.evidence["tr"] and "แปด" in finding.evidence["th"]
    assert finding.location.line == 2


@pytest.mark.parametrize(
    "value",
    ["1600000000", "944000000", "1300000", "50000", "10000", "256", "5000000", "100000000", "6000000", "500000000"],
)
def test_equal_figures_in_their_different_forms_are_found_in_every_version(result, value):
    for version in result.versions:
        assert value in {f.key for f in version.figures}, (version.language, value)


def test_turkish_decimal_point_is_read_as_a_decimal(result):
    turkish = next(v for v in result.versions if v.language == "tr")
    assert any(f.text.startswith("1.3 milyon") and f.value == Decimal(1300000) for f in turkish.figures)


def test_declared_languages_are_confirmed_by_the_detector(result):
    assert {v.language: v.detected_language for v in result.versions} == {l: l for l in ("de", "it", "nl", "th", "tr")}
    assert not [f for f in result.findings if f.check == "language"]


def test_image_credits_are_layout(result):
    for version in result.versions:
        credits = [s for s in version.segments if s.layout]
        assert all(":" in s.text and ".com" in s.text.lower() for s in credits)
    german = next(v for v in result.versions if v.language == "de")
    assert len([s for s in german.segments if s.layout]) == 4


def test_the_samples_chatgpt4o_is_misspelt_in_thai_and_italian_in_the_training_cost_unit(result):
    mismatches = [f for f in result.findings if f.check == "names" and str(f.kind) == "mismatch" and f.found.text == "CHATGPT4"]
    assert sorted(f.version for f in mismatches) == ["it", "th"]
    for finding in mismatches:
        as_json = finding.to_json()
        # The versions spell it Chatgpt4O, ChatGpt4o, Chatgpt4o: the same name, found as written.
        assert as_json["expected"]["text"].casefold() == "chatgpt4o"
        assert as_json["found"]["text"] == "CHATGPT4"
        unit = result.alignment.units[finding.unit]
        passage = " ".join(finding.evidence.values())
        assert "100" in passage and ("R1" in passage)  # the unit comparing R1's and ChatGPT4o's training cost
        assert unit.cells[finding.version].sentences


def test_the_samples_equal_name_variants_are_not_flagged(result):
    # Chatgpt4O / ChatGpt4o / Chatgpt4o, Deepseeks, Deepseek'in, Nvidia'nın, R1'e, H800s: one name each.
    names = [f for f in result.findings if f.check == "names"]
    keys = {ref.key for f in names for ref in (f.expected, f.found) if ref}
    assert not keys & {"deepseek", "deepseeks", "h800", "h800s", "h100", "h100s", "chatgpt", "r1"}
    assert not [f for f in names if f.version == "tr"]  # Nvidia'nın, Deepseek'in, ChatGpt4o, R1'e
    assert not [f for f in names if f.version == "nl"]  # Chatgpt's, Chatgpt4o, H800s, NVIDIA -hopper
