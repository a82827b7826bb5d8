"""Every URL the pages link to, built from a SearchRequest (templates only print them)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from searchapp.filters import MODE_SUFFIX, NOT_PREFIX
from searchapp.labels import fold
from searchapp.request import DEFAULT_PER_PAGE, FACETS, SearchRequest
from searchapp.results import StoredArticle

Pairs = list[tuple[str, str]]


def _facet_args(
    name: str, chosen: tuple[str, ...], mode: str | None, excluded: tuple[str, ...]
) -> Pairs:
    """Return one facet's pairs: its values, its mode when not "any", its exclusions."""
    pairs = [(name, value) for value in chosen]
    if mode:
        pairs.append((name + MODE_SUFFIX, mode))
    return pairs + [(NOT_PREFIX + name, value) for value in excluded]


def _request_facet_args(request: SearchRequest, name: str) -> Pairs:
    return _facet_args(
        name, request.filters.get(name, ()), request.modes.get(name), request.excluded.get(name, ())
    )


def search_args(request: SearchRequest) -> Pairs:
    """Return the query-string pairs that reproduce a search."""
    pairs: Pairs = [("q", request.q)] if request.q else []
    for name in FACETS:
        pairs += _request_facet_args(request, name)
    return pairs + _other_args(request)


def _other_args(request: SearchRequest) -> Pairs:
    """Return the pairs after the facets: dates, order, page size and page."""
    pairs: Pairs = []
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


def _with_query(path: str, pairs: Pairs) -> str:
    return f"{path}?{urlencode(pairs)}" if pairs else path


def search_url(request: SearchRequest, path: str = "/") -> str:
    """Return the URL of a search (on ``path``: the page, the feed, an export, the API)."""
    return _with_query(path, search_args(request))


def is_selected(request: SearchRequest, name: str, value: str) -> bool:
    """Tell whether a facet value is among the request's filters (case/accent-insensitive)."""
    return fold(value) in {fold(v) for v in request.filters.get(name, ())}


def _dropped(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(v for v in values if fold(v) != fold(value))


class FacetLinks:
    """Build the links of one facet's values, from page 1; the rest of the URL is encoded once.

    >>> from werkzeug.datastructures import MultiDict
    >>> from searchapp.request import parse_search_request
    >>> request = parse_search_request(MultiDict([("q", "tanks"), ("country", "PL")]))
    >>> FacetLinks(request, "country").toggle("UA")
    '/?q=tanks&country=PL&country=UA'
    """

    def __init__(self, request: SearchRequest, name: str) -> None:
        first = request.with_changes(page=1)
        at = FACETS.index(name)
        head: Pairs = [("q", request.q)] if request.q else []
        for other in FACETS[:at]:
            head += _request_facet_args(request, other)
        tail: Pairs = []
        for other in FACETS[at + 1 :]:
            tail += _request_facet_args(request, other)
        self.head, self.tail = urlencode(head), urlencode(tail + _other_args(first))
        self.name, self.mode = name, request.modes.get(name)
        self.chosen, self.excluded = request.filters.get(name, ()), request.excluded.get(name, ())
        self._chosen = {fold(v) for v in self.chosen}
        self._excluded = {fold(v) for v in self.excluded}

    def url(self, chosen: tuple[str, ...], excluded: tuple[str, ...]) -> str:
        """Return the search with this facet's values and exclusions replaced."""
        middle = urlencode(_facet_args(self.name, chosen, self.mode, excluded))
        query = "&".join(part for part in (self.head, middle, self.tail) if part)
        return f"/?{query}" if query else "/"

    def toggle(self, value: str) -> str:
        """Return the search with the value added, or removed when selected or excluded."""
        folded = fold(value) if self._chosen or self._excluded else ""
        if folded in self._chosen:
            return self.url(_dropped(self.chosen, value), self.excluded)
        if folded in self._excluded:
            return self.url(self.chosen, _dropped(self.excluded, value))
        return self.url((*self.chosen, value), self.excluded)

    def exclude(self, value: str) -> str:
        """Return the search with the value excluded (and unselected), or no longer excluded."""
        if self._excluded and fold(value) in self._excluded:
            return self.url(self.chosen, _dropped(self.excluded, value))
        return self.url(_dropped(self.chosen, value), (*self.excluded, value))

    def only(self, value: str) -> str:
        """Return the search narrowed to this one value (a histogram bar)."""
        return self.url((value,), _dropped(self.excluded, value))


def toggle_filter_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search with a facet value added, or removed when selected or excluded."""
    return FacetLinks(request, name).toggle(value)


def toggle_exclude_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search with a facet value excluded (and unselected), or no longer excluded."""
    return FacetLinks(request, name).exclude(value)


def only_value_url(request: SearchRequest, name: str, value: str) -> str:
    """Return the search narrowed to one value of a facet (a histogram bar)."""
    return FacetLinks(request, name).only(value)


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


def article_url(article_id: str, request: SearchRequest | None = None, sub: str = "") -> str:
    """Return an article's page (or its ``sub`` page, "/text"), carrying the search it was
    found with."""
    return _with_query(f"/articles/{article_id}{sub}", search_args(request) if request else [])


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
        "pairs": list(article.pairs),
        "equipment": list(article.equipment),
        "outlet": article.outlet,
        "source_url": safe_external_url(article.url),
        "url": article_url(article.id),
    }
