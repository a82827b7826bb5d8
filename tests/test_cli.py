"""The `entente` command line: index, extract and search as a user runs them."""

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from indexer.store import LOCK
from searchapp.cli import main

ROOT = Path(__file__).resolve().parent.parent
DESIGN_KEYS = {
    "source",
    "id",
    "title",
    "date",
    "language",
    "countries",
    "people",
    "authors",
    "topics",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Poland and Slovakia plan joint ammunition production\n\n24 February 2025\n\n"
        "The defence ministers of Poland and Slovakia agreed to produce 155 mm ammunition together.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Japan and Australia sign a reciprocal access agreement\n\n"
        "The prime ministers of Japan and Australia signed a defence pact on joint exercises.\n",
        encoding="utf-8",
    )
    return folder


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_index_prints_a_summary_and_a_rerun_finds_everything_unchanged(corpus, tmp_path, capsys):
    status, out, _ = run(capsys, "index", corpus, "--index", tmp_path / "ix")
    assert status == 0
    assert "added 2, updated 0, unchanged 0, removed 0, skipped 0" in out
    status, out, _ = run(capsys, "index", corpus, "--index", tmp_path / "ix")
    assert "added 0, updated 0, unchanged 2, removed 0, skipped 0" in out


def test_index_exits_1_and_names_skipped_files(corpus, tmp_path, capsys):
    (corpus / "empty.txt").write_bytes(b"")
    status, out, _ = run(capsys, "index", corpus, "--index", tmp_path / "ix")
    assert status == 1
    assert "skipped 1 (1 empty)" in out
    assert f"skipped {corpus / 'empty.txt'}: empty" in out


def test_index_directory_comes_from_the_environment(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ENTENTE_INDEX", str(tmp_path / "from-env"))
    status, _, _ = run(capsys, "index", corpus)
    assert status == 0
    assert (tmp_path / "from-env" / "live").is_symlink()


def test_a_second_indexer_reports_index_busy(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    with FileLock(str(index_dir / LOCK)):
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "searchapp.cli",
                "index",
                str(corpus),
                "--index",
                str(index_dir),
                "--wait",
                "0.2",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    assert second.returncode == 3
    assert "index busy" in second.stderr


def test_extract_prints_the_design_keys_per_article(corpus, capsys):
    status, out, _ = run(capsys, "extract", corpus / "a.txt", corpus / "b.txt")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [row["source"] for row in rows] == [str(corpus / "a.txt"), str(corpus / "b.txt")]
    for row in rows:
        assert DESIGN_KEYS <= set(row)
    assert rows[0]["date"] == "2025-02-24"
    assert {"PL", "SK"} <= set(rows[0]["countries"])


def test_extract_ids_match_across_runs_and_explain_adds_evidence(corpus, capsys):
    _, first, _ = run(capsys, "extract", corpus / "a.txt")
    _, second, _ = run(capsys, "extract", "--explain", corpus / "a.txt")
    one, two = json.loads(first), json.loads(second)
    assert one["id"] == two["id"]
    assert "evidence" not in one
    assert "2025" in two["evidence"]["date"]


def test_bad_command_line_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["index", "--no-such-option"])
    assert caught.value.code == 2


def test_search_lists_matching_articles_with_filters(corpus, tmp_path, capsys):
    run(capsys, "index", corpus, "--index", tmp_path / "ix")
    status, out, _ = run(capsys, "search", "ammunition", "--index", tmp_path / "ix")
    assert status == 0
    assert out.startswith("1 article matches")
    assert "Poland and Slovakia plan joint ammunition production" in out
    _, out, _ = run(capsys, "search", "ministers", "--index", tmp_path / "ix", "--country", "JP")
    assert out.startswith("1 article matches") and "Japan and Australia" in out
    _, out, _ = run(capsys, "search", "ammunition", "--index", tmp_path / "ix", "--year", "2019")
    assert out.startswith("0 articles match")


def test_search_combines_all_of_and_exclusions(corpus, tmp_path, capsys):
    run(capsys, "index", corpus, "--index", tmp_path / "ix")
    ix = tmp_path / "ix"
    argv = ["search", "ministers", "--index", ix, "--country", "PL", "--country", "JP"]
    _, out, _ = run(capsys, *argv)
    assert out.startswith("2 articles match (Country: Poland or Japan)")
    _, out, _ = run(capsys, *argv, "--all", "country")
    assert out.startswith("0 articles match (Country: Poland and Japan)")
    _, out, _ = run(capsys, "search", "ministers", "--index", ix, "--not-country", "SK")
    assert out.startswith("1 article matches (Country: not Slovakia)") and "Japan and" in out
    _, out, _ = run(capsys, "search", "ministers country:JP", "--index", ix)
    assert out.startswith("1 article matches (Country: Japan)")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", '"unclosed'], "closing quote"),
        (["search", "tanks", "--limit", "0"], "per_page"),
        (["search", "tanks", "--not-year", "soon"], "not_year"),
        (["search", "tanks", "--country", "PL", "--not-country", "PL"], "both selected"),
    ],
)
def test_search_explains_bad_input(corpus, tmp_path, capsys, argv, message):
    run(capsys, "index", corpus, "--index", tmp_path / "ix")
    status, _, err = run(capsys, *argv, "--index", tmp_path / "ix")
    assert status == 2
    assert message in err


def test_search_without_an_index_says_how_to_build_one(tmp_path, capsys):
    status, _, err = run(capsys, "search", "tanks", "--index", tmp_path / "none")
    assert status == 2
    assert "entente index" in err


@pytest.mark.slow
def test_ctrl_c_during_indexing_commits_nothing(corpus, tmp_path, capsys):
    index_dir = tmp_path / "ix"
    assert main(["index", str(corpus), "--index", str(index_dir)]) == 0
    for n in range(250):
        (corpus / f"more{n:03}.txt").write_text(
            f"Exercise report {n} from the Baltic\n\nNaval drills continued.\n"
        )
    indexer = subprocess.Popen(
        [sys.executable, "-m", "searchapp.cli", "index", str(corpus), "--index", str(index_dir)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert "read 100/252 files" in indexer.stderr.readline()
    indexer.send_signal(signal.SIGINT)
    _, err = indexer.communicate(timeout=60)
    assert indexer.returncode == 130
    assert "interrupted; nothing was committed" in err
    # The next run adds all 250: the interrupted one left nothing behind.
    status, out, _ = run(capsys, "index", corpus, "--index", index_dir)
    assert status == 0
    assert "added 250, updated 0, unchanged 2" in out
