"""N-way comparison: omissions, additions and mismatches against the consensus of the others."""

from __future__ import annotations

import csv

import pytest

from consistency.config import Config
from consistency.findings import Kind
from consistency.pipeline import check_document
from tests.conftest import SHARED, make_document

NUMBER_CASES = SHARED / "benchmarks" / "number_cases.tsv"


def figure_findings(texts: dict[str, str], config: Config | None = None):
    result = check_document(make_document(texts), config or Config())
    return [f for f in result.findings if f.check == "figures"]


def kinds(findings) -> set[tuple[str, str, str]]:
    return {
        (f.version, str(f.kind), (f.expected or f.found).key if f.kind != Kind.MISMATCH else f"{f.expected.key}->{f.found.key}")
        for f in findings
    }


BASE = {
    "en": "The plant made 150,000 cars last year, and 90% went to Europe. It employs 3,000 people.",
    "de": "Das Werk baute letztes Jahr 150.000 Autos, 90 % gingen nach Europa. Es beschäftigt 3.000 Menschen.",
    "fr": "L'usine a construit 150 000 voitures l'an dernier, dont 90 % vers l'Europe. Elle emploie 3 000 personnes.",
    "it": "La fabbrica ha prodotto 150.000 auto l'anno scorso, il 90% in Europa. Impiega 3.000 persone.",
    "tr": "Fabrika geçen yıl 150.000 araç üretti, %90'ı Avrupa'ya gitti. 3.000 kişi çalışıyor.",
}


def test_equal_figures_in_different_forms_give_nothing():
    assert figure_findings(BASE) == []


def test_omission_in_one_version():
    texts = dict(BASE, de="Das Werk baute letztes Jahr viele Autos, 90 % gingen nach Europa. Es beschäftigt 3.000 Menschen.")
    assert kinds(figure_findings(texts)) == {("de", "omission", "150000")}


def test_changed_figure_is_one_mismatch():
    texts = dict(BASE, it="La fabbrica ha prodotto 160.000 auto l'anno scorso, il 90% in Europa. Impiega 3.000 persone.")
    findings = figure_findings(texts)
    assert kinds(findings) == {("it", "mismatch", "150000->160000")}
    finding = findings[0]
    assert finding.found.text == "160.000"
    assert set(finding.support) == {"en", "de", "fr", "tr"}
    assert "150.000" in finding.evidence["de"]
    assert "160.000" in finding.evidence["it"]


def test_a_changed_bare_figure_is_expected_without_the_unit_of_its_namesake():
    rows = {
        "en": "| 10,000 photos | 25 GB | 25 minutes |\n| 50,000 photos | 120 GB | 2 hours |\n",
        "de": "| 10.000 Fotos | 25 GB | 25 Minuten |\n| 50.000 Fotos | 120 GB | 2 Stunden |\n",
        "fr": "| 10 000 photos | 25 Go | 25 minutes |\n| 50 000 photos | 120 Go | 2 heures |\n",
        "ja": "| 写真 10,000 枚 | 25 GB | 25 分 |\n| 写真 50,000 枚 | 120 GB | 2 時間 |\n",
    }
    assert figure_findings(rows) == []
    findings = figure_findings(dict(rows, ja=rows["ja"].replace("25 分", "35 分")))
    assert kinds(findings) == {("ja", "mismatch", "25->35")}
    # minutes are no measure: the others' bare 25, not the 25 GB beside it
    assert findings[0].expected.unit is None and findings[0].message.startswith("Expected 25 as in")
    findings = figure_findings(dict(rows, ja=rows["ja"].replace("| 25 GB", "| 35 GB")))
    assert findings[0].expected.unit == "digital-gigabyte" and findings[0].message.startswith("Expected 25 gigabyte as in")


STANDINGS = {
    "en": "| 1 | Bayern Munich | 34 | 82 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 60 |\n",
    "de": "| 1 | Bayern München | 34 | 82 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 60 |\n",
    "fr": "| 1 | Bayern Munich | 34 | 82 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 60 |\n",
    "es": "| 1 | Bayern de Múnich | 34 | 82 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 60 |\n",
}


def test_two_values_swapped_between_places_are_two_mismatches():
    # Each value is in the German text as often as elsewhere, so no count shows it; per row the
    # 82 points are missing and a 60 is there instead, and the other way round.
    swapped = STANDINGS["de"].replace("34 | 82", "34 | X").replace("34 | 60", "34 | 82").replace("34 | X", "34 | 60")
    assert kinds(figure_findings(dict(STANDINGS, de=swapped))) == {("de", "mismatch", "82->60"), ("de", "mismatch", "60->82")}
    # Rows in another order carry their values with them: no finding.
    rows = STANDINGS["de"].splitlines()
    reordered = "\n".join([rows[0], rows[1], rows[3], rows[2]]) + "\n"
    assert figure_findings(dict(STANDINGS, de=reordered)) == []
    assert figure_findings(STANDINGS) == []


def test_a_value_missing_from_a_passage_is_named_as_the_others_write_it_there():
    texts = {
        "en": "Most hikers need 2 days for the climb. In July it is 2 °C at the top.",
        "de": "Die meisten Wanderer brauchen 2 Tage für den Aufstieg. Im Juli hat es am Gipfel 2 °C.",
        "fr": "La plupart des randonneurs mettent 2 jours pour la montée. En juillet, il fait 2 °C au sommet.",
        "ko": "대부분의 등산객은 등반에 이틀이 걸립니다. 7월 정상의 기온은 2°C입니다.",  # 이틀, two days, says no numeral
    }
    findings = figure_findings(texts)
    assert [(f.version, str(f.kind), f.expected.unit) for f in findings] == [("ko", "omission", "duration-day")]
    assert findings[0].message.startswith("2 day is missing in this passage")  # not the 2 °C Korean writes elsewhere


def test_added_figure():
    texts = dict(BASE, tr=BASE["tr"] + " Fabrika 1992'de kuruldu.")
    assert kinds(figure_findings(texts)) == {("tr", "addition", "1992")}


def test_far_apart_omission_and_addition_are_not_paired():
    texts = {lang: text + " Filler sentence number one. " * 0 for lang, text in BASE.items()}
    texts["tr"] = "2023 yılında kuruldu. " + "Uzun bir metin. " * 40 + "Fabrika geçen yıl araç üretti, %90'ı Avrupa'ya gitti. 3.000 kişi çalışıyor."
    found = kinds(figure_findings(texts))
    assert ("tr", "omission", "150000") in found
    assert ("tr", "addition", "2023") in found


def test_spelled_number_supports_but_never_adds():
    texts = dict(BASE)
    texts["de"] += " Acht Ingenieure kamen."  # a spelled number only one version has
    assert figure_findings(texts) == []
    for lang in ("en", "fr", "it", "tr"):
        texts[lang] += {"en": " Eight engineers came.", "fr": " Huit ingénieurs sont venus.",
                        "it": " Sono venuti otto ingegneri.", "tr": " Sekiz mühendis geldi."}[lang]
    assert figure_findings(texts) == []
    texts["it"] = texts["it"].replace("otto", "nove")
    assert kinds(figure_findings(texts)) == {("it", "mismatch", "8->9")}


def test_converted_units_are_equal():
    texts = {
        "en": "The storm passed within 200 miles of the city.",
        "de": "Der Sturm zog bis auf 320 Kilometer an die Stadt heran.",
        "fr": "La tempête est passée à 320 km de la ville.",
    }
    assert figure_findings(texts) == []
    texts["fr"] = "La tempête est passée à 120 km de la ville."
    assert kinds(figure_findings(texts)) == {("fr", "mismatch", "320->120")}


def test_degrees_of_no_scale_are_read_in_celsius_and_in_fahrenheit():
    # NTREX: an American "sunny 80 degrees" is 27 Grad in German, 26 graden in Dutch.
    texts = {
        "en": "It was a sunny 80 degrees outside his home on the north shore.",
        "de": "Es waren sonnige 27 Grad vor seinem Haus an der Nordküste.",
        "nl": "Het was zonnig en 26 graden buiten zijn huis aan de noordkust.",
        "es": "Hacía un día soleado de 27 °C frente a su casa en la costa norte.",
        "th": "มันแดดจ้า 80 องศานอกบ้านของเขาบนชายฝั่งทางตอนเหนือ",
    }
    assert figure_findings(texts) == []
    warmer = dict(texts, nl=texts["nl"].replace("26 graden", "35 graden"))
    assert kinds(figure_findings(warmer)) == {("nl", "mismatch", "80->35")}


def test_a_height_in_feet_and_inches_joined_by_hyphens_is_one_measure():
    texts = {
        "en": "The 6-foot-6 forward grew up in Baton Rouge.",
        "de": "Der 1,98 m große Flügelspieler wuchs in Baton Rouge auf.",
        "it": "L'attaccante di 198 cm è cresciuto a Baton Rouge.",
        "tr": "6 fit 6 inç boyundaki forvet Baton Rouge'da yetişti.",
    }
    assert figure_findings(texts) == []
    taller = dict(texts, it=texts["it"].replace("198 cm", "178 cm"))
    # No other version writes centimetres to pair 178 cm with: the height is told missing, 178 extra.
    assert kinds(figure_findings(taller)) == {("it", "omission", "6.5"), ("it", "addition", "178")}


def test_a_scandinavian_mile_is_ten_kilometres():
    texts = {
        "en": "A front brake hose may crack after about 60,000 km.",
        "de": "Ein vorderer Bremsschlauch kann nach etwa 60.000 km reißen.",
        "sv": "En främre bromsslang kan spricka efter cirka 6 000 mil.",
    }
    assert figure_findings(texts) == []  # Swedish mil, CLDR's mile-scandinavian
    texts["sv"] = "En främre bromsslang kan spricka efter cirka 600 mil."
    assert kinds(figure_findings(texts)) == {("sv", "mismatch", "60000->600")}


