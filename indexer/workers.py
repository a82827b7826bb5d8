"""Extraction worker processes that never outlive the indexer and never hold its locks."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

# Linux's prctl option: deliver this signal to the worker when its parent dies.
PR_SET_PDEATHSIG = 1
# How often a worker checks that the process that started it is still there.
WATCH_SECONDS = 0.5


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Return a pool of ``workers`` extraction processes.

    Workers come from a fork server, not a fork of the indexer, so they inherit none of its open
    files: a forked worker would hold the index's write locks (both are flock-based), and a
    worker left behind by a killed indexer would keep the index locked for good. Each worker
    also dies with its parent and ignores Ctrl-C, which the indexer handles.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["indexer.extract"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker)


def _start_worker() -> None:
    """Make this worker ignore Ctrl-C and exit as soon as its parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # the watchdog below still ends the worker
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Exit the worker once it has been handed to another parent (its own died)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
