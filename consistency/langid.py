"""Detect the language of a version and of each paragraph with langdetect, deterministically.

A paragraph plainly in its declared language is settled by a screen over langdetect's own
profiles and n-grams (see ``screen_many``); every other paragraph, and so every finding, is
langdetect's own judgement."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import regex

#: langdetect's names that differ from the CLDR base language.
_ALIASES = {"iw": "he", "in": "id", "nb": "no", "nn": "no", "tl": "fil", "jw": "jv"}
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\d+")


@dataclass(frozen=True)
class Detection:
    """The detector's best guess, its probability, and the probability it gives the declared language."""

    language: str
    probability: float
    declared_probability: float


def base_language(tag: str) -> str:
    """``pt-BR`` → ``pt``, ``zh-cn`` → ``zh``, ``nb`` → ``no``: the level at which we compare."""
    base = re.split(r"[-_]", tag)[0].lower()
    return _ALIASES.get(base, base)


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    """langdetect's languages: the names of its profile files, as its DetectorFactory reads them."""
    return frozenset(base_language(name) for name in _profile_files())


def _profile_files() -> list[str]:
    import os

    from langdetect import detector_factory

    return sorted(name for name in os.listdir(detector_factory.PROFILES_DIRECTORY) if not name.startswith("."))


#: CLDR's language-matching distance (through langcodes) under which two languages are one
#: reader's both ways: Norwegian and Danish (12 each way). Neither langdetect nor a reader tells
#: a paragraph of one from the other for sure (langdetect takes a Norwegian lease's clause for
#: Danish with p=1.00). Over 20 they are languages of their own: Czech and Slovak (24), Basque
#: and Spanish (20 one way, 84 the other).
KINDRED_DISTANCE = 20


@lru_cache(maxsize=None)
def kindred(language: str, other: str) -> bool:
    """Whether CLDR's language matching counts the two languages as nearly one, both ways."""
    distances = _match_distances(language, other)
    return distances is not None and max(distances) < KINDRED_DISTANCE


def _match_distances(language: str, other: str) -> tuple[int, int] | None:
    """CLDR's language-matching distance (through langcodes) from each language to the other,
    or None where langcodes cannot parse a tag."""
    import langcodes  # only when a paragraph reads as another language

    try:
        return langcodes.tag_distance(language, other), langcodes.tag_distance(other, language)
    except (LookupError, ValueError):
        return None


#: CLDR's language-matching distance under which, in either direction, a language's readers
#: take the other for theirs: Afrikaans for Dutch (24; 84 the other way), Slovak and Czech (24),
#: Catalan and Galician for Spanish (20), Luxembourgish for German (8).
NEIGHBOUR_DISTANCE = 25


def neighbours(language: str, other: str) -> bool:
    """Whether CLDR's language matching lets a reader of one of the two languages take the other
    for theirs, one way at least (``NEIGHBOUR_DISTANCE``): langdetect takes a Dutch paragraph
    for Afrikaans with p=1.00 (three of NTREX's 62 Dutch references)."""
    distances = _match_distances(language, other)
    return distances is not None and min(distances) < NEIGHBOUR_DISTANCE


def can_judge(language: str) -> bool:
    """langdetect knows 55 languages; for the others we do not guess."""
    return base_language(language) in supported_languages()


def letters(text: str) -> int:
    return sum(map(str.isalpha, text))


#: What a Han, kana or Hangul character (``syllabic``) counts for, in letters: the probe
#: documents' English versions have 1.7 (Japanese, median) to 2.2 (Korean), 2.7 (Chinese) and
#: 3.0 (Cantonese) letters for each such character of theirs.
SYLLABIC_WEIGHT = 2


def text_length(text: str) -> int:
    """How much text there is to judge, in letters: a Han, kana or Hangul character counts as
    SYLLABIC_WEIGHT, for a Chinese paragraph of 45 characters says as much as an English one of
    about 120 letters."""
    return sum(SYLLABIC_WEIGHT if syllabic(char) else 1 for char in text if char.isalpha())


def syllabic(text: str) -> bool:
    """Whether every character is a Han ideograph, a kana or a Hangul syllable: each stands for a
    syllable or a word, so two are a word (美元, dollar; 달러), where two letters of an alphabet
    seldom are."""
    return bool(text) and all(han(c) or "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7a3" for c in text)