def test_a_measure_a_version_writes_itself_is_no_conversion_of_the_others():
    texts = {
        "en": "The warranty lasts 2 years. Register within 60 days.",
        "es": "La garantía dura 2 años. Regístrese en un plazo de 60 días.",
        "it": "La garanzia dura 2 anni. Registrati entro 60 giorni.",
        "fr": "La garantie dure 2 ans. Enregistrez-vous sous 60 jours.",
    }
    assert figure_findings(texts) == []
    # 2 months is about the others' 60 days, but French writes 60 jours as well: no conversion.
    found = figure_findings(dict(texts, fr=texts["fr"].replace("2 ans", "2 mois")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("fr", "duration-year", "duration-month")]


def test_an_hour_written_the_french_way_is_the_time_the_others_write():
    texts = {
        "en": "Updates can be scheduled between 02:00 and 04:00.",
        "de": "Updates können zwischen 2:00 und 4:00 Uhr geplant werden.",
        "fr": "Les mises à jour peuvent être planifiées entre 2 h et 4 h.",
    }
    assert figure_findings(texts) == []
    texts["fr"] = "Les mises à jour peuvent être planifiées entre 2 h et 5 h."
    # 5 h is the hour 05:00 the others would write: one time changed into another.
    assert kinds(figure_findings(texts)) == {("fr", "mismatch", "time:04:00->time:05:00")}


def test_a_changed_month_is_a_mismatch_and_a_month_not_read_is_no_finding():
    texts = {
        "en": "The sheet was issued on March 12, 2025.",
        "es": "La ficha se publicó el 12 de marzo de 2025.",
        "ja": "このシートは2025年3月12日に発行されました。",
        "de": "Das Blatt wurde am 12. März 2025 veröffentlicht.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, es="La ficha se publicó el 12 de abril de 2025.")
    assert kinds(figure_findings(changed)) == {("es", "mismatch", "month:03->month:04")}
    # A form no CLDR pattern gives ("en marzo del año 2025"): no month read, and nothing reported.
    assert figure_findings(dict(texts, es="La ficha se publicó el día 12, en marzo del año 2025.")) == []


def test_a_month_changed_into_one_the_text_names_anyway_is_paired_without_an_alignment():
    """1 May changed into 1 June, in a text that names June elsewhere: June is no addition, and
    a month's absence alone says nothing. Without units to show June once too often in one
    place (no encoder, or one unsure of these languages), the version writes June more often
    than the others: that June is paired by position with the missing May."""
    texts = {
        "en": "Inspections ran from June 2024 to January 2025. The new rules apply from 1 May.",
        "de": "Die Kontrollen liefen von Juni 2024 bis Januar 2025. Die neuen Regeln gelten ab dem 1. Mai.",
        "fr": "Les inspections ont eu lieu de juin 2024 à janvier 2025. Les nouvelles règles s'appliquent à partir du 1er mai.",
        "es": "Las inspecciones se realizaron de junio de 2024 a enero de 2025. Las nuevas normas se aplican desde el 1 de mayo.",
    }
    unaligned = Config(model="none", cache="")
    assert figure_findings(texts, unaligned) == []
    changed = dict(texts, es=texts["es"].replace("1 de mayo", "1 de junio"))
    [finding] = figure_findings(changed, unaligned)
    assert (finding.version, str(finding.kind), finding.expected.key, finding.found.key) == ("es", "mismatch", "month:05", "month:06")
    # June written once more beside the same May is no change of anything.
    repeated = dict(texts, es=texts["es"].replace("enero de 2025.", "enero de 2025, y el informe es de junio de 2024."))
    assert figure_findings(repeated, unaligned) == []


def test_a_number_said_by_a_compound_or_han_numeral_where_others_write_digits_is_not_missing():
    """Polish trzymiesięcznego and Russian трёхмесячной (three months') begin with the number's
    word, and Chinese 三个月 writes it in Han numerals before CLDR's word for months; the others
    write 3 in digits in that passage. Each was told 3 was missing there."""
    texts = {
        "en": "The flat is on the 3rd floor. A deposit of 3 months' rent is due at signing.",
        "de": "Die Wohnung liegt im 3. Stock. Bei Unterzeichnung ist eine Kaution von 3 Monatsmieten fällig.",
        "ja": "部屋は3階にあります。契約時に家賃3か月分の保証金が必要です。",
        "ko": "집은 3층에 있습니다. 계약 시 3개월분 월세에 해당하는 보증금을 내야 합니다.",
        "pl": "Mieszkanie jest na 3. piętrze. Przy podpisaniu umowy należy wpłacić kaucję w wysokości trzymiesięcznego czynszu.",
        "ru": "Квартира находится на 3-м этаже. При подписании договора вносится залог в размере трёхмесячной арендной платы.",
        "zh": "公寓位于3楼。签约时需支付相当于三个月租金的押金。",
    }
    assert figure_findings(texts) == []
    one_month = dict(texts, pl=texts["pl"].replace("trzymiesięcznego", "miesięcznego"))
    assert kinds(figure_findings(one_month)) == {("pl", "omission", "3")}
    assert kinds(figure_findings(dict(texts, zh=texts["zh"].replace("三个月", "一个月")))) == {("zh", "omission", "3")}


def test_a_korean_hour_changed_is_one_mismatch_of_times():
    """오후 2시 is the number 2 and the time 14:00. Where the text has another 2 (two bedrooms),
    the number was no addition of its own: 13:00 was told missing and the 2 extra, where one
    time was changed into another."""
    texts = {
        "en": "The flat has 2 bedrooms. Viewings take place on Saturdays between 10:00 and 13:00.",
        "de": "Die Wohnung hat 2 Schlafzimmer. Besichtigungen finden samstags zwischen 10:00 und 13:00 Uhr statt.",
        "fr": "L'appartement compte 2 chambres. Les visites ont lieu le samedi entre 10:00 et 13:00.",
        "es": "El piso tiene 2 dormitorios. Las visitas se realizan los sábados entre las 10:00 y las 13:00.",
        "ko": "이 아파트에는 침실이 2개 있습니다. 방문 관람은 매주 토요일 오전 10시부터 오후 1시까지입니다.",
    }
    assert figure_findings(texts) == []
    [finding] = figure_findings(dict(texts, ko=texts["ko"].replace("오후 1시", "오후 2시")))
    assert (finding.version, str(finding.kind), finding.expected.key, finding.found.key) == ("ko", "mismatch", "time:13:00", "time:14:00")


def test_an_hour_written_with_the_korean_hour_word_is_the_time_the_others_write():
    texts = {
        "en": "The maintenance will take place on Saturday from 1:00 to 5:00 a.m.",
        "es": "El mantenimiento se realizará el sábado de 1:00 a 5:00 a. m.",
        "ko": "점검은 토요일 오전 1시부터 5시까지 진행됩니다.",
    }
    assert figure_findings(texts) == []
    texts["ko"] = "점검은 토요일 오전 1시부터 6시까지 진행됩니다."
    assert kinds(figure_findings(texts)) == {("ko", "mismatch", "time:05:00->time:06:00")}


def test_two_versions_report_both_sides():
    findings = figure_findings({"en": "It cost 5 dollars.", "de": "Es kostete 6 Dollar."})
    assert {f.version for f in findings} == {"en", "de"}


# DEMETR's number perturbations (benchmarks/figures_demetr.py): a source and one translation
# that each spell a number in one passage.
SPELLED_PAIR = {
    "es": "En las dos siguientes instancias le han dado la razón a Freudenberg, pero la parte contraria sigue peleando.",
    "en": "In the next two instances they have proved Freudenberg right, but the opposite party continues to fight.",
}


def test_two_versions_that_spell_different_numbers_in_one_passage_are_a_mismatch():
    assert figure_findings(SPELLED_PAIR) == []
    changed = dict(SPELLED_PAIR, en=SPELLED_PAIR["en"].replace("two", "three"))
    assert kinds(figure_findings(changed)) == {("en", "mismatch", "2->3"), ("es", "mismatch", "3->2")}
    russian = {
        "ru": "Дипломатические отношения с Катаром три года назад разорвали ОАЭ, Саудовская Аравия, Египет и Бахрейн.",
        "en": "Diplomatic relations with Qatar were severed by the UAE, Saudi Arabia, Egypt and Bahrain two years ago.",
    }
    assert kinds(figure_findings(russian)) == {("en", "mismatch", "3->2"), ("ru", "mismatch", "2->3")}
    # Chinese writes it in a Han numeral (三天, three days)
    chinese = {"zh": "根据目前预报，未来三天，北京多阴雨天气。", "en": "According to the forecast, Beijing will be cloudy and rainy for the next nine days."}
    assert kinds(figure_findings(chinese)) == {("en", "mismatch", "3->9"), ("zh", "mismatch", "9->3")}
    # Hindi, which the default encoder does not know: the one number in words of each side
    hindi = {
        "hi": "वकील को घर पहुंचने पर पता चला कि वहां नशीली दवा रखी थी तथा उनके बीच में नौ बार संवाद हुआ था।",
        "en": "On reaching home, the lawyer learnt that drugs were kept there and they had spoken seven times.",
    }
    assert {(f.version, f.expected.value, f.found.value) for f in figure_findings(hindi)} == {("en", 9, 7), ("hi", 7, 9)}


INSTANCES = {
    "es": SPELLED_PAIR["es"],
    "en": SPELLED_PAIR["en"],
    "fr": "Dans les deux instances suivantes, on a donné raison à Freudenberg, mais la partie adverse continue de se battre.",
    "de": "In den zwei folgenden Instanzen bekam Freudenberg recht, doch die Gegenseite kämpft bis heute weiter.",
}


def test_a_two_in_words_changed_into_another_number_where_all_others_spell_it_is_a_mismatch():
    # two alone is never demanded ("both", a pair, a dual): English "both" is no finding ...
    assert figure_findings(INSTANCES) == []
    assert figure_findings(dict(INSTANCES, en=INSTANCES["en"].replace("next two", "next"))) == []
    # ... but a number no other version has, in the passage where all the others spell two, is
    changed = dict(INSTANCES, en=INSTANCES["en"].replace("two", "three"))
    assert kinds(figure_findings(changed)) == {("en", "mismatch", "2->3")}
    # not where too few others spell it there: one of the three is not more than 0.65 of them
    fewer = dict(
        changed,
        de="In den folgenden Instanzen bekam Freudenberg recht, doch die Gegenseite kämpft bis heute weiter.",
        fr="Dans les instances suivantes, on a donné raison à Freudenberg, mais la partie adverse continue de se battre.",
    )
    assert figure_findings(fewer) == []


def test_a_spelled_number_the_other_version_says_inside_a_word_or_not_at_all_is_no_swap():
    # Polish trzyletni (three-year) says three inside a word: "three" is no change into five
    polish = {
        "pl": "Pięciu ministrów podpisało trzyletni plan w poniedziałek.",
        "en": "Five ministers signed the three-year plan on Monday.",
    }
    assert figure_findings(polish) == []
    # a number in words each side lacks, but in two passages: nothing says one became the other
    apart = {
        "es": "Dos ministros firmaron el plan el lunes. El plan costará mucho dinero.",
        "en": "The ministers signed the plan on Monday. The plan will cost seven times more money.",
    }
    assert figure_findings(apart) == []
    # with a third version, the others' agreement decides, as before
    three = {
        "es": SPELLED_PAIR["es"].replace("dos", "tres"),
        "fr": "Dans les trois instances suivantes, on a donné raison à Freudenberg, mais la partie adverse continue.",
        "en": SPELLED_PAIR["en"].replace("two", "four"),
    }
    assert kinds(figure_findings(three)) == {("en", "mismatch", "3->4")}


def test_thresholds_come_from_config():
    texts = dict(BASE, de="Das Werk baute letztes Jahr viele Autos, 90 % gingen nach Europa. Es beschäftigt 3.000 Menschen.")
    assert figure_findings(texts, Config(omission_support=1.01)) == []


def _number_cases():
    if not NUMBER_CASES.is_file():
        return []
    rows = []
    with NUMBER_CASES.open(encoding="utf-8") as stream:
        for row in csv.reader((line for line in stream if not line.startswith("#")), delimiter="\t"):
            if len(row) >= 5:
                rows.append(pytest.param(*row[:5], id=f"{row[0]}-{row[2]}-{row[1][:24]}"))
    return rows


@pytest.mark.skipif(not NUMBER_CASES.is_file(), reason="shared benchmark data not present")
@pytest.mark.parametrize(("lang_a", "text_a", "lang_b", "text_b", "expect"), _number_cases())
def test_number_cases_from_other_qa_checkers(lang_a, text_a, lang_b, text_b, expect):
    """Peer test suite: translate-toolkit, Okapi and Trados cases, plus their known failures."""
    if lang_a == lang_b:
        pytest.skip("one language twice: not a cross-language pair")
    findings = figure_findings({lang_a: text_a, lang_b: text_b})
    assert (not findings) == (expect == "same"), [f.message for f in findings]


def test_changed_figure_whose_values_occur_elsewhere_is_found_in_its_unit():
    """Set-level comparison cannot see 2 → 4 when another 2 and another 4 stay in the text."""
    texts = {
        "en": "Rain reached 2 inches in Phoenix on Monday. Tucson saw 4 inches by Tuesday night. Flooding closed 2 highways near the border.",
        "de": "In Phoenix fielen am Montag 2 Zoll Regen. Tucson meldete bis Dienstagnacht 4 Zoll. Überschwemmungen sperrten 2 Autobahnen nahe der Grenze.",
        "fr": "Il est tombé 2 pouces de pluie à Phoenix lundi. Tucson a reçu 4 pouces jusqu'à mardi soir. Les inondations ont fermé 2 autoroutes près de la frontière.",
        "it": "A Phoenix lunedì sono caduti 2 pollici di pioggia. Tucson ha registrato 4 pollici entro martedì sera. Le inondazioni hanno chiuso 2 autostrade vicino al confine.",
    }
    assert figure_findings(texts) == []
    texts["it"] = texts["it"].replace("caduti 2 pollici", "caduti 4 pollici")
    findings = figure_findings(texts)
    assert kinds(findings) == {("it", "mismatch", "2->4")}
    assert findings[0].unit is not None and "Phoenix" in findings[0].evidence["it"]


def test_a_value_one_too_many_in_a_passage():
    """The others have the value elsewhere. Where this version lacks another value in the same
    passage, it is that value changed; else the message counts it, naming no version as lacking it."""
    texts = {
        "en": "Rain reached 2 inches in Phoenix on Monday. Tucson saw 4 inches by Tuesday night. Flooding closed 2 highways near the border.",
        "de": "In Phoenix fielen am Montag 2 Zoll Regen. Tucson meldete bis Dienstagnacht 4 Zoll. Überschwemmungen sperrten 2 Autobahnen nahe der Grenze.",
        "fr": "Il est tombé 2 pouces de pluie à Phoenix lundi. Tucson a reçu 4 pouces jusqu'à mardi soir. Les inondations ont fermé 2 autoroutes près de la frontière.",
        "it": "A Phoenix lunedì sono caduti 2 pollici di pioggia. Tucson ha registrato 4 pollici entro martedì sera. Le inondazioni hanno chiuso 2 autostrade vicino al confine.",
    }
    changed = dict(texts, fr=texts["fr"].replace("reçu 4 pouces", "reçu 2 pouces"))  # no 4 left in French
    assert kinds(figure_findings(changed)) == {("fr", "mismatch", "4->2")}
    extra = dict(texts, fr=texts["fr"].replace("jusqu'à mardi soir", "en 2 jours, jusqu'à mardi soir"))
    [finding] = figure_findings(extra)
    assert (finding.version, str(finding.kind)) == ("fr", "addition")
    assert "is extra in this passage; it appears 3 time(s) in this version, 2 times in the other" in finding.message


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=400),
        st.lists(
            st.sampled_from(["5", "1,6", "Milliarden", "%18", "2048", "acht", " ", "\n", ". ", "€", "$", "07:55", "ล้าน", "億"]),
            max_size=80,
        ).map("".join),
    )
)
def test_figures_of_identical_copies_never_disagree(text):
    from consistency.config import Config
    from consistency.pipeline import analyse_document
    from tests.conftest import make_document

    if not text.strip() or "\x00" in text:
        return
    # Same number conventions in every copy (de-CH would read "1.000" as one, not a thousand).
    _, _, findings = analyse_document(make_document({"en": text, "en-GB": text, "en-AU": text}), Config(model="none", cache=""))
    assert [f for f in findings if f.check == "figures"] == []


