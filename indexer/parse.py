"""Split one document's text into header, headline, byline, body and trailer; drop site chrome."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from indexer.headline import choose_headline, word_count
from indexer.lines import (
    BYLINE_CHARS,
    LEADING_DATE_RE,
    classify,
    ends_sentence,
    is_byline,
    is_date_line,
    is_prose,
    is_title_like,
    line_rules,
)

__all__ = ["BYLINE_CHARS", "ParsedDoc", "classify", "is_byline", "is_date_line", "is_prose"]

# How many lines from the top may hold the headline and header lines.
HEADER_LINES = 15
TRAILER_WORDS = 4
PRIVACY_LINES = 3  # a privacy notice above a consent button is at most this long
# A site menu above the body: at least MENU_RUN lines in a row of short items ("World", "Sport").
MENU_RUN = 8
MENU_ITEM_CHARS = 30
MENU_ITEM_WORDS = 3
# A related-links block: a label of at most CUT_WORDS words, then LINK_LINES teaser lines at
# most LINK_CHARS long (headlines, not paragraphs).
CUT_WORDS = 8
LINK_CHARS = 160
LINK_LINES = 2
WRAP_WIDTH = 100
CAPITAL_LETTERS = 8  # a row with this many letters, all capitals, is a menu or masthead


@dataclass(frozen=True)
class ParsedDoc:
    """A document split into the parts extraction looks at."""

    headline: str | None = None
    header: tuple[str, ...] = ()  # short lines around the headline: section names, date lines
    deck: tuple[str, ...] = ()  # sub-headlines and standfirst under the headline
    bylines: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # "Published: <date>" lines, wherever they stood
    body: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    trailer: tuple[str, ...] = ()  # copyright and outlet lines after the body
    updated: tuple[str, ...] = ()  # "Updated: <date>" lines, never publication evidence

    @property
    def text(self) -> str:
        """Return the cleaned article text: deck and body paragraphs."""
        return "\n\n".join(self.deck + self.body)

    @property
    def content(self) -> tuple[str, ...]:
        """Return every paragraph that speaks about the subject: headline, deck, body, captions."""
        head = (self.headline,) if self.headline else ()
        return head + self.deck + self.body + self.captions


def clean_lines(text: str) -> list[str]:
    """Normalize text and return its non-empty lines, hard-wrapped paragraphs joined."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    lines: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        rows = [" ".join(row.split()) for row in block.split("\n")]
        rows = [row for row in rows if row]
        if _is_wrapped(rows):
            rows = [" ".join(rows)]
        lines.extend(rows)
    return lines


def _is_wrapped(rows: list[str]) -> bool:
    """Tell whether a block's lines are one paragraph broken at a fixed width."""
    if len(rows) < 3:
        return False
    widths = [len(row) for row in rows[:-1]]
    if not max(widths) <= WRAP_WIDTH or not min(widths) >= 0.6 * max(widths) >= 30:
        return False
    # a masthead, a menu in capitals or a date line stacked above a text is not prose
    return not any(_is_capitals(row) or is_date_line(row) for row in rows)


def _is_capitals(row: str) -> bool:
    """Tell whether a row's letters are all capitals (a menu or masthead, not prose)."""
    letters = [char for char in row if char.isalpha()]
    return len(letters) >= CAPITAL_LETTERS and all(char.isupper() for char in letters)


def dedupe(lines: list[str]) -> list[str]:
    """Drop repeated lines and lines that are a cut-off start of a later line."""
    # Sorted once, so the lines a line begins are found by bisection: linear, not quadratic,
    # on a long article.
    ordered = sorted((line, index) for index, line in enumerate(lines))
    kept: list[str] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        key = line.casefold()
        if key in seen:
            continue
        if len(line) >= 20 and _begins_a_later_line(line, index, ordered):
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _begins_a_later_line(line: str, index: int, ordered: list[tuple[str, int]]) -> bool:
    at = bisect_left(ordered, (line, -1))
    while at < len(ordered) and ordered[at][0].startswith(line):
        other, position = ordered[at]
        if position > index and other != line:
            return True
        at += 1
    return False


def parse_document(text: str, title: str | None = None) -> ParsedDoc:
    """Split decoded article text into its parts; title is a trusted headline if known."""
    parts: dict[str, list[str]] = {
        k: [] for k in ("labels", "updated", "captions", "trailer", "bylines")
    }
    lines: list[str] = []
    started = False
    anchor = None  # where the first byline or label stood among the kept lines
    source = dedupe(clean_lines(text))
    for at, line in enumerate(source):
        kind = classify(line)
        if (kind == "widget" and not is_prose(line)) or kind == "drop":
            continue
        if kind == "consent" and is_privacy(line):
            _drop_privacy_notice(lines)
            started = any(is_prose(kept) for kept in lines)
            continue
        if kind == "cut" and is_cut_label(line):
            if started and _links_follow(source, at):
                break
            continue
        if kind in ("label", "updated", "byline") and anchor is None and not started:
            anchor = len(lines)
        if kind == "label" or kind == "updated":
            parts["labels" if kind == "label" else "updated"].append(line)
            rest = _after_label(line)
            if rest is None:
                continue
            line = rest
        elif kind == "caption":
            parts["captions"].append(line)
            continue
        elif kind == "copyright":
            parts["trailer"].append(line)
            continue
        elif kind == "byline" and is_byline(line):
            parts["bylines"].append(line)
            continue
        lines.append(line)
        started = started or is_prose(line)
    return _assemble(lines, parts, title, anchor)


