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
