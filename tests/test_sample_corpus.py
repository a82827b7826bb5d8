"""The bundled sample corpus indexes cleanly and extracts close to our own annotations."""

import csv
from pathlib import Path

import pytest

from indexer.config import sample_dir
from indexer.discovery import discover
from indexer.pipeline import Job, extract_file, run_index
from indexer.sources import read_bytes

MANIFEST = sample_dir() / "MANIFEST.tsv"


def annotations() -> dict[str, dict[str, str]]:
    with MANIFEST.open(encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


@pytest.fixture(scope="module")
def extracted() -> dict[str, object]:
    articles = {}
    for source in discover([str(sample_dir())]).files:
        found, skipped = extract_file(Job(source, "h", None, read_bytes(source)))
        assert not skipped, skipped
        for article in found:
            name = Path(article.source).name
            articles[name] = article
    return articles


def test_every_annotated_article_is_read(extracted):
    assert set(extracted) == set(annotations())


def test_languages_match(extracted):
    wrong = {
        name: a.language
        for name, a in extracted.items()
        if a.language != annotations()[name]["language"]
    }
    assert not wrong


def test_dates_are_right_and_never_invented(extracted):
    gold = annotations()
    invented = [n for n, a in extracted.items() if a.date and not gold[n]["date"]]
    right = sum(
        1 for n, a in extracted.items() if (a.date.isoformat() if a.date else "") == gold[n]["date"]
    )
    assert not invented
    assert right / len(gold) >= 0.9


def test_countries_close_to_annotations(extracted):
    gold = annotations()
    tp = got = want = 0
    for name, article in extracted.items():
        expected = set(filter(None, gold[name]["countries"].split(",")))
        tp += len(set(article.countries) & expected)
        got += len(article.countries)
        want += len(expected)
    assert tp / got >= 0.85 and tp / want >= 0.85


def test_sample_corpus_indexes_without_skips(tmp_path):
    summary = run_index([str(sample_dir())], tmp_path / "index")
    assert not summary.skipped
    assert summary.added == len(annotations())


@pytest.fixture(scope="module")
def sample_people(extracted, tmp_path_factory) -> list[dict[str, object]]:
    """Index the extracted sample articles and return their person facet as the API gives it."""
    from indexer.store import IndexStore
    from searchapp import create_app

    directory = tmp_path_factory.mktemp("sample-people")
    with IndexStore(directory) as store, store.batch() as batch:
        for article in extracted.values():
            batch.put(article, article.source, str(sample_dir()))
    app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    try:
        answer = app.test_client().get("/api/search?per_page=1").get_json()
    finally:
        app.extensions["entente_index"].close()
    return answer["facets"]["person"]


def test_the_person_facet_shows_one_value_per_person(sample_people):
    from indexer.extract.personkey import person_key

    keys = [person_key(str(value["value"])) for value in sample_people]
    assert len(keys) == len(set(keys))
    surnames = {key.rsplit(" ", 1)[-1] for key in keys if " " in key}
    assert not [key for key in keys if " " not in key and key in surnames]
    zelensky = [v for v in sample_people if person_key(str(v["value"])).endswith("selenski")]
    assert [v["value"] for v in zelensky] == ["Volodymyr Zelensky"]  # three spellings, one value
