"""One context object per page, built from engine results (templates only loop and print)."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from indexer.extract.equipment import equipment_type
from searchapp import urls
from searchapp.article_context import SearchContext, search_context
from searchapp.evidence import EvidenceNote, evidence_url, mark_evidence, read_evidence
from searchapp.facets import Chip, FacetGroup, chips, clear_all_url, facet_groups
from searchapp.histogram import Histogram, histogram
from searchapp.labels import country_label, language_label, pair_label, topic_label
from searchapp.matches import MatchBar, match_bar, number_matches
from searchapp.request import MAX_RESULT_WINDOW, SORTS, SearchRequest
from searchapp.results import Hit, SearchResult, StoredArticle

UNKNOWN_LANGUAGE = "und"
SCOPE_JOINER = " · "  # between the filters a search runs within: "Poland · 2024"

PAGE_WINDOW = 2  # pages shown on each side of the current one


@dataclass(frozen=True)
class Link:
    """A labelled link; ``current`` marks the page or option in use."""

    label: str
    url: str
    current: bool = False
    evidence_url: str | None = None  # "#ev-country-PL": the sentence that decided the value


@dataclass(frozen=True)
class HitView:
    """One result as listed."""

    title: str
    url: str
    date: str | None
    outlet: str | None
    countries: list[str]
    snippet: Markup
    language: str = ""  # ISO code, for the title's lang attribute
    language_label: str = ""  # shown only when the results mix languages


@dataclass(frozen=True)
class Scope:
    """The filters a new search from the box keeps, in one line, and the link that drops them."""

    label: str  # "Poland or Estonia · 2024 · from 2024-03-01"
    clear_url: str


def scope_label(found: list[Chip]) -> str:
    """Return chips as one short line: their values, dates with "from"/"to"."""
    return SCOPE_JOINER.join(
        chip.label if chip.title not in ("From", "To") else f"{chip.title.lower()} {chip.label}"
        for chip in found
    )


@dataclass(frozen=True)
class SearchPage:
    """Everything the search page shows."""

    request: SearchRequest
    total: int
    first: int
    last: int
    hits: list[HitView]
    facets: list[FacetGroup]
    chips: list[Chip]
    clear_url: str | None
    pages: list[Link]
    previous_url: str | None
    next_url: str | None
    sorts: list[Link]
    suggestion: Link | None
    histogram: Histogram | None
    feed_url: str  # the Atom feed itself, for the page head (feed readers find it there)
    feed_about_url: str  # the page about the feed, which the visible link leads people to
    csv_url: str
    json_url: str
    api_url: str
    cooperation_url: str
    form_fields: list[tuple[str, str]]
    date_form_fields: list[tuple[str, str]]
    last_page: Link | None = None  # set when the page asked for is past the last one
    filter_count: int = 0  # active filters, for the folded panel's summary on phones
    scope: Scope | None = None  # shown under the search box when filters are active

    @property
    def page_count(self) -> int:
        """Return how many pages the results fill (at least one)."""
        return _page_count(self.request, self.total)


def hit_view(hit: Hit, request: SearchRequest, mixed: bool = False) -> HitView:
    """Return a hit as the result list shows it; ``mixed``: the results mix languages."""
    article = hit.article
    known = article.language not in ("", UNKNOWN_LANGUAGE)
    return HitView(
        title=article.title or "(untitled)",
        url=urls.article_url(article.id, request),
        date=article.date,
        outlet=article.outlet,
        countries=[country_label(c) for c in article.countries],
        snippet=hit.snippet,
        language=article.language if known else "",
        language_label=language_label(article.language) if mixed else "",
    )


def hit_views(result: SearchResult, request: SearchRequest) -> list[HitView]:
    """Return the page's hits, each marked with its language when the results mix languages."""
    # Language counts ignore the language filter itself: with one chosen, look at the hits.
    languages = {} if request.filters.get("language") else result.counts.get("language", {})
    mixed = sum(1 for count in languages.values() if count) > 1 or (
        len({hit.article.language for hit in result.hits}) > 1
    )
    return [hit_view(hit, request, mixed) for hit in result.hits]


