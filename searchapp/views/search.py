"""The search page."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template
from werkzeug.wrappers import Response

from searchapp.index import get_engine
from searchapp.pages import search_page
from searchapp.query import MAX_CLAUSES, MAX_QUERY_CHARS, QUERY_FIELDS
from searchapp.urls import search_url
from searchapp.views.params import read_search, was_lifted

bp = Blueprint("search", __name__)


@bp.app_context_processor
def query_help() -> dict[str, object]:
    """Give every page's search box and tips the query fields and the query's limits."""
    return {"fields": QUERY_FIELDS, "max_query_chars": MAX_QUERY_CHARS, "max_terms": MAX_CLAUSES}


@bp.get("/")
def index() -> str | Response | tuple[str, int]:
    """Show results, facets and the year histogram for the query string's search."""
    search = read_search()
    if was_lifted(search):  # typed country:PL: show it as the filter it is, at its own URL
        return redirect(search_url(search))
    page = search_page(search, get_engine().search(search))
    html = render_template("search.html", page=page)
    return (html, 404) if page.last_page else html  # no such page: say so, link to the last
