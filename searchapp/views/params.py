"""The current request's search, read the same way by every view."""

from __future__ import annotations

from flask import request

from searchapp.index import get_engine
from searchapp.request import DEFAULT_PER_PAGE, SearchRequest, parse_search_request


def read_search(per_page_default: int = DEFAULT_PER_PAGE) -> SearchRequest:
    """Return the query string's search; typed people and outlets are looked up in the index."""
    return parse_search_request(request.args, per_page_default, get_engine().stored_value)


def was_lifted(search: SearchRequest) -> bool:
    """Tell whether field terms typed in ``q`` were turned into filters."""
    return search.q != (request.args.get("q") or "").strip()