def is_privacy(line: str) -> bool:
    """Tell whether a line speaks of personal data, privacy or cookies."""
    return any(pattern.search(line) for kind, pattern in line_rules() if kind == "privacy")


def _drop_privacy_notice(lines: list[str]) -> None:
    """Remove the privacy notice lines that lead up to a consent button."""
    for _ in range(PRIVACY_LINES):
        if not lines or classify(lines[-1]) not in ("privacy", "consent"):
            return
        lines.pop()


def is_cut_label(line: str) -> bool:
    """Tell whether a cut line is a short block label ("Read more:"), not a sentence."""
    return len(line.split()) <= CUT_WORDS and not is_prose(line) and not ends_sentence(line)


def _links_follow(lines: list[str], at: int) -> bool:
    """Tell whether a block label is followed by short link-like lines (teaser headlines).

    An inline "Read also:" box inside an article holds one link, then the article goes on;
    only a label whose next lines are all short (or the end) closes the article."""
    following = lines[at + 1 : at + 1 + LINK_LINES]
    return all(len(line) <= LINK_CHARS and not is_prose(line) for line in following)


def _after_label(line: str) -> str | None:
    """Return the text that follows a label and its date on the same line, if it is long."""
    for kind, pattern in line_rules():
        if kind in ("label", "updated") and (match := pattern.search(line)):
            rest = line[match.end() - 1 :]
            rest = LEADING_DATE_RE.sub("", rest, count=1).strip()
            return rest if len(rest) >= 40 else None
    return None


def _assemble(
    lines: list[str], parts: dict[str, list[str]], title: str | None, anchor: int | None = None
) -> ParsedDoc:
    """Place the headline, header, deck, body and trailer among the remaining lines."""
    menus, lines, anchor = _split_menus(lines, anchor)
    body_at = next((i for i, line in enumerate(lines) if is_prose(line)), len(lines))
    body_at = min(body_at, HEADER_LINES)
    head_lines, body = lines[:body_at], lines[body_at:]
    body, trailer = _split_trailer(body)
    headline = title.strip() if title else None
    if headline:
        head_lines = [line for line in head_lines if line.casefold() != headline.casefold()]
    candidates = [
        i for i, line in enumerate(head_lines) if classify(line) != "chrome" and is_title_like(line)
    ]
    chosen = None
    if headline is None:
        anchors = [i for i, line in enumerate(head_lines) if is_date_line(line)]
        anchors += [a for a in (anchor, len(head_lines)) if a is not None and a <= len(head_lines)]
        others = [line for i, line in enumerate(head_lines) if i not in candidates] + trailer
        chosen = choose_headline(
            [head_lines[i] for i in candidates], body, candidates, min(anchors), others
        )
        headline = head_lines[candidates[chosen]] if chosen is not None else None
    # candidates above the chosen headline, or all of them when none was good enough, are chrome
    first_deck = candidates[chosen] + 1 if chosen is not None else len(head_lines)
    if title:
        first_deck = 0
    header = menus + [
        line
        for i, line in enumerate(head_lines)
        if i not in candidates or (i < first_deck and line != headline)
    ]
    deck = [head_lines[i] for i in candidates if i >= first_deck]
    return ParsedDoc(
        headline=headline,
        header=tuple(header),
        deck=tuple(deck),
        bylines=tuple(parts["bylines"]),
        labels=tuple(parts["labels"]),
        body=tuple(body),
        captions=tuple(parts["captions"]),
        trailer=tuple(parts["trailer"]) + tuple(trailer),
        updated=tuple(parts["updated"]),
    )


def _split_menus(lines: list[str], anchor: int | None) -> tuple[list[str], list[str], int | None]:
    """Take runs of menu items (many one- to three-word lines) off the lines above the body."""
    body_at = next((i for i, line in enumerate(lines) if is_prose(line)), len(lines))
    menu = [len(line) <= MENU_ITEM_CHARS and word_count(line) <= MENU_ITEM_WORDS for line in lines]
    taken: set[int] = set()
    start = 0
    for end in range(body_at + 1):
        if end < body_at and menu[end]:
            continue
        if end - start >= MENU_RUN:
            taken.update(range(start, end))
        start = end + 1
    if not taken:
        return [], lines, anchor
    if anchor is not None:
        anchor -= sum(1 for i in taken if i < anchor)
    menus = [line for i, line in enumerate(lines) if i in taken]
    return menus, [line for i, line in enumerate(lines) if i not in taken], anchor


def _split_trailer(body: list[str]) -> tuple[list[str], list[str]]:
    """Split off short lines after the last paragraph (an outlet name, a stray link)."""
    end = len(body)
    while end > 0 and _is_trailer_line(body[end - 1]):
        end -= 1
    if end == 0:
        return body, []
    return body[:end], body[end:]


def _is_trailer_line(line: str) -> bool:
    """Tell whether a line after the body is a short sign-off rather than text."""
    return len(line.split()) <= TRAILER_WORDS and not re.search(r"[.!?:]$", line)
