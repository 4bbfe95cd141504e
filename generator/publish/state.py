"""The build state: what lets a rebuild do only the work a change needs.

* The inputs digest: every article file's content hash, the corrections file
  (corrections.yaml beside the config, or --corrections FILE), the setup digest, --strict
  and the permalink registry. When it equals the last successful build's, nothing is built.
* The setup digest: all but the articles that shapes the HTML (the generator's code,
  templates and static files, mkdocs.yml and its theme overrides, the versions of
  MkDocs and its kin, SITE_URL). When it changed, every page is rendered again
  (incremental_mkdocs.py renders only changed pages otherwise).
* The state database (OUT/.cache/state.db, SQLite): a row per article file with its
  (Article, ArticleExtraction) pairs, keyed by file name and content hash (for one code
  version), so only new or changed articles are parsed and extracted; the answers of the
  near-duplicate comparison; and a row per page of the last site (site/pages.py's
  record), so MkDocs renders only the pages whose Markdown changed. A build changes only
  the rows of what changed, each write one transaction: a build killed at any moment
  leaves the database as the last committed transaction left it.

Everything lives in OUT/.cache/ (state_dir). The page rows describe the site in place:
they are marked stale before a new site is swapped in and rewritten after, so a build
killed between the two is followed by a full one.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BuildError
from ..extract import nlp
from ..ingest import IngestError, find_articles, read_bytes
from ..model import Article, ArticleExtraction
from ..site.pages import SiteRecord
from .files import write_atomic

PACKAGE = Path(__file__).parent.parent  # the generator package
CACHE_FORMAT = 2  # 2: an entry per file (a CMS export holds many articles)


@functools.cache
def code_version() -> str:
    """Hash of the generator package (code, templates, static files)."""
    h = hashlib.sha256(f"format {CACHE_FORMAT}\0{nlp.model_version()}".encode())
    for p in sorted(PACKAGE.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            h.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


@dataclass
class Inputs:
    files: list[tuple[Path, bytes | IngestError, str]]  # (path, bytes or why unreadable, sha256)
    setup: str  # digest of all but the articles: code, templates, config, theme, versions, SITE_URL
    base: str  # digest of everything but the registry, which the build itself rewrites

    def digest(self, registry_file: Path) -> str:
        return hashlib.sha256((self.base + _file_hash(registry_file)).encode()).hexdigest()


# Packages whose version changes the HTML (a new version: a full build).
SITE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "markupsafe", "pygments")


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def read_inputs(seeds: Path, config_file: Path, strict: bool, corrections_file: Path | None = None) -> Inputs:
    h = hashlib.sha256()
    files: list[tuple[Path, bytes | IngestError, str]] = []
    for path in find_articles(seeds):
        try:
            data: bytes | IngestError = read_bytes(path, seeds)
            sha = hashlib.sha256(data).hexdigest()
        except IngestError as exc:
            data, sha = exc, "unreadable " + str(exc)
        files.append((path, data, sha))
        h.update(f"{path.name}\0{sha}\0".encode("utf-8", "surrogateescape"))  # names need not be UTF-8
    if corrections_file is not None:  # an input like the articles: the pages it changes re-render
        h.update(f"corrections\0{_file_hash(corrections_file)}\0".encode())
    setup = setup_digest(config_file)
    h.update(f"setup {setup}\0strict {strict}".encode())
    return Inputs(files, setup, h.hexdigest())


def setup_digest(config_file: Path) -> str:
    """Everything but the articles that shapes the HTML: a change here means a full build."""
    h = hashlib.sha256()
    h.update(f"code {code_version()}\0config {_file_hash(config_file)}\0".encode())
    config = config_file.read_text(encoding="utf-8", errors="replace") if config_file.is_file() else ""
    parent = re.search(r"^INHERIT:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", config, re.M)
    if parent:  # mkdocs.offline.yml inherits mkdocs.yml: a change there changes the site
        base = config_file.parent / parent.group(1)
        h.update(f"inherit {_file_hash(base)}\0".encode())
        if base.is_file():
            config = base.read_text(encoding="utf-8", errors="replace") + "\n" + config
    m = re.search(r"^\s*custom_dir:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", config, re.M)
    if m:  # theme overrides change the HTML too
        custom = config_file.parent / m.group(1)
        for p in sorted(custom.rglob("*")) if custom.is_dir() else []:
            if p.is_file():
                h.update(f"{p.relative_to(custom).as_posix()}\0{_file_hash(p)}\0".encode())
    for name in SITE_PACKAGES:
        try:
            h.update(f"{name} {importlib.metadata.version(name)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{name} none\0".encode())
    h.update(f"site_url {os.environ.get('SITE_URL', '')}".encode())
    return h.hexdigest()


# --- the manifest of the last successful build ---------------------------------------------

def state_dir(out: Path) -> Path:
    """Where a build keeps what the next one needs (delete it, or build with --full, to reset)."""
    return out / ".cache"


def manifest_file(out: Path) -> Path:
    return state_dir(out) / "manifest.json"


def up_to_date(out: Path, inputs: Inputs, registry_file: Path) -> dict | None:
    """The last build's manifest when it was built from exactly these inputs and its
    output is still there; otherwise None."""
    try:
        manifest = json.loads(manifest_file(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("inputs") != inputs.digest(registry_file):
        return None
    if not (out / "site" / "index.html").is_file() or not (out / "site_src").is_dir():
        return None
    return manifest


def save_manifest(out: Path, inputs: Inputs, registry_file: Path, problems: list[IngestError], **counts) -> None:
    data = {"inputs": inputs.digest(registry_file), **counts,
            "problems": [[p.source, p.problem, p.line] for p in problems]}
    write_atomic(manifest_file(out), json.dumps(data, indent=1) + "\n")


def problems_of(manifest: dict) -> list[IngestError]:
    return [IngestError(*p) for p in manifest.get("problems", [])]


# --- the state database -------------------------------------------------------------------

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # one article file: its FileEntry (pickled), by "file name\0sha256"
    "CREATE TABLE files (key TEXT PRIMARY KEY, entry BLOB NOT NULL) WITHOUT ROWID",
    # link.find_variants' answers: are quotes a and b renderings of one statement
    ("CREATE TABLE variant_pairs (a TEXT NOT NULL, b TEXT NOT NULL, same INTEGER NOT NULL, PRIMARY KEY (a, b))"
     " WITHOUT ROWID"),
    # one page of the site in place: its PageRecord (pickled), by src path
    "CREATE TABLE pages (path TEXT PRIMARY KEY, record BLOB NOT NULL) WITHOUT ROWID",
    # one Markdown page of the site_src in place: the digest of what it was made from (site.render._Inputs)
    "CREATE TABLE sources (path TEXT PRIMARY KEY, digest TEXT NOT NULL) WITHOUT ROWID",
)


# PRAGMA user_version of the database this code writes: its schema's digest (a database
# with any other is started afresh)
DB_FORMAT = int.from_bytes(hashlib.sha256("\n".join(_SCHEMA).encode()).digest()[:4], "big") >> 1


def db_file(out: Path) -> Path:
    return state_dir(out) / "state.db"


def drop(out: Path) -> None:
    """Delete the state database (and a journal a killed build left): the next build is a full one."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):  # missing; or not ours to delete: then it is read as no state
            os.unlink(f"{db_file(out)}{suffix}")


