"""Language check: a mislabelled file and an untranslated paragraph are findings."""

from __future__ import annotations

import numpy as np
import pytest

from consistency import langid
from consistency.config import Config
from consistency.langid import base_language, can_judge, detect
from consistency.pipeline import check_document
from tests.conftest import make_document

GERMAN = (
    "Das chinesische Startup behauptet, sein mächtiges neuronales Netz für nur wenige Millionen "
    "trainiert zu haben, was einen starken Kontrast zu den deutlich höheren Kosten der Konkurrenz darstellt."
)
ENGLISH = (
    "The Chinese startup claims to have trained its powerful neural network for only a few million, "
    "a stark contrast to the much higher costs reported by its competitors in the industry."
)
FRENCH = (
    "La jeune entreprise chinoise affirme avoir entraîné son puissant réseau neuronal pour quelques "
    "millions seulement, ce qui contraste fortement avec les coûts bien plus élevés de ses concurrents."
)


def language_findings(texts):
    return [f for f in check_document(make_document(texts), Config()).findings if f.check == "language"]


def test_detection_is_deterministic_and_right():
    first = detect(GERMAN, "de")
    assert first.language == "de" and first.declared_probability > 0.9
    assert all(detect(GERMAN, "de") == first for _ in range(5))


def test_clean_versions_give_no_language_finding():
    assert language_findings({"de": GERMAN, "en": ENGLISH, "fr": FRENCH}) == []


def test_untranslated_paragraph_is_found():
    findings = language_findings({"de": GERMAN + "\n" + ENGLISH, "en": ENGLISH + "\n" + ENGLISH, "fr": FRENCH + "\n" + FRENCH})
    [finding] = findings
    assert finding.version == "de" and finding.found.value == "en"
    assert finding.location.paragraph == 1



#: Three paragraphs of a job advert: the first Chinese one names more software than it has Han characters.
JOB = {
    "zh": [
        "你将使用 Python 和 Apache Spark 构建数据管道，在 Kubernetes 上运行，并向数据负责人 Inês Carvalho 汇报。有 dbt 和 PostgreSQL 15 经验者优先。",
        "我们提供税前年薪 6.2 万至 7.4 万欧元、25 天带薪休假，以及每年 1500 欧元的培训预算。入职六个月后，你可以以 15% 的折扣购买公司股票。",
        "申请截止日期为 2027 年 3 月 31 日。请将英文简历发送至 jobs@lumora.pt，并注明职位编号 LA-2027-031。面试分两轮进行，每轮 45 分钟。",
    ],
    "en": [
        "You will build data pipelines in Python and Apache Spark, run them on Kubernetes and report to Inês Carvalho, our Head of Data. Experience with dbt and PostgreSQL 15 is a plus.",
        "We offer a gross annual salary of €62,000 to €74,000, 25 days of paid leave and a training budget of €1,500 a year. After six months, you can buy company shares at a 15% discount.",
        "Applications close on 31 March 2027. Send your CV in English to jobs@lumora.pt, quoting reference LA-2027-031. Interviews take place in two rounds of 45 minutes each.",
    ],
    "es": [
        "Construirás pipelines de datos en Python y Apache Spark, los ejecutarás en Kubernetes y dependerás de Inês Carvalho, nuestra directora de datos. Se valorará experiencia con dbt y PostgreSQL 15.",
        "Ofrecemos un salario bruto anual de 62.000 € a 74.000 €, 25 días de vacaciones pagadas y un presupuesto de formación de 1.500 € al año. A los seis meses podrás comprar acciones de la empresa con un descuento del 15 %.",
        "El plazo de solicitud termina el 31 de marzo de 2027. Envía tu CV en inglés a jobs@lumora.pt indicando la referencia LA-2027-031. Las entrevistas se realizan en dos rondas de 45 minutos cada una.",
    ],
    "fr": [
        "Vous construirez des pipelines de données en Python et Apache Spark, les exploiterez sur Kubernetes et serez rattachée à Inês Carvalho, notre responsable des données. Une expérience de dbt et de PostgreSQL 15 est un plus.",
        "Nous offrons un salaire annuel brut de 62 000 € à 74 000 €, 25 jours de congés payés et un budget de formation de 1 500 € par an. Au bout de six mois, vous pourrez acheter des actions de l’entreprise avec une remise de 15 %.",
        "Les candidatures sont ouvertes jusqu’au 31 mars 2027. Envoyez votre CV en anglais à jobs@lumora.pt en indiquant la référence LA-2027-031. Les entretiens se déroulent en deux tours de 45 minutes chacun.",
    ],
}


