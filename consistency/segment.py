"""Split a version into paragraphs and sentences, and mark layout lines.

Layout lines (image credits, copyright lines, bare links) are shown as layout and never
produce findings. The default rules look at shape, not words, so they hold in any language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from consistency import wordlists
from consistency.fixtures import known_locale

#: "Bild: Ensigame.com", "Resim: ensigame.com", "Photo : www.example.org/x"
_CREDIT = re.compile(
    r"^[^\W\d_][\w .'’\-]{0,40}?\s?[:：]\s*(?:©\s*)?(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,24}(?:/\S*)?\s*$",
    re.IGNORECASE,
)
_BARE_LINK = re.compile(r"^\s*(?:https?://\S+|www\.\S+|[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|io)\S*)\s*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|℗", re.IGNORECASE)
_SHORT_WORDS = 8

#: Scripts that may mark no sentence end with punctuation and separate sentences with spaces
#: (Thai, Lao, Khmer, Myanmar).
_SPACE_SENTENCE_SCRIPTS = (("\u0e00", "\u0e7f"), ("\u0e80", "\u0eff"), ("\u1780", "\u17ff"), ("\u1000", "\u109f"))
_SPACE_SCRIPT_LETTER = "[" + "".join(f"{low}-{high}" for low, high in _SPACE_SENTENCE_SCRIPTS) + "]"
_SPACE_BETWEEN_SCRIPT = re.compile(rf"(?<={_SPACE_SCRIPT_LETTER})\s+(?={_SPACE_SCRIPT_LETTER})")
#: A sentence terminal of any script, as Unicode's sentence break property names them (. ! ? 。
#: ؟ ۔ । ። ។ ။ ։ and more).
_TERMINAL = r"\p{Sentence_Break=STerm}\p{Sentence_Break=ATerm}"
#: A sentence's end: a terminal or an ellipsis, then closing quotes and a space.
_SENTENCE_END = regex.compile(rf"(?<=[{_TERMINAL}…])[\"'”’»)\]]*\s+(?=\S)")
_STOP_AT_END = regex.compile(rf"[{_TERMINAL}…][\"'”’»)\]」』）]*\s*$")
_STOP_AFTER_SCRIPT = regex.compile(rf"(?<={_SPACE_SCRIPT_LETTER})[{_TERMINAL}][\"'”’»)\]]*(?=\s|$)")
#: Chinese and Japanese end a sentence with a full-width stop and start the next at once.
_FULL_WIDTH_END = re.compile(r"(?<=[。！？])[」』”’）)]*(?=[^\s」』”’）)])")


@dataclass(frozen=True)
class Segment:
    """One sentence (or layout line) of a version, with its place in the text."""

    paragraph: int
    sentence: int
    line: int
    start: int
    end: int
    text: str
    layout: bool = False
    #: A line of a fenced code block: layout for language, alignment and claims, but its
    #: figures are held to the other versions' (a stale version number in one translation).
    code: bool = False
    #: A sentence of a numbered list's item (a step of instructions), its marker left out.
    item: bool = False


@dataclass(frozen=True)
class Paragraph:
    index: int
    line: int
    start: int
    end: int
    text: str
    layout: bool
    code: bool = False
    item: bool = False


def paragraphs(text: str, layout_patterns: tuple[str, ...] = (), language: str = "") -> tuple[Paragraph, ...]:
    """Each non-blank line is a paragraph; layout lines are marked, not dropped. The lines of a
    fenced code block (between lines opening with ``` or ~~~, as Markdown writes them) are
    layout too, marked as code: no prose of any language, which a translation keeps as it is.
    A numbered list's marker (``list_markers``) is left out of its item's paragraph."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    lines = [text[s:e] for s, e in spans]
    repeated = Counter(line.strip() for line in lines)
    markers = list_markers([line.strip() for line in lines], language)
    extra = [re.compile(p) for p in layout_patterns]
    result = []
    fence = ""
    for index, (start, end) in enumerate(spans):
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        line_no = text.count("\n", 0, start) + 1
        opening = _FENCE.match(raw.strip())
        if fence or opening:
            if fence and opening and raw.strip().startswith(fence) and not raw.strip()[len(fence) :].strip():
                fence = ""  # the closing fence
            elif not fence:
                fence = opening.group()
            result.append(Paragraph(index, line_no, start + lead, start + trail, raw.strip(), True, True))
            continue
        layout = is_layout(raw.strip(), repeated[raw.strip()], extra)
        marker = 0 if layout else markers[index]
        result.append(Paragraph(index, line_no, start + lead + marker, start + trail, raw.strip()[marker:], layout, item=bool(marker)))
    return tuple(result)


#: A numbered list item's marker: a number of up to three digits, a period or a bracket, a space
#: (Markdown's "1. " and "1) "); or, as Chinese and Japanese write one, with no space, a
#: full-width period or bracket or an ideographic comma (１．設定を開く, 2）, 1、打开); or the
#: number in brackets ((1) The lessee, （１）設定を開く).
_ORDERED_MARKER = re.compile(r"(?:[(（](\d{1,3})[)）]\s*|(\d{1,3})(?:[.)]\s+|[．）、]\s*))(?=\S)")


def list_markers(lines: list[str], language: str = "") -> list[int]:
    """Per line, the length of its numbered list marker, or 0. Step numbers are the list's
    structure, not figures of its text: a translation that drops step 3 and numbers the rest
    on has dropped a step, not changed the figure 4 (of "4 GB") into 3. A line's number is a
    marker where the nearest numbered line before it has a lower number, or the nearest after
    it a higher one, so that a lone "1. Bundesliga" stays text; and not where the language's
    date patterns write the day so before a month (German "3. Oktober", ``_date_periods``)."""
    after_number = _date_periods(language)[1] if language else frozenset()
    found = []
    for line in lines:
        match = _ORDERED_MARKER.match(line)
        following = _FIRST_WORD.match(line, match.end()) if match else None
        dated = following is not None and following.group().casefold() in after_number
        found.append(None if match is None or dated else match)
    numbered = [index for index, match in enumerate(found) if match]
    lengths = [0] * len(lines)
    numbers = {index: int(found[index].group(1) or found[index].group(2)) for index in numbered}
    for place, index in enumerate(numbered):
        number = numbers[index]
        lower_before = place > 0 and numbers[numbered[place - 1]] < number
        higher_after = place + 1 < len(numbered) and number < numbers[numbered[place + 1]]
        if lower_before or higher_after:
            lengths[index] = found[index].end()
    return lengths


#: A Markdown code fence: three or more backticks or tildes opening a line.
_FENCE = re.compile(r"^(?:`{3,}|~{3,})")


