"""Patterns for deriving a title from the first paragraph when an article has no headline."""

from __future__ import annotations

# A wire dateline or credit opening the first paragraph; taken off before the first sentence is
# used as a title. "WASHINGTON, Sept 16 (Wire) - ", "CANBERRA - ", "Warsaw, 3 May 2024 (PAP) -",
# "(Reuters) - ".
DATELINE_PATTERNS: tuple[str, ...] = (
    r"^[A-ZÀ-Ý][A-ZÀ-Ý.'’ /-]+[A-ZÀ-Ý.](?:,\s*[^-–—()]{1,40}?)?\s*(?:\([^)]{1,60}\)\s*)?"
    r"\.?(?:--?|[–—:])\s+",
    r"^[A-ZÀ-Ý][\w.'’ -]{1,40}?,\s*[^-–—()]{0,30}\d[^-–—()]{0,30}?\s*(?:\([^)]{1,60}\)\s*)?"
    r"\.?(?:--?|[–—])\s+",
    r"^\([^)]{1,60}\)\s*(?:--?|[–—:])?\s+",
)
