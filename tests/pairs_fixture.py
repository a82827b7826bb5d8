"""The fixture articles with partner pairs, for the cooperation map (until pairs are extracted)."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from pathlib import Path

from indexer.article import Article
from indexer.store import IndexStore


def with_pairs(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """Return the articles with every two of their countries as partners."""
    return tuple(
        replace(a, pairs=tuple("-".join(sorted(p)) for p in combinations(a.countries, 2)))
        for a in articles
    )


def build_pairs_index(directory: Path, articles: tuple[Article, ...]) -> Path:
    """Build an index of the articles with pairs in ``directory`` and return it."""
    with IndexStore(directory) as store, store.batch() as batch:
        for article in with_pairs(articles):
            batch.put(article, article.source, "fixtures")
    return directory