def test_names_the_versions_share_are_no_evidence_of_a_language():
    versions = {language: "\n\n".join(paragraphs) for language, paragraphs in JOB.items()}
    assert language_findings(versions) == []  # langdetect alone reads the first Chinese paragraph as English
    left_in_english = {**versions, "zh": "\n\n".join([*JOB["zh"][:2], JOB["en"][2]])}
    [finding] = language_findings(left_in_english)
    assert (finding.version, finding.found.value, finding.location.paragraph) == ("zh", "en", 2)


def test_shared_words_are_those_of_two_other_languages_and_half_of_them():
    shared = langid.shared_words(
        [("de", "Das Python Handbuch"), ("en", "The Python handbook"), ("en-GB", "The Python handbook"), ("fr", "Le Python")]
    )
    assert shared[0] == frozenset({"Python"})
    assert shared[1] == frozenset({"Python"})  # "The" and "handbook": English versions only, counted once
    # words are cut where the script changes: Lumora in Japanese Lumoraは
    assert "Lumora" in langid.shared_words([("ja", "Lumoraは"), ("en", "Lumora is"), ("fr", "Lumora est")])[0]

SHORT = {
    "en": [
        "Customers can call from 8 am to 8 pm, Monday to Friday.",
        "The heater must be unplugged at once.",
        "The company has received reports of overheating, including several minor burns.",
    ],
    "es": [
        "Los clientes pueden llamar de 8:00 a 20:00, de lunes a viernes.",
        "El calefactor debe desenchufarse enseguida.",
        "La empresa ha recibido informes de sobrecalentamiento, incluidas varias quemaduras leves.",
    ],
    "fr": [
        "Les clients peuvent appeler de 8 h à 20 h, du lundi au vendredi.",
        "Le radiateur doit être débranché immédiatement.",
        "L'entreprise a reçu des signalements de surchauffe, dont plusieurs brûlures légères.",
    ],
}


def short_versions(replace: dict[str, tuple[int, str]] = {}) -> dict[str, str]:
    """Three short versions, a paragraph per sentence, with a title of names shared by all."""
    versions = {}
    for language, sentences in SHORT.items():
        sentences = list(sentences)
        if language in replace:
            index, text = replace[language]
            sentences[index] = text
        versions[language] = "\n\n".join(["Northwind Aurora VX-9400 — www.northwind-recall.com", *sentences])
    return versions


def test_a_short_sentence_left_in_another_versions_language_is_found():
    # Too short for langdetect to judge (config.langid_min_letters), but written exactly as the
    # English version has it: untranslated.
    assert language_findings(short_versions()) == []  # the shared title of names is no finding
    [finding] = language_findings(short_versions({"es": (0, SHORT["en"][0])}))
    assert (finding.version, finding.found.value, finding.location.paragraph) == ("es", "en", 1)
    assert finding.evidence["es"] == SHORT["en"][0]


GEORGIAN_AND_MALTESE = {
    "en": "Customers can call from 8 am to 8 pm, Monday to Friday.\n\n"
    "The company has received reports of overheating, including several minor burns.",
    "ka": "მომხმარებლებს შეუძლიათ დარეკონ ორშაბათიდან პარასკევამდე, 8:00-დან 20:00-მდე.\n\n"
    "კომპანიამ მიიღო შეტყობინებები გადახურების შესახებ, მათ შორის რამდენიმე მსუბუქი დამწვრობის.",
    "mt": "Il-klijenti jistgħu jċemplu mit-8 ta' filgħodu sat-8 ta' filgħaxija, mit-Tnejn sal-Ġimgħa.\n\n"
    "Il-kumpanija rċeviet rapporti ta' sħana żejda, inklużi diversi ħruq żgħir.",
}


