"""Lean pages: what every page repeats, cut, so that a 10,000-article archive fits where
it is published (GitHub Pages and GitLab Pages refuse sites over 1 GB).

`LeanPages` (added to the MkDocs config by build.py) minifies every HTML page MkDocs
writes with minify-html (a maintained minifier, in Rust: about a third of a
millisecond for a 15 KB page), and tells the theme (overrides/main.html) whether a page has a table of
contents worth showing and whether it draws Material's chrome itself (`chrome_shared`).
The theme's overrides drop the rest: the palette and content-tab scripts (no palette
toggle, no tabs), the footer (it only credited the theme), the inlined icons
(overrides/.icons/: drawn by assets/site.css), the generator meta and the twitter: title
and description (cards read og:'s). A page not in the nav takes the header, search box,
navigation, #__config, Material's head script, toggles and dialog from one file,
assets/chrome.js (a static template of the theme, overrides/assets/chrome.js): they were
about 4.6 KB of every page (MOVED_TO_CHROME is what is taken out of the minified page).
`site_limits` is the build's one-line warning when the site passes what a host takes.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import minify_html
from mkdocs.plugins import BasePlugin, event_priority

# A table of contents is shown on a page with at least this many sections and this much
# content (characters of HTML): shorter pages fit on a screen or two, nothing to navigate.
TOC_SECTIONS = 2
TOC_CONTENT = 10_000

# What the hosts take (GitHub Pages: 1 GB; GitLab Pages: 1 GB and 200,000 files).
SITE_BYTES_LIMIT = 1_000_000_000
SITE_FILES_LIMIT = 200_000


# The page's own <title> (the first one: the head comes before any inline SVG).
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def minify(html: str) -> str:
    """An HTML page, minified. Closing tags and the <html>/<head> tags are kept: the
    saving is small, and a page then reads the same in any parser. Inline scripts are
    left as they are: Material's come minified, and minifying them doubled the time."""
    html = minify_html.minify(html, keep_closing_tags=True, keep_html_and_head_opening_tags=True)
    return _TITLE.sub(_escaped_title, html, count=1)


def _escaped_title(match: re.Match) -> str:
    """minify-html writes the title's text with bare < and > (the title is raw text to a
    browser); a page title is quote text, and parsers that read <title> as markup
    (Python's html.parser before 3.13, some scrapers and link previews) would then see
    the tags a hostile article typed. Escaped again, as MkDocs wrote them."""
    text = match.group(1).replace("<", "&lt;").replace(">", "&gt;")
    return f"<title>{text}</title>"


def toc_worth_showing(toc, content: str) -> bool:
    entries = list(toc)
    if len(entries) == 1 and entries[0].level == 1:  # the page's title: its sections are below it
        entries = list(entries[0].children)
    return len(entries) >= TOC_SECTIONS and len(content) >= TOC_CONTENT


# Markup of Material's base.html that is outside its blocks, the same in every page: on a page
# that loads assets/chrome.js it is taken out of the page and the script puts it back (the
# drawer and search toggles first in <body>, as Material writes them; the dialog Material
# shows "Copied to clipboard" in). Written as in Material 9.8.2's base.html; should a
# Material write it otherwise, nothing is taken out and the script adds nothing.
MOVED_TO_CHROME = {
    "toggles": '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
               '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'
               '<label class="md-overlay" for="__drawer"></label>',
    "dialog": '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>',
}


def _minified(fragment: str) -> str:
    return minify_html.minify(fragment, keep_closing_tags=True)


_MOVED = [_minified(html) for html in MOVED_TO_CHROME.values()]


def take_out_moved(page_html: str) -> str:
    """A minified page without the markup assets/chrome.js puts back (MOVED_TO_CHROME)."""
    for fragment in _MOVED:
        page_html = page_html.replace(fragment, "", 1)
    return page_html


def collapse_html(fragment: str) -> str:
    """A fragment of the theme's HTML (assets/chrome.js holds the header and the navigation),
    minified as the pages are."""
    return minify_html.minify(str(fragment), keep_closing_tags=True)


class LeanPages(BasePlugin):
    def __init__(self) -> None:
        self._in_nav: set[str] = set()

    def on_nav(self, nav, *, config, files):
        self._in_nav = {page.file.src_uri for page in nav.pages}
        return nav

    def on_env(self, env, *, config, files):
        env.filters["collapse_html"] = collapse_html  # for overrides/assets/chrome.js
        env.globals["lean_moved"] = {name: _minified(html) for name, html in MOVED_TO_CHROME.items()}
        return env

    @event_priority(-50)  # after the Markdown is HTML, before incremental_mkdocs holds it aside
    def on_page_content(self, html, *, page, config, files):
        page.toc_shown = toc_worth_showing(page.toc, html)  # read by overrides/main.html
        # The pages of the nav draw Material's chrome themselves (it marks them in the nav);
        # every other page takes it from assets/chrome.js (overrides/main.html).
        page.chrome_shared = page.file.src_uri not in self._in_nav
        return html

    @event_priority(-200)  # the last change to a page before it is written
    def on_post_page(self, output, *, page, config):
        output = minify(output)
        return take_out_moved(output) if getattr(page, "chrome_shared", False) else output

    def on_post_template(self, output, *, template_name, config):
        return minify(output) if template_name.endswith(".html") else output


def site_limits(site_dir: Path) -> str | None:
    """A one-line warning when the site is over what GitHub or GitLab Pages publish."""
    size = files = 0
    for dirpath, _, names in os.walk(site_dir):
        files += len(names)
        size += sum(os.stat(os.path.join(dirpath, name)).st_size for name in names)
    over = []
    if size > SITE_BYTES_LIMIT:
        over.append(f"{size / 1e9:.2f} GB (GitHub and GitLab Pages take 1 GB)")
    if files > SITE_FILES_LIMIT:
        over.append(f"{files:,} files (GitLab Pages takes 200,000)")
    return f"the site is {' and '.join(over)}: it may not publish" if over else None


def relative_citations(site_dir: Path) -> str | None:
    """A one-line warning when the site was built without its address (SITE_URL): MkDocs then
    writes no canonical link, and the citations and embed codes of quote pages are relative
    (assets/quote.js fills in the address a page is viewed at, but not where no script runs)."""
    try:
        home = (site_dir / "index.html").read_text(encoding="utf-8")
    except OSError:
        return None
    if 'rel="canonical"' in home or "rel=canonical" in home:
        return None
    return ("SITE_URL is not set: \"Cite this\" and the embed code on quote pages hold relative links "
            "(the page's script fills in its address when viewed); set SITE_URL to the site's address")
