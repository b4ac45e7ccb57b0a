"""Proper nouns in Chinese and Japanese text, from the tokenisers of the cjk extra."""

from __future__ import annotations

import pytest

from consistency import cjk

pytest.importorskip("jieba")
pytest.importorskip("MeCab")
pytest.importorskip("ipadic")
pytest.importorskip("pykakasi")


def spans(text: str, language: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.reading) for p in cjk.proper_nouns(text, language)]


def test_chinese_names_are_the_proper_nouns_jieba_tags():
    found = [text for text, _ in spans("特朗普称密歇根州州长格雷琴·惠特默是独裁者，因为她遵循了医疗准则。", "zh")]
    assert found == ["特朗普", "密歇根州", "格雷琴·惠特默"]  # not 州长 (governor) nor 独裁者 (dictator)


def test_a_chinese_name_jieba_cuts_in_pieces_is_one_name():
    # jieba reads 格里沃里 as two names and 廷巴克图 as a lone character and a name
    assert [t for t, _ in spans("据越通社报道，格里沃里认为，越南作出巨大贡献。", "zh")][:2] == ["越通社", "格里沃里"]
    assert [t for t, _ in spans("又因为相对偏僻，“廷巴克图”被用来比喻遥远的异国他乡。", "zh")] == ["廷巴克图"]


def test_japanese_names_carry_their_romanised_reading():
    found = spans("長野県諏訪市の40代の女性が新型コロナウイルスに感染しました。", "ja")
    assert found == [("長野", "nagano"), ("諏訪", "suwa")]  # not 女性 (woman), nor the counter 県


def test_other_languages_have_no_tagged_proper_nouns():
    assert cjk.proper_nouns("Trump called Gretchen Whitmer a dictator.", "en") == []
    assert cjk.proper_nouns("特朗普称密歇根州州长", "ko") == []


def test_without_the_extra_nothing_is_found(monkeypatch):
    def missing():
        raise ImportError("No module named 'jieba'")

    monkeypatch.setattr(cjk, "_jieba", missing)
    assert cjk.proper_nouns("特朗普称密歇根州州长格雷琴·惠特默是独裁者。", "zh") == []
