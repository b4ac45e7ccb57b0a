"""Names by shape, their keys, and when one spelling carries another."""

from __future__ import annotations

import pytest

from consistency.names import (
    carried,
    cased_script,
    extract_names,
    links,
    name_key,
    own_word,
    presence_keys,
    title_case,
    tokens,
    translatable,
    version_names,
)


def names_in(text: str) -> set[str]:
    return {n.text for n in extract_names(text)}


@pytest.mark.parametrize(
    "a, b",
    [
        ("Chatgpt4O", "ChatGPT4o"),
        ("High-Flyer", "High Flyer"),
        ("High-Flyer'in", "High-Flyer"),
        ("Nvidia'nın", "Nvidia"),
        ("Chatgpt's", "ChatGPT"),
        ("Нордвик", "Nordvik"),
        ("Zürich", "Zurich"),
        ("Ольга", "Olga"),  # the soft sign transliterates to an apostrophe
        ("მარტა", "Marta"),  # and so does a Georgian ejective
        ("O'Brien", "O’Brien"),
        ("โตโยต้า", "Toyota"),  # Thai โ is written before the consonant it is said after
        ("ໂຕໂຢຕ້າ", "Toyota"),  # and Lao ໂ
        ("कर्नाटक", "Karnataka"),  # Hindi: the vowel a each consonant says unwritten
        ("ಬಂಗಾರಪ್ಪ", "Bangarappa"),  # Kannada: the nasal sign said n before g
        ("बंगारप्पा", "Bangarappa"),
        ("संपत", "Sampata"),  # ... and m before p
        ("ශ්‍රී ලංකා", "Sri Lanka"),  # Sinhala
        ("ज़ूम", "Zuma"),  # a consonant and a nukta are the letter Unicode has for them: za, not ja
        ("\u095b\u0942\u092e", "Zuma"),  # ... as the letter is written composed too (U+095B)
    ],
)
def test_equal_spellings_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("ChatGPT4", "ChatGPT4o"), ("VX-940", "VX-9400"), ("T31.5A", "T3.15A")])
def test_near_misses_have_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_only_scripts_with_a_virama_have_their_unwritten_vowels_added():
    # Hindi बंगाल says a after ब and ल; Thai ง and น end their syllables silent, and Khmer's
    # consonants say one of two vowels: their keys are anyascii's letters alone
    assert name_key("बंगाल") == "bangala"
    assert name_key("วอชิงตัน") == "wochingtan"
    assert name_key("ភ្នំពេញ") == "phnampenh"


def test_an_inflected_suffix_carries_the_name_but_a_code_letter_does_not():
    assert carried(presence_keys("Deepseeks Modell"), name_key("Deepseek"))
    assert carried(presence_keys("Nvidianın hisseleri"), name_key("Nvidia"))
    assert carried(presence_keys("10.000 H800s"), name_key("H800"))
    assert carried(presence_keys("Die High Flyer AG"), name_key("High-Flyer"))
    assert carried(presence_keys("Multi-Token-Vorhersage"), name_key("Multi-Token"))
    assert not carried(presence_keys("ChatGPT4o kostete"), name_key("ChatGPT4"))
    assert not carried(presence_keys("CHATGPT4 kostete"), name_key("ChatGPT4o"))


def test_an_elided_article_is_not_part_of_the_name():
    assert [t.text for t in tokens("dell'IA e l'Europa")] == ["IA", "e", "Europa"]
    assert [t.text for t in tokens("adopté l'iPhone6 comme")] == ["adopté", "iPhone6", "comme"]
    # before lower case an apostrophe opens a suffix, not a name
    assert [(t.text, t.key) for t in tokens("Ford'un H800'ü")] == [("Ford'un", "ford"), ("H800'ü", "h800")]