def test_a_paragraph_left_in_another_versions_language_is_found_where_langdetect_lacks_this_one():
    # langdetect has no profile for Georgian nor for Maltese: the copy is judged by whether it
    # reads plainly as the other version's language
    assert language_findings(GEORGIAN_AND_MALTESE) == []
    english = GEORGIAN_AND_MALTESE["en"].split("\n\n")[1]
    for language in ("ka", "mt"):
        first = GEORGIAN_AND_MALTESE[language].split("\n\n")[0]
        versions = dict(GEORGIAN_AND_MALTESE, **{language: first + "\n\n" + english})
        assert [(f.version, f.found.value) for f in language_findings(versions)] == [(language, "en")]


def test_a_paragraph_in_another_script_is_judged_where_langdetect_lacks_the_language():
    # no English version to copy from: the Georgian version's Latin paragraph is read by langdetect
    english = "The company has received reports of overheating, including several minor burns, and asks owners to stop using it."
    versions = {language: text for language, text in GEORGIAN_AND_MALTESE.items() if language != "en"}
    assert language_findings(versions) == []
    first = versions["ka"].split("\n\n")[0]
    found = language_findings(dict(versions, ka=first + "\n\n" + english))
    assert [(f.version, f.found.value, f.location.paragraph) for f in found] == [("ka", "en", 1)]
    # in Maltese, written in Latin letters like English, nothing tells without the English version
    assert language_findings(dict(versions, mt=versions["mt"].split("\n\n")[0] + "\n\n" + english)) == []


RUSSIAN_AND_JAPANESE = {
    "ru": "Клиенты могут звонить с 8:00 до 20:00 с понедельника по пятницу.\n\n"
    "Компания получила сообщения о перегреве, в том числе о нескольких лёгких ожогах.",
    "ja": "お客様は月曜日から金曜日の午前8時から午後8時までお電話いただけます。\n\n"
    "同社は、軽いやけどを含む過熱の報告を受けています。",
    "de": "Kunden können montags bis freitags von 8 bis 20 Uhr anrufen.\n\n"
    "Das Unternehmen hat Berichte über Überhitzung erhalten, darunter mehrere leichte Verbrennungen.",
}


@pytest.mark.parametrize("language", ["ru", "ja"])
def test_a_short_paragraph_in_another_script_is_judged_from_fewer_letters(language):
    # 58 letters, under langid_min_letters, with no version to copy from: but in Latin letters,
    # which neither Russian nor Japanese is written in
    english = "Please unplug the heater at once and stop using it."
    assert language_findings(RUSSIAN_AND_JAPANESE) == []
    first = RUSSIAN_AND_JAPANESE[language].split("\n\n")[0]
    found = language_findings(dict(RUSSIAN_AND_JAPANESE, **{language: first + "\n\n" + english}))
    assert [(f.version, f.found.value, f.location.paragraph) for f in found] == [(language, "en", 1)]
    # in German, written in Latin letters too, it stays too short to judge
    german = RUSSIAN_AND_JAPANESE["de"] + "\n\n" + english
    assert language_findings(dict(RUSSIAN_AND_JAPANESE, de=german)) == []
    # a line of names and codes the others write too is no paragraph to judge
    title = "Northwind Aurora VX-9400 — www.northwind-recall.com"
    titled = {lang: title + "\n\n" + text for lang, text in RUSSIAN_AND_JAPANESE.items()}
    assert language_findings(titled) == []


