"""Streaming indexing: JSON Lines read in pieces on every core; rebuilds reuse extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whoosh.index import open_dir
from whoosh.query import Term

from indexer import fields as F
from indexer import parallel, sources, units
from indexer.pipeline import run_index
from indexer.store import live_path


def _stored(index_dir: Path) -> dict[str, dict[str, object]]:
    ix = open_dir(str(live_path(index_dir)))
    try:
        with ix.searcher() as searcher:
            return {doc[F.ID]: doc for doc in searcher.all_stored_fields()}
    finally:
        ix.close()


def _jsonl(path: Path, count: int) -> None:
    records = [
        {
            "text": f"Poland buys tanks, part {n}.\n\nThe Polish army ordered {n} more K2 tanks.",
            "title": f"Order {n}",
        }
        for n in range(count)
    ]
    records[7] = {"title": "no text"}  # record 8 is skipped, and numbering goes on
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_large_jsonl_file_is_read_in_pieces_with_stable_record_numbers(
    tmp_path, monkeypatch, workers
):
    monkeypatch.setattr(sources, "STREAM_FROM_BYTES", 1_000)
    monkeypatch.setattr(units, "PIECE_LINES", 5)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 4)
    _jsonl(tmp_path / "feed.jsonl", 40)
    summary = run_index([str(tmp_path / "feed.jsonl")], tmp_path / "ix", workers=workers)
    assert (summary.added, len(summary.skipped)) == (39, 1)
    assert summary.skipped[0].path.endswith("feed.jsonl#8")
    titles = sorted(str(doc[F.TITLE]) for doc in _stored(tmp_path / "ix").values())
    assert titles == sorted(f"Order {n}" for n in range(40) if n != 7)
    # The same ids as reading the file whole: record numbers count from the file's first line.
    monkeypatch.setattr(sources, "STREAM_FROM_BYTES", 10**9)
    again = run_index([str(tmp_path / "feed.jsonl")], tmp_path / "ix2", workers=1)
    assert again.added == 39
    assert set(_stored(tmp_path / "ix")) == set(_stored(tmp_path / "ix2"))


def test_a_rebuild_copies_unchanged_files_instead_of_extracting_them(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    for n in range(3):
        text = f"Poland buys tanks, part {n}\n\nThe army ordered tanks, part {n}.\n"
        (tmp_path / "in" / f"{n}.txt").write_text(text)
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    before = _stored(tmp_path / "ix")
    (tmp_path / "in" / "2.txt").write_text("Drones for Korea\n\nKorea buys drones.\n")

    extracted: list[str] = []
    real = units.extract_article

    def counting(raw, explain=False):
        extracted.append(raw.source)
        return real(raw, explain=explain)

    monkeypatch.setattr(units, "extract_article", counting)
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix", rebuild=True)
    assert [Path(source).name for source in extracted] == ["2.txt"]
    assert (summary.unchanged, summary.updated, summary.total) == (2, 1, 3)
    after = _stored(tmp_path / "ix")
    for article_id, doc in before.items():
        if not str(doc[F.SOURCE_PATH]).endswith("2.txt"):
            assert after[article_id] == doc  # copied whole, stored fields and all
    ix = open_dir(str(live_path(tmp_path / "ix")))
    try:  # the copies are searchable: their text was indexed again, not only stored
        with ix.searcher() as searcher:
            assert len(searcher.search(Term(F.BODY, "tank"))) == 2
    finally:
        ix.close()


@pytest.mark.parametrize(
    ("given", "kept", "note"),
    [
        ({"countries": ["PL", "KR"]}, {"countries": ("PL", "KR")}, None),
        ({"countries": ["PL", "XX"]}, {}, "invalid 'countries'"),
        ({"countries": "PL"}, {}, "invalid 'countries'"),
        ({"topics": ["tanks", "drones"]}, {"topics": ("tanks", "drones")}, None),
        ({"topics": ["tank"]}, {}, "invalid 'topics'"),
        ({"language": "pl"}, {"language": "pl"}, None),
        ({"language": "polish"}, {}, "invalid 'language'"),
        ({"people": ["Robert Kaliňák"]}, {"people": ("Robert Kaliňák",)}, None),
        ({"people": ["", 3]}, {}, "invalid 'people'"),
        ({"pairs": ["KR-PL"]}, {"pairs": ("KR-PL",)}, None),
        ({"pairs": ["PL-KR"]}, {}, "invalid 'pairs'"),
        ({"equipment": ["K2 Black Panther"]}, {"equipment": ("K2 Black Panther",)}, None),
        ({"equipment": [""]}, {}, "invalid 'equipment'"),
    ],
)
def test_upstream_fields_are_kept_when_valid_and_extracted_when_not(tmp_path, given, kept, note):
    record = {
        "text": "Poland and Korea sign a tank deal. Warsaw buys K2 tanks from Seoul.",
        **given,
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    summary = run_index([str(tmp_path / "a.jsonl")], tmp_path / "ix")
    (doc,) = _stored(tmp_path / "ix").values()
    for key, value in kept.items():
        fields = {"countries": F.COUNTRIES, "topics": F.TOPICS, "people": F.PEOPLE}
        field = {**fields, "pairs": F.PAIRS, "equipment": F.EQUIPMENT}.get(key, key)
        stored = doc[field]
        assert (stored if key == "language" else tuple(str(stored).split(","))) == value
    if note:
        assert any(note in line for line in summary.lines())
        key = next(iter(given))
        if key not in ("people", "equipment"):  # the text names no person: none to extract
            assert doc.get({"countries": F.COUNTRIES, "topics": F.TOPICS}.get(key, key))
    else:
        assert not summary.notes


def test_an_index_with_another_field_kind_is_rebuilt_reusing_its_extraction(tmp_path, monkeypatch):
    from whoosh.fields import STORED

    from indexer.store import schema as store

    real_schema = store.build_schema

    def old_schema():
        schema = real_schema()
        schema.remove(F.EXTRACTOR)
        schema.add(F.EXTRACTOR, STORED())
        return schema

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Poland buys tanks\n\nThe army ordered tanks.\n")
    monkeypatch.setattr(store, "build_schema", old_schema)
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    monkeypatch.setattr(store, "build_schema", real_schema)
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    ix = open_dir(str(live_path(tmp_path / "ix")))
    try:
        assert store.schema_signature(ix.schema) == store.schema_signature(real_schema())
    finally:
        ix.close()
    assert (summary.total, summary.unchanged, summary.added) == (1, 1, 0)  # copied, not re-read
