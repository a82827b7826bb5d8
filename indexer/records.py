"""Read the articles of a JSON or JSON Lines file: one record each, validated, never trusted blindly."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date

from indexer.article import article_id
from indexer.discovery import MAX_ARTICLE_BYTES, SourceFile
from indexer.document import DocumentMeta, RawDocument
from indexer.errors import SkipFile
from indexer.textcheck import checked_field, checked_text
from indexer.trusted import trusted_fields

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def json_documents(
    source: SourceFile, data: bytes, digest: str
) -> Iterator[RawDocument | SkipFile]:
    """Yield the articles of a .json file (one object or a list) or a JSON Lines file."""
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
    yield from jsonl_records(source, data, digest)


def jsonl_records(
    source: SourceFile, data: bytes, digest: str, first_line: int = 1
) -> Iterator[RawDocument | SkipFile]:
    """Yield the article (or why there is none) of each non-blank line, numbered from ``first_line``."""
    for number, line in _lines(data, first_line):
        where = f"{source.given}#{number}"
        yield _jsonl_line(where, line, digest, article_id(f"{source.path}#{number}"))


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
