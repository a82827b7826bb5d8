"""Articles like a given one: similar words first, then shared countries and topics."""

from __future__ import annotations

from whoosh import query as Q
from whoosh.searching import Searcher

from indexer import fields as F
from searchapp.results import StoredArticle


def related(searcher: Searcher, article: StoredArticle, limit: int = 5) -> list[StoredArticle]:
    """Return articles like this one: similar text first, then shared countries/topics."""
    docnum = searcher.document_number(**{F.ID: article.id})
    if docnum is None:
        return []
    # more_like needs words to compare: a headline-only article has none in its body.
    similar = searcher.more_like(docnum, F.BODY, top=limit) if article.text.strip() else []
    found = [StoredArticle.from_stored(hit.fields()) for hit in similar]
    if len(found) < limit:
        shared = [Q.Term(F.COUNTRIES, c) for c in article.countries]
        shared += [Q.Term(F.TOPICS, t) for t in article.topics]
        seen = {article.id, *(a.id for a in found)}
        if shared:
            for hit in searcher.search(Q.Or(shared), limit=limit + len(seen)):
                if hit[F.ID] not in seen and len(found) < limit:
                    found.append(StoredArticle.from_stored(hit.fields()))
    return found
