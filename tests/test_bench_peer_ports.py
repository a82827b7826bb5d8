"""bench_peer picks ports nobody listens on, so it never measures someone else's server."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_peer import free_port


@pytest.fixture
def listening() -> Iterator[int]:
    """Return a port another server listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def test_a_taken_port_is_replaced_by_a_free_one(listening: int) -> None:
    port = free_port(listening)
    assert port != listening
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as ours:
        ours.bind(("127.0.0.1", port))  # nothing listens there


def test_a_free_port_is_kept() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert free_port(port) == port
