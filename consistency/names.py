"""Names and identifiers: product codes, acronyms, organisations and people that translations
keep as they are (H800, ChatGPT4o, VX-9400, MTP, High-Flyer, Nvidia).

They are found by shape, without word lists, so the rules hold in any language:
- a token with both letters and digits is a name (H800, R1, GPT-4o, T3.15A, X-200);
- a web or email address is a name, keyed to the letter: a hyphen or a dot there makes
  another address (``links``);
- a token of two or more capitals is a name (MTP, GPU);
- a Latin-script token inside text of another script is a name (Nvidia in Thai), and so is a
  run of Katakana, which Unicode sets apart for foreign words and names in Japanese (ポトロ);
- a capitalised word that does not open a sentence is a name, in versions that do not capitalise
  ordinary nouns. A language CLDR shows capitalising them (its unit names: German "Stunden",
  English "hours") always does; any other version is measured on its own text. German
  capitalises most nouns, so there capitalisation says nothing, and nor does it in a heading
  in title case (Killer Pig Mauls Chinese Farmer to Death; ``title_case``);
- a country, region or city written as its language's CLDR name is a name, in any script (Spanien,
  比利时, नेपाल; cldr_names.places), and its words are not names on their own;
- a capitalised word that capitals alone do not show to be a name (opening a sentence, or in a
  version that capitalises its nouns) is one if its language has no frequent word so spelt
  (Netanjahu, Hamáček): ``rare_names``, held with more care by compare_names. So are two
  capitalised words side by side in a version that capitalises its nouns, the first not
  opening the sentence (Leicester City in German): ``capital_runs``;
- in Chinese and Japanese, where no shape shows a name, a proper noun that the language's
  tokeniser tags, with the cjk extra (特朗普, 諏訪; cjk.proper_nouns), keyed by its reading.
A word that these rules miss (a German "Nvidia") still *carries* the name when other versions
nominate it: presence is judged on every token, nomination on shape. Tokens keep their
combining marks (the vowel signs of नेपाल), which the word class of Python's re leaves out.

Two spellings are the same name when their keys are equal: case, hyphens and spaces, a
possessive or an inflected suffix, and the script (by transliteration with anyascii) do not
matter, so Chatgpt4O = ChatGPT4o, High Flyer = High-Flyer, Nvidia'nın = Nvidia, Нордвик = Nordvik.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex
from anyascii import anyascii

from consistency import cjk, cldr_names, verbatim
from consistency.figures import extract_figures, glued_duration, half_width, lettered_number
from consistency.inflection import compound, without_suffix, zipf
from consistency.segment import capitalises_nouns as language_capitalises_nouns, lower_case

#: A word, with inner hyphens and dots (GPT-4o, T3.15A) and a trailing apostrophe suffix (Nvidia'nın),
#: which holds digits too where it follows an elided article (l'iPhone6), and a decimal comma
#: after a letter's digits (French PM2,5; a number's 2,5 stays two tokens, as its figure is read).
#: Vowel signs and other combining marks belong to their word (नेपाल, ไทย), which re's \w leaves out.
_TOKEN = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-.‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*|(?<=\p{L}\p{N}+),\p{N}+)*(?:['’]\p{L}[\p{L}\p{N}\p{M}]*)?"
)
#: An elided article before a name: dell'IA, l'Europe, d'Amsterdam (the capital is checked in code).
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’]")
_DIGIT = re.compile(r"\d")
#: What a name's key leaves out: spaces and hyphens, and the apostrophes transliteration writes
#: for a soft sign, an ejective or an ayin (Ol'ga for Ольга, mart'a for მარტა, `bd for عبد).
_JOINERS = re.compile(r"[\s\-‐‑_'’ʼ`]")
#: A decimal comma inside a code, which languages that write one write there too (French PM2,5).
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_BETWEEN_PAIR = re.compile(r"[\s\-‐‑]{1,3}")
#: 125e, 25ste, 1980er, 2000s, 07h55, 89º: a number with a lowercase ending (or an infix, for times).
_NUMBER_WITH_ENDING = re.compile(r"\d[\d.,]*(?:[^\W\d_](?<![A-Z]))+(?:\d+)?")
_AFTER_WORD = r"(?:(?<=[^\W_] )|(?<=[^\W_], ))"
_MID_SENTENCE_WORD = re.compile(rf"{_AFTER_WORD}[^\W\d_]{{3,}}|{_AFTER_WORD}[^\W\d_]{{1,2}}(?= )")
#: Share of capitalised words (not opening a sentence) above which a version capitalises nouns.
_NOUN_CAPITALISING = 0.2
_FEW_WORDS = 8
#: Longest inflected suffix written without an apostrophe (Deepseeks, Nvidias, Nvidialla).
MAX_SUFFIX = 4


@dataclass(frozen=True, slots=True)
class Name:
    """One name or token in a text: as written, its span, its comparison key, and whether it is in Latin script."""

    text: str
    start: int
    end: int
    key: str
    latin: bool

    @property
    def code(self) -> bool:
        """Letters and digits together (H800, GPT-4o, VX-9400, X-200, T3.15A): a code is never translated.

        A number with a lowercase ending is no code but an ordinal, a plural or a compound
        (125e, 25ste, 1980er, 2000s, 07h55, 32-jährig), and so is a number joined to a word.
        """
        if self.link or self.shortcut:
            return True  # translations keep an address as it is, and the key a shortcut presses
        if not _DIGIT.search(self.text):
            return False  # every code has a digit; most tokens are plain words
        if any(c.isalpha() and not (c.isupper() or c.islower()) for c in self.text):
            return False  # codes are written in cased letters; a Thai vowel next to a number is none
        pieces = [p for p in re.split(r"[\-‐‑/]", without_suffix(self.text)) if p]
        mixed = [p for p in pieces if any(c.isdigit() for c in p) and any(c.isalpha() for c in p)]
        if any(not _NUMBER_WITH_ENDING.fullmatch(p) for p in mixed):
            return True
        capitals = any(p.isalpha() and p.isupper() for p in pieces)  # VX-9400, and X-200, F-16
        if capitals and any(p[0].isdigit() for p in pieces):
            return True
        # Words in lower case joined to a closing number, two or more of them: an identifier
        # (eu-west-1, us-east-2), not a word with a number (mid-2020, covid-19, Über-50-Jährige).
        return len(pieces) >= 3 and pieces[-1].isdigit() and all(p.isascii() and p.isalpha() and p.islower() for p in pieces[:-1])

    @property
    def link(self) -> bool:
        """A web or email address (www.example.com, support@example.com), a file path, a format
        placeholder ({count}, %1$s) or a command-line option (--dry-run): held to the letter."""
        return verbatim.is_verbatim(self.text)

    @property
    def shortcut(self) -> bool:
        """A keyboard shortcut (Ctrl+Shift+S), keyed by the key it presses (``shortcuts``)."""
        return self.key.startswith("+")

    @property
    def acronym(self) -> bool:
        """Two or more letters, all capitals, no digits (MTP, MoE is not; GPUs' bare GPU is)."""
        letters = [c for c in without_suffix(self.text) if c.isalpha()]
        return not self.code and len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def cased(self) -> bool:
        return cased_script(self.text)


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """Case, hyphens, spaces, apostrophes, a possessive, the script and a decimal comma do not
    matter: High-Flyer'in = highflyer, Ольга = Olga, PM2,5 = PM2.5. A vowel that Thai or Lao
    writes before the consonant it is said after (Unicode's Logical_Order_Exception) is moved
    after it first: anyascii reads letters in their written order, ไต้หวัน as aithwan, โตโยต้า
    as otoyta; said in order they are taihwan and toyota."""
    if text.isascii():  # NFKC and transliteration leave ASCII as it is
        written = without_suffix(text)
    else:
        text = without_suffix(unicodedata.normalize("NFKC", text))
        written = anyascii(_indic_as_said(_with_nukta_letters(_SPOKEN_ORDER.sub(r"\2\1", text))))
    return _DECIMAL_COMMA.sub(".", _JOINERS.sub("", written)).casefold()


#: A letter written before the one it is said after (Thai and Lao เ, แ, โ, ใ, ไ), and that one.
_SPOKEN_ORDER = regex.compile(r"(\p{Logical_Order_Exception})(\p{L})")


def _with_nukta_letters(text: str) -> str:
    """The text with each consonant and nukta written as the one letter Unicode has for the pair
    (फ़, fa; ज़, za; ড়, rra), which normalisation leaves apart: anyascii reads the pair as the
    consonant and a mark (ph', j') and the letter as the sound it stands for (f, z), as a name
    respelt in Devanagari means it (वाई-फ़ाई for Wi-Fi, फ़ेसबुक for Facebook)."""
    if not _BRAHMIC.search(text):
        return text
    for pair, letter in _nukta_letters().items():
        text = text.replace(pair, letter)
    return text


@lru_cache(maxsize=1)
def _nukta_letters() -> dict[str, str]:
    """A consonant and a nukta → the letter Unicode composes of them, in the Indic scripts."""
    found = {}
    for start, stop in _BRAHMIC_SPANS:
        for code in range(start, stop):
            decomposed = unicodedata.normalize("NFD", chr(code))
            if len(decomposed) == 2 and unicodedata.combining(decomposed[1]) == _NUKTA_CLASS:
                found[decomposed] = chr(code)
    return found


#: The canonical combining class of a nukta (Unicode's ccc=7, Nukta).
_NUKTA_CLASS = 7


def _indic_as_said(text: str) -> str:
    """The text as an Indic script says it, for anyascii: the vowel a written after each
    consonant that says it unwritten (no vowel sign, virama or nukta after it: Unicode's
    Indic_Syllabic_Category), and the nasal sign (anusvara) as the nasal of the consonant after
    it, m before p, b or m and n elsewhere. anyascii writes consonants alone and that sign as m,
    Hindi कर्नाटक as krnatk and बंगारप्पा as bmgarppa, too far from Karnataka and Bangarappa;
    said, they are karnataka and bangarappa. Only in the scripts that kill the vowel with a
    virama (Devanagari, Bengali, Tamil, Telugu, Sinhala...): Thai and Khmer consonants, whose
    final ones stay silent, are left as they are."""
    if not _BRAHMIC.search(text):
        return text
    vowels, nasals = _indic_finders()
    return vowels.sub(r"\1a", nasals.sub(lambda m: "m" if _labial(m.group(2)) else "n", text))


@lru_cache(maxsize=1)
def _indic_finders() -> tuple[regex.Pattern, regex.Pattern]:
    """What finds a consonant with its vowel unwritten, and a nasal sign before a consonant, in
    the scripts with a virama."""
    letters = "".join(chr(c) for start, stop in _BRAHMIC_SPANS for c in range(start, stop))
    scripts = {_letter_script(c) for c in regex.findall(r"\p{InSC=Virama}", letters)}
    consonants = "".join(c for c in regex.findall(r"\p{InSC=Consonant}", letters) if _letter_script(c) in scripts)
    nasals = "".join(c for c in regex.findall(r"\p{InSC=Bindu}", letters) if _letter_script(c) in scripts)
    vowels = regex.compile(rf"([{consonants}]\p{{InSC=Nukta}}?)(?![\p{{InSC=Vowel_Dependent}}\p{{InSC=Virama}}\p{{InSC=Nukta}}])")
    return vowels, regex.compile(rf"([{nasals}])(?=([{consonants}]))")


def _labial(consonant: str) -> bool:
    """Whether an Indic consonant is said with the lips: its Unicode name ends in PA, PHA, BA,
    BHA or MA in every such script."""
    return unicodedata.name(consonant, "?").rsplit(" ", 1)[-1] in ("PA", "PHA", "BA", "BHA", "MA")


def _letter_script(char: str) -> str:
    """The script a character's Unicode name opens with (DEVANAGARI LETTER KA: DEVANAGARI)."""
    return unicodedata.name(char, "?").split()[0]


#: The code points of the Indic scripts and their neighbours (Devanagari to Lao, Tibetan to
#: Khmer, Balinese to Javanese, and the Brahmi family's historic scripts from U+11000).
_BRAHMIC_SPANS = ((0x0900, 0x1800), (0x1B00, 0x1C00), (0xA800, 0xA9E0), (0x11000, 0x11800))
_BRAHMIC = re.compile("[" + "".join(f"{chr(start)}-{chr(stop - 1)}" for start, stop in _BRAHMIC_SPANS) + "]")


@lru_cache(maxsize=8192)
def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def latin_script(text: str) -> bool:
    """Whether most letters of ``text`` are Latin."""
    if text.isascii():
        return True
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(map(_is_latin, letters)) * 2 >= len(letters)


def cased_script(text: str) -> bool:
    """Whether most letters of ``text`` are in a script that capitalises names (Latin, Cyrillic,
    Greek, Armenian), unlike Thai, Devanagari or Han. Georgian has capitals (Mtavruli) but writes
    names and sentences without them: Unicode gives its letters no title case of their own, and
    a lower-case letter counts only with one (``segment.lower_case``)."""
    letters = sum(map(str.isalpha, text))
    if text.isascii():
        return not letters or (sum(map(str.isupper, text)) + sum(map(str.islower, text))) * 2 >= letters
    return not letters or sum(map(_capitalised, text)) * 2 >= letters


@lru_cache(maxsize=8192)
def _capitalised(char: str) -> bool:
    """Whether the letter is a capital, or a small letter that a name would open with a capital."""
    return char.isupper() or lower_case(char)


@lru_cache(maxsize=256)
def capitalises_nouns(text: str, language: str | None = None) -> bool:
    """Whether the text capitalises ordinary words mid-sentence (German nouns): then a capital is no sign of a name.

    Counted over words of three letters or more that follow a word or a number, or a comma after
    one (272.000 Infektionen, Jahren Pause): those are never sentence openings. A run of
    capitalised words counts once, since names come in runs (South China Morning Post) and nouns
    one by one.

    A language that CLDR shows capitalising its nouns does so in every text: one sentence with
    few nouns (nach mehreren Jahren Pause) would otherwise pass for a language that does not.
    """
    if language is not None and language_capitalises_nouns(language):
        return True
    words = _MID_SENTENCE_WORD.findall(text)
    if len(words) < _FEW_WORDS:
        return False  # too few words to tell; most languages do not capitalise nouns
    runs = sum(1 for i, w in enumerate(words) if w[0].isupper() and (i == 0 or not words[i - 1][0].isupper()))
    return runs / len(words) > _NOUN_CAPITALISING


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a word opens its sentence: nothing before it, or a stop that is no abbreviated
    title's (St. Wolfgang, Dr. Amina); or it opens a quotation after a comma, as direct speech
    does (Adams, "Konuştuğum yaşlı insanlar...": I talked to, a rare word only as inflected)."""
    # A bounded look back: slicing the whole text before every token would be quadratic.
    written = text[max(0, start - 32) : start]
    before = written.rstrip(" \"'“‘«„(¿¡")
    if before.endswith(",") and any(mark in written[len(before) :] for mark in _OPENING_QUOTES):
        return True
    if not before or before[-1] not in ".!?:;\n—–-…。":
        return not before
    title = _WORD_BEFORE_STOP.search(before)
    return not (title and _title_shaped(title.group(1)))


#: Quotation marks that open direct speech (not the apostrophe, which also elides).
_OPENING_QUOTES = "\"“„«‘"

#: Most letters of an abbreviated title (Dr, Prof, Dkt, Bw, Hr).
_TITLE_LETTERS = 4
_CAPITAL_AFTER_STOP = re.compile(r"\.[ \u00a0]+[\"'“‘«„(]?(?=[^\W\d_])")
_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.$")


def _title_shaped(word: str) -> bool:
    return 2 <= len(word) <= _TITLE_LETTERS and word.isalpha() and word[0].isupper() and word[1:].islower()


def _abbreviated_title(text: str, token: Name) -> bool:
    """A short capitalised word with a full stop, and a capitalised word after it in the same
    sentence: an abbreviated title before a name (Sinabi ni Dr. Amina Yusuf). The sentence
    splitter took its stop for an abbreviation's; a title is translated (Swahili Dkt.) where the
    name is kept, so it is no name to hold the others to; the name after it is one."""
    if not _title_shaped(token.text):
        return False
    after = _CAPITAL_AFTER_STOP.match(text, token.end)
    return after is not None and text[after.end()].isupper()


def _script_runs(token: str, start: int) -> list[tuple[str, int]]:
    """Split a token where Latin letters meet another script ("Deepseekมี" → "Deepseek", "มี"),
    and where a number meets a script written without spaces: VX-9400ルーター is a code and a
    word, 2025年 a number and a word, as the same text spaced would write them. A code's digits
    followed by letters of another script are a code and a suffix: Korean glues its particles
    to a word (NW25로, H800을), as Turkish does after an apostrophe."""
    if token.isascii():
        return [(token, start)]
    runs: list[tuple[str, int]] = []
    begin = 0
    latin = None  # whether the current run's last letter is Latin
    for i in range(1, len(token)):
        if token[i - 1].isalpha():
            latin = _is_latin(token[i - 1])
        if _script_boundary(token[i - 1], token[i], latin):
            runs.append((token[begin:i], start + begin))
            begin, latin = i, None
    runs.append((token[begin:], start + begin))
    return runs


def _script_boundary(a: str, b: str, latin_before: bool | None = None) -> bool:
    if a.isalpha() and b.isalpha():
        return _is_latin(a) != _is_latin(b) and unicodedata.category(b) != "Mn"
    if a.isdigit() and b.isalpha():
        return cldr_names.unspaced(b) or (latin_before is True and not _is_latin(b))
    return b.isdigit() and (a.isalpha() or unicodedata.category(a) in ("Mn", "Mc")) and cldr_names.unspaced(a)


def links(text: str) -> list[Name]:
    """The text's web and email addresses, file paths, format placeholders and command-line
    options, each one name keyed to the letter (``verbatim.key``): a hyphen or a dot in an address makes another
    address (support@aurora-cloud.example is not support@auroracloud.example), where in a word
    it does not (High-Flyer, High Flyer)."""
    return [Name(text[start:end], start, end, verbatim.key(text[start:end]), True) for start, end in verbatim.spans(text)]


def _with_links(text: str, names: list[Name]) -> list[Name]:
    """Add the text's addresses, paths and placeholders as names; the words inside one (support,
    example.com, count of {count}) give way to it."""
    found = links(text)
    if not found:
        return names
    kept = [n for n in names if not any(link.start <= n.start and n.end <= link.end for link in found)]
    return sorted(kept + found, key=lambda n: (n.start, -n.end))


def tokens(text: str) -> list[Name]:
    """Every word of ``text`` as a Name-shaped token (not necessarily a name).

    An apostrophe before a word with a capital or a digit is an elision (dell'IA, l'Europe,
    l'iPhone6): the name is what follows. Before lower case it is a suffix (Ford'un).
    Full-width forms are read as ASCII (ＧＰＴ－４ is one code, as GPT-4 is), each token keeping
    its text as written.
    """
    read = half_width(text)
    found = _tokens(read)
    if read == text:
        return found
    return [Name(text[t.start : t.end], t.start, t.end, t.key, t.latin) for t in found]


def _tokens(text: str) -> list[Name]:
    found = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        elided = _ELISION.match(word) if "'" in word or "’" in word else None
        if elided and any(c.isupper() or c.isdigit() for c in word[elided.end() :]):
            word, start = word[elided.end() :], start + elided.end()
        for piece, begin in _script_runs(word, start):
            bare = without_suffix(piece)
            if bare.isalnum() or any(c.isalnum() for c in bare):
                found.append(Name(piece, begin, begin + len(piece), name_key(bare), latin_script(bare)))
    return found


def parts(token: Name) -> list[Name]:
    """The hyphen-joined pieces of a token and their runs: Multi-Token-Vorhersage holds Multi-Token
    (and ＶＸ－９４００ holds ＶＸ, its full-width hyphen read as a hyphen)."""
    read = half_width(token.text)
    if not any(joiner in read for joiner in "-‐‑."):
        return []  # most words: one piece
    pieces = [(m.group(), m.start()) for m in re.finditer(r"[^\-‐‑.]+", read)]
    if len(pieces) < 2 or len(pieces) > 6:
        return []
    found = []
    for i in range(len(pieces)):
        for j in range(i, len(pieces)):
            if (i, j) == (0, len(pieces) - 1):
                continue
            start, end = pieces[i][1], pieces[j][1] + len(pieces[j][0])
            text = token.text[start:end]
            found.append(Name(text, token.start + start, token.start + end, name_key(text), token.latin))
    return found


def extract_names(
    text: str, context: str | None = None, *, script: tuple[bool, bool] | None = None, found: list[Name] | None = None
) -> list[Name]:
    """The name-shaped tokens of ``text``, and side-by-side pairs of them as one name (High Flyer).

    ``context`` is the whole version, used to decide its script and whether it capitalises nouns
    (a single sentence says too little); ``script`` passes both answers when already known, and
    ``found`` the text's tokens.
    """
    if script is None:
        script = context_script(text if context is None else context)
    latin_text, nouns_capitalised = script
    names: list[Name] = []
    for token in tokens(text) if found is None else found:
        bare = without_suffix(token.text)
        if latin_text and bare.islower() and bare.isalpha():
            continue  # a lower-case word in Latin text: no capital, no digit, not foreign
        letters = [c for c in bare if c.isalpha()]
        if not letters:
            continue
        acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        foreign = not latin_text and token.latin and len(letters) >= 2
        capitalised = (
            not nouns_capitalised
            and bare[0].isupper()
            and len(letters) >= 2
            and not _sentence_initial(text, token.start)
            and not _abbreviated_title(text, token)
        )
        if token.code or acronym or foreign or capitalised:
            names.append(token)
    return _with_pairs(text, names)


@dataclass(frozen=True)
class SentenceNames:
    """One sentence's tokens and, among them, its names (and name pairs), with offsets in the
    sentence; and where a name is looked for in it (``presence``: key → spelling)."""

    tokens: tuple[Name, ...]
    names: tuple[Name, ...]
    presence: dict[str, str]
    #: Keys of the names that only ``rare_names`` nominates: held with more care.
    rare: frozenset[str] = frozenset()


def version_names(sentences: list[str], language: str | None = None) -> tuple[SentenceNames, ...]:
    """The names of a version's sentences, judged with the whole version as context (its script,
    and whether it capitalises nouns): the extract stage's answer, which the name comparison and
    the drift report both read."""
    version_script = context_script(" ".join(sentences), language)
    found = []
    for text in sentences:
        words = tokens(text)
        heading = not version_script[1] and title_case(text, words)
        script = (version_script[0], True) if heading else version_script
        names = extract_names(text, script=script, found=words)
        spellings = presence(text, words)
        rare: frozenset[str] = frozenset()
        if language is not None:
            # A unit's symbol is no name, whether shape or a Japanese tokeniser (378kcal) found it.
            names = [
                n for n in _with_proper_nouns(text, language, names + katakana_runs(text))
                if not _measured(n, language)
                and not _unit_of_a_figure(n, text, language)
                and not _bearing(n, text)
                and lettered_number(n.text) is None
            ]
            names = _with_places(text, language, names)
            names = _with_links(text, names)
            if "+" in text:
                names = _with_shortcuts(text, names)
            for name in names:  # a place inside an unspaced run (比利时累计) is no token of its own
                spellings.setdefault(name.key, name.text)
            named = {n.key for n in names}
            held = rare_names(text, words, script, language) + ([] if heading else capital_runs(text, words, script))
            extra = [n for n in held if n.key not in named]
            if "+" in text:
                names, extra = ([n for n in group if not _chord_modifier(n, text)] for group in (names, extra))
            if extra and (copied := verbatim.spans(text)):  # Folder of {Folder}
                extra = [n for n in extra if not any(start <= n.start and n.end <= end for start, end in copied)]
            names = sorted(names + extra, key=lambda n: (n.start, -n.end))
            rare = frozenset(n.key for n in extra)
        found.append(SentenceNames(tuple(words), tuple(names), spellings, rare))
    return tuple(found)


def _measured(name: Name, language: str) -> bool:
    """A number with a unit's symbol written on it (120MB, 5GB, 100kW, 320kcal) is a figure, which
    the figures check holds to the others however each version spaces it (120 MB), not a code
    nor, in a script without capitals, a foreign word."""
    if not (name.text[:1].isdigit() and any(c.isalpha() for c in name.text)):
        return False
    if glued_duration(name.text, language):
        return True  # 4h51min32s
    figures = extract_figures(name.text, language)
    return len(figures) == 1 and figures[0].kind == "measure" and figures[0].end - figures[0].start == len(name.text)


#: A keyboard shortcut: keys held down, each followed by a plus (spaced or not), then the key
#: pressed, one letter or digit or a function key (Ctrl+Shift+S, Alt + F4, Strg+Umschalt+S).
_SHORTCUT = re.compile(r"(?<![\w+])(?:[^\W\d_]\w{0,11}(?:\+| \+ ))+(?:F\d{1,2}|[A-Za-z0-9])(?![A-Za-z0-9_+])")


def shortcuts(text: str) -> list[Name]:
    """The text's keyboard shortcuts, each one name keyed by the key pressed (+s of Ctrl+Shift+S):
    the keys held down are labelled in the language (``_chord_modifier``), the key pressed
    is not, and a shortcut changed (Ctrl+Shift+Q for Ctrl+Shift+P) does something else."""
    found = []
    for match in _SHORTCUT.finditer(text):
        last = re.split(r" ?\+ ?", match.group())[-1]
        found.append(Name(match.group(), match.start(), match.end(), "+" + last.casefold(), True))
    return found


def _with_shortcuts(text: str, names: list[Name]) -> list[Name]:
    """Add the text's shortcuts as names; a key inside one (F4 of Alt+F4) gives way to it."""
    found = shortcuts(text)
    if not found:
        return names
    kept = [n for n in names if not any(s.start <= n.start and n.end <= s.end for s in found)]
    return sorted(kept + found, key=lambda n: (n.start, -n.end))


