"""The build state: what lets a rebuild do only the work a change needs.

* The inputs digest: every article file's content hash, the corrections file
  (corrections.yaml beside the config, or --corrections FILE), the setup digest, --strict
  and the permalink registry. When it equals the last successful build's, nothing is built.
* The setup digest: all but the articles that shapes the HTML (the generator's code,
  templates and static files, mkdocs.yml and its theme overrides, the versions of
  MkDocs and its kin, SITE_URL). When it changed, every page is rendered again
  (incremental_mkdocs.py renders only changed pages otherwise).
* The extraction cache: the (Article, ArticleExtraction) pairs of each file, keyed by file name,
  content hash and code version, so only new or changed articles are parsed and extracted.
* The record of the last site's pages (site/pages.py), so MkDocs renders only the
  pages whose Markdown changed.

Everything lives in OUT/.cache/ (state_dir) and is put in place only after a build succeeded.
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
from dataclasses import dataclass, field
from pathlib import Path

from ..extract import nlp
from ..ingest import IngestError, find_articles, read_bytes
from ..model import Article, ArticleExtraction
from ..site.pages import SiteRecord
from .files import pickle_aside, put_in_place, write_atomic

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
        cache = cls(state_dir(out) / "articles.pickle")
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
        return pickle_aside({"version": code_version(), "entries": self.new, "variant_pairs": pairs}, path)

    def put_in_place(self, written: Path) -> None:
        put_in_place(written, self.file)

    def forget(self) -> None:
        """Let the articles and extractions go (once written)."""
        self.old.clear()
        self.new.clear()
        self.variant_pairs.clear()


# --- the record of the last site's pages (site/pages.py renders only what changed) -------------

RECORD_FORMAT = 1


def record_file(out: Path) -> Path:
    return state_dir(out) / "pages.pickle"


def load_record(out: Path, setup: str) -> SiteRecord | None:
    """The last build's record, if it was made with this setup and its site is there."""
    if not (out / "site").is_dir():
        return None
    try:
        with record_file(out).open("rb") as f:
            data = pickle.load(f)
        record = data["record"] if data.get("format") == RECORD_FORMAT else None
    except Exception:  # noqa: BLE001 (missing, truncated, another version: build in full)
        return None
    return record if isinstance(record, SiteRecord) and record.setup == setup else None


def forget_record(out: Path) -> None:
    """Called before the new site is swapped in: a record never describes another site."""
    with contextlib.suppress(FileNotFoundError):
        record_file(out).unlink()


def write_record(record: SiteRecord, path: Path) -> Path:
    """Write the record to `path`, to be put in place once its site is."""
    return pickle_aside({"format": RECORD_FORMAT, "record": record}, path)


def put_record_in_place(out: Path, written: Path) -> None:
    put_in_place(written, record_file(out))
