"""Segmentation and layout lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.segment import capitalises_nouns, is_layout, list_markers, paragraphs, segment, sentence_spans


@pytest.mark.parametrize(
    "line",
    [
        "Bild: Ensigame.com",
        "Resim: ensigame.com",
        "Immagine: Ensigame.com",
        "Фото: example.org",
        "صورة: example.com",
        "Photo : www.example.co.uk/gallery",
        "© 2024 Reuters",
        "https://example.com/a/b",
    ],
)
def test_credit_and_link_lines_are_layout(line):
    assert is_layout(line)


@pytest.mark.parametrize(
    "line",
    [
        "Multi-Token Prediction (MTP): MTP predicts several words at once.",
        "Deepseek beweerde zijn model voor $ 6 miljoen te hebben getraind.",
        "Die Kosten: 5 Millionen US-Dollar für das Training des Modells im letzten Jahr.",
    ],
)
def test_prose_is_not_layout(line):
    assert not is_layout(line)


def test_short_line_repeated_is_layout_but_once_is_not():
    text = "Bildnachweis X\nEin Satz hier.\nBildnachweis X\n"
    assert [p.layout for p in paragraphs(text)] == [True, False, True]
    assert not paragraphs("Bildnachweis X\nEin Satz hier.\n")[0].layout


def test_extra_layout_patterns():
    assert paragraphs("Quelle dpa\nText.", ("^Quelle ",))[0].layout


def test_a_numbered_list_loses_its_markers_and_its_items_are_marked():
    text = "Set up a backup:\n1. Open **Settings**.\n2) Choose the drive.\n\n4. Click Start. Wait.\n"
    marked = [(p.text, p.item) for p in paragraphs(text, (), "en")]
    assert marked == [("Set up a backup:", False), ("Open **Settings**.", True), ("Choose the drive.", True), ("Click Start. Wait.", True)]
    assert [(s.text, s.item) for s in segment(text, (), "en")][-2:] == [("Click Start.", True), ("Wait.", True)]
    item = paragraphs(text, (), "en")[1]
    assert text[item.start : item.end] == item.text  # the offsets skip the marker too


def test_a_list_numbered_as_chinese_and_japanese_number_one_loses_its_markers():
    """１．設定を開く: a full-width period and no space; 1、打开: an ideographic comma. The step
    number was a figure of the Japanese version alone, the others' 2. being a marker."""
    japanese = "手順：\n１．設定を開きます。\n２．ＴＢモデルを選びます。\n"
    assert [(p.text, p.item) for p in paragraphs(japanese, (), "ja")][1:] == [("設定を開きます。", True), ("ＴＢモデルを選びます。", True)]
    chinese = "步骤：\n1、打开设置。\n2）点击更新。\n"
    assert [p.item for p in paragraphs(chinese, (), "zh")] == [False, True, True]
    assert list_markers(["3、4月份销量增长。", "这是一个句子。"], "zh") == [0, 0]  # a lone number opening a line
    # the number in brackets, in any language
    bracketed = "手順：\n（１）設定を開きます。\n（２）更新を押します。\n"
    assert [p.text for p in paragraphs(bracketed, (), "ja") if p.item] == ["設定を開きます。", "更新を押します。"]
    assert list_markers(["(1) The lessee pays the rent.", "(2) The lessor repairs the roof."], "en") == [4, 4]
    assert list_markers(["(2025) was a good year.", "(2026) was better."], "en") == [0, 0]  # no list of years


@pytest.mark.parametrize(
    "text, language",
    [
        ("1. Bundesliga: Bayern gewinnt.\nDas Spiel endete 3:1.\n", "de"),  # one numbered line is no list
        ("3. Oktober: Feiertag.\n31. Oktober: Reformationstag.\n", "de"),  # days before a month (d. MMMM)
        ("2. lokakuuta: kokous.\n9. lokakuuta: juhla.\n", "fi"),
        ("5. Die Mannschaft spielte.\n3. Platz für Köln.\n", "de"),  # counting down: no list
    ],
)
def test_numbers_opening_lines_that_are_no_list_stay_text(text, language):
    assert list_markers([line for line in text.splitlines()], language) == [0, 0]
    assert [p.item for p in paragraphs(text, (), language)] == [False, False]