def _open(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)  # autocommit: changes only in _transaction
    con.execute("PRAGMA journal_mode = DELETE")  # one file when no build runs (the workflow caches it)
    return con


@contextlib.contextmanager
def reading(out: Path) -> Iterator[sqlite3.Connection | None]:
    """The state database to read, or None when there is none usable (missing, damaged,
    another format): then the build has no state to go on."""
    path = db_file(out)
    con = None
    if path.is_file():
        try:
            con = _open(path)
            if con.execute("PRAGMA user_version").fetchone()[0] != DB_FORMAT:
                con.close()
                con = None
        except sqlite3.DatabaseError:
            if con is not None:
                con.close()
            con = None
    try:
        yield con
    finally:
        if con is not None:
            con.close()


@contextlib.contextmanager
def writing(out: Path) -> Iterator[sqlite3.Connection]:
    """The state database to write, made (or made afresh, when damaged or of another format) as needed."""
    path = db_file(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = _open(path)
        fmt = con.execute("PRAGMA user_version").fetchone()[0]
        if fmt != DB_FORMAT:
            _create(con)
    except sqlite3.DatabaseError:  # not a database: start again
        with contextlib.suppress(NameError):
            con.close()
        drop(out)
        con = _open(path)
        _create(con)
    try:
        yield con
    finally:
        con.close()


def _create(con: sqlite3.Connection) -> None:
    with transaction(con):
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            con.execute(f'DROP TABLE "{name}"')
        for statement in _SCHEMA:
            con.execute(statement)
        con.execute(f"PRAGMA user_version = {DB_FORMAT}")


@contextlib.contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[None]:
    """All of the block's changes, or (on an error, or a kill at any moment) none."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _unpickled(f) -> Iterator:
    """The objects pickled one after another into a file."""
    while True:
        try:
            yield pickle.load(f)
        except EOFError:
            return


def _dumps(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


# --- the extraction cache -------------------------------------------------------------------

@dataclass
class FileEntry:
    """What one article file gave: its articles with their extractions (or a failed
    extraction's message), and the problems of its parts that are no article."""

    articles: list[tuple[Article, ArticleExtraction | str]]
    problems: list[IngestError] = field(default_factory=list)


@dataclass
class ExtractCache:
    """FileEntry by "file name\\0sha256", and the variant answers, as the state database
    holds them for this code version (anything unreadable or of another version: none)."""

    out: Path
    old: dict[str, FileEntry] = field(default_factory=dict)
    new: dict[str, FileEntry] = field(default_factory=dict)
    extracted: int = 0  # articles extracted this build (cache misses)
    variant_pairs: dict[tuple[str, str], bool] = field(default_factory=dict)  # link.find_variants' answers
    _old_pairs: set[tuple[str, str]] = field(default_factory=set)
    _staged: tuple | None = None  # what save() writes (stage)

    @classmethod
    def load(cls, out: Path) -> ExtractCache:
        cache = cls(out)
        with reading(out) as con:
            if con is None:
                return cache
            try:
                if _meta(con, "code") == code_version():
                    cache.old = {key: pickle.loads(entry) for key, entry in con.execute("SELECT key, entry FROM files")}
                    cache.variant_pairs = {(a, b): bool(same) for a, b, same in
                                           con.execute("SELECT a, b, same FROM variant_pairs")}
                    cache._old_pairs = set(cache.variant_pairs)
            except Exception:  # noqa: BLE001 (damaged, or rows pickled by other code: extract again)
                cache.old, cache.variant_pairs, cache._old_pairs = {}, {}, set()
        return cache

    def stage(self, quote_ids: set[str] | dict, path: Path) -> None:
        """Note what changed since the last build, to be written (save) once the build
        succeeds: the new files' rows (pickled to `path`, so that the articles can be let
        go meanwhile), the files gone, the answers about this build's quotes (others are
        dropped). quote_ids: the quotes of this build."""
        pairs = {pair: same for pair, same in self.variant_pairs.items() if pair[0] in quote_ids and pair[1] in quote_ids}
        with path.open("wb") as f:
            for key, entry in self.new.items():
                if key not in self.old:
                    pickle.dump((key, _dumps(entry)), f, protocol=pickle.HIGHEST_PROTOCOL)
        self._staged = (path, sorted(self.old.keys() - self.new.keys()), sorted(self._old_pairs - pairs.keys()),
                        [(a, b, int(same)) for (a, b), same in pairs.items() if (a, b) not in self._old_pairs])

    def save(self) -> None:
        """Write what stage() noted, in one transaction."""
        path, gone, gone_pairs, new_pairs = self._staged
        with writing(self.out) as con, transaction(con), path.open("rb") as f:
            if _meta(con, "code") != code_version():  # rows of another version: none kept
                con.execute("DELETE FROM files")
                con.execute("DELETE FROM variant_pairs")
                _set_meta(con, "code", code_version())
            con.executemany("DELETE FROM files WHERE key = ?", [(k,) for k in gone])
            con.executemany("INSERT OR REPLACE INTO files (key, entry) VALUES (?, ?)", _unpickled(f))
            con.executemany("DELETE FROM variant_pairs WHERE a = ? AND b = ?", gone_pairs)
            con.executemany("INSERT OR REPLACE INTO variant_pairs (a, b, same) VALUES (?, ?, ?)", new_pairs)

    def forget(self) -> None:
        """Let the articles and extractions go (once written)."""
        self.old.clear()
        self.new.clear()
        self.variant_pairs.clear()


# --- the record of the last site's pages (site/pages.py renders only what changed) -------------

def load_record(out: Path, setup: str) -> SiteRecord | None:
    """The record of the site in place, if it was made with this setup and is there."""
    if not (out / "site").is_dir():
        return None
    with reading(out) as con:
        if con is None:
            return None
        try:
            if _meta(con, "site") != setup:  # another setup, or marked stale (forget_record)
                return None
            record = SiteRecord(setup, _meta(con, "nav") or "")
            record.pages = {path: pickle.loads(rec) for path, rec in con.execute("SELECT path, record FROM pages")}
        except Exception:  # noqa: BLE001 (damaged, or another version: build in full)
            return None
    return record


def load_sources(out: Path, setup: str) -> dict[str, str] | None:
    """The digest of each Markdown page's inputs, for the site_src in place, if it was made
    with this setup (any other: None, and every page is made)."""
    if not (out / "site_src").is_dir():
        return None
    with reading(out) as con:
        if con is None:
            return None
        try:
            if _meta(con, "site") != setup:
                return None
            return dict(con.execute("SELECT path, digest FROM sources").fetchall())
        except sqlite3.DatabaseError:
            return None


def spare_token(out: Path, setup: str) -> str:
    """The token of the spare trees (publish.files.Spare) that go with the site in place, if
    it was made with this setup; "" for none."""
    with reading(out) as con:
        if con is None:
            return ""
        try:
            return (_meta(con, "spare") or "") if _meta(con, "site") == setup else ""
        except sqlite3.DatabaseError:
            return ""


def forget_record(out: Path) -> None:
    """Called before the new site is swapped in: a record never describes another site.
    A state that cannot be marked is deleted; one that cannot be deleted either stops the
    build (the next one would take it for the new site's)."""
    try:
        with reading(out) as con:
            if con is not None:
                with transaction(con):
                    _set_meta(con, "site", "")
                    _set_meta(con, "spare", "")  # nor do the spare trees go with another site
    except sqlite3.Error as exc:
        drop(out)
        if db_file(out).exists():
            raise BuildError(f"{db_file(out)}: the build state cannot be written ({exc}); delete it") from None


def stage_record(record: SiteRecord, previous: SiteRecord | None, sources: dict[str, str],
                 known: dict[str, str] | None, path: Path) -> tuple:
    """Note the record of the new site and the digests of its Markdown pages' inputs
    (`sources`; `known`: those the database holds), to be written (save_record) once the
    site is in place: only the rows of pages rendered, made or gone (rows pickled to `path`)."""
    whole = previous is None
    with path.open("wb") as f:
        for page, rec in record.pages.items():
            if whole or previous.pages.get(page) is not rec:
                pickle.dump((page, _dumps(rec)), f, protocol=pickle.HIGHEST_PROTOCOL)
    gone = [] if whole else sorted(previous.pages.keys() - record.pages.keys())
    old_sources = known or {}
    return (path, whole, gone, record.setup, record.nav, known is None,
            sorted(old_sources.keys() - sources.keys()), [(p, d) for p, d in sources.items() if old_sources.get(p) != d])


def save_record(out: Path, staged: tuple, spare: str = "") -> None:
    """Write what stage_record noted, in one transaction, and mark the record as the site's
    (and the spare trees of token `spare` as those that go with it)."""
    path, whole, gone, setup, nav, all_sources, gone_sources, new_sources = staged
    with writing(out) as con, transaction(con), path.open("rb") as f:
        if whole or _meta(con, "nav") is None:
            con.execute("DELETE FROM pages")
        con.executemany("DELETE FROM pages WHERE path = ?", [(p,) for p in gone])
        con.executemany("INSERT OR REPLACE INTO pages (path, record) VALUES (?, ?)", _unpickled(f))
        if all_sources:
            con.execute("DELETE FROM sources")
        con.executemany("DELETE FROM sources WHERE path = ?", [(p,) for p in gone_sources])
        con.executemany("INSERT OR REPLACE INTO sources (path, digest) VALUES (?, ?)", new_sources)
        _set_meta(con, "nav", nav)
        _set_meta(con, "site", setup)
        _set_meta(con, "spare", spare)
