"""Serve the site: gunicorn with threaded workers, or Flask's server when debugging."""

from __future__ import annotations

import sys
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


def server_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """Return gunicorn's settings for serving the site."""
    return {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        # Threads: a slow export holds one thread, not a whole worker, and connections are
        # kept alive between API calls. Each thread has its own Whoosh searcher.
        "worker_class": "gthread",
        "threads": max(1, threads),
        "keepalive": 5,
        # Searches stop themselves well before this (engine.TIME_LIMIT), so the worker
        # timeout only catches a hung process.
        "timeout": 60,
        "accesslog": "-",
        # gunicorn's own 4xx pages carry none of our headers: let requests the app can answer
        # itself through (the line limit is gunicorn's maximum).
        "limit_request_line": 8190,
        "limit_request_field_size": 16384,
        "limit_request_fields": 100,
        "control_socket_disable": True,  # no ~/.gunicorn socket shared between instances
    }


# How often a thread holding the GIL hands it over (Python's default is 5 ms): shorter turns
# let a quick search finish between the turns of a long export running in the same worker.
SWITCH_INTERVAL = 0.001


def run(index_dir: Path, host: str, port: int, debug: bool, workers: int, threads: int) -> None:
    """Serve the index in ``index_dir`` on host:port until interrupted."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = create_app({"INDEX_DIR": str(index_dir)})
    if debug:
        app.run(host=host, port=port, debug=True, threaded=True)
        return
    EntenteServer(app, server_options(host, port, workers, threads)).run()
