"""Lean pages (generator/lean.py): minified, a table of contents only where a page has
something to navigate, and the one-line warning when the site outgrows what hosts take."""
from __future__ import annotations

import html.parser
import re

from conftest import SEEDS, parse_html

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
