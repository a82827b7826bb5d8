"""The index a worker serves: opened once, swapped only when a new generation goes live."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from flask import Flask, current_app, g

from indexer.store import LIVE, IndexMissing, open_live
from searchapp.engine import Engine


class IndexHolder:
    """Keep one Engine per worker; replace it when the live symlink or generation changes.

    Searcher.refresh() is never used: in whoosh-reloaded 2.7.5 it double-counts documents
    after updates, so a changed index gets a freshly opened searcher instead.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._index: object | None = None
        self._stamp: tuple[str, int] | None = None

    def _live_target(self) -> str:
        try:
            return os.readlink(self.directory / LIVE)
        except OSError as error:
            raise IndexMissing(self.directory) from error

    def engine(self) -> Engine:
        """Return the engine for the current live index; raise IndexMissing when there is none."""
        target = self._live_target()
        with self._lock:
            if self._index is not None and self._stamp is not None and self._stamp[0] == target:
                if self._index.latest_generation() == self._stamp[1]:  # type: ignore[attr-defined]
                    assert self._engine is not None
                    return self._engine
            return self._reopen(target)

    def _reopen(self, target: str) -> Engine:
        index = open_live(self.directory)
        old, self._engine = self._engine, Engine(index.searcher())
        self._index = index
        self._stamp = (target, index.latest_generation())
        if old is not None:
            # Sync workers serve one request at a time, so nothing still uses the old one.
            old.close()
        return self._engine

    def close(self) -> None:
        """Close the open searcher, if any."""
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            self._engine, self._index, self._stamp = None, None, None


def get_engine() -> Engine:
    """Return this request's engine, opening the index on first use in this worker."""
    if "engine" not in g:
        holder: IndexHolder = current_app.extensions["entente_index"]
        g.engine = holder.engine()
    return g.engine


def release_engine(error: BaseException | None = None) -> None:
    """Drop the request's reference to the engine (the worker keeps it open)."""
    g.pop("engine", None)


def init_app(app: Flask) -> None:
    """Attach an IndexHolder for the app's INDEX_DIR and the teardown that releases it."""
    directory = Path(app.config["INDEX_DIR"]).expanduser()
    app.extensions["entente_index"] = IndexHolder(directory)
    app.teardown_appcontext(release_engine)
