"""Per-language number knowledge, built from maintained data, never from hand-written word lists.

- CLDR via Babel: decimal and group symbols, the compact-decimal "long" and "short" formats
  (every locale's thousand/million/billion words in all plural forms, and abbreviations such as
  Mio./Mrd./mln), percent signs and words, currency symbols and names, AM/PM words, date order.
- num2words: a reverse lexicon of spelled-out cardinals for every language it supports.
- Unicode: any decimal digit (Thai ๑, Arabic-Indic ٣, full-width ３) and any currency symbol (Sc).

A new language needs no code change wherever CLDR and num2words cover it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

import regex
from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format, get_time_format
from babel.numbers import get_decimal_symbol

from consistency import spellout, wordlists
from consistency.fixtures import known_locale
from consistency.inflection import lettered, measured, zipf
from consistency.langid import han, letter_scripts, syllabic, written_script

#: Spelled-out numbers we look up. 0 and 1 are left out on purpose: in most languages they are
#: also articles or pronouns (ein, un, een, bir, one), so they would flood the comparison.
SPELLED_RANGE = range(2, 101)
#: Macrolanguage codes that num2words files under another name.
_NUM2WORDS_ALIASES = {"nb": "no", "nn": "no", "kk": "kz"}
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"), None)
#: ISO 4217 codes of the precious metals: their names are ordinary words (a hundred gold coins
#: is no 100 XAU), and no currency is headed by them (nor Zimbabwe Gold, ZWG, by gold).
_METALS = frozenset({"XAU", "XAG", "XPT", "XPD"})
#: ISO 4217 codes for testing, "no currency" and the metals: no money in a text.
_NOT_MONEY = frozenset({"XTS", "XXX"}) | _METALS


#: CLDR unit id → (dimension, factor to the SI unit, offset). Physical constants, not language
#: data: the words for each unit come from CLDR in every locale. Translators convert units
#: (30 yards → 27 Meter, 80 °F → 27 °C), so measures of one dimension compare by their SI value.
MEASURES: dict[str, tuple[str, float, float]] = {
    "length-kilometer": ("length", 1000.0, 0.0),
    "length-meter": ("length", 1.0, 0.0),
    "length-centimeter": ("length", 0.01, 0.0),
    "length-millimeter": ("length", 0.001, 0.0),
    "length-micrometer": ("length", 1e-6, 0.0),
    "length-nanometer": ("length", 1e-9, 0.0),
    "length-mile": ("length", 1609.344, 0.0),
    "length-yard": ("length", 0.9144, 0.0),
    "length-foot": ("length", 0.3048, 0.0),
    "length-inch": ("length", 0.0254, 0.0),
    "length-nautical-mile": ("length", 1852.0, 0.0),
    "length-mile-scandinavian": ("length", 10000.0, 0.0),  # Swedish and Norwegian mil: 6 000 mil = 60 000 km
    "mass-kilogram": ("mass", 1.0, 0.0),
    "mass-gram": ("mass", 0.001, 0.0),
    "mass-milligram": ("mass", 1e-6, 0.0),
    "mass-microgram": ("mass", 1e-9, 0.0),
    "mass-tonne": ("mass", 1000.0, 0.0),
    "mass-pound": ("mass", 0.45359237, 0.0),
    "mass-ounce": ("mass", 0.028349523125, 0.0),
    "mass-stone": ("mass", 6.35029318, 0.0),
    "temperature-celsius": ("temperature", 1.0, 0.0),
    "temperature-fahrenheit": ("temperature", 5 / 9, -32 * 5 / 9),
    "volume-liter": ("volume", 1.0, 0.0),
    "volume-deciliter": ("volume", 0.1, 0.0),
    "volume-centiliter": ("volume", 0.01, 0.0),
    "volume-milliliter": ("volume", 0.001, 0.0),
    "volume-cubic-meter": ("volume", 1000.0, 0.0),
    "volume-tablespoon": ("volume", 0.0147868, 0.0),  # CLDR's: half a US fluid ounce
    "volume-teaspoon": ("volume", 0.00492892, 0.0),  # a sixth of a US fluid ounce; a metric 5 ml is within 6%
    "volume-gallon": ("volume", 3.785411784, 0.0),
    "volume-gallon-imperial": ("volume", 4.54609, 0.0),
    "area-square-kilometer": ("area", 1e6, 0.0),
    "area-square-meter": ("area", 1.0, 0.0),
    "area-square-centimeter": ("area", 1e-4, 0.0),
    "area-square-foot": ("area", 0.09290304, 0.0),
    "area-square-yard": ("area", 0.83612736, 0.0),
    "area-square-inch": ("area", 0.00064516, 0.0),
    "area-square-mile": ("area", 2589988.110336, 0.0),
    "area-hectare": ("area", 1e4, 0.0),
    "area-acre": ("area", 4046.8564224, 0.0),
    "speed-kilometer-per-hour": ("speed", 1 / 3.6, 0.0),
    "speed-mile-per-hour": ("speed", 0.44704, 0.0),
    "speed-meter-per-second": ("speed", 1.0, 0.0),  # wind in Nordic forecasts
    "digital-bit": ("digital", 0.125, 0.0),
    "digital-kilobit": ("digital", 125.0, 0.0),
    "digital-megabit": ("digital", 1.25e5, 0.0),
    "digital-gigabit": ("digital", 1.25e8, 0.0),
    "digital-byte": ("digital", 1.0, 0.0),
    "digital-kilobyte": ("digital", 1e3, 0.0),
    "digital-megabyte": ("digital", 1e6, 0.0),
    "digital-gigabyte": ("digital", 1e9, 0.0),
    "digital-terabyte": ("digital", 1e12, 0.0),
    "digital-petabyte": ("digital", 1e15, 0.0),
    "frequency-hertz": ("frequency", 1.0, 0.0),
    "frequency-kilohertz": ("frequency", 1e3, 0.0),
    "frequency-megahertz": ("frequency", 1e6, 0.0),
    "frequency-gigahertz": ("frequency", 1e9, 0.0),
    "power-watt": ("power", 1.0, 0.0),
    "power-kilowatt": ("power", 1e3, 0.0),
    "power-megawatt": ("power", 1e6, 0.0),
    "power-gigawatt": ("power", 1e9, 0.0),
    "energy-kilowatt-hour": ("energy", 3.6e6, 0.0),
    "energy-kilojoule": ("energy", 1e3, 0.0),
    "energy-kilocalorie": ("energy", 4184.0, 0.0),
    "pressure-kilopascal": ("pressure", 1000.0, 0.0),
    "duration-decade": ("duration", 315569520.0, 0.0),
    "duration-year": ("duration", 31556952.0, 0.0),
    "duration-month": ("duration", 2629746.0, 0.0),
    "duration-week": ("duration", 604800.0, 0.0),
    "duration-day": ("duration", 86400.0, 0.0),
    "duration-second": ("duration", 1.0, 0.0),
    "duration-millisecond": ("duration", 1e-3, 0.0),
    "duration-microsecond": ("duration", 1e-6, 0.0),
    "duration-nanosecond": ("duration", 1e-9, 0.0),
    "electric-volt": ("electric-potential", 1.0, 0.0),
    "electric-ampere": ("electric-current", 1.0, 0.0),
    "electric-milliampere": ("electric-current", 0.001, 0.0),
    "pressure-hectopascal": ("pressure", 100.0, 0.0),
    "pressure-millimeter-ofhg": ("pressure", 133.322387415, 0.0),
    "pressure-inch-ofhg": ("pressure", 3386.389, 0.0),
    "pressure-bar": ("pressure", 1e5, 0.0),
    "pressure-pound-force-per-square-inch": ("pressure", 6894.757293168361, 0.0),
    "power-horsepower": ("power", 745.6998715822702, 0.0),
    "concentr-milligram-ofglucose-per-deciliter": ("mass-concentration", 0.01, 0.0),
    "concentr-millimole-per-liter": ("amount-concentration", 1.0, 0.0),
}
#: Forms that collide with a common word ("5 in the morning" is not five inches, "2 bars of
#: chocolate" no pressure).
AMBIGUOUS_UNIT_WORDS = {("length-inch", "in"), ("pressure-bar", "bars")}
#: CLDR's unit of a temperature in degrees of no scale (80 degrees, 27 Grad, 27°): in a text
#: written for Americans it is Fahrenheit, elsewhere Celsius, and a translator converts it
#: without saying so. It has no factor in MEASURES: the comparison reads it in both scales.
DEGREES = "temperature-generic"


@dataclass(frozen=True)
class Scale:
    """A scale word or abbreviation and the factor it applies: Milliarden → 10⁹, 億 → 10⁸."""

    word: str
    factor: Decimal
    abbreviation: bool
    #: Also a unit's symbol in the language (British "m": million and metre; "B": billion and
    #: byte): after a currency it scales (£5m), elsewhere the number may be either (5m people,
    #: the 200m sprint).
    unit_symbol: bool = False
    #: Written before the number, as CLDR's pattern puts it (Swahili milioni 1.2, Hausa).
    before: bool = False


@dataclass(frozen=True)
class DayMonth:
    """A locale's pattern for a day and month written with numbers (CLDR's skeleton Md: d/M in
    Vietnamese and Spanish, d.M. in German and Finnish, M/d in English)."""

    month_first: bool
    #: What stands between the two numbers, without spaces (/ . -).
    separator: str
    #: What the pattern writes after the second number: the separator again (German 1.7.) or "".
    closing: str


@dataclass(frozen=True, eq=False)
class NumberLexicon:
    """One language's number conventions. Compared by identity: each is a cached singleton."""

    language: str
    decimal: str
    scales: tuple[Scale, ...]
    percent_before: tuple[str, ...]
    percent_after: tuple[str, ...]
    currency_symbols: dict[str, str] = field(default_factory=dict)
    currency_names: dict[str, str] = field(default_factory=dict)
    spelled: dict[str, int] = field(default_factory=dict)
    #: How multiples of a hundred or a thousand open a larger number in words (``number_heads``).
    heads: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Spelled ordinals (``ordinal_numbers``): they support a number, never demand it.
    ordinals: dict[str, int] = field(default_factory=dict)
    #: Cardinals of one letter that CLDR spells for use before a noun (``attributive_numbers``:
    #: Korean 두, 세, 네), read only there.
    attributive: dict[str, int] = field(default_factory=dict)
    #: The word every spelled ordinal opens with, before a cardinal (``ordinal_prefix``).
    ordinal_prefix: str = ""
    #: What the language writes before an ordinal's digits (``digit_ordinal_prefix``: 第2), and so
    #: before its Han numerals (第三).
    digit_ordinal_prefix: str = ""
    day_periods: dict[str, str] = field(default_factory=dict)
    #: The locale's other day periods (in the evening, at night) → their hours, from and before
    #: (``flexible_day_periods``).
    flexible_periods: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Whether the locale's CLDR format writes such a day period after the hour ("h:mm B":
    #: Spanish 5:30 de la tarde), not before it ("B h:mm": Korean 오후 3:30).
    flexible_after: bool = False
    time_separators: tuple[str, ...] = (":",)
    #: Whether the locale's own time format is a 12-hour clock (``twelve_hour_clock``).
    twelve_hour: bool = False
    #: Whether that 12-hour clock writes its hours with two digits (Gujarati, Kannada "hh:mm a");
    #: elsewhere 06:00 is the 24-hour clock's.
    twelve_hour_padded: bool = False
    #: (word, CLDR unit id, exact case), longest first.
    measures: tuple[tuple[str, str, bool], ...] = ()
    #: The symbols of one letter read glued to a number too (``glued_symbols``): Korean 35g.
    glued_symbols: frozenset[str] = frozenset()
    date_order: str = "DMY"
    #: Month names as text writes them → month number (``month_names``).
    months: dict[str, int] = field(default_factory=dict)
    #: The names of the days of the week that a number word is part of (``numbered_weekdays``).
    weekdays: tuple[str, ...] = ()
    #: The words CLDR's date patterns write between day, month and year, and after a month
    #: written as a number (``date_words``).
    date_words: frozenset[str] = frozenset()
    month_words: frozenset[str] = frozenset()
    tokenizer: str = "regex"
    #: What the language's other calendar adds to a Gregorian year (``era_offset``), or 0.
    era_offset: int = 0
    #: Whether the language's common words and endings can be measured (``inflection.measured``):
    #: where they cannot, a few readings that such data would rule out are let through.
    measured: bool = True
    #: Numbers spelled in Han numerals (三, 二十四, 两) → value, and the words CLDR's unit patterns
    #: write after a number (个月, 天, 小时; か月, 時間): read only together (``han_counted``).
    han_numbers: dict[str, int] = field(default_factory=dict)
    counted_after: tuple[str, ...] = ()
    #: The words for minutes that make an hour and minutes a duration (``duration_minutes``).
    minute_words: tuple[str, ...] = ()
    #: CLDR's words for hours as a length of time (時間, 시간, heures), longest first.
    hour_words: tuple[str, ...] = ()
    #: Whether the word for hours as a length of time also tells the hour of a clock: where
    #: CLDR's format for an hour alone writes no word of its own (French 15 heures, Dutch 15 uur,
    #: Spanish 15 horas are 15:00 too), unlike German 15 Uhr beside 15 Stunden, or 3時 beside 3時間.
    hour_words_tell_time: bool = False
    #: What CLDR writes after a measure for "per hour", "per minute" and "per second" (German
    #: " pro Stunde", Dutch " per uur"), case-folded, with the unit of time (``per_time``).
    per_time: tuple[tuple[str, str], ...] = ()
    #: The eras the language counts years in (``spellout.eras``: Japanese 令和 from 2019), and
    #: the word CLDR writes after a year (``year_word``: 年), which an era's year ends with.
    eras: tuple[tuple[str, int, str], ...] = ()
    year_word: str = ""
    #: Whether the language spells numbers with an apostrophe inside a word (``inner_apostrophe``).
    inner_apostrophe: bool = False
    #: CLDR's words for days relative to today (``relative_day_words``: mañana, morgen, esok).
    relative_days: frozenset[str] = frozenset()
    #: How CLDR writes a day and month with numbers and no year (``numeric_day_month``), and
    #: the locale's words for a day (``unit_words``: ngày, día, Tag; not its symbols, d, дн.),
    #: case-folded.
    day_month: DayMonth | None = None
    day_words: tuple[str, ...] = ()


