"""Sharding and parallel runs: a stable split by document, and the same results in parallel."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from consistency.cli import main
from consistency.pipeline import in_shard, parse_shard
from tests.conftest import SAMPLES


def test_shards_partition_documents_stably():
    folders = [Path(f"fixtures/doc-{i}") for i in range(60)]
    shards = [[f for f in folders if in_shard(f, (i, 4))] for i in range(1, 5)]
    assert sorted(f for shard in shards for f in shard) == sorted(folders)  # every document once
    assert all(shards)  # and no shard is empty for 60 documents
    assert [f for f in folders if in_shard(f, (2, 4))] == shards[1]  # stable


@pytest.mark.parametrize("text", ["0/3", "4/3", "x", "1-2"])
def test_bad_shard_is_a_clear_error(text):
    with pytest.raises(ValueError, match="shard must be i/n"):
        parse_shard(text)


@pytest.fixture
def corpus(tmp_path, write_document):
    shutil.copytree(SAMPLES, tmp_path / "corpus" / "deepseek")
    for name, (a, b) in {"storm": ("5", "5"), "plant": ("7", "8")}.items():
        write_document(
            {
                "en": f"The storm cost {a} million dollars and closed 3 schools.",
                "de": f"Der Sturm kostete {b} Millionen Dollar und schloss 3 Schulen.",
                "fr": f"La tempête a coûté {a} millions de dollars et fermé 3 écoles.",
            },
            name=name,
            root=tmp_path / "corpus",
        )
    return tmp_path / "corpus"


def test_jobs_give_the_same_json(corpus, capsys):
    main(["check", str(corpus), "--format", "json"])
    serial = json.loads(capsys.readouterr().out)
    main(["check", str(corpus), "--format", "json", "--jobs", "2"])
    parallel = json.loads(capsys.readouterr().out)
    assert parallel == serial
    assert [d["document"] for d in serial["documents"]] == ["deepseek", "plant", "storm"]


def test_cli_shards_cover_the_corpus(corpus, capsys):
    names = []
    for index in (1, 2):
        main(["check", str(corpus), "--format", "json", "--shard", f"{index}/2"])
        names.extend(d["document"] for d in json.loads(capsys.readouterr().out)["documents"])
    assert sorted(names) == ["deepseek", "plant", "storm"]
    assert main(["check", str(corpus), "--shard", "3/2"]) == 2


def test_pytest_shards_collect_disjoint_documents(pytester, corpus):
    pytester.makefile(".toml", pyproject='[tool.consistency]\nfixtures = ["corpus"]\nreport = ""\n')
    shutil.copytree(corpus, pytester.path / "corpus")
    seen = []
    for index in (1, 2):
        result = pytester.runpytest("--collect-only", "-q", f"--consistency-shard={index}/2")
        seen.append({line.split("::")[-1].split("-")[0] for line in result.outlines if "::" in line})
    assert seen[0].isdisjoint(seen[1]) and seen[0] | seen[1] == {"deepseek", "plant", "storm"}


def test_pytest_xdist_keeps_each_document_on_one_worker(pytester, corpus):
    pytest.importorskip("xdist")
    pytester.makefile(".toml", pyproject='[tool.consistency]\nfixtures = ["corpus"]\nreport = ""\n')
    shutil.copytree(corpus, pytester.path / "corpus")
    serial = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    parallel = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup")
    outcomes = ("passed", "failed", "xfailed")
    counts = [{k: run.parseoutcomes().get(k, 0) for k in outcomes} for run in (serial, parallel)]
    assert counts[0] == counts[1]
    assert counts[1]["failed"] >= 1  # the plant document's changed figure
