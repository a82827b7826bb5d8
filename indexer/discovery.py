"""Find the article files under the paths a user gives, each once, naming those that cannot be read."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import SkipFile

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# A news article is a few tens of kilobytes; anything bigger than this is not one article.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A JSON Lines file holds many articles, each line held to the article limit.
MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class SourceFile:
    """A file to index: its path as given, its absolute path and the folder it was found under."""

    given: str
    path: Path
    root: Path


@dataclass(frozen=True)
class Discovery:
    """The files found under the given paths, and the given paths that could not be used."""

    files: tuple[SourceFile, ...]
    roots: tuple[Path, ...]
    missing: tuple[SkipFile, ...]


# A folder's README describes the folder; it is not an article.
NOT_ARTICLES = ("readme",)


def _is_ignored(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return hidden or path.stem.lower() in NOT_ARTICLES


def discover(paths: list[str]) -> Discovery:
    """Return every article file under ``paths`` once (folders walked, hidden entries skipped).

    A file reached twice (named twice, inside a named folder, or through a symlink) is read once:
    files are told apart by their real path.
    """
    files: list[SourceFile] = []
    roots: list[Path] = []
    missing: list[SkipFile] = []
    seen: set[Path] = set()

    def add(source: SourceFile) -> None:
        if source.path not in seen:
            seen.add(source.path)
            files.append(source)

    for given in paths:
        path = Path(given)
        problem = _unusable(given, path)
        if problem is not None:
            missing.append(problem)
        elif path.is_dir():
            root = path.resolve()
            roots.append(root)
            for found in sorted(root.rglob("*")):
                if found.suffix.lower() not in SUFFIXES or _is_ignored(found, root):
                    continue
                shown = os.path.join(given, str(found.relative_to(root)))
                if (problem := _unusable(shown, found)) is not None:
                    missing.append(problem)  # a FIFO, a dangling link… named, not passed over
                elif found.is_file():
                    add(SourceFile(given=shown, path=found.resolve(), root=root))
        elif path.suffix.lower() not in SUFFIXES:
            missing.append(SkipFile(given, "unsupported type", f"not one of {sorted(SUFFIXES)}"))
        else:
            add(SourceFile(given=given, path=path.resolve(), root=path.resolve()))
    return Discovery(tuple(files), tuple(roots), tuple(missing))


def _unusable(given: str, path: Path) -> SkipFile | None:
    """Return why a given path cannot be read (missing, a link loop, a FIFO…), or None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return SkipFile(given, "broken link", f"the link points to {os.readlink(path)}")
        return SkipFile(given, "not found")
    except OSError as error:
        if error.errno == errno.ELOOP:
            return SkipFile(given, "link loop", "symbolic links that point at each other")
        return SkipFile(given, "unreadable", error.strerror or str(error))
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return SkipFile(given, "not a regular file", "a FIFO, socket or device cannot be an article")
