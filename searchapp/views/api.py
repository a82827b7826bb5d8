"""The JSON API of DESIGN.md section 5."""

from __future__ import annotations

from flask import Blueprint, Response, abort, jsonify

from searchapp.facets import facet_groups
from searchapp.index import get_engine
from searchapp.results import Hit, StoredArticle
from searchapp.urls import article_fields
from searchapp.views.params import read_search

bp = Blueprint("api", __name__, url_prefix="/api")
API_PER_PAGE = 10


# The keys of one hit, in the order DESIGN.md section 5 shows them.
HIT_KEYS = ("id", "title", "date", "language", "countries", "people", "topics", "snippet", "url")


def hit_json(hit: Hit) -> dict[str, object]:
    """Return one hit in the API's shape."""
    fields = {**article_fields(hit.article), "snippet": str(hit.snippet)}
    return {key: fields[key] for key in HIT_KEYS}


def article_json(article: StoredArticle) -> dict[str, object]:
    """Return an article's fields and text."""
    return {**article_fields(article), "text": article.text}


@bp.get("/search")
def search() -> Response:
    """Search, with the same parameters as the search page plus ``per_page``."""
    search_request = read_search(per_page_default=API_PER_PAGE)
    result = get_engine().search(search_request)
    return jsonify(
        {
            "query": search_request.q,
            "total": result.total,
            "page": search_request.page,
            "per_page": search_request.per_page,
            "hits": [hit_json(hit) for hit in result.hits],
            "facets": {
                group.name: [value.to_json() for value in group.values]
                for group in facet_groups(result.counts, search_request, links=False)
            },
            "modes": dict(search_request.modes),
            "excluded": {name: list(values) for name, values in search_request.excluded.items()},
            "suggestion": result.suggestion,
        }
    )


@bp.get("/articles/<article_id>")
def article(article_id: str) -> Response:
    """Return one article, or 404 JSON."""
    found = get_engine().article(article_id)
    if found is None:
        abort(404, f"no article with id '{article_id[:80]}'")
    return jsonify(article_json(found))
