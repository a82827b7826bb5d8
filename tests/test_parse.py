"""Parsing splits an article into header, headline, byline, body and trailer."""

import textwrap

import pytest

from indexer.parse import classify, clean_lines, is_byline, is_date_line, is_prose, parse_document

BODY = (
    "The defence ministers of Norway and Estonia met in Oslo on Tuesday to discuss joint "
    "procurement of coastal missile batteries, according to a statement released after the talks."
)


def test_headline_after_chrome_and_widget():
    doc = parse_document(
        f"Today : Mar 3, 2025\nWorld\n3 March 2025\n\nEstonia and Norway plan joint buy\n\n{BODY}"
    )
    assert doc.headline == "Estonia and Norway plan joint buy"
    assert doc.header == ("World", "3 March 2025")
    assert doc.body == (BODY,)


@pytest.mark.parametrize(
    "line",
    ["Home > Defence > Procurement", "News", "Recent News", "Politik"],
)
def test_chrome_is_never_the_headline(line):
    doc = parse_document(f"{line}\n\nEstonia and Norway plan joint buy\n\n{BODY}")
    assert doc.headline == "Estonia and Norway plan joint buy"


@pytest.mark.parametrize(
    "marker",
    ["You will be interested", "Related articles", "Read more", "Czytaj także", "Lire aussi"],
)
def test_sidebar_after_the_body_is_cut(marker):
    doc = parse_document(f"Headline words here\n\n{BODY}\n\n{marker}\n\nAnother story entirely")
    assert doc.body == (BODY,)


def test_copyright_and_outlet_line_go_to_the_trailer():
    doc = parse_document(f"{BODY}\n\n© 2024 Baltic Wire. All rights reserved.\n\nBaltic Wire")
    assert doc.body == (BODY,)
    assert doc.trailer == ("© 2024 Baltic Wire. All rights reserved.", "Baltic Wire")


def test_captions_are_kept_apart():
    caption = "Soldiers unload crates at the port on May 2. (Photo: J. Doe)"
    doc = parse_document(f"{BODY}\n\n{caption}")
    assert doc.captions == (caption,)
    assert caption not in doc.text


def test_label_line_with_text_keeps_the_text_as_body():
    doc = parse_document(f" date 2024-05-06 {BODY}")
    assert doc.labels and doc.labels[0].startswith("date 2024-05-06")
    assert doc.body == (BODY,)


def test_repeated_headline_and_cut_teaser_are_dropped():
    doc = parse_document(f"Big news today again\n\nBig news today again\n\n{BODY[:40]}\n\n{BODY}")
    assert doc.headline == "Big news today again"
    assert doc.body == (BODY,)


def test_no_headline_when_text_starts_with_the_body():
    assert parse_document(BODY).headline is None


def test_hard_wrapped_paragraph_is_joined():
    assert clean_lines(textwrap.fill(BODY, width=72)) == [BODY]


@pytest.mark.parametrize(
    "block",
    [
        # a masthead, a menu in capitals and a time stamp stacked without blank lines
        "HARBOUR EVENING POST | Weekend Edition\nNATION   WORLD   MONEY   SPORT   OPINION\n"
        "2025/08/05 18:40 (JST)",
        "The Harbour Evening Post, weekend edition\nNATION   WORLD   MONEY   SPORT   OPINION\n"
        "and the rest of the masthead follows here",
        "The Harbour Evening Post, weekend edition\nWednesday, 5 August 2025, 18:40\n"
        "and the rest of the masthead follows here",
    ],
)
def test_stacked_header_lines_are_not_a_wrapped_paragraph(block):
    assert clean_lines(block) == [" ".join(row.split()) for row in block.split("\n")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Anna Nowak", True),
        ("by Tom Reed and Ana Lima", True),
        ("By 2030, Poland will field 1,000 tanks.", False),
        ("By the end of the year", False),
    ],
)
def test_byline_shape(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (BODY, True),
        ("Estonia and Norway plan joint buy", False),
        ("Tarcza Wschód. Rząd zapowiada umocnienie granicy", False),
    ],
)
def test_prose(line, expected):
    assert is_prose(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Data from 2024 shows that orders for artillery shells rose sharply across the region.",
        "Date 5 of the tour took the minister to three bases along the border with Belarus.",
    ],
)
def test_sentences_starting_with_date_words_stay_in_the_body(line):
    assert parse_document(f"{BODY}\n\n{line}").body == (BODY, line)


