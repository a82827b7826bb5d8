"""Facet parameters → validated filters: selected values, any/all modes, excluded values.

    >>> parse_selection(MultiDict([("country", "pl"), ("country_mode", "all"), ("not_year", "2024")]))
    Selection(filters={'country': ('PL',)}, modes={'country': 'all'}, excluded={'year': ('2024',)})

No Whoosh here: values come out in the form the index stores them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from werkzeug.datastructures import MultiDict

from indexer.extract.equipment import canonical_equipment
from indexer.fields import FACET_FIELDS, LIST_FIELDS, TOPIC_SLUGS
from searchapp.exceptions import InvalidRequest
from searchapp.labels import (
    closest_country,
    country_code,
    fold,
    language_code,
    language_known,
    pair_value,
)

FACETS = tuple(FACET_FIELDS)  # country, year, person, topic, language, source, pair, equipment
# Facets an article can hold several values of (country, person, topic): any/all applies.
MULTI_VALUED = tuple(name for name, field in FACET_FIELDS.items() if field in LIST_FIELDS)
MODES = ("any", "all")
DEFAULT_MODE = "any"
MODE_SUFFIX = "_mode"
NOT_PREFIX = "not_"
UNDATED_YEAR = "undated"  # the year facet's value for articles without a publication date
MAX_FILTER_VALUES = 20
MAX_VALUE_CHARS = 200

_YEAR_RE = re.compile(r"^\d{4}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Selection:
    """What the facet parameters ask for: values per facet, modes that are not "any", exclusions."""

    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    modes: Mapping[str, str] = field(default_factory=dict)
    excluded: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _known_facets() -> str:
    return ", ".join(FACETS)


def normalize_filter(name: str, value: str, param: str | None = None) -> str:
    """Return a facet value in the form the index stores it, or raise InvalidRequest.

    ``param`` names the parameter in the error when it is not the facet (``not_country``).
    """
    try:
        return _normalized(name, value.strip())
    except InvalidRequest as error:
        raise InvalidRequest(
            param or name,
            error.reason,
            value.strip(),
            error.suggestion,
            error.field,
            error.choices,
        ) from None


def _normalized(name: str, value: str) -> str:
    if not value or len(value) > MAX_VALUE_CHARS:
        raise InvalidRequest(name, f"values must be 1 to {MAX_VALUE_CHARS} characters long")
    if name == "country":
        code = country_code(value)
        if code is None:
            raise InvalidRequest(name, _not_a_country(value), suggestion=closest_country(value))
        return code
    if name == "year":
        if value.lower() == UNDATED_YEAR:
            return UNDATED_YEAR
        if not _YEAR_RE.match(value):
            raise InvalidRequest(
                name, f"'{value}' is not a year; use four digits like 2024, or {UNDATED_YEAR}"
            )
    if name == "topic":
        slug = value.lower().replace(" ", "-")
        if slug not in TOPIC_SLUGS:
            raise InvalidRequest(
                name,
                f"'{value}' is not a topic",
                suggestion=closest_topic(slug),
                choices=TOPIC_SLUGS,
            )
        return slug
    if name == "pair":
        pair = pair_value(value)
        if pair is None:
            raise InvalidRequest(
                name, f"'{value}' is not a pair of countries; use two codes like KR-PL"
            )
        return pair
    if name == "equipment":  # an alias ("K2PL", "흑표") stands for its canonical name
        return canonical_equipment(value) or value
    if name == "language":
        if not _LANGUAGE_RE.match(value.lower()) or not language_known(value.lower()):
            raise InvalidRequest(
                name,
                f"'{value}' is not a language code; use a two-letter code like en, de or pl",
                suggestion=language_code(value),
            )
        return value.lower()
    return value


def _not_a_country(value: str) -> str:
    if len(value) == 2 and value.isalpha():
        return f"there is no country with the code {value.upper()}; use a code like PL or a name"
    return f"'{value}' is not a country we know; use a code like PL or a name like Poland"


def closest_topic(slug: str) -> str | None:
    """Return the topic slug a misspelt or singular one most likely means ("drone" → "drones")."""
    found = difflib.get_close_matches(slug, TOPIC_SLUGS, n=1, cutoff=0.7)
    starts = [topic for topic in TOPIC_SLUGS if topic.startswith(slug) and len(slug) >= 3]
    return found[0] if found else (starts[0] if starts else None)


def distinct(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Return values without repeats (case- and accent-insensitive), first spelling kept."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return tuple(seen.values())


def _values(param: str, name: str, raw: list[str]) -> tuple[str, ...]:
    values = [v for v in raw if v.strip()]
    if len(values) > MAX_FILTER_VALUES:
        raise InvalidRequest(param, f"at most {MAX_FILTER_VALUES} values may be given")
    return distinct([normalize_filter(name, v, param) for v in values])


def parse_filters(args: MultiDict[str, str]) -> dict[str, tuple[str, ...]]:
    """Return the facet filters: each facet's distinct selected values."""
    found = {name: _values(name, name, args.getlist(name)) for name in FACETS}
    return {name: values for name, values in found.items() if values}


def _facet_of(param: str, name: str) -> str:
    if name not in FACETS:
        raise InvalidRequest(param, f"'{name}' is not a facet; use one of {_known_facets()}")
    return name


def parse_modes(args: MultiDict[str, str]) -> dict[str, str]:
    """Return ``<facet>_mode`` choices that differ from the default "any"."""
    modes: dict[str, str] = {}
    for param in args:
        if not param.endswith(MODE_SUFFIX):
            continue
        name = _facet_of(param, param[: -len(MODE_SUFFIX)])
        given = {v.strip().lower() for v in args.getlist(param) if v.strip()}
        if not given:
            continue
        if len(given) > 1:
            raise InvalidRequest(param, "give one mode, any or all")
        mode = given.pop()
        if mode not in MODES:
            raise InvalidRequest(param, f"'{mode[:40]}' is not a mode; use any or all")
        if name not in MULTI_VALUED and mode != DEFAULT_MODE:
            raise InvalidRequest(
                param,
                f"an article has one {name}, so 'all' cannot apply; "
                f"modes apply to {', '.join(MULTI_VALUED)}",
            )
        if mode != DEFAULT_MODE:
            modes[name] = mode
    return modes


def parse_excluded(args: MultiDict[str, str]) -> dict[str, tuple[str, ...]]:
    """Return the ``not_<facet>`` values: articles holding any of them are left out."""
    excluded: dict[str, tuple[str, ...]] = {}
    for param in args:
        if not param.startswith(NOT_PREFIX):
            continue
        name = _facet_of(param, param[len(NOT_PREFIX) :])
        values = _values(param, name, args.getlist(param))
        if values:
            excluded[name] = values
    return excluded


def check_conflicts(selection: Selection) -> None:
    """Refuse a value that is both selected and excluded: nothing could match."""
    for name, values in selection.excluded.items():
        chosen = {fold(v) for v in selection.filters.get(name, ())}
        for value in values:
            if fold(value) in chosen:
                raise InvalidRequest(
                    NOT_PREFIX + name,
                    f"'{value}' is both selected ({name}={value}) and excluded "
                    f"({NOT_PREFIX}{name}={value}); remove one of them",
                )


def parse_selection(args: MultiDict[str, str]) -> Selection:
    """Return the facet filters, modes and exclusions of request arguments."""
    selection = Selection(parse_filters(args), parse_modes(args), parse_excluded(args))
    check_conflicts(selection)
    return selection
