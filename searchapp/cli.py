"""The `entente` console script: the indexer's commands plus serve and search."""

from __future__ import annotations

import argparse
import html
import re
import sys

from indexer.cli import add_index_option, build_parser, index_dir
from indexer.fields import FACET_FIELDS
from searchapp.filters import MULTI_VALUED

TAGS = re.compile(r"<[^>]+>")
# Facet options of `entente search`: --country PL selects, --not-country RU excludes, and
# --all country asks for every selected country (the site's country_mode=all).
METAVARS = {
    "country": "CC",
    "year": "Y",
    "topic": "T",
    "person": "NAME",
    "language": "LANG",
    "source": "OUTLET",
    "pair": "CC-CC",
}
FACET_OPTIONS = tuple((name, METAVARS.get(name, name.upper())) for name in FACET_FIELDS)


def search_params(args: argparse.Namespace) -> list[tuple[str, str]]:
    """Return the site's query-string parameters for the search options."""
    params = [("q", args.query), ("per_page", str(args.limit)), ("sort", args.sort)]
    for name, _ in FACET_OPTIONS:
        params += [(name, value) for value in getattr(args, name) or []]
        params += [(f"not_{name}", value) for value in getattr(args, f"not_{name}") or []]
    params += [(f"{name}_mode", "all") for name in dict.fromkeys(args.all or [])]
    return params


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
    from searchapp.exceptions import InvalidRequest, SearchTimeout
    from searchapp.facets import chips
    from searchapp.request import parse_search_request

    try:
        index = open_live(index_dir(args))
    except IndexMissing as error:
        print(f"entente: {error}", file=sys.stderr)
        return 2
    engine = Engine(index.searcher())
    try:
        request = parse_search_request(MultiDict(search_params(args)), 10, engine.stored_value)
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
    filters = "; ".join(chip.text for chip in chips(request))
    print(
        matches + (f" ({filters})" if filters else "") + (f"; the first {shown}:" if shown else "")
    )
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
    for name, meta in FACET_OPTIONS:
        search.add_argument(
            f"--{name}",
            action="append",
            metavar=meta,
            help=f"filter by {name} (repeatable: any of them, or all with --all {name})"
            if name in MULTI_VALUED
            else f"filter by {name} (repeatable: any of them)"
            + ("; 'undated' for articles without a date" if name == "year" else ""),
        )
        search.add_argument(
            f"--not-{name}",
            action="append",
            metavar=meta,
            dest=f"not_{name}",
            help=f"leave out articles with this {name} (repeatable)",
        )
    search.add_argument(
        "--all",
        action="append",
        choices=MULTI_VALUED,
        metavar="FACET",
        help=f"articles must hold every selected value of FACET ({', '.join(MULTI_VALUED)})",
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