def test_an_english_paragraph_copied_into_thai_is_found_however_thai_cuts_it():
    from consistency.compare import VersionView, copied_sentences
    from consistency.segment import segment

    english = "The heater can overheat. Owners should unplug it at once and call the company for a refund."
    thai = "เครื่องทำความร้อนอาจร้อนเกินไป เจ้าของควรถอดปลั๊กทันทีและติดต่อบริษัทเพื่อขอเงินคืน"
    german = "Das Heizgerät kann überhitzen. Besitzer sollten es sofort ausstecken und die Firma anrufen."

    def views(thai_text):
        texts = {"en": english, "th": thai_text, "de": german}
        return [VersionView(lang, text, segment(text, (), lang), ()) for lang, text in texts.items()]

    assert copied_sentences(views(thai)) == {}
    copied = copied_sentences(views(thai + "\n\n" + english))
    assert set(copied) == {"th"} and {source for _, source in copied["th"]} == {"en"}
    assert any(segment.text == english for segment, _ in copied["th"])  # the paragraph, cut in Thai's way or not


DOSE = {
    "en": "Adults take 500 mg twice a day; the bottle holds 100 ml and must stay below 25 °C.",
    "de": "Erwachsene nehmen zweimal täglich 500 mg; die Flasche enthält 100 ml und muss unter 25 °C bleiben.",
    "fr": "Les adultes prennent 500 mg deux fois par jour ; le flacon contient 100 ml et doit rester sous 25 °C.",
    "ja": "成人は1日2回500mgを服用します。ボトルの容量は100mlで、25°C以下で保管してください。",
    "zh-Hant": "成人每日服用兩次，每次500毫克；瓶中裝有100毫升，須保存於25°C以下。",
}


def test_the_same_number_with_another_unit_of_its_kind_is_a_mismatch():
    assert figure_findings(DOSE) == []
    found = figure_findings(dict(DOSE, de=DOSE["de"].replace("500 mg", "500 µg")))
    assert [(f.version, str(f.kind), f.expected.unit, f.found.unit) for f in found] == [
        ("de", "mismatch", "mass-milligram", "mass-microgram")
    ]
    assert "500 milligram" in found[0].message and "'500 µg'" in found[0].message
    found = figure_findings(dict(DOSE, ja=DOSE["ja"].replace("25°C", "25°F")))
    assert [(f.version, f.found.unit) for f in found] == [("ja", "temperature-fahrenheit")]


STORM = {
    "en": "Rosa is moving north at 12 miles per hour.",
    "de": "Rosa zieht mit 19 Kilometern pro Stunde nach Norden.",  # converted, the unit declined
    "fr": "Rosa se déplace vers le nord à 12 miles par heure.",
    "tr": "Rosa kuzeye saatte 12 mil hızla ilerliyor.",  # the hour before the number: no pattern reads it
}