def babel_locale(language: str) -> Locale:
    """The Babel locale of a BCP-47 tag, falling back to the bare language, then to CLDR's root:
    for a language it has no data for (Samoan), digits and symbols as most languages write
    them, and no words or names of any language."""
    return known_locale(language) or Locale.parse("root")


@lru_cache(maxsize=None)
def lexicon(language: str) -> NumberLexicon:
    """Everything the figure extractor needs to know about one language, cached per process."""
    locale = babel_locale(language)
    between, after_month = date_words(locale)
    words_measured = measured(language)
    spelled, ordinals = spelled_numbers(language), ordinal_numbers(language)
    counted = han_counted(language, locale)
    eras = spellout.eras(num2words_language(language) or "")
    return NumberLexicon(
        language=language,
        decimal=decimal_symbol(locale),
        scales=scales(locale),
        percent_before=percent_words(locale, before=True),
        percent_after=percent_words(locale, before=False),
        currency_symbols=currency_symbols(locale),
        currency_names=currency_names(locale),
        spelled=spelled,
        heads=number_heads(language),
        ordinals=ordinals,
        attributive=attributive_numbers(language),
        ordinal_prefix=ordinal_prefix(language),
        digit_ordinal_prefix=digit_ordinal_prefix(language),
        day_periods=day_periods(locale),
        flexible_periods=flexible_day_periods(locale),
        flexible_after=day_period_after_hour(locale),
        time_separators=time_separators(locale.language),
        twelve_hour=twelve_hour_clock(locale),
        twelve_hour_padded=twelve_hour_clock(locale, padded=True),
        measures=measure_words(locale),
        glued_symbols=glued_symbols(locale),
        date_order=date_order(locale),
        months=month_names(locale, lower_case=not words_measured),
        weekdays=numbered_weekdays(locale, spelled.keys() | ordinals.keys(), counted.get("han_numbers", {}).keys()),
        date_words=between,
        month_words=after_month,
        tokenizer="thai" if locale.language == "th" else "regex",
        era_offset=era_offset(locale),
        measured=words_measured,
        minute_words=duration_minutes(locale),
        hour_words=unit_words(locale, "duration-hour"),
        hour_words_tell_time=not _hour_word(language),
        per_time=per_time(locale),
        eras=eras,
        year_word=year_word(locale) if eras else "",
        inner_apostrophe=inner_apostrophe(language),
        day_month=numeric_day_month(locale),
        relative_days=relative_day_words(locale),
        day_words=tuple(word.casefold() for word in unit_words(locale, "duration-day") if len(word) >= 2 and word.isalpha()),
        **counted,
    )


def year_word(locale: Locale) -> str:
    """What CLDR's format for a year alone writes after it (Japanese, Chinese y年: 年; Korean
    y년), or "" where it writes the digits alone (German y)."""
    return _unquote(re.sub(r"y+", "", str(locale.datetime_skeletons.get("y", "")))).strip()


#: Calendars whose year is the Gregorian year plus a constant, by the territories CLDR's
#: calendar preference data puts them first for (supplementalData calendarPreferenceData, before
#: the Gregorian): Thailand's Buddhist era, whose year 1 is 543 BCE (CLDR calendarData), so that
#: 2569 BE is 2026. Babel carries no calendar but the Gregorian, so this is written here. Taiwan's
#: Minguo years (the Gregorian less 1911) are left out: 115 passes for any other number.
_ERA_OFFSETS = {"TH": 543}


def era_offset(locale: Locale) -> int:
    """What the calendar the locale's territory (or its language's likeliest one) prefers adds to
    a Gregorian year: 543 for Thai; 0 for a Gregorian calendar or one that is no constant away."""
    return _ERA_OFFSETS.get(_territory(locale) or "", 0)


def _territory(locale: Locale) -> str | None:
    """The locale's territory, or its language's likeliest one (KR for Korean)."""
    return locale.territory or _likely_territory(locale.language)


def _likely_territory(language: str) -> str | None:
    """The language's likeliest territory, by CLDR's likely subtags (IT for Friulian)."""
    from babel.core import get_global

    return likely_region(get_global("likely_subtags").get(language, ""))


def likely_region(likely: str) -> str | None:
    """The region of a CLDR likely-subtags value (de_Latn_DE → DE), if it names a country."""
    region = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return region if region.isalpha() and region.isupper() else None


def clean_symbol(symbol: str) -> str:
    """CLDR symbols can carry bidi marks (Arabic percent sign); strip them."""
    return symbol.translate(_BIDI_MARKS)


def _unquote(affix: str) -> str:
    """CLDR pattern affixes quote literals: ``Mio'.'`` → ``Mio.``."""
    return affix.replace("''", "\0").replace("'", "").replace("\0", "'")


def scales(locale: Locale) -> tuple[Scale, ...]:
    """The locale's scale words (``compact_scales``), then those of its language's regional
    locales that it lacks: a file named en.txt or en-US.txt may write £1.2bn and £5m as CLDR's
    British English does, where its English writes $1.2B. A word two regions give different
    factors is left out, and so are the locales in another script (en_Shaw). A regional locale
    (en_GB) also gets its language's words that it lacks (1M and $1.2B, where CLDR's British
    English writes 1m and £1.2bn): CLDR gives a region only the formats it changes. Not one
    that the region writes in another case for another factor (Portugal's Bi, 10¹², against
    Brazil's bi, 10⁹)."""
    found = {scale.word: scale for scale in compact_scales(locale)}
    if str(locale) != locale.language:
        factors = {(word.casefold(), scale.factor) for word, scale in found.items()}
        folded = {word for word, _ in factors}
        for scale in compact_scales(babel_locale(locale.language)):
            if scale.word not in found and (scale.word.casefold() not in folded or (scale.word.casefold(), scale.factor) in factors):
                found[scale.word] = scale
    found.update((scale.word, scale) for scale in _regional_scales(locale.language) if scale.word not in found)
    known = {word.casefold() for word in found}
    found.update((scale.word, scale) for scale in _spelled_scales(str(locale)) if scale.word.casefold() not in known)
    known = {word.casefold() for word in found}
    found.update((scale.word, scale) for scale in _borrowed_scales(locale.language) if scale.word.casefold() not in known)
    symbols = _unit_symbols_any(locale)
    ordered = sorted(found.values(), key=lambda s: (-len(s.word), s.word))
    return tuple(replace(s, unit_symbol=True) if s.abbreviation and s.word in symbols else s for s in ordered)


#: The powers of ten whose words CLDR's spell-out rules may name as scale words.
_SPELLED_POWERS = (10**3, 10**5, 10**6, 10**7, 10**9, 10**12)


@lru_cache(maxsize=None)
def _spelled_scales(language: str) -> tuple[Scale, ...]:
    """Scale words CLDR's spell-out rules and num2words write beside the word for one or ten
    (Tamil ஒன்று லட்சம், one lakh, and கோடி, crore, which its compact formats lack; Kannada
    ಒಂದು ಕೋಟಿ from num2words; Swahili milioni moja puts the word first): one such word stands for
    its power of ten with a number in digits too (12 லட்சம், 210 ಕೋಟಿ). A power spelled as one
    word with no word for one is that word, where the word for ten writes it too, inflected or
    not (Arabic تريليون, 10¹², and عشرة تريليونات; Spanish mil and diez mil).

    Where both spell the language, num2words adds the words CLDR does not write (Arabic
    تريليون, as its press spells 10¹², beside CLDR's ترليون), but none that CLDR gives another
    power and none with a letter in a script CLDR's words do not use: its Serbian bilion is
    10⁹ in the Latin alphabet where CLDR's Serbian, in Cyrillic, says билион for 10¹², and its
    Amharic writes a Latin letter before the Ethiopic word (mሚሊዮን). Nor one that the
    language's word list, where it has one, lacks (its Norwegian millard, for milliard).

    A language that glues its scale words onto the number (``_glued_scale_words``) glues its
    spelled ones too: Chinese 一千万 and Japanese 千万 (ten million) give 千万, read in 8千万 and
    3千万円, and Korean 천만 in 8천만. Such a word is kept only where it ends in the word the
    compact formats write for its power, if they write one (千万 in 万, 十亿 in 亿): Chinese
    spells 10¹² 一兆, where its compact formats write 万亿, for 兆 is mega- too (兆瓦, megawatt)."""
    numbers = (1, 10, *_SPELLED_POWERS, *(10 * p for p in _SPELLED_POWERS))
    glued = _glued_scale_words(language)
    cldr = _scale_words_spelled(_cldr_spellings(language, numbers), glued)
    scripts = frozenset().union(*(letter_scripts(scale.word) for scale in cldr))
    found: dict[str, Scale] = {}
    for scale in cldr:
        found.setdefault(scale.word.casefold(), scale)
    for scale in _scale_words_spelled(_num2words_spellings(language, numbers), glued):
        if (not cldr or letter_scripts(scale.word).keys() <= scripts) and _written(scale.word, language):
            found.setdefault(scale.word.casefold(), scale)  # CLDR's factor stands: Serbian bilion
    return tuple(found.values())