def han(char: str) -> bool:
    """Whether the character is a Han ideograph (CJK Unified Ideographs, Extension A, and the
    compatibility ones)."""
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


#: A run of letters; ``shared_words`` cuts it where the script changes (Analyticsは).
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _script_words(text: str):
    """The words of the text as runs of letters of one script: Lumora and は in Lumoraは."""
    for run in _LETTER_RUN.finditer(text):
        word, start = run.group(), 0
        if word.isascii():
            yield word  # Latin letters only: one script, as most words of most texts are
            continue
        for index in range(1, len(word) + 1):
            if index == len(word) or script_of(word[index]) != script_of(word[start]):
                yield word[start:index]
                start = index


def shared_words(versions: list[tuple[str, str]]) -> list[frozenset[str]]:
    """Per version (language, text), the words it writes as at least two other languages'
    versions do, and half of them or more: names and terms (Python, Kubernetes, PostgreSQL),
    which are no evidence of the language they stand in. A Chinese paragraph naming five pieces
    of software has more Latin letters than Han characters, and langdetect reads it as English.
    Versions of one language count once, so an English paragraph left in the German version
    keeps its English words however many English versions there are."""
    languages_of: dict[str, set[str]] = {}
    for language, text in versions:
        base = base_language(language)
        for word in set(_script_words(text)):
            languages_of.setdefault(word, set()).add(base)
    found = []
    for language, _ in versions:
        own = base_language(language)
        others = len({base_language(other) for other, _ in versions} - {own})
        found.append(
            frozenset(
                word
                for word, written in languages_of.items()
                if own in written and len(written) - 1 >= max(2, others / 2)
            )
        )
    return found


def evidence(text: str, neutral: frozenset[str] = frozenset()) -> str:
    """The text a language is judged on: without links, e-mail addresses, digits and the
    ``neutral`` words (``shared_words``)."""
    cleaned = _NOISE.sub(" ", text)
    if not neutral:
        return cleaned
    return _LETTER_RUN.sub(lambda run: _without(run.group(), neutral), cleaned)


def _without(run: str, neutral: frozenset[str]) -> str:
    """A run of letters less its neutral words (Analyticsは less Analytics is は)."""
    if run in neutral:
        return " "
    if run.isascii():
        return run  # one word, not neutral
    words = list(_script_words(run))
    if not any(word in neutral for word in words):
        return run
    return " ".join(word for word in words if word not in neutral) or " "


def detect(text: str, declared: str, trials: int = 7) -> Detection | None:
    """Seeded detection, so the same text always gives the same answer; None if nothing to judge.

    ``trials`` is langdetect's number of sampling runs: 7 (its default) for whole versions, fewer
    for paragraphs, where the question is only whether one reads as another language outright.
    """
    from langdetect.lang_detect_exception import LangDetectException

    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) == 0:
        return None
    detector = _langdetect_factory().create()
    detector.seed = 0
    detector.n_trial = trials
    try:
        detector.append(cleaned)
        guesses = detector.get_probabilities()
    except LangDetectException:
        return None
    want = base_language(declared)
    guesses = _written_in_scripts_of(cleaned, guesses, want)
    if not guesses:
        return None
    total = sum(g.prob for g in guesses)
    declared_probability = sum(g.prob for g in guesses if base_language(g.lang) == want) / total
    top = guesses[0]
    return Detection(base_language(top.lang), round(top.prob / total, 4), round(declared_probability, 4))


def _written_in_scripts_of(text: str, guesses: list, declared: str) -> list:
    """langdetect's guesses less the languages not written in the text's scripts (Korean for
    Traditional Chinese: ``Profiles.plausible``), but for the declared language; the others'
    probabilities are then shared out again among those left."""
    profiles = _profiles()
    plausible = profiles.plausible(text)
    ruled_out = {
        language
        for language, possible in zip(profiles.languages, plausible)
        if not possible and language != declared
    }
    return [g for g in guesses if base_language(g.lang) not in ruled_out]


def combine(detections: list[tuple[Detection, int]]) -> Detection:
    """The letter-weighted vote of paragraph detections, as one detection for the whole text."""
    weight = sum(count for _, count in detections) or 1
    votes: dict[str, float] = {}
    for detection, count in detections:
        votes[detection.language] = votes.get(detection.language, 0.0) + detection.probability * count
    language = max(sorted(votes), key=lambda lang: votes[lang])
    declared = sum(d.declared_probability * count for d, count in detections) / weight
    return Detection(language, round(votes[language] / weight, 4), round(declared, 4))


