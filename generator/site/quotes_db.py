"""data/quotes.db: the export (export.export's dict, the content of data/quotes.json) as
an SQLite database, for researchers: one table per kind of record, one per list a record
holds, with primary keys, foreign keys and indexes. A plain SQLite file made with the
standard library (no extension), so `datasette data/quotes.db`, the
`sqlite3` shell or any SQLite library opens it as it is.

The same export gives the same bytes (incremental builds are byte-identical to full
ones): a new file with a fixed page size, a rollback journal (no WAL), rows inserted in
key order (every table's primary key is its first column, or its first two) inside one
transaction, indexes made after the rows, and nothing
taken from the clock or the machine beyond the SQLite library's version (written in the
file's header, as by every SQLite)."""
from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BuildError

PAGE_SIZE = 4096

# (table, columns with their types, keys and notes, the columns indexed). Names are these constants;
# every value goes in through a parameter.
_QUOTE_COLUMNS = """
    report TEXT PRIMARY KEY,            -- one report of the words: '<article id>#<anchor in its page>'
    id TEXT NOT NULL,                   -- the quote id: a hash of the words, shared by every report of them
    text TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker_id TEXT REFERENCES speakers(id),
    confidence REAL NOT NULL,
    speaker_guess_id TEXT,              -- the likeliest speaker when too uncertain: may have no page, so no key
    speaker_guess_name TEXT,
    speaker_guess_aliases TEXT,         -- JSON array
    described_as TEXT,
    cue TEXT NOT NULL,
    attribution TEXT NOT NULL,
    correction_date TEXT,
    correction_change TEXT,
    correction_note TEXT,
    correction_url TEXT,
    correction_role TEXT,
    url TEXT,
    phrase INTEGER NOT NULL,            -- 0 or 1
    context_url TEXT NOT NULL,
    position INTEGER NOT NULL           -- the row's place in the export's list
"""

def _list_table(owner: str, owner_table: str, items: str) -> str:
    """The columns of a table holding one list of the export (an article's "authors"): the
    owner's key, the item's place in the list, and the item's column(s)."""
    return f"""
    {owner} TEXT NOT NULL REFERENCES {owner_table}(id),
    position INTEGER NOT NULL,
    {items},
    PRIMARY KEY ({owner}, position)
"""


SCHEMA: list[tuple[str, str, list[str]]] = [
    ("articles", """
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_inferred INTEGER NOT NULL,    -- 0 or 1: 1 when the title was made from the lede
    date TEXT,                          -- YYYY-MM-DD, or null
    outlet TEXT,
    url TEXT,
    dateline TEXT,
    paragraphs INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    page TEXT NOT NULL,
    position INTEGER NOT NULL           -- the row's place in the export's list
""", ["date", "outlet"]),
    ("article_authors", _list_table("article", "articles", "name TEXT NOT NULL"), ["name"]),
    ("article_contributors", _list_table("article", "articles", "name TEXT NOT NULL"), ["name"]),
    ("article_see_also", _list_table("article", "articles", "title TEXT NOT NULL"), []),
    ("article_captions", _list_table("article", "articles", "caption TEXT NOT NULL"), []),
    ("speakers", """
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- person or organisation
    description TEXT,
    wikidata TEXT,
    quotes INTEGER NOT NULL,
    url TEXT NOT NULL,
    position INTEGER NOT NULL           -- the row's place in the export's list
""", ["name"]),
    ("speaker_aliases", _list_table("speaker", "speakers", "alias TEXT NOT NULL"), ["alias"]),
    ("speaker_roles", _list_table("speaker", "speakers",
                                  "role TEXT NOT NULL,\n    article TEXT NOT NULL REFERENCES articles(id)"), ["article"]),
    ("speaker_articles", _list_table("speaker", "speakers", "article TEXT NOT NULL REFERENCES articles(id)"),
     ["article"]),
    ("quotes", _QUOTE_COLUMNS, ["id", "article", "speaker_id", "speaker_guess_id"]),
    ("terms", _QUOTE_COLUMNS, ["id", "article", "speaker_id"]),  # the same columns: a term has no speaker, so far
    ("corrections", """
    position INTEGER PRIMARY KEY,       -- 0 is the newest
    kind TEXT NOT NULL,                 -- quote or speaker
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    change TEXT NOT NULL,
    note TEXT,
    url TEXT NOT NULL
""", ["url"]),
]


