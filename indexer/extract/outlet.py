"""Find the outlet's name when the text states it (a copyright line, an agency tag)."""

from __future__ import annotations

import re

from indexer.extract.data import outlets as rules
from indexer.extract.found import Found
from indexer.parse import ParsedDoc

PATTERNS = tuple(re.compile(p) for p in rules.OUTLET_PATTERNS)
NAME_LINE = re.compile(rules.NAME_LINE)


def extract_outlet(doc: ParsedDoc) -> Found[str] | None:
    """Return the outlet named by the article's text, or None."""
    lines = doc.body[:1] + doc.trailer
    for line in lines:
        for pattern in PATTERNS:
            if (found := pattern.search(line)) and (name := found.group("name").strip()):
                return Found(name, line)
    for line in reversed(doc.trailer):
        if NAME_LINE.match(line) and len(line.split()) <= rules.NAME_LINE_WORDS:
            return Found(line, line)
    return None