# --- A screen for paragraphs that plainly are in their declared language --------------------
#
# langdetect samples n-grams at random until one language passes 0.99999, several times over,
# updating 55 probabilities in pure Python per sample. Most paragraphs of a translation are plainly
# in its language, and for those the same evidence can be weighed at once: langdetect's own
# profiles and n-gram extraction, every n-gram counted once (the naive Bayes sum its sampling
# estimates), one matrix product. Only a paragraph whose declared language does not win by a
# wide margin goes on to langdetect itself, so every finding still comes from langdetect.

#: langdetect's smoothing per n-gram: alpha (0.5) over BASE_FREQ (10000).
_SMOOTHING = 0.5 / 10000
#: Declared language ahead of every other by this log-likelihood: screened as plainly declared.
#: Calibrated with benchmarks/langid_screen.py: no paragraph langdetect doubts comes near it.
SCREEN_MARGIN = 20.0
_MAX_TEXT = 10000  # langdetect's default max_text_length
_SPACE_RUN = re.compile(" {2,}")


class _Normalised(dict):
    """str.translate table that maps each character as langdetect's NGram.normalize does, filled
    on first sight of a character."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        self[code] = NGram.normalize(chr(code))
        return self[code]


_NORMALISED = _Normalised()


@dataclass(frozen=True)
class Profiles:
    """langdetect's profiles as a matrix (n-grams × languages), read straight from its profile
    files as its DetectorFactory reads them.

    Each cell is what an n-gram adds to a language's log-likelihood over an n-gram the language
    has never seen, log(p + a) - log(a), so it is 0 wherever the profile lacks the n-gram (most
    cells: only those need writing). The unseen term is the same for every language, so leaving
    it out shifts all scores alike and changes no margin.
    """

    #: One row per n-gram, in the order of ``numbers``.
    gains: np.ndarray
    languages: tuple[str, ...]
    #: The n-grams as numbers (gram_number), sorted: row i is the n-gram numbers[i].
    numbers: np.ndarray
    #: Per language (column), the scripts it is written in (``written_in``).
    scripts: tuple[frozenset[str], ...] = ()

    def plausible(self, text: str) -> np.ndarray:
        """Per language, whether most of the text's letters are in scripts it is written in.

        langdetect folds the Han characters into a few hundred classes before it counts
        n-grams, so Korean, whose profile holds 2% Hanja among 97% Hangul, can come close to
        Chinese on a Traditional Chinese paragraph (715 against 702 by these profiles): but a
        text without Hangul is no Korean. Japanese, 35% Han, stays a candidate for Han text."""
        counts = letter_scripts(text)
        total = sum(counts.values())
        if not total:
            return np.ones(len(self.languages), dtype=bool)
        return np.array([sum(counts[s] for s in own) * 2 >= total for own in self.scripts])

    def scores(self, rows: list[int]) -> np.ndarray:
        """Per language, the log-likelihood of these n-grams (up to the shared unseen term)."""
        return self.gains[rows].sum(axis=0, dtype=np.float64)

    def rows_of(self, numbers: np.ndarray) -> np.ndarray:
        """The rows of the n-grams with these numbers that the profiles know."""
        at = np.searchsorted(self.numbers, numbers)
        at[at == len(self.numbers)] = 0
        return at[self.numbers[at] == numbers]


#: Share of a language's profile letters (single characters, by frequency) a script must hold to
#: be one the language is written in: Korean's is 97% Hangul and 2% Han, Japanese 35% Han, 32%
#: Hiragana and 24% Katakana.
OWN_SCRIPT = 0.05


#: The words a width form's Unicode name opens with, before its script's.
_WIDTHS = frozenset({"FULLWIDTH", "HALFWIDTH"})


@lru_cache(maxsize=65536)
def script_of(char: str) -> str:
    """A letter's script, as its Unicode name begins: LATIN, CYRILLIC, CJK, HANGUL, HIRAGANA, THAI;
    after a width the name opens with (FULLWIDTH LATIN CAPITAL LETTER G, HALFWIDTH KATAKANA
    LETTER A), the script it is a form of."""
    words = unicodedata.name(char, "").split(" ", 2)
    return words[1] if words[0] in _WIDTHS and len(words) > 1 else words[0]


def letter_scripts(text: str) -> Counter[str]:
    """How many of the text's letters each script has."""
    return Counter(script_of(char) for char in text if char.isalpha())


