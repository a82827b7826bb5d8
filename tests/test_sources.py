"""Finding article files and reading them into documents: formats, JSON Lines, broken input."""

import json
from pathlib import Path

import pytest

from indexer import sources
from indexer.discovery import SourceFile, discover
from indexer.errors import SkipFile
from indexer.sources import parse_documents, read_bytes

PAGE = """<!doctype html><html lang="en"><head><title>Site | Allies sign a drone deal</title>
<meta property="og:title" content="Allies sign a drone deal">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2023-05-10T08:00:00Z">
<style>.secret-style { color: red }</style>
<script>var secretScript = "tracking";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Allies sign a drone deal</h1>
<p>The defence ministers of two allied countries signed an agreement on joint drone production
on Tuesday, officials said after the meeting in the capital.</p>
<p>Under the deal, the partners will build reconnaissance drones together and train crews at a
shared centre, with the first deliveries planned before the end of the decade.</p></article>
<aside>Most read: another story</aside><footer>Harbour Gazette 2023</footer></body></html>"""


def only(items):
    (item,) = list(items)
    return item


def source_for(path: Path) -> SourceFile:
    return SourceFile(given=str(path), path=path.resolve(), root=path.parent.resolve())


def test_discover_walks_folders_and_skips_hidden_and_unsupported(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>two</p>")
    (tmp_path / "c.jsonl").write_text("{}")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("hidden")
    found = discover([str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "image.png")])
    assert sorted(f.path.name for f in found.files) == ["a.txt", "b.html", "c.jsonl"]
    assert [skip.reason for skip in found.missing] == ["not found", "unsupported type"]
    assert found.roots == (tmp_path.resolve(),)


def test_plain_text_keeps_the_path_as_given_and_a_stable_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody text.", encoding="utf-8")
    first = only(parse_documents(source_for(path), path.read_bytes(), "h"))
    again = only(parse_documents(source_for(path), path.read_bytes(), "h"))
    assert first.source == str(path)
    assert first.kind == "text"
    assert first.id == again.id and len(first.id) == 16


def test_html_gives_main_text_and_stated_metadata_without_script_or_style(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = only(parse_documents(source_for(path), path.read_bytes(), "h"))
    assert doc.kind == "html"
    assert doc.meta.title == "Allies sign a drone deal"
    assert doc.meta.date is not None and doc.meta.date.isoformat() == "2023-05-10"
    assert "joint drone production" in doc.text
    for chrome in ("secretScript", "secret-style", "Most read", "tracking"):
        assert chrome not in doc.text


def test_jsonl_records_trust_their_keys_and_skip_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "text": "First body.",
                "title": "First",
                "date": "2024-04-23",
                "url": "https://example.org/1",
                "source": "Wire",
            }
        ),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Second body.", "date": "someday"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(parse_documents(source_for(path), path.read_bytes(), "h"))
    docs = [item for item in items if not isinstance(item, SkipFile)]
    skips = [item for item in items if isinstance(item, SkipFile)]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#6"]
    assert docs[0].meta.title == "First" and docs[0].meta.outlet == "Wire"
    assert (
        docs[0].meta.date.isoformat() == "2024-04-23"
        and docs[0].meta.url == "https://example.org/1"
    )
    assert docs[1].meta.date is None
    assert len({d.id for d in docs}) == 2
    assert [(s.path, s.reason) for s in skips] == [
        (f"{path}#3", "invalid JSON"),
        (f"{path}#4", "no text"),
        (f"{path}#5", "invalid JSON"),
    ]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(bytes(range(1, 32)) * 2), "binary"),
        (lambda p: p.write_bytes(b"x" * 101), "too large"),
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "vanished"),
    ],
)
def test_broken_files_are_skipped_with_their_reason(tmp_path, monkeypatch, make, reason):
    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "broken.txt"
    make(path)
    source = SourceFile(given="broken.txt", path=path, root=tmp_path)
    try:
        problem = only(parse_documents(source, read_bytes(source), "h"))
    except SkipFile as raised:
        problem = raised
    assert isinstance(problem, SkipFile)
    assert (problem.path, problem.reason) == ("broken.txt", reason)


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(SkipFile) as caught:
        read_bytes(source_for(path))
    assert caught.value.reason == "unreadable"
    assert "Permission denied" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "sources"),
    [
        ({"text": "One article.", "title": "One"}, [""]),
        ([{"text": "First."}, {"text": "Second."}, {"title": "no text"}], ["#1", "#2"]),
        ('{"text": "Line one."}\n{"text": "Line two."}', ["#1", "#2"]),
    ],
)
def test_json_files_hold_one_article_a_list_or_json_lines(tmp_path, content, sources):
    path = tmp_path / "export.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    items = list(parse_documents(source_for(path), path.read_bytes(), "h"))
    docs = [item for item in items if not isinstance(item, SkipFile)]
    assert [d.source for d in docs] == [f"{path}{suffix}" for suffix in sources]
    assert all(
        isinstance(item, SkipFile) and item.reason == "no text" for item in items[len(docs) :]
    )
