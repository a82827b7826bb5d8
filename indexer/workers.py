"""Worker processes that never outlive the indexer and never hold its locks.

Workers come from a fork server, not a fork of the indexer, so they inherit none of its open
files: a forked worker would hold the index's write locks (both are flock-based), and a worker
left behind by a killed indexer would keep the index locked for good. Each worker ignores
Ctrl-C, which the indexer handles, and exits as soon as the indexer is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from multiprocessing.context import ForkServerContext
from pathlib import Path

# How often a worker checks that the indexer that started it is still there.
WATCH_SECONDS = 0.5


def worker_context() -> ForkServerContext:
    """Return the fork server context worker processes are started from."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["indexer.extract.extractor", "indexer.store"])
    return context


def start_worker(indexer: int) -> None:
    """Make this worker ignore Ctrl-C and exit once the indexer process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch, args=(indexer,), daemon=True).start()


def _watch(indexer: int) -> None:
    # The worker's own parent is the fork server, which lives as long as any worker does (they
    # hold its liveness pipe), so the watch is on the indexer itself.
    while not process_gone(indexer):
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def process_gone(pid: int) -> bool:
    """Tell whether a process has ended (a zombie waiting to be reaped counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state == "Z"
