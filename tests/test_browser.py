"""The built site in a real browser (headless Chromium, driven by Playwright).

Each test runs twice: against the site served on localhost, as GitHub Pages would
serve it, and against the offline build opened from disk (file://). Every request a
page makes must stay on that server or inside that folder.

Needs the `playwright` package (test extras) and Debian's chromium at /usr/bin/chromium
(or $CHROMIUM); without them the tests skip, except with CI=true, where they fail.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT, require

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Headless, as root, on a machine with no network: no sandbox, and none of Chromium's own
# calls home (they would be refused and slow every start).
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
TIMEOUT_MS = 15_000


@dataclass
class Site:
    mode: str  # "http" or "file"
    root: Path  # the built site folder
    base: str  # URL of the site folder, ending in "/"
    quotes: list[dict] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def inside(self, url: str) -> bool:
        """Whether a request stays on the site: its server, or its folder on disk."""
        if url.startswith(("data:", "blob:", "about:")):
            return True  # made inside the page, nothing fetched
        if self.mode == "http":
            return url.startswith(self.base)
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc:
            return False
        return Path(unquote(parts.path)).resolve().is_relative_to(self.root.resolve())


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()  # as GitHub Pages does
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        require("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        require(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set $CHROMIUM)")
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Error as exc:
            require(f"Chromium does not start: {exc}")
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def served_site(seeds_site):
    """The online build, served on 127.0.0.1 (a free port) for the whole session."""
    root = seeds_site[0].site_dir
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SiteHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site("http", root, f"http://127.0.0.1:{server.server_port}/")
    server.shutdown()
    thread.join()


@pytest.fixture(params=["http", "file"])
def site(request) -> Site:
    if request.param == "http":
        s = request.getfixturevalue("served_site")
    else:
        root = request.getfixturevalue("offline_site")[0].site_dir
        s = Site("file", root, root.resolve().as_uri() + "/")
    s.quotes = json.loads((s.root / "data" / "quotes.json").read_text(encoding="utf-8"))["quotes"]
    return s


class Watched:
    """A browser context that records what its pages ask for: `check()` fails on any request
    outside the site, any failed request or missing file, and any script error."""

    def __init__(self, browser, site: Site, expect_missing: str = ""):
        self.site = site
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.context.set_default_timeout(TIMEOUT_MS)
        self.outside: list[str] = []
        self.broken: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda r: None if site.inside(r.url) else self.outside.append(r.url))
        # A request the page cancels by navigating on (ERR_ABORTED) is not a broken link; a
        # missing file still fails here (ERR_FILE_NOT_FOUND) or below (status >= 400).
        self.context.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "")
                        else self.broken.append(f"{r.url} ({r.failure})"))
        self.context.on("response", lambda r: self.broken.append(f"{r.url} ({r.status})")
                        if r.status >= 400 and not (expect_missing and r.url.endswith(expect_missing)) else None)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def check(self) -> None:
        self.context.close()
        assert not self.outside, f"requests outside the site ({self.site.mode}): {self.outside}"
        assert not self.broken, f"failed requests ({self.site.mode}): {self.broken}"
        assert not self.errors, f"script errors ({self.site.mode}): {self.errors}"


@pytest.fixture
def page(browser, site):
    """A fresh page that may use the clipboard, checked by `Watched` after the test."""
    watched = Watched(browser, site)
    yield watched.page
    watched.check()


def a_quote(site: Site) -> dict:
    """A long quote with a speaker, found in one article only: its phrase leads to it."""
    count: dict[str, int] = {}
    for q in site.quotes:
        count[q["id"]] = count.get(q["id"], 0) + 1
    return next(q for q in site.quotes if q["speaker"] and count[q["id"]] == 1 and len(q["text"].split()) >= 12)


def words(text: str) -> str:
    return " ".join(text.split())


def search(page, phrase: str) -> float:
    """Enter a query in Material's search box, as a paste would; milliseconds until the first
    result is shown (measured in the page)."""
    box = page.locator("input.md-search__input")
    box.click()
    page.evaluate("() => { window.__typed = performance.now() }")
    page.keyboard.insert_text(phrase)
    box.press("End")  # Material reads the query on keyup
    return page.evaluate("""() => new Promise((resolve, reject) => {
        const shown = () => [...document.querySelectorAll('.md-search-result__item')]
            .some(el => el.getClientRects().length > 0);
        const deadline = performance.now() + 15000;
        (function poll() {
            if (shown()) return resolve(performance.now() - window.__typed);
            if (performance.now() > deadline) return reject(new Error('no search result shown'));
            requestAnimationFrame(poll);
        })();
    })""")


def test_search_lists_a_quote_and_opens_it(site, page, capsys):
    quote = a_quote(site)
    phrase = " ".join(re.findall(r"[\w’']+", quote["text"])[:8])
    page.goto(site.url("index.html"))
    cold = search(page, phrase)  # right after the page loaded: the index may still be loading
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for(state="detached")
    warm = search(page, phrase)
    report = f"[{site.mode}] search {phrase!r}: first result {cold:.0f} ms after the query (page just loaded), " \
             f"{warm:.0f} ms once the index is loaded"
    with capsys.disabled():
        print("\n" + report)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"search-time-{site.mode}.txt").write_text(report + "\n")
    hit = page.locator(f'a.md-search-result__link[href*="quotes/{quote["id"]}.html"]').first
    hit.wait_for()
    hit.click()
    page.wait_for_url(re.compile(rf"/quotes/{quote['id']}\.html"))
    assert words(quote["text"]) in words(page.locator("article blockquote").first.inner_text())


def test_quote_permalink_shows_the_quote_and_its_speaker(site, page):
    quote = a_quote(site)
    page.goto(site.url(quote["url"]))
    article = page.locator("article")
    assert words(quote["text"]) in words(article.locator("blockquote").first.inner_text())
    speaker = article.locator(f'a[href$="speakers/{quote["speaker"]["id"]}.html"]').first
    assert speaker.inner_text() == quote["speaker"]["name"]
    assert quote["speaker"]["name"] in page.locator("h1").inner_text()


def test_a_quote_page_has_materials_header_search_and_navigation(site, page):
    """A quote page takes the header, search box and navigation from assets/chrome.js: they
    are there, its links lead to the site's pages from the quote's folder, and search from
    the quote page finds another quotation."""
    quote = a_quote(site)
    page.goto(site.url(quote["url"]))
    assert page.locator("header.md-header").count() == 1 and page.locator(".md-sidebar--primary").count() == 1
    assert page.locator("body > input#__drawer + input#__search + label.md-overlay").count() == 1
    assert quote["speaker"]["name"] in page.locator("[data-md-component=header-topic]").inner_text()
    assert page.evaluate("__md_scope.href") == site.base
    nav = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Speakers").first
    assert nav.evaluate("a => a.href") == site.url("speakers/index.html")
    other = next(q for q in site.quotes if q["id"] != quote["id"] and len(q["text"].split()) >= 8)
    search(page, " ".join(re.findall(r"[\w’']+", other["text"])[:8]))
    hit = page.locator(f'a.md-search-result__link[href*="quotes/{other["id"]}.html"]').first
    hit.wait_for()
    hit.click()
    page.wait_for_url(re.compile(rf"/quotes/{other['id']}\.html"))
    page.locator(".md-sidebar--primary a.md-nav__link", has_text="Speakers").first.click()
    page.wait_for_url(site.url("speakers/index.html"))


def test_article_anchor_scrolls_to_and_highlights_the_quote(site, page):
    quote = a_quote(site)
    page.goto(site.url(quote["url"]))
    anchor = quote["context_url"].split("/")[-1]  # <article>.html#q-<id>
    page.locator(f'article a[href$="{anchor}"]').first.click()
    page.wait_for_url(re.compile(re.escape(anchor) + "$"))
    target = page.locator(f'mark.quote[id="q-{quote["id"]}"]')
    target.wait_for()
    state = page.evaluate("""(id) => {
        const el = document.getElementById(id);
        const other = [...document.querySelectorAll('mark.quote')].find(m => m !== el);
        const r = el.getBoundingClientRect();
        const look = m => { const s = getComputedStyle(m); return [s.backgroundColor, s.outlineStyle, s.outlineWidth] };
        return { target: el.matches(':target'), top: r.top, bottom: r.bottom, height: innerHeight,
                 header: document.querySelector('.md-header').getBoundingClientRect().bottom,
                 look: look(el), otherLook: other && look(other) };
    }""", f"q-{quote['id']}")
    assert state["target"]
    assert state["header"] <= state["top"] < state["height"], state  # below the sticky header, on screen
    assert state["otherLook"] is not None and state["look"] != state["otherLook"], state
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{site.mode}-article-target.png"))


def test_copy_link_puts_the_permalink_on_the_clipboard(site, page):
    quote = a_quote(site)
    page.goto(site.url(quote["url"]))
    button = page.locator("button.copy-link")
    button.click()
    page.wait_for_function("() => document.querySelector('button.copy-link').textContent === 'Link copied'")
    assert page.evaluate("() => navigator.clipboard.readText()") == site.url(quote["url"])


def test_copy_link_without_the_clipboard_api(site, page):
    """Where the page has no Clipboard API (plain http on another host), the old copy works."""
    quote = a_quote(site)
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true})")
    page.goto(site.url(quote["url"]))
    page.locator("button.copy-link").click()
    page.wait_for_function("() => document.querySelector('button.copy-link').textContent === 'Link copied'")
    assert page.evaluate("() => { delete navigator.clipboard; return navigator.clipboard.readText() }") \
        == site.url(quote["url"])


def test_cite_this_and_the_embed_hold_the_pages_absolute_address(site, page):
    """Built without SITE_URL, the Markdown holds "quotes/<id>.html": the page's script
    fills in the address it is viewed at, so what a journalist copies works elsewhere."""
    quote = a_quote(site)
    page.goto(site.url(quote["url"]))
    own = site.url(quote["url"])
    section = page.evaluate("""() => { const out = []; let el = document.getElementById('cite-this');
        for (el = el.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) out.push(el.innerText);
        return out.join('\\n'); }""")
    assert section.count(own) == 2, section  # the citation's address and the embed's link
    assert f" {quote['url']}" not in section and f'"{quote["url"]}"' not in section
    assert page.locator("h1").inner_text().startswith(section.split(": ")[0].strip()), "heading and citation disagree"


def test_404_page_search_box_opens_search(browser, served_site):
    """A missing address on the server gets 404.html (as on GitHub Pages); its box searches."""
    watched = Watched(browser, served_site, expect_missing="/speakers/vladimir-putn.html")
    page = watched.page
    response = page.goto(served_site.url("speakers/vladimir-putn.html"))
    assert response.status == 404
    assert "Page not found" in page.locator("h1").inner_text()
    assert page.locator("#not-found-q").input_value() == "vladimir putn"
    page.locator("form.not-found-search button").click()
    page.wait_for_url(re.compile(r"/index\.html\?q=vladimir"))
    page.locator(".md-search-result__item").first.wait_for()
    watched.check()


def test_screenshots(site, page):
    """Home, a speaker and a quote page, saved in test-artifacts/ for a person to look at."""
    quote = a_quote(site)
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in (("home", "index.html"), ("speaker", f"speakers/{quote['speaker']['id']}.html"),
                       ("quote", quote["url"])):
        page.goto(site.url(path))
        page.screenshot(path=str(ARTIFACTS / f"{site.mode}-{name}.png"), full_page=False)


def test_a_correction_on_its_page_and_on_the_corrections_page(browser, tmp_path):
    """The seeds built with two corrections, as an editor would make them from `generator
    review`: a speaker named, a scare quote marked. Screenshots in test-artifacts/."""
    from conftest import build
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text("quotes:\n"
                     "  4eb2d37e1a:\n    speaker: United States\n"
                     "    note: From the joint statement of the United States, South Korea and Japan.\n"
                     "  9f87605d78:\n    not_a_quote: true\n", encoding="utf-8")
    root = build(ROOT / "seeds", tmp_path / "out", corrections_file=fixes).site_dir
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SiteHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = Site("http", root, f"http://127.0.0.1:{server.server_port}/")
    watched = Watched(browser, site)
    page = watched.page
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        page.goto(site.url("quotes/4eb2d37e1a.html"))
        assert page.locator("h1").inner_text().startswith("United States")
        note = page.locator("article p.correction")
        assert note.is_visible() and "Attributed to United States (was: no speaker)" in note.inner_text()
        assert note.evaluate("el => getComputedStyle(el).borderLeftStyle") == "solid"
        page.screenshot(path=str(ARTIFACTS / "corrected-quote.png"), full_page=True)
        page.locator("nav a", has_text="Corrections").first.click()
        page.wait_for_url(re.compile(r"/corrections\.html$"))
        rows = page.locator("article table tbody tr")
        assert rows.count() == 2
        page.screenshot(path=str(ARTIFACTS / "corrections-page.png"), full_page=True)
        rows.filter(has_text="flagrant violation").locator("a").click()
        page.wait_for_url(re.compile(r"/quotes/9f87605d78\.html$"))
        assert page.locator("h1").inner_text().startswith("Not a quotation")
        watched.check()
    finally:
        server.shutdown()
