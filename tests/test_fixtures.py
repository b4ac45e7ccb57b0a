"""Loading documents: good files load, bad files give one clear line naming the file."""

from __future__ import annotations

import unicodedata

from consistency.errors import ConfigError
from consistency.fixtures import find_documents, load_document, slugify

import pytest

from tests.conftest import SAMPLES


def problems(document) -> list[str]:
    return [str(p) for p in document.problems]


def test_loads_versions_with_bcp47_names_and_normalises_text(write_document):
    folder = write_document({"de": "Erste Zeile\r\nZweite\rDritte", "pt-BR": "\ufeffUma linha", "en.md": "A line"})
    document = load_document(folder)
    assert [v.language for v in document.versions] == ["de", "en", "pt-BR"]
    assert document.version("de").text == "Erste Zeile\nZweite\nDritte"
    assert document.version("pt-BR").text == "Uma linha"  # BOM dropped
    assert document.problems == ()
    assert document.version("pt-BR").slug == "pt-br"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "whitespace only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Grüße".encode("latin-1"), "not UTF-8"),
        (b"\xff\xfeH\x00a\x00l", "not valid utf-16"),
    ],
)
def test_bad_file_is_one_problem_and_the_rest_still_loads(write_document, content, message):
    folder = write_document({"en": "One text.", "fr": "Un texte.", "de": content})
    document = load_document(folder)
    assert [v.language for v in document.versions] == ["en", "fr"]
    [problem] = problems(document)
    assert problem.startswith(str(folder / "de.txt")) and message in problem
    assert "\n" not in problem


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark_is_read_with_crlf_and_cr_made_lf(write_document, encoding):
    text = "Größe: 5 Millionen €\r\nZweite Zeile\rDritte"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)
    folder = write_document({"en": "One text.", "de": data})
    document = load_document(folder)
    assert document.version("de").text == "Größe: 5 Millionen €\nZweite Zeile\nDritte"


def test_a_legacy_encoding_is_read_when_charset_normalizer_is_sure_and_refused_when_not(write_document):
    german = (SAMPLES / "de.txt").read_text(encoding="utf-8")
    folder = write_document({"en": "One text.", "de": german.encode("cp1252", errors="replace")})
    assert load_document(folder).version("de").text.split() == german.encode("cp1252", errors="replace").decode("cp1252").split()
    short = write_document({"en": "One text.", "de": "Größe: naïve Grüße".encode("cp1252")}, name="short")
    assert any("de.txt" in p and "encoding cannot be told for sure" in p for p in problems(load_document(short)))


def test_nfd_text_is_stored_as_nfc(write_document):
    folder = write_document({"en": "One.", "fr": unicodedata.normalize("NFD", "Un café à Genève.")})
    assert load_document(folder).version("fr").text == "Un café à Genève."


def test_unknown_language_code(write_document):
    folder = write_document({"en": "One.", "fr": "Un.", "xq": "??"})
    [problem] = problems(load_document(folder))
    assert "xq.txt" in problem and "unknown language code 'xq'" in problem


def test_a_language_cldr_names_but_has_no_data_for_is_a_version_like_any(write_document):
    # Samoan and Fijian have no CLDR locale; sm-XX names no region, and sh is Serbian in Latin.
    folder = write_document({"en": "One.", "sm": "Tasi.", "fj-FJ": "Dua.", "sm-XX": "?", "sh": "Jedan."})
    document = load_document(folder)
    assert [v.language for v in document.versions] == ["en", "fj-FJ", "sh", "sm"]
    [problem] = problems(document)
    assert "sm-XX.txt" in problem and "unknown language code 'sm-XX'" in problem


def test_a_language_without_cldr_data_borrows_no_other_languages_names():
    """CLDR's root data, not English: Samoan gets no country names, so its lack of "New
    Zealand" (Niu Sila) is never judged, and it is not taken for Fijian."""
    from consistency.cldr_names import country_names, same_language
    from consistency.lexicon import lexicon

    assert country_names("sm", "en") == [] and len(country_names("de", "en")) > 50
    assert not same_language("sm", "fj") and same_language("sm", "sm-WS")
    assert lexicon("sm").decimal == "." and lexicon("sm").months == {}


def test_duplicate_language(write_document):
    folder = write_document({"en": "One.", "fr": "Un.", "fr.md": "Un."})
    document = load_document(folder)
    assert [v.language for v in document.versions] == ["en"]
    assert any("duplicate language" in p for p in problems(document))


def test_fewer_than_two_versions(write_document):
    folder = write_document({"en": "One."})
    document = load_document(folder)
    assert not document.checkable
    assert any("at least two language versions" in p for p in problems(document))


def test_oversized_file_is_refused(write_document):
    folder = write_document({"en": "x" * 2000, "fr": "Un.", "de": "Eins."})
    [problem] = problems(load_document(folder, max_file_bytes=1000))
    assert "over the limit of 1000" in problem


def test_symlinked_version_is_not_followed(write_document, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    folder = write_document({"en": "One.", "fr": "Un."})
    (folder / "de.txt").symlink_to(outside)
    assert any("symbolic link" in p for p in problems(load_document(folder)))


def test_document_settings(write_document):
    folder = write_document({"en": "One.", "fr": "Un."})
    (folder / "document.toml").write_text('source = "en"\nlayout = ["^Foto:"]\nbaseline = "accepted.json"\n')
    document = load_document(folder)
    assert document.source_language == "en"
    assert document.layout_patterns == ("^Foto:",)
    assert document.baseline_path == folder / "accepted.json"


def test_malformed_document_settings_name_file_and_line(write_document):
    folder = write_document({"en": "One.", "fr": "Un."})
    (folder / "document.toml").write_text('source = "en"\nlayout = = 1\n')
    with pytest.raises(ConfigError) as error:
        load_document(folder)
    assert "document.toml" in str(error.value) and "line" in str(error.value)


def test_find_documents_walks_folders(write_document, tmp_path):
    write_document({"en": "One.", "fr": "Un."}, name="a")
    write_document({"en": "Two.", "de": "Zwei."}, name="b")
    (tmp_path / "README.md").write_text("not a document")
    found, problems_found = find_documents([tmp_path])
    assert [p.name for p in found] == ["a", "b"] and problems_found == []
    missing, errors = find_documents([tmp_path / "nope"])
    assert missing == [] and "no such file" in str(errors[0])


def test_a_version_in_another_format_is_named_not_left_out_unseen(write_document, tmp_path):
    # de.html dropped in as the German translation: an error naming it, the others still load
    folder = write_document({"en": "One.", "fr": "Un.", "de.html": "<p>Eins.</p>"})
    document = load_document(folder)
    assert [v.language for v in document.versions] == ["en", "fr"]
    assert problems(document) == [f"{folder / 'de.html'}: not read: versions are plain text, .txt or .md files (save it as de.txt)"]
    # the source kept beside its version (en.html by en.txt), and files named for no language,
    # are no version
    folder = write_document({"en": "One.", "fr": "Un.", "en.html": "<p>One.</p>", "index.html": "<p>One.</p>"}, name="kept")
    assert problems(load_document(folder)) == []
    # a folder of such files only is named file by file, not as "no document folders"
    only = write_document({"ko.docx": b"PK\x03\x04", "ja.html": "<p>一。</p>"}, name="only", root=tmp_path / "other")
    found, errors = find_documents([tmp_path / "other"])
    assert found == [] and [e.path.name for e in errors] == ["ja.html", "ko.docx"] and all(e.path.parent == only for e in errors)


def test_slugify_is_ascii():
    assert slugify("Über Größe") == "uber-groe"
    assert slugify("東京") == "x"
