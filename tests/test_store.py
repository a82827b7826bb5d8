"""The index store: schema behaviour (stemming, accents, facet columns) and the live symlink."""

from datetime import date

import pytest
from whoosh import sorting
from whoosh.qparser import QueryParser

from indexer import fields as F
from indexer.article import Article
from indexer.store import IndexMissing, IndexStore, article_to_document, index_exists, open_live

ARTICLES = [
    Article(
        id="a1",
        source="a1.txt",
        title="Slovakia and Poland sign a memorandum",
        text="Robert Kaliňák and Władysław Kosiniak-Kamysz discussed joint exercises.",
        date=date(2025, 2, 24),
        language="en",
        countries=("PL", "SK"),
        people=("Robert Kaliňák", "Władysław Kosiniak-Kamysz"),
        topics=("joint-exercises",),
        outlet="Vistula Post",
        content_hash="h1",
    ),
    Article(
        id="a2",
        source="a2.txt",
        title="Undated note on drones",
        text="An exercise with drones, no date stated.",
        countries=("UA",),
        topics=("drones", "joint-exercises"),
        content_hash="h2",
    ),
]


@pytest.fixture
def index_dir(tmp_path):
    directory = tmp_path / "index"
    with IndexStore(directory) as store, store.batch() as batch:
        for article in ARTICLES:
            batch.put(article, f"/{article.source}", "/")
    return directory


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("kalinak", {"a1"}),  # accents folded
        ("Kaliňák", {"a1"}),
        ("exercise", {"a1", "a2"}),  # stemmed: exercise finds exercises
        ("memorandum", {"a1"}),  # title is searched through the body parser's field group
        ("kosiniak", {"a1"}),
    ],
)
def test_text_search_is_stemmed_and_accent_insensitive(index_dir, query, ids):
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        parsed = QueryParser(F.BODY, ix.schema).parse(query)
        title = QueryParser(F.TITLE, ix.schema).parse(query)
        found = {hit[F.ID] for hit in searcher.search(parsed, limit=None)}
        found |= {hit[F.ID] for hit in searcher.search(title, limit=None)}
    assert found == ids


def test_multi_valued_facets_come_from_postings_without_list_columns(index_dir):
    ix = open_live(index_dir)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field in (F.COUNTRIES, F.TOPICS, F.PEOPLE, F.YEAR):
            assert not reader.has_column(field)  # the site never read them: no longer written
        facets = {
            name: sorting.FieldFacet(name, allow_overlap=True)
            for name in (F.COUNTRIES, F.TOPICS, F.YEAR)
        }
        results = searcher.search(
            QueryParser(F.BODY, ix.schema).parse("*"), groupedby=facets, limit=None
        )
        topics = {key: len(docs) for key, docs in results.groups(F.TOPICS).items()}
        countries = {key: len(docs) for key, docs in results.groups(F.COUNTRIES).items()}
    assert topics == {"joint-exercises": 2, "drones": 1}
    assert countries == {"PL": 1, "SK": 1, "UA": 1}


def test_document_omits_what_an_undated_article_lacks():
    doc = article_to_document(ARTICLES[1], "/a2.txt", "/")
    assert F.DATE_NUM not in doc and F.YEAR not in doc and F.OUTLET not in doc
    dated = article_to_document(ARTICLES[0], "/a1.txt", "/")
    assert dated[F.DATE_NUM] == 20250224 and dated[F.YEAR] == "2025"
    assert dated[F.PEOPLE] == "Robert Kaliňák,Władysław Kosiniak-Kamysz"


def test_commas_inside_a_value_do_not_split_it():
    article = Article(id="x", source="x", title="t", text="b", outlet="Smith, Jones & Co")
    assert article_to_document(article, "/x", "/")[F.OUTLET] == "Smith  Jones & Co"


def test_missing_index_is_a_named_error(tmp_path):
    assert not index_exists(tmp_path / "none")
    with pytest.raises(IndexMissing, match="entente index"):
        open_live(tmp_path / "none")


def test_a_failed_batch_commits_nothing(index_dir):
    with pytest.raises(RuntimeError), IndexStore(index_dir) as store, store.batch() as batch:
        batch.delete("a1")
        raise RuntimeError("stop mid-run")
    assert open_live(index_dir).doc_count() == 2


def test_each_person_is_indexed_with_their_key():
    doc = article_to_document(ARTICLES[0], "/a1.txt", "/")
    assert doc[F.PERSON_NAMES] == (
        "robert kalinak\tRobert Kaliňák,vladislav kosiniak-kamis\tWładysław Kosiniak-Kamysz"
    )
    assert F.PERSON_NAMES not in article_to_document(ARTICLES[1], "/a2.txt", "/")


def test_an_index_written_without_person_keys_is_rebuilt(tmp_path):
    from whoosh import index

    from indexer.store import build_schema, live_path

    with IndexStore(tmp_path) as store, store.batch() as batch:
        batch.put(ARTICLES[1], "/a2.txt", "/")
    old = build_schema()
    old.remove(F.PERSON_NAMES)
    generation = live_path(tmp_path)
    index.create_in(str(generation), old)  # as an earlier version of Entente wrote it
    with IndexStore(tmp_path) as store:
        assert store.rebuild
        with store.batch() as batch:
            batch.put(ARTICLES[0], "/a1.txt", "/")
    with open_live(tmp_path).searcher() as searcher:
        assert F.PERSON_NAMES in searcher.schema
        assert (F.PERSON_NAMES, "robert kalinak\tRobert Kaliňák") in searcher.reader()


def test_a_rebuild_that_reuses_extraction_keeps_person_keys(tmp_path, monkeypatch):
    from indexer.store import schema as store

    real_schema = store.build_schema

    def old_schema():
        schema = real_schema()
        schema.remove(F.PERSON_NAMES)
        return schema

    monkeypatch.setattr(store, "build_schema", old_schema)
    written = article_to_document(ARTICLES[0], "/a1.txt", "/")
    del written[F.PERSON_NAMES]  # as a version before person keys wrote it
    with IndexStore(tmp_path) as old, old.batch() as batch:
        batch.copy(written)
    monkeypatch.setattr(store, "build_schema", real_schema)
    with IndexStore(tmp_path) as rebuilt:
        assert rebuilt.rebuild
        with rebuilt.batch() as batch:
            for indexed in rebuilt.indexed_files().values():
                rebuilt.copy_previous(batch, indexed)
    with open_live(tmp_path).searcher() as searcher:
        reader = searcher.reader()
        assert (F.PERSON_NAMES, "robert kalinak\tRobert Kaliňák") in reader
        assert (F.PERSON_NAMES, "vladislav kosiniak-kamis\tWładysław Kosiniak-Kamysz") in reader


def test_indexes_name_the_schema_s_field_class_where_every_version_finds_it():
    import pickle

    from indexer.store import build_schema

    # The table of contents pickles the schema: an index written before the store became a
    # package names `indexer.store.ListKeyword`, and so must every index written after.
    pickled = pickle.dumps(build_schema())
    assert b"indexer.store" in pickled and b"indexer.store.schema" not in pickled
    assert pickle.loads(pickled).names() == build_schema().names()
