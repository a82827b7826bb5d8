"""Bylines give the authors, kept apart from the people an article is about."""

import pytest

from indexer.extract.authors import extract_authors, parse_byline
from indexer.extract.bylines import mark_bylines
from indexer.parse import parse_document


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by Anna Nowak", ["Anna Nowak"]),
        ("By Tom Reed and Ana Lima", ["Tom Reed", "Ana Lima"]),
        ("By Ji-hoon, Park <>", ["Park Ji-hoon"]),
        ("By Pieter van Dam", ["Pieter van Dam"]),
        ("Autorka: Ewa Malinowska", ["Ewa Malinowska"]),
        ("Von Jörg Meier | 12.02.2024", ["Jörg Meier"]),
        ("Par Luc Martin (AFP)", ["Luc Martin"]),
        ("By John Smith jsmith@example.org", ["John Smith"]),
        ("BY CLARA OSEI", ["CLARA OSEI"]),  # capitals kept as the page writes them
        ("By Berlin correspondent Otto Kranz", ["Otto Kranz"]),
        ("Reporter: Lee Soo-min", ["Lee Soo-min"]),
        ("(WIRE- Daily Post) By Rana Haddad", ["Rana Haddad"]),
        ("Ein Beitrag von Karl Wendt", ["Karl Wendt"]),
        ("Autor: Jana Malá a Petr Kos", ["Jana Malá", "Petr Kos"]),
        ("Nora Blake, Reuters", ["Nora Blake"]),
        ("By Reuters", []),
        ("By Reuters Staff", []),
        ("By AFP Desk and Tom Reed", ["Tom Reed"]),
    ],
)
def test_parse_byline(line, expected):
    assert parse_byline(line) == expected


def test_byline_at_the_end_is_found():
    body = "The two ministers agreed on a schedule of visits and exchanges for the coming years, officials said."
    doc = parse_document(f"Talks end in agreement\n\n{body}\n\nBy Ji-hoon, Park <>")
    assert extract_authors(doc).value == ("Park Ji-hoon",)


BODY = (
    "The two ministers agreed on a schedule of visits and exchanges for the coming years, "
    "officials said on Thursday after the talks."
)


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        (
            "",
            "Reporting by Ann Berg in Oslo and Tom Reed; Writing by Ed Vale; Editing by Sue Fry",
            ("Ann Berg", "Tom Reed", "Ed Vale"),
        ),
        (
            "",
            "Written by Pieter van Dam in Eindhoven. Additional reporting by Signe Holm in Skagen.",
            ("Pieter van Dam", "Signe Holm"),
        ),
        (
            "",
            "About the author\n\nClaire Dunn is a defence reporter who covers the navy.",
            ("Claire Dunn",),
        ),
        ("", "O autorze: Piotr Nowak – dziennikarz działu przemysłowego.", ("Piotr Nowak",)),
        ("", "Texto: João Pereira, da redação", ("João Pereira",)),
        ("di Marco Bianchi\n14 dicembre 2023", "", ("Marco Bianchi",)),
        ("— Thu Trang Nguyen, staff correspondent", "", ("Thu Trang Nguyen",)),
        ("Omar Haddad — Riyadh\n18 September 2025", "", ("Omar Haddad",)),
        ("Ayla Demir | Ankara\n10 April 2023", "", ("Ayla Demir",)),
        ("Jessica Moore | Daniel Kwon\n27 July 2023", "", ("Jessica Moore", "Daniel Kwon")),
        (
            "JESSICA MOORE | DANIEL KWON\nOslo - 27 JUL 2023 - 10:15 CEST",
            "",
            ("JESSICA MOORE", "DANIEL KWON"),
        ),
        ("Compiled by Jessica Moore with agency reports", "", ("Jessica Moore",)),
        (
            "Lena Kruger, Marcus Bell | Atlantic Wire\nJanuary 20, 2023",
            "",
            ("Lena Kruger", "Marcus Bell"),
        ),
    ],
)
def test_credit_lines_and_author_boxes(head, tail, expected):
    text = f"ATLANTIC WIRE\n\nTalks end in agreement\n\n{head}\n\n{BODY}\n\n{tail}"
    assert extract_authors(mark_bylines(parse_document(text))).value == expected