@lru_cache(maxsize=None)
def written_script(tag: str) -> str | None:
    """The script a language tag is written in (ISO 15924): its own subtag (sr-Latn), or CLDR's
    likeliest for the language (ka: Geor, mn: Cyrl); None where CLDR does not know it."""
    from babel.core import Locale, UnknownLocaleError, get_global

    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    if locale.script:
        return locale.script
    likely = get_global("likely_subtags").get(locale.language, "")
    parts = likely.split("_")
    return parts[1] if len(parts) > 2 and len(parts[1]) == 4 else None


def share_in_script(text: str, script: str) -> float:
    """The share of the text's letters in the script (ISO 15924: Geor, Cyrl); 0 without letters."""
    total = letters(text)
    if not total:
        return 0.0
    try:
        pattern = _script_pattern(script)
    except regex.error:
        return 1.0  # a script the regex module does not know: taken as the text's own
    return len(pattern.findall(text)) / total


#: ISO 15924 codes for a language's mix of Unicode scripts (Japanese: Han and both kana).
_SCRIPT_MIXES = {
    "Jpan": ("Han", "Hiragana", "Katakana"),
    "Kore": ("Hangul", "Han"),
    "Hans": ("Han",),
    "Hant": ("Han",),
    "Hrkt": ("Hiragana", "Katakana"),
}


@lru_cache(maxsize=None)
def _script_pattern(script: str) -> regex.Pattern:
    scripts = "".join(rf"\p{{Script={name}}}" for name in _SCRIPT_MIXES.get(script, (script,)))
    return regex.compile(rf"(?=[{scripts}])\p{{L}}")


def gram_number(gram: str) -> int:
    """An n-gram of up to three characters as one number: 21 bits per code point."""
    number = 0
    for char in gram:
        number = (number << 21) | ord(char)
    return number


def gram_numbers(grams: list[str]) -> np.ndarray:
    """``gram_number`` of many n-grams at once, from their UTF-32 code points."""
    if not grams:
        return np.zeros(0, dtype=np.uint64)
    padded = np.array(grams, dtype="<U3")
    points = padded.view(np.uint32).reshape(-1, 3).astype(np.uint64)
    shift = np.uint64(21)
    whole = (points[:, 0] << (shift + shift)) | (points[:, 1] << shift) | points[:, 2]
    missing = (3 - np.char.str_len(padded)).astype(np.uint64)
    return whole >> (shift * missing)  # a shorter n-gram was padded with zeros at the end


#: langdetect's profiles compiled into a ``Profiles`` matrix (``write_compiled_profiles``), with
#: the fingerprint of the profile files it was compiled from. Parsing the 55 JSON files and
#: building the matrix takes 0.13 s, a sixth of a short check outside the encoder; reading the
#: compiled copy takes 0.02 s.
COMPILED_PROFILES = Path(__file__).parent / "data" / "langdetect_profiles.npz"


@lru_cache(maxsize=1)
def _profiles() -> Profiles:
    """langdetect's profiles, from the compiled copy where it was compiled from the very files
    installed (their names and bytes), or else from the files themselves."""
    paths = _profile_paths()
    return read_compiled_profiles(COMPILED_PROFILES, profiles_fingerprint(paths)) or _compile_profiles(paths)


def _profile_paths() -> list[Path]:
    from langdetect import detector_factory

    folder = Path(detector_factory.PROFILES_DIRECTORY)
    return [folder / name for name in _profile_files()]


def profiles_fingerprint(paths: list[Path]) -> str:
    """A digest of the profile files' names and bytes (5 ms for all 55)."""
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


def read_compiled_profiles(path: Path, fingerprint: str) -> Profiles | None:
    """The compiled profiles at ``path`` if they were compiled from files with this fingerprint;
    None if not, or if the file is missing or unreadable."""
    stored = _read_compiled(path, fingerprint, ("numbers", "rows", "columns", "values", "languages", "scripts"))
    if stored is None:
        return None
    numbers, rows, columns, values, languages, scripts = stored
    gains = np.zeros((len(numbers), len(languages)), dtype=np.float32)
    gains[rows, columns] = values
    return Profiles(
        gains,
        tuple(str(language) for language in languages),
        numbers,
        tuple(frozenset(str(written).split()) for written in scripts),
    )


