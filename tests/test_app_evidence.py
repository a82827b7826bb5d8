"""Evidence links on the article page, for articles indexed through the real extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from indexer.document import RawDocument
from indexer.extract import extract_article
from indexer.store import IndexStore

STORY = (
    "Ships of two navies train together\n\n"
    "12 March 2025\n\n"
    "The navies of Norway and Portugal held a joint exercise off the coast this week.\n\n"
    "Admiral Ingrid Solberg said the crews trained for mine clearance. "
    "Lisbon will host the next round, officials added.\n"
)


@pytest.fixture(scope="module")
def evidence_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """Return a client of an index holding one extracted article."""
    from searchapp import create_app

    article = extract_article(RawDocument("story.txt", STORY, id="story"))
    directory: Path = tmp_path_factory.mktemp("evidence-index")
    with IndexStore(directory) as store, store.batch() as batch:
        batch.put(article, "story.txt", "fixtures")
    app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    with app.test_client() as client:
        yield client
    app.extensions["entente_index"].close()


def test_every_value_links_to_its_highlighted_sentence(evidence_client: FlaskClient) -> None:
    html = evidence_client.get("/articles/story?q=exercise").get_data(as_text=True)
    links = re.findall(r'class="evidence-link" href="#([^"]+)"', html)
    assert {"ev-country-NO", "ev-country-PT", "ev-date-2025-03-12"} <= set(links)
    for anchor in links:
        assert f'id="{anchor}"' in html  # every link has its target
    marked = re.search(
        r'id="ev-country-PT"></span><mark class="evidence">(.*?)</mark></span>', html
    )
    assert marked is not None
    # Both countries share the sentence; the query's own mark survives inside it.
    assert 'id="ev-country-NO"' in html.split('id="ev-country-PT"')[0][-200:]
    assert '<mark class="match" id="match-1">exercise</mark>' in marked.group(1)


def test_api_and_search_are_unchanged_by_evidence(evidence_client: FlaskClient) -> None:
    answer = evidence_client.get("/api/articles/story").get_json()
    assert "evidence" not in answer and answer["countries"][:2] == ["NO", "PT"]
