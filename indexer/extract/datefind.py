"""Find full dates written in one line, in any language, script and numeric order."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from indexer.extract.data import dates as rules
from indexer.extract.monthnames import date_order, month_of, weekday_of
from indexer.extract.tables import read_tsv
from indexer.regexfold import re_fold

NUMERIC = tuple((order, re.compile(p)) for order, p in rules.NUMERIC_PATTERNS)
TEXTUAL = tuple(
    re.compile(p.replace("{month}", slot))
    for slot in rules.MONTH_SLOTS
    for p in rules.TEXT_PATTERNS
)
MONTH_FIRST = tuple(re.compile(p) for p in rules.MONTH_FIRST_CLUES)
DAY_FIRST = tuple(re.compile(p) for p in rules.DAY_FIRST_CLUES)
# The words right before and after a date, where a weekday would stand ("Fri, 14 Nov", "(금)").
WORD_BEFORE = re.compile(rf"((?:[^\W\d_]|[{rules.MARKS}])+)\.?,?\s*$")
WORD_AFTER = re.compile(rf"^\s*[,(（]?\s*((?:[^\W\d_]|[{rules.MARKS}])+)")
ANY_DIGITS = re.compile(r"\d")
MIN_DIGITS = 3  # the fewest digits a full date has ("令和7年1月8日")
LABEL_REACH = 30  # a label stands at most this many characters before its date
PUBLISHED, UPDATED = "published", "updated"
NEVER = frozenset({UPDATED, "today", "photo"})  # labels of dates that are not publication dates
# Every decimal digit of every script (Arabic-Indic, Persian, Devanagari, full width...) as ASCII;
# one character for one, so that spans stay the same.
DIGITS = str.maketrans(
    {
        chr(c): str(unicodedata.digit(chr(c)))
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Nd" and not chr(c).isascii()
    }
    | {"،": ",", "٫": ".", "／": "/", "．": "."}
)


class DateHit(NamedTuple):
    """A date found in a line, its span, and the label before it ("published", "updated")."""

    value: date
    start: int
    end: int
    label: str | None = None


def find_dates(line: str, language: str, today: date, hint: bool | None = None) -> list[DateHit]:
    """Return every full date in a line, in order; hint is the page's day-first habit, if known."""
    text = line.translate(DIGITS)
    if len(ANY_DIGITS.findall(text)) < MIN_DIGITS:
        return []
    found: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in TEXTUAL:
        at = 0
        while match := pattern.search(text, at):
            value = None if _overlaps(match.span(), taken) else _worded(match, language)
            if value is not None and _plausible(value, today):
                taken.append(match.span())
                found.append(DateHit(value, *match.span()))
                at = match.end()
            else:  # not a month ("Published July 8"): look again from the next letter
                at = match.start() + 1
    for order, pattern in NUMERIC:
        for match in pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            value = _numeric(match, order, text, language, today, hint)
            if value is not None:
                found.append(DateHit(value, *match.span()))
    found.sort(key=lambda hit: hit.start)
    return [
        hit._replace(label=_label(text, hit, found[i - 1].end if i else 0))
        for i, hit in enumerate(found)
        if _weekday_agrees(text, hit, language)
    ]


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Tell whether a span overlaps one already used."""
    return any(span[0] < end and start < span[1] for start, end in taken)


def _worded(match: re.Match[str], language: str) -> date | None:
    """Turn a match with a month name into a date; None when the word is not a month."""
    month = month_of(match["mon"], language)
    if month is None:
        return None
    year, day = _era_year(int(match["y"]), language), int(match["d"])
    if (year < rules.EARLIEST_YEAR) != (month.calendar == "jalali"):
        return None
    if month.calendar == "jalali":
        return jalali_to_gregorian(year, month.number, day)
    return _make(year, month.number, day)


def _numeric(
    match: re.Match[str], order: str, line: str, language: str, today: date, hint: bool | None
) -> date | None:
    """Turn a numeric match into a date, resolving day/month order; None when unsure."""
    parts = match.groupdict()
    if order == "pair":
        first, second = int(parts["a"]), int(parts["b"])
        day_first = _day_first(first, second, line, language, hint)
        if day_first is None:
            return None
        day, month = (first, second) if day_first else (second, first)
    else:
        day, month = int(parts["d"]), int(parts["m"])
    if order == "era":
        year = rules.ERAS[parts["era"]] + (1 if parts["y"] == "元" else int(parts["y"]))
        value = _make(year, int(parts["m"]), int(parts["d"]))
        return value if value and _plausible(value, today) else None
    if order == "dmy" and len(parts["y"]) == 2 and date_order(_table_of(language)) == "YMD":
        day, parts["y"] = int(parts["y"]), parts["d"]  # "25.11.14" in Korean is 2025-11-14
    year = _era_year(int(parts["y"]), language)
    if year < 100:
        year = _full_year(year, today)
    elif year < rules.EARLIEST_YEAR:
        if language not in rules.JALALI_LANGUAGES:
            return None
        value = jalali_to_gregorian(year, month, day)
        return value if value and _plausible(value, today) else None
    value = _make(year, month, day)
    return value if value and _plausible(value, today) else None


def _era_year(year: int, language: str) -> int:
    """Return the Gregorian year of a year counted in the language's era (Thai 2567 is 2024)."""
    offset = rules.BUDDHIST_OFFSET.get(language, 0)
    return year - offset if offset and year >= rules.BUDDHIST_FROM else year