#: A plus between two keys of a shortcut (Ctrl+S, Ctrl + Shift + S).
_CHORD_PLUS = re.compile(r"\+\w|[ \u00a0]\+[ \u00a0]\w")


def _chord_modifier(name: Name, text: str) -> bool:
    """A key held down in a keyboard shortcut (Ctrl of Ctrl+Shift+S, Alt of Alt+F4): keyboards
    label it in the language (German Strg+Umschalt+S, French Ctrl+Maj+S, Spanish Ctrl+Mayús+S),
    so it is no name a translation must keep; the shortcut's last key (S, F4) is."""
    return bool(_CHORD_PLUS.match(text, name.end)) and not name.code


#: A number's last digit, then at most one space, right before a name.
_AFTER_A_NUMBER = re.compile(r"\d[ \u00a0\u202f]?$")


def _unit_of_a_figure(name: Name, text: str, language: str) -> bool:
    """A unit's symbol or a currency's code after a number (7.4 mmHg, 5 GB, 5.700 USD) is part
    of a figure, which the figures check holds to the others' however each version writes its
    unit or money (Russian 7,4 мм рт. ст., English US$5,700)."""
    if not _AFTER_A_NUMBER.search(text, max(0, name.start - 2), name.start):
        return False
    start = max(0, name.start - 24)
    figures = extract_figures(text[start : name.end], language)
    return any(
        f.kind in ("measure", "currency") and f.end == name.end - start and f.start < name.start - start for f in figures
    )


