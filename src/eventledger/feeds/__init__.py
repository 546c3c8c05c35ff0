"""News flows in: polite HTTP fetching, RSS/Atom feeds and sitemaps, and `watch`, which keeps a
database up to date from them."""
