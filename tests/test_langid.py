"""Language check: a mislabelled file and an untranslated paragraph are findings."""

from __future__ import annotations

from consistency.config import Config
from consistency.langid import base_language, can_judge, detect
from consistency.pipeline import check_document
from tests.conftest import make_document

GERMAN = (
    "Das chinesische Startup behauptet, sein mächtiges neuronales Netz für nur wenige Millionen "
    "trainiert zu haben, was einen starken Kontrast zu den deutlich höheren Kosten der Konkurrenz darstellt."
)
ENGLISH = (
    "The Chinese startup claims to have trained its powerful neural network for only a few million, "
    "a stark contrast to the much higher costs reported by its competitors in the industry."
)
FRENCH = (
    "La jeune entreprise chinoise affirme avoir entraîné son puissant réseau neuronal pour quelques "
    "millions seulement, ce qui contraste fortement avec les coûts bien plus élevés de ses concurrents."
)


def language_findings(texts):
    return [f for f in check_document(make_document(texts), Config()).findings if f.check == "language"]


def test_detection_is_deterministic_and_right():
    first = detect(GERMAN, "de")
    assert first.language == "de" and first.declared_probability > 0.9
    assert all(detect(GERMAN, "de") == first for _ in range(5))


def test_clean_versions_give_no_language_finding():
    assert language_findings({"de": GERMAN, "en": ENGLISH, "fr": FRENCH}) == []


def test_untranslated_paragraph_is_found():
    findings = language_findings({"de": GERMAN + "\n" + ENGLISH, "en": ENGLISH + "\n" + ENGLISH, "fr": FRENCH + "\n" + FRENCH})
    [finding] = findings
    assert finding.version == "de" and finding.found.value == "en"
    assert finding.location.paragraph == 1


def test_mislabelled_file_is_found():
    [finding] = language_findings({"de": FRENCH, "en": ENGLISH, "fr": FRENCH.replace("quelques", "plusieurs")})
    assert finding.version == "de" and finding.found.value == "fr" and finding.subject == "version"


def test_base_language_and_support():
    assert base_language("pt-BR") == "pt" and base_language("zh-cn") == "zh" and base_language("nb") == "no"
    assert can_judge("th") and not can_judge("haw")
