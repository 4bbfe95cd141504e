"""Publishing: the offline build, the sitemap, the 404 page, the favicon, the Pages workflow."""
from __future__ import annotations

import re
import zipfile

import pytest
import yaml

from conftest import CONFIG, OFFLINE_CONFIG, ROOT, SEEDS, build, parse_html

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
