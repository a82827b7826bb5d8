"""Facets: one class per kind, each turning raw counts into value records for pages and the API."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from searchapp.filters import MODES, MULTI_VALUED, UNDATED_YEAR
from searchapp.labels import (
    country_label,
    country_names,
    fold,
    language_label,
    pair_label,
    plain_label,
    topic_label,
)
from searchapp.request import SearchRequest
from searchapp.urls import (
    FacetLinks,
    clear_filters_url,
    mode_url,
    without_dates_url,
)

TOP_VALUES = 10
SEARCH_SEPARATOR = "|"  # between the folded names of a value in its data-search attribute
MAX_VALUES = 200  # a page never lists more values of one facet than this


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet, as the page and the API show it."""

    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str
    excluded: bool = False
    exclude_url: str = ""
    search: str = ""  # the folded names the filter box matches, joined by SEARCH_SEPARATOR

    @property
    def exclude_label(self) -> str:
        """Return what the exclude link does, for screen readers and tooltips."""
        return f"Stop excluding {self.label}" if self.excluded else f"Exclude {self.label}"

    def to_json(self) -> dict[str, object]:
        """Return the API form of DESIGN.md section 5."""
        return {
            "value": self.value,
            "label": self.label,
            "count": self.count,
            "selected": self.selected,
        }


@dataclass(frozen=True)
class ModeLink:
    """One side of a facet's any/all switch."""

    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class FacetGroup:
    """A facet's values: the top ones shown, the rest behind "show all"."""

    name: str
    title: str
    values: list[FacetValue]
    total_values: int
    modes: list[ModeLink] = field(default_factory=list)  # empty for one-value facets

    @property
    def top(self) -> list[FacetValue]:
        """Return the values shown first: chosen and excluded ones pinned on top, then the top ones."""
        chosen = [v for v in self.values if v.selected or v.excluded]
        return chosen + [v for v in self.values[:TOP_VALUES] if not (v.selected or v.excluded)]

    @property
    def rest(self) -> list[FacetValue]:
        """Return the values behind "show all"."""
        return [v for v in self.values[TOP_VALUES:] if not (v.selected or v.excluded)]


@dataclass(frozen=True)
class ChipPart:
    """One value of a chip, with the URL that removes just that value."""

    label: str
    remove_url: str


@dataclass(frozen=True)
class Chip:
    """A facet's selection or exclusions as they combine, e.g. "Country: Poland and Korea"."""

    title: str
    parts: list[ChipPart]
    joiner: str = "and"  # between parts: "or" for "any of", "and" otherwise

    @property
    def label(self) -> str:
        """Return the values as they read: "Poland and South Korea", "not Russia"."""
        return f" {self.joiner} ".join(part.label for part in self.parts)

    @property
    def text(self) -> str:
        """Return the whole chip as a sentence fragment: "Country: Poland or Czechia"."""
        return f"{self.title}: {self.label}"


