"""Helpers of the reliability suite: processes, a served site, generated articles."""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORDS = (
    "defence ministry agreement production ammunition artillery drones frigate tank howitzer "
    "training exercise procurement contract delivery missile radar aircraft border security "
    "cooperation industry memorandum partnership logistics submarine satellite demining treaty"
).split()
COUNTRIES = ["Poland", "Korea", "Ukraine", "Slovakia", "Japan", "France", "Germany", "Turkey"]


def report(name: str, **figures: object) -> None:
    """Append a test's figures to $ENTENTE_RELIABILITY_REPORT (JSON Lines), when it is set."""
    target = os.environ.get("ENTENTE_RELIABILITY_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"test": name, **figures}) + "\n")


def entente(*args: str) -> list[str]:
    """Return the command line that runs `entente` with this interpreter."""
    return [sys.executable, "-m", "searchapp.cli", *args]


def write_corpus(folder: Path, count: int, seed: int = 1) -> None:
    """Write ``count`` small generated articles (a headline and three paragraphs) to ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        a, b = rng.sample(COUNTRIES, 2)
        body = "\n\n".join(
            f"{a} and {b} " + " ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(3)
        )
        (folder / f"a{n:04}.txt").write_text(
            f"{a} and {b} agree on {rng.choice(WORDS)}\n\n{body}\n"
        )


def descendants(pid: int) -> set[int]:
    """Return the live (not zombie) processes below ``pid``."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def alive(pid: int) -> bool:
    """Tell whether a process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def free_port() -> int:
    """Return a free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, timeout: float = 30.0) -> tuple[int, float, bytes]:
    """Return (status, seconds, body) of one GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, time.perf_counter() - started, body


@pytest.fixture
def serve() -> Iterator[object]:
    """Yield a function that serves an index with `entente serve` and returns its base URL."""
    servers: list[subprocess.Popen[bytes]] = []
    # ENTENTE_SERVE_LOG keeps the servers' own log, to read after a failure.
    log = open(os.environ.get("ENTENTE_SERVE_LOG", os.devnull), "ab")

    def start(index_dir: Path, workers: int = 2) -> str:
        port = free_port()
        server = subprocess.Popen(
            entente(
                "serve", "--index", str(index_dir), "--port", str(port), "--workers", str(workers)
            ),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=log,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        servers.append(server)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                fetch(base + "/api/search?q=x", timeout=2)
                return base
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=10)
    log.close()
