"""The Atom feed and the CSV / JSON exports of a search."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

from flask.testing import FlaskClient

from indexer.article import Article

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_parses_and_lists_newest_first(client: FlaskClient) -> None:
    response = client.get("/feed?q=ammunition")
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles[0] == "Poland and Slovakia sign ammunition deal"
    updated = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert updated == sorted(updated, reverse=True)
    summary = entries[0].findtext(f"{ATOM}summary") or ""
    assert "<mark>ammunition</mark>" in summary  # escaped HTML inside the XML


def test_feed_escapes_article_text(client: FlaskClient) -> None:
    feed = ET.fromstring(client.get("/feed?q=cyber").data)
    title = feed.find(f"{ATOM}entry/{ATOM}title")
    assert title is not None and "<script>alert(1)</script>" in (title.text or "")


def test_feed_bad_input_is_400(client: FlaskClient) -> None:
    assert client.get("/feed?q=*x").status_code == 400


def test_csv_export_has_every_result(client: FlaskClient, articles: tuple[Article, ...]) -> None:
    response = client.get("/export.csv?country=PL&per_page=1")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    expected = {a.id for a in articles if "PL" in a.countries}
    assert {row["id"] for row in rows} == expected
    first = next(row for row in rows if row["id"] == "a01")
    assert first["countries"] == "PL; SK" and first["people"].startswith("Robert Kaliňák")
    # Excel needs the BOM to read UTF-8; links work outside the site; the name says what it is.
    assert response.data.startswith(b"\xef\xbb\xbf")
    assert first["url"] == "http://localhost/articles/a01"
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="entente-pl-\d{8}\.csv"', disposition)


def test_csv_cells_never_start_a_formula(client: FlaskClient) -> None:
    from searchapp.views.export import csv_cell

    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell(["PL", "SK"]) == "PL; SK" and csv_cell(None) == ""


def test_json_export(client: FlaskClient, articles: tuple[Article, ...]) -> None:
    data = client.get("/export.json?q=ammunition&country=PL&country=SK&page=2").json
    assert data["filters"] == {"country": ["PL", "SK"]}
    data = client.get("/export.json?q=ammunition").json
    assert data["total"] == data["exported"] == 3 and data["truncated"] is False
    assert all(a["url"].startswith("http://localhost/articles/") for a in data["articles"])
    assert {a["id"] for a in data["articles"]} == {"a01", "a03", "a10"}
    assert client.get("/export.json?sort=bad").status_code == 400


def test_feed_never_dates_an_undated_article(
    client: FlaskClient, articles: tuple[Article, ...]
) -> None:
    feed = ET.fromstring(client.get("/feed").data)
    entries = feed.findall(f"{ATOM}entry")
    ids = {entry.findtext(f"{ATOM}id", "").rsplit("/", 1)[-1] for entry in entries}
    assert ids == {a.id for a in articles if a.date}
    for entry, article in (
        (e, a) for e in entries for a in articles if e.findtext(f"{ATOM}id", "").endswith(a.id)
    ):
        assert entry.findtext(f"{ATOM}published") == f"{article.date.isoformat()}T00:00:00Z"
    assert "left out" in (feed.findtext(f"{ATOM}subtitle") or "")
    undated = ET.fromstring(client.get("/feed?year=undated").data)
    assert undated.findall(f"{ATOM}entry") == []


def test_feed_and_exports_honour_modes_and_exclusions(client: FlaskClient) -> None:
    query = "country=PL&country=SK&country_mode=all&not_language=sk"
    feed = ET.fromstring(client.get(f"/feed?{query}").data)
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Poland and Slovakia sign ammunition deal"
    ]
    assert "country_mode=all" in (feed.find(f"{ATOM}link[@rel='self']").get("href") or "")
    assert [a["id"] for a in client.get(f"/export.json?{query}").json["articles"]] == ["a01"]
    rows = list(
        csv.DictReader(io.StringIO(client.get(f"/export.csv?{query}").data.decode("utf-8-sig")))
    )
    assert [row["id"] for row in rows] == ["a01"]
    assert client.get("/export.csv?country_mode=every").status_code == 400
    assert "not a mode" in client.get("/export.json?country_mode=every").json["error"]


def test_feed_links_to_the_results_page_at_its_usual_size(client: FlaskClient) -> None:
    feed = ET.fromstring(client.get("/feed?q=ammunition").data)
    alternate = feed.find(f"{ATOM}link[@rel='alternate']")
    assert alternate is not None and alternate.get("href") == "http://localhost/?q=ammunition"
