"""MkDocs builds that render only the pages whose Markdown changed and copy the rest.

MkDocs' dirty mode skips every page it is told is unmodified. `PagePlugin` (added to
the MkDocs config by mkdocs.py) tells it which: the pages whose Markdown the generator
just wrote (not hard-linked from the last build), and the static files likewise. The
pages of the nav are always read (every page shows their titles and metadata). MkDocs
is given only these files (subset.py: it made a File and a Page of every file, and went
through them all at each step). The plugin then completes what MkDocs leaves out, from
a record of what the last build made of each page (`SiteRecord`, in OUT/.cache/):

* the search index: every page's entries are recorded; an unchanged page's are reused,
  in the order a full build writes them;
* strict validation: every page's anchors, links to anchors and links are recorded, so
  a link from or to an unchanged page is checked as in a full build;
* the sitemap: every page, those MkDocs was not given included;
* the output files of unchanged pages and assets are hard-linked from the last site.

The sitemap and the 404 page are rendered every time (MkDocs knows every page without
rendering it). In every build, full or not, the plugin also keeps MkDocs' memory down
(it reads and renders every page before it writes any): a page's Markdown is dropped
once rendered, its HTML held compressed until written and dropped then. A full build runs when there is no record, when anything but the
articles changed (code, templates, static files, config, theme, versions: see
`publish.state.Inputs.setup`), on `--full`, and when the nav came out different (then
every page would change). tests/test_incremental.py checks that the result equals a
full build byte for byte, on random sequences of edits.
"""
from __future__ import annotations

import contextlib
import logging
import os
import posixpath
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.toc import get_toc

from . import subset
from .search_index import entry_words

_HREF = re.compile(r'<a\s[^>]*?\bhref="([^"]*)"')  # a link element (not text in a code block)
_EXTERNAL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//")


class NavChanged(Exception):
    """The nav (titles, metadata) differs from the last build's: every page shows it, so
    only a full build gives the right pages."""


@dataclass
class PageRecord:
    """What a build made of one page that the next build needs without rendering it."""

    search: list[dict]  # its search index entries
    anchors: set[str] | frozenset[str]  # ids a link can point to
    anchor_links: dict[str, dict[str, str]]  # linked page (src path) -> {anchor: link as written}
    links: frozenset[str]  # site paths its links lead to
    words: list[tuple[str, int]] = field(default_factory=list)  # search_index.entry_words of each entry


@dataclass
class SiteRecord:
    setup: str  # publish.state.Inputs.setup of the build that made it
    nav: str  # the nav as every page shows it
    pages: dict[str, PageRecord] = field(default_factory=dict)  # by src path ("quotes/x.md")


