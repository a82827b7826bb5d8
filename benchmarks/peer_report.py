"""Helpers of bench_peer.py: watch a process tree's memory and disk, join and tabulate load runs."""

from __future__ import annotations

import json
import math
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
# The indexing figures of measured(), with their labels, in the order the reports print them.
INDEX_FIGURES = (
    ("seconds", "wall time, s"),
    ("articles_per_s", "articles/s"),
    ("peak_rss_mib", "peak RSS of the process tree, MiB"),
    ("peak_temp_disk_mib", "peak disk (output + TMPDIR growth), MiB"),
    ("final_mib", "final size, MiB"),
)
KINDS = {"term_rare": "rare term", "and2": "AND pair", "phrase": "phrase", "term_common": "common"}


def tree_pids(root: int) -> list[int]:
    """Return ``root`` and every process descending from it, read from /proc."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children[ppid].append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def rss_bytes(pid: int) -> int:
    """Return one process's resident memory in bytes (0 once it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_size(path: Path) -> int:
    """Return the bytes of every file under ``path`` (files vanishing meanwhile count 0)."""
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    stack = [path]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_blocks * 512
            except OSError:
                continue
    return total


@dataclass
class Watcher:
    """Sample a process tree's summed RSS and some folders' disk use every ``every`` seconds."""

    root: int
    folders: list[Path]
    every: float = 0.2
    peak_rss: int = 0
    peak_disk: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> Watcher:
        """Start sampling in a background thread."""
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.every)

    def sample(self) -> None:
        """Take one sample and keep the peaks."""
        self.peak_rss = max(self.peak_rss, sum(rss_bytes(p) for p in tree_pids(self.root)))
        self.peak_disk = max(self.peak_disk, sum(tree_size(f) for f in self.folders))

    def stop(self) -> None:
        """Stop sampling (one last sample first)."""
        self.sample()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


def percentile(values: list[float], p: float) -> float | None:
    """Return the nearest-rank percentile (as loadtest.py computes it)."""
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def read_raw(path: Path) -> list[dict]:
    """Return a loadtest --raw file's records."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def compare(queries: list[dict], peer: list[dict], ours: list[dict]) -> dict:
    """Join two --raw runs on (concurrency, qi): per level and kind p50/p95, ratios, totals."""
    levels: dict[str, dict] = {}
    for level in sorted({r["concurrency"] for r in ours}):
        mine = {r["qi"]: r for r in ours if r["concurrency"] == level}
        theirs = {r["qi"]: r for r in peer if r["concurrency"] == level}
        both = sorted(set(mine) & set(theirs))
        rows = {}
        for kind, label in [*KINDS.items(), ("all", "all")]:
            picked = [qi for qi in both if kind == "all" or queries[qi]["kind"] == kind]
            ds = [theirs[qi]["ms"] for qi in picked]
            en = [mine[qi]["ms"] for qi in picked]
            row = {"n": len(picked)}
            for name, values in (("datasette", ds), ("entente", en)):
                row[f"{name}_p50"] = percentile(values, 50)
                row[f"{name}_p95"] = percentile(values, 95)
                row[f"{name}_p99"] = percentile(values, 99)
            if row["entente_p50"]:
                row["ratio_p50"] = round(row["datasette_p50"] / row["entente_p50"], 2)
            rows[label] = row
        same = sum(1 for qi in both if mine[qi].get("total") == theirs[qi].get("total"))
        levels[str(level)] = {
            "kinds": rows,
            "errors": {
                "datasette": sum(1 for r in theirs.values() if r.get("status") != 200),
                "entente": sum(1 for r in mine.values() if r.get("status") != 200),
            },
            "same_total": same,
            "joined": len(both),
        }
    return levels


def markdown(figures: dict) -> str:
    """Return the results as a markdown page."""
    out = [f"# Entente against Datasette (SQLite FTS5), {figures['articles']:,} articles", ""]
    out += [f"Run {figures['started']} on {figures['cpus']} CPUs; `{figures['command']}`.", ""]
    out += [
        "| indexing | Datasette (load_datasette.py) | Entente (`entente index`) |",
        "|---|---|---|",
    ]
    ds, en = figures["datasette_load"], figures["entente_index"]
    for key, label in INDEX_FIGURES:
        out.append(f"| {label} | {ds.get(key, '-')} | {en.get(key, '-')} |")
    out += ["", "| serving | Datasette | Entente |", "|---|---|---|"]
    for key, label in (("cold_start_s", "cold start to first answer, s"), ("rss_mib", "RSS, MiB")):
        out.append(
            f"| {label} | {figures['datasette_serve'].get(key, '-')} "
            f"| {figures['entente_serve'].get(key, '-')} |"
        )
    out.append(
        f"\nEntente worker RSS (largest worker): {figures['entente_serve'].get('worker_rss_mib')} MiB"
    )
    sections = [("levels", ""), ("sync_levels", ", Entente with sync workers")]
    for key, level, data in (
        (k, lv, d) for k, _ in sections for lv, d in figures.get(k, {}).items()
    ):
        title = dict(sections)[key]
        out += ["", f"## {level} client(s){title}: ms on the same {data['joined']} queries", ""]
        out += [
            "| kind | n | Datasette p50 | Entente p50 | Datasette/Entente p50 "
            "| Datasette p95 | Entente p95 | Entente p99 |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for label, row in data["kinds"].items():
            out.append(
                f"| {label} | {row['n']} | {_ms(row['datasette_p50'])} | {_ms(row['entente_p50'])} "
                f"| {row.get('ratio_p50', '-')} | {_ms(row['datasette_p95'])} "
                f"| {_ms(row['entente_p95'])} | {_ms(row['entente_p99'])} |"
            )
        out.append(
            f"\nErrors: Datasette {data['errors']['datasette']}, Entente {data['errors']['entente']}. "
            f"Same total on {data['same_total']} of {data['joined']} queries (porter stemming, "
            "BM25 over title+body+people against FTS5 over title+text: totals differ by design)."
        )
    for name, summary in figures.get("throughput", {}).items():
        out.append(f"\n{name}: " + ", ".join(f"c={c} {rps} req/s" for c, rps in summary.items()))
    return "\n".join(out) + "\n"


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
