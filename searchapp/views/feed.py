"""An Atom feed of any search."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, Response, render_template, request, url_for

from searchapp.index import get_engine
from searchapp.request import parse_search_request
from searchapp.urls import search_url

bp = Blueprint("feed", __name__)
FEED_ENTRIES = 50


@bp.get("/feed")
def feed() -> Response:
    """Return the newest articles of a search (or its chosen order) as Atom."""
    search = parse_search_request(request.args, per_page_default=FEED_ENTRIES)
    if not search.sort:
        search = search.with_changes(sort="newest")
    result = get_engine().search(search)
    dates = [hit.article.date for hit in result.hits if hit.article.date]
    updated = (
        f"{max(dates)}T00:00:00Z" if dates else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    root = url_for("search.index", _external=True).rstrip("/")
    xml = render_template(
        "feed.xml",
        search=search,
        hits=result.hits,
        updated=updated,
        root=root,
        page_url=root + search_url(search.with_changes(sort="", page=1)),
        self_url=root + search_url(search, "/feed"),
        title=f"Entente: {search.q}" if search.q else "Entente: newest articles",
    )
    return Response(xml, content_type="application/atom+xml; charset=utf-8")
