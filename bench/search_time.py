"""How long Material's search takes to show its first result, in headless Chromium.

    python bench/search_time.py SITE_DIR [--phrase WORDS] [--runs 3]

Opens SITE_DIR/index.html from a local server (http) and from disk (file://), clicks
the search box, types a phrase the way a paste would, and prints the milliseconds from
the click to the first result on screen: right after the page loaded (the index may
still be loading: what a reader meets first) and again once the index is in. The phrase defaults to the first
eight words of a quotation from the site's data/quotes.json.

From disk, the site must be an offline build (`generator build --offline`). Given an
online build, the file:// run uses a copy of the two things the offline build adds to
the page (Material's `offline` plugin): the iframe-worker shim in index.html and the
index inlined as search/search_index.js; the other files are linked from SITE_DIR.
Needs Playwright and Chromium as the browser tests do (tests/test_browser.py).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHIM = "assets/vendor/iframe-worker/shim.js"

# From the query typed to the first result shown, measured in the page (tests/test_browser.py).
_FIRST_RESULT_JS = """() => new Promise((resolve, reject) => {
    const shown = () => [...document.querySelectorAll('.md-search-result__item')]
        .some(el => el.getClientRects().length > 0);
    const deadline = performance.now() + 60000;
    (function poll() {
        if (shown()) return resolve(performance.now() - window.__typed);
        if (performance.now() > deadline) return reject(new Error('no search result shown'));
        requestAnimationFrame(poll);
    })();
})"""


def a_phrase(site: Path) -> str:
    """The first eight words of the longest-worded quote with a speaker: it finds its page."""
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))["quotes"]
    quote = next(q for q in quotes if q["speaker"] and len(q["text"].split()) >= 12)
    return " ".join(re.findall(r"[\w’']+", quote["text"])[:8])


def offline_view(site: Path, work: Path) -> Path:
    """SITE_DIR as the offline build would make it for its home page (see the docstring)."""
    if (site / "search" / "search_index.js").is_file():
        return site
    view = work / "offline"
    for path in site.rglob("*"):
        if path.is_file() and path.relative_to(site).as_posix() != "index.html":
            dest = view / path.relative_to(site)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, dest)
            except OSError:
                shutil.copy(path, dest)
    html = (site / "index.html").read_text(encoding="utf-8")
    # where the offline build puts its polyfills: after Material's style sheet, in <head>
    # (the page is minified: attributes in any order, quoted or not)
    html = re.sub(r'(<link\b[^>]*\bhref="?assets/stylesheets/main\.[^">\s]*"?[^>]*>)',
                  lambda m: f'{m.group(1)}\n        <script src="{SHIM}"></script>', html, count=1)
    (view / "index.html").write_text(html, encoding="utf-8")
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    (view / "search" / "search_index.js").write_text(f"var __index = {index}", encoding="utf-8")
    return view


def first_result_ms(browser, url: str, phrase: str) -> tuple[float, float]:
    """(ms right after the page loaded, ms once the index is loaded) for one fresh page."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(url)
        times = []
        for _ in range(2):
            box = page.locator("input.md-search__input")
            # from the click that opens search: from file:// the index is loaded only then
            page.evaluate("() => { window.__typed = performance.now() }")
            box.click()
            box.fill("")
            page.keyboard.insert_text(phrase)
            box.press("End")  # Material reads the query on keyup
            times.append(page.evaluate(_FIRST_RESULT_JS))
            box.fill("")
            box.press("End")
            page.locator(".md-search-result__item").first.wait_for(state="detached")
        return times[0], times[1]
    finally:
        context.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        pass


def measure(site: Path, phrase: str | None = None, runs: int = 3) -> dict:
    """Median milliseconds to the first result: {"file": (cold, warm), "http": (cold, warm)}."""
    from playwright.sync_api import sync_playwright

    phrase = phrase or a_phrase(site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    results = {}
    try:
        with tempfile.TemporaryDirectory(prefix="search-time-") as work, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            urls = {"file": offline_view(site, Path(work)).resolve().as_uri() + "/index.html",
                    "http": f"http://127.0.0.1:{server.server_port}/index.html"}
            for mode, url in urls.items():
                runs_ms = [first_result_ms(browser, url, phrase) for _ in range(runs)]
                results[mode] = (statistics.median(r[0] for r in runs_ms), statistics.median(r[1] for r in runs_ms))
            browser.close()
    finally:
        server.shutdown()
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--phrase")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    phrase = args.phrase or a_phrase(args.site)
    index_mb = sum(p.stat().st_size for p in (args.site / "search").rglob("*") if p.is_file()) / 1e6
    for mode, (cold, warm) in measure(args.site, phrase, args.runs).items():
        print(f"{mode}: first result {cold:.0f} ms after opening search on a page just loaded, {warm:.0f} ms "
              f"once the index is in (median of {args.runs}; index {index_mb:.2f} MB; {phrase!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
