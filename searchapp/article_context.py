"""The search an article was opened from, as its article and source pages carry it along.

A reader who opens an article from a search keeps that search: "Back to results", the filters a
new search from the header keeps (shown as chips, as on the results page), and the links to the
source text and to related articles all carry it in their query strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from searchapp import urls
from searchapp.facets import Chip, ChipPart, chips, clear_all_url
from searchapp.request import SearchRequest

RESULTS_PATH = "/"
RESULTS_LABEL = "Back to results"
ARTICLE_LABEL = "Back to the article"


@dataclass(frozen=True)
class SearchContext:
    """The search behind an article or source page: where to go back, what a new search keeps."""

    back: list[tuple[str, str]] = field(default_factory=list)  # (label, url): where to go back
    chips: list[Chip] = field(default_factory=list)
    clear_url: str | None = None
    form_fields: list[tuple[str, str]] = field(default_factory=list)


def rebased(url: str, path: str) -> str:
    """Return a results-page URL ("/?country=PL") moved onto ``path`` ("/articles/a01?…")."""
    if url == RESULTS_PATH:
        return path
    if url.startswith(RESULTS_PATH + "?"):
        return path + url[len(RESULTS_PATH) :]
    return url


def search_context(
    request: SearchRequest | None, path: str, up: tuple[str, str] | None = None
) -> SearchContext:
    """Return the context of a page at ``path`` opened from ``request`` (None: no search);
    ``up`` is a (label, url) link to go back to first (the source page's article).

    Removing a chip reloads the same page with a narrower search, so "Back to results" and the
    header's search box follow what the chips say.
    """
    back = [up] if up else []
    if request is None:
        return SearchContext(back=back)
    shown = [
        Chip(
            chip.title,
            [ChipPart(p.label, rebased(p.remove_url, path)) for p in chip.parts],
            chip.joiner,
        )
        for chip in chips(request)
    ]
    clear = clear_all_url(request)
    return SearchContext(
        back=[*back, (RESULTS_LABEL, urls.search_url(request))],
        chips=shown,
        clear_url=rebased(clear, path) if clear else None,
        form_fields=[(k, v) for k, v in urls.search_args(request) if k not in ("q", "page")],
    )
