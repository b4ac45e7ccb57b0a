"""Whole documents in 138 languages (156 tags with regional and script variants), each clean and with drift
put in: the consistency suite's behaviour on kinds of text and languages the benchmarks lack.

The documents in tests/data/probes were written for these tests; the README's "Known limits"
lists them (a recall notice, release notes, a safety data sheet, Markdown install notes, a
budget notice in Indian scripts, a medicine leaflet in Cantonese, Uyghur, Sindhi, Tatar,
Kinyarwanda, Quechua and Tigrinya, election results in Romansh, Yiddish, Oromo, Wolof,
Chuvash and Lingala, a timetable in Yakut, Bashkir, Ossetic, Chechen, Konkani, Maithili and
Dzongkha, a phone quick start in Swiss German, French and Italian, Egyptian Arabic and
Japanese with full-width digits, a clinical trial's abstract with Korean 12억 8천만, Arabic-Indic
digits and a pressure in mmHg, a cup final in Serbian in Latin letters, Nynorsk, Haitian
Creole, Uzbek in Cyrillic, Northern Sami and Samoan, a tent's spec sheet with −10 °C and
4 lb 3 oz, a loan summary with each locale's numeric dates (2/1/2026, 2026. 02. 01.,
1.2.2026) and Korean 제7조, plans and prices in a Markdown table, a job advert whose Chinese
names more software than it has Han characters, a conference programme in Thai, Hebrew,
Persian, Bengali and more, with each locale's times (8h30, 08.30 น., 오후 7시), a court ruling
in Georgian, Armenian, Tamil and seven more, a flat to rent with m² and floors, a science press
release, a marathon report whose race times are 2:03:11, 2 h 03 min 11 s and 2時間3分11秒, a
flight confirmation with booking codes, seats and gates, router reset steps, and an abbey's
history with centuries and a king in Roman and Greek numerals: XIIe siècle, al XII-lea, ΙΔ΄,
and a car's specifications with hp, PS, ch, CV, pk, hk, KM and л. с., 16万km and 110千瓦, and
lease terms in Czech, Slovak, Croatian, Finnish, Danish, Norwegian, Lithuanian and five more,
with legal references: čl. 7 odst. 2, art. 7 ust. 2, artikel 7, stk. 2, and a central
bank's rate decision in 13 languages of the euro area, with basis points, quarters and
Finnish klo 14.45, and an incident report with UTC times, release numbers, cloud regions
(eu-west-1) and German HTTP-503-Fehler, and a vaccination notice in Arabic, Persian, Urdu,
Hebrew, Hindi, Bengali, Nepali, Burmese, Khmer, Sinhala and Malay, with each script's digits,
lakh and Malay 4.00 petang, and a kettle's technical data with 220–240 V ~ 50/60 Hz and
23 × 16 × 25 cm, and a fairy tale whose numbers are all words: drei Söhne, sept jours,
hundert Goldmünzen, and a football report whose Brazilian Portuguese, Japanese and Korean
versions count the 89th minute as the 44th of the second half, and a projector's warranty
terms in 15 languages whose lengths of time change unit: 2 mois for 2 ans, 0,5 ms for 0,5 s,
3 bulan for 3 minggu, and a company's quarterly results in 13 languages, with 1兆6200億円,
1조 6200억 엔, 1,62 billones, 1 620 milliards and Hindi 1.62 लाख करोड़, and a cake recipe in
12 languages with 180℃, 1,2 dl, 2 TL and 1 cucharada, and a gale warning in 13 languages of
the Nordic, Baltic and Slavic countries, with km/t, km/klst., m/s and German 14. November, and
a travel allowance in twelve regional variants, each with its own number format: 1,250.50,
1'250.50, 1 250,50, 1.250,50 and Indian 1,25,000.00, and an airline's baggage rules in
Afrikaans, Albanian, Macedonian, Bosnian, Azerbaijani, Kazakh, Georgian, Armenian, Galician,
Basque, Catalan and Maltese, with 8 kq-a, 23 кг-ға, 8 კგ-მდე and 8 kg-koa, and a granola
bar's nutrition label in 14 languages, with 1580 kJ / 378 kcal, 1580千焦 and Japanese 0.45g,
and a sync app's help page in 12 languages, with placeholders ({count}, %1$s, {{user.first_name}}),
a log file's path, a command-line option and shortcuts whose keys each language labels
(Strg+Umschalt+S, Ctrl+Maj+S), and a school closure notice in English, French, German, Tibetan,
Dhivehi, Cherokee, Inuktitut, Santali, Manipuri, Syriac and Tamazight, with Tibetan, Ol Chiki
and Bengali digits, and a biotech company's quarterly results in ten languages, with
2.4 × 10⁶ copies/mL and an operating loss written (3,120) or −3.120, and a Tokyo museum's
visitor information in ten languages, with 1,200円, ¥1,200, 1.200 Yen, 1200 иен and 1,000원,
and a privacy notice in six languages, with the GDPR's references written art. 6 ust. 1 lit. f,
dell'art. 6, paragrafo 1 and Art. 6(1)(f), and a photo app's help page in Markdown in twelve
languages, with front matter, numbered steps, a table and links, and a hiking route's description
in eleven languages, with coordinates (47°25′17″N, 10°59′08″ O, 北緯47度25分17秒), heights in
m n. m. and 海拔, and names respelt in katakana and Hangul, and an income tax notice in ten
languages, with brackets of euros, cents, 1,8 mil milhões, 1800 millones, Greek 2,3 εκατ. and
Finnish 45 prosentin, and a summer festival's programme in Upper and Lower Sorbian, Friulian,
Sardinian and Occitan beside English, German, Italian, French, Polish and Czech, and a cyclone
warning in Tongan, Samoan, Māori, Fijian, Hawaiian, French and English, and a league's final
standings as a Markdown table, and an online shop's shipping confirmation in eight languages,
with an order number, a tracking code, VAT and prices each, and a news item on a solar
investment in Indonesian, Malay, Vietnamese, Thai, Filipino, Chinese and English, with US$1,2
miliar, AS$1.2 bilion, 1,2 tỷ USD, 1,200 ล้านดอลลาร์ and 12亿美元, and a football transfer in
European Portuguese, Spanish, Turkish, Arabic, Greek, Romanian, Serbian, Indonesian, Hebrew and
Japanese, with 45 εκατομμυρίων ευρώ, ٤٥ مليون يورو, 4500万ユーロ and weekdays named by their
numbers, την Τρίτη, ביום שלישי, and a conference's registration notice in twelve languages, with
date ranges (vom 14. bis 16. Oktober, 14–16 października, 10月14日から16日), prices before and after
a deadline, segunda-feira, thứ Hai and 3月2日（月）, and a concert notice in twelve languages with
each one's clock times: 7:30 p.m., klo 19.30, kl. 19.30, saat 19.30'da, 19 giờ 30, 19 h 30,
오후 7시 30분, 7:30 p. m., 午後7時半 and 晚上7点半, and a bridge's reopening in Thai, Lao, Vietnamese,
Chinese, Japanese, German, French and English, with ordinals written ที่ 1, thứ hai, 第2 and
second, and 2570 for 2027, and a contract's payment terms in seven languages whose numbers are
written in words and digits both: thirty (30) days, cinque per cento (5%), and a scholarship
scheme in Indian English, Hindi, Bengali, Marathi, Tamil, Telugu, Gujarati, Urdu and Kannada,
with ₹2.5 lakh, ₹১২০ কোটি, ಜನವರಿಯಲ್ಲಿ and names respelt in each script, and a tennis final in
eight languages with its sets written 6-4, 6:4 and 7-6 (7/5), and 500 tys. euro, and a Tokyo
ward's renovation subsidy in Japanese, whose dates count the years of the Reiwa era (令和7年6月1日),
and in English, Chinese, Korean, Vietnamese, Brazilian Portuguese, Spanish and Filipino, and an
opinion poll in eight languages with percentage points, ±3, 31 proc., 12 százalékon and a range
of days, 3–9 października, and a market report in eight languages with index points, basis
points, $1.0845 and a fall written -4,1 % where the others say it in words, and an obituary in
English, Arabic, French, German, Dutch, Spanish, Indonesian and Turkish, whose four decades are
Turkish Kırk yıl, forty years, and a medicine's dosage in eight languages, with Korean 하루 세 번
(three times a day), 1日3回, 每日3次 and 3-mal täglich, and a news item on aid to Ukraine in
English, Ukrainian, Russian, Polish, Bulgarian, German, Kazakh and Serbian, whose Марченко is
Marchenko, Martschenko and Marczenko, and a migration deal in English, Greek, Russian, Arabic,
Japanese, Chinese, Korean, Turkish and Spanish, whose leaders' names each script respells by
ear: Ούρσουλα φον ντερ Λάιεν, Реджеп Тайип Эрдоган, بيدرو سانشيز, and an airline's notice of
passengers' rights in eight languages, with regulation 261/2004, distances and an address, and
Nordic electricity prices in English, Swedish, Norwegian, Danish, Finnish, Estonian and German,
with 42 euroon megawattitunnilta, 5,2 senti kilovatt-tunni eest and −24 asteeseen, and a
children's hospital opening in English, Hebrew, Arabic, Persian, Russian and French, with
ב-3 במרץ 2026, ۱٫۲ میلیارد and 35٪), and an earthquake report in English, Japanese, Turkish,
Greek, Georgian, Armenian, Nepali and Indonesian, with coordinates (40,12° LU, 北緯40.12度),
03.17'de, 24ωρο, 140-ზე მეტი and Devanagari digits, and a smog report from Delhi in English,
Chinese, Korean, Hindi, Polish, Mongolian, Vietnamese and French, with 287㎍/㎥, PM2,5, 500
мянган рупи and Делигийн, and a car maker's recall notice in English, German, Swedish, Czech,
Romanian, Hungarian, Ukrainian and Arabic, with part numbers, VIN ranges, 6 000 mil (Swedish
miles of 10 km) and ٤٨٬٣٠٠, and a cycling stage report in English, French, Italian, Spanish,
Dutch, Danish, Slovenian and Portuguese, with 4 h 51 min 32 s, 4h51'32", 4h51min32s and 1 minuto
in 12 sekundami, and a router firmware's release notes in English, German, French, and
Japanese and Chinese in full-width forms, with ＶＸ－９４００, １２：３０, １．２ｋｇ and steps
numbered １． and 1、), and a coffee grinder's quick guide in English, Japanese, Chinese, Korean,
Russian and Arabic, with 2回, 2倍, twice and Arabic duals (كل أسبوعين), and a solar maker's job
cuts in English, German, French, Spanish, Portuguese and Italian, with $150m and 4,1 mil
milhões, and a router's firmware update in English, Korean, Hindi, Greek, Hebrew and
Vietnamese, with वाई-फ़ाई, and a cleaner's safety sheet in English, Spanish, Polish, Russian,
Chinese and Arabic, with a short warning (Do not induce vomiting.), and release notes with
prices in English, German, French, Japanese (9.99 ドル) and Turkish, and a malaria vaccine
trial's news in ten languages, with Ukrainian у трьох дозах and п’яти, and an electricity
tariff notice in English, Hindi, Bengali, Tamil, Vietnamese (từ ngày 1/7) and Indonesian, with
320 करोड़ and ৩২০ কোটি (crore). Each drift below is one edit to one version, and
the test names the check that must report it. Every other version must stay quiet, and so
must the clean documents, but for the false findings listed in KNOWN. Drift the checks are known
to miss is listed in the README's "Known limits", not here.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from consistency.config import Config
from consistency.fixtures import load_document
from consistency.pipeline import check_document

PROBES = Path(__file__).parent / "data" / "probes"

#: Per document: (version, text as written, text drifted, the check that must report it).
DRIFT = {
    "grinder": [
        ("ja", "30秒間", "20秒間", "figures"),
        ("zh", "最多250克", "最多25克", "figures"),
        ("ko", "3. 시작 버튼을 두 번 누르면 30초 동안 분쇄합니다.\n", "", "claims"),  # a step dropped
        ("ru", "150 Вт", "1500 Вт", "figures"),
        ("ar", "الضمان: 3 سنوات", "الضمان: سنتان", "figures"),  # three years into two, a dual
    ],
    "layoffs": [
        ("pt", "para 4,1 mil milhões", "para 4,1 milhões", "figures"),  # billions into millions
        ("fr", "Maria Lopes, 52 ans", "Maria Lopes, 25 ans", "figures"),
        ("de", "150 Millionen Dollar", "150 Millionen Euro", "figures"),  # euros among dollars
        ("it", "in 23 paesi", "in 32 paesi", "figures"),
    ],
    "wifi": [
        ("ko", "최대 40% 향상", "최대 30% 향상", "figures"),
        ("he", '1.2 ק"ג', '2.1 ק"ג', "figures"),
        ("el", "8:00–18:00", "8:00–17:00", "figures"),
        ("hi", "VX-9400 राउटर", "VX-940 राउटर", "names"),
    ],
    "cleaner": [
        ("ar", "أقل من 25 درجة", "أقل من 35 درجة", "figures"),
        ("es", "El producto contiene un 70 %", "El producto contiene un 7 %", "figures"),
        (
            "pl",
            "Sekcja 4. Nosić rękawice ochronne (nitrylowe, o grubości co najmniej 0,4 mm, czas przebicia powyżej 480 minut).",
            "Section 4. Wear protective gloves (nitrile, at least 0.4 mm thick, breakthrough time over 480 minutes).",
            "language",
        ),
        ("ru", "более 480 минут", "более 240 минут", "figures"),
        ("zh", "不要催吐。", "", "claims"),  # a short whole sentence: Do not induce vomiting.
    ],
    "malaria": [
        ("uk", "у трьох дозах", "у чотирьох дозах", "figures"),  # a declined number word changed
        ("fa", "حدود ۱۵ درصد", "حدود ۲۵ درصد", "figures"),
        ("ro", "Institutului Jenner", "Institutului Pasteur", "names"),
        ("id", "Efek sampingnya ringan: sekitar 15% anak mengalami demam dalam 48 jam.\n\n", "", "claims"),
        ("sv", "100 miljoner doser", "10 miljoner doser", "figures"),
    ],
    "tariff": [
        ("vi", "từ ngày 1/7\n", "từ ngày 1/8\n", "figures"),  # a day and month with no year
        ("bn", "৩২০ কোটি", "৩২ কোটি", "figures"),
        ("ta", "குறைந்த வருமானம் கொண்ட குடும்பங்களுக்கு முதல் 50 கிலோவாட் மணி நேரத்துக்கான கட்டணம் மாறாது.\n\n", "", "claims"),
        ("hi", "1,400 किलोमीटर", "1,400 मील", "figures"),  # kilometres into miles
        ("id", "2.500 kantor pos", "2.000 kantor pos", "figures"),
    ],
    "pricing": [
        ("ja", "月額 9.99 ドル", "月額 9.99 ユーロ", "figures"),  # euros for dollars
        ("de", "30 % weniger", "20 % weniger", "figures"),
        ("fr", "(ticket n° 4521)", "(ticket n° 4512)", "figures"),  # a number after n°, not a code
        ("tr", "Fiyatlar değişmedi: aylık 9,99 $ veya en fazla 25 kişilik ekipler için yıllık 99 $.\n\n", "", "claims"),  # a paragraph dropped
    ],
    "heater": [
        ("ko", "그중 4건은 경미한 화상이었습니다", "그중 일부는 경미한 화상이었습니다", "figures"),
        ("ja", "129.99ドル", "139.99ドル", "figures"),
        ("zh", "NW25", "NW52", "names"),
        ("ar", " ولا تتأثر الوحدات المصنوعة بعد 1 فبراير 2026.", "", "claims"),
        ("ru", "Мария Линдквист", "Мария Линдстрём", "names"),
        ("pl", "w Kanadzie, Meksyku i Stanach Zjednoczonych", "w Kanadzie i Stanach Zjednoczonych", "names"),
        ("pt", "não são afetadas.", "não são afetadas. A Northwind também vai lançar um novo modelo de aquecedor no próximo ano.", "claims"),
        (
            "es",
            "Los clientes pueden llamar al 1-800-555-0199 de 8:00 a 20:00, de lunes a viernes, o visitar www.northwind-recall.com.",
            "Customers can call 1-800-555-0199 from 8 am to 8 pm, Monday to Friday, or visit www.northwind-recall.com.",
            "language",
        ),
        ("fr", "atteindre 95 °C", "atteindre 59 °C", "figures"),
        ("sv", "fått 37 rapporter", "fått 27 rapporter", "figures"),
    ],
    "job": [
        ("es", "74.000 €", "47.000 €", "figures"),
        ("fr", "Au bout de six mois", "Au bout de trois mois", "figures"),
        ("ru", "со скидкой 15 %", "со скидкой 10 %", "figures"),
        ("zh", "PostgreSQL 15", "PostgreSQL 14", "figures"),
        ("ja", "募集番号LA-2027-031", "募集番号LA-2027-013", "names"),
        ("ar", "أو إسبانيا أو فرنسا", "أو إسبانيا", "names"),
        ("hi", " साक्षात्कार दो दौर में होंगे, हर दौर 45 मिनट का होगा।", "", "claims"),
        ("vi", "ngày 31 tháng 3", "ngày 30 tháng 3", "figures"),
        ("pt-PT", "25 dias de férias", "22 dias de férias", "figures"),
        ("en", "report to Inês Carvalho", "report to Inês Carvalhal", "names"),
    ],
    "court": [
        ("hu", "38 500 euró", "35 800 euró", "figures"),
        ("ro", "de 14 ori", "de 12 ori", "figures"),
        ("fi", "asianajaja Mart Kask", "asianajaja Mart Kass", "names"),
        ("da", " Det er anden gang på fem år, at selskabet får en bøde.", "", "claims"),
        ("ka", "6%-ს", "8%-ს", "figures"),
        ("hy", "30 օրվա", "60 օրվա", "figures"),
        ("ta", "MV Nordstern கப்பல்", "MV Nordsten கப்பல்", "names"),
        ("bg", "от 1 май", "от 1 юни", "figures"),
        ("ca", "en un termini de 30 dies.", "en un termini de 30 dies. El govern estonià també estudia una nova llei sobre el transport marítim.", "claims"),
        ("en", "all 212 registered vessels", "all 221 registered vessels", "figures"),
    ],
    "flat": [
        ("en", "78 m² of living space", "87 m² of living space", "figures"),
        ("de", "180 € für Heizung", "150 € für Heizung", "figures"),
        ("fr", "au 3e étage", "au 4e étage", "figures"),
        ("es", "es de 24 meses", "es de 12 meses", "figures"),
        ("it", "l'agente, Jana Vogel,", "l'agente, Jana Vogl,", "names"),
        ("ru", "с 1 августа 2026 года", "с 1 сентября 2026 года", "figures"),
        ("ja", "家賃3か月分", "家賃2か月分", "figures"),
        ("zh", "月租金950欧元", "月租金590欧元", "figures"),
        ("ko", "오후 1시까지", "오후 2시까지", "figures"),
        ("ar", "الإيجار 24 شهرًا", "الإيجار 12 شهرًا", "figures"),
        ("tr", "Kira aylık 950 €", "Kira aylık 900 €", "figures"),
        ("pl", "agentką Janą Vogel", "agentką Janą Vogt", "names"),
        ("nl", "Huisdieren zijn toegestaan in overleg.", "Huisdieren zijn toegestaan in overleg. Roken is in het hele gebouw ten strengste verboden.", "claims"),
        ("pt-BR", "Na assinatura do contrato é exigido um depósito de três meses de aluguel. ", "", "claims"),
    ],
    "planet": [
        ("en", "about 124 light-years", "about 142 light-years", "figures"),
        ("de", "alle 33 Tage", "alle 23 Tage", "figures"),
        ("es", "analizó 47 horas", "analizó 57 horas", "figures"),
        ("it", "è previsto per il 2027.", "è previsto per il 2027. Gli scienziati sperano di ripetere presto le osservazioni con strumenti più sensibili.", "claims"),
        ("pl", "egzoplanety K2-18b", "egzoplanety K2-81b", "names"),
        ("ru", "менее чем в 0,3 %", "менее чем в 3 %", "figures"),
        ("sv", "den 12 februari", "den 12 mars", "figures"),
        ("et", "2,6 korda suurem", "3,6 korda suurem", "figures"),
        ("lv", "ik pēc 33 dienām", "ik pēc 30 dienām", "figures"),
        ("el", "Δρ. Έλενα Μαρκέτι", "Δρ. Έλενα Μαρκόνι", "names"),
    ],
    "marathon": [
        ("en", "24 seconds behind", "42 seconds behind", "figures"),
        ("de", "Jonas Weber kam in 2:05:48", "Jonas Weber kam in 2:06:48", "figures"),
        ("fr", "l'Allemand Jonas Weber", "l'Allemand Jonas Webber", "names"),
        ("es", "unos 45.000 corredores", "unos 40.000 corredores", "figures"),
        ("pt-PT", "de 150 países", "de 105 países", "figures"),
        ("nl", "won de Oegandese Ruth Chebet in", "won de Oegandese Ruth in", "names"),
        ("ja", "約4万5000人", "約4万3000人", "figures"),
        ("sw", "tarehe 26 Septemba 2027.", "tarehe 26 Septemba 2027. Waandaaji wanatarajia idadi kubwa zaidi ya watazamaji mwaka ujao.", "claims"),
        ("am", "30,000 ዩሮ ጉርሻ", "20,000 ዩሮ ጉርሻ", "figures"),
        ("ko", "2027년 9월 26일", "2027년 9월 16일", "figures"),
    ],
    "flight": [
        ("en", "Boarding starts 40 minutes", "Boarding starts 45 minutes", "figures"),
        ("de", "an Gate B22", "an Gate B23", "names"),
        ("it", "a mano fino a 8 kg", "a mano fino a 10 kg", "figures"),
        ("ja", "（23kgまで）", "（20kgまで）", "figures"),
        ("zh-Hant", "訂位代號QX7P2M", "訂位代號QX7P2N", "names"),
        ("th", "เวลา 21:45 น.", "เวลา 21:15 น.", "figures"),
        ("vi", "ngày 14 tháng 3 năm 2027", "ngày 14 tháng 5 năm 2027", "figures"),
        ("id", " Check-in online dibuka 30 jam sebelum keberangkatan.", "", "claims"),
        ("ms", "Penerbangan Lufthansa LH 772", "Penerbangan Lufthansa LH 727", "figures"),
        ("hi", "+49 69 86 799 799 पर", "+49 69 86 799 797 पर", "figures"),
    ],
    "car": [
        ("en", "in 7.9 seconds", "in 8.9 seconds", "figures"),
        ("de", "150 PS (110 kW)", "150 PS (100 kW)", "figures"),
        ("fr", "Le coffre offre 560 litres", "Le coffre offre 650 litres", "figures"),
        ("it", "fino a 1.800 kg", "fino a 1.600 kg", "figures"),
        ("es", "de 25 g/km", "de 35 g/km", "figures"),
        ("nl", "tot 62 km (WLTP)", "tot 52 km (WLTP)", "figures"),
        ("sv", "Lumen E5 kombi börjar", "Lumen E6 kombi börjar", "names"),
        ("pl", "obejmuje 8 lat", "obejmuje 5 lat", "figures"),
        ("ru", "мощностью 204 л. с.", "мощностью 240 л. с.", "figures"),
        ("ja", "8年または16万km", "8年または15万km", "figures"),
        ("ko", "최고 속도는 215km/h", "최고 속도는 251km/h", "figures"),
        ("zh", "其14.8千瓦时电池", "其18.4千瓦时电池", "figures"),
    ],
    "lease": [
        ("en", "€1,250 per month", "€1,520 per month", "figures"),
        ("de", "Monatsmieten, 3.750 €", "Monatsmieten, 3.570 €", "figures"),
        ("fr", "préavis écrit de trente (30) jours", "préavis écrit de soixante (60) jours", "figures"),
        ("it", "interessi del 4,5% annuo", "interessi del 5,4% annuo", "figures"),
        ("pl", "Najem trwa 24 miesiące", "Najem trwa 12 miesięcy", "figures"),
        ("cs", "od 1. července 2026", "od 1. června 2026", "figures"),
        ("sk", "čl. 7 ods. 2", "čl. 9 ods. 2", "figures"),
        ("hr", "+46 8 555 012 34", "+46 8 555 021 34", "figures"),
        ("fi", " Kumpikin osapuoli voi irtisanoa sen kolmenkymmenen (30) päivän kirjallisella irtisanomisajalla 7 artiklan 2 kohdan mukaisesti.", "", "claims"),
        ("da", "ingrid.falk@harbourview.example", "ingrid.falck@harbourview.example", "names"),
        ("nb", "Ved forsinket betaling påløper det renter på 4,5 % per år. Kjæledyr er tillatt med utleiers samtykke; røyking er ikke tillatt.", "Ved forsinket betaling påløber der renter på 4,5 % om året. Kæledyr er tilladt med udlejerens samtykke; rygning er ikke tilladt.", "language"),
        ("lt", "Klausimai: Ingrid Falk", "Klausimai: Ingrid Falck", "names"),
    ],
    "rates": [
        ("en", "by 25 basis points", "by 50 basis points", "figures"),
        ("de", "Hauptrefinanzierungssatz auf 2,40 %", "Hauptrefinanzierungssatz auf 2,50 %", "figures"),
        ("fr", "prêt marginal à 2,65 %", "prêt marginal à 2,75 %", "figures"),
        ("es", "a partir del 18 de diciembre de 2025", "a partir del 8 de diciembre de 2025", "figures"),
        ("it", "dal 2,4% di ottobre", "dal 2,6% di ottobre", "figures"),
        ("pt", "de 1,8% em 2027", "de 1,8% em 2028", "figures"),
        ("nl", "met 0,3%", "met 0,5%", "figures"),
        ("el", "στις 29 Ιανουαρίου 2026", "στις 29 Ιουνίου 2026", "figures"),
        ("fi", "klo 14.45", "klo 15.45", "figures"),
        ("sk", "znížiť tri kľúčové", "znížiť štyri kľúčové", "figures"),
        ("sl", "Svet ECB je 11. decembra", "Svet ECB je 12. decembra", "figures"),
        ("et", "langetab baasintressimäära 2,25%-le", "langetab baasintressimäära 2,5%-le", "figures"),
        ("hr", " Gospodarstvo je u trećem tromjesečju poraslo za 0,3 %.", "", "claims"),
    ],
    "incident": [
        ("en", "about 38% of requests", "about 28% of requests", "figures"),
        ("de", "dauerte 95 Minuten", "dauerte 59 Minuten", "figures"),
        ("fr", "retour à la version 4.18.1", "retour à la version 4.17.1", "figures"),
        ("es", "afecten a más del 5 % del tráfico", "afecten a más del 50 % del tráfico", "figures"),
        ("pt-BR", "crédito de 10%", "crédito de 15%", "figures"),
        ("ja", "10:47（UTC）にサービス", "11:47（UTC）にサービス", "figures"),
        ("zh", "和eu-central-1区域", "和eu-central-2区域", "names"),
        ("ko", "95분 동안", "59분 동안", "figures"),
        ("ru", "Вопросы: status@orbit.example", "Вопросы: support@orbit.example", "names"),
        ("uk", "понад 5% трафіку", "понад 15% трафіку", "figures"),
        ("vi", "API ngừng hoạt động ngày 14 tháng 3 năm 2026", "API ngừng hoạt động ngày 14 tháng 5 năm 2026", "figures"),
        ("id", "antara pukul 09.12", "antara pukul 09.21", "figures"),
        ("tr", "HTTP 503 hatasıyla", "HTTP 502 hatasıyla", "figures"),
    ],
    "polio": [
        ("en", "children under 5 years", "children under 6 years", "figures"),
        ("ar", "إلى ٩٦٪ من", "إلى ٩٠٪ من", "figures"),
        ("fa", "در ۱۴ منطقه", "در ۱۲ منطقه", "figures"),
        ("ur", "تقریباً 12 لاکھ", "تقریباً 15 لاکھ", "figures"),
        ("he", "החינמי 1166", "החינמי 1116", "figures"),
        ("hi", "शाम 16:00 बजे", "शाम 18:00 बजे", "figures"),
        ("bn", "২০২৬ সালের ৩ থেকে ৭ নভেম্বর", "২০২৬ সালের ৩ থেকে ৯ নভেম্বর", "figures"),
        ("ne", "वा www.health.example/polio हेर्नुहोस्", "वा www.health.example/polo हेर्नुहोस्", "names"),
        ("my", "ခရိုင် ၁၄ ခု", "ခရိုင် ၁၅ ခု", "figures"),
        ("km", "១,២ លាននាក់", "២,១ លាននាក់", "figures"),
        ("si", "මිලියන 1.2 ක්", "මිලියන 2.1 ක්", "figures"),
        ("ms", "antara pukul 8.00 pagi", "antara pukul 9.00 pagi", "figures"),
    ],
    "kettle": [
        ("en", "220–240 V", "110–240 V", "figures"),
        ("de", "~ 50/60 Hz", "~ 50 Hz", "figures"),
        ("fr", "Puissance : 2000-2400 W", "Puissance : 2000-2200 W", "figures"),
        ("it", "Capacità: 1,7 l", "Capacità: 1,5 l", "figures"),
        ("es", "23 × 16 × 25 cm", "23 × 18 × 25 cm", "figures"),
        ("pl", "Waga: 1,1 kg", "Waga: 1,4 kg", "figures"),
        ("cs", "Číslo modelu: AK2-1700", "Číslo modelu: AK2-1070", "names"),
        ("hu", "10 percig", "15 percig", "figures"),
        ("ro", "copiii sub 8 ani", "copiii sub 3 ani", "figures"),
        ("ru", "Длина шнура: 75 см", "Длина шнура: 75 мм", "figures"),
        ("tr", "itibaren 2 yıl", "itibaren 3 yıl", "figures"),
        ("ja", "+48 22 555 01 99", "+48 22 555 01 98", "figures"),
    ],
    "tale": [
        ("de", "hundert Goldmünzen", "tausend Goldmünzen", "figures"),
        ("fr", "avec ses trois fils", "avec ses quatre fils", "figures"),
        ("es", "castillo del rey Oderic", "castillo del rey Odoric", "names"),
        ("it", "sette giorni e sette notti", "sette giorni e otto notti", "figures"),
        ("pl", "sto złotych monet", "dwieście złotych monet", "figures"),
        ("nl", "zeven dagen en zeven nachten", "zes dagen en zeven nachten", "figures"),
        ("pt", "O gato apanhou os ratos numa única noite. ", "", "claims"),
        ("sv", "hundra guldmynt", "tusen guldmynt", "figures"),
        ("ru", "семь дней и семь ночей", "семь дней и восемь ночей", "figures"),
    ],
    "match": [
        ("en", "Montevideo City 2-1 on", "Montevideo City 3-1 on", "figures"),
        ("de", "in der 89. Minute", "in der 86. Minute", "figures"),
        ("fr", "devant 48 500 spectateurs", "devant 45 800 spectateurs", "figures"),
        ("es", "a los 23 minutos", "a los 32 minutos", "figures"),
        ("pt-BR", "chutou de 20 metros", "chutou de 25 metros", "figures"),
        ("it", "il 30 maggio a Lima", "il 31 maggio a Lima", "figures"),
        ("ja", "48,500人", "84,500人", "figures"),
        ("ko", "5월 30일", "5월 13일", "figures"),
    ],
    "warranty": [
        ("en", "6 months or 3,000 hours", "6 months or 2,000 hours", "figures"),
        ("fr", "garantie limitée de 2 ans", "garantie limitée de 2 mois", "figures"),
        ("it", "per 6 mesi", "per 6 settimane", "figures"),
        ("pl", "wejścia w 0,5 s", "wejścia w 0,5 ms", "figures"),
        ("sv", "startar på 8 s", "startar på 18 s", "figures"),
        ("es", "en un plazo de 48 horas", "en un plazo de 24 horas", "figures"),
        ("id", "lebih dari 3 minggu", "lebih dari 3 bulan", "figures"),
        ("de", " Nach dem Ausschalten läuft der Lüfter noch 90 Sekunden weiter, um die Lampe zu kühlen.", "", "claims"),
        ("ru", "на 12 месяцев", "на 12 недель", "figures"),
        ("vi", "10 ngày làm việc", "10 tuần làm việc", "figures"),
        ("hu", "15%-os", "25%-os", "figures"),
        ("el", "+44 20 7946 0321", "+44 20 7946 0312", "figures"),
        ("cs", "Na projektor Lumen Pro X2", "Na projektor Lumen Pro X3", "names"),
        ("fi", "60 päivän kuluessa", "90 päivän kuluessa", "figures"),
        ("ro", " Pentru articolele deschise se percepe o taxă de reaprovizionare de 15 %.", "", "claims"),
    ],
    "results": [
        ("en", "up 8.4% from", "up 4.8% from", "figures"),
        ("ja", "12%増の583億円", "12%増の538億円", "figures"),
        ("zh", "全年营收为1.62万亿日元", "全年营收为1.65万亿日元", "figures"),
        ("ko", "1조 6200억 엔으로", "1조 6800억 엔으로", "figures"),
        ("de", "1,62 Billionen Yen", "1,62 Milliarden Yen", "figures"),
        ("fr", "annuel de 1 620 milliards", "annuel de 1 602 milliards", "figures"),
        ("es", "previsión anterior de 1,58 billones", "previsión anterior de 1,58 mil millones", "figures"),
        ("pt-BR", "A presidente-executiva Haruka Mori", "A presidente-executiva Haruka Sato", "names"),
        ("ru", "\n\nOrbis выкупит до 10 млн собственных акций, или 2,3 % от общего числа, до 31 марта 2027 года.", "", "claims"),
        ("pl", "zatrudni 1200 osób", "zatrudni 2100 osób", "figures"),
        ("tr", "4 Aralık'ta", "14 Aralık'ta", "figures"),
        ("hi", "अधिकतम 1 करोड़ शेयर", "अधिकतम 1 लाख शेयर", "figures"),
        ("ar", "وستعيد Orbis شراء", "وستعيد Orbit شراء", "names"),
    ],
    "cake": [
        ("en", "Heat the oven to 180 °C", "Heat the oven to 180 °F", "figures"),
        ("de", "2 TL Backpulver", "2 EL Backpulver", "figures"),
        ("fr", "250 g de farine", "25 g de farine", "figures"),
        ("it", "Montate 3 uova", "Montate 2 uova", "figures"),
        ("es", "con 1 cucharada de azúcar glas", "con 1 cucharadita de azúcar glas", "figures"),
        ("pt", "120 ml de azeite", "200 ml de azeite", "figures"),
        ("nl", "ronde bakvorm van 23 cm", "ronde bakvorm van 26 cm", "figures"),
        ("sv", "1,5 dl mjölk", "1,5 l mjölk", "figures"),
        ("pl", "\n\nCiasto można przechowywać 3 dni w szczelnym pojemniku.", "", "claims"),
        ("tr", "15 dakika soğumaya", "50 dakika soğumaya", "figures"),
        ("ja", "オーブンを180℃に", "オーブンを160℃に", "figures"),
        ("el", "Διατηρείται 3 ημέρες", "Διατηρείται 3 εβδομάδες", "figures"),
    ],
    "gale": [
        ("en", "Gusts of up to 110 km/h", "Gusts of up to 100 km/h", "figures"),
        ("de", "von 9 °C auf 2 °C", "von 9 °C auf -2 °C", "figures"),
        ("da", "60 mm på 12 timer", "60 mm på 24 timer", "figures"),
        ("nb", "med snø over 400 meter", "med snø over 600 meter", "figures"),
        ("sv", "Vindbyar på upp till 110 km/h", "Vindbyar på upp till 110 m/s", "figures"),
        ("fi", "niemillä 140 km/h:iin", "niemillä 150 km/h:iin", "figures"),
        ("et", "\n\nTeavet uuendatakse iga 3 tunni järel aadressil weather.example.org.", "", "claims"),
        ("lv", "piektdienas, 14. novembra", "piektdienas, 15. novembra", "figures"),
        ("lt", "kas 3 valandas", "kas 6 valandas", "figures"),
        ("is", "kl. 18:00 föstudaginn", "kl. 20:00 föstudaginn", "figures"),
        ("pl", "unikać drogi E39", "unikać drogi E36", "names"),
        ("cs", "z 9 °C na 2 °C", "z 9 °C na 4 °C", "figures"),
        ("uk", "до 60 мм опадів", "до 60 см опадів", "figures"),
    ],
    "allowance": [
        ("en-US", "rises to 1,480.75", "rises to 1,408.75", "figures"),
        ("en-IN", "Claims above 1,25,000.00", "Claims above 12,50,000.00", "figures"),
        ("es-ES", "de 0,42 a 0,48", "de 0,42 a 0,84", "figures"),
        ("es-MX", "viático diario de 1,250.50", "viático diario de 1,205.50", "figures"),
        ("fr-FR", "supérieures à 125 000,00", "supérieures à 12 500,00", "figures"),
        ("fr-CA", "dans les 30 jours", "dans les 60 jours", "figures"),
        ("de-CH", "auf 1'480.75", "auf 1'480.57", "figures"),
        ("de-DE", "Durchwahl 4417", "Durchwahl 4471", "figures"),
        ("pt-BR", "mais de 14 dias", "mais de 15 dias", "figures"),
        ("pt-PT", "Novo subsídio de deslocação a partir de 1 de março de 2027", "Novo subsídio de deslocação a partir de 1 de abril de 2027", "figures"),
        ("it-CH", "Domande: travel@example.com", "Domande: travels@example.com", "names"),
        ("sv", " Anspråk över 125 000,00 per år kräver godkännande av en direktör.", "", "claims"),
    ],
    "baggage": [
        ("en", "weigh up to 23 kg", "weigh up to 20 kg", "figures"),
        ("af", "55 × 40 × 20 cm", "55 × 40 × 25 cm", "figures"),
        ("sq", "kushton 12 €", "kushton 15 €", "figures"),
        ("mk", "над 32 кг", "над 30 кг", "figures"),
        ("bs", "najmanje 48 sati", "najmanje 24 sata", "figures"),
        ("az", "8 kq-a qədər", "7 kq-a qədər", "figures"),
        ("kk", "12 € тұрады", "12 $ тұрады", "figures"),
        ("ka", "45 წუთით", "40 წუთით", "figures"),
        ("hy", "55 × 40 × 20 սմ", "55 × 45 × 20 սմ", "figures"),
        ("gl", "cabina de ata 8 kg", "cabina de ata 6 kg", "figures"),
        ("eu", "60 minutu lehenago", "90 minutu lehenago", "figures"),
        ("ca", "fins a 23 kg", "fins a 23 lb", "figures"),
        ("mt", "tiswa €12", "tiswa €21", "figures"),
    ],
    "label": [
        ("en", "saturates 3.4 g", "saturates 4.3 g", "figures"),
        ("de", "378 kcal; Fett", "378 kJ; Fett", "figures"),  # the unit changed, the number kept
        ("fr", "sel 0,45 g", "sel 0,45 mg", "figures"),
        ("it", " Può contenere tracce di frutta a guscio e sesamo.", "", "claims"),
        ("es", "(35 g)", "(30 g)", "figures"),
        ("nl", "dat is 7%", "dat is 17%", "figures"),
        ("pl", "poniżej 25 °C", "poniżej 25 °F", "figures"),
        ("sv", "Hollin Mills Ltd", "Hollins Mill Ltd", "names"),
        ("ja", "食塩相当量0.45g", "食塩相当量0.54g", "figures"),
        ("zh", "能量1580千焦", "能量1850千焦", "figures"),
        ("ko", "단백질 8.2g", "단백질 8.2mg", "figures"),
        ("el", "μέσα σε 5 ημέρες", "μέσα σε 5 εβδομάδες", "figures"),  # days into weeks
        ("hu", "0800 123 4567", "0800 123 4576", "figures"),
        ("fi", "Bristol BS1 4DJ", "Bristol BS1 4JD", "names"),  # a postcode's letters swapped
    ],
    "sync": [
        ("en", "or Ctrl+Shift+P to pause", "or Ctrl+Shift+Q to pause", "names"),  # the key a shortcut presses
        ("de", "{count} Dateien mit {folder}", "{count} Dateien mit {ordner}", "names"),  # a placeholder renamed
        ("fr", "dépasse %1$s", "dépasse %1$d", "names"),
        ("es", "~/.syncapp/logs/sync.log", "~/.syncapp/log/sync.log", "names"),
        ("it", "`syncapp --dry-run`", "`syncapp --dryrun`", "names"),  # a command-line option
        ("pt-BR", "por 14 dias", "por 30 dias", "figures"),
        ("ja", "「%2$s はサイズ", "「サイズ", "names"),  # a placeholder dropped
        ("zh", "{count} 个文件同步到 {folder}", "{count} 个文件同步到 {count}", "names"),  # ... and in a second version
        ("ko", "오류 E-4012로", "오류 E-4021로", "names"),
        ("ru", "{{user.first_name}}", "{{user.name}}", "names"),
        ("pl", " Pliki do 2 GB są synchronizowane, większe są pomijane.", "", "claims"),
        ("tr", "2 GB'a kadar", "2 MB'a kadar", "figures"),  # gigabytes into megabytes
    ],
    "closure": [
        ("en", "About 340 pupils", "About 430 pupils", "figures"),
        ("fr", "de 9 h à 16 h", "de 9 h à 17 h", "figures"),
        ("de", "14. März 2027", "14. Mai 2027", "figures"),  # beside its 15. März kept, where the aligner is not confident
        ("bo", "ཁྱིམ་ཚང་༤༥", "ཁྱིམ་ཚང་༥༤", "figures"),  # Tibetan digits
        ("dv", "28 މުދައްރިސުންނަށް", "18 މުދައްރިސުންނަށް", "figures"),
        ("chr", "Riverside ᏗᏕᎶᏆᏍᏗ", "Riversdie ᏗᏕᎶᏆᏍᏗ", "names"),  # a Latin name in Cherokee text
        ("iu", "8:30-ᒥ", "9:30-ᒥ", "figures"),
        ("sat", "᱐᱔᱕᱕ ᱒᱑ ᱘᱗ ᱙᱐", "᱐᱔᱕᱕ ᱒᱑ ᱗᱘ ᱙᱐", "figures"),  # Ol Chiki digits
        ("mni", "ভলন্টিয়র ১২দা", "ভলন্টিয়র ১৩দা", "figures"),  # Bengali digits, a particle glued on
        ("syr", "Riverside", "Riverdale", "names"),
        ("zgh", " ⵓⴳⴳⴰⵔ ⵏ 340 ⵉⵏⵍⵎⴰⴷⵏ ⴷ 28 ⵉⵙⵍⵎⴰⴷⵏ ⴰⵢ ⵉⵜⵜⵡⴰⵜⵜⴰⵡⵏ.", "", "figures"),  # a sentence the encoder cannot place is told by its missing figures
    ],
    "quarter": [
        ("en", "from 2.4 × 10⁶ to", "from 2.4 × 10⁵ to", "figures"),  # a power of ten
        ("de", "−3.120 nach", "−3.210 nach", "figures"),  # others write it (3,120), as accounts do
        ("fr", "chez 84 % des", "chez 48 % des", "figures"),
        ("es", "de 2,4 × 10⁶ a", "de 2,4 × 10⁹ a", "figures"),
        ("it", "contro (5.480)", "contro (5.840)", "figures"),  # in brackets
        ("nl", "Ingrid Halvorsen", "Ingrid Halvorson", "names"),
        ("sv", "3,1 × 10³ kopior", "3,1 × 10² kopior", "figures"),
        ("pl", "Spółka dysponuje środkami pieniężnymi w wysokości 112 mln euro, co wystarczy na finansowanie działalności do końca 2029 r.", "", "claims"),
        ("ja", "2.4×10⁶から", "2.4×10⁵から", "figures"),  # glued to kana
        ("zh", "化合物HX-31", "化合物HX-13", "names"),
    ],
    "tickets": [
        ("ja", "学生800円", "学生600円", "figures"),
        ("en", "costs ¥500", "costs $500", "figures"),  # $ for ¥
        ("zh", "9:30至17:30", "9:30至18:30", "figures"),
        ("ko", "1인당 1,000엔", "1인당 1,000원", "figures"),  # 원 (won) for 엔 (yen)
        ("de", "1.200 Yen für Erwachsene", "1.200 Euro für Erwachsene", "figures"),  # Euro for Yen
        ("fr", "30 minutes avant", "45 minutes avant", "figures"),
        ("es", "menores de 6 años", "menores de 12 años", "figures"),
        ("th", "15 นาที", "25 นาที", "figures"),
        ("ru", "открыт с 9:30", "открыт с 9:00", "figures"),
        ("pl", "Audioprzewodnik kosztuje 500 jenów.", "Audioprzewodnik jest płatny.", "figures"),  # the price gone, the sentence kept
    ],
    "privacy": [
        ("en", "after 24 months", "after 12 months", "figures"),
        ("de", "wie es § 147 der", "wie es § 174 der", "figures"),  # a paragraph of a code
        ("fr", "219, 10969 Berlin", "219, 10963 Berlin", "figures"),
        ("es", "durante 10 años", "durante 6 años", "figures"),
        ("pl", "privacy@nordlicht-shop.example", "privacy@nordlicht.example", "names"),
        ("it", "dell’art. 6, paragrafo 1, lettera f)", "dell’art. 9, paragrafo 1, lettera f)", "figures"),  # the article of a reference: dell'art. 6 ends no sentence
    ],
    "backup": [
        ("de", "3. Stellen Sie **Versionen behalten** auf 30 Tage.\n4. Klicken", "3. Klicken", "claims"),  # a step dropped, the rest numbered on
        ("ko", "4. **백업 시작**을 클릭합니다.\n", "", "claims"),  # a step too short for a claim outside a numbered list
        ("fr", "| 120 Go |", "| 12 Go |", "figures"),
        ("es", "(4,99 € al mes)", "(4,49 € al mes)", "figures"),
        ("it", "formattato in FAT32", "formattato in FAT16", "names"),
        ("nl", "op 30 dagen", "op 60 dagen", "figures"),
        ("pt-BR", "| 10.000 fotos |", "| 1.000 fotos |", "figures"),
        ("ru", "updated: 2026-05-14", "updated: 2026-05-15", "figures"),  # in the front matter
        ("pl", "trwa około 2 godzin", "trwa około 3 godzin", "figures"),
        ("ja", "| 25 分 |", "| 35 分 |", "figures"),
        ("zh", "support@photondesk.example", "support@photondesk.cn", "names"),
        ("en", "Photon Desk 3.2 can", "Photon Desk 3.1 can", "figures"),
    ],
    "hike": [
        ('en', 'Garmisch-Partenkirchen (708 m)', 'Garmisch-Partenkirchen (780 m)', 'figures'),  # 708 m, read as metres or millions (£5m), found as 708 lost and 780 added
        ('de', '2250 Höhenmeter', '2520 Höhenmeter', 'figures'),
        ('fr', 'un lit coûte 38 €', 'un lit coûte 36 €', 'figures'),
        ('es', ' Los últimos 300 m hasta la cumbre son una vía ferrata (dificultad A/B) donde se recomienda el casco.', '', 'claims'),  # the sentence after 10°59′08″ E., a compass point and no initial
        ('nl', 'op 6 à 8 uur', 'op 6 à 9 uur', 'figures'),
        ('pl', 'w schronisku Reintalangerhütte', 'w schronisku Reintalhütte', 'names'),
        ('cs', 'stojí 47,50 €', 'stojí 47,05 €', 'figures'),
        ('zh', '单程47.50欧元', '单程45.70欧元', 'figures'),
        ('it', 'al rifugio Knorrhütte', 'al rifugio Münchner Haus', 'names'),  # another hut's name; Reintalangerhütte, a hut of the same sentence, translates neither
    ],
    "tax": [
        ('en', 'credit of €1,450 a year', 'credit of €1,540 a year', 'figures'),
        ('de', '35.001 bis 80.000 € mit 35 %', '35.001 bis 80.000 € mit 33 %', 'figures'),
        ('fr', 'diminue de 5 centimes', 'diminue de 50 centimes', 'figures'),  # cents of a euro
        ('es', '1800 millones de euros', '1800 millones de dólares', 'figures'),
        ('pt-PT', '1,8 mil milhões de euros', '1,8 milhões de euros', 'figures'),  # mil milhões, a thousand millions
        ('it', 'Circa 2,3 milioni', 'Circa 3,2 milioni', 'figures'),
        ('nl', ' De korting daalt met 5 cent voor elke euro die boven € 40.000 wordt verdiend.', '', 'claims'),
        ('el', 'Περίπου 2,3 εκατ.', 'Περίπου 2,3 χιλ.', 'figures'),  # εκατ., εκατομμύρια cut short, read as a million
        ('fi', 'tulot 45 prosentin', 'tulot 40 prosentin', 'figures'),  # prosentin, a case of prosentti
        ('sk', 'príjem nad 80 000 €', 'príjem nad 90 000 €', 'figures'),
    ],
    "festival": [
        ('en', '28,000 visitors came', '18,000 visitors came', 'figures'),
        ('de', 'am Freitag um 18:00 Uhr', 'am Freitag um 19:00 Uhr', 'figures'),
        ('hsb', 'W sobotu w 14:30 hodź.', 'W sobotu w 14:00 hodź.', 'figures'),  # 14:30 hodź.
        ('dsb', 'płaśi 15 €', 'płaśi 25 €', 'figures'),
        ('it', 'e 12 cori', 'e 2 cori', 'figures'),
        ('fur', '28.000 visitadôrs', '280.000 visitadôrs', 'figures'),  # 28.000 is 28 thousand, as in Italian: CLDR gives Friulian the root's symbols
        ('sc', '300 ballerinos', '30 ballerinos', 'figures'),
        ('oc', 'de julhet de 2027', 'de junh de 2027', 'figures'),  # CLDR's Occitan months
        ('fr', 'www.bautzen-festival.example', 'www.bautzen-fest.example', 'names'),
        ('pl', 'od 9 do 11 lipca', 'od 9 do 12 lipca', 'figures'),
        ('cs', 'Více než 40 kapel', 'Více než 50 kapel', 'figures'),
    ],
    "cyclone": [
        ('en', 'up to 150 km/h', 'up to 130 km/h', 'figures'),
        ('sm', 'le 2,500 tagata', 'le 25,000 tagata', 'figures'),  # Samoan, likewise
        ('mi', 'whakarurutanga e 46', 'whakarurutanga e 64', 'figures'),
        ('fj', '300 mm na uca', '30 mm na uca', 'figures'),  # Fijian, which CLDR has no data for
        ('haw', 'ka hola 22:00', 'ka hola 20:00', 'figures'),
        ('fr', 'appelez le 911', 'appelez le 112', 'figures'),
        ('to', 'ki he 911 pe 0800 727.', 'ki he 911 pe 0800 772.', 'figures'),
    ],
    "standings": [
        ('de', '| Bayern München | 34 | 82 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 60 |', '| Bayern München | 34 | 60 |\n| 2 | Bayer Leverkusen | 34 | 71 |\n| 3 | Borussia Dortmund | 34 | 64 |\n| 4 | RB Leipzig | 34 | 82 |', 'figures'),  # two rows' points swapped: each value as often as elsewhere, in the other's place
        ('fr', '| 4 | RB Leipzig | 34 | 60 |', '| 4 | RB Leipzig | 33 | 60 |', 'figures'),
        ('es', 'con 11 puntos', 'con 12 puntos', 'figures'),
        ('ja', '34回目の優勝', '35回目の優勝', 'figures'),
        ('en', '| 2 | Bayer Leverkusen |', '| 2 | Bayer Leverkuzen |', 'names'),
    ],
    "order": [
        ('en', 'at €64.99 each', 'at €69.99 each', 'figures'),
        ('de', 'inkl. 19 % MwSt.', 'inkl. 7 % MwSt.', 'figures'),
        ('fr', '1Z999AA10123456784', '1Z999AA10123456748', 'names'),
        ('es', 'de 2 a 4 días', 'de 3 a 5 días', 'figures'),
        ('pl', 'w ciągu 30 dni', 'w ciągu 14 dni', 'figures'),
        ('sv', 'ORD-2026-04518', 'ORD-2026-04581', 'names'),
        ('ja', '2026年3月3日', '2026年3月13日', 'figures'),
        ('ar', 'تتجاوز 50 يورو', 'تتجاوز 100 يورو', 'figures'),
    ],
    "solar": [
        ('en', '450 megawatts', '540 megawatts', 'figures'),
        ('id', 'berinvestasi US$1,2 miliar di ladang', 'berinvestasi US$1,2 juta di ladang', 'figures'),  # miliar, a billion, into juta, a million
        ('ms', '3.5 juta isi rumah', '3.5 ribu isi rumah', 'figures'),  # juta into ribu
        ('vi', 'khoảng 1.800 lao động', 'khoảng 8.100 lao động', 'figures'),
        ('th', 'ลดลง 12%', 'ลดลง 21%', 'figures'),
        ('fil', 'pagsapit ng 2030', 'pagsapit ng 2035', 'figures'),
        ('zh', '350万户家庭', '530万户家庭', 'figures'),
    ],
    "transfer": [
        ('en', '18 goals', '16 goals', 'figures'),
        ('pt-PT', 'contrato de cinco anos', 'contrato de quatro anos', 'figures'),  # cinco into quatro
        ('es', 'El delantero destaca por su velocidad y su juego aéreo. ', '', 'claims'),  # a sentence dropped
        ('tr', "Thiago Moura'yı", "Thiago Silva'yı", 'names'),  # another surname
        ('ar', 'ويُعرف المهاجم بسرعته وقوته في الكرات الهوائية. ', '', 'claims'),  # a sentence dropped
        ('el', 'Φρεντέρικο Βαράντας', 'Φρεντέρικο Βαρέλα', 'names'),  # another surname
        ('ro', 'în trei tranșe', 'în patru tranșe', 'figures'),  # trei into patru
        ('sr', 'Моура је потписао', 'Он је потписао', 'names'),  # Moura dropped from a sentence: Он, he
        ('id', 'Musim lalu Moura mencetak', 'Musim lalu Mauro mencetak', 'names'),  # another name in its place
        ('he', 'בן 23', 'בן 25', 'figures'),
        ('ja', '1億ユーロ', '1000万ユーロ', 'figures'),
    ],
    "registration": [
        ('en', 'from 14 to 16 October', 'from 14 to 18 October', 'figures'),
        ('de', 'Montag, dem 2. März', 'Montag, dem 3. März', 'figures'),
        ('fr', 'à 9 h 30', 'à 10 h 30', 'figures'),
        ('es', 'info@greencities.example', 'info@greencity.example', 'names'),
        ('it', 'alle 9:30 del 14 ottobre', 'alle 9:30 del 15 ottobre', 'figures'),
        ('pt-BR', 'custa € 290', 'custa € 209', 'figures'),
        ('pl', '12 warsztatów', '21 warsztatów', 'figures'),
        ('ru', 'Амара Окафор', 'Амара Нвоко', 'names'),
        ('ja', '390ユーロ', '390ドル', 'figures'),
        ('zh', '9月30日截止', '9月20日截止', 'figures'),
        ('ko', '48개의 강연', '40개의 강연', 'figures'),
        ('vi', 'lên 390 euro', 'lên 350 euro', 'figures'),
    ],
    "concert": [
        ('en', '120 seats', '100 seats', 'figures'),
        ('fi', 'klo 18.45', 'klo 18.15', 'figures'),
        ('da', 'omkring 2 timer', 'omkring 3 timer', 'figures'),
        ('sv', 'av Lena Hartmann', 'av Lena Hoffmann', 'names'),  # another surname
        ('tr', '10 Temmuz', '11 Temmuz', 'figures'),
        ('id', 'pukul 19.30', 'pukul 20.30', 'figures'),
        ('vi', 'lúc 19 giờ 30', 'lúc 19 giờ 00', 'figures'),  # 19 giờ 30 is a clock time by CLDR's hour word
        ('ko', '오후 6시 45분', '오후 6시 15분', 'figures'),  # 오후 6시 45분 into 6시 15분
        ('fr', 'un entracte de 20 minutes', 'un entracte de 30 minutes', 'figures'),
        ('es-MX', 'a las 7:30 p. m.', 'a las 7:30 a. m.', 'figures'),  # p. m. into a. m.
    ],
    "friendship": [
        ('en', '45 days', '54 days', 'figures'),
        ('th', '8,500 คัน', '5,800 คัน', 'figures'),
        ('lo', '120 ລ້ານບາດ', '210 ລ້ານບາດ', 'figures'),
        ('vi', 'Somphong Keomany', 'Somphong Keola', 'names'),
        ('de', 'Nong Khai und Vientiane', 'Nong Khai und Bangkok', 'names'),
        ('fr', 'en 2027', 'en 2028', 'figures'),
        ('zh', '1170米', '1710米', 'figures'),
        ('ja', '約8500台', '約850台', 'figures'),
    ],
    "contract": [
        ('en', "ninety (90) days'", "sixty (60) days'", 'figures'),
        ('de', 'fünf Prozent (5 %)', 'fünf Prozent (6 %)', 'figures'),  # the digits only: fünf Prozent (6 %)
        ('fr', 'trente (30) jours', 'quinze (15) jours', 'figures'),
    ],
    "scholarship": [
        ("hi", "1,200 छात्रों", "1,500 छात्रों", "figures"),
        ("bn", "₹১২০ কোটি", "₹১২০ লাখ", "figures"),
        ("mr", "३१ ऑक्टोबरला", "३० ऑक्टोबरला", "figures"),
        ("te", "దాదాపు 45,000", "దాదాపు 54,000", "figures"),
        ("gu", "શિક્ષણ મંત્રી મધુ બંગારપ્પાએ કહ્યું", "શિક્ષણ મંત્રીએ કહ્યું", "names"),
        ("ur", " انہوں نے کہا، \"کسی بھی باصلاحیت طالب علم کو پیسوں کی وجہ سے کالج نہیں چھوڑنا چاہیے۔\"", "", "claims"),
        ("kn", "2026ರ ಜನವರಿಯಲ್ಲಿ", "2026ರ ಫೆಬ್ರವರಿಯಲ್ಲಿ", "figures"),
        ("en-IN", "below ₹8 lakh", "below ₹6 lakh", "figures"),
    ],
    "tennis": [
        ("de", "9 von 11 Breakbällen", "8 von 11 Breakbällen", "figures"),
        ("fr", "servi 14 aces", "servi 13 aces", "figures"),
        ("it", "due ore e 51 minuti", "due ore e 41 minuti", "figures"),
        ("es", "Recibirá 500.000 euros", "Recibirá 50.000 euros", "figures"),
        ("ja", "通算21回目", "通算22回目", "figures"),
        ("ru", "обыграл Александра Зверева", "обыграл Даниила Медведева", "names"),
        ("en", " The match lasted two hours and 51 minutes.", "", "claims"),
        ("pl", "Otrzyma 500 tys. euro", "Otrzyma 400 tys. euro", "figures"),
    ],
    "subsidy": [
        ("ja", "令和8年1月31日", "令和9年1月31日", "figures"),
        ("zh", "至2026年1月31日", "至2026年1月30日", "figures"),
        ("ko", "최대 30만 엔", "최대 20만 엔", "figures"),
        ("vi", "khoảng 450 hộ", "khoảng 540 hộ", "figures"),
        ("pt-BR", "no 5º andar", "no 4º andar", "figures"),
        ("es", "de 8:30 a 17:15", "de 8:30 a 17:45", "figures"),
        ("fil", "Dapat isumite ang aplikasyon bago magsimula ang trabaho. ", "", "claims"),
        ("en", "Minato City will", "Chuo City will", "names"),
    ],
    "poll": [
        ("de", "4 Prozentpunkte weniger", "5 Prozentpunkte weniger", "figures"),
        ("fr", "1 024 adultes", "1 042 adultes", "figures"),
        ("es", "frente al 41 %", "frente al 14 %", "figures"),
        ("pl", "mają teraz 27 proc.", "mają teraz 37 proc.", "figures"),
        ("hu", "változatlanul 12 százalékon", "változatlanul 13 százalékon", "figures"),
        ("sv", "Felmarginalen är ±3 procentenheter", "Felmarginalen är ±2 procentenheter", "figures"),
        ("el", "(64%)", "(46%)", "figures"),
        ("en", "between 3 and 9 October", "between 3 and 9 November", "figures"),
    ],
    "markets": [
        ("de", "18.432,50 Punkte", "18.423,50 Punkte", "figures"),
        ("fr", "82,40 dollars le baril", "84,20 dollars le baril", "figures"),
        ("es", "6 puntos básicos", "8 puntos básicos", "figures"),
        ("nl", "2345 dollar per ons", "2435 dollar per ons", "figures"),
        ("ja", "1.0845ドル", "1.0854ドル", "figures"),
        ("en", "DAX fell 1.2%", "DAX fell 2.1%", "figures"),
        ("it", "Le azioni di Siemens Energy", "Le azioni di Rheinmetall", "names"),
        ("pl", "do 2,35 proc.", "do 2,53 proc.", "figures"),
    ],
    "obituary": [
        ("ar", "قادت 37 بعثة", "قادت 27 بعثة", "figures"),
        ("fr", "à l'université de Brême en 1972", "à l'université de Brême en 1974", "figures"),
        ("de", "mehr als 120 Arten", "mehr als 210 Arten", "figures"),
        ("nl", "2400 vierkante kilometer", "4200 vierkante kilometer", "figures"),
        ("es", "su marido, Karim Haddad", "su marido, Karim Hadid", "names"),
        ("id", "wafat pada 2 November 2025", "wafat pada 3 November 2025", "figures"),
        ("tr", "2009'da Prens", "2008'de Prens", "figures"),
        ("en", "at the University of Bremen", "at the University of Hamburg", "names"),
    ],
    "dosage": [
        ("en", "for 7 days", "for 5 days", "figures"),
        ("ko", "25mg을", "20mg을", "figures"),
        ("ja", "8時間ごとに", "6時間ごとに", "figures"),
        ("zh", "每日不得超过3克", "每日不得超过4克", "figures"),
        ("de", "Kinder über 40 kg", "Kinder über 45 kg", "figures"),
        ("fr", "répartis en 2 prises", "répartis en 3 prises", "figures"),
        ("es", "por debajo de 25 °C", "por debajo de 30 °C", "figures"),
        ("vi", "3 lần mỗi ngày", "2 lần mỗi ngày", "figures"),
    ],
    "aid": [
        ("uk", "16,3 млрд євро", "13,6 млрд євро", "figures"),
        ("ru", "1,2 млн учителей", "2,1 млн учителей", "figures"),
        ("pl", "48,9 za euro", "49,8 za euro", "figures"),
        ("bg", "се забави до 9,5%", "се забави до 8,5%", "figures"),
        ("de", "am 5. Dezember 2025", "am 6. Dezember 2025", "figures"),
        ("kk", "көлемі 50 млрд еуро", "көлемі 60 млрд еуро", "figures"),
        ("sr", "Сергиј Марченко", "Сергиј Марчук", "names"),
        ("en", "Since March 2024", "Since May 2024", "figures"),
    ],
    "leaders": [
        ("en", "worth €6 billion", "worth €8 billion", "figures"),
        ("ja", "最大50万人", "最大40万人", "figures"),
        ("zh", "首笔15亿欧元", "首笔25亿欧元", "figures"),
        ("ko", "2028년까지", "2029년까지", "figures"),
        ("es", "hasta 500.000 refugiados", "hasta 50.000 refugiados", "figures"),
        ("ar", "حتى عام 2028", "حتى عام 2027", "figures"),
        ("ru", "в размере 1,5 млрд евро", "в размере 2,5 млрд евро", "figures"),
        ("el", "ύψους 6 δισ. ευρώ", "ύψους 7 δισ. ευρώ", "figures"),
    ],
    "delay": [
        ("en", "more than 3 hours late", "more than 2 hours late", "figures"),
        ("de", "400 € bei Flügen", "450 € bei Flügen", "figures"),
        ("fr", "1 500 à 3 500 km", "1 500 à 5 000 km", "figures"),
        ("es", "en un plazo de 7 días", "en un plazo de 14 días", "figures"),
        ("it", "entro 2 anni dal volo", "entro 3 anni dal volo", "figures"),
        ("pt-PT", "www.example-air.com/claims", "www.example-air.pt/claims", "names"),
        ("pl", "(WE) nr 261/2004", "(WE) nr 216/2004", "figures"),
        ("el", "600 € για μεγαλύτερες", "500 € για μεγαλύτερες", "figures"),
    ],
    "power": [
        ("en", "€42 per megawatt hour", "€24 per megawatt hour", "figures"),
        ("sv", "18 procent lägre", "16 procent lägre", "figures"),
        ("nb", "rekordhøye 9,8 TWh", "rekordhøye 8,9 TWh", "figures"),
        ("da", "91 procent fyldt", "81 procent fyldt", "figures"),
        ("fi", "5,2 senttiä", "5,5 senttiä", "figures"),
        ("et", "28. november", "29. november", "figures"),
        ("de", "auf −24 °C fiel", "auf −21 °C fiel", "figures"),
    ],
    "hospital": [
        ("en", "with 240 beds", "with 420 beds", "figures"),
        ("he", "12 חדרי ניתוח", "14 חדרי ניתוח", "figures"),
        ("ar", "فيها 40 حاضنة", "فيها 30 حاضنة", "figures"),
        ("fa", "حدود ۱۸۰۰ پزشک", "حدود ۱۶۰۰ پزشک", "figures"),
        ("ru", "лечить 60 тысяч детей", "лечить 50 тысяч детей", "figures"),
        ("fr", "dont 35 %", "dont 25 %", "figures"),
    ],
    "quake": [
        ("en", "magnitude 6.2", "magnitude 6.8", "figures"),
        ("ja", "約3万3000人", "約3万人", "figures"),
        ("tr", "03.17'de", "04.17'de", "figures"),
        ("el", "40,12° Β", "42,12° Β", "figures"),
        ("ka", "140-ზე მეტი", "150-ზე მეტი", "figures"),
        ("hy", "ապրիլի 20-ը", "ապրիլի 25-ը", "figures"),
        ("ne", "३,५०० पाल", "२,५०० पाल", "figures"),
        ("id", "bencana AFAD", "bencana", "names"),
    ],
    "smog": [
        ("en", "287 µg/m³", "278 µg/m³", "figures"),
        ("zh", "37个航班", "27个航班", "figures"),
        ("ko", "5일 동안", "3일 동안", "figures"),
        ("hi", "₹5 लाख", "₹50 लाख", "figures"),
        ("pl", "1,67 mln", "1,76 mln", "figures"),
        ("mn", "500 мянган рупи", "50 мянган рупи", "figures"),
        ("vi", "nút giao ITO", "nút giao", "names"),
        ("fr", "PM2,5 était", "PM10 était", "names"),
        # a paragraph left in English, in a language langdetect has no profile for
        ("mn", 'ITO уулзвар дээр азотын давхар ислийн (NO₂) агууламж 96 ppb хүрэв. Индира Гандигийн нэрэмжит олон улсын нисэх онгоцны буудлын үзэгдэх орчин 150 метр хүртэл буурч, 37 нислэг хойшлогдов.', 'Levels of nitrogen dioxide (NO₂) reached 96 ppb at the ITO junction. Visibility at Indira Gandhi International Airport fell to 150 metres, and 37 flights were delayed.', "language"),
    ],
    "recall": [
        ("en", "48,300", "43,800", "figures"),
        ("de", "ab dem 2. Juni 2025", "ab dem 12. Juni 2025", "figures"),
        ("sv", "6 000 mil", "600 mil", "figures"),
        ("cs", "46210-7K0A", "46210-7K0B", "names"),
        ("ro", "14 accidente", "41 accidente", "figures"),
        ("hu", "NV4A278300", "NV4A287300", "names"),
        ("uk", "1,5 години", "2,5 години", "figures"),
        ("ar", "إلى ١٨:٠٠", "إلى ١٧:٠٠", "figures"),
    ],
    "stage": [
        ("en", "182.6 km", "186.2 km", "figures"),
        ("fr", "à 38 secondes", "à 28 secondes", "figures"),
        ("it", "a 1'12\"", "a 1'21\"", "figures"),
        ("es", "Remco Evenepoel", "Remco Evenepol", "names"),
        ("nl", "7,4%", "4,7%", "figures"),
        ("da", "51 minutter og 32", "15 minutter og 32", "figures"),
        ("sl", "3338 km", "3383 km", "figures"),
        ("pt", "4h51min32s", "4h51min23s", "figures"),
    ],
    "history": [
        ("fr", "au XIIe siècle", "au XIIIe siècle", "figures"),
        ("de", "im 15. Jahrhundert hinzu", "im 16. Jahrhundert hinzu", "figures"),
        ("es", "Luis XIV", "Luis XV", "figures"),
        ("it", "più di 300 operai", "più di 200 operai", "figures"),
        ("pl", "od 4 kwietnia", "od 14 kwietnia", "figures"),
        ("ru", "III века н. э.", "II века н. э.", "figures"),
        ("hu", "42 millió frankért", "24 millió frankért", "figures"),
        ("el", "τον 15ο αιώνα", "τον 16ο αιώνα", "figures"),
        ("pt", "cerca de 2500 objetos", "cerca de 2000 objetos", "figures"),
        ("ro", "În anii 1920", "În anii 1930", "figures"),
    ],
    "reset": [
        ("en", "wait 30 seconds", "wait 20 seconds", "figures"),
        ("de", "10 Sekunden lang gedrückt", "5 Sekunden lang gedrückt", "figures"),
        ("fr", "La version 4.2.7 du micrologiciel", "La version 4.2.1 du micrologiciel", "figures"),
        ("pt-BR", "Como redefinir o roteador Aurora X2", "Como redefinir o roteador Aurora X3", "names"),
        ("ru", "около 2 минут", "около 3 минут", "figures"),
        ("cs", "počkejte 30 sekund", "počkejte 60 sekund", "figures"),
        ("tr", "Aurora X2 yönlendiricisini", "Aurora X5 yönlendiricisini", "names"),
        ("he", "http://192.168.0.1", "http://192.168.1.1", "names"),
    ],
    "summit": [
        ("th", "349 ยูโร", "394 ยูโร", "figures"),
        ("he", "ב-9:15", "ב-9:45", "figures"),
        ("fa", "۳۸ کشور", "۲۸ کشور", "figures"),
        ("el", "έως τις 12:30", "έως τις 13:30", "figures"),
        ("uk", "з 12 по 14 травня", "з 12 по 15 травня", "figures"),
        ("pt-BR", "das 10h às 12h30", "das 10h às 12h", "figures"),
        ("ko", "349유로", "359유로", "figures"),
        ("pl", "co 20 minut", "co 30 minut", "figures"),
        ("en", "Dr Sigrún Magnúsdóttir", "Dr Sigrún Magnússon", "names"),
        ("bn", "৪২৯ ইউরো", "৪৯২ ইউরো", "figures"),
        ("id", "Mahasiswa membayar setengah harga.", "Mahasiswa membayar setengah harga. Parkir gratis tersedia bagi semua peserta di garasi bawah tanah gedung.", "claims"),
    ],
    "firmware": [
        ("ja", "ＶＸ－９４００ルーター", "ＶＸ－９４０ルーター", "names"),
        ("ja", "１２：３０まで", "１３：３０まで", "figures"),
        ("zh", "１．２ｋｇ", "２．１ｋｇ", "figures"),
        ("zh", "支持：support@aurora-cloud.example", "支持：help@aurora-cloud.example", "names"),
        ("de", "am 3. März 2025", "am 3. Mai 2025", "figures"),
        ("fr", "\nLa mise à jour s'installe en 15 minutes environ et nécessite 250 Mo d'espace libre.", "", "claims"),
    ],
    "release": [
        ("he", "בעד 40%", "בעד 30%", "figures"),
        ("hi", "5 GB तक", "5 MB तक", "figures"),
        ("el", "για Windows, macOS και Linux", "για Windows και macOS", "names"),
        ("uk", "31 березня 2027", "30 березня 2027", "figures"),
        ("cs", " Verze 4.1 bude dostávat bezpečnostní aktualizace po dobu 12 měsíců.", "", "claims"),
        ("zh-Hant", "減少了120 MB", "減少了12 MB", "figures"),
        ("tr", "Windows 8.1 desteği", "Windows 8 desteği", "figures"),
        (
            "de",
            "Vielen Dank an Priya Raman und das Team in Bangalore für ihre Arbeit an dieser Version.",
            "Thanks to Priya Raman and the team in Bangalore for their work on this release.",
            "language",
        ),
    ],
    "sds": [
        ("fa", "نقطه اشتعال ۱۶", "نقطه اشتعال ۱۸", "figures"),
        ("fi", "vähintään 15 minuutin", "vähintään 5 minuutin", "figures"),
        ("hu", "(H319)", "(H318)", "names"),
        ("id", "mengandung 70% etanol", "mengandung 7% etanol", "figures"),
        ("it", "il 2 settembre 2026", "il 2 ottobre 2026", "figures"),
        ("nb", "UN 1170", "UN 1710", "figures"),
        ("ro", "între 5 °C și 25 °C", "între 5 °C și 35 °C", "figures"),
    ],
    "install": [
        ("es", "orbit-cli==2.3.1", "orbit-cli==2.2.0", "figures"),
        ("ja", "| Ubuntu | 20.04 |", "| Ubuntu | 18.04 |", "figures"),
        ("de", "standardmäßig auf 30 Sekunden", "standardmäßig auf 60 Sekunden", "figures"),
    ],
    "variants": [
        ("pt-BR", "às 18h do dia 24", "às 17h do dia 24", "figures"),
    ],
    "budget": [
        ("mr", "४५० कोटी", "४०० कोटी", "figures"),
        ("bn", "৩৫০টি", "৩০০টি", "figures"),
        ("ar", "في أبريل", "في مايو", "figures"),
    ],
    "earnings": [
        ("de", "8,5 % mehr", "5,8 % mehr", "figures"),
        ("fr", "1,24 milliard d’euros pour", "1,24 million d’euros pour", "figures"),  # a scale slip: one mismatch
        ("es", "Ingrid Solberg", "Ingrid Solheim", "names"),
        ("zh", "董事会已批准最多5000万欧元的股票回购，将于2026年3月31日前完成。", "", "claims"),
        ("en", "up to €50 million", "up to €15 million", "figures"),
    ],
    "measles": [
        ("sw", "asilimia 78", "asilimia 87", "figures"),
        ("ta", "620 சுகாதார", "602 சுகாதார", "figures"),
        ("am", "4,350", "4,530", "figures"),
        ("fil", "mula 3 hanggang 14 Marso", "mula 3 hanggang 24 Marso", "figures"),
        ("ur", "28 دن", "21 دن", "figures"),
        ("ms", "Dr. Amina Yusuf", "Dr. Amina Yunus", "names"),
    ],
    "recipe": [
        ("de", "auf 180 °C", "auf 160 °C", "figures"),
        ("fr", "250 g de farine", "25 g de farine", "figures"),
        ("it", "per 35-40 minuti", "per 30-40 minuti", "figures"),
        ("ja", "8人分", "6人分", "figures"),
        ("nl", "320 kcal", "230 kcal", "figures"),
    ],
    "ferry": [
        ("km", "១២០ នាក់", "១៥០ នាក់", "figures"),  # Khmer digits
        ("my", "၈၅,၀၀၀", "၈၀,၀၀၀", "figures"),  # Burmese digits
        ("lo", "3,2 ລ້ານ", "2,3 ລ້ານ", "figures"),
        ("th", "ร้อยละ 40", "ร้อยละ 45", "figures"),
        ("vi", "công ty MekongLink", "công ty MekongLine", "names"),
        ("lo", "ສົມໄຊ ວົງສາ", "ບຸນມີ ວົງສາ", "names"),
    ],
    "library": [
        ("hy", "85 000 գիրք", "58 000 գիրք", "figures"),
        ("az", "3,5 milyon avroya", "3,5 milyard avroya", "figures"),  # a scale slip
        ("kk", "40 компьютер", "4 компьютер", "figures"),
        ("ne", "३५ लाख युरो", "३० लाख युरो", "figures"),  # 3.5 million as 35 lakh
        ("te", "సాయంత్రం 7:00", "సాయంత్రం 8:00", "figures"),  # 19:00, in the evening
        ("si", "පොත් 85,000ක්", "පොත් 65,000ක්", "figures"),  # a number with its article
        ("az", "Direktor Lena Petrova", "Direktor Lena Ivanova", "names"),
    ],
    "router": [
        ("be", "12 памылак", "10 памылак", "figures"),
        ("zu", "angu-12", "angu-21", "figures"),  # a number after a class prefix's hyphen
        ("ps", "۳۰٪", "۲۰٪", "figures"),
        ("or", "ସନ୍ଧ୍ୟା 6:00", "ସନ୍ଧ୍ୟା 7:00", "figures"),  # evening 6:00 is 18:00; 7:00 is not
        ("tk", "14-nji oktýabryndan", "14-nji noýabryndan", "figures"),  # the month, declined
        ("eo", " Ne malŝaltu la enkursigilon dum la ĝisdatigo.", "", "claims"),
        ("ig", "Daniel Okafor", "Daniel Okoye", "names"),
        ("tk", "Lumen Networks", "Lumex Networks", "names"),
    ],
    "storm": [
        ("xh", "ezili-14", "ezili-15", "figures"),  # a number after a class prefix of five letters
        ("xh", "kwiSiqithi saseHallig", "kwiSiqithi saseHelgoland", "names"),  # a name after a glued prefix
        ("jv", "110 km/jam", "100 km/jam", "figures"),
        ("mg", "22 Novambra", "23 Novambra", "figures"),
        ("as", "২০ নৱেম্বৰ", "২১ নৱেম্বৰ", "figures"),
        ("ckb", "١١٠ کم", "١٢٠ کم", "figures"),
        ("fo", "Ingrid Solberg", "Ingrid Solheim", "names"),
    ],
    "exams": [
        ("mi", "9 Hune 2025", "9 Hūrae 2025", "figures"),  # the month
        ("gd", "15mh dhen Lùnastal", "16mh dhen Lùnastal", "figures"),  # a day with its ordinal ending
        ("br", "78,5 poent", "87,5 poent", "figures"),
        ("ceb", "Agosto 15", "Agosto 25", "figures"),
        ("su", "Aroha Ngata", "Aroha Ngati", "names"),
        ("br", "e Rotorua", "e Rotoiti", "names"),
    ],
    "leaflet": [
        ("yue", "每 4 至 6 個鐘", "每 4 至 8 個鐘", "figures"),
        ("ug", "PX-4471", "PX-4417", "names"),
        ("sd", "٢٥ °C", "٣٥ °C", "figures"),  # in Arabic-Indic digits
        ("tt", "Табиб белән киңәшмичә 3 көннән артык кулланмагыз. ", "", "claims"),
        ("rw", "ibinini 20", "ibinini 30", "figures"),
        ("qu", "Marzo 2028", "Abril 2028", "figures"),  # the month
        ("ti", "ንፋርማሲስት ዳንኤል ምዋንጊ ሕተቱ", "ንፋርማሲስት ሕተቱ", "names"),  # a respelt name dropped
    ],
    "election": [
        ("rm", "61,4 %", "64,1 %", "figures"),
        ("yi", "העלענאַ בראַנדט", "העלענאַ שמידט", "names"),  # another name, in Hebrew letters
        ("om", "Waxabajjii 8", "Adoolessa 8", "figures"),  # the month
        ("wo", "Helena Brandt", "Helena Brant", "names"),
        ("cv", " Граждансен партийӗ 9 вырӑн илнӗ.", "", "figures"),  # too short for a claim: its figure is reported
        ("ln", "bakiti 9", "bakiti 8", "figures"),
    ],
    "timetable": [
        ("sah", "48 мүнүүтэни", "45 мүнүүтэни", "figures"),
        ("ba", "һәр 20 минут", "һәр 15 минут", "figures"),
        ("os", "Томас Линдгрен", "Томас Ларсен", "names"),
        ("ce", "23:10 даьлла", "22:10 даьлла", "figures"),
        ("kok", "रातीं 11:10", "रातीं 10:10", "figures"),  # at night: 23:10, on a 12-hour clock
        ("mai", "3.6 करोड़", "3.2 करोड़", "figures"),  # crore, Hindi's word: CLDR has none for Maithili
        ("dz", "༣.༥༠", "༤.༥༠", "figures"),  # in Tibetan digits
    ],
    "phone": [
        ("de-CH", "CHF 1'249.90", "CHF 1'294.90", "figures"),  # Swiss grouping
        ("fr-CH", "1'249,90 CHF", "1'249,90 EUR", "figures"),
        ("it-CH", "+41 44 555 01 23", "+41 44 555 01 32", "figures"),
        ("ar-EG", "١٢٨ جيجابايت", "٢٥٦ جيجابايت", "figures"),
        ("ja", "４，５００ｍＡｈ", "５，０００ｍＡｈ", "figures"),  # full-width digits and comma
        ("ko", "Nova X2 휴대폰", "Nova X3 휴대폰", "names"),
    ],
    "bridge": [
        ("lb", "Bis zu 18.000 Autoen", "Bis zu 16.000 Autoen", "figures"),
        ("bs", "još 50 godina", "još 40 godina", "figures"),
        ("fy", "nei 9 moanne", "nei 8 moanne", "figures"),
        ("ky", "18 000ге чейин", "19 000ге чейин", "figures"),  # a number with a case ending
        ("tg", "4,2 миллион евро", "2,4 миллион евро", "figures"),
        ("ku", "Endezyar Peter Hansen", "Endezyar Peter Hanson", "names"),
    ],
    "clinic": [
        ("af", "45 beddens", "54 beddens", "figures"),
        ("ha", "kusan 200", "kusan 300", "figures"),
        ("so", "3 Maarso 2025", "3 Abriil 2025", "figures"),  # the month
        ("af", "Dokter Thandi Mokoena", "Dokter Thandi Naidoo", "names"),
    ],
    "metro": [
        ("pa", "2,50,000 ਯਾਤਰੀਆਂ", "2,05,000 ਯਾਤਰੀਆਂ", "figures"),  # lakh grouping
        ("gu", "2.1 અબજ ડોલર", "1.2 અબજ ડોલર", "figures"),
        ("kn", "210 ಕೋಟಿ ಡಾಲರ್", "120 ಕೋಟಿ ಡಾಲರ್", "figures"),  # crore, from num2words
        ("mn", "8-р сарын 15-нд", "8-р сарын 16-нд", "figures"),
        ("uz", "har 6 daqiqada", "har 8 daqiqada", "figures"),
        ("ml", "രവി മേനോൻ", "രവി നായർ", "names"),
    ],
    "museum": [
        ("mt", "fit-12 ta' April", "fit-13 ta' April", "figures"),  # a number after an article's hyphen
        ("eu", "iaz baino % 20", "iaz baino % 25", "figures"),
        ("is", "um 60.000 gestum", "um 6.000 gestum", "figures"),
        ("cy", "240 o weithiau", "204 o weithiau", "figures"),
        ("mk", "35 уметници", "53 уметници", "figures"),
        ("lv", "12. aprīlī", "12. maijā", "figures"),  # the month, declined
        ("sl", "15 evrov", "25 evrov", "figures"),
        ("ga", "coimeádaí Anna Berg", "coimeádaí Anna Byrne", "names"),
    ],
    "cupfinal": [
        ("nn", "41 250 tilskodarar", "42 150 tilskodarar", "figures"),
        ("ht", "88yèm minit", "78yèm minit", "figures"),  # an ordinal with Haitian Creole's ending
        ("uz-Cyrl", "Томас Ривера", "Томас Гарсия", "names"),
        ("se", "23. minuhtas", "32. minuhtas", "figures"),
        ("sm", "Na tuai le faaiuga i le 15 minute ona o le timu mamafa. ", "", "claims"),  # Samoan: no CLDR data
        ("sr-Latn", "od 2011. godine", "od 2001. godine", "figures"),
    ],
    "loan": [
        ("hu", "2026. 02. 01.", "2026. 03. 01.", "figures"),  # CLDR's Hungarian short date
        ("ko", "471.78달러", "417.78달러", "figures"),
        ("de", "4,9 %", "5,9 %", "figures"),
        ("fr-CA", "2025-12-15", "2025-12-16", "figures"),
        ("fi", "1.1.2031", "1.1.2032", "figures"),
        ("lt", "60 mėnesinių", "48 mėnesinių", "figures"),
        ("nl", "kost $ 35", "kost $ 53", "figures"),
        ("ro", "în Denver", "în Dallas", "names"),
        ("en-US", "Section 7(2)", "Section 7(3)", "figures"),
    ],
    "plans": [
        ("en", "| Basic | 50 GB | €4.99 |", "| Basic | 50 GB | €5.99 |", "figures"),  # a Markdown table's cell
        ("fr", "de 100 Go à 200 Go", "de 100 Go à 250 Go", "figures"),
        ("es", "\n- El uso compartido familiar cubre ahora hasta 6 personas.", "", "claims"),  # a list item
        ("it", "il 15%", "il 10%", "figures"),
    ],
    "tent": [
        ("de", "bis zu 80 km/h", "bis zu 60 km/h", "figures"),
        ("fr", "3 000 mm", "2 000 mm", "figures"),
        ("es", "215 × 130 cm", "215 × 150 cm", "figures"),
        ("pl", "od 15 kwietnia", "od 15 maja", "figures"),
        ("cs", "12 hliníkových kolíků", "10 hliníkových kolíků", "figures"),
        ("sv", "3 års garanti", "2 års garanti", "figures"),
        ("ja", "最大高は105 cm", "最大高は150 cm", "figures"),
        ("zh-Hant", "約需 5 分鐘", "約需 15 分鐘", "figures"),
        ("tr", "Çadır −10 °C", "Çadır 10 °C", "figures"),  # the minus sign dropped
    ],
    "trial": [
        ("ko", "12억 8천만", "12억 8백만", "figures"),  # a spelled scale (천만) after a number
        ("zh", "12.8亿", "1.28亿", "figures"),
        ("ru", "на 7,4 мм рт. ст.", "на 7,4 кПа", "figures"),  # mmHg to kPa, the number kept
        (
            "ru",
            "Приверженность составила 83%.",
            "Приверженность составила 83%. Все участники также получили бесплатные фитнес-браслеты для подсчёта шагов.",
            "claims",
        ),
        ("ar", "٨٣٪", "٨٨٪", "figures"),
        ("fr", "NCT05512345", "NCT05512354", "names"),
        ("es", " Su edad media era de 52 ± 7 años.", "", "claims"),  # a short whole sentence is a claim, with its figures
        ("pt-BR", "Fundação Hallberg", "Fundação Hallmark", "names"),
        ("id", "Tiga peserta", "Dua peserta", "figures"),  # a spelled 3, where a date elsewhere has a 3
    ],
    "water": [
        ("sk", "z čoho 65 %", "z čoho 56 %", "figures"),
        ("ka", "დაახლოებით 12 500", "დაახლოებით 15 500", "figures"),
        ("lt", "38 gatvėse", "28 gatvėse", "figures"),
        ("ca", "col·locades el 1968", "col·locades el 1986", "figures"),
        ("et", "kell 8.00–17.30", "kell 9.00–17.30", "figures"),
        ("sr", "1,8 милиона евра", "1,8 милијарди евра", "figures"),  # a scale slip
        ("hr", "poduzeće AquaNova", "poduzeće AquaVita", "names"),
        ("bg", "инженер Марта Ковач", "инженер Марта Петрова", "names"),
        ("pl", " Szpitale i szkoły będą zaopatrywane przez tymczasowy przewód.", "", "claims"),
    ],
}


#: False findings a clean document is known to give, each a limit in the README's "Known limits":
#: held exactly, so that a new one fails, and so does a fix (which then takes its entry out).
KNOWN: dict[str, set[tuple[str, str, str, str]]] = {
    "malaria": {
        # Czech ve třech dávkách s odstupem čtyř týdnů (in three doses four weeks apart) and
        # Estonian nelja nädala vahega (four weeks apart): numbers declined beyond the forms
        # CLDR's rules and num2words give.
        ("cs", "figures", "omission", "3"),
        ("cs", "figures", "omission", "4"),
        ("et", "figures", "omission", "4"),
    },
    "concert": {
        # Japanese 午後7時半 and Chinese 晚上7点半 (half past seven in the evening): 半, half an
        # hour, and Chinese 点 (o'clock) are in no CLDR time format (Chinese writes H时 there),
        # so each is the number 7 where the others write 19:30, and 晚上6点45分 is 6 and 45.
        ("ja", "figures", "mismatch", "19.3"),
        ("zh", "figures", "mismatch", "19.3"),
        ("zh", "figures", "mismatch", "18.45"),
        # ... and that 6 meets Turkish altı in 18 yaş altı (under 18): altı is six too.
        ("zh", "figures", "addition", "6"),
    },
    "transfer": {
        # Greek πενταετές and Serbian петогодишњи (five-year): a number's combining form inside
        # one word.
        ("el", "figures", "omission", "5"),
        ("sr", "figures", "omission", "5"),
    },
    "recall": {
        # Ukrainian позашляховиків (off-road vehicles) for SUV: an acronym of common words
        # translated, in a language the encoder does not know, so that nothing tells it from a
        # name dropped.
        ("uk", "names", "omission", "suv"),
    },
    "hospital": {
        # Hebrew ליילה (lyylh to anyascii) for Leila: an abjad's respelling of a short name, whose
        # vowels it writes as y or not at all, and too short (two consonants) to sound alike.
        ("he", "names", "omission", "leila"),
        # Hebrew חיפה (hyfh) for Haifa: the same, its last a written as a final h. Arabic حيفا
        # (hyfa) is read as Haifa (y being i), so Hebrew alone lacks it.
        ("he", "names", "omission", "haifa"),
    },
    "leaders": {
        # Turkish 500 bine kadar (up to 500 thousand): bin with the dative's one letter, which
        # is no ending measured (a letter added alone is how a word is cut short: bina, building).
        ("tr", "figures", "mismatch", "500000"),
    },
    "aid": {
        # German Ukraine-Fazilität for the EU's Ukraine Facility: a name translated in part is
        # close in letters to the one the others keep, and is told a misspelling.
        ("de", "names", "mismatch", "ukrainefacility"),
    },
    "markets": {
        # Italian Bund decennale (the ten-year Bund): the number inside one word, as Greek
        # πενταετές (the football transfer).
        ("it", "figures", "omission", "10"),
    },
    "tennis": {
        # Polish Alexandra Zvereva, Alexander Zverev in the accusative: Aleksander drops its e
        # before the ending (Aleksandra), a swap (-er → -ra) that few of Polish's frequent words
        # show (0.08 of them, against the 0.25 a declension needs).
        ("pl", "names", "mismatch", "alexanderzverev"),
    },
    "scholarship": {
        # Tamil ₹8 லட்சத்துக்குக் (than eight lakh): லட்சம் takes its oblique stem லட்சத்து before
        # the case ending, which the endings measured on wordfreq's Tamil list do not give.
        ("ta", "figures", "mismatch", "800000"),
    },
    "solar": {
        # PyThaiNLP's sentence model cuts no sentence at the space after ภายในปี 2030: the Thai
        # sentence holds both English ones, and its embedding is 0.647 from the first and 0.544
        # from the second, just outside the 0.1 margin within which a merged sentence carries both.
        ("th", "claims", "omission", "6fe6729cf503"),
    },
    "cyclone": {
        # Samoan and Fijian write Tonga as Toga (their g is the ng of Tonga): CLDR has no data
        # for either language, so nothing says that this spelling is theirs, not a slip.
        ("sm", "names", "mismatch", "tonga"),
        ("fj", "names", "mismatch", "tonga"),
    },
    "hike": {
        # Korean 이틀 (two days) says the number with a word of its own, no numeral.
        ("ko", "figures", "omission", "2"),
        # Eibsee respelt アイプ湖 and 아이프 호수, the lake (See) translated: Eib has two
        # consonant sounds, too few to tell it by ear.
        ("ja", "names", "omission", "eibsee"),
        ("ko", "names", "omission", "eibsee"),
        # Chinese writes the names with Han characters chosen for sound and meaning at once:
        # 楚格峰 (chu ge, and peak) for Zugspitze, 克诺尔小屋 for Knorrhütte, 艾布湖 for Eibsee.
        ("zh", "names", "omission", "zugspitze"),
        ("zh", "names", "omission", "knorrhutte"),
        ("zh", "names", "omission", "eibsee"),
    },
    "gale": {
        # Ukrainian Ордалом (instrumental) writes Årdal as it is said, with O for Å: its
        # transliteration ordalom is too far from ardal, and every other version keeps Latin.
        ("uk", "names", "omission", "ardal"),
    },
    "flight": {
        # German "rund um die Uhr" (around the clock) for "24 hours a day": the number said
        # without a figure, which nothing here reads.
        ("de", "figures", "omission", "24"),
    },
    "planet": {
        # Latvian writes foreign names as it says them: Džeimsa Veba (of James Webb), webb and
        # veba 50 apart in letters, WB and FB in sound, in a language the encoder does not know.
        ("lv", "names", "omission", "webb"),
    },
    "flat": {
        # Russian Яне Фогель (to Jana Vogel, dative): Яне transliterates as iane, 50 from Jana,
        # and Russian is written in another script than every version that writes the name.
        ("ru", "names", "omission", "jana"),
    },
    "bridge": {
        # Kurmanji mîlyon, a spelling CLDR does not list (it writes milyon). Scale words are not
        # matched without their diacritics: Vietnamese triệu is a million, triều a dynasty.
        ("ku", "figures", "mismatch", "4200000"),
    },
    "clinic": {
        # Yoruba rand mílíọ̀nù 12 writes the scale word before the number; CLDR writes Yoruba's
        # after it (0 mílíọ̀nù), and a scale word is read before a number only where CLDR puts it
        # there (Hausa Miliyan 0).
        ("yo", "figures", "mismatch", "12000000"),
    },
    "metro": {
        # Malayalam 210 കോടി (crore): neither CLDR's compact formats nor its spell-out rules, nor
        # num2words, give Malayalam a word for ten million; and നാലാം (fourth) is an ordinal
        # the lexicon cannot read for want of the same data.
        ("ml", "figures", "mismatch", "2100000000"),
        ("ml", "figures", "omission", "4"),
    },
    "ferry": {
        # Burmese ဆွမ်ချိုင် for Somchai transliterates as chvmkhyiun, too far from the name,
        # in a language the encoder does not know.
        ("my", "names", "omission", "somchai"),
        # Only English and Thai are languages the encoder knows: the Thai sentence that joins
        # two English ones is held to the first, and the second is told missing.
        ("th", "claims", "omission", "046753e09d80"),
    },
    "router": {
        # Pashto وای فای for Wi-Fi: an abjad spelling (anyascii: wy fy) whose letters for the
        # vowels read as consonants, in a language the encoder does not know.
        ("ps", "names", "omission", "wifi"),
    },
    "cupfinal": {
        # Serbian transcribes foreign names as they sound, and declines them: Brenera for
        # Brenner, Dijalo for Diallo, Solhajm for Solheim. No data says which languages do.
        ("sr-Latn", "names", "mismatch", "brenner"),
        ("sr-Latn", "names", "mismatch", "diallo"),
        ("sr-Latn", "names", "omission", "solheim"),
    },
    "summit": {
        # Names respelt in scripts without capitals that the encoder does not know, whose
        # letters and sounds both stray from the name: Hebrew הארפה for Harpa (פ is p or f;
        # transliterated f), Bengali রেইকিয়াভিকের for Reykjavík (ভ, bh, for v, and a case ending).
        ("he", "names", "omission", "harpa"),
        ("bn", "names", "omission", "reykjavik"),
    },
    "plans": {
        # "24/7" said in words: German rund um die Uhr, Japanese 年中無休 (all year round),
        # Polish całodobową (all day long) beside its 7 dni w tygodniu.
        ("de", "figures", "omission", "24"),
        ("de", "figures", "omission", "7"),
        ("ja", "figures", "omission", "7"),
        ("pl", "figures", "omission", "24"),
    },
    "timetable": {
        # Ossetic милуан (million): CLDR gives Ossetic no scale words, and its likeliest
        # territory (Georgia) no official language in its script to borrow them from.
        ("os", "figures", "mismatch", "36000000"),
    },
    "measles": {
        # Urdu امینہ for Amina: an abjad spelling, without its vowels, too far from any
        # transliteration, in a language the encoder does not know.
        ("ur", "names", "omission", "amina"),
    },
}


def detail(finding) -> str:
    """What a finding is about: its value's key, or for a passage its fingerprint."""
    value = finding.expected or finding.found
    return value.key if value is not None else finding.subject


