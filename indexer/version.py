"""The extractor's version: a digest of the code and rules that turn a file into an Article."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).parent
# What decides an article's fields; a change here re-extracts every file on the next run.
EXTRACTION_SOURCES = (
    "article.py",
    "decode.py",
    "document.py",
    "headline.py",
    "html.py",
    "lines.py",
    "parse.py",
    "sources.py",
    "extract",
)
# Libraries whose data or rules decide fields too: upgrading one re-extracts every file.
EXTRACTION_LIBRARIES = (
    "trafilatura",
    "htmldate",
    "dateparser",
    "langdetect",
    "babel",
    "countrynames",
    "pymorphy3",
)


@cache
def extractor_version() -> str:
    """Return a short digest of the extraction code and its data files."""
    digest = hashlib.sha256()
    for name in EXTRACTION_SOURCES:
        target = ROOT / name
        files = sorted(target.rglob("*")) if target.is_dir() else [target]
        for path in files:
            if path.suffix in (".py", ".tsv") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode("utf-8"))
                digest.update(path.read_bytes())
    for name in EXTRACTION_LIBRARIES:
        digest.update(f"{name}=={library_version(name)}".encode())
    return digest.hexdigest()[:16]


def library_version(name: str) -> str:
    """Return an installed library's version, or "absent"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"
