"""Time Entente's cold start: from `entente serve` to the first answer, on a fresh server each time.

For each URL and run: start `entente serve --index DIR --workers 1` on a free port, poll the URL
until it answers 200 (the first search pays for imports, the app, opening the index and reading
its facet data), then read the worker's RSS after a few more searches. Prints JSON.

Usage: python benchmarks/bench_coldstart.py --index DIR [--runs 5] [--entente PATH]
       (--entente: another checkout's `entente`, to compare before and after)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_peer import free_port, wait_for
from peer_report import rss_bytes, tree_pids

MIB = 1024 * 1024
TICKS = os.sysconf("SC_CLK_TCK")
URLS = ("/api/search?q=drones", "/")
AFTER = ("/api/search?q=tank&country=PL", "/?q=radar&topic=drones", "/cooperation?country=PL")


def cpu_seconds(pids: list[int]) -> float:
    """Return the user and system CPU seconds the processes have used so far."""
    # The machine is shared: wall time depends on its load, CPU time much less.
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


def cold_start(entente: Path, index: Path, path: str) -> tuple[float, float, float]:
    """Return the seconds to the first answer of ``path``, the CPU seconds it took and the
    worker's RSS (MiB) after a few more searches."""
    port = free_port(0)
    base = f"http://127.0.0.1:{port}"
    cmd = [str(entente), "serve", "--index", str(index), "--port", str(port), "--workers", "1"]
    started = time.perf_counter()
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(base + path, server, pause=0.01)  # timed from before the server started
        seconds = time.perf_counter() - started
        cpu = cpu_seconds(tree_pids(server.pid))
        for url in AFTER:
            wait_for(base + url, server)
        workers = [rss_bytes(pid) for pid in tree_pids(server.pid) if pid != server.pid]
    finally:
        server.terminate()
        server.wait(timeout=30)
    return seconds, cpu, max(workers, default=0) / MIB


def main() -> int:
    """Measure every URL ``--runs`` times and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entente", type=Path, default=Path(sys.executable).parent / "entente")
    args = parser.parse_args()
    figures: dict[str, object] = {"entente": str(args.entente), "index": str(args.index)}
    for path in URLS:
        runs = [cold_start(args.entente, args.index, path) for _ in range(args.runs)]
        seconds = [s for s, _, _ in runs]
        figures[path] = {
            "first_answer_s": [round(s, 2) for s in seconds],
            "median_s": round(statistics.median(seconds), 2),
            "median_cpu_s": round(statistics.median(c for _, c, _ in runs), 2),
            "worker_rss_mib": round(max(r for _, _, r in runs), 1),
        }
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
