"""What a translation copies to the letter: addresses, file paths and format placeholders."""

from __future__ import annotations

import pytest

from consistency.figures import extract_figures
from consistency.verbatim import key, kind, spans


def found(text: str) -> list[str]:
    return [text[start:end] for start, end in spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shows {count} files in {folder}", ["{count}", "{folder}"]),
        ("Hello {{ user.name }} and ${HOME}", ["{{ user.name }}", "${HOME}"]),
        ("{0} of {1,number,integer}", ["{0}", "{1,number,integer}"]),
        ("%(name)s has %1$s, %5.2f, %d and %@.", ["%(name)s", "%1$s", "%5.2f", "%d", "%@"]),
        ("「%2$s はサイズが大きすぎます」", ["%2$s"]),  # glued to kana
    ],
)
def test_format_placeholders_are_found(text, expected):
    assert found(text) == expected
    assert all(kind(placeholder) == "placeholder" for placeholder in expected)


@pytest.mark.parametrize(
    "text",
    [
        "prices rose 50%, or 50 % des ventes",  # a percentage, French spaced
        "Fiyatlar %50 arttı, %5de kaldı",  # Turkish writes the sign first
        "50%s of the total",  # after a number
        "{ not a placeholder } and {}",
    ],
)
def test_a_percentage_or_a_brace_in_prose_is_no_placeholder(text):
    assert found(text) == []


def test_file_paths_are_found_but_not_units_or_fractions():
    text = "Logs go to ~/.syncapp/logs/sync.log, /etc/hosts or C:\\Users\\app.log; run ./configure."
    assert found(text) == ["~/.syncapp/logs/sync.log", "/etc/hosts", "C:\\Users\\app.log", "./configure"]
    assert found("120 km/h, 24/7, and/or, 1/2 cup") == []
    assert kind("/etc/hosts") == "path"


def test_long_command_line_options_are_found_but_not_a_dash_of_two_hyphens():
    assert found("Run `syncapp --dry-run` or add --max-size=2G.") == ["--dry-run", "--max-size=2G"]
    assert found("a pause -- then more, and x--y") == []
    assert kind("--dry-run") == "option"


def test_a_path_in_a_web_address_is_part_of_it():
    assert found("See https://example.com/docs/setup/ now.") == ["https://example.com/docs/setup"]


def test_addresses_are_keyed_case_aside_and_paths_and_placeholders_to_the_letter():
    assert key("Support@Example.com") == "support@example.com"
    assert key("{Count}") == "{Count}" and key("~/Logs/a.log") == "~/Logs/a.log"


def test_no_number_is_read_inside_a_placeholder():
    assert [f.key for f in extract_figures("If a file is larger than %1$s, show {0} and keep 5 copies.", "en")] == ["5"]
    assert [f.key for f in extract_figures("Ayrıca %2$s gösterilir; fiyatlar %50 arttı.", "tr")] == ["50"]
