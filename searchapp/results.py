"""What a search returns, in plain dataclasses (no Whoosh here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from indexer import fields as F

SNIPPET_CHARS = 240
_PARAGRAPH_RE = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class StoredArticle:
    """The stored fields of one indexed article."""

    id: str
    title: str
    text: str
    date: str | None
    language: str
    countries: tuple[str, ...]
    people: tuple[str, ...]
    authors: tuple[str, ...]
    topics: tuple[str, ...]
    outlet: str | None
    url: str | None
    source_text: str = ""
    evidence: str = ""  # JSON: facet -> value -> [start, end] in text, or a quote
    pairs: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    source_path: str = ""  # the file it was read from, as the indexer was given it

    @classmethod
    def from_stored(cls, stored: dict[str, object]) -> StoredArticle:
        """Build from Whoosh stored fields (list fields are comma-joined)."""

        def listed(name: str) -> tuple[str, ...]:
            return tuple(v.strip() for v in str(stored.get(name) or "").split(",") if v.strip())

        return cls(
            id=str(stored[F.ID]),
            title=str(stored.get(F.TITLE) or ""),
            text=str(stored.get(F.BODY) or ""),
            date=str(stored[F.DATE]) if stored.get(F.DATE) else None,
            language=str(stored.get(F.LANGUAGE) or "und"),
            countries=listed(F.COUNTRIES),
            people=listed(F.PEOPLE),
            authors=listed(F.AUTHORS),
            topics=listed(F.TOPICS),
            outlet=str(stored[F.OUTLET]) if stored.get(F.OUTLET) else None,
            url=str(stored[F.URL]) if stored.get(F.URL) else None,
            source_text=str(stored.get(F.SOURCE_TEXT) or ""),
            evidence=str(stored.get(F.EVIDENCE) or ""),
            pairs=listed(F.PAIRS),
            equipment=listed(F.EQUIPMENT),
            source_path=str(stored.get(F.SOURCE_PATH) or ""),
        )


@dataclass(frozen=True)
class Hit:
    """One displayed result: the article and its highlighted snippet."""

    article: StoredArticle
    snippet: Markup


@dataclass(frozen=True)
class SearchResult:
    """A page of hits, the total, disjunctive facet counts and a spelling suggestion."""

    total: int
    hits: list[Hit]
    counts: dict[str, dict[str, int]]
    suggestion: str | None
    # Per facet, value -> its other spellings (a person's), for the facet filter boxes.
    aliases: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)


def split_paragraphs(text: str) -> list[str]:
    """Split text on blank lines."""
    return [p.strip() for p in _PARAGRAPH_RE.split(text) if p.strip()]


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> Markup:
    """Return the escaped start of a text, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return escape(text)
    return escape(text[:limit].rsplit(" ", 1)[0]) + Markup(" …")
