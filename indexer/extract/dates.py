"""Find the publication date in the top of an article; never guess one from the body."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from indexer.extract.data import dates as rules
from indexer.extract.datefind import DAY_FIRST, NEVER, NUMERIC, PUBLISHED, DateHit, find_dates
from indexer.extract.found import Found
from indexer.extract.monthnames import weekday_of
from indexer.lines import filler_words
from indexer.parse import ParsedDoc, is_prose

__all__ = ["DateHit", "extract_date", "find_dates", "first_date"]

PAIR = next(pattern for order, pattern in NUMERIC if order == "pair")
DATELINE_PREFIX = re.compile(rules.DATELINE_PREFIX)
DATELINE_AFTER = re.compile(rules.DATELINE_AFTER)
CLOCK_AFTER = re.compile(rules.CLOCK_AFTER)
# Time words allowed beside the date on a date line do not count as words (date_filler.tsv).
FILLER = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(map(re.escape, filler_words()), key=len, reverse=True)) + r")\b"
)
SITE_NAME = re.compile(rules.SITE_NAME)
WORD = re.compile(r"[^\W\d_]{2,}")
DATELINE_REACH = 120
SENTENCE_END = re.compile(rf"(?:[^\W\d_]|[{rules.MARKS}]){{2}}[.!?…。！？][\"'”’»)]*\s*$")
CLOSERS = "\"'”’»)"
UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")  # Thai, Han, kana
WEEKDAY_WORD = re.compile(rf"(?<![\d\w])(?:[^\W\d_]+|[{rules.MARKS}]+)+")  # not "th" of "24th"
BRACKETED = re.compile(r"[(（]([^\W\d_])[)）]")
WEATHER = re.compile(rules.WEATHER)
FOOTER_LINES = 2  # a labelled time stamp may stand among the body's last lines


def extract_date(
    doc: ParsedDoc, language: str, today: date | None = None, text: str | None = None
) -> Found[date] | None:
    """Return the publication date the page states, or None; an update time alone is not one.

    text, the page as saved, tells which header lines stood above the headline: a date there
    is a last resort, and one on the page's first line that names a weekday or stands above the
    site's masthead is the top bar's today's-date widget.
    """
    today = today or date.today()
    hint = page_order(doc)
    above = lines_above_headline(doc, text)
    top_labels, end_labels = _labels_by_place(doc, text)
    top_stamps, end_stamps = stamp_lines(doc, top_labels, end_labels)
    if found := _labelled(top_stamps, language, today, hint):  # "Published: …", "입력 …"
        return found
    for line in top_labels:
        if (found := first_date(line, language, today, hint)) is not None:
            return Found(found.value, line)
    below = [line for line in doc.header if line not in above]
    for line in below + list(doc.bylines + doc.deck):
        if (value := _date_line(line, language, today, hint)) is not None:
            return Found(value, line)
    for index, line in enumerate(doc.body[:2]):  # a second paragraph under a dateless first
        if index and _dates(doc.body[0], language, today, hint):
            break
        if (value := dateline_date(line, language, today, hint)) is not None:
            return Found(value, line[:DATELINE_REACH])
    top = doc.body[: min(rules.TOP_DATE_ONLY_LINES, max(rules.TOP_BODY_LINES, len(doc.body) // 2))]
    for index, line in enumerate(top):  # in the top half of a short text: not a footer clock
        if len(line) <= rules.TOP_DATE_LINE_CHARS:
            for hit in _dates(line, language, today, hint):
                after = FILLER.sub(" ", line[hit.end :])
                before = line[: hit.start]
                place = index < rules.TOP_BODY_LINES and DATELINE_PREFIX.fullmatch(before)
                if (place or not WORD.search(before)) and not WORD.search(after):
                    return Found(hit.value, line)
    if found := _labelled(end_stamps, language, today, hint):  # a stamp under the text
        return found
    for line in end_labels:
        if (hit := first_date(line, language, today, hint)) is not None:
            return Found(hit.value, line)
    for index, line in enumerate(above):  # where a theme prints the post date
        if not in_top_bar(above, index) or not is_top_bar(line, above[index + 1 :], language):
            if (value := _date_line(line, language, today, hint)) is not None:
                return Found(value, line)
    return None


def in_top_bar(above: list[str], index: int) -> bool:
    """Tell whether a line above the headline stands in the page's top bar: the first line, or
    one under a weather widget (a temperature, maybe a town) among the page's first lines."""
    over = above[:index]
    return not over or (
        index < rules.TOP_BAR_LINES
        and any(map(WEATHER.search, over))
        and all(word_count(line) <= rules.TOP_BAR_WORDS for line in over)
    )


def is_top_bar(line: str, below: list[str], language: str) -> bool:
    """Tell whether the page's first line is a top bar's today's-date widget: it names a
    weekday, or the site's masthead (its name with its web address) comes under it."""
    return _names_weekday(line, language) or any(SITE_NAME.search(other) for other in below)


@lru_cache(maxsize=4)
def _flat(text: str) -> str:
    """Return the saved page as one line of NFC text, runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def lines_above_headline(doc: ParsedDoc, text: str | None) -> list[str]:
    """Return the header lines that stand above the headline in the saved page, with the
    page's first line (even if parsing dropped it) standing for itself or an empty string."""
    if not text or not doc.headline:
        return []
    flat = _flat(text)
    headline_at = flat.find(" ".join(doc.headline.split()))
    above = [line for line in doc.header if 0 <= flat.find(line) < headline_at]
    return above if above and flat.startswith(above[0]) else ["", *above]


