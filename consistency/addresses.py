"""Web and email addresses in running text, in any script.

Both the figures (whose digits in an address are no figures) and the names (an address is a name
held to the letter) need them. An address ends before the letters of a script written without
spaces, or CJK punctuation, that follow it unspaced (访问www.example.com了解, example.com。,
联系support@example.com了解), and a closing mark of the sentence is no part of it.
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


def spans(text: str) -> list[tuple[int, int]]:
    """Where the text's addresses start and end, their closing punctuation left out."""
    lowered = text.casefold()
    if "@" not in text and "www." not in lowered and "http" not in lowered:
        return []  # most sentences: no address to look for (the pattern costs 0.2 ms a sentence)
    found = []
    for match in PATTERN.finditer(text):
        address = match.group().rstrip(_END)
        if "@" in address or "." in address:
            found.append((match.start(), match.start() + len(address)))
    return found


def is_address(text: str) -> bool:
    """Whether the whole text is one address."""
    return ("@" in text or "." in text) and bool(PATTERN.fullmatch(text))
