"""Choose the headline, or derive a short one from the first sentence when there is none."""

from __future__ import annotations

import re
from functools import cache

from indexer.extract.data.titles import DATELINE_PATTERNS
from indexer.extract.found import Found
from indexer.extract.tables import read_tsv
from indexer.parse import ParsedDoc

MAX_CHARS = 120
SENTENCE_RE = re.compile(r"^(.+?[.!?])(?:[\"'”’)]*)(?=\s+[\"'“‘(]?[A-ZÀ-Ý0-9]|$)")
# Chinese and Japanese end a sentence with a full-width stop, no space after it.
FULL_STOP_SENTENCE_RE = re.compile(r"^(.+?)[。！？]")
# A site name after a pipe in a page title: "Headline | Outlet".
SITE_SUFFIX_RE = re.compile(r"\s+[|•]\s+[^|•]{2,60}$")
# A photo credit after a dash: "Headline - Agency/Photographer".
CREDIT_SUFFIX_RE = re.compile(r"\s+[-–—]\s+[^-–—/|]{2,40}(?:/[^-–—/|]{2,40})+$")
# A date label and its date glued to the end of a headline line: "… Stand: 20.06.2024 17:11 Uhr".
DATE_TAIL = r"\s*[:：|]?\s*\d[\d\s.:/,\-]*(?:[^\W\d_]{1,4}\.?)?\s*$"
DATELINES = tuple(re.compile(p) for p in DATELINE_PATTERNS)
MIN_LEFT = 20  # characters that must remain once a dateline is taken off


def extract_title(doc: ParsedDoc) -> Found[str] | None:
    """Return the headline, or a title derived from the first sentence, or None if no text."""
    if doc.headline:
        return Found(strip_site_name(doc.headline), "headline")
    for paragraph in doc.deck + doc.body:
        if title := derive_title(paragraph):
            return Found(title, "first sentence")
    return None


def strip_site_name(title: str) -> str:
    """Remove a trailing "| Site name", photo credit or "Updated: <date>" from a page title."""
    stripped = title.strip()
    for pattern in (_label_tail(), SITE_SUFFIX_RE, CREDIT_SUFFIX_RE):
        shorter = pattern.sub("", stripped).strip().rstrip(" ,;:-–—|")
        if len(shorter.split()) >= 3 or (shorter and not shorter.isascii() and len(shorter) >= 6):
            stripped = shorter
    return stripped


@cache
def _label_tail() -> re.Pattern[str]:
    """Return a pattern for a date label and its date at the end of a line, in every language."""
    labels = sorted({row[2] for row in read_tsv("date_labels.tsv") if row[0] != "photo"}, key=len)
    names = "|".join(r"\s+".join(map(re.escape, label.split())) for label in reversed(labels))
    return re.compile(rf"\s+(?:{names}){DATE_TAIL}", re.IGNORECASE)


def derive_title(paragraph: str) -> str:
    """Return the paragraph's first sentence, cut at a word boundary to at most MAX_CHARS."""
    paragraph = strip_dateline(" ".join(paragraph.split()))
    found = SENTENCE_RE.match(paragraph) or FULL_STOP_SENTENCE_RE.match(paragraph)
    sentence = found.group(1) if found else paragraph
    if len(sentence) <= MAX_CHARS:
        return sentence.rstrip(".")
    cut = sentence[: MAX_CHARS - 1]
    cut = (cut.rsplit(" ", 1)[0] if " " in cut[MAX_CHARS // 2 :] else cut).rstrip(",;:–—- 、，")
    return cut + "…"


def strip_dateline(paragraph: str) -> str:
    """Remove a wire dateline or credit opening a paragraph ("SEOUL, May 2 (Wire) - ")."""
    for pattern in DATELINES:
        if (found := pattern.match(paragraph)) and len(paragraph) - found.end() >= MIN_LEFT:
            return paragraph[found.end() :]
    return paragraph
