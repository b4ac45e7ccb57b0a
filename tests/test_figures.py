"""Figure extraction: values, units and spans, in each locale's own conventions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_compact_decimal, format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.figures import describe_value, extract_figures, number_words, parse_numeral
from consistency.lexicon import lexicon


def values(text: str, language: str) -> list[str]:
    return [f.key for f in extract_figures(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("rund 50.000 NVIDIA Hopper", "de", "50000"),
        ("ประมาณ 50,000 Nvidia Hopper GPU", "th", "50000"),
        ("yılda 1.3 milyon doların üzerinde", "tr", "1300000"),
        ("rund 1,6 Milliarden US-Dollar", "de", "1600000000"),
        ("ประมาณ 1.6 พันล้านเหรียญสหรัฐ", "th", "1600000000"),
        ("a total of $1.6 billion", "en", "1600000000"),
        ("~ $ 1,6 miliardi di server", "it", "1600000000"),
        ("944 milyon dolar olduğu", "tr", "944000000"),
        ("1,35 mld euro", "pl", "1350000000"),
        ("42億ドル", "ja", "4200000000"),
        ("1万2500人", "ja", "12500"),
        ("1億2000万円", "ja", "120000000"),
        ("约1亿2000万元", "zh", "120000000"),
        ("약 4만 8000대", "ko", "48000"),
        ("1억 2000만 원", "ko", "120000000"),
        ("4.200 millones de dólares", "es", "4200000000"),
        ("500 milionów złotych", "pl", "500000000"),
        ("๑๒ คน", "th", "12"),
        ("١٧٥٪", "ar", "175"),
        ("２０１６年", "ja", "2016"),
        ("123 456,789", "fr", "123456.789"),
        ("1,234.890", "en", "1234.89"),
        ("١٬٢٣٤٫٨٩٠", "ar", "1234.89"),
        ("12,500 Mitarbeiter", "de", "12.5"),
        ("12,500 employees", "en", "12500"),
        ("1,00,000 rupees", "hi", "100000"),
    ],
)
def test_numbers_read_in_the_locale_conventions(text, language, expected):
    assert values(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("acht Personen", "de", "8"),
        ("otto esperti", "it", "8"),
        ("sekiz etkinleştirilmiş", "tr", "8"),
        ("เปิดใช้งานแปดสำหรับงาน", "th", "8"),
        ("huit experts", "fr", "8"),
        ("twenty-one guns", "en", "21"),
        ("vingt et un ans", "fr", "21"),
        ("a six-game schedule", "en", "6"),
    ],
)
def test_spelled_out_numbers_are_weak_figures(text, language, value):
    figures = extract_figures(text, language)
    assert [f.key for f in figures] == [value]
    assert figures[0].weak


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3万 5万", "ja", ["30000", "50000"]),
        ("5万2万", "zh", ["50000", "20000"]),
        ("2만 3만 명", "ko", ["20000", "30000"]),
        ("4만 명이 8000대", "ko", ["40000", "8000"]),
        ("2 million 500 people", "en", ["2000000", "500"]),
    ],
)
def test_a_number_after_a_scale_word_adds_to_it_only_when_smaller(text, language, expected):
    """1億2000万 is one number; 3万 5万, a scale word with capitals and a space, or a word
    between, make two."""
    assert values(text, language) == expected


def test_articles_are_not_the_number_one():
    for text, language in [("ein Modell", "de"), ("un modello", "it"), ("bir model", "tr"), ("one of them", "en")]:
        assert values(text, language) == []


def test_thai_spelled_number_inside_a_word_is_not_read():
    # สาม (three) begins สามารถ (can): Thai needs a word tokenizer, not substring search.
    assert values("เขาสามารถทำได้", "th") == []


@pytest.mark.parametrize(
    "text",
    ["Nvidia H800 and H100", "ChatGPT4o", "GPT-4o", "the VX-9400 model", "Deepseek V3 and R1", "COVID-19", "reference LA-2027-031"],
)
def test_digits_inside_names_are_not_figures(text):
    assert values(text, "en") == []


def test_numbers_joined_by_hyphens_are_a_code_only_where_the_first_is_glued_to_a_name():
    assert values("募集番号LA-2027-013を明記", "ja") == []
    assert values("call 1-800-555-0199 now", "en") == ["1", "800", "555", "199"]
    assert values("pages 12-15", "en") == ["12", "15"]


def test_percent_forms():
    assert [f.unit for f in extract_figures("%18 arttı", "tr")] == ["percent"]
    assert values("yüzde 18 arttı", "tr") == ["18"]
    assert extract_figures("yüzde 18 arttı", "tr")[0].unit == "percent"
    # British, Indian and Australian English write per cent (their own CLDR files), in text tagged en
    assert [f.unit for f in extract_figures("up 19 per cent, or 19 percent", "en")] == ["percent", "percent"]
    assert extract_figures("18 Prozent", "de")[0].unit == "percent"
    assert extract_figures("18 %", "fr")[0].unit == "percent"


def test_currencies_as_symbols_codes_and_names():
    units = {
        ("$5 million", "en"): "USD",
        ("5 Millionen US-Dollar", "de"): "USD",
        ("5 milioni di dollari", "it"): "currency",
        ("6 milyon dolarlık", "tr"): "currency",
        ("EUR 20", "en"): "EUR",
        ("20 €", "fr"): "EUR",
        # the connecting word elided before the currency's vowel, either apostrophe
        ("5 millions d’euros", "fr"): "EUR",
        ("5 millions d'euros", "fr"): "EUR",
        ("5 milions d’euros", "ca"): "EUR",
        # ... and before a word that is no currency, nothing but the number
        ("5 millions d’habitants", "fr"): None,
    }
    for (text, language), unit in units.items():
        figures = extract_figures(text, language)
        assert len(figures) == 1 and figures[0].unit == unit, (text, figures)

def test_currency_names_of_two_syllables_are_read():
    """Two Han characters or Hangul syllables are a word, as two letters seldom are: 美元 (US
    dollar) and 欧元 (euro) are CLDR's Chinese names, 달러 the head word of Korean dollars."""
    units = {
        ("5亿美元", "zh"): "USD",
        ("500万欧元", "zh"): "EUR",
        ("2萬美元", "zh-Hant"): "USD",
        ("5천만 달러", "ko"): "currency",
        ("3億ドル", "ja"): "currency",
    }
    for (text, language), unit in units.items():
        figures = extract_figures(text, language)
        assert len(figures) == 1 and figures[0].unit == unit, (text, figures)
    assert extract_figures("美元汇率为7", "zh")[0].unit is None  # no number before the name


def test_currency_head_word_is_not_a_function_word():
    # "della" appears inside Italian currency names ("dollaro della Namibia") but is no money.
    assert extract_figures("50.000 GPU della tramoggia", "it")[0].unit is None


def test_a_currency_name_is_read_as_whole_words_with_their_vowel_signs():
    # Punjabi ਰੁਪਇਆ (rupee) once gave ਪਇਆ, its letters after the vowel sign ੁ, as a head word
    names = lexicon("pa").currency_names
    assert "ਪਇਆ" not in names and "ਰੁਪਇਆ" in names


def test_a_word_heading_an_old_currency_inside_a_current_ones_name_is_no_old_money():
    # French "shekels israéliens" is the shekel of 1980-1985 (ILR); today's "nouveaux shekels
    # israéliens" (ILS) write the same word inside: shekels names either, not the old one alone
    (amount,) = extract_figures("1,2 milliard de shekels", "fr")
    assert amount.unit == "currency"


def test_spans_are_exact():
    text = "Das kostete 1,6 Milliarden US-Dollar."
    figure = extract_figures(text, "de")[0]
    assert text[figure.start : figure.end] == figure.text == "1,6 Milliarden US-Dollar"


def test_a_number_with_its_ordinal_ending_is_no_measure():
    # CLDR's English ordinals in digits end in st, nd, rd or th by the ordinal plural rules: 21st
    # is the twenty-first, not 21 stone (st), and the day of May 1st is a day
    assert [(f.key, f.unit) for f in extract_figures("the 21st century", "en")] == [("21", None)]
    assert [(f.key, f.unit) for f in extract_figures("on May 1st, 2024", "en")] == [("month:05", None), ("1", None), ("2024", None)]
    # 15st is no ordinal (the fifteenth is 15th): a weight in stone, with its pounds
    assert [(f.key, f.unit) for f in extract_figures("He weighs 15st 4lb", "en-GB")] == [("15.285714", "mass-stone")]
    assert [(f.key, f.unit) for f in extract_figures("he weighs 21 st", "en")] == [("21", "mass-stone")]


def test_a_month_with_the_letter_cldr_glues_onto_it_is_that_month():
    # CLDR's Hebrew date is d בMMMM y: ב (in) written onto the month's name
    assert values("5 במרץ 2024", "he") == values("5 March 2024", "en") == ["5", "month:03", "2024"]
    assert values("ב-5 במאי 2024", "he") == ["5", "month:05", "2024"]
    # a word of other letters before a month's name is no date: הבמאי is the director
    assert values("הבמאי הגיע ב-2024", "he") == ["2024"]


def test_dates_and_times():
    # a numeric date gives the figures a date written with words gives: day, month and year
    assert values("am 24.01.2025", "de") == values("am 24. Januar 2025", "de") == ["24", "month:01", "2025"]
    assert values("on 1/24/2025", "en") == values("on January 24, 2025", "en") == ["month:01", "24", "2025"]
    assert values("2025-01-24", "en") == ["2025", "month:01", "24"]
    assert values("dnia 24 I 2025 r.", "pl") == values("2025. I. 24.", "hu")[::-1] == ["24", "month:01", "2025"]
    assert values("at 3:30 pm", "en") == ["time:15:30"]
    assert values("à 15:30", "fr") == ["time:15:30"]
    assert values("à 15 h 30", "fr") == ["time:15:30"]
    assert values("um 4 am Morgen", "de") == ["4"]  # German "am" is not a day period
    assert values("at 3 p.m. on Wednesday", "en") == ["time:15:00"]  # dots: no word is spelt so
    assert values("a pint is best at 5.30pm on a Saturday", "en") == ["time:17:30"]
    assert values("it costs 5.30 euros", "en") == ["5.3"]  # a dot without a day period is a decimal


@pytest.mark.parametrize(
    "text, language",
    [
        ("នៅម៉ោង ៧:៣០ និង ១៤:០០។", "km"),  # Khmer digits
        ("နေ့စဉ် ၇:၃၀ နှင့် ၁၄:၀၀ တွင်", "my"),  # Burmese digits
        ("الساعة ٧:٣٠ و١٤:٠٠", "ar"),  # Arabic-Indic digits
        ("at 7:30 and 14:00", "en"),
    ],
)
def test_a_clock_is_read_in_the_digits_its_language_writes(text, language):
    assert values(text, language) == ["time:07:30", "time:14:00"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # CLDR's day period rules: Telugu సాయంత్రం (evening) 18-21, రాత్రి (night) 21-6
        ("ఉదయం 9:00 నుండి సాయంత్రం 7:00 వరకు", "te", ["time:09:00", "time:19:00"]),
        ("రాత్రి 10:00", "te", ["time:22:00"]),
        ("रात १:००", "ne", ["time:01:00"]),  # Nepali night, 22-4: one after midnight
        ("बिहान ९:०० देखि बेलुकी ७:०० बजेसम्म", "ne", ["time:09:00", "time:19:00"]),
        ("in the evening 7:00", "en", ["time:19:00"]),
        ("at 19:00 in the evening", "en", ["time:19:00"]),  # already on the 24-hour clock
    ],
)
def test_a_part_of_the_day_before_a_12_hour_clock_puts_it_on_the_24_hour_clock(text, language, expected):
    assert values(text, language) == expected


