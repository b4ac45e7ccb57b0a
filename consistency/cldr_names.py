"""Names that translations rightly localise, from CLDR via Babel: countries and regions (Europe
too), the cities CLDR names time zones by, the time zones (GMT → グリニッジ標準時), languages, and
currencies (Bangladesh → Bangladesch, Rome → Rom, Polish → polski, PLN → zł).

A name another version writes is looked up among the CLDR display names (and codes) of the
languages that write it. If it is one, the version being checked carries it when it writes that
entity's CLDR name in its own language, in any inflected form (Polska, w Polsce; Česko, České
republiky), its code (U.S.), or the name of its main language (Spanish for Spain). A language
name stands for its main territory too, through CLDR's likely subtags, since English "Polish"
or "Czech" becomes an adjective of the country elsewhere. English also has the other region names
of the IANA subtag registry (Czech Republic, Swaziland), since Babel keeps no CLDR alternatives.
A place of several words is named by the one word that tells it apart too (les Malouines, the
Falklands), and any CLDR name by a form with an ending the language adds (Italians).

``places`` finds the countries, regions and cities a text names in its own language (Spanien,
西班牙, नेपाल, 東京): names in any script, even where capitals say nothing. ``country_names`` pairs two
languages' names of the same countries, for telling whether an encoder knows a language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from consistency.inflection import DECLINES, declined_from, declines, ending_share, endings, uncommon, without_suffix
from consistency.langid import han
from consistency.lexicon import babel_locale, currency_symbols, likely_region, unit_symbols, world_variant

_WORD = re.compile(r"[^\W\d_]+")
_HYPHENS = re.compile(r"[-‐‑]")
#: A code written with dots between its capitals: U.S, U.N (the closing dot ends the token).
_DOTTED_CODE = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_ASIDE = re.compile(r"\s*\([^)]*\)")
#: Letters a declined place name may add after its CLDR form or stem (Spaniens, w Polsce).
_ENDING = 4


@lru_cache(maxsize=None)
def _display_names(language: str) -> tuple[tuple[str, str], ...]:
    """(CLDR id, case-folded display name) pairs: "territory:PL", "language:pl", "currency:PLN",
    "unit:digital-megabyte" (MB, Mo, МБ: a unit's symbol is localised like a currency's symbol)."""
    locale = babel_locale(language)
    pairs = list(_territories(language)) + list(_other_names(language)) + list(_cities(language)) + list(_time_zones(language))
    pairs += [(f"language:{code}", name) for code, name in locale.languages.items()]
    pairs += [(f"currency:{code}", name) for code, name in locale.currencies.items()]
    # Unit symbols with a capital only (MB, Mo, GHz, МБ): a name may be a unit's word or
    # lower-case symbol (Pound; St for the stone), never its capitalised symbol. A letter alone
    # (W, V) names no unit here: it is an initial as often.
    pairs += [(f"unit:{unit}", word) for word, unit in unit_symbols(locale) if not word.islower() and len(word) >= 2]
    return tuple((ident, name.casefold()) for ident, name in pairs if name)


@lru_cache(maxsize=None)
def _ids_by_name(language: str) -> dict[str, frozenset[str]]:
    """Case-folded display name, or code as written (EU, PLN), → CLDR ids."""
    found: dict[str, set[str]] = {}
    for ident, name in _display_names(language):
        found.setdefault(name, set()).add(ident)
        kind, code = ident.split(":", 1)
        if kind != "language":  # language codes (de, it) are everyday words
            found.setdefault(code, set()).add(ident)
    return {name: frozenset(ids) for name, ids in found.items()}


@lru_cache(maxsize=None)
def _names_by_id(language: str) -> dict[str, tuple[str, ...]]:
    """CLDR id → how ``language`` writes it: display names and currency symbols. Codes are left
    out: written in lower case they are words (ai, us), and written as codes they are carried.
    An aside in brackets is left out too: running text does not write it (हाँग काँग for
    "हाँग काँग (चीन विशेष प्रशासनिक क्षेत्र)", Hong Kong SAR China)."""
    names: dict[str, set[str]] = {}
    for ident, name in _display_names(language):
        if bare := _ASIDE.sub("", name).strip():
            names.setdefault(ident, set()).add(bare)
    for symbol, code in currency_symbols(babel_locale(language)).items():
        names.setdefault(f"currency:{code}", set()).add(symbol.casefold())
    for code, ids in _zone_codes(language).items():
        for ident in ids:
            names.setdefault(ident, set()).add(code.casefold())
    for word, ids in _short_forms(language).items():
        for ident in ids:
            names.setdefault(ident, set()).add(word)
    return {ident: tuple(sorted(found)) for ident, found in names.items()}


#: A place's short form is no word this common in its language (Zipf scale): see _short_forms.
SHORT_FORM_FREQUENCY = 3.0


@lru_cache(maxsize=None)
def _short_forms(language: str) -> dict[str, frozenset[str]]:
    """The word that tells a place of several words from every other (Falkland of Falkland
    Islands, Malouines of Îles Malouines, Caimán of Islas Caimán), case-folded: running text names
    the place by it alone (the Falklands, les Malouines). It must be capitalised in the name, in
    no other CLDR place name of the language (Islands, Guinea, South are in several), of four
    letters or more, and no common word of the language (wordfreq under Zipf 3; without its
    data, none): Cook of Cook Islands and Vincent of St. Vincent are names of people too."""
    owners: dict[str, set[str]] = {}
    several: dict[str, set[str]] = {}
    for ident, name in _territories(language) + _other_names(language):
        words = _WORD.findall(_ASIDE.sub("", name))
        for word in words:
            owners.setdefault(word.casefold(), set()).add(ident)
        if len(words) >= 2:
            for word in words:
                if word[:1].isupper() and len(word) >= 4:
                    several.setdefault(word.casefold(), set()).add(ident)
    return {
        word: frozenset(ids)
        for word, ids in several.items()
        if len(owners[word]) == 1 and uncommon(word, [language], SHORT_FORM_FREQUENCY)
    }


def _by_short_form(word: str, language: str) -> frozenset[str]:
    """The places whose short form the word is, whole or with an ending (Falklands)."""
    forms = _short_forms(language)
    for cut in range(0, 3):
        base = word[: len(word) - cut]
        if base in forms and (cut == 0 or _inflected(base, word)):
            return forms[base]
    return frozenset()


def _declined_name(word: str, ids: dict[str, frozenset[str]], language: str) -> frozenset[str]:
    """The CLDR entities named by the word less an ending that the language adds to its words
    (Italians, of Italian): a language's name stands for its people too, and so for its country."""
    base = declined_from(language, word, among=ids, longest=2)
    return ids[base] if base else frozenset()


