"""Input that once broke a run or the site: each case is read, skipped with a reason, or both."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from whoosh.index import open_dir

from indexer import fields as F
from indexer.discovery import discover
from indexer.errors import SkipFile
from indexer.pipeline import run_index
from indexer.sources import parse_documents, read_bytes
from indexer.store import LOCK, IndexBusy, IndexStore, live_path
from indexer.textcheck import checked_text
from searchapp import create_app

HEADLINE = "Poland buys Korean tanks"
HEADLINE_ONLY = {
    "newline.txt": f"{HEADLINE}\n".encode(),
    "bare.txt": HEADLINE.encode(),
    "crlf.txt": f"{HEADLINE}\r\n".encode(),
    "text-only.jsonl": json.dumps({"text": HEADLINE}).encode() + b"\n",
    "h1.html": f"<html><body><h1>{HEADLINE}</h1></body></html>".encode(),
    "title.json": json.dumps({"title": HEADLINE, "text": HEADLINE}).encode(),
}


def _stored(index_dir: Path) -> list[dict[str, object]]:
    ix = open_dir(str(live_path(index_dir)))
    with ix.searcher() as searcher:
        return list(searcher.all_stored_fields())


def _read(tmp_path: Path, name: str, data: bytes) -> list[object]:
    path = tmp_path / name
    path.write_bytes(data)
    (source,) = discover([str(path)]).files
    return list(parse_documents(source, read_bytes(source), "digest"))


@pytest.mark.parametrize("name", sorted(HEADLINE_ONLY))
def test_a_headline_only_article_is_searchable_in_every_format(tmp_path, name):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(HEADLINE_ONLY[name])
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    assert summary.added == 1, summary.lines()
    app = create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True})
    try:
        _visit_every_page(app.test_client())
    finally:
        app.extensions["entente_index"].close()


def _visit_every_page(client):
    found = client.get("/api/search?q=tanks")
    assert found.status_code == 200
    (hit,) = found.json["hits"]
    for url in (
        "/?q=tanks",
        "/?country=PL",
        "/feed?q=tanks",
        "/export.csv?q=tanks",
        f"/articles/{hit['id']}?q=tanks",
        f"/articles/{hit['id']}/source",
        f"/articles/{hit['id']}/text",
        f"/api/articles/{hit['id']}",
    ):
        assert client.get(url).status_code == 200, url


def test_deep_json_is_skipped_and_the_other_files_are_indexed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "in" / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "\n")
    (tmp_path / "in" / "good.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    assert summary.added == 1
    assert sorted(skip.reason for skip in summary.skipped) == ["invalid JSON", "invalid JSON"]


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ('{"text": "Tanks \\ud800 for Poland"}', "invalid text"),
        ('{"text": "Tanks for Poland", "title": "Bad \\udc00"}', "invalid text"),
        ('{"text": "Tanks \\ufffd for Poland"}', "undecodable"),
        ('{"text": "Tanks \\u0000 for Poland"}', "binary"),
        ('{"text": "Tanks \ufffd for Poland"}', "undecodable"),
    ],
)
def test_a_bad_record_is_skipped_alone(tmp_path, record, reason):
    good = '{"text": "Poland orders more K2 tanks from Korea."}'
    data = "\n".join([good, record, good]).encode("utf-8")
    items = _read(tmp_path, "batch.jsonl", data)
    assert [type(item).__name__ for item in items] == ["RawDocument", "SkipFile", "RawDocument"]
    assert items[1].reason == reason
    assert items[1].path.endswith("batch.jsonl#2")


def test_a_line_separator_inside_a_record_keeps_record_numbers(tmp_path):
    lines = ['{"text": "one"}', '{"text": "two\u2028still two\u2029and more"}', '{"text": "three"}']
    items = _read(tmp_path, "batch.jsonl", "\n".join(lines).encode("utf-8"))
    assert [item.source.rsplit("#", 1)[1] for item in items] == ["1", "2", "3"]
    assert items[1].text == "two\nstill two\nand more"


def test_invalid_utf8_in_one_record_skips_that_record_only(tmp_path):
    data = b'{"text": "Na\xc4\x8f"}\n{"text": "Na\xff"}\n{"text": "three"}\n'
    items = _read(tmp_path, "batch.jsonl", data)
    assert [type(item).__name__ for item in items] == ["RawDocument", "SkipFile", "RawDocument"]
    assert items[0].text == "Naď"


def test_authors_that_are_not_strings_are_not_stored(tmp_path):
    record = {"text": "Poland buys tanks.", "authors": [1, None, {"name": "x"}, "Anna Nowak"]}
    (item,) = _read(tmp_path, "a.jsonl", json.dumps(record).encode())
    assert item.meta.authors == ("Anna Nowak",)


def test_damaged_utf8_is_refused_not_read_as_a_legacy_code_page(tmp_path):
    text = "Minister Kaliňák a Naď podpísali zmluvu o muníciách v Bratislave. " * 5
    data = text.encode("utf-8")
    data = data[:40] + b"\xff\xfe\xff\xfe" + data[40:]
    (item,) = _read(tmp_path, "a.txt", data)
    assert isinstance(item, SkipFile)
    assert item.reason == "undecodable"
    assert "damaged UTF-8" in item.detail


def test_koi8u_ukrainian_is_read_with_its_own_letters(tmp_path):
    text = "Міністр оборони України заявив про нові поставки зброї. Їхні партнери підтримали це."
    (item,) = _read(tmp_path, "a.txt", text.encode("koi8_u"))
    assert item.text == text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("a\r\nb\rc\u2028d\u2029e\x85f", "a\nb\nc\nd\ne\nf"),
        ("\ufeffTitle\x07 body", "Title body"),
    ],
)
def test_the_text_policy_cleans_what_it_keeps(text, clean):
    assert checked_text(text, "x") == clean


def test_the_text_policy_refuses_mostly_control_characters():
    with pytest.raises(SkipFile, match="binary"):
        checked_text("ab\x01\x02\x03\x04", "x")


def test_the_same_file_reached_three_ways_is_indexed_once(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    (tmp_path / "link.txt").symlink_to(folder / "a.txt")
    paths = [str(folder / "a.txt"), str(folder / "a.txt"), str(folder), str(tmp_path / "link.txt")]
    summary = run_index(paths, tmp_path / "ix")
    assert summary.added == 1
    assert len(_stored(tmp_path / "ix")) == 1


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: os.mkfifo(p), "not a regular file"),
        (lambda p: p.symlink_to(p), "link loop"),
        (lambda p: p.symlink_to(p.parent / "nowhere.txt"), "broken link"),
    ],
)
def test_paths_that_are_not_files_say_what_they_are(tmp_path, make, reason):
    path = tmp_path / "odd.txt"
    make(path)
    (skip,) = discover([str(path)]).missing
    assert skip.reason == reason


def test_a_newline_in_a_file_name_cannot_forge_a_summary_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x\nadded 99.txt").write_bytes(b"")
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    lines = "\n".join(summary.lines()).splitlines()
    assert not any(line.startswith("added 99") for line in lines)
    assert any("x\\x0aadded 99.txt: empty" in line for line in lines)


def test_an_extractor_error_skips_one_article(tmp_path, monkeypatch):
    import indexer.units as pipeline

    real = pipeline.extract_article

    def flaky(raw, explain=False):
        if "boom" in raw.text:
            raise ValueError("a bug")
        return real(raw, explain=explain)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tanks\n\nboom\n")
    (tmp_path / "in" / "b.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    assert summary.added == 1
    (skip,) = summary.skipped
    assert (skip.reason, skip.detail) == ("extraction failed", "ValueError: a bug")


def test_an_interrupt_noticed_late_still_commits_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    with pytest.raises(KeyboardInterrupt):
        from indexer.pipeline import index_found

        index_found(discover([str(tmp_path / "in")]), tmp_path / "ix", interrupted=lambda: True)
    assert run_index([str(tmp_path / "in")], tmp_path / "ix").added == 1


def test_an_abandoned_rebuild_generation_is_removed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    abandoned = tmp_path / "ix" / "gen-20200101T000000-1-1"
    abandoned.mkdir()
    (abandoned / ".building").touch()
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    assert not abandoned.exists()
    assert live_path(tmp_path / "ix").exists()


def test_a_whoosh_lock_left_by_a_dead_writer_is_index_busy(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tanks for Poland\n\nPoland buys tanks.\n")
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    held = open_dir(str(live_path(tmp_path / "ix"))).writer()  # a writer that outlived its run
    try:
        with pytest.raises(IndexBusy), IndexStore(tmp_path / "ix", lock_timeout=0.1) as store:
            with store.batch():
                pass
    finally:
        held.cancel()
    assert (tmp_path / "ix" / LOCK).exists()


def test_a_searcher_opened_before_a_commit_still_reads_every_article(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(3):
        text = f"Poland buys tanks, part {n}\n\nThe army signed for tanks number {n}.\n"
        (tmp_path / "in" / f"{n}.txt").write_text(text)
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    before = open_dir(str(live_path(tmp_path / "ix"))).searcher()
    (tmp_path / "in" / "0.txt").write_text("Tanks zero\n\nPoland buys more tanks.\n")
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    try:
        bodies = {before.stored_fields(n)[F.BODY] for n in range(before.doc_count_all())}
        assert "The army signed for tanks number 1." in bodies
    finally:
        before.close()


def test_files_a_commit_replaces_are_deleted_only_after_the_grace_period(tmp_path):
    from indexer.store import OBSOLETE, GraceStorage, purge_obsolete

    (tmp_path / "seg.col").write_text("old segment")
    GraceStorage(str(tmp_path)).delete_file("seg.col")
    assert (tmp_path / "seg.col").exists()
    assert "seg.col" in (tmp_path / OBSOLETE).read_text()
    purge_obsolete(tmp_path, grace=60)
    assert (tmp_path / "seg.col").exists()
    purge_obsolete(tmp_path, grace=0)
    assert not (tmp_path / "seg.col").exists()


def test_an_index_of_an_older_schema_is_a_503_that_says_to_rebuild(tmp_path, monkeypatch):
    from whoosh.fields import STORED

    from indexer.store import schema as store

    real = store.build_schema

    def older() -> object:
        schema = real()
        schema.remove(F.PAIRS)
        schema.add(F.PAIRS, STORED())
        return schema

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Poland buys tanks\n\nThe army ordered tanks.\n")
    monkeypatch.setattr(store, "build_schema", older)
    run_index([str(tmp_path / "in")], tmp_path / "ix")
    monkeypatch.setattr(store, "build_schema", real)
    app = create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True})
    try:
        answer = app.test_client().get("/api/search?q=tanks")
        assert answer.status_code == 503 and "Rebuild it once" in answer.json["error"]
    finally:
        app.extensions["entente_index"].close()
    assert run_index([str(tmp_path / "in")], tmp_path / "ix").total == 1  # the next run rebuilds
