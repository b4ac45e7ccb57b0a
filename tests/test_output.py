"""Atomic writing: an interrupted write leaves the previous file intact and no temporary file."""

from __future__ import annotations

import os
import stat

import pytest

from consistency.output import write_atomic


def test_write_replaces_whole_file_and_is_readable(tmp_path):
    target = tmp_path / "out" / "report.json"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert stat.S_IMODE(os.stat(target).st_mode) & 0o044  # group/others may read a report


def test_interrupted_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    write_atomic(target, "previous report")

    def crash(_fd):
        raise KeyboardInterrupt  # killed after writing, before the rename

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "half of a new report")
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]

