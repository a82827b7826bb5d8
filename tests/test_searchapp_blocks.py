"""whoosh3 posting blocks decoded without their values (searchapp/blocks.py) match Whoosh."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import KEYWORD, TEXT, Schema
from whoosh.reading import IndexReader

from searchapp.postings import segment_postings

# Words and the documents holding them: blocks of 1 to 3 postings (no MARK before their
# values) and longer ones, with one, two or several occurrences per document.
WORDS = {"rare": [7], "pair": [3, 90], "trio": [1, 2, 3], "many": list(range(0, 200, 3))}


def sentence(n: int) -> str:
    """Return invented document ``n``: each word as often as n's rhythm says."""
    words = [w for w, docs in WORDS.items() for _ in range(1 + n % 3) if n in docs]
    return " ".join(["convoy", *words, "report"])


@pytest.fixture(scope="module", params=[2, 5, 128])
def reader(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> IndexReader:
    """Return a one-segment reader whose blocks hold at most ``param`` postings."""
    directory: Path = tmp_path_factory.mktemp("blocks")
    ix = index.create_in(directory, Schema(tags=KEYWORD, body=TEXT))
    with ix.writer(codec=W3Codec(blocklimit=request.param)) as writer:
        for n in range(200):
            writer.add_document(tags="x y" if n % 2 else "x", body=sentence(n))
    found = ix.reader()
    yield found
    found.close()


def whoosh_postings(reader: IndexReader, field: str, word: str) -> tuple[list, list, list]:
    """Return a term's ids, weights and values as Whoosh's matcher reads them."""
    matcher = reader.postings(field, word.encode())
    ids, weights, values = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    return ids, weights, values


@pytest.mark.parametrize(
    ("field", "word"), [("body", w) for w in [*WORDS, "convoy"]] + [("tags", "y")]
)
@pytest.mark.parametrize("values", [False, True])
def test_blocks_decode_like_whoosh(
    reader: IndexReader, field: str, word: str, values: bool
) -> None:
    ids, weights, held = whoosh_postings(reader, field, word)
    found = segment_postings(reader, field, word.encode(), values=values)
    if found is None:  # a term of one posting is inlined in its term info: Whoosh reads it
        assert len(ids) == 1
        return
    assert found.ids.tolist() == ids
    assert found.weights.tolist() == weights
    if field == "body":  # Positions values; a keyword's are fixed-size bytes, never read
        assert found.values == (held if values else [])


@pytest.mark.parametrize("wanted", [[0], [99, 100], [198], [], list(range(0, 200, 40))])
def test_wanted_documents_read_their_blocks_only(reader: IndexReader, wanted: list[int]) -> None:
    ids, _, held = whoosh_postings(reader, "body", "convoy")
    found = segment_postings(reader, "body", b"convoy", True, np.asarray(wanted, dtype=np.int64))
    assert found is not None
    assert set(wanted) <= set(found.ids.tolist()) <= set(ids)
    assert found.values == [held[ids.index(i)] for i in found.ids.tolist()]
    if not wanted:
        assert not len(found.ids)
