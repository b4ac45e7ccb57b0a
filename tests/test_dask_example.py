"""examples/dask_check.py: the corpus checked as a Dask bag gives exactly the local run's results."""

from __future__ import annotations

import importlib.util

import pytest

from consistency.config import Config
from consistency.pipeline import run
from consistency.report.json_report import render_json
from tests.conftest import ROOT, SAMPLES

pytest.importorskip("dask")


def load_example():
    spec = importlib.util.spec_from_file_location("dask_check", ROOT / "examples" / "dask_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_run_equals_the_local_run(tmp_path, write_document, scheduler):
    corpus = tmp_path / "corpus"
    (corpus / "deepseek").mkdir(parents=True)
    for path in SAMPLES.iterdir():
        (corpus / "deepseek" / path.name).write_bytes(path.read_bytes())
    write_document({"en": "It cost 5 dollars.", "fr": "Il a coûté 6 dollars.", "de": b""}, name="small", root=corpus)
    config = Config(cache="")
    local = run([corpus], config)
    on_dask = load_example().check_on_dask([corpus], config, scheduler)
    assert render_json(on_dask, config) == render_json(local, config)
    assert [str(e) for e in on_dask.errors] == [str(e) for e in local.errors]  # the empty file, named
