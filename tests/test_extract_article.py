"""extract_article builds the Article; container metadata wins over the text."""

from datetime import date

from indexer.article import article_id
from indexer.document import DocumentMeta, RawDocument
from indexer.extract import extract_article

TEXT = """World
12 March 2024

Norway and Poland agree on submarine training

Norway and Poland agreed on Tuesday to train submarine crews together, Defence Minister Ola Berg
said after talks in Oslo with his Polish counterpart.

By Kari Dahl

© 2024 Fjord Defence News"""


def test_every_field_from_plain_text():
    article = extract_article(RawDocument(source="a/b.txt", text=TEXT, content_hash="h1"))
    assert article.id == article_id("a/b.txt")
    assert article.title == "Norway and Poland agree on submarine training"
    assert article.date == date(2024, 3, 12)
    assert article.language == "en"
    assert article.countries == ("NO", "PL")
    assert article.people == ("Ola Berg",)
    assert article.authors == ("Kari Dahl",)
    assert {"naval", "training"} <= set(article.topics)
    assert article.outlet == "Fjord Defence News"
    assert article.content_hash == "h1"
    assert article.text.startswith("Norway and Poland agreed")
    assert "Fjord" not in article.text and article.evidence == {}


def test_metadata_wins_and_explain_fills_evidence():
    meta = DocumentMeta(
        title="Meta title",
        date=date(2020, 1, 2),
        url="https://example.org/x",
        outlet="Meta News",
        authors=("Meta Author",),
    )
    raw = RawDocument(source="x.html", text=TEXT, kind="html", meta=meta)
    article = extract_article(raw, explain=True)
    assert (article.title, article.date, article.outlet, article.authors, article.url) == (
        "Meta title",
        date(2020, 1, 2),
        "Meta News",
        ("Meta Author",),
        "https://example.org/x",
    )
    assert article.evidence["date"] == "metadata"
    assert "NO" in article.evidence["countries"]


def test_empty_text_still_gives_an_article():
    article = extract_article(RawDocument(source="dir/empty.txt", text=""))
    assert article.title == "empty" and article.date is None and article.language == "und"
