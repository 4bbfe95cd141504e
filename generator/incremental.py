"""Incremental builds: what lets a rebuild do only the work a change needs.

* The inputs digest: every article file's content hash, the corrections file
  (corrections.yaml beside the config, or --corrections FILE), the setup digest, --strict
  and the permalink registry. When it equals the last successful build's, nothing is built.
* The setup digest: all but the articles that shapes the HTML (the generator's code,
  templates and static files, mkdocs.yml and its theme overrides, the versions of
  MkDocs and its kin, SITE_URL). When it changed, every page is rendered again
  (incremental_mkdocs.py renders only changed pages otherwise).
* The extraction cache: the (Article, ArticleExtraction) pairs of each file, keyed by file name,
  content hash and code version, so only new or changed articles are parsed and extracted.
* Unchanged output files are hard-linked from the previous tree into the scratch tree
  instead of written, so after the swap they keep their inode and mtime: watchers and
  deploy tools see only the pages that changed, and builds stay atomic.

Everything lives in OUT/.cache/ and is written only after a build succeeded.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_article, nlp
from .ingest import IngestError, drop_duplicates, find_articles, parse_file, read_bytes
from .model import Article, ArticleExtraction

PACKAGE = Path(__file__).parent
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

def manifest_file(out: Path) -> Path:
    return out / ".cache" / "manifest.json"


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
    _write_atomic(manifest_file(out), (json.dumps(data, indent=1) + "\n").encode())


def problems_of(manifest: dict) -> list[IngestError]:
    return [IngestError(*p) for p in manifest.get("problems", [])]


# --- the extraction cache -------------------------------------------------------------------

@dataclass
class FileEntry:
    """What one article file gave: its articles with their extractions (or a failed
    extraction's message), and the problems of its parts that are no article."""

    articles: list[tuple[Article, ArticleExtraction | str]]
    problems: list[IngestError] = field(default_factory=list)


@dataclass
class ExtractCache:
    """FileEntry by "file name\\0sha256". A pickle written by this program
    into the output folder; anything unreadable or from another code version is ignored."""

    file: Path
    old: dict[str, FileEntry] = field(default_factory=dict)
    new: dict[str, FileEntry] = field(default_factory=dict)
    extracted: int = 0  # articles extracted this build (cache misses)
    variant_pairs: dict[tuple[str, str], bool] = field(default_factory=dict)  # link.find_variants' answers

    @classmethod
    def load(cls, out: Path) -> ExtractCache:
        cache = cls(out / ".cache" / "articles.pickle")
        try:
            with cache.file.open("rb") as f:
                data = pickle.load(f)
            if data.get("version") == code_version():
                cache.old, cache.variant_pairs = data["entries"], data["variant_pairs"]
        except Exception:  # noqa: BLE001 (missing, truncated, stale: rebuild it)
            cache.old, cache.variant_pairs = {}, {}
        return cache

    def write(self, quote_ids: set[str] | dict, path: Path) -> Path:
        """Write the cache to `path`, to be put in place once the build succeeds.
        quote_ids: the quotes of this build (answers about others are dropped)."""
        pairs = {pair: same for pair, same in self.variant_pairs.items() if pair[0] in quote_ids and pair[1] in quote_ids}
        return write_aside({"version": code_version(), "entries": self.new, "variant_pairs": pairs}, path)

    def put_in_place(self, written: Path) -> None:
        put_in_place(written, self.file)

    def forget(self) -> None:
        """Let the articles and extractions go (once written)."""
        self.old.clear()
        self.new.clear()
        self.variant_pairs.clear()


def write_aside(data: object, path: Path) -> Path:
    """Pickle `data` to `path`, to be put in place (put_in_place) once the build it
    describes is. Streamed: no second copy of `data` in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def put_in_place(written: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.replace(written, dest)


def load_and_extract(inputs: Inputs, cache: ExtractCache, jobs: int = 1
                     ) -> tuple[list[Article], list[ArticleExtraction], list[IngestError]]:
    """Articles and their extractions, from the cache where the file is unchanged; the
    other files are parsed and extracted on `jobs` processes (parsing there too: on one
    process it took a third as long as extracting on two). A file may hold many articles
    (a CMS export) and problems with some of its lines; those are cached with it."""
    keys = [f"{path.name}\0{sha}" for path, _, sha in inputs.files]
    fresh = [(data, path) for (path, data, _), key in zip(inputs.files, keys)
             if not isinstance(data, IngestError) and key not in cache.old]
    if fresh:
        nlp.load()  # here, before forking: the processes inherit it; a missing model fails once
    made = iter(_map(parse_and_extract, fresh, jobs))
    rows: list[tuple[Article, ArticleExtraction | str, str]] = []
    problems: list[IngestError] = []
    files: dict[str, FileEntry] = {}
    for (path, data, _), key in zip(inputs.files, keys):
        if isinstance(data, IngestError):
            problems.append(data)
            continue
        entry = cache.old[key] if key in cache.old else next(made)
        if isinstance(entry, IngestError):
            problems.append(entry)
            continue
        files[key] = entry
        for art, _ in entry.articles:
            art.source = f"{path}:{art.line}" if art.line else str(path)  # the folder may have moved
        rows += [(art, ex, key) for art, ex in entry.articles]
        problems += [IngestError(str(path), p.problem, p.line) for p in entry.problems]
    kept = {id(a) for a in drop_duplicates([r[0] for r in rows], problems)}
    rows = [r for r in rows if id(r[0]) in kept]
    cache.extracted = sum(1 for _, _, key in rows if key not in cache.old)
    # A file with a failed extraction (a message, not a result) is not cached: it is tried again next time.
    cache.new = {key: entry for key, entry in files.items()
                 if not any(isinstance(ex, str) for _, ex in entry.articles)}
    return [r[0] for r in rows], [r[1] for r in rows], problems  # type: ignore[misc]


def parse_and_extract(item: tuple[bytes, Path]) -> FileEntry | IngestError:
    """One file's articles and their extractions (see extract_or_error), or why it is no article."""
    data, path = item
    try:
        articles, problems = parse_file(data, path)
    except IngestError as exc:
        return exc
    return FileEntry([(art, extract_or_error(art)) for art in articles], problems)


def extract_all(articles: list[Article], jobs: int = 1) -> list[ArticleExtraction | str]:
    """extract_article over articles, on `jobs` processes; same results, same order.
    An article whose extraction raises gives the error as a message instead."""
    if articles:
        nlp.load()  # here, before forking: the processes inherit it; a missing model fails once
    return _map(extract_or_error, articles, jobs)


def _map(work, items: list, jobs: int) -> list:
    """[work(item) for item in items], on `jobs` processes when there is more than one item."""
    if jobs <= 1 or len(items) < 2:
        return [work(item) for item in items]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(work, items, chunksize=max(1, len(items) // (jobs * 8))))


def extract_or_error(article: Article) -> ArticleExtraction | str:
    try:
        return extract_article(article)
    except nlp.ModelError:
        raise  # no article can be read without it: the build stops with its message
    except Exception as exc:  # a bug met on unusual text: the caller skips this article
        return f"{type(exc).__name__}: {exc}"


# --- keeping unchanged files ----------------------------------------------------------------

def link_if_same(previous: Path, dest: Path, data: bytes) -> bool:
    """Hard-link `previous` to `dest` when it holds exactly `data`; False otherwise."""
    try:
        if previous.stat().st_size != len(data) or previous.read_bytes() != data:
            return False
        os.link(previous, dest)
        return True
    except OSError:  # missing, or a file system without hard links: write instead
        return False


def keep_unchanged(new_root: Path, old_root: Path) -> int:
    """Replace every file of new_root that is byte-identical to its old_root counterpart
    by a hard link to it. Returns how many were kept."""
    kept = 0
    if not old_root.is_dir():
        return 0
    for dirpath, _, names in os.walk(new_root):
        for name in names:
            new = Path(dirpath) / name
            old = old_root / new.relative_to(new_root)
            try:
                old_stat, new_stat = old.stat(), new.stat()
                if (old_stat.st_ino, old_stat.st_dev) == (new_stat.st_ino, new_stat.st_dev):
                    kept += 1  # linked already (an unchanged page of an incremental build)
                    continue
                if old_stat.st_size != new_stat.st_size or old.read_bytes() != new.read_bytes():
                    continue
                tmp = new.with_name(f".{name}.keep")
                os.link(old, tmp)
                os.replace(tmp, new)
                kept += 1
            except OSError:
                continue
    return kept


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