PACT = "Two navies sign a pact"
LEAD = {
    "id": "Latihan gabungan kedua negara berlangsung selama dua minggu di perairan timur dengan kapal dan pesawat.",
    "ru": "Министры обороны двух стран подписали соглашение о совместных учениях флотов и обмене офицерами связи в следующем году.",
    "uk": "Міністри оборони двох країн підписали угоду про спільні навчання флотів і обмін офіцерами зв'язку наступного року.",
    "bg": "Министрите на отбраната на двете страни подписаха споразумение за съвместни учения на флотовете през следващата година.",
    "ko": "양국 국방장관은 내년 해군 연합훈련과 연락장교 교환에 관한 협정에 서명했다고 국방부가 밝혔다.",
    "zh": "两国国防部长签署了关于明年海军联合演习和互派联络官的协议，双方表示将继续加强合作。",
    "ja": "両国の国防相は来年の海軍合同演習と連絡将校の交換に関する協定に署名したと国防省が発表した。",
    "ar": "وقع وزيرا الدفاع في البلدين اتفاقية بشأن مناورات بحرية مشتركة وتبادل ضباط الاتصال في العام المقبل.",
    "he": "שרי ההגנה של שתי המדינות חתמו על הסכם לתרגילים ימיים משותפים ולחילופי קציני קישור בשנה הבאה.",
    "hi": "दोनों देशों के रक्षा मंत्रियों ने अगले वर्ष संयुक्त नौसैनिक अभ्यास और संपर्क अधिकारियों के आदान-प्रदान पर समझौते पर हस्ताक्षर किए।",
    "tr": "İki ülkenin savunma bakanları gelecek yıl ortak deniz tatbikatı ve irtibat subayı değişimi konusunda bir anlaşma imzaladı.",
    "th": "รัฐมนตรีกลาโหมของทั้งสองประเทศลงนามข้อตกลงว่าด้วยการฝึกทางเรือร่วมกันและการแลกเปลี่ยนนายทหารติดต่อในปีหน้า",
    "es": "Los ministros de Defensa de ambos países firmaron un acuerdo sobre maniobras navales conjuntas el próximo año.",
    "el": "Οι υπουργοί Άμυνας των δύο χωρών υπέγραψαν συμφωνία για κοινές ναυτικές ασκήσεις και ανταλλαγή αξιωματικών συνδέσμου το επόμενο έτος.",
}


@pytest.mark.parametrize(
    ("language", "byline", "expected"),
    [
        ("ru", "Автор: Ирина Соколова", ("Ирина Соколова",)),
        ("uk", "Текст: Олена Коваль", ("Олена Коваль",)),
        ("bg", "12.03.2024 | 15:20 Автор: Петя Генова", ("Петя Генова",)),
        ("ko", "박민준 기자", ("박민준",)),
        ("ko", "박민준기자 minjun@example.kr", ("박민준",)),
        ("ko", "minjun@example.kr", ()),  # an e-mail address names nobody
        ("ko", "사진 기자", ()),
        ("zh", "记者 王小明、李华", ("王小明", "李华")),
        ("zh", "作者：张伟", ("张伟",)),
        ("ja", "【ソウル=山本一郎】", ("山本一郎",)),
        ("ar", "كتب: أحمد سمير", ("أحمد سمير",)),
        ("he", "מאת: דנה כהן", ("דנה כהן",)),
        ("hi", "लेखक: राहुल वर्मा", ("राहुल वर्मा",)),
        ("tr", "Kaynak: AA / Emre Yıldız", ("Emre Yıldız",)),
        ("th", "ข่าว: สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("el", "Του Γιώργου Νικολάου", ("Γιώργου Νικολάου",)),
        ("el", "Γράφει ο Γιώργος Νικολάου", ("Γιώργος Νικολάου",)),
        ("ar", "كتب - أحمد سمير", ("أحمد سمير",)),
        ("he", "מאת דנה כהן | חדשות הים", ("דנה כהן",)),
        ("ru", "Автор: ТАСС", ()),  # an agency, not a person
        ("ru", "Фото: Ирина Соколова", ()),  # a photographer
        ("zh", "责任编辑：张伟", ()),  # an editor
        ("hi", "राहुल वर्मा, संवाददाता", ("राहुल वर्मा",)),
        ("ja", "山本一郎記者", ("山本一郎",)),
        ("tr", "Kaynak: Milli Savunma Bakanlığı", ()),  # a source, not a byline
        ("es", "Por qué la marina compra fragatas", ()),
    ],
)
def test_bylines_in_every_language(language, byline, expected):
    text = f"{PACT}\n\n{byline}\n\n{LEAD[language]}\n\n{LEAD[language]}"
    assert extract_authors(mark_bylines(parse_document(text)), language).value == expected


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        ("ko", f"(서울=한빛뉴스) 박민준 기자 = {LEAD['ko']}", ("박민준",)),
        ("zh", f"本报北京3月2日电 记者王小明、李华报道：{LEAD['zh']}", ("王小明", "李华")),
        ("ko", f"국방부는 기자회견에서 {LEAD['ko']}", ()),  # a press conference, no byline
        ("ko", f"이날 기자 간담회에서 {LEAD['ko']}", ()),  # "that day, at a press briefing"
        ("ko", f"[한빛뉴스 박민준 기자] {LEAD['ko']}", ("박민준",)),
    ],
)
def test_bylines_opening_the_first_paragraph(language, paragraph, expected):
    text = f"{PACT}\n\n{paragraph}\n\n{LEAD[language]}"
    assert extract_authors(mark_bylines(parse_document(text)), language).value == expected


def test_a_labelled_byline_outranks_a_menu_line_that_reads_like_a_name():
    text = f"{PACT}\n\nForeign Desk\n\nBy Ann Lee\n\n{BODY}\n\n{BODY}"
    assert extract_authors(mark_bylines(parse_document(text)), "en").value == ("Ann Lee",)


