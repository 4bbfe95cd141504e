"""data/quotes.db: the export as SQLite tables. The site's database holds what
data/quotes.json holds, row for row (read back through its keys: every quote, term,
speaker, article and correction with the lists they hold), its foreign keys hold, its
indexes are there, it opens read-only as a plain file, and the same export gives the
same bytes."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from conftest import build, copy_seeds
from test_corrections import ARTICLES, EVERY_KEY, JUNE_1_2024, write_articles

from generator.errors import BuildError
from generator.site.quotes_db import PAGE_SIZE, quotes_db

# An article with what the seeds and the corrections' articles lack: a byline, a credit
# line, a caption and a SEE ALSO line, a speaker described but not named, a quotation over
# two paragraphs, a title (a term: no one's words), and words that read as SQL and HTML.
RIVER = """River Clean-Up Falls Behind Schedule

By Jane Roe, The Example Herald

date 2024-03-05

Officials at the water agency opened the new filter station on Tuesday.

\u201cWe are reviewing every sample we take,\u201d a spokesperson for the agency said.

Engineer Maria Oduya described the plant as a \u201ctemporary\u201d fix, and the agency screened the \
documentary \u201cSilent Waters\u201d for visitors.

\u201cThe first phase is finished. We now need the money for the second, and nobody has promised it yet.

\u201cWithout it the river will not be clean before 2030,\u201d Oduya said.

\u201c'); DROP TABLE quotes; -- is not a name, and <script>alert(1)</script> is not a quote either\u201d \
\U0001f41f, Oduya added.

Maria Oduya (left) at the filter station. (Photo: Jane Roe/Example Herald)

SEE ALSO: Filter Station Opens After Delays

(Reporting by Jane Roe; Editing by Sam Poe)
"""
HOSTILE = "'); DROP TABLE quotes; -- is not a name, and <script>alert(1)</script> is not a quote either"

TABLES = {"articles", "article_authors", "article_contributors", "article_see_also", "article_captions",
          "speakers", "speaker_aliases", "speaker_roles", "speaker_articles", "quotes", "terms", "corrections"}
# (table, column) -> the table and column it refers to: every link of the export
FOREIGN_KEYS = {
    ("article_authors", "article"): ("articles", "id"),
    ("article_contributors", "article"): ("articles", "id"),
    ("article_see_also", "article"): ("articles", "id"),
    ("article_captions", "article"): ("articles", "id"),
    ("speaker_aliases", "speaker"): ("speakers", "id"),
    ("speaker_roles", "speaker"): ("speakers", "id"),
    ("speaker_roles", "article"): ("articles", "id"),
    ("speaker_articles", "speaker"): ("speakers", "id"),
    ("speaker_articles", "article"): ("articles", "id"),
    ("quotes", "article"): ("articles", "id"),
    ("quotes", "speaker_id"): ("speakers", "id"),
    ("terms", "article"): ("articles", "id"),
    ("terms", "speaker_id"): ("speakers", "id"),  # a term's is null: ruled no one's words
}
# Columns a researcher looks rows up by, besides the keys: each must lead an index.
LOOKED_UP = {("quotes", "id"), ("quotes", "speaker_guess_id"), ("terms", "id"), ("articles", "date"),
             ("articles", "outlet"), ("speakers", "name"), ("speaker_aliases", "alias"),
             ("article_authors", "name"), ("article_contributors", "name"), ("corrections", "url")}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The seeds (speakers only guessed), the corrections' articles with every kind of
    correction, and RIVER: the out folder."""
    base = tmp_path_factory.mktemp("quotes-db")
    seeds = write_articles(copy_seeds(base / "seeds"), ARTICLES)
    (seeds / "river.txt").write_text(RIVER, encoding="utf-8")
    fixes = base / "corrections.yaml"
    fixes.write_text(EVERY_KEY, encoding="utf-8")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = JUNE_1_2024
    try:
        build(seeds, base / "out", corrections_file=fixes)
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH") if old is None else os.environ.update(SOURCE_DATE_EPOCH=old)
    return base / "out"


def export(out: Path) -> dict:
    return json.loads((out / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))


