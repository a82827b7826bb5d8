"""The slow, obvious answer to a filtered search: which articles match and each facet's counts.

Tests compare the engine against this: selected values combine with OR ("any") or AND ("all")
within a facet, AND across facets; excluded values leave articles out. A facet is counted with
every other facet's filter and its own exclusions; with its own selection only under "all". An
excluded value counts what it would if it were not excluded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from indexer.article import Article

FACET_VALUES: dict[str, Callable[[Article], set[str]]] = {
    "country": lambda a: set(a.countries),
    "year": lambda a: {str(a.date.year)} if a.date else {"undated"},
    "person": lambda a: set(a.people),
    "topic": lambda a: set(a.topics),
    "language": lambda a: {a.language},
    "source": lambda a: {a.outlet} if a.outlet else set(),
    "pair": lambda a: set(a.pairs),
    "equipment": lambda a: set(a.equipment),
}
Values = Mapping[str, Iterable[str]]


def passes_selection(article: Article, name: str, values: Iterable[str], mode: str) -> bool:
    """Tell whether the article holds any (or all) of a facet's selected values."""
    held, wanted = FACET_VALUES[name](article), set(values)
    return wanted <= held if mode == "all" else bool(wanted & held)


def passes(
    article: Article,
    filters: Values,
    modes: Mapping[str, str] | None = None,
    excluded: Values | None = None,
    skip: str | None = None,
) -> bool:
    """Tell whether an article passes the filters; ``skip``'s "any of" selection is ignored."""
    modes, excluded = modes or {}, excluded or {}
    for name, values in filters.items():
        mode = modes.get(name, "any")
        if (name != skip or mode == "all") and not passes_selection(article, name, values, mode):
            return False
    return not any(FACET_VALUES[name](article) & set(vs) for name, vs in excluded.items())


def expected(
    articles: Iterable[Article],
    filters: Values,
    modes: Mapping[str, str] | None = None,
    excluded: Values | None = None,
) -> tuple[int, dict[str, dict[str, int]]]:
    """Return the total and every facet's counts, computed article by article."""
    articles = list(articles)
    excluded = excluded or {}
    counts: dict[str, dict[str, int]] = {}
    for name in FACET_VALUES:
        tally: Counter[str] = Counter()
        for article in articles:
            if passes(article, filters, modes, excluded, skip=name):
                tally.update(FACET_VALUES[name](article))
        for value in excluded.get(name, ()):
            others = {**excluded, name: [v for v in excluded[name] if v != value]}
            tally[value] = sum(
                passes(a, filters, modes, others, skip=name) and value in FACET_VALUES[name](a)
                for a in articles
            )
        counts[name] = {v: n for v, n in tally.items() if n or v in excluded.get(name, ())}
    total = sum(passes(a, filters, modes, excluded) for a in articles)
    return total, counts
