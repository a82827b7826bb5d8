"""Postings written a term at a time: what Whoosh's own writer gives, over several blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index
from whoosh.writing import SegmentWriter

from indexer import fields as F
from indexer.store import build_schema
from indexer.store.postings import MemoryPool
from indexer.store.segments import FastSegmentWriter

# 300 documents: "tank" in every one (three blocks of up to 128), "frigate" in every seventh,
# a rare word in one; repeated words give varying weights and positions.
DOCUMENTS = [
    {
        F.ID: f"doc{n}",
        F.TITLE: "Tank order" if n % 2 else "Frigate order",
        F.BODY: " ".join(
            ["tank"] * (1 + n % 4) + ["frigate"] * (n % 7 == 0) + ["zeppelin"] * (n == 150)
        )
        + " deliveries begin next year",
        F.COUNTRIES: "PL,KR" if n % 3 else "DE",
    }
    for n in range(300)
]


def _write(folder: Path, writer_class: type) -> None:
    folder.mkdir()
    ix = index.create_in(str(folder), build_schema())
    writer = writer_class(ix, compound=False)
    for document in DOCUMENTS:
        writer.add_document(**document)
    writer.commit()
    ix.close()


def _read(folder: Path, field: str, term: bytes) -> tuple[object, ...]:
    ix = index.open_dir(str(folder))
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            info = reader.term_info(field, term)
            matcher = reader.postings(field, term)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            return (*stats, info.max_weight(), info.min_id(), info.max_id(), items)
    finally:
        ix.close()


@pytest.mark.parametrize(
    ("field", "term"),
    [
        (F.BODY, b"tank"),
        (F.BODY, b"frigat"),
        (F.BODY, b"zeppelin"),
        (F.TITLE, b"order"),
        (F.COUNTRIES, b"PL"),
        (F.COUNTRIES, b"DE"),
    ],
)
def test_a_term_s_blocks_read_back_as_whoosh_wrote_them(tmp_path, field, term):
    _write(tmp_path / "whoosh", SegmentWriter)
    _write(tmp_path / "fast", FastSegmentWriter)
    assert _read(tmp_path / "fast", field, term) == _read(tmp_path / "whoosh", field, term)


@pytest.mark.parametrize(
    ("postings", "compressed"),
    [(1, False), (128, True)],
)
def test_only_blocks_worth_it_are_compressed(tmp_path, postings, compressed):
    _write(tmp_path / "fast", FastSegmentWriter)
    ix = index.open_dir(str(tmp_path / "fast"))
    try:
        with ix.searcher() as searcher:
            term = b"zeppelin" if postings == 1 else b"tank"
            matcher = searcher.reader().postings(F.BODY, term)
            assert matcher._blocklength == postings
            assert bool(matcher._compression) is compressed
    finally:
        ix.close()


def test_the_pool_keeps_each_document_s_field_length_once():
    pool = MemoryPool()
    pool.add_many("body", [(b"a", 1, 1.0, b"x"), (b"b", 2, 2.0, b"yy")], 3, 7)
    pool.add_many("body", [(b"a", 1, 1.0, b"z")], 5, 2)
    assert [(term, postings) for _, term, postings in pool.terms()] == [
        (b"a", [(3, 1.0, 7, b"x"), (5, 1.0, 2, b"z")]),
        (b"b", [(3, 2.0, 7, b"yy")]),
    ]