@pytest.mark.parametrize("line", ["---", "***", "|---|:--:|---:|", "| --- | --- |"])
def test_a_rule_or_a_tables_ruling_is_layout(line):
    assert is_layout(line)
    assert not is_layout("| 10,000 photos | 25 GB |")


def test_a_fenced_code_block_is_code_not_prose():
    text = (
        "Run the following command:\n```bash\npip install orbit-cli==2.3.1\n# the ``` fence closes below\n```\n"
        "Then log in.\n~~~\norbit login\n~~~\nThe `--timeout` option, written ```inline```, is prose.\n```\nunclosed"
    )
    marked = [(p.text, p.layout, p.code) for p in paragraphs(text)]
    assert marked == [
        ("Run the following command:", False, False),
        ("```bash", True, True),
        ("pip install orbit-cli==2.3.1", True, True),
        ("# the ``` fence closes below", True, True),
        ("```", True, True),
        ("Then log in.", False, False),
        ("~~~", True, True),
        ("orbit login", True, True),
        ("~~~", True, True),
        ("The `--timeout` option, written ```inline```, is prose.", False, False),
        ("```", True, True),
        ("unclosed", True, True),  # a fence never closed runs to the end
    ]
    assert [s.code for s in segment(text) if s.layout] == [True] * 9


def test_sentences_and_lines():
    text = "First one. Second one!\n\nThird? Yes."
    segments = segment(text)
    assert [s.text for s in segments] == ["First one.", "Second one!", "Third?", "Yes."]
    assert [(s.paragraph, s.sentence, s.line) for s in segments] == [(0, 0, 1), (0, 1, 1), (1, 0, 3), (1, 1, 3)]
    assert all(text[s.start : s.end] == s.text for s in segments)


@pytest.mark.parametrize(
    "text, sentences",
    [
        # A stop before a lower-case word ends no sentence: an abbreviation in the sentence.
        ("He left at 3:40 a.m. and ran towards the stand. Nobody saw him.", 2),
        ("Il arrive vers 10 h. environ, puis repart. Personne ne l'a vu.", 2),
        # A no-break space after the stop holds an ordinal to its noun.
        ("Das Tor fiel in der 89.\u00a0Minute. Danach war Schluss.", 2),
        ("Das Tor fiel in der 89. Minute. Danach war Schluss.", 3),  # an ordinary space cannot tell
        # A title before a name ends nothing; an acronym ends a sentence as any word does.
        ("Dr. Smith met Sen. Jones. They talked.", 2),
        ("He played basketball for LSU. Police arrested a suspect.", 2),
        # Chinese and Japanese start the next sentence right after a full-width stop.
        ("直射日光を避けて保管してください。子供の手の届かない所に保管してください。", 2),
        ("他说：「我们明天走。」然后离开了。", 2),
        ("价格为3.5元，很便宜。", 1),
        # Every script's sentence terminals, as Unicode names them: Armenian ։, Urdu ۔, Amharic ።
        ("Նա եկավ։ Մենք գնացինք։", 2),
        ("وہ آیا۔ ہم چلے گئے۔", 2),
        ("እሱ መጣ። እኛ ሄድን።", 2),
        # Georgian letters are small ones to Unicode, but it opens no sentence with a capital.
        ("სასამართლომ კომპანია დააჯარიმა. განაჩენის თანახმად, გემი 14-ჯერ შევიდა პორტში.", 2),
        ("The court fined it. а потом ушёл.", 1),  # Cyrillic small letters do open no sentence
        # An abbreviation inside brackets that close before the next stop ends no sentence.
        ("According to the ruling (case no. 3-25-1187), the ship docked 14 times. It had no certificate.", 2),
        ("Ifølge dommen (sagsnr. 3-25-1187) lagde skibet til kaj. Det havde intet certifikat.", 2),
        # Brackets that hold sentences of their own are cut inside as anywhere.
        ("He left (it rained. It poured.) Then he came back.", 3),
        # A list's "1)" closes no bracket: the aside after it is still one.
        ("Steps: 1) sign the form (ref. 12) and 2) pay. Then wait.", 2),
    ],
)
def test_sentence_ends(text, sentences):
    assert len(segment(text)) == sentences


