"""The search page."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from searchapp.index import get_engine
from searchapp.pages import search_page
from searchapp.query import QUERY_FIELDS
from searchapp.request import parse_search_request

bp = Blueprint("search", __name__)


@bp.get("/")
def index() -> str:
    """Show results, facets and the year histogram for the query string's search."""
    search = parse_search_request(request.args)
    result = get_engine().search(search)
    return render_template("search.html", page=search_page(search, result), fields=QUERY_FIELDS)