def _bearing(name: Name, text: str) -> bool:
    """A coordinate's or a bearing's compass point after its angle (Indonesian 40,12° LU and
    41,45° BT, north and east; 45° SW), up to three capitals: part of the angle, which each
    language abbreviates its own way."""
    before = text[max(0, name.start - 2) : name.start]
    return name.acronym and len(name.text) <= 3 and before.rstrip().endswith("°")


#: Share of a heading's longer words (four letters or more, after the first) that title case
#: capitalises: all but short function words (The Bells of St. Martin's Fall Silent as ...).
_TITLE_CASE = 0.6
_TITLE_WORDS = 3


def title_case(text: str, words: list[Name]) -> bool:
    """Whether the sentence is a heading in title case: no closing full stop, and most of its
    longer words capitalised (Killer Pig Mauls Chinese Farmer to Death). Its capitals say no
    more than a German noun's, so it is read as a version that capitalises its nouns is: its
    names are its codes, acronyms and the words its language does not know.

    A heading some editor closed with a full stop is one still where every word after the
    first is capitalised, the shortest too (Indonesia Tsunami Toll Soars Above 800., It Is Very
    Bad.: NTREX's headlines), which no sentence does (the pig mauls the farmer *to* death)."""
    if text.rstrip().endswith((".", "!", "?", "。")):
        spoken = [w for w in words[1:] if sum(c.isalpha() for c in w.text) >= 2 and cased_script(w.text)]
        return len(spoken) >= _TITLE_WORDS and all(w.text[:1].isupper() for w in spoken)
    longer = [w for w in words[1:] if sum(c.isalpha() for c in w.text) >= 4 and cased_script(w.text)]
    capitalised = sum(w.text[:1].isupper() for w in longer)
    return len(longer) >= _TITLE_WORDS and capitalised >= _TITLE_CASE * len(longer)