class PagePlugin(BasePlugin):
    """Renders only what changed (given `previous`) and records every page for next time.

    previous: the last build's record, or None for a full build.
    changed: paths under docs_dir written by this build (new or different files).
    old_site: the last build's site folder (its unchanged files are linked from there).
    """

    def __init__(self, setup: str, previous: SiteRecord | None = None, changed: set[str] = frozenset(),
                 old_site: Path | None = None) -> None:
        super().__init__()
        self.previous = previous
        self.changed = changed
        self.old_site = old_site
        self.record = SiteRecord(setup, "")
        self.rendered = 0  # pages rendered by this build
        self._files = None
        self._nav = None
        self._nav_pages: set[str] = set()
        self._held: dict[str, bytes] = {}  # the HTML of pages rendered, not yet written
        self._search = None
        self._seen = 0  # search entries already given to a page
        self._order: list[str] = []  # the pages, in the order of the search index
        self.listing: subset.Listing | None = None  # every file, when MkDocs is given only some (some_files)
        self._in_site: set[str] = set()  # every output path of the site

    @property
    def incremental(self) -> bool:
        return self.previous is not None

    def _modified(self, file) -> bool:
        """MkDocs' File.is_modified, as this build decides it."""
        if file.src_uri in self.changed or file.generated_by:
            return True
        if file.is_documentation_page() and file.src_uri not in self.previous.pages:
            return True
        return not os.path.isfile(os.path.join(self.old_site, file.dest_uri))  # (no Path: once per file)

    def some_files(self, config, every: subset.Listing) -> subset.SomeFiles:
        """In place of MkDocs' get_files in an incremental build (mkdocs.py, site/subset.py):
        the files this build writes or reads, every file of `every` found by its path."""
        self.listing = every
        old = set(listed(self.old_site))  # (one listing, not a stat per file)
        nav = subset.nav_paths(config["nav"])
        docs = set(every.docs)
        shown = {src for src, dest in every.dests.items()
                 if src in self.changed or src in nav or dest not in old or (src in docs and src not in self.previous.pages)}
        return subset.some_files(config, every, shown)

    @event_priority(-100)  # after every other plugin: the files as they will be built
    def on_files(self, files, *, config):
        self._files = files
        return files

    @event_priority(-100)
    def on_nav(self, nav, *, config, files):
        self._nav = nav
        self._nav_pages = {page.file.src_uri for page in nav.pages}
        if self.incremental:  # read by MkDocs' dirty mode, for every page twice: decided once per file
            for file in files:
                file.is_modified = _yes if self._modified(file) else _no
        return nav

    @event_priority(-100)
    def on_page_content(self, html, *, page, config, files):
        """MkDocs reads and renders every page before it writes any: a large site would
        hold all their Markdown and HTML at once. The Markdown is not needed again (not
        None: the title is still known), the HTML is held compressed until its page is
        written (on_page_context above)."""
        page.markdown = ""
        self._held[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def on_env(self, env, *, config, files):
        """Every page is read (or skipped) by now: check the nav, give skipped pages their
        recorded anchors and links for validation."""
        for page in self._nav.pages:  # every page shows their titles and metadata
            if page.markdown is None:
                page.read_source(config)
        self.record.nav = _nav_signature(self._nav.items)
        if self.incremental and self.record.nav != self.previous.nav:
            raise NavChanged()
        self._search = next((p for p in config.plugins.values() if hasattr(p, "search_index")), None)
        self._seen = len(self._search.search_index.entries) if self._search else 0
        if not self.incremental:
            return env
        log = logging.getLogger("mkdocs.structure.pages")
        in_site = self._in_site = {f.dest_uri for f in files} | _ALWAYS_WRITTEN | (
            set(self.listing.dests.values()) if self.listing else set())
        by_src = files.src_uris  # recorded paths are src_uris already: no PurePath per link (get_file_from_path)
        for file in files.documentation_pages():
            page = file.page
            if page.content is not None:
                continue
            old = self.previous.pages[file.src_uri]
            page.present_anchor_ids = set(old.anchors)
            page.links_to_anchors = {target: links for src, links in old.anchor_links.items()
                                     if (target := by_src.get(src)) is not None}
            for dest in sorted(old.links):
                if dest not in in_site:
                    log.warning(f"Doc file '{file.src_uri}' contains a link to '{dest}', which is not "
                                "in the site any more.")
        return env

    @event_priority(100)  # before any other plugin sees the page
    def on_page_context(self, context, *, page, config, nav):
        page.content = zlib.decompress(self._held.pop(page.file.src_uri)).decode("utf-8")
        return context

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_post_page(self, output, *, page, config):
        """Record the page for the next build, then let its HTML go."""
        entries = self._search.search_index.entries if self._search else []
        # MkDocs' own sets and dicts (not copies), and one string per link target: at
        # 10,000 articles copies would be hundreds of MB
        search = entries[self._seen:]
        self.record.pages[page.file.src_uri] = PageRecord(
            search=search,
            anchors=page.present_anchor_ids or frozenset(),
            anchor_links={target.src_uri: links for target, links in (page.links_to_anchors or {}).items()},
            links=frozenset(map(sys.intern, _links(page.content or "", page.file.dest_uri))),
            # the index is split from these (search_index.split_index): the entries are
            # written and read back as JSON, which gives the same strings
            words=[entry_words(entry) for entry in search])
        self._seen = len(entries)
        self.rendered += 1
        if page.file.src_uri not in self._nav_pages:  # every page shows the nav pages' titles
            # written: only its anchors and links are read again (validation, the record)
            page.content = page.markdown = None
            page.toc, page.meta = get_toc([]), {}
        return output

    def on_template_context(self, context, *, template_name, config):
        if self.listing and template_name == "sitemap.xml":  # every page, not only those MkDocs was given
            context["pages"] = subset.sitemap_pages(self._files, config.site_url)
        return context

    @event_priority(100)  # before the search plugin writes its index
    def on_post_build(self, *, config):
        # the pages in the order of the index
        self._order = self.listing.docs if self.listing else [file.src_uri for file in self._files.documentation_pages()]
        if not self.incremental:
            return
        if self.listing:
            self._validate_unlisted(config)
        for src in self._order:
            if src not in self.record.pages:
                self.record.pages[src] = self.previous.pages[src]
        if self._search:
            self._search.search_index.entries = [
                entry for src in self._order for entry in self.record.pages[src].search]

    def _validate_unlisted(self, config) -> None:
        """What MkDocs validates of the pages it was not given (site/subset.py), from the
        last build's record: their links still lead into the site, their links to anchors
        of the pages rendered find them; and the links of the pages rendered to anchors of
        those pages (MkDocs has no Page for them) find them."""
        log = logging.getLogger("mkdocs.structure.pages")
        level = config.validation.links.anchors
        shown = self._files.src_uris
        rendered = set(self.record.pages)
        for src in self.listing.docs:
            if src in shown:  # (MkDocs checked it, given its anchors and links in on_env)
                continue
            old = self.previous.pages[src]
            if not old.links <= self._in_site:
                for dest in sorted(old.links - self._in_site):
                    log.warning(f"Doc file '{src}' contains a link to '{dest}', which is not in the site any more.")
            for target, links in old.anchor_links.items():
                if target in rendered:
                    _check_anchors(log, level, src, target, links, self.record.pages[target].anchors)
        for src in rendered:
            for target, links in self.record.pages[src].anchor_links.items():
                if target not in shown and target in self.previous.pages:
                    _check_anchors(log, level, src, target, links, self.previous.pages[target].anchors)

    def unwritten(self, site_dir: Path) -> list[str]:
        """After the build: the output files MkDocs did not write, which the last site has
        as a full build would have written them (site paths; none in a full build)."""
        if not self.incremental:
            return []
        written = set(listed(site_dir))  # what MkDocs wrote: a few pages and files, listed at once (not a stat per file)
        every = [file.dest_uri for file in self._files
                 if (file.is_documentation_page() or file.is_static_page() or file.is_media_file())
                 and (self.listing is None or file.src_uri not in self.listing.dests)]  # (the theme's, then)
        if self.listing:
            every += self.listing.dests.values()
        return [dest for dest in every if dest not in written]

    def search_words(self) -> list[tuple[str, int]]:
        """search_index.entry_words of every entry of the search index, in its order (that
        of the pages, each page's entries in turn): the pages rendered made theirs, the
        others' are the record's."""
        return [words for src in self._order for words in self.record.pages[src].words]

    def release(self) -> None:
        """Let MkDocs' pages, files and nav go (what the record needs of them it holds):
        at 10,000 articles they are hundreds of MB, and the build goes on without them."""
        self._files = self._nav = self.listing = None
        self._in_site = set()
        self._held.clear()


def listed(root: Path) -> list[str]:
    """The paths of every file under root (relative, "/"-separated), from one walk."""
    found: list[str] = []
    for dirpath, _, names in os.walk(root):
        rel = os.path.relpath(dirpath, root).replace(os.sep, "/")
        found += names if rel == "." else [f"{rel}/{name}" for name in names]
    return found


def _check_anchors(log: logging.Logger, level: int, src: str, target: str, links: dict[str, str],
                   anchors: set[str] | frozenset[str]) -> None:
    """Log, as MkDocs does, each link of page `src` to an anchor `target` lacks."""
    for anchor, link in links.items():
        if anchor not in anchors:
            log.log(level, f"Doc file '{src}' contains a link '{link}', but the doc '{target}' does not contain "
                           f"an anchor '#{anchor}'.")


def _yes() -> bool:
    return True


def _no() -> bool:
    return False


# Written by MkDocs itself on every build, never by a page.
_ALWAYS_WRITTEN = {"sitemap.xml", "sitemap.xml.gz", "404.html", "search/search_index.json", "search/search_index.js"}


def _links(html: str, page_dest: str) -> set[str]:
    """Site paths (no #fragment) that the links of a page's content lead to."""
    out = set()
    base = posixpath.dirname(page_dest)
    for href in _HREF.findall(html):
        target = href.split("#", 1)[0].split("?", 1)[0]
        if target and not _EXTERNAL.match(target):
            out.add(posixpath.normpath(posixpath.join(base, unquote(target))))
    return out


def _nav_signature(items) -> str:
    """The nav as a page shows it: titles, URLs and metadata of every item."""
    def walk(item) -> tuple:
        return (type(item).__name__, item.title, getattr(item, "url", None), getattr(item, "meta", None),
                [walk(child) for child in item.children or ()])
    return repr([walk(item) for item in items])


@contextlib.contextmanager
def dirty_warning_silenced():
    """MkDocs warns that a dirty build may have stale navigation; strict mode would count
    that warning. Here the nav is checked (NavChanged) and every other page is complete."""
    log = logging.getLogger("mkdocs.commands.build")

    def not_the_dirty_warning(record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")

    log.addFilter(not_the_dirty_warning)
    try:
        yield
    finally:
        log.removeFilter(not_the_dirty_warning)
