"""Disjunctive facet counts over numpy arrays of postings (no Whoosh here).

>>> postings = FacetPostings.from_terms([("PL", [0, 2]), ("SK", [1, 2])])
>>> count_facets({"country": postings}, np.array([True, True, False]), {})
(2, {'country': {'PL': 1, 'SK': 1}})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

Mask = np.ndarray  # bool, one entry per document number


@dataclass(frozen=True)
class FacetPostings:
    """One facet field's postings: parallel arrays of document number and value id."""

    value_names: list[str]
    posting_doc: np.ndarray  # int32, global document numbers
    posting_value: np.ndarray  # int32, indexes into value_names

    @classmethod
    def from_terms(cls, terms: Iterable[tuple[str, Iterable[int]]]) -> FacetPostings:
        """Build the arrays from (value, document numbers) pairs, one pair per value."""
        names: list[str] = []
        docs: list[np.ndarray] = []
        for value, docnums in terms:
            docs.append(np.fromiter(docnums, dtype=np.int32))
            names.append(value)
        sizes = [len(d) for d in docs]
        posting_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
        posting_value = np.repeat(np.arange(len(names), dtype=np.int32), sizes)
        return cls(names, posting_doc, posting_value)

    def mask(self, values: Iterable[str], doc_count: int) -> Mask:
        """Return the documents holding any of ``values`` (unknown values match nothing)."""
        wanted = {value for value in values}
        selected = np.array([name in wanted for name in self.value_names], dtype=bool)
        found = np.zeros(doc_count, dtype=bool)
        if len(selected):
            found[self.posting_doc[selected[self.posting_value]]] = True
        return found

    def counts(self, docs: Mask) -> dict[str, int]:
        """Return value → number of ``docs`` holding it, for values held at least once."""
        tally = np.bincount(
            self.posting_value[docs[self.posting_doc]], minlength=len(self.value_names)
        )
        return {self.value_names[i]: int(tally[i]) for i in np.flatnonzero(tally)}


def mask_of(docnums: Iterable[int], doc_count: int) -> Mask:
    """Return the mask of a set of document numbers."""
    found = np.zeros(doc_count, dtype=bool)
    found[np.fromiter(docnums, dtype=np.int64)] = True
    return found


def all_of(masks: Iterable[Mask], base: Mask) -> Mask:
    """Return ``base`` AND every mask."""
    combined = base.copy()
    for mask in masks:
        combined &= mask
    return combined


def count_facets(
    facets: Mapping[str, FacetPostings],
    matched: Mask,
    filters: Mapping[str, Mask],
    always: Iterable[Mask] = (),
) -> tuple[int, dict[str, dict[str, int]]]:
    """Return the filtered total and, per facet, its counts without its own filter.

    ``matched`` holds the query's documents, ``filters`` one mask per filtered facet (its selected
    values OR-ed), ``always`` the filters every count honours (the date range).
    """
    base = all_of(always, matched)
    everything = all_of(filters.values(), base)
    counts = {}
    for name, postings in facets.items():
        if name in filters:
            docs = all_of((m for other, m in filters.items() if other != name), base)
        else:
            docs = everything
        counts[name] = postings.counts(docs)
    return int(everything.sum()), counts