def rare_names(text: str, words: list[Name], script: tuple[bool, bool], language: str) -> list[Name]:
    """Capitalised words that capitals alone do not show to be names, and that the language has
    no frequent word for (none in wordfreq at Zipf 3 or above), nor ends in one (a compound noun:
    Nationalversammlungsmitglied; inflection.compound): one opening a sentence (Netanjahu,
    Tapatío), or any in a version that capitalises its nouns (Hamáček in German).
    A rare common word is capitalised there too (Gouverneursamt, Budowniczowie opening a
    sentence), so such a name is held only where nothing close to it in letters or in meaning
    is written (compare_names)."""
    found = []
    for word in words:
        if not word.text[:1].isupper() or not (script[1] or _sentence_initial(text, word.start)):
            continue  # most words: cheap tests first, on every word of every sentence
        bare = without_suffix(word.text)
        if (
            zipf(bare.casefold(), language) == 0.0
            and sum(c.isalpha() for c in bare) >= 3
            and not (word.code or word.acronym)
            and cased_script(bare)
            and not compound(bare.casefold(), language)
        ):
            found.append(word)
    return found


#: A run of Katakana (with its prolonged-sound mark and the middle dot between names) of three or more.
_KATAKANA_RUN = regex.compile(r"[\p{Katakana}ー](?:[\p{Katakana}ー・]*[\p{Katakana}ー]){2,}")


