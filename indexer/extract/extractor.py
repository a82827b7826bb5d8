"""Turn a RawDocument into an Article: parse it, then one pure function per field."""

from __future__ import annotations

from pathlib import PurePath

from indexer.article import Article, article_id
from indexer.document import RawDocument
from indexer.extract.authors import extract_authors
from indexer.extract.bylines import mark_bylines
from indexer.extract.countries import extract_countries
from indexer.extract.dates import extract_date
from indexer.extract.equipment import extract_equipment
from indexer.extract.evidence import value_evidence
from indexer.extract.found import Found
from indexer.extract.language import extract_language
from indexer.extract.outlet import extract_outlet
from indexer.extract.pairs import extract_pairs
from indexer.extract.people import extract_people
from indexer.extract.titles import extract_title
from indexer.extract.topics import extract_topics
from indexer.parse import parse_document

__all__ = ["extract_article"]

EVIDENCE_CHARS = 300


def extract_article(raw: RawDocument, explain: bool = False) -> Article:
    """Extract every field of an article; metadata stated by the container wins."""
    meta = raw.meta
    doc = mark_bylines(parse_document(raw.text, title=meta.title))
    title = extract_title(doc) or Found(PurePath(raw.source.split("#")[0]).stem, "file name")
    paragraphs = doc.deck + doc.body
    language = (
        Found(meta.language, "metadata")
        if meta.language
        else extract_language(title.value, paragraphs)
    )
    lang = language.value
    date = Found(meta.date, "metadata") if meta.date else extract_date(doc, lang, text=raw.text)
    authors = Found(meta.authors, "metadata") if meta.authors else extract_authors(doc, lang)
    countries = (
        Found(meta.countries, "metadata")
        if meta.countries is not None
        else extract_countries(doc.content, lang)
    )
    people = (
        Found(meta.people, "metadata")
        if meta.people is not None
        else extract_people(doc.content, lang, exclude=authors.value)
    )
    topics = (
        Found(meta.topics, "metadata")
        if meta.topics is not None
        else extract_topics(title.value, paragraphs, lang)
    )
    pairs = (
        Found(meta.pairs, "metadata")
        if meta.pairs is not None
        else extract_pairs(title.value, paragraphs, lang, countries.value)
    )
    equipment = (
        Found(meta.equipment, "metadata")
        if meta.equipment is not None
        else extract_equipment(title.value, paragraphs)
    )
    outlet = Found(meta.outlet, "metadata") if meta.outlet else extract_outlet(doc)
    found: dict[str, Found[object] | None] = {
        "title": title,
        "date": date,
        "language": language,
        "countries": countries,
        "people": people,
        "authors": authors,
        "topics": topics,
        "pairs": pairs,
        "equipment": equipment,
        "outlet": outlet,
    }
    return Article(
        id=raw.id or article_id(raw.source),
        source=raw.source,
        title=title.value,
        text=doc.text,
        date=date.value if date else None,
        language=lang,
        countries=countries.value,
        people=people.value,
        authors=authors.value,
        topics=topics.value,
        pairs=pairs.value,
        equipment=equipment.value,
        outlet=outlet.value if outlet else None,
        url=meta.url,
        content_hash=raw.content_hash,
        source_text=raw.text,
        evidence=_evidence(found) if explain else {},
        value_evidence=value_evidence(doc.text, title.value, found),
        notes=tuple(f"{raw.source}: {problem}" for problem in meta.problems),
    )


def _evidence(found: dict[str, Found[object] | None]) -> dict[str, str]:
    """Return each field's evidence, shortened for printing."""
    return {
        field: f.evidence
        if len(f.evidence) <= EVIDENCE_CHARS
        else f.evidence[:EVIDENCE_CHARS] + "…"
        for field, f in found.items()
        if f and f.evidence
    }
