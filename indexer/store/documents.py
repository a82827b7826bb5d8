"""Turn an Article, or the stored fields of an article in another index, into a Whoosh document."""

from __future__ import annotations

import json
from collections.abc import Iterable

from indexer import fields as F
from indexer.article import Article
from indexer.extract.personkey import keyed_name
from indexer.version import extractor_version


def _joined(values: Iterable[str]) -> str:
    # Commas separate list values, so none may live inside one.
    return ",".join(v.replace(",", " ").strip() for v in values if v and v.strip())


def _evidence_json(article: Article) -> str:
    """Return the evidence of the article's facet values as compact JSON ("" when none)."""
    held = {
        "country": set(article.countries),
        "person": set(article.people),
        "date": {article.date.isoformat()} if article.date else set(),
    }
    kept = {
        facet: {value: where for value, where in found.items() if value in held.get(facet, found)}
        for facet, found in article.value_evidence.items()
    }
    kept = {facet: found for facet, found in kept.items() if found}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else ""


def article_to_document(article: Article, path: str, root: str) -> dict[str, object]:
    """Return the Whoosh document for an article read from ``path`` under ``root``."""
    doc: dict[str, object] = {
        F.ID: article.id,
        F.SOURCE_PATH: path,
        F.ROOT: root,
        F.HASH: article.content_hash,
        F.EXTRACTOR: extractor_version(),
        F.TITLE: article.title,
        F.BODY: article.text,
        F.PEOPLE_TEXT: " ".join(article.people),
        F.DATE: article.date.isoformat() if article.date else None,
        F.LANGUAGE: article.language,
        F.COUNTRIES: _joined(article.countries),
        F.PEOPLE: _joined(article.people),
        F.PERSON_NAMES: _joined(keyed_name(p) for p in article.people),
        F.AUTHORS: _joined(article.authors),
        F.TOPICS: _joined(article.topics),
        F.PAIRS: _joined(article.pairs),
        F.EQUIPMENT: _joined(article.equipment),
        F.URL: article.url,
        F.SOURCE_TEXT: article.source_text,
        F.EVIDENCE: _evidence_json(article),
    }
    if article.date:
        doc[F.DATE_NUM] = int(article.date.strftime("%Y%m%d"))
        doc[F.YEAR] = str(article.date.year)
    if article.outlet:
        doc[F.OUTLET] = _joined([article.outlet])
    # Title and body are always stored, even empty (a headline-only article): readers may
    # highlight or compare any article's body without checking that it exists.
    kept = (F.TITLE, F.BODY)
    return {key: value for key, value in doc.items() if key in kept or value not in (None, "")}


def stored_to_document(stored: dict[str, object], names: set[str]) -> dict[str, object]:
    """Return the document to add for an article's stored fields (copied from another index).

    Fields that are indexed but not stored are derived again from the stored ones.
    """
    document = {key: value for key, value in stored.items() if key in names}
    people = str(stored.get(F.PEOPLE) or "")
    if people and F.PEOPLE_TEXT in names:
        document[F.PEOPLE_TEXT] = people.replace(",", " ")
    if people and F.PERSON_NAMES in names:
        document[F.PERSON_NAMES] = _joined(keyed_name(p) for p in people.split(","))
    day = str(stored.get(F.DATE) or "")
    if day and F.DATE_NUM in names:
        document[F.DATE_NUM] = int(day.replace("-", ""))
    return document