@pytest.mark.parametrize(
    "text, language",
    [
        # Khmer, Burmese and Lao may end sentences with stops (។ ။ .); a text that does so puts
        # spaces between phrases, which end no sentence, its heading's included.
        ("សេវាកម្មសាឡាងថ្មី នៅលើទន្លេមេគង្គ\n\nសាឡាងនេះដឹកអ្នកដំណើរបាន ១២០ នាក់ និងរថយន្ត ១៥ គ្រឿង។ ការធ្វើដំណើរចំណាយពេល ៤ ម៉ោង ៣០ នាទី។", "km"),
        ("မဲခေါင်မြစ်ပေါ်ရှိ ကူးတို့ဝန်ဆောင်မှုအသစ်\n\nသင်္ဘောသည် ခရီးသည် ၁၂၀ ဦးနှင့် ကား ၁၅ စီး တင်ဆောင်နိုင်သည်။ ခရီးစဉ်သည် ၄ နာရီ ၃၀ မိနစ် ကြာသည်။", "my"),
        ("ບໍລິການເຮືອ ຂ້າມຟາກໃໝ່\n\nເຮືອລຳນີ້ບັນທຸກຜູ້ໂດຍສານໄດ້ 120 ຄົນ ແລະ ລົດໃຫຍ່ 15 ຄັນ. ການເດີນທາງໃຊ້ເວລາ 4 ຊົ່ວໂມງ.", "lo"),
    ],
)
def test_a_text_that_ends_its_sentences_with_stops_is_not_cut_at_its_spaces(text, language):
    assert len(segment(text, language=language)) == 3


def test_a_text_without_stops_in_a_script_that_may_end_sentences_with_spaces_is_cut_there():
    text = "ບໍລິການເຮືອຂ້າມຟາກໃໝ່ ເຮືອລຳນີ້ບັນທຸກຜູ້ໂດຍສານໄດ້ 120 ຄົນ"
    assert len(segment(text, language="lo")) == 2


def test_thai_sentences_split_at_spaces_between_thai_words():
    text = "ความสำเร็จของมันเกิดจากสถาปัตยกรรม ความแตกต่างนั้นเกิดขึ้น"
    assert len(segment(text)) == 2


@given(st.text(max_size=300))
def test_any_text_segments_within_bounds(text):
    for piece in segment(text):
        assert text[piece.start : piece.end] == piece.text
        assert piece.text.strip() == piece.text


def thai_texts() -> list[str]:
    """Real Thai: the sample translation's paragraphs, and NTREX's Thai documents when present."""
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent
    texts = [p for p in (here / "fixtures" / "deepseek" / "th.txt").read_text(encoding="utf-8").split("\n") if p.strip()]
    ntrex = here.parent / "shared" / "benchmarks" / "ntrex128" / "NTREX-128" / "newstest2019-ref.tha.txt"
    if ntrex.exists():
        lines = ntrex.read_text(encoding="utf-8").splitlines()
        texts += [" ".join(lines[i : i + 12]) for i in range(0, 600, 12)]
    return texts


