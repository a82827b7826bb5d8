"""The indexer's commands of the `entente` console script: index and extract."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from indexer.article import Article
from indexer.config import INDEX_ENV, default_index_dir, sample_dir
from indexer.errors import SkipFile, printable

if TYPE_CHECKING:  # the commands import the extractors when run: `entente serve` needs none
    from indexer.discovery import SourceFile

# Exit statuses of `entente index` (documented in the README).
EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_BUSY = 3  # 2 is argparse's, for a bad command line
EXIT_INTERRUPTED = 130


def add_index_option(parser: argparse.ArgumentParser) -> None:
    """Add --index DIR with the documented default."""
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"index directory (default: ${INDEX_ENV} or {default_index_dir()})",
    )


def index_dir(args: argparse.Namespace) -> Path:
    """Return the index directory the command line or environment chose."""
    return args.index if args.index is not None else default_index_dir()


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """Return the `entente` parser with the indexer's commands; callers add their own."""
    parser = argparse.ArgumentParser(
        prog="entente", description="Search news about defense cooperation between countries."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = commands.add_parser("index", help="index article files and folders")
    index.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: the bundled samples)"
    )
    add_index_option(index)
    index.add_argument(
        "--rebuild", action="store_true", help="build a fresh index and swap it in when complete"
    )
    index.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for another indexer (default 10)",
    )
    index.set_defaults(func=cmd_index)

    extract = commands.add_parser(
        "extract", help="print extracted fields as JSON Lines, without indexing"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument(
        "--explain", action="store_true", help="add the text that decided each field"
    )
    extract.set_defaults(func=cmd_extract)
    return parser, commands


def _progress(total: int) -> Callable[[SourceFile], None]:
    """Return a progress callback: a bar on a terminal, a log line every 100 files otherwise."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=total, unit="file", file=sys.stderr, leave=False)
        return lambda source: bar.update(1)
    state = {"done": 0}

    def log(source: SourceFile) -> None:
        state["done"] += 1
        if state["done"] % 100 == 0 or state["done"] == total:
            print(f"read {state['done']}/{total} files", file=sys.stderr)

    return log


class CtrlC:
    """Remember a Ctrl-C as well as raising it, since Python drops one raised in a destructor."""

    def __init__(self) -> None:
        self._pressed = False

    def handle(self, signum: int, frame: object) -> None:
        """Note the interrupt, then raise it as the default handler would."""
        self._pressed = True
        raise KeyboardInterrupt

    def pressed(self) -> bool:
        """Tell whether Ctrl-C was pressed during the run."""
        return self._pressed


def cmd_index(args: argparse.Namespace) -> int:
    """Index the given paths and print the summary."""
    from indexer.discovery import discover
    from indexer.pipeline import index_found
    from indexer.store import IndexBusy

    paths = [str(path) for path in args.paths] or [str(sample_dir())]
    directory = index_dir(args)
    found = discover(paths)
    stop = CtrlC()
    previous = signal.signal(signal.SIGINT, stop.handle)
    try:
        summary = index_found(
            found,
            directory,
            rebuild=args.rebuild,
            progress=_progress(len(found.files)),
            lock_timeout=args.wait,
            interrupted=stop.pressed,
        )
    except IndexBusy as busy:
        print(f"entente: {busy}", file=sys.stderr)
        return EXIT_BUSY
    except KeyboardInterrupt:
        print(
            f"entente: interrupted; nothing was committed, {directory} is as it was",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
    print(f"index: {directory}")
    for line in summary.lines():
        print(line)
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON object per article found under the given paths."""
    from indexer.discovery import discover
    from indexer.sources import read_source
    from indexer.units import extract_unit, pieces

    found = discover(list(args.paths))
    skipped = list(found.missing)
    for source in found.files:
        try:
            data, digest = read_source(source)
            for unit in pieces(source, digest, data):  # a large JSON Lines file, piece by piece
                articles, broken = extract_unit(unit, args.explain)
                skipped.extend(broken)
                for article in articles:
                    print(json.dumps(_row(article, args.explain), ensure_ascii=False), flush=True)
                    for note in article.notes:
                        print(f"note {printable(note)}", file=sys.stderr)
        except SkipFile as skip:
            skipped.append(skip)
    for skip in skipped:
        print(f"skipped {skip}", file=sys.stderr)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _row(article: Article, explain: bool) -> dict[str, object]:
    row = article.to_json()
    if explain:
        row["evidence"] = dict(article.evidence)
    return row


def main(argv: list[str] | None = None) -> int:
    """Run the indexer's commands alone (the full `entente` adds serve and search)."""
    parser, _ = build_parser()
    args = parser.parse_args(argv)
    return args.func(args)