def _table_of(language: str) -> str:
    """Return the dateparser table that describes a language's habits."""
    return rules.LANGUAGE_TABLES.get(language, language)


def _make(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (31 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


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


def _full_year(year: int, today: date) -> int:
    """Return the four-digit year of a two-digit one: this century unless that is future."""
    year += 2000
    return year if year <= today.year + rules.TWO_DIGIT_YEAR_LEAD else year - 100


def _plausible(value: date, today: date) -> bool:
    """Tell whether a date can be a publication date: not before 1990, not in the future."""
    return rules.EARLIEST_YEAR <= value.year and value <= today + timedelta(days=1)


def _weekday_agrees(text: str, hit: DateHit, language: str) -> bool:
    """Tell whether a weekday written beside the date (if any) is the date's own weekday."""
    for match in (WORD_BEFORE.search(text[: hit.start]), WORD_AFTER.match(text[hit.end :])):
        if match and (weekday := weekday_of(match[1], language)) is not None:
            if weekday != hit.value.weekday():
                return False
    return True


@cache
def label_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return one pattern per label kind, each ending where its label ends.

    The patterns match text folded by re_fold (labels folded alike), so that no IGNORECASE is
    needed and each alternative begins with its first letter: the regex engine skips at once
    to the places where a label can start. The edge test (no letter before the label) comes
    after that letter, looking one character further back."""
    labels: dict[str, list[tuple[str, str]]] = {}
    for kind, _language, label in read_tsv("date_labels.tsv"):
        words = r"\s+".join(re.escape(word) for word in label.split())
        edge = "" if _unspaced(label[0]) else r"(?<![^\W\d_])"
        tail = "" if _unspaced(label[-1]) else r"(?![^\W\d_])"
        first, *others = re_fold(label).split()
        after = r"(?<![^\W\d_].)" if edge else ""
        rest = re.escape(first[1:]) + "".join(r"\s+" + re.escape(word) for word in others)
        fast = re.escape(first[0]) + after + rest + tail
        labels.setdefault(kind, []).append((edge + words + tail, fast))  # written form orders
    return tuple(
        (kind, re.compile("(?:" + "|".join(fast for _, fast in sorted(alts, key=_longest)) + ")"))
        for kind, alts in labels.items()
    )


def _longest(alternative: tuple[str, str]) -> int:
    """Sort key: longer written alternatives first, as the label regexes always tried them."""
    return -len(alternative[0])


def _unspaced(char: str) -> bool:
    """Tell whether a letter belongs to a script written without spaces (Han, kana, Hangul)."""
    return unicodedata.name(char, "").split()[0] in {"CJK", "HANGUL", "HIRAGANA", "KATAKANA"}


def _label(text: str, hit: DateHit, since: int) -> str | None:
    """Return the kind of the label nearest before a date on its line, if one stands close."""
    window_start = max(since, hit.start - LABEL_REACH)
    window = re_fold(text[window_start : hit.start])
    best: tuple[int, int, str] | None = None  # the label ending last, the longest of those
    for kind, pattern in label_patterns():
        for match in pattern.finditer(window):
            if best is None or (match.end(), -match.start()) > best[:2]:
                best = (match.end(), -match.start(), kind)
    return best[2] if best else None


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Return the Gregorian date of a Persian solar (Jalali) date; None when it does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    # days since 1 Farvardin 1 AP by the 33-year leap cycle, then counted from its Gregorian day
    days = 365 * (year - 1) + (8 * (year - 1) + 29) // 33 + day - 1
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return JALALI_EPOCH + timedelta(days=days)


JALALI_EPOCH = date(622, 3, 21)
