"""Fields a JSON Lines record already carries from an upstream pipeline, validated.

A valid value is kept instead of being extracted (it is also much faster); an invalid one is
reported and the field is extracted as if it had not been given.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pycountry

from indexer.fields import TOPIC_SLUGS
from indexer.textcheck import checked_text

MAX_NAME_CHARS = 200
MAX_VALUES = 200


@cache
def country_codes() -> frozenset[str]:
    """Return every ISO 3166-1 alpha-2 code."""
    return frozenset(country.alpha_2 for country in pycountry.countries)


@cache
def language_codes() -> frozenset[str]:
    """Return every ISO 639-1 code, and `und`."""
    codes = {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    return frozenset(codes | {"und"})


def _country(value: str) -> bool:
    return value in country_codes()


def _topic(value: str) -> bool:
    return value in TOPIC_SLUGS


def _pair(value: str) -> bool:
    first, dash, second = value.partition("-")
    return bool(dash) and first < second and _country(first) and _country(second)


def _name(value: str) -> bool:
    if not value.strip() or len(value) > MAX_NAME_CHARS:
        return False
    try:
        return checked_text(value, "") == value
    except Exception:
        return False


# Key → the check each listed value must pass.
LIST_KEYS: dict[str, Callable[[str], bool]] = {
    "countries": _country,
    "people": _name,
    "topics": _topic,
    "pairs": _pair,  # two ISO codes, sorted, joined by a hyphen: "KR-PL"
    "equipment": _name,
}


def trusted_fields(record: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    """Return the valid upstream fields of a record and a problem line for each invalid one."""
    kept: dict[str, object] = {}
    problems: list[str] = []
    for key, valid in LIST_KEYS.items():
        if key not in record:
            continue
        values = record[key]
        if (
            isinstance(values, list)
            and len(values) <= MAX_VALUES
            and all(isinstance(v, str) and valid(v) for v in values)
        ):
            kept[key] = tuple(dict.fromkeys(values))
        else:
            problems.append(f"invalid '{key}' {str(values)[:80]!r}: extracted instead")
    if "language" in record:
        language = record["language"]
        if isinstance(language, str) and language in language_codes():
            kept["language"] = language
        else:
            problems.append(f"invalid 'language' {str(language)[:20]!r}: extracted instead")
    return kept, problems