def connect(path: Path) -> sqlite3.Connection:
    """Read-only, as Datasette opens a file: nothing may be needed beside it (no -wal, no -shm)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


# --- the export read back from the tables, through their keys ---------------------------------------

def _listed(conn, table: str, owner: str, column: str, key: str) -> list:
    return [r[0] for r in conn.execute(f"SELECT {column} FROM {table} WHERE {owner} = ? ORDER BY position", (key,))]


def _speaker_ref(conn, speaker_id: str | None) -> dict | None:
    if speaker_id is None:
        return None
    (name,) = conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    return {"id": speaker_id, "name": name, "aliases": _listed(conn, "speaker_aliases", "speaker", "alias", speaker_id)}


def _quote_records(conn, table: str) -> list[dict]:
    records = []
    for r in conn.execute(f"SELECT * FROM {table} ORDER BY position").fetchall():
        correction = None
        if r["correction_date"] is not None:
            correction = {"date": r["correction_date"], "change": r["correction_change"], "note": r["correction_note"],
                          "url": r["correction_url"], **({"role": r["correction_role"]} if r["correction_role"] else {})}
        guess = None
        if r["speaker_guess_id"] is not None:
            guess = {"id": r["speaker_guess_id"], "name": r["speaker_guess_name"],
                     "aliases": json.loads(r["speaker_guess_aliases"])}
        assert r["report"] == f"{r['article']}#{r['context_url'].rpartition('#')[2]}"
        records.append({
            "id": r["id"], "text": r["text"], "article": r["article"], "paragraph": r["paragraph"], "start": r["start"],
            "end": r["end"],
            "speaker": _speaker_ref(conn, r["speaker_id"]), "confidence": r["confidence"], "speaker_guess": guess,
            "described_as": r["described_as"], "cue": r["cue"], "attribution": r["attribution"],
            "correction": correction, "url": r["url"], "phrase": bool(r["phrase"]), "context_url": r["context_url"]})
    return records


def read_back(conn) -> dict:
    """The export as data/quotes.json holds it, made from the database alone."""
    articles = [{
        "id": a["id"], "title": a["title"], "title_inferred": bool(a["title_inferred"]), "date": a["date"],
        "outlet": a["outlet"], "url": a["url"],
        "authors": _listed(conn, "article_authors", "article", "name", a["id"]),
        "contributors": _listed(conn, "article_contributors", "article", "name", a["id"]),
        "dateline": a["dateline"],
        "see_also": _listed(conn, "article_see_also", "article", "title", a["id"]),
        "captions": _listed(conn, "article_captions", "article", "caption", a["id"]),
        "paragraphs": a["paragraphs"], "quotes": a["quotes"], "page": a["page"],
    } for a in conn.execute("SELECT * FROM articles ORDER BY position").fetchall()]
    speakers = [{
        "id": s["id"], "name": s["name"], "aliases": _listed(conn, "speaker_aliases", "speaker", "alias", s["id"]),
        "kind": s["kind"], "description": s["description"], "wikidata": s["wikidata"],
        "roles": [{"role": role, "article": art} for role, art in conn.execute(
            "SELECT role, article FROM speaker_roles WHERE speaker = ? ORDER BY position", (s["id"],))],
        "articles": _listed(conn, "speaker_articles", "speaker", "article", s["id"]),
        "quotes": s["quotes"], "url": s["url"],
    } for s in conn.execute("SELECT * FROM speakers ORDER BY position").fetchall()]
    corrections = [{k: c[k] for k in ("kind", "title", "date", "change", "note", "url")}
                   for c in conn.execute("SELECT * FROM corrections ORDER BY position").fetchall()]
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return {"version": version, "quotes": _quote_records(conn, "quotes"), "terms": _quote_records(conn, "terms"),
            "speakers": speakers, "articles": articles, "corrections": corrections}


def assert_same(data: dict, db: dict) -> None:
    assert list(db) == list(data), "the export has parts the database lacks"
    assert db["version"] == data["version"]
    for part in ("quotes", "terms", "speakers", "articles", "corrections"):
        assert len(db[part]) == len(data[part]), part
        for n, (want, got) in enumerate(zip(data[part], db[part])):
            assert got == want, f"{part}[{n}]: the database differs from quotes.json"


def test_the_database_holds_the_export_row_for_row(site):
    data = export(site)
    # the comparison covers every kind of value the export can hold
    quotes, terms = data["quotes"], data["terms"]
    assert any(q["speaker_guess"] for q in quotes) and any(q["described_as"] for q in quotes)
    assert terms and all(t["phrase"] and t["url"] is None for t in terms)
    assert any(q["correction"] and q["correction"].get("role") for q in quotes)
    assert any(q["attribution"] == "editor" and q["speaker"] is None for q in quotes)
    assert len({q["id"] for q in quotes}) < len(quotes)  # the same words reported twice: one id, two rows
    assert {c["kind"] for c in data["corrections"]} == {"quote", "speaker"}
    assert any(s["description"] and s["wikidata"] for s in data["speakers"])
    assert any(s["roles"] for s in data["speakers"]) and any(a["date"] for a in data["articles"])
    assert all(any(a[k] for a in data["articles"]) for k in ("authors", "contributors", "see_also", "captions"))
    assert any(q["text"] == HOSTILE for q in quotes)
    with connect(site / "site" / "data" / "quotes.db") as conn:
        assert_same(data, read_back(conn))
        (text,) = conn.execute("SELECT text FROM quotes WHERE text LIKE '%DROP TABLE%'").fetchone()
        assert text == HOSTILE  # stored as it is, and every table is still there


def test_the_seeds_database_holds_their_export(seeds_site):
    _, out = seeds_site
    with connect(out / "site" / "data" / "quotes.db") as conn:
        assert_same(export(out), read_back(conn))


def test_keys_links_and_indexes(site):
    path = site / "site" / "data" / "quotes.db"
    header = path.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert header[18:20] == b"\x01\x01", "a rollback-journal file (not WAL): opens read-only with nothing beside it"
    assert int.from_bytes(header[16:18], "big") == PAGE_SIZE
    with connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == TABLES
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        links, led = {}, set()
        for table in sorted(tables):
            pk = [r["name"] for r in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r["pk"])
                  if r["pk"]]
            assert pk, f"{table} has no primary key"
            led.add((table, pk[0]))
            for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
                links[(table, fk["from"])] = (fk["table"], fk["to"])
            for index in conn.execute(f"PRAGMA index_list({table})").fetchall():
                first = conn.execute(f"PRAGMA index_info({index['name']})").fetchone()
                led.add((table, first["name"]))
        assert links == FOREIGN_KEYS
        unindexed = sorted((set(FOREIGN_KEYS) | LOOKED_UP) - led)
        assert unindexed == [], f"no index starts with these columns: {unindexed}"
        # the links hold: every quote's speaker and article is a row, with its name and title
        rows = conn.execute("SELECT q.id, s.name, a.title FROM quotes q JOIN articles a ON a.id = q.article "
                            "LEFT JOIN speakers s ON s.id = q.speaker_id").fetchall()
        assert len(rows) == len(export(site)["quotes"])


def test_a_broken_link_is_found(site, tmp_path):
    """The check above can fail: a quote whose speaker is no row."""
    data = export(site)
    quote = next(q for q in data["quotes"] if q["speaker"])
    quote["speaker"] = {**quote["speaker"], "id": "nobody-at-all"}
    with pytest.raises(BuildError, match="refers to nothing"):
        quotes_db(data)


def test_the_same_export_gives_the_same_bytes(site, tmp_path):
    """The site's file is the export made into a database, and nothing else goes into it."""
    data = export(site)
    made = quotes_db(data)
    assert made == quotes_db(export(site)) == (site / "site" / "data" / "quotes.db").read_bytes()
    # a difference anywhere in the export shows in the database
    data["quotes"][0]["text"] += " "
    changed = quotes_db(data)
    assert changed != made
    path = tmp_path / "changed.db"
    path.write_bytes(changed)
    with connect(path) as conn:
        with pytest.raises(AssertionError):
            assert_same(export(site), read_back(conn))
