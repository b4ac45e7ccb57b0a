"""Segmentation and layout lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.segment import is_layout, paragraphs, segment


@pytest.mark.parametrize(
    "line",
    [
        "Bild: Ensigame.com",
        "Resim: ensigame.com",
        "Immagine: Ensigame.com",
        "Фото: example.org",
        "صورة: example.com",
        "Photo : www.example.co.uk/gallery",
        "© 2024 Reuters",
        "https://example.com/a/b",
    ],
)
def test_credit_and_link_lines_are_layout(line):
    assert is_layout(line)


@pytest.mark.parametrize(
    "line",
    [
        "Multi-Token Prediction (MTP): MTP predicts several words at once.",
        "Deepseek beweerde zijn model voor $ 6 miljoen te hebben getraind.",
        "Die Kosten: 5 Millionen US-Dollar für das Training des Modells im letzten Jahr.",
    ],
)
def test_prose_is_not_layout(line):
    assert not is_layout(line)


def test_short_line_repeated_is_layout_but_once_is_not():
    text = "Bildnachweis X\nEin Satz hier.\nBildnachweis X\n"
    assert [p.layout for p in paragraphs(text)] == [True, False, True]
    assert not paragraphs("Bildnachweis X\nEin Satz hier.\n")[0].layout


def test_extra_layout_patterns():
    assert paragraphs("Quelle dpa\nText.", ("^Quelle ",))[0].layout


def test_sentences_and_lines():
    text = "First one. Second one!\n\nThird? Yes."
    segments = segment(text)
    assert [s.text for s in segments] == ["First one.", "Second one!", "Third?", "Yes."]
    assert [(s.paragraph, s.sentence, s.line) for s in segments] == [(0, 0, 1), (0, 1, 1), (1, 0, 3), (1, 1, 3)]
    assert all(text[s.start : s.end] == s.text for s in segments)


def test_thai_sentences_split_at_spaces_between_thai_words():
    text = "ความสำเร็จของมันเกิดจากสถาปัตยกรรม ความแตกต่างนั้นเกิดขึ้น"
    assert len(segment(text)) == 2


@given(st.text(max_size=300))
def test_any_text_segments_within_bounds(text):
    for piece in segment(text):
        assert text[piece.start : piece.end] == piece.text
        assert piece.text.strip() == piece.text