def test_a_12_hour_clock_without_its_part_of_the_day_is_also_the_time_twelve_hours_later():
    # Odia's CLDR time format is "h:mm a", and CLDR has no Odia word for the evening (ସନ୍ଧ୍ୟା):
    # its 6:00 may be 18:00, which the other versions write.
    odia = extract_figures("ସକାଳ 8:00ରୁ ସନ୍ଧ୍ୟା 6:00 ପର୍ଯ୍ୟନ୍ତ", "or")
    assert [(f.key, f.aliases) for f in odia] == [("time:08:00", ("time:20:00",)), ("time:06:00", ("time:18:00",))]
    # ... but not where the part of the day is read, nor on a 24-hour clock (German "HH:mm")
    assert [f.aliases for f in extract_figures("at 6:00 pm and 18:00", "en")] == [(), ()]
    assert [(f.key, f.aliases) for f in extract_figures("ab 6:00 Uhr", "de")] == [("time:06:00", ())]
    # ... nor where the hour has a leading zero, which CLDR's English "h:mm a" never writes: it
    # is the 24-hour clock's (from 18:00 until 06:00), but Gujarati's "hh:mm a" pads its hours
    assert [f.aliases for f in extract_figures("from 18:00 until 06:00", "en")] == [(), ()]
    assert [f.aliases for f in extract_figures("06:00", "gu")] == [("time:18:00",)]


def test_a_number_after_a_short_lower_case_word_and_a_hyphen_is_a_figure_not_a_code():
    # Maltese writes the article on the number (fit-12 ta' April, on the 12th of April); English
    # a prefix (mid-2020). A code's letters are capitals or longer (GPT-4o, Covid-19, VX-9400).
    assert values("tiftaħ fit-12 ta' April 2025", "mt") == ["12", "month:04", "2025"]
    assert values("by mid-2020", "en") == ["2020"]
    assert values("GPT-4o, Covid-19, covid-19 and VX-9400", "en") == []


def test_where_words_cannot_be_measured_a_number_after_any_lower_case_prefix_is_a_figure():
    # Xhosa (no wordfreq list) writes numbers after class prefixes of up to seven letters.
    assert values("Zonke izikolo ezili-14 ziza kuvalwa de kube ngowama-22 Novemba.", "xh") == ["14", "22", "month:11"]
    # English is measured: a lower-case word of five letters or more before a hyphen is a code's
    assert values("omega-3 and covid-19", "en") == []


def test_scale_words_from_num2words_where_cldr_has_no_spell_out_rules():
    # Kannada: CLDR's compact formats say million and billion only; num2words spells ಒಂದು ಕೋಟಿ
    # (one crore), in decomposed code points, which are read as the text writes them (NFC).
    assert values("ಇದಕ್ಕೆ 210 ಕೋಟಿ ಡಾಲರ್ ವೆಚ್ಚವಾಗಿದೆ.", "kn") == ["2100000000"]
    # ... and ಒಂದು ಒಂದು ಲಕ್ಷ for a lakh, with its one twice: the scale word is ಲಕ್ಷ, not ಒಂದು ಲಕ್ಷ
    assert values("ವರ್ಷಕ್ಕೆ 2.5 ಲಕ್ಷ ರೂಪಾಯಿ", "kn") == ["250000"]
    # Serbian has CLDR's rules: num2words' bilion (10⁹ there, 10¹² in Serbian) is not taken
    assert {s.factor for s in lexicon("sr-Latn").scales if s.word == "bilion"} <= {Decimal(10**12)}
    assert values("2 bilion", "sr-Latn") == ["2000000000000"]
    assert values("2 билион", "sr") == ["2000000000000"]


def test_num2words_adds_scale_words_cldr_does_not_spell_in_its_script():
    # Arabic news spells 10¹² تريليون, num2words too; CLDR spells it ترليون. Both are a trillion,
    # singular (after 11 and more, and after a decimal) or plural (3 تريليونات).
    for written in ("3 تريليون دولار", "3 ترليون دولار", "3 تريليونات دولار"):
        assert values(written, "ar") == ["3000000000000"], written
    assert values("1.5 تريليون", "ar") == ["1500000000000"]
    # a billion stays a billion, in either source's plural
    assert values("3 مليارات دولار", "ar") == ["3000000000"]
    # num2words' Amharic writes a Latin letter onto the Ethiopic word (bቢሊዮን, trሚሊዮን): not taken,
    # as CLDR's Amharic words are Ethiopic; its thousand ሺህ is
    words = {s.word for s in lexicon("am").scales}
    assert "ሺህ" in words and not any(any("a" <= c.lower() <= "z" for c in w) and not w.isascii() for w in words)


def test_a_thai_year_in_the_buddhist_era_is_also_its_gregorian_year():
    # CLDR's calendar preference for Thailand puts the Buddhist era first: 2569 BE is 2026.
    thai = extract_figures("ตั้งแต่วันที่ 1 มีนาคม 2569 บริษัท", "th")
    assert [(f.key, f.aliases) for f in thai if f.key == "2569"] == [("2569", ("2026",))]
    # a Gregorian calendar has no other year; nor do Thai numbers that are no year of these centuries
    assert all(f.aliases == () for f in extract_figures("From 1 March 2569, 2569 units", "en"))
    assert [f.aliases for f in extract_figures("ราคา 85,000 กีบ", "th")] == [()]


def test_a_japanese_year_of_an_era_is_its_gregorian_year():
    # num2words' era table: 令和 began in 2019, so 令和7年 is 2025, and its first year, 令和元年, 2019
    assert values("令和7年12月7日から", "ja") == ["2025", "month:12", "7"]
    assert values("令和元年5月1日", "ja") == ["2019", "month:05", "1"]
    assert values("平成31年4月30日まで", "ja") == ["2019", "month:04", "30"]
    assert values("令和７年度の予算", "ja") == ["2025"]  # full-width digits; a fiscal year (年度)
    # a year written as such stays itself, and no era is read where the year's word is missing
    assert values("2025年12月7日", "ja") == ["2025", "month:12", "7"]
    assert values("令和7", "ja") == ["7"]


def test_full_width_digits_group_with_a_full_width_comma_and_break_at_a_full_width_stop():
    assert values("容量は４，５００ｍＡｈです", "ja") == ["4500"]
    assert values("価格は１，２４９．９０スイスフラン、バージョン１５．２", "ja") == ["1249.9", "15.2"]
    assert values("第3，5条", "zh") == ["3", "5"]  # a list of two numbers, no grouping


def test_a_scale_abbreviation_opening_a_dotted_abbreviation_is_no_scale():
    # CLDR's Tigrinya million is ሚ; ሚ.ግ is milligrams. Ethiopic has no capitals to end the word.
    assert values("500 ሚ.ግ ከኒና", "ti") == ["500"]
    assert values("500 ሚ ብር", "ti") == ["500000000"]


def test_a_language_without_scale_words_of_its_own_borrows_its_official_languages_in_its_script():
    # CLDR gives Maithili (India) only the root's K, M, G; Hindi, India's official language in
    # Devanagari, writes crore as करोड़, and so do Maithili texts.
    assert values("3.6 करोड़ यूरो", "mai") == ["36000000"]
    # Ossetic's likeliest territory is Georgia, whose official language is in another script.
    assert values("36 милуан евро", "os") == ["36"]
    # A language with scale words of its own keeps them (CLDR: Nepali करोड, 10^6).
    assert values("3 करोड", "ne") == ["3000000"]
    # Northern Luri (Iran) writes Persian's; Persian's compact formats and its spelled numbers
    # both give تریلیون for 10¹², once abbreviated and once not: one word with one factor.
    assert values("3 تریلیون ریال", "lrc") == ["3000000000000"]


def test_a_language_without_number_symbols_of_its_own_writes_its_official_languages():
    # CLDR gives Friulian and Occitan the root's . and , only; Italy and France write 28.000 and
    # 1,5, and so do their texts.
    assert values("28.000 visitadôrs", "fur") == ["28000"]
    assert values("1,5 km", "oc") == ["1.5"]
    # Not where the official language writes otherwise at home and in the territory: South
    # African English is 1,5 in CLDR, English 1.5, and Zulu text writes 250,000.
    assert values("ama-router angaphezu kuka-250,000", "zu") == ["250000"]
    # A language with number symbols of its own keeps them (Sardinian: , and .).
    assert values("28.000 bisitadores", "sc") == ["28000"]
    assert values("28.000 visitors", "en") == ["28"]


def test_two_scale_words_around_a_number_are_no_scale_word():
    # CLDR's Burmese compact formats write some powers of ten with a word on either side of the
    # number (ဋေ 0 သ); neither word alone has that factor, and သ opens words (သို့မဟုတ်, or).
    assert "သ" not in {scale.word for scale in lexicon("my").scales}
    assert values("ကစ် ၈၅,၀၀၀ သို့မဟုတ် ဒေါ်လာ ၂၀", "my") == ["85000", "20"]
    assert values("ဒေါ်လာ ၃.၂ သန်း", "my") == ["3200000"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("issued on March 12, 2025", "en"),
        ("issued on 12th March 2025", "en"),  # the other order, with an ordinal
        ("publicada el 12 de marzo de 2025", "es"),
        ("am 12. März 2025", "de"),
        ("12 марта 2025 г.", "ru"),
        ("2025年3月12日発行", "ja"),
        ("2025 年 3 月 12 日到期", "zh-Hant"),  # half-width digits set apart by spaces
        ("mokolo 12 sánzá ya mísáto 2025", "ln"),  # a month name of three words
        ("ils 12 da mars 2025", "rm"),  # CLDR's Romansh month with its "da", read once
        ("2025년 3월 12일", "ko"),
        ("12 มีนาคม 2025", "th"),
        ("12 मार्च 2025 को", "hi"),  # a vowel sign (ा) is a mark, not a letter, to str.isalpha
        ("१२ मार्च २०२५ रोजी", "mr"),
    ],
)
def test_the_month_of_a_date_written_with_words(text, language):
    figures = extract_figures(text, language)
    assert [f.key for f in figures if f.kind == "month"] == ["month:03"]
    assert {f.key for f in figures if f.kind == "number"} == {"12", "2025"}  # day and year stay numbers


