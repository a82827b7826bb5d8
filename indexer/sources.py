"""Find article files under the paths a user gives and read each into RawDocuments."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from indexer.article import article_id
from indexer.decode import decode_bytes
from indexer.document import DocumentMeta, RawDocument
from indexer.errors import SkipFile
from indexer.html import read_html

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
    """Return every article file under ``paths`` (folders are walked, hidden entries skipped)."""
    files: list[SourceFile] = []
    roots: list[Path] = []
    missing: list[SkipFile] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            roots.append(root)
            for found in sorted(root.rglob("*")):
                if (
                    found.suffix.lower() in SUFFIXES
                    and found.is_file()
                    and not _is_ignored(found, root)
                ):
                    shown = os.path.join(given, str(found.relative_to(root)))
                    files.append(SourceFile(given=shown, path=found, root=root))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                missing.append(
                    SkipFile(given, "unsupported type", f"not one of {sorted(SUFFIXES)}")
                )
            else:
                files.append(SourceFile(given=given, path=path.resolve(), root=path.resolve()))
        else:
            missing.append(SkipFile(given, "not found"))
    return Discovery(tuple(files), tuple(roots), tuple(missing))


def read_bytes(source: SourceFile) -> bytes:
    """Return the file's bytes; raise SkipFile when it vanished, is unreadable or too large."""
    limit = MAX_JSONL_BYTES if source.path.suffix.lower() in JSONL_SUFFIXES else MAX_ARTICLE_BYTES
    try:
        size = source.path.stat().st_size
        if size > limit:
            raise SkipFile(source.given, "too large", f"{size} bytes, the limit is {limit}")
        with source.path.open("rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise SkipFile(source.given, "vanished", "deleted while the run was going") from None
    except IsADirectoryError:
        raise SkipFile(source.given, "unreadable", "a directory") from None
    except OSError as error:
        raise SkipFile(source.given, "unreadable", error.strerror or str(error)) from None


def parse_documents(
    source: SourceFile, data: bytes, digest: str
) -> Iterator[RawDocument | SkipFile]:
    """Yield the articles in a file's bytes, or a SkipFile for each part that cannot be read."""
    suffix = source.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(source, data, digest)
        return
    try:
        text, _ = decode_bytes(data, source.given)
    except SkipFile as skip:
        yield skip
        return
    if suffix in HTML_SUFFIXES:
        body, meta = read_html(text, source.given)
        if not body.strip():
            yield SkipFile(source.given, "no text", "no main text found in the HTML page")
            return
        text = _paragraphs(body, meta.title)
        yield RawDocument(source.given, text, "html", meta, digest, article_id(str(source.path)))
    else:
        yield RawDocument(
            source.given, text, "text", DocumentMeta(), digest, article_id(str(source.path))
        )


def _paragraphs(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # trafilatura repeats the headline as the first line of the text.
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def _jsonl_documents(
    source: SourceFile, data: bytes, digest: str
) -> Iterator[RawDocument | SkipFile]:
    try:
        text, _ = decode_bytes(data, source.given)
    except SkipFile as skip:
        yield skip
        return
    if source.path.suffix.lower() == ".json":
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None  # not one JSON document: read it as JSON Lines
        if isinstance(whole, dict):
            yield _record(source.given, whole, digest, article_id(str(source.path)))
            return
        if isinstance(whole, list):
            for number, record in enumerate(whole, 1):
                where = f"{source.given}#{number}"
                yield _record(where, record, digest, article_id(f"{source.path}#{number}"))
            return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            where = f"{source.given}#{number}"
            yield _jsonl_line(where, line, digest, article_id(f"{source.path}#{number}"))


def _jsonl_line(where: str, line: str, digest: str, doc_id: str) -> RawDocument | SkipFile:
    if len(line.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return SkipFile(
            where, "too large", f"the limit for one record is {MAX_ARTICLE_BYTES} bytes"
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return SkipFile(where, "invalid JSON", error.msg)
    return _record(where, record, digest, doc_id)


def _record(where: str, record: object, digest: str, doc_id: str) -> RawDocument | SkipFile:
    """Return the article in one JSON record, or why it cannot be one."""
    if not isinstance(record, dict):
        return SkipFile(where, "invalid JSON", "a record must be one JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return SkipFile(where, "no text", "the required key 'text' is missing or empty")
    meta = DocumentMeta(
        title=_string(record.get("title")),
        date=_record_date(record.get("date")),
        url=_string(record.get("url")),
        outlet=_string(record.get("source")),
        authors=tuple(a for a in _list(record.get("authors")) if a),
    )
    return RawDocument(where, text.replace("\r\n", "\n"), "jsonl", meta, digest, doc_id)


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, list):
        return [str(item).strip() for item in value]
    return []


def _record_date(value: object) -> date | None:
    # A malformed date is dropped rather than the article: extraction may still find one.
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
