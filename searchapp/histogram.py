"""The year histogram: bar geometry for an inline SVG, computed here so the template only prints."""

from __future__ import annotations

from dataclasses import dataclass

from searchapp.filters import UNDATED_YEAR
from searchapp.labels import fold
from searchapp.request import SearchRequest
from searchapp.urls import FacetLinks

BAR_WIDTH = 30
GAP = 6
COUNT_HEIGHT = 16  # room above the tallest bar for its count
CHART_HEIGHT = 80 + COUNT_HEIGHT
LABEL_HEIGHT = 18
MAX_CONTIGUOUS_YEARS = 60
UNDATED_GAP = 20  # extra room before the undated bar, which is not a year on the axis
LABEL_ROOM = 14  # "undated" is wider than its bar


@dataclass(frozen=True)
class Bar:
    """One year's bar: its box, label, link and whether the year is selected."""

    year: str
    count: int
    x: int
    y: int
    height: int
    url: str
    selected: bool
    show_label: bool
    excluded: bool = False

    @property
    def description(self) -> str:
        """Return the bar's accessible description, saying what following it does."""
        noun = "article" if self.count == 1 else "articles"
        if self.selected:
            state = " (selected; activate to show every year)"
        else:
            state = " (excluded)" if self.excluded else ""
        return f"{self.year}: {self.count} {noun}{state}"

    @property
    def count_label(self) -> str:
        """Return the count as printed over the bar, short enough to fit: 980, 1.2k, 15k."""
        if self.count < 1000:
            return str(self.count)
        if self.count < 10_000:
            return f"{self.count / 1000:.1f}k".replace(".0k", "k")
        return f"{self.count // 1000}k"

    @property
    def count_y(self) -> int:
        """Return the baseline of the count, just above the bar."""
        return self.y - 4


@dataclass(frozen=True)
class Histogram:
    """All bars and the SVG's size."""

    bars: list[Bar]
    width: int
    height: int
    bar_width: int
    label_y: int
    clear_url: str | None = None  # "show every year", when a year is selected

    @property
    def selected(self) -> bool:
        """Tell whether a year is selected."""
        return self.clear_url is not None


def _years(counts: dict[str, int]) -> list[str]:
    numeric = sorted(int(year) for year in counts if year.isdigit())
    if not numeric:
        return []
    if numeric[-1] - numeric[0] < MAX_CONTIGUOUS_YEARS:
        return [str(year) for year in range(numeric[0], numeric[-1] + 1)]
    return [str(year) for year in numeric]


def histogram(counts: dict[str, int], request: SearchRequest) -> Histogram | None:
    """Return the histogram of year counts; each bar links to the search filtered to that year.

    Undated articles get a last bar of their own, set apart from the years.
    """
    years = _years(counts)
    undated = counts.get(UNDATED_YEAR, 0)
    if not years and not undated:
        return None
    tallest = max(counts.values()) or 1
    every = max(1, len(years) // 8)  # label at most ~8 years so labels never overlap
    selected = {fold(year) for year in request.filters.get("year", ())}
    excluded = {fold(year) for year in request.excluded.get("year", ())}
    slots = [(year, i * (BAR_WIDTH + GAP), i % every == 0) for i, year in enumerate(years)]
    if years:
        slots[-1] = (years[-1], slots[-1][1], True)
    if undated:
        x = len(years) * (BAR_WIDTH + GAP) + (UNDATED_GAP if years else LABEL_ROOM)
        slots.append((UNDATED_YEAR, x, True))
    bars = []
    links = FacetLinks(request, "year")
    for year, x, show_label in slots:
        count = counts.get(year, 0)
        height = max(2, round((CHART_HEIGHT - COUNT_HEIGHT) * count / tallest)) if count else 0
        chosen = year in selected
        bars.append(
            Bar(
                year=year,
                count=count,
                x=x,
                y=CHART_HEIGHT - height,
                height=height,
                url=links.toggle(year) if chosen else links.only(year),
                selected=chosen,
                show_label=show_label,
                excluded=year in excluded,
            )
        )
    width = slots[-1][1] + BAR_WIDTH + (LABEL_ROOM if undated else 0)
    chosen_years = request.filters.get("year", ())
    clear_url = links.url((), request.excluded.get("year", ())) if chosen_years else None
    return Histogram(
        bars, width, CHART_HEIGHT + LABEL_HEIGHT, BAR_WIDTH, CHART_HEIGHT + 14, clear_url
    )
