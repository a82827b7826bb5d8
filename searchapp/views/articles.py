"""Article pages and their stored source text."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from markupsafe import Markup, escape

from searchapp.errors import InvalidRequest
from searchapp.index import get_engine
from searchapp.pages import article_page
from searchapp.request import SearchRequest
from searchapp.results import StoredArticle
from searchapp.source_page import source_page, source_text
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


def _highlighted(
    article: StoredArticle, search: SearchRequest | None
) -> tuple[Markup, list[Markup]]:
    """Return the title and the paragraphs with the search's terms marked."""
    engine = get_engine()
    try:
        title = engine.highlight_paragraphs(article.title, search) if article.title else []
        return Markup(" ").join(title), engine.highlight_paragraphs(article.text, search)
    except InvalidRequest:
        return escape(article.title), engine.highlight_paragraphs(article.text, None)


@bp.get("/<article_id>")
def show(article_id: str) -> str:
    """Show one article, with the search's terms highlighted when ``q`` is passed."""
    article = load_article(article_id)
    search = _came_from()
    related = get_engine().related(article)
    page = article_page(article, _highlighted(article, search), related, search)
    return render_template("article.html", page=page)


@bp.get("/<article_id>/source")
def source(article_id: str) -> Response:
    """Return the article's source text as read from its file, as plain text (DESIGN.md §4)."""
    article = load_article(article_id)
    return Response(source_text(article), content_type="text/plain; charset=utf-8")


@bp.get("/<article_id>/text")
def text(article_id: str) -> str:
    """Show the source text in a page of the site, with the way back to the article and search."""
    return render_template("source.html", page=source_page(load_article(article_id), _came_from()))
