"""`consistency add`: a translation placed as clean UTF-8, its language checked, nothing lost."""

from __future__ import annotations

import shutil
import unicodedata

import pytest

from consistency.add import add_translation
from consistency.cli import main
from consistency.errors import InputError
from consistency.fixtures import load_document
from tests.conftest import SAMPLES


@pytest.fixture
def document(tmp_path):
    folder = tmp_path / "deepseek"
    shutil.copytree(SAMPLES, folder)
    (folder / "nl.txt").unlink()
    (folder / "baseline.json").unlink()
    return folder


def dutch_bytes(encoding: str) -> bytes:
    return (SAMPLES / "nl.txt").read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding)


def test_a_crlf_utf16_file_with_a_bom_becomes_clean_utf8_with_the_same_words(document, tmp_path, capsys):
    source = tmp_path / "vertaling.txt"
    source.write_bytes(dutch_bytes("utf-16"))  # Python writes the BOM
    assert source.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    code = main(["add", str(document), str(source), "--lang", "nl", "--cache", ""])
    out = capsys.readouterr().out
    placed = document / "nl.txt"
    data = placed.read_bytes()
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    original = source.read_bytes().decode("utf-16")
    assert text.split() == original.split()  # not one word changed
    assert "added" in out and "nl" in out
    assert code == 1  # the Dutch sample drifts (it lacks the 2023 passage), and says so
    assert "2023" in out
    assert "nl" in {v.language for v in load_document(document).versions}  # the next run sees it


def test_a_file_in_another_language_than_declared_is_refused_unless_forced(document, tmp_path, capsys):
    source = tmp_path / "fr.txt"
    source.write_bytes(dutch_bytes("utf-8"))
    assert main(["add", str(document), str(source), "--cache", ""]) == 2
    assert "reads as 'nl'" in capsys.readouterr().err
    assert not (document / "fr.txt").exists()
    added = add_translation(document, source, force=True)
    assert added.path == document / "fr.txt" and added.detected == "nl"


def test_an_existing_version_is_kept_unless_forced(document, tmp_path):
    before = (document / "de.txt").read_bytes()
    source = tmp_path / "de.txt"
    source.write_text("Ein ganz anderer deutscher Text über die Kosten von 5 Millionen Dollar.", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        add_translation(document, source)
    assert (document / "de.txt").read_bytes() == before


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("nl.txt", b"", "empty file"),
        ("nl.txt", b"\x00\x01\x02binary\x00", "binary"),
        ("nl.txt", b"  \n\t\n", "whitespace only"),
        ("dutch.txt", b"Een tekst.", "unknown language code 'dutch'"),
    ],
)
def test_bad_files_are_refused_with_the_reason_and_nothing_is_written(document, tmp_path, capsys, name, data, message):
    source = tmp_path / name
    source.write_bytes(data)
    assert main(["add", str(document), str(source), "--cache", ""]) == 2
    err = capsys.readouterr().err
    assert message in err and str(source) in err and "Traceback" not in err
    assert not (document / "nl.txt").exists()