@lru_cache(maxsize=None)
def _main_territory(language_code: str) -> str | None:
    from babel.core import get_global

    return _territory_of(get_global("likely_subtags").get(language_code, ""))


def _territory_of(likely: str) -> str | None:
    """The territory id of a likely-subtags value (de_Latn_DE → territory:DE), if it has one."""
    region = likely_region(likely)
    return f"territory:{region}" if region else None


def entities(name: str, languages: list[str]) -> frozenset[str]:
    """The CLDR entities ``name`` names in any of ``languages`` (empty if it is no CLDR name).
    Asked once per spelling and languages: the names check asks it of every name in a unit where
    some version lacks a place (26,000 questions on a dozen NTREX documents, most of them repeats)."""
    return _entities(name, tuple(languages))


@lru_cache(maxsize=65536)
def _entities(name: str, languages: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for language in languages:
        ids = _ids_by_name(language)
        found |= ids.get(name.casefold(), frozenset())
        if not found:  # a declined place name: Polsce, Spaniens
            found |= {i for s, e, base in _place_matches(name, language) if (s, e) == (0, len(name)) for i in ids.get(base, ())}
        if not found:  # a name already taken for a name, its last letter swapped: Česku for Česko
            found |= {i for base in _last_letter_swapped(name.casefold(), language) for i in ids.get(base, ())}
        if not found:  # the one word that tells a place of several words: Malouines, Falklands
            found |= _by_short_form(name.casefold(), language)
        if not found:  # any other CLDR name with an ending the language adds: Italians
            found |= _declined_name(name.casefold(), ids, language)
        code = name.replace(".", "") if _DOTTED_CODE.fullmatch(name) else name
        if code.isupper():  # a code is written as one: EU, PLN, U.S, and a time zone's: GMT, MEZ
            found |= {ident for ident in ids.get(code, frozenset()) if ident.endswith(":" + code)}
            found |= _zone_codes(language).get(code, frozenset())
    for ident in list(found):
        if ident.startswith("language:") and (territory := _main_territory(ident.split(":", 1)[1])):
            found.add(territory)
    return frozenset(found)


def named(name: str, language: str) -> bool:
    """Whether ``name`` is, as it is written, a CLDR display name or code in ``language``, with
    no ending taken off nor letter swapped (``entities`` reads those too)."""
    return name.casefold() in _ids_by_name(language) or (name.isupper() and name in _ids_by_name(language))


def calendar_word(word: str, languages: list[str]) -> bool:
    """Whether ``word`` is a month or a day of the week as one of ``languages`` writes it in CLDR
    (July, Wednesday's, lipiec, in their wide and abbreviated forms): a capitalised word in
    English, but a calendar word every translation renders in its own language, often as an
    adjective (lipcowym, środowej) that neither letters nor a sentence encoder tie back to it."""
    folded = without_suffix(word).casefold()
    return any(folded in _calendar_words(language) for language in languages)


@lru_cache(maxsize=None)
def _calendar_words(language: str) -> frozenset[str]:
    """The language's month and weekday names, as its locale writes them and as CLDR's world
    variant of the language does (en_001's Sept, which American news writes too: Sept. 27,
    where CLDR's en and en_US have Sep)."""
    from babel.dates import get_day_names, get_month_names

    locale = babel_locale(language)
    locales = [locale] + [world for world in (world_variant(locale),) if world is not None]
    found: set[str] = set()
    for each in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for names in (get_month_names(width, context, each), get_day_names(width, context, each)):
                    found.update(name.casefold().rstrip(".") for name in names.values())
    return frozenset(name for name in found if sum(c.isalpha() for c in name) >= 3)


def written(entity_ids: frozenset[str], language: str, words: list[str]) -> bool:
    """Whether ``words`` (one passage's tokens) write one of the entities as ``language`` names
    it. A country is written by the name of its main language too (Spanish, polski for Poland)."""
    folded = {without_suffix(w).casefold() for w in words}  # Bolivya'nın writes Bolivya
    folded |= {part for word in folded for part in _HYPHENS.split(word) if part}  # États-Unis: états, unis
    codes = {w.replace(".", "") for w in words if w.isupper()}  # US, U.S. for the United States
    if any(ident.split(":", 1)[1] in codes for ident in entity_ids if not ident.startswith("language:")):
        return True
    names = _names_by_id(language)
    ids = set(entity_ids) | {i for e in entity_ids for i in _languages_of(e)}
    # A city is not written less its last letters: Pari for Paris is a truncated name. A country
    # may be, where its name is a plural (Polish Włoch, of Włochy, Italy).
    return any(
        _name_written(name, folded, truncated=not ident.startswith("city:")) for ident in ids for name in names.get(ident, ())
    )


def own_names(entity_ids: frozenset[str], language: str) -> list[str]:
    """How ``language`` names the entities in CLDR."""
    names = _names_by_id(language)
    return sorted({name for ident in entity_ids for name in names.get(ident, ())})


def nameable(entity_ids: frozenset[str], language: str) -> bool:
    """Whether ``language`` has a CLDR name for one of the entities: then its absence from a
    passage can be told, in any script (no 西班牙 where another version writes Spain)."""
    names = _names_by_id(language)
    return any(ident in names for ident in entity_ids)


def _languages_of(entity_id: str) -> frozenset[str]:
    """The languages whose main territory (CLDR likely subtags) this territory is."""
    return _languages_by_territory().get(entity_id, frozenset())


@lru_cache(maxsize=1)
def _languages_by_territory() -> dict[str, frozenset[str]]:
    """Territory id → the ids of the languages whose main territory it is, in one pass over
    CLDR's likely subtags (7,000 codes: asking ``_main_territory`` of each took 0.02 s)."""
    from babel.core import get_global

    found: dict[str, set[str]] = {}
    for code, likely in get_global("likely_subtags").items():
        if code.isalpha() and (territory := _territory_of(likely)):
            found.setdefault(territory, set()).add(f"language:{code}")
    return {territory: frozenset(codes) for territory, codes in found.items()}


def _name_written(name: str, words: set[str], truncated: bool = True) -> bool:
    """Every word of the name (of three letters or more) is there, maybe with another ending.
    A name without capitals (西班牙, स्पेन) may stand inside a longer unspaced word, each of its
    words if it has several (संयुक्त राष्ट्र)."""
    if not any(c.isupper() or c.islower() for c in name):
        return all(any(part in word for word in words) for part in name.split())
    parts = [p for p in _WORD.findall(name) if len(p) >= 3] or ([name] if name.strip() else [])
    return bool(parts) and all(part in words or any(_inflected(part, w, truncated) for w in words) for part in parts)


def _inflected(base: str, word: str, truncated: bool = True) -> bool:
    """Polska / Polsce: the same stem, all but at most the last two letters of the name; the
    name less its last letters only where ``truncated`` allows (Polish Włoch, of Włochy)."""
    found = endings(base, word)
    return found is not None and len(found[0]) <= 2 and (truncated or found[1] != "")


def places(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that name a country or region as ``language`` writes it in CLDR:
    Spanien, Vereinigte Staaten, w Polsce, 西班牙, スペイン, स्पेन.

    Such a span is a name in any script and whatever the language does with capitals, so it is
    held to every other version even where shape alone says nothing (a German noun, a Chinese
    word). Written with capitals, it must start with one (Jersey, not jersey), whole or
    declined by an ending swap the language makes (Spaniens, Polsce for Polska; inflection.py).
    Written without them (Han, Kana, Thai, Devanagari), words are not always spaced, so the name
    is found anywhere, the longest first (印度尼西亚 before 印度).
    """
    return [(start, end) for start, end, _ in _place_matches(text, language)]


def _place_matches(text: str, language: str) -> list[tuple[int, int, str]]:
    """``places``, each with the case-folded CLDR name it writes."""
    places = _place_names(language)
    found = places.uncased.find(text)
    if not places.cased:
        return found
    for word in _CAPITALISED.finditer(text):
        start, folded = word.start(), word.group().casefold()
        longer = [n for n in places.first_words.get(folded, ()) if _written_at(text, start, n)]
        if longer:
            found.append((start, start + len(longer[0]), longer[0]))
        elif folded in places.cased:
            found.append((*word.span(), folded))
        elif (bare := _unmarked(folded)) != folded and bare.isascii() and bare in places.cased:
            found.append((*word.span(), bare))  # IANA's Reykjavik, as English CLDR names the zone, for Reykjavík
        elif base := _declined_place(folded, places, language):
            found.append((*word.span(), base))
    return sorted(found)


def _unmarked(word: str) -> str:
    """The word without its accents: a time zone's city is named by its IANA id where a language
    has no name of its own for it, in ASCII letters (Reykjavik, Bogota, Asuncion)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"))


def _last_letter_swapped(word: str, language: str) -> tuple[str, ...]:
    """The language's one-word place names of four letters or more that ``word`` writes with
    another last letter, by a swap the language makes (Česku, Česko; not English Mall, Mali). Too
    loose to find places in a text (a Polish "Polski" is also an adjective), but enough to tell
    which place a word already held for a name names."""
    if len(word) < 4 or not word[-1].isalpha():
        return ()
    return tuple(n for n in _place_names(language).by_stem.get(word[:-1], ()) if n != word and _swapped(language, n, word))


def _swapped(language: str, name: str, word: str) -> bool:
    """Whether the language swaps the name's last letter for the word's, measured with the letter
    before it where the stem is too short for ``declines`` to (Česko, Česku: Czech -ko → -ku)."""
    ends = name[-2:], word[-2:]
    return declines(language, name, word) or max(ending_share(language, *ends), ending_share(language, *ends[::-1])) >= DECLINES


def _written_at(text: str, start: int, name: str) -> bool:
    end = start + len(name)
    return text[start:end].casefold() == name and not (end < len(text) and text[end].isalnum())


def _declined_place(word: str, places: _PlaceNames, language: str) -> str | None:
    """The name ``word`` declines: with an ending added (Spaniens) or swapped for the name's
    last two letters (Polsce for Polska), by a swap the language makes."""
    for cut in range(1, _ENDING + 1):
        head = word[:-cut]
        for base in (head if head in places.cased else None, places.stems.get(head)):
            if base and " " not in base and declines(language, base, word):
                return base
    return None


#: A capitalised word (with its combining marks): where a place name may start.
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*")


class _Scanner:
    """Finds names in a text, left to right, the first that fits at a position (in the order
    given) taken whole before the search goes on after it: what one pattern of the names as
    alternatives finds, each with a look-behind and a look-ahead for a letter or a mark where it
    must not touch one. Looked up by a name's first two characters, since a pattern of several
    hundred names took 0.07 s to compile per language and 8 ms to search a Thai NTREX document
    (0.5 s for 62 of them, against 0.04 s this way: the same matches)."""

    def __init__(self, names: list[tuple[str, bool, bool]]) -> None:
        #: First two characters → (name, may not follow a letter, may not precede one), in order.
        self._by_start: dict[str, list[tuple[str, bool, bool]]] = {}
        for name, apart_before, apart_after in names:
            self._by_start.setdefault(name[:2], []).append((name, apart_before, apart_after))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        found, at, size = [], 0, len(text)
        while at < size - 1:
            end = self._match(text, at)
            if end:
                found.append((at, end, text[at:end]))
                at = end
            else:
                at += 1
        return found

    def _match(self, text: str, at: int) -> int:
        """Where the first name that fits at ``at`` ends, or 0."""
        for name, apart_before, apart_after in self._by_start.get(text[at : at + 2], ()):
            end = at + len(name)
            if not text.startswith(name, at):
                continue
            if apart_before and at > 0 and _letter_or_mark(text[at - 1]):
                continue
            if apart_after and end < len(text) and _letter_or_mark(text[end]):
                continue
            return end
        return 0


def _letter_or_mark(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


@dataclass(frozen=True)
class _PlaceNames:
    """A language's territory names, ready to be found in a text."""

    #: Names without capitals (Han, Thai, Devanagari).
    uncased: _Scanner
    #: Case-folded names with capitals, and those of several words by their first word, longest first.
    cased: frozenset[str]
    first_words: dict[str, tuple[str, ...]]
    #: A single-word name less its last two letters (for endings that replace them: Polsk-a, Polsc-e) → the name.
    stems: dict[str, str]
    #: A single-word name of four letters or more less its last letter → the names.
    by_stem: dict[str, tuple[str, ...]]


@lru_cache(maxsize=None)
def _place_names(language: str) -> _PlaceNames:
    names = {name for _, name in _territories(language) + _other_names(language) + _cities(language) + _time_zones(language)}
    uncased = sorted((n for n in names if not any(c.isupper() for c in n) and len(n) >= 2), key=lambda n: (-len(n), n))
    # Inside an unspaced run, two letters of a phonetic script are too little to go on (チリ, Chile,
    # in ビーチリゾート, beach resort): such a short name must stand apart. Two Han characters
    # name a country (美国, 日本) wherever they stand. A script that spaces its words (Devanagari)
    # starts a name at a word's start: रोम (Rome) ends गैजप्रोम. A name of four characters or
    # more may take an ending there (भारतीय); a shorter one must stand apart (नुक, Nuuk, starts
    # नुकसान, loss).
    inside = [n for n in uncased if unspaced(n) and (len(n) >= 3 or all(han(c) for c in n))]
    starting = [n for n in uncased if not unspaced(n) and len(n) >= 4]
    placed = set(inside) | set(starting)
    apart = [n for n in uncased if n not in placed]
    scanner = _Scanner(
        [(n, True, True) for n in apart] + [(n, True, False) for n in starting] + [(n, False, False) for n in inside]
    )
    cased = sorted({n.casefold() for n in names if n[:1].isupper()}, key=lambda n: (-len(n), n))
    first_words: dict[str, list[str]] = {}
    for name in cased:
        if " " in name:
            first_words.setdefault(name.split(" ")[0], []).append(name)
    return _PlaceNames(
        scanner,
        frozenset(cased),
        {word: tuple(found) for word, found in first_words.items()},
        {n[:-2]: n for n in cased if " " not in n and len(n) >= 6},
        _by_stem(n for n in cased if " " not in n and len(n) >= 4 and n[-1].isalpha()),
    )


_UNSPACED = regex.compile(r"[\p{Line_Break=Complex_Context}\p{Line_Break=Ideographic}]")


def unspaced(name: str) -> bool:
    """Whether the name is in a script written without spaces between words (Unicode line
    breaking classes SA and ID: Thai, Han, Kana), where a name may stand inside a run of letters."""
    return bool(_UNSPACED.match(name))


def _by_stem(names) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name in names:
        found.setdefault(name[:-1], []).append(name)
    return {stem: tuple(group) for stem, group in found.items()}


@lru_cache(maxsize=None)
def _territories(language: str) -> tuple[tuple[str, str], ...]:
    """(territory id, name as CLDR writes it) for the language's countries and regions: the
    regions of several countries (150 Europe, 002 Africa, 419 Latin America) too, but not 001,
    the world, a common word."""
    locale = babel_locale(language)
    return tuple(
        (f"territory:{code}", name)
        for code, name in locale.territories.items()
        if name and (code.isalpha() or (code.isdigit() and code != "001"))
    )


@lru_cache(maxsize=None)
def _cities(language: str) -> tuple[tuple[str, str], ...]:
    """(city id, name) for the cities CLDR names time zones by (Europe/Rome: Rom, 罗马, रोम):
    the exemplar cities, in the language's own name, or the zone's own where it has none
    (Paris, Tokyo: what English and the root locale write)."""
    own = babel_locale(language).time_zones  # by CLDR's ids, some of them older (Asia/Calcutta)
    found = []
    for zone, older in _zones().items():
        entry = next((own[i] for i in (zone, *older) if i in own), {})
        found.append((f"city:{zone}", entry.get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")))
    return tuple(found)


@lru_cache(maxsize=None)
def _time_zones(language: str, length: str = "long") -> tuple[tuple[str, str], ...]:
    """(zone id, name) for the time zones CLDR names in the language: Greenwich Mean Time,
    グリニッジ標準時, Mittlere Greenwich-Zeit, Central European Time; with ``length`` "short",
    the codes some languages have (GMT, EST; German MEZ), which are words too when not written
    in capitals (AT, Atlantic Time), so they are looked up only as codes."""
    zones = babel_locale(language).meta_zones
    return tuple((f"zone:{zone}", name) for zone, forms in zones.items() for name in (forms.get(length) or {}).values() if name)


@lru_cache(maxsize=None)
def _zone_codes(language: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for ident, code in _time_zones(language, "short"):
        if code.isupper():
            found.setdefault(code, set()).add(ident)
    return {code: frozenset(ids) for code, ids in found.items()}


@lru_cache(maxsize=1)
def _zones() -> dict[str, tuple[str, ...]]:
    """Babel's time zones of a territory (not Etc/GMT+1), each with its older ids (Asia/Kolkata:
    Asia/Calcutta), which the locales may use instead."""
    from babel.core import get_global

    older: dict[str, list[str]] = {}
    for alias, zone in get_global("zone_aliases").items():
        older.setdefault(zone, []).append(alias)
    return {zone: tuple(older.get(zone, ())) for zone in sorted(get_global("zone_territories")) if not zone.startswith("Etc/")}


def _other_names(language: str) -> tuple[tuple[str, str], ...]:
    """English names of regions that the IANA subtag registry records beside CLDR's (Czech
    Republic for Czechia, Cape Verde, Swaziland). CLDR has such alternative names too, but Babel
    keeps none of them; the registry, shipped with langcodes (which wordfreq uses), is English only."""
    if babel_locale(language).language != "en":
        return ()
    return _registered_names()


#: A region's record in the registry (RFC 5646, section 3.1): its subtag, then its descriptions.
_REGION_RECORD = re.compile(r"^Type: region\nSubtag: ([A-Z]{2})\n((?:Description: .*\n)+)", re.MULTILINE)


@lru_cache(maxsize=1)
def _registered_names() -> tuple[tuple[str, str], ...]:
    """The registry's region names that CLDR's English does not give. Read with one pattern over
    the file: langcodes' own parser takes a quarter of a second for the whole registry."""
    try:
        from langcodes.util import data_filename

        with open(data_filename("language-subtag-registry.txt"), encoding="utf-8") as registry:
            text = registry.read()
    except (ImportError, OSError):
        return ()
    known = dict(_territories("en"))
    found = []
    for match in _REGION_RECORD.finditer(text):
        ident = f"territory:{match.group(1)}"
        names = [line.removeprefix("Description: ") for line in match.group(2).splitlines()]
        found.extend((ident, name) for name in names if ident in known and name != known[ident])
    return tuple(found)


#: Countries ``country_names`` gives: enough to tell an encoder that knows a language from one that does not.
_SAMPLE = 80


def country_names(language: str, other: str) -> list[tuple[str, str]]:
    """Up to 80 countries as ``language`` and ``other`` name them, where the two names differ
    (Deutschland/Germany, 德国/Germany): pairs whose match needs the meaning, not the letters."""
    mine, theirs = dict(_territories(language)), dict(_territories(other))
    if same_language(language, other):
        return []
    pairs = [(mine[i], theirs[i]) for i in sorted(mine) if len(i) == len("territory:XX") and i in theirs and mine[i] != theirs[i]]
    return pairs[:_SAMPLE]


#: The fields whose relative phrases ``date_phrases`` pairs: yesterday, next week, in 3 hours, last Monday.
_DATE_FIELDS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second", "sun", "mon", "tue", "wed", "thu", "fri", "sat")


def date_phrases(language: str, other: str) -> list[tuple[str, str]]:
    """CLDR's relative date phrases as ``language`` and ``other`` write them, where they differ
    (i morgon/tomorrow, in 3 Tagen/in 3 days, 上周一/last Monday): words a language seldom
    shares with another, unlike country names, which are cognates across many (Schweiz)."""
    if same_language(language, other):
        return []
    mine, theirs = _date_phrases(language), _date_phrases(other)
    return [(mine[key], theirs[key]) for key in sorted(mine) if key in theirs and mine[key].casefold() != theirs[key].casefold()]


@lru_cache(maxsize=None)
def _date_phrases(language: str) -> dict[str, str]:
    fields = babel_locale(language)._data.get("date_fields", {})
    found: dict[str, str] = {}
    for field in _DATE_FIELDS:
        entry = fields.get(field) or {}
        for offset, text in dict(entry.get("relative") or {}).items():
            if text:
                found[f"{field}:{offset}"] = text
        for tense in ("future", "past"):
            forms = dict(entry.get(tense) or {})
            if text := forms.get("other") or next(iter(forms.values()), ""):
                found[f"{field}:{tense}"] = text.replace("{0}", "3")
    return found


def same_language(language: str, other: str) -> bool:
    """Whether CLDR takes both tags for one language (en-GB and en; sm and sm-WS, which it has
    no data for)."""
    return _language_of(language) == _language_of(other)


def _language_of(tag: str) -> str:
    own = babel_locale(tag).language
    return own if own != "root" else re.split(r"[-_]", tag)[0].lower()
