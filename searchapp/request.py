"""Request arguments → a typed SearchRequest, through small parse_* functions (no Whoosh here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from werkzeug.datastructures import MultiDict

from searchapp.exceptions import InvalidRequest
from searchapp.filters import (  # noqa: F401 - FACETS and normalize_filter are used from here
    FACETS,
    MAX_FILTER_VALUES,
    UNDATED_YEAR,
    Selection,
    normalize_filter,
    parse_selection,
)
from searchapp.query import FIELD_ALIASES, MAX_QUERY_CHARS, Node, leaves, parse_query
from searchapp.typed import RESOLVED, Resolver, lift, resolve_selection

SORTS = ("relevance", "newest", "oldest")
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
MAX_RESULT_WINDOW = 10_000

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})-(\d{2}))?$")
EXAMPLE_VALUES = {"country": "PL", "topic": "drones", "year": "2024", "language": "de"}
_PHRASE_RE = re.compile(r'"[^"]*"')
# A field name and its colon with nothing after it: "country:" alone, or before a space.
_EMPTY_FIELD_RE = re.compile(r"(?<![\w:])[-!]?([A-Za-z_]+):(?=\s|$|\))")


@dataclass(frozen=True)
class SearchRequest:
    """Everything a search needs, validated: the query, filters, date range, order, page."""

    q: str = ""
    query: Node | None = None
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    modes: Mapping[str, str] = field(default_factory=dict)  # facet -> "all"; absent: "any"
    excluded: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str = ""
    date_to: str = ""
    sort: str = ""
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def effective_sort(self) -> str:
        """Return the order used: relevance when there is a query, newest otherwise."""
        return self.sort or ("relevance" if self.query is not None else "newest")

    @property
    def date_range(self) -> tuple[int | None, int | None]:
        """Return the inclusive date bounds as YYYYMMDD numbers."""
        low = _date_number(self.date_from, end=False) if self.date_from else None
        high = _date_number(self.date_to, end=True) if self.date_to else None
        return low, high

    @property
    def filter_key(self) -> tuple[object, ...]:
        """Return a hashable key of everything that filters: values, modes, exclusions, dates."""
        return (
            tuple(sorted(self.filters.items())),
            tuple(sorted(self.modes.items())),
            tuple(sorted(self.excluded.items())),
            self.date_range,
        )

    def mode(self, name: str) -> str:
        """Return a facet's mode: "all" (every selected value) or "any"."""
        return self.modes.get(name, "any")

    @property
    def selection(self) -> Selection:
        """Return the facet filters, modes and exclusions together."""
        return Selection(self.filters, self.modes, self.excluded)

    @property
    def offset(self) -> int:
        """Return the number of hits before this page."""
        return (self.page - 1) * self.per_page

    def with_changes(self, **changes: object) -> SearchRequest:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]


def _date_number(text: str, end: bool) -> int:
    match = _DATE_RE.match(text)
    assert match is not None  # parse_date_bound checked it
    year, month, day = match.groups()
    if month is None:
        return int(year) * 10_000 + (1231 if end else 101)
    return int(f"{year}{month}{day}")


def parse_q(value: str | None) -> tuple[str, Node | None]:
    """Return the query text and its parsed tree."""
    text = (value or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidRequest(
            "q",
            f"your search is {len(text):,} characters long and at most {MAX_QUERY_CHARS} fit; "
            "shorten it, or move countries, topics and years into the filters",
        )
    check_empty_fields(text)
    return text, parse_query(text) if text else None


def check_empty_fields(text: str) -> None:
    """Refuse a field name typed without a value (``country:`` alone), which would match text."""
    for match in _EMPTY_FIELD_RE.finditer(_PHRASE_RE.sub("_", text)):
        field = FIELD_ALIASES.get(match.group(1).lower())
        if field is not None:
            raise InvalidRequest(
                "q",
                f"'{match.group(1)}:' needs a value right after the colon, without a space; "
                f"for example {field}:{EXAMPLE_VALUES.get(field, 'drones')}",
                value="",
                field=field,
            )


def check_typed_values(query: Node | None) -> None:
    """Refuse a typed ``field:value`` whose value the facet cannot hold, with a likely one."""
    for term in leaves(query):
        field = term.field
        if field is None or field not in FACETS or field in RESOLVED or term.kind == "prefix":
            continue
        try:
            normalize_filter(field, term.text)
        except InvalidRequest as error:
            raise InvalidRequest(
                "q", error.reason, term.text, error.suggestion, field, error.choices
            ) from None


def parse_int(name: str, value: str | None, default: int, low: int, high: int) -> int:
    """Return an integer parameter between ``low`` and ``high``."""
    if value is None or value.strip() == "":
        return default
    if not (value.strip().isascii() and value.strip().isdigit()):
        raise InvalidRequest(name, f"'{value[:40]}' is not a whole number; use {low} to {high}")
    number = int(value)
    if not low <= number <= high:
        raise InvalidRequest(name, f"{number} is out of range; use {low} to {high}")
    return number


def parse_sort(value: str | None) -> str:
    """Return the sort order, or "" for the default."""
    if not value:
        return ""
    if value not in SORTS:
        raise InvalidRequest("sort", f"'{value[:40]}' is not an order; use " + ", ".join(SORTS))
    return value


def parse_date_bound(name: str, value: str | None) -> str:
    """Return a validated YYYY or YYYY-MM-DD bound, or ""."""
    text = (value or "").strip()
    if not text:
        return ""
    match = _DATE_RE.match(text)
    valid = match is not None
    if match and match.group(2):
        try:
            date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            valid = False
    if not valid:
        raise InvalidRequest(name, f"'{text[:40]}' is not a date; use YYYY-MM-DD or YYYY")
    return text


def parse_search_request(
    args: MultiDict[str, str],
    per_page_default: int = DEFAULT_PER_PAGE,
    resolve: Resolver | None = None,
) -> SearchRequest:
    """Return the SearchRequest for request arguments; raise InvalidRequest on bad input.

    Field terms typed at the top of ``q`` (``country:PL``, ``-topic:drones``) become filters;
    ``resolve`` names the stored person or outlet a typed one means (without it they stay typed).
    """
    q, query = parse_q(args.get("q"))
    selection = parse_selection(args)
    if resolve is not None:
        selection = resolve_selection(selection, resolve)
    if query is not None:
        q, selection = lift(q, selection, resolve)
        query = parse_query(q) if q else None
        check_typed_values(query)
    per_page = parse_int("per_page", args.get("per_page"), per_page_default, 1, MAX_PER_PAGE)
    page = parse_int("page", args.get("page"), 1, 1, MAX_RESULT_WINDOW)
    if page * per_page > MAX_RESULT_WINDOW:
        raise InvalidRequest(
            "page",
            f"only the first {MAX_RESULT_WINDOW:,} results can be paged through; "
            "narrow the search with filters or dates",
        )
    date_from = parse_date_bound("from", args.get("from"))
    date_to = parse_date_bound("to", args.get("to"))
    request = SearchRequest(
        q=q,
        query=query,
        filters=selection.filters,
        modes=selection.modes,
        excluded=selection.excluded,
        date_from=date_from,
        date_to=date_to,
        sort=parse_sort(args.get("sort")),
        page=page,
        per_page=per_page,
    )
    low, high = request.date_range
    if low is not None and high is not None and low > high:
        raise InvalidRequest("to", "the end date is before the start date; swap from and to")
    return request
