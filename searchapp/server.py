"""Serve the site: gunicorn with several sync workers, or Flask's server when debugging."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from searchapp import create_app


class EntenteServer(BaseApplication):  # type: ignore[misc]
    """A gunicorn application serving one Flask app."""

    def __init__(self, app: Flask, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        """Copy our options into gunicorn's settings."""
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self) -> Flask:
        """Return the WSGI app each worker serves."""
        return self.application


def run(index_dir: Path, host: str, port: int, debug: bool, workers: int) -> None:
    """Serve the index in ``index_dir`` on host:port until interrupted."""
    app = create_app({"INDEX_DIR": str(index_dir)})
    if debug:
        # One thread: a Whoosh searcher is shared by the requests of a process.
        app.run(host=host, port=port, debug=True, threaded=False)
        return
    options = {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "worker_class": "sync",  # one request at a time per worker, each with its own searcher
        "timeout": 60,
        "accesslog": "-",
        "limit_request_line": 8190,
        "control_socket_disable": True,  # no ~/.gunicorn socket shared between instances
    }
    EntenteServer(app, options).run()
