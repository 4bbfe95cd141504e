"""A synthetic corpus end to end: pages and export agree, the known answer is recovered,
the incremental build reuses what did not change, and --jobs gives the same output.
No timings here: speed is only printed by `python3 dev.py bench`."""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

N = 30


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    base = tmp_path_factory.mktemp("synthetic")
    truth = synth.write_corpus(base / "articles", N, seed=3)
    result = build(base / "articles", base / "out")
    return base, truth, result


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _export(out: Path) -> dict:
    return json.loads((out / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))


def test_synthesiser_is_deterministic(tmp_path):
    synth.write_corpus(tmp_path / "a", 8, seed=5)
    synth.write_corpus(tmp_path / "b", 8, seed=5)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 9  # 8 articles + truth.json
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_pages_and_export_agree(synthetic):
    base, _, result = synthetic
    site, data = base / "out" / "site", _export(base / "out")
    c = result.corpus
    assert len(c.articles) == len(data["articles"]) == N
    quotations = [q for q in data["quotes"] if not q["phrase"]]  # short phrases are rows without a page
    phrases = [q for q in data["quotes"] if q["phrase"]] + data["terms"]
    assert len(quotations) == len(c.quotes) and len(phrases) == sum(len(p) for p in c.phrases.values())
    assert len(data["speakers"]) == len(c.speakers)
    for q in quotations:
        assert (site / q["url"]).is_file(), q["url"]
        assert (site / q["context_url"].split("#")[0]).is_file()
    assert all(q["url"] is None and (site / q["context_url"].split("#")[0]).is_file() for q in phrases)
    for sp in data["speakers"]:
        assert (site / sp["url"]).is_file(), sp["url"]
    for art in data["articles"]:
        assert (site / art["page"]).is_file(), art["page"]
    assert sum(a["quotes"] for a in data["articles"]) == len(quotations)


def test_ground_truth_is_recovered(synthetic):
    base, truth, _ = synthetic
    r = synth.score(truth, _export(base / "out"))
    print(f"{r['truth']} synthesised quotes: {r['found']:.1%} found, {r['right']:.1%} with the right speaker")
    assert r["truth"] > 5 * N
    assert r["found"] >= 0.95
    assert r["right"] >= 0.90


def _mtimes(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.stat().st_ino)
            for p in root.rglob("*") if p.is_file()}


def test_incremental_build(tmp_path):
    seeds = tmp_path / "articles"
    synth.write_corpus(seeds, 12, seed=4)
    out = tmp_path / "out"
    first = build(seeds, out)
    assert first.extracted == 12 and not first.up_to_date
    src_before, site_before = _mtimes(out / "site_src"), _mtimes(out / "site")
    export_before = (out / "site" / "data" / "quotes.json").read_bytes()

    again = build(seeds, out)  # nothing changed: nothing done
    assert again.up_to_date and again.corpus is None
    assert _mtimes(out / "site_src") == src_before and _mtimes(out / "site") == site_before

    (out / ".cache" / "manifest.json").unlink()  # force a build: everything comes from the cache
    rebuilt = build(seeds, out)
    assert rebuilt.extracted == 0 and not rebuilt.up_to_date
    assert _mtimes(out / "site_src") == src_before
    assert (out / "site" / "data" / "quotes.json").read_bytes() == export_before

    victim = sorted(seeds.glob("*.txt"))[5]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\u201cA brand new sentence for the test,\u201d "
                      "Odalys Venn said.\n", encoding="utf-8")
    changed = build(seeds, out)
    assert changed.extracted == 1
    after = _mtimes(out / "site_src")
    page = changed.corpus.article_pages[victim.stem]
    assert after[page] != src_before[page]
    # the pages the new quote and speaker do not touch are left as they were
    touched = {q.page for q in changed.corpus.quotes_by_article[victim.stem]} | {page}
    untouched = [p for p in src_before if p.startswith(("articles/a", "quotes/")) and p not in touched
                 and not p.endswith(("index.md", "by-date.md"))]
    assert untouched and all(after[p] == src_before[p] for p in untouched)
    assert any(q.text.startswith("A brand new sentence") for q in changed.corpus.quotes)


def test_failed_build_writes_no_cache(tmp_path):
    seeds = tmp_path / "articles"
    synth.write_corpus(seeds, 3, seed=6)
    out = tmp_path / "out"
    bad_config = tmp_path / "mkdocs.yml"
    bad_config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8") + "\nnot_a_mkdocs_option: 1\n",
                          encoding="utf-8")
    from generator.publish import BuildError, BuildOptions, build_site
    with pytest.raises(BuildError):
        build_site(BuildOptions(seeds, out, bad_config))
    state = sorted(p.name for p in (out / ".cache").iterdir()) if (out / ".cache").exists() else []
    assert state in ([], ["build.lock"]) and not (out / "site").exists()  # the lock, and nothing cached


def test_jobs_default_to_the_cpus_the_process_may_use(monkeypatch):
    from generator import cli
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    for verb in (["build"], ["extract", "x", "-o", "-"], ["serve"], ["review"]):
        assert cli.parser().parse_args(verb).jobs == 3, verb
    assert cli.parser().parse_args(["build", "--jobs", "1"]).jobs == 1