def _names_weekday(line: str, language: str) -> bool:
    """Tell whether a line names a day of the week ("الإثنين", "Monday", "Пн", "(金)").

    A one-letter name counts only in brackets: 月 and 日 are also the month and day of a date.
    """
    words = [w for w in WEEKDAY_WORD.findall(line) if len(w) > 1] + BRACKETED.findall(line)
    return any(weekday_of(word, language) is not None for word in words)


def _labels_by_place(doc: ParsedDoc, text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split the "Published: …" lines into those above the body's first paragraph and after."""
    if not text or not doc.body:
        return doc.labels, ()
    flat = _flat(text)
    body_at = flat.find(doc.body[0])
    end = tuple(line for line in doc.labels if 0 <= body_at < flat.find(line))
    return tuple(line for line in doc.labels if line not in end), end


def stamp_lines(
    doc: ParsedDoc, top_labels: tuple[str, ...] | None = None, end_labels: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the short lines that may hold a labelled time stamp: at the top, and at the end
    (weaker: a comment's "Posted …" may stand there)."""
    top = tuple(line for line in doc.body[: rules.TOP_BODY_LINES] if not is_prose(line))
    end = tuple(line for line in doc.body[-FOOTER_LINES:] if not is_prose(line))
    head = (doc.headline,) if doc.headline else ()
    labels = doc.labels if top_labels is None else top_labels
    lines = labels + head + doc.header + doc.bylines + doc.deck + top + doc.updated
    return lines, end_labels + end + doc.trailer


def _labelled(
    lines: tuple[str, ...], language: str, today: date, hint: bool | None
) -> Found[date] | None:
    """Return the first date labelled as the publication date in the lines."""
    for line in lines:
        for hit in find_dates(line, language, today, hint):
            if hit.label == PUBLISHED:
                return Found(hit.value, line)
    return None


def _dates(line: str, language: str, today: date, hint: bool | None) -> list[DateHit]:
    """Return the dates of a line that are not update times, today's date or a photo's."""
    return [hit for hit in find_dates(line, language, today, hint) if hit.label not in NEVER]


def _date_line(line: str, language: str, today: date, hint: bool | None) -> date | None:
    """Return the date of a line that holds little but a date ("Wed, 22 Oct 2025 4:55 PM").

    A line that ends a sentence ("… on 14 November 2025 in Oslo.") tells of an event.
    """
    # searched from just before the stop (the same answer, without trying every word)
    if SENTENCE_END.search(line, max(0, len(line.rstrip().rstrip(CLOSERS)) - 3)):
        return None
    for hit in _dates(line, language, today, hint):
        rest = FILLER.sub(" ", line[: hit.start] + " " + line[hit.end :])
        if word_count(rest) <= rules.DATE_LINE_WORDS:
            return hit.value
    return None


def word_count(text: str) -> int:
    """Count the words of a text; in scripts without spaces, two letters make a word."""
    unspaced = len(UNSPACED.findall(text))
    return len(WORD.findall(UNSPACED.sub(" ", text))) + (unspaced + 1) // 2


def page_order(doc: ParsedDoc) -> bool | None:
    """Tell whether the page writes numeric dates day first, from clues outside the date's line.

    A day/month pair that only reads one way ("25/07/2025") or a time zone shows the outlet's
    habit; clues that disagree, or none, give None.
    """
    lines = doc.header + doc.labels + doc.updated + doc.bylines + doc.trailer + doc.captions
    votes: set[bool] = set()
    for line in lines + doc.body[:1]:
        for match in PAIR.finditer(line):
            first, second = int(match["a"]), int(match["b"])
            if first > 12 >= second or second > 12 >= first:
                votes.add(first > 12)
        if any(p.search(line) for p in DAY_FIRST):
            votes.add(True)
    return votes.pop() if len(votes) == 1 else None


def dateline_date(
    paragraph: str, language: str, today: date, hint: bool | None = None
) -> date | None:
    """Return the date of a dateline opening the paragraph ("WARSAW, 24 Feb 2025 (PAP) -")."""
    head = paragraph[:DATELINE_REACH]
    for hit in _dates(head, language, today, hint):
        if DATELINE_PREFIX.fullmatch(head[: hit.start]) and DATELINE_AFTER.match(head[hit.end :]):
            return hit.value
        return hit.value if glued_stamp(head, hit) else None
    return None


def glued_stamp(head: str, hit: DateHit) -> bool:
    """Tell whether a date with its clock time stands between a headline or an outlet's name
    and the text ("… Outlet 20.01.2025 18:38 The talks…"): a stamp, not an event's time
    ("sailed on 03.02.2024 21:31 from…")."""
    clock = CLOCK_AFTER.match(head[hit.end :])
    before = head[: hit.start].split()
    after = head[hit.end + clock.end() :].lstrip() if clock else ""
    return bool(clock and before and not before[-1].islower() and after[:1].isupper())


def first_date(line: str, language: str, today: date, hint: bool | None = None) -> DateHit | None:
    """Return the first date written in a line that may be a publication date."""
    return next(iter(_dates(line, language, today, hint)), None)
