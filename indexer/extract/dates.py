"""Find the publication date in the top of an article; never guess one from the body."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from indexer.extract.data import dates as rules
from indexer.extract.found import Found
from indexer.parse import ParsedDoc

NUMERIC = tuple((order, re.compile(p)) for order, p in rules.NUMERIC_PATTERNS)
PAIR = next(pattern for order, pattern in NUMERIC if order == "pair")
TEXTUAL = tuple(re.compile(p) for p in rules.TEXT_PATTERNS)
MONTH_FIRST = tuple(re.compile(p) for p in rules.MONTH_FIRST_CLUES)
DAY_FIRST = tuple(re.compile(p) for p in rules.DAY_FIRST_CLUES)
DATELINE_PREFIX = re.compile(rules.DATELINE_PREFIX)
DATELINE_AFTER = re.compile(rules.DATELINE_AFTER)
FILLER = re.compile(rules.FILLER_WORDS)
WORD = re.compile(r"[^\W\d_]{2,}")
DATELINE_REACH = 120
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
FOOTER_LINES = 2  # a time stamp among the body's last lines dates the article


def extract_date(doc: ParsedDoc, language: str, today: date | None = None) -> Found[date] | None:
    """Return the publication date stated at the top of the article, or None."""
    today = today or date.today()
    hint = page_order(doc)
    for line in doc.labels:
        if (found := first_date(line, language, today, hint)) is not None:
            return Found(found[0], line)
    for line in doc.header + doc.bylines:
        if (value := _date_line(line, language, today, hint)) is not None:
            return Found(value, line)
    if doc.body and (value := dateline_date(doc.body[0], language, today, hint)) is not None:
        return Found(value, doc.body[0][:DATELINE_REACH])
    for line in doc.body[: rules.TOP_BODY_LINES]:
        if len(line) <= rules.TOP_DATE_LINE_CHARS:
            for value, start, end in find_dates(line, language, today, hint):
                after = FILLER.sub(" ", line[end:])
                if DATELINE_PREFIX.fullmatch(line[:start]) and not WORD.search(after):
                    return Found(value, line)
    for line in doc.body[-FOOTER_LINES:] + doc.trailer:  # a time stamp standing under the text
        if (value := _time_stamp(line, language, today, hint)) is not None:
            return Found(value, line)
    for line in doc.updated:  # only an update time is shown: the best date the page states
        if (found := first_date(line, language, today, hint)) is not None:
            return Found(found[0], line)
    return None


def _date_line(line: str, language: str, today: date, hint: bool | None) -> date | None:
    """Return the date of a line that holds little but a date ("Wed, 22 Oct 2025 4:55 PM")."""
    for value, start, end in find_dates(line, language, today, hint):
        rest = FILLER.sub(" ", line[:start] + " " + line[end:])
        if len(WORD.findall(rest)) <= rules.DATE_LINE_WORDS:
            return value
    return None


def _time_stamp(line: str, language: str, today: date, hint: bool | None) -> date | None:
    """Return the date of a bare time stamp ("Wednesday, October 22, 2025 4:55 PM UTC")."""
    found = find_dates(line, language, today, hint) if CLOCK.search(line) else []
    if len(found) != 1:
        return None
    value, start, end = found[0]
    rest = CLOCK.sub(" ", FILLER.sub(" ", line[:start] + " " + line[end:]))
    return value if len(WORD.findall(rest)) <= 1 else None


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
    for value, start, end in find_dates(head, language, today, hint):
        if DATELINE_PREFIX.fullmatch(head[:start]) and DATELINE_AFTER.match(head[end:]):
            return value
        return None
    return None


def first_date(
    line: str, language: str, today: date, hint: bool | None = None
) -> tuple[date, int, int] | None:
    """Return the first date written in a line, with its span."""
    found = find_dates(line, language, today, hint)
    return found[0] if found else None


def find_dates(
    line: str, language: str, today: date, hint: bool | None = None
) -> list[tuple[date, int, int]]:
    """Return every full date in a line, in order; hint is the page's day-first habit, if known."""
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for order, pattern in NUMERIC:
        for match in pattern.finditer(line):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            value = _numeric(match, order, line, language, today, hint)
            if value is not None:
                found.append((value, match.start(), match.end()))
    for pattern in TEXTUAL:
        for match in pattern.finditer(line):
            if _overlaps(match.span(), taken):
                continue
            value = parse_text_date(match.group(), language)
            if value is not None and _plausible(value, today):
                taken.append(match.span())
                found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Tell whether a span overlaps one already used."""
    return any(span[0] < end and start < span[1] for start, end in taken)


def _numeric(
    match: re.Match[str], order: str, line: str, language: str, today: date, hint: bool | None
) -> date | None:
    """Turn a numeric match into a date, resolving day/month order; None when unsure."""
    parts = match.groupdict()
    year = _full_year(parts["y"], today)
    if order == "pair":
        first, second = int(parts["a"]), int(parts["b"])
        day_first = _day_first(first, second, line, language, hint)
        if day_first is None:
            return None
        day, month = (first, second) if day_first else (second, first)
    else:
        day, month = int(parts["d"]), int(parts["m"])
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if _plausible(value, today) else None


def _day_first(first: int, second: int, line: str, language: str, hint: bool | None) -> bool | None:
    """Decide whether "first/second" is day/month; None when nothing tells."""
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    if first == second:
        return True
    if any(p.search(line) for p in DAY_FIRST):
        return True
    if any(p.search(line) for p in MONTH_FIRST):
        return False
    if hint is not None:
        return hint
    if language in rules.MONTH_FIRST_LANGUAGES:
        return False
    if language in rules.UNSURE_ORDER_LANGUAGES:
        return None
    return True


def _full_year(text: str, today: date) -> int:
    """Return a four-digit year, reading two digits as this century unless that is future."""
    year = int(text)
    if year >= 100:
        return year
    year += 2000
    return year if year <= today.year + rules.TWO_DIGIT_YEAR_LEAD else year - 100


def _plausible(value: date, today: date) -> bool:
    """Tell whether a date can be a publication date: not before 1990, not in the future."""
    return rules.EARLIEST_YEAR <= value.year and value <= today + timedelta(days=1)


@cache
def parse_text_date(text: str, language: str) -> date | None:
    """Parse a date with a month name with dateparser, absolute forms only; None if not one."""
    import dateparser  # loaded only when a worded date is seen

    parsed = dateparser.parse(
        text, languages=_dateparser_languages(language), settings=rules.DATEPARSER_SETTINGS
    )
    return parsed.date() if isinstance(parsed, datetime) else None


def _dateparser_languages(language: str) -> list[str]:
    """Return the languages to try: the article's, if dateparser knows it, and English."""
    from dateparser.data import languages_info

    known = set(languages_info.language_order)
    return [language, "en"] if language in known and language != "en" else ["en"]
