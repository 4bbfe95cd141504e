"""Shared test helpers: paths, a built seeds site, and an HTML parser for built pages."""
from __future__ import annotations

import html.parser
import importlib.util
import os
import shutil
from dataclasses import dataclass, field
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONFIG = ROOT / "mkdocs.yml"
OFFLINE_CONFIG = ROOT / "mkdocs.offline.yml"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Page:
    elements: list[Element] = field(default_factory=list)
    text: str = ""

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def ids(self) -> set[str]:
        return {e.attrs["id"] for e in self.elements if e.attrs.get("id")}


_BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
           "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
           "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"}


class _Parser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._open: list[Element] = []
        self._text: list[str] = []

    def _block_edge(self, tag: str) -> None:
        """A browser shows a block's text apart from its neighbours' even where the
        (minified) HTML has no whitespace between them: a space, as innerText would."""
        if tag in _BLOCKS:
            self.handle_data(" ")

    def handle_starttag(self, tag, attrs):
        self._block_edge(tag)
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.page.elements.append(el)
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self._open.append(el)

    def handle_endtag(self, tag):
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                break
        self._block_edge(tag)

    def handle_data(self, data):
        self._text.append(data)
        for el in self._open:
            el.text += data

    def close(self):
        super().close()
        self.page.text = "".join(self._text)


def parse_html(path: Path) -> Page:
    return parse_html_text(path.read_text(encoding="utf-8"))


def parse_html_text(text: str) -> Page:
    p = _Parser()
    p.feed(text)
    p.close()
    return p.page


def require(missing: str):
    """Skip a test whose tool is missing here; fail it in CI (CI=true), where it must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (CI=true, so this fails instead of skipping)")
    pytest.skip(missing)


def build(seeds: Path, out: Path, **kw):
    from generator.publish import BuildOptions, build_site
    return build_site(BuildOptions(seeds, out, CONFIG, **kw))


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory):
    """The seeds built once for the whole session: (BuildResult, out folder)."""
    out = tmp_path_factory.mktemp("seeds-site")
    return build(SEEDS, out), out


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory):
    """The seeds built once for reading from disk (--offline): (BuildResult, out folder)."""
    from generator.publish import BuildOptions, build_site
    out = tmp_path_factory.mktemp("offline-site")
    return build_site(BuildOptions(SEEDS, out, OFFLINE_CONFIG, offline=True)), out


def load_scorer():
    path = SHARED_EVAL / "score_quotes.py"
    if not path.exists():
        pytest.skip(f"{path} not found (the shared evaluation folder sits beside the checkout)")
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def copy_seeds(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, dest / p.name)
    return dest


def broken_links(site: Path) -> list[str]:
    """Every internal <a href> of every built page that misses its file or its #anchor."""
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html" and page.parent == site:
            continue  # served at any path, so its links are root-absolute by design
        for el in parse_html(page).elements:
            href = el.attrs.get("href") if el.tag == "a" else None
            if not href or re.match(r"[a-z][a-z0-9+.-]*:", href) or href.startswith("//"):
                continue
            target, frag = urldefrag(href)
            dest = (page.parent / unquote(target)).resolve() if target else page
            if not dest.is_file():
                broken.append(f"{page.relative_to(site)} -> {href} (no file)")
            elif frag and dest.suffix == ".html":
                if dest not in ids:
                    ids[dest] = parse_html(dest).ids()
                if unquote(frag) not in ids[dest]:
                    broken.append(f"{page.relative_to(site)} -> {href} (no anchor)")
    return broken


def search_docs(site: Path) -> list[list]:
    """Every document of the site's split search index (location, title, text, boost,
    page document), in index order."""
    import json
    rows = []
    for path in sorted((site / "search" / "docs").glob("*.js"), key=lambda p: int(p.stem)):
        rows += json.loads(path.read_text(encoding="utf-8").split(",", 1)[1].rstrip().removesuffix(")"))
    return rows


# --- markers: `pytest -m "not site"` runs the unit tests alone --------------------------------

# Fixtures that build a whole site, and what a test body calls to build one itself.
SITE_FIXTURES = {"seeds_site", "offline_site", "corrected_site", "built_once", "small_pages", "pages_site",
                 "fixed_site", "synthetic", "served_site", "site", "github"}
_BUILDS = re.compile(r"\bbuild\(|\bbuild_site\(|\bcli_build\(|\"build\"|\bmain\(\[\"(?:build|serve)\"")
_SITE_MODULES = {"test_browser", "test_kill", "test_workflow"}


def pytest_collection_modifyitems(config, items):
    """Mark `site` every test that builds a whole site (through a fixture, or in its body),
    and `real` those that score the real dev set."""
    import inspect
    for item in items:
        module = item.module.__name__ if item.module else ""
        try:
            body = inspect.getsource(item.function)
        except (OSError, TypeError, AttributeError):
            body = ""
        if module in _SITE_MODULES or SITE_FIXTURES & set(item.fixturenames) or _BUILDS.search(body):
            item.add_marker(pytest.mark.site)
        if module == "test_real_quality":
            item.add_marker(pytest.mark.real)
