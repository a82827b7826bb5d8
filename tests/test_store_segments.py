"""New segments written by SegmentBuilder: the same postings as Whoosh's writer, in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index
from whoosh.writing import SegmentWriter

from indexer import fields as F
from indexer.store import IndexStore, build_schema, live_path
from indexer.store.segments import FastSegmentWriter, MemoryPool, SegmentBuilder

TEXTS = [
    "Die Bundeswehr kauft Panzer für 3.5 Mrd. Euro; Polen bestellt 155mm Munition.",
    "The U.S. and the U.K. agree on a frigate deal, a first for the *navy* in e.g. 2024.",
    "Ministr Kaliňák a ministr Błaszczak podepsali dohodu o spolupráci: naïve, NAÏVE, naive.",
    "the a an of to in",
    "",
    "x y z 1 22 333 ab.cd.ef drones drones drones, Drones and DRONES",
]


def _documents() -> list[dict[str, object]]:
    return [
        {
            F.ID: f"doc{n}",
            F.TITLE: text[:40],
            F.BODY: f"{text} {text}",
            F.PEOPLE_TEXT: text[:20],
            F.COUNTRIES: "PL,DE",
            F.DATE_NUM: 20240101 + n,
        }
        for n, text in enumerate(TEXTS)
    ]


def _postings(folder: Path) -> dict[tuple[str, bytes], object]:
    ix = index.open_dir(str(folder))
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            found: dict[tuple[str, bytes], object] = {}
            for field, term in reader.all_terms():
                if field.startswith("spell_"):
                    # Only the words matter: the corrector ranks them by their frequency in
                    # the field itself; Whoosh writes one posting per article, we one in all.
                    found[(field, term)] = "a spelling word"
                    continue
                matcher = reader.postings(field, term)
                items = []
                while matcher.is_active():
                    items.append((matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                found[(field, term)] = (reader.doc_frequency(field, term), items)
            lengths = [
                reader.doc_field_length(n, name)
                for n in range(reader.doc_count_all())
                for name in (F.TITLE, F.BODY, F.PEOPLE_TEXT)
            ]
            found[("lengths", b"")] = lengths
            found[("stored", b"")] = list(reader.all_stored_fields())
            return found
    finally:
        ix.close()


def _write(folder: Path, writer_class: type) -> None:
    folder.mkdir()
    ix = index.create_in(str(folder), build_schema())
    writer = writer_class(ix, compound=False)
    for document in _documents():
        writer.add_document(**document)
    writer.commit()
    ix.close()


def test_the_fast_writer_writes_what_whoosh_writes(tmp_path):
    _write(tmp_path / "whoosh", SegmentWriter)
    _write(tmp_path / "fast", FastSegmentWriter)
    assert _postings(tmp_path / "fast") == _postings(tmp_path / "whoosh")


@pytest.mark.parametrize("typed", ["drone", "munitoin", "bundeswer", "naive", "frigat"])
def test_spelling_suggestions_are_the_same_as_from_whoosh_s_writer(tmp_path, typed):
    suggestions = []
    for name, writer_class in (("whoosh", SegmentWriter), ("fast", FastSegmentWriter)):
        _write(tmp_path / name, writer_class)
        ix = index.open_dir(str(tmp_path / name))
        with ix.searcher() as searcher:
            suggestions.append(searcher.corrector(F.BODY).suggest(typed, limit=3, maxdist=2))
        ix.close()
    assert suggestions[0] == suggestions[1]


@pytest.mark.parametrize(("limit", "segments"), [(10**9, 1), (1, len(TEXTS))])
def test_a_builder_closes_a_segment_when_its_postings_pass_the_limit(tmp_path, limit, segments):
    with IndexStore(tmp_path) as store, store.batch() as batch:
        builder = SegmentBuilder(batch.folder, limit=limit)
        for document in _documents():
            builder.add(document)
        written = builder.finish()
        batch.add_segments(written)
    assert len(written) == segments
    ix = index.open_dir(str(live_path(tmp_path)))
    try:
        assert ix.doc_count() == len(TEXTS)
        with ix.searcher() as searcher:
            assert searcher.document_number(**{F.ID: "doc5"}) is not None
    finally:
        ix.close()


def test_the_memory_pool_yields_postings_sorted_by_field_and_term():
    pool = MemoryPool()
    for item in [("b", b"x", 0, 1.0, b"v"), ("a", b"y", 1, 2.0, None), ("a", b"y", 0, 1.5, b"")]:
        pool.add(item)
    assert list(pool.iter_postings()) == [
        ("a", b"y", 1, 2.0, b""),
        ("a", b"y", 0, 1.5, b""),
        ("b", b"x", 0, 1.0, b"v"),
    ]


@pytest.mark.parametrize(("first", "segments"), [(1.0, 1), (10**-9, 2)])
def test_a_builder_may_close_its_first_segment_early(tmp_path, first, segments):
    with IndexStore(tmp_path) as store, store.batch() as batch:
        builder = SegmentBuilder(batch.folder, limit=10**9, first=first)
        for document in _documents():
            builder.add(document)
        written = builder.finish()
        batch.add_segments(written)
    assert len(written) == segments
