"""Index runs end to end: incremental re-runs, removals, bad files, rebuilds, locking, crashes."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from filelock import FileLock
from whoosh.qparser import QueryParser

from indexer import fields as F
from indexer import pipeline
from indexer.pipeline import run_index
from indexer.store import LOCK, IndexBusy, live_path, open_live
from indexer.store import schema as store_schema
from indexer.store import writer as store_writer

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "ammo.txt": (
        "Poland and Slovakia agree on ammunition production",
        "Warsaw, 24 February 2025. The defence ministers of Poland and Slovakia signed a "
        "memorandum on joint production of 155 mm artillery ammunition and armoured vehicles.",
    ),
    "drones.txt": (
        "Latvia and Britain lead a drone coalition for Ukraine",
        "Riga, 14 February 2024. Latvia and the United Kingdom will lead a coalition that "
        "supplies drones to Ukraine, with production shared among the partners.",
    ),
    "navy.txt": (
        "Australia picks a Japanese frigate design",
        "Canberra, 5 August 2025. Australia chose a Japanese frigate design for its navy, "
        "the largest defence export deal Japan has concluded since the war.",
    ),
}


def write_corpus(folder: Path, articles: dict[str, tuple[str, str]] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in articles.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return folder


def titles(index_dir: Path) -> set[str]:
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        return {stored[F.TITLE] for stored in searcher.all_stored_fields()}


def paths(index_dir: Path) -> set[str]:
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        return {stored[F.SOURCE_PATH] for stored in searcher.all_stored_fields()}


def hits(index_dir: Path, query: str) -> int:
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        return len(searcher.search(QueryParser(F.BODY, ix.schema).parse(query), limit=None))


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "articles")


@pytest.fixture
def index_dir(tmp_path):
    return tmp_path / "index"


def counts(summary):
    return summary.added, summary.updated, summary.unchanged, summary.removed, len(summary.skipped)


def test_first_run_adds_everything_and_second_run_changes_nothing(corpus, index_dir):
    first = run_index([str(corpus)], index_dir)
    assert counts(first) == (3, 0, 0, 0, 0)
    assert first.total == 3
    again = run_index([str(corpus)], index_dir)
    assert counts(again) == (0, 0, 3, 0, 0)
    assert hits(index_dir, "ammunition") == 1


def test_the_source_text_is_stored_as_read(corpus, index_dir):
    run_index([str(corpus)], index_dir)
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        stored = {Path(s[F.SOURCE_PATH]).name: s for s in searcher.all_stored_fields()}
    assert stored["ammo.txt"][F.SOURCE_TEXT] == (corpus / "ammo.txt").read_text(encoding="utf-8")
    assert stored["ammo.txt"][F.TITLE] == ARTICLES["ammo.txt"][0]


def test_changed_file_is_updated_and_deleted_file_removed(corpus, index_dir):
    run_index([str(corpus)], index_dir)
    (corpus / "ammo.txt").write_text(
        "Slovakia orders howitzers\n\nBratislava ordered new howitzers."
    )
    assert counts(run_index([str(corpus)], index_dir)) == (0, 1, 2, 0, 0)
    assert hits(index_dir, "howitzers") == 1 and hits(index_dir, "ammunition") == 0
    (corpus / "navy.txt").unlink()
    assert counts(run_index([str(corpus)], index_dir)) == (0, 0, 2, 1, 0)
    assert len(titles(index_dir)) == 2


def test_article_ids_survive_reindexing_and_other_spellings_of_the_path(
    corpus, index_dir, monkeypatch
):
    run_index([str(corpus)], index_dir)
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        before = {s[F.SOURCE_PATH]: s[F.ID] for s in searcher.all_stored_fields()}
    monkeypatch.chdir(corpus.parent)
    summary = run_index(["articles/"], index_dir, rebuild=True)
    assert (summary.added, summary.unchanged) == (0, 3)  # copied from the live index
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        after = {s[F.SOURCE_PATH]: s[F.ID] for s in searcher.all_stored_fields()}
    assert before == after


def test_bad_files_are_skipped_with_reasons_and_the_rest_indexed(corpus, index_dir):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(1, 32)) * 50)
    (corpus / "blank.html").write_text("<html><body><script>x()</script></body></html>")
    (corpus / "feed.jsonl").write_text('{"text": "A record about naval drills."}\n{broken\n')
    summary = run_index([str(corpus), str(corpus / "nowhere.txt")], index_dir)
    assert summary.added == 4
    reasons = {Path(skip.path).name: skip.reason for skip in summary.skipped}
    assert reasons == {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "blank.html": "no text",
        "feed.jsonl#2": "invalid JSON",
        "nowhere.txt": "not found",
    }
    assert summary.skipped_by_reason()["empty"] == 1
    assert any("skipped" in line and "empty.txt: empty" in line for line in summary.lines())


def test_a_file_that_breaks_keeps_its_last_good_version(corpus, index_dir):
    run_index([str(corpus)], index_dir)
    (corpus / "drones.txt").write_bytes(b"")
    summary = run_index([str(corpus)], index_dir)
    assert [skip.reason for skip in summary.skipped] == ["empty"]
    assert summary.removed == 0 and hits(index_dir, "coalition") == 1


def test_rebuild_swaps_in_a_fresh_index_and_drops_old_generations(corpus, index_dir):
    run_index([str(corpus)], index_dir)
    first = live_path(index_dir)
    other = write_corpus(
        corpus.parent / "other", {"x.txt": ("Greece orders French frigates", "Only this one.")}
    )
    run_index([str(other)], index_dir, rebuild=True)
    assert live_path(index_dir) != first
    assert titles(index_dir) == {"Greece orders French frigates"}
    run_index([str(other)], index_dir, rebuild=True)
    generations = [p for p in index_dir.iterdir() if p.name.startswith("gen-")]
    assert len(generations) == 2  # the live one and the one before it, for searchers still open


def test_a_second_writer_gets_index_busy(corpus, index_dir):
    index_dir.mkdir()
    with FileLock(str(index_dir / LOCK)):
        started = time.monotonic()
        with pytest.raises(IndexBusy, match="index busy"):
            run_index([str(corpus)], index_dir, lock_timeout=0.3)
        assert time.monotonic() - started >= 0.3


CRASH_DURING_COMMIT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from whoosh.filedb import filestore
    real_rename = filestore.FileStorage.rename_file

    def die_before_the_toc(self, frm, to, safe=False):
        if to.endswith(".toc"):
            os._exit(9)  # killed after the segment files, before the table of contents
        return real_rename(self, frm, to, safe)

    filestore.FileStorage.rename_file = die_before_the_toc
    from indexer.pipeline import run_index
    run_index([sys.argv[1]], Path(sys.argv[2]), rebuild=sys.argv[3] == "rebuild")
    """
)