@pytest.mark.parametrize(
    "code", ["H800", "R1", "V3", "GPT-4o", "T3.15A", "VX-9400", "X-200", "F-16", "ChatGPT4o", "COVID-19", "4K", "eu-west-1", "ap-southeast-2"]
)
def test_codes(code):
    assert tokens(code)[0].code


@pytest.mark.parametrize(
    "number", ["125e", "25ste", "1980er", "2000s", "07h55", "89º", "32-jähriger", "1-Rückstand", "mid-2020", "covid-19", "Über-50-Jährige"]
)
def test_ordinals_plurals_and_compounds_of_numbers_are_no_codes(number):
    assert not tokens(number)[0].code


def test_names_by_shape_in_a_language_that_does_not_capitalise_nouns():
    text = (
        "The model from Deepseek ran on 2048 H800 chips, using MTP, and the parent company High Flyer paid for"
        " all of the hardware that the engineers needed for their training runs last year."
    )
    assert {"Deepseek", "H800", "MTP", "High Flyer"} <= names_in(text)
    assert "The" not in names_in(text)  # opens the sentence
    assert "model" not in names_in(text)


def test_an_abbreviated_title_before_a_name_is_no_name():
    # a title is translated (Dr., Swahili Dkt.) where the name is kept
    assert "Dr" not in names_in("Sinabi ni Dr. Amina Yusuf, ang direktor ng programa.")
    assert "Dkt" not in names_in("Alisema Dkt. Amina Yusuf kwamba kila mtoto ni muhimu.")
    # and the name after it opens no sentence, even where the title does
    assert {"Amina", "Yusuf"} <= names_in("Sinabi ni Dr. Amina Yusuf, ang direktor ng programa.")
    assert names_in("Dr. Amina Yusuf said so.") == names_in("Alisema Dkt. Amina Yusuf hivyo.")
    assert "Wolfgang" in names_in("It will be rainy in St. Wolfgang for the next three days.")
    # a word with a stop is still a name where no capitalised word follows, or where it is
    # longer than a title, or written in capitals
    assert "Ltd" in names_in("The Acme Ltd. company said so.")
    assert "Lee" in names_in("They spoke with Lee. then left.")
    assert "Smith" in names_in("They met Smith. Then they left.")
    assert "NASA" in names_in("They met NASA. Then they left.")


def test_a_quotation_opened_after_a_comma_opens_a_sentence():
    """Direct speech after a comma begins with a capital: a rare word there (Turkish
    Konuştuğum, I talked to, rare as inflected) is no name; the same word inside a sentence,
    or a quotation after a space (a title), still is."""

    def named(text: str, language: str) -> set[str]:
        return {n.text for found in version_names([text], language) for n in found.names}

    assert "Konuştuğum" not in named('Adams, "Konuştuğum yaşlı insanlar her köşede bir bar olduğunu söylüyor." dedi.', "tr")
    assert "Konuştuğum" in named("Adams dedi ki Konuştuğum insanlar geldi.", "tr")
    assert "Zelinka" in named('She sang "Zelinka" for them.', "en")
    assert "Verstappen" in named('He said, "Verstappen was faster."', "en")  # a rare word opening a sentence may be a name


def test_capitals_say_nothing_in_a_version_that_capitalises_its_nouns():
    text = "Das Modell von Deepseek lief auf der Hardware mit einer Zahl von Chips der Firma."
    found = names_in(text)
    assert "Modell" not in found and "Hardware" not in found


def test_one_german_sentence_with_few_nouns_still_capitalises_them():
    sentence = "Sie kündigte an, dass nach mehreren Jahren Pause 2021 auch wieder ein Turnier stattfinden soll."
    assert "Pause" in names_in(sentence)  # too few words to tell from the text alone
    found = {n.text for s in version_names([sentence], "de") for n in s.names}
    assert "Pause" not in found and "Jahren" not in found
    english = "She said that after a long Pause the tournament will take place again in the summer."
    assert "Pause" in {n.text for s in version_names([english], "en") for n in s.names}