def test_jobs_give_the_same_output(synthetic, tmp_path, monkeypatch):
    """Two processes share extraction, analysis, the pages (forked writers) and the end of
    the build: the same files."""
    base, _, _ = synthetic
    from generator.publish import BuildOptions, build_site, parallel
    monkeypatch.setattr(parallel, "can_fork", lambda: True)  # the browser tests' threads hold none of our locks
    build_site(BuildOptions(base / "articles", tmp_path / "out", ROOT / "mkdocs.yml", jobs=2))
    one, two = tree(base / "out" / "site_src"), tree(tmp_path / "out" / "site_src")
    assert len(two) > 50 and sorted(one) == sorted(two)
    assert [path for path in one if one[path] != two[path]] == []
    for name in ("quotes.json", "speakers.json", "articles.json", "quotes.csv", "quotes.db"):
        assert (tmp_path / "out" / "site" / "data" / name).read_bytes() == \
            (base / "out" / "site" / "data" / name).read_bytes()
    search = tree(tmp_path / "out" / "site" / "search")  # split on another process
    assert len(search) > 10 and search == tree(base / "out" / "site" / "search")
    assert (tmp_path / "out" / "permalinks.json").read_bytes() == (base / "out" / "permalinks.json").read_bytes()


def test_forked_writers_refuse_two_files_for_one_path(tmp_path, monkeypatch):
    """Each writer sees only its share, so a path made twice is caught across shares too."""
    from generator.publish import BuildError, parallel, pipeline

    def site_files(corpus, gone, site_url, part=(0, 1), *state):
        yield "same.md", f"part {part[0]}"
    monkeypatch.setattr(pipeline, "site_files", site_files)
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    with pytest.raises(BuildError, match="two files for one path: same.md"):
        pipeline.write_site(None, [], "", root=tmp_path, previous=None, jobs=2)


def test_a_build_that_lets_the_corpus_go_makes_the_same_site(synthetic, tmp_path):
    """The command line's build drops the corpus before MkDocs: same files, same counts,
    and the extraction cache it wrote serves the next build."""
    base, _, kept = synthetic
    from generator.publish import BuildOptions, build_site
    out = tmp_path / "out"
    result = build_site(BuildOptions(base / "articles", out, ROOT / "mkdocs.yml", keep_corpus=False))
    assert result.corpus is None and result.summary == kept.summary
    assert result.summary.quotes == len(kept.corpus.quotes) and result.summary.articles == len(kept.corpus.articles)
    assert tree(out / "site_src") == tree(base / "out" / "site_src")
    assert (out / ".cache" / "state.db").is_file() and not list(out.glob(".build-*"))
    victim = sorted((base / "articles").glob("*.txt"))[0]
    (tmp_path / "articles").mkdir()
    for f in (base / "articles").glob("*.txt"):
        (tmp_path / "articles" / f.name).write_bytes(f.read_bytes() + (b"\nA closing line.\n" if f == victim else b""))
    again = build_site(BuildOptions(tmp_path / "articles", out, ROOT / "mkdocs.yml", keep_corpus=False))
    assert again.extracted == 1  # the others came from the cache


def test_extract_command_with_jobs(synthetic, tmp_path):
    import subprocess
    base, _, _ = synthetic
    outs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"q{jobs}.json"
        proc = subprocess.run([sys.executable, "-m", "generator", "extract", str(base / "articles"), "-o", str(target),
                               "--jobs", jobs], cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append(target.read_bytes())
    assert outs[0] == outs[1]


def _bad_and_good_files(folder: Path) -> Path:
    folder.mkdir()
    story = "\u201cWe will rebuild the harbour bridge before the winter storms,\u201d said Mara Quint, the mayor.\n"
    (folder / "a.txt").write_text("Bridge plan\n\n" + story, encoding="utf-8")
    (folder / "b.txt").write_text("Bridge plan\n\n" + story, encoding="utf-8")  # same text as a.txt
    (folder / "c.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (folder / "d.txt").write_text("", encoding="utf-8")
    (folder / "e.txt").write_text("Harbour news\n\n\u201cWe will rebuild the harbour bridge before the "
                                  "winter storm,\u201d Mara Quint told the council.\n", encoding="utf-8")
    return folder


def test_jobs_read_bad_files_as_one_process_does(tmp_path):
    """New files are parsed on the extraction processes: the same articles, extractions
    and problems (bad, empty, duplicate files), in the same order, as on one process."""
    from generator.publish import corpus, state
    seeds = _bad_and_good_files(tmp_path / "seeds")
    inputs = state.read_inputs(seeds, ROOT / "mkdocs.yml", False)
    one, two = (corpus.load_and_extract(inputs, state.ExtractCache(tmp_path / f"c{j}"), j) for j in (1, 2))
    assert [a.id for a in one[0]] == [a.id for a in two[0]] == ["a", "e"]
    assert one[1] == two[1] and len(one[1][0].quotes) == 1
    assert [str(p) for p in one[2]] == [str(p) for p in two[2]] and len(one[2]) == 3
    assert any("same text as" in str(p) and p.source.endswith("b.txt") for p in two[2])


def test_variants_found_aside_are_the_ones_found_inline(tmp_path, monkeypatch):
    """With jobs > 1 another process finds the near-duplicate quotes: the same variants,
    and the same answers kept for the next build."""
    from generator.publish import corpus, parallel, state
    monkeypatch.setattr(parallel, "can_fork", lambda: True)  # the browser tests' threads hold none of our locks
    seeds = _bad_and_good_files(tmp_path / "seeds")
    articles, extractions, _ = corpus.load_and_extract(
        state.read_inputs(seeds, ROOT / "mkdocs.yml", False), state.ExtractCache(tmp_path / "c"))
    answers = [{}, {}]
    one, two = (corpus.analyse(articles, j, extractions=extractions, variant_pairs=answers[j - 1]) for j in (1, 2))
    assert one.variants == two.variants and len(one.variants) == 2  # "storms" / "storm"
    assert answers[0] == answers[1] and list(answers[0].values()) == [True]
