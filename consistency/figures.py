"""Extract figures (numbers, money, percentages, dates, times, spelled-out numbers) with their
normalised value, unit and exact span, in the conventions of the version's own locale.

Parsing rules, each language-independent:
- any Unicode decimal digit counts (Thai ๑๒, Arabic-Indic ٣, full-width ３);
- a number glued to a cased letter (H800, ChatGPT4o, GPT-4o, VX-9400) is part of a name, not a figure;
- separators: two different ones → the last is the decimal mark; one repeated → grouping; a single
  one is a decimal mark unless exactly three digits follow, in which case the locale decides
  ("50.000" is 50000 in German, "12,500" is 12.5 in German). "1.3 milyon" is 1.3 in any locale;
- a following scale word from CLDR multiplies (Milliarden, พันล้าน, 億, mln);
- a spelled-out number (acht, otto, แปด) is *weak* evidence: it supports a value, but never
  raises an addition on its own, because such words also have other meanings.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

import regex
from babel.dates import get_month_names
from babel.numbers import format_compact_decimal, list_currencies

from consistency import verbatim
from consistency.cldr_names import unspaced
from consistency.inflection import declines, prefixed
from consistency.langid import han, script_of, syllabic
from consistency.lexicon import (
    AMBIGUOUS_UNIT_WORDS,
    DEGREES,
    MEASURES,
    NumberLexicon,
    Scale,
    babel_locale,
    compact_words,
    currency_symbols,
    digit_ordinal_ending,
    lexicon,
    month_prefixes,
)
from consistency.wordlists import plain_zipf

T = TypeVar("T")

#: A date with the year first, as ISO 8601 writes it and the short formats of CLDR's Chinese,
#: Japanese, Mongolian, Hungarian and Korean (2026-02-01, 2026/2/1, 2026.02.01, 2026. 02. 01.):
#: year, month, day in every one of them.
_DATE_ISO = re.compile(r"(?<![\d.,/\-])(\d{4})([-/.])[ \u00a0]?(\d{1,2})\2[ \u00a0]?(\d{1,2})(?![\d]|[.,/\-]\d)")
#: Day and month set apart by a stop and a space, as Croatian, Serbian and Czech write them
#: (1. 2. 2026); in the language's order of day and month, as the other numeric dates.
_DATE_SPACED = re.compile(r"(?<![\d.,/\-])(\d{1,2})(\.)[ \u00a0](\d{1,2})\.[ \u00a0](\d{4})(?!\d)")
_DATE_NUMERIC = re.compile(r"(?<![\d.,/\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,/\-]\d)")
#: A date with its month in Roman numerals, as Polish, Hungarian and Romanian may write it
#: (12 XI 2025, 12.XI.2025; 2025. XI. 12.).
_ROMAN_MONTH = r"(XI{0,2}|IX|IV|VI{0,3}|I{1,3})"
_DATE_ROMAN_MONTH = re.compile(rf"(?<![\d.,/\-])(\d{{1,2}})\.?[ \u00a0/\-]?{_ROMAN_MONTH}\.?[ \u00a0/\-]?(\d{{4}})(?!\d)")
_DATE_YEAR_ROMAN_MONTH = re.compile(rf"(?<![\d.,/\-])(\d{{4}})\.?[ \u00a0/\-]?{_ROMAN_MONTH}\.?[ \u00a0/\-]?(\d{{1,2}})\b\.?")
#: A day period's letters after a time, with their marks (Arabic مساءً ends in a tanween).
_PERIOD_AFTER = regex.compile(r"[ \u00a0\u202f]?((?:[^\W\d_]\p{M}*\.?[ \u00a0]?){1,10})")
_SEPARATORS = ".,\u066b\u066c"
_SPACES = " \u00a0\u202f\u2009"
#: A word: letters with the marks written on them (Devanagari अप्रैल, Thai กุมภาพันธ์, whose vowel
#: signs are no letters to str.isalpha).
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
#: The most words one number in words is read across: Portuguese cento e cinquenta e três (153).
_MAX_SPELLED_WORDS = 6
#: h.mm / h,mm: a time in many languages ("7.55 uur", "15.00 น.").
_CLOCK_LIKE = re.compile(r"(\d{1,2})[.,](\d{2})")
#: Spelled numbers at least this long also count at the start of a longer word (fünfjährigen).
_MIN_STEM = 4
#: A short lower-case word ("di", "de"), one elided before the currency's vowel (French and
#: Catalan "d’euros") or a prefix ("US -Dollar") between an amount and its currency.
_CONNECTOR = re.compile(r"(?:[^\W\d_A-Z]{1,3}[ \u00a0]|[^\W\d_A-Z]{1,2}['’]|[A-Z]{1,3}[ \u00a0]?-)")
_ISO_CODES = frozenset(list_currencies())


#: The scales a temperature in degrees of no scale may be in.
_TEMPERATURE_SCALES = ("temperature-celsius", "temperature-fahrenheit")


@dataclass(frozen=True)
class Figure:
    """One figure in a text. ``value`` is a Decimal, or a canonical string for dates, times and codes."""

    text: str
    start: int
    end: int
    value: Decimal | str
    unit: str | None = None
    kind: str = "number"
    spelled: bool = False
    #: The time of day the same text may denote: French "2 h" is two hours or 02:00; a time on
    #: a 12-hour clock without its part of the day (Odia ସନ୍ଧ୍ୟା 6:00, "evening 6:00", a word CLDR
    #: lacks), the same time twelve hours later: 6:00 is 06:00 or 18:00.
    clock: str | None = None
    #: A day or year beside a month word (1 in "1 October"): part of a date.
    in_date: bool = False
    #: The number without its scale word where that word is also a unit's symbol: British
    #: "200m" is 200 million or 200 metres, "1.2B" 1.2 billion or 1.2 bytes.
    unscaled: str | None = None
    #: A spelled ordinal (third, dritten, troisième): it supports the number where another
    #: version writes it with digits (第3四半期, 3분기), and never makes it expected.
    ordinal: bool = False
    #: The Gregorian year a number may be in the language's other calendar: Thai 2569 (Buddhist
    #: era) is 2026.
    gregorian: str | None = None
    #: Written in the letters of a numeral system (Roman XIV, Greek ΙΔ΄, Ⅻ): it stands for its
    #: number wherever digits would, and makes it expected; but alone it is never told as an
    #: addition, for such letters also write idioms (French rugby à XV) and codes.
    lettered: bool = False
    #: Alone in brackets, as accounts write a negative amount: (1,234) is also −1 234.
    bracketed: bool = False
    #: A range's lower bound whose unit is its upper bound's, not written with it (the 2 of
    #: 2 to 4 inches): enough to meet a converted bound, too little to tell a changed unit.
    ranged: bool = False

    @property
    def key(self) -> str:
        """What equal figures share whatever their form: ``1,6 Milliarden`` and ``$1.6 billion`` → ``1600000000``."""
        if isinstance(self.value, Decimal):
            return decimal_key(self.value)
        return self.value

    @property
    def weak(self) -> bool:
        """Whether the figure alone never makes a value expected elsewhere, nor is reported where
        the others lack it: a spelled-out number, or the bare number 1, which other languages
        write as an article (Japanese 1日2回, "twice a day"; a year, "ein Jahr")."""
        return self.spelled or self.article_like

    @property
    def article_like(self) -> bool:
        """The bare number 1, but the day of a date, and one of a unit (1 teaspoon, 1 rok, a
        year): where other versions lack it, they wrote an article (Italian "un cucchiaino" for
        "1 teaspoon"), which no extractor reads as a number. So is a fraction sign alone, said
        with a word elsewhere (mezzo cucchiaino, une demi-cuillère for "½ teaspoon")."""
        if self.spelled and _FRACTION_SIGN.match(self.text):
            return True
        if self.value != 1 or self.in_date:
            return False
        return (self.kind == "number" and self.unit is None) or self.kind == "measure"

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other keys the same figure is commonly written as in another language.

        7.55 (en "7.55am", nl "7.55 uur") is also the time 07:55 (de "7:55 Uhr"); the decade 1980
        (en "the 1980s") is also 80 (es "los años 80", it "anni '80"); French "entre 2 h et 4 h"
        is 02:00 and 04:00 (en "between 02:00 and 04:00"). A negative number or per cent is also
        its size, which other versions may give with a word (French à -4,1 % for down 4.1%), so
        there a sign written or dropped passes; a measure keeps its sign (−10 °C is no 10 °C).
        """
        if isinstance(self.value, Decimal) and self.unit == "percent" and self.value < 0:
            return (decimal_key(-self.value),)
        if not isinstance(self.value, Decimal) or self.unit is not None:
            return (self.clock,) if self.clock else ()
        value = self.value
        aliases = [self.clock] if self.clock else []
        if self.unscaled:
            aliases.append(self.unscaled)
        if self.gregorian:
            aliases.append(self.gregorian)
        clock = _CLOCK_LIKE.fullmatch(ascii_digits(self.text.strip()))
        if clock and int(clock.group(1)) <= 23 and int(clock.group(2)) < 60:
            aliases.append(f"time:{int(clock.group(1)):02d}:{clock.group(2)}")
        if value == value.to_integral_value() and 1900 <= value <= 2099 and value % 10 == 0:
            aliases.append(decimal_key(value % 100))
        if self.bracketed:
            aliases.append(decimal_key(-value))
        if value < 0:
            aliases.append(decimal_key(-value))
        return tuple(aliases)

    @property
    def measure(self) -> tuple[str, float] | None:
        """(dimension, value in the SI unit) for a measure such as 200 miles, or one unit per
        another (10 mg/kg: mass/mass); else None."""
        if self.kind != "measure" or not isinstance(self.value, Decimal):
            return None
        if self.unit in MEASURES:
            dimension, factor, offset = MEASURES[self.unit]
            return dimension, float(self.value) * factor + offset
        over, _, under = (self.unit or "").partition(PER)
        if over in MEASURES and under in MEASURES and not (MEASURES[over][2] or MEASURES[under][2]):
            return f"{MEASURES[over][0]}/{MEASURES[under][0]}", float(self.value) * MEASURES[over][1] / MEASURES[under][1]
        return None

    @property
    def readings(self) -> tuple[tuple[str, str, float], ...]:
        """(unit, dimension, value in the SI unit) for each way the measure may be read: one for
        a measure, none for other figures, and two for degrees of no scale (``DEGREES``), in
        Celsius and in Fahrenheit: the 80 degrees of an American text are the 27 Grad of its
        German translation."""
        if self.unit == DEGREES and self.kind == "measure" and isinstance(self.value, Decimal):
            return tuple((scale, *replace(self, unit=scale).measure) for scale in _TEMPERATURE_SCALES)
        return ((self.unit, *self.measure),) if self.measure else ()

    def step(self, unit: str) -> float:
        """The size, in the SI unit, of one in the last digit written of the measure read in
        ``unit``: 0.01 m for 7 cm, 0.001 m for 7,5 cm. A converted value is rounded to it."""
        if not isinstance(self.value, Decimal) or unit not in MEASURES:
            return 0.0
        return 10.0 ** self.value.as_tuple().exponent * MEASURES[unit][1]

    def describe(self) -> str:
        """A short readable form of the value, for messages."""
        return describe_value(self.value, self.unit)


def decimal_key(value: Decimal) -> str:
    """Canonical text of a number: 2.0 and 2 are one value, 1.6E+9 is written out."""
    return format(value.normalize(), "f")


