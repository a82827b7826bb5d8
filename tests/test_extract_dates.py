"""Publication dates come from the top of the article, in every format, and are never guessed."""

from datetime import date

import pytest

from indexer.extract.bylines import mark_bylines
from indexer.extract.dates import extract_date, find_dates
from indexer.parse import parse_document

TODAY = date(2026, 1, 15)
BODY = (
    "Officials from both ministries signed the agreement after two days of talks, saying the "
    "first deliveries would follow within a year and that training would start soon after."
)
MORE = (
    "The navies will also exchange liaison officers.\n\nA joint exercise is planned for the "
    "autumn.\n\nBoth sides said the costs would be shared equally between the two budgets."
)


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("Feb 24, 2025", "en", date(2025, 2, 24)),
        ("24 February 2025", "en", date(2025, 2, 24)),
        ("2025-11-18", "en", date(2025, 11, 18)),
        ("Wednesday, January 31, 2024", "en", date(2024, 1, 31)),
        ("24.02.2025", "pl", date(2025, 2, 24)),
        ("6.3.2025", "de", date(2025, 3, 6)),
        ("2024.04.23", "en", date(2024, 4, 23)),
        ("9/24/2024 3:11:44 PM", "en", date(2024, 9, 24)),
        ("24th Feb, 2023", "en", date(2023, 2, 24)),
        ("07.12.23", "pl", date(2023, 12, 7)),
        ("le mardi 18 juin 2024", "fr", date(2024, 6, 18)),
        ("10/11/2025 17:15 GMT+7", "en", date(2025, 11, 10)),
        ("3/4/2025 10:00 AM", "en", date(2025, 3, 4)),
        ("10/11/2025", "fr", date(2025, 11, 10)),
        ("24 lutego 2025", "pl", date(2025, 2, 24)),
        ("17 de junio de 2019", "es", date(2019, 6, 17)),
        ("12. Februar 2024", "de", date(2024, 2, 12)),
        ("2025年2月24日", "zh", date(2025, 2, 24)),
        ("2024年07月08日（月）", "ja", date(2024, 7, 8)),
        ("2024.07.08", "ko", date(2024, 7, 8)),
        ("2025.11.14 06:00", "ko", date(2025, 11, 14)),
        ("25.11.14 06:00", "ko", date(2025, 11, 14)),  # a Korean two-digit year comes first
        ("07.04.25", "de", date(2025, 4, 7)),
        ("5th, November 2024", "en", date(2024, 11, 5)),
        ("November 5th, 2024", "en", date(2024, 11, 5)),
        ("Tuesday 5th of November 2024", "en", date(2024, 11, 5)),
        ("Пятница, 14 ноября 2025 г.", "ru", date(2025, 11, 14)),
        ("14 листопада 2025 року", "uk", date(2025, 11, 14)),
        ("14 Νοεμβρίου 2025", "el", date(2025, 11, 14)),
        ("٢٠ يناير ٢٠٢٥", "ar", date(2025, 1, 20)),
        ("12 كانون الثاني 2025", "ar", date(2025, 1, 12)),
        ("14 בנובמבר 2025", "he", date(2025, 11, 14)),
        ("१४ नवंबर २०२५", "hi", date(2025, 11, 14)),
        ("۲۳ آبان ۱۴۰۴", "fa", date(2025, 11, 14)),  # the Persian solar calendar
        ("1404/08/23", "fa", date(2025, 11, 14)),
        ("2025. november 14.", "hu", date(2025, 11, 14)),
        ("2025 m. lapkričio 14 d.", "lt", date(2025, 11, 14)),
        ("2025. gada 14. novembrī", "lv", date(2025, 11, 14)),
        ("2025 11 14", "lt", date(2025, 11, 14)),
        ("14 Kasım 2025 Cuma", "tr", date(2025, 11, 14)),
        ("Kasım 14, 2025", "tr", date(2025, 11, 14)),
        ("3 Mag 2020", "it", date(2020, 5, 3)),
        ("14. новембра 2025.", "sr", date(2025, 11, 14)),
        ("14. januarja 2025", "sl", date(2025, 1, 14)),
        ("ngày 14 tháng 11 năm 2025", "vi", date(2025, 11, 14)),
        ("14. studenoga 2025.", "hr", date(2025, 11, 14)),
        ("Thứ Sáu, 14/11/2025 10:00 (GMT+7)", "vi", date(2025, 11, 14)),
        ("Παρασκευή, 14 Νοεμβρίου 2025", "el", date(2025, 11, 14)),
        ("2025-11-14T10:00:00+09:00", "ko", date(2025, 11, 14)),
        ("16 พ.ค.2567", "th", date(2024, 5, 16)),  # the Buddhist era
        ("令和7年10月7日", "ja", date(2025, 10, 7)),  # a Japanese era
        ("14.11.2025 Friday", "en", date(2025, 11, 14)),
    ],
)
def test_formats(written, language, expected):
    assert [found[0] for found in find_dates(written, language, TODAY)] == [expected]


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("10/11/2025", "en"),  # day/month order unknown without a clue
        ("May 2025", "en"),  # no day
        ("March 3", "en"),  # no year
        ("2 days ago", "en"),
        ("Monday", "en"),
        ("31/02/2024", "fr"),  # impossible
        ("1 January 2031", "en"),  # in the future
        ("12 million euros in 2025", "en"),
        ("Thursday, 14 November 2025", "en"),  # 14 November 2025 is a Friday
        ("Четверг, 14 ноября 2025", "ru"),
        ("2025年11月14日（木）", "ja"),
        ("2025.11.14 (목)", "ko"),
        ("14 ноября", "ru"),  # no year
        ("1404/08/23", "ar"),  # a 14xx year is a Persian date only in Persian
    ],
)
def test_not_a_date(written, language):
    assert find_dates(written, language, TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"World\n24 February 2025\n\nTwo navies sign a pact\n\n{BODY}", date(2025, 2, 24)),
        (
            f"Two navies sign a pact\n\nby Jan Kowal\nMonday, March 3, 2025\n\n{BODY}",
            date(2025, 3, 3),
        ),
        (f" date 2025-11-18 {BODY}", date(2025, 11, 18)),
        (f"Two navies sign a pact\n\n{BODY}\n\nPublished: 05.06.2024, 10:15", date(2024, 6, 5)),
        (f"WARSAW, Feb 24, 2025 (PAP) - {BODY}", date(2025, 2, 24)),
        (f"By Ann Lee | Feb 24, 2025\n\nTwo navies sign a pact\n\n{BODY}", date(2025, 2, 24)),
    ],
)
def test_publication_date_from_the_top(text, expected):
    found = extract_date(parse_document(text), "en", TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Today : Feb 24, 2025\nPolitics\n\nTwo navies sign a pact\n\n{BODY}",  # widget only
        f"Two navies sign a pact\n\n{BODY} The pact was signed on February 24, 2025.",  # event
        f"On February 23rd, the ministers met.\n\n{BODY}",  # no year
        f"{BODY}\n\nThe ships arrived on 3 May 2024 at dawn. (Photo: Navy)",  # caption
        f"Two navies sign a pact\n\nPosted 2 days ago\n\n{BODY}",  # relative
        f"On Feb 24, 2025, Poland signed the deal with Korea, officials said today in Warsaw.\n\n{BODY}",
        # a clock under the text, after the copyright line, is the page's footer widget
        f"Two navies sign a pact\n\n{BODY}\n\n{MORE}\n\n© Outlet 2025\n"
        "Wednesday, October 22, 2025 4:55 PM UTC",
    ],
)
def test_never_invents_a_date(text):
    assert extract_date(parse_document(text), "en", TODAY) is None


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        (f"新华社北京2024年6月4日电 {BODY}", "zh", date(2024, 6, 4)),
        (f"本报北京6月4日电 {BODY}", "zh", None),  # no year
        (f"МОСКВА, 4 июня 2024 — {BODY}", "ru", date(2024, 6, 4)),
        # a feed running the date into its byline: "2024.06.04山田 太郎(記者)…"
        (f"2024.06.04山田 太郎(記者)両国の防衛相は会談した。{BODY}", "ja", date(2024, 6, 4)),
        (f"14.11.2025Jane Doe, staff writer. {BODY}", "en", date(2025, 11, 14)),
    ],
)
def test_datelines_in_other_scripts(paragraph, language, expected):
    found = extract_date(parse_document(f"Two navies sign a pact\n\n{paragraph}"), language, TODAY)
    assert (found.value if found else None) == expected