def katakana_runs(text: str) -> list[Name]:
    """Runs of Katakana, the script Unicode sets apart for writing foreign words and names in
    Japanese (ポトロ, トランスニストリア): a name, or a loanword, which another script writes back
    close in letters (potoro for Potro) or translates (イラスト, illustrations; compare_names)."""
    return [
        Name(m.group(), m.start(), m.end(), name_key(m.group()), False)
        for m in _KATAKANA_RUN.finditer(text)
    ]


def _with_proper_nouns(text: str, language: str, names: list[Name]) -> list[Name]:
    """Add the proper nouns a Chinese or Japanese tokeniser tags (cjk), keyed by their reading
    (諏訪 as suwa), where no name already covers any of their characters: a Katakana run is
    one name, where the tokeniser may see two it knows (ポトロ as ポト and ロ)."""
    found = [
        Name(text[p.start : p.end], p.start, p.end, name_key(p.reading), False)
        for p in cjk.proper_nouns(text, language)
        if not any(n.start < p.end and p.start < n.end for n in names)
    ]
    return sorted(names + found, key=lambda n: (n.start, -n.end)) if found else names


def capital_runs(text: str, words: list[Name], script: tuple[bool, bool]) -> list[Name]:
    """In a version that capitalises its nouns, two capitalised words side by side, the first
    not opening the sentence: one name (Leicester City, Vereinten Nationen, Long Bay). A noun
    is capitalised there, but nouns seldom stand side by side with nothing between, and an
    adjective takes a capital only in a name. Such a pair may still be common words (Roten
    Karte), so it is held as a rare name is (compare_names)."""
    if not script[1]:
        return []
    capitalised = [w for w in words if w.text[:1].isupper() and sum(c.isalpha() for c in w.text) >= 2]
    return [pair for pair in _side_by_side(text, capitalised) if not _sentence_initial(text, pair.start)]