# NTREX (scotsman.133773): langdetect reads the professional Dutch second line as Afrikaans, p=1.00
BATS = {
    "nl": [
        "Speciale opnameapparatuur wordt geplaatst op sleutellocaties rond het landgoed om de activiteiten van de vleermuizen door het seizoen heen te volgen.",
        "Deskundige geluidsanalyse van alle opnames zal de frequentie vaststellen van de kreten van de vleermuis en welke soort wat doet.",
    ],
    "de": [
        "Spezielle Aufnahmegeräte werden an Schlüsselpositionen auf dem Grundstück aufgestellt, um die Aktivitäten der Fledermäuse während der gesamten Saison aufzuzeichnen.",
        "Bei einer Geräuschanalyse aller Aufnahmen durch Experten wird die Frequenz der Fledermausrufe bestimmt und ermittelt, welche Spezies was macht.",
    ],
    "en": [
        "Special recorders will be placed at key locations around the property to track bat activities throughout the season.",
        "Expert sound analysis of all recordings will ascertain the frequency of the bat calls and which species are doing what.",
    ],
}
AFRIKAANS = "Kundige klankontleding van al die opnames sal die frekwensie van die vlermuis se roepe bepaal en watter spesie wat doen."


def bats(**second: str) -> dict[str, str]:
    """The two paragraphs of each version, with the second one of some versions replaced."""
    return {lang: paragraphs[0] + "\n\n" + second.get(lang, paragraphs[1]) for lang, paragraphs in BATS.items()}


def test_a_paragraph_read_as_a_neighbour_language_no_version_is_in_is_no_finding():
    assert detect(BATS["nl"][1], "nl").language == "af"  # the detector's confusion ...
    assert language_findings(bats()) == []  # ... which Afrikaans, a neighbour of Dutch in CLDR, explains
    # with an Afrikaans version in the document, Afrikaans text in the Dutch one is left untranslated
    with_afrikaans = dict(bats(nl=AFRIKAANS.replace("Kundige", "Deskundige")), af=AFRIKAANS)
    assert [(f.version, f.found.value) for f in language_findings(with_afrikaans) if f.version == "nl"] == [("nl", "af")]
    # and a paragraph in a language no neighbour of Dutch is reported with no version in it
    english = {lang: text for lang, text in bats(nl=BATS["en"][1]).items() if lang != "en"}
    assert [(f.version, f.found.value) for f in language_findings(english)] == [("nl", "en")]


def test_a_short_file_copied_whole_from_another_version_is_one_finding():
    texts = {lang: "\n\n".join(sentences[:2]) for lang, sentences in SHORT.items()}
    [finding] = language_findings(dict(texts, fr=texts["en"]))
    assert (finding.version, finding.found.value, finding.subject) == ("fr", "en", "version")
    assert "written exactly as in the 'en' version" in finding.message


def test_a_sentence_shared_by_two_variants_of_one_language_is_not_untranslated():
    versions = short_versions()
    versions["pt-BR"] = versions["pt-PT"] = "Os clientes podem ligar das 8h às 20h, de segunda a sexta-feira."
    assert language_findings(versions) == []


TRADITIONAL_CHINESE = (
    "Orbit Sync 4.2 自2026年11月3日起提供 Windows、macOS 和 Linux 版本。\n\n"
    "大型檔案的上傳速度現在最多提升40%，桌面應用程式的記憶體用量減少了120 MB。\n\n"
    "我們修正了一個錯誤：當使用者在30秒內於兩台裝置上重新命名共用資料夾時，這些資料夾可能會被刪除。\n\n"
    "感謝 Priya Raman 以及班加羅爾團隊為此版本所做的努力。"
)
KOREAN = (
    "사용자가 2대의 기기에서 30초 이내에 공유 폴더의 이름을 바꾸면 해당 폴더가 삭제될 수 있는 버그를 수정했습니다. "
    "대용량 파일 업로드 속도가 최대 40% 빨라졌고 데스크톱 앱의 메모리 사용량이 줄었습니다."
)


