"""The live index directory: its generations, the atomic swap, and deferred file deletion."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import FileStorage

from indexer.store import schema as S
from indexer.store.errors import IndexMissing, IndexOutdated

LIVE = "live"
LOCK = "write.lock"
GENERATION_PREFIX = "gen-"
# Inside a generation that is still being built; an interrupted --rebuild leaves it behind.
BUILDING = ".building"
# Segment files a commit replaced, with when: readers opened before the commit may still read
# them lazily (stored fields, columns), so they are deleted only after a grace period.
OBSOLETE = ".obsolete"
GRACE_SECONDS = 120.0


def live_path(directory: Path) -> Path:
    """Return the Whoosh directory the index currently serves from."""
    return (directory / LIVE).resolve()


def index_exists(directory: Path) -> bool:
    """Tell whether a complete index is live in ``directory``."""
    target = directory / LIVE
    return target.exists() and index.exists_in(str(target.resolve()))


def open_live(directory: Path) -> index.Index:
    """Open the live index for reading; raise IndexMissing when none was built.

    An index of another schema raises IndexOutdated: its searches would fail on the fields it
    lacks, while the next `entente index` rebuilds it (reusing its extraction).
    """
    if not index_exists(directory):
        raise IndexMissing(directory)
    opened = index.open_dir(str(live_path(directory)))
    if S.schema_signature(opened.schema) != S.schema_signature(S.build_schema()):
        opened.close()
        raise IndexOutdated(directory)
    return opened


class GraceStorage(FileStorage):  # type: ignore[misc]
    """The writer's storage: files a commit makes obsolete are deleted after GRACE_SECONDS.

    Whoosh deletes a replaced segment at commit, but a searcher opened before the commit opens
    some of its files only when first needed, and would find them gone (a 500 under load).
    """

    def delete_file(self, name: str) -> None:
        """Record the file as obsolete instead of deleting it now (one appended line)."""
        with (Path(self.folder) / OBSOLETE).open("a", encoding="utf-8") as ledger:
            ledger.write(f"{time.time()!r}\t{name}\n")


def _read_ledger(ledger: Path) -> dict[str, float]:
    """Return obsolete file → when it first became obsolete."""
    pending: dict[str, float] = {}
    try:
        lines = ledger.read_text(encoding="utf-8").splitlines()
    except OSError:
        return pending
    for line in lines:
        since, _, name = line.partition("\t")
        try:
            pending.setdefault(name, float(since))
        except ValueError:
            continue  # a line cut short by a killed writer
    return pending


def purge_obsolete(folder: Path, grace: float = GRACE_SECONDS) -> None:
    """Delete the obsolete files of a generation whose grace period is over."""
    ledger = folder / OBSOLETE
    pending = _read_ledger(ledger)
    if not pending:
        return
    now = time.time()
    kept = []
    for name, since in pending.items():
        if now - since >= grace:
            (folder / name).unlink(missing_ok=True)
        elif (folder / name).exists():
            kept.append(f"{since!r}\t{name}\n")
    # Written beside and renamed over, so a kill cannot leave half a ledger.
    fresh = folder / (OBSOLETE + ".new")
    fresh.write_text("".join(kept), encoding="utf-8")
    os.replace(fresh, ledger)


def open_for_writing(path: Path) -> index.Index:
    """Open a generation for writing, with deferred deletion of replaced files."""
    return GraceStorage(str(path)).open_index()


def new_generation(directory: Path) -> Path:
    """Create an empty generation, marked as building until its first commit."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    path = directory / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    path.mkdir(parents=True)
    (path / BUILDING).touch()
    index.create_in(str(path), S.build_schema())
    return path


def remove_abandoned_generations(directory: Path) -> None:
    """Delete the generations a killed run left half built."""
    # Only the lock holder builds generations, so one still marked as building was abandoned
    # by a killed run.
    for path in directory.glob(f"{GENERATION_PREFIX}*"):
        if (path / BUILDING).exists():
            shutil.rmtree(path, ignore_errors=True)


def point_live_at(directory: Path, generation: Path) -> None:
    """Make ``generation`` the live index."""
    # A symlink replaced by rename is swapped atomically: readers see the old or the new index.
    temporary = directory / f".{LIVE}.{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(generation.name)
    os.replace(temporary, directory / LIVE)


def remove_stale_generations(directory: Path, keep: Iterable[Path]) -> None:
    """Delete every generation but those in ``keep``."""
    # The previous generation is kept so that searchers still holding it finish their requests.
    kept = {path.resolve() for path in keep}
    for path in directory.glob(f"{GENERATION_PREFIX}*"):
        if path.resolve() not in kept:
            shutil.rmtree(path, ignore_errors=True)
