"""MkDocs handed only the files an incremental build writes or reads (site/pages.py).

Even in dirty mode MkDocs makes a File and a Page of every file of site_src and goes
through them all at each of its steps: 0.85 s CPU of a one-article publish at 2,000
articles (growing with the archive) for the 16 pages it renders. An incremental build
gives it instead only the files it has to write or read (`shown`): the pages whose
Markdown changed or that the last site lacks, the pages of the nav (every page shows
their titles), the other files that changed or that the last site lacks; the theme adds
its own. A link to any other file of site_src still finds it (`SomeFiles` makes its File
when asked). What MkDocs would do with the other files the page plugin does from the
last build's record (their search entries, the validation of their links, their output
files linked from the last site), and the sitemap still lists every page
(`sitemap_pages`). tests/test_incremental.py checks that the site equals a full build's.
"""
from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import PurePath
from types import SimpleNamespace
from urllib.parse import quote, urljoin, urlsplit

from mkdocs.structure.files import File, Files, _file_sort_key, set_exclusions
from mkdocs.utils import get_build_date, is_markdown_file


@dataclass
class Listing:
    """Every file of docs_dir a full build takes, in the order MkDocs' get_files gives them."""

    dests: dict[str, str]  # src path -> output path (site path), in that order
    docs: list[str]  # the Markdown pages among them, in that order


def listing(config) -> Listing | None:
    """docs_dir's files as get_files lists them (folders and names sorted, index first),
    without those it leaves out by default (dot files, /templates/). None when MkDocs'
    own File objects would be needed to tell: directory URLs, drafts or exclusions in the
    config, or two files for one output path (README.md and index.md)."""
    if config.use_directory_urls or config.get("draft_docs") or config.get("exclude_docs"):
        return None
    root = config.docs_dir
    dests: dict[str, str] = {}
    docs: list[str] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        rel = os.path.relpath(folder, root)
        dirnames.sort()
        filenames.sort(key=_file_sort_key)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        if prefix.startswith(("templates/", ".")) or "/." in prefix:  # (MkDocs' default exclusions)
            continue
        for name in filenames:
            if name.startswith("."):
                continue
            src = prefix + name
            if is_markdown_file(src):
                stem = posixpath.splitext(name)[0]
                dest = prefix + ("index" if stem == "README" else stem) + ".html"
                docs.append(src)
            else:
                dest = src
            dests[src] = dest
    if len(set(dests.values())) != len(dests):
        return None
    return Listing(dests, docs)


def nav_paths(nav: object) -> set[str]:
    """The paths the config's nav names (titles, sections and URLs aside)."""
    if isinstance(nav, str):
        return {PurePath(nav).as_posix()}
    if isinstance(nav, dict):
        return set().union(*map(nav_paths, nav.values()))
    if isinstance(nav, list):
        return set().union(*map(nav_paths, nav))
    return set()


class SomeFiles(Files):
    """The files MkDocs goes through; every file of the listing is found by its path."""

    def __init__(self, shown: list[File], every: Listing, config) -> None:
        super().__init__(shown)
        self._every = every
        self._config = config
        self._others: dict[str, File] = {}  # made when a link asked for them

    def get_file_from_path(self, path: str) -> File | None:
        file = super().get_file_from_path(path)
        if file is not None:
            return file
        uri = PurePath(path).as_posix()
        if uri not in self._every.dests:
            return None
        file = self._others.get(uri)
        if file is None:
            config = self._config
            file = self._others[uri] = File(uri, config.docs_dir, config.site_dir, config.use_directory_urls)
            set_exclusions([file], config)
        return file

    def __contains__(self, path: str) -> bool:
        return self.get_file_from_path(path) is not None


def some_files(config, every: Listing, shown: set[str]) -> SomeFiles:
    """What get_files would give, given only the files of `shown` (src paths), in its order."""
    files = [File(src, config.docs_dir, config.site_dir, config.use_directory_urls)
             for src in every.dests if src in shown]
    set_exclusions(files, config)
    return SomeFiles(files, every, config)


def sitemap_pages(files: SomeFiles, site_url: str | None) -> list:
    """The `pages` MkDocs' sitemap template lists: every page of the listing, in order; a
    page MkDocs has is itself, another stands in with the fields the template reads (its
    URLs as Page._set_canonical_url makes them, and the build's date as every page has)."""
    date = get_build_date()
    base = None
    if site_url:
        base = site_url if site_url.endswith("/") else site_url + "/"
    plain = base is not None and urljoin(base, "x") == base + "x"  # (no dot segments, query or fragment)
    base_path = urlsplit(base).path if plain else ""
    pages = []
    for src in files._every.docs:
        file = files.src_uris.get(src)
        if file is not None and file.page is not None:
            pages.append(file)
            continue
        url = quote(files._every.dests[src])
        if base is None:
            canonical = absolute = None
        elif plain and ":" not in url and "/." not in "/" + url:  # urljoin would give just this
            canonical, absolute = base + url, base_path + url
        else:
            canonical = urljoin(base, url)
            absolute = urlsplit(canonical).path
        pages.append(SimpleNamespace(page=SimpleNamespace(is_link=False, canonical_url=canonical, abs_url=absolute,
                                                          update_date=date)))
    return pages
