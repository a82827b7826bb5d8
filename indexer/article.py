"""The one record every stage after extraction sees."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """An extracted article, ready to be indexed or printed."""

    id: str
    source: str
    title: str
    text: str
    date: date | None = None
    language: str = "und"
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    pairs: tuple[str, ...] = ()  # partner-country pairs, "KR-PL"
    equipment: tuple[str, ...] = ()  # canonical names of weapon systems
    outlet: str | None = None
    url: str | None = None
    content_hash: str = ""
    source_text: str = ""  # the decoded file (or record) as read, before any cleaning
    evidence: dict[str, str] = field(default_factory=dict, compare=False)
    # facet -> value -> what decided it: [start, end] of a sentence in ``text``, or a quote
    value_evidence: dict[str, dict[str, list[int] | str]] = field(
        default_factory=dict, compare=False
    )
    # What the reader noticed without skipping the article (an invalid upstream value).
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def year(self) -> int | None:
        """Return the publication year, or None when undated."""
        return self.date.year if self.date else None

    def to_json(self) -> dict[str, object]:
        """Return the extraction output of DESIGN.md section 3."""
        return {
            "source": self.source,
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "countries": list(self.countries),
            "people": list(self.people),
            "authors": list(self.authors),
            "topics": list(self.topics),
            "pairs": list(self.pairs),
            "equipment": list(self.equipment),
            "outlet": self.outlet,
            "url": self.url,
        }


def article_id(source: str) -> str:
    """Return a stable id for a source: the same path gives the same id on every run."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def content_hash(data: bytes) -> str:
    """Return the hash that tells whether a file changed since it was indexed."""
    return hashlib.sha256(data).hexdigest()
