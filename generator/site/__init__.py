"""The site: everything site_src/ holds (Markdown pages, Atom feeds, static assets, data
exports), made from the linked corpus; MkDocs then renders it (mkdocs.py)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..model import Corpus
from . import export as export_mod
from . import feeds
from .quotes_db import quotes_db
from .permalinks import Gone
from .render import KEPT, iter_pages

STATIC = Path(__file__).parent / "static"


def site_files(corpus: Corpus, gone: list[Gone] = (), site_url: str = "",
               part: tuple[int, int] = (0, 1), known: dict[str, str] | None = None,
               digests: dict[str, str] | None = None, what: str = "all") -> Iterator[tuple[str, str | bytes]]:
    """Everything site_src/ holds, one file at a time: Markdown pages, Atom feeds, static assets, data
    exports (a file is written and dropped before the next is made). part (k, n): the
    k-th of n shares of the pages and feeds (see iter_pages). what: "pages" (the pages and
    feeds of the share), "data" (the assets and exports, which are not shared) or "all"
    (both, the data with the first share). known, digests: see iter_pages (a page given as
    KEPT is the last build's file)."""
    if what != "data":
        yield from iter_pages(corpus, gone, site_url, part, known, digests)
        yield from feeds.feed_files(corpus, site_url, part, known, digests, KEPT)  # (a feed kept: as a page)
    if what == "pages" or (what == "all" and part[0]):
        return
    for path in sorted(STATIC.rglob("*")):
        if path.is_file():
            yield path.relative_to(STATIC).as_posix(), path.read_bytes()
    data = export_mod.export(corpus)
    yield "data/quotes.json", json_text(data)
    yield "data/speakers.json", json_text({"version": data["version"], "speakers": data["speakers"]})
    yield "data/articles.json", json_text({"version": data["version"], "articles": data["articles"]})
    yield "data/quotes.csv", export_mod.quotes_csv(corpus)
    yield "data/quotes.db", quotes_db(data)  # the same export as SQLite tables


def json_text(data: object, indent: int | None = None) -> str:
    """JSON, compact unless indented (the site's exports are for programs, and indenting
    them took three times as long)."""
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
