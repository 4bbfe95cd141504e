"""The search index: what is indexed (README "What search indexes"), and its split into
the shards and document files that assets/search/worker.js loads (search_index.py).
The browser tests (test_browser.py) search the built site with that worker."""
from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import search_docs
from generator.site.search_index import STOP_WORDS, fold_words, plain, shard_name


def shard(site: Path, prefix: str) -> dict[str, list[int]]:
    path = site / "search" / "shards" / f"{shard_name(prefix)}.js"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8").split(",", 1)[1].rstrip().removesuffix(")"))


def test_pages_are_indexed_once_without_their_long_sections(seeds_site):
    docs = search_docs(seeds_site[0].site_dir)
    sections = [row[0] for row in docs if "#" in row[0]]
    assert sections and all(s.startswith("index.html#") for s in sections), sections  # only the home page's
    for kind in ("quotes", "speakers", "articles"):
        pages = {p.relative_to(seeds_site[0].site_dir).as_posix()
                 for p in (seeds_site[0].site_dir / kind).glob("*.html") if p.stem not in ("index", "by-date", "outlets", "unattributed")}
        assert {row[0] for row in docs if row[0].startswith(f"{kind}/")} == pages


def test_every_word_of_a_quote_leads_to_its_page(seeds_site):
    site = seeds_site[0].site_dir
    docs = search_docs(site)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == [] and index["config"]["shards"]["docs"] == len(docs)
    quote = next(i for i, row in enumerate(docs) if row[0].startswith("quotes/"))
    words = set(fold_words(plain(docs[quote][1] + " " + docs[quote][2])))
    assert words & STOP_WORDS  # (quotes have some, and those are left out)
    for word in words - STOP_WORDS:
        entries = shard(site, word[:2])[word]
        assert quote * 2 in entries or quote * 2 + 1 in entries, word
    assert not any(word in shard(site, word[:2]) for word in words & STOP_WORDS)
    assert docs[quote][4] == quote  # a page is its own page document


def test_fold_words():
    assert fold_words("Élysée «RÉFORME», naïve 2,000-year Zürich_x") == ["elysee", "reforme", "naive", "2", "000",
                                                                        "year", "zurich", "x"]


def test_split_files_are_inert_scripts(tmp_path):
    """Text from articles ends up in these scripts: it cannot close the script or run."""
    from generator.site.search_index import split_index
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    hostile = "</script><script>alert(1)</script>\u2028"
    (site / "search" / "search_index.json").write_text(json.dumps(
        {"config": {"lang": ["en"]}, "docs": [{"location": "quotes/x.html", "title": hostile, "text": hostile}]}))
    split_index(site)
    for path in (site / "search").rglob("*.js"):
        text = path.read_text(encoding="utf-8")
        assert "</script" not in text.lower() and "\u2028" not in text
        assert re.fullmatch(r"__search(Shard|Docs)\((\"[^\"]*\"|\d+),.*\)\n", text, re.S)


def test_pages_use_the_split_index_worker(seeds_site):
    """overrides/main.html points Material's search at assets/search/worker.js: should a new
    Material name its worker otherwise, its own would get an empty index."""
    site = seeds_site[0].site_dir
    # A page of the nav holds Material's config; the others take it from assets/chrome.js.
    shared = re.search(r"var config = (\{.*?\});\n", (site / "assets" / "chrome.js").read_text(encoding="utf-8"))
    assert "assets/search/worker.js?" in json.loads(shared.group(1))["search"]
    for page in (site / "index.html", next((site / "quotes").glob("*.html")), site / "404.html"):
        text = page.read_text(encoding="utf-8")
        config = re.search(r'<script id="?__config"? type="?application/json"?>(.*?)</script>', text, re.S)
        if config is None:
            assert re.search(r'<script src="?(\.\./)*assets/chrome\.js"?>', text), page
            continue
        assert "assets/search/worker.js?" in json.loads(config.group(1))["search"], page
    assert (site / "assets" / "search" / "worker.js").is_file()


def test_split_is_the_same_in_every_process(tmp_path):
    """Word order must not depend on Python's per-process string hashing: the files of two
    builds of one site are byte for byte the same (and kept as they were, hard-linked)."""
    import subprocess
    import sys
    index = {"config": {"lang": ["en"]}, "docs": [
        {"location": f"quotes/{i}.html", "title": f"Bravado bravo brave{i} braid brash brat {i}",
         "text": "<p>foxtrot golf hotel india juliet kilo lima mike</p>"} for i in range(30)]}
    outputs = []
    for seed in ("1", "2"):
        site = tmp_path / seed
        (site / "search").mkdir(parents=True)
        (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                        "from generator.site.search_index import split_index; split_index(Path(sys.argv[1]))", str(site)],
                       check=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        outputs.append({p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()})
    assert outputs[0] == outputs[1]