@pytest.mark.parametrize(
    "text, language",
    [
        ("5 मई 2026 को", "hi"),
        ("১ মে ২০২৬ থেকে", "bn"),
        ("மே 1 முதல்", "ta"),
        ("1 మే 2026", "te"),
        ("۱ مه ۲۰۲۶", "fa"),
    ],
)
def test_a_month_whose_full_name_is_two_letters_is_read_in_a_date(text, language):
    """May is two letters in Hindi, Bengali, Tamil, Telugu and Persian: the lexicon kept names
    of three letters or more only, and such a date lost its month."""
    assert [f.key for f in extract_figures(text, language) if f.kind == "month"] == ["month:05"]


def test_a_short_abbreviation_or_han_month_is_not_read_alone():
    # Catalan abbreviates agost as "ag"; Chinese 一月 (January) is the end of 十一月 (November).
    assert [f for f in extract_figures("ag 5 vegades", "ca") if f.kind == "month"] == []
    assert [f.key for f in extract_figures("2025年十一月5日", "zh") if f.kind == "month"] == ["month:11"]
    assert [f.key for f in extract_figures("மே மாதம் முழுவதும்", "ta") if f.kind == "month"] == []  # no day or year


@pytest.mark.parametrize(
    "text, language",
    [
        ("山小屋は5月下旬から10月上旬まで営業しています", "ja"),  # late May to early October
        ("小屋从5月下旬开放到10月上旬", "zh"),
        ("산장은 5월 말부터 10월 초까지 운영합니다", "ko"),
        ("mở cửa từ tháng 5 đến tháng 10", "vi"),
    ],
)
def test_a_month_written_with_its_number_is_no_number_outside_a_date(text, language):
    """5月 is May, as Ende Mai is: no figure outside a date, where it was the number 5 and 10
    that the versions writing the months' names lack."""
    assert extract_figures(text, language) == ()
    assert [f.key for f in extract_figures("2026年5月14日", "ja")] == ["2026", "month:05", "14"]
    assert [f.key for f in extract_figures("15月", "ja")] == ["15"]  # no month of that number
    assert [f.key for f in extract_figures("tháng 50", "vi")] == ["50"]


@pytest.mark.parametrize(
    "weekday, ordinal, language, value",
    [
        ("Na quarta-feira o clube anunciou.", "Foi a quarta vez.", "pt", "4"),  # Wednesday; the fourth time
        ("Quinta-feira, o clube anunciou.", "Ficou em quinta posição.", "pt", "5"),  # opening a sentence
        ("ανακοίνωσε την Τρίτη", "στην τρίτη θέση", "el", "3"),  # Tuesday; third place
        ("הודיע ביום שלישי", "המקום השלישי", "he", "3"),  # on Tuesday, with the prefix ב; the third place
        ("vào thứ Ba", "lần thứ ba", "vi", "3"),  # on Tuesday; the third time
        ("روز سه‌شنبه و سه شنبه", "سه بازیکن", "fa", "3"),  # Tuesday, with and without the non-joiner; three players
        ("It-Tlieta", "tlieta plejers", "mt", "3"),  # Tuesday; three players
        ("星期五晚上", "五个月", "zh", "5"),  # Friday evening, unspaced; five months
    ],
)
def test_a_weekday_named_with_a_number_word_is_no_number(weekday, ordinal, language, value):
    """Portuguese quarta-feira, Greek Τρίτη and Hebrew יום שלישי name days by their numbers
    (CLDR's weekday names): a day, not the 4 or 3 the versions that write Wednesday or Tuesday
    lack. The same word alone is still the number."""
    assert extract_figures(weekday, language) == ()
    assert [f.key for f in extract_figures(ordinal, language)] == [value]


@pytest.mark.parametrize(
    "text, language",
    [
        ("lúc 19 giờ 30 thứ Sáu", "vi"),  # CLDR's hour alone: HH 'giờ'
        ("晚上19时30分开始", "zh"),  # H时
        ("um 19 Uhr 30 beginnt", "de"),  # HH 'Uhr'
    ],
)
def test_hours_and_minutes_around_the_word_cldr_writes_after_an_hour_are_a_clock_time(text, language):
    assert [f.key for f in extract_figures(text, language)] == ["time:19:30"]
    # with the word for minutes after them, a duration (2 giờ 30 phút, two hours thirty minutes)
    assert [f.key for f in extract_figures("trong 2 giờ 30 phút", "vi")] == ["2", "30"]
    assert [f.key for f in extract_figures("um 19 Uhr beginnt", "de")] == ["19"]  # an hour alone, as before


@pytest.mark.parametrize(
    "second, third, language",
    [
        ("làn đường thứ hai", "lần thứ ba", "vi"),  # CLDR: thứ ba, thứ tư...
        ("mwaka wa pili", "mwaka wa tatu", "sw"),  # wa tatu, wa nne...
    ],
)
def test_a_cardinal_after_the_word_every_ordinal_opens_with_is_an_ordinal(second, third, language):
    """Vietnamese thứ hai is second, not the 2 the versions that write second lack: ordinals
    are read from third on, as second is also a unit of time, and thứ ba is read whole as one."""
    assert extract_figures(second, language) == ()
    assert [(f.key, f.ordinal) for f in extract_figures(third, language)] == [("3", True)]
    assert [f.key for f in extract_figures("có hai người", "vi")] == ["2"]  # two people


@pytest.mark.parametrize(
    "text, language",
    [
        ("トラック用の第2車線", "ja"),  # CLDR's digits-ordinal rule: 第=#,##0=
        ("第2季度", "zh"),
        ("tahun ke-2", "id"),  # ke-=#,##0=
    ],
)
def test_digits_after_what_an_ordinal_is_written_with_are_an_ordinal(text, language):
    """第2車線, the second lane: an ordinal, which supports a 2 and never demands it, as the
    second that the other versions write is read as none."""
    assert [(f.key, f.ordinal) for f in extract_figures(text, language)] == [("2", True)]
    assert [(f.key, f.ordinal) for f in extract_figures("2車線", "ja")] == [("2", False)]  # two lanes
    # Thai ที่ and Vietnamese thứ are words of their own (at; thứ 2 is Monday too): not so read
    assert [(f.key, f.ordinal) for f in extract_figures("ที่ 2", "th")] == [("2", False)]


def test_a_word_of_the_dates_before_a_year_is_no_spelled_number():
    # Vietnamese năm is both year (năm 2026) and five (năm người, five people).
    assert [f.key for f in extract_figures("ngày 14 tháng 5 năm 2026", "vi")] == ["14", "month:05", "2026"]
    assert [f.key for f in extract_figures("có năm người", "vi")] == ["5"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("a na 21 km nastoupá 2250 m.", "cs", [("21", "length-kilometer"), ("2250", None)]),  # metres, and a stop
        ("le sentier monte de 2250 m.", "fr", [("2250", None)]),
        ("smlouva na 5 měs. a", "cs", [("5", "duration-month")]),  # the month's own symbol
    ],
)
def test_another_units_symbol_before_a_stop_is_no_symbol_with_a_period(text, language, expected):
    """Czech and French narrow patterns write a month m., and metres m: at a sentence's end 2250
    m. was 2250 months."""
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Περίπου 2,3 εκατ. φορολογούμενοι", "el", "2300000"),  # εκατομμύρια cut short; CLDR writes εκ.
        ("στα 2,3 εκατ. ευρώ", "el", "2300000"),
        ("a loss of 5 bil. dollars", "en", "5000000000"),
        ("2,3 Mill. Menschen", "de", "2.3"),  # Millionen or Milliarden: no one power
        ("2,3 milj. kronor", "sv", "2.3"),  # miljoner or miljarder
        ("I saw 5 cat. Then", "en", "5"),  # no scale word begins so
    ],
)
def test_a_scale_word_cut_short_with_a_period_is_its_scale_where_it_names_one_power(text, language, expected):
    assert [f.key for f in extract_figures(text, language)][:1] == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("έναντι 45 εκατομμυρίων ευρώ", "el", "45000000"),  # genitive of εκατομμύρια, the accent moved
        ("ύψους 2 δισεκατομμυρίων", "el", "2000000000"),
        ("περίπου 3 χιλιάδων θεατών", "el", "3000"),  # of χιλιάδες
        ("unos 5 millonarios", "es", "5"),  # millionaires: an ending of four letters is no case
        # a short scale word with an ending, where endings cannot be measured (no wordfreq list)
        ("500 мянган рупи", "mn", "500000"),  # of мянга, a thousand
        ("2 мянгаас илүү", "mn", "2000"),  # more than two thousand
        ("3 мянгаНЫ", "mn", "3"),  # capitals are no ending
    ],
)
def test_a_scale_word_declined_past_cldrs_forms_is_its_scale(text, language, expected):
    assert [f.key for f in extract_figures(text, language)] == [expected]


def test_a_word_for_per_cent_that_ends_with_the_spelled_hundred_is_written_apart_too():
    """Italian writes 20 per cento as often as CLDR's percento: per cento was 20 and a hundred."""
    assert [(f.key, f.unit) for f in extract_figures("aumentate del 20 per cento", "it")] == [("20", "percent")]
    assert [(f.key, f.unit) for f in extract_figures("al cinque per cento annuo", "it")] == [("5", "percent")]
    assert [(f.key, f.unit) for f in extract_figures("cento persone", "it")] == [("100", None)]  # a hundred people
    assert [(f.key, f.unit) for f in extract_figures("naik 20 peratus", "ms")] == [("20", "percent")]  # pe is no word


@pytest.mark.parametrize(
    "text, language, percent",
    [
        ("tulot 45 prosentin mukaan", "fi", True),  # CLDR: prosentti, prosenttia
        ("par 45 procentiem", "lv", True),
        ("выросла на 45 процентами", "ru", True),
        ("45 percentage points", "en", False),  # English writes one form: -age is no case
        ("45 Prozentpunkte", "de", False),
    ],
)
def test_a_declined_word_for_per_cent_is_per_cent(text, language, percent):
    assert [(f.key, f.unit == "percent") for f in extract_figures(text, language)] == [("45", percent)]


def test_han_numerals_are_read_before_a_word_cldr_writes_after_a_number():
    # {0}个月 (months), {0}小时 (hours), Japanese {0} か月: the numeral is a spelled number.
    assert [(f.text, f.key, f.spelled) for f in extract_figures("需支付相当于三个月租金的押金", "zh")] == [("三", "3", True)]
    assert [f.key for f in extract_figures("最短租期为二十四个月", "zh")] == ["24"]
    assert [f.key for f in extract_figures("家賃三か月分", "ja")] == ["3"]
    assert [f.key for f in extract_figures("十二個月", "zh-Hant")] == ["12"]
    # Elsewhere Han numerals are parts of words: 三明治 (sandwich), 统一 (unify); 第三 is an ordinal.
    for text in ("三明治", "统一年", "第三个月", "二〇二六年"):
        assert extract_figures(text, "zh") == ()


