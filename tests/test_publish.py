"""Publishing: the offline build, the sitemap, the 404 page, the favicon, the Pages workflow."""
from __future__ import annotations

import json
import re
import zipfile

import pytest
import yaml

from conftest import CONFIG, OFFLINE_CONFIG, ROOT, SEEDS, build, parse_html, parse_html_text

REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def test_offline_site_inlines_the_search_index_and_loads_the_local_shim(offline_site):
    result, out = offline_site
    site = result.site_dir
    assert (site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    shim = site / "assets" / "vendor" / "iframe-worker" / "shim.js"
    assert shim.is_file() and (shim.parent / "LICENSE").is_file()
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html" and page.parent == site:
            continue  # served at any path: root-absolute links
        scripts = [e.attrs["src"] for e in parse_html(page).find("script") if e.attrs.get("src")]
        assert any(s.endswith("assets/vendor/iframe-worker/shim.js") for s in scripts), page
        assert (page.parent / next(s for s in scripts if "iframe-worker" in s)).resolve() == shim.resolve()


def test_offline_site_loads_nothing_from_another_host(offline_site):
    """Static check (the browser tests record the real requests): no script, style,
    image or font from elsewhere, and no CDN address left in the scripts."""
    site = offline_site[0].site_dir
    for page in sorted(site.rglob("*.html")):
        for el in parse_html(page).elements:
            url = el.attrs.get("src") or (el.attrs.get("href") if el.tag == "link" else None)
            if url and el.tag in ("script", "link", "img", "iframe", "source"):
                assert not REMOTE.match(url), f"{page.relative_to(site)}: <{el.tag}> {url}"
    assert "unpkg.com" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_offline_zip_holds_the_site(offline_site):
    result, out = offline_site
    with zipfile.ZipFile(out / "site-offline.zip") as zf:
        names = set(zf.namelist())
    files = {f"who-said-what/{p.relative_to(result.site_dir).as_posix()}"
             for p in result.site_dir.rglob("*") if p.is_file()}
    assert names == files and "who-said-what/index.html" in names


def test_offline_config_keeps_the_online_plugins():
    """INHERIT replaces lists: a plugin added to mkdocs.yml must be added to the offline config too."""
    def plugins(path):
        names = []
        for p in yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader).get("plugins", []):
            names.append(p if isinstance(p, str) else next(iter(p)))
        return names
    assert set(plugins(CONFIG)) <= set(plugins(OFFLINE_CONFIG))
    assert "offline" in plugins(OFFLINE_CONFIG)


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)


def test_offline_build_refuses_a_config_without_the_offline_plugin(tmp_path):
    from generator.cli import main
    code = main(["build", "--offline", "--seeds", str(SEEDS), "--out", str(tmp_path), "--config", str(CONFIG)])
    assert code == 1
    assert not (tmp_path / "site").exists()


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    """The seeds built as for GitHub Pages under a project path (SITE_URL set)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITE_URL", "https://example.github.io/who-said-what/")
        return build(SEEDS, tmp_path_factory.mktemp("pages-site"))


def _sitemap(site):
    import gzip
    import xml.etree.ElementTree as ET
    text = (site / "sitemap.xml").read_bytes()
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == text
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [loc.text for loc in ET.fromstring(text).findall("s:url/s:loc", ns)]


def test_sitemap_lists_every_page_under_site_url(pages_site):
    site = pages_site.site_dir
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
    locs = _sitemap(site)
    assert len(locs) == len(set(locs))
    assert {loc.removeprefix("https://example.github.io/who-said-what/") for loc in locs} == pages
    assert all(loc.startswith("https://example.github.io/who-said-what/") for loc in locs)


def test_sitemap_without_site_url_is_valid_and_empty(seeds_site):
    """A sitemap holds absolute addresses only: with no SITE_URL there are none to give."""
    assert _sitemap(seeds_site[0].site_dir) == []


def test_404_page_offers_search_and_the_home_page(seeds_site, pages_site):
    for result, home in ((seeds_site[0], "/index.html"), (pages_site, "/who-said-what/index.html")):
        page = parse_html(result.site_dir / "404.html")
        form = next(f for f in page.find("form") if "not-found-search" in f.attrs.get("class", ""))
        assert form.attrs["action"] == home  # root-absolute: 404.html is served at any depth
        assert any(e.attrs.get("name") == "q" for e in page.find("input"))  # Material opens search on ?q=
        assert any(a.attrs.get("href") == home and "home page" in a.text for a in page.find("a"))
        assert "Page not found" in page.find("h1")[0].text


def test_every_page_has_our_favicon_and_logo(seeds_site):
    site = seeds_site[0].site_dir
    icon = site / "assets" / "favicon.svg"
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")
    for page in [site / "index.html", *sorted(site.glob("quotes/*.html"))[:3]]:
        parsed = parse_html(page)
        links = [e.attrs["href"] for e in parsed.find("link") if e.attrs.get("rel") == "icon"]
        assert [(page.parent / h).resolve() for h in links] == [icon.resolve()], page
        if any(e.attrs.get("src", "").endswith("assets/chrome.js") for e in parsed.find("script")):
            continue  # the header comes from assets/chrome.js: its logo is checked below
        assert any((page.parent / e.attrs["src"]).resolve() == icon.resolve() for e in parsed.find("img")), page
    # The header and navigation that assets/chrome.js inserts (JSON strings in the script),
    # their links written from assets/: the logo in both.
    chrome = (site / "assets" / "chrome.js").read_text(encoding="utf-8")
    fragments = [json.loads(m) for m in re.findall(r'"\\u003c(?:[^"\\]|\\.)*"', chrome)]
    logos = [e.attrs["src"] for f in fragments for e in parse_html_text(f).find("img")]
    assert len(logos) >= 2 and all((site / "assets" / src).resolve() == icon.resolve() for src in logos)