def quotes_db(data: dict) -> bytes:
    """The export `data` (export.export) as the bytes of an SQLite database file."""
    with tempfile.TemporaryDirectory(prefix="quotes-db-") as tmp:
        path = Path(tmp) / "quotes.db"
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = DELETE")  # a rollback journal: no -wal or -shm beside the file
            conn.execute("PRAGMA synchronous = OFF")  # a scratch file, read back at once: no fsync
            conn.execute(f"PRAGMA user_version = {int(data['version'])}")  # the export's schema version
            conn.execute("BEGIN")
            for table, columns, _ in SCHEMA:
                conn.execute(f"CREATE TABLE {table} ({columns})")  # the notes stay: .schema and Datasette show them
            for table, rows in _rows(data):
                rows = sorted(rows, key=lambda row: row[:2])  # in key order: a compact file, whatever the export's order
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            for table, _, indexes in SCHEMA:
                for column in indexes:
                    conn.execute(f"CREATE INDEX {table}_{column} ON {table} ({column})")
            conn.execute("COMMIT")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise BuildError(f"data/quotes.db: a row refers to nothing: {problems[0]} (a bug: please report it)")
        finally:
            conn.close()
        return path.read_bytes()


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _quote_rows(records: list[dict]) -> Iterator[tuple]:
    for n, q in enumerate(records):
        guess, correction = q["speaker_guess"] or {}, q["correction"] or {}
        anchor = q["context_url"].rpartition("#")[2]
        yield (f"{q['article']}#{anchor}", q["id"], q["text"], q["article"], q["paragraph"], q["start"], q["end"],
               q["speaker"]["id"] if q["speaker"] else None, q["confidence"],
               guess.get("id"), guess.get("name"), _json(guess.get("aliases")), q["described_as"], q["cue"],
               q["attribution"], correction.get("date"), correction.get("change"), correction.get("note"),
               correction.get("url"), correction.get("role"), q["url"], int(q["phrase"]), q["context_url"], n)


def _listed(records: list[dict], key: str, field: str) -> Iterator[tuple]:
    for r in records:
        for n, value in enumerate(r[field]):
            yield r[key], n, value


def _rows(data: dict) -> Iterable[tuple[str, Iterable[tuple]]]:
    articles, speakers = data["articles"], data["speakers"]
    yield "articles", ((a["id"], a["title"], int(a["title_inferred"]), a["date"], a["outlet"], a["url"],
                        a["dateline"], a["paragraphs"], a["quotes"], a["page"], n) for n, a in enumerate(articles))
    yield "article_authors", _listed(articles, "id", "authors")
    yield "article_contributors", _listed(articles, "id", "contributors")
    yield "article_see_also", _listed(articles, "id", "see_also")
    yield "article_captions", _listed(articles, "id", "captions")
    yield "speakers", ((s["id"], s["name"], s["kind"], s["description"], s["wikidata"], s["quotes"], s["url"], n)
                       for n, s in enumerate(speakers))
    yield "speaker_aliases", _listed(speakers, "id", "aliases")
    yield "speaker_roles", ((s["id"], n, r["role"], r["article"]) for s in speakers
                            for n, r in enumerate(s["roles"]))
    yield "speaker_articles", _listed(speakers, "id", "articles")
    yield "quotes", _quote_rows(data["quotes"])
    yield "terms", _quote_rows(data["terms"])
    yield "corrections", ((n, c["kind"], c["title"], c["date"], c["change"], c["note"], c["url"])
                          for n, c in enumerate(data["corrections"]))