def _with_places(text: str, language: str, names: list[Name]) -> list[Name]:
    """Add the countries, regions and cities the text names in its own language's CLDR names
    (Spanien, 西班牙, Rom): names in any script, even where shape says nothing. A name inside one
    (Arab Emirates in United Arab Emirates) gives way to it."""
    found = cldr_names.places(text, language)
    if not found:
        return names
    spans = {(n.start, n.end) for n in names}
    added = [
        Name(text[start:end], start, end, name_key(text[start:end]), latin_script(text[start:end]))
        for start, end in found
        if (start, end) not in spans
    ]
    # Saudi in Saudi Arabia, Emirates in United Arab Emirates: the place is the name, not its words.
    kept = [n for n in names if n.code or not any(s <= n.start and n.end <= e and (s, e) != (n.start, n.end) for s, e in found)]
    return sorted(kept + added, key=lambda n: (n.start, -n.end))


def shifted(name: Name, offset: int) -> Name:
    """The name with its span moved by ``offset`` (from a sentence into its version's text)."""
    return Name(name.text, name.start + offset, name.end + offset, name.key, name.latin)


def context_script(context: str, language: str | None = None) -> tuple[bool, bool]:
    """Whether a version is in Latin script, and whether it capitalises its nouns (always, in a
    ``language`` that CLDR shows capitalising them; otherwise as its text shows)."""
    latin = latin_script(context)
    return latin, latin and capitalises_nouns(context, language)