class Facet:
    """A facet over one keyword field; values ordered by count, then label."""

    def __init__(
        self,
        name: str,
        title: str,
        label: Callable[[str], str] = plain_label,
        names: Callable[[str], tuple[str, ...]] | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.label = label
        self.names = names  # other names the filter box finds a value by (country: ISO names)

    def search_keys(self, value: str, label: str, aliases: tuple[str, ...] = ()) -> str:
        """Return what the filter box matches a value by: folded label, value, names, aliases."""
        names = (label, value, *(self.names(value) if self.names else ()), *aliases)
        folded = (fold(n).replace(SEARCH_SEPARATOR, " ") for n in names)
        return SEARCH_SEPARATOR.join(dict.fromkeys(folded))

    def order(self, values: list[FacetValue]) -> list[FacetValue]:
        """Return the values in display order."""
        return sorted(values, key=lambda v: (-v.count, v.label.casefold()))

    def candidates(self, counts: dict[str, int]) -> dict[str, int]:
        """Return the values that can be among the MAX_VALUES shown: counts ordered first.

        A person facet holds thousands of values; only those counted at least as often as
        the MAX_VALUES-th need a record and a label.
        """
        if len(counts) <= MAX_VALUES:
            return counts
        edge = heapq.nlargest(MAX_VALUES, counts.values())[-1]
        return {value: count for value, count in counts.items() if count >= edge}

    def group(
        self,
        counts: dict[str, int],
        request: SearchRequest,
        links: bool = True,
        aliases: Mapping[str, tuple[str, ...]] | None = None,
    ) -> FacetGroup:
        """Return the facet's value records for a search (``links=False``: no URLs, for JSON).

        ``aliases`` gives a value's other spellings (a person's), for the filter box.
        """
        counts = dict(counts)
        chosen = request.filters.get(self.name, ())
        dropped = request.excluded.get(self.name, ())
        # Folding is slow next to thousands of values; only a facet with a choice needs it.
        folded = {value: fold(value) for value in counts} if chosen or dropped else {}
        known = set(folded.values())
        for value in (*chosen, *dropped):
            if fold(value) not in known:  # chosen but absent from these results
                counts[value] = 0
                folded[value] = fold(value)
                known.add(folded[value])
        selected = {fold(value) for value in chosen}
        excluded = {fold(value) for value in dropped}
        values = [
            FacetValue(
                value=value,
                label=self.label(value),
                count=count,
                selected=bool(selected) and folded[value] in selected,
                toggle_url="",
                excluded=bool(excluded) and folded[value] in excluded,
            )
            for value, count in self.candidates(counts).items()
        ]
        shown = self.order(values)[:MAX_VALUES]
        if not links:
            return FacetGroup(self.name, self.title, shown, len(counts))
        # URLs only for the values shown: a person facet can hold thousands of values.
        urls = FacetLinks(request, self.name)
        aliases = aliases or {}
        shown = [
            replace(
                v,
                toggle_url=urls.toggle(v.value),
                exclude_url=urls.exclude(v.value),
                search=self.search_keys(v.value, v.label, aliases.get(v.value, ())),
            )
            for v in shown
        ]
        return FacetGroup(self.name, self.title, shown, len(counts), self.mode_links(request))

    def mode_links(self, request: SearchRequest) -> list[ModeLink]:
        """Return the any/all switch of a facet whose articles can hold several values."""
        if self.name not in MULTI_VALUED:
            return []
        current = request.mode(self.name)
        return [
            ModeLink(f"{mode} of", mode_url(request, self.name, mode), mode == current)
            for mode in MODES
        ]

    def chips(self, request: SearchRequest) -> list[Chip]:
        """Return this facet's chips: its selection, then its exclusions."""
        found = []
        chosen = request.filters.get(self.name, ())
        dropped = request.excluded.get(self.name, ())
        links = FacetLinks(request, self.name)
        if chosen:
            joiner = "and" if request.mode(self.name) == "all" else "or"
            parts = [ChipPart(self.label(v), links.toggle(v)) for v in chosen]
            found.append(Chip(self.title, parts, joiner))
        if dropped:
            parts = [ChipPart(f"not {self.label(v)}", links.exclude(v)) for v in dropped]
            found.append(Chip(self.title, parts, "and"))
        return found


class YearFacet(Facet):
    """The publication year, newest first."""

    def candidates(self, counts: dict[str, int]) -> dict[str, int]:
        """Return every year: years are ordered by value, not count."""
        return counts

    def order(self, values: list[FacetValue]) -> list[FacetValue]:
        """Return years newest first, undated articles last."""
        return sorted(values, key=lambda v: (v.value != UNDATED_YEAR, v.value), reverse=True)


FACETS: tuple[Facet, ...] = (
    Facet("country", "Country", country_label, country_names),
    YearFacet("year", "Year"),
    Facet("person", "Person"),
    Facet("topic", "Topic", topic_label),
    Facet("language", "Language", language_label),
    Facet("source", "Outlet"),
    Facet("pair", "Partners", pair_label),
    Facet("equipment", "Equipment"),
)
FACET_BY_NAME = {facet.name: facet for facet in FACETS}


def facet_groups(
    counts: dict[str, dict[str, int]],
    request: SearchRequest,
    links: bool = True,
    aliases: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
) -> list[FacetGroup]:
    """Return every facet's records for a search (``links=False``: without URLs, for JSON).

    ``aliases``: per facet, value → other spellings the filter box also finds it by.
    """
    aliases = aliases or {}
    return [
        facet.group(counts.get(facet.name, {}), request, links, aliases.get(facet.name))
        for facet in FACETS
    ]


def chips(request: SearchRequest) -> list[Chip]:
    """Return the selected filters, exclusions and date bounds as removable chips."""
    found = [chip for facet in FACETS for chip in facet.chips(request)]
    if request.date_from:
        found.append(
            Chip("From", [ChipPart(request.date_from, without_dates_url(request, "from"))])
        )
    if request.date_to:
        found.append(Chip("To", [ChipPart(request.date_to, without_dates_url(request, "to"))]))
    return found


def clear_all_url(request: SearchRequest) -> str | None:
    """Return the "clear all" URL when anything is selected."""
    return clear_filters_url(request) if chips(request) else None
