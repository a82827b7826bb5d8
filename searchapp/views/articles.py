"""Article pages and their stored source text."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request

from searchapp.errors import InvalidRequest
from searchapp.index import get_engine
from searchapp.pages import article_page
from searchapp.request import SearchRequest
from searchapp.results import StoredArticle
from searchapp.views.params import read_search

bp = Blueprint("articles", __name__, url_prefix="/articles")


def load_article(article_id: str) -> StoredArticle:
    """Return an article or abort with 404."""
    article = get_engine().article(article_id)
    if article is None:
        abort(
            404, f"No article with id '{article_id[:80]}'. It may have been removed from the index."
        )
    return article


def _came_from() -> SearchRequest | None:
    # The search the reader came from travels in the query string; a bad one is just dropped.
    if not request.args:
        return None
    try:
        return read_search()
    except InvalidRequest:
        return None


@bp.get("/<article_id>")
def show(article_id: str) -> str:
    """Show one article, with the search's terms highlighted when ``q`` is passed."""
    article = load_article(article_id)
    search = _came_from()
    engine = get_engine()
    try:
        paragraphs = engine.highlight_paragraphs(article.text, search)
    except InvalidRequest:
        paragraphs = engine.highlight_paragraphs(article.text, None)
    page = article_page(article, paragraphs, engine.related(article), search)
    return render_template("article.html", page=page)


@bp.get("/<article_id>/source")
def source(article_id: str) -> Response:
    """Return the article's source text, as read from its file, as plain text."""
    article = load_article(article_id)
    text = article.source_text or f"{article.title}\n\n{article.text}\n"
    return Response(text, mimetype="text/plain", content_type="text/plain; charset=utf-8")
