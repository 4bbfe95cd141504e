"""An incremental build hands MkDocs only the files it writes or reads (site/subset.py):
what MkDocs would have checked of the others is checked from the last build's record.
Each test builds a small site in full, changes it, and builds it again incrementally;
a link that a full build would reject fails the incremental one too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.site import mkdocs, subset

CONFIG = """site_name: Subset
site_url: https://example.org/sub/
use_directory_urls: false
strict: true
theme:
  name: material
plugins:
  - search
markdown_extensions:
  - attr_list
  - toc
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
nav:
  - Home: index.md
not_in_nav: |
  /p/*.md
"""


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def builds(tmp_path: Path, first: dict[str, str], second: dict[str, str], monkeypatch) -> list[str]:
    """A full build of `first`, then an incremental one of `second` (the pages that differ
    changed); returns what MkDocs was given in the second (src paths)."""
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    docs1, docs2, site1, site2 = (tmp_path / name for name in ("docs1", "docs2", "site1", "site2"))
    write(docs1, first)
    write(docs2, second)
    pages = mkdocs.build_html(mkdocs.load_mkdocs_config(config, docs1, site1), "setup", None, set(first), site1)
    given: list[str] = []
    some_files = subset.some_files

    def noted(config, every, shown):
        given.extend(sorted(shown))
        return some_files(config, every, shown)
    monkeypatch.setattr(subset, "some_files", noted)
    changed = {rel for rel, text in second.items() if first.get(rel) != text}
    again = mkdocs.build_html(mkdocs.load_mkdocs_config(config, docs2, site2), "setup", pages.record, changed, site1)
    assert again.incremental
    return given


BASE = {"index.md": "# Home\n", "p/a.md": "# A\n\nSee [there](b.md#here).\n",
        "p/b.md": "# B\n\n## Here\n\nText.\n", "p/c.md": "# C\n\nPlain.\n"}


def test_only_the_changed_pages_and_the_nav_are_given_and_links_to_the_others_resolve(tmp_path, monkeypatch):
    second = {**BASE, "p/c.md": "# C\n\nNow linking [a](a.md) and [b](b.md#here).\n"}
    given = builds(tmp_path, BASE, second, monkeypatch)
    assert given == ["index.md", "p/c.md"]
    html = (tmp_path / "site2" / "p" / "c.html").read_text(encoding="utf-8")
    assert re.search(r'href="?a\.html[ ">]', html) and re.search(r'href="?b\.html#here[ ">]', html)  # (minified)
    sitemap = (tmp_path / "site2" / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap == (tmp_path / "site1" / "sitemap.xml").read_text(encoding="utf-8")  # every page, as before


def test_an_unchanged_page_linking_to_an_anchor_a_rendered_page_lost_fails(tmp_path, monkeypatch):
    with pytest.raises(BuildError, match="does not contain an anchor '#here'"):
        builds(tmp_path, BASE, {**BASE, "p/b.md": "# B\n\n## Elsewhere\n\nText.\n"}, monkeypatch)


def test_a_rendered_page_linking_to_an_anchor_an_unchanged_page_lacks_fails(tmp_path, monkeypatch):
    with pytest.raises(BuildError, match="does not contain an anchor '#nowhere'"):
        builds(tmp_path, BASE, {**BASE, "p/c.md": "# C\n\n[b](b.md#nowhere)\n"}, monkeypatch)


def test_an_unchanged_page_linking_to_a_page_gone_fails(tmp_path, monkeypatch):
    second = {k: v for k, v in BASE.items() if k != "p/b.md"}
    with pytest.raises(BuildError, match="not in the site any more"):
        builds(tmp_path, BASE, second, monkeypatch)


def test_a_rendered_page_linking_to_a_page_not_there_fails(tmp_path, monkeypatch):
    with pytest.raises(BuildError, match="not found among documentation files"):
        builds(tmp_path, BASE, {**BASE, "p/c.md": "# C\n\n[x](x.md)\n"}, monkeypatch)