def test_a_scale_abbreviation_is_no_scale_before_a_superscript_or_digit():
    # English m is million (£5m), but 78 m² is an area and 78 m2 the same written plainly.
    assert [f.key for f in extract_figures("78 m² of living space", "en")] == ["78"]
    assert [f.key for f in extract_figures("a balcony of 6 m2", "en")] == ["6"]
    assert [f.key for f in extract_figures("£5m in damages", "en")] == ["5000000"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("between March and October 2025", "en"),  # the year follows the second month
        ("no 2025. gada marta līdz oktobrim", "lv"),  # and precedes the first in Latvian
        ("zwischen März und Oktober 2025", "de"),
        ("μεταξύ Μαρτίου και Οκτωβρίου 2025", "el"),
    ],
)
def test_both_months_of_a_range_that_shares_a_year_are_read(text, language):
    """A month is read beside a day or year; each language puts the shared year by another
    month of the range, so each read one month of two and they disagreed."""
    assert [f.key for f in extract_figures(text, language) if f.kind == "month"] == ["month:03", "month:10"]


def test_a_month_apart_from_a_dated_one_is_not_read():
    # Far from the date, or with a number between: no range.
    assert [f.key for f in extract_figures("in March the team met, and on 3 October 2025", "en") if f.kind == "month"] == ["month:10"]
    assert [f.key for f in extract_figures("March 40 and October 2025", "en") if f.kind == "month"] == ["month:10"]


def test_hours_and_minutes_written_with_a_letter_before_the_minute_word_are_a_duration():
    """French 2 h 03 min 11 s is a race time, read as the others' 2:03:11 and 2時間3分11秒 are
    (2, 3, 11); 14 h 30 alone is still the clock time."""
    assert [f.key for f in extract_figures("en 2 h 03 min 11 s, le meilleur temps", "fr")] == ["2", "3", "11"]
    assert [f.key for f in extract_figures("won in 2:03:11, the fastest", "en")] == ["2", "3", "11"]
    assert [f.key for f in extract_figures("rendez-vous à 14 h 30 minimum", "fr")] == ["time:14:30"]
    assert [f.key for f in extract_figures("rendez-vous à 14 h 30", "fr")] == ["time:14:30"]


def test_a_month_declined_by_an_ending_its_language_adds_is_the_month():
    # Finnish "in March" is maaliskuussa; CLDR lists maaliskuu and maaliskuuta only.
    assert [f.key for f in extract_figures("Työ alkaa maaliskuussa 2025.", "fi") if f.kind == "month"] == ["month:03"]
    # ... or by an ending it swaps: Latvian aprīlī and maijā (in April, in May) for aprīlis, maijs
    latvian = extract_figures("Izstāde tiks atklāta 2025. gada 12. aprīlī un būs līdz 30. septembrim.", "lv")
    assert [f.key for f in latvian if f.kind == "month"] == ["month:04", "month:09"]
    assert [f.key for f in extract_figures("2025. gada 12. maijā", "lv") if f.kind == "month"] == ["month:05"]
    assert [f.key for f in extract_figures("Aprilscherz 2025", "de") if f.kind == "month"] == []  # a compound, no ending


def test_where_endings_cannot_be_measured_a_month_name_with_letters_after_it_is_the_month_in_a_date():
    # Turkmen (no wordfreq list) oktýabryndan, from October, after the day with its ordinal
    # suffix (14-nji); Uzbek 14-oktabrdan, the day joined by a hyphen alone.
    turkmen = extract_figures("2025-nji ýylyň 14-nji oktýabryndan elýeterli", "tk")
    assert [f.key for f in turkmen] == ["2025", "14", "month:10"]
    assert [f.key for f in extract_figures("14-oktabrdan boshlab", "uz") if f.kind == "month"] == ["month:10"]
    assert [f.key for f in extract_figures("oktýabryndan bäri", "tk") if f.kind == "month"] == []  # no day or year
    # English endings are measured: Augusta is no August
    assert [f for f in extract_figures("on 3 Augusta 2025", "en") if f.kind == "month"] == []


def test_a_month_after_a_range_of_days_is_a_date_and_after_a_score_is_not():
    # Polish w dniach 3–9 października (from 3 to 9 October): the smaller day first
    assert values("w dniach 3–9 października", "pl") == ["3", "9", "month:10"]
    assert values("3 - 9 October", "en") == ["3", "9", "month:10"]
    # a score before the month: the first number the larger, or more than a day's
    assert values("ganó 4-1 de febrero", "es") == ["4", "1"]
    assert values("won 2-1 in March", "en") == ["2", "1"]
    assert values("won 12-40 March", "en") == ["12", "40"]


def test_in_a_script_without_case_a_month_name_with_an_ending_glued_on_is_the_month_in_a_date():
    # Kannada (no wordfreq list) 2026ರ ಜನವರಿಯಲ್ಲಿ, in January 2026; Marathi ३१ ऑक्टोबरला, on
    # 31 October; Tamil, whose list is measured but shows -யில் too seldom, 2026 ஜனவரியில்
    assert [f.key for f in extract_figures("2026ರ ಜನವರಿಯಲ್ಲಿ ಪ್ರಕಟಿಸಲಾಗುವುದು", "kn")] == ["2026", "month:01"]
    assert [f.key for f in extract_figures("३१ ऑक्टोबरला बंद होतील", "mr")] == ["31", "month:10"]
    assert [f.key for f in extract_figures("முடிவுகள் 2026 ஜனவரியில் அறிவிக்கப்படும்", "ta")] == ["2026", "month:01"]
    # ... and not without a day or year beside it
    assert [f for f in extract_figures("ಜನವರಿಯಲ್ಲಿ ಪ್ರಕಟಿಸಲಾಗುವುದು", "kn") if f.kind == "month"] == []
    # a measured language with case keeps to its measured endings (Augusta above)
    assert [f for f in extract_figures("on 3 Marchen 2025", "en") if f.kind == "month"] == []


def test_where_common_words_cannot_be_told_a_capitalised_month_name_is_read_in_lower_case_too():
    # CLDR capitalises Esperanto and Frisian months (Oktobro, Maaie); their texts do not.
    assert [f.key for f in extract_figures("ekde la 14-a de oktobro 2025", "eo")] == ["14", "month:10", "2025"]
    assert [f.key for f in extract_figures("op 5 maaie 2025", "fy")] == ["5", "month:05", "2025"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("you may 5 times", "en"),  # the verb, not the month CLDR writes May
        ("der Umsatz wuchs im Juli 2,7 Prozent", "de"),  # no day: a decimal follows
        ("desde el triunfo 4-1 de febrero", "es"),  # a score before the month
        ("2025 年 13 月", "zh"),  # 3月 inside 13 月, which is no month
    ],
)
def test_numbers_beside_a_month_word_that_are_no_date(text, language):
    assert [f for f in extract_figures(text, language) if f.kind == "month"] == []


def test_time_and_decade_aliases():
    assert extract_figures("7.55 uur", "nl")[0].aliases == ("time:07:55",)
    # French writes an hour alone with the letter of its time format (CLDR fr-CA "HH 'h' mm").
    assert [(f.text, f.aliases) for f in extract_figures("entre 2 h et 4 h", "fr")] == [
        ("2 h", ("time:02:00",)),
        ("4 h", ("time:04:00",)),
    ]
    assert extract_figures("Il a mangé 2 huîtres", "fr")[0].aliases == ()  # h opening a word
    # Korean and Japanese full time formats (a h시 m분, H時mm分), their particles glued on, and
    # the day period written first (오후 3시, 午後3時).
    assert [f.aliases for f in extract_figures("오전 1시부터 5시까지", "ko")] == [("time:01:00",), ("time:05:00",)]
    assert [(f.key, f.aliases) for f in extract_figures("午後3時に", "ja")] == [("3", ("time:15:00",))]
    assert values("오후 3시 30분", "ko") == ["time:15:30"]
    # The language's narrow symbol for an hour (CLDR's duration-hour: h, Dutch u) writes times in
    # running text where the locale's format has a colon: Portuguese 18h, 18h00; Belgian 18u30.
    assert [(f.key, f.aliases) for f in extract_figures("às 18h ou 18h00", "pt")] == [("18", ("time:18:00",)), ("time:18:00", ())]
    assert values("om 18u30", "nl") == ["time:18:30"]
    # Where that symbol is a word in a language written in Latin letters, SI's h (Vietnamese
    # lúc 9h30, CLDR's symbol being tiếng); not in one with a letter of its own (Indonesian j).
    assert values("lúc 9h30 sáng", "vi") == ["time:09:30"] and values("pukul 9h30", "id") == ["9"]
    # An hour with a day period in lower case is the hour or the number as written (German "am": at).
    assert [(f.key, f.aliases) for f in extract_figures("at 6 pm, not 9 AM", "en")] == [("6", ("time:18:00",)), ("time:09:00", ())]
    assert [(f.key, f.aliases) for f in extract_figures("ab 6 am Abend", "de")] == [("6", ("time:06:00",))]
    assert extract_figures("in the 1980s", "en")[0].aliases == ("80",)
    assert extract_figures("$7.55", "en")[0].aliases == ()  # money is not a time


def test_measures_carry_their_si_value():
    miles = extract_figures("within 200 miles", "en")[0]
    km = extract_figures("bis auf 320 Kilometer", "de")[0]
    assert miles.measure[0] == km.measure[0] == "length"
    assert abs(miles.measure[1] - km.measure[1]) / km.measure[1] < 0.06
    assert extract_figures("5 in the morning", "en")[0].unit is None


@pytest.mark.parametrize(
    ("text", "language", "number", "clock"),
    [
        ("à 15 heures", "fr", "15", "time:15:00"),
        ("om 15 uur", "nl", "15", "time:15:00"),
        ("a las 15 horas", "es", "15", "time:15:00"),
        ("às 9 horas", "pt", "9", "time:09:00"),
        # where the language has a word of its own for the clock's hour, the word for hours is
        # a length of time only (15 Uhr, but 15 Stunden; 3時, but 3時間)
        ("15 Stunden", "de", "15", None),
        ("3時間", "ja", "3", None),
        ("24 horas", "es", "24", None),  # no hour of a clock
        ("dura 1 hora y 30 minutos", "es", "1", None),  # hours and minutes: a length of time
    ],
)
def test_a_whole_number_of_hours_is_also_the_hour_of_a_clock_where_one_word_says_both(text, language, number, clock):
    figure = extract_figures(text, language)[0]
    assert (figure.key, figure.clock) == (number, clock)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("1 to 3 inches of rain", "en", "length-inch"),
        ("2,5 bis 7,5 Zentimeter Regen", "de", "length-centimeter"),
        ("tussen 2,5 en 7,5 cm", "nl", "length-centimeter"),
        ("2,5–7,5 cm Regen", "de", "length-centimeter"),
        ("2から4インチ", "ja", "length-inch"),
    ],
)
def test_a_ranges_lower_bound_takes_the_unit_of_its_upper_bound(text, language, unit):
    low, high = extract_figures(text, language)
    assert (low.unit, low.kind, low.ranged) == (unit, "measure", True)
    assert (high.unit, high.ranged) == (unit, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("in 2025 to 3 metres", "en"),  # no range goes down
        ("the third to 4 metres", "en"),  # an ordinal in words is no bound
        ("5 ou 6 chats, pesant 7 kg", "fr"),  # a comma and words between
    ],
)
def test_a_number_that_bounds_no_range_keeps_no_unit(text, language):
    assert [f.unit for f in extract_figures(text, language) if f.ranged] == []


