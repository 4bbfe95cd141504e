"""The build, top to bottom: ingest and extract (corpus.py), resolve and link, the
editor's corrections, the permalink registry, the site's Markdown (site/), MkDocs, and
the switch to the new site.

Both trees are written to a scratch folder first and switched in only when MkDocs has
built them without a warning, so a failed build leaves the last site intact; the
permalink registry is updated last. When no input changed since the last successful
build nothing is done at all (state.py); otherwise only new or changed articles are
extracted, the Markdown of a page is made only when its inputs changed (site/render.py),
and MkDocs renders only the pages whose Markdown changed (site/pages.py), unless `full`
or anything but the articles changed. What the next build needs is written to the state
database (state.py) once the new site is in place.
"""
from __future__ import annotations

import contextlib
import ctypes
import datetime
import gc
import os
import shutil
import signal
import sqlite3
import tempfile
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import correct, corrections
from ..corrections import Problem
from ..errors import BuildError
from ..ingest import ARTICLE_PATTERNS
from ..model import Corpus
from ..site import mkdocs, permalinks, search_index, site_files
from ..site.pages import listed
from ..site.permalinks import Gone
from . import files, lock, parallel, state
from .corpus import Loaded, analyse, load_and_extract
from .options import BuildOptions, BuildResult, Summary

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, printed at import

OFFLINE_ZIP = "site-offline.zip"
SPARE = "spare"  # in the state folder: the trees before the last (files.Spare)


def build_site(options: BuildOptions) -> BuildResult:
    """Build the site as `options` say (see BuildOptions), one build at a time per out folder."""
    if not options.seeds.is_dir():
        raise BuildError(f"{options.seeds}: no such folder")
    with lock.sole_build(options.out), settled_objects():
        return _build(options)


