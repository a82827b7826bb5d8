"""The source-text page: the stored text as read from its file, readable on any screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from searchapp import urls
from searchapp.article_context import ARTICLE_LABEL, SearchContext, search_context
from searchapp.request import SearchRequest
from searchapp.results import StoredArticle


@dataclass(frozen=True)
class SourcePage:
    """Everything the source page shows."""

    title: str
    text: str
    path: str  # the name of the file the text was read from
    article_url: str  # back to the article, with the search it was opened from
    raw_url: str
    download_name: str
    original_url: str | None
    context: SearchContext
    query: str = ""  # the search's query, kept in the header's search box


def source_text(article: StoredArticle) -> str:
    """Return the text as read from the file (or, for old indexes, title and body)."""
    return article.source_text or f"{article.title}\n\n{article.text}\n"


def file_name(article: StoredArticle) -> str:
    """Return the source file's name ("a.txt", "feed.jsonl#12"), without the server's folders."""
    return PurePath(article.source_path).name if article.source_path else ""


def download_name(article: StoredArticle) -> str:
    """Return the raw file's name for saving: the source file's name, else "<id>.txt"."""
    name = file_name(article).split("#", 1)[0]
    return name if name.endswith(".txt") else f"{name or article.id}.txt"


def source_page(article: StoredArticle, request: SearchRequest | None) -> SourcePage:
    """Return the source page of an article opened from ``request`` (None: no search)."""
    # /text is this page; /source is the contract's plain text, offered for download
    path = urls.article_url(article.id, None, "/text")
    back_to_article = urls.article_url(article.id, request)
    return SourcePage(
        title=article.title or "(untitled)",
        text=source_text(article),
        path=file_name(article),
        article_url=back_to_article,
        raw_url=urls.article_url(article.id, None, "/source"),
        download_name=download_name(article),
        original_url=urls.safe_external_url(article.url),
        context=search_context(request, path, (ARTICLE_LABEL, back_to_article)),
        query=request.q if request else "",
    )