def test_a_traditional_chinese_version_is_not_read_as_korean():
    # langdetect folds Han characters into classes, and Korean's Hanja come close to Chinese
    # on them (the whole version read as 'ko', p=0.57); a text without Hangul is not Korean.
    assert language_findings({"zh-Hant": TRADITIONAL_CHINESE, "en": ENGLISH, "de": GERMAN}) == []
    assert langid.screen(TRADITIONAL_CHINESE.split("\n\n")[2], "zh-Hant").language == "zh"
    # ... while a Korean paragraph left in it is still Korean
    [finding] = language_findings({"zh-Hant": TRADITIONAL_CHINESE + "\n\n" + KOREAN, "en": ENGLISH, "de": GERMAN})
    assert (finding.version, finding.found.value, finding.location.paragraph) == ("zh-Hant", "ko", 4)


def test_a_language_is_written_in_the_scripts_of_its_profile():
    profiles = langid._profiles()
    scripts = dict(zip(profiles.languages, profiles.scripts))
    assert scripts["ko"] == {"HANGUL"} and {"CJK", "HIRAGANA", "KATAKANA"} <= scripts["ja"]
    plausible = dict(zip(profiles.languages, profiles.plausible("新的 Offline Vault 功能可讓最多5 GB的檔案在離線時也能使用")))
    assert plausible["zh"] and plausible["ja"] and not plausible["ko"] and not plausible["en"]


def test_mislabelled_file_is_found():
    [finding] = language_findings({"de": FRENCH, "en": ENGLISH, "fr": FRENCH.replace("quelques", "plusieurs")})
    assert finding.version == "de" and finding.found.value == "fr" and finding.subject == "version"


def test_base_language_and_support():
    assert base_language("pt-BR") == "pt" and base_language("zh-cn") == "zh" and base_language("nb") == "no"
    assert can_judge("th") and not can_judge("haw")


NGRAM_CASES = [
    GERMAN,
    "Die NASA und die ESA planen eine gemeinsame Mission, sagt der CEO von SpaceX.",
    "บริษัทสตาร์ทอัพจีนอ้างว่าได้ฝึกโครงข่ายประสาทเทียม DeepSeek ด้วยเงินเพียง 5.6 ล้านดอลลาร์",
    "中国初创公司声称只用了几百万美元就训练出了强大的神经网络模型。",
    "Китайский стартап DeepSeek утверждает, что обучил свою нейросеть всего за несколько миллионов.",
    "Bộ trưởng Bộ Tài chính Việt Nam cho biết ngân sách năm nay tăng trưởng mạnh.",
    "Ministrul a declarat că șomajul și țara vor fi discutate; see https://example.org or mail a@b.co",
    "  double  spaces,,, punctuation!!! and ALLCAPS WORDS Mixed CaSe 42 ×÷ ümlaut",
    "日本の新興企業は、わずか数百万ドルでモデルを訓練したと主張している。",
    "",
]


