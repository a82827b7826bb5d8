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
    feed_url: str
    csv_url: str
    json_url: str
    api_url: str
    cooperation_url: str
    form_fields: list[tuple[str, str]]
    date_form_fields: list[tuple[str, str]]


def hit_view(hit: Hit, request: SearchRequest) -> HitView:
    """Return a hit as the result list shows it."""
    article = hit.article
    return HitView(
        title=article.title or "(untitled)",
        url=urls.article_url(article.id, request),
        date=article.date,
        outlet=article.outlet,
        countries=[country_label(c) for c in article.countries],
        snippet=hit.snippet,
    )


def _pages(request: SearchRequest, total: int) -> list[Link]:
    count = max(1, min(-(-total // request.per_page), MAX_RESULT_WINDOW // request.per_page))
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
    suggestion = None
    if result.suggestion:
        suggestion = Link(result.suggestion, urls.query_url(result.suggestion, request))
    return SearchPage(
        request=request,
        total=result.total,
        first=first,
        last=last,
        hits=[hit_view(hit, request) for hit in result.hits],
        facets=facet_groups(result.counts, request, aliases=result.aliases),
        chips=chips(request),
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
        csv_url=urls.search_url(request.with_changes(page=1), "/export.csv"),
        json_url=urls.search_url(request.with_changes(page=1), "/export.json"),
        api_url=urls.search_url(request, "/api/search"),
        cooperation_url=urls.search_url(request.with_changes(page=1), "/cooperation"),
        form_fields=[(k, v) for k, v in urls.search_args(request) if k not in ("q", "page")],
        date_form_fields=[
            (k, v) for k, v in urls.search_args(request) if k not in ("from", "to", "page")
        ],
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
        source_url=urls.article_url(article.id, request, "/source"),
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
