"""Lean pages (generator/lean.py): minified, a table of contents only where a page has
something to navigate, and the one-line warning when the site outgrows what hosts take."""
from __future__ import annotations

import html.parser
import re

from conftest import SEEDS, parse_html, parse_html_text

from generator.site import lean


def _quote_page(path) -> bool:
    """A quote's own page (quotes/<id>.html), not a listing."""
    return path.parent.name == "quotes" and re.fullmatch(r"[0-9a-f]{10}", path.stem) is not None


def _toc_sidebar(page) -> bool:
    return any(e.attrs.get("data-md-type") == "toc" for e in page.find("div"))


def test_pages_are_minified_and_keep_their_head(seeds_site):
    _, out = seeds_site
    for path in (out / "site" / "quotes").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "\n " not in text and "\n\n" not in text, f"{path.name} is not minified"
        page = parse_html(path)
        props = {e.attrs.get("property") for e in page.find("meta")}
        if _quote_page(path):
            assert {"og:title", "og:description", "og:type"} <= props, path.name


def test_toc_only_where_there_is_something_to_navigate(seeds_site):
    _, out = seeds_site
    site = out / "site"
    shown = {p: _toc_sidebar(parse_html(p)) for p in site.rglob("*.html")}
    assert any(shown.values()) and not all(shown.values())
    assert not any(v for p, v in shown.items() if _quote_page(p)), "a one-quote page shows a TOC"
    for path, has_toc in shown.items():
        if not has_toc:
            continue
        page = parse_html(path)
        toc_links = [e.attrs["href"] for e in page.find("a")
                     if "md-nav__link" in e.attrs.get("class", "") and e.attrs.get("href", "").startswith("#")]
        assert len(toc_links) >= lean.TOC_SECTIONS, path
        assert {h[1:] for h in toc_links} <= page.ids(), f"{path}: a TOC entry points nowhere"


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_a_title_made_of_markup_stays_text():
    page = ("<!doctype html><html><head><title>&lt;img src=x onerror=alert(1)&gt; &amp; "
            "&lt;/title&gt;</title></head><body><p>x</p></body></html>")
    parser = _Tags()
    parser.feed(lean.minify(page))
    assert "img" not in parser.tags
    assert parser.tags.count("title") == 1


def test_site_limits_warns_in_one_line(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    for name in ("a/1.html", "a/2.html", "3.html"):
        (tmp_path / name).write_bytes(b"x" * 100)
    assert lean.site_limits(tmp_path) is None
    monkeypatch.setattr(lean, "SITE_FILES_LIMIT", 2)
    monkeypatch.setattr(lean, "SITE_BYTES_LIMIT", 250)
    warning = lean.site_limits(tmp_path)
    assert "\n" not in warning and "3 files" in warning and "GB" in warning


def test_the_build_prints_the_warning(tmp_path, monkeypatch, capsys):
    from generator.cli import main
    monkeypatch.setattr(lean, "SITE_FILES_LIMIT", 10)
    assert main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: the site is")]
    assert len(warnings) == 1 and "files" in warnings[0]


def test_every_icon_left_empty_is_drawn_by_the_stylesheet(seeds_site):
    """Material's icons are empty <svg class=icon-NAME> in the pages (overrides/.icons/):
    each needs its shape in site.css, or the header shows a blank button."""
    _, out = seeds_site
    site = out / "site"
    css = (site / "assets" / "site.css").read_text(encoding="utf-8")
    used = set()
    for path in site.rglob("*.html"):
        for svg in parse_html(path).find("svg"):
            if svg.attrs.get("class", "").startswith("icon-"):
                used.add(svg.attrs["class"])
    assert used >= {"icon-menu", "icon-magnify", "icon-close"}
    for name in used:
        assert re.search(rf"\.{re.escape(name)}\{{--icon:url\(\"data:image/svg\+xml", css), name


# What a quote page may spend on anything but its own words (bytes outside <article>, less
# its title and meta values): 1,137 on the seeds with the chrome in assets/chrome.js,
# against about 5,700 when every page carried Material's header, search box, navigation,
# #__config, head script, toggles and dialog (issue 28).
QUOTE_CHROME_BUDGET = 1_400


class _Chrome(html.parser.HTMLParser):
    """Where a page's <article> starts and ends, and how much of the rest is the page's own
    text (title, meta values, the skip link's target)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        for line in text.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.depth = 0
        self.start = self.end = None
        self.own = 0
        self.in_title = False

    def _here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            if self.depth == 0:
                self.start = self._here()
            self.depth += 1
        elif tag == "meta" and self.start is None:
            self.own += len(a.get("content") or "")
        elif tag == "title":
            self.in_title = True
        elif tag == "a" and a.get("class") == "md-skip":
            self.own += len(a.get("href") or "")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
            if self.depth == 0:
                self.end = self._here() + len("</article>")
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.own += len(data)


def chrome_chars(text: str) -> int:
    parser = _Chrome(text)
    parser.feed(text)
    parser.close()
    assert parser.start is not None and parser.end is not None
    return len(text) - (parser.end - parser.start) - parser.own


def test_a_quote_page_is_its_quote_not_the_chrome(seeds_site):
    """Fails when a quote page grows back: the chrome (everything but the quote's own words)
    of every quote page stays under the budget."""
    _, out = seeds_site
    sizes = {p.name: chrome_chars(p.read_text(encoding="utf-8"))
             for p in (out / "site" / "quotes").glob("*.html") if _quote_page(p)}
    assert sizes
    over = {name: n for name, n in sizes.items() if n > QUOTE_CHROME_BUDGET}
    assert not over, f"quote pages over the chrome budget of {QUOTE_CHROME_BUDGET}: {over}"


def _shared_fragments(site) -> list[str]:
    """The HTML that assets/chrome.js inserts (its JSON string literals)."""
    import json
    script = (site / "assets" / "chrome.js").read_text(encoding="utf-8")
    return [json.loads(m) for m in re.findall(r'= fragment\(("(?:[^"\\]|\\.)*")\)|var nav = ("(?:[^"\\]|\\.)*");', script)
            for m in m if m]


def test_pages_off_the_nav_take_the_chrome_from_one_file(seeds_site):
    _, out = seeds_site
    site = out / "site"
    quote = next(p for p in (site / "quotes").glob("*.html") if _quote_page(p))
    page = parse_html(quote)
    assert not page.find("header") and "md-search" not in quote.read_text()
    assert not {"__config", "__drawer", "__search"} & page.ids()
    assert [e.attrs["src"] for e in page.find("script") if "src" in e.attrs][0] == "../assets/chrome.js"
    home = parse_html(site / "index.html")  # a page of the nav: Material's own chrome, the page marked in it
    assert home.find("header") and "__config" in home.ids()

    header, nav = _shared_fragments(site)
    assert "md-search__input" in header and "md-header" in header
    # The inserted links are written from assets/ ("../"), rebased to the page by the script:
    # each must lead to a file of the site, and every page of the nav must be there.
    links = set()
    for fragment in (header, nav):
        parsed = parse_html_text(fragment)
        for url in [e.attrs[a] for e in parsed.elements for a in ("href", "src") if a in e.attrs]:
            assert url.startswith("../"), url
            assert (site / "assets" / url).resolve().is_file(), url
            links.add(url)
    assert {f"../{p.relative_to(site).as_posix()}" for p in
            (site / "index.html", site / "articles" / "index.html", site / "speakers" / "index.html")} <= links
