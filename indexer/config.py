"""Where the index lives unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

INDEX_ENV = "ENTENTE_INDEX"


def default_index_dir() -> Path:
    """Return $ENTENTE_INDEX, else $XDG_DATA_HOME/entente/index (~/.local/share/entente/index)."""
    if os.environ.get(INDEX_ENV):
        return Path(os.environ[INDEX_ENV]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "entente" / "index"


def sample_dir() -> Path:
    """Return the bundled sample articles: in the source tree, or packaged inside the wheel."""
    packaged = Path(__file__).parent / "sample"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "data" / "sample"