def test_a_thai_sentence_is_not_cut_inside_brackets_that_close_later():
    """NTREX's weather report: PyThaiNLP's model cut after "(U.S.", at the space inside the
    bracketed English name; the next sentence, after the brackets, is still cut off."""
    text = (
        "รายงานว่า จากเครื่องมอร์นิเตอร์ความแห้งแล้งของสหรัฐ (U.S. Drought Monitor) แสดงให้เห็นถึง "
        "พื้นที่ประมาณ 40 เปอร์เซ็นต์ใน Arizona กำลังเผชิญกับปัญหาความแห้งแล้งอย่างรุนแรง "
        "ครั้งแรก เฮอร์รีเคนโรซ่าจะขึ้นฝั่งที่ Baja California คาบสมุทรของ Mexico"
    )
    pieces = [text[a:b] for a, b in sentence_spans(text, "th")]
    assert not any(piece.endswith("(U.S.") for piece in pieces)
    assert any("(U.S. Drought Monitor)" in piece for piece in pieces)
    assert pieces[-1] == "ครั้งแรก เฮอร์รีเคนโรซ่าจะขึ้นฝั่งที่ Baja California คาบสมุทรของ Mexico"
    # a bracket left open to the end of the paragraph holds no aside: cuts stand
    unclosed = text.replace("Monitor)", "Monitor")
    assert len(sentence_spans(unclosed, "th")) > 1


def test_a_thai_sentence_is_not_cut_after_a_title_before_a_name():
    """NTREX: PyThaiNLP's model cut after "Mr.", which the punctuation rule keeps before a name;
    the sentence after the name's clause is still cut off."""
    text = (
        "เมื่อฉันไปหา Mr. Fleiss สัปดาห์นี้ มันแดดจ้า 80 องศานอกบ้านของเขาบนชายฝั่งทางตอนเหนือของเกาะคาไว "
        "แต่เขาก็หมกตัวอยู่ข้างในนั่งดู MSNBC ขณะบันทึกรายการ CNN"
    )
    pieces = [text[a:b] for a, b in sentence_spans(text, "th")]
    assert pieces[0] == "เมื่อฉันไปหา Mr. Fleiss สัปดาห์นี้" and len(pieces) == 2


def test_thai_words_and_sentences_are_pythainlps_own():
    """The quick dictionary gives exactly PyThaiNLP's newmm words and crfcut sentences, on real Thai text."""
    from pythainlp.tokenize import sent_tokenize, word_tokenize

    from consistency.thai import sentences, words

    texts = thai_texts()
    assert len(texts) >= 5
    for text in texts:
        assert words(text) == word_tokenize(text)
        assert sentences(text) == sent_tokenize(text, engine="crfcut")


def test_sorted_words_answer_as_pythainlps_trie():
    from pythainlp.corpus import thai_words
    from pythainlp.util.trie import Trie

    from consistency.thai import SortedWords

    words = sorted(thai_words())[::50] + ["ab", "abc", "abd", "b", " padded "]
    built, quick = Trie(words), SortedWords(words)
    probes = ["abcd", "abd", "xyz", "padded!", "", *[w + "ๆ" for w in words[:200]], *[w[:2] for w in words[:200]]]
    for text in probes:
        for start in range(len(text) + 1):
            assert quick.prefixes(text, start) == built.prefixes(text, start), (text, start)
    assert len(quick) == len(built) and ("abc" in quick) and ("abx" not in quick) and ("padded" in quick)


def test_the_default_dictionary_is_pythainlps():
    """Read from its file in the file's order, it holds exactly the words thai_words() returns,
    sorted, each once: what newmm's default dictionary holds."""
    from pythainlp.corpus import thai_words

    from consistency.thai import SortedWords, default_words

    assert list(default_words()) == sorted(thai_words())
    assert list(SortedWords(["b", " a", "a", "", "  ", "c ", "b"])) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # CLDR's "d. MMMM y": a day's period before a month's name ends no sentence
        ("Er kam am 3. Oktober 2020 an. Dann ging er.", "de", ["Er kam am 3. Oktober 2020 an.", "Dann ging er."]),
        ("Er wurde 2. Dann ging er.", "de", ["Er wurde 2.", "Dann ging er."]),  # no month after it
        # "{1} 'kl'. {0}": kl. before a time
        ("Frá kl. 18:00 til kl. 06:00. Næst.", "is", ["Frá kl. 18:00 til kl. 06:00.", "Næst."]),
        # "y. 'gada' d. MMMM"
        ("No 2025. gada 3. marta. Tad.", "lv", ["No 2025. gada 3. marta.", "Tad."]),
        # English dates write no such period: a year may end a sentence before a month
        ("He left in 2019. March was cold.", "en", ["He left in 2019.", "March was cold."]),
    ],
)
def test_a_period_the_languages_dates_write_ends_no_sentence(text, language, sentences):
    assert [text[a:b] for a, b in sentence_spans(text, language)] == sentences


