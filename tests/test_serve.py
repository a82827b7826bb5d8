"""`entente serve` for real: gunicorn workers answer concurrent requests and see re-indexing."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from indexer.pipeline import run_index

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def served(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Poland and Korea sign a tank deal\n\nWarsaw and Seoul signed a contract for K2 tanks.\n"
    )
    index_dir = tmp_path / "index"
    run_index([str(corpus)], index_dir)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searchapp.cli",
            "serve",
            "--index",
            str(index_dir),
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            get(base + "/")
            break
        except OSError:
            time.sleep(0.1)
    yield base, corpus, index_dir
    server.terminate()
    server.wait(timeout=10)


def total(base: str, query: str) -> int:
    status, body = get(f"{base}/api/search?q={query}")
    assert status == 200
    return json.loads(body)["total"]


def test_workers_answer_concurrent_requests_without_errors(served):
    base, _, _ = served
    urls = [f"{base}/?q=tank", f"{base}/api/search?q=korea", f"{base}/?q=*a*", f"{base}/nope"] * 50
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda url: get(url)[0], urls))
    assert statuses.count(200) == 100
    assert statuses.count(400) == 50  # the leading wildcard is refused, not a 500
    assert statuses.count(404) == 50


def test_workers_see_a_new_index_generation_without_restart(served):
    base, corpus, index_dir = served
    assert total(base, "frigate") == 0
    (corpus / "b.txt").write_text(
        "Australia picks a Japanese frigate\n\nCanberra chose the Mogami frigate design.\n"
    )
    run_index([str(corpus)], index_dir)
    # Every worker must answer with the new generation, whichever takes the request.
    assert {total(base, "frigate") for _ in range(12)} == {1}
    run_index([str(corpus)], index_dir, rebuild=True)
    assert {total(base, "tank") for _ in range(12)} == {1}
