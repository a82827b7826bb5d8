"""The cooperation map: partner-pair counts → a country × country matrix (no Whoosh, no Flask).

>>> m = cooperation_map({"KR-PL": 3, "PL-SK": 1}, SearchRequest())
>>> [c.code for c in m.countries], m.cells[0].url
(['PL', 'KR', 'SK'], '/?pair=KR-PL')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from searchapp.labels import country_label
from searchapp.request import SearchRequest
from searchapp.urls import search_url

PAIR_FACET = "pair"
TOP_COUNTRIES = 20  # the matrix's rows and columns; the partner list is not limited
TOP_PAIRS = 20
LEVELS = 5  # shades of a cell, from the fewest articles to the most
CELL = 26  # pixels per cell
LABEL_SPACE = 140  # pixels left of the rows and above the columns for country names
PATH = "/cooperation"


@dataclass(frozen=True)
class CountryAxis:
    """A country on both axes: its place, its name, and the link that focuses the map on it."""

    code: str
    label: str
    total: int  # articles pairing it with anyone (a pair counted once per partner)
    index: int
    offset: int  # pixels from the matrix's top (row) and left (column) edge to the cell centre
    focus_url: str
    focused: bool


@dataclass(frozen=True)
class Cell:
    """One matrix cell: two partners, how many articles, and the search for them."""

    pair: str
    x: int
    y: int
    count: int
    level: int
    url: str
    title: str
    focused: bool


@dataclass(frozen=True)
class Partner:
    """One partner of a country (or one pair), with its count and the search for the pair."""

    pair: str
    label: str
    count: int
    url: str


@dataclass(frozen=True)
class CooperationMap:
    """Everything the cooperation page draws."""

    countries: list[CountryAxis]
    grid: list[int]  # pixels from the matrix's edge to each grid line
    cells: list[Cell]
    cell: int
    left: int
    top: int
    width: int
    height: int
    country_count: int  # countries with at least one partner, shown or not
    pair_count: int  # distinct pairs
    top_pairs: list[Partner]
    focus: CountryAxis | None
    focus_label: str
    partners: list[Partner]


def split_pair(value: str) -> tuple[str, str] | None:
    """Return the two country codes of a pair value ("KR-PL"), or None when it is not one."""
    first, dash, second = value.partition("-")
    if not dash or len(first) != 2 or len(second) != 2 or first == second:
        return None
    return first, second


def pair_value(a: str, b: str) -> str:
    """Return the facet value of two partners: the codes sorted and joined by a hyphen."""
    return "-".join(sorted((a, b)))


def country_totals(pairs: Mapping[str, int]) -> Counter[str]:
    """Return each country's sum of pair counts over its partners."""
    totals: Counter[str] = Counter()
    for value, count in pairs.items():
        if (codes := split_pair(value)) is not None:
            totals.update({codes[0]: count, codes[1]: count})
    return totals


def pair_url(request: SearchRequest, pair: str) -> str:
    """Return the search for one pair, keeping every other filter of ``request``."""
    filters = {**request.filters, PAIR_FACET: (pair,)}
    modes = {k: v for k, v in request.modes.items() if k != PAIR_FACET}
    excluded = {k: v for k, v in request.excluded.items() if k != PAIR_FACET}
    return search_url(request.with_changes(filters=filters, modes=modes, excluded=excluded, page=1))


def focus_url(request: SearchRequest, code: str | None) -> str:
    """Return this map focused on a country (None: without a focus)."""
    url = search_url(request.with_changes(page=1), PATH)
    if code is None:
        return url
    return f"{url}{'&' if '?' in url else '?'}focus={code}"


def _level(count: int, most: int) -> int:
    """Return the shade (1..LEVELS) of a count against the largest count."""
    return max(1, -(-count * LEVELS // most)) if most else 0


def chosen_countries(totals: Counter[str], focus: str | None, top: int) -> list[str]:
    """Return the matrix's countries: the ``top`` with most pairs, the focus always among them."""
    ranked = [code for code, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))]
    chosen = ranked[:top]
    if focus and focus in totals and focus not in chosen:
        chosen = [*chosen[: top - 1], focus]
    return chosen


def cooperation_map(
    pairs: Mapping[str, int],
    request: SearchRequest,
    focus: str | None = None,
    top: int = TOP_COUNTRIES,
) -> CooperationMap:
    """Return the matrix of the ``top`` countries with most partner pairs, and the partner list."""
    counts = {v: c for v, c in pairs.items() if c > 0 and split_pair(v) is not None}
    totals = country_totals(counts)
    codes = chosen_countries(totals, focus, top)
    axes = [
        CountryAxis(
            code=code,
            label=country_label(code),
            total=totals[code],
            index=index,
            offset=index * CELL + CELL // 2,
            focus_url=focus_url(request, None if code == focus else code),
            focused=code == focus,
        )
        for index, code in enumerate(codes)
    ]
    shown = {
        pair: count for pair, count in counts.items() if set(split_pair(pair) or ()) <= {*codes}
    }
    most = max(shown.values(), default=0)
    cells = []
    for row in axes:
        for column in axes:
            pair = pair_value(row.code, column.code)
            if row.code == column.code or pair not in shown:
                continue
            names = " – ".join(sorted((row.label, column.label)))
            count = shown[pair]
            cells.append(
                Cell(
                    pair=pair,
                    x=LABEL_SPACE + column.index * CELL,
                    y=LABEL_SPACE + row.index * CELL,
                    count=count,
                    level=_level(count, most),
                    url=pair_url(request, pair),
                    title=f"{names}: {count} article{'s' if count != 1 else ''}",
                    focused=focus in (row.code, column.code),
                )
            )
    side = LABEL_SPACE + len(axes) * CELL
    focused = next((axis for axis in axes if axis.focused), None)
    return CooperationMap(
        countries=axes,
        grid=[index * CELL for index in range(len(axes) + 1)],
        cells=cells,
        cell=CELL,
        left=LABEL_SPACE,
        top=LABEL_SPACE,
        width=side + LABEL_SPACE * 2 // 3,  # the last column's slanted name runs to the right
        height=side + CELL // 2,
        country_count=len(totals),
        pair_count=len(counts),
        top_pairs=_ranked_pairs(counts, request)[:TOP_PAIRS],
        focus=focused,
        focus_label=country_label(focus) if focus else "",
        partners=partners_of(focus, counts, request) if focus else [],
    )


def _ranked_pairs(counts: Mapping[str, int], request: SearchRequest) -> list[Partner]:
    """Return every pair, most articles first."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [
        Partner(pair, " – ".join(country_label(c) for c in split_pair(pair) or ()), count, url)
        for pair, count in ranked
        for url in (pair_url(request, pair),)
    ]


def partners_of(code: str, counts: Mapping[str, int], request: SearchRequest) -> list[Partner]:
    """Return a country's partners, most articles first, each linked to the pair's search."""
    found = []
    for pair, count in counts.items():
        codes = split_pair(pair)
        if codes is not None and code in codes:
            other = codes[1] if codes[0] == code else codes[0]
            found.append(Partner(pair, country_label(other), count, pair_url(request, pair)))
    return sorted(found, key=lambda p: (-p.count, p.label))