def test_a_bare_name_beside_a_date_under_a_caption():
    caption = (
        "The frigate leaves the harbour at dawn on its first voyage after the refit, watched by "
        "families of the crew and by officers of both navies. Photo: navy press office archive"
    )
    text = f"{PACT}\n\n{caption}\n\nMaría Luisa Gómez Ruiz\n\n3 de mayo de 2024\n\n{BODY}"
    assert extract_authors(mark_bylines(parse_document(text)), "es").value == (
        "María Luisa Gómez Ruiz",
    )


@pytest.mark.parametrize(
    ("language", "head", "paragraph", "tail", "expected"),
    [
        # a Chinese wire dateline credits its reporters in brackets after 电
        ("zh", "", f"某通讯社北京5月1日电（记者王小明、李华）{LEAD['zh']}", "", ("王小明", "李华")),
        ("zh", "", f"某通讯社上海5月1日电(王小明 孙 飞){LEAD['zh']}", "", ("王小明", "孙 飞")),
        # a Japanese name with its profession in brackets, a space inside the name
        ("ja", "2024.05.01山本 一郎(軍事ジャーナリスト)", LEAD["ja"], "", ("山本 一郎",)),
        # a sign-off the related-links block pushed out of the body
        ("en", "", BODY, "Marta Lind\n\nRelated posts\n\nNavy buys boats", ("Marta Lind",)),
        # a name set in capitals with the place filed from, over the reporter's e-mail
        ("id", BODY, "RINA SARI, Surabaya\n\nrina@example.id", "", ("RINA SARI",)),
        # a Korean reporter signing off at the end of the last paragraph
        (
            "ko",
            "",
            LEAD["ko"],
            "끝으로 두 장관은 양국의 방산 협력을 더욱 강화해 나가기로 뜻을 모았다고 국방부가 전했다. 박민준 기자",
            ("박민준",),
        ),
        # chrome that reads like a name: a source label, an agency, a list of tags
        ("el", "Πηγή Άρθρου", LEAD["el"], "", ()),
        ("tr", "", BODY, "Hibya Haber Ajansı", ()),
        ("ru", "", LEAD["ru"], "Персоналии:\n\nИван ПетровСергей Орлов", ()),
    ],
)
def test_byline_kinds_of_real_pages(language, head, paragraph, tail, expected):
    text = f"{PACT}\n\n{head}\n\n{paragraph}\n\n{LEAD.get(language, BODY)}\n\n{tail}"
    assert extract_authors(mark_bylines(parse_document(text)), language).value == expected


SECOND = {
    "tr": "Bakanlar ayrıca savunma sanayii alanında ortak üretim projelerini de ele alarak yeni adımlar atmayı kararlaştırdı.",
    "ro": "Exercițiul durează două săptămâni, iar soldații vor dormi în corturi în poligonul din sudul țării, au transmis organizatorii.",
    "lt": "Ministrai taip pat aptarė bendrus karinius mokymus ir karinės technikos pirkimus kitiems metams, pranešė ministerija.",
    "en": "The two ministers also agreed to hold joint drills every spring and to exchange liaison officers, their offices said.",
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a subheading near the end, a paragraph under it: not a sign-off
        ("tr", f"{PACT}\n\n{LEAD['tr']}\n\nOrtak Tatbikat Planları\n\n{SECOND['tr']}", ()),
        ("en", f"{PACT}\n\n{BODY}\n\nNext Steps Ahead\n\n{SECOND['en']}", ()),
        # the reporter's name between the lead and the text
        (
            "ro",
            f"{PACT}\n\n{LEAD['es']}\n\nIoana Maria Vlad\n\n{SECOND['ro']}",
            ("Ioana Maria Vlad",),
        ),
        # a subheading there repeats the text's words
        ("en", f"{PACT}\n\n{BODY}\n\nJoint Drills\n\n{SECOND['en']}", ()),
        # a name under the deck that the deck is about: the minister, not the author
        (
            "lt",
            f"{PACT}\n\nMinistras Jonas Petraitis penktadienį lankosi kaimyninėje šalyje.\n\n"
            f"Jonas Petraitis\n\n{SECOND['lt']}",
            (),
        ),
        # a photo credit in brackets closing a caption
        ("pl", f"{PACT}\n\nDwaj ministrowie na nabrzeżu (autor: JAN NOWAK/ AGENCJA)\n\n{BODY}", ()),
        # a Hebrew name beside the date, parted by a bar
        ("he", f"{PACT}\n\nדנה כהן | 3/5/2024 10:00\n\n{LEAD['he']}", ("דנה כהן",)),
        # Romanian: "de" and a name, or a bare name over the date line
        ("ro", f"{PACT}\n\nde Ioana Vlad\n\n{SECOND['ro']}", ("Ioana Vlad",)),
        ("ro", f"{PACT}\n\nIoana Vlad\n03.11.2025 10:20\n\n{SECOND['ro']}", ("Ioana Vlad",)),
    ],
)
def test_what_is_not_a_byline_and_what_is(language, text, expected):
    assert extract_authors(mark_bylines(parse_document(text)), language).value == expected