def _read_compiled(path: Path, fingerprint: str, keys: tuple[str, ...]) -> list[np.ndarray] | None:
    """These arrays of the compiled file at ``path`` if it was compiled from profile files with
    this fingerprint; None if not, or if the file lacks one or cannot be read."""
    import zipfile

    try:
        with np.load(path) as stored:
            if str(stored["fingerprint"]) != fingerprint:
                return None
            return [stored[key] for key in keys]
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None


def write_compiled_profiles(path: Path = COMPILED_PROFILES) -> None:
    """Compile the installed langdetect's profiles to ``path``: run after langdetect changes
    (tests/test_langid.py says when the shipped copy no longer matches). Beside the matrix, each
    cell's count and each profile's name and n-gram totals, from which langdetect's own
    probabilities are computed as it computes them (``_langdetect_factory``)."""
    paths = _profile_paths()
    profiles = _compile_profiles(paths)
    rows, columns = np.nonzero(profiles.gains)
    names, totals, counts = _profile_counts(paths, profiles.numbers)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        fingerprint=np.array(profiles_fingerprint(paths)),
        numbers=profiles.numbers,
        rows=rows.astype(np.int32),
        columns=columns.astype(np.uint8),
        values=profiles.gains[rows, columns],
        languages=np.array(profiles.languages),
        scripts=np.array([" ".join(sorted(written)) for written in profiles.scripts]),
        names=np.array(names),
        totals=totals,
        counts=counts[rows, columns],
    )


