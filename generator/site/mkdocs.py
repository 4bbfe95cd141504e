"""MkDocs, as the build runs it: the config loaded strictly, the site rendered with the
page plugins (pages.py: only what changed; lean.py: lean pages), every warning an error."""
from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path

from ..errors import BuildError
from . import lean, subset
from . import pages as pages_mod


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


def run_mkdocs(cfg, dirty: bool = False, pages: pages_mod.PagePlugin | None = None) -> None:
    """MkDocs build, strict: any warning (broken link or anchor included) fails it.
    dirty: only the pages the config's PagePlugin calls modified (pages.py); given that
    plugin (`pages`) in an incremental build, MkDocs is given only those (only_some_files)."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build

    handler = _MkDocsLog()
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        with pages_mod.dirty_warning_silenced(), only_some_files(pages):
            build(cfg, dirty=dirty)
    except (exceptions.MkDocsException, exceptions.Abort) as exc:
        detail = "\n".join(handler.warnings[:20])
        raise BuildError(f"MkDocs build failed: {exc}" + (f"\n{detail}" if detail else "")) from None
    finally:
        log.removeHandler(handler)


@contextlib.contextmanager
def only_some_files(pages: pages_mod.PagePlugin | None):
    """MkDocs' get_files, for the build in the block: given `pages` (an incremental build),
    only the files it writes or reads (site/subset.py), where the config lets that be told
    without a File per file (subset.listing; a nav in the config: else every page is in it)."""
    from mkdocs.commands import build as build_mod

    get_files = build_mod.get_files
    if pages is None:
        yield
        return

    def some_files(config):
        every = subset.listing(config) if config["nav"] is not None else None
        return get_files(config) if every is None else pages.some_files(config, every)
    build_mod.get_files = some_files
    try:
        yield
    finally:
        build_mod.get_files = get_files


class _MkDocsLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.warnings.append(f"  {record.levelname}: {record.getMessage()}")


def build_html(cfg, setup: str, previous: pages_mod.SiteRecord | None, changed: set[str],
               old_site: Path) -> pages_mod.PagePlugin:
    """MkDocs into cfg's site_dir: every page, or given the last build's record, only the
    pages in `changed`; the plugin's `to_link` are then the files to take from `old_site`."""
    pages = pages_mod.PagePlugin(setup, previous, changed, old_site)
    cfg["plugins"]["whosaidwhat/pages"] = pages
    cfg["plugins"]["whosaidwhat/lean"] = lean.LeanPages()
    try:
        run_mkdocs(cfg, dirty=pages.incremental, pages=pages if pages.incremental else None)
    except pages_mod.NavChanged:  # every page shows the nav: build them all
        shutil.rmtree(cfg["site_dir"], ignore_errors=True)
        cfg = load_mkdocs_config(Path(cfg["config_file_path"]), Path(cfg["docs_dir"]), Path(cfg["site_dir"]))
        return build_html(cfg, setup, None, changed, old_site)
    pages.to_link = pages.unwritten(Path(cfg["site_dir"]))
    pages.release()
    return pages