def test_digital_and_electrical_units_are_read_in_each_language():
    forms = {("1.5 MB", "en"), ("1,5 Mo", "fr"), ("1,5 МБ", "ru"), ("1,5 MB", "de")}
    assert {(f.unit, f.key) for text, lang in forms for f in extract_figures(text, lang)} == {("digital-megabyte", "1.5")}
    kilobytes = extract_figures("1500 kB", "en")[0]
    assert kilobytes.measure == extract_figures("1.5 MB", "en")[0].measure
    assert extract_figures("a 3 GHz chip", "en")[0].unit == "frequency-gigahertz"
    assert extract_figures("a 5W lamp", "en")[0].unit is None  # glued, a letter is as often a label (5G)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("The timeout is 2.4 s.", "en", "duration-second"),
        ("Czas odpowiedzi: 2,4 s.", "pl", "duration-second"),
        ("latenza di 120 ms", "it", "duration-millisecond"),
        ("Es dauerte 3 Sekunden.", "de", "duration-second"),
        ("eine Birne mit 5 A", "de", "electric-ampere"),
        ("ett batteri på 12 V", "sv", "electric-volt"),
        ("5 m hoch", "de", "length-meter"),
    ],
)
def test_a_duration_and_a_unit_of_one_letter_after_a_space_are_measures(text, language, unit):
    assert [f.unit for f in extract_figures(text, language) if f.kind == "measure"] == [unit]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("sentenced to 3 years", "en", ("3", "duration-year")),
        ("skazany na 3 lata", "pl", ("3", "duration-year")),
        ("в течение 5 лет", "ru", ("5", "duration-year")),
        ("entro 14 giorni", "it", ("14", "duration-day")),
        ("trong 14 ngày", "vi", ("14", "duration-day")),
        ("hace 2 meses", "es", ("2", "duration-month")),
        ("selama 2 minggu", "id", ("2", "duration-week")),
        ("innerhalb von 14 Tagen", "de", ("14", "duration-day")),  # with a case ending CLDR lists not
        ("30 napon belül", "hu", ("30", "duration-day")),
        ("2 yıldır", "tr", ("2", "duration-year")),
        ("5 Tagebücher", "de", ("5", None)),  # no ending: another word
        ("5 éves", "hu", ("5", None)),  # five years old
    ],
)
def test_a_length_of_time_in_days_weeks_months_or_years_is_a_measure(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == [expected]


def test_decades_are_a_length_of_time_equal_to_their_years():
    # four decades (CLDR's duration-decade) are the forty years Turkish writes: Kırk yıl boyunca
    [decades] = extract_figures("Over four decades she led 37 expeditions", "en")[:1]
    [years] = extract_figures("Kırk yıl boyunca", "tr")
    assert (decades.unit, years.unit) == ("duration-decade", "duration-year")
    assert decades.measure == years.measure
    assert extract_figures("In vier Jahrzehnten", "de")[0].unit == "duration-decade"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("w 2020 roku", "pl", [("2020", None)]),  # the year 2020, not 2020 years
        ("в 2020 год", "ru", [("2020", None)]),
        ("в 2020 г. он", "ru", [("2020", None)]),  # г. is a word of Russian dates
        ("ngày 12 tháng 5", "vi", [("12", None), ("month:05", None)]),  # tháng 5 is May: no 12 months
    ],
)
def test_a_word_for_years_or_months_in_a_date_makes_no_length_of_time(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("オーブンを180℃に予熱する", "ja", ("180", "temperature-celsius")),  # ℃ is NFKC °C
        ("温度为180℃。", "zh", ("180", "temperature-celsius")),
        ("5㎏の米", "ja", ("5", "mass-kilogram")),
        ("牛乳200㎖を加える", "ja", ("200", "volume-milliliter")),
        ("1,2 dl olivolja", "sv", ("1.2", "volume-deciliter")),
        ("2 TL Backpulver", "de", ("2", "volume-teaspoon")),
        ("2 cuillères à café de levure", "fr", ("2", "volume-teaspoon")),
        ("1 msk florsocker", "sv", ("1", "volume-tablespoon")),
        ("vindbyar på 25 m/s", "sv", ("25", "speed-meter-per-second")),  # wind in Nordic forecasts
    ],
)
def test_kitchen_measures_and_units_in_one_character_are_read(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Add ½ teaspoon of salt", "en", [("0.5", "volume-teaspoon")]),
        ("¾ of voters", "en", [("0.75", None)]),
        ("1½ cups", "en", [("1.5", None)]),  # after a whole number: one value
        ("1 ½ cups", "en", [("1.5", None)]),
    ],
)
def test_a_fraction_sign_is_its_numeric_value(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == expected


def test_decilitres_and_spoons_convert_to_millilitres():
    (decilitres,) = extract_figures("1,2 dl mjölk", "sv")
    (millilitres,) = extract_figures("120 ml of milk", "en")
    assert decilitres.measure == pytest.approx(millilitres.measure)
    (spoon,) = extract_figures("1 tablespoon", "en")
    (metric,) = extract_figures("15 ml", "en")
    assert abs(spoon.measure[1] - metric.measure[1]) / metric.measure[1] < 0.06


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("in the 1990s and the 90s", "en"),  # glued: a plural
        ("pracoval 20 s kolegy", "cs"),  # s is "with", a common word of Czech
        ("в 2020 г. он", "ru"),  # г. is the year in Russian dates
        ("2020 m. rugsėjo", "lt"),  # m. is the year in Lithuanian dates
        ("a 5 m run", "en"),  # m: metre or minute in English
        ("oggi 5 g di riposo", "it"),  # g: gram or day in Italian
        ("Artikel 5 b", "de"),  # b and B, bits and bytes: a slip of the shift key
    ],
)
def test_a_letter_that_may_be_a_word_or_another_unit_is_no_measure(text, language):
    assert [f.text for f in extract_figures(text, language) if f.kind == "measure"] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("食塩相当量0.45g、1本（35g）あたり", "ja", [("0.45", "mass-gram"), ("1", None), ("35", "mass-gram")]),  # CLDR's narrow {0}g
        ("盐0.45g，电压220V", "zh", [("0.45", "mass-gram"), ("220", "electric-volt")]),
        ("단백질 8.2g(포화지방 3.4g)", "ko", [("8.2", "mass-gram"), ("3.4", "mass-gram")]),  # CLDR's short {0}g
        ("5G通信", "ja", [("5", None)]),  # G is no unit of Japanese
        ("a 35g bar", "en", [("35", None)]),  # English writes 35 g: glued, a letter is a label (5G)
    ],
)
def test_a_letter_glued_to_a_number_is_its_unit_where_cldr_glues_it(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a rate of 1.2 × 10⁶ per second", "en", ["1200000"]),
        ("eine Rate von 1,2 · 10⁻³ pro Sekunde", "de", ["0.0012"]),
        ("3.4x10^-3 and 5.6e-4", "en", ["0.0034", "0.00056"]),
        ("10⁶ cells", "en", ["1000000"]),
        ("2.4×10⁶から3.1×10³コピー", "ja", ["2400000", "3100"]),  # glued to kana
        ("le 3e arrondissement, 20 x 30 cm", "fr", ["3", "20", "30"]),  # an ordinal; a size
    ],
)
def test_a_power_of_ten_scales_its_number(text, language, expected):
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("一般1,200円、30万円", "ja", [("1200", "JPY"), ("300000", "JPY")]),  # CLDR's Japanese name for the yen
        ("성인 12,000원입니다", "ko", [("12000", "KRW")]),  # 원 of 대한민국 원, Korea's own money
        ("Der Eintritt kostet 1.200 Yen", "de", [("1200", "JPY")]),  # a head word of three letters
        ("Вход стоит 1200 иен", "ru", [("1200", "JPY")]),
        ("Er hat 5 Sri-Lanker getroffen", "de", [("5", None)]),  # Sri of a country's name is no money
        # the locale's own money in a frequent word of three letters: Romanian lei (and lions)
        ("Biletul costă 50 de lei", "ro", [("50", "RON")]),
        ("Biletul costă 50 de lei", "ro-MD", [("50", "MDL")]),  # Moldova's leu
        ("It won 5 won", "en", [("5", None)]),  # another country's: English won, Swedish som stay words
        ("Han fick 12 som fick", "sv", [("12", None)]),
        # a name written with vowel signs (combining marks) is one word, not pieces of one
        ("দাম ৫০০ টাকা", "bn", [("500", "currency")]),  # taka: CLDR's Bengali for BDT and INR
        ("விலை 500 ரூபாய்", "ta", [("500", "currency")]),
        ("Das Menü kostet 14,– € oder CHF 14.–", "de-CH", [("14", "EUR"), ("14", "CHF")]),  # a dash for no cents
    ],
)
def test_money_in_each_languages_own_words(text, language, expected):
    assert [(f.key, f.unit) for f in extract_figures(text, language)] == expected


def test_hours_as_a_length_of_time_are_no_clock_time():
    # 時 and 시 write the hour of a clock time (3時, 1시); 時間 and 시간 are hours counted
    assert [(f.key, f.aliases) for f in extract_figures("2時間以内、3時に", "ja")] == [("2", ()), ("3", ("time:03:00",))]
    assert [(f.key, f.aliases) for f in extract_figures("2시간 이내, 1시부터", "ko")] == [("2", ()), ("1", ("time:01:00",))]


def test_a_unit_per_another_is_one_measure():
    (dose,) = extract_figures("10 mg/kg Körpergewicht", "de")
    assert dose.unit == "mass-milligram/mass-kilogram" and dose.measure[0] == "mass/mass"
    assert dose.describe() == "10 milligram per kilogram"
    (emission,) = extract_figures("25 g/km", "en")
    (other,) = extract_figures("25 g/km", "fr")
    assert emission.measure == pytest.approx(other.measure)
    assert extract_figures("100 km/h", "en")[0].unit == "speed-kilometer-per-hour"  # CLDR's own unit, read whole



@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mit Winden von 136 Kilometern pro Stunde", "de"),  # declined past CLDR's 136 Kilometer pro Stunde
        ("met 136 km per uur", "nl"),
        ("a 136 chilometri all'ora", "it"),  # CLDR's all’ora, typed with a straight apostrophe
        ("со скоростью 136 километров в час", "ru"),
    ],
)
def test_a_measure_per_hour_as_cldrs_per_pattern_writes_it_is_a_speed(text, language):
    (speed,) = extract_figures(text, language)
    assert (speed.key, speed.unit) == ("136", "speed-kilometer-per-hour")
    dimension, size = extract_figures("85 miles per hour", "en")[0].measure
    assert speed.measure[0] == dimension and speed.measure[1] == pytest.approx(size, rel=0.01)
    # the words alone, not a longer word, and not after a number with no unit
    assert [f.unit for f in extract_figures("136 Kilometer pro Stundenlohn", "de")] == ["length-kilometer"]
    assert [f.unit for f in extract_figures("136 pro Stunde", "de")] == [None]

