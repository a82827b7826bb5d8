"""What a page glues to a byline's name: a source label, a reporter word, a date."""

from __future__ import annotations

import re

from indexer.extract.data import bylines as rules

# A source label glued to the name before it: "Jane DoeSource: Agency" (the label word is checked).
GLUED_LABEL_RE = re.compile(r"(?<=[^\W\d_])([^\W\d_]+)\s*:.*$")
# A date after a sign-off name: "Jane Doe le 18/06/2024 Source Outlet", "Jane Doe, 3.5.2024".
DATED_TAIL_RE = re.compile(r",?\s+(?:[^\W\d_]{1,3}\s+)?\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b.*$")
REPORTER_SPLIT_RE = re.compile(r"[\s,\-–—]+")
# Two or three Hebrew words: a name beside a date in a segmented line ("<given> <family> |
# 3/5/2024"). Arabic and Devanagari pages put section and outlet names there too.
HEBREW_NAME_RE = re.compile(r"[\u0590-\u05ff'׳-]{2,}(?: [\u0590-\u05ff'׳-]{2,}){1,2}")


def unglued(text: str) -> str:
    """Return a line without a source label glued to the name before it ("Jane DoeSource: X")."""
    for at in (i for i in range(1, len(text)) if text[i].isupper() and text[i - 1].islower()):
        glued = GLUED_LABEL_RE.match(text, at)
        if glued and glued[1].casefold() in rules.SOURCE_LABELS:
            return text[:at]
    return text


def reporter_first(text: str) -> bool:
    """Tell whether a text opens with a reporter word ("Journalist-Monday, 3 May")."""
    words = REPORTER_SPLIT_RE.split(text.strip(), maxsplit=1)
    return words[0].casefold() in rules.REPORTER_WORDS


def undated(text: str) -> str:
    """Return a sign-off line without the date after the name ("Jane Doe le 3/5/2024 …")."""
    return DATED_TAIL_RE.sub("", text)


def hebrew_name(text: str) -> bool:
    """Tell whether a segment is two or three Hebrew words, as a name beside a date."""
    return bool(HEBREW_NAME_RE.fullmatch(text.strip()))
