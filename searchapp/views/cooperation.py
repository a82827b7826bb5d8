"""The cooperation map: which countries work together in the current search's articles."""

from __future__ import annotations

from dataclasses import dataclass, replace

from flask import Blueprint, redirect, render_template, request
from werkzeug.wrappers import Response

from searchapp.cooperation import PAIR_FACET, PATH, CooperationMap, cooperation_map, focus_url
from searchapp.errors import InvalidRequest
from searchapp.facets import Chip, ChipPart, chips
from searchapp.index import get_engine
from searchapp.labels import country_code
from searchapp.request import SearchRequest
from searchapp.urls import search_args, search_url
from searchapp.views.params import read_search, was_lifted

bp = Blueprint("cooperation", __name__)


@dataclass(frozen=True)
class CooperationPage:
    """Everything the cooperation page shows."""

    request: SearchRequest
    total: int
    map: CooperationMap
    chips: list[Chip]
    clear_url: str | None
    search_url: str
    unfocus_url: str | None
    form_fields: list[tuple[str, str]]


def parse_focus(value: str | None) -> str | None:
    """Return the country code the map is focused on, or None."""
    if value is None or not value.strip():
        return None
    code = country_code(value)
    if code is None:
        raise InvalidRequest("focus", f"'{value[:40]}' is not a country; use a code like PL")
    return code


def on_map(url: str, focus: str | None) -> str:
    """Return the map of the search a search-page URL ("/?…") names, keeping the focus."""
    query = url.partition("?")[2]
    joined = "&".join(part for part in (query, f"focus={focus}" if focus else "") if part)
    return f"{PATH}?{joined}" if joined else PATH


def map_chips(search: SearchRequest, focus: str | None) -> list[Chip]:
    """Return the search's chips, each value's × leading to the map without that value."""
    return [
        replace(chip, parts=[ChipPart(p.label, on_map(p.remove_url, focus)) for p in chip.parts])
        for chip in chips(search)
    ]


def _cleared(search: SearchRequest) -> str:
    """Return this map with the query kept and every filter removed."""
    empty = search.with_changes(filters={}, modes={}, excluded={}, date_from="", date_to="")
    return focus_url(empty, None)


@bp.get(PATH)
def show() -> str | Response:
    """Draw the partner-pair matrix of the query string's search."""
    search = read_search()
    focus = parse_focus(request.args.get("focus"))
    if was_lifted(search):  # typed country:PL: show it as the filter it is, at its own URL
        return redirect(focus_url(search, focus))
    engine = get_engine()
    # One facet-count pass (shared with the search page's cache): no search per cell.
    total, counts = engine.facet_counts(engine.main_query(search), search)
    page = CooperationPage(
        request=search,
        total=total,
        map=cooperation_map(counts.get(PAIR_FACET, {}), search, focus),
        chips=map_chips(search, focus),
        clear_url=_cleared(search) if chips(search) else None,
        search_url=search_url(search.with_changes(page=1)),
        unfocus_url=focus_url(search, None) if focus else None,
        form_fields=[(k, v) for k, v in search_args(search) if k not in ("q", "page")],
    )
    return render_template("cooperation.html", page=page)
