"""The title is the headline, or a short one derived from the first sentence."""

import pytest

from indexer.extract.titles import derive_title, extract_title, strip_site_name
from indexer.parse import parse_document

BODY = (
    "Latvia will buy a second battery of coastal anti-ship missiles from Norway, its defence "
    "ministry said on Thursday, adding that deliveries should begin next spring."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"News Zone\nRecent News\n\nLatvia to buy more missiles\n\n{BODY}",
            "Latvia to buy more missiles",
        ),
        (
            f"Today : Jan 2, 2025\nPolitics\n\nLatvia to buy more missiles\n\n{BODY}",
            "Latvia to buy more missiles",
        ),
        (
            f"Home > World > Europe\n\nLatvia to buy more missiles\n\n{BODY}",
            "Latvia to buy more missiles",
        ),
        (f"Tarcza Wschód\n\n{BODY}", "Tarcza Wschód"),
    ],
)
def test_headline_skips_chrome(text, expected):
    assert extract_title(parse_document(text)).value == expected


def test_derived_title_when_the_article_starts_with_its_body():
    title = extract_title(parse_document(BODY)).value
    assert BODY.startswith(title.rstrip("…")) and len(title) <= 120


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Short first sentence. Then more.", "Short first sentence"),
        ("A" * 50 + " " + "b" * 50 + " " + "c" * 50, "A" * 50 + " " + "b" * 50 + "…"),
    ],
)
def test_derive_title(paragraph, expected):
    assert derive_title(paragraph) == expected


def test_trusted_title_wins():
    doc = parse_document(f"Some other line here\n\n{BODY}", title="The real headline")
    assert extract_title(doc).value == "The real headline"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Latvia to buy more missiles | Baltic Wire", "Latvia to buy more missiles"),
        ("Poland | Korea", "Poland | Korea"),
    ],
)
def test_site_name_is_stripped(title, expected):
    assert strip_site_name(title) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "OSLO, March 3 (Nordic Wire) - Norway will lease two tankers to its ally. More follows.",
            "Norway will lease two tankers to its ally",
        ),
        (
            "RIGA - Latvia has picked a new coastal radar for its navy.",
            "Latvia has picked a new coastal radar for its navy",
        ),
        (
            "BUENOS AIRES, 4 May 2024 -- The navy ordered two patrol ships.",
            "The navy ordered two patrol ships",
        ),
        ("Vilnius, 2 June 2024 (BNS) - Lithuania bought radars.", "Lithuania bought radars"),
        ("(Wire Service) - The ministry confirmed the order.", "The ministry confirmed the order"),
        (
            "UK - Japan talks ended with a joint statement on radars.",
            "UK - Japan talks ended with a joint statement on radars",
        ),
        (
            "Allies agreed - after long talks - to share radar data.",
            "Allies agreed - after long talks - to share radar data",
        ),
    ],
)
def test_derived_title_drops_the_dateline(paragraph, expected):
    assert derive_title(paragraph) == expected


HEADLINE = "Latvia to buy more coastal missiles from Norway"


@pytest.mark.parametrize(
    "chrome",
    [
        "Cookies on BalticPress LV",
        "EASTERN EVENING COURIER",
        "Sign up for the Morning Digest >>",
        "COASTAL WATCH — The blog of naval news",
        "Friday 3 May 2024 Riga 14°C",
        "Abonnez-vous à notre lettre d'information",
        "Iscriviti alla newsletter",
        "Zaloguj się | Prenumerata",
    ],
)
def test_headline_scorer_passes_over_chrome(chrome):
    text = f"{chrome}\n\n{HEADLINE}\n\nBy Anna Berzina\n\n{BODY}"
    assert extract_title(parse_document(text)).value == HEADLINE


@pytest.mark.parametrize(
    "chrome",
    ["NORTHERN MORNING HERALD", "Cookies on BalticPress LV", "Sign up for the Daily Brief >>"],
)
def test_chrome_alone_leaves_a_derived_title(chrome):
    title = extract_title(parse_document(f"{chrome}\n\n{BODY}")).value
    assert BODY.startswith(title.rstrip("…"))


def test_deck_under_the_headline_stays_the_deck():
    deck = "Deliveries of the coastal missile batteries from Norway should begin next spring"
    doc = parse_document(f"Politics\n\n{HEADLINE}\n\n{deck}\n\n{BODY}")
    assert doc.headline == HEADLINE and doc.deck == (deck,)


def test_outlet_name_repeated_in_a_menu_line_is_not_the_headline():
    outlet = "Ministry of Coastal Defence"
    body = f"The {outlet} said Latvia will buy coastal missiles from Norway. " + BODY
    text = f"{outlet}\nNews | {outlet} | 3.05.2024\n\n{HEADLINE}\n\n{body}"
    assert extract_title(parse_document(text)).value == HEADLINE


