"""Find article files under the paths a user gives and read each into RawDocuments."""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from indexer.article import article_id, content_hash
from indexer.decode import decode_bytes
from indexer.document import DocumentMeta, RawDocument
from indexer.errors import SkipFile
from indexer.html import read_html
from indexer.textcheck import checked_field, checked_text
from indexer.trusted import trusted_fields

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

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


# A .jsonl file bigger than this is hashed and read in pieces, never held in memory whole.
STREAM_FROM_BYTES = 4 * 1024 * 1024


def read_source(source: SourceFile) -> tuple[bytes | None, str]:
    """Return a file's bytes (None for a large JSON Lines file, read later in pieces) and hash."""
    if source.path.suffix.lower() != ".jsonl":
        data = read_bytes(source)
        return data, content_hash(data)
    try:
        size = source.path.stat().st_size
    except OSError:
        size = 0  # read_bytes says why
    if size <= STREAM_FROM_BYTES:
        data = read_bytes(source)
        return data, content_hash(data)
    if size > MAX_JSONL_BYTES:
        raise SkipFile(source.given, "too large", f"{size} bytes, the limit is {MAX_JSONL_BYTES}")
    try:
        with source.path.open("rb") as handle:
            return None, hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        raise SkipFile(source.given, "unreadable", error.strerror or str(error)) from None


def parse_documents(
    source: SourceFile, data: bytes, digest: str, first_line: int = 1
) -> Iterator[RawDocument | SkipFile]:
    """Yield the articles in a file's bytes, or a SkipFile for each part that cannot be read.

    ``first_line`` > 1: ``data`` is a piece of a JSON Lines file starting at that line.
    """
    suffix = source.path.suffix.lower()
    if first_line > 1:
        yield from _jsonl_records(source, data, digest, first_line)
        return
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
        try:
            # Character references (&#0; &#xD800;) can bring in what the bytes did not hold.
            text = checked_text(_paragraphs(body, meta.title), source.given)
            if meta.title:
                meta = replace(meta, title=checked_field(meta.title, source.given, "title"))
        except SkipFile as skip:
            yield skip
            return
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
    if source.path.suffix.lower() == ".json":
        whole = _whole_json(source.given, data)
        if isinstance(whole, SkipFile):
            yield whole
            return
        if isinstance(whole, dict):
            yield _record(source.given, whole, digest, article_id(str(source.path)))
            return
        if isinstance(whole, list):
            for number, record in enumerate(whole, 1):
                where = f"{source.given}#{number}"
                yield _record(where, record, digest, article_id(f"{source.path}#{number}"))
            return
    yield from _jsonl_records(source, data, digest)


def _jsonl_records(
    source: SourceFile, data: bytes, digest: str, first_line: int = 1
) -> Iterator[RawDocument | SkipFile]:
    for number, line in _lines(data, first_line):
        where = f"{source.given}#{number}"
        yield _jsonl_line(where, line, digest, article_id(f"{source.path}#{number}"))


def jsonl_pieces(source: SourceFile, lines: int) -> Iterator[tuple[int, bytes]]:
    """Yield (first line number, bytes) pieces of ``lines`` lines of a JSON Lines file.

    A large file is read a piece at a time, so its records can be extracted on every core
    without the whole file in memory. Raise SkipFile when it cannot be read.
    """
    try:
        with source.path.open("rb") as handle:
            number, piece = 1, []
            for line in handle:
                piece.append(line)
                if len(piece) == lines:
                    yield number, b"".join(piece)
                    number, piece = number + lines, []
            if piece:
                yield number, b"".join(piece)
    except OSError as error:
        raise SkipFile(source.given, "unreadable", error.strerror or str(error)) from None


def _whole_json(given: str, data: bytes) -> object:
    """Return a .json file's one JSON value, None when it is JSON Lines, or why it is unreadable."""
    try:
        text = data.decode("utf-16" if data[:2] in UTF16_BOMS else "utf-8-sig")
    except UnicodeDecodeError as error:
        return SkipFile(given, "undecodable", f"not UTF-8: {error.reason} at byte {error.start}")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None  # not one JSON document: read it as JSON Lines
    except RecursionError:
        return SkipFile(given, "invalid JSON", "nested too deeply")


def _lines(data: bytes, first: int = 1) -> Iterator[tuple[int, bytes | str]]:
    """Yield the numbered non-blank lines of a JSON Lines file, split at LF only.

    Splitting at LF alone keeps a raw U+2028 or form feed inside a JSON string from cutting a
    record in two (str.splitlines would), so record numbers, and so article ids, stay stable.
    """
    if data[:2] in UTF16_BOMS:
        try:
            lines: list[bytes] | list[str] = data.decode("utf-16").split("\n")
        except UnicodeDecodeError:
            lines = data.split(b"\n")
    else:
        lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    for number, line in enumerate(lines, first):
        if line.strip():
            yield number, line


def _jsonl_line(where: str, line: bytes | str, digest: str, doc_id: str) -> RawDocument | SkipFile:
    size = len(line.encode("utf-8") if isinstance(line, str) else line)
    if size > MAX_ARTICLE_BYTES:
        return SkipFile(
            where, "too large", f"the limit for one record is {MAX_ARTICLE_BYTES} bytes"
        )
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            detail = f"not UTF-8: {error.reason} at byte {error.start} of the line"
            return SkipFile(where, "undecodable", detail)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return SkipFile(where, "invalid JSON", error.msg)
    except RecursionError:
        return SkipFile(where, "invalid JSON", "nested too deeply")
    return _record(where, record, digest, doc_id)


def _record(where: str, record: object, digest: str, doc_id: str) -> RawDocument | SkipFile:
    """Return the article in one JSON record, or why it cannot be one."""
    if not isinstance(record, dict):
        return SkipFile(where, "invalid JSON", "a record must be one JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return SkipFile(where, "no text", "the required key 'text' is missing or empty")
    try:
        text = checked_text(text, where)
        strings = {
            key: checked_field(value, where, key)
            for key in ("title", "url", "source")
            if isinstance(value := record.get(key), str)
        }
        authors = [checked_field(a, where, "authors") for a in _list(record.get("authors"))]
    except SkipFile as skip:
        return skip
    trusted, problems = trusted_fields(record)
    meta = DocumentMeta(
        title=_string(strings.get("title")),
        date=_record_date(record.get("date")),
        url=_string(strings.get("url")),
        outlet=_string(strings.get("source")),
        authors=tuple(a.strip() for a in authors if a.strip()),
        problems=tuple(problems),
        **trusted,  # type: ignore[arg-type]
    )
    return RawDocument(where, text, "jsonl", meta, digest, doc_id)


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: object) -> list[str]:
    """Return a string or a list's strings; anything else (numbers, null, objects) is not a name."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _record_date(value: object) -> date | None:
    # A malformed date is dropped rather than the article: extraction may still find one.
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
