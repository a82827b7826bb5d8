"""Postings read in bulk (searchapp/postings.py) agree with Whoosh's own matchers."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import numpy as np
import pytest
from whoosh import index
from whoosh.fields import KEYWORD, TEXT, Schema
from whoosh.formats import Positions
from whoosh.query import And, Phrase, Term
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from searchapp.masks import query_mask
from searchapp.phrases import CachedPhrase
from searchapp.positions import _gap_lists, gap_arrays
from searchapp.postings import field_postings, term_docs, term_weights
from searchapp.shared import SharedData

WORDS = ("tank", "drone", "frigate")
COUNTRIES = ("PL", "SK", "KR", "UA")


def article(n: int) -> dict[str, str]:
    """Return invented document ``n``: every country and word at its own rhythm."""
    countries = [c for i, c in enumerate(COUNTRIES) if n % (i + 2) == 0] or ["UA"]
    words = [w for i, w in enumerate(WORDS) for _ in range(n % (i + 2))]
    return {"countries": " ".join(countries), "body": " ".join([*words, "report"])}


@pytest.fixture(scope="module", params=["one segment", "two segments and deletions"])
def reader(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> IndexReader:
    """Return a reader over 600 documents: several posting blocks per common term."""
    directory: Path = tmp_path_factory.mktemp("postings")
    ix = index.create_in(directory, Schema(countries=KEYWORD, body=TEXT))
    split = request.param != "one segment"
    with ix.writer() as writer:
        for n in range(400 if split else 600):
            writer.add_document(**article(n))
    if split:
        with ix.writer() as writer:
            writer.merge = False
            for n in range(400, 600):
                writer.add_document(**article(n))
            for n in range(0, 400, 7):  # Whoosh deletes in written segments only
                writer.delete_document(n)
    found = ix.reader()
    assert len(found.leaf_readers()) == (2 if split else 1)
    yield found
    found.close()


def whoosh_docs(reader: IndexReader, field: str, raw: bytes) -> list[int]:
    """Return a term's live documents as Whoosh's matcher yields them."""
    return sorted(reader.postings(field, raw).all_ids())


@pytest.mark.parametrize("field", ["countries", "body"])
def test_field_postings_match_whoosh(reader: IndexReader, field: str) -> None:
    found = dict(field_postings(reader, field))
    assert list(found) == [raw.decode() for raw in reader.lexicon(field)]
    for value, docs in found.items():
        assert docs.tolist() == whoosh_docs(reader, field, value.encode())


@pytest.mark.parametrize(
    ("field", "value"), [("countries", "PL"), ("countries", "KR"), ("body", "tank"), ("body", "zz")]
)
def test_term_docs_match_whoosh(reader: IndexReader, field: str, value: str) -> None:
    expected = whoosh_docs(reader, field, value.encode()) if (field, value) in reader else []
    assert term_docs(reader, field, value).tolist() == expected


@pytest.mark.parametrize("word", [*WORDS, "report", "absent"])
def test_term_weights_match_whoosh(reader: IndexReader, word: str) -> None:
    for leaf, base in reader.leaf_readers():
        expected = np.zeros(leaf.doc_count_all(), dtype=np.float32)
        if ("body", word.encode()) in leaf:
            matcher = leaf.postings("body", word.encode())
            while matcher.is_active():
                expected[matcher.id()] = matcher.weight()
                matcher.next()
        assert term_weights(leaf, "body", word.encode()).tolist() == expected.tolist(), base


@pytest.mark.parametrize(
    "positions",
    [
        [[3, 10, 300]],
        [[0], [5, 6], [1, 70000]],
        [list(range(1, 2500)), [4]],  # a pickle of over 1000 items appends in batches
        [],
    ],
)
@pytest.mark.parametrize("stopped", [True, False])
def test_gap_lists_load_positions_like_whoosh(positions: list[list[int]], stopped: bool) -> None:
    fmt = Positions()
    values = [fmt.encode(p) for p in positions]
    if not stopped:  # some writers leave the pickle's final stop out
        values = [v[:-1] for v in values]
    found = _gap_lists(values)
    assert [list(accumulate(gaps)) for gaps in found] == [fmt.decode_positions(v) for v in values]
    counts, gaps = gap_arrays(values)
    assert counts.tolist() == [len(p) for p in positions]
    assert gaps.tolist() == [g for held in found for g in held]


@pytest.mark.parametrize(
    ("words", "occurs"),
    [
        (["tank", "drone"], True),
        (["drone", "frigate"], True),
        (["frigate", "report"], True),
        (["report", "tank"], False),  # both words in many documents, never in this order
    ],
)
@pytest.mark.parametrize("words_cached", [False, True])
def test_phrase_masks_match_whoosh(
    reader: IndexReader, words: list[str], occurs: bool, words_cached: bool
) -> None:
    searcher, cache = Searcher(reader), SharedData()
    if words_cached:  # positions then read lazily, else with the words' weights in one pass
        query_mask(searcher, And([Term("body", w) for w in words]), cache)
    expected = sorted(searcher.docs_for_query(Phrase("body", words)))
    found = query_mask(searcher, CachedPhrase("body", words, cache), cache)
    assert bool(expected) == occurs
    assert np.flatnonzero(found).tolist() == expected


@pytest.mark.parametrize(("field", "text"), [("body", "tank"), ("countries", "PL"), ("body", "zz")])
def test_remembered_doc_frequency_matches_whoosh(
    reader: IndexReader, field: str, text: str
) -> None:
    shared = SharedData()
    for _ in range(2):  # read, then remembered
        assert shared.doc_frequency(reader, field, text) == reader.doc_frequency(field, text)