def _build(options: BuildOptions) -> BuildResult:
    seeds, out, config_file, strict, jobs = options.seeds, options.out, options.config_file, options.strict, options.jobs
    registry_file, corrections_file = options.registry, options.corrections
    inputs = state.read_inputs(seeds, config_file, strict, corrections_file)
    manifest = state.up_to_date(out, inputs, registry_file)
    if manifest:
        return BuildResult(None, state.problems_of(manifest), out / "site", out / "site_src",  # type: ignore[arg-type]
                           corrections=[Problem(*p) for p in manifest.get("corrections", [])], up_to_date=True)
    fixes = load_corrections(corrections_file)
    with uncollected():
        cache = state.ExtractCache.load(out)
        gc.freeze()  # (see settled_objects) the cached articles and extractions live as long as the build
    articles, extractions, problems = load_and_extract(inputs, cache, jobs)  # ingest, extract
    gc.freeze()  # and the new ones
    loaded = Loaded(articles, problems)
    with uncollected():  # (see uncollected) the corpus, made of the archive's objects
        corpus = analyse(loaded.articles, jobs, extractions=extractions, problems=loaded.problems,
                         variant_pairs=cache.variant_pairs)  # resolve, link
        gc.freeze()  # and the corpus
    if loaded.problems and strict:
        raise BuildError("\n".join(str(p) for p in loaded.problems) + "\n--strict: not building with bad files")
    if not corpus.articles:
        raise BuildError("".join(f"{p}\n" for p in loaded.problems) + f"{seeds}: no readable articles ({ARTICLE_PATTERNS})")
    with uncollected():  # (see uncollected) a dict per page ever published
        registry, dates = read_registry(registry_file)
    corpus, fix_problems, fix_dates = apply_corrections(corpus, fixes, registry, dates)
    if strict and any(not p.stale for p in fix_problems):
        raise BuildError("\n".join(str(p) for p in fix_problems if not p.stale)
                         + "\n--strict: not building with a bad corrections file")
    out.mkdir(parents=True, exist_ok=True)
    corpus.first_seen = permalinks.first_seen(registry, corpus, today())  # undated quotations' feed date
    live = permalinks.live_entries(corpus)
    gone = permalinks.gone_pages(registry, corpus, live)
    src_dir, site_dir = out / "site_src", out / "site"
    known = None if options.full else state.load_sources(out, inputs.setup)  # the Markdown's inputs
    sources: dict[str, str] = {}
    kept: set[str] = set()  # Markdown pages taken as they were, not made again
    with tempfile.TemporaryDirectory(prefix=lock.SCRATCH_PREFIX, dir=out) as scratch:
        new_src, new_site = Path(scratch) / "site_src", Path(scratch) / "site"
        # the trees before the last (files.Spare), made the new trees in an incremental build
        spare = files.Spare.take(state.state_dir(out) / SPARE, Path(scratch),
                                 "" if known is None else state.spare_token(out, inputs.setup), ("site_src", "site"))
        src_tree = spare.tree("site_src") if spare else new_src  # the new site_src, MkDocs' docs_dir
        new_src.mkdir()
        cfg = mkdocs.load_mkdocs_config(config_file, src_tree, new_site)
        if options.offline:
            mkdocs.check_offline(cfg, config_file)
        src_paths: set[str] = set()
        changed = write_site(corpus, gone, cfg["site_url"] or "", root=new_src, previous=src_dir, jobs=jobs,
                             known=known, digests=sources, kept=kept, paths=src_paths, link_kept=spare is None)
        if spare:  # the files made moved in, the kept ones as the site in place has them
            spare.bring_up_to_date("site_src", src_dir, new_src, [p for p in src_paths if p not in kept], kept,
                                   src_paths)
        # what the end of the build needs of the corpus, taken now (the cache is written
        # aside, and put in place only once the site is)
        summary = Summary.of(corpus)
        cache.stage(corpus.quotes_by_id, Path(scratch) / "files.pickle")  # written once the site is in place
        if not options.keep_corpus:
            corpus = articles = extractions = loaded.articles = None  # type: ignore[assignment]
            cache.forget()
            gc.unfreeze()  # (frozen objects are never collected)
            gc.collect()  # what is only in reference cycles goes now, not at some later collection
            gc.freeze()
        # read only now, MkDocs' to use: the pages were written without it, and the collection
        # above went through the corpus without it
        with uncollected():
            previous = None if options.full or known is None else state.load_record(out, inputs.setup)
            gc.freeze()  # (see settled_objects) the last site's record
        release_freed_memory()  # the Markdown of every page, written: MkDocs starts from less
        pages = mkdocs.build_html(cfg, inputs.setup, previous, changed, site_dir)
        # another process splits the search index (search/: files MkDocs lists none of) while
        # this one links the unchanged files and writes down what the next build needs (put
        # in place once the site is)
        with parallel.aside(search_index.split_index, new_site, pages.search_words(), jobs=jobs) as split:
            if spare is None:
                files.link_all(site_dir, new_site, pages.to_link)  # unchanged: as the last site has them
            staged_record = state.stage_record(pages.record, pages.previous, sources, known,
                                               Path(scratch) / "pages.pickle")
            registry_text = permalinks.registry_text(permalinks.merge(registry, live), fix_dates)
            split()
        site_written: set[str] = set()  # the site's files not as the site in place has them
        files.reuse_unchanged(new_site, site_dir, () if spare else pages.to_link, site_written)
        site_tree, site_paths = new_site, None
        if spare:
            made = listed(new_site)  # what MkDocs and the split wrote (the unchanged linked among them)
            site_paths = {*pages.to_link, *made}
            spare.bring_up_to_date("site", site_dir, new_site, made, pages.to_link, site_paths)
            site_tree = spare.tree("site")
        state.forget_record(out)  # the record describes the old site until the new one is in place
        with interrupts_deferred():  # both trees are swapped, or neither
            kept_src = files.replace_dir(src_tree, src_dir, keep_old=True)
            kept_site = files.replace_dir(site_tree, site_dir, keep_old=True)
        token = ""  # of the spare trees kept
        if kept_src and kept_site:  # the trees swapped out, now where the new ones were: the next build's
            try:
                token = files.keep_spare(state.state_dir(out) / SPARE, {
                    "site_src": (src_tree, list(src_paths), changed,
                                 spare.marker["paths"]["site_src"] if spare else listed(src_tree)),
                    "site": (site_tree, list(site_paths if site_paths is not None else listed(site_dir)),
                             site_written, spare.marker["paths"]["site"] if spare else listed(site_tree))})
            except OSError:  # none kept (what is left of them goes with the scratch folder)
                shutil.rmtree(state.state_dir(out) / SPARE, ignore_errors=True)
        try:
            cache.save()
            state.save_record(out, staged_record, token)
        except sqlite3.Error:  # the site is in place; without its state the next build is a full one
            state.drop(out)
    if options.offline:
        files.write_zip(site_dir, out / OFFLINE_ZIP, "who-said-what")
    files.write_atomic(registry_file, registry_text)
    state.save_manifest(out, inputs, registry_file, loaded.problems, articles=summary.articles,
                        quotes=summary.quotes, speakers=summary.speakers,
                        corrections=[[p.source, p.line, p.message, p.stale] for p in fix_problems])
    return BuildResult(corpus, loaded.problems, site_dir, src_dir, gone, corrections=fix_problems,
                       extracted=cache.extracted, rendered=pages.rendered, full=not pages.incremental,
                       summary=summary, kept=kept)


