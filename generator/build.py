"""The pipeline, end to end: ingest -> extract -> resolve -> link -> render, then MkDocs.

This module owns the I/O at the edges: reading the article folder, writing
`site_src/` and `site/` (each replaced whole, only when the build succeeds).
"""
from __future__ import annotations

import contextlib
import ctypes
import datetime
import gc
import json
import logging
import multiprocessing
import os
import posixpath
import shutil
import signal
import tempfile
import threading
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import correct, corrections, feeds, incremental, incremental_mkdocs, lean, permalinks, search_index
from . import export as export_mod
from .corrections import Problem
from .ingest import ARTICLE_PATTERNS, IngestError, drop_duplicates, find_articles, read_articles
from .link import Corpus, find_variants, link, quote_texts
from .model import Article
from .permalinks import Gone
from .render import iter_pages
from .resolve import resolve_speakers

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, printed at import

STATIC = Path(__file__).parent / "static"


class BuildError(Exception):
    """The build cannot go on; str() is the message for the user."""


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)


def load_articles(folder: Path) -> Loaded:
    """Read every article of a folder; a bad file is a problem, not a crash. Duplicates
    (same text, or same id as a.md and a.txt) are problems too: see drop_duplicates."""
    if not folder.is_dir():
        raise BuildError(f"{folder}: no such folder")
    loaded = Loaded()
    for path in find_articles(folder):
        try:
            articles, problems = read_articles(path, folder)
        except IngestError as exc:
            loaded.problems.append(exc)
            continue
        loaded.articles += articles
        loaded.problems += problems
    loaded.articles = drop_duplicates(loaded.articles, loaded.problems)
    return loaded


def analyse(articles: list[Article], jobs: int = 1, extractions: list | None = None,
            problems: list[IngestError] | None = None, variant_pairs: dict | None = None) -> Corpus:
    """Extract (per article, on `jobs` processes, unless `extractions` are given), resolve
    and link. With `problems`, an article whose extraction failed is skipped and reported
    there instead of failing the whole build. variant_pairs: see link.find_variants."""
    if extractions is None:
        extractions = incremental.extract_all(articles, jobs)
    kept, done = [], []
    for art, ex in zip(articles, extractions):
        if isinstance(ex, str):  # a bug met on unusual text: lose one article, not the site
            if problems is None:
                raise BuildError(f"{art.source}: quote extraction failed ({ex})")
            problems.append(IngestError(art.source, f"quote extraction failed ({ex}); "
                                                    "skipped (a bug: please report it with this file)"))
            continue
        kept.append(art)
        done.append(ex)
    # Which quotes are renderings of one statement depends on their words alone: another
    # process finds them while this one resolves and links (together, as long again).
    with aside(find_variants_with_answers, quote_texts(done), variant_pairs, jobs=jobs) as found:
        speakers, speaker_of = resolve_speakers(done)
        corpus = link(kept, done, speakers, speaker_of, variants={})  # filled in next
        corpus.variants, answers = found()
    if variant_pairs is not None:
        variant_pairs.update(answers)
    return corpus


def find_variants_with_answers(texts: dict[str, str], decided: dict | None) -> tuple[dict, dict]:
    """find_variants, and its answers by pair (it adds to `decided`, which another process
    does not share)."""
    decided = dict(decided or {})
    return find_variants(texts, decided), decided


@contextlib.contextmanager
def aside(work, *args, jobs: int) -> Iterator:
    """Gives a function that returns work(*args), done on a forked process meanwhile (with
    jobs > 1, where processes can be forked), or else there and then when it is called."""
    if jobs <= 1 or not can_fork():
        yield lambda: work(*args)
        return
    with fork_pool(1) as pool:  # joined on leaving
        yield pool.submit(work, *args).result


def load_corrections(path: Path | None) -> corrections.Corrections | None:
    """The corrections file, parsed; None when there is none. A file that cannot be used
    at all stops the build: building without it would undo every published correction."""
    if path is None or not path.exists():
        return None
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BuildError(f"{shown}:1: not UTF-8 text; save it as UTF-8") from None
    try:
        return corrections.parse(text, shown)
    except corrections.CorrectionsError as exc:
        raise BuildError(f"{exc} (nothing built: without this file every published correction would be undone)") \
            from None


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def today() -> str:
    """The date a new correction is published under; SOURCE_DATE_EPOCH (reproducible builds) fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()


def read_registry(path: Path | None) -> tuple[dict[str, dict], dict[str, dict]]:
    """The permalink registry's pages, and the dates of the corrections it remembers."""
    if path is None:
        return {}, {}
    try:
        return permalinks.load_registry(path), permalinks.load_correction_dates(path)
    except ValueError as exc:
        raise BuildError(str(exc)) from None


