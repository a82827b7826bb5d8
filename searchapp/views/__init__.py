"""One blueprint per surface: search page, article pages, JSON API, feed, exports."""
