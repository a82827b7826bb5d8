"""searchapp.index: one searcher per worker, replaced only when the index changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from indexer.article import Article
from indexer.store import IndexStore
from searchapp.index import IndexHolder


def test_searcher_is_kept_until_the_index_changes(
    tmp_path: Path, index_builder: Callable[[Path], Path], articles: tuple[Article, ...]
) -> None:
    index_builder(tmp_path)
    holder = IndexHolder(tmp_path)
    try:
        first = holder.engine()
        assert holder.engine() is first
        changed = replace(articles[0], title="Changed title")
        with IndexStore(tmp_path) as store, store.batch() as batch:
            batch.put(changed, changed.source, "fixtures")
        second = holder.engine()
        assert second is not first
        assert second.searcher.doc_count() == len(articles)  # no double counting
        assert second.article(changed.id).title == "Changed title"
    finally:
        holder.close()


def test_rebuild_swaps_the_live_index(
    tmp_path: Path, index_builder: Callable[[Path], Path], articles: tuple[Article, ...]
) -> None:
    index_builder(tmp_path)
    holder = IndexHolder(tmp_path)
    try:
        first = holder.engine()
        with IndexStore(tmp_path, rebuild=True) as store, store.batch() as batch:
            batch.put(articles[1], articles[1].source, "fixtures")
        second = holder.engine()
        assert second is not first and second.searcher.doc_count() == 1
    finally:
        holder.close()
