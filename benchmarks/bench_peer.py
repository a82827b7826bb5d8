"""Run the ../shared/bench side-by-side benchmark end to end: Entente against Datasette (FTS5).

In a scratch folder outside the repo: a peer venv (datasette, sqlite-utils), the seeded corpus
and its queries, the Datasette database, then `entente index` (timed, with the peak RSS of its
process tree and its peak disk sampled every 0.2 s), then each server alone under loadtest.py at
1 and 8 clients. Writes benchmarks/results/peer.md and peer.json.

Usage: python benchmarks/bench_peer.py [--n 100000 | --quick] [--scratch /tmp/entente-peer]
       [--reuse-index] [--sync]   (--sync: also serve Entente with sync workers, for comparison)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from peer_report import Watcher, compare, markdown, read_raw, rss_bytes, tree_pids, tree_size
from report import write_results

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
VENV_BIN = Path(sys.executable).parent
PEER_PACKAGES = ["datasette==0.65.5", "sqlite-utils==4.2.1"]
MIB = 1024 * 1024


def run(cmd: list[str | Path], **kwargs: object) -> None:
    """Run a command, echoing it, and fail loudly when it fails."""
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def scratch_folder(path: Path) -> Path:
    """Return the scratch folder, made if needed; it must lie outside the repository."""
    scratch = path.resolve()
    if scratch.is_relative_to(REPO):
        raise SystemExit("the scratch folder must be outside the repository")
    scratch.mkdir(parents=True, exist_ok=True)
    return scratch


def corpus_stem(n: int) -> str:
    """Return the file stem of an n-article corpus ("news100k")."""
    return f"news{n // 1000}k" if n % 1000 == 0 else f"news{n}"


def make_corpus(n: int, out: Path, *more: str) -> None:
    """Write the seeded n-article corpus of ../shared/bench (``more``: make_corpus options)."""
    run(
        [
            sys.executable,
            SHARED / "make_corpus.py",
            "--n",
            str(n),
            "--seed",
            "42",
            "--out",
            out,
            *more,
        ]
    )


def measured(cmd: list[str | Path], output: Path, scratch_tmp: Path, n: int) -> dict:
    """Run a command under the watcher; return seconds, articles/s, peak RSS and disk."""
    shutil.rmtree(scratch_tmp, ignore_errors=True)
    scratch_tmp.mkdir(parents=True)
    print("+", " ".join(map(str, cmd)), flush=True)
    started = time.perf_counter()
    env = {**os.environ, "TMPDIR": str(scratch_tmp)}
    process = subprocess.Popen([str(c) for c in cmd], env=env)
    watcher = Watcher(process.pid, [output, scratch_tmp]).start()
    code = process.wait()
    watcher.stop()
    seconds = time.perf_counter() - started
    if code:
        raise SystemExit(f"{cmd[0]} failed with {code}")
    return {
        "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds, 1),
        "peak_rss_mib": round(watcher.peak_rss / MIB, 1),
        "peak_temp_disk_mib": round(watcher.peak_disk / MIB, 1),
        "final_mib": round(tree_size(output) / MIB, 1),
    }


def free_port(preferred: int) -> int:
    """Return ``preferred`` if nothing listens there, else a port the system says is free.

    Another run of this benchmark (or anything else) on the same ports would otherwise answer
    our probes and load test, and we would measure someone else's server.
    """
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(probe.getsockname()[1])
    raise SystemExit("no free port")


def wait_for(
    url: str, process: subprocess.Popen, limit: float = 120.0, pause: float = 0.05
) -> float:
    """Poll ``url`` every ``pause`` seconds until it answers 200; return the seconds it took."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=30) as answer:
                if answer.status == 200:
                    answer.read()
                    return time.perf_counter() - started
        except OSError:
            time.sleep(pause)
    raise SystemExit(f"no answer from {url} within {limit} s")


def serve_and_load(
    name: str, cmd: list[str | Path], probe: str, load: list[str | Path], log: Path
) -> dict:
    """Start a server, time its first answer, run the load test, read its RSS, stop it."""
    print("+", " ".join(map(str, cmd)), flush=True)
    with log.open("w") as out:
        started = time.perf_counter()
        server = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(probe, server)
            cold = time.perf_counter() - started
            run(load)
            pids = tree_pids(server.pid)
            workers = [rss_bytes(p) for p in pids if p != server.pid]
            figures = {
                "cold_start_s": round(cold, 2),
                "rss_mib": round(sum(rss_bytes(p) for p in pids) / MIB, 1),
                "worker_rss_mib": round(max(workers, default=0) / MIB, 1),
            }
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(name, figures, flush=True)
    return figures


