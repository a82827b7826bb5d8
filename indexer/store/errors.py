"""What goes wrong opening an index: another writer holds it, none was built, or it is outdated."""

from __future__ import annotations

from pathlib import Path


class IndexBusy(Exception):
    """Another writer holds the index."""

    def __init__(self, directory: Path, waited: float) -> None:
        super().__init__(
            f"index busy: {directory} is being written by another process (waited {waited:g} s)"
        )
        self.directory = directory


class IndexMissing(Exception):
    """No index has been built in the directory yet."""

    def __init__(self, directory: Path) -> None:
        super().__init__(
            f"no index in {directory}: build one with `entente index PATH --index {directory}`"
        )
        self.directory = directory


class IndexOutdated(IndexMissing):
    """The live index was written by a version of Entente with another schema."""

    def __init__(self, directory: Path) -> None:
        Exception.__init__(
            self,
            f"the index in {directory} was written by another version of Entente: run "
            f"`entente index PATH --index {directory}` once to rebuild it",
        )
        self.directory = directory
