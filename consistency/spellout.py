"""Numbers spelled out by num2words and by CLDR's rule-based number formats (unicode-rbnf), for
the lexicon; read from a table shipped with the package wherever the installed library is byte
for byte the one the table was made from.

Importing both libraries, parsing a language's CLDR rules and spelling the 130 numbers the
lexicon asks of each took 0.12 s at start-up for the five sample languages: an eighth of what a
check of them spends outside the encoder. The table (``data/spellout.zip``, 0.3 MB) holds those
answers for every language either library has. Each library's files are fingerprinted (their
names and bytes; the one rules file of each CLDR language), so an upgraded or edited library is
asked itself, and a number the table lacks is too. ``write_table`` rebuilds it, and
tests/test_spellout.py says when the shipped copy no longer matches.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
import zipfile
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "spellout.zip"

#: What a spelled number is in CLDR's rules: the default ruleset's text and every ruleset's text.
Spelled = tuple[str, dict[str, str]]


def num2words_codes() -> frozenset[str]:
    """The language codes num2words has converters for."""
    table = _num2words_table()
    if table is not None:
        return frozenset(table["codes"])
    return _live_num2words_codes()


def num2words_text(code: str, value: int, kind: str) -> str | None:
    """num2words' spelling of ``value`` (``kind`` "cardinal" or "ordinal"), None where it fails;
    in NFC, as texts are read (num2words writes Kannada ೋ as two code points)."""
    table = _num2words_table()
    if table is not None:
        known = table[kind].get(code)
        if known is not None and str(value) in known:
            return _nfc(known[str(value)])
    return _nfc(_live_num2words(code, value, kind))


#: The grammatical cases and genders a num2words converter may take, in num2words' English
#: names: its Ukrainian, Russian and Finnish ones do (num2words(4, lang="uk", case="genitive") is
#: чотирьох, of four), and the others refuse the keywords or ignore them.
CASES = (
    "nominative", "genitive", "dative", "accusative", "instrumental", "locative", "prepositional",
    "partitive", "inessive", "elative", "illative", "adessive", "ablative", "allative", "essive",
    "translative", "abessive", "comitative", "instructive", "vocative",
)  # fmt: skip
GENDERS = ("masculine", "feminine", "neuter")
#: The numbers a converter's keywords are tried on: one with a plural noun (3), one of the few
#: whose case forms differ from 3's pattern in Slavic languages (4), and a compound (22).
_PROBED = (3, 4, 22)


def num2words_inflections(code: str, value: int) -> tuple[str, ...]:
    """num2words' other spellings of the cardinal ``value``: those its converter gives for a case
    or a gender (``CASES``, ``GENDERS``) that differ from the plain one, in NFC; () for a
    converter that takes neither."""
    table = _num2words_table()
    if table is not None and "inflected" in table and code in table["codes"]:
        known = table["inflected"].get(code)
        if known is None:
            return ()  # the converter changes no spelling for any keyword tried
        if str(value) in known:
            return tuple(_nfc(text) for text in known[str(value)])
    return tuple(_nfc(text) for text in _live_inflections(code, value))


def eras(code: str) -> tuple[tuple[str, int, str], ...]:
    """The eras num2words counts the language's years in (its Japanese converter: 令和 from
    2019, 平成 from 1989, back to 大化 in 645): each era's name, the Gregorian year its first
    year is, and how num2words writes that first year (令和元年). Empty for a language whose
    years count from one epoch."""
    table = _num2words_table()
    if table is not None and "eras" in table:
        return tuple((name, start, first) for name, start, first in table["eras"].get(code, ()))
    return _live_eras(code)


@lru_cache(maxsize=1)
def rbnf_codes() -> frozenset[str]:
    """The codes CLDR has spell-out rules for in unicode-rbnf (de, de_CH, pt_PT...)."""
    folder = _rbnf_folder()
    if folder is None:
        return frozenset()
    return frozenset(path.stem for path in (folder / "rbnf").glob("*.xml") if path.stem != "root")


#: CLDR's digits-ordinal rule for every number (value 0): the digits with what is written
#: before them (第=#,##0=;, ke-=#,##0=;) or after them (=#,##0=e;, English
#: =#,##0=$(ordinal,one{st}two{nd}few{rd}other{th})$;).
_DIGITS_ORDINAL = re.compile(r'<ruleset type="digits-ordinal">\s*(?:<rbnfrule[^>]*>[^<]*</rbnfrule>\s*)*?<rbnfrule value="0">([^<]*)</rbnfrule>')
_PREFIXED = re.compile(r"([^=]+)=#,##0=;")
_ENDED = re.compile(r"=#,##0=([^;=%]+);")
_BY_CATEGORY = re.compile(r"^\$\(ordinal,((?:\w+\{[^}]*\})+)\)\$$")


@lru_cache(maxsize=None)
def _digits_ordinal_rule(code: str) -> str:
    """The language's digits-ordinal rule for every number, read from the rules file itself,
    which unicode-rbnf formats spelled numbers with; "" where it has none."""
    folder = _rbnf_folder()
    rules = folder / "rbnf" / f"{code}.xml" if folder is not None else None
    if rules is None or not rules.is_file():
        return ""
    match = _DIGITS_ORDINAL.search(rules.read_text(encoding="utf-8"))
    return unicodedata.normalize("NFC", match.group(1)) if match else ""


def digits_ordinal_prefix(code: str) -> str:
    """What CLDR's rules write before the digits of every ordinal written in digits (Japanese and
    Chinese 第, Indonesian and Malay ke-, Thai ที่ and a space), or "" where they write an ending
    after them (2nd, 2e) or nothing."""
    prefixed = _PREFIXED.fullmatch(_digits_ordinal_rule(code))
    return prefixed.group(1) if prefixed else ""


@lru_cache(maxsize=None)
def digits_ordinal_endings(code: str) -> dict[str, str]:
    """What CLDR's rules write after the digits of an ordinal, per plural category of ordinals
    ("other" where one ending serves all): English st, nd, rd, th (21st, 22nd), Dutch e (2e),
    Irish ú; none where the rules write a prefix, nothing, or refer to other rules."""
    ended = _ENDED.fullmatch(_digits_ordinal_rule(code))
    if ended is None:
        return {}
    ending = ended.group(1)
    by_category = _BY_CATEGORY.match(ending)
    if by_category is None:
        return {"other": ending} if "$" not in ending else {}
    return dict(re.findall(r"(\w+)\{([^}]*)\}", by_category.group(1)))


def rbnf_loads(code: str) -> bool:
    """Whether unicode-rbnf reads the rules of ``code``."""
    if code not in rbnf_codes():
        return False
    entry = _rbnf_entry(code)
    return entry["loads"] if entry is not None else _rbnf_engine(code) is not None


def rbnf_spelled(code: str, value: int, ordinal: bool) -> Spelled | None:
    """The spell-out rules' text for ``value`` (default ruleset, and per ruleset), as cardinal
    or ordinal; None where the rules cannot spell it or ``code`` has no rules that load."""
    entry = _rbnf_entry(code)
    if entry is not None:
        known = entry["ordinal" if ordinal else "cardinal"]
        if str(value) in known:
            found = known[str(value)]
            return None if found is None else (_nfc(found[0]), {name: _nfc(text) for name, text in found[1].items()})
        if not entry["loads"]:
            return None
    live = _live_rbnf(code, value, ordinal)
    return None if live is None else (_nfc(live[0]), {name: _nfc(text) for name, text in live[1].items()})


def _nfc(text):
    return unicodedata.normalize("NFC", text) if text is not None else None


def write_table(cardinals: list[int], ordinals: list[int], path: Path | None = None, inflected: tuple[int, ...] | list[int] = ()) -> None:
    """Spell ``cardinals`` and ``ordinals`` in every language of both installed libraries, and
    num2words' case and gender forms of ``inflected``, with the libraries' fingerprints, to
    ``path``: run after either library changes
    (``python -c 'from consistency.lexicon import write_spellout_table; write_spellout_table()'``)."""
    path = path or TABLE
    codes = sorted(_live_num2words_codes())
    num2words = {
        "fingerprint": _num2words_fingerprint(),
        "codes": codes,
        "cardinal": {code: {str(v): _live_num2words(code, v, "cardinal") for v in cardinals} for code in codes},
        "ordinal": {code: {str(v): _live_num2words(code, v, "ordinal") for v in ordinals} for code in codes},
        "eras": {code: [list(era) for era in found] for code in codes if (found := _live_eras(code))},
        "inflected": {code: {str(v): list(_live_inflections(code, v)) for v in inflected} for code in codes if _keywords(code)},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        _write(archive, "num2words.json", num2words)
        for code in sorted(rbnf_codes()):
            loads = _rbnf_engine(code) is not None
            entry = {
                "fingerprint": _rbnf_fingerprint(code),
                "loads": loads,
                "cardinal": {str(v): _as_json(_live_rbnf(code, v, False)) for v in cardinals} if loads else {},
                "ordinal": {str(v): _as_json(_live_rbnf(code, v, True)) for v in ordinals} if loads else {},
            }
            _write(archive, f"rbnf/{code}.json", entry)
    temporary.replace(path)


def _write(archive: zipfile.ZipFile, name: str, content: dict) -> None:
    """A member with a fixed date, so that the same answers make the same file."""
    member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    member.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(member, json.dumps(content, ensure_ascii=False, sort_keys=True), compresslevel=9)


def _as_json(spelled: Spelled | None) -> list | None:
    return None if spelled is None else [spelled[0], spelled[1]]


def _member(name: str) -> dict | None:
    """One member of the table, opened afresh: a file kept open would share its offset with
    the processes forked from this one."""
    try:
        with zipfile.ZipFile(TABLE) as archive:
            return json.loads(archive.read(name))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, EOFError):
        return None


@lru_cache(maxsize=1)
def _num2words_table() -> dict | None:
    """The table's num2words part, if made from the installed num2words."""
    table = _member("num2words.json")
    if table is None or table.get("fingerprint") != _num2words_fingerprint():
        return None
    return table


