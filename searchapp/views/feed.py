"""An Atom feed of any search, and a page about it for people who want to follow it.

The site's "feed" links lead to the page (/feed/about): its title names the search, it gives the
feed's address to copy into a reader and lists the newest entries. The feed itself (/feed) is
always the same Atom XML, whoever asks: no negotiation can hand a reader HTML. It carries no XSL
stylesheet: Chromium now warns about XSLT with a banner over most of a phone's screen and is
removing it, so a styled fallback would soon show raw XML anyway; a browser opening the raw
address gets its plain XML view, whose first line points to the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from flask import Blueprint, Response, render_template, request, url_for

from searchapp.facets import chips
from searchapp.index import get_engine
from searchapp.pages import SCOPE_JOINER, HitView, hit_views, scope_label
from searchapp.request import DEFAULT_PER_PAGE, UNDATED_YEAR, SearchRequest
from searchapp.results import SearchResult
from searchapp.urls import search_url
from searchapp.views.params import read_search

bp = Blueprint("feed", __name__)
FEED_ENTRIES = 50
PAGE_ENTRIES = 10  # the newest entries the page about a feed lists
UNDATED_NOTE = "Articles without a publication date are left out: a feed entry needs one."
ATOM_TYPE = "application/atom+xml"
# A browser shows application/atom+xml as bare text and application/xml as a readable tree; the
# bytes are the same Atom XML, so a reader that prefers HTML still gets a feed it can parse.
BROWSER_TYPE = "application/xml"


@dataclass(frozen=True)
class FeedPage:
    """Everything the page about a search's feed shows."""

    title: str
    feed_url: str  # absolute: what to paste into a feed reader
    results_url: str
    note: str
    total: int  # dated articles the feed draws from
    hits: list[HitView]
    first: int = 1  # the list's start number, as on the results page


def feed_title(search: SearchRequest) -> str:
    """Return the feed's title, naming the query and filters: "Entente: “tank” · Poland · 2024"."""
    parts = [f"“{search.q}”"] if search.q else []
    if found := chips(search):
        parts.append(scope_label(found))
    return "Entente: " + (SCOPE_JOINER.join(parts) if parts else "newest articles")


def feed_type() -> str:
    """Return the feed's content type: Atom, or the same XML as application/xml for a browser."""
    best = request.accept_mimetypes.best_match([ATOM_TYPE, "text/html"])
    return BROWSER_TYPE if best == "text/html" else ATOM_TYPE


def dated_only(search: SearchRequest) -> SearchRequest:
    """Return the search without undated articles, which a feed could only date falsely."""
    excluded = search.excluded.get("year", ())
    if UNDATED_YEAR in excluded:
        return search
    return search.with_changes(excluded={**search.excluded, "year": (*excluded, UNDATED_YEAR)})


def feed_search() -> tuple[SearchRequest, SearchResult]:
    """Return the query string's search as its feed runs it (newest first) and its result."""
    search = read_search(per_page_default=FEED_ENTRIES)
    if not search.sort:
        search = search.with_changes(sort="newest")
    return search, get_engine().search(dated_only(search))


def feed_address(given: SearchRequest, path: str = "/feed") -> str:
    """Return the feed's absolute address (or its page's) with only what the search sets."""
    per_page = DEFAULT_PER_PAGE if given.per_page == FEED_ENTRIES else given.per_page
    return site_root() + search_url(given.with_changes(per_page=per_page, page=1), path)


def site_root() -> str:
    """Return the site's absolute address without the trailing slash."""
    return url_for("search.index", _external=True).rstrip("/")


@bp.get("/feed")
def feed() -> Response:
    """Return the newest dated articles of a search (or its chosen order) as Atom."""
    search, result = feed_search()
    dates = [hit.article.date for hit in result.hits if hit.article.date]
    updated = (
        f"{max(dates)}T00:00:00Z" if dates else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    root = site_root()
    xml = render_template(
        "feed.xml",
        search=search,
        hits=[hit for hit in result.hits if hit.article.date],
        updated=updated,
        root=root,
        page_url=root + search_url(search.with_changes(sort="", page=1, per_page=DEFAULT_PER_PAGE)),
        self_url=root + search_url(search, "/feed"),
        about_url=feed_address(read_search(per_page_default=FEED_ENTRIES), "/feed/about"),
        title=feed_title(search),
        subtitle=UNDATED_NOTE,
    )
    response = Response(xml, content_type=f"{feed_type()}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/feed/about")
def about() -> str:
    """Show a search's feed to people: its title, its address to copy, its newest entries."""
    given = read_search(per_page_default=FEED_ENTRIES)
    search, result = feed_search()
    page = FeedPage(
        title=feed_title(search),
        feed_url=feed_address(given),
        results_url=search_url(given.with_changes(per_page=DEFAULT_PER_PAGE, page=1)),
        note=UNDATED_NOTE,
        total=result.total,
        hits=hit_views(result, search.with_changes(per_page=DEFAULT_PER_PAGE))[:PAGE_ENTRIES],
    )
    return render_template("feed_about.html", page=page)