@pytest.mark.parametrize(
    "banner",
    [
        "We use some essential cookies to make this service work.",
        "This website uses cookies. By clicking 'Accept' you agree to our cookie policy.",
        "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Utilizamos cookies propias y de terceros.",
        "Utilizziamo i cookie per migliorare il sito.",
        "Este site utiliza cookies para melhorar a sua experiência.",
        "Ta strona używa plików cookie.",
        "Tento web používá k poskytování služeb soubory cookie.",
    ],
)
def test_cookie_banner_is_neither_headline_nor_body(banner):
    doc = parse_document(f"{banner}\n\nEstonia and Norway plan joint buy\n\n{BODY}\n\n{banner}")
    assert doc.headline == "Estonia and Norway plan joint buy"
    assert doc.body == (BODY,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "More on the contract came later: the ministry said the first tanks would arrive in May "
        "and that crews would train at a base near the northern border over the summer.",
        "More on this later, the spokesman told reporters before the talks resumed on Friday.",
        "Read more about the deal in the statement the two ministries published after the talks.",
        "Related talks between the navies are planned for the autumn, officials said.",
    ],
)
def test_prose_starting_like_a_block_label_is_kept(paragraph):
    closing = "Both ministers will meet again in Tallinn next spring to review the programme."
    doc = parse_document(f"Headline words here\n\n{BODY}\n\n{paragraph}\n\n{closing}")
    assert doc.body == (BODY, paragraph, closing)


@pytest.mark.parametrize(
    "marker", ["More on this story", "More from Europe", "Related", "Read more:"]
)
def test_trailing_related_links_block_is_dropped(marker):
    links = "Frigate deal signed in Oslo\n\nArmy chiefs meet in Riga"
    doc = parse_document(f"Headline words here\n\n{BODY}\n\n{marker}\n\n{links}")
    assert doc.body == (BODY,)


def test_a_block_label_before_a_paragraph_is_only_a_line():
    closing = "Both ministers will meet again in Tallinn next spring to review the programme."
    doc = parse_document(f"Headline words here\n\n{BODY}\n\nRead more\n\n{closing}")
    assert doc.body == (BODY, closing)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Опубликовано: 5 мая 2024", "label"),
        ("발행 2024.05.05 10:45", "label"),
        ("发布时间：2024-05-05 10:00", "label"),
        ("Päivitetty 5.5.2024 klo 10.45", "updated"),
        ("Обновлено 6 мая 2024", "updated"),
        ("Today : May 5, 2024", "widget"),
        ("Dziś: 5 maja 2024", "widget"),
        ("Today, the two navies began a week of drills off the coast near 3 ports.", None),
    ],
)
def test_date_label_lines_in_every_language(line, kind):
    assert classify(line) == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("poniedziałek, 5 maja 2024 r.", True),
        ("Опубликовано: 5 мая 2024 года, понедельник", True),
        ("2024年5月5日 星期日", True),
        ("两国海军举行“蓝海-2024”联合演习", False),
        ("Navies of two countries hold drills in 2024", False),
    ],
)
def test_date_lines_in_every_language(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    "marker", ["Читайте также", "관련기사", "関連記事", "相关新闻", "Lees ook"]
)
def test_related_links_labels_in_other_languages(marker):
    links = "Frigate deal signed in Oslo\n\nArmy chiefs meet in Riga"
    doc = parse_document(f"Headline words here\n\n{BODY}\n\n{marker}\n\n{links}")
    assert doc.body == (BODY,)


@pytest.mark.parametrize(
    "caption",
    [
        "Ministers at the harbour. Photo: Ann Example",
        "Міністри в порту. Фото: Міністерство",
        "Bộ trưởng tại cảng - Ảnh: AN NGUYEN",
    ],
)
def test_photo_credit_lines_are_captions(caption):
    doc = parse_document(f"Headline words here\n\n{caption}\n\n{BODY}")
    assert doc.captions == (caption,)
    assert doc.body == (BODY,)


def test_an_inline_read_also_box_does_not_end_the_article():
    middle = "Both navies will train together"
    closing = "The drills will include mine clearance off the coast, the ministry said on Monday."
    text = f"Headline words here\n\n{BODY}\n\nRead also:\n\n{middle}\n\n{closing}"
    assert parse_document(text).body == (BODY, middle, closing)


@pytest.mark.parametrize(
    "line",
    [
        "Today 5 soldiers were hurt in an attack near the border crossing, officials said.",
        "La col·laboració entre les dues marines inclou intel·ligència i formació conjunta al "
        "port, segons el ministeri, que preveu exercicis paral·lels l'any vinent amb vaixells de "
        "tots dos països i una reunió a Barcelona.",
    ],
)
def test_prose_that_looks_like_a_widget_or_a_menu_is_kept(line):
    doc = parse_document(f"Headline words here\n\n{line}\n\n{BODY}")
    assert doc.body == (line, BODY)