@lru_cache(maxsize=None)
def _rbnf_entry(code: str) -> dict | None:
    """The table's part for one CLDR language, if made from the installed unicode-rbnf and rules file."""
    fingerprint = _rbnf_fingerprint(code)
    if fingerprint is None:
        return None
    entry = _member(f"rbnf/{code}.json")
    if entry is None or entry.get("fingerprint") != fingerprint:
        return None
    return entry


def _package_folder(name: str) -> Path | None:
    """Where an installed package lives, found without importing it."""
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _digest(paths: list[Path]) -> str | None:
    digest = hashlib.blake2b(digest_size=16)
    try:
        for path in paths:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _num2words_fingerprint() -> str | None:
    folder = _package_folder("num2words")
    return None if folder is None else _digest(sorted(folder.glob("*.py")))


def _rbnf_folder() -> Path | None:
    return _package_folder("unicode_rbnf")


@lru_cache(maxsize=1)
def _rbnf_code_fingerprint() -> str | None:
    folder = _rbnf_folder()
    return None if folder is None else _digest(sorted([*folder.glob("*.py"), *folder.glob("*.xml")]))


@lru_cache(maxsize=None)
def _rbnf_fingerprint(code: str) -> str | None:
    """unicode-rbnf's code and top-level data, and the one rules file of ``code``."""
    folder, common = _rbnf_folder(), _rbnf_code_fingerprint()
    if folder is None or common is None:
        return None
    rules = folder / "rbnf" / f"{code}.xml"
    if not rules.is_file():
        return None
    own = _digest([rules])
    return None if own is None else f"{common}:{own}"


