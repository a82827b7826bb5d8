"""Date patterns: which strings may be a date, and how their numbers are ordered."""

from __future__ import annotations

# Each pattern finds one candidate; named groups y/m/d (or a/b for an ambiguous pair) give its
# parts. order: "ymd" and "dmy" are certain; "pair" is day/month or month/day, decided later;
# "text" has a month name and goes to dateparser.
NUMERIC_PATTERNS: tuple[tuple[str, str], ...] = (
    ("ymd", r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})(?![\d])"),
    ("ymd", r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
    ("dmy", r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d]|\.\d)"),
    ("dmy", r"(?<![\d-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![\d])"),
    ("pair", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
)

# A day, a word (the month, checked by dateparser) and a year, in either order.
TEXT_PATTERNS: tuple[str, ...] = (
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er|e|\.|º|°)?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d)",
    r"(?<![^\W\d_])[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)",
    r"(?<!\d)(?:19|20)\d\d\.?\s+[^\W\d_]{3,}\.?\s+\d{1,2}\.?(?!\d)",
)

# Clues, found on the same line, for a numeric day/month pair.
MONTH_FIRST_CLUES: tuple[str, ...] = (r"\b[AP]\.?M\.?\b", r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")
DAY_FIRST_CLUES: tuple[str, ...] = (
    r"\b(?:GMT|UTC)\s*\+\s*\d",
    r"\b(?:CET|CEST|BST|EET|EEST|MSK|IST|ICT|KST|JST|WIB|SGT|AEST|AEDT)\b",
    r"\d{1,2}[.:]\d\d\s*(?:h|Uhr)\b",
)
# Languages whose writers put the month first in a numeric date.
MONTH_FIRST_LANGUAGES: frozenset[str] = frozenset()
# For English, neither order is safe without a clue (US and British writers differ).
UNSURE_ORDER_LANGUAGES: frozenset[str] = frozenset({"en", "und"})

# Two-digit years: 24 -> 2024; a year more than this many years ahead belongs to the 1900s.
TWO_DIGIT_YEAR_LEAD = 1
EARLIEST_YEAR = 1990
# A header line is a date line when, the date taken out, at most this many words are left.
DATE_LINE_WORDS = 6
# A short line among the first body lines that is only a place and a date, nothing after it ("Buenos Aires, 16 de
# abril de 2024") dates the article when a standfirst pushed it out of the header.
TOP_BODY_LINES = 3
TOP_DATE_LINE_CHARS = 60
# The first body paragraph may open with a dateline: a place, the date and a dash.
DATELINE_PREFIX = (
    r"^[\s(]*(?:\([^)]{1,40}\)\s*)?(?:[A-ZÀ-Ý][\w.'’-]*[\s,/]+){0,4}"
    r"(?:(?:le|el|il|am|den|dnia|on)\s+)?"  # "Paris, le 18 juin 2024 –"
)
DATELINE_AFTER = r"^\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:|/(]|$)"
# Weekday names and time words allowed beside the date on a date line do not count as words.
FILLER_WORDS = r"(?i)\b(?:am|pm|gmt|utc|cet|cest|est|edt|ict|kst|ist|msk|h|uhr|at|on|le|el|am|the|of|de|r)\b"

DATEPARSER_SETTINGS: dict[str, object] = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