def _profile_counts(paths: list[Path], numbers: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Per profile file, its name and n_words; per n-gram (row, in the order of ``numbers``) and
    profile, its count in the profile (0 if none)."""
    import json

    names, totals = [], []
    counts = np.zeros((len(numbers), len(paths)), dtype=np.int64)
    for column, path in enumerate(paths):
        profile = json.loads(path.read_text(encoding="utf-8"))
        names.append(profile["name"])
        totals.append(profile["n_words"])
        grams = [gram for gram in profile["freq"] if 1 <= len(gram) <= 3]
        counts[np.searchsorted(numbers, gram_numbers(grams)), column] = [profile["freq"][gram] for gram in grams]
    return names, np.asarray(totals, dtype=np.int64), counts


class _Probabilities:
    """langdetect's ``word_lang_prob_map`` (an n-gram → its probability in each profile), built
    an n-gram at a time from the compiled counts instead of all at once from the profile files.

    Each probability is computed as langdetect's ``DetectorFactory.add_profile`` computes it,
    ``1.0 * count / n_words[length - 1]``, into a list in its profiles' order, so its Detector
    gives the same answer to the last bit (tests/test_langid.py holds the two equal)."""

    def __init__(
        self,
        numbers: np.ndarray,
        rows: np.ndarray,
        columns: np.ndarray,
        counts: np.ndarray,
        totals: np.ndarray,
        order: list[int],
        size: int,
    ) -> None:
        self._row_of = dict(zip(numbers.tolist(), range(len(numbers))))
        starts = np.searchsorted(rows, np.arange(len(numbers) + 1))
        self._starts, self._columns, self._counts = starts.tolist(), columns.tolist(), counts.tolist()
        self._totals, self._order, self._size = totals.tolist(), order, size
        self._built: dict[str, list[float]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self._built or (0 < len(word) <= 3 and gram_number(word) in self._row_of)

    def __getitem__(self, word: str) -> list[float]:
        built = self._built.get(word)
        if built is None:
            row = self._row_of[gram_number(word)] if 0 < len(word) <= 3 else None
            if row is None:
                raise KeyError(word)
            built = [0.0] * self._size
            length = len(word)
            for at in range(self._starts[row], self._starts[row + 1]):
                column = self._columns[at]
                built[self._order[column]] = 1.0 * self._counts[at] / self._totals[column][length - 1]
            self._built[word] = built
        return built


@lru_cache(maxsize=1)
def _langdetect_factory():
    """langdetect's DetectorFactory, as ``init_factory`` loads it, but with its probabilities
    read from the compiled profiles (``_Probabilities``): parsing the 55 profile files takes it
    0.4-0.55 s, once per process that meets a paragraph the screen leaves to langdetect; this
    takes 0.05-0.09 s. Where the compiled copy is not of the installed files, langdetect loads
    them itself."""
    import os

    from langdetect import detector_factory

    folder = detector_factory.PROFILES_DIRECTORY
    stored = _read_counts(COMPILED_PROFILES, profiles_fingerprint(_profile_paths()))
    if stored is None:
        detector_factory.init_factory()
        return detector_factory._factory
    numbers, rows, columns, counts, names, totals = stored
    listed = os.listdir(folder)  # langdetect's order of profiles, and its size of each list
    files = [name for name in listed if not name.startswith(".") and os.path.isfile(os.path.join(folder, name))]
    place = {name: index for index, name in enumerate(files)}
    order = [place[file] for file in sorted(files)]  # compiled column (``_profile_files``) → langdetect's index
    factory = detector_factory.DetectorFactory()
    langlist = [""] * len(files)
    for column, index in enumerate(order):
        langlist[index] = str(names[column])
    factory.langlist = langlist
    factory.word_lang_prob_map = _Probabilities(numbers, rows, columns, counts, totals, order, len(listed))
    return factory


def _read_counts(path: Path, fingerprint: str) -> list[np.ndarray] | None:
    """The compiled n-grams with their counts, and the profiles' names and n-gram totals, at
    ``path`` (``_read_compiled``)."""
    return _read_compiled(path, fingerprint, ("numbers", "rows", "columns", "counts", "names", "totals"))


def _compile_profiles(paths: list[Path]) -> Profiles:
    import json

    grams: list[str] = []
    columns, values = [], []
    languages, scripts = [], []
    for column, path in enumerate(paths):
        profile = json.loads(path.read_text(encoding="utf-8"))
        languages.append(base_language(profile["name"]))
        totals, freq = np.asarray(profile["n_words"], dtype=np.float64), profile["freq"]
        known = list(freq)
        counts = np.fromiter(freq.values(), dtype=np.float64, count=len(known))
        lengths = np.fromiter(map(len, known), dtype=np.int64, count=len(known))
        scripts.append(_written_in([(known[i], counts[i]) for i in np.flatnonzero(lengths == 1)]))
        kept = (lengths >= 1) & (lengths <= 3)
        if not kept.all():  # langdetect's profiles hold n-grams of one to three characters only
            known = [gram for gram, keep in zip(known, kept) if keep]
            counts, lengths = counts[kept], lengths[kept]
        grams.extend(known)
        columns.append(np.full(len(known), column))
        values.append(counts / totals[lengths - 1])
    numbers, rows = np.unique(gram_numbers(grams), return_inverse=True)
    gains = np.zeros((len(numbers), len(languages)), dtype=np.float32)
    gains[rows.ravel(), np.concatenate(columns)] = np.log1p(np.concatenate(values) / _SMOOTHING)  # log(p + a) - log(a)
    return Profiles(gains, tuple(languages), numbers, tuple(scripts))


def _written_in(characters: list[tuple[str, float]]) -> frozenset[str]:
    """The scripts of a profile's single letters that hold OWN_SCRIPT of their count or more."""
    counts: Counter[str] = Counter()
    for char, count in characters:
        if char.isalpha():
            counts[script_of(char)] += count
    total = sum(counts.values()) or 1
    return frozenset(script for script, count in counts.items() if count >= OWN_SCRIPT * total)


class _Upper(dict):
    """str.translate table: "1" for a character str.isupper calls upper case, "0" otherwise."""

    def __missing__(self, code: int) -> str:
        self[code] = "1" if chr(code).isupper() else "0"
        return self[code]


_UPPER = _Upper()
_LATIN_RANGE = re.compile("[A-z]")  # "A" <= ch <= "z", as langdetect's cleaning_text counts it


def gram_rows(text: str) -> np.ndarray:
    """The profile rows of the n-grams langdetect's Detector draws from the text (append,
    cleaning_text, _extract_ngrams, then its filter to known n-grams): the same cleaning,
    normalisation and capital-word rule, found with array operations instead of a loop over
    characters, in another order (the tests hold the two equal).

    NGram.add_char keeps a window of the last three characters that restarts after a space, and
    a run of spaces adds nothing: over the text with runs of spaces collapsed and a space in
    front, the window ending at i is text[i-2:i+1], cut at a space before it."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    text = NGram.normalize_vi(Detector.MAIL_RE.sub(" ", Detector.URL_RE.sub(" ", text)))[:_MAX_TEXT]
    points = _code_points(text)
    # langdetect means to spare Latin Extended Additional in this count, but compares its block
    # number to a block name, so every character from U+0300 counts as non-Latin; so it does here.
    if np.count_nonzero((points >= 65) & (points <= 122)) * 2 < np.count_nonzero(points >= 0x300):
        text = _LATIN_RANGE.sub("", text)
    text = " " + _SPACE_RUN.sub(" ", text.translate(_NORMALISED))
    points = _code_points(text).astype(np.uint64)
    upper = np.frombuffer(text.translate(_UPPER).encode("ascii"), dtype=np.uint8) == ord("1")
    char, last = points[1:], points[:-1]
    before = np.concatenate([np.zeros(1, dtype=np.uint64), points[:-2]])
    kept = ~(upper[1:] & upper[:-1])  # no n-grams from the second capital of a run on (NASA)
    space = np.uint64(ord(" "))
    shift = np.uint64(21)
    numbers = np.concatenate(
        [
            char[kept & (char != space)],
            ((last << shift) | char)[kept],
            ((before << (shift + shift)) | (last << shift) | char)[kept & (last != space)],
        ]
    )
    return _profiles().rows_of(numbers)


def leaning(word: str, language: str, other: str) -> float | None:
    """How much likelier the word's n-grams are in ``language`` than in ``other`` by langdetect's
    profiles (a natural log), or None if either has no profile. Brně leans 9 more towards Czech,
    against English, than Brno does: the spelling of a name is adapted to a language's letters
    and endings (Netanjahuovou, Pensylvánské, Babilonii), where a typo leans nowhere in particular."""
    profiles = _profiles()
    mine, theirs = base_language(language), base_language(other)
    if mine == theirs or mine not in profiles.languages or theirs not in profiles.languages:
        return None
    scores = profiles.scores(list(gram_rows(word)))
    return float(scores[profiles.languages.index(mine)] - scores[profiles.languages.index(theirs)])


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)


def screen(text: str, declared: str) -> Detection | None:
    """A detection if the text is plainly in the declared language, None if langdetect must judge."""
    return screen_many([text], declared)[0]


def screen_many(texts: list[str], declared: str) -> list[Detection | None]:
    """``screen`` for many texts at once: one gather and one sum over all their n-grams."""
    profiles = _profiles()
    want = base_language(declared)
    mine = np.array([lang == want for lang in profiles.languages])
    found: list[Detection | None] = [None] * len(texts)
    if not mine.any() or mine.all():
        return found
    rows = [gram_rows(text) for text in texts]
    scored = [i for i, r in enumerate(rows) if len(r)]
    if not scored:
        return found
    starts = np.cumsum([0] + [len(rows[i]) for i in scored[:-1]])
    flat = np.concatenate([rows[i] for i in scored])
    scores = np.add.reduceat(profiles.gains[flat], starts, axis=0, dtype=np.float64)
    for position, text_index in enumerate(scored):
        # Only languages written in the text's scripts compete (the declared one always does).
        candidates = profiles.plausible(texts[text_index]) | mine
        others = candidates & ~mine
        score = scores[position]
        if others.any() and score[mine].max() - score[others].max() < SCREEN_MARGIN:
            continue
        posterior = np.where(candidates, np.exp(score - score[candidates].max()), 0.0)
        declared_probability = round(float(posterior[mine].sum() / posterior.sum()), 4)
        found[text_index] = Detection(want, declared_probability, declared_probability)
    return found


def detect_paragraphs(texts: list[str], declared: str, trials: int) -> list[Detection | None]:
    """Per paragraph, the screen's answer when it is plainly declared, langdetect's otherwise."""
    cleaned = [_NOISE.sub(" ", text) for text in texts]
    judged = [i for i, text in enumerate(cleaned) if letters(text) > 0]
    screened = screen_many([cleaned[i] for i in judged], declared)
    found: list[Detection | None] = [None] * len(texts)
    for i, detection in zip(judged, screened):
        found[i] = detection or detect(texts[i], declared, trials=trials)
    return found