def test_a_product_of_units_is_read_with_the_dot_keyboards_type():
    # CLDR's Russian kWh is кВт⋅ч, with the dot operator; text has the middle dot
    assert [f.unit for f in extract_figures("14,8 кВт·ч и 14,8 кВт⋅ч", "ru")] == ["energy-kilowatt-hour"] * 2


def test_an_amount_alone_in_brackets_is_also_its_negative():
    (loss, year, grams) = extract_figures("a loss of (1,234) in (2025), one bar (35 g)", "en")
    assert loss.aliases == ("-1234",) and "-1234" not in year.aliases and grams.aliases == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("from −10 °C to 35 °C", "en", ["-10", "35"]),  # the minus sign
        ("von -10 °C", "de", ["-10"]),  # a hyphen for it
        ("od –10 °C", "cs", ["-10"]),  # an en dash for it
        ("GDP fell (-3.2%)", "en", ["-3.2"]),
        ("対応温度は−10 °C", "ja", ["-10"]),  # after a kana, with no space
        ("5-10 people", "en", ["5", "10"]),  # dashes between numbers are ranges
        ("5 – 10 people", "en", ["5", "10"]),
        ("كوفيد-19 و VX-9400", "ar", ["19"]),  # and inside names and codes, hyphens
    ],
)
def test_a_minus_sign_before_a_number_makes_it_negative(text, language, expected):
    assert values(text, language) == expected


def test_a_negative_number_or_per_cent_is_also_its_size_and_a_negative_measure_is_not():
    # French à -4,1 % where the others write "down 4.1%", a fall said in words
    [fall] = extract_figures("Bayer a reculé, à -4,1 %.", "fr")
    assert (fall.key, fall.aliases) == ("-4.1", ("4.1",))
    assert extract_figures("perdió un 4,1 %", "es")[0].aliases == ()  # no sign: no other reading
    # a temperature keeps its sign: 10 °C is no −10 °C
    assert extract_figures("bis −10 °C", "de")[0].aliases == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("esedékessége 2026. 02. 01.", "hu"),  # CLDR's short formats with the year first
        ("첫 상환일은 2026. 2. 1.이다", "ko"),
        ("2026/2/1", "zh"),
        ("2026.02.01", "mn"),
        ("1. 2. 2026", "hr"),  # day and month set apart by a stop and a space
        ("2/1/2026", "en-US"),
        ("01.02.2026", "de"),
    ],
)
def test_numeric_dates_in_each_locales_short_format(text, language):
    assert sorted(values(text, language)) == ["1", "2026", "month:02"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Giá điện tăng từ ngày 1/7", "vi"),  # CLDR's d/M, after the word for a day
        ("a partir do dia 1/7", "pt"),
        ("el día 1/7 por la mañana", "es"),
        ("Die Preise steigen ab dem 1.7. um 4,5 %", "de"),  # d.M., closed by its stop mid-sentence
        ("1.7. alkaen hinnat nousevat", "fi"),
        ("od 1. 7. bude", "cs"),  # d. M.
    ],
)
def test_a_day_and_month_without_a_year_as_the_locale_writes_them(text, language):
    assert [v for v in values(text, language) if v in ("1", "month:07")] == ["1", "month:07"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("add 1/2 cup of milk", "en", ["1", "2"]),  # a fraction: no word for a day before it
        ("Es läuft mit Version 1.7.", "de", ["1.7"]),  # at a sentence's end, a version as often
        ("Abschnitt 2.3 zeigt es", "de", ["2.3"]),  # not closed by a stop
        ("dag 1-7 van de cursus", "nl", ["1", "7"]),  # CLDR's d-M is a range as often
        ("ngày 35/7", "vi", ["35", "7"]),  # no such day
    ],
)
def test_two_numbers_that_are_no_day_and_month(text, language, expected):
    assert values(text, language) == expected


def test_a_korean_number_written_onto_a_word_takes_no_scale_word():
    assert values("제7조 제2항에 따라", "ko") == ["7", "2"]  # Article 7, paragraph 2: 조 is no trillion
    assert values("약 7조 원", "ko") == ["7000000000000"]


def test_a_measure_with_a_smaller_unit_after_it_is_one_quantity():
    (kilograms, pounds) = extract_figures("weighs 1.9 kg (4 lb 3 oz) packed", "en")
    assert pounds.text == "4 lb 3 oz" and abs(pounds.measure[1] - kilograms.measure[1]) < 0.01
    assert values("2 km 5 km", "en") == ["2", "5"]  # a unit no smaller: two figures
    # Italian ha is "has" as often as hectares: a house number, has, and a surface are no one area
    for tag in ("it", "it-IT"):  # a regional tag reads the language's word list too
        assert [(f.key, f.unit) for f in extract_figures("Karl-Heine-Straße 42 ha 78 m² di superficie", tag)][-1] == ("78", "area-square-meter")


def test_a_unit_after_a_hyphen_makes_a_measure_but_a_single_letter_does_not():
    measured = [("a 10-mile race", "en"), ("ein 100-Meter-Lauf", "de"), ("a two-mile walk", "en")]
    assert [(f.text, f.unit) for text, lang in measured for f in extract_figures(text, lang)] == [
        ("10-mile", "length-mile"), ("100-Meter", "length-meter"), ("two-mile", "length-mile")
    ]
    # A letter after a hyphen is a label (4-H, 3-D) or a form's name (10-K), not kelvin
    assert [(f.key, f.unit) for f in extract_figures("the 4-H club, a 3-D film, the 10-K filing", "en")] == [
        ("4", None), ("3", None), ("10", None)
    ]


def test_a_language_without_its_region_reads_its_world_variants_units():
    # en.txt may be British English: CLDR's en writes meters, its world English (en_001) metres
    units = [(f.text, f.unit) for f in extract_figures("The hotel is 800 metres away; parking for 5 litres of fuel.", "en")]
    assert units == [("800 metres", "length-meter"), ("5 litres", "volume-liter")]
    assert [f.unit for f in extract_figures("800 meters", "en")] == ["length-meter"]
    # a region named is that region's English: American English writes no metres
    assert [f.unit for f in extract_figures("800 metres", "en-US")] == [None]


def test_feet_and_inches_joined_by_hyphens_are_one_height():
    for text in ("The 6-foot-6 forward", "a 6-foot-6-inch forward", "he is 6 feet 6 inches tall"):
        (height,) = extract_figures(text, "en")
        assert (height.key, height.unit) == ("6.5", "length-foot") and abs(height.measure[1] - 1.98) < 0.01
    # a number of twelve or more after a hyphen is no inches
    assert [(f.key, f.unit) for f in extract_figures("a 10-foot-12 pole", "en")] == [("10", "length-foot"), ("12", None)]


def test_degrees_of_no_scale_are_a_temperature_read_in_either_scale():
    written = [("80 degrees", "en"), ("27 Grad", "de"), ("26 graden", "nl"), ("80 derece", "tr"), ("27°", "it")]
    assert {f.unit for text, lang in written for f in extract_figures(text, lang)} == {"temperature-generic"}
    (degrees,) = extract_figures("a sunny 80 degrees outside", "en")
    celsius, fahrenheit = degrees.readings
    assert celsius == ("temperature-celsius", "temperature", 80.0)
    assert fahrenheit[:2] == ("temperature-fahrenheit", "temperature") and abs(fahrenheit[2] - 26.67) < 0.01
    assert degrees.describe() == "80°"
    # a scale written stays that scale, read once
    assert [f.unit for f in extract_figures("27 °C und 80°F", "de")] == ["temperature-celsius", "temperature-fahrenheit"]
    assert len(extract_figures("80°F", "en")[0].readings) == 1


def test_a_thai_unit_is_read_where_the_next_word_is_written_against_it():
    assert [(f.key, f.unit) for f in extract_figures("ห่างออกไป 5 กิโลเมตรจากบ้าน", "th")] == [("5", "length-kilometer")]
    assert [(f.key, f.unit) for f in extract_figures("แดดจ้า 80 องศานอกบ้าน", "th")] == [("80", "temperature-generic")]
    # the whole unit's word, not a shorter one it begins with: เมตริกตัน (metric tons), no เมตร (metres)
    assert [(f.key, f.unit) for f in extract_figures("ส่งออก 5 เมตริกตันต่อปี", "th")] == [("5", "mass-tonne")]


def test_surfaces_are_measures_and_convert():
    # CLDR's square metres and square feet, and m2 typed without the superscript
    sizes = [("78 m²", "en"), ("78 m2", "de"), ("78 Quadratmeter", "de"), ("78 mètres carrés", "fr"), ("78平方米", "zh")]
    assert {(f.key, f.unit) for text, lang in sizes for f in extract_figures(text, lang)} == {("78", "area-square-meter")}
    (feet,) = extract_figures("840 sq ft", "en")
    assert feet.measure[0] == "area" and abs(feet.measure[1] - 78.04) < 0.01
    assert [(f.key, f.unit) for f in extract_figures("3 m3 water", "en")] == [("3", "volume-cubic-meter")]


def test_medical_and_pressure_units_are_read_in_each_language():
    forms = {("7.4 mmHg", "en"), ("7,4 мм рт. ст.", "ru"), ("7,4 mmHg", "fr"), ("7.4 mmHg", "zh")}
    assert {(f.unit, f.key) for text, lang in forms for f in extract_figures(text, lang)} == {("pressure-millimeter-ofhg", "7.4")}
    assert extract_figures("5,5 mmol/l", "de")[0].unit == "concentr-millimole-per-liter"
    assert extract_figures("150 PS", "de")[0].measure[0] == extract_figures("110 kW", "en")[0].measure[0] == "power"
    assert extract_figures("15 bar", "en")[0].unit == "pressure-bar"
    assert extract_figures("2 bars of chocolate", "en")[0].unit is None


def test_a_units_case_matters_only_where_it_tells_two_units_apart():
    # zh-Hant CLDR gives "Gb" as gigabit's long name: a gigabyte must stay a gigabyte.
    assert extract_figures("5 GB的檔案", "zh-Hant")[0].unit == "digital-gigabyte"
    assert extract_figures("5 Gb/s", "en")[0].unit == "digital-gigabit"
    assert extract_figures("the bottle holds 100 ml", "en")[0].unit == "volume-milliliter"  # CLDR writes mL
    assert extract_figures("take 10 µg daily", "en")[0].unit == "mass-microgram"  # the micro sign, not mu


def test_a_unit_glued_to_a_word_of_another_script_is_read():
    # Japanese and Korean write the next word against the unit; a Latin letter still continues it.
    assert [f.unit for f in extract_figures("500mgを服用し、25°C以下で保管", "ja")] == ["mass-milligram", "temperature-celsius"]
    assert extract_figures("25°C까지", "ko")[0].unit == "temperature-celsius"
    assert extract_figures("5 min", "en")[0].unit is None and extract_figures("5 mgx", "en")[0].unit is None


def test_codes_that_are_not_numbers_stay_literal():
    assert values("12.34.56", "en") == ["code:12.34.56"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.62 लाख करोड़ येन", "hi", ["1620000000000"]),  # lakh crore: 10⁵ × 10⁷
        ("5 thousand million", "en", ["5000000000"]),
        ("2 million 500 people", "en", ["2000000", "500"]),  # a smaller number after: two numbers
        ("5 लाख हज़ार", "hi", ["500000"]),  # a smaller scale after: no product
    ],
)
def test_a_scale_word_followed_by_a_larger_one_multiplies_it(text, language, expected):
    assert values(text, language) == expected