def is_layout(line: str, occurrences: int = 1, extra: list[re.Pattern[str]] | None = None) -> bool:
    """Whether a line is layout: a credit, a copyright or link line, or a short line repeated."""
    if extra and any(p.search(line) for p in extra):
        return True
    if not any(c.isalnum() for c in line):
        return True  # a rule (---, ***) or a table's ruling (|---|:--:|): no words, no figures
    words = len(line.split())
    if words > _SHORT_WORDS:
        return False
    if _CREDIT.match(line) or _BARE_LINK.match(line):
        return True
    if _COPYRIGHT.search(line):
        return True
    # A short line that recurs verbatim is a caption or credit, not prose.
    return occurrences >= 2 and words <= 6 and not line.rstrip().endswith((".", "!", "?"))


def segment(text: str, layout_patterns: tuple[str, ...] = (), language: str = "") -> tuple[Segment, ...]:
    """Paragraphs split into sentences, in text order."""
    segments: list[Segment] = []
    stops = uses_stops(text)
    for para in paragraphs(text, layout_patterns, language):
        if para.layout:
            segments.append(Segment(para.index, 0, para.line, para.start, para.end, para.text, True, para.code))
            continue
        for number, (start, end) in enumerate(sentence_spans(para.text, language, stops)):
            segments.append(
                Segment(para.index, number, para.line, para.start + start, para.start + end, para.text[start:end], item=para.item)
            )
    return tuple(segments)


#: Stops after a letter of a script that may end sentences with a space, per space between two
#: of its letters, from which a text ends its sentences with stops: NTREX's Thai has 16 (Mr.,
#: ดร., น.: abbreviations) in 1,896 spaces, 0.008; the ferry probe's Burmese 0.14, Khmer 0.19,
#: Lao 0.7 (tests/data/probes/ferry).
STOPS_PER_SPACE = 0.05


