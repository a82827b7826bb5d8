"""An Atom feed of any search."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, Response, render_template, request, url_for

from searchapp.facets import chips
from searchapp.index import get_engine
from searchapp.request import UNDATED_YEAR, SearchRequest
from searchapp.urls import search_url
from searchapp.views.params import read_search

bp = Blueprint("feed", __name__)
FEED_ENTRIES = 50
UNDATED_NOTE = "Articles without a publication date are left out: a feed entry needs one."
ATOM_TYPE = "application/atom+xml"
# Chromium shows application/atom+xml as bare text and applies the feed's XSL stylesheet only to
# XML it recognises as such: a browser asking for a page gets the same bytes as application/xml.
BROWSER_TYPE = "application/xml"
TITLE_JOINER = " · "


def feed_title(search: SearchRequest) -> str:
    """Return the feed's title, naming the query and filters: "Entente: “tank” · Poland · 2024"."""
    parts = [f"“{search.q}”"] if search.q else []
    parts += [
        chip.label if chip.title not in ("From", "To") else f"{chip.title.lower()} {chip.label}"
        for chip in chips(search)
    ]
    return "Entente: " + (TITLE_JOINER.join(parts) if parts else "newest articles")


def feed_type() -> str:
    """Return the feed's content type: Atom for feed readers, XML a browser renders with XSL."""
    best = request.accept_mimetypes.best_match([ATOM_TYPE, "text/html"])
    return BROWSER_TYPE if best == "text/html" else ATOM_TYPE


def dated_only(search: SearchRequest) -> SearchRequest:
    """Return the search without undated articles, which a feed could only date falsely."""
    excluded = search.excluded.get("year", ())
    if UNDATED_YEAR in excluded:
        return search
    return search.with_changes(excluded={**search.excluded, "year": (*excluded, UNDATED_YEAR)})


@bp.get("/feed")
def feed() -> Response:
    """Return the newest dated articles of a search (or its chosen order) as Atom."""
    search = read_search(per_page_default=FEED_ENTRIES)
    if not search.sort:
        search = search.with_changes(sort="newest")
    result = get_engine().search(dated_only(search))
    dates = [hit.article.date for hit in result.hits if hit.article.date]
    updated = (
        f"{max(dates)}T00:00:00Z" if dates else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    root = url_for("search.index", _external=True).rstrip("/")
    xml = render_template(
        "feed.xml",
        search=search,
        hits=[hit for hit in result.hits if hit.article.date],
        updated=updated,
        root=root,
        page_url=root + search_url(search.with_changes(sort="", page=1)),
        self_url=root + search_url(search, "/feed"),
        title=feed_title(search),
        subtitle=UNDATED_NOTE,
        stylesheet_url=url_for("static", filename="feed.xsl"),
    )
    response = Response(xml, content_type=f"{feed_type()}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response
