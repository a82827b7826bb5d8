"""Read each found file into its bytes, hash and RawDocuments; a large JSON Lines file in pieces."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace

from indexer.article import article_id, content_hash
from indexer.decode import decode_bytes
from indexer.discovery import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_ARTICLE_BYTES,
    MAX_JSONL_BYTES,
    SourceFile,
)
from indexer.document import DocumentMeta, RawDocument
from indexer.errors import SkipFile
from indexer.html import read_html
from indexer.records import json_documents, jsonl_records
from indexer.textcheck import checked_field, checked_text


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
        yield from jsonl_records(source, data, digest, first_line)
        return
    if suffix in JSONL_SUFFIXES:
        yield from json_documents(source, data, digest)
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