def _with_pairs(text: str, names: list[Name]) -> list[Name]:
    """Add "High Flyer" as one name where two word names stand side by side. A code or an
    acronym stands on its own (USA Donald Trump is no name USA Donald)."""
    return sorted(names + _side_by_side(text, names), key=lambda n: (n.start, -n.end))


def _side_by_side(text: str, names: list[Name]) -> list[Name]:
    """Each two of the names that stand side by side, one space apart, as one name; not codes or acronyms."""
    found = []
    for first, second in zip(names, names[1:]):
        if text[first.end : second.start] == " " and not (first.code or second.code or first.acronym or second.acronym):
            joined = text[first.start : second.end]
            found.append(Name(joined, first.start, second.end, first.key + second.key, first.latin and second.latin))
    return found


def presence(text: str, found: list[Name] | None = None) -> dict[str, str]:
    """Keys of every token, its hyphen parts, and every pair of neighbouring tokens (where a name
    is looked for), each with its first spelling in the text. The parts of an address are not
    looked in: jana.vogel@wohnraum-leipzig.de writes neither Vogel nor Leipzig, so a name
    misspelt beside its contact address (Jana Vogl) is not carried by it."""
    found = [t for t in (tokens(text) if found is None else found) if not _short_lowercase(t)]
    inside = verbatim.spans(text)
    spellings: dict[str, str] = {}
    for token in found:
        spellings.setdefault(token.key, token.text)
        if inside and any(start <= token.start and token.end <= end for start, end in inside):
            continue
        for part in parts(token):
            spellings.setdefault(part.key, part.text)
        if (name := _after_prefix(token)) is not None:
            spellings.setdefault(name.key, name.text)
    for first, second in zip(found, found[1:]):
        if _BETWEEN_PAIR.fullmatch(text[first.end : second.start]):
            spellings.setdefault(first.key + second.key, text[first.start : second.end])
            if (name := _after_prefix(first)) is not None:
                spellings.setdefault(name.key + second.key, text[name.start : second.end])
    return spellings


