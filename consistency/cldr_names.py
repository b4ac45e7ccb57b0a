"""Names that translations rightly localise, from CLDR via Babel: countries and regions,
languages, and currencies (Bangladesh → Bangladesch, Polish → polski, PLN → zł).

A name another version writes is looked up among the CLDR display names (and codes) of the
languages that write it. If it is one, the version being checked carries it when it writes that
entity's CLDR name in its own language, in any inflected form (Polska, w Polsce; Česko, České
republiky). A language name stands for its main territory too, through CLDR's likely subtags,
since English "Polish" or "Czech" becomes an adjective of the country elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.inflection import endings
from consistency.lexicon import babel_locale, currency_symbols
from consistency.names import without_suffix

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _display_names(language: str) -> tuple[tuple[str, str], ...]:
    """(CLDR id, case-folded display name) pairs: "territory:PL", "language:pl", "currency:PLN"."""
    locale = babel_locale(language)
    pairs = [(f"territory:{code}", name) for code, name in locale.territories.items() if code.isalpha()]
    pairs += [(f"language:{code}", name) for code, name in locale.languages.items()]
    pairs += [(f"currency:{code}", name) for code, name in locale.currencies.items()]
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
    out: written in lower case they are words (ai, us), and written as codes they are carried."""
    names: dict[str, set[str]] = {}
    for ident, name in _display_names(language):
        names.setdefault(ident, set()).add(name)
    for symbol, code in currency_symbols(babel_locale(language)).items():
        names.setdefault(f"currency:{code}", set()).add(symbol.casefold())
    return {ident: tuple(sorted(found)) for ident, found in names.items()}


@lru_cache(maxsize=None)
def _main_territory(language_code: str) -> str | None:
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language_code, "")
    region = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return f"territory:{region}" if region.isalpha() and region.isupper() else None


def entities(name: str, languages: list[str]) -> frozenset[str]:
    """The CLDR entities ``name`` names in any of ``languages`` (empty if it is no CLDR name)."""
    found: set[str] = set()
    for language in languages:
        ids = _ids_by_name(language)
        found |= ids.get(name.casefold(), frozenset())
        if name.isupper():  # a code is written as one: EU, PLN
            found |= {ident for ident in ids.get(name, frozenset()) if ident.endswith(":" + name)}
    for ident in list(found):
        if ident.startswith("language:") and (territory := _main_territory(ident.split(":", 1)[1])):
            found.add(territory)
    return frozenset(found)


def written(entity_ids: frozenset[str], language: str, words: list[str]) -> bool:
    """Whether ``words`` (one passage's tokens) write one of the entities as ``language`` names it."""
    folded = {without_suffix(w).casefold() for w in words}  # Bolivya'nın writes Bolivya
    names = _names_by_id(language)
    return any(_name_written(name, folded) for ident in entity_ids for name in names.get(ident, ()))


def _name_written(name: str, words: set[str]) -> bool:
    """Every word of the name (of three letters or more) is there, maybe with another ending."""
    parts = [p for p in _WORD.findall(name) if len(p) >= 3] or ([name] if name.strip() else [])
    return bool(parts) and all(part in words or any(_inflected(part, w) for w in words) for part in parts)


def _inflected(base: str, word: str) -> bool:
    """Polska / Polsce: the same stem, all but at most the last two letters of the name."""
    found = endings(base, word)
    return found is not None and len(found[0]) <= 2