def test_a_place_is_a_name_in_any_script_and_language():
    german = version_names(["Bisher wurden in Spanien mehr als 272.000 Infektionen registriert."], "de")[0]
    assert [n.text for n in german.names] == ["Spanien"]  # a German noun, yet a name
    chinese = version_names(["最新数据显示，比利时累计64847人感染新冠病毒。"], "zh")[0]
    assert [n.text for n in chinese.names] == ["比利时"]
    assert chinese.presence[chinese.names[0].key] == "比利时"  # looked for inside the unspaced run


def test_vowel_signs_belong_to_their_word():
    assert [t.text for t in tokens("नेपाल में बुल्गारिया")] == ["नेपाल", "में", "बुल्गारिया"]


def test_latin_words_in_thai_are_names():
    assert {"Deepseek", "R1"} <= names_in("R1 ของ Deepseek มีราคา $ 5 ล้าน")


def test_web_and_email_addresses_are_names_kept_to_the_letter():
    text = "Write to Support@AuroraCloud.example or see https://www.auroracloud.example/docs/v2."
    assert [(n.text, n.key) for n in links(text)] == [
        ("Support@AuroraCloud.example", "support@auroracloud.example"),  # case aside
        ("https://www.auroracloud.example/docs/v2", "https://www.auroracloud.example/docs/v2"),  # not its full stop
    ]
    named = {n.text for n in version_names([text], "en")[0].names}
    assert {"Support@AuroraCloud.example", "https://www.auroracloud.example/docs/v2"} <= named
    assert "AuroraCloud.example" not in named  # a word inside an address gives way to it
    # a hyphen makes another address, where in a word it does not (High-Flyer = High Flyer)
    assert links("support@aurora-cloud.example")[0].key != links("support@auroracloud.example")[0].key
    assert links("Version 3.15 of the U.S. release") == []


def test_a_code_glued_to_a_script_without_spaces_is_the_code():
    # Japanese and Chinese write a product code against the next word; Thai a number after a word.
    assert [t.text for t in tokens("VX-9400ルーター用")] == ["VX-9400", "ルーター用"]
    assert [t.text for t in tokens("我们的VX-9400路由器")] == ["我们的", "VX-9400", "路由器"]
    assert [t.text for t in tokens("ราคาH800ปี2025")] == ["ราคา", "H800", "ปี", "2025"]
    assert "VX-9400" in names_in("VX-9400ルーター用ファームウェアのバージョン3.15が公開されました。")
    # a code in a spaced script keeps its letters (Ту-154, 5G): one token
    assert [t.text for t in tokens("самолёт Ту-154 и 5G")] == ["самолёт", "Ту-154", "и", "5G"]
    assert [t.text for t in tokens("самолёт Ту-154М")] == ["самолёт", "Ту-154М"]


def test_a_number_with_a_unit_symbol_on_it_is_a_figure_not_a_code():
    named = {n.text for s in version_names(["メモリ使用量が120MB減り、5GBのファイルをH800と5Gで扱えます。約320kcalです。"], "ja") for n in s.names}
    assert {"H800", "5G"} <= named and not {"120MB", "5GB", "320kcal"} & named


def test_a_roman_numeral_is_a_figure_not_a_name():
    named = {n.text for s in version_names(["Louis XIV and Pope Pius XII visited Apollo XI and the IBM headquarters."], "en") for n in s.names}
    assert not {"XIV", "XII", "XI"} & named and {"Pope Pius", "IBM"} <= named


def test_a_unit_symbol_after_a_number_is_part_of_the_figure_not_a_name():
    named = {n.text for s in version_names(["收缩压下降了7.4 mmHg，文件为5 GB。GB和MMR疫苗。"], "zh") for n in s.names}
    assert not {"mmHg"} & named and {"GB", "MMR"} <= named  # GB with no number before it is still a name


