"""The index a worker serves: opened once per generation, a searcher per thread.

Searcher.refresh() is never used: in whoosh-reloaded 2.7.5 it double-counts documents after
updates, so a changed index gets a freshly opened one instead. A replaced generation is closed
only when the last request using it has finished (a streamed export may outlive the swap).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from flask import Flask, current_app, g

from indexer.store import LIVE, IndexMissing, open_live
from searchapp.engine import Engine
from searchapp.shared import SharedData

if TYPE_CHECKING:  # the engine side talks to Whoosh; this module only holds its index
    from whoosh.index import Index

T = TypeVar("T")


class Generation:
    """One opened index generation: one Engine per thread, sharing facet data and caches."""

    def __init__(self, index: Index, stamp: tuple[str, int]) -> None:
        self.index = index
        self.stamp = stamp
        self.shared = SharedData()
        self.users = 0
        self.retired = False
        self._local = threading.local()
        self._engines: list[Engine] = []

    def engine(self) -> Engine:
        """Return this thread's engine (Whoosh searchers are not shared between threads)."""
        engine: Engine | None = getattr(self._local, "engine", None)
        if engine is None:
            engine = Engine(self.index.searcher(), self.shared)
            self._local.engine = engine
            self._engines.append(engine)
        return engine

    def close(self) -> None:
        """Close every thread's searcher."""
        for engine in self._engines:
            engine.close()
        self._engines.clear()
        self._local = threading.local()


class IndexHolder:
    """Keep the current generation; replace it when the live symlink or its commit changes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._current: Generation | None = None

    def _live_target(self) -> str:
        try:
            return os.readlink(self.directory / LIVE)
        except OSError as error:
            raise IndexMissing(self.directory) from error

    def acquire(self) -> tuple[Engine, Generation]:
        """Return this thread's engine on the current generation; release the generation after."""
        target = self._live_target()
        with self._lock:
            current = self._current
            if (
                current is None
                or current.stamp[0] != target
                or current.index.latest_generation() != current.stamp[1]
            ):
                current = self._reopen(target)
            current.users += 1
            return current.engine(), current

    def retain(self, generation: Generation) -> None:
        """Count one more user of ``generation`` (a response still streaming from it)."""
        with self._lock:
            generation.users += 1

    def release(self, generation: Generation) -> None:
        """Mark one request done with ``generation``; close it if it was replaced meanwhile."""
        with self._lock:
            generation.users -= 1
            if generation.retired and generation.users == 0:
                generation.close()

    def engine(self) -> Engine:
        """Return this thread's engine on the current generation (outside a request)."""
        engine, generation = self.acquire()
        self.release(generation)
        return engine

    def _reopen(self, target: str) -> Generation:
        index = open_live(self.directory)
        old, self._current = self._current, Generation(index, (target, index.latest_generation()))
        if old is not None:
            old.retired = True
            if old.users == 0:
                old.close()
        return self._current

    def close(self) -> None:
        """Close the open generation, if any."""
        with self._lock:
            if self._current is not None:
                self._current.close()
            self._current = None


def get_engine() -> Engine:
    """Return this request's engine, opening the index on first use in this worker."""
    if "engine" not in g:
        holder: IndexHolder = current_app.extensions["entente_index"]
        g.engine, g.generation = holder.acquire()
    return g.engine


def held_open(items: Iterator[T]) -> Iterator[T]:
    """Keep this request's index generation open until a streamed response is done with it.

    The request's own hold ends when the view returns, before the response streams; a
    re-index could then close the searcher the stream still reads from.
    """
    get_engine()
    holder: IndexHolder = current_app.extensions["entente_index"]
    generation: Generation = g.generation
    holder.retain(generation)

    def streamed() -> Iterator[T]:
        try:
            yield from items
        finally:
            holder.release(generation)

    return streamed()


def release_engine(error: BaseException | None = None) -> None:
    """Tell the holder this request is done with its generation (the worker keeps it open)."""
    g.pop("engine", None)
    generation = g.pop("generation", None)
    if generation is not None:
        current_app.extensions["entente_index"].release(generation)


def init_app(app: Flask) -> None:
    """Attach an IndexHolder for the app's INDEX_DIR and the teardown that releases it."""
    directory = Path(app.config["INDEX_DIR"]).expanduser()
    app.extensions["entente_index"] = IndexHolder(directory)
    app.teardown_appcontext(release_engine)