def findings(document) -> set[tuple[str, str]]:
    return {(f.version, f.check) for f in check_document(document, Config(cache="")).findings}


@pytest.mark.parametrize("name", sorted(DRIFT))
def test_a_clean_probe_document_gives_no_finding(name):
    found = check_document(load_document(PROBES / name), Config(cache="")).findings
    detailed = {(f.version, f.check, str(f.kind), detail(f)) for f in found}
    assert detailed == KNOWN.get(name, set())


@pytest.mark.parametrize("name", sorted(DRIFT))
def test_each_drift_put_in_a_probe_document_is_found_where_it_was_put(name):
    document = load_document(PROBES / name)
    texts = {version.language: version.text for version in document.versions}
    for language, written, drifted, _check in DRIFT[name]:
        assert written in texts[language], f"{name}/{language}: the probe text changed"
        texts[language] = texts[language].replace(written, drifted, 1)
    versions = tuple(dataclasses.replace(v, text=texts[v.language]) for v in document.versions)
    expected = {(language, check) for language, _, _, check in DRIFT[name]}
    known = {(language, check) for language, check, _, _ in KNOWN.get(name, set())}
    assert not expected & known, "a drift in a version and check with a known false finding proves nothing"
    assert findings(dataclasses.replace(document, versions=versions)) == expected | known
