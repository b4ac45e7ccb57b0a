"""Detect the language of a version and of each paragraph with langdetect, deterministically."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    from langdetect import detector_factory

    detector_factory.init_factory()
    return frozenset(base_language(lang) for lang in detector_factory._factory.get_lang_list())


def can_judge(language: str) -> bool:
    """langdetect knows 55 languages; for the others we do not guess."""
    return base_language(language) in supported_languages()


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect(text: str, declared: str, trials: int = 7) -> Detection | None:
    """Seeded detection, so the same text always gives the same answer; None if nothing to judge.

    ``trials`` is langdetect's number of sampling runs: 7 (its default) for whole versions, fewer
    for paragraphs, where the question is only whether one reads as another language outright.
    """
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) == 0:
        return None
    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.seed = 0
    detector.n_trial = trials
    try:
        detector.append(cleaned)
        guesses = detector.get_probabilities()
    except LangDetectException:
        return None
    if not guesses:
        return None
    want = base_language(declared)
    declared_probability = sum(g.prob for g in guesses if base_language(g.lang) == want)
    top = guesses[0]
    return Detection(base_language(top.lang), round(top.prob, 4), round(declared_probability, 4))


def combine(detections: list[tuple[Detection, int]]) -> Detection:
    """The letter-weighted vote of paragraph detections, as one detection for the whole text."""
    weight = sum(count for _, count in detections) or 1
    votes: dict[str, float] = {}
    for detection, count in detections:
        votes[detection.language] = votes.get(detection.language, 0.0) + detection.probability * count
    language = max(sorted(votes), key=lambda lang: votes[lang])
    declared = sum(d.declared_probability * count for d, count in detections) / weight
    return Detection(language, round(votes[language] / weight, 4), round(declared, 4))
