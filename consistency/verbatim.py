"""What a translation copies to the letter, in running text of any script: web and email
addresses, file paths, the placeholders of format strings and command-line options.

Both the figures (whose digits in an address or a placeholder are no figures: %1$s is no 1 %)
and the names (each is a name held to the letter) need them. Documentation carries them, and a
placeholder renamed or dropped ({count} as {anzahl}) breaks the program that fills it in, as a
changed path sends a reader to a file that is not there.

An address ends before the letters of a script written without spaces, or CJK punctuation,
that follow it unspaced (访问www.example.com了解, example.com。, 联系support@example.com了解), and a
closing mark of the sentence is no part of it. A web or email address is held case aside
(Support@Example.com is the same address); a path or a placeholder to the letter.
"""

from __future__ import annotations

import regex

_STOP = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\u3000-\u303f\uff01-\uff60"
#: A web address (with its scheme or www.) or an email address.
PATTERN = regex.compile(
    rf"(?:https?://|www\.)[^\s<>\"'“”‘’«»()\[\]{_STOP}]+"
    rf"|(?:[^\W{_STOP}]|[.+-])+@(?:[^\W{_STOP}]|-)+(?:\.(?:[^\W{_STOP}]|-)+)+",
    regex.IGNORECASE,
)
_END = ".,;:!?/"

#: A letter or digit of a script written with spaces: what a path or a placeholder may not follow
#: (ログは~/.syncapp/logs and ファイルが%1$s may), and what a path's names are made of, with dots,
#: hyphens and underscores (sync.log에: a Korean particle follows).
_SPACED = rf"[^\W{_STOP}]"
_PART = rf"(?:{_SPACED}|[.-])+"
#: A file path: from the home or the current folder (~/.config/app, ./configure, ../lib), from
#: the root with two folders at least (/etc/hosts, not km/h nor 24/7), or from a Windows drive
#: (C:\Users\app.log).
PATH = regex.compile(
    rf"(?<!{_SPACED}|[/.~\\])(?:(?:~|\.{{1,2}})/{_PART}(?:/{_PART})*/?|/{_PART}(?:/{_PART})+/?|[A-Z]:\\(?:{_PART}\\?)+)",
)
_PATH_END = ".,;:!?"

#: The placeholders of format strings: {{name}} (Mustache, Jinja), ${name}, {0} and {count}
#: (.NET, Python, ICU), %(name)s (Python), and printf's %s, %d, %1$s, %5.2f, %@ (Apple); not a
#: % after a number or a letter (50%s), nor before a Latin letter (Turkish %5de, French 50 % des);
#: a letter of another script may follow (Korean %1$s보다, than %1$s).
PLACEHOLDER = regex.compile(
    r"\{\{\s*[^\W\d]\w*(?:\.\w+)*\s*\}\}"
    r"|\$\{[^\W\d]\w*(?:\.\w+)*\}"
    r"|\{(?:\d+|[^\W\d]\w*)(?:,[^{}]*)?\}"
    r"|%\([^\W\d]\w*\)[-+#0]*\d*(?:\.\d+)?[sdfirxXeEgGc]"
    rf"|(?<!{_SPACED}|%)%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?(?:ll|l|hh|h|z|j|t|L)?[sdifuxXoeEgGcp@](?![\p{{Latin}}\d_])"
)


#: A command line's long option (--dry-run, --max-size=2G): two hyphens, then a Latin letter, not
#: after a letter or digit (a dash written as two hyphens has a space after it).
OPTION = regex.compile(rf"(?<!{_SPACED}|-)--[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:=[^\s`'\"“”«»]+)?")


def spans(text: str) -> list[tuple[int, int]]:
    """Where the text's addresses, paths, placeholders and options start and end, in text
    order, closing punctuation left out."""
    found = [*_addresses(text), *_paths(text), *_placeholders(text), *_options(text)]
    if len(found) < 2:
        return found
    found.sort()
    kept = [found[0]]
    for start, end in found[1:]:  # a path inside a web address (example.com/docs/setup) is its part
        if start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
        else:
            kept.append((start, end))
    return kept


def _addresses(text: str) -> list[tuple[int, int]]:
    lowered = text.casefold()
    if "@" not in text and "www." not in lowered and "http" not in lowered:
        return []  # most sentences: no address to look for (the pattern costs 0.2 ms a sentence)
    found = []
    for match in PATTERN.finditer(text):
        address = match.group().rstrip(_END)
        if "@" in address or "." in address:
            found.append((match.start(), match.start() + len(address)))
    return found


def _paths(text: str) -> list[tuple[int, int]]:
    if "/" not in text and ":\\" not in text:
        return []
    return [(m.start(), m.start() + len(m.group().rstrip(_PATH_END))) for m in PATH.finditer(text)]


def _placeholders(text: str) -> list[tuple[int, int]]:
    if "{" not in text and "%" not in text:
        return []
    return [m.span() for m in PLACEHOLDER.finditer(text)]


def _options(text: str) -> list[tuple[int, int]]:
    if "--" not in text:
        return []
    return [(m.start(), m.start() + len(m.group().rstrip(_PATH_END))) for m in OPTION.finditer(text)]


def is_address(text: str) -> bool:
    """Whether the whole text is one web or email address."""
    return ("@" in text or "." in text) and bool(PATTERN.fullmatch(text))


def is_verbatim(text: str) -> bool:
    """Whether the whole text is one address, path, placeholder or option."""
    return kind(text) is not None


def kind(text: str) -> str | None:
    """What the whole text is: "address", "path", "placeholder" or "option"; None for anything else."""
    if is_address(text):
        return "address"
    if PATH.fullmatch(text):
        return "path"
    if PLACEHOLDER.fullmatch(text):
        return "placeholder"
    return "option" if OPTION.fullmatch(text) else None


def key(text: str) -> str:
    """What a version must write the same: a web or email address case aside, the rest to the letter."""
    return text.casefold() if is_address(text) else text
