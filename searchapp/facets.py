"""Facets: one class per kind, each turning raw counts into value records for pages and the API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from searchapp.labels import country_label, fold, language_label, plain_label, topic_label
from searchapp.request import SearchRequest
from searchapp.urls import (
    clear_filters_url,
    toggle_filter_url,
    without_dates_url,
)

TOP_VALUES = 10
MAX_VALUES = 200  # a page never lists more values of one facet than this


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet, as the page and the API show it."""

    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str

    def to_json(self) -> dict[str, object]:
        """Return the API form of DESIGN.md section 5."""
        return {
            "value": self.value,
            "label": self.label,
            "count": self.count,
            "selected": self.selected,
        }


@dataclass(frozen=True)
class FacetGroup:
    """A facet's values: the top ones shown, the rest behind "show all"."""

    name: str
    title: str
    values: list[FacetValue]
    total_values: int

    @property
    def top(self) -> list[FacetValue]:
        """Return the values shown first: the top ones plus any selected further down."""
        head = self.values[:TOP_VALUES]
        return head + [v for v in self.values[TOP_VALUES:] if v.selected]

    @property
    def rest(self) -> list[FacetValue]:
        """Return the values behind "show all"."""
        return [v for v in self.values[TOP_VALUES:] if not v.selected]


@dataclass(frozen=True)
class Chip:
    """A selected filter, with the URL that removes it."""

    title: str
    label: str
    remove_url: str


class Facet:
    """A facet over one keyword field; values ordered by count, then label."""

    def __init__(self, name: str, title: str, label: Callable[[str], str] = plain_label) -> None:
        self.name = name
        self.title = title
        self.label = label

    def order(self, values: list[FacetValue]) -> list[FacetValue]:
        """Return the values in display order."""
        return sorted(values, key=lambda v: (-v.count, v.label.casefold()))

    def group(self, counts: dict[str, int], request: SearchRequest) -> FacetGroup:
        """Return the facet's value records for a search."""
        counts = dict(counts)
        chosen = request.filters.get(self.name, ())
        # Folding is slow next to thousands of values; only a facet with a selection needs it.
        folded = {value: fold(value) for value in counts} if chosen else {}
        known = set(folded.values())
        for value in chosen:
            if fold(value) not in known:  # selected but absent from these results
                counts[value] = 0
                folded[value] = fold(value)
        selected = {fold(value) for value in chosen}
        values = [
            FacetValue(
                value=value,
                label=self.label(value),
                count=count,
                selected=bool(selected) and folded[value] in selected,
                toggle_url="",
            )
            for value, count in counts.items()
        ]
        ordered = self.order(values)
        # URLs only for the values shown: a person facet can hold thousands of values.
        shown = [
            replace(v, toggle_url=toggle_filter_url(request, self.name, v.value))
            for v in ordered[:MAX_VALUES]
        ]
        return FacetGroup(self.name, self.title, shown, len(ordered))


class YearFacet(Facet):
    """The publication year, newest first."""

    def order(self, values: list[FacetValue]) -> list[FacetValue]:
        """Return years newest first."""
        return sorted(values, key=lambda v: v.value, reverse=True)


FACETS: tuple[Facet, ...] = (
    Facet("country", "Country", country_label),
    YearFacet("year", "Year"),
    Facet("person", "Person"),
    Facet("topic", "Topic", topic_label),
    Facet("language", "Language", language_label),
    Facet("source", "Source"),
)
FACET_BY_NAME = {facet.name: facet for facet in FACETS}


def facet_groups(counts: dict[str, dict[str, int]], request: SearchRequest) -> list[FacetGroup]:
    """Return every facet's records for a search."""
    return [facet.group(counts.get(facet.name, {}), request) for facet in FACETS]


def chips(request: SearchRequest) -> list[Chip]:
    """Return the selected filters and date bounds as removable chips."""
    found = [
        Chip(facet.title, facet.label(value), toggle_filter_url(request, facet.name, value))
        for facet in FACETS
        for value in request.filters.get(facet.name, ())
    ]
    if request.date_from:
        found.append(Chip("From", request.date_from, without_dates_url(request, "from")))
    if request.date_to:
        found.append(Chip("To", request.date_to, without_dates_url(request, "to")))
    return found


def clear_all_url(request: SearchRequest) -> str | None:
    """Return the "clear all" URL when anything is selected."""
    return clear_filters_url(request) if chips(request) else None