def _page_count(request: SearchRequest, total: int) -> int:
    return max(1, min(-(-total // request.per_page), MAX_RESULT_WINDOW // request.per_page))


def _last_page(request: SearchRequest, total: int, shown: int) -> Link | None:
    """Return a link to the last page when the page asked for lies past it."""
    if shown or request.page == 1 or not total:
        return None
    count = _page_count(request, total)
    return Link(str(count), urls.page_url(request, count))


def _pages(request: SearchRequest, total: int) -> list[Link]:
    count = _page_count(request, total)
    if request.page > count:
        return []  # past the end: the page says so and links to the last page
    numbers = {1, count, *range(request.page - PAGE_WINDOW, request.page + PAGE_WINDOW + 1)}
    shown = sorted(n for n in numbers if 1 <= n <= count)
    links: list[Link] = []
    for n in shown:
        if links and n - int(links[-1].label) > 1:
            links.append(Link("…", ""))
        links.append(Link(str(n), urls.page_url(request, n), n == request.page))
    return links if count > 1 else []


def search_page(request: SearchRequest, result: SearchResult) -> SearchPage:
    """Return the search page for a request and its result."""
    first = request.offset + 1 if result.hits else 0
    last = request.offset + len(result.hits)
    has_next = last < result.total and (request.page + 1) * request.per_page <= MAX_RESULT_WINDOW
    sort_names = SORTS if request.query is not None else ("newest", "oldest")
    labels = {"relevance": "Relevance", "newest": "Newest", "oldest": "Oldest"}
    page_chips = chips(request)
    suggestion = None
    if result.suggestion:
        suggestion = Link(result.suggestion, urls.query_url(result.suggestion, request))
    return SearchPage(
        request=request,
        total=result.total,
        first=first,
        last=last,
        hits=hit_views(result, request),
        facets=facet_groups(result.counts, request, aliases=result.aliases),
        chips=page_chips,
        clear_url=clear_all_url(request),
        pages=_pages(request, result.total),
        previous_url=urls.page_url(request, request.page - 1) if request.page > 1 else None,
        next_url=urls.page_url(request, request.page + 1) if has_next else None,
        sorts=[
            Link(labels[s], urls.sort_url(request, s), s == request.effective_sort)
            for s in sort_names
        ],
        suggestion=suggestion,
        histogram=histogram(result.counts.get("year", {}), request),
        feed_url=urls.search_url(request.with_changes(page=1), "/feed"),
        feed_about_url=urls.search_url(request.with_changes(page=1), "/feed/about"),
        csv_url=urls.search_url(request.with_changes(page=1), "/export.csv"),
        json_url=urls.search_url(request.with_changes(page=1), "/export.json"),
        api_url=urls.search_url(request, "/api/search"),
        cooperation_url=urls.search_url(request.with_changes(page=1), "/cooperation"),
        form_fields=[(k, v) for k, v in urls.search_args(request) if k not in ("q", "page")],
        date_form_fields=[
            (k, v) for k, v in urls.search_args(request) if k not in ("from", "to", "page")
        ],
        last_page=_last_page(request, result.total, len(result.hits)),
        filter_count=sum(len(chip.parts) for chip in page_chips),
        scope=Scope(scope_label(page_chips), clear_url)
        if (clear_url := clear_all_url(request))
        else None,
    )


@dataclass(frozen=True)
class ArticlePage:
    """Everything the article page shows."""

    article: StoredArticle
    language: str
    countries: list[Link]
    people: list[Link]
    topics: list[Link]
    outlet: Link | None
    paragraphs: list[Markup]
    date_evidence_url: str | None
    evidence_notes: list[EvidenceNote]
    source_url: str
    original_url: str | None
    related: list[Link]
    query: str
    pairs: list[Link] = field(default_factory=list)
    equipment: list[Link] = field(default_factory=list)  # labelled with their type
    title: Markup = field(default_factory=Markup)  # the title with the query's matches marked
    matches: MatchBar | None = None  # None when the page was opened without a query
    context: SearchContext = field(default_factory=SearchContext)  # the search it came from


def article_page(
    article: StoredArticle,
    highlighted: tuple[Markup, list[Markup]],
    related: list[StoredArticle],
    request: SearchRequest | None,
) -> ArticlePage:
    """Return the article page from its highlighted title and paragraphs; ``request`` is the
    search the reader came from, if any."""
    evidence = read_evidence(article.evidence)
    paragraphs, notes = mark_evidence(article.text, highlighted[1], evidence)
    (title,), in_title = number_matches([highlighted[0]])
    paragraphs, in_text = number_matches(paragraphs, in_title)
    path = urls.article_url(article.id)

    def value_link(facet: str, value: str, label: str) -> Link:
        url = urls.filter_url(facet, value)
        return Link(label, url, evidence_url=evidence_url(evidence, facet, value))

    return ArticlePage(
        article=article,
        language=language_label(article.language),
        countries=[value_link("country", c, country_label(c)) for c in article.countries],
        people=[value_link("person", p, p) for p in article.people],
        topics=[Link(topic_label(t), urls.filter_url("topic", t)) for t in article.topics],
        outlet=Link(article.outlet, urls.filter_url("source", article.outlet))
        if article.outlet
        else None,
        pairs=[Link(pair_label(p), urls.filter_url("pair", p)) for p in article.pairs],
        equipment=[
            Link(equipment_label(e), urls.filter_url("equipment", e)) for e in article.equipment
        ],
        paragraphs=paragraphs,
        date_evidence_url=evidence_url(evidence, "date", article.date) if article.date else None,
        evidence_notes=notes,
        source_url=urls.article_url(article.id, request, "/text"),
        original_url=urls.safe_external_url(article.url),
        related=[Link(a.title or "(untitled)", urls.article_url(a.id, request)) for a in related],
        query=request.q if request else "",
        title=title,
        matches=match_bar(request.q if request else "", in_title + in_text),
        context=search_context(request, path),
    )


def equipment_label(name: str) -> str:
    """Return an equipment name with its type when known: "K2 Black Panther (tank)"."""
    kind = equipment_type(name)
    return f"{name} ({kind})" if kind else name