@pytest.mark.parametrize("language, capitalises", [("de", True), ("de-AT", True), ("lb", True), ("en", False), ("fr", False), ("pl", False), ("tr", False), ("zh", False)])
def test_which_languages_capitalise_their_nouns_is_read_from_cldr(language, capitalises):
    assert capitalises_nouns(language) is capitalises


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es sind 15 Minuten zu Fuß. Gruppen zahlen mehr.", 2),  # a noun of three letters ends it
        ("Sie beginnt um 19 Uhr. Der Eintritt ist frei.", 2),
        ("Das sagte Dr. Müller gestern.", 1),  # a title has no vowel
        ("Es kostet 5 Mio. Euro im Jahr.", 1),  # CLDR's German compact format writes Mio.
        ("Laut Art. 5 Abs. 2 gilt das.", 1),  # before a digit, an abbreviation
    ],
)
def test_a_short_noun_ends_a_sentence_where_nouns_are_capitalised(text, expected):
    assert len(sentence_spans(text, "de")) == expected


def test_a_short_capitalised_word_is_a_title_where_nouns_are_not_capitalised():
    assert len(sentence_spans("They met Sen. Brown and Gen. Lee today.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Trattiamo i dati ai sensi dell’art. 6, paragrafo 1, del GDPR. Poi altro.", "it", 2),
        ("na podstawie art. 6 ust. 1 lit. f RODO. Dalej.", "pl", 2),
        ("See p. 12 for more.", "en", 1),
        ("Each of these players has left now. 18 holes to go.", "en", 2),  # now is a frequent word
    ],
)
def test_a_short_lower_case_abbreviation_before_a_number_ends_no_sentence(text, language, expected):
    assert len(sentence_spans(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coordenadas: 47°25′17″ N, 10°59′08″ E. En julio hace frío.", 2),  # a compass point ends it
        ("Koordinaten: 47° 25′ 17″ N, 10° 59′ 08″ O. Im Juli ist es kalt.", 2),
        ("The summit is at 47° N. It is cold.", 2),
        ("In 2020 J. Martin won the race.", 1),  # after a bare number, a letter may be an initial
        ("Photo: J. Martin took it.", 1),
    ],
)
def test_a_letter_after_a_degree_sign_is_a_compass_point_not_an_initial(text, expected):
    assert len(sentence_spans(text, "es")) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("China and Russia argue that the U.N. Security Council should reward Pyongyang.", "en", 1),
        ("However, U.S. Secretary of State Mike Pompeo told the U.N. Security Council on Thursday.", "en", 1),
        ("Die Fluggesellschaft und die U.S. Navy erklärten beide, dass niemand verletzt wurde.", "de", 1),
        ("Spain overtook the U.S. The gap had been closing for years.", "en", 2),  # The opens a sentence
        ("Prices rose in the U.S. He said so on Monday.", "en", 2),
        ("The meeting began at 9 p.m. Officials said nothing.", "en", 2),  # not in capitals
        ("He played basketball for LSU. Police arrested a suspect.", "en", 2),  # no periods inside
        ("Ilikuwa katika U.S. Navy hapo awali.", "xx", 2),  # no word list: the sentence ends
    ],
)
def test_a_dotted_acronym_before_a_name_ends_no_sentence(text, language, expected):
    assert len(sentence_spans(text, language)) == expected