def _written(word: str, language: str) -> bool:
    """Whether the language's texts write the word: found in its wordfreq list, where it has
    one (num2words' Norwegian millard, for milliard, is not)."""
    return zipf(word.casefold(), language) != 0.0


def _scale_words_spelled(spelled: dict[int, str | None] | None, glued: dict[int, str] | None) -> list[Scale]:
    """The scale words in one source's spellings of 1, 10 and the powers of ten times one and
    ten (``_spelled_scales``)."""
    if spelled is None or spelled[1] is None or spelled[10] is None:
        return []
    one, ten = spelled[1], spelled[10]
    found: list[Scale] = []
    for power in _SPELLED_POWERS:
        alone, tens = spelled[power], spelled[10 * power]
        for unit, text in ((one, alone), (ten, tens)):
            if text is None:
                continue  # a number these rules cannot spell (num2words' Kannada stops at 10¹²)
            if text.startswith(unit + " "):
                word, before = text[len(unit) + 1 :], False
            elif text.endswith(" " + unit):
                word, before = text[: -len(unit) - 1], True
            elif glued is not None and unit == one and " " not in text:
                word, before = text.removeprefix(one), False
                if not word.endswith(glued.get(power, "")):
                    continue
            elif unit == one and " " not in text and tens is not None and tens.casefold().startswith(f"{ten} {text}".casefold()):
                word, before = text, False  # Arabic تريليون (10¹²) of عشرة تريليونات (10¹³)
            else:
                continue
            word = _without_own_one(word, one, before)
            if word and not any(ch.isdigit() for ch in word):
                found.append(Scale(word=word, factor=Decimal(power), abbreviation=False, before=before))
    return found


def _without_own_one(word: str, one: str, before: bool) -> str:
    """A scale word less the word for one that the rules spelled inside it too: num2words'
    Kannada spells 10⁵ ಒಂದು ಒಂದು ಲಕ್ಷ and 10⁶ ಹತ್ತು ಒಂದು ಲಕ್ಷ, whose scale word is ಲಕ್ಷ (lakh),
    as 2.5 ಲಕ್ಷ writes it, not ಒಂದು ಲಕ್ಷ (one lakh). No scale word opens with the word for one."""
    if before:
        return word.removesuffix(" " + one)
    return word.removeprefix(one + " ")


@lru_cache(maxsize=None)
def _glued_scale_words(language: str) -> dict[int, str] | None:
    """Per power of ten, the word CLDR's short compact formats write onto the number with no
    space (Chinese 0万, 0亿; Korean 0천), or None where the language sets a scale word apart
    (German 0 Mio.) or has no own compact formats."""
    if not _own_compact_formats(language.replace("-", "_").split("_")[0]):
        return None
    words: dict[int, str] = {}
    for patterns in (babel_locale(language).compact_decimal_formats.get("short") or {}).values():
        for magnitude, pattern in patterns.items():
            suffix = clean_symbol(_unquote(pattern.suffix[0]))
            if pattern.prefix[0] or suffix[:1].isspace():
                return None
            if suffix:
                words[int(magnitude)] = suffix
    return words or None


def _cldr_spellings(language: str, numbers: tuple[int, ...]) -> dict[int, str | None] | None:
    """The numbers spelled out by CLDR's spell-out rules (None for one they cannot spell), or
    None where CLDR has no rules for the language."""
    code = _rbnf_code(language)
    if code is None:
        return None
    answers = {n: spellout.rbnf_spelled(code, n, False) for n in numbers}
    return {n: answer[0] if answer else None for n, answer in answers.items()}


def _num2words_spellings(language: str, numbers: tuple[int, ...]) -> dict[int, str | None] | None:
    """The numbers spelled out by num2words, as ``_cldr_spellings``."""
    converter = num2words_language(language)
    if converter is None:
        return None
    return {n: spellout.num2words_text(converter, n, "cardinal") for n in numbers}


@lru_cache(maxsize=None)
def _regional_scales(language: str) -> tuple[Scale, ...]:
    """The scale words of the language's regional locales (en_GB, en_IN; none with a script
    subtag), each with the one factor every region that writes it gives it."""
    by_word: dict[str, set[Scale]] = {}
    for identifier in _regional_locales(language):
        for scale in _scales_from(_own_compact_formats(identifier)):
            by_word.setdefault(scale.word, set()).add(scale)
    return tuple(next(iter(found)) for found in by_word.values() if len(found) == 1)


@lru_cache(maxsize=None)
def _borrowed_scales(language: str) -> tuple[Scale, ...]:
    """For a language CLDR gives no compact formats of its own (they are the root's K, M, G),
    the scale words of the official languages of its likeliest territory written in its script,
    compact and spelled, each as every such language gives it: Maithili and Bhojpuri write
    Hindi's करोड़ (crore), Quechua Spanish millones. Their texts borrow these words, which CLDR
    records for the official language only. A word two official languages give differently is
    left out (billion: 10⁹ in English, 10¹² in French, both official in Rwanda)."""
    if _own_compact_formats(language):
        return ()
    by_word: dict[str, list[Scale]] = {}
    for donor in _neighbours(language):
        if not _own_compact_formats(donor):
            continue
        for scale in (*compact_scales(Locale.parse(donor)), *_spelled_scales(donor)):
            by_word.setdefault(scale.word.casefold(), []).append(scale)
    return tuple(found[0] for found in by_word.values() if len({scale.factor for scale in found}) == 1)


@lru_cache(maxsize=None)
def _neighbours(language: str) -> tuple[str, ...]:
    """The other official languages (de facto too) of the language's likeliest territory,
    written in its script: whose conventions a language CLDR says little of borrows (Friulian
    Italian's, Occitan French's, Maithili Hindi's)."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    likely = get_global("likely_subtags")
    own = likely.get(language, "").split("_")
    region = _likely_territory(language)
    if len(own) < 2 or region is None:
        return ()
    found = []
    for donor in get_official_languages(region, de_facto=True):
        theirs = likely.get(donor, "").split("_")
        if donor != language and len(theirs) >= 2 and theirs[1] == own[1]:
            found.append(donor)
    return tuple(found)


def decimal_symbol(locale: Locale) -> str:
    """The locale's decimal mark, as CLDR gives it; for a language CLDR gives no number symbols
    of its own (Friulian and Occitan inherit the root's . and ,), the one the official languages
    of its territory in its script all write, at home and in that territory: Friulian 28.000 is
    28 thousand, as in Italian."""
    own = clean_symbol(get_decimal_symbol(locale))
    if _own_number_symbols(locale.language) or _own_number_symbols(str(locale)):
        return own  # most languages (their own CLDR files are read for their scale words anyway)
    donors = _neighbours(locale.language)
    region = _likely_territory(locale.language) or ""
    # as the donor writes it, there and at home, alike: not where they differ (Guatemalan
    # Spanish writes 1.5, Spain's 1,5; South African English 1,5 in CLDR, 1.5 in much of its
    # text and in the Zulu written beside it)
    written = [known_locale(tag) for donor in donors for tag in (donor, f"{donor}-{region}")]
    theirs = {clean_symbol(get_decimal_symbol(donor)) for donor in written if donor is not None}
    return theirs.pop() if len(theirs) == 1 else own


def _own_number_symbols(identifier: str) -> bool:
    """Whether a locale's own CLDR file gives its number symbols, not only what it inherits."""
    return bool(_own_data(identifier).get("number_symbols"))


def _own_compact_formats(identifier: str) -> dict:
    """The compact formats a regional locale's own CLDR file gives, without what it inherits."""
    return _own_data(identifier).get("compact_decimal_formats") or {}


@lru_cache(maxsize=None)
def _own_data(identifier: str) -> dict:
    """What a locale's own CLDR file gives, without what it inherits. Read from Babel's file
    directly: localedata.load would cache the unmerged data under the locale's name, for every
    later use; and merging 129 English locales took 0.1 s. Kept per locale, for a language's is
    asked several times (``_glued_scale_words``, ``_borrowed_scales``, ``_regional_percent_words``,
    ``decimal_symbol``)."""
    import pickle

    from babel import localedata

    try:
        with open(localedata.resolve_locale_filename(identifier), "rb") as stream:
            data = pickle.load(stream)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError):
        return {}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=None)
def _regional_percent_words(language: str, before: bool) -> tuple[str, ...]:
    """The words the language's regional locales write for per cent where their own CLDR files
    differ from the language's: British, Indian and Australian English "per cent" beside "percent"."""
    words = set()
    for identifier in _regional_locales(language):
        unit = (_own_data(identifier).get("unit_patterns") or {}).get("concentr-percent") or {}
        words.update(_percent_pattern_words(unit, before))
    return tuple(words)


@lru_cache(maxsize=None)
def _regional_locales(language: str) -> tuple[str, ...]:
    """CLDR's locales of the language for one region (en_GB, es_419; none with a script subtag)."""
    from babel import localedata

    return tuple(
        identifier
        for identifier in localedata.locale_identifiers()
        if len(parts := identifier.split("_")) == 2 and parts[0] == language and (parts[1].isupper() or parts[1].isdigit())
    )


def _unit_symbols_any(locale: Locale) -> frozenset[str]:
    """Every unit symbol CLDR's short and narrow unit patterns give the locale (m, L, km), of
    any length and any unit."""
    return frozenset(_symbol_units(locale))


@lru_cache(maxsize=None)
def _symbol_units(locale: Locale) -> dict[str, frozenset[str]]:
    """Each unit symbol CLDR's short and narrow unit patterns give the locale → the units it
    writes (Czech m: metre and minute; m.: month), a unit of people's ages or durations
    (duration-month-person) as its plain unit."""
    found: dict[str, set[str]] = {}
    for unit, lengths in unit_patterns(locale).items():
        for _, word in _pattern_words(lengths, ("short", "narrow")):
            if word:
                found.setdefault(word, set()).add(unit.removesuffix("-person"))
    return {word: frozenset(units) for word, units in found.items()}


@lru_cache(maxsize=None)
def unit_patterns(locale: Locale) -> dict[str, dict[str, dict[str, str]]]:
    """CLDR's unit patterns of the locale as plain dicts: unit → length → plural form (and
    "per") → pattern. Babel's own dicts resolve aliases on every look-up, and half a dozen
    tables walk all the locale's 200-odd units: read so, the walks took 4-20 ms a locale each."""
    return {
        unit: {length: dict(forms) for length, forms in (lengths or {}).items() if isinstance(forms, Mapping)}
        for unit, lengths in locale._data["unit_patterns"].items()
    }


def _pattern_words(lengths, wanted: tuple[str, ...]):
    """(length, word) for each of one unit's CLDR patterns in the ``wanted`` lengths: the word
    it writes beside the number ("{0} min" gives min), in every plural form but "per"."""
    for length in wanted:
        for plural, pattern in ((lengths or {}).get(length) or {}).items():
            if plural != "per" and isinstance(pattern, str) and "{0}" in pattern:
                yield length, clean_symbol(pattern.replace("{0}", "")).strip()


