"""What the reading stage hands to extraction: decoded text plus metadata the container states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata stated by the file format itself (HTML meta tags, JSON Lines keys); trusted."""

    title: str | None = None
    date: date | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    # Fields an upstream pipeline already extracted (JSON Lines), validated; None: extract.
    language: str | None = None
    countries: tuple[str, ...] | None = None
    people: tuple[str, ...] | None = None
    topics: tuple[str, ...] | None = None
    pairs: tuple[str, ...] | None = None
    equipment: tuple[str, ...] | None = None
    # Values that were given but invalid, so the field was extracted instead.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawDocument:
    """One decoded article before extraction."""

    source: str
    text: str
    kind: str = "text"  # "text", "html" or "jsonl"
    meta: DocumentMeta = DocumentMeta()
    content_hash: str = ""
    id: str = ""  # stable: from the absolute path (plus #line), whatever spelling was given