@pytest.mark.parametrize("language", ["en", "en-US", "en-GB"])
def test_a_languages_regional_scale_words_are_read_in_any_of_its_versions(language):
    """CLDR's British English writes £1.2bn and £5m, its Indian English 3 crore: a version
    named en or en-US may write them too (NTREX's en-US reference does)."""
    assert values("the £2.8bn market, sold for £125m", language) == ["2800000000", "125000000"]
    assert values("₹3 crore and 5 lakh people", language) == ["30000000", "500000"]


@pytest.mark.parametrize("language", ["en-GB", "en-IN", "en-AU"])
def test_a_regional_version_reads_its_languages_own_scale_words(language):
    """CLDR gives en_GB only the formats it changes (1m, £1.2bn): 1M and $1.2B are still English."""
    assert values("It cost 1M dollars, then $1.2B.", language) == ["1000000", "1200000000"]


def test_a_regional_version_keeps_its_own_factor_for_a_word_in_another_case():
    # Portugal's Bi is 10¹², Brazil's bi 10⁹: pt-PT takes no bi from its language
    assert values("2 Bi e 3 bi", "pt-PT") == ["2000000000000", "3"]


def test_a_scale_word_that_is_also_a_unit_symbol_keeps_the_unscaled_reading():
    """British m is million and metre: money is scaled, a bare number is either."""
    sprint, money = extract_figures("the 200m sprint cost £5m", "en-GB")
    assert (sprint.key, sprint.aliases) == ("200000000", ("200",))
    assert (money.key, money.unit, money.aliases) == ("5000000", "GBP", ())
    plain = extract_figures("5 million people", "en")[0]
    assert (plain.key, plain.aliases) == ("5000000", ())


def test_a_length_of_time_written_without_spaces_is_read_as_written_with_them():
    # Portuguese 4h51min32s: each number after an hour's or a minute's symbol is read
    assert values("Terminou em 4h51min32s, a 1min12s do segundo.", "pt") == ["4", "51", "32", "1", "12"]
    assert values("em 4 h 51 min 32 s", "pt")[:2] == ["4", "51"]
    # a code's digits after its letters stay unread: VX9400, and H800 after a number's symbol h
    assert values("o modelo VX9400 e o chip 5hH800", "pt") == ["5"]


def test_scale_word_needs_a_word_boundary():
    # French "milles" are miles, not thousands; Thai พัน must not match inside พันธมิตร.
    assert values("10 milles", "fr") == ["10"]
    assert values("ปี 1918 พันธมิตร", "th") == ["1918"]


def test_number_words_inside_compounds():
    assert 5 in number_words("nach fünfjährigen Beratungen", "de")
    assert 8 not in number_words("nach fünfjährigen Beratungen", "de")


def test_parse_numeral_follows_locale_only_when_ambiguous():
    assert parse_numeral("1.300", lexicon("tr")) == Decimal(1300)
    assert parse_numeral("1.3", lexicon("tr")) == Decimal("1.3")
    assert parse_numeral("1,300", lexicon("en")) == Decimal(1300)
    assert parse_numeral("1,300", lexicon("de")) == Decimal("1.3")
    assert parse_numeral("0,500", lexicon("en")) == Decimal("0.5")


LOCALES = ["de", "fr", "it", "nl", "tr", "th", "es", "pl", "ru", "pt-BR", "ja", "ar", "hi", "sv", "en"]


@settings(max_examples=150, deadline=None)
@given(
    value=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    language=st.sampled_from(LOCALES),
)
def test_babel_formatted_decimals_parse_back(value, language):
    text = format_decimal(value, locale=language.replace("-", "_"), group_separator=True)
    figures = [f for f in extract_figures(f"x {text} x", language) if f.kind != "date"]
    assert len(figures) == 1, (text, figures)
    # An ambiguous "1.300" with exactly three decimals reads as the locale says; Babel writes
    # at most two here, so the value must come back unchanged.
    assert Decimal(figures[0].key) == value.normalize()


@settings(max_examples=150, deadline=None)
@given(
    mantissa=st.integers(min_value=1, max_value=999),
    exponent=st.sampled_from([6, 9]),
    length=st.sampled_from(["long", "short"]),
    language=st.sampled_from(["de", "fr", "it", "nl", "tr", "th", "es", "pl", "en", "ja", "pt", "sv", "ru"]),
)
def test_babel_compact_numbers_parse_back(mantissa, exponent, length, language):
    value = Decimal(mantissa) * Decimal(10) ** exponent
    try:
        text = format_compact_decimal(value, format_type=length, locale=language, fraction_digits=2)
    except KeyError:  # the locale has no compact format of this length in CLDR (ja has no "long")
        return
    figures = extract_figures(f"x {text} x", language)
    assert [f.key for f in figures] == [str(int(value))], text


@settings(max_examples=80, deadline=None)
@given(value=st.integers(min_value=1, max_value=100), language=st.sampled_from(["de", "fr", "tr", "ar", "th", "en"]))
def test_babel_percentages_parse_back(value, language):
    text = format_percent(value / 100, locale=language)
    figures = extract_figures(f"x {text} x", language)
    assert [(f.key, f.unit) for f in figures] == [(str(value), "percent")], text


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), language=st.sampled_from(["de", "th", "tr", "ja", "ar", "en"]))
def test_any_text_extracts_without_error_and_spans_match(text, language):
    for figure in extract_figures(text, language):
        assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("in the third quarter", "en", "3"),
        ("im dritten Quartal", "de", "3"),  # declined: dritte + n
        ("no terceira vez", "pt-BR", "3"),  # the feminine: terceiro with -a for -o
        ("au quatrième trimestre", "fr", "4"),
        ("세 번째 분기", "ko", "3"),
    ],
)
def test_a_spelled_ordinal_is_a_weak_figure_of_its_number(text, language, value):
    (figure,) = extract_figures(text, language)
    assert (figure.key, figure.ordinal, figure.weak) == (value, True, True)


def test_first_and_second_are_no_ordinal_figures():
    """They are words of other kinds too: a second, Italian secondo (according to)."""
    assert values("wait a second, for the first time", "en") == []
    assert values("secondo il rapporto", "it") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("abriu duas novas rotas", "pt-BR", "2"),  # the feminine
        ("около двух человек", "ru", "2"),  # the genitive
        ("पाँच लोग", "hi", "5"),  # a language num2words lacks
        ("πέντε άτομα", "el", "5"),
        ("다섯 명", "ko", "5"),  # a native Korean numeral
    ],
)
def test_numbers_spelled_as_cldrs_spell_out_rules_give_them(text, language, value):
    assert values(text, language)[:1] == [value]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("протягом двох років", "uk", ["2"]),  # the genitive: from num2words, CLDR's rules have no cases
        ("у трьох областях", "uk", ["3"]),  # the locative
        ("з інтервалом чотирьох тижнів", "uk", ["4"]),
        ("близько двадцяти п'яти років", "uk", ["25"]),
    ],
)
def test_numbers_in_the_cases_num2words_spells(text, language, value):
    assert values(text, language) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("п'ять років", ["5"]),  # the straight apostrophe
        ("п’ять років", ["5"]),  # the curly one, which splits the word as much
        ("пʼять років", ["5"]),  # CLDR's ʼ, a letter
        ("дев’ятнадцять днів", ["19"]),
    ],
)
def test_an_apostrophe_inside_a_ukrainian_number_word_keeps_it_one_word(text, value):
    assert values(text, "uk") == value


def test_letters_about_an_apostrophe_are_no_number_where_the_language_spells_none_so():
    """French elides d' before eux (of them): d'eux is no deux (two). Only a language whose
    numbers are spelled with an apostrophe inside reads one there."""
    assert values("l'un d'eux", "fr") == [] and values("dell'otto", "it") == ["8"]
    assert values("deux d'entre eux", "fr") == ["2"]


def test_a_korean_numeral_of_one_letter_is_read_before_its_noun_only():
    # CLDR's native attributive numerals: 두 번 (twice), 세 명 (three people), 네 가지 (four kinds)
    assert values("하루 두 번 1정씩", "ko") == ["2", "1"]
    assert values("세 명이 다쳤습니다", "ko") == ["3"]
    # 네 is also yes, and 세 opens other words (세계, the world): alone or glued on, no number
    assert values("네, 알겠습니다.", "ko") == [] and values("세계 경제", "ko") == []


def test_an_ordinal_before_a_noun_is_read_as_cldr_spells_it():
    (figure,) = extract_figures("en el tercer trimestre", "es")
    assert (figure.key, figure.ordinal) == ("3", True)


def test_a_language_no_source_spells_gets_no_number_words():
    """Babel falls back to English for a language it lacks; the number words must not."""
    assert lexicon("xx").spelled == {}
    assert values("three two", "xx") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("watoto milioni 1.2", "sw", "1200000"),  # CLDR's Swahili pattern puts the word first
        ("elfu 5", "sw", "5000"),
        ("12 லட்சம் குழந்தைகள்", "ta", "1200000"),  # lakh: from CLDR's spell-out rules, not its compact formats
    ],
)
def test_scale_words_where_cldr_puts_them(text, language, value):
    assert values(text, language) == [value]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("約12億8千万人", "ja", ["1280000000"]),  # 千万, ten million, from CLDR's spell-out rules
        ("3千万円", "ja", ["30000000"]),
        ("约12亿8千万成年人", "zh", ["1280000000"]),
        ("5百万人", "zh", ["5000000"]),
        ("2千萬美元", "zh-Hant", ["20000000"]),  # zh_Hant's own rules: 千萬, not 千万
        ("약 12억 8천만 명", "ko", ["1280000000"]),
        ("3백만 원", "ko", ["3000000"]),
        ("装机1000兆瓦", "zh", ["1000"]),  # 兆 spells 10¹², but CLDR's Chinese formats write 万亿: a megawatt
        ("千葉県の3千人", "ja", ["3000"]),
    ],
)
def test_spelled_scale_words_of_a_language_that_glues_them_to_the_number(text, language, value):
    assert values(text, language) == value


def test_russian_numbers_are_read_with_e_for_yo():
    # CLDR's rules write трех and четвертом; print may write either letter.
    assert values("у трёх участников, в четвёртом", "ru") == ["3", "4"]
    assert values("у трех участников", "ru") == ["3"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("בשלושה מכשירים", "he", ["3"]),  # ב, in
        ("ובשלושה מכשירים", "he", ["3"]),  # ו and ב: and in
        ("وثلاثة أجهزة", "ar", ["3"]),  # و, and
        ("a sten gun", "en", []),  # s + ten: English writes no letter on its words
    ],
)
def test_a_number_with_a_letter_its_language_writes_on_words(text, language, value):
    assert values(text, language) == value


