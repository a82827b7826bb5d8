"""Reading an article: its matches, the search it came from, its source text, and feed pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from flask.testing import FlaskClient
from markupsafe import Markup

from indexer.article import Article
from searchapp.article_context import rebased, search_context
from searchapp.matches import match_bar, number_matches
from searchapp.request import SearchRequest
from searchapp.views.feed import feed_title

ATOM = "{http://www.w3.org/2005/Atom}"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
READER_ACCEPT = "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.1"


def test_matches_are_numbered_across_title_and_text() -> None:
    (title,), in_title = number_matches([Markup("A <mark>tank</mark> deal")])
    text, in_text = number_matches(
        [
            Markup('<mark>Tanks</mark> and <mark class="evidence">x</mark>'),
            Markup("<mark>t</mark>"),
        ],
        in_title,
    )
    assert title == Markup('A <mark class="match" id="match-1">tank</mark> deal')
    assert [str(p).count('class="match"') for p in text] == [1, 1]
    assert 'id="match-3"' in text[1] and '<mark class="evidence">' in text[0]  # evidence kept
    assert (in_title, in_text) == (1, 2)


@pytest.mark.parametrize(
    ("q", "count", "label", "first"),
    [
        ("tank", 3, "3 matches for “tank”", "#match-1"),
        ("tank", 1, "1 match for “tank”", "#match-1"),
        ("tank", 0, "No match for “tank” in this article", None),
    ],
)
def test_match_bar(q: str, count: int, label: str, first: str | None) -> None:
    bar = match_bar(q, count)
    assert bar is not None and (bar.label, bar.first_url) == (label, first)


def test_no_match_bar_without_a_query() -> None:
    assert match_bar("", 4) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", "/articles/a01"),
        ("/?q=tank&country=PL", "/articles/a01?q=tank&country=PL"),
        ("/cooperation?q=x", "/cooperation?q=x"),  # not a results URL: left alone
    ],
)
def test_rebased(url: str, expected: str) -> None:
    assert rebased(url, "/articles/a01") == expected


def test_search_context_keeps_filters_as_chips_and_form_fields() -> None:
    request = SearchRequest(q="tank", filters={"country": ("PL",), "year": ("2024",)}, page=2)
    context = search_context(request, "/articles/a01")
    assert context.back == [("Back to results", "/?q=tank&country=PL&year=2024&page=2")]
    assert [(c.title, c.label) for c in context.chips] == [("Country", "Poland"), ("Year", "2024")]
    # Removing a chip keeps the reader on the article, with a narrower search behind it.
    assert context.chips[0].parts[0].remove_url == "/articles/a01?q=tank&year=2024"
    assert context.clear_url == "/articles/a01?q=tank"
    assert context.form_fields == [("country", "PL"), ("year", "2024")]
    assert search_context(None, "/articles/a01").back == []


def test_article_page_shows_matches_title_and_kept_filters(client: FlaskClient) -> None:
    html = client.get("/articles/a01?q=ammunition&country=PL&year=2025").data.decode()
    title = html.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert (
        title == 'Poland and Slovakia sign <mark class="match" id="match-1">ammunition</mark> deal'
    )
    count = len(re.findall(r'<mark class="match" id="match-\d+">', html))
    assert f"{count} matches for “ammunition”" in html and count >= 2
    assert 'href="#match-1"' in html and f'href="#match-{count}"' in html
    # A new search from the header keeps the filters, and says so with chips.
    assert '<input type="hidden" name="country" value="PL">' in html
    assert '<input type="hidden" name="year" value="2025">' in html
    assert "keeps these filters" in html and 'class="chip"' in html


def test_article_page_calls_the_outlet_an_outlet(client: FlaskClient) -> None:
    html = client.get("/articles/a01").data.decode()
    assert "<dt>Outlet</dt>" in html and "<dt>Source</dt>" not in html
    assert ">Source text</a>" in html
    assert "keeps these filters" not in html and 'type="hidden"' not in html


def test_related_links_carry_the_search(client: FlaskClient) -> None:
    html = client.get("/articles/a01?q=ammunition&country=PL").data.decode()
    related = html.split('id="related-title"', 1)[1]
    links = re.findall(r'href="(/articles/[^"]+)"', related)
    assert links and all(link.endswith("?q=ammunition&amp;country=PL") for link in links)


def test_source_page_is_html_with_the_text_escaped(
    client: FlaskClient, articles: tuple[Article, ...]
) -> None:
    response = client.get("/articles/a09/text?q=cyber&country=EE")
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    html = response.data.decode()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="/articles/a09?q=cyber&amp;country=EE"' in html  # back to the article
    assert 'href="/?q=cyber&amp;country=EE"' in html  # back to the results
    assert 'value="cyber"' in html and '<input type="hidden" name="country" value="EE">' in html
    assert 'href="/articles/a09/source" download="a09.txt"' in html
    assert '<code class="source-path">a09.txt</code>' in html  # the file's name, no folders
    raw = client.get("/articles/a09/source")
    assert raw.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert raw.data.decode() == articles[8].source_text


@pytest.mark.parametrize(
    ("args", "title"),
    [
        ({}, "Entente: newest articles"),
        ({"q": "tank"}, "Entente: “tank”"),
        (
            {"q": "tank", "filters": {"country": ("PL",), "year": ("2024",)}},
            "Entente: “tank” · Poland · 2024",
        ),
        (
            {"filters": {"country": ("PL", "CZ")}, "modes": {"country": "all"}},
            "Entente: Poland and Czechia",
        ),
        (
            {"excluded": {"language": ("sk",)}, "date_from": "2024-01-01"},
            "Entente: not Slovak · from 2024-01-01",
        ),
    ],
)
def test_feed_title_names_query_and_filters(args: dict[str, object], title: str) -> None:
    assert feed_title(SearchRequest(**args)) == title  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (None, "application/atom+xml; charset=utf-8"),
        (READER_ACCEPT, "application/atom+xml; charset=utf-8"),
        (BROWSER_ACCEPT, "application/xml; charset=utf-8"),  # the same XML, shown as a tree
    ],
)
def test_feed_is_atom_for_everyone_without_xslt(
    client: FlaskClient, accept: str | None, content_type: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.get("/feed?q=ammunition&country=PL", headers=headers)
    assert response.headers["Content-Type"] == content_type
    assert response.headers["Vary"] == "Accept"
    body = response.data.decode()
    assert "xml-stylesheet" not in body and "<html" not in body  # never a page, never XSLT
    assert body.splitlines()[1].endswith("/feed/about?q=ammunition&country=PL -->")  # people
    feed = ET.fromstring(response.data)
    assert feed.findtext(f"{ATOM}title") == "Entente: “ammunition” · Poland"
    assert client.get("/static/feed.xsl").status_code == 404


@pytest.mark.parametrize("q", ["--", "a---b", "x -->"])
def test_feed_comment_stays_well_formed(client: FlaskClient, q: str) -> None:
    ET.fromstring(client.get("/feed", query_string={"q": q}).data)


def test_feed_about_page_names_the_search_and_gives_the_address(client: FlaskClient) -> None:
    response = client.get("/feed/about?q=ammunition&country=PL")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.data.decode()
    assert '<h1 class="feed-title">Entente: “ammunition” · Poland</h1>' in html
    assert 'value="http://localhost/feed?q=ammunition&amp;country=PL"' in html  # no per_page
    assert '<link rel="alternate" type="application/atom+xml"' in html  # readers find the feed
    assert 'href="/?q=ammunition&amp;country=PL"' in html  # the results on the site
    assert html.count('class="result"') >= 1


def test_site_feed_links_lead_to_the_page_and_the_head_to_the_feed(client: FlaskClient) -> None:
    html = client.get("/?q=ammunition").data.decode()
    assert '<a href="/feed/about?q=ammunition">Atom feed</a>' in html
    assert (
        'type="application/atom+xml" title="Atom feed of this search" href="/feed?q=ammunition"'
        in html
    )
