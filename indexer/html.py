"""Read an HTML page: its main text and the metadata its markup states (via trafilatura, htmldate)."""

from __future__ import annotations

from datetime import date

import trafilatura
from htmldate import find_date

from indexer.document import DocumentMeta


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_html(html: str, source: str) -> tuple[str, DocumentMeta]:
    """Return the main text (script and style never included) and the stated metadata."""
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    extracted = extracted.as_dict() if extracted is not None else {}
    if not (extracted.get("text") or "").strip():
        return "", DocumentMeta()
    # Only markup and structured data count as a publication date, never a date guessed from
    # the running text (extensive_search finds event dates in the body).
    published = find_date(html, extensive_search=False, original_date=True)
    author = extracted.get("author") or ""
    meta = DocumentMeta(
        title=(extracted.get("title") or "").strip() or None,
        date=_parse_iso(published),
        url=extracted.get("url") or None,
        outlet=(extracted.get("sitename") or "").strip() or None,
        authors=tuple(name.strip() for name in author.split(";") if name.strip()),
    )
    return extracted["text"], meta