def test_a_rate_whose_time_stands_apart_is_the_rate_the_others_write():
    assert figure_findings(STORM) == []
    found = figure_findings(dict(STORM, tr=STORM["tr"].replace("12 mil", "12 km")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("tr", "speed-mile-per-hour", "length-kilometer")]


CLOSURE = {
    "en": "The school is closed from 12 to 14 March. Classes resume on 15 March.",
    "fr": "L’école est fermée du 12 au 14 mars. Les cours reprennent le 15 mars.",
    "de": "Die Schule ist vom 12. bis 14. März geschlossen. Der Unterricht beginnt am 15. März.",
    "es": "La escuela está cerrada del 12 al 14 de marzo. Las clases se reanudan el 15 de marzo.",
}


def test_a_month_changed_beside_the_same_month_kept_is_a_mismatch_without_alignment():
    # German keeps März once (15. März) and writes Mai once: fewer Marches than the others, and
    # a May none has. Without an alignment to pair them in their unit, they pair in text order.
    unaligned = Config(model="none", cache="")
    assert figure_findings(CLOSURE, unaligned) == []
    found = figure_findings(dict(CLOSURE, de=CLOSURE["de"].replace("14. März", "14. Mai")), unaligned)
    assert [(f.version, str(f.kind), f.expected.key, f.found.key) for f in found] == [("de", "mismatch", "month:03", "month:05")]


RESULT = {
    "en": "Operating result (in thousands of euros): (3,120), against (5,480) a year earlier.",
    "fr": "Résultat opérationnel (en milliers d’euros) : (3 120), contre (5 480) un an plus tôt.",
    "de": "Betriebsergebnis (in Tsd. Euro): −3.120 nach −5.480 im Vorjahr.",
    "es": "Resultado operativo (en miles de euros): −3.120, frente a −5.480 un año antes.",
}


def test_a_loss_in_brackets_is_the_negative_others_write():
    assert figure_findings(RESULT) == []
    (found,) = figure_findings(dict(RESULT, de=RESULT["de"].replace("−3.120", "−3.210")))
    assert (found.version, str(found.kind), found.expected.key, found.found.key) == ("de", "mismatch", "-3120", "-3210")


BAGGAGE = {
    "en": "The bag may weigh up to 23 kg and the walk to the gate is 2 km long.",
    "fr": "Le sac peut peser jusqu’à 23 kg et la marche jusqu’à la porte fait 2 km.",
    "es": "La bolsa puede pesar hasta 23 kg y el paseo hasta la puerta mide 2 km.",
    "it": "La borsa può pesare fino a 23 kg e il percorso fino al gate è lungo 2 km.",
    "zh": "行李最重可达23公斤，步行到登机口约2公里/小时。",
}


def test_the_same_number_with_a_unit_of_another_kind_is_a_mismatch():
    # 2公里/小时 is read as 2 km, the rest of its unit not: another kind there says nothing
    texts = dict(BAGGAGE, zh="行李最重可达23公斤，步行到登机口约2公里。")
    assert figure_findings(texts) == []
    found = figure_findings(dict(texts, fr=texts["fr"].replace("23 kg", "23 km")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("fr", "mass-kilogram", "length-kilometer")]
    assert "23 kilogram" in found[0].message
    spoken = dict(BAGGAGE, fr=BAGGAGE["fr"].replace("2 km", "2 kg"))  # zh's 2公里/小时 agrees with no one
    assert [(f.version, f.found.unit) for f in figure_findings(spoken)] == [("fr", "mass-kilogram")]


DOSING = {
    "en": "Children receive 10 mg/kg once a day.",
    "de": "Kinder erhalten einmal täglich 10 mg/kg.",
    "fr": "Les enfants reçoivent 10 mg/kg une fois par jour.",
    "es": "Los niños reciben 10 mg/kg una vez al día.",
}


def test_a_dose_per_kilogram_written_as_a_dose_is_a_mismatch():
    assert figure_findings(DOSING) == []
    found = figure_findings(dict(DOSING, de=DOSING["de"].replace("10 mg/kg", "10 mg")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("de", "mass-milligram/mass-kilogram", "mass-milligram")]
    assert "10 milligram per kilogram" in found[0].message


ENERGY = {
    "en": "One bar provides 553 kJ / 132 kcal; 100 g provide 1,580 kJ / 378 kcal.",
    "de": "Ein Riegel liefert 553 kJ / 132 kcal; 100 g liefern 1580 kJ / 378 kcal.",
    "fr": "Une barre apporte 553 kJ / 132 kcal ; 100 g apportent 1 580 kJ / 378 kcal.",
    "it": "Una barretta fornisce 553 kJ / 132 kcal; 100 g forniscono 1580 kJ / 378 kcal.",
}


def test_a_unit_change_expects_the_figure_with_the_found_number():
    # 378 kcal and 1580 kJ are one energy: German 378 kJ for 378 kcal is told against 378 kcal,
    # not against the 1580 kJ German still writes.
    assert figure_findings(ENERGY) == []
    (found,) = figure_findings(dict(ENERGY, de=ENERGY["de"].replace("378 kcal", "378 kJ")))
    assert (found.expected.text, found.found.text) == ("378 kcal", "378 kJ")
    assert found.message.startswith("Expected 378 kilocalorie")


LATENCY = {
    "en": "Average latency rose from 120 ms to 2.4 s during the incident.",
    "de": "Die durchschnittliche Latenz stieg während der Störung von 120 ms auf 2,4 s.",
    "fr": "La latence moyenne est passée de 120 ms à 2,4 s pendant l'incident.",
    "pt-BR": "A latência média subiu de 120 ms para 2,4 s durante o incidente.",
    "it": "La latenza media è salita da 120 ms a 2,4 s durante l'incidente.",
}


def test_a_unit_is_judged_by_the_versions_that_read_one():
    # CLDR gives German and French no symbol s that can be read (French s is a common word):
    # their 2,4 is a bare number, which neither backs nor contradicts the seconds.
    assert figure_findings(LATENCY) == []
    found = figure_findings(dict(LATENCY, **{"pt-BR": LATENCY["pt-BR"].replace("2,4 s", "2,4 ms")}))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("pt-BR", "duration-second", "duration-millisecond")]
    # One other version measuring the number is too few to hold the unit to.
    two = {lang: LATENCY[lang] for lang in ("de", "fr", "it")}
    assert figure_findings(dict(two, de=two["de"].replace("2,4 s", "2,4 ms"))) == []


SENTENCE = {
    "en": "He was sentenced to 3 years in prison and must pay the fine within 14 days.",
    "de": "Er wurde zu 3 Jahren Haft verurteilt und muss die Geldstrafe innerhalb von 14 Tagen zahlen.",
    "fr": "Il a été condamné à 3 ans de prison et doit payer l'amende sous 14 jours.",
    "es": "Fue condenado a 3 años de prisión y debe pagar la multa en un plazo de 14 días.",
    "pl": "Został skazany na 1 rok i 3 lata więzienia w zawieszeniu i musi zapłacić grzywnę w ciągu 14 dni.",
    "it": "È stato condannato a 3 anni di carcere e deve pagare la multa entro 14 giorni.",
}


def test_the_same_number_of_another_unit_of_time_is_a_mismatch():
    # Polish 1 rok (a year) is held like an article: the others write none.
    texts = dict(SENTENCE, pl=SENTENCE["pl"].replace("1 rok i ", ""))
    assert figure_findings(texts) == [] and figure_findings(SENTENCE) == []
    found = figure_findings(dict(texts, fr=texts["fr"].replace("3 ans", "3 mois")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("fr", "duration-year", "duration-month")]
    found = figure_findings(dict(texts, it=texts["it"].replace("14 giorni", "14 settimane")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("it", "duration-day", "duration-week")]
    # Two weeks are the others' 14 days.
    assert figure_findings(dict(texts, en=texts["en"].replace("14 days", "two weeks"))) == []


SALT = {
    "en": "Add ½ teaspoon of salt and 200 g of flour.",
    "de": "½ TL Salz und 200 g Mehl hinzufügen.",
    "fr": "Ajoutez une demi-cuillère à café de sel et 200 g de farine.",  # a half in words
    "it": "Aggiungete mezzo cucchiaino di sale e 200 g di farina.",
    "sv": "Tillsätt ½ tsk salt och 200 g vetemjöl.",
    "es": "Añade ½ cucharadita de sal y 200 g de harina.",
    "nl": "Voeg ½ theelepel zout en 200 g bloem toe.",
}


def test_a_fraction_sign_alone_is_read_and_a_half_in_words_is_no_omission():
    assert figure_findings(SALT) == []
    found = figure_findings(dict(SALT, de=SALT["de"].replace("½ TL", "¼ TL")))
    assert [(f.version, f.expected.key, f.found.key) for f in found] == [("de", "0.5", "0.25")]
    found = figure_findings(dict(SALT, en=SALT["en"].replace("½ teaspoon", "½ tablespoon")))
    assert [(f.version, f.expected.unit, f.found.unit) for f in found] == [("en", "volume-teaspoon", "volume-tablespoon")]


PRICE = {
    "en": "The phone costs CHF 1,249.90 and ships in 2 weeks.",
    "de-CH": "Das Telefon kostet CHF 1'249.90 und wird in 2 Wochen geliefert.",
    "fr-CH": "Le téléphone coûte 1'249,90 CHF et sera livré dans 2 semaines.",
    "it-CH": "Il telefono costa CHF 1'249.90 e viene spedito in 2 settimane.",
    "ko": "휴대폰 가격은 1,249.90스위스 프랑이며 2주 후에 배송됩니다.",
}


def test_the_same_amount_in_another_currency_is_a_mismatch():
    assert figure_findings(PRICE) == []
    found = figure_findings(dict(PRICE, **{"fr-CH": PRICE["fr-CH"].replace("CHF", "EUR")}))
    assert [(f.version, str(f.kind), f.expected.unit, f.found.unit, f.subject) for f in found] == [
        ("fr-CH", "mismatch", "CHF", "EUR", "currency:EUR")
    ]


FLAT = {
    "en-US": "The apartment has 840 sq ft of living space.",
    "de": "Die Wohnung hat 78 m² Wohnfläche.",
    "fr": "L’appartement offre 78 m2 de surface habitable.",
}


def test_a_surface_converted_between_units_is_the_same_figure():
    # 840 sq ft is 78.04 m²: the translators' conversion, no mismatch; 87 m² is one
    assert figure_findings(FLAT, Config(cache="")) == []
    found = figure_findings(dict(FLAT, de=FLAT["de"].replace("78", "87")), Config(cache=""))
    assert [(f.version, str(f.kind)) for f in found] == [("de", "mismatch")]


COST = {
    "en": "The project cost €5 million last year.",
    "fr": "Le projet a coûté 5 millions d’euros l’an dernier.",
    "ca": "El projecte va costar 5 milions d’euros l’any passat.",
    "it": "Il progetto è costato 5 milioni di euro l’anno scorso.",
}


def test_a_currency_after_an_elided_connecting_word_is_compared():
    # French and Catalan write "d’euros" (of euros): euros stated, not a bare amount
    assert figure_findings(COST, Config(cache="")) == []
    found = figure_findings(dict(COST, en=COST["en"].replace("€", "$")), Config(cache=""))
    assert [(f.version, str(f.kind), f.expected.unit, f.found.unit) for f in found] == [("en", "mismatch", "EUR", "USD")]
    found = figure_findings(dict(COST, fr=COST["fr"].replace("d’euros", "de dollars")), Config(cache=""))
    assert [(f.version, str(f.kind), f.expected.unit) for f in found] == [("fr", "mismatch", "EUR")]


TENT = {
    "en": "The tent costs €349 and comes with a three-year warranty.",
    "de": "Das Zelt kostet 349 € und hat drei Jahre Garantie.",
    "fr": "La tente coûte 349 € et bénéficie d’une garantie de trois ans.",
    "sv": "Tältet kostar 349 euro och har tre års garanti.",
}


def test_a_currency_stated_where_the_others_write_one_that_rules_it_out_is_a_mismatch():
    # Dollars may be any dollar, but no euro: the German euros are another currency.
    texts = {
        "en": "The chief executive said the cuts would save about $150m a year.",
        "fr": "La directrice a déclaré que ces suppressions permettraient d’économiser environ 150 millions de dollars par an.",
        "it": "L'amministratrice ha detto che i tagli permetteranno di risparmiare circa 150 milioni di dollari l'anno.",
        "es": "La consejera afirmó que los recortes permitirán ahorrar unos 150 millones de dólares al año.",
        "de": "Die Vorstandschefin sagte, die Kürzungen würden jährlich rund 150 Millionen Dollar einsparen.",
    }
    assert figure_findings(texts, Config(cache="")) == []
    found = figure_findings(dict(texts, de=texts["de"].replace("Dollar", "Euro")), Config(cache=""))
    assert [(f.version, str(f.kind), f.expected.unit, f.found.unit) for f in found] == [("de", "mismatch", "USD", "EUR")]
    # US dollars are dollars, and an amount without its currency says nothing of it
    for written in ("150 Millionen US-Dollar", "150 Millionen"):
        assert figure_findings(dict(texts, de=texts["de"].replace("150 Millionen Dollar", written)), Config(cache="")) == []


def test_money_in_a_word_several_currencies_share_is_no_other_currency():
    # Swedish kronor is SEK, NOK, DKK or ISK: never the euro the others state.
    found = figure_findings(dict(TENT, sv=TENT["sv"].replace("euro", "kronor")), Config(cache=""))
    assert [(f.version, str(f.kind), f.expected.unit) for f in found] == [("sv", "mismatch", "EUR")]
    # English dollars may be US dollars: beside US$ they state no other currency.
    texts = {
        "en": "The company raised 5 million dollars last year.",
        "de": "Das Unternehmen sammelte letztes Jahr 5 Millionen US-Dollar ein.",
        "fr": "L’entreprise a levé 5 millions de dollars des États-Unis l’an dernier.",
    }
    assert figure_findings(texts, Config(cache="")) == []
    # Japanese ドル may be US dollars too: CLDR writes them 米ドル, the country's kanji against it.
    prices = {
        "en": "Pricing is unchanged: $9.99 per month.",
        "de": "Die Preise bleiben gleich: 9,99 $ pro Monat.",
        "fr": "Les tarifs restent inchangés : 9,99 $ par mois.",
        "ja": "料金は変わりません。月額 9.99 ドルです。",
    }
    assert figure_findings(prices, Config(cache="")) == []
    found = figure_findings(dict(prices, ja=prices["ja"].replace("ドル", "ユーロ")), Config(cache=""))
    assert [(f.version, str(f.kind), f.expected.unit, f.found.unit) for f in found] == [("ja", "mismatch", "USD", "EUR")]


def test_a_dollar_each_locale_reads_as_its_own_states_no_currency():
    # $ is the US dollar in English and the peso in Mexican Spanish: the sign states neither.
    texts = {
        "en": "The company raised $5 million last year.",
        "de": "Das Unternehmen sammelte letztes Jahr 5 Millionen US$ ein.",
        "es-MX": "La empresa recaudó $5 millones el año pasado.",
    }
    assert figure_findings(texts) == []


def test_a_two_a_language_says_with_a_dual_is_not_demanded():
    # Arabic says two hours with the dual, ساعتين, and no numeral (CLDR: Arabic has a plural
    # category for two); German has none, and its dropped 2 is found.
    texts = {
        "en": "Charge the phone for 2 hours before first use.",
        "de": "Laden Sie das Telefon vor dem ersten Gebrauch 2 Stunden lang auf.",
        "fr": "Chargez le téléphone pendant 2 heures avant la première utilisation.",
        "ar": "اشحن الهاتف لمدة ساعتين قبل الاستخدام الأول.",
    }
    assert figure_findings(texts) == []
    found = figure_findings(dict(texts, de=texts["de"].replace("2 Stunden", "Stunden")))
    assert [(f.version, str(f.kind), f.expected.key) for f in found] == [("de", "omission", "2")]
    # The day of a date is written, dual or not.
    dated = {
        "en": "The meeting is on 2 March 2026 and lasts 2 hours.",
        "de": "Das Treffen ist am 2. März 2026 und dauert 2 Stunden.",
        "fr": "La réunion a lieu le 2 mars 2026 et dure 2 heures.",
        "ar": "الاجتماع في مارس ٢٠٢٦ ويستمر ساعتين.",
    }
    assert [(f.version, str(f.kind), f.expected.key) for f in figure_findings(dated)] == [("ar", "omission", "2")]


def test_two_of_a_unit_a_language_writes_as_one_word_is_not_demanded():
    # CLDR writes two weeks in Arabic and Hebrew with no number (أسبوعان, שבועיים): 2 weeks is
    # read as a measure, which the dual leaves out; German has no such word.
    texts = {
        "en": "Clean the burrs every 2 weeks. The grinder uses 150 W.",
        "de": "Reinigen Sie das Mahlwerk alle 2 Wochen. Die Mühle verbraucht 150 W.",
        "fr": "Nettoyez les meules toutes les 2 semaines. Le moulin consomme 150 W.",
        "es": "Limpie las muelas cada 2 semanas. El molinillo consume 150 W.",
        "ar": "نظّف أقراص الطحن كل أسبوعين. تستهلك المطحنة 150 واط.",
    }
    assert figure_findings(dict(texts, he="נקו את אבני הטחינה כל שבועיים. המטחנה צורכת 150 W.")) == []
    found = figure_findings(dict(texts, de=texts["de"].replace("alle 2 Wochen", "jede Woche")))
    assert [(f.version, str(f.kind), f.expected.key) for f in found] == [("de", "omission", "2")]
    # ... but not a number of another unit, which the language writes with its numeral
    found = figure_findings(dict(texts, ar=texts["ar"].replace("150 واط", "واط")))
    assert [(f.version, str(f.kind), f.expected.key) for f in found] == [("ar", "omission", "150")]


def test_a_two_written_where_the_others_say_twice_is_not_extra():
    # Japanese writes twice as 2回 and twice as quiet as 2倍: three 2s in the text where the
    # others write one or two, or none (Arabic مرتين, a dual); no 2 was added.
    texts = {
        "en": "Press the start button twice to grind for 30 seconds.\n\nClean the burrs every 2 weeks. Never put the hopper in the dishwasher.\n\nThe grinder is twice as quiet as the P2 model and uses 150 W.",
        "ja": "スタートボタンを2回押すと、30秒間挽きます。\n\n刃は2週間ごとに掃除してください。ホッパーは食器洗い機に入れないでください。\n\nこのグラインダーはP2モデルの2倍静かで、消費電力は150 Wです。",
        "ru": "Дважды нажмите кнопку запуска, чтобы молоть 30 секунд.\n\nОчищайте жернова каждые 2 недели. Никогда не мойте бункер в посудомоечной машине.\n\nКофемолка в два раза тише модели P2 и потребляет 150 Вт.",
        "ko": "시작 버튼을 두 번 누르면 30초 동안 분쇄합니다.\n\n2주마다 버를 청소하십시오. 호퍼를 식기세척기에 넣지 마십시오.\n\n이 그라인더는 P2 모델보다 두 배 조용하며 소비 전력은 150W입니다.",
        "zh": "按两次启动按钮，研磨30秒。\n\n每2周清洁一次磨盘。切勿将豆仓放入洗碗机。\n\n这款研磨机的噪音只有P2型号的一半，功率为150瓦。",
        "ar": "اضغط على زر التشغيل مرتين للطحن لمدة 30 ثانية.\n\nنظّف أقراص الطحن كل أسبوعين. لا تضع الخزان في غسالة الأطباق أبدًا.\n\nالمطحنة أهدأ بمرتين من طراز P2 وتستهلك 150 واط.",
    }
    assert figure_findings(texts) == []
    found = figure_findings(dict(texts, ja=texts["ja"].replace("2回", "3回")))
    assert [(f.version, str(f.kind), f.found.key) for f in found] == [("ja", "addition", "3")]


def test_a_time_changed_where_the_others_write_it_as_hours_and_minutes_with_a_dot_is_one_mismatch():
    # Catalan and Indonesian 19.30 is the number 19.3 or the time 19:30 that 7:30 p.m. is
    texts = {  # Catalan first, as a folder lists it: its 19.30 stands for the others' value
        "ca": "El concert tindrà lloc el dissabte a les 19.30 h a la plaça Major.",
        "en": "The concert takes place on Saturday at 7:30 p.m. in the Main Square.",
        "es": "El concierto tendrá lugar el sábado a las 19:30 h en la Plaza Mayor.",
        "id": "Konser akan diadakan pada hari Sabtu pukul 19.30 di Alun-Alun Utama.",
        "pt": "O concerto realiza-se no sábado, às 19h30, na Praça Principal.",
    }
    assert figure_findings(texts) == []
    [found] = figure_findings(dict(texts, pt=texts["pt"].replace("19h30", "20h30")))
    assert (found.version, str(found.kind), found.found.key) == ("pt", "mismatch", "time:20:30")
    assert found.message.startswith("Expected 19:30 as in")


def test_a_unit_converted_with_its_number_is_no_unit_change():
    texts = {
        "en": "The storm moved 200 miles inland and dropped 4 inches of rain.",
        "de": "Der Sturm zog 320 Kilometer ins Landesinnere und brachte 10 Zentimeter Regen.",
        "fr": "La tempête a parcouru 320 kilomètres à l'intérieur des terres et a déversé 10 centimètres de pluie.",
    }
    assert figure_findings(texts) == []


CLOSING = {
    "en": "The museum closes at 3 p.m. on Friday for a staff meeting.",
    "fr": "Le musée ferme à 15 heures vendredi pour une réunion du personnel.",
    "nl": "Het museum sluit vrijdag om 15 uur voor een personeelsvergadering.",
    "es": "El museo cierra a las 15 horas del viernes por una reunión del personal.",
}


@pytest.mark.parametrize("language", ["fr", "nl", "es"])
def test_an_hour_said_with_the_word_for_hours_is_the_time_the_others_write(language):
    texts = {"en": CLOSING["en"], language: CLOSING[language]}
    assert figure_findings(texts) == []
    changed = {"en": CLOSING["en"], language: CLOSING[language].replace("15", "16")}
    assert (language, "mismatch", "time:15:00->time:16:00") in kinds(figure_findings(changed))


RAIN = {
    "en": "Forecasters expect 2 to 4 inches of rain in Arizona, and 1 to 2 inches elsewhere.",
    "de": "Erwartet werden 5 bis 10 Zentimeter Regen in Arizona und 2,5 bis 5 Zentimeter anderswo.",
    "nl": "Verwacht wordt 5 tot 10 centimeter regen in Arizona en 3 tot 5 centimeter elders.",
}


def test_a_range_converted_into_another_unit_meets_it_bound_by_bound():
    # The lower bounds take their range's unit (2 of 2 to 4 inches is 5 cm); Dutch rounds
    # 1 inch (2.54 cm) to the whole centimetres it writes, 3.
    assert figure_findings(RAIN) == []
    assert kinds(figure_findings(dict(RAIN, de=RAIN["de"].replace("5 bis 10", "7 bis 10")))) == {("de", "mismatch", "2->7")}
    assert kinds(figure_findings(dict(RAIN, nl=RAIN["nl"].replace("3 tot 5", "4 tot 5")))) == {("nl", "omission", "1")}


def test_a_unit_a_range_lends_its_lower_bound_tells_no_changed_unit():
    # Spanish 2 cm is a bound converted (badly) from 1 inch, no 2 inches in another unit.
    texts = {"en": "Forecasters expect 1 to 2 inches of rain.", "es": "Se esperan entre 2 y 5 centímetros de lluvia."}
    assert not any(f.subject.startswith("unit:") for f in figure_findings(texts))
    written = {"en": "Forecasters expect 2 inches of rain.", "es": "Se esperan 2 centímetros de lluvia."}
    assert any(f.subject == "unit:length-centimeter" for f in figure_findings(written))


def test_a_changed_figure_whose_old_value_stays_elsewhere_is_one_mismatch():
    # 70% became 7% in the Indonesian text, whose title still has the 70 of the product's name.
    texts = {
        "en": "CleanPro 70\n\nThe product contains 70% ethanol and is highly flammable.",
        "it": "CleanPro 70\n\nIl prodotto contiene il 70% di etanolo ed è altamente infiammabile.",
        "id": "CleanPro 70\n\nProduk ini mengandung 70% etanol dan sangat mudah menyala.",
        "fr": "CleanPro 70\n\nLe produit contient 70 % d'éthanol et est très inflammable.",
    }
    assert figure_findings(texts) == []
    found = figure_findings(dict(texts, id=texts["id"].replace("70% etanol", "7% etanol")))
    assert kinds(found) == {("id", "mismatch", "70->7")}
    assert "id" not in found[0].support



def test_a_mismatch_expects_the_value_as_the_others_write_it_in_that_passage():
    # 15 is a version number in one passage and a percentage in the next.
    texts = {
        "en": "Experience with PostgreSQL 15 is a plus.\n\nYou can buy shares at a 15% discount after a year.",
        "fr": "Une expérience de PostgreSQL 15 est un plus.\n\nVous pourrez acheter des actions avec une remise de 15 % après un an.",
        "es": "Se valorará experiencia con PostgreSQL 15.\n\nPodrás comprar acciones con un descuento del 15 % después de un año.",
        "de": "Erfahrung mit PostgreSQL 15 ist ein Plus.\n\nNach einem Jahr können Sie Aktien mit 15 % Rabatt kaufen.",
    }
    assert figure_findings(texts) == []
    [found] = figure_findings(dict(texts, de=texts["de"].replace("PostgreSQL 15", "PostgreSQL 14")))
    assert (found.version, found.expected.unit) == ("de", None)
    assert found.message.startswith("Expected 15 as in")

def test_code_is_kept_as_written_and_only_its_figures_compared():
    def doc(intro, command, after):
        return f"{intro}\n```bash\n{command}\norbit login --region eu-west-1\n```\n{after}\n"

    texts = {
        "en": doc("Run the following command:", "pip install orbit-cli==2.3.1", "The option defaults to 30 seconds."),
        "de": doc("Führen Sie den folgenden Befehl aus:", "pip install orbit-cli==2.3.1", "Die Option ist standardmäßig auf 30 Sekunden gesetzt."),
        "fr": doc("Exécutez la commande suivante :", "pip install orbit-cli==2.3.1", "L'option vaut 30 secondes par défaut."),
        "es": doc("Ejecute el siguiente comando:", "pip install orbit-cli==2.3.1", "La opción es de 30 segundos de forma predeterminada."),
    }
    # The same command in every version is no untranslated text, and no language finding.
    assert check_document(make_document(texts), Config()).findings == ()
    stale = dict(texts, es=texts["es"].replace("2.3.1", "2.2.0"))
    assert kinds(figure_findings(stale)) == {("es", "mismatch", "code:2.3.1->code:2.2.0")}


def test_times_written_each_language_and_region_its_own_way_agree():
    texts = {
        "en-US": "Our stores will close at 6 pm on December 24 and reopen at 9 am on December 27.",
        "en-GB": "Our shops will close at 6pm on 24 December and reopen at 9am on 27 December.",
        "es-ES": "Nuestras tiendas cerrarán a las 18:00 del 24 de diciembre y volverán a abrir a las 9:00 del 27 de diciembre.",
        "pt-BR": "Nossas lojas fecharão às 18h do dia 24 de dezembro e reabrirão às 9h do dia 27 de dezembro.",
        "zh-Hans": "我们的门店将于12月24日下午6点关门，并于12月27日上午9点重新开门。",
    }
    assert figure_findings(texts) == []
    changed = figure_findings(dict(texts, **{"pt-BR": texts["pt-BR"].replace("18h", "17h")}))
    assert [(f.version, str(f.kind)) for f in changed] == [("pt-BR", "mismatch")]


def test_a_bare_one_written_as_an_article_is_neither_missing_nor_added():
    texts = {
        "en": "Fold in 250 g of flour and 1 teaspoon of baking powder.",
        "de": "250 g Mehl und 1 Teelöffel Backpulver unterheben.",
        "fr": "Incorporez 250 g de farine et 1 cuillère à café de levure chimique.",
        "it": "Incorporate 250 g di farina e un cucchiaino di lievito.",  # un: a, one
        "ja": "小麦粉250gとベーキングパウダー小さじ1を加えます。",
    }
    assert figure_findings(texts) == []
    changed = figure_findings(dict(texts, de=texts["de"].replace("1 Teelöffel", "2 Teelöffel")))
    assert kinds(changed) == {("de", "mismatch", "1->2")}  # changed, the 1 is missed after all


#: From NTREX: both English references write the British abbreviations, and the Thai version
#: gives 2.8 million pounds for 2.8 billion (ล้าน is million).
BEAUTY = {
    "en-US": "The UK's £2.8bn beauty market keeps growing. Sainsbury's sold its pharmacy business for £125m.",
    "en-GB": "The UK's £2.8bn beauty market keeps growing. Sainsbury's sold its pharmacy business for £125m.",
    "de": "Der 2,8 Milliarden britische Pfund umfassende Kosmetikmarkt wächst weiter. Sainsbury's verkaufte sein Pharmaziegeschäft für 125 Millionen britische Pfund.",
    "fr": "Le marché de l'esthétique de 2,8 milliards de livres sterling continue de croître. Sainsbury's a vendu ses pharmacies pour 125 millions de livres sterling.",
    "tr": "2,8 milyar sterlinlik kozmetik pazarı büyümeye devam ediyor. Sainsbury's eczane işletmesini 125 milyon sterline sattı.",
}


def test_british_abbreviations_scale_money_in_any_english():
    assert figure_findings(BEAUTY) == []
    thai = dict(BEAUTY, th="ตลาดความงามในอังกฤษที่มียอดขายถึง 2.8 ล้านปอนด์ยังคงเติบโต Sainsbury's ขายธุรกิจร้านขายยาไปในราคา 125 ล้านปอนด์")
    assert kinds(figure_findings(thai)) == {("th", "mismatch", "2800000000->2800000")}


def test_a_scale_word_that_is_also_a_unit_symbol_reads_either_way():
    """British "m" is million and metre: 5m people and the 200m sprint both agree with the
    others, and a changed number is still found."""
    texts = {
        "en-GB": "Some 5m people watched the 200m sprint.",
        "de": "Rund 5 Millionen Menschen sahen den 200-m-Sprint.",
        "fr": "Quelque 5 millions de personnes ont regardé le sprint du 200 m.",
        "es": "Unos 5 millones de personas vieron el sprint de 200 m.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, **{"en-GB": "Some 6m people watched the 200m sprint."})
    assert kinds(figure_findings(changed)) == {("en-GB", "mismatch", "5000000->6000000")}


def test_a_number_most_versions_spell_is_not_expected_where_the_language_has_no_word_read_for_it():
    """Chinese 三 (Han numerals are parts of ordinary words) and Korean native 세 (one
    syllable, too short to spot) are words the lexicon cannot read: where the others mostly
    spell the number, their silence says nothing. A language that has the word still answers
    for it."""
    texts = {
        "en": "The company opened three new routes in 2025.",
        "de": "Das Unternehmen eröffnete 2025 drei neue Strecken.",
        "fr": "La compagnie a ouvert trois nouvelles lignes en 2025.",
        "es": "La compañía abrió tres nuevas rutas en 2025.",
        "ja": "同社は2025年に3つの新航路を開設した。",
        "zh": "该公司在2025年开通了三条新航线。",
        "ko": "회사는 2025년에 세 개의 신규 노선을 개설했다.",
    }
    assert figure_findings(texts) == []
    dropped = dict(texts, de="Das Unternehmen eröffnete 2025 neue Strecken.")
    assert kinds(figure_findings(dropped)) == {("de", "omission", "3")}


def test_two_in_words_is_not_demanded_of_a_version_that_may_write_it_otherwise():
    """Two is often "both", "a pair", a dual, or a numeral declined beyond what CLDR's rules and
    num2words spell (Czech dvou; Ukrainian двох is num2words' genitive): where versions mostly
    spell it, its absence is no finding. Where enough of them write the digit, it still is."""
    texts = {
        "en": "A bug could delete folders renamed on two devices within 30 seconds.",
        "de": "Ein Fehler konnte Ordner löschen, die innerhalb von 30 Sekunden auf zwei Geräten umbenannt wurden.",
        "el": "Ένα σφάλμα μπορούσε να διαγράψει φακέλους που μετονομάστηκαν σε δύο συσκευές μέσα σε 30 δευτερόλεπτα.",
        "cs": "Chyba mohla smazat složky přejmenované na dvou zařízeních během 30 sekund.",
        "uk": "Помилка могла видаляти папки, перейменовані на двох пристроях протягом 30 секунд.",
        "ja": "30秒以内に2台のデバイスで名前を変更したフォルダーが削除されることがあった。",
    }
    assert figure_findings(texts) == []
    digits = {lang: text.replace("two ", "2 ").replace("zwei ", "2 ").replace("δύο ", "2 ") for lang, text in texts.items()}
    assert kinds(figure_findings(digits)) == {("cs", "omission", "2")}


def test_an_ordinal_in_words_supports_the_number_in_digits_and_never_demands_it():
    """第3四半期 and 3분기 write the quarter with a digit: the others' "third" carries it.
    A version without the ordinal (Spanish tercer, which num2words does not give) is not
    asked for it."""
    texts = {
        "en": "Revenue rose in the third quarter of 2025.",
        "de": "Der Umsatz stieg im dritten Quartal 2025.",
        "fr": "Le chiffre d'affaires a progressé au troisième trimestre 2025.",
        "es": "Los ingresos subieron en el tercer trimestre de 2025.",
        "ja": "2025年第3四半期の売上高は増加した。",
        "ko": "2025년 3분기 매출이 증가했다.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, ko="2025년 4분기 매출이 증가했다.")
    assert kinds(figure_findings(changed)) == {("ko", "addition", "4")}


COUNCIL = {
    "en": "On 3 March the council met in the town hall. Three members voted against the new budget for the harbour.",
    "de": "Am 3. März tagte der Rat im Rathaus. Drei Mitglieder stimmten gegen den neuen Haushalt für den Hafen.",
    "fr": "Le 3 mars, le conseil s'est réuni à la mairie. Trois membres ont voté contre le nouveau budget du port.",
    "es": "El 3 de marzo el consejo se reunió en el ayuntamiento. Tres miembros votaron en contra del nuevo presupuesto del puerto.",
    "it": "Il 3 marzo il consiglio si è riunito in municipio. Tre membri hanno votato contro il nuovo bilancio del porto.",
    "nl": "Op 3 maart kwam de raad bijeen in het stadhuis. Drie leden stemden tegen de nieuwe begroting voor de haven.",
}


def test_a_spelled_number_dropped_from_its_passage_is_missed_there_though_a_date_elsewhere_has_it():
    # Every version spells three where the others do; Dutch keeps a 3 only in its date.
    assert figure_findings(COUNCIL, Config(cache="")) == []
    drifted = dict(COUNCIL, nl=COUNCIL["nl"].replace("Drie leden", "Enkele leden"))
    assert kinds(figure_findings(drifted, Config(cache=""))) == {("nl", "omission", "3")}


def test_a_spelled_number_is_not_missed_where_the_language_writes_no_word_the_lexicon_reads():
    # Chinese writes three members 三名, in a Han numeral the lexicon cannot spot.
    texts = dict(COUNCIL, zh="3月3日，议会在市政厅开会。三名议员投票反对新的港口预算。")
    assert figure_findings(texts, Config(cache="")) == []


TOUR = {
    "en": "The guided tour of the old harbour takes 1 hour 30 minutes and starts at the main gate.",
    "de": "Die Führung durch den alten Hafen dauert 1 Stunde 30 Minuten und beginnt am Haupttor.",
    "fr": "La visite guidée du vieux port dure 1 h 30 et commence à la porte principale.",
    "es": "La visita guiada al puerto viejo dura 1 hora y 30 minutos y empieza en la puerta principal.",
    "it": "La visita guidata al porto vecchio dura 1 ora e 30 minuti e parte dall’ingresso principale.",
}


def test_a_time_written_with_the_hours_letter_is_also_a_duration_in_numbers():
    # French 1 h 30 is a time of day or an hour and a half; the others write 1 and 30.
    assert figure_findings(TOUR, Config(cache="")) == []
    changed = dict(TOUR, fr=TOUR["fr"].replace("1 h 30", "1 h 20"))
    assert ("fr", "addition", "time:01:20") in kinds(figure_findings(changed, Config(cache="")))


CENTURIES = {
    "en": "The church was completed in the 12th century. The tower was added in the 15th century.",
    "de": "Die Kirche wurde im 12. Jahrhundert vollendet. Der Turm kam im 15. Jahrhundert hinzu.",
    "fr": "L'église a été achevée au XIIe siècle. Le clocher a été ajouté au XVe siècle.",
    "es": "La iglesia se terminó en el siglo XII. La torre se añadió en el siglo XV.",
    "it": "La chiesa fu completata nel XII secolo. La torre fu aggiunta nel XV secolo.",
}


def test_a_century_in_roman_numerals_is_the_number_the_others_write():
    assert figure_findings(CENTURIES) == []
    changed = dict(CENTURIES, fr=CENTURIES["fr"].replace("XIIe", "XIIIe"))
    [finding] = figure_findings(changed)
    assert (finding.version, str(finding.kind), finding.expected.key, finding.found.text) == ("fr", "mismatch", "12", "XIIIe")


def test_a_roman_numeral_only_one_version_writes_is_no_addition():
    """French says rugby union as "rugby à XV": the fifteen is no figure the others lack."""
    texts = {
        "en": "Ayr deserved the win in the Scottish rugby union championship. The team scored 31 points.",
        "de": "Ayr verdiente den Sieg in der schottischen Rugby-Union-Meisterschaft. Das Team erzielte 31 Punkte.",
        "fr": "Ayr méritait la victoire dans le championnat d'Écosse de rugby à XV. L'équipe a marqué 31 points.",
        "es": "Ayr mereció la victoria en el campeonato escocés de rugby union. El equipo anotó 31 puntos.",
        "it": "Ayr ha meritato la vittoria nel campionato scozzese di rugby union. La squadra ha segnato 31 punti.",
    }
    assert [f.found.text for f in check_document(make_document(texts), Config()).findings if f.found] == []
    drifted = dict(texts, fr=texts["fr"].replace("31 points", "34 points"))
    assert kinds(figure_findings(drifted)) == {("fr", "mismatch", "31->34")}  # read beside it, digits are


def test_a_changed_number_beside_the_same_number_in_its_passage_is_one_mismatch():
    """Louis XIV beside 14 rooms: Louis XV leaves one 14 in the passage, where the others have two."""
    texts = {
        "en": "The museum has 14 rooms and letters from the reign of Louis XIV. It opened in 2001.",
        "de": "Das Museum hat 14 Säle und Briefe aus der Zeit Ludwigs XIV. Es wurde 2001 eröffnet.",
        "fr": "Le musée compte 14 salles et des lettres du règne de Louis XIV. Il a ouvert en 2001.",
        "es": "El museo tiene 14 salas y cartas del reinado de Luis XIV. Abrió en 2001.",
        "it": "Il museo ha 14 sale e lettere dell'epoca di Luigi XIV. È stato aperto nel 2001.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, es=texts["es"].replace("Luis XIV", "Luis XV"))
    assert kinds(figure_findings(changed)) == {("es", "mismatch", "14->15")}
    counted = dict(texts, es=texts["es"].replace("14 salas", "catorce salas"))
    assert figure_findings(counted) == []  # the passage has one 14 fewer, but no other value in its place


def test_a_date_with_its_month_in_roman_numerals_is_the_date_the_others_write():
    texts = {
        "en": "The contract was signed on 12 November 2025 in Warsaw.",
        "de": "Der Vertrag wurde am 12. November 2025 in Warschau unterzeichnet.",
        "pl": "Umowę podpisano w Warszawie dnia 12 XI 2025 r.",
        "hu": "A szerződést 2025. XI. 12-én írták alá Varsóban.",
        "fr": "Le contrat a été signé le 12 novembre 2025 à Varsovie.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, pl=texts["pl"].replace("12 XI 2025", "12 XII 2025"))
    assert {(f.version, str(f.kind)) for f in figure_findings(changed)} == {("pl", "mismatch")}


def test_a_mismatch_expects_the_value_this_version_lacks_of_a_class_of_converted_ones():
    """150 hp is 110 kW, and another engine has 150 kW: one class of values. The 110 kW changed
    into 100 kW is expected as 110 kW, not as the 150 kW this version still writes."""
    texts = {
        "de": "Er kommt mit einem Benziner mit 150 PS (110 kW) oder als Hybrid mit 204 PS (150 kW).",
        "en": "It comes with a 150 hp (110 kW) petrol engine or a 204 hp (150 kW) hybrid.",
        "fr": "Il est proposé avec un moteur essence de 150 ch (110 kW) ou en hybride de 204 ch (150 kW).",
        "it": "È disponibile con un motore a benzina da 150 CV (110 kW) o come ibrida da 204 CV (150 kW).",
    }
    assert figure_findings(texts) == []
    [finding] = figure_findings(dict(texts, de=texts["de"].replace("(110 kW)", "(100 kW)")))
    assert (finding.version, finding.expected.text, finding.found.text) == ("de", "110 kW", "100 kW")
    assert finding.message.startswith("Expected 110 kilowatt as in")


def test_a_time_written_with_a_stop_changed_is_one_mismatch_of_times():
    """Finnish klo 14.45 is the others' 14:45; changed into 15.45 it is that time changed, not
    the number 15.45 added and the time left out."""
    texts = {
        "en": "The President will hold a press conference at 14:45 CET on Thursday.",
        "de": "Die Präsidentin gibt am Donnerstag um 14:45 Uhr MEZ eine Pressekonferenz.",
        "fi": "Pääjohtaja pitää lehdistötilaisuuden torstaina klo 14.45 Keski-Euroopan aikaa.",
        "it": "La Presidente terrà una conferenza stampa giovedì alle 14:45 CET.",
    }
    assert figure_findings(texts) == []
    [finding] = figure_findings(dict(texts, fi=texts["fi"].replace("14.45", "15.45")))
    assert (finding.version, str(finding.kind), finding.expected.key, finding.found.key) == ("fi", "mismatch", "time:14:45", "time:15:45")


def test_a_number_this_version_writes_inside_a_code_is_not_missing():
    """German joins HTTP and 503 into one word, where the others write HTTP 503: the number is
    the code's (the names check holds it), and its absence as a figure says nothing."""
    texts = {
        "en": "About 38% of requests failed with HTTP 503 errors for 95 minutes.",
        "de": "Rund 38 % der Anfragen schlugen 95 Minuten lang mit HTTP-503-Fehlern fehl.",
        "fr": "Environ 38 % des requêtes ont échoué avec des erreurs HTTP 503 pendant 95 minutes.",
        "es": "Alrededor del 38 % de las solicitudes fallaron con errores HTTP 503 durante 95 minutos.",
    }
    assert figure_findings(texts) == []
    dropped = dict(texts, de=texts["de"].replace("95 Minuten lang", "lange"))
    assert kinds(figure_findings(dropped)) == {("de", "omission", "95")}


def test_a_number_changed_in_its_passage_while_another_of_it_elsewhere_keeps_the_count_is_one_mismatch():
    """Polish II of World War II and Peter II, the English II twice, the others once (Zweiter
    Weltkrieg, Seconde Guerre mondiale): Peter II changed into Peter III leaves Polish with the
    count of most, but none in Peter's passage, and a 3 there that nobody writes."""
    texts = {
        "en": "Museum marks 80 years since the end of World War II. The exhibition tells the story of King Peter II, who left the country in 1941.",
        "de": "Museum erinnert an 80 Jahre Ende des Zweiten Weltkriegs. Die Ausstellung erzählt die Geschichte von König Peter II., der das Land 1941 verließ.",
        "fr": "Le musée marque les 80 ans de la fin de la Seconde Guerre mondiale. L'exposition raconte l'histoire du roi Pierre II, qui a quitté le pays en 1941.",
        "es": "El museo conmemora 80 años del fin de la Segunda Guerra Mundial. La exposición cuenta la historia del rey Pedro II, que abandonó el país en 1941.",
        "pl": "Muzeum upamiętnia 80. rocznicę zakończenia II wojny światowej. Wystawa opowiada historię króla Piotra II, który opuścił kraj w 1941 roku.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, pl=texts["pl"].replace("Piotra II,", "Piotra III,"))
    assert kinds(figure_findings(changed)) == {("pl", "mismatch", "2->3")}


def test_a_spelled_number_changed_in_its_passage_while_the_title_keeps_it_is_one_mismatch():
    texts = {
        "en": "The Miller's Three Sons\n\nA miller lived by the river with his three sons.",
        "de": "Die drei Söhne des Müllers\n\nEin Müller lebte mit seinen drei Söhnen am Fluss.",
        "fr": "Les trois fils du meunier\n\nUn meunier vivait au bord de la rivière avec ses trois fils.",
        "es": "Los tres hijos del molinero\n\nUn molinero vivía junto al río con sus tres hijos.",
        "it": "I tre figli del mugnaio\n\nUn mugnaio viveva vicino al fiume con i suoi tre figli.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, fr=texts["fr"].replace("ses trois fils", "ses quatre fils"))
    assert kinds(figure_findings(changed)) == {("fr", "mismatch", "3->4")}


def test_a_spelled_number_changed_into_one_the_text_has_as_an_ordinal_is_one_mismatch():
    """NTREX's Formula 1 report: the first two laps changed into the first three, beside the
    third lap (an ordinal, the same value) and another two: both values are found elsewhere in
    every version, so only the passage shows the change, and both of its numbers are words."""
    texts = {
        "en": "Hamilton defended his position in the first two laps and held on. Two hours later, he had won. On the third lap, Verstappen passed Bottas.",
        "de": "Hamilton verteidigte seine Position in den ersten zwei Runden und hielt stand. Zwei Stunden später hatte er gewonnen. In der dritten Runde überholte Verstappen Bottas.",
        "fr": "Hamilton a défendu sa position pendant les deux premiers tours et a tenu bon. Deux heures plus tard, il avait gagné. Au troisième tour, Verstappen a dépassé Bottas.",
        "es": "Hamilton defendió su posición en las dos primeras vueltas y aguantó. Dos horas después, había ganado. En la tercera vuelta, Verstappen adelantó a Bottas.",
        "it": "Hamilton ha difeso la sua posizione nei primi due giri e ha resistito. Due ore dopo aveva vinto. Al terzo giro Verstappen ha superato Bottas.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, it=texts["it"].replace("nei primi due giri", "nei primi tre giri"))
    assert kinds(figure_findings(changed)) == {("it", "mismatch", "2->3")}


def test_a_two_in_words_changed_into_another_number_is_a_mismatch_though_two_alone_is_never_demanded():
    """NTREX's ice hockey report: two goals changed into three, the version keeping its 2 of
    2-1 elsewhere. Two in words alone says nothing where it is missing (a language may say "a
    brace"), but another number in its place does."""
    texts = {
        "en": "Dwyer scored two goals early on. The Giants won 5-3 and had beaten Dundee 2-1 on Friday.",
        "de": "Dwyer erzielte früh zwei Tore. Die Giants gewannen 5-3 und hatten Dundee am Freitag 2-1 geschlagen.",
        "fr": "Dwyer a marqué deux buts en début de match. Les Giants ont gagné 5-3 et avaient battu Dundee 2-1 vendredi.",
        "es": "Dwyer marcó dos goles al principio. Los Giants ganaron 5-3 y habían vencido a Dundee 2-1 el viernes.",
        "it": "Dwyer ha segnato due gol all'inizio. I Giants hanno vinto 5-3 e avevano battuto il Dundee 2-1 venerdì.",
    }
    assert figure_findings(texts) == []
    brace = dict(texts, it=texts["it"].replace("ha segnato due gol", "ha segnato una doppietta"))
    assert figure_findings(brace) == []
    changed = dict(texts, it=texts["it"].replace("due gol", "tre gol"))
    assert kinds(figure_findings(changed)) == {("it", "mismatch", "2->3")}


def test_versions_that_say_a_value_otherwise_alike_keep_a_convention_not_a_slip():
    """Brazilian Portuguese, Japanese and Korean count the 89th minute as the 44th of the second half."""
    texts = {
        "en": "Lucas Rivera scored the winner with a header in the 89th minute, in front of 48,500 spectators.",
        "de": "Lucas Rivera erzielte vor 48.500 Zuschauern in der 89. Minute per Kopf den Siegtreffer.",
        "fr": "Lucas Rivera a marqué le but de la victoire de la tête à la 89e minute, devant 48 500 spectateurs.",
        "es": "Lucas Rivera marcó el gol de la victoria de cabeza en el minuto 89, ante 48.500 espectadores.",
        "it": "Lucas Rivera ha segnato il gol della vittoria di testa all'89', davanti a 48.500 spettatori.",
        "pt-BR": "Lucas Rivera marcou o gol da vitória de cabeça aos 44 minutos do segundo tempo, diante de 48.500 torcedores.",
        "ja": "ルーカス・リベラが後半44分にヘディングで決勝ゴールを決め、48,500人の観客が見守った。",
        "ko": "루카스 리베라가 후반 44분 헤더로 결승골을 터뜨렸고, 48,500명의 관중이 경기를 지켜봤다.",
    }
    assert figure_findings(texts) == []
    alone = dict(texts, ko=texts["ko"].replace("후반 44분", "후반 43분"))  # now no other version writes 43 there
    # and two versions alike are too few to keep a convention: ja and pt-BR are told too
    assert kinds(figure_findings(alone)) == {("ko", "mismatch", "89->43"), ("ja", "mismatch", "89->44"), ("pt-BR", "mismatch", "89->44")}


def test_one_and_a_half_written_with_a_fraction_sign_is_the_others_decimal():
    texts = {
        "en": "Take 1½ tablets twice a day for 10 days.",
        "de": "Nehmen Sie 10 Tage lang zweimal täglich 1,5 Tabletten ein.",
        "fr": "Prenez 1,5 comprimé deux fois par jour pendant 10 jours.",
        "es": "Tome 1 ½ tabletas dos veces al día durante 10 días.",
    }
    assert figure_findings(texts) == []
    changed = dict(texts, es=texts["es"].replace("1 ½", "2 ½"))
    assert kinds(figure_findings(changed)) == {("es", "mismatch", "1.5->2.5")}


FACTORY = {
    "en": "The factory will close after three years of losses. Five cars were recalled last week.",
    "fr": "L'usine fermera après trois années de pertes. Cinq voitures ont été rappelées la semaine dernière.",
    "de": "Das Werk schließt nach drei Jahren mit Verlusten. Fünf Autos wurden letzte Woche zurückgerufen.",
    "ar": "سيغلق المصنع بعد ثلاث سنوات من الخسائر. تم استدعاء خمس سيارات الأسبوع الماضي.",
}


def test_arabic_numbers_in_the_form_a_feminine_noun_takes_are_the_others_numbers():
    assert figure_findings(FACTORY) == []
    changed = dict(FACTORY, ar=FACTORY["ar"].replace("خمس سيارات", "سبع سيارات"))
    assert kinds(figure_findings(changed)) == {("ar", "mismatch", "5->7")}


def test_a_date_in_full_width_digits_meets_the_others_and_a_changed_month_does_not():
    texts = {
        "en": "The results were announced on July 15, 2020, the ministry said.",
        "de": "Die Ergebnisse wurden am 15. Juli 2020 bekannt gegeben, teilte das Ministerium mit.",
        "fr": "Les résultats ont été annoncés le 15 juillet 2020, a indiqué le ministère.",
        "ja": "結果は２０２０年７月１５日に発表されたと同省は述べた。",
    }
    assert figure_findings(texts) == []
    texts["ja"] = texts["ja"].replace("７月", "８月")
    assert ("ja", "mismatch", "month:07->month:08") in kinds(figure_findings(texts))


def test_a_day_and_month_written_with_numbers_meets_the_others_and_a_changed_day_does_not():
    texts = {
        "en": "Electricity prices will rise by 4.5% from 1 July, the ministry said.",
        "id": "Harga listrik akan naik 4,5% mulai 1 Juli, kata kementerian.",
        "de": "Die Strompreise steigen ab dem 1.7. um 4,5 %, teilte das Ministerium mit.",
        "vi": "Bộ cho biết giá điện sẽ tăng 4,5% từ ngày 1/7.",
    }
    assert figure_findings(texts) == []  # the bare 7 of 1/7 was an addition, July missing
    texts["vi"] = texts["vi"].replace("1/7", "1/8")
    assert ("vi", "mismatch", "month:07->month:08") in kinds(figure_findings(texts))


def test_a_vietnamese_time_written_with_sis_h_meets_the_others_and_a_changed_one_does_not():
    texts = {
        "en": "The meeting starts at 9:30 a.m. on Friday.",
        "de": "Die Sitzung beginnt am Freitag um 9:30 Uhr.",
        "fr": "La réunion commence vendredi à 9h30.",
        "vi": "Cuộc họp bắt đầu lúc 9h30 sáng thứ Sáu.",
    }
    assert figure_findings(texts) == []  # 9 was an addition, 09:30 missing
    texts["vi"] = texts["vi"].replace("9h30", "10h30")
    assert ("vi", "mismatch", "time:09:30->time:10:30") in kinds(figure_findings(texts))


def test_a_fiscal_year_written_in_the_era_and_in_brackets_meets_the_others():
    texts = {
        "en": "The new rules took effect on May 1, 2019, the ministry said.\nThe budget for fiscal 2020 is 3 trillion yen.\n",
        "de": "Die neuen Regeln traten am 1. Mai 2019 in Kraft, teilte das Ministerium mit.\nDer Haushalt für das Fiskaljahr 2020 beträgt 3 Billionen Yen.\n",
        "ja": "新しい規則は２０１９年（令和元年）５月１日に施行されたと同省は述べた。\n令和２（２０２０）年度の予算は３兆円である。\n",
    }
    assert figure_findings(texts) == []
    texts["ja"] = texts["ja"].replace("令和２（２０２０）", "令和３（２０２１）")
    assert ("ja", "mismatch", "2020->2021") in kinds(figure_findings(texts))