def _after_prefix(token: Name) -> Name | None:
    """The capitalised word after a lower-case prefix glued to it, or None: a noun class prefix
    before a name (Xhosa uIngrid, saseHallig, of Hallig; Zulu eGoli), or a brand's own letter
    (iPhone, which then presents Phone as well)."""
    text = token.text
    if not text[:1].islower() or text.islower() or not text.isalpha():
        return None  # most words: lower case throughout, or capitalised
    cut = next((i for i, c in enumerate(text) if c.isupper()), 0)
    rest = text[cut:]
    if cut == 0 or len(rest) < 2 or not rest[1:].islower():
        return None  # iOS, macOS: no lower-case word after the capital
    return Name(rest, token.start + cut, token.end, name_key(rest), token.latin)


def presence_keys(text: str, found: list[Name] | None = None) -> set[str]:
    """The keys of ``presence``: where a name is looked for."""
    return set(presence(text, found))


#: A word name this frequent (Zipf scale) in the languages that write it may be a common word there.
COMMON_WORD = 4.0
#: ... and if it is this much rarer in the checked version's language, that version translated it.
TRANSLATED_DROP = 0.8
#: A near miss this frequent in the checked version's language is a word of it (Präsident), not a typo.
OWN_WORD = 3.0


def translatable(name: Name, written_in: list[str], language: str, common: float = COMMON_WORD) -> bool:
    """Whether a word name is made of common words of the languages that keep it (``common`` on
    the Zipf scale), which the checked version's language uses much less: then translating it
    (Morning → Sabah, Champions League → Ligue des champions) is a legitimate choice, not drift.

    A name the checked language uses about as often (Trump, John, Paris, China in German) or a
    rare word (Kavanaugh, Birkenhead) is not translatable.
    """
    if name.code or name.acronym:
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", without_suffix(name.text))]  # Wednesday's
    if not words:
        return False
    for word in words:
        source = max((z for lang in written_in if (z := zipf(word, lang)) is not None), default=None)
        if source is None or source < common:
            return False
        here = zipf(word, language)
        if here is None or source - here < TRANSLATED_DROP:
            return False  # about as common here, or no data to tell
    return True


def own_word(token: Name, name: str, language: str, at_least: float = OWN_WORD) -> bool:
    """Whether ``token`` is a word of ``language`` used in place of the name ``name``: common
    there (``at_least`` on the Zipf scale), and more common than the name (Präsident for
    President, Estadio for Stadio), so a translation, not a misspelling (Bret for Brett, Jonh
    for John)."""
    frequency = zipf(token.text.casefold(), language)
    if frequency is None or frequency < at_least:
        return False
    return frequency > (zipf(name.casefold(), language) or 0.0)


def _short_lowercase(token: Name) -> bool:
    """A short all-lowercase word ("ai", "un", "es") is a common word, never the acronym AI, UN or ES."""
    if len(token.text) > 3 and token.text.isalpha():
        return False  # most words: more than three letters
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) <= 3 and not any(c.isdigit() for c in token.text) and all(c.islower() for c in letters)


def carried_sorted(sorted_keys: list[str], key: str) -> bool:
    """``carried`` over sorted keys, looking only at those that can carry the key: the ones
    starting with it less its last letter (Deepseeks, and H800 for H800s)."""
    prefix = key[:-1]
    start = bisect_left(sorted_keys, prefix)
    end = bisect_left(sorted_keys, prefix + "\U0010ffff", start)
    return carried(set(sorted_keys[start:end]), key)


def carried(keys: set[str], key: str) -> bool:
    """Whether ``key`` is among ``keys``, also with an inflected suffix (Deepseeks, Nvidianin).

    After a digit only a plural -s counts (H800s): any other letter is part of the code, so
    ChatGPT4 is not carried by ChatGPT4o.
    """
    if key in keys:
        return True
    if len(key) >= 3 and key[-1] == "s" and key[-2].isdigit() and key[:-1] in keys:
        return True  # H800s is the plural of H800
    if len(key) < 3:
        return False
    if not key[-1].isalpha():
        return key + "s" in keys
    longest = len(key) + MAX_SUFFIX
    return any(k.startswith(key) and len(k) <= longest and k[len(key) :].isalpha() for k in keys if k != key)