def test_french_dateline_with_article():
    found = extract_date(parse_document(f"Paris, le 18 juin 2024 – {BODY}"), "fr", TODAY)
    assert found is not None and found.value == date(2024, 6, 18)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a clock in another top line shows the outlet's zone
        (
            f"Two navies sign a pact\n\n04/05/2025\n\nUpdated: 09:30 GMT+7\n\n{BODY}",
            "en",
            date(2025, 5, 4),
        ),
        # another date on the page only reads day first
        (
            f"Two navies sign a pact\n\n04/05/2025\n\n{BODY}\n\nPhoto taken 28/04/2025 (Navy)",
            "en",
            date(2025, 5, 4),
        ),
        # ... or only month first
        (
            f"Two navies sign a pact\n\n04/05/2025\n\n{BODY}\n\nPhoto taken 04/28/2025 (Navy)",
            "fr",
            date(2025, 4, 5),
        ),
    ],
)
def test_day_month_order_from_the_rest_of_the_page(text, language, expected):
    found = extract_date(parse_document(text), language, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Two navies sign a pact\n\n04/05/2025\n\n{BODY}",  # English, nothing tells
        # clues that disagree
        f"Two navies sign a pact\n\n04/05/2025\n\n{BODY}\n\nPhoto 28/04/2025 and 04/28/2025 (Navy)",
    ],
)
def test_day_month_order_stays_unknown_without_a_clear_clue(text):
    assert extract_date(parse_document(text), "en", TODAY) is None