# Invented articles in scripts without spaces: the lead paragraph is prose, never the headline.
ZH_LEAD = (
    "（北京15日电）两国海军周二在南海举行为期五天的联合演习，出动驱逐舰、护卫舰和直升机，"
    "双方表示演习旨在加强海上安全合作。"
)
JA_LEAD = "防衛省は15日、両国の海上自衛隊と海軍が来月に共同訓練を実施すると発表した。訓練には護衛艦が参加する。"
TH_LEAD = (
    "กระทรวงกลาโหมแถลงว่า กองทัพเรือทั้งสองประเทศจะจัดการฝึกร่วมทางทะเลเป็นเวลาห้าวัน "
    "โดยมีเรือรบและเฮลิคอปเตอร์เข้าร่วม เพื่อเสริมสร้างความร่วมมือด้านความมั่นคงทางทะเล"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"新闻网\n\n国际\n\n两国海军举行联合演习 加强海上安全合作\n\n{ZH_LEAD}",
            "两国海军举行联合演习 加强海上安全合作",
        ),
        (
            f"报道发表\n\n海军联合演习“蓝海-2025”闭幕\n\n2025年5月15日\n\n{ZH_LEAD}",
            "海军联合演习“蓝海-2025”闭幕",
        ),
        (
            f"報道発表\n\n海上自衛隊と海軍による共同訓練の実施\n\n令和7年5月15日\n\n{JA_LEAD}",
            "海上自衛隊と海軍による共同訓練の実施",
        ),
        (
            f"วันพฤหัสบดี, 15 พฤษภาคม 2568\n\nกองทัพเรือสองประเทศจัดการฝึกร่วมทางทะเล\n\n{TH_LEAD}",
            "กองทัพเรือสองประเทศจัดการฝึกร่วมทางทะเล",
        ),
    ],
)
def test_headline_in_unspaced_scripts(text, expected):
    assert extract_title(parse_document(text)).value == expected


def test_caption_in_chinese_is_not_the_headline():
    text = f"两国海军举行联合演习\n\n图为护卫舰驶离港口。（新华社图）\n\n{ZH_LEAD}"
    doc = parse_document(text)
    assert doc.headline == "两国海军举行联合演习"
    assert doc.captions == ("图为护卫舰驶离港口。（新华社图）",)


def test_site_menu_above_the_headline_is_skipped():
    items = "Back To Top/National/Politics/Social Affairs/Defense/Business/Industry/Culture/Travel"
    menu = "\n".join(items.split("/"))
    text = f"{menu}\n\nLatvia to buy more missiles from Norway\n\nBy Ann Example\n\n{BODY}"
    assert extract_title(parse_document(text)).value == "Latvia to buy more missiles from Norway"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Latvia buys missiles - Wire Photos/Jan Example", "Latvia buys missiles"),
        ("Lettland kauft Raketen Stand: 20.05.2025 10:15 Uhr", "Lettland kauft Raketen"),
        ("Latvia buys missiles Updated: 2025-05-20 10:15", "Latvia buys missiles"),
        ("Latvia buys missiles | Baltic Wire", "Latvia buys missiles"),
        ("Latvia - Norway missile deal signed", "Latvia - Norway missile deal signed"),
        ("Latvia buys 20 missiles", "Latvia buys 20 missiles"),
    ],
)
def test_credits_and_date_stamps_leave_the_title(title, expected):
    assert strip_site_name(title) == expected


@pytest.mark.parametrize(
    ("notice", "button"),
    [
        (
            "Since 2018 the regulation on the protection of personal data applies to this service.",
            "Please accept the terms of processing of your personal data – I accept",
        ),
        (
            "Od 2018 roku obowiązują nowe przepisy o ochronie danych osobowych w naszym serwisie.",
            "Prosimy o zaakceptowanie warunków przetwarzania danych osobowych – Akceptuję",
        ),
    ],
)
def test_privacy_notice_before_the_headline_is_dropped(notice, button):
    text = f"Site Name\n\n{notice}\n\n{button}\n\nLatvia to buy more missiles\n\n{BODY}"
    doc = parse_document(text)
    assert extract_title(doc).value == "Latvia to buy more missiles"
    assert doc.body == (BODY,)


def test_personal_data_in_the_body_is_kept():
    line = "The ministry said the personal data of soldiers would be stored in the new system."
    doc = parse_document(f"Latvia to buy more missiles\n\n{BODY}\n\n{line}")
    assert doc.body == (BODY, line)


def test_a_name_and_its_year_is_a_headline():
    text = f"Verteidigungsbericht 2024\n\nÜbersicht\n\n{BODY}"
    assert extract_title(parse_document(text)).value == "Verteidigungsbericht 2024"