def compact_scales(locale: Locale) -> tuple[Scale, ...]:
    """Scale words from the compact-decimal formats, longest first so Milliarden beats Mil...."""
    return _scales_from(locale.compact_decimal_formats)


def _scales_from(formats) -> tuple[Scale, ...]:
    found: dict[str, Scale] = {}
    for length in ("long", "short"):
        by_plural = formats.get(length) or {}
        for patterns in by_plural.values():
            for magnitude, pattern in patterns.items():
                zeros = pattern.pattern.split(";")[0].count("0")  # not the negative subpattern's (elfu 0;elfu -0)
                if zeros == 0:
                    continue  # a form such as "mille" that stands for exactly one thousand
                suffix = clean_symbol(_unquote(pattern.suffix[0])).strip()
                prefix = clean_symbol(_unquote(pattern.prefix[0])).strip()
                if suffix and prefix:
                    continue  # two scale words around the number (Burmese ဋေ 0 သ, crore and ten thousand): no one word's factor
                word = suffix or prefix
                if not word or any(ch.isdigit() for ch in word):
                    continue
                factor = Decimal(magnitude) / (Decimal(10) ** (zeros - 1))
                key = word if length == "short" else word.casefold()
                if key not in found:
                    found[key] = Scale(word=word, factor=factor, abbreviation=length == "short", before=not suffix)
    return tuple(sorted(found.values(), key=lambda s: (-len(s.word), s.word)))


def percent_words(locale: Locale, before: bool) -> tuple[str, ...]:
    """Words and signs that mark a percentage before (yüzde 18) or after (18 Prozent) the number,
    the language's regional ones too (British 18 per cent)."""
    words = set(_percent_pattern_words(unit_patterns(locale).get("concentr-percent", {}), before))
    words.update(_regional_percent_words(locale.language, before))
    words.update(_percent_words_apart(words, locale.language))
    words.add(clean_symbol(locale.number_symbols.get(locale.default_numbering_system, {}).get("percentSign", "%")))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


#: How common (wordfreq's Zipf scale) the word before a hundred must be for a word for per cent
#: to be written as the two (Italian per: 7.2).
_PERCENT_PART = 4.0


def _percent_words_apart(words: set[str], language: str) -> set[str]:
    """A word for per cent that ends with the language's spelled hundred after a common word of
    its own, written as the two words too: Italian 20 per cento for CLDR's percento, as British
    English writes per cent. Not where the first part is no word (Malay pe of peratus), nor
    where wordfreq has no list to tell (Croatian po sto for posto, Albanian për qind). Arabic
    بالمائة gains بال مائة, a spelling no text writes: harmless."""
    hundreds = [key for key, value in spelled_numbers(language).items() if value == 100 and len(key) >= 3]
    apart = set()
    for word in words:
        for hundred in hundreds:
            head = word[: len(word) - len(hundred)]
            if word.isalpha() and word.casefold().endswith(hundred) and len(head) >= 2:
                if (zipf(head.casefold(), language) or 0.0) >= _PERCENT_PART:
                    apart.add(f"{head} {word[len(head):]}")
    return apart


def _percent_pattern_words(unit, before: bool) -> set[str]:
    """The words CLDR's per cent patterns write before or after the number, in every length."""
    words = set()
    for length in ("long", "short", "narrow"):
        for pattern in (unit.get(length) or {}).values():
            if not isinstance(pattern, str) or "{0}" not in pattern:
                continue
            head, tail = pattern.split("{0}", 1)
            word = clean_symbol(head if before else tail).strip()
            if word:
                words.add(word)
    return words


def currency_symbols(locale: Locale) -> dict[str, str]:
    """Symbol → ISO code for the locale's own symbols ($, US$, €, zł, R$); single letters are too ambiguous."""
    symbols: dict[str, str] = {}
    for code, symbol in locale.currency_symbols.items():
        symbol = clean_symbol(symbol)
        if symbol == code or len(symbol) < 2 and symbol.isalpha():
            continue
        symbols.setdefault(symbol, code)
    return symbols


def currency_names(locale: Locale) -> dict[str, str]:
    """Case-folded currency name → ISO code: full names in every plural form, and their head words.

    A head word ("Dollar", "dollari", "dolar") shared by several currencies maps to "" (some
    currency, code unknown), so "6 milyon dolar" is still money even though CLDR says "ABD doları".
    """
    names: dict[str, str] = {}
    for code, forms in _currency_forms(locale).items():
        for form in forms:
            names.setdefault(form.casefold(), code)
    for word, codes in _head_words(locale).items():
        names.setdefault(word, next(iter(codes)) if len(codes) == 1 else "")
    return names


@lru_cache(maxsize=None)
def currency_families(language: str) -> dict[str, frozenset[str]]:
    """Case-folded head word that several currencies share → their codes: Swedish kronor (SEK,
    NOK, DKK, ISK...), English dollars. Money written so names no one currency, but rules out
    every other: 349 kronor is no euro amount."""
    return {word: codes for word, codes in _head_words(babel_locale(language)).items() if len(codes) > 1}


@lru_cache(maxsize=1)
def _tender() -> frozenset[str]:
    """The currencies legal tender in some territory today, by CLDR's territory data."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return frozenset(code for territory in get_global("territory_currencies") for code in get_territory_currencies(territory, tender=True))


@lru_cache(maxsize=None)
def _currency_forms(locale: Locale) -> dict[str, frozenset[str]]:
    """ISO code → the locale's names of the currency, in every plural form."""
    plural = locale._data.get("currency_names_plural", {})
    return {code: frozenset({name, *(plural.get(code) or {}).values()}) for code, name in locale.currencies.items() if code not in _NOT_MONEY}


#: A word: letters with their combining marks (Punjabi ਰੁਪਇਆ, Hindi रुपया keep their vowel signs).
_WORDS = regex.compile(r"(?:[^\W\d_]|\p{M})+")


@lru_cache(maxsize=None)
def _head_words(locale: Locale) -> dict[str, frozenset[str]]:
    """Case-folded head word of the currency names → the codes of the currencies it heads. The
    head noun stands first or last ("dollaro della Namibia", "ABD doları"); the words between
    are adjectives and function words ("della") that mean no money alone. In Chinese, Japanese
    and Korean it stands last, after the country (イラク・ディナール, 墨西哥比索): two syllables
    there are a word, but the first one names no money. Kept per locale: ``currency_names`` and
    ``currency_families`` both read it.

    A word that heads only currencies out of use and stands inside the name of one in use heads
    that one too: French shekels heads "shekels israéliens" (ILR, until 1985), and today's
    "nouveaux shekels israéliens" (ILS) write it between their words."""
    words: dict[str, set[str]] = {}
    inside: dict[str, set[str]] = {}  # every word of a name of a currency in use → its codes
    metals = {word.casefold() for code in _METALS for word in _WORDS.findall(locale.currencies.get(code, ""))}
    for code, forms in _currency_forms(locale).items():
        for form in forms:
            # before an aside in brackets: Finnish "Yhdysvaltain dollari (seuraava päivä)", US
            # dollar (next day), is headed by dollari, and päivä (day) names no money
            parts = _WORDS.findall(re.split(r"[(（]", form)[0])
            if code in _tender():
                for word in parts:
                    inside.setdefault(word.casefold(), set()).add(code)
            for word in {parts[0], parts[-1]} if parts else ():
                if not syllabic(word) and word.casefold() not in metals and (len(word) >= 4 or _rare_short_head(word, code, locale)):
                    words.setdefault(word.casefold(), set()).add(code)
            # after its country (東カリブ・ドル, 米ドル), before an aside (人民币（离岸）), of a
            # currency in use (not RINET 基金, a fund)
            head = parts[-1] if len(parts) >= 2 else _kana_after_han(parts[0]) if parts else ""
            if len(head) >= 2 and syllabic(head) and code in _tender():
                words.setdefault(head.casefold(), set()).add(code)
            elif len(head) == 1 and syllabic(head) and code in _own_currencies(locale):
                words.setdefault(head, set()).add(code)  # Korean 원 of 대한민국 원: 12,000원 is won
    for word, codes in words.items():
        if not codes & _tender():
            codes |= inside.get(word, set())
    return {word: frozenset(codes) for word, codes in words.items()}


def _kana_after_han(name: str) -> str:
    """The kana that end a name written in Han characters, then kana, with no separator: the
    money's word after its country's (米ドル, US dollar; 香港ドル); else nothing."""
    match = _KANA_AFTER_HAN.fullmatch(name)
    return match.group(1) if match else ""


_KANA_AFTER_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+([\u3040-\u30ff]{2,})")


#: How common a head word of three letters may be in its language and still name money alone:
#: wordfreq's Zipf scale, where the currencies' own words read 3.0 to 3.8 (German Yen 3.59,
#: Russian иен 3.57, Polish jen 3.04) and the words they collide with 4.3 or more (English won
#: 5.2, Swedish som 7.2, Spanish sol 5.1, Czech jen, only, 6.4).
_SHORT_HEAD = 4.0


def _rare_short_head(word: str, code: str, locale: Locale) -> bool:
    """Whether a head word of three letters names its currency alone (1.200 Yen, 1200 иен): one
    in use, whose word is rare in the language; not an abbreviation in capitals (VAE, CFA) nor a
    word of a country's name (Sri of Sri-Lanka-Rupie, São); where wordfreq has no list, none.
    The locale's own money may be a frequent word, for it is the money its texts count in
    (Romanian lei, leu: 4.8 and 4.2)."""
    if len(word) != 3 or word.isupper() or code not in _tender() or word.casefold() in _territory_words(locale):
        return False
    if code in _own_currencies(locale):
        return True
    frequency = zipf(word.casefold(), locale.language)
    return frequency is not None and frequency < _SHORT_HEAD


@lru_cache(maxsize=None)
def _territory_words(locale: Locale) -> frozenset[str]:
    """The words of the locale's names of countries and regions, case-folded."""
    return frozenset(word.casefold() for name in locale.territories.values() for word in _WORDS.findall(name))


def _own_currencies(locale: Locale) -> frozenset[str]:
    """The currencies legal tender in the locale's territory, or its language's likeliest one
    (KRW for Korean): the money its one-syllable word names (원, 円)."""
    from babel.numbers import get_territory_currencies

    territory = _territory(locale)
    return frozenset(get_territory_currencies(territory, tender=True)) if territory else frozenset()


def measure_words(locale: Locale) -> tuple[tuple[str, str, bool], ...]:
    """The locale's words and symbols for each unit in MEASURES, from CLDR unit patterns: (form,
    unit, whether its case must match). Case matters where it tells two units apart (Gb and GB:
    gigabit, gigabyte) and for a symbol of one letter (W is watts, w no unit); else any case is
    the unit (mL, ml; Kilometer opening a German sentence or not), and the form is given
    case-folded."""
    written: dict[str, str] = {}
    for form, unit, _ in (*_unit_forms(locale), *_world_unit_forms(locale)):
        written.setdefault(form, unit)  # the first unit to write a form keeps it
    units_by_folded: dict[str, set[str]] = {}
    for word, unit in written.items():
        units_by_folded.setdefault(word.casefold(), set()).add(unit)
    found: dict[tuple[str, bool], str] = {}
    for word, unit in written.items():
        exact = len(word) == 1 or len(units_by_folded[word.casefold()]) > 1
        found.setdefault((word if exact else word.casefold(), exact), unit)
    return tuple(sorted(((w, u, e) for (w, e), u in found.items()), key=lambda t: (-len(t[0]), t[0])))


