"""The bundled sample corpus indexes cleanly and extracts close to our own annotations."""

import csv
from pathlib import Path

import pytest

from indexer.config import sample_dir
from indexer.pipeline import Job, extract_file, run_index
from indexer.sources import discover, read_bytes

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
