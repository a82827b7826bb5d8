"""Entente indexer: read articles, extract their fields and write the Whoosh index."""