def _world_unit_forms(locale: Locale) -> tuple[tuple[str, str, bool], ...]:
    """For a language named without its region, the unit forms of CLDR's world variant of it
    too (en_001, the parent of British, Indian and Australian English): a file named en.txt may
    be written in any English, where CLDR's en spells its units the American way (meter, liter)."""
    world = None if locale.territory or locale.script else world_variant(locale)
    return _unit_forms(world) if world is not None else ()


def world_variant(locale: Locale) -> Locale | None:
    """CLDR's world variant of the locale's language (en_001), where it has one."""
    from babel import localedata

    world = f"{locale.language}_001"
    return Locale.parse(world) if localedata.exists(world) else None


def unit_symbols(locale: Locale) -> tuple[tuple[str, str], ...]:
    """(symbol as CLDR writes it, unit): the short and narrow forms (MB, Mo, МБ, GHz)."""
    return tuple(dict.fromkeys((form, unit) for form, unit, symbol in _unit_forms(locale) if symbol))


@lru_cache(maxsize=None)
def _unit_forms(locale: Locale) -> tuple[tuple[str, str, bool], ...]:
    """Every form CLDR gives a unit of MEASURES in the locale: (form, unit, whether a symbol).
    Kept per locale: ``measure_words`` and ``unit_symbols`` both read it."""
    forms = []
    patterns = unit_patterns(locale)
    single = _single_letter_symbols(locale)
    dated = frozenset().union(*date_words(locale), _month_name_heads(locale))
    for unit in (*MEASURES, DEGREES):
        lengths = _degree_patterns(patterns) if unit == DEGREES else patterns.get(unit)
        for length, word in _pattern_words(lengths, ("long", "short", "narrow")):
            sign = unit == DEGREES and word == "°"  # one character, but no letter: 27° is no label, plural or scale
            if not sign and ((len(word) < 2 and (length == "long" or word not in single)) or (unit, word) in AMBIGUOUS_UNIT_WORDS):
                continue
            if word in dated or word.strip(".") in dated:
                continue  # read in a date: Russian 2020 г., Vietnamese năm (year) and tháng 5 (May)
            if word.endswith(".") and _symbol_units(locale).get(word[:-1], {unit}) != {unit}:
                continue  # another unit's symbol and a stop: Czech 2250 m. ends a sentence in metres, no month
            # CLDR writes micro with the Greek mu, and a product of units with the dot operator;
            # keyboards type the micro sign (µg) and the middle dot (кВт·ч), and a power's
            # superscript as a plain digit (m2, km2, m3: their compatibility forms).
            micro = word.replace("\u03bc", "\u00b5")
            plain = micro.translate(_PLAIN_POWERS)
            for form in dict.fromkeys((word, micro, micro.replace("\u22c5", "\u00b7"), plain)):
                forms.append((form, unit, length != "long"))
            if length != "long":
                forms += [(sign, unit, True) for sign in _compatibility_signs().get(word.casefold(), ())]
    return tuple(forms)


@lru_cache(maxsize=None)
def dual_units(language: str) -> frozenset[str]:
    """The units of MEASURES that the language writes two of as one word, with no number: CLDR's
    long pattern for the plural category two has no {0} (Arabic أسبوعان, two weeks; Hebrew
    שבועיים). Where the language lacks CLDR data, none."""
    locale = known_locale(language)
    if locale is None:
        return frozenset()
    patterns = unit_patterns(locale)
    twos = {unit: ((patterns.get(unit) or {}).get("long") or {}).get("two", "") for unit in MEASURES}
    return frozenset(unit for unit, pattern in twos.items() if pattern and "{0}" not in pattern)


