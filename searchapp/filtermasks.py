"""A request's facet and date filters as masks over the index's documents (no Whoosh here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from indexer.fields import FACET_FIELDS
from searchapp.facetcounts import FacetFilter, FacetPostings, all_of, facet_filter
from searchapp.request import SearchRequest
from searchapp.shared import UNDATED

Filters = tuple[dict[str, FacetFilter], list[np.ndarray]]


def facet_filters(
    request: SearchRequest,
    postings: Mapping[str, FacetPostings],
    values: Callable[[str, str], list[str]],
    count: int,
) -> dict[str, FacetFilter]:
    """Return one filter per filtered facet: its selection (any or all) and exclusions.

    ``values`` maps a facet and a typed value to the stored values it stands for.
    """

    def holding(name: str, value: str) -> np.ndarray:
        return postings[name].mask(values(name, value), count)

    return {
        name: facet_filter(
            [holding(name, value) for value in request.filters.get(name, ())],
            {value: holding(name, value) for value in request.excluded.get(name, ())},
            request.mode(name) == "all",
        )
        for name in FACET_FIELDS
        if name in request.filters or name in request.excluded
    }


def date_masks(request: SearchRequest, dates: Callable[[], np.ndarray]) -> list[np.ndarray]:
    """Return the date-range filter as a mask (no mask without a range; dates read lazily)."""
    low, high = request.date_range
    if low is None and high is None:
        return []
    numbers = dates()
    found = numbers != UNDATED
    if low is not None:
        found &= numbers >= low
    if high is not None:
        found &= numbers <= high
    return [found]


def kept(filters: Filters, matched: np.ndarray) -> np.ndarray:
    """Return the matches the facet and date filters let through (``matched`` if none)."""
    facets, dates = filters
    masks = [*(f.kept for f in facets.values() if f.kept is not None), *dates]
    return all_of(masks, matched) if masks else matched
