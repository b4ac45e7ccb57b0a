"""The result cache: unchanged documents are not re-analysed, changed or corrupt ones are."""

from __future__ import annotations

import dataclasses
import json

import pytest

from consistency import pipeline
from consistency.config import Config
from consistency.fixtures import load_document


@pytest.fixture
def counting(monkeypatch):
    calls = []
    original = pipeline.analyse_document

    def counted(document, config):
        calls.append(document.name)
        return original(document, config)

    monkeypatch.setattr(pipeline, "analyse_document", counted)
    return calls


TEXTS = {
    "en": "The storm cost 5 million dollars and closed 3 schools on Monday.",
    "de": "Der Sturm kostete 6 Millionen Dollar und schloss am Montag 3 Schulen.",
    "fr": "La tempête a coûté 5 millions de dollars et fermé 3 écoles lundi.",
}


def test_unchanged_document_is_served_from_the_cache(tmp_path, write_document, counting):
    config = Config(cache=str(tmp_path / "cache" / "embeddings.sqlite"))
    folder = write_document(TEXTS)
    first = pipeline.check_document(load_document(folder), config)
    second = pipeline.check_document(load_document(folder), config)
    assert counting == ["doc"]
    assert [f.to_json() for f in second.findings] == [f.to_json() for f in first.findings]

    (folder / "de.txt").write_text(TEXTS["de"].replace("6 Millionen", "5 Millionen"), encoding="utf-8")
    third = pipeline.check_document(load_document(folder), config)
    assert counting == ["doc", "doc"] and not [f for f in third.findings if f.check == "figures"]


def test_baseline_is_applied_afresh(tmp_path, write_document, counting):
    config = Config(cache=str(tmp_path / "cache" / "embeddings.sqlite"))
    folder = write_document(TEXTS)
    result = pipeline.check_document(load_document(folder), config)
    accepted = [{"key": f.key, "version": f.version, "check": f.check, "message": f.message} for f in result.findings]
    (folder / "baseline.json").write_text(json.dumps({"schema": 1, "accepted": accepted}), encoding="utf-8")
    again = pipeline.check_document(load_document(folder), config)
    assert counting == ["doc"] and all(f.waived for f in again.findings)


def test_corrupt_entry_is_recomputed(tmp_path, write_document, counting):
    config = Config(cache=str(tmp_path / "cache" / "embeddings.sqlite"))
    folder = write_document(TEXTS)
    pipeline.check_document(load_document(folder), config)
    for entry in (tmp_path / "cache" / "results").iterdir():
        entry.write_bytes(b"not a pickle")
    pipeline.check_document(load_document(folder), config)
    assert counting == ["doc", "doc"]


def test_no_cache_means_no_result_cache(tmp_path, write_document, counting):
    config = Config(cache="")
    folder = write_document(TEXTS)
    pipeline.check_document(load_document(folder), config)
    pipeline.check_document(load_document(folder), config)
    assert counting == ["doc", "doc"]


def test_other_settings_are_other_entries(tmp_path, write_document, counting):
    config = Config(cache=str(tmp_path / "cache" / "embeddings.sqlite"))
    folder = write_document(TEXTS)
    pipeline.check_document(load_document(folder), config)
    pipeline.check_document(load_document(folder), dataclasses.replace(config, omission_support=0.9))
    assert counting == ["doc", "doc"]


def test_an_interrupted_store_leaves_neither_a_half_entry_nor_a_temporary(tmp_path, monkeypatch):
    import pickle

    from consistency import resultcache

    resultcache.store(tmp_path, "k", {"old": 1})

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # killed while writing

    monkeypatch.setattr(pickle, "dump", crash)
    with pytest.raises(KeyboardInterrupt):
        resultcache.store(tmp_path, "k", {"new": 2})
    assert [p.name for p in tmp_path.iterdir()] == ["k.pickle"]
    assert resultcache.load(tmp_path, "k") == {"old": 1}