def test_a_currency_code_after_a_number_is_part_of_the_money_not_a_name():
    named = [n.text for s in version_names(["Mức phạt 500.000 rupee (khoảng 5.700 USD). USD tăng giá."], "vi") for n in s.names]
    assert named.count("USD") == 1  # the code alone, with no number before it, is still a name


def test_a_decimal_comma_inside_a_code_is_its_decimal_point():
    (french,) = version_names(["la concentration de particules fines PM2,5 était de 287 µg/m³"], "fr")
    assert [n.key for n in french.names] == [name_key("PM2.5")] == ["pm2.5"]
    assert [t.text for t in tokens("entre 2,5 et 3,5 millions")] == ["entre", "2", "5", "et", "3", "5", "millions"]


def test_a_length_of_time_without_spaces_is_a_figure_not_a_code():
    named = [n.text for s in version_names(["Terminou em 4h51min32s, a 1min12s do Tiesj H800 4h."], "pt") for n in s.names]
    assert not {"4h51min32s", "1min12s"} & set(named) and "H800" in named


def test_a_compass_point_after_an_angle_is_part_of_it_not_a_name():
    text = "Pusat gempa berada di 40,12° LU dan 41,45° BT, menurut AFAD; angin dari 45°SW. LU dan BT."
    named = [n.text for s in version_names([text], "id") for n in s.names]
    assert named.count("LU") == named.count("BT") == 1 and "SW" not in named and "AFAD" in named


def test_a_unit_symbol_the_japanese_tokeniser_tags_a_proper_noun_is_no_name():
    # the tokeniser tags kcal and g of 1580kJ／378kcal and 3.4g proper nouns; Hollin is one
    text = "エネルギー1580kJ／378kcal、脂質12g（うち飽和脂肪酸3.4g）。製造者：Hollin Mills Ltd。"
    named = {n.text for s in version_names([text], "ja") for n in s.names}
    assert not {"kcal", "g", "kJ"} & named and "Hollin Mills" in named


def test_a_placeholder_or_a_path_is_one_name_held_to_the_letter():
    text = "Die App zeigt „{count} Dateien in {Folder}“ und speichert ~/.syncapp/logs/sync.log."
    named = {n.text: n.key for s in version_names([text], "de") for n in s.names}
    assert named["{count}"] == "{count}" and named["{Folder}"] == "{Folder}"
    assert named["~/.syncapp/logs/sync.log"] == "~/.syncapp/logs/sync.log" and "Folder" not in named


def test_a_shortcut_is_one_name_keyed_by_the_key_it_presses():
    # keyboards label the keys held down in the language: German Strg+Umschalt+S for Ctrl+Shift+S
    named = {n.text: n.key for s in version_names(["Drücken Sie Strg+Umschalt+S oder Alt + F4."], "de") for n in s.names}
    assert named == {"Strg+Umschalt+S": "+s", "Alt + F4": "+f4"}
    named = {n.text: n.key for s in version_names(["Ctrl+Shift+S를 누르십시오."], "ko") for n in s.names}
    assert named == {"Ctrl+Shift+S": "+s"}  # a Korean particle after it
    named = {n.text for s in version_names(["Press Ctrl+S. Watch it on Disney+ and Apple TV."], "en") for n in s.names}
    assert "Ctrl" not in named and {"Disney", "Apple"} <= named  # Disney+ is no shortcut


def test_a_korean_particle_glued_to_a_code_is_not_part_of_it():
    assert [t.text for t in tokens("NW24 또는 NW25로 시작")] == ["NW24", "또는", "NW25", "로", "시작"]
    assert [t.text for t in tokens("GPT-4o를 H800s")] == ["GPT-4o", "를", "H800s"]
    assert {"NW24", "NW25"} <= names_in("해당 일련번호는 NW24 또는 NW25로 시작합니다.")