def describe_value(value: Decimal | str, unit: str | None = None) -> str:
    if isinstance(value, str) and value.startswith("month:"):
        return f"the month {get_month_names('wide', locale='en')[int(value[6:])]}"
    if isinstance(value, str):
        return value.split(":", 1)[-1]
    if value >= 1_000_000 and value == value.to_integral_value():
        # 2.8 billion, but 86,799,799 (a phone number's digits): a compact form that would round
        # the value could make two different values read alike in one message.
        power = 3 * ((len(str(int(value))) - 1) // 3)
        if value % 10 ** (power - 3) == 0:
            text = format_compact_decimal(value, format_type="long", locale="en", fraction_digits=3)
        else:
            text = f"{int(value):,}"
    else:
        text = decimal_key(value)
    if unit == "percent":
        return f"{text}%"
    if unit == DEGREES:
        return f"{text}°"
    if unit in MEASURES:
        return f"{text} {unit.split('-', 1)[1]}"
    if unit and PER in unit:
        return f"{text} " + " per ".join(part.split("-", 1)[-1] for part in unit.split(PER, 1))
    if unit and unit != "currency":
        return f"{text} {unit}"
    return text


#: Unicode's full-width forms of ASCII (U+FF01-FF5E), one for one as ASCII's: Japanese and
#: Chinese text writes ７月, １２：３０, ５０ｋｇ and ＧＰＴ－４ as often as 7月, 12:30, 50kg and
#: GPT-4, and CLDR's month names, time and unit patterns, which the readers match, write ASCII.
#: Not the full-width comma, which groups digits only before three of them and otherwise lists
#: items (１，２，３), where an ASCII comma is also a decimal mark.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) != "，"}
#: Any of those forms: a text without one is read as it is.
_ANY_FULL_WIDTH = re.compile("[" + re.escape("".join(map(chr, _FULL_WIDTH))) + "]")


def half_width(text: str) -> str:
    """The text with the full-width forms of ASCII written as ASCII, one character for one, so
    that every position in it is the same position in the text."""
    if text.isascii() or not _ANY_FULL_WIDTH.search(text):
        return text  # most texts: translating char by char costs more than looking
    return text.translate(_FULL_WIDTH)


def extract_figures(text: str, language: str) -> tuple[Figure, ...]:
    """Every figure in ``text``, read in the conventions of ``language``, in text order; each
    figure's text as written, full-width forms too."""
    read = half_width(text)
    figures = _extract(read, language)
    if read == text:
        return figures
    return tuple(replace(f, text=text[f.start : f.end]) for f in figures)


def _extract(text: str, language: str) -> tuple[Figure, ...]:
    lex = lexicon(language)
    blocked = verbatim.spans(text) + _weekdays(text, lex)
    figures: list[Figure] = []
    finders = (_era_years, _dates, _yearless_dates, _written_dates, _times, _numerals, _fraction_signs, _lettered, _spelled, _han_counted)
    for finder in finders:
        if finder is _numerals:
            blocked += _undated_numbered_months(text, lex, blocked)
        for figure in finder(text, lex, blocked):
            figures.append(figure)
            blocked.append((figure.start, figure.end))
    ordered = sorted(_with_gregorian_years(_dated(figures), lex.era_offset), key=lambda f: f.start)
    measured = _ranged_measures(_compound_measures(_digit_ordinals(ordered, text, lex), text, lex.language), text)
    return tuple(_hours_in_words(measured, text, lex))


def _digit_ordinals(figures: list[Figure], text: str, lex: NumberLexicon) -> list[Figure]:
    """The numbers written in digits after what the language writes before an ordinal's digits
    (``NumberLexicon.digit_ordinal_prefix``: 第2四半期, ke-2) marked as ordinals, which support
    the number and never demand it, as spelled ones do: the second quarter, whose second is
    read in no language, is no 2 missing."""
    prefix = lex.digit_ordinal_prefix
    if not prefix or prefix not in text:
        return figures
    return [
        replace(f, ordinal=True)
        if f.kind == "number" and not f.spelled and f.unit is None and text.endswith(prefix, 0, f.start)
        else f
        for f in figures
    ]


def _compound_measures(figures: list[Figure], text: str, language: str) -> list[Figure]:
    """A whole measure followed by a smaller unit of its dimension is one quantity: 4 lb 3 oz
    (1.9 kg), 11 st 4 lb, in the larger unit (4.1875 lb), so that it meets the others' single
    figure (1,9 kg) and its smaller part is no extra figure."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if previous is not None and _inches_after_feet(previous, figure, text):
            figure = replace(figure, unit="length-inch", kind="measure")
        if previous is not None and _continues_measure(previous, figure, text) and not _common_word_unit(previous, text, language):
            ratio = Decimal(repr(MEASURES[figure.unit][1])) / Decimal(repr(MEASURES[previous.unit][1]))
            value = round(previous.value + figure.value * ratio, 6).normalize()
            merged[-1] = replace(previous, text=text[previous.start : figure.end], end=figure.end, value=value)
            continue
        merged.append(figure)
    return merged


#: What joins the bounds of a range: a dash or a tilde (2–4, 2～4), or one short word, in any
#: language (to, bis, à, e, en, tot, ila, до, 至, から, تا).
_RANGE_JOINER = regex.compile(r"\s*(?:[\-‐‑–—~～〜]|\p{L}{1,4})\s*")


def _ranged_measures(figures: list[Figure], text: str) -> list[Figure]:
    """A bare number joined as a range's lower bound to a measure takes its unit: 2 to 4 inches,
    5 bis 10 Zentimeter and 2,5–7,5 cm are two measures each, so that a range converted into
    another unit meets its original bound by bound (5 Zentimeter for 2 inches). A number before
    a short word and a larger measure may be no bound (lap 3 of 10 km): so the unit given is
    never taken to tell a changed unit (``Figure.ranged``)."""
    ranged = list(figures)
    for index, (low, high) in enumerate(zip(figures, figures[1:])):
        if (
            _bare_number(low)
            and high.readings
            and low.value < high.value
            and _RANGE_JOINER.fullmatch(text, low.end, high.start)
        ):
            ranged[index] = replace(low, unit=high.unit, kind="measure", ranged=True)
    return ranged


def _bare_number(figure: Figure) -> bool:
    """Whether the figure is a number written in digits and nothing more: no unit, clock time,
    date, ordinal or spelling, which another reading may give it."""
    return (
        figure.kind == "number"
        and figure.unit is None
        and figure.clock is None
        and not (figure.spelled or figure.in_date or figure.ordinal)
        and isinstance(figure.value, Decimal)
    )


def _hours_in_words(figures: list[Figure], text: str, lex: NumberLexicon) -> list[Figure]:
    """A whole number of hours said with the word for hours, where that word also tells the
    hour of a clock (``NumberLexicon.hour_words_tell_time``): French à 15 heures, Dutch om 15
    uur, Spanish a las 15 horas are the number, or 15:00 as the others write it (3 p.m., 15 Uhr),
    as French 15 h is. The words of one or two letters (h, u) are read as the clock's already.
    Not before minutes: 1 hora y 30 minutos is a length of time."""
    after = _hour_words_after(lex.language)
    if after is None:
        return figures
    return [
        replace(f, clock=f"time:{int(f.value):02d}:00")
        if _bare_number(f)
        and f.value == f.value.to_integral_value()
        and 0 <= f.value <= 23
        and after.match(text, f.end)
        else f
        for f in figures
    ]


@lru_cache(maxsize=None)
def _hour_words_after(language: str) -> re.Pattern[str] | None:
    """The language's words for hours after a number, where they also tell a clock's hour, and
    no number of minutes after them; None where they do not."""
    lex = lexicon(language)
    words = [word for word in lex.hour_words if len(word) >= 3 and word.isalpha()] if lex.hour_words_tell_time else []
    if not words:
        return None
    minutes = "|".join(map(re.escape, lex.minute_words)) or "(?!)"
    return re.compile(
        rf"[ \u00a0]?(?:{'|'.join(map(re.escape, words))})(?![^\W_])(?![ \u00a0,]*(?:[^\W\d_]{{1,3}} )?\d+[ \u00a0]?(?:{minutes}))",
        re.IGNORECASE,
    )


#: How common a unit's symbol may be as a word of its language and still begin a measure of
#: two units: wordfreq's Zipf scale, where Italian and Spanish ha (has; hectares) read 6.7 and
#: 6.3, and the symbols compounds are written with 5.6 at most (German m, English st 5.2).
_COMMON_WORD = 6.0


def _common_word_unit(figure: Figure, text: str, language: str) -> bool:
    """Whether the measure's unit is written as one of its language's most frequent words:
    Italian Karl-Heine-Straße 42 ha 78 m² is a number, has, and a surface, not 42 hectares and
    78 square metres in one."""
    written = text[figure.start : figure.end].lstrip("0123456789.,\u00a0\u202f ").strip()
    return (plain_zipf(written.casefold(), language) or 0.0) >= _COMMON_WORD


def _inches_after_feet(feet: Figure, number: Figure, text: str) -> bool:
    """Whether a bare whole number under twelve joined by a hyphen to a measure in feet is its
    inches, as a height is written: the 6-foot-6 forward is 6 ft 6 in (1,98 m)."""
    return (
        feet.unit == "length-foot"
        and number.kind == "number"
        and number.unit is None
        and not number.spelled
        and isinstance(number.value, Decimal)
        and number.value == int(number.value)
        and 0 <= number.value < 12
        and _hyphen_between(feet, number, text)
    )


def _hyphen_between(first: Figure, second: Figure, text: str) -> bool:
    return second.start == first.end + 1 and text[first.end] in _HYPHENS


def _continues_measure(first: Figure, second: Figure, text: str) -> bool:
    """Whether the second measure is a smaller unit of the first's dimension written right after
    it, with a space or nothing between, or a hyphen between feet and inches (6-foot-6-inch)."""
    hyphened_inches = first.unit == "length-foot" and second.unit == "length-inch" and _hyphen_between(first, second, text)
    if first.kind != "measure" or second.kind != "measure" or (text[first.end : second.start].strip() and not hyphened_inches):
        return False
    if not (isinstance(first.value, Decimal) and isinstance(second.value, Decimal)) or first.value != int(first.value):
        return False
    big, small = MEASURES.get(first.unit), MEASURES.get(second.unit)
    return bool(big and small) and big[0] == small[0] and small[1] < big[1] and not (big[2] or small[2])


#: The Gregorian years a number in another calendar may stand for.
_YEARS = range(1900, 2101)


def _era_years(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """A year counted in a named era, as the Gregorian year: Japanese 令和7年 is 2025 and 令和元年,
    the era's first year, 2019 (``NumberLexicon.eras``), which the other versions write. The
    era's count alone (7) is no figure of its own: no other version writes it. Official
    Japanese puts the Gregorian year in brackets before the year's word, 令和2（2020）年度, or the
    era's year after the Gregorian one, 1895（明治28）年: one year either way."""
    found = _era_finder(lex.language)
    if found is None:
        return
    finder, starts = found
    for match in finder.finditer(text):
        if _overlaps(*match.span(), blocked):
            continue
        count = match.group("count")
        if count is None:
            number = 1  # the era's word for its first year (元)
        elif count.isdigit():
            number = int(ascii_digits(count))
        else:
            number = lex.han_numbers[count]
        yield Figure(match.group(), *match.span(), Decimal(starts[match.group("era")] + number - 1))


@lru_cache(maxsize=None)
def _era_finder(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """What finds a year of one of the language's eras (its name, the year's count in digits or
    Han numerals or the word for the first year, and the year's word), with each era's first
    Gregorian year; None for a language without eras."""
    lex = lexicon(language)
    if not lex.eras or not lex.year_word:
        return None
    starts = {name: start for name, start, _ in lex.eras}
    firsts = {first.removeprefix(name).removesuffix(lex.year_word) for name, _, first in lex.eras}
    firsts = {word for word in firsts if word and not word.isdigit()}
    counts = sorted(lex.han_numbers, key=len, reverse=True)
    pattern = (
        f"(?P<era>{'|'.join(map(re.escape, sorted(starts, key=len, reverse=True)))}) ?"
        f"(?:{'|'.join(map(re.escape, sorted(firsts)))}|(?P<count>\\d{{1,3}}(?!\\d)"
        + "".join(f"|{re.escape(c)}" for c in counts)
        + f"))(?:\\(\\d{{4}}\\)|\\))?{re.escape(lex.year_word)}"  # brackets read half-width (``half_width``)
    )
    return re.compile(pattern), starts


def _with_gregorian_years(figures: list[Figure], offset: int) -> list[Figure]:
    """Each whole number that is a year of this century or the last in the language's other
    calendar (``lexicon.era_offset``) with that year as an alias: Thai writes 2569 for 2026."""
    if not offset:
        return figures
    return [
        replace(f, gregorian=decimal_key(f.value - offset))
        if f.kind == "number" and f.unit is None and isinstance(f.value, Decimal) and f.value == f.value.to_integral_value()
        and int(f.value) - offset in _YEARS
        else f
        for f in figures
    ]


#: How far from a month word a day or year stands (12 de marzo de 2025, 2025年3月12日).
_DATE_REACH = 12


def _dated(figures: list[Figure]) -> list[Figure]:
    """The figures, each number within reach of a month word marked as part of a date."""
    months = [f for f in figures if f.kind == "month"]
    if not months:
        return figures
    return [
        replace(f, in_date=True)
        if f.kind == "number" and any(m.start - _DATE_REACH <= f.end and f.start <= m.end + _DATE_REACH for m in months)
        else f
        for f in figures
    ]


def _overlaps(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    return any(start < b_end and b_start < end for b_start, b_end in blocked)


def ascii_digits(raw: str) -> str:
    """Map every Unicode decimal digit to ASCII and leave separators alone."""
    out = []
    for char in raw:
        digit = unicodedata.decimal(char, None)
        out.append(str(digit) if digit is not None else char)
    return "".join(out)


# --- dates and times ---------------------------------------------------------------------------


def _dates(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """Dates written with numbers only (24.01.2025, 1/24/2025, 2025-01-24, 12 XI 2025), each as
    the figures a date written with a month word gives: its day and year, and its month. So a
    version that writes 12.11.2025 agrees with one that writes 12 November 2025."""
    for match in _DATE_ISO.finditer(text):
        year, month, day = (int(ascii_digits(match.group(i))) for i in (1, 3, 4))
        if _valid_date(year, month, day) and not _overlaps(*match.span(), blocked):
            yield from _date_parts(match, (1, 3, 4), year, month, day)
    for pattern, groups in ((_DATE_ROMAN_MONTH, (3, 2, 1)), (_DATE_YEAR_ROMAN_MONTH, (1, 2, 3))):
        for match in pattern.finditer(text):
            year, day = int(ascii_digits(match.group(groups[0]))), int(ascii_digits(match.group(groups[2])))
            month = roman_value(match.group(groups[1])) or 0
            if _valid_date(year, month, day) and not _overlaps(*match.span(), blocked):
                yield from _date_parts(match, groups, year, month, day)
    for match in heapq.merge(_DATE_NUMERIC.finditer(text), _DATE_SPACED.finditer(text), key=lambda m: m.start()):
        first, _sep, second, year_text = match.groups()
        a, b, year = int(ascii_digits(first)), int(ascii_digits(second)), int(ascii_digits(year_text))
        if len(year_text) == 2:
            year += 2000 if year < 50 else 1900
        month_first = lex.date_order.index("M") < lex.date_order.index("D")
        month, day = (a, b) if month_first else (b, a)
        if not _valid_date(year, month, day):
            month, day, month_first = day, month, not month_first
        if _valid_date(year, month, day) and not _overlaps(*match.span(), blocked):
            yield from _date_parts(match, (4, 1, 3) if month_first else (4, 3, 1), year, month, day)


def _yearless_dates(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """A day and month written with numbers and no year, as the locale's CLDR pattern writes them
    (``NumberLexicon.day_month``), as the day and the month a date with a month word gives:
    Vietnamese ngày 1/7 and German ab dem 1.7. um are 1 July. Two numbers so are a fraction
    (1/2 cup), a version (1.7) or a section (2.3) as often, so only where nothing else is meant:
    after the language's word for a day (ngày, día, dia), or, where the pattern closes with its
    mark and the language writes its decimals with another (German d.M.), closed so before a
    word in lower case or a comma, inside a sentence (not "Version 1.7." at its end)."""
    finder = _yearless_date_finder(lex)
    if finder is None:
        return
    order = lex.day_month
    for match in finder.finditer(text):
        first, second = (int(ascii_digits(match.group(name))) for name in ("first", "second"))
        month, day = (first, second) if order.month_first else (second, first)
        if not (1 <= month <= 12 and 1 <= day <= 31) or _overlaps(*match.span("first"), blocked) or _overlaps(*match.span("second"), blocked):
            continue
        day_group, month_group = ("second", "first") if order.month_first else ("first", "second")
        parts = [
            Figure(match.group(month_group), *match.span(month_group), f"month:{month:02d}", None, "month"),
            Figure(match.group(day_group), *match.span(day_group), Decimal(day), in_date=True),
        ]
        yield from sorted(parts, key=lambda f: f.start)


@lru_cache(maxsize=None)
def _yearless_date_finder(lex: NumberLexicon) -> regex.Pattern | None:
    order = lex.day_month
    if order is None or order.separator == "-":
        return None  # Dutch d-M: dag 1-7 is as often days one to seven
    mark = re.escape(order.separator)
    pair = rf"(?<![\d.,/\-])(?P<first>\d{{1,2}}){mark}[ \u00a0]?(?P<second>\d{{1,2}})"
    ways = []
    if lex.day_words:
        words = "|".join(re.escape(word) for word in sorted(lex.day_words, key=len, reverse=True))
        closing = f"(?:{re.escape(order.closing)})?" if order.closing else ""
        ways.append(rf"(?<![\p{{L}}\p{{M}}])(?i:{words})[ \u00a0]+{pair}{closing}(?!\d|[.,/\-]\d)")
    if order.closing and lex.decimal != order.separator:
        ways.append(rf"{pair}{re.escape(order.closing)}(?=[ \u00a0]+\p{{Ll}}|[ \u00a0]*[,;])")
    return regex.compile("|".join(f"(?:{way})" for way in ways)) if ways else None


def _date_parts(match: re.Match, groups: tuple[int, int, int], year: int, month: int, day: int):
    """The year, month and day of a numeric date, from the match's groups holding each, in text order."""
    (year_group, month_group, day_group) = groups
    parts = [
        Figure(match.group(year_group), *match.span(year_group), Decimal(year), in_date=True),
        Figure(match.group(month_group), *match.span(month_group), f"month:{month:02d}", None, "month"),
        Figure(match.group(day_group), *match.span(day_group), Decimal(day), in_date=True),
    ]
    return sorted(parts, key=lambda f: f.start)


def _written_dates(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """The month of a date the language writes with words: March in "March 12, 2025", marzo in
    "12 de marzo de 2025", 3月 in "2025年3月12日" are all month 3. A month name counts where a
    day or a year stands next to it, with at most the words CLDR's date patterns put between
    them (de, г., 年). The day and year stay numbers, read as before, so a date one version
    writes in a form this misses still carries them. Without the month, a changed month went
    unseen, and the month of a Chinese or Japanese date read as a number the others lack."""
    if not lex.months:
        return
    glued, before, after = _date_finders(lex.language)
    words = (m for m in _WORD.finditer(text) if _month_named(m.group(), lex))
    taken = 0  # the end of the last month read: fanadur inside da fanadur is that month
    found: list[tuple[int, int, int, bool]] = []  # start, end, month, whether a day or year stands by
    for match in heapq.merge(glued.finditer(text) if glued else (), words, key=lambda m: m.start()):
        start, end = match.span()
        if start < taken or _overlaps(start, end, blocked):
            continue
        month = _month_named(match.group(), lex)
        dated = _day_or_year(before.search(text, max(0, start - 24), start)) or _day_or_year(after.match(text, end))
        if dated:
            taken = end
        found.append((start, end, month, dated))
    for start, end, month, _ in _with_ranged_months(text, found):
        yield Figure(text[start:end], start, end, f"month:{month:02d}", None, "month")


def _weekdays(text: str, lex: NumberLexicon) -> list[tuple[int, int]]:
    """Where a day of the week named with a number word stands (Portuguese na quarta-feira,
    Greek την Τρίτη, Hebrew ביום שלישי): a day, not the number four or three, which the
    versions that write Wednesday or Tuesday lack."""
    finder = _weekday_finder(lex.language)
    return [m.span() for m in finder.finditer(text)] if finder is not None else []


@lru_cache(maxsize=None)
def _weekday_finder(language: str) -> re.Pattern | None:
    """What finds the language's ``NumberLexicon.weekdays`` as texts write them: their parts
    joined by a space, a hyphen or a zero-width non-joiner alike (Persian سه‌شنبه, سه شنبه),
    the first letter capitalised to open a sentence (Quarta-feira), and lowered where the name
    keeps a capital after it (Vietnamese thứ Ba; but Greek τρίτη is the ordinal, third), ending
    a word where words are spaced (not Chinese 星期五晚上, Friday evening), and maybe after a
    letter a word is prefixed with (Hebrew ביום שלישי)."""
    forms = set()
    for name in lexicon(language).weekdays:
        forms.add(name)
        forms.add(name[:1].upper() + name[1:])
        if any(c.isupper() for c in name[1:]):
            forms.add(name[:1].lower() + name[1:])
    if not forms:
        return None
    joined = r"[\s\-\u200c]"
    alternatives = (
        joined.join(re.escape(part) for part in re.split(r"[\s\-\u200c]+", form)) + ("" if unspaced(form) else r"(?![^\W\d_])")
        for form in sorted(forms, key=len, reverse=True)
    )
    return re.compile("|".join(alternatives))


def _undated_numbered_months(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a month name written with its number (5月, 5월, Vietnamese tháng 5) stands with no
    day or year: a month, which counts only in a date as Ende Mai does, and not the number 5,
    which the versions that write the month's name lack."""
    glued = _date_finders(lex.language)[0]
    if glued is None:
        return []
    return [m.span() for m in glued.finditer(text) if any(c.isdigit() for c in m.group()) and not _overlaps(*m.span(), blocked)]


#: What may join two months of one range or list: a word or two (and, und, līdz, και), a
#: dash or a comma, and no number.
_MONTHS_JOINED = re.compile(r"[\s,\-‐–—]*(?:[^\W\d_]+[\s,\-‐–—]+){0,2}")


def _with_ranged_months(text: str, found: list[tuple[int, int, int, bool]]) -> list[tuple[int, int, int, bool]]:
    """The months a day or year stands by, and those joined to one of them in a range or list
    that shares its year: March in "between March and October 2025", where Latvian writes the
    year first ("no 2025. gada marta līdz oktobrim") and so dates the other month."""
    dated = [entry[3] for entry in found]
    changed = True
    while changed:
        changed = False
        for index in range(len(found)):
            if dated[index]:
                continue
            for other in (index - 1, index + 1):
                if 0 <= other < len(found) and dated[other] and _joined(text, found[index], found[other]):
                    dated[index] = changed = True
                    break
    return [entry for entry, ok in zip(found, dated) if ok]


def _joined(text: str, a: tuple[int, int, int, bool], b: tuple[int, int, int, bool]) -> bool:
    first, second = sorted((a, b))
    gap = text[first[1] : second[0]]
    return len(gap) <= _DATE_REACH and _MONTHS_JOINED.fullmatch(gap) is not None


def _month_named(word: str, lex: NumberLexicon) -> int | None:
    """The month a name found in text is: as CLDR writes it, with a space after its number (3 月),
    or declined; or after the letters CLDR's date patterns glue onto it (Hebrew במרץ, in March)."""
    named = lex.months.get(word) or lex.months.get(word.replace(" ", "")) or _declined_month(word, lex)
    if named is None:
        for prefix in _month_prefixes(lex.language):
            if word.startswith(prefix) and len(word) > len(prefix):
                return _month_named(word[len(prefix) :], lex)
    return named


@lru_cache(maxsize=None)
def _month_prefixes(language: str) -> tuple[str, ...]:
    return tuple(month_prefixes(babel_locale(language)))


#: Letters a language may add to a month's name to decline it (Bengali এপ্রিলে, in April;
#: Finnish maaliskuussa, in March).
_MONTH_ENDING = 3
#: ... and, in a language whose endings cannot be measured (no wordfreq list), the letters in
#: lower case that may follow a whole month name of four letters or more: Turkmen
#: oktýabryndan (from October), Kazakh қазанда (in October).
_UNMEASURED_MONTH_ENDING = 5


@lru_cache(maxsize=65536)
def _declined_month(word: str, lex: NumberLexicon) -> int | None:
    """The month a word names with an ending its language adds or swaps (inflection.declines,
    measured on the language's frequent words): Finnish maaliskuussa for maaliskuu, Latvian
    aprīlī and maijā (in April, in May) for aprīlis and maijs; or None.

    Where the language's endings cannot be measured, a whole month name with a few letters in
    lower case after it is the month: it is read only beside a day or a year (``_written_dates``),
    where no other word starts with a month name (English, whose endings are measured, has
    Augusta). So are a few letters of a script without case, measured or not, where words
    take their case endings glued on: Kannada 2026ರ ಜನವರಿಯಲ್ಲಿ (in January 2026) and Marathi ३१
    ऑक्टोबरला, which have no wordfreq list, and Tamil 2026 ஜனவரியில், whose list shows -யில்
    too seldom to be measured."""
    caseless = not any(_cased_letter(c) for c in word)
    for cut in range(1, (_MONTH_ENDING if lex.measured and not caseless else _UNMEASURED_MONTH_ENDING) + 1):
        base = word[:-cut]
        if len(base) >= 4 and base in lex.months:
            if lex.measured and declines(lex.language, base, word):
                return lex.months[base]
            if (caseless or not lex.measured) and not any(c.isupper() for c in word[-cut:]):
                return lex.months[base]
    base = _declined_key(word, lex.language, _months_by_stem(lex))  # none without measured endings
    return lex.months[base] if base is not None else None


@lru_cache(maxsize=None)
def _months_by_stem(lex: NumberLexicon) -> dict[str, tuple[str, ...]]:
    """The language's month names (as written, letters only) by their first letters."""
    return _by_stem(name for name in lex.months if name.isalpha())


def _by_stem(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The words of ``_MIN_STEM`` letters or more by their first ``_MIN_STEM`` letters."""
    found: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= _MIN_STEM:
            found.setdefault(word[:_MIN_STEM], []).append(word)
    return {stem: tuple(keys) for stem, keys in found.items()}


def _declined_key(word: str, language: str, by_stem: dict[str, tuple[str, ...]]) -> str | None:
    """The key of ``by_stem`` that ``word`` is with an ending its language adds or swaps
    (``inflection.declines``), or None."""
    for key in by_stem.get(word[:_MIN_STEM], ()):
        if key != word and declines(language, key, word):
            return key
    return None


def _phrase(name: str) -> str:
    """A month name of several words as a pattern that finds it as whole words (Lingala sánzá ya
    nsambo, July; Romansh da fanadur)."""
    return rf"(?<!\w){re.escape(name)}(?!\w)"


def _numbered_month(name: str) -> str:
    """A month name of a number and a word (3月, 3월) as a pattern: not after another digit, and
    maybe with a space between, as Chinese set with half-width digits writes it (2028 年 3 月)."""
    number = re.match(r"\d+", name)
    if number is None:
        return rf"(?<!\d){re.escape(name)}(?!\d)"  # Vietnamese tháng 5, not tháng 50
    if number.end() == len(name):
        return rf"(?<!\d){re.escape(name)}"
    return rf"(?<!\d){re.escape(name[: number.end()])} ?{re.escape(name[number.end() :])}"


def _day_or_year(match) -> bool:
    if match is None:
        return False
    if match.groupdict().get("first") is not None:
        # two numbers joined by a dash: a range of days if the first is the smaller, else a score
        return 1 <= int(ascii_digits(match.group("first"))) < int(ascii_digits(match.group("last"))) <= 31
    number = int(ascii_digits(match.group("number")))
    return 1 <= number <= 31 or 1000 <= number <= 2999


@lru_cache(maxsize=None)
def _date_finders(language: str):
    """What finds a month name that is no word of its own (3月 after a number; Thai กรกฎาคม
    inside the run เดือนกรกฎาคม, the month of July; Lingala sánzá ya nsambo, three words), if
    the language has such names; and what
    may stand before and after a month in a date: a number, the date words between, spaces and
    punctuation. Other month names are words, looked up as such: trying a hundred names at
    every character cost 2 s on NTREX."""
    lex = lexicon(language)
    glued = [
        _numbered_month(name) if any(c.isdigit() for c in name) else _phrase(name) if " " in name else re.escape(name)
        for name in sorted(lex.months, key=len, reverse=True)
        if any(c.isdigit() for c in name) or unspaced(name) or " " in name
    ]
    words = "|".join(re.escape(w) for w in sorted(lex.date_words | lex.month_words, key=len, reverse=True))
    gap = rf"[\s.,]*(?:(?:{words})\.?[\s.,]*)?" if words else r"[\s.,]*"
    return (
        re.compile("|".join(glued)) if glued else None,
        # A day or year before: not after a number and a dash (a score, 4-1 de febrero), but for
        # a range of days (3–9 października), with an ordinal's letters (30th), or a hyphen and a
        # suffix of up to four (Turkmen 14-nji, Esperanto 14-a), or a hyphen alone (Uzbek
        # 14-oktabr); maybe after a prefix and a hyphen (Xhosa ngowama-22 Novemba, on the 22nd of
        # November).
        re.compile(
            rf"(?:(?<![\d.,])(?P<first>\d{{1,2}}) ?[\-–] ?(?P<last>\d{{1,2}})|(?<![\d.,])(?<!\d[\-–])(?P<number>\d{{1,4}}))"
            rf"(?:[^\W\d_]{{1,2}}|-[^\W\d_]{{0,4}})?{gap}$"
        ),
        # ... or after, as a whole number (im Juli 2,7 Prozent is no date).
        re.compile(rf"{gap}(?P<number>\d{{1,4}})(?!\d|[.,]\d)"),
    )


def _valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999


@lru_cache(maxsize=None)
def _time_pattern(separators: tuple[str, ...]) -> re.Pattern[str]:
    """Hours and minutes with the language's separators ("15:30", fr "15 h 30"), or an hour alone."""
    joined = "|".join(re.escape(sep).replace("\\ ", "[ \u00a0\u202f]?") for sep in separators)
    return re.compile(
        rf"(?<![\d.,:])([01]?\d|2[0-3])(?:(?:{joined})([0-5]\d)(?![\d]|:\d)|(?=[ \u00a0\u202f]?[^\W\d_]))"
    )


#: Hours and minutes with a dot, as English writes them before a day period (5.30pm): read as a
#: time only with the period, since a dot alone writes prices and decimals.
_DOTTED_CLOCK = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])\.([0-5]\d)(?!\d)")


#: A decimal digit of another script than ASCII's (Khmer ៧, Burmese ၇, Arabic-Indic ٧).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _clock_digits(text: str) -> str:
    """The text with every digit in ASCII, at the same offsets: a clock's hours and minutes are
    matched digit by digit (0-23, 00-59), in whatever digits the language writes (៧:៣០)."""
    return ascii_digits(text) if _OTHER_DIGIT.search(text) else text


def _times(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    scanned = _clock_digits(text)
    for match in _time_pattern(lex.time_separators).finditer(scanned):
        if _overlaps(*match.span(), blocked) or _glued_to_name(text, match.start(), lex):
            continue
        hour, minute = int(ascii_digits(match.group(1))), int(ascii_digits(match.group(2) or "0"))
        found = _day_period_after(text, match.end(), hour, lex, exact=match.group(2) is None)
        found = found or _flexible_period_after(text, match.end(), hour, lex, minutes=match.group(2) is not None)
        later = None
        if found is not None:
            hour, end = found
        else:
            end = match.end()
            before = _with_day_period_before(text, match.start(), hour, lex)
            padded = ascii_digits(match.group(1)).startswith("0") and not lex.twelve_hour_padded
            if before is None and lex.twelve_hour and 1 <= hour <= 11 and not padded:
                # 6:00 on a 12-hour clock: morning or evening; 06:00 is the 24-hour clock's
                later = f"time:{hour + 12:02d}:{minute:02d}"
            hour = hour if before is None else before
        if match.group(2) is None and found is None:
            # French "2 h": the hour 2, or 02:00 as the others write it; English "6 pm" in lower
            # case: 18:00, or the number 6 before the German word "am" (at the).
            hour_end = _hour_word_end(text, match.end(), lex)
            period = _flexible_period_after(text, hour_end, hour, lex) if hour_end is not None else None
            if period is not None:  # French à 5 h de l'après-midi: 17:00
                yield Figure(text[match.start() : period[1]], match.start(), period[1], f"time:{period[0]:02d}:00", None, "time")
                continue
            loose = _day_period_after(text, match.end(), hour, lex, exact=False) if hour_end is None else None
            if hour_end is not None or loose is not None:
                clock, stop = (hour, hour_end) if loose is None else loose
                written = Decimal(int(ascii_digits(match.group(1))))  # the number as written; the clock as meant
                yield Figure(text[match.start() : stop], match.start(), stop, written, clock=f"time:{clock:02d}:00")
            continue  # a bare number before a word, not a time
        if _minutes_follow(text, match, lex):
            # French "2 h 03 min": a duration of hours and minutes, as the others' 2:03:11 or
            # 2時間3分 are read, not the clock time 02:03.
            for group in (1, 2):
                digits = match.group(group)
                yield Figure(digits, match.start(group), match.end(group), Decimal(int(ascii_digits(digits))))
            continue
        yield Figure(text[match.start() : end], match.start(), end, f"time:{hour:02d}:{minute:02d}", None, "time", clock=later)
    for match in _DOTTED_CLOCK.finditer(scanned):
        if _overlaps(*match.span(), blocked):
            continue
        hour, minute = int(ascii_digits(match.group(1))), int(ascii_digits(match.group(2)))
        found = _day_period_after(text, match.end(), hour, lex, exact=False) or _flexible_period_after(text, match.end(), hour, lex, minutes=True)
        if found is not None:
            hour, end = found
            yield Figure(text[match.start() : end], match.start(), end, f"time:{hour:02d}:{minute:02d}", None, "time")


def _minutes_follow(text: str, match, lex: NumberLexicon) -> bool:
    """Whether an hour and minutes written with a letter between them (2 h 03) go on with the
    language's word for minutes (min), as a duration does and a clock time never does."""
    if match.group(2) is None or ":" in text[match.end(1) : match.start(2)]:
        return False
    after = text[match.end() : match.end() + 24].lstrip(" \u00a0\u202f")
    return any(after.startswith(word) and not after[len(word) : len(word) + 1].isalpha() for word in lex.minute_words)


def _with_day_period_before(text: str, start: int, hour: int, lex: NumberLexicon) -> int | None:
    """The hour on the 24-hour clock where the language writes its day period first, as CLDR's
    Korean, Japanese and Chinese formats do (오후 3시, 午後3時, 下午3点): the locale's own form,
    two letters or more, right before the number; None where no day period stands there."""
    before = text[max(0, start - 8) : start].rstrip(" \u00a0\u202f")
    for form, kind in lex.day_periods.items():
        if len(form) >= 2 and before.endswith(form):
            return _on_24_hour_clock(hour, kind)
    before = text[max(0, start - 24) : start].rstrip(" \u00a0\u202f")
    for form, (begins, ends) in lex.flexible_periods.items():
        if before.endswith(form) and not (before[: -len(form)][-1:].isalpha()):
            return _in_day_period(hour, begins, ends)
    return None


_APOSTROPHES = str.maketrans("’ʼ", "''")


def _flexible_period_after(text: str, end: int, hour: int, lex: NumberLexicon, minutes: bool = False) -> tuple[int, int] | None:
    """The hour on the 24-hour clock and where the day period ends, where the locale writes its
    flexible day period after the hour and one follows: Spanish 5.30 de la tarde (17:30),
    Italian alle 5 del pomeriggio, Malay 4.00 petang and pukul 4 petang (16:00). After an hour
    alone, not a word that also names a day (``NumberLexicon.relative_days``: Spanish a las 5
    mañana, tomorrow)."""
    if not lex.flexible_after:
        return None
    cursor = end + 1 if text[end : end + 1] in _SPACES else end
    for form, (begins, ends) in lex.flexible_periods.items():
        if not minutes and form.casefold() in lex.relative_days:
            continue
        written = text[cursor : cursor + len(form)]
        if written.translate(_APOSTROPHES).casefold() == form.translate(_APOSTROPHES).casefold():
            stop = cursor + len(form)
            if not text[stop : stop + 1].isalpha():
                return _in_day_period(hour, begins, ends), stop
    return None


def _in_day_period(hour: int, begins: int, ends: int) -> int:
    """The hour of a 12-hour clock that falls in a part of the day running from ``begins`` to
    before ``ends`` (across midnight where ``ends`` is the smaller): seven in the evening (18 to
    21) is 19. Where neither reading falls in it, the one within ``_PERIOD_SLACK`` hours of it:
    people speak of four in the afternoon where CLDR's Filipino afternoon ends before 16:00
    (alas-4 ng hapon). The hour as written where both or neither do, or where it is no 12-hour
    clock's."""
    if not 1 <= hour <= 12:
        return hour
    readings = {hour % 12, hour % 12 + 12}
    inside = [h for h in readings if _hours_outside(h, begins, ends) == 0]
    if not inside:
        inside = [h for h in readings if _hours_outside(h, begins, ends) <= _PERIOD_SLACK]
    return inside[0] if len(inside) == 1 else hour


#: How many hours past a day period's bounds, as CLDR draws them, an hour said in it may be.
_PERIOD_SLACK = 1


def _hours_outside(hour: int, begins: int, ends: int) -> int:
    """How many hours the hour lies before ``begins`` or at or after ``ends`` (0 inside the
    period), on a clock that runs round midnight."""
    length = (ends - begins) % 24 or 24
    into = (hour - begins) % 24
    if into < length:
        return 0
    return min(into - length + 1, 24 - into)


def _on_24_hour_clock(hour: int, period: str) -> int:
    if period == "pm" and hour < 12:
        return hour + 12
    if period == "am" and hour == 12:
        return 0
    return hour


def _day_period_after(text: str, end: int, hour: int, lex: NumberLexicon, exact: bool) -> tuple[int, int] | None:
    """The hour on the 24-hour clock and where the day period ends, if one follows the time.

    The longest run of letters is tried first: "p.m." before "p". With minutes given, case does
    not matter ("3:30 pm"); an hour alone needs the locale's exact form ("4 AM"), since "am" is
    also a word (German "am Morgen"), or its letters with dots ("3 p.m."), which no word has."""
    period = _PERIOD_AFTER.match(text, end)
    if not period:
        return None
    letters = period.group(1)
    for cut in range(len(letters), 0, -1):
        written = letters[:cut]
        kind = _day_period(written, lex, exact=exact and "." not in written)
        after = text[period.start(1) + cut : period.start(1) + cut + 1]
        if kind and not after.isalpha():
            return _on_24_hour_clock(hour, kind), period.start(1) + cut
    return None


def _hour_word_end(text: str, end: int, lex: NumberLexicon) -> int | None:
    """Where the letters that separate hours from minutes in the language's time format end, if
    they follow an hour alone (" h " of French "HH 'h' mm": "à 14 h", "2 h"; 시 of Korean
    "h시 m분": "1시부터", with its particle; 時 of Japanese "3時に"); else None. A letter of a
    script with capitals must stand as a word of its own (2 huîtres is no time), and one of a
    script without them must not begin the language's word for hours as a length of time
    (Japanese 2時間, Korean 2시간: two hours, not two o'clock)."""
    for separator in lex.time_separators:
        letters = separator.strip()
        if not letters.isalpha():
            continue
        boundary = r"(?![^\W_])" if letters.lower() != letters.upper() else ""
        match = re.compile(rf"[ \u00a0\u202f]?{re.escape(letters)}{boundary}").match(text, end)
        if match and not any(
            len(word) > len(letters) and word.startswith(letters) and text.startswith(word, match.start() + (match.group()[0] != letters[0]))
            for word in lex.hour_words
        ):
            return match.end()
    return None


def _day_period(written: str, lex: NumberLexicon, exact: bool) -> str | None:
    if len(written.strip()) < 2:
        return None  # the narrow forms "a"/"p" are too short to tell from an ordinary letter
    if exact:
        return lex.day_periods.get(written.strip())
    folded = re.sub(r"[\s.]", "", written).casefold()
    for form, period in lex.day_periods.items():
        if re.sub(r"[\s.]", "", form).casefold() == folded:
            return period
    return None


# --- numerals ----------------------------------------------------------------------------------


#: Digits, and separators between digits. A space groups only before exactly three digits, and
#: in any locale: translators write "150 000" in Spanish too. So does a full-width comma, which
#: Japanese writes with full-width digits (４，５００), and elsewhere between items of a list; a
#: full-width full stop is a decimal mark there (１５．２), read as its ASCII one (``half_width``).
_NUMERAL = re.compile(rf"\d+(?:(?:[{_SEPARATORS}]|[{re.escape(_SPACES)}'’，](?=\d{{3}}(?!\d)))\d+)*")


#: A short lower-case word joined to a number by a hyphen: a prefix or an article (mid-2020,
#: Maltese fit-12 ta' April, on the 12th of April), not a code's letters (GPT-4o, Covid-19).
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,4}$")
_ANY_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


def _glued_to_name(text: str, start: int, lex: NumberLexicon) -> bool:
    """Digits right after a cased letter (H800, ChatGPT4o) or after "letter-" (GPT-4o, VX-9400),
    but for a short lower-case word before the hyphen (mid-2020, Maltese fit-12). Where the
    language's words cannot be measured, any lower-case word: Xhosa writes its numbers after a
    class prefix of up to seven letters (izikolo ezili-14, 14 schools; ngowama-22, on the 22nd),
    where English has lower-case codes as long (covid-19, omega-3)."""
    if start == 0:
        return False
    before = text[start - 1]
    if _cased_letter(before):
        return not _after_duration_symbol(text, start, lex)
    if before in "-‐_" and start >= 2 and text[start - 2].isdigit():
        return _glued_to_name(text, _chain_start(text, start), lex)  # a code's later part: LA-2027-031
    if not (before in "-‐_" and start >= 2 and _cased_letter(text[start - 2])):
        return False
    finder = _WORD_BEFORE_HYPHEN if lex.measured else _ANY_WORD_BEFORE_HYPHEN
    word = finder.search(text, max(0, start - 32), start - 1)
    return not (before != "_" and word is not None and word.group().islower())


def _after_duration_symbol(text: str, start: int, lex: NumberLexicon) -> bool:
    """Whether the digits at ``start`` follow an hour's or a minute's symbol written against the
    number before it: the minutes and seconds of Portuguese 4h51min32s and 1min12s, a length
    of time written without spaces, not a code's digits (H800)."""
    letters = _LETTERS_BEFORE.search(text, max(0, start - 8), start)
    return (
        letters is not None
        and letters.start() > 0
        and text[letters.start() - 1].isdigit()
        and letters.group().casefold() in _duration_symbols(lex)
    )


_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")


@lru_cache(maxsize=None)
def _duration_symbols(lex: NumberLexicon) -> frozenset[str]:
    """The language's words and symbols for hours, minutes and seconds (CLDR's units), case-folded."""
    seconds = (word for word, unit, _ in lex.measures if unit == "duration-second")
    return frozenset(word.casefold() for word in (*lex.hour_words, *lex.minute_words, *seconds))


def glued_duration(word: str, language: str) -> bool:
    """Whether a word is a length of time written without spaces, two numbers or more each with
    its unit's symbol (Portuguese 4h51min32s, 1min12s): a figure, whose numbers are read as
    those of 4 h 51 min 32 s are, not a code."""
    parts = _DURATION_PARTS.findall(word)
    symbols = _duration_symbols(lexicon(language))
    return (
        len(parts) >= 2
        and "".join(number + symbol for number, symbol in parts) == word
        and all(symbol.casefold() in symbols for _, symbol in parts)
    )


_DURATION_PARTS = re.compile(r"(\d+)([^\W\d_]+)")


def _chain_start(text: str, start: int) -> int:
    """Where the run of numbers joined by hyphens that ends at ``start`` begins: at 2027 for
    031 in LA-2027-031, at 1 for 0199 in 1-800-555-0199."""
    first = start - 1
    while first > 0 and (text[first - 1].isdigit() or text[first - 1] in "-‐_"):
        first -= 1
    while not text[first].isdigit():
        first += 1
    return first


def _goes_on(word: str, char: str) -> bool:
    """Whether ``char`` continues ``word`` rather than following it: a digit, or a letter of the
    same script. Japanese and Korean write a unit against the next word (500mgを, 25°C까지), and
    Chinese writes every word against the next: a unit's word of two Han characters or more
    ends where it ends (14.8千瓦时电池, a 14.8 kWh battery); one of a single character may begin
    a longer word (3分钟 is three minutes, 5米饭 no metres)."""
    if char.isdigit():
        return True
    if not char.isalpha():
        return False
    last = next((c for c in reversed(unicodedata.normalize("NFKC", word)) if c.isalpha()), "")  # ㎏ ends in g
    if len(word) >= 2 and all(han(c) for c in word):
        return False
    return not last or script_of(last) == script_of(char)


def _cased_letter(char: str) -> bool:
    """Letters of scripts with case (Latin, Greek, Cyrillic...): only there do names glue to digits."""
    return char.isalpha() and char.lower() != char.upper()


def parse_numeral(raw: str, lex: NumberLexicon) -> Decimal | str | None:
    """The value of a digit string with separators; a ``code:`` string if it is no number (12.34.56)."""
    digits = ascii_digits(raw)
    digits = digits.replace("\u066b", lex.decimal if lex.decimal in ".," else ".").replace("\u066c", "\u00a0")
    digits = digits.replace("．", ".")
    for space in _SPACES + "'’，":
        digits = digits.replace(space, "\u00a0")  # spaces, apostrophes and full-width commas only ever group
    if digits.isdigit():
        return Decimal(digits)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return _grouped(digits.split("\u00a0"))
    spaced = "\u00a0" in digits
    if len(set(marks)) == 2 or (spaced and len(marks) == 1):
        # "1.234,5", "1,234.5", "1 234,5": the last mark is the decimal one.
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) != 1:
            return _code(digits)
        whole, fraction = digits.rsplit(decimal_mark, 1)
        grouped = _grouped(re.split(r"[.,\u00a0]", whole))
        return grouped + Decimal("0." + fraction) if isinstance(grouped, Decimal) else _code(digits)
    if len(marks) > 1 or spaced:
        return _grouped(re.split(r"[.,\u00a0]", digits))
    whole, fraction = digits.split(marks[0])
    if len(fraction) != 3 or whole == "0" or len(whole) > 3:
        return Decimal(f"{whole}.{fraction}")
    # Exactly three digits after one mark: "50.000" or "12,500". Only here does the locale decide.
    return Decimal(f"{whole}.{fraction}") if marks[0] == lex.decimal else Decimal(whole + fraction)


def _grouped(parts: list[str]) -> Decimal | str:
    """Digit groups: 1-3 then threes (10.000.000), or the Indian 1,00,000 (twos then a three)."""
    if not parts[0] or len(parts[0]) > 3:
        return _code(".".join(parts))
    rest = parts[1:]
    if all(len(p) == 3 for p in rest):
        return Decimal("".join(parts))
    if rest and len(rest[-1]) == 3 and all(len(p) == 2 for p in rest[:-1]) and len(parts[0]) <= 2:
        return Decimal("".join(parts))
    return _code(".".join(parts))


def _code(digits: str) -> str:
    return "code:" + re.sub(r"[^\d]+", ".", digits)


def _numerals(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    consumed = 0
    for match in _NUMERAL.finditer(text):
        start, end = match.span()
        if start < consumed or _overlaps(start, end, blocked) or _glued_to_name(text, start, lex):
            continue
        value = parse_numeral(match.group(), lex)
        if value is None:
            continue
        if isinstance(value, str):
            if len(re.split(r"[\s\u00a0]", match.group())) > 1:
                # A space that did not group (fr "en 2019 150 personnes"): read the parts alone.
                yield from _split_on_spaces(text, match, lex, blocked)
            else:
                yield Figure(match.group(), start, end, value, None, "code")
            continue
        if value == value.to_integral_value() and (fraction := _fraction_after(text, end)) is not None:
            value, end = value + fraction[0], fraction[1]  # 1½ and 1 ½ are 1.5
        elif (power := _power_of_ten_after(text, end, value)) is not None:
            value, end = value * Decimal(10) ** power[0], power[1]  # 1,2 × 10⁶ is 1 200 000
        elif (whole := _NO_CENTS.match(text, end)) is not None and value == value.to_integral_value():
            end = whole.end()  # German 14,– €, Swiss 14.–: whole units, the currency after them
        figure, consumed = _decorate(text, start, end, value, lex, spelled=False)
        if _bracketed_amount(text, figure):
            figure = replace(figure, bracketed=True)
        yield figure


def _bracketed_amount(text: str, figure: Figure) -> bool:
    """Whether a bare positive number stands alone in brackets, as accounts write a negative
    amount ((1,234) for −1 234); not a year ((2025)) nor a measure ((35 g))."""
    if figure.kind != "number" or not isinstance(figure.value, Decimal) or figure.value <= 0:
        return False
    if figure.text.isdigit() and len(figure.text) == 4 and 1000 <= figure.value <= 2999:
        return False
    return text[figure.start - 1 : figure.start] == "(" and text[figure.end : figure.end + 1] == ")"


#: A price's dash for no cents, after its decimal mark: German 14,– and 14,-, Swiss 14.– (not
#: a range, 5.–7. Mai).
_NO_CENTS = re.compile(r"[.,][–\-—](?![\d\w])")


#: A power of ten written after a number: 1.2 × 10⁶, 3,4 · 10⁻³, 3.4x10^-3, 5.6e-4 (the E
#: notation, a sign or digits after the e and no letter), and 10⁶ alone; a Latin letter or a
#: digit may not follow, a word of a script written without spaces may (2.4×10⁶から).
_TIMES_TEN = re.compile(r"[ \u00a0\u202f]?[×xX·⋅*][ \u00a0\u202f]?10(?:([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^\(?([-+−]?\d{1,3})\)?)(?![0-9A-Za-z^])")
_E_NOTATION = re.compile(r"[eE]([-+−]?\d{1,3})(?!\w|[.,]\d)")
_SUPERSCRIPT_POWER = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![0-9A-Za-z])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _power_of_ten_after(text: str, end: int, value: Decimal) -> tuple[int, int] | None:
    """The power of ten that scales the number ending at ``end``, and where it ends: after a
    times sign (1.2 × 10⁶, 3.4x10^-3), in E notation (5.6e-4), or the number's own superscript
    where the number is 10 (10⁶). Scientific and technical text writes large and small
    quantities so; read as digits alone, 10⁶ changed into 10⁹ went unseen."""
    if (match := _TIMES_TEN.match(text, end)) is not None:
        written = match.group(1) or match.group(2)
        return int(written.translate(_SUPERSCRIPTS).replace("−", "-")), match.end()
    if (match := _E_NOTATION.match(text, end)) is not None and text[end - 1 : end].isdigit():
        return int(match.group(1).replace("−", "-")), match.end()
    if value == 10 and (match := _SUPERSCRIPT_POWER.match(text, end)) is not None:
        return int(match.group().translate(_SUPERSCRIPTS)) - 1, match.end()
    return None


def _fraction_signs(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """A vulgar fraction sign standing alone (½ cup, ¾ hour; after a whole number it is part of
    it, ``_fraction_after``), by Unicode's numeric value, with its unit. Weak as a number in
    words is: others write a half in words (half a cup, mezzo cucchiaino), which no extractor
    reads; but one changed (¼ for the others' ½) is a mismatch."""
    for match in _FRACTION_SIGN.finditer(text):
        start = match.start()
        value = _fraction_value(match.group())
        if value is None or _overlaps(start, start + 1, blocked):
            continue
        if start and (text[start - 1].isalnum() or (text[start - 1] in _SPACES and text[start - 2 : start - 1].isdigit())):
            continue  # part of a whole number (1½, 1 ½) or of a word
        figure, _ = _decorate(text, start, start + 1, value, lex, spelled=True)
        yield figure


#: Unicode's vulgar fractions in one character (½ ⅓ ¼ ⅔ ¾ ⅛ ...).
_FRACTION_SIGN = re.compile(r"[¼-¾⅐-⅞]")


def _fraction_after(text: str, end: int) -> tuple[Decimal, int] | None:
    """A vulgar fraction character right after a whole number, or after one space (1½, 1 ½ are
    1.5; ¾ is 0.75 by Unicode's numeric value), and where it ends."""
    cursor = end + 1 if text[end : end + 1] in _SPACES and end + 1 < len(text) else end
    char = text[cursor : cursor + 1]
    value = _fraction_value(char) if char else None
    return (value, cursor + 1) if value is not None else None


def _fraction_value(char: str) -> Decimal | None:
    """The value of a numeric character that is a fraction of one (½, ¾, ⅛), or None."""
    if unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, None)
    if value is None or not 0 < value < 1:
        return None
    return Decimal(str(round(value, 6))).normalize()


# --- numbers written in letters -------------------------------------------------------------

#: Roman numerals of two letters or more, up to XXXIX (centuries, regnal and volume numbers),
#: with a short lower-case ending (French XIIe, XIIème; English XIIth) or none; a hyphen may
#: follow (Romanian al XII-lea). Not L, C, D and M: XL, CV, CD, DC and MM are sizes and
#: acronyms far more often than numbers; nor one letter alone (the English pronoun I, X).
_ROMAN = regex.compile(r"(?<![\p{L}\p{N}])([IVX]{2,})[\p{Ll}\p{Lm}]{0,3}(?![\p{L}\p{N}])")
#: Unicode's Roman numeral characters (Ⅻ, ⅩⅡ, ⅻ), one or more: numerals and nothing else,
#: even against a word (Japanese 第Ⅱ期, the second term).
_ROMAN_CHARACTERS = re.compile(r"[\u2160-\u217f]+")
#: Greek numerals: letters (hundreds, tens, units) closed by a keraia (Λουδοβίκος ΙΔ΄, 14).
#: Only capitals and only the keraia's own signs: a lower-case letter before an apostrophe is
#: an elided word (σ’, μ’).
_GREEK = re.compile(r"(?<![^\W\d_])([Α-ΩϚϜϞϘϠ]{1,4})[ʹ΄´]")
_GREEK_UNITS = {"Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "Ϛ": 6, "Ϝ": 6, "ΣΤ": 6, "Ζ": 7, "Η": 8, "Θ": 9}
_GREEK_TENS = {"Ι": 10, "Κ": 20, "Λ": 30, "Μ": 40, "Ν": 50, "Ξ": 60, "Ο": 70, "Π": 80, "Ϟ": 90, "Ϙ": 90}
_GREEK_HUNDREDS = {"Ρ": 100, "Σ": 200, "Τ": 300, "Υ": 400, "Φ": 500, "Χ": 600, "Ψ": 700, "Ω": 800, "Ϡ": 900}


def _lettered(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """Numbers written in Roman or Greek numerals: a century (XIXe siècle, siglo XIX, for the
    19th century), a king or a pope (Louis XIV, XIV. Lajos, Λουδοβίκος ΙΔ΄)."""
    found = []
    for pattern, reader in _numeral_systems():
        for match in pattern.finditer(text):
            value = reader(_letters_of(match))
            if value is not None and not _overlaps(*match.span(), blocked):
                found.append(Figure(match.group(), *match.span(), Decimal(value), lettered=True))
    return sorted(found, key=lambda f: f.start)


def lettered_number(text: str) -> int | None:
    """The number ``text`` writes, if it is wholly a Roman or Greek numeral (XIV, XIIe, ΙΔ΄)."""
    for pattern, reader in _numeral_systems():
        match = pattern.fullmatch(text)
        if match is not None:
            return reader(_letters_of(match))
    return None


def _numeral_systems():
    """Each way of writing numbers in letters: its pattern and what reads the letters."""
    return ((_ROMAN, roman_value), (_ROMAN_CHARACTERS, roman_value), (_GREEK, greek_value))


def _letters_of(match: re.Match) -> str:
    """The numeral's own letters: without an ending (XIIe) or keraia (ΙΔ΄)."""
    return match.group(1) if match.re.groups else match.group()


@lru_cache(maxsize=1)
def _roman_numerals() -> dict[str, int]:
    """Each number up to 39 as Roman numerals write it: only these forms are read (IIII, VX are not)."""
    units = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return {"X" * (n // 10) + units[n % 10]: n for n in range(1, 40)}


def roman_value(numeral: str) -> int | None:
    """The number a Roman numeral writes, in letters or in Unicode's numeral characters; None
    for any other form."""
    return _roman_numerals().get(unicodedata.normalize("NFKC", numeral).upper())


def greek_value(numeral: str) -> int | None:
    """The number Greek letters write as a numeral (ΙΔ 14, ΡΚΓ 123, ΙΣΤ 16); None for any other form."""
    rest, total = numeral, 0
    for table in (_GREEK_HUNDREDS, _GREEK_TENS):
        if rest[:1] in table:
            total, rest = total + table[rest[:1]], rest[1:]
    if rest:
        if rest not in _GREEK_UNITS:
            return None
        total += _GREEK_UNITS[rest]
    return total or None


def _split_on_spaces(text: str, match: re.Match[str], lex: NumberLexicon, blocked):
    offset = match.start()
    for part in re.finditer(r"[^\s\u00a0\u202f\u2009]+", match.group()):
        value = parse_numeral(part.group(), lex)
        start, end = offset + part.start(), offset + part.end()
        if isinstance(value, Decimal):
            yield Figure(part.group(), start, end, value)
        elif value is not None:
            yield Figure(part.group(), start, end, value, None, "code")


def _decorate(
    text: str, start: int, end: int, value: Decimal, lex: NumberLexicon, spelled: bool
) -> tuple[Figure, int]:
    """Apply a scale word, then find a currency or percent mark on either side."""
    if not spelled and _minus_before(text, start):
        start, value = start - 1, -value
    scale_end, scale = _scale_after(text, end, lex) if not _hangul_label(text, start) else (end, None)
    if scale is not None and (measure := _measure_after(text, end, lex)) is not None and measure[1] > scale_end:
        scale_end, scale = end, None  # a unit's word that begins with the scale word: Chinese 千瓦 (kW), not 千 (thousand)
    if scale is not None:
        scale_end, scale = _compound_scale(text, scale_end, scale, lex)
    unscaled = None
    if scale is not None:
        if scale.unit_symbol:
            unscaled = decimal_key(value)
        value, end = _with_remainder(text, scale_end, value * scale.factor, scale, lex)
    elif (found := _scale_before(text, start, lex)) is not None:
        start, scale = found
        value = value * scale.factor
    unit, kind = None, "number"
    if scale is None and not spelled and (ordinal_end := _ordinal_ending_after(text, end, value, lex)) is not None:
        # English 21st is the twenty-first, not 21 stone (st); 15st is stone (15th is the ordinal).
        # A number as before: a day (May 1st) and a rank are compared as the others' digits are.
        return Figure(text[start:ordinal_end], start, ordinal_end, value, None, kind, spelled), ordinal_end
    percent_end = _percent_after(text, end, lex)
    if percent_end is not None or _percent_before(text, start, lex) is not None:
        unit, kind = "percent", "percent"
        if percent_end is not None:
            end = percent_end
        else:
            start = _percent_before(text, start, lex)
    else:
        currency = _currency_after(text, end, lex)
        if currency is not None and text[end:currency[1]].strip().isalpha() and _measure_after(text, end, lex):
            currency = None  # "550 pound hog": a unit word that is also a currency's head word
        if currency is not None:
            unit, end = currency
            kind = "currency"
        else:
            before = _currency_before(text, start, lex)
            measure = _measure_after(text, end, lex)
            if before is not None:
                unit, start = before
                kind = "currency"
            elif measure is not None and not _calendar_year(value, measure[0]):
                unit, end = measure
                kind = "measure"
    # With money (£5m) or a percent sign the scale is plain; a bare number keeps both readings.
    return Figure(text[start:end], start, end, value, unit, kind, spelled, unscaled=unscaled if unit is None else None), end


def _ordinal_ending_after(text: str, end: int, value: Decimal, lex: NumberLexicon) -> int | None:
    """Where the ending CLDR writes after the digits of this number as an ordinal ends, if it
    stands right after them and ends a word (21st, 2e); None if not."""
    if value < 0 or value != value.to_integral_value():
        return None
    ending = digit_ordinal_ending(lex.language, int(value))
    if not ending or not text.startswith(ending, end):
        return None
    stop = end + len(ending)
    return None if stop < len(text) and text[stop].isalnum() else stop


def _calendar_year(value: Decimal, unit: str) -> bool:
    """Whether a number with the word for years is a year of the calendar, not a length of time:
    Polish w 2020 roku, Russian 2020 год (the year 2020)."""
    return unit == "duration-year" and value == value.to_integral_value() and 1000 <= value <= 2999


#: Signs written for minus: the minus sign, and the hyphen and en dash that stand for it.
_MINUS = "\u2212-\u2013"
_OPENING = "([{:=≈~"


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign stands right before the number (−10 °C, -3.2 %, (-5), Japanese
    温度は−10), not a dash between two numbers (5-10, 5 - 10, 5 – 10) nor one inside a code
    (VX-9400, COVID-19)."""
    if start == 0 or text[start - 1] not in _MINUS:
        return False
    sign = start - 1
    if sign == 0:
        return True
    before = text[sign - 1]
    # After a space or a bracket, or a Han character, kana or Hangul syllable, which run into a
    # number (温度は−10); not after any letter without capitals: Arabic كوفيد-19 is COVID-19.
    if not (before.isspace() or before in _OPENING or syllabic(before)):
        return False
    last = sign - 1  # the last character before the sign that is no space
    while last >= 0 and text[last].isspace():
        last -= 1
    return last < 0 or not (text[last].isdigit() or text[last] == ")")


def _hangul_label(text: str, start: int) -> bool:
    """A number glued to the Hangul syllable before it: Korean spaces its words (약 7조 원, about
    7 trillion won), so a number written onto a word is part of it, a label: 제7조, Article 7,
    whose 조 is no trillion."""
    return start > 0 and "\uac00" <= text[start - 1] <= "\ud7a3"


def _compound_scale(text: str, end: int, scale: Scale, lex: NumberLexicon) -> tuple[int, Scale]:
    """A scale word followed by a larger one multiplies it: Hindi 1.62 लाख करोड़ (lakh crore,
    10⁵ × 10⁷) is 1.62 trillion, as British "5 thousand million" is 5 billion. Words only, not
    abbreviations (5 k M)."""
    if scale.abbreviation:
        return end, scale
    after_end, after = _scale_after(text, end, lex)
    if after is None or after.abbreviation or after.before or after.factor <= scale.factor:
        return end, scale
    return after_end, Scale(f"{scale.word} {after.word}", scale.factor * after.factor, abbreviation=False)


def _with_remainder(text: str, end: int, value: Decimal, scale: Scale, lex: NumberLexicon) -> tuple[Decimal, int]:
    """A scaled number and the smaller parts after it, each with its own scale word: 1万2500 and
    1億2000万 (ja, zh: 12,500 and 120,000,000). Korean spaces the parts (4만 8000, 1억 2000만),
    so a space may come before one after a scale word written without capitals; after one with
    capitals it may not (English "2 million 500 people" is two numbers)."""
    below = scale.factor
    spaced = not any(_cased_letter(c) for c in scale.word)
    while below > 1:
        cursor = end + 1 if spaced and text[end : end + 1] == " " else end
        follow = _NUMERAL.match(text, cursor)
        rest = parse_numeral(follow.group(), lex) if follow else None
        if not isinstance(rest, Decimal):
            break
        rest_end, rest_scale = _scale_after(text, follow.end(), lex)
        factor = Decimal(1) if rest_scale is None else rest_scale.factor
        if factor >= below or rest * factor >= below:
            break  # 3万 5万: two numbers, not one
        value, below = value + rest * factor, factor
        end = rest_end if factor > 1 else follow.end()
    return value, end


def _scale_before(text: str, pos: int, lex: NumberLexicon) -> tuple[int, Scale] | None:
    """A scale word the language writes before the number (Swahili milioni 1.2, elfu 5), ending
    right before ``pos`` with at most a space between, and starting a word."""
    cursor = pos - 1 if pos and text[pos - 1] in _SPACES else pos
    for scale in lex.scales:
        if not scale.before:
            continue
        begin = cursor - len(scale.word)
        chunk = text[max(0, begin) : cursor]
        same = chunk == scale.word if scale.abbreviation else chunk.casefold() == scale.word.casefold()
        if begin >= 0 and same and (begin == 0 or not text[begin - 1].isalpha()):
            return begin, scale
    return None


def _scale_after(text: str, pos: int, lex: NumberLexicon) -> tuple[int, Scale | None]:
    cursor = pos + 1 if pos < len(text) and text[pos] in _SPACES else pos
    for scale in lex.scales:
        if scale.before:
            continue
        word = scale.word
        stem = word[:-1] if word.endswith(".") else word
        chunk = text[cursor : cursor + len(word)]
        if scale.abbreviation:
            if not text.startswith(stem, cursor):
                continue
            stop = cursor + len(word) if text.startswith(word, cursor) else cursor + len(stem)
            following = text[stop : stop + 1]
            if following and (_cased_letter(following) or following == "_" or following.isnumeric()):
                continue  # "5 Mio" yes, "5 Miot" no, nor "78 m²" or "78 m2"; 億ドル is fine: ド has no case
            if following == "." and text[stop + 1 : stop + 2].isalpha():
                continue  # the first letter of a dotted abbreviation: Tigrinya ሚ.ግ (mg) is no ሚ (million)
            return stop, scale
        if chunk.casefold() != word.casefold():
            continue
        stop = cursor + len(word)
        if stop < len(text) and _cased_letter(text[stop]) and _cased_letter(word[-1]):  # 16万km: km is a word of its own
            if len(word) < 6 and not _unmeasured_ending(text, stop, lex):
                continue  # "mille" must not eat the French "milles" (miles)
            while stop < len(text) and text[stop].isalpha():
                stop += 1  # an inflected form: milyonluk, Millionen, Mongolian мянган...
        elif lex.tokenizer == "thai" and not _word_ends_at(text, cursor, stop, lex):
            continue  # Thai writes no spaces: พัน (thousand) must not match inside พันธมิตร
        return stop, scale
    truncated = _TRUNCATED.match(text, cursor)
    if truncated is not None and (scale := _scale_cut_short(truncated.group(1), lex)) is not None:
        return truncated.end(), scale
    word = _LETTERS_AT.match(text, cursor)
    if word is not None and (scale := _scale_declined(word.group(), lex)) is not None:
        return word.end(), scale
    return pos, None


_LETTERS_AT = re.compile(r"[^\W\d_]+")


def _unmeasured_ending(text: str, stop: int, lex: NumberLexicon) -> bool:
    """Whether the letters glued on at ``stop`` to a short scale word are an ending, in a
    language whose endings cannot be measured (no wordfreq list): a few, in lower case
    (Mongolian 500 мянган рупи, 500 thousand rupees, of мянга). Where endings are measured, a
    short scale word takes none: French milles are miles, not thousands."""
    letters = _LETTERS_AT.match(text, stop)
    ending = letters.group() if letters is not None else ""
    return not lex.measured and 0 < len(ending) <= _SCALE_ENDING and ending.islower()


#: The marks of the Combining Diacritical Marks block: accents, which a declined Greek word
#: may move to another letter (εκατομμύρια, εκατομμυρίων).
_ACCENTS = re.compile("[\u0300-\u036f]")
#: Fewest letters a scale word's stem keeps, and most letters its ending has, for a word that
#: begins with that stem to be the scale word declined.
_SCALE_STEM = 6
_SCALE_ENDING = 3


def _unaccented(word: str) -> str:
    return _ACCENTS.sub("", unicodedata.normalize("NFD", word.casefold()))


@lru_cache(maxsize=4096)
def _scale_declined(word: str, lex: NumberLexicon) -> Scale | None:
    """The scale a word names with a case ending CLDR's forms lack: it begins with a scale word
    in full less its last letter or two, six letters or more, accents aside, and ends with
    three letters or fewer, where every such scale word names one power. Greek 45
    εκατομμυρίων ευρώ (of euros) is the genitive of CLDR's εκατομμύρια; not Spanish 5
    millonarios (millionaires), whose ending is longer."""
    mine = _unaccented(word)
    factors = set()
    for scale in lex.scales:
        full = _unaccented(scale.word)
        if scale.abbreviation or scale.before or not full.isalpha():
            continue
        for stem in (full[:-1], full[:-2]):
            if len(stem) >= _SCALE_STEM and mine.startswith(stem) and len(mine) - len(stem) <= _SCALE_ENDING:
                factors.add(scale.factor)
    return Scale(word=word, factor=factors.pop(), abbreviation=False) if len(factors) == 1 else None


#: A word of three letters or more cut short with a period.
_TRUNCATED = re.compile(r"([^\W\d_]{3,})\.")


@lru_cache(maxsize=4096)
def _scale_cut_short(word: str, lex: NumberLexicon) -> Scale | None:
    """The scale a word cut short with a period abbreviates, where the language's scale words in
    full that begin so all name one power (Greek 2,3 εκατ. of εκατομμύρια, a million, which
    CLDR abbreviates εκ.); none where they name two (German Mill. begins Millionen and
    Milliarden, Swedish milj. miljoner and miljarder), nor where it is a scale word itself (5 mil.,
    at a sentence's end). How often the language writes it says nothing: wordfreq has εκατ at
    Zipf 4.9, as Greek news writes it."""
    folded = word.casefold()
    if any(scale.word.casefold().rstrip(".") == folded for scale in lex.scales):
        return None
    factors = {
        scale.factor
        for scale in lex.scales
        if not (scale.abbreviation or scale.before) and len(scale.word) > len(word) + 1 and scale.word.casefold().startswith(folded)
    }
    if len(factors) != 1:
        return None
    return Scale(word=word + ".", factor=factors.pop(), abbreviation=True)


def _thai_word_ends(text: str, start: int, stop: int, lex: NumberLexicon) -> bool:
    """Whether a unit's word in Thai, which writes the next word against it (5 กิโลเมตรจากบ้าน,
    80 องศานอกบ้าน), ends where the language's tokenizer ends a word."""
    return lex.tokenizer == "thai" and text[stop].isalpha() and _word_ends_at(text, start, stop, lex)


def _word_ends_at(text: str, start: int, stop: int, lex: NumberLexicon) -> bool:
    """Whether a word boundary falls at ``stop``, by the language's tokenizer."""
    window = text[start : min(len(text), stop + 24)]
    edges = {start + end for _begin, end in words(window, lex)}
    return stop in edges or stop >= len(text) or not text[stop].isalpha()


#: Joins the two units of a measure of one unit per another (mass-milligram/mass-kilogram).
PER = "/"
#: Hyphens that join a number to its unit in a compound (10-mile, 100-Meter-Lauf).
_HYPHENS = "-\u2010\u2011"


def _measure_after(text: str, pos: int, lex: NumberLexicon, per: bool = True) -> tuple[str, int] | None:
    """The unit a measure word or symbol after the number names, and where it ends. A symbol of
    one letter counts only after a space (2,4 s): glued to a number, a letter is as often a
    plural, a label or a scale (the 1990s, 5G, £5m); but for where the language's CLDR patterns
    glue it (Korean 35g, Japanese 0.45g: ``glued_symbols``). A unit after a hyphen makes a
    measure too (a 10-mile race, ein 100-Meter-Lauf), but for a single letter (4-H, 10-K)."""
    hyphened = pos < len(text) and text[pos] in _HYPHENS
    cursor = pos + 1 if pos < len(text) and (text[pos] in _SPACES or hyphened) else pos
    if cursor >= len(text):
        return None
    for word, unit, exact in _measures_opening(lex, text[cursor]):
        if len(word) == 1 and (hyphened or cursor == pos and word.isalpha() and word not in lex.glued_symbols):
            continue
        chunk = text[cursor : cursor + len(word)]
        if chunk != word if exact else chunk.casefold() != word:
            continue
        stop = cursor + len(word)
        if stop < len(text) and _goes_on(word, text[stop]) and not _thai_word_ends(text, cursor, stop, lex):
            declined = _declined_unit(text, cursor, stop, word, unit, lex) if not exact else None
            if declined is None:
                continue  # "5 min" is no metre: the symbol must end its word
            stop = declined
        if per and text[stop : stop + 1] == "/" and (under := _measure_after(text, stop + 1, lex, per=False)) is not None:
            if under[0] != unit:
                return unit + PER + under[0], under[1]  # 10 mg/kg, 25 g/km, 5 µg/m³
        if per and (in_time := _per_time_after(text, stop, lex)) is not None:
            return _per_unit(unit, in_time[0]), in_time[1]
        return unit, stop
    return None


@lru_cache(maxsize=65536)
def _measures_opening(lex: NumberLexicon, first: str) -> tuple[tuple[str, str, bool], ...]:
    """The language's measure words that a text whose next character is ``first`` may open
    with, in their order (longest first): those of exact case that start with it, and the
    others that start with it case-folded. Read per number, the whole list (150-250 words) was a
    tenth of the time figures take."""
    folded = first.casefold()[:1]
    return tuple(entry for entry in lex.measures if entry[0][:1] == (first if entry[2] else folded))


def _per_time_after(text: str, stop: int, lex: NumberLexicon) -> tuple[str, int] | None:
    """(unit of time, end) where the text goes on after a measure with what the language writes
    for per hour, minute or second (``NumberLexicon.per_time``: mit 136 Kilometern pro Stunde)."""
    ahead = text[stop : stop + 24].casefold().replace("’", "'")
    for words, unit in lex.per_time:
        end = stop + len(words)
        if ahead.startswith(words) and not (end < len(text) and text[end].isalpha()):
            return unit, end
    return None


def _per_unit(over: str, under: str) -> str:
    """A unit per another, as CLDR names it where it has the pair as one unit (length-kilometer
    per duration-hour: speed-kilometer-per-hour), else as the two with PER between."""
    named = f"speed-{over.split('-', 1)[-1]}-per-{under.split('-', 1)[-1]}"
    return named if over.startswith("length-") and named in MEASURES else over + PER + under


#: The fewest letters of a unit's word that may take an ending (Hungarian nap, napon: day, on days).
_DECLINED_UNIT = 3


def _declined_unit(text: str, start: int, stop: int, word: str, unit: str, lex: NumberLexicon) -> int | None:
    """Where a unit's word written with a case ending ends, if the letters after CLDR's form are
    an ending the language adds or swaps (``inflection.declines``, measured on its frequent
    words): German innerhalb von 14 Tagen, seit 5 Jahren; Turkish 30 günde. None otherwise: 5
    Tagebücher, Hungarian 5 éves (five years old), and a form left out as ambiguous (2 bars of
    chocolate)."""
    if not lex.measured or len(word) < _DECLINED_UNIT or not word.isalpha():
        return None
    end = stop
    while end < len(text) and text[end].isalpha():
        end += 1
    form = text[start:end].casefold()
    return end if (unit, form) not in AMBIGUOUS_UNIT_WORDS and declines(lex.language, word, form) else None


def _percent_after(text: str, pos: int, lex: NumberLexicon) -> int | None:
    cursor = pos + 1 if pos < len(text) and text[pos] in _SPACES else pos
    if cursor < len(text) and text[cursor] in "%٪﹪":
        return cursor + 1
    for word in lex.percent_after:
        if text[cursor : cursor + len(word)].casefold() == word.casefold():
            stop = cursor + len(word)
            if stop >= len(text) or not _cased_letter(text[stop]):
                return stop
    return _declined_percent(text, cursor, lex)


def _declined_percent(text: str, cursor: int, lex: NumberLexicon) -> int | None:
    """Where a word for per cent with a case ending the language adds or swaps ends (Finnish 45
    prosentin, of CLDR's prosentti and prosenttia; Latvian par 45 procentiem; Russian 45
    процентами), by ``inflection.declines`` as for a unit's word, in a language whose CLDR
    words for per cent show that it declines the word: two forms or more. Not English 45
    percentage (points), which -age would make a form of percent; nor Prozentpunkte."""
    words = [word.casefold() for word in lex.percent_after if len(word) >= _DECLINED_UNIT and word.isalpha()]
    if len(words) < 2 or cursor >= len(text) or not text[cursor].isalpha():
        return None
    ends = (_declined_unit(text, cursor, cursor, word, "concentr-percent", lex) for word in words)
    return next((end for end in ends if end is not None), None)


def _percent_before(text: str, pos: int, lex: NumberLexicon) -> int | None:
    cursor = pos - 1 if pos and text[pos - 1] in _SPACES else pos
    if cursor and text[cursor - 1] in "%٪﹪":
        return cursor - 1
    for word in lex.percent_before:
        begin = cursor - len(word)
        if begin >= 0 and text[begin:cursor].casefold() == word.casefold():
            if begin == 0 or not text[begin - 1].isalpha():
                return begin
    return None


def _currency_after(text: str, pos: int, lex: NumberLexicon) -> tuple[str, int] | None:
    cursor = pos + 1 if pos < len(text) and text[pos] in _SPACES else pos
    found = _currency_at(text, cursor, lex)
    if found is None:
        # One short connecting word may stand between: "6 milioni di dollari", "millones de dólares".
        connector = _CONNECTOR.match(text, cursor)
        if connector:
            found = _currency_at(text, connector.end(), lex)
    return found


def _currency_at(text: str, cursor: int, lex: NumberLexicon) -> tuple[str, int] | None:
    if cursor >= len(text):
        return None
    char = text[cursor]
    for symbol in _symbols_by_first(lex).get(char, ()):
        if text.startswith(symbol, cursor) and not _cased_letter(text[cursor + len(symbol) : cursor + len(symbol) + 1] or " "):
            return _symbol_code(symbol, lex), cursor + len(symbol)
    if unicodedata.category(char) == "Sc":
        return _symbol_code(char, lex), cursor + 1
    code = re.compile(r"[A-Z]{3}(?![^\W\d_])").match(text, cursor)
    if code and code.group() in _ISO_CODES:
        return code.group(), code.end()
    rest = text[cursor : cursor + 48].casefold()
    for name, iso in _names_by_first(lex).get(rest[:1], ()):
        if rest.startswith(name):
            stop = cursor + len(name)
            if stop < len(text) and _cased_letter(text[stop]):
                if len(name) < 4:
                    continue
                while stop < len(text) and text[stop].isalpha():
                    stop += 1
            return iso or "currency", stop
    word = _WORD.match(text, cursor)
    if word and _cased_letter(word.group()[0]):
        code = inflected_head(word.group().casefold(), _stems(lex))
        if code is not None:
            return code or "currency", word.end()
    return None


def inflected_head(word: str, stems: dict[str, T]) -> T | None:
    """What ``stems`` (``head_stems``) holds for the word, with up to three letters of an
    ending taken off: dolarlık and doları meet at dolar."""
    for cut in range(0, 4):
        stem = word[: len(word) - cut]
        if len(stem) >= 5 and stem in stems:
            return stems[stem]
    return None


def _currency_before(text: str, pos: int, lex: NumberLexicon) -> tuple[str, int] | None:
    cursor = pos - 1 if pos and text[pos - 1] in _SPACES else pos
    if cursor and unicodedata.category(text[cursor - 1]) == "Sc":
        for symbol in _symbols(lex):
            if text[max(0, cursor - len(symbol)) : cursor] == symbol:
                return _symbol_code(symbol, lex), cursor - len(symbol)
        return _symbol_code(text[cursor - 1], lex), cursor - 1
    for symbol in _symbols(lex):
        begin = cursor - len(symbol)
        if begin >= 0 and text[begin:cursor] == symbol and (begin == 0 or not text[begin - 1].isalpha()):
            return _symbol_code(symbol, lex), begin
    code = re.compile(r"(?<![^\W\d_])[A-Z]{3}$").search(text[max(0, cursor - 4) : cursor])
    if code and code.group() in _ISO_CODES:
        return code.group(), cursor - 3
    return None


@lru_cache(maxsize=None)
def _symbols(lex: NumberLexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.currency_symbols, key=len, reverse=True))


@lru_cache(maxsize=None)
def _names(lex: NumberLexicon) -> tuple[tuple[str, str], ...]:
    """Currency names of three letters or more, or of syllables (美元, 달러; and the one-syllable
    word of the language's own money, 円, 원: ``lexicon._head_words``), longest first."""
    kept = ((k, v) for k, v in lex.currency_names.items() if len(k) >= 3 or len(k) <= 2 and syllabic(k))
    return tuple(sorted(kept, key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def _symbols_by_first(lex: NumberLexicon) -> dict[str, tuple[str, ...]]:
    """The symbols by first character, longest first: only those can start at a given place."""
    return _by_first(_symbols(lex), lambda symbol: symbol)


@lru_cache(maxsize=None)
def _names_by_first(lex: NumberLexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    return _by_first(_names(lex), lambda pair: pair[0])


def _by_first(items, text_of) -> dict:
    index: dict[str, list] = {}
    for item in items:
        index.setdefault(text_of(item)[:1], []).append(item)
    return {first: tuple(group) for first, group in index.items()}


@lru_cache(maxsize=None)
def _stems(lex: NumberLexicon) -> dict[str, str]:
    return head_stems(lex.currency_names)


def head_stems(heads: dict[str, T]) -> dict[str, T]:
    """Currency head words, and less their last letter, so inflections meet: doları / dolar /
    dolarlık (``inflected_head``)."""
    stems: dict[str, T] = {}
    for name, value in heads.items():
        if " " not in name and len(name) >= 5:
            stems.setdefault(name[:-1], value)
            stems.setdefault(name, value)
    return stems


def _symbol_code(symbol: str, lex: NumberLexicon) -> str:
    if symbol in lex.currency_symbols:
        return lex.currency_symbols[symbol]
    return _english_symbols().get(symbol, symbol)


@lru_cache(maxsize=1)
def _english_symbols() -> dict[str, str]:
    """English's currency symbols (US$, €), the fallback for a symbol the language lacks: only
    these, not English's whole lexicon, which reads the time formats of a hundred locales."""
    return currency_symbols(babel_locale("en"))


# --- spelled-out numbers -----------------------------------------------------------------------


def words(text: str, lex: NumberLexicon) -> list[tuple[int, int]] | tuple[tuple[int, int], ...]:
    """Word spans; Thai, which has no spaces, goes through PyThaiNLP's dictionary tokenizer."""
    if lex.tokenizer == "thai":
        return _thai_word_spans(text)
    return [m.span() for m in _WORD.finditer(text)]


@lru_cache(maxsize=16)
def _thai_word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Kept for the next question about the same text: spelled numbers and number stems both
    read a whole version's words, and tokenising Thai is the slow part."""
    from consistency.thai import words as thai_words

    spans, offset = [], 0
    for token in thai_words(text):
        if token.strip() and any(ch.isalpha() for ch in token):
            spans.append((offset, offset + len(token)))
        offset += len(token)
    return tuple(spans)


#: A year after a date's word: a space and four digits.
_DATE_WORD_BEFORE_YEAR = re.compile(r"[ \u00a0]\d{4}(?!\d)")


def _spelled(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    if not lex.spelled:
        return
    spans = words(text, lex)
    index = 0
    while index < len(spans):
        match = _longest_spelled(text, spans, index, lex)
        if match is None:
            index += 1
            continue
        count, value, ordinal = match
        start, end = spans[index][0], spans[index + count - 1][1]
        index += count
        if _overlaps(start, end, blocked):
            continue
        if count == 1 and text[start:end].casefold() in lex.date_words and _DATE_WORD_BEFORE_YEAR.match(text, end):
            continue  # a word of the language's dates before its year: Vietnamese năm 2026 (year, and five)
        if not ordinal and _after_ordinal_prefix(text, spans, index - count, lex):
            continue  # Vietnamese thứ hai, Swahili wa pili: second, which is read in no language
        if ordinal:
            yield Figure(text[start:end], start, end, Decimal(value), spelled=True, ordinal=True)
            continue
        figure, _ = _decorate(text, start, end, Decimal(value), lex, spelled=True)
        yield figure


def _after_ordinal_prefix(text: str, spans: list[tuple[int, int]], index: int, lex: NumberLexicon) -> bool:
    """Whether the word before word ``index`` is the one the language's ordinals open with
    (``NumberLexicon.ordinal_prefix``), so that a cardinal there is an ordinal below the range
    read: the ordinals of the range are read whole (thứ ba, third), before this is asked."""
    if not lex.ordinal_prefix or index == 0:
        return False
    before_start, before_end = spans[index - 1]
    return not text[before_end : spans[index][0]].strip() and text[before_start:before_end].casefold() == lex.ordinal_prefix


def _han_counted(text: str, lex: NumberLexicon, blocked: list[tuple[int, int]]):
    """Han numerals before a word CLDR's unit patterns write after a number (三个月, three
    months; 二十四小时): a spelled number, which supports the digits other versions write. Not
    after what the language writes before an ordinal (``NumberLexicon.digit_ordinal_prefix``,
    第: 第三个月, the third month)."""
    if not lex.han_numbers:
        return
    ordinal = lex.digit_ordinal_prefix
    for match in _han_numeral_runs(lex).finditer(text):
        start, end = match.span()
        value = lex.han_numbers.get(match.group())
        if value is None or (ordinal and text.endswith(ordinal, 0, start)) or _overlaps(start, end, blocked):
            continue
        if text.startswith(lex.counted_after, end) or text[end : end + 1] == " " and text.startswith(lex.counted_after, end + 1):
            yield Figure(match.group(), start, end, Decimal(value), spelled=True)


@lru_cache(maxsize=None)
def _han_numeral_runs(lex: NumberLexicon) -> re.Pattern:
    """Runs of the characters the language's Han numerals are written with."""
    characters = sorted({ch for key in lex.han_numbers for ch in key})
    return re.compile("[" + "".join(map(re.escape, characters)) + "]+")


@lru_cache(maxsize=None)
def _spelled_prefixes(lex: NumberLexicon) -> frozenset[str]:
    """Every prefix of every spelled-number key, cardinal or ordinal, or of a larger number's head
    (Spanish ciento of ciento veinte), to skip words that cannot start one."""
    return frozenset(key[:i] for key in (*lex.spelled, *lex.ordinals, *lex.heads) for i in range(1, len(key) + 1))


def _longest_spelled(text: str, spans: list[tuple[int, int]], index: int, lex: NumberLexicon):
    """(words, value, whether an ordinal) of the spelled number that starts at word ``index``."""
    first = compact_words(text[spans[index][0] : spans[index][1]])
    if first not in _spelled_prefixes(lex):
        value = _declined_ordinal(first, lex)
        if value is not None:
            return 1, value, True
        value = _headed_number(first, lex)
        if value is not None:
            return 1, value, False
        return _prefixed_number(first, lex) or _attributive(text, spans, index, first, lex)
    for count in range(min(_MAX_SPELLED_WORDS, len(spans) - index), 0, -1):
        group = spans[index : index + count]
        if any(not _joins_number_words(text[a_end:b_start], lex) for (_, a_end), (b_start, _) in zip(group, group[1:])):
            continue  # words must be adjacent
        key = compact_words(text[group[0][0] : group[-1][1]])
        if key in lex.spelled:
            return count, lex.spelled[key], False
        if key in lex.ordinals:
            return count, lex.ordinals[key], True
        value = _headed_number(key, lex)
        if value is not None:
            return count, value, False
    return _attributive(text, spans, index, first, lex)


#: The apostrophes a text may write inside a word: Ukrainian п'ять and п’ять (five), which
#: CLDR spells with the letter ʼ, a part of the word, where these two split it in two.
_INNER_APOSTROPHES = ("'", "’")


def _joins_number_words(gap: str, lex: NumberLexicon) -> bool:
    """Whether what stands between two words lets them be one spelled number: spaces or
    hyphens, or an apostrophe alone in a language that spells numbers with one inside a word
    (``NumberLexicon.inner_apostrophe``: not French d'eux, nor Greek σ’ αγαπώ)."""
    return not gap.strip(" -‐") or (lex.inner_apostrophe and gap in _INNER_APOSTROPHES)


@lru_cache(maxsize=65536)
def _headed_number(key: str, lex: NumberLexicon) -> int | None:
    """The value of a number in words beyond those the lexicon spells whole: a multiple of a
    hundred or a thousand as the language opens a larger number with it (``NumberLexicon.heads``),
    then a smaller number in words (German vierhundertzwanzig, 420; Spanish doscientos
    cincuenta, 250; Portuguese cento e vinte, 120; Italian duemilacinquecento, 2500)."""
    for head, (value, magnitude) in lex.heads.items():
        if key.startswith(head) and len(key) > len(head):
            rest = key[len(head) :]
            below = lex.spelled.get(rest)
            if below is None:
                below = _headed_number(rest, lex)
            if below is not None and below < magnitude:
                return value + below
    return None


def _attributive(text: str, spans: list[tuple[int, int]], index: int, word: str, lex: NumberLexicon) -> tuple[int, int, bool] | None:
    """(1, value, False) of a numeral of one letter spelled for use before a noun
    (``NumberLexicon.attributive``) where one follows after a space: Korean 두 번 (twice)."""
    if word in lex.attributive and index + 1 < len(spans) and text[spans[index][1] : spans[index + 1][0]] == " ":
        return 1, lex.attributive[word], False
    return None


@lru_cache(maxsize=65536)
def _prefixed_number(word: str, lex: NumberLexicon) -> tuple[int, int, bool] | None:
    """(1, value, whether an ordinal) of a spelled number with one or two of the letters its
    language writes on words before it (Hebrew בשלושה, Arabic وثلاثة: ``inflection.prefixed``).
    The letters are measured only once a number follows them."""
    for cut in (1, 2):
        rest = word[cut:]
        if len(rest) < 2:
            break
        value, ordinal = lex.spelled.get(rest), False
        if value is None:
            value, ordinal = lex.ordinals.get(rest), True
        if value is not None and prefixed(lex.language, word[:cut]):
            return 1, value, ordinal
    return None


@lru_cache(maxsize=65536)
def _declined_ordinal(word: str, lex: NumberLexicon) -> int | None:
    """The ordinal a word is with an ending its language adds or swaps (German dritten of dritte,
    Portuguese terceira of terceiro: ``inflection.declines``), or None."""
    key = _declined_key(word, lex.language, _ordinals_by_stem(lex))
    return lex.ordinals[key] if key is not None else None


@lru_cache(maxsize=None)
def _ordinals_by_stem(lex: NumberLexicon) -> dict[str, tuple[str, ...]]:
    return _by_stem(lex.ordinals)


def number_words(text: str, language: str, shortest: int = _MIN_STEM) -> frozenset[int]:
    """Values whose spelled form (at least ``shortest`` letters) begins a word of the text.

    Inflections and compounds hide a number from the exact lexicon (German "fünfjährigen",
    "zweiten", Dutch "achtste"; Thai ห้าแต้ม, five points, one word to PyThaiNLP). They cannot
    prove a value, but they make its omission doubtful. Over a whole text a short form begins
    too many words by chance; one passage may be asked of any form.
    """
    lex = lexicon(language)
    stems = {key: value for key, value in lex.spelled.items() if len(key) >= shortest}
    if not stems:
        return frozenset()
    found = set()
    for start, end in words(text, lex):
        word = compact_words(text[start:end])  # as the extractor reads it: трёхмесячной as трехмесячной
        for length in range(shortest, len(word) + 1):
            value = stems.get(word[:length])
            if value is not None:
                found.add(value)
    return frozenset(found)
