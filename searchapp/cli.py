"""The `entente` console script: the indexer's commands plus serve and search."""

from __future__ import annotations

import argparse
import html
import re
import sys

from indexer.cli import add_index_option, build_parser, index_dir

TAGS = re.compile(r"<[^>]+>")


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the site over the index."""
    from searchapp.server import run

    run(
        index_dir(args),
        host=args.host,
        port=args.port,
        debug=args.debug,
        workers=args.workers,
        threads=args.threads,
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the top hits for a query, with the site's query syntax and filters."""
    from werkzeug.datastructures import MultiDict

    from indexer.store import IndexMissing, open_live
    from searchapp.engine import Engine
    from searchapp.errors import InvalidRequest, SearchTimeout
    from searchapp.request import parse_search_request

    params = MultiDict([("q", args.query), ("per_page", str(args.limit)), ("sort", args.sort)])
    for name in ("country", "year", "topic", "person", "language", "source"):
        params.setlist(name, getattr(args, name) or [])
    try:
        request = parse_search_request(params)
        index = open_live(index_dir(args))
    except (InvalidRequest, IndexMissing) as error:
        print(f"entente: {error}", file=sys.stderr)
        return 2
    engine = Engine(index.searcher())
    try:
        result = engine.search(request)
    except InvalidRequest as error:
        print(f"entente: {error}", file=sys.stderr)
        return 2
    except SearchTimeout as error:
        print(f"entente: {error}; narrow the search", file=sys.stderr)
        return 1
    finally:
        engine.close()
    shown = len(result.hits)
    matches = "1 article matches" if result.total == 1 else f"{result.total} articles match"
    print(matches + (f"; the first {shown}:" if shown else ""))
    for hit in result.hits:
        article = hit.article
        facts = " · ".join(
            filter(None, [article.date or "undated", article.outlet, ", ".join(article.countries)])
        )
        print(f"\n{article.title}\n  {facts}\n  id {article.id}")
        print("  " + html.unescape(TAGS.sub("", str(hit.snippet))).strip()[:300])
    if result.suggestion:
        print(f"\ndid you mean: {result.suggestion}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    parser, commands = build_parser()
    serve = commands.add_parser("serve", help="serve the search site")
    add_index_option(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    serve.add_argument("--threads", type=int, default=4, help="threads per worker process")
    serve.add_argument(
        "--debug", action="store_true", help="Flask's debug server instead of gunicorn"
    )
    serve.set_defaults(func=cmd_serve)

    search = commands.add_parser("search", help="search the index from the terminal")
    search.add_argument("query", metavar="QUERY", help="the same syntax as the site's search box")
    add_index_option(search)
    for name, meta in (
        ("country", "CC"),
        ("year", "Y"),
        ("topic", "T"),
        ("person", "NAME"),
        ("language", "LANG"),
        ("source", "OUTLET"),
    ):
        search.add_argument(
            f"--{name}",
            action="append",
            metavar=meta,
            help=f"filter by {name} (repeatable: any of them)",
        )
    search.add_argument(
        "--limit", type=int, default=10, metavar="N", help="how many hits to print (1-100)"
    )
    search.add_argument("--sort", choices=("relevance", "newest", "oldest"), default="relevance")
    search.set_defaults(func=cmd_search)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
