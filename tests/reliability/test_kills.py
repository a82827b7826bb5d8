"""Random SIGKILLs of `entente index`: never a broken index, a stuck lock or an orphan worker."""

from __future__ import annotations

import os
import random
import subprocess
import time
from pathlib import Path

import pytest
from whoosh.index import open_dir

from indexer import fields as F
from indexer.pipeline import run_index
from indexer.store import BUILDING, live_path

from .conftest import ROOT, alive, descendants, entente, report, write_corpus

pytestmark = pytest.mark.reliability
KILLS = int(os.environ.get("ENTENTE_KILLS", "10"))
ARTICLES = 120
CHANGED = 70  # more than parallel.PARALLEL_FROM, so the runs start worker processes


def _ids(index_dir: Path) -> list[str]:
    ix = open_dir(str(live_path(index_dir)))
    try:
        with ix.searcher() as searcher:
            return [fields[F.ID] for fields in searcher.all_stored_fields()]
    finally:
        ix.close()


def _wait_for_workers(process: subprocess.Popen[bytes], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline and not descendants(process.pid):
        time.sleep(0.02)


def test_random_kills_leave_a_whole_unlocked_index_and_no_orphans(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    write_corpus(corpus, ARTICLES)
    run_index([str(corpus)], index_dir, workers=1)
    rng = random.Random(7)
    after_workers = 0
    for kill in range(KILLS):
        for path in rng.sample(sorted(corpus.iterdir()), CHANGED):
            with path.open("a") as handle:
                handle.write(f"\nRevision {kill} of the cooperation report.\n")
        rebuild = ["--rebuild"] if kill % 3 == 0 else []
        process = subprocess.Popen(
            entente("index", str(corpus), "--index", str(index_dir), *rebuild),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if kill % 2 == 0:
            _wait_for_workers(process)
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            time.sleep(rng.uniform(0.05, 2.5))
        family = descendants(process.pid)
        after_workers += bool(family)
        process.kill()
        process.wait()
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in family) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in family if alive(pid)], f"orphans after kill {kill}"
        ids = _ids(index_dir)
        assert len(ids) == len(set(ids)) == ARTICLES, f"partial index after kill {kill}"
        # The next run takes the locks at once: a dead writer keeps none.
        summary = run_index([str(corpus)], index_dir, lock_timeout=2.0, workers=1)
        assert not summary.skipped and summary.total == ARTICLES
        assert not list(index_dir.glob(f"gen-*/{BUILDING}"))
    report("kills", kills=KILLS, after_workers_started=after_workers, partial=0, stuck=0, orphans=0)
    assert after_workers >= KILLS // 4  # the kills did hit runs with live workers