def test_place_and_date_line_under_a_standfirst():
    text = (
        "Two navies sign a pact\n\n"
        "The ministers of both countries signed the pact at a naval base on the coast. The navies "
        "will train together from next year.\n\nPor Ana Gil\nValparaíso, 3 de mayo de 2024\n\n"
        f"{BODY}"
    )
    found = extract_date(parse_document(text), "es", TODAY)
    assert found is not None and found.value == date(2024, 5, 3)


def test_an_event_line_in_the_body_is_not_a_publication_date():
    text = f"Two navies sign a pact\n\n{BODY}\n\nThe first ship arrives on 3 May 2024 in the port."
    assert extract_date(parse_document(text), "en", TODAY) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            f"Two navies sign a pact\n\nPublished: 04.06.2024\nUpdated: 05.06.2024\n\n{BODY}",
            "en",
            date(2024, 6, 4),
        ),
        (
            f"Two navies sign a pact\n\nUpdated 05.06.2024 | Published 04.06.2024\n\n{BODY}",
            "en",
            date(2024, 6, 4),
        ),
        (
            f"Флот подписал пакт\n\nОбновлено: 05.06.2024\nОпубликовано: 04.06.2024\n\n{BODY}",
            "ru",
            date(2024, 6, 4),
        ),
        (
            f"해군 협정 체결\n\n입력 2024.06.04 14:48 수정 2024.06.05 09:10\n\n{BODY}",
            "ko",
            date(2024, 6, 4),
        ),
        (
            f"海军签署协议\n\n更新时间：2024-06-05\n发布时间：2024-06-04\n\n{BODY}",
            "zh",
            date(2024, 6, 4),
        ),
        (
            f"Zwei Marinen schließen einen Pakt Stand: 04.06.2024 17:11 Uhr\n\n{BODY}",
            "de",
            date(2024, 6, 4),
        ),
    ],
)
def test_a_labelled_publication_date_wins(text, language, expected):
    found = extract_date(parse_document(text), language, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"Two navies sign a pact\n\nUpdated: 05.06.2024\n\n{BODY}", "en"),
        (f"Deux marines signent un pacte\n\nMis à jour le 05.06.2024 à 10h02\n\n{BODY}", "fr"),
        (f"Zwei Marinen schließen einen Pakt\n\nAktualisiert am 05.06.2024\n\n{BODY}", "de"),
        (f"Kaksi laivastoa sopii\n\nPäivitetty 5.6.2024 10:02\n\n{BODY}", "fi"),
        (f"해군 협정 체결\n\n수정 2024.06.05 09:10\n\n{BODY}", "ko"),
        (f"海軍が協定に署名\n\n更新日：2024年6月5日\n\n{BODY}", "ja"),
        (f"Флот подписал пакт\n\nОбновлено 5 июня 2024\n\n{BODY}", "ru"),
    ],
)
def test_an_update_time_alone_is_not_a_publication_date(text, language):
    assert extract_date(parse_document(text), language, TODAY) is None


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Сегодня: 14 ноября 2025", "ru"),
        ("오늘 2025.11.14", "ko"),
        ("今日 2025年11月14日", "ja"),
        ("Heute: 14.11.2025", "de"),
        ("Фото: Ирина Соколова, 14 ноября 2025", "ru"),
        ("Photo: navy press office, 14 November 2025", "en"),
    ],
)
def test_a_today_widget_or_photo_date_is_never_the_date(line, language):
    text = f"{line}\n\nTwo navies sign a pact\n\n{BODY}\n\n{MORE}"
    assert extract_date(parse_document(text), language, TODAY, text=text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe14 November 2025", date(2025, 11, 14)),  # glued to the byline
        ("Jane DoeNovember 14, 2025", date(2025, 11, 14)),
        ("NAVAL WIRE2025-11-14 09:30", date(2025, 11, 14)),  # glued to the outlet's name
        ("By Jane Doe | 14.11.2025 | 09:30", date(2025, 11, 14)),
        ("14 / 11 / 2025", date(2025, 11, 14)),  # spaced slashes, as some ministries print
    ],
)
def test_dates_glued_to_bylines_and_outlets(line, expected):
    text = f"Two navies sign a pact\n\n{line}\n\n{BODY}\n\n{MORE}"
    found = extract_date(parse_document(text), "en", TODAY, text=text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("海军签署协议\n\n中韩两国国防部长于2024年6月4日在首尔签署防务合作协议\n\n{body}", "zh"),
        (
            "해군 협정 체결\n\n양국 국방장관은 2024년 6월 4일 서울에서 방산 협력 협정에 서명했다\n\n{body}",
            "ko",
        ),
        ("Флот подписал пакт\n\nУчения пройдут 14 ноября 2024 года.\n\n{body}", "ru"),
    ],
)
def test_an_event_date_in_a_standfirst_is_not_the_date(text, language):
    text = text.format(body=BODY)
    assert extract_date(parse_document(text), language, TODAY, text=text) is None


