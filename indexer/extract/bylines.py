"""Find bylines that carry no "By": bare names under the headline, "date | name", sign-offs."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extract.tables import read_words
from indexer.parse import ParsedDoc, classify, is_byline, is_date_line

SEGMENT_RE = re.compile(r"\s+[|•·]\s+")
# Names joined in one byline: "Jane Doe and John Roe", "Jana Nováková a Petr Dvořák".
JOIN_RE = re.compile(r"\s*(?:,|&|\b(?:and|und|et|y|e|i|a|en)\b)\s*")
# Where a reporter filed from: "Jane Doe in Oslo".
PLACE_TAIL_RE = re.compile(
    r"\s+(?:in|from|aus|à|en|w|z)\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*)?$"
)
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SIGN_OFF_DASH = "—–- "
SIGN_OFF_LINES = 3  # a bare name among the body's last lines signs the article off
NAME_WORDS = (2, 3)
ROLE = "role"  # the line kind of "Staff writer", "Correspondent" in lines.tsv


def mark_bylines(doc: ParsedDoc) -> ParsedDoc:
    """Move bare name lines from the deck and the end of the body into the bylines."""
    found = [name for line in doc.header for name in byline_segments(line)]
    deck = [line for line in doc.deck if not is_name_line(line)]
    found += [line for line in doc.deck if is_name_line(line)]
    tail_at = max(0, len(doc.body) - SIGN_OFF_LINES)
    tail = [line for line in doc.body[tail_at:] if is_name_line(line.lstrip(SIGN_OFF_DASH))]
    found += [line.lstrip(SIGN_OFF_DASH) for line in tail]
    if not found:
        return doc
    body = doc.body[:tail_at] + tuple(line for line in doc.body[tail_at:] if line not in tail)
    return replace(doc, deck=tuple(deck), body=body, bylines=doc.bylines + tuple(found))


def byline_segments(line: str) -> list[str]:
    """Return the byline parts of a segmented line ("12.03.2024 | Jane Doe", "Jane Doe | Editor")."""
    segments = SEGMENT_RE.split(line.strip())
    if len(segments) < 2:
        return []
    prefixed = [s for s in segments if classify(s) == "byline" and is_byline(s)]
    if prefixed:
        return prefixed
    names = [s for s in segments if is_name_line(s)]
    others = [s for s in segments if s not in names]
    if len(names) == 1 and all(is_date_line(s) or classify(s) == ROLE for s in others):
        return names
    return []


def is_name_line(line: str) -> bool:
    """Tell whether a line holds only names ("Jane Doe", "Jane Doe in Oslo and John Roe")."""
    parts = JOIN_RE.split(line.strip())
    return all(is_name(PLACE_TAIL_RE.sub("", part)) for part in parts)


def is_name(text: str) -> bool:
    """Tell whether a text reads as one person's name: a few capitalized name-like words."""
    words = text.split()
    plain = read_words("nonname.tsv") | read_words("roles.tsv")
    return NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(
        NAME_WORD_RE.fullmatch(word)
        and word[0].isupper()
        and not word.isupper()
        and word.casefold() not in plain
        for word in words
    )