def test_an_address_ends_where_a_script_without_spaces_or_its_punctuation_begins():
    assert [n.text for n in links("或访问 www.northwind-recall.com。")] == ["www.northwind-recall.com"]
    assert [n.text for n in links("访问www.example.com了解详情")] == ["www.example.com"]
    assert [n.text for n in links("联系support@example.com了解")] == ["support@example.com"]
    assert [n.text for n in links("www.northwind-recall.com을 방문")] == ["www.northwind-recall.com"]


def test_common_words_of_a_title_may_be_translated_but_proper_names_not():
    morning = extract_names(
        "He read about it in the South China Morning Post today, and then he went to work as he does on every"
        " other day of the week."
    )
    post = next(n for n in morning if n.text == "Morning")
    assert translatable(post, ["en"], "tr")
    kavanaugh = next(n for n in extract_names("They heard Brett Kavanaugh speak.") if n.text == "Kavanaugh")
    assert not translatable(kavanaugh, ["en"], "fr")
    trump = next(n for n in extract_names("Then Trump spoke.") if n.text == "Trump")
    assert not translatable(trump, ["en"], "de")  # German writes Trump as often


def test_a_translation_is_a_word_of_its_language_a_misspelling_is_not():
    assert own_word(tokens("Präsident")[0], "President", "de")
    assert not own_word(tokens("Jonh")[0], "John", "es")
    assert not own_word(tokens("Bret")[0], "Brett", "en")


def test_a_place_is_one_name_not_its_words():
    found = version_names(["Relations were severed by the United Arab Emirates and Saudi Arabia last year."], "en")[0]
    assert [n.text for n in found.names] == ["United Arab Emirates", "Saudi Arabia"]


def test_a_possessive_does_not_stop_a_common_word_from_being_translated():
    wednesday = next(n for n in extract_names("The vote, they said on the eve of Wednesday's meeting, was close.") if n.text.startswith("Wed"))
    assert translatable(wednesday, ["en"], "pl")  # środa
    kavanaugh = next(n for n in extract_names("They heard Kavanaugh's answer.") if n.text.startswith("Kav"))
    assert not translatable(kavanaugh, ["en"], "pl")


def test_an_acronym_is_no_half_of_a_pair():
    found = names_in(
        "Prezydent USA Donald Trump i firma High Flyer spotkali się w poniedziałek rano, a potem rozmawiali"
        " jeszcze długo o tym, co będzie dalej z ich wspólnym projektem."
    )
    assert {"USA", "Donald Trump", "High Flyer"} <= found
    assert "USA Donald" not in found


def test_a_rare_capitalised_word_may_be_a_name_where_capitals_alone_do_not_show_it():
    found = version_names(["Netanjahu, dotychczasowy premier Izraela, po wyborach ponownie otrzymał misję."], "pl")[0]
    assert "netanjahu" in found.rare and "netanjahu" in {n.key for n in found.names}  # opening a sentence
    assert version_names(["Grandes son los huecos entre los programas."], "es")[0].rare == frozenset()  # a frequent word
    # in a version that capitalises its nouns, anywhere: but not its frequent nouns
    found = version_names(["Im ersten Satz verlor Hamáček nach langem Kampf."], "de")[0]
    assert found.rare == {"hamacek"}
    # a compound ending in a frequent noun is a noun, however rare (Mitglied)
    found = version_names(["Gestern sprach das Nationalversammlungsmitglied Spotts im Plenum."], "de")[0]
    assert "spotts" in found.rare and "nationalversammlungsmitglied" not in found.rare


def test_two_capitalised_words_side_by_side_are_a_name_where_nouns_are_capitalised():
    found = version_names(["Nach einer Roten Karte für Leicester City traf Jesse Lingard zum Endstand."], "de")[0]
    assert {"leicestercity", "jesselingard", "rotenkarte"} <= found.rare  # held with care: Roten Karte is common words
    assert "endstand" not in {n.key for n in found.names}  # a noun on its own says nothing
    # a pair opening the sentence is no run: its first word has a capital for its place
    assert "derkongress" not in version_names(["Der Kongress begann im August mit der Finanzierung."], "de")[0].rare
    # where nouns are not capitalised, capitals already show names: nothing is added as rare
    assert version_names(["After a red card for Leicester City, Jesse Lingard scored."], "en")[0].rare == frozenset()