def uses_stops(text: str) -> bool:
    """Whether the text ends its sentences with stops where its script lets a space alone end
    them (Thai never writes stops; Khmer ។, Burmese ။ and Lao . may be written or not): then its
    spaces separate phrases and end no sentence. True where the text has no such spaces."""
    spaces = len(_SPACE_BETWEEN_SCRIPT.findall(text))
    return not spaces or len(_STOP_AFTER_SCRIPT.findall(text)) >= STOPS_PER_SPACE * spaces


def ends_with_stop(sentence: str) -> bool:
    """Whether the sentence ends with a sentence terminal (and closing quotes), as the
    segmenter's punctuation rule cuts; not one cut at a space."""
    return bool(_STOP_AT_END.search(sentence))


def sentence_spans(paragraph: str, language: str = "", stops: bool | None = None) -> list[tuple[int, int]]:
    """Sentence boundaries of one paragraph, with the segmenter chosen for the language; at
    spaces in a script that may end sentences so, unless the text ``uses_stops`` (by default,
    this paragraph).

    Chosen by measurement (benchmarks/segmentation.py on NTREX): the punctuation rule beats
    sentencex and pysbd on every language with sentence punctuation (boundary F1 0.89-0.95 against
    0.79-0.89); for Thai, PyThaiNLP's CRF model beats splitting at spaces (0.47 against 0.38; 0.40 while
    spaces were cut whatever the stops: ``uses_stops`` now spares a text whose sentences end
    with stops, and a few NTREX documents with many Mr. and ดร. count as such).
    """
    if language.split("-")[0].lower() == "th":
        spans = _thai_spans(paragraph)
        if spans is not None:
            return spans
    return _regex_spans(paragraph, uses_stops(paragraph) if stops is None else stops, language)


def _thai_spans(paragraph: str) -> list[tuple[int, int]] | None:
    try:
        from consistency.thai import sentences

        pieces = sentences(paragraph)
    except ImportError:  # python-crfsuite missing: fall back to spaces between Thai words
        return None
    spans = spans_of_pieces(paragraph, pieces)
    return None if spans is None else _joined_where_no_sentence_ends(paragraph, spans)


