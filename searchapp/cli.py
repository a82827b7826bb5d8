"""The `entente` console script: the indexer's commands plus serve and search."""

from __future__ import annotations

import argparse
import sys

from indexer.cli import add_index_option, build_parser, index_dir


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the site over the index."""
    from searchapp.server import run

    run(index_dir(args), host=args.host, port=args.port, debug=args.debug, workers=args.workers)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    parser, commands = build_parser()
    serve = commands.add_parser("serve", help="serve the search site")
    add_index_option(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    serve.add_argument(
        "--debug", action="store_true", help="Flask's debug server instead of gunicorn"
    )
    serve.set_defaults(func=cmd_serve)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