def apply_corrections(corpus: Corpus, fixes: corrections.Corrections | None, registry: dict[str, dict],
                      dates: dict[str, dict]) -> tuple[Corpus, list[Problem], dict[str, dict]]:
    """The corrected corpus, every problem of the file (parse and apply) and the correction
    dates for the registry. The registry tells a gone id (stale) from a typo (an error)."""
    if fixes is None or not (fixes.quotes or fixes.speakers):  # nothing to apply: no need to re-index
        return corpus, fixes.problems if fixes else [], {}
    outcome = correct.apply(corpus, fixes, registry, dates, today())
    problems = sorted([*fixes.problems, *outcome.problems], key=lambda p: p.line)
    return outcome.corpus, problems, outcome.dates


def site_files(corpus: Corpus, gone: list[Gone] = (), site_url: str = "",
               part: tuple[int, int] = (0, 1)) -> Iterator[tuple[str, str | bytes]]:
    """Everything site_src/ holds, one file at a time: Markdown pages, Atom feeds, static assets, data
    exports (a file is written and dropped before the next is made). part (k, n): the
    k-th of n shares (see iter_pages); the first share has the assets and exports."""
    yield from iter_pages(corpus, gone, site_url, part)
    yield from feeds.feed_files(corpus, site_url, part)
    if part[0]:
        return
    for path in sorted(STATIC.rglob("*")):
        if path.is_file():
            yield path.relative_to(STATIC).as_posix(), path.read_bytes()
    data = export_mod.export(corpus)
    yield "data/quotes.json", json_text(data)
    yield "data/speakers.json", json_text({"version": data["version"], "speakers": data["speakers"]})
    yield "data/articles.json", json_text({"version": data["version"], "articles": data["articles"]})
    yield "data/quotes.csv", export_mod.quotes_csv(corpus)


_SHARED_WORK: tuple | None = None  # what forked writers read: (corpus, gone, site_url, root, previous, parts)


def write_site(corpus: Corpus, gone: list[Gone], site_url: str, root: Path, previous: Path | None,
               jobs: int = 1) -> set[str]:
    """site_files written under root (see write_tree). With jobs > 1, where processes can
    be forked from a single thread, `jobs` processes share the pages: each inherits the
    corpus as it is, so nothing is copied to them; same files as one process makes."""
    global _SHARED_WORK
    if jobs <= 1 or not can_fork():
        return write_tree(site_files(corpus, gone, site_url), root, previous=previous)
    _SHARED_WORK = (corpus, gone, site_url, root, previous, jobs)
    gc.freeze()  # the children's collector leaves the inherited objects alone: their memory stays shared
    try:
        with fork_pool(jobs) as pool:
            shares = list(pool.map(_write_share, range(jobs)))
    finally:
        _SHARED_WORK = None
        gc.unfreeze()
    paths = Counter(rel for made, _ in shares for rel in made)
    if twice := [rel for rel, n in paths.items() if n > 1]:
        raise BuildError(f"two files for one path: {twice[0]} (a bug: please report it)")
    return set().union(*(written for _, written in shares))


