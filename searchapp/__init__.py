"""Entente's search site: an app factory in the style of Flask's tutorial (flaskr)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from indexer.config import default_index_dir


def _asset_folder(name: str) -> str:
    """Return the folder of templates or static files: inside the package when installed."""
    here = Path(__file__).parent
    packaged = here / name
    return str(packaged if packaged.is_dir() else here.parent / name)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Create the search app: defaults, then ENTENTE_* environment, then ``test_config``."""
    app = Flask(
        __name__,
        template_folder=_asset_folder("templates"),
        static_folder=_asset_folder("static"),
    )
    app.config.from_mapping(INDEX_DIR=str(default_index_dir()), JSON_SORT_KEYS=False)
    app.config.from_prefixed_env("ENTENTE")
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.url_map.strict_slashes = False

    from searchapp import errors, index, security
    from searchapp.views import api, articles, cooperation, export, feed, search

    index.init_app(app)
    security.init_app(app)
    errors.register(app)
    for blueprint in (search.bp, articles.bp, api.bp, feed.bp, export.bp, cooperation.bp):
        app.register_blueprint(blueprint)
    return app