def langdetect_ngrams(text: str) -> list[str]:
    """What langdetect's own Detector extracts, filtered as it filters (known n-grams only)."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.append(text)
    detector.cleaning_text()
    return detector._extract_ngrams()


def profile_rows(grams: list[str]) -> list[int]:
    """The profile rows of n-grams that langdetect knows (every one must be found)."""
    from consistency.langid import _profiles, gram_number

    rows = _profiles().rows_of(np.array([gram_number(g) for g in grams], dtype=np.uint64))
    assert len(rows) == len(grams)
    return sorted(rows.tolist())


def test_screen_extracts_exactly_langdetects_ngrams():
    from consistency.langid import gram_rows

    for text in NGRAM_CASES:
        assert sorted(gram_rows(text).tolist()) == profile_rows(langdetect_ngrams(text)), text


def test_many_ngrams_are_numbered_as_one_by_one():
    from consistency.langid import gram_number, gram_numbers

    grams = ["a", "ab", "abc", " z", "ж", "中文", "ก์x", "\U0001F600"]
    assert gram_numbers(grams).tolist() == [gram_number(g) for g in grams]


def test_screen_settles_plain_paragraphs_and_leaves_doubt_to_langdetect():
    from consistency.langid import screen

    plain = screen(GERMAN, "de")
    assert plain is not None and plain.language == "de" and plain.declared_probability > 0.99
    assert screen(ENGLISH, "de") is None  # an English paragraph in a German file is langdetect's call
    assert screen(GERMAN, "nl") is None  # near languages: the screen never claims a wrong declaration
    assert screen("Hallo", "de") is None  # too little evidence for the margin


def test_untranslated_paragraph_is_still_langdetects_finding():
    from consistency.langid import detect_paragraphs

    assert detect_paragraphs([GERMAN, ENGLISH], "de", trials=3)[1] == detect(ENGLISH, "de", trials=3)


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZÉéßş ș.-'Ąłж ЖДタあ中文ก์ 0\u0301ạỳ@/:\n\tｱ가ㄅ"), max_size=60))
def test_screen_ngrams_match_langdetect_on_any_text(text):
    from consistency.langid import gram_rows

    assert sorted(gram_rows(text).tolist()) == profile_rows(langdetect_ngrams(text))


def test_a_spelling_leans_to_the_language_whose_letters_and_endings_it_has():
    # The Czech locative leans to Czech, against English, far more than the name's own spelling does.
    assert langid.leaning("Brně", "cs", "en") - langid.leaning("Brno", "cs", "en") > 7
    assert langid.leaning("Brně", "en", "cs") == pytest.approx(-langid.leaning("Brně", "cs", "en"))
    # A language langdetect has no profile for, or one language against itself, has no leaning.
    assert langid.leaning("Brno", "xx", "en") is None
    assert langid.leaning("Brno", "cs", "cs") is None


def test_the_shipped_profiles_are_the_installed_langdetects():
    paths = langid._profile_paths()
    shipped = langid.read_compiled_profiles(langid.COMPILED_PROFILES, langid.profiles_fingerprint(paths))
    assert shipped is not None, (
        "langdetect's profile files differ from those consistency/data/langdetect_profiles.npz was compiled "
        "from: run  python -c 'from consistency.langid import write_compiled_profiles; write_compiled_profiles()'"
    )
    built = langid._compile_profiles(paths)
    assert np.array_equal(shipped.gains, built.gains) and shipped.gains.dtype == built.gains.dtype
    assert np.array_equal(shipped.numbers, built.numbers) and shipped.numbers.dtype == built.numbers.dtype
    assert shipped.languages == built.languages and shipped.scripts == built.scripts


def test_compiled_profiles_of_other_files_or_damaged_ones_are_not_used(tmp_path):
    fingerprint = langid.profiles_fingerprint(langid._profile_paths())
    path = tmp_path / "profiles.npz"
    langid.write_compiled_profiles(path)
    assert langid.read_compiled_profiles(path, fingerprint) is not None
    assert langid.read_compiled_profiles(path, "0" * 32) is None  # compiled from other profile files
    assert langid.read_compiled_profiles(tmp_path / "missing.npz", fingerprint) is None
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert langid.read_compiled_profiles(path, fingerprint) is None
    path.write_bytes(b"not a zip file")
    assert langid.read_compiled_profiles(path, fingerprint) is None


def test_langdetects_detector_is_built_from_the_shipped_counts_exactly_as_from_its_files():
    from langdetect import detector_factory

    ours = langid._langdetect_factory()
    library = detector_factory.DetectorFactory()
    library.load_profile(detector_factory.PROFILES_DIRECTORY)
    assert not isinstance(ours.word_lang_prob_map, dict)  # read from the shipped copy
    assert ours.langlist == library.langlist  # in the order langdetect lists its files
    assert all(
        word in ours.word_lang_prob_map and ours.word_lang_prob_map[word] == probabilities
        for word, probabilities in library.word_lang_prob_map.items()
    )
    assert not any(word in ours.word_lang_prob_map for word in ["qqq", "ẞẞẞ", "", "abcd"])
    # and so langdetect's seeded sampling gives the same answer to the last digit
    texts = ["Der Hund schläft im Garten.", "Le chien dort dans le jardin.", "Köpek bahçede uyuyor.", "Inter Milan", "Premier League 2024"]
    for text in texts:
        mine, theirs = ours.create(), library.create()
        for made in (mine, theirs):
            made.seed, made.n_trial = 0, 3
            made.append(text)
        assert [(g.lang, g.prob) for g in mine.get_probabilities()] == [(g.lang, g.prob) for g in theirs.get_probabilities()]


def test_langdetect_reads_its_own_files_where_the_shipped_counts_are_not_of_them(tmp_path, monkeypatch):
    langid._langdetect_factory.cache_clear()
    monkeypatch.setattr(langid, "COMPILED_PROFILES", tmp_path / "missing.npz")
    try:
        assert isinstance(langid._langdetect_factory().word_lang_prob_map, dict)  # langdetect's own
        assert langid.detect("Der Hund schläft im Garten, die Katze auf dem Sofa.", "de").language == "de"
    finally:
        langid._langdetect_factory.cache_clear()
    fingerprint = langid.profiles_fingerprint(langid._profile_paths())
    path = tmp_path / "profiles.npz"
    langid.write_compiled_profiles(path)
    assert langid._read_counts(path, fingerprint) is not None
    assert langid._read_counts(path, "0" * 32) is None
    path.write_bytes(b"not a zip file")
    assert langid._read_counts(path, fingerprint) is None


def test_languages_cldr_matches_as_nearly_one_both_ways_are_kindred():
    assert langid.kindred("nb", "da") and langid.kindred("da", "no")  # 12 each way
    assert not langid.kindred("cs", "sk")  # 24: languages of their own
    assert not langid.kindred("eu", "es")  # 20 one way (Basque readers know Spanish), 84 the other
    assert not langid.kindred("sv", "nb")


NORWEGIAN = {
    "nb": "Husleien er 1 250 € per måned og betales innen den 5. i hver måned. Et depositum tilsvarende tre (3) måneders husleie, 3 750 €, forfaller ved signering.",
    "da": "Huslejen er 1.250 € om måneden og betales senest den 5. i hver måned. Et depositum svarende til tre (3) måneders husleje, 3.750 €, forfalder ved underskrivelsen.",
    "sv": "Hyran är 1 250 € per månad och betalas senast den 5:e varje månad. En deposition motsvarande tre (3) månadshyror, 3 750 €, ska betalas vid undertecknandet.",
    "en": "The rent is €1,250 per month, payable by the 5th day of each month. A deposit of three (3) months' rent, €3,750, is due on signing.",
}


def test_a_paragraph_langdetect_takes_for_a_kindred_language_is_reported_only_when_copied():
    assert detect(NORWEGIAN["nb"], "nb").language == "da"  # langdetect's guess, for a Norwegian clause
    assert language_findings(NORWEGIAN) == []
    copied = dict(NORWEGIAN, nb=NORWEGIAN["da"])  # left as the Danish version has it
    assert [(f.version, f.found.value) for f in language_findings(copied)] == [("nb", "da")]
    swedish = dict(NORWEGIAN, nb=NORWEGIAN["nb"] + "\n" + NORWEGIAN["sv"].replace("betalas senast", "ska betalas senast"))  # in no version's words
    assert [(f.version, f.found.value) for f in language_findings(swedish)] == [("nb", "sv")]


def test_a_full_width_or_half_width_letter_is_in_the_script_it_is_a_form_of():
    """Japanese writes ＧＰＴ in full-width Latin letters and some text ｶﾀｶﾅ in half-width kana:
    their Unicode names open with FULLWIDTH and HALFWIDTH, which are no scripts."""
    assert [langid.script_of(c) for c in "ＧｇGｶカ漢"] == ["LATIN", "LATIN", "LATIN", "KATAKANA", "KATAKANA", "CJK"]
    assert langid.letter_scripts("ＧＰＴのｶﾀｶﾅ") == {"LATIN": 3, "HIRAGANA": 1, "KATAKANA": 4}
