"""The per-generation mask cache is bounded by the bytes it holds, not by its entries."""

from __future__ import annotations

import numpy as np
import pytest

from searchapp import shared
from searchapp.shared import SharedData


@pytest.mark.parametrize(
    ("sizes", "kept"),
    [
        ([10, 10, 10], [0, 1, 2]),  # small arrays (a segment's share of a term) all fit
        ([60, 60], [1]),  # the oldest goes once the budget is passed
        ([60, 10, 60], [1, 2]),
        ([200], [0]),  # one array larger than the budget is still kept, alone
    ],
)
def test_mask_cache_keeps_newest_within_budget(
    monkeypatch: pytest.MonkeyPatch, sizes: list[int], kept: list[int]
) -> None:
    monkeypatch.setattr(shared, "MASK_CACHE_BYTES", 100)
    monkeypatch.setattr(shared, "ENTRY_BYTES", 0)
    cache = SharedData()
    for n, size in enumerate(sizes):
        cache.cache_mask(("term", n), np.zeros(size, dtype=np.uint8))
    assert [n for n in range(len(sizes)) if cache.cached_mask(("term", n)) is not None] == kept
    assert cache.mask_bytes == sum(sizes[n] for n in kept)


def test_mask_cache_replaces_a_key_without_counting_it_twice() -> None:
    cache = SharedData()
    for _ in range(3):
        cache.cache_mask(("term", 0), np.zeros(50, dtype=np.uint8))
    assert cache.mask_bytes == 50 + shared.ENTRY_BYTES


def test_empty_entries_count_against_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "MASK_CACHE_BYTES", 10 * shared.ENTRY_BYTES)
    cache = SharedData()
    for n in range(100):  # a word absent from a segment: no array, still an entry
        cache.cache_mask(("term", n), np.zeros(0, dtype=np.int32))
    assert len(cache.masks) == 10


@pytest.mark.parametrize(
    "counts",
    [
        (0, {"country": {}, "person": {}}),
        (3, {"country": {"PL": 2, "SK": 1}, "person": {"Jan Nowak": 3}}),
    ],
)
def test_facet_counts_come_back_as_cached(counts: shared.FacetCounts) -> None:
    cache = SharedData()
    cache.cache_counts(("q",), counts)
    found = cache.cached_counts(("q",))
    assert found == counts
    assert found is not None and found[1]["country"] is not counts[1]["country"]
