"""The search page."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template
from werkzeug.wrappers import Response

from searchapp.index import get_engine
from searchapp.pages import search_page
from searchapp.query import QUERY_FIELDS
from searchapp.urls import search_url
from searchapp.views.params import read_search, was_lifted

bp = Blueprint("search", __name__)


@bp.get("/")
def index() -> str | Response:
    """Show results, facets and the year histogram for the query string's search."""
    search = read_search()
    if was_lifted(search):  # typed country:PL: show it as the filter it is, at its own URL
        return redirect(search_url(search))
    result = get_engine().search(search)
    return render_template("search.html", page=search_page(search, result), fields=QUERY_FIELDS)
