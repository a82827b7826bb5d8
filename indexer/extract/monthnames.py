"""Month and weekday names in every language dateparser knows, read once from its CLDR tables."""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from indexer.extract.data import dates as rules

TABLES = "dateparser.data.date_translation_data"
MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()
ROMAN = re.compile(r"^[ivxlc]+$")
# Letters written two ways: Arabic and Persian yeh and kaf ("ارديبهشت" is "اردیبهشت").
# Dots and apostrophes are dropped too ("พ.ค." is "พค", "sept." is "sept").
SAME_LETTER = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": "", ".": "", "'": "", "’": ""}
)
MIN_SHARED_LETTERS = 4  # a name borrowed from another language's table must be this long
MIN_MISSPELT_LETTERS = 4  # a name read with a letter missing is longer than this


@dataclass(frozen=True)
class Month:
    """A month a name stands for, and the calendar it belongs to."""

    number: int
    calendar: str = "gregorian"  # or "jalali" (the Persian solar year)


def name_key(word: str) -> str:
    """Return the look-up form of a name: case folded, marks and dots dropped."""
    folded = unicodedata.normalize("NFD", word.casefold().translate(SAME_LETTER))
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
    )


def _usable(name: str) -> bool:
    """Tell whether a table entry is a word name (not "1月", a roman numeral or a Latin letter)."""
    key = name_key(name)
    shortest = 2 if key.isascii() else 1  # "금", "金" are weekdays; "m" is not
    return len(key) >= shortest and not any(c.isdigit() for c in key) and not ROMAN.match(key)


@cache
def _table(language: str) -> dict[str, object]:
    """Return dateparser's translation table of a language, or an empty one."""
    language = rules.LANGUAGE_TABLES.get(language, language)
    base = language.split("-")[0]
    for name in (language.replace("-", "_"), base):
        try:
            return importlib.import_module(f"{TABLES}.{name}").info
        except ModuleNotFoundError:
            continue
    return {}


def _names(info: dict[str, object], keys: list[str]) -> dict[str, int]:
    """Return name -> number (1-based) for the given keys of a table and its locale variants."""
    found: dict[str, int] = {}
    variants = [info, *dict(info.get("locale_specific", {})).values()]
    for table in variants:
        for number, key in enumerate(keys, 1):
            for name in table.get(key, ()):
                if _usable(name):
                    found.setdefault(name_key(name), number)
    return found


@cache
def months(language: str) -> dict[str, Month]:
    """Return the month names of a language (English ones too), keyed by name_key."""
    found = {k: Month(n) for k, n in _names(_table("en"), MONTH_KEYS).items()}
    found.update({k: Month(n) for k, n in _names(_table(language), MONTH_KEYS).items()})
    for calendar, names in rules.EXTRA_MONTHS.get(language, {}).items():
        found.update({name_key(name): Month(n, calendar) for name, n in names})
    return found


@cache
def weekdays(language: str) -> dict[str, int]:
    """Return the weekday names of a language and English, keyed by name_key, Monday = 0."""
    found = {k: n - 1 for k, n in _names(_table("en"), WEEKDAY_KEYS).items()}
    found.update({k: n - 1 for k, n in _names(_table(language), WEEKDAY_KEYS).items()})
    return found


@cache
def shared_months() -> dict[str, Month]:
    """Return the long month names of all languages that mean the same month everywhere."""
    seen: dict[str, set[int]] = {}
    package = importlib.import_module(TABLES)
    for module in pkgutil.iter_modules(package.__path__):
        for key, number in _names(_table(module.name), MONTH_KEYS).items():
            if len(key) >= MIN_SHARED_LETTERS:
                seen.setdefault(key, set()).add(number)
    for calendars in rules.EXTRA_MONTHS.values():
        for name, number in calendars.get("gregorian", ()):
            seen.setdefault(name_key(name), set()).add(number)
    return {key: Month(numbers.pop()) for key, numbers in seen.items() if len(numbers) == 1}


def month_of(word: str, language: str) -> Month | None:
    """Return the month a word names in the language, English, or any language unambiguously;
    a long name with one letter dropped ("mazo" for "marzo") is read in the language too."""
    key = name_key(word)
    return months(language).get(key) or shared_months().get(key) or misspelt(language).get(key)


@cache
def misspelt(language: str) -> dict[str, Month]:
    """Return the language's long month names each with one letter dropped, when that reads
    as one month only and as no other month or weekday name."""
    names = months(language)
    seen: dict[str, set[Month]] = {}
    for key, month in names.items():
        if len(key) > MIN_MISSPELT_LETTERS:
            for at in range(len(key)):
                seen.setdefault(key[:at] + key[at + 1 :], set()).add(month)
    taken = names.keys() | shared_months().keys() | weekdays(language).keys()
    return {k: v.pop() for k, v in seen.items() if len(v) == 1 and k not in taken}


def weekday_of(word: str, language: str) -> int | None:
    """Return the weekday (Monday = 0) a word names in the language or English, or None."""
    return weekdays(language).get(name_key(word))


@cache
def date_order(language: str) -> str:
    """Return the language's numeric date order ("DMY", "MDY", "YMD") from dateparser."""
    return str(_table(language).get("date_order", "DMY"))
