"""The extractor version changes with the code and with the libraries extraction relies on."""

import pytest

from indexer import version


@pytest.mark.parametrize("library", version.EXTRACTION_LIBRARIES)
def test_upgrading_a_library_changes_the_version(library, monkeypatch):
    version.extractor_version.cache_clear()
    before = version.extractor_version()
    real = version.library_version
    monkeypatch.setattr(
        version, "library_version", lambda name: "99.0" if name == library else real(name)
    )
    version.extractor_version.cache_clear()
    try:
        assert version.extractor_version() != before
    finally:
        version.extractor_version.cache_clear()


def test_version_is_stable():
    assert version.extractor_version() == version.extractor_version()


def test_a_missing_library_is_named_absent():
    assert version.library_version("no-such-library-here") == "absent"