def _live_num2words_codes() -> frozenset[str]:
    try:
        from num2words import CONVERTER_CLASSES
    except ImportError:
        return frozenset()
    return frozenset(CONVERTER_CLASSES)


@lru_cache(maxsize=None)
def _live_eras(code: str) -> tuple[tuple[str, int, str], ...]:
    """``eras`` from num2words itself: the era table (ERA_START) of the module of the language's
    converter, and its writing of each era's first year (to="year"). An era that begins in the
    year another does is written under that one's name, and left out."""
    try:
        from num2words import CONVERTER_CLASSES
    except ImportError:
        return ()
    converter = CONVERTER_CLASSES.get(code)
    starts = getattr(sys.modules.get(type(converter).__module__), "ERA_START", None) if converter is not None else None
    found = []
    for start, names in starts or ():
        first = _live_num2words(code, start, "year")
        if first is not None and names and first.startswith(names[0]):
            found.append((names[0], int(start), _nfc(first)))
    return tuple(found)


def _live_num2words(code: str, value: int, kind: str) -> str | None:
    from num2words import num2words

    try:
        return num2words(value, lang=code, to=kind)
    except Exception:  # num2words raises NotImplementedError and friends per language
        return None


@lru_cache(maxsize=None)
def _keywords(code: str) -> tuple[dict[str, str], ...]:
    """The case and gender keywords (and their pairs) that change the converter's spelling of
    a number of ``_PROBED``: none for most converters."""
    single = [{"case": case} for case in CASES] + [{"gender": gender} for gender in GENDERS]
    plain = {v: _live_num2words(code, v, "cardinal") for v in _PROBED}
    working = [kw for kw in single if any(_live_keyword_spelling(code, v, kw) not in (None, plain[v]) for v in _PROBED)]
    cases = [kw["case"] for kw in working if "case" in kw]
    genders = [kw["gender"] for kw in working if "gender" in kw]
    return tuple(working) + tuple({"case": case, "gender": gender} for case in cases for gender in genders)


def _live_inflections(code: str, value: int) -> tuple[str, ...]:
    plain = _live_num2words(code, value, "cardinal")
    found = (_live_keyword_spelling(code, value, kw) for kw in _keywords(code))
    return tuple(dict.fromkeys(text for text in found if text is not None and text != plain))


def _live_keyword_spelling(code: str, value: int, keywords: dict[str, str]) -> str | None:
    from num2words import num2words

    try:
        return num2words(value, lang=code, to="cardinal", **keywords)
    except Exception:  # a keyword the converter does not take, or a value it cannot spell so
        return None


@lru_cache(maxsize=None)
def _rbnf_engine(code: str):
    try:
        from unicode_rbnf import RbnfEngine
    except ImportError:
        return None
    try:
        return RbnfEngine.for_language(code)
    except Exception:  # unicode-rbnf raises its own errors for rules it cannot read
        return None


def _live_rbnf(code: str, value: int, ordinal: bool) -> Spelled | None:
    engine = _rbnf_engine(code)
    if engine is None:
        return None
    from unicode_rbnf import FormatPurpose

    try:
        result = engine.format_number(value, FormatPurpose.ORDINAL if ordinal else FormatPurpose.CARDINAL)
    except Exception:  # no rules of this kind, or none for this number
        return None
    return result.text, dict(result.text_by_ruleset)