def _joined_where_no_sentence_ends(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, those cut where the punctuation rule keeps a sentence whole joined again, as
    PyThaiNLP's model may cut at any space: inside brackets that close later in the paragraph,
    for no sentence ends in an aside (NTREX's Thai "(U.S. Drought Monitor)" was cut after
    "U.S."), as ``_in_asides`` keeps for stops; and after a title before a name (เมื่อฉันไปหา
    Mr. Fleiss, cut after "Mr."), as ``_abbreviation_before`` keeps."""
    joined, depth, counted = spans[:1], 0, 0
    for start, end in spans[1:]:
        cut = joined[-1][1]
        depth, counted = _depth_after(paragraph, counted, cut, depth), cut  # brackets open at the cut
        inside = depth > 0 and _CLOSING.search(paragraph, cut) is not None
        if inside or _abbreviation_before(paragraph, cut, start, "th"):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def spans_of_pieces(text: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Character spans of a segmenter's pieces, found in order in ``text``; None if one is not there."""
    spans, offset = [], 0
    for piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        at = text.find(stripped, offset)
        if at < 0:
            return None
        spans.append((at, at + len(stripped)))
        offset = at + len(stripped)
    return spans


def _regex_spans(paragraph: str, stops: bool = True, language: str = "") -> list[tuple[int, int]]:
    """After end punctuation, and, in a text without ``stops``, at spaces in scripts that may
    end sentences so.

    No cut after an initial or a short capitalised abbreviation ("M.", "St.", "Sen.", "Dr."):
    a title before a name ends no sentence, in any language that writes them so; nor at a
    period the language's dates and times write (``_in_a_date``).
    """
    ends = list(_SENTENCE_END.finditer(paragraph))
    asides = _in_asides(paragraph, ends)
    cuts = {
        m.end()
        for m, aside in zip(ends, asides)
        if not (
            aside
            or _abbreviation_before(paragraph, m.start(), m.end(), language)
            or _acronym_before_a_name(paragraph, m.start(), m.end(), language)
            or _runs_on(paragraph, m.start(), m.end())
            or _in_a_date(paragraph, m.start(), m.end(), language)
        )
    }
    cuts.update(m.end() for m in _FULL_WIDTH_END.finditer(paragraph))
    if not stops:
        cuts.update(m.end() for m in _SPACE_BETWEEN_SCRIPT.finditer(paragraph))
    return _spans_between(paragraph, cuts)


def _spans_between(paragraph: str, cuts: set[int]) -> list[tuple[int, int]]:
    bounds = [0, *sorted(cuts), len(paragraph)]
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        piece = paragraph[start:end]
        if piece.strip():
            left = start + (len(piece) - len(piece.lstrip()))
            spans.append((left, start + len(piece.rstrip())))
    return spans


#: Spaces that forbid a line break (no-break, narrow no-break, figure space): typesetters put
#: them inside a unit, as in German "am 30.\u00a0September" or French "20\u202f%".
_NO_BREAK_SPACES = "\u00a0\u202f\u2007"


def _in_asides(paragraph: str, ends: list) -> list[bool]:
    """For each stop found: whether it stands inside brackets that close before the next stop,
    an abbreviation in an aside ("(case no. 3-25-1187)", "(sagsnr. 3-25-1187)"), not a
    sentence's end. Brackets holding sentences of their own have a stop before they close."""
    found, depth, counted = [], 0, 0
    for index, match in enumerate(ends):
        depth = _depth_after(paragraph, counted, match.end(), depth)  # with the brackets the stop closes
        counted = match.end()
        following = ends[index + 1].start() if index + 1 < len(ends) else len(paragraph)
        found.append(depth > 0 and _CLOSING.search(paragraph, match.end(), following) is not None)
    return found


_BRACKETS = re.compile(r"[()（）]")
_CLOSING = re.compile(r"[)）]")


def _depth_after(text: str, start: int, end: int, depth: int) -> int:
    """How many brackets are open at ``end``, ``depth`` being open at ``start``. A bracket that
    closes none (the "1)" of a list) leaves none open."""
    for bracket in _BRACKETS.finditer(text, start, end):
        depth = depth + 1 if bracket.group() in "(（" else max(0, depth - 1)
    return depth


def lower_case(char: str) -> bool:
    """Whether the character is a small letter of a script that opens sentences and names with
    capitals. Georgian letters are small ones to Unicode, and it has capitals (Mtavruli), but
    it opens neither with them: Unicode gives its letters no title case of their own."""
    return char.islower() and char.title() != char


def _runs_on(paragraph: str, stop: int, next_start: int) -> bool:
    """Whether the sentence goes on after the stop found between ``stop`` and ``next_start``: the
    next word starts in lower case (3:40 a.m. and ran; i.e. the), or a no-break space follows
    the stop (an ordinal: in der 89.\u00a0Minute). In a script without case, neither shows."""
    space = paragraph[stop:next_start].lstrip("\"'”’»)]")[:1]
    return lower_case(paragraph[next_start]) or (space != "" and space in _NO_BREAK_SPACES)


def _in_a_date(paragraph: str, stop: int, next_start: int, language: str) -> bool:
    """Whether the period before ``stop`` is one the language's CLDR date and time patterns
    write inside a date: after the day or year before a month's name or a word (German
    "am 3. Oktober" of "d. MMMM y", Latvian "2025. gada" of "y. 'gada' d. MMMM"), or after a word
    before the time (Danish, Swedish, Icelandic "kl. 18.00" of "{1} 'kl'. {0}")."""
    if not language or paragraph[stop - 1 : stop] != ".":
        return False
    before_time, after_number = _date_periods(language)
    if not (before_time or after_number):
        return False
    word = _LAST_WORD.search(paragraph, 0, stop - 1)
    following = _FIRST_WORD.match(paragraph, next_start)
    if word is None or following is None:
        return False
    if word.group().isdigit():
        return len(word.group()) <= 4 and following.group().casefold() in after_number
    return word.group().casefold() in before_time and following.group()[0].isdigit()


_LAST_WORD = regex.compile(r"(?<![\w.])\w+$")
_FIRST_WORD = regex.compile(r"\w+")
_DATE_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|.", re.S)


@lru_cache(maxsize=None)
def _date_periods(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """From the language's CLDR date patterns (medium, long, full) and date-time patterns: the
    words written with a period before the time ('kl'. {0}), and what may follow a day or year
    written with a period (the months' names after "d. MMMM", a word after "y. 'gada'"); both
    case-folded, none for a language Babel does not know."""
    locale = known_locale(language)
    if locale is None:
        return frozenset(), frozenset()
    patterns = [str(locale.date_formats[width].pattern) for width in ("medium", "long", "full")]
    patterns += [str(p) for p in dict(locale._data.get("datetime_formats_relative") or {}).values()]
    months = {
        name.casefold().strip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in (locale.months.get(context, {}).get(width) or {}).values()
    }
    before_time, after_number = set(), set()
    for pattern in patterns:
        tokens = [(m.group(), m.group(1)) for m in _DATE_TOKEN.finditer(pattern)]
        for index in range(len(tokens) - 2):
            (first, field), (period, _), (space, _) = tokens[index : index + 3]
            if period != "." or not space.isspace() or index + 3 >= len(tokens):
                continue
            following, following_field = tokens[index + 3]
            if field in ("d", "y"):
                if following_field in ("M", "L") and len(following) >= 3:
                    after_number |= months
                elif following.startswith("'"):
                    after_number.add(following.strip("'").casefold())
            elif first.startswith("'") and following == "{":
                before_time.add(first.strip("'").casefold())
    return frozenset(before_time), frozenset(w for w in after_number if w)


#: A number with its degree, minute or second sign, then a space: what the letter of a
#: compass point follows (47° N., 10°59′08″ E.); after a bare number a letter may be an
#: initial (In 2020 J. Martin won).
_AFTER_A_NUMBER = re.compile(r"\d[°′″]\s$")
_ABBREVIATION = re.compile(r"(?:^|[\s(\"'“‘«’])([^\W\d_][^\W\d_]{0,2})\.$")


def _abbreviation_before(paragraph: str, end: int, next_start: int | None = None, language: str = "") -> bool:
    """Whether the period ending at ``end`` closes an initial or a capitalised word of up to 3
    letters (M., Dr., Sen.), not an acronym, which ends sentences as any word does (at LSU.),
    nor a noun ending its sentence (``_noun_ends_sentence``); or a short word in lower case
    before a number (``_abbreviated_word``: art. 6)."""
    match = _ABBREVIATION.search(paragraph[max(0, end - 6) : end])
    if not match or paragraph[end - 1] != ".":
        return False
    word = match.group(1)
    following = paragraph[next_start : next_start + 1] if next_start is not None else ""
    if len(word) == 1 and _AFTER_A_NUMBER.search(paragraph, max(0, end - 5), end - 2):
        return False  # a compass point is no initial: 10°59′08″ E. En julio
    if word.islower() and following.isdigit():
        return _abbreviated_word(word, language)  # before its number: art. 6, ust. 1, p. 12
    if not (word[0].isupper() and (len(word) == 1 or not word.isupper())):
        return False
    return next_start is None or not _noun_ends_sentence(word, following, language)


#: Two or more groups of one or two capital letters, each closed by a period: U.S., U.N.,
#: EE.UU.; not a.m. or p.m., which end sentences before any word (at 9 p.m. Officials said).
_DOTTED_ACRONYM = regex.compile(r"(?:^|[\s(\"'“‘«’])(?:\p{Lu}{1,2}\.){2,}$")
_FIRST_WORD = regex.compile(r"[^\W\d_]+")
#: How frequent a capitalised word after a dotted acronym must be, on wordfreq's Zipf scale, to
#: open a sentence: English The, He, In, But are 6.3-7.7; the names that follow U.S. and U.N.
#: in NTREX's news (Navy, Security Council, Secretary of State, Drought Monitor) 4.0-5.4.
_OPENING_WORD = 6.0


def _acronym_before_a_name(paragraph: str, end: int, next_start: int, language: str) -> bool:
    """Whether the period ending at ``end`` closes a dotted acronym (U.S., U.N.) that goes on
    into a name: the next word is capitalised and none of the language's most frequent words,
    which open sentences (the U.S. Navy said; but in the U.S. The company). On NTREX, 13 of
    English's 17 false cuts were of this kind, and no sentence ended after such an acronym
    (benchmarks/segmentation.py). Without a word list for the language, it ends the sentence."""
    if not _DOTTED_ACRONYM.search(paragraph[max(0, end - 12) : end]):
        return False
    word = _FIRST_WORD.match(paragraph, next_start)
    if word is None or not word.group()[0].isupper():
        return False
    frequency = wordlists.plain_zipf(word.group(), language)
    return frequency is not None and frequency < _OPENING_WORD


#: How frequent a short word in lower case may be, on wordfreq's Zipf scale, and still be an
#: abbreviation before a number: art. (Italian 4.9, French 5.3), ust. (Polish 4.6), p. 5.1; not
#: a word that ends a sentence before one opening with a number (now 6.2, fin 5.7, ora 6.0).
_ABBREVIATED_WORD = 5.5


def _abbreviated_word(word: str, language: str) -> bool:
    """Whether a short word in lower case before a period and a number is an abbreviation of a
    legal or bibliographic reference (art. 6, ust. 1, p. 12), by its frequency as a word of the
    language; without a word list for the language, it is."""
    frequency = wordlists.plain_zipf(word, language)
    return frequency is None or frequency < _ABBREVIATED_WORD


def _noun_ends_sentence(word: str, following: str, language: str) -> bool:
    """Whether a capitalised word of two or three letters before a period and a capital is a
    noun closing its sentence in a language that capitalises its nouns (German zu Fuß. Gruppen,
    um 19 Uhr. Der): one with a vowel, which titles lack (Dr., Nr., St., Fr.), and none CLDR's
    number formats write with a period (Mio., Mrd.). Before a digit it stays an abbreviation
    (Art. 5, Abs. 2)."""
    if len(word) < 2 or not following.isupper() or not capitalises_nouns(language):
        return False
    vowels = any(unicodedata.normalize("NFD", c)[0] in "aeiouy" for c in word.casefold())
    return vowels and word.casefold() not in _compact_abbreviations(language)


@lru_cache(maxsize=64)
def capitalises_nouns(language: str) -> bool:
    """Whether ``language`` capitalises ordinary nouns, read from CLDR via Babel.

    CLDR's long unit names ("{0} Stunden", "{0} hours", "{0} ore") are ordinary nouns written
    after a number, never opening a sentence: German writes 91% of them with a capital,
    Luxembourgish 97%, Swiss German 98%; English 4%, Turkish 6%, French, Dutch, Italian, Danish and
    Greek 2% or less, Polish, Czech and Russian none. A script without case has no capitals at all.
    """
    locale = known_locale(language)
    if locale is None:
        return False
    capitals = cased = 0
    for forms in locale._data["unit_patterns"].values():
        for pattern in forms.get("long", {}).values():
            if not isinstance(pattern, str):
                continue
            found = re.search(r"[^\W\d_]{3,}", pattern.replace("{0}", ""))
            if found and (found.group()[0].isupper() or found.group()[0].islower()):
                cased += 1
                capitals += found.group()[0].isupper()
    return cased > 0 and capitals / cased > _CLDR_NOUN_CAPITALS


#: Share of CLDR's unit names that a language writes with a capital for it to capitalise its nouns.
_CLDR_NOUN_CAPITALS = 0.5


@lru_cache(maxsize=64)
def _compact_abbreviations(language: str) -> frozenset[str]:
    """The words CLDR's compact number formats write with a period (German Mio., Mrd., Bio.),
    case-folded."""
    locale = known_locale(language)
    if locale is None:
        return frozenset()
    found = set()
    for plurals in (locale._data.get("compact_decimal_formats") or {}).values():
        for patterns in plurals.values():
            for pattern in patterns.values():
                found.update(w.casefold() for w in re.findall(r"([^\W\d_]+)'\.'", str(pattern.pattern)))
    return frozenset(found)




def content_text(segments: tuple[Segment, ...]) -> str:
    """The text without its layout lines, one segment per line."""
    return "\n".join(s.text for s in segments if not s.layout)


def locate(segments: tuple[Segment, ...], offset: int) -> Segment | None:
    """The segment holding a character offset, else the nearest one before it."""
    best = None
    for seg in segments:
        if seg.start <= offset:
            best = seg
        if seg.start <= offset < seg.end:
            return seg
    return best if best is not None else (segments[0] if segments else None)
