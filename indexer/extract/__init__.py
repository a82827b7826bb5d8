"""Field extractors; ``extract_article`` (indexer.extract.extractor) is imported on first use.

The web side imports light modules of this package (personkey, equipment, tables) and must not
pay for the parsers and date libraries extract_article pulls in (PEP 562 lazy attribute).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.extract.extractor import extract_article

__all__ = ["extract_article"]


def __getattr__(name: str) -> object:
    """Import extract_article on first use."""
    if name == "extract_article":
        from indexer.extract.extractor import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
