"""The search site starts without the extraction libraries (cold start, issue 9)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import indexer.extract

HEAVY = ("trafilatura", "lxml", "dateparser", "babel", "indexer.extract.extractor")


# The app factory (a gunicorn worker) and `entente serve` (its command line, then the server).
STARTS = {
    "app factory": "import searchapp; searchapp.create_app({'INDEX_DIR': '/nonexistent'})",
    "entente serve": "import searchapp.cli, searchapp.server",
}


@pytest.fixture(scope="module", params=list(STARTS))
def site_modules(request: pytest.FixtureRequest) -> set[str]:
    """Return the modules a fresh interpreter holds after starting the site one way."""
    code = f"import sys; {STARTS[request.param]}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("module", HEAVY)
def test_the_app_does_not_import_extraction(site_modules: set[str], module: str) -> None:
    assert module not in site_modules


@pytest.mark.parametrize("module", ["indexer.extract.personkey", "indexer.fields"])
def test_the_app_reads_field_rules_from_indexer(site_modules: set[str], module: str) -> None:
    assert module in site_modules


def test_extract_article_still_imports_from_the_package() -> None:
    from indexer.extract import extract_article
    from indexer.extract.extractor import extract_article as defined

    assert extract_article is defined
    with pytest.raises(AttributeError):
        _ = indexer.extract.no_such_name
