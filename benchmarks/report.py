"""Write a benchmark's figures to benchmarks/results/NAME.json and print them."""

from __future__ import annotations

import json
import resource
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def peak_rss_mib(children: bool = False) -> float:
    """Return the peak resident memory of this process (or of its finished children), in MiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def write_results(name: str, figures: dict[str, object]) -> None:
    """Save the figures as JSON beside the other results and print them."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
    (RESULTS / f"{name}.json").write_text(text, encoding="utf-8")
    print(text, end="")