def fork_pool(workers: int) -> ProcessPoolExecutor:
    """Processes forked from this one (ask can_fork first): they inherit its memory as it is."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def can_fork() -> bool:
    """Forking is safe here: the system can, and no other thread (a server's, say) might
    hold a lock the child would inherit locked."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def _write_share(k: int) -> tuple[list[str], set[str]]:
    """In a forked process: the k-th share of the site's files. Returns (paths made, paths written)."""
    corpus, gone, site_url, root, previous, parts = _SHARED_WORK
    made: list[str] = []

    def noted(files: Iterable[tuple[str, str | bytes]]) -> Iterator[tuple[str, str | bytes]]:
        for rel, content in files:
            made.append(rel)
            yield rel, content
    return made, write_tree(noted(site_files(corpus, gone, site_url, (k, parts))), root, previous=previous)


def json_text(data: object, indent: int | None = None) -> str:
    """JSON, compact unless indented (the site's exports are for programs, and indenting
    them took three times as long)."""
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def write_tree(files: Iterable[tuple[str, str | bytes]], root: Path, previous: Path | None = None) -> set[str]:
    """Write files (path, content) under root; a file identical in `previous` is hard-linked
    from there. Returns the paths written: those new or different since `previous`."""
    written = set()
    made: set[Path] = set()
    seen: set[str] = set()
    for rel, content in files:
        if posixpath.isabs(rel) or "\\" in rel or {"", ".", ".."} & set(rel.split("/")):  # never outside the tree
            raise BuildError(f"refusing to write outside {root}: {rel}")
        if rel in seen:
            raise BuildError(f"two files for one path: {rel} (a bug: please report it)")
        seen.add(rel)
        dest = root / rel
        if dest.parent not in made:
            dest.parent.mkdir(parents=True, exist_ok=True)
            made.add(dest.parent)
        if previous and incremental.link_if_same(
                previous / rel, dest, content if isinstance(content, bytes) else content.encode("utf-8")):
            continue
        if isinstance(content, bytes):
            dest.write_bytes(content)
        else:
            dest.write_text(content, encoding="utf-8")
        written.add(rel)
    return written


@contextlib.contextmanager
def sole_build(out: Path) -> Iterator[None]:
    """One build at a time in `out`: a lock on the folder itself, which the system lets go
    even when the build is killed. Holding it, what a killed build left aside (its
    scratch folder, a whole site_src/ and site/ at 10,000 articles) is removed."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no lock, so nothing is removed that another build may be using
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        for left in out.glob(f"{SCRATCH_PREFIX}*"):
            shutil.rmtree(left, ignore_errors=True)
        yield
    finally:
        os.close(fd)  # and with it the lock


def replace_dir(new: Path, target: Path) -> None:
    """Put `new` in place of `target`; the old tree is removed only once the new one is in."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


@contextlib.contextmanager
def interrupts_deferred():
    """Hold back Ctrl+C until the block is done: a new site_src/ beside the old site/ (or a
    missing one) would be worse than stopping a moment later."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread
        return
    caught: list[object] = []
    previous = signal.signal(signal.SIGINT, lambda *args: caught.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def load_mkdocs_config(config_file: Path, docs_dir: Path, site_dir: Path):
    from mkdocs import exceptions
    from mkdocs.config import load_config

    try:
        return load_config(config_file=str(config_file), strict=True, docs_dir=str(docs_dir), site_dir=str(site_dir))
    except (exceptions.MkDocsException, exceptions.Abort) as exc:
        raise BuildError(f"{config_file}: {exc}") from None


def check_offline(cfg, config_file: Path) -> None:
    """An offline build needs Material's offline plugin and no script from another host."""
    plugin = cfg["plugins"].get("material/offline")
    if plugin is None or not plugin.config.enabled:
        raise BuildError(f"{config_file}: --offline needs the offline plugin (see mkdocs.offline.yml)")
    remote = [url for url in cfg["extra"].get("polyfills", []) if "://" in str(url) or str(url).startswith("//")]
    if remote:
        raise BuildError(f"{config_file}: an offline site cannot load {', '.join(map(str, remote))}")


def write_zip(site_dir: Path, zip_file: Path, folder: str) -> None:
    """The site as one zip, under `folder/`, written beside and then moved into place."""
    tmp = zip_file.with_name(f".{zip_file.name}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
    tmp.replace(zip_file)


def run_mkdocs(cfg, dirty: bool = False) -> None:
    """MkDocs build, strict: any warning (broken link or anchor included) fails it.
    dirty: only the pages the config's PagePlugin calls modified (see incremental_mkdocs)."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build

    handler = _MkDocsLog()
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        with incremental_mkdocs.dirty_warning_silenced():
            build(cfg, dirty=dirty)
    except (exceptions.MkDocsException, exceptions.Abort) as exc:
        detail = "\n".join(handler.warnings[:20])
        raise BuildError(f"MkDocs build failed: {exc}" + (f"\n{detail}" if detail else "")) from None
    finally:
        log.removeHandler(handler)


class _MkDocsLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.warnings.append(f"  {record.levelname}: {record.getMessage()}")


@dataclass(frozen=True)
class Summary:
    """What a build published, counted."""

    articles: int = 0
    quotes: int = 0  # quotations, one per occurrence in an article
    quote_pages: int = 0  # distinct quotations (one page each)
    speakers: int = 0
    corrections: int = 0

    @classmethod
    def of(cls, corpus: Corpus) -> Summary:
        return cls(len(corpus.articles), len(corpus.quotes), len(corpus.quotes_by_id), len(corpus.speakers),
                   len(corpus.corrections))


@dataclass
class BuildResult:
    corpus: Corpus | None  # None when the build was told not to keep it, or was up to date
    problems: list[IngestError]
    site_dir: Path
    src_dir: Path
    gone: list[Gone] = field(default_factory=list)
    corrections: list[Problem] = field(default_factory=list)  # the corrections file's errors and stale fixes
    up_to_date: bool = False  # nothing changed since the last build: nothing was written
    extracted: int = 0  # articles extracted (not taken from the cache)
    rendered: int = 0  # pages MkDocs rendered (the others were unchanged and copied)
    full: bool = True  # MkDocs built every page
    summary: Summary = field(default_factory=Summary)


OFFLINE_ZIP = "site-offline.zip"
SCRATCH_PREFIX = ".build-"  # a build's scratch folder in its out folder
CORRECTIONS_FILE = "corrections.yaml"  # beside the MkDocs config, unless another is given


def build_site(seeds: Path, out: Path, config_file: Path, strict: bool = False,
               registry_file: Path | None = None, offline: bool = False, jobs: int = 1,
               corrections_file: Path | None = None, full: bool = False, keep_corpus: bool = True) -> BuildResult:
    """Build site_src/ and site/ under `out` from the articles in `seeds`.

    Both trees are written to a scratch folder first and swapped in only when MkDocs
    has built them without a warning, so a failed build leaves the last site intact.
    The permalink registry (default `out/permalinks.json`) is updated last.
    offline: the config must be one for reading from disk (mkdocs.offline.yml); the
    site is also written as `out/site-offline.zip`.
    When no input changed since the last successful build, nothing is done at all
    (see incremental.py); otherwise only new or changed articles are extracted, and
    MkDocs renders only the pages whose Markdown changed (see incremental_mkdocs.py),
    unless `full` or anything but the articles changed.
    corrections_file: the editor's corrections (default: corrections.yaml beside the
    config, when there is one), applied after extraction and resolution; with `strict`,
    any error in it fails the build.
    keep_corpus: return the analysed corpus in the result; without it (the command
    line), the corpus is let go once the Markdown is written, before MkDocs starts: at
    10,000 articles that is half a GB less at the peak.
    """
    if not seeds.is_dir():
        raise BuildError(f"{seeds}: no such folder")
    with sole_build(out):
        return _build_site(seeds, out, config_file, strict, registry_file, offline, jobs, corrections_file, full,
                           keep_corpus)


def _build_site(seeds: Path, out: Path, config_file: Path, strict: bool, registry_file: Path | None, offline: bool,
                jobs: int, corrections_file: Path | None, full: bool, keep_corpus: bool) -> BuildResult:
    registry_file = registry_file or out / "permalinks.json"
    corrections_file = corrections_file or config_file.parent / CORRECTIONS_FILE
    inputs = incremental.read_inputs(seeds, config_file, strict, corrections_file)
    manifest = incremental.up_to_date(out, inputs, registry_file)
    if manifest:
        return BuildResult(None, incremental.problems_of(manifest), out / "site", out / "site_src",  # type: ignore[arg-type]
                           corrections=[Problem(*p) for p in manifest.get("corrections", [])], up_to_date=True)
    fixes = load_corrections(corrections_file)
    cache = incremental.ExtractCache.load(out)
    articles, extractions, problems = incremental.load_and_extract(inputs, cache, jobs)
    loaded = Loaded(articles, problems)
    corpus = analyse(loaded.articles, jobs, extractions=extractions, problems=loaded.problems,
                     variant_pairs=cache.variant_pairs)
    if loaded.problems and strict:
        raise BuildError("\n".join(str(p) for p in loaded.problems) + "\n--strict: not building with bad files")
    if not corpus.articles:
        raise BuildError("".join(f"{p}\n" for p in loaded.problems) + f"{seeds}: no readable articles ({ARTICLE_PATTERNS})")
    registry, dates = read_registry(registry_file)
    corpus, fix_problems, fix_dates = apply_corrections(corpus, fixes, registry, dates)
    if strict and any(not p.stale for p in fix_problems):
        raise BuildError("\n".join(str(p) for p in fix_problems if not p.stale)
                         + "\n--strict: not building with a bad corrections file")
    out.mkdir(parents=True, exist_ok=True)
    live = permalinks.live_entries(corpus)
    gone = permalinks.gone_pages(registry, corpus, live)
    src_dir, site_dir = out / "site_src", out / "site"
    previous = None if full else incremental_mkdocs.load_record(out, inputs.setup)
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=out) as scratch:
        new_src, new_site = Path(scratch) / "site_src", Path(scratch) / "site"
        new_src.mkdir()
        cfg = load_mkdocs_config(config_file, new_src, new_site)
        if offline:
            check_offline(cfg, config_file)
        changed = write_site(corpus, gone, cfg["site_url"] or "", new_src, src_dir, jobs)
        # what the end of the build needs of the corpus, taken now (the cache is written
        # aside, and put in place only once the site is)
        summary = Summary.of(corpus)
        pending_cache = cache.write(corpus.quotes_by_id, Path(scratch) / "articles.pickle")
        if not keep_corpus:
            corpus = articles = extractions = loaded.articles = None  # type: ignore[assignment]
            cache.forget()
            gc.collect()  # what is only in reference cycles goes now, not at some later collection
        release_freed_memory()  # the Markdown of every page, written: MkDocs starts from less
        pages = build_html(cfg, inputs.setup, previous, changed, site_dir)
        # another process splits the search index while this one writes down what the
        # next build needs (put in place once the site is)
        with aside(search_index.split_index, new_site, jobs=jobs) as split:
            pending_record = incremental_mkdocs.write_record(pages.record, Path(scratch) / "pages.pickle")
            registry_text = permalinks.registry_text(permalinks.merge(registry, live), fix_dates)
            split()
        incremental.keep_unchanged(new_site, site_dir)
        incremental_mkdocs.forget_record(out)  # the record describes the old site until the new one is in place
        with interrupts_deferred():  # both trees are swapped, or neither
            replace_dir(new_src, src_dir)
            replace_dir(new_site, site_dir)
        cache.put_in_place(pending_cache)
        incremental_mkdocs.put_record_in_place(out, pending_record)
    if offline:
        write_zip(site_dir, out / OFFLINE_ZIP, "who-said-what")
    write_file_atomic(registry_file, registry_text)
    incremental.save_manifest(out, inputs, registry_file, loaded.problems, articles=summary.articles,
                              quotes=summary.quotes, speakers=summary.speakers,
                              corrections=[[p.source, p.line, p.message, p.stale] for p in fix_problems])
    return BuildResult(corpus, loaded.problems, site_dir, src_dir, gone, corrections=fix_problems,
                       extracted=cache.extracted, rendered=pages.rendered, full=not pages.incremental,
                       summary=summary)


def build_html(cfg, setup: str, previous: incremental_mkdocs.SiteRecord | None, changed: set[str],
               old_site: Path) -> incremental_mkdocs.PagePlugin:
    """MkDocs into cfg's site_dir: every page, or given the last build's record, only the
    pages in `changed`, the others linked from `old_site`."""
    pages = incremental_mkdocs.PagePlugin(setup, previous, changed, old_site)
    cfg["plugins"]["whosaidwhat/pages"] = pages
    cfg["plugins"]["whosaidwhat/lean"] = lean.LeanPages()
    try:
        run_mkdocs(cfg, dirty=pages.incremental)
    except incremental_mkdocs.NavChanged:  # every page shows the nav: build them all
        shutil.rmtree(cfg["site_dir"], ignore_errors=True)
        cfg = load_mkdocs_config(Path(cfg["config_file_path"]), Path(cfg["docs_dir"]), Path(cfg["site_dir"]))
        return build_html(cfg, setup, None, changed, old_site)
    pages.link_unchanged(Path(cfg["site_dir"]))
    pages.release()
    return pages


def release_freed_memory() -> None:
    """Hand memory Python has freed back to the system. glibc's malloc keeps freed blocks
    of a large heap for reuse; after the generator (half a GB of Markdown at 10,000
    articles) the process would start MkDocs that much bigger. Elsewhere: nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def write_file_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
