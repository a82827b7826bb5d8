"""The query's matches on an article page: numbered, counted, and a bar to step through them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

# A query match as the highlighter writes it; evidence marks carry a class and are left alone.
_MATCH_RE = re.compile(r"<mark>")
MATCH_ID = "match-{}"


@dataclass(frozen=True)
class MatchBar:
    """How many times the query matches the article, and where the first match is."""

    count: int
    label: str  # "3 matches for “tank”"
    first_url: str | None  # "#match-1"; None when nothing matches
    last_url: str | None


def number_matches(parts: list[Markup], start: int = 0) -> tuple[list[Markup], int]:
    """Return the parts with every query match given an id (match-1, match-2, …), and the count."""
    count = start
    numbered = []

    def numbered_mark(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f'<mark class="match" id="{MATCH_ID.format(count)}">'

    for part in parts:
        numbered.append(Markup(_MATCH_RE.sub(numbered_mark, str(part))))
    return numbered, count - start


def match_bar(q: str, count: int) -> MatchBar | None:
    """Return the bar for ``count`` matches of ``q``; None when there is no query."""
    if not q:
        return None
    if not count:
        return MatchBar(0, f"No match for “{q}” in this article", None, None)
    noun = "match" if count == 1 else "matches"
    return MatchBar(
        count,
        f"{count} {noun} for “{q}”",
        "#" + MATCH_ID.format(1),
        "#" + MATCH_ID.format(count),
    )