def main() -> int:
    """Run every step and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    parser.add_argument("--quick", action="store_true", help="10,000 articles")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/entente-peer"))
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", default="1,8")
    parser.add_argument("--reuse-index", action="store_true", help="skip indexing if present")
    parser.add_argument("--sync", action="store_true", help="also measure sync gunicorn workers")
    parser.add_argument("--name", default="peer", help="results file name")
    args = parser.parse_args()
    n = 10_000 if args.quick else args.n
    scratch = scratch_folder(args.scratch)
    stem = corpus_stem(n)
    corpus, queries = scratch / f"{stem}.jsonl", scratch / f"{stem}.queries.jsonl"
    database, index = scratch / f"{stem}.db", scratch / f"ix-{stem}"
    peer = scratch / "peer"

    if not (peer / "bin" / "datasette").exists():
        run([sys.executable, "-m", "venv", peer])
        run([peer / "bin" / "pip", "install", "--quiet", *PEER_PACKAGES])
    if not queries.exists():
        make_corpus(n, corpus, "--queries", "500")
    load_cmd = [peer / "bin" / "python", SHARED / "load_datasette.py", corpus, database]
    load_figures = scratch / f"{stem}.dbload.json"
    if not (database.exists() and load_figures.exists()):
        load_figures.write_text(
            json.dumps(measured([*load_cmd, "--replace"], database, scratch / "tmp", n))
        )
    datasette_load = json.loads(load_figures.read_text())
    if args.reuse_index and index.exists():
        entente_index = json.loads((scratch / f"{stem}.index.json").read_text())
    else:
        shutil.rmtree(index, ignore_errors=True)
        cmd = [VENV_BIN / "entente", "index", corpus, "--index", index]
        entente_index = measured(cmd, index, scratch / "tmp", n)
        (scratch / f"{stem}.index.json").write_text(json.dumps(entente_index))

    def loadtest(target: str, port: int, tag: str) -> list[str | Path]:
        return [
            sys.executable, SHARED / "loadtest.py", "--target", target,
            "--base", f"http://127.0.0.1:{port}", "--db", stem, "--queries", queries,
            "--concurrency", args.concurrency, "--requests", str(args.requests),
            "--warmup", "5", "--out", scratch / f"{tag}.json", "--raw", scratch / f"{tag}.jsonl",
        ]  # fmt: skip

    ds_port = free_port(8001)
    datasette_serve = serve_and_load(
        "datasette",
        [
            peer / "bin" / "datasette",
            "serve",
            database,
            "--port",
            str(ds_port),
            "--setting",
            "sql_time_limit_ms",
            "10000",
            "--setting",
            "facet_time_limit_ms",
            "10000",
        ],
        f"http://127.0.0.1:{ds_port}/{stem}/articles.json?_search=defense&_size=1",
        loadtest("datasette", ds_port, "ds"),
        scratch / "datasette.log",
    )
    en_port = free_port(8002)
    probe = f"http://127.0.0.1:{en_port}/api/search?q=defense"
    entente_serve = serve_and_load(
        "entente",
        [VENV_BIN / "entente", "serve", "--index", index, "--port", str(en_port)],
        probe,
        loadtest("entente", en_port, "en"),
        scratch / "entente.log",
    )
    throughput = {}
    if args.sync:
        sync_port = free_port(en_port)
        sync = serve_and_load(
            "entente-sync",
            [
                VENV_BIN / "gunicorn",
                "-k",
                "sync",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{sync_port}",
                "--env",
                f"ENTENTE_INDEX_DIR={index}",
                "searchapp:create_app()",
            ],
            f"http://127.0.0.1:{sync_port}/api/search?q=defense",
            loadtest("entente", sync_port, "en-sync"),
            scratch / "entente-sync.log",
        )
        entente_serve["sync_workers"] = sync
    for tag in ("ds", "en", "en-sync"):
        if (path := scratch / f"{tag}.json").exists():
            levels = json.loads(path.read_text())["levels"]
            throughput[tag] = {s["concurrency"]: s["rps"] for s in levels}

    asked = [json.loads(line) for line in queries.read_text().splitlines() if line.strip()]
    figures = {
        "articles": n,
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "command": "python benchmarks/bench_peer.py " + " ".join(sys.argv[1:]),
        "datasette_load": datasette_load,
        "entente_index": entente_index,
        "datasette_serve": datasette_serve,
        "entente_serve": entente_serve,
        "throughput": throughput,
        "levels": compare(asked, read_raw(scratch / "ds.jsonl"), read_raw(scratch / "en.jsonl")),
    }
    if args.sync:
        peer_raw, sync_raw = read_raw(scratch / "ds.jsonl"), read_raw(scratch / "en-sync.jsonl")
        figures["sync_levels"] = compare(asked, peer_raw, sync_raw)
    write_results(args.name, figures)
    (REPO / "benchmarks" / "results" / f"{args.name}.md").write_text(markdown(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