def test_a_stamp_at_the_top_outranks_a_labelled_one_at_the_end():
    text = f"Two navies sign a pact\n\n04.06.2024 10:15\n\n{BODY}\n\n{MORE}\n\nPosted 09.06.2024"
    found = extract_date(parse_document(text), "de", TODAY, text=text)
    assert found is not None and found.value == date(2024, 6, 4)


def test_a_weekday_widget_above_the_headline_is_not_the_date():
    text = (
        f"Monday, 12 January 2026\n\nWorld\n\nTwo navies sign a pact\n\n4-11-2024 | 22:22\n\n{BODY}"
    )
    found = extract_date(parse_document(text), "en", TODAY, text=text)
    assert found is not None and found.value == date(2024, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the widget is the only date on the page
        ("Monday, 12 January 2026\n\nWorld\n\nTwo navies sign a pact\n\n" + BODY, None),
        # a date with no weekday over the headline is where a theme prints the post date
        ("World\n\nJanuary 12, 2026\n\nTwo navies sign a pact\n\n" + BODY, date(2026, 1, 12)),
        # under the outlet's menus, a weekday date over the headline is the post's date header
        (
            "World\n\nMonday, 12 January 2026\n\nTwo navies sign a pact\n\n" + BODY,
            date(2026, 1, 12),
        ),
        # the page's first line, in the top bar: the widget
        ("Monday, 12 January 2026\n\nTwo navies sign a pact\n\n" + BODY, None),
        # the first line, above the site's masthead (its name with its web address): the clock
        (
            "12 January 2026\n\nHarbourpost.net – News, sport\n\nMinistries sign agreement on deliveries and training\n\n"
            + BODY,
            None,
        ),
        (
            "12 January 2026\n\nwww.harbourpost.net\n\nWORLD\n\nMinistries sign agreement on deliveries and training\n\n"
            + BODY,
            None,
        ),
        # no masthead under it: a section name is no site address
        (
            "12 January 2026\n\nWORLD | DEFENCE\n\nTwo navies sign a pact\n\n" + BODY,
            date(2026, 1, 12),
        ),
    ],
)
def test_dates_above_the_headline(text, expected):
    found = extract_date(parse_document(text), "en", TODAY, text=text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an outlet's name and desk before the date and a clock time after it, in the lead
        (
            "Search\nMonday 12. January 2026 |\n\nTwo navies sign a pact\n\n"
            f"eWire - Defence 03.02.2024 21:31 {BODY}",
            "en",
            date(2024, 2, 3),
        ),
        # a dateline opening the second paragraph, under a dateless copyright line
        (
            f"Two navies sign a pact\n\nNews Agency. All rights reserved.\n\n"
            f"14.05.2023 (Wire) - {BODY}",
            "en",
            date(2023, 5, 14),
        ),
        # a short author and time stamp line under the lead, with the Hindi word for "p.m."
        (
            "नौसेनाओं ने समझौता किया\n\nदोनों देशों की नौसेनाएं अगले साल एक संयुक्त अभ्यास करेंगी और "
            "अधिकारियों का आदान-प्रदान करेंगी।\n\nSite Editor | मार्च 5, 2025 03:10 अपराह्न",
            "hi",
            date(2025, 3, 5),
        ),
    ],
)
def test_stamps_in_the_lead_and_under_it(text, language, expected):
    found = extract_date(parse_document(text), language, TODAY, text=text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        # the second paragraph's date is an event's when the first paragraph is dated prose
        f"Two navies sign a pact\n\nThe talks of 2 May 2024 went well, officials said. {BODY}"
        f"\n\n14.05.2024 - {MORE}",
        # a date and a time inside a sentence of the lead tell of an event
        f"Two navies sign a pact\n\nThe ships sailed on 03.02.2024 21:31 from the port. {BODY}",
    ],
)
def test_lead_dates_that_are_not_stamps(text):
    assert extract_date(parse_document(text), "en", TODAY, text=text) is None


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("14-08-1403", "fa", date(2024, 11, 4)),  # a Persian solar date, day first, with dashes
        ("4 de novembe de 2025", "es", date(2025, 11, 4)),  # a month name with a letter missing
        ("88120 – 04112025 – Text", "ro", date(2025, 11, 4)),  # eight digits standing alone
    ],
)
def test_compact_persian_and_misspelt_dates(written, language, expected):
    assert [found[0] for found in find_dates(written, language, TODAY)] == [expected]


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("account 04112025 of the ministry", "ro"),  # eight digits inside a sentence
        ("4 de mao de 2025", "es"),  # too short to be read as a month with a letter missing
    ],
)
def test_what_compact_and_misspelt_dates_are_not(written, language):
    assert find_dates(written, language, TODAY) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the page's weather and town over the today's-date widget: no date
        (
            f"21.5 C\n\nLisbon\n\nsábado, 3 maio, 2025\n\nTwo navies sign a pact\n\n{BODY}",
            "pt",
            None,
        ),
        # a date with its clock time glued between the headline, an outlet and the text
        (f"Two navies sign a pact NEWSDESK 04.11.2025 10:20 {BODY}", "pl", date(2025, 11, 4)),
        # a release number, the compact date and the text
        (f"Two navies sign a pact\n\n88120 – 04112025 – {BODY}", "ro", date(2025, 11, 4)),
        # a Thai paragraph opening with its date, a space after the Buddhist-era year
        (
            f"Two navies sign a pact\n\n4 พ.ย.2568 รัฐมนตรีกลาโหมเปิดเผยว่า {BODY}",
            "th",
            date(2025, 11, 4),
        ),
        # a dateline closed by a full stop and a dash
        (
            f"Two navies sign a pact\n\nLima, 4 de noviembre de 2025.- {BODY}",
            "es",
            date(2025, 11, 4),
        ),
        # a byline line that goes on to the date
        (
            f"Two navies sign a pact\n\nRina Sari , Jurnalis-Selasa, 4 November 2025 |10:20 WIB\n\n{BODY}",
            "id",
            date(2025, 11, 4),
        ),
    ],
)
def test_widgets_stamps_and_datelines(text, language, expected):
    found = extract_date(mark_bylines(parse_document(text)), language, TODAY, text=text)
    assert (found.value if found else None) == expected