def test_katakana_runs_are_names_in_japanese():
    found = version_names(["ポトロは、この時点でフアン・マルティン・デル・ポトロとトランスニストリアにいました。"], "ja")[0]
    assert {"ポトロ", "フアン・マルティン・デル・ポトロ", "トランスニストリア"} <= {n.text for n in found.names}
    assert "この時点" not in {n.text for n in found.names}  # Hiragana and Han: no sign of a name


def test_a_heading_in_title_case_is_read_as_capitalising_its_words():
    heading = "Killer Pig Mauls Chinese Farmer to Death"
    assert title_case(heading, tokens(heading))
    assert not title_case(heading + ".", tokens(heading + "."))  # a sentence, ending in a full stop
    # ... unless every word after the first is capitalised, the shortest too (NTREX's headlines)
    for closed in ("Indonesia Tsunami Toll Soars Above 800.", "It Is Very Bad."):
        assert title_case(closed, tokens(closed))
    for sentence in ("Visit us in New York.", "Mr. Trump Said no."):
        assert not title_case(sentence, tokens(sentence))
    sentence = "Welsh AMs worried about 'looking like muppets'"
    assert not title_case(sentence, tokens(sentence))  # sentence case
    text = [heading, "A pig attacked and killed a farmer in Yunnan province on Monday, the police said."]
    found = version_names(text, "en")
    assert [n.text for n in found[0].names] == ["Mauls"] and found[0].rare == {"mauls"}  # a word English lacks
    assert [n.text for n in found[1].names] == ["Yunnan", "Monday"]


@pytest.mark.parametrize(
    "text, cased",
    [
        ("Judge Kadri Tamm", True),
        ("Съдия Кадри Тамм", True),
        ("Դատավոր Կադրի Թամմի", True),  # Armenian opens names with capitals
        ("Δικαστής Κάντρι Ταμ", True),
        ("მოსამართლე კადრი ტამის", False),  # Georgian has capitals (Mtavruli) but no title case
        ("நீதிபதி காத்ரி டாம்", False),
        ("ผู้พิพากษา คาดริ ทามม์", False),
    ],
)
def test_a_script_is_cased_where_it_opens_names_with_capitals(text, cased):
    assert cased_script(text) is cased


def test_the_parts_of_an_address_carry_no_name():
    """jana.vogel@wohnraum-leipzig.de writes neither Vogel nor Leipzig: Vogl beside it is a
    misspelt name, not one the address carries."""
    keys = presence_keys("Contattare l'agente, Jana Vogl, all'indirizzo jana.vogel@wohnraum-leipzig.de.")
    assert {"vogl", "janavogl"} <= keys
    assert not {"vogel", "leipzig"} & keys
    assert {"vogel", "leipzig"} <= presence_keys("Jana Vogel lives in Leipzig.")


def test_a_code_in_full_width_forms_is_one_token_whose_parts_are_present():
    """ＶＸ－９４００ is VX-9400 written in full-width forms: one code, keyed as the ASCII one,
    written as it stands, and holding its parts (ＶＸ) as VX-9400 holds VX."""
    (code, after) = tokens("ＶＸ－９４００ルーター")
    assert (code.text, code.key, code.code) == ("ＶＸ－９４００", "vx9400", True) and after.text == "ルーター"
    assert {"vx9400", "vx", "9400"} <= presence_keys("ＶＸ－９４００ルーター")
    assert presence_keys("ＶＸ－９４００ルーター") & {"vx", "9400"} == presence_keys("VX-9400ルーター") & {"vx", "9400"}