@pytest.mark.parametrize("mode", ["update", "rebuild"])
def test_indexer_killed_during_commit_leaves_the_old_index(corpus, index_dir, mode):
    run_index([str(corpus)], index_dir)
    before = titles(index_dir)
    (corpus / "extra.txt").write_text(
        "Navies of Spain and Italy hold drills\n\nAbout naval drills."
    )
    (corpus / "ammo.txt").unlink()
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_DURING_COMMIT, str(corpus), str(index_dir), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert crashed.returncode == 9, crashed.stderr
    assert titles(index_dir) == before
    summary = run_index([str(corpus)], index_dir)  # the lock died with the process
    assert titles(index_dir) == before - {ARTICLES["ammo.txt"][0]} | {
        "Navies of Spain and Italy hold drills"
    }
    assert summary.total == 3


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_exactly_the_old_or_the_new_set(tmp_path, index_dir):
    many = {
        f"a{n:03}.txt": (f"Article {n}", f"Body {n} about joint exercises.") for n in range(120)
    }
    corpus = write_corpus(tmp_path / "many", dict(list(many.items())[:60]))
    run_index([str(corpus)], index_dir)
    old = paths(index_dir)
    write_corpus(corpus, many)
    new = {str(corpus / name) for name in many}
    for delay in (0.3, 0.8, 1.5, 2.5):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "searchapp.cli",
                "index",
                str(corpus),
                "--index",
                str(index_dir),
                "--rebuild",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert paths(index_dir) in (old, new)
    assert os.path.isdir(live_path(index_dir))


def test_a_new_extractor_version_re_extracts_unchanged_files(corpus, index_dir, monkeypatch):
    run_index([str(corpus)], index_dir)
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "a-newer-extractor")
    assert counts(run_index([str(corpus)], index_dir)) == (0, 3, 0, 0, 0)


def test_an_index_with_another_schema_is_rebuilt_not_broken(corpus, index_dir, monkeypatch):
    run_index([str(corpus)], index_dir)
    old = live_path(index_dir)
    older_schema = store_schema.build_schema()
    older_schema.remove(F.EXTRACTOR)
    newer_document = store_writer.article_to_document

    def older_document(*args):
        return {k: v for k, v in newer_document(*args).items() if k != F.EXTRACTOR}

    monkeypatch.setattr(store_schema, "build_schema", lambda: older_schema)
    monkeypatch.setattr(store_writer, "article_to_document", older_document)
    run_index([str(corpus)], index_dir, rebuild=True)  # an index from an older Entente
    monkeypatch.undo()
    summary = run_index([str(corpus)], index_dir)
    assert summary.added == 3 and summary.total == 3
    assert live_path(index_dir) != old
    assert hits(index_dir, "ammunition") == 1