def write_site(corpus: Corpus, gone: list[Gone], site_url: str, *, root: Path, previous: Path | None,
               jobs: int = 1, known: dict[str, str] | None = None, digests: dict[str, str] | None = None,
               kept: set[str] | None = None, paths: set[str] | None = None, link_kept: bool = True) -> set[str]:
    """The site's files written under root (see files.write_tree). With jobs > 1, where
    processes can be forked from a single thread, `jobs` processes share the pages: each
    inherits the corpus as it is, so nothing is copied to them; this one writes the assets
    and exports meanwhile (with the first share they made it the last to finish). Same
    files as one process makes.
    known, digests: the last build's digests of the pages' inputs, and this build's (see
    render.iter_pages): a page made from the same inputs is `previous`'s file, not made
    again (and its path is added to `kept`; with link_kept False it is not linked into
    root either: see files.Spare). paths: given every path made, written or kept."""
    if previous is None or not previous.is_dir():
        known = None
    shares = parallel.shares(_write_share, (corpus, gone, site_url, root, previous, known, digests is not None,
                                            link_kept), jobs,
                             meanwhile=lambda: _write_share((corpus, gone, site_url, root, previous, None, False,
                                                             link_kept), None))
    if shares is None:
        made = site_files(corpus, gone, site_url, known=known, digests=digests)
        if paths is not None:
            made = _noted(made, paths)
        return files.write_tree(made, root, previous=previous, kept=kept, link_kept=link_kept)
    counts = Counter(rel for made, *_ in shares for rel in made)
    if paths is not None:
        paths.update(counts)
    if twice := [rel for rel, n in counts.items() if n > 1]:
        raise BuildError(f"two files for one path: {twice[0]} (a bug: please report it)")
    for _, _, made_digests, made_kept in shares:
        if digests is not None:
            digests.update(made_digests)
        if kept is not None:
            kept.update(made_kept)
    return set().union(*(written for _, written, *_ in shares))


def _noted(made_files: Iterable[tuple[str, str | bytes]], paths: set[str]) -> Iterator[tuple[str, str | bytes]]:
    for rel, content in made_files:
        paths.add(rel)
        yield rel, content


def _write_share(site: tuple[Corpus, list[Gone], str, Path, Path | None, dict[str, str] | None, bool, bool],
                 part: tuple[int, int] | None) -> tuple[list[str], set[str], dict[str, str], set[str]]:
    """In a forked process: one share of the site's pages; part None: the files not shared
    (assets, exports), which this process writes while the others write the pages. Returns
    (paths made, paths written, digests of the pages' inputs, paths kept)."""
    corpus, gone, site_url, root, previous, known, with_digests, link_kept = site
    made: list[str] = []
    digests: dict[str, str] | None = {} if with_digests else None

    def noted(made_files: Iterable[tuple[str, str | bytes]]) -> Iterator[tuple[str, str | bytes]]:
        for rel, content in made_files:
            made.append(rel)
            yield rel, content
    kept: set[str] = set()
    made_files = site_files(corpus, gone, site_url, part or (0, 1), known, digests, "data" if part is None else "pages")
    # (see uncollected) the exports: a dict or a row per quotation, speaker and article
    with uncollected() if part is None else contextlib.nullcontext():
        written = files.write_tree(noted(made_files), root, previous=previous, kept=kept, link_kept=link_kept)
    return made, written, digests or {}, kept


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


@contextlib.contextmanager
def settled_objects():
    """A build makes its long-lived objects in a few steps (the extractions, the corpus,
    the last site's record) and frozen after each (gc.freeze), a full collection does not
    go through them again: it did, several times per build, each time through the whole
    archive's objects (1.3 s of a one-article publish at 2,000 articles). Unfrozen when
    the build ends, and before the corpus is let go, so that no cycle outlives its use."""
    was_frozen = gc.get_freeze_count()
    try:
        yield
    finally:
        if not was_frozen:
            gc.unfreeze()


@contextlib.contextmanager
def uncollected():
    """No collection in the block, which makes long-lived objects and freezes them:
    unpickling the build state makes hundreds of thousands of containers, and every few
    hundred made started a collection going through the young ones again (and every
    tenth through more), for nothing (none is garbage): at 2,000 articles about a third
    of the time of reading the page record and the extraction cache. Resolving and
    linking the same: the corpus, every speaker, listing and index of the archive, and no
    reference cycle left behind (a collection after them at 2,000 articles found none);
    a sixth of their time. And the permalink registry read (a quarter of its time) and
    the exports made (a fourteenth), which leave no cycle either."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def release_freed_memory() -> None:
    """Hand memory Python has freed back to the system. glibc's malloc keeps freed blocks
    of a large heap for reuse; after the generator (half a GB of Markdown at 10,000
    articles) the process would start MkDocs that much bigger. Elsewhere: nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
