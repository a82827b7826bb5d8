"""A corpus of hostile files: the run completes, every bad part is named, every good one kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from whoosh.index import open_dir

from indexer import fields as F
from indexer.pipeline import run_index
from indexer.store import live_path

pytestmark = pytest.mark.reliability
GOOD = "Poland and Korea sign a tank deal\n\nWarsaw and Seoul signed a contract for K2 tanks.\n"
UKRAINIAN = "Міністр оборони України заявив про нові поставки зброї. Їхні партнери підтримали це."
POLISH = "Minister obrony podpisał umowę na dostawę czołgów. Żołnierze ćwiczą przy granicy."


def _record(**fields: object) -> str:
    return json.dumps({"text": "Tanks for Poland, said the ministry.", **fields})


def hostile_corpus(folder: Path) -> tuple[int, dict[str, str]]:
    """Write 50 hostile files (and some good ones); return good records and path → reason."""
    folder.mkdir()
    bad: dict[str, str] = {}

    def write(name: str, data: bytes, reason: str | None = None) -> None:
        (folder / name).write_bytes(data)
        if reason:
            bad[name] = reason

    write("empty.txt", b"", "empty")
    write("blank.txt", b"   \n\n\t\n", "empty")
    write("binary.txt", bytes(range(256)) * 20, "binary")
    write("nul.txt", b"Tanks\x00 for Poland", "binary")
    write("controls.txt", b"\x01\x02\x03\x04\x05\x06" * 50 + b"Tanks", "binary")
    write("png.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary")
    write("oversize.txt", b"Tanks for Poland. " * 300_000, "too large")
    write("bad-bom16.txt", b"\xff\xfe" + b"T\x00a\x00\x00\xd8", "undecodable")
    damaged = ("Minister Kaliňák a Naď podpísali zmluvu v Bratislave. " * 4).encode()
    write("damaged-utf8.txt", damaged[:30] + b"\xff\xfe\xff\xfe" + damaged[30:], "undecodable")
    write("fffd.txt", "Tanks \ufffd for Poland".encode(), "undecodable")
    write("deep.json", b"[" * 100_000 + b"]" * 100_000, "invalid JSON")
    write("broken.json", b'{"text": "Tanks')
    bad["broken.json#1"] = "invalid JSON"  # not one JSON value: read as JSON Lines
    write("scalar.json", b"42")
    bad["scalar.json#1"] = "invalid JSON"
    write("no-text.json", json.dumps({"title": "Tanks"}).encode(), "no text")
    write("empty-text.json", json.dumps({"text": "  "}).encode(), "no text")
    write(
        "html-empty.html",
        b"<html><head><script>alert(1)</script></head><body></body></html>",
        "no text",
    )
    write(
        "html-scripts.html",
        b"<html><body><script>var a=1;</script><style>p{}</style></body></html>",
        "no text",
    )
    records = [
        (_record(), None),
        ('{"text": "Tanks \\ud800 for Poland"}', "invalid text"),
        ('{"text": "Tanks \\udfff"}', "invalid text"),
        ('{"text": "Tanks \\ufffd for Poland"}', "undecodable"),
        ('{"text": "Tanks \\u0000 for Poland"}', "binary"),
        ('{"text": "Tanks \ufffd raw"}', "undecodable"),
        ('{"text": "Tanks", "title": "Bad \\ud83d"}', "invalid text"),
        ('{"text": "Tanks", "source": "\\udc80"}', "invalid text"),
        ("[" * 50_000, "invalid JSON"),
        ("not json at all", "invalid JSON"),
        ('"just a string"', "invalid JSON"),
        ("[1, 2, 3]", "invalid JSON"),
        ('{"title": "no text key"}', "no text"),
        ('{"text": 12}', "no text"),
        ('{"text": null}', "no text"),
        (_record(authors=[1, None, {"a": 1}]), None),
        (_record(date="not a date"), None),
        ('{"text": "two\u2028lines in one record"}', None),
        (_record(title="x" * 10_000), None),
        (_record(), None),
    ]
    lines = [line for line, _ in records] + []
    data = "\n".join(lines).encode("utf-8") + b"\n" + b'{"text": "Na\xff"}\n'
    write("mixed.jsonl", data)
    for number, (_, reason) in enumerate(records, 1):
        if reason:
            bad[f"mixed.jsonl#{number}"] = reason
    bad[f"mixed.jsonl#{len(records) + 1}"] = "undecodable"
    good_records = sum(1 for _, reason in records if reason is None)
    # Each case again in a file of its own, after a good record that must survive it.
    for number, (line, reason) in enumerate(records, 1):
        write(f"record-{number:02}.jsonl", (_record() + "\n" + line + "\n").encode("utf-8"))
        good_records += 1 + (reason is None)
        if reason:
            bad[f"record-{number:02}.jsonl#2"] = reason
    weird = ["sp ace.txt", "ünïcödé.txt", "new\nline.txt", "tab\tname.txt", "-dash.txt"]
    for name in weird:
        write(name, GOOD.encode())
    write("koi8u.txt", UKRAINIAN.encode("koi8_u"))
    write("cp1250.txt", POLISH.encode("cp1250"))
    write("utf16.txt", GOOD.encode("utf-16"))
    write("bom.txt", b"\xef\xbb\xbf" + GOOD.encode())
    write("crlf.txt", GOOD.replace("\n", "\r\n").encode())
    write("headline-only.txt", b"Poland buys Korean tanks")
    os.mkfifo(folder / "fifo.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    bad.update({"fifo.txt": "not a regular file", "loop.txt": "link loop"})
    bad["dangling.txt"] = "broken link"
    (folder / "twice.txt").symlink_to(folder / "crlf.txt")
    unreadable = folder / "unreadable.txt"
    unreadable.write_bytes(GOOD.encode())
    unreadable.chmod(0)
    if os.access(unreadable, os.R_OK):  # root reads anything: then it is simply a good file
        good_files = len(weird) + 7
    else:
        bad["unreadable.txt"] = "unreadable"
        good_files = len(weird) + 6
    return good_records + good_files, bad


def test_a_hostile_corpus_is_indexed_with_every_problem_named(tmp_path: Path) -> None:
    good, bad = hostile_corpus(tmp_path / "in")
    files = len(list((tmp_path / "in").iterdir()))
    assert files >= 50 and len(bad) >= 35
    summary = run_index([str(tmp_path / "in")], tmp_path / "ix")
    reasons = {Path(skip.path).name: skip.reason for skip in summary.skipped}
    assert reasons == bad
    assert summary.added == summary.total == good
    ix = open_dir(str(live_path(tmp_path / "ix")))
    with ix.searcher() as searcher:
        stored = list(searcher.all_stored_fields())
    ix.close()
    texts = [str(doc.get(key, "")) for doc in stored for key in (F.TITLE, F.BODY, F.SOURCE_TEXT)]
    for text in texts:
        assert "\ufffd" not in text and "\x00" not in text
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
    bodies = " ".join(texts)
    assert "України" in bodies and "Żołnierze" in bodies  # no mojibake
    assert len({doc[F.ID] for doc in stored}) == len(stored)