def test_a_large_value_is_described_compactly_only_where_that_is_exact():
    # Two phone numbers' digits must not both read "86.8 million" in one message.
    assert describe_value(Decimal("86799799")) == "86,799,799"
    assert describe_value(Decimal("2800000000")) == "2.8 billion"
    assert describe_value(Decimal("120000000")) == "120 million"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("achevée au XIIe siècle", "fr", "12"),
        ("un conflit du XIXème siècle", "fr", "19"),
        ("terminada en el siglo XIX", "es", "19"),
        ("în secolul al XII-lea", "ro", "12"),
        ("XIV. Lajos uralkodása", "hu", "14"),
        ("писем времён Людовика XIV", "ru", "14"),
        ("της βασιλείας του Λουδοβίκου ΙΔ΄", "el", "14"),
        ("Κωνσταντίνος ΙΑ΄", "el", "11"),
        ("τον ΙΣΤ΄ αιώνα", "el", "16"),
        ("第Ⅱ期", "ja", "2"),
    ],
)
def test_a_roman_or_greek_numeral_is_a_lettered_figure_of_its_number(text, language, value):
    (figure,) = extract_figures(text, language)
    assert (figure.key, figure.lettered, figure.weak) == (value, True, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I think so, said X.", "en"),  # one letter: a pronoun, a name
        ("in size XL, with a CV and a CD", "en"),  # L, C, D and M write sizes and acronyms
        ("IIII and VX are no numerals", "en"),  # not the canonical forms
        ("MIXED, VIVID, XIV2", "en"),  # inside longer words and codes
        ("σ’ αγαπώ, μ’ αρέσει", "el"),  # an elided word before an apostrophe
    ],
)
def test_letters_that_only_look_like_numerals_give_no_figure(text, language):
    assert values(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("保証期間は16万kmです。", "ja", ("160000", "length-kilometer")),  # a scale word, then a unit's symbol
        ("보증은 16만km입니다.", "ko", ("160000", "length-kilometer")),
        ("汽油发动机（110千瓦）", "zh", ("110", "power-kilowatt")),  # 千瓦 is kilowatt, not 千 thousand
        ("其14.8千瓦时电池", "zh", ("14.8", "energy-kilowatt-hour")),  # a unit of two Han characters ends where it ends
        ("最大牵引质量为1,800千克的拖车", "zh", ("1800", "mass-kilogram")),
        ("约3千人", "zh", ("3000", None)),  # 千 before a word that is no unit is thousand
    ],
)
def test_scale_words_and_unit_words_of_scripts_without_spaces(text, language, expected):
    (figure,) = extract_figures(text, language)
    assert (figure.key, figure.unit) == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("la hora perfecta son las 5.30 de la tarde", "es", "time:17:30"),  # CLDR's es: h:mm B
        ("a las 10 de la mañana", "es", "time:10:00"),
        ("alle 5 del pomeriggio", "it", "time:17:00"),
        ("à 5 h de l'après-midi", "fr", "time:17:00"),  # CLDR writes de l’après-midi
        ("às 7h30 da noite", "pt", "time:19:30"),
        ("at 7 in the evening", "en", "time:19:00"),
        # CLDR's stand-alone AM and PM, written after a time too, with the marks on their letters
        ("الساعة 3:30 مساءً", "ar", "time:15:30"),  # CLDR formats 3:30 م
        ("الساعة 9 صباحًا", "ar", "time:09:00"),
        # CLDR's Filipino afternoon ends before 16:00, but four is said in it; and its evening
        # (16-18) and night (18-24) are both ng gabi: one period, 16 to 24
        ("hanggang alas-4 ng hapon", "fil", "time:16:00"),
        ("mula alas-8 ng gabi", "fil", "time:20:00"),
    ],
)
def test_a_day_period_the_locale_writes_after_the_hour_makes_it_a_time(text, language, value):
    assert values(text, language) == [value]


def test_an_hour_far_from_the_day_period_said_after_it_stays_as_written():
    # CLDR's Filipino ng umaga runs from 0 to 6: nine is neither 9 nor 21 in it, nor an hour off
    assert values("alas-9:30 ng umaga", "fil") == ["time:09:30"]
    assert values("alle 11 di sera", "it") == ["time:23:00"]


def test_one_word_that_may_be_a_day_period_after_an_hour_alone_makes_no_time():
    assert values("llega a las 5 mañana", "es") == ["5"]  # mañana is also tomorrow (CLDR's relative day)
    assert values("um 5 morgen", "de") == ["5"]
    # a word that names no day is the period after an hour alone too
    assert values("pada pukul 4 petang", "ms") == ["time:16:00"] and values("pukul 4 sore", "id") == ["time:16:00"]
    assert values("antara pukul 8.00 pagi dan 4.00 petang", "ms") == ["time:08:00", "time:16:00"]  # with minutes it is the period


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("promised a hundred gold coins", "en"),  # the word for a hundred without its one, and gold no money
        ("hatte hundert Goldmünzen versprochen", "de"),
        ("hade lovat hundra guldmynt", "sv"),
        ("Il re aveva promesso cento monete d'oro", "it"),  # cento is 100 already
    ],
)
def test_a_hundred_without_its_one_is_a_spelled_hundred(text, language):
    (figure,) = extract_figures(text, language)
    assert (figure.key, figure.unit, figure.spelled) == ("100", None, True)


def test_a_word_in_a_currency_names_aside_names_no_money():
    # CLDR's Finnish "Yhdysvaltain dollari (seuraava päivä)", US dollar (next day), is headed
    # by dollari; päivä (day) in its aside read 30 päivän kuluessa (within 30 days) as money.
    assert [(f.key, f.unit) for f in extract_figures("30 päivän kuluessa", "fi")] == [("30", None)]
    assert [(f.key, f.kind) for f in extract_figures("maksaa 30 dollaria", "fi")] == [("30", "currency")]


def test_hundreds_of_is_no_hundred():
    assert values("hundreds of fans", "en") == values("Hunderte Fans", "de") == values("hundratals fans", "sv") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("employs four hundred workers", "en", "400"),  # not 4 and 100
        ("two hundred and fifty people", "en", "250"),  # num2words' and
        ("two hundred fifty people", "en", "250"),  # CLDR's without it
        ("quatre cents ouvriers", "fr", "400"),
        ("deux cent cinquante personnes", "fr", "250"),
        ("vierhundert Arbeiter", "de", "400"),  # glued, beyond the lexicon's 100
        ("zweihundertfünfzig Menschen", "de", "250"),
        ("zweitausendfünfhundert Menschen", "de", "2500"),
        ("duemilacinquecento persone", "it", "2500"),
        ("ciento veinte personas", "es", "120"),  # ciento heads a number, cien stands alone
        ("doscientas cincuenta personas", "es", "250"),  # feminine, from CLDR's rulesets
        ("cento e cinquenta e três pessoas", "pt", "153"),  # its joining e, in six words
        ("четыреста двадцать рабочих", "ru", "420"),
        ("dört yüz elli işçi", "tr", "450"),
        ("أربعمائة عامل", "ar", "400"),
        ("háromezer ember", "hu", "3000"),
    ],
)
def test_a_number_in_words_past_a_hundred_is_read_whole(text, language, value):
    """From each language's spellings of the multiples of a hundred and a thousand (num2words,
    CLDR's rules), and of each multiple plus twenty, which show how it heads a larger number."""
    assert values(text, language) == [value]


def test_a_cardinal_without_the_feminine_ending_of_the_languages_ordinals_is_read():
    # CLDR's Arabic ordinals add ة for the feminine (الثالث, الثالثة), and its cardinals all end
    # in it (ثلاثة); a feminine noun takes the form without it, which its rules never write
    assert values("بعد ثلاث سنوات من الخسائر", "ar") == values("بعد ثلاثة أعوام", "ar") == ["3"]
    assert values("استدعاء خمس سيارات و ثماني طائرات", "ar") == ["5", "8"]
    # Hebrew marks its ordinals with ת and ends no cardinal in it: nothing is cut
    assert values("שלוש שנים", "he") == values("שלושה ימים", "he") == ["3"]


def test_a_word_that_opens_like_a_number_past_a_hundred_is_none():
    # the head must be followed by a smaller number: cientos (hundreds), Hunderte, tausendfach
    assert values("cientos de personas", "es") == values("dreihundertfach", "de") == []
    # a larger number after the head is two numbers, not one: zweitausend dreitausend
    assert values("zweitausend dreitausend", "de") == ["2000", "3000"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Take 1½ tablets", "en", "1.5"),  # Unicode's numeric value of ½
        ("tomar 1 ½ tabletas", "es", "1.5"),
        ("2¾ Tassen Mehl", "de", "2.75"),
        ("1½錠を服用", "ja", "1.5"),
    ],
)
def test_a_whole_number_with_a_vulgar_fraction_is_one_value(text, language, value):
    assert values(text, language) == [value]


def test_a_superscript_after_a_number_is_no_fraction():
    assert values("78 m²", "de") == ["78"]


def test_full_width_digits_read_as_ascii_ones_and_keep_their_text():
    """Japanese and Chinese write ７月 as often as 7月: CLDR's month names are written with ASCII
    digits, so ７月 was the number 7, beside English July."""
    for language, written in (("ja", "２０２０年７月１５日に発表。"), ("zh", "２０２０年７月１５日发布。")):
        ascii_text = written.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        assert values(written, language) == values(ascii_text, language) == ["2020", "month:07", "15"]
        assert [f.text for f in extract_figures(written, language)] == ["２０２０", "７月", "１５"]
    # a month with no day or year beside it stays no figure (an undated 7月 neither)
    assert values("７月に赴任した。", "ja") == values("7月に赴任した。", "ja") == []


def test_full_width_times_units_and_codes_read_as_ascii_ones():
    """１２：３０, ３．５ｋｍ and ＧＰＴ－４ are 12:30, 3.5 km and a code's digits, as in ASCII;
    the full-width comma still only groups (１，２００) and otherwise lists (１，２，３)."""
    for written, ascii_text in (
        ("１２：３０に開始。", "12:30に開始。"),
        ("距離は３．５ｋｍ。", "距離は3.5km。"),
        ("重さは５０ｋｇ。", "重さは50kg。"),
        ("ＧＰＴ－４を使用。", "GPT-4を使用。"),
    ):
        read = [(f.key, f.kind, f.unit) for f in extract_figures(written, "ja")]
        assert read == [(f.key, f.kind, f.unit) for f in extract_figures(ascii_text, "ja")]
    assert values("ＧＰＴ－４を使用。", "ja") == []
    assert values("約１，２００人", "ja") == ["1200"] and values("１，２，３番", "ja") == ["1", "2", "3"]


def test_an_era_year_with_the_gregorian_year_in_brackets_is_one_year():
    """Official Japanese writes 令和2（2020）年度 and 1895（明治28）年: the era's count (2, 28) was a
    number of its own, which no other version writes."""
    assert values("令和２（２０２０）年度の予算", "ja") == ["2020"]
    assert values("１８９５（明治２８）年に赴任。", "ja") == ["1895", "1895"]
    assert values("令和２年度の予算", "ja") == ["2020"] and values("令和２の予算", "ja") == ["2"]  # no year's word: a number
