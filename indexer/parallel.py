"""Extract units and write them into new index segments on every core, results in order.

The indexer reads units and hands them to worker processes through a queue, never more than
``IN_FLIGHT`` per worker, so memory does not grow with the corpus. Each worker extracts its
units and writes the articles into segments of its own (Whoosh's analysis and posting
writing being as costly as extraction); it sends back only ids, skips and notes, and at the
end its segments, which the one writer commits with its deletions in one table of contents.
Uncommitted segments of an interrupted run are never listed, and the next commit deletes
their files.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Callable, Iterator
from itertools import chain, islice
from typing import TypeVar

from indexer.store import SegmentBuilder
from indexer.units import Indexed, Unit, describe, index_unit
from indexer.workers import start_worker, worker_context

Tag = TypeVar("Tag")
Commit = Callable[[list[object]], None]

# Below this many units, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Units in flight per worker: keeps every core busy while bounding what is held in memory.
IN_FLIGHT = 3
# How often the indexer checks that its workers are alive while it waits for a result.
POLL_SECONDS = 1.0
# Messages a worker sends besides (unit number, Indexed).
DONE, FAILED = -1, -2


class WorkerFailed(RuntimeError):
    """A worker process died or could not write its segments."""


def index_in_order(
    tagged: Iterator[tuple[Tag, Unit]], workers: int, folder: str, commit: Commit
) -> Iterator[tuple[Tag, Indexed]]:
    """Index units into new segments of ``folder``; yield each unit's result in order.

    Once every unit is done, ``commit`` receives the segments written (to add to the batch).
    """
    first = list(islice(tagged, PARALLEL_FROM))
    if len(first) < PARALLEL_FROM or workers < 2:
        builder = SegmentBuilder(folder)
        try:
            for tag, unit in chain(first, tagged):
                yield tag, index_unit(unit, builder)
        except BaseException:
            builder.cancel()
            raise
        commit(builder.finish())
        return
    yield from _in_workers(chain(first, tagged), workers, folder, commit)


def _work(folder: str, jobs: object, results: object, indexer: int, first: float) -> None:
    """Index the units of the job queue until told to stop; then send the segments written.

    The first segment closes at ``first`` of the usual size: workers staggered so flush (and
    peak) at different times.
    """
    start_worker(indexer)
    builder = SegmentBuilder(folder, first=first)
    try:
        while (job := jobs.get()) is not None:  # type: ignore[attr-defined]
            number, unit = job
            results.put((number, index_unit(unit, builder)))  # type: ignore[attr-defined]
        results.put((DONE, builder.finish()))  # type: ignore[attr-defined]
    except BaseException as error:
        results.put((FAILED, describe(error)))  # type: ignore[attr-defined]


def _in_workers(
    tagged: Iterator[tuple[Tag, Unit]], workers: int, folder: str, commit: Commit
) -> Iterator[tuple[Tag, Indexed]]:
    context = worker_context()
    jobs, results = context.Queue(), context.Queue()
    processes = [
        context.Process(
            target=_work,
            args=(folder, jobs, results, os.getpid(), (number + 1) / workers),
            daemon=True,
        )
        for number in range(workers)
    ]
    for process in processes:
        process.start()
    try:
        tags: dict[int, Tag] = {}
        done: dict[int, Indexed] = {}
        sent = received = yielded = 0
        more = True
        while more or received < sent:
            while more and sent - received < workers * IN_FLIGHT:
                item = next(tagged, None)
                if item is None:
                    more = False
                    break
                tags[sent] = item[0]
                jobs.put((sent, item[1]))
                sent += 1
            if received < sent:
                number, indexed = _receive(results, processes)
                done[number] = indexed
                received += 1
            while yielded in done:
                yield tags.pop(yielded), done.pop(yielded)
                yielded += 1
        for _ in processes:
            jobs.put(None)
        segments: list[object] = []
        for _ in processes:
            segments.extend(_receive(results, processes, finished=True))
        commit(segments)
        for process in processes:
            process.join()
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()
        jobs.close()
        results.close()


def _receive(results: object, processes: list, finished: bool = False) -> object:
    """Return the next (unit number, Indexed), or with ``finished`` a worker's segments."""
    while True:
        try:
            number, payload = results.get(timeout=POLL_SECONDS)  # type: ignore[attr-defined]
        except queue.Empty:
            if any(p.exitcode not in (None, 0) for p in processes):
                raise WorkerFailed("an indexing worker died") from None
            continue
        if number == FAILED:
            raise WorkerFailed(f"an indexing worker failed: {payload}")
        if (number == DONE) != finished:
            raise WorkerFailed(f"unexpected message from a worker: {number}")
        return payload if finished else (number, payload)