def _degree_patterns(patterns: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """CLDR's patterns for degrees of no scale (``DEGREES``): of its generic temperature (27
    Grad, 27°), of its angle (English writes "80 degrees" only there: its generic temperature is
    "degrees temperature"), and the words its Celsius and Fahrenheit patterns share (Dutch "{0}
    graden" of "{0} graden Celsius" and "{0} graden Fahrenheit"; Turkish "{0} derece" of
    "{0} santigrat derece")."""
    found: dict[str, dict[str, str]] = {}
    for unit in (DEGREES, "angle-degree"):
        for length, forms in (patterns.get(unit) or {}).items():
            found.setdefault(length, {}).update((f"{unit} {plural}", pattern) for plural, pattern in forms.items())
    celsius, fahrenheit = ((patterns.get(unit) or {}).get("long") or {} for unit in ("temperature-celsius", "temperature-fahrenheit"))
    for plural in celsius.keys() & fahrenheit.keys() - {"per"}:
        shared = _shared_words(celsius[plural], fahrenheit[plural])
        if shared:
            found.setdefault("long", {})[f"shared {plural}"] = "{0} " + shared
    return found


def _shared_words(a: str, b: str) -> str:
    """The words two unit patterns share at their start or, failing that, at their end, the
    number left out: "degrees" of "{0} degrees Celsius" and "{0} degrees Fahrenheit"."""
    words_a, words_b = (pattern.replace("{0}", " ").split() for pattern in (a, b))
    start = 0
    while start < min(len(words_a), len(words_b)) and words_a[start] == words_b[start]:
        start += 1
    if start:
        return " ".join(words_a[:start])
    end = 0
    while end < min(len(words_a), len(words_b)) and words_a[-1 - end] == words_b[-1 - end]:
        end += 1
    return " ".join(words_a[len(words_a) - end :]) if end else ""


#: Superscript two and three, as typed without them.
_PLAIN_POWERS = str.maketrans("²³", "23")


@lru_cache(maxsize=None)
def _compatibility_signs() -> dict[str, tuple[str, ...]]:
    """Unicode's signs for units in one character (℃, ㎏, ㎞, ㎖), by the symbol their NFKC form
    writes, case-folded (°c, kg, km, ml): Japanese and Chinese text writes 180℃ and 5㎏ for the
    180 °C and 5 kg of CLDR's patterns. From the Letterlike Symbols and CJK Compatibility blocks."""
    found: dict[str, list[str]] = {}
    for code in (*range(0x2100, 0x2150), *range(0x3371, 0x33E0)):
        sign = chr(code)
        written = unicodedata.normalize("NFKC", sign)
        if written != sign and len(written) >= 2:
            found.setdefault(written.casefold(), []).append(sign)
    return {symbol: tuple(signs) for symbol, signs in found.items()}


def _month_name_heads(locale: Locale) -> set[str]:
    """The first words of the locale's month names of two words or more (Vietnamese tháng of
    tháng 5, May; Chinese has none, writing 5月)."""
    heads = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in locale.months.get(context, {}).get(width, {}).values():
                if " " in name.strip():
                    heads.add(name.split()[0])
    return heads


#: How common a letter may be as a word of its own and still be read as a unit's symbol: wordfreq's
#: Zipf scale, where every letter written alone in text reads about 5 (abbreviations, list
#: items) and a preposition or elided article 6.3 to 7.6 (Czech s, with; Russian с; Polish w;
#: French and Italian l'; Lithuanian m., the year).
_LETTER_AS_WORD = 6.0


def _single_letter_symbols(locale: Locale) -> frozenset[str]:
    """The letters that are the symbol of one unit in the locale's CLDR short and narrow unit
    patterns (s, m, g, W, V), for a number followed by one to be that measure (2,4 s). A letter
    is left out where it is the symbol of two units (English and Dutch m, metre and minute;
    Italian g, gram and day; Danish t, tonne and hour), or in its other case of another unit of
    the same kind (b and B, bits and bytes: a slip of the shift key); where it is a common word
    of the language (``_LETTER_AS_WORD``) or a word of its date patterns (Russian 2020 г., the
    year); and all are left out in a language whose words cannot be measured. Only letters with
    case are taken (a Han character may begin a word: 5米饭). Where wordfreq needs a tokeniser
    of the language to look a letter up (Chinese, Japanese), the letter is taken for no word:
    there it is a Latin letter among Han characters and kana."""
    if not measured(locale.language):
        return frozenset()
    units_by_letter: dict[str, set[str]] = {}
    for unit, lengths in unit_patterns(locale).items():
        for _, word in _pattern_words(lengths, ("short", "narrow")):
            if len(word) == 1 and word.isalpha() and word.lower() != word.upper():
                units_by_letter.setdefault(word, set()).add(unit.removesuffix("-person"))

    def kinds(letter: str) -> set[str]:
        return {MEASURES[unit][0] for unit in units_by_letter.get(letter, ()) if unit in MEASURES}

    dated = date_words(locale)[0]
    return frozenset(
        letter
        for letter, units in units_by_letter.items()
        if len(units) == 1
        and not kinds(letter) & kinds(letter.swapcase())
        and letter not in dated
        and (wordlists.plain_zipf(letter.lower(), locale.language) or 0.0) < _LETTER_AS_WORD
    )


def glued_symbols(locale: Locale) -> frozenset[str]:
    """The symbols of one letter (``_single_letter_symbols``) that the locale's CLDR short
    pattern writes glued to the number (Korean {0}g), or its narrow pattern in a language written
    in syllables (Japanese and Chinese {0}g, 1本（35g）): in Han, kana and Hangul a Latin letter
    stands apart from the words around it, as it does not in English (the 1990s, 5G, £5m)."""
    single = _single_letter_symbols(locale)
    if not single:
        return frozenset()
    lengths = ("short", "narrow") if syllabic(_weekday_name(locale)) else ("short",)
    glued = set()
    for unit in MEASURES:
        for length in lengths:
            for count, pattern in (unit_patterns(locale).get(unit, {}).get(length) or {}).items():
                letter = pattern.replace("{0}", "", 1) if count != "per" and pattern.startswith("{0}") else ""
                if letter in single:
                    glued.add(letter)
    return frozenset(glued)


def _weekday_name(locale: Locale) -> str:
    """The locale's name for Monday, which shows the script its words are written in."""
    return locale.days.get("format", {}).get("wide", {}).get(0, "")


def time_separators(language: str) -> tuple[str, ...]:
    """What stands between hours and minutes in the short time formats of the language's locales,
    and in the language's own full format.

    ":" everywhere; French adds " h " (fr-CA "HH 'h' mm"), Korean "시 " (a h시 m분), Japanese 時
    (H時mm分), Thai " นาฬิกา ". A dot (en-DK, fi: "7.55") is left out: it would read prices as
    times. Figures carry a time alias for h.mm instead. So does the word CLDR writes after an
    hour alone (its "H" format): Vietnamese 19 giờ 30, Chinese 19时30分, German 19 Uhr 30.
    """
    from babel import localedata
    from babel.dates import get_time_format

    found = {":"}
    for identifier in localedata.locale_identifiers():
        if identifier != language and not identifier.startswith(language + "_"):
            continue
        widths = ("short", "full") if identifier == language else ("short",)
        for width in widths:
            try:
                pattern = get_time_format(width, locale=identifier).pattern
            except (ValueError, KeyError, UnknownLocaleError):
                continue
            match = re.search(r"[Hh]+(.*?)m+", pattern)
            if match:
                literal = match.group(1).replace("'", "")
                if literal and literal.strip() not in (".", ""):
                    found.add(literal)
    found.update(_hour_symbols(language))
    found.update(_hour_word(language))
    return tuple(sorted(found, key=len, reverse=True))


def _hour_word(language: str) -> set[str]:
    """The word the language's CLDR format for an hour alone writes after it (its "H"
    skeleton: Vietnamese HH 'giờ', Chinese H时, German HH 'Uhr'), as a separator of hours and
    minutes; none where that format is the number alone (Turkish HH)."""
    try:
        skeleton = str(babel_locale(language).datetime_skeletons.get("H") or "")
    except (KeyError, TypeError, ValueError):
        return set()
    # a quoted literal ('giờ', 'Uhr') or letters no pattern uses (时, 時, 시), never the pattern's own H
    match = re.fullmatch(r"H{1,2}(\s*)(?:'([^\W\d_]+)'|([^\W\d_A-Za-z]+))", skeleton)
    return {f"{match.group(1)}{match.group(2) or match.group(3)} "} if match else set()


def twelve_hour_clock(locale: Locale, padded: bool = False) -> bool:
    """Whether the locale's short time format counts hours 1-12 (CLDR's h or K: English, Hindi,
    Odia "h:mm a") rather than 0-23 (H or k: German, Turkish "HH:mm"); with ``padded``, in two
    digits (hh or KK: Gujarati, Kannada "hh:mm a")."""
    try:
        pattern = get_time_format("short", locale=locale).pattern
    except (ValueError, KeyError, UnknownLocaleError):
        return False
    return bool(re.search("hh|KK" if padded else "[hK]", re.sub(r"'[^']*'", "", pattern)))


def _hour_symbols(language: str) -> set[str]:
    """The language's narrow symbol for an hour, where it is a letter or two of a script with
    capitals (h in English, French, Portuguese, German; u in Dutch): running text writes the
    time with it (18h, 18h00, 9h30) where the locale's own time format has a colon. Where that
    symbol is a word in a language written in Latin letters, SI's h, which its texts write
    so (Vietnamese lúc 9h30, where CLDR's symbol is tiếng)."""
    try:
        patterns = unit_patterns(babel_locale(language)).get("duration-hour") or {}
    except (KeyError, TypeError):
        return set()
    found = set()
    for plural, pattern in (patterns.get("narrow") or {}).items():
        symbol = pattern.replace("{0}", "").strip() if plural != "per" else ""
        if 1 <= len(symbol) <= 2 and symbol.isalpha() and symbol.lower() != symbol.upper():
            found.add(symbol)  # not Korean 시간 (hours), which no clock time writes
    if not found and written_script(language) == "Latn":
        found.add("h")  # SI's symbol, where CLDR's narrow one is a word: Vietnamese 9h30 (tiếng)
    return found


def day_periods(locale: Locale) -> dict[str, str]:
    """The locale's AM/PM words, as written (case matters: German "am" is "at the"): those CLDR
    formats a time with, then those it gives standing alone, which texts write after a time
    too (Arabic 3:30 مساءً, where CLDR formats 3:30 م; Cantonese 下午 beside 下晝)."""
    periods: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for width in ("abbreviated", "wide", "narrow"):
            try:
                forms = locale.day_periods[context][width]
            except (KeyError, TypeError):
                continue
            for period in ("am", "pm"):
                if period in forms and forms[period].strip():
                    periods.setdefault(forms[period], period)
    return periods


def flexible_day_periods(locale: Locale) -> dict[str, tuple[int, int]]:
    """The locale's words for parts of the day besides AM and PM (Telugu సాయంత్రం, in the
    evening; Nepali बेलुकी), each with the hours CLDR's day period rules give it, from and before
    (18 and 21): a 12-hour clock after one of them is read on the 24-hour clock."""
    try:
        rules = locale._data["day_period_rules"].get(None) or {}
        names = locale.day_periods
    except (KeyError, TypeError, AttributeError):
        return {}
    hours = {
        period: (found[0]["from"] // 3600, found[0]["before"] // 3600)
        for period, found in rules.items()
        if len(found) == 1 and "from" in found[0] and "before" in found[0]
    }
    periods: dict[str, tuple[int, int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("abbreviated", "wide"):
            try:
                forms = names[context][width]
            except (KeyError, TypeError):
                continue
            for period, span in hours.items():
                form = forms.get(period, "").strip()
                if len(form) >= 2:
                    periods[form] = _joined_spans(periods[form], span) if form in periods else span
    return periods


def _joined_spans(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """Two periods one word names, as one where they meet (Filipino ng gabi is CLDR's evening,
    16 to 18, and its night, 18 to 24: 16 to 24); the first alone where they do not."""
    if a[1] % 24 == b[0] % 24:
        return a[0], b[1]
    if b[1] % 24 == a[0] % 24:
        return b[0], a[1]
    return a


def relative_day_words(locale: Locale) -> frozenset[str]:
    """The locale's words for yesterday, today and tomorrow and the days beside them, as CLDR's
    relative date fields write them, case-folded: Spanish mañana is tomorrow as well as the
    morning, German morgen tomorrow as well as Morgen; Malay petang is no such word."""
    try:
        fields = locale._data["date_fields"]
    except (KeyError, TypeError, AttributeError):
        return frozenset()
    found = set()
    for width in ("day", "day-short", "day-narrow"):
        try:
            found.update(word.casefold() for word in fields[width]["relative"].values())
        except (KeyError, TypeError, AttributeError):
            continue
    return frozenset(found)


def day_period_after_hour(locale: Locale) -> bool:
    """Whether the locale's CLDR pattern for an hour and minutes with a day period (skeleton
    Bhm) writes the period after them: h:mm B (es, it, en), not B h:mm (ko, zh, hi)."""
    try:
        pattern = re.sub(r"'[^']*'", "", str(locale.datetime_skeletons.get("Bhm") or ""))
    except (KeyError, AttributeError):
        return False
    return "B" in pattern and pattern.index("B") > max(pattern.find("h"), pattern.find("K"))


def date_order(locale: Locale) -> str:
    """Order of day, month and year in the locale's short date (DMY, MDY or YMD)."""
    pattern = get_date_format("short", locale=locale).pattern
    order = []
    for char in re.sub(r"'[^']*'", "", pattern):
        letter = {"d": "D", "M": "M", "L": "M", "y": "Y"}.get(char)
        if letter and letter not in order:
            order.append(letter)
    return "".join(order) if len(order) == 3 else "DMY"


def numeric_day_month(locale: Locale) -> DayMonth | None:
    """How the locale writes a day and month with numbers and no year: its CLDR pattern for
    the skeleton Md (Vietnamese d/M, German d.M., Czech d. M., English M/d), or None where that
    is no two numbers with one mark between (Chinese M/d is, Japanese M月d日 is not)."""
    written = re.sub(r"'[^']*'", "", str(locale.datetime_skeletons.get("Md", "")))
    pattern = "".join(ch for ch in written if unicodedata.category(ch) != "Cf")  # Arabic d‏/M: a mark of direction
    match = _DAY_MONTH_PATTERN.fullmatch(pattern.strip())
    if match is None:
        return None
    first, between, _, closing = match.groups()
    separator, closing = between.strip(), closing.strip()
    if len(separator) != 1 or closing not in ("", separator):
        return None
    return DayMonth(month_first=first.startswith(("M", "L")), separator=separator, closing=closing)


_DAY_MONTH_PATTERN = re.compile(r"(d{1,2}|[ML]{1,2})([^dML\w]+)(d{1,2}|[ML]{1,2})([^dML\w]*)")


_NAME_PARTS = re.compile(r"[\s\-\u200c]+")


def numbered_weekdays(locale: Locale, number_words, han_numerals=()) -> tuple[str, ...]:
    """CLDR's full names of the days of the week that one of the ``number_words`` (spelled
    cardinals and ordinals, compacted) is part of, longest first: Portuguese quarta-feira (the
    fourth), Greek Τρίτη (the third), Hebrew יום שלישי, Vietnamese Thứ Ba, Persian سه‌شنبه (three);
    or that holds one of the ``han_numerals`` (Chinese 星期五, day five of the week). A weekday
    so named is no number. Abbreviations are left out: Vietnamese Thứ 3 is written so for the
    third too."""
    names = {
        clean_symbol(name)
        for context in ("format", "stand-alone")
        for name in dict(locale.days.get(context, {}).get("wide", {})).values()
    }
    numbered = {
        name
        for name in names
        if any(compact_words(part) in number_words for part in _NAME_PARTS.split(name)) or any(n in name for n in han_numerals)
    }
    return tuple(sorted(numbered, key=lambda n: (-len(n), n)))


def month_names(locale: Locale, lower_case: bool = False) -> dict[str, int]:
    """The month names of the locale as text writes them → month number: wide and abbreviated,
    in both of CLDR's contexts (Russian марта in a date, март alone), less a final period; as
    CLDR writes them, in capitals, and capitalised where CLDR writes them in lower case (marzo
    opening a sentence), but a capitalised name never in lower case (English "may" is a verb,
    May a month). Abbreviations of three letters or more, or a number with its month word (3월);
    a full name of any length but in Han, kana or Hangul (一月 is inside 十一月): May is two
    letters in Hindi (मई), Bengali (মে), Tamil (மே), Persian (مه) and a dozen more languages, and
    a month name counts only in a date.

    With ``lower_case``, for a language whose common words cannot be told (no wordfreq list:
    ``inflection.measured``), its capitalised names in lower case too, since CLDR capitalises
    some that running text does not (Esperanto Oktobro, oktobro; Frisian Maaie, maaie); a name
    is read only in a date."""
    names: dict[str, int] = {}
    if locale.language == "root":
        return names  # CLDR's root writes months M01 to M12: placeholders, no language's names
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in dict(locale.months.get(context, {}).get(width, {})).items():
                name = clean_symbol(name).rstrip(".")
                if len(name) < 3 and (name.isdigit() or not any(c.isdigit() for c in name)):
                    if width != "wide" or not lettered(name) or syllabic(name):
                        continue
                forms = [name, name.upper(), name[:1].upper() + name[1:]]
                if lower_case:
                    forms.append(name.lower())
                for form in forms:
                    names.setdefault(form, int(number))
    return names


#: The CLDR date patterns read for the words between day, month and year: the medium, long and
#: full formats and these skeletons (day and month, month and year).
_DATE_SKELETONS = ("MMMd", "MMMMd", "yMMMd", "yMMMMd", "yMMMM", "MMMEd", "yMMMEd")
_DATE_FIELD = re.compile(r"'(?:[^']|'')*'|([yMLdEcG])\1*|.", re.S)


@lru_cache(maxsize=None)
def date_words(locale: Locale) -> tuple[frozenset[str], frozenset[str]]:
    """What the locale's CLDR date patterns write between the day, the month and the year: its
    words (Spanish and Portuguese de, Russian г., Japanese 年 and 日), and the word after a month
    written as a number (月 of y年M月d日). Kept per locale: the lexicon, its unit forms and its
    one-letter symbols all read it."""
    words, after_month = set(), set()
    for pattern in _date_patterns(locale):
        previous = ""
        for match in _DATE_FIELD.finditer(pattern):
            token, letter = match.group(), match.group(1)
            if letter:
                previous = "number-month" if letter in "ML" and len(token) <= 2 else letter
                continue
            text = token[1:-1].replace("''", "'") if token.startswith("'") else token
            for word in (w.strip(".,/-()") for w in text.split()):
                if not word or word.isdigit():
                    continue
                if previous == "number-month":
                    after_month.add(word)
                else:
                    words.add(word)
            if text.strip():
                previous = ""
    return frozenset(words), frozenset(after_month)


def _date_patterns(locale: Locale) -> list[str]:
    """The locale's CLDR date patterns that write a month's name: its medium, long and full
    formats, and those of the skeletons in ``_DATE_SKELETONS``."""
    patterns = [locale.date_formats[width].pattern for width in ("medium", "long", "full")]
    return patterns + [str(locale.datetime_skeletons[k]) for k in _DATE_SKELETONS if k in locale.datetime_skeletons]


@lru_cache(maxsize=None)
def month_prefixes(locale: Locale) -> frozenset[str]:
    """The letters CLDR's date patterns glue onto a month's name, with no space between: Hebrew
    ב (in) of d בMMMM y, so a text writes 5 במרץ 2024 for 5 March 2024."""
    found = set()
    for pattern in _date_patterns(locale):
        literal = ""
        for match in _DATE_FIELD.finditer(pattern):
            token, letter = match.group(), match.group(1)
            if not letter:
                literal += token[1:-1].replace("''", "'") if token.startswith("'") else token
                continue
            glued = re.search(r"[^\W\d_]+$", literal)
            if letter in "ML" and len(token) >= 3 and glued:
                found.add(glued.group())
            literal = ""
    return frozenset(found)


def num2words_language(language: str) -> str | None:
    """The num2words converter for a tag: full tag, then bare language, then macrolanguage alias."""
    codes = spellout.num2words_codes()
    tag = language.replace("-", "_")
    base = tag.split("_")[0].lower()
    for candidate in (tag, base, _NUM2WORDS_ALIASES.get(base, "")):
        if candidate in codes:
            return candidate
    return None


@lru_cache(maxsize=None)
def spelled_numbers(language: str) -> dict[str, int]:
    """Compact form (case-folded, no spaces or hyphens) of each spelled cardinal → its value:
    num2words' cardinals, and every cardinal CLDR's rule-based number formats spell (through
    unicode-rbnf): the feminine and the cases (Portuguese duas, Russian две and двух), Korean
    native numerals (다섯), and languages num2words lacks (Hindi पैंतालीस, Greek, Swahili); a
    hundred written without its one (``_bare_hundreds``); the multiples of a hundred and of a
    thousand (``_spelled_multiples``); and the cardinals a feminine noun takes where CLDR's
    rules write only one form (``_unmarked_cardinals``). The cases come from num2words too
    where CLDR's rules have none (Ukrainian чотирьох, of four: ``spellout.num2words_inflections``)."""
    forms = _num2words_forms(language, SPELLED_RANGE, "cardinal")
    for key, value in _rbnf_forms(language, SPELLED_RANGE, ordinal=False).items():
        forms.setdefault(key, value)
    for key, value in _num2words_inflected_forms(language, SPELLED_RANGE).items():
        forms.setdefault(key, value)
    for key in _bare_hundreds(language, forms):
        forms.setdefault(key, 100)
    for key, value in _spelled_multiples(language).items():
        forms.setdefault(key, value)
    for key, value in _unmarked_cardinals(language).items():
        forms.setdefault(key, value)
    return forms


_APOSTROPHE_INSIDE = re.compile(r"[^\W\d_]['’ʼ][^\W\d_]")


def inner_apostrophe(language: str) -> bool:
    """Whether the libraries spell a number of the language with an apostrophe inside a word
    (Ukrainian п'ять and пʼять, five), which a text may write with either apostrophe: there, and
    only there, letters on both sides of one are read as one number word (not French d'eux)."""
    return any(_APOSTROPHE_INSIDE.search(words) for spellings in _cardinal_spellings(language, tuple(SPELLED_RANGE)).values() for words in spellings)


#: The numbers whose ordinals show how a language marks the feminine, and whose cardinals may
#: be written without that mark (``_unmarked_cardinals``).
_GENDERED = range(3, 11)


def _unmarked_cardinals(language: str) -> dict[str, int]:
    """Compact form → value of the cardinals three to ten without the ending that CLDR's
    feminine ordinals add to the masculine ones, where every such ordinal adds the same ending
    and every such cardinal ends in it: Arabic الثالث, الثالثة (third) add ة, and ثلاثة (three)
    without it, ثلاث, is the form a feminine noun takes (ثلاث سنوات, three years), which
    CLDR's Arabic rules write in neither of their genders. Hebrew adds ת to its ordinals and
    ends no cardinal with it; Spanish swaps tercero for tercera."""
    ordinals, cardinals = (_rbnf_spellings(language, _GENDERED, ordinal) for ordinal in (True, False))
    if len(ordinals) < len(_GENDERED) or len(cardinals) < len(_GENDERED):
        return {}  # no rules, or rules that cannot spell them all
    endings = set()
    for _, (_, rulesets) in ordinals:
        masculine, feminine = rulesets.get("spellout-ordinal-masculine"), rulesets.get("spellout-ordinal-feminine")
        if not masculine or not feminine or feminine == masculine or not feminine.startswith(masculine):
            return {}
        endings.add(feminine[len(masculine) :])
    ending = endings.pop() if len(endings) == 1 else ""
    if not ending or any(not default.endswith(ending) for _, (default, _) in cardinals):
        return {}
    return {compact_words(default[: -len(ending)]): value for value, (default, _) in cardinals}


#: Multiples of a hundred and of a thousand, read whole (vierhundert, quattrocento, four
#: hundred; zweitausend, duemila) and at the head of a larger number (``number_heads``).
MULTIPLES = (*range(100, 1000, 100), *range(1000, 10000, 1000))
#: The number spelled after each multiple to learn how the multiple heads a larger number.
_TAIL = 20


def _spelled_multiples(language: str) -> dict[str, int]:
    """Compact form → value of each of MULTIPLES, a thousand's only where it is one word
    (zweitausend, duemila): two thousand is a number and a scale word, read as such."""
    found: dict[str, int] = {}
    for value, spellings in _cardinal_spellings(language, MULTIPLES).items():
        for words in spellings:
            if value < 1000 or not _BETWEEN_WORDS.search(words):
                found.setdefault(compact_words(words), value)
    return {key: value for key, value in found.items() if _readable_key(key)}


@lru_cache(maxsize=None)
def number_heads(language: str) -> dict[str, tuple[int, int]]:
    """Compact form of a multiple of a hundred or a thousand as it opens a larger number → (its
    value, the power of ten the rest stays under): what the language's spellings of the
    multiple plus 20 write before their 20, joining word and all (German vierhundert of
    vierhundertzwanzig, Portuguese cento e of cento e vinte, Spanish ciento of ciento veinte,
    Arabic مائة و). A thousand's head only where it is glued to the rest (zweitausend)."""
    tails = {compact_words(words) for words in _cardinal_spellings(language, (_TAIL,)).get(_TAIL, ())}
    spelled = _cardinal_spellings(language, tuple(value + _TAIL for value in MULTIPLES))
    heads: dict[str, tuple[int, int]] = {}
    for value in MULTIPLES:
        magnitude = 1000 if value >= 1000 else 100
        for words in spelled.get(value + _TAIL, ()):
            key = compact_words(words)
            for tail in tails:
                head = key[: -len(tail)] if key.endswith(tail) else ""
                glued = magnitude == 100 or not _BETWEEN_WORDS.search(words)
                if len(head) >= 2 and glued and _readable_key(head):
                    heads.setdefault(head, (value, magnitude))
    return dict(sorted(heads.items(), key=lambda item: -len(item[0])))


def _cardinal_spellings(language: str, values: tuple[int, ...]) -> dict[int, set[str]]:
    """Each value's spellings as written, by num2words and in every cardinal ruleset of CLDR's
    spell-out rules, without format characters (the soft hyphens of German ein­hundert)."""
    found: dict[int, set[str]] = {}
    converter, code = num2words_language(language), _rbnf_code(language)
    for value in values:
        words = set()
        if converter is not None and (text := spellout.num2words_text(converter, value, "cardinal")) is not None:
            words.add(text)
        if code is not None and (spelled := spellout.rbnf_spelled(code, value, False)) is not None:
            words |= {text for ruleset, text in spelled[1].items() if ruleset.startswith("spellout-cardinal") or ruleset == "spellout-numbering"}
        found[value] = {"".join(ch for ch in text if unicodedata.category(ch) != "Cf") for text in words if text}
    return found


def _readable_key(key: str) -> bool:
    """Whether a compact spelled form can be read alone: two letters or more, and no Han
    numerals (一, 八), which are parts of ordinary words too, not to be spotted alone."""
    return len(key) >= 2 and (key.isascii() or not any(unicodedata.category(ch) == "Lo" and han(ch) for ch in key))


#: The multiples of a hundred whose spellings tell the word for "hundred" in them.
_HUNDREDS = (200, 300)


def _bare_hundreds(language: str, forms: dict[str, int]) -> set[str]:
    """The word for a hundred without the one the spell-out rules put before it: the end that
    the spelled 100 shares with 200 and 300 after the spelled 2 and 3 (German einhundert,
    zwei|hundert, drei|hundert: hundert; English hundred, Swedish hundra, Danish hundrede), as
    texts write it (hundert Goldmünzen, a hundred gold coins). Not where 100 is that word
    already (Dutch honderd, Italian cento) or where the multiples spell it otherwise (French
    deux cents, Spanish doscientos); at least three letters (not Korean 백 nor Hindi सौ, which
    are parts of words too). ``forms`` are the language's spelled cardinals, 2, 3 and 100 among them."""
    spelled: dict[int, set[str]] = {}
    multiples = (_num2words_forms(language, _HUNDREDS, "cardinal"), _rbnf_forms(language, _HUNDREDS, ordinal=False))
    for key, value in [*forms.items(), *(item for source in multiples for item in source.items())]:
        spelled.setdefault(value, set()).add(key)

    def multiplied(count: int, hundreds: int) -> set[str]:
        """The words for a hundred after a spelled ``count`` in the spellings of ``hundreds``."""
        return {key[len(unit) :] for key in spelled.get(hundreds, ()) for unit in spelled.get(count, ()) if key.startswith(unit)}

    shared = multiplied(2, _HUNDREDS[0]) & multiplied(3, _HUNDREDS[1])
    return {word for word in shared if len(word) >= 3 and any(h.endswith(word) and h != word for h in spelled.get(100, ()))}


#: Ordinals read from words: from third on, as "first" and "second" are words of other kinds
#: too (a second; Italian secondo, according to).
ORDINAL_RANGE = range(3, 32)


def ordinal_prefix(language: str) -> str:
    """The word CLDR's spell-out rules write before every ordinal from third on, where there is
    one (Vietnamese thứ: thứ ba, thứ tư), case-folded; "" elsewhere. After it a cardinal is an
    ordinal: Vietnamese thứ hai (second) is no 2, as second is none (``ORDINAL_RANGE``)."""
    spellings = _rbnf_spellings(language, ORDINAL_RANGE, True)
    if len(spellings) < len(ORDINAL_RANGE):
        return ""  # no rules, or rules that cannot spell them all
    firsts = set()
    for _, (text, _) in spellings:
        parts = text.split(" ", 1)
        if len(parts) < 2:
            return ""  # one word (third, dritte), or the prefix written on it (第三)
        firsts.add(parts[0].casefold())
    return firsts.pop() if len(firsts) == 1 else ""


def digit_ordinal_prefix(language: str) -> str:
    """What CLDR's rules write on the digits of an ordinal, before them and joined to them:
    Japanese and Chinese 第 (第2四半期, the second quarter), Indonesian and Malay ke-, Khmer ទី.
    Not a word of its own before them, which may be no ordinal's: Thai ที่ (also at, that),
    Vietnamese thứ (thứ 2 is Monday too)."""
    code = _rbnf_code(language)
    prefix = spellout.digits_ordinal_prefix(code) if code is not None else ""
    return "" if not prefix or prefix[-1].isspace() else prefix


@lru_cache(maxsize=None)
def _digit_ordinal_endings(language: str) -> dict[str, str]:
    """CLDR's endings of ordinals in digits (``spellout.digits_ordinal_endings``) that begin
    with a letter: not the root's stop (5.), which ends sentences as often."""
    code = _rbnf_code(language)
    endings = spellout.digits_ordinal_endings(code) if code is not None else {}
    return {category: ending for category, ending in endings.items() if ending[:1].isalpha()}


def digit_ordinal_ending(language: str, value: int) -> str:
    """The ending CLDR writes after the digits of ``value`` as an ordinal, by the language's
    plural rules for ordinals: English 21st, 22nd, 23rd, 11th; "" where it writes none."""
    endings = _digit_ordinal_endings(language)
    if not endings:
        return ""
    if len(endings) == 1:
        return next(iter(endings.values()))
    return endings.get(babel_locale(language).ordinal_form(value), endings.get("other", ""))


def ordinal_numbers(language: str) -> dict[str, int]:
    """Compact form of each spelled ordinal from third to thirty-first → its value (third,
    dritte, troisième, üçüncü, 세 번째), where it is not also the cardinal (Thai and Vietnamese
    num2words give the cardinal)."""
    cardinals = spelled_numbers(language)
    forms = _num2words_forms(language, ORDINAL_RANGE, "ordinal")
    for key, value in _rbnf_forms(language, ORDINAL_RANGE, ordinal=True).items():
        forms.setdefault(key, value)  # Spanish tercer, Portuguese terceira
    return {key: value for key, value in forms.items() if key not in cardinals}


@lru_cache(maxsize=None)
def _rbnf_code(language: str) -> str | None:
    """The CLDR spell-out rules for the language's region if there are some (pt_PT), else for
    its script (zh_Hant, sr_Latn), else for the language; None without any (or without
    unicode-rbnf)."""
    parts = re.split(r"[-_]", language)
    base = parts[0].lower()  # not babel_locale's: for a language Babel lacks it falls back to CLDR's root
    regions = [p.upper() for p in parts[1:] if (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit())]
    scripts = [p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()]  # zh_Hant 一百萬, sr_Latn
    for code in (*(f"{base}_{region}" for region in regions[:1]), *(f"{base}_{script}" for script in scripts[:1]), base):
        if spellout.rbnf_loads(code):
            return code
    return None


@lru_cache(maxsize=None)
def attributive_numbers(language: str) -> dict[str, int]:
    """The cardinals of one letter, two or more, that CLDR's spell-out rules write for use
    before a noun (a ruleset named attributive: Korean spellout-cardinal-native-attributive, 두,
    세, 네 in 두 번, twice, and 세 명, three people). ``spelled_numbers`` leaves out forms of one
    letter, which stand alone as other words (네, yes); these are read before a word only."""
    found: dict[str, int] = {}
    for value, rulesets in _rbnf_cardinals(language):
        for ruleset, words in rulesets.items():
            if "attributive" in ruleset and len(words) == 1 and words.isalpha():
                found.setdefault(words, value)
    return found


def _rbnf_cardinals(language: str) -> tuple[tuple[int, dict[str, str]], ...]:
    """Each number of SPELLED_RANGE with its spelling in each of CLDR's rulesets for the
    language; none where it has no rules, or rules that cannot spell them all."""
    spellings = _rbnf_spellings(language, SPELLED_RANGE, False)
    if len(spellings) < len(SPELLED_RANGE):
        return ()
    return tuple((value, rulesets) for value, (_, rulesets) in spellings)


@lru_cache(maxsize=None)
def _rbnf_spellings(language: str, values: Iterable[int], ordinal: bool) -> tuple[tuple[int, spellout.Spelled], ...]:
    """CLDR's spelling of each of ``values`` (a range or tuple), cardinal or ordinal, in order
    up to the first one the language's rules cannot spell; none where it has no rules. Kept per
    language: the spelled numbers, the ordinals, their prefix and the numerals read before a
    noun or a counter all ask for the same ones."""
    code = _rbnf_code(language)
    if code is None:
        return ()
    found = []
    for value in values:
        spelled = spellout.rbnf_spelled(code, value, ordinal)
        if spelled is None:
            break
        found.append((value, spelled))
    return tuple(found)


def _rbnf_forms(language: str, values, ordinal: bool) -> dict[str, int]:
    """Every form CLDR's spell-out rules give the values, in every gender and case they have
    (spellout-cardinal-feminine, spellout-ordinal-masculine-adjective...); none for a language
    CLDR has no rules for. Year and day numberings are left out (nineteen eighty-four, 初二)."""
    prefix = "spellout-ordinal" if ordinal else "spellout-cardinal"
    forms: dict[str, int] = {}
    # up to a value the rules cannot spell: none, in a language without rules of this kind
    for value, (_, rulesets) in _rbnf_spellings(language, values, ordinal):
        kept = {words for ruleset, words in rulesets.items() if ruleset.startswith(prefix) or (not ordinal and ruleset == "spellout-numbering")}
        for words in kept:  # most rulesets spell most numbers alike (German zwei in all eight)
            if not words.isprintable():  # Thai ที่​สาม has a zero-width space
                words = "".join(ch for ch in words if unicodedata.category(ch) != "Cf")
            key = compact_words(words)
            if _readable_key(key):
                forms.setdefault(key, value)
    return forms


def unit_words(locale: Locale, unit: str) -> tuple[str, ...]:
    """The words the locale's CLDR patterns write beside a number of ``unit``, in every length
    and plural form (French min, minute, minutes), longest first."""
    lengths = unit_patterns(locale).get(unit) or {}
    words = {word for _, word in _pattern_words(lengths, tuple(lengths)) if word}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


#: The units of time a measure is given per (km/h, m/s).
_PER_TIME = ("duration-hour", "duration-minute", "duration-second")


def per_time(locale: Locale) -> tuple[tuple[str, str], ...]:
    """What CLDR's "per" patterns of the units of time write after a measure's number and word
    (German {0} pro Stunde: " pro Stunde"; Italian {0} all’ora), case-folded with the
    apostrophe as texts type it, each with its unit, longest first: a unit's word declined
    past CLDR's form is still that unit per hour (mit 136 Kilometern pro Stunde), which CLDR's
    pattern for the speed (136 Kilometer pro Stunde) does not cover. Not one written with a
    slash, which the unit after it says already (km/h)."""
    found = set()
    for unit in _PER_TIME:
        for lengths in (unit_patterns(locale).get(unit) or {}).values():
            pattern = lengths.get("per", "")
            if pattern.startswith("{0}") and len(pattern) > 4 and not pattern[3:].lstrip().startswith("/"):
                found.add((clean_symbol(pattern[3:]).casefold().replace("’", "'"), unit))
    return tuple(sorted(found, key=lambda entry: (-len(entry[0]), entry)))


def duration_minutes(locale: Locale) -> tuple[str, ...]:
    """The words for minutes after which an hour and minutes written with a letter are a
    duration (French 2 h 03 min): CLDR's unit words for minutes (``unit_words``), less those
    the locale's own time formats write after the minutes of a clock time (Korean 분 of
    "a h시 m분", Japanese 分 of "H時mm分")."""
    formats = " ".join(get_time_format(width, locale=locale).pattern for width in ("short", "medium", "long", "full"))
    return tuple(word for word in unit_words(locale, "duration-minute") if word not in formats)


def han_counted(language: str, locale: Locale) -> dict:
    """For a language whose CLDR spell-out rules write Han numerals (Chinese, Japanese,
    Cantonese): those numerals (``han_numbers``: the cardinal, 两 for two, the financial 叁)
    and the words its unit patterns write after a number (``counted_after``: 个月 of {0}个月,
    天, 小时, 平方米; か月, 時間). A numeral is read only before such a word (三个月, three
    months), for Han numerals are parts of ordinary words too (统一, 万一, 三明治); empty for
    every other language."""
    numbers: dict[str, int] = {}
    for value, rulesets in _rbnf_cardinals(language):
        for ruleset, words in rulesets.items():
            if ruleset.startswith("spellout-cardinal") and words and all(han(ch) for ch in words):
                numbers.setdefault(words, value)
        if not numbers:
            return {}  # two is spelled in another script: so is every number
    if not numbers:
        return {}  # no rules that spell them all
    after = set()
    for forms in unit_patterns(locale).values():
        for plural, pattern in ((forms or {}).get("long") or {}).items():
            if plural != "per" and isinstance(pattern, str) and pattern.startswith("{0}"):
                word = pattern[3:].strip()
                if word and syllabic(word):
                    after.add(word)
    return {"han_numbers": numbers, "counted_after": tuple(sorted(after, key=lambda w: (-len(w), w)))}


def _num2words_forms(language: str, values: Iterable[int], kind: str) -> dict[str, int]:
    code = num2words_language(language)
    if code is None:
        return {}
    return _keyed((value, words) for value in values if (words := spellout.num2words_text(code, value, kind)) is not None)


def _num2words_inflected_forms(language: str, values: Iterable[int]) -> dict[str, int]:
    """Compact form → value of num2words' case and gender forms of the values."""
    code = num2words_language(language)
    if code is None:
        return {}
    return _keyed((value, words) for value in values for words in spellout.num2words_inflections(code, value))


def _keyed(spellings: Iterable[tuple[int, str]]) -> dict[str, int]:
    """Compact form → value of each (value, spelling) that can be read alone, the first value
    spelt so kept."""
    forms: dict[str, int] = {}
    for value, words in spellings:
        key = compact_words(words)
        if _readable_key(key):
            forms.setdefault(key, value)
    return forms


def write_spellout_table() -> None:
    """Rebuild the shipped table of spelled numbers (``spellout.write_table``) for the numbers
    the lexicon asks: cardinals, ordinals, and the powers of ten scale words are read from."""
    powers = [n for power in _SPELLED_POWERS for n in (power, 10 * power)]
    multiples = [n for multiple in MULTIPLES for n in (multiple, multiple + _TAIL)]
    cardinals = sorted({1, 10, *SPELLED_RANGE, *_HUNDREDS, *powers, *multiples})
    spellout.write_table(cardinals, list(ORDINAL_RANGE), inflected=list(SPELLED_RANGE))


_BETWEEN_WORDS = re.compile(r"[\s\-‐‑'’]")


#: Russian print mostly writes ё as е, as CLDR's spell-out rules do (трех), where a text may
#: write трёх: both read alike.
_YO = str.maketrans("ё", "е")


def compact_words(text: str) -> str:
    """Spelled numbers compare without case, spaces or hyphens: "yirmi bir" = "yirmibir"."""
    # one word, as most are: nothing to take out
    key = text.casefold() if text.isalpha() else _BETWEEN_WORDS.sub("", text).casefold()
    return key.translate(_YO) if "ё" in key else key


