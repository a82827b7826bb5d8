"""Every URL the pages link to, built from a SearchRequest (templates only print them)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit

from searchapp.filters import MODE_SUFFIX, NOT_PREFIX
from searchapp.labels import fold
from searchapp.request import DEFAULT_PER_PAGE, FACETS, SearchRequest
from searchapp.results import StoredArticle


def search_args(request: SearchRequest) -> list[tuple[str, str]]:
    """Return the query-string pairs that reproduce a search."""
    pairs: list[tuple[str, str]] = [("q", request.q)] if request.q else []
    for name in FACETS:
        pairs += [(name, value) for value in request.filters.get(name, ())]
        if name in request.modes:
            pairs.append((name + MODE_SUFFIX, request.modes[name]))
        pairs += [(NOT_PREFIX + name, value) for value in request.excluded.get(name, ())]
    if request.date_from:
        pairs.append(("from", request.date_from))
    if request.date_to:
        pairs.append(("to", request.date_to))
    if request.sort:
        pairs.append(("sort", request.sort))
    if request.per_page != DEFAULT_PER_PAGE:
        pairs.append(("per_page", str(request.per_page)))
    if request.page > 1:
        pairs.append(("page", str(request.page)))
    return pairs


def _with_query(path: str, pairs: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(pairs)}" if pairs else path


def search_url(request: SearchRequest, path: str = "/") -> str:
    """Return the URL of a search (on ``path``: the page, the feed, an export, the API)."""
    return _with_query(path, search_args(request))


def is_selected(request: SearchRequest, name: str, value: str) -> bool:
    """Tell whether a facet value is among the request's filters (case/accent-insensitive)."""
    return fold(value) in {fold(v) for v in request.filters.get(name, ())}


def is_excluded(request: SearchRequest, name: str, value: str) -> bool:
    """Tell whether a facet value is among the request's exclusions (case/accent-insensitive)."""
    return fold(value) in {fold(v) for v in request.excluded.get(name, ())}


def _replaced(
    values: Mapping[str, tuple[str, ...]], name: str, new: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    changed = {k: v for k, v in values.items() if k != name}
    if new:
        changed[name] = new
    return changed


def _dropped(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(v for v in values if fold(v) != fold(value))


def _with_value(
    request: SearchRequest, name: str, chosen: tuple[str, ...], excluded: tuple[str, ...]
) -> str:
    return search_url(
        request.with_changes(
            filters=_replaced(request.filters, name, chosen),
            excluded=_replaced(request.excluded, name, excluded),
            page=1,
        )
    )


def toggle_filter_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search with a facet value added, or removed when selected or excluded."""
    chosen = request.filters.get(name, ())
    excluded = request.excluded.get(name, ())
    if is_selected(request, name, value):
        return _with_value(request, name, _dropped(chosen, value), excluded)
    if is_excluded(request, name, value):
        return _with_value(request, name, chosen, _dropped(excluded, value))
    return _with_value(request, name, (*chosen, value), excluded)


def toggle_exclude_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search with a facet value excluded (and unselected), or no longer excluded."""
    chosen = request.filters.get(name, ())
    excluded = request.excluded.get(name, ())
    if is_excluded(request, name, value):
        return _with_value(request, name, chosen, _dropped(excluded, value))
    return _with_value(request, name, _dropped(chosen, value), (*excluded, value))


def only_value_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search narrowed to one value of a facet (a histogram bar)."""
    return _with_value(request, name, (value,), _dropped(request.excluded.get(name, ()), value))


def mode_url(request: SearchRequest, name: str, mode: str) -> str:
    """Return the search with a facet's mode ("any" or "all") switched."""
    modes = {k: v for k, v in request.modes.items() if k != name}
    if mode != "any":
        modes[name] = mode
    return search_url(request.with_changes(modes=modes, page=1))


def without_dates_url(request: SearchRequest, which: str) -> str:
    """Return the search without its ``from`` or ``to`` bound."""
    change = {"date_from": ""} if which == "from" else {"date_to": ""}
    return search_url(request.with_changes(page=1, **change))


def clear_filters_url(request: SearchRequest) -> str:
    """Return the search with its query kept and every filter and date bound removed."""
    cleared = request.with_changes(
        filters={}, modes={}, excluded={}, date_from="", date_to="", page=1
    )
    return search_url(cleared)


def page_url(request: SearchRequest, page: int) -> str:
    """Return the URL of another page of the same search."""
    return search_url(request.with_changes(page=page))


def sort_url(request: SearchRequest, sort: str) -> str:
    """Return the same search in another order, from page 1."""
    return search_url(request.with_changes(sort=sort, page=1))


def query_url(q: str, request: SearchRequest | None = None) -> str:
    """Return a search for ``q``, keeping the filters of ``request`` when given."""
    base = request or SearchRequest()
    return search_url(base.with_changes(q=q, query=None, page=1))


def filter_url(name: str, value: str) -> str:
    """Return a search for every article with one facet value (article-page links)."""
    return _with_query("/", [(name, value)])


def article_url(article_id: str, request: SearchRequest | None = None) -> str:
    """Return an article's page, carrying the search it was found with."""
    return _with_query(f"/articles/{article_id}", search_args(request) if request else [])


def safe_external_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) URL, else None (never a javascript: link)."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def article_fields(article: StoredArticle) -> dict[str, object]:
    """Return an article's metadata as the API and exports show it (lists kept as lists)."""
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "language": article.language,
        "countries": list(article.countries),
        "people": list(article.people),
        "authors": list(article.authors),
        "topics": list(article.topics),
        "outlet": article.outlet,
        "source_url": safe_external_url(article.url),
        "url": article_url(article.id),
    }
