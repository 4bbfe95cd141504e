"""Incremental publishing: after any change of the articles, a rebuild that renders only
the pages whose Markdown changed gives the same site, byte for byte, as a full build.

The randomized test applies seeded random sequences of additions, edits, removals and
renames to a small synthetic corpus and, after each step, compares the incrementally
built tree with a full build of the same articles (same permalink registry, same
SITE_URL, so the sitemap is compared too). No timings here: see `python3 dev.py bench`.
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

from conftest import CONFIG, OFFLINE_CONFIG, ROOT
from conftest import search_docs

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

from generator.publish import BuildOptions, build_site  # noqa: E402

START, POOL = 8, 6  # articles at the start, and more that steps may add


@pytest.fixture(autouse=True)
def fixed_site(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://example.org/quotes/")  # a sitemap with every page
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")  # the sitemap's dates


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def assert_same_tree(incremental: Path, full: Path) -> None:
    a, b = tree(incremental), tree(full)
    assert sorted(a) == sorted(b), f"files differ: only incremental {sorted(a.keys() - b.keys())[:5]}, " \
                                   f"only full {sorted(b.keys() - a.keys())[:5]}"
    different = [name for name in a if a[name] != b[name]]
    assert not different, f"{len(different)} files differ from a full build, e.g. {different[:5]}"


def full_build_like(seeds: Path, registry: bytes | None, work: Path, config: Path = CONFIG, **kw) -> Path:
    """A full build from scratch with the registry the incremental build started from."""
    out = work / "full"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if registry is not None:
        (out / "permalinks.json").write_bytes(registry)
    result = build_site(BuildOptions(seeds, out, config, full=True, **kw))
    assert result.full
    return out


def assert_as_full_build(out: Path, seeds: Path, registry: bytes | None, work: Path) -> Path:
    """The site and site_src an incremental build left in `out` are a full build's (made
    from scratch in work/full, returned)."""
    full = full_build_like(seeds, registry, work)
    assert_same_tree(out / "site", full / "site")
    assert_same_tree(out / "site_src", full / "site_src")
    return full


class Corpus:
    """A folder of synthetic articles and the random changes a newsroom makes to it."""

    def __init__(self, base: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seeds, self.pool = base / "articles", base / "pool"
        synth.write_corpus(self.pool, START + POOL, seed=seed)
        (self.pool / "truth.json").unlink()
        self.seeds.mkdir()
        for path in sorted(self.pool.glob("*.txt"))[:START]:
            path.rename(self.seeds / path.name)

    def articles(self) -> list[Path]:
        return sorted(self.seeds.glob("*.txt"))

    def add(self) -> str:
        waiting = sorted(self.pool.glob("*.txt"))
        if not waiting:
            return self.edit()
        path = self.rng.choice(waiting)
        path.rename(self.seeds / path.name)
        return f"add {path.name}"

    def remove(self) -> str:
        path = self.rng.choice(self.articles())
        path.unlink()
        return f"remove {path.name}"

    def rename(self) -> str:
        path = self.rng.choice(self.articles())
        new = path.with_name(f"renamed-{self.rng.randrange(1000)}-{path.name}")
        path.rename(new)
        return f"rename {path.name} -> {new.name}"

    def edit(self) -> str:
        """Append a quote, drop a paragraph, or copy one in from another article (its
        quotes then appear in two places: 'also reported by', variants, speakers)."""
        path = self.rng.choice(self.articles())
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        paragraphs = body.split("\n\n")
        how = self.rng.choice(["append", "drop", "copy"])
        if how == "append":
            speaker = self.rng.choice(["Odalys Venn", "Corvin Vardani", "Mayor Ysolde Brunley"])
            paragraphs.append(f"\u201cWe will look at the {self.rng.choice(synth.TOPICS)} again in "
                              f"{self.rng.choice(['spring', 'June', 'the autumn'])},\u201d {speaker} said.")
        elif how == "drop" and len(paragraphs) > 2:
            del paragraphs[self.rng.randrange(1, len(paragraphs))]
        else:
            other = self.rng.choice(self.articles())
            donor = other.read_text(encoding="utf-8").partition("\n\n")[2].split("\n\n")
            paragraphs.insert(self.rng.randrange(1, len(paragraphs) + 1), self.rng.choice(donor))
        path.write_text(head + "\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        return f"edit {path.name} ({how})"

    def step(self) -> str:
        action = self.rng.choices([self.add, self.edit, self.remove, self.rename], weights=[3, 4, 1, 1])[0]
        if len(self.articles()) <= 3 and action == self.remove:
            action = self.add
        return action()


@pytest.mark.parametrize("seed", [11, 12])
def test_random_changes_rebuild_as_a_full_build(tmp_path, seed):
    corpus = Corpus(tmp_path, seed)
    out = tmp_path / "incremental"
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG)).full
    for _ in range(4):
        registry = (out / "permalinks.json").read_bytes()
        markdown = {k: v for k, v in tree(out / "site_src").items() if k.endswith(".md")}
        what = corpus.step()
        result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
        assert not result.full, what
        changed = [k for k, v in tree(out / "site_src").items() if k.endswith(".md") and markdown.get(k) != v]
        assert result.rendered == len(changed), f"{what}: rendered {result.rendered}, changed {len(changed)}"
        assert not result.kept & set(changed), what  # a page kept without being made is one that did not change
        full = assert_as_full_build(out, corpus.seeds, registry, tmp_path)
        assert (out / "permalinks.json").read_bytes() == (full / "permalinks.json").read_bytes(), what


def test_offline_site_rebuilds_as_a_full_build(tmp_path):
    """search_index.js (the offline plugin's copy of the index) holds every page too."""
    corpus = Corpus(tmp_path, 5)
    out = tmp_path / "incremental"
    build_site(BuildOptions(corpus.seeds, out, OFFLINE_CONFIG, offline=True))
    registry = (out / "permalinks.json").read_bytes()
    corpus.edit()
    corpus.add()
    result = build_site(BuildOptions(corpus.seeds, out, OFFLINE_CONFIG, offline=True))
    assert not result.full and result.rendered
    full = full_build_like(corpus.seeds, registry, tmp_path, OFFLINE_CONFIG, offline=True)
    assert_same_tree(out / "site", full / "site")
    assert (out / "site" / "search" / "search_index.js").is_file()


def test_unchanged_pages_keep_their_files(tmp_path):
    """Pages MkDocs did not render are the last build's files (same inode), and the
    search index still lists them."""
    corpus = Corpus(tmp_path, 6)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    before = {p.relative_to(out / "site").as_posix(): p.stat().st_ino for p in (out / "site").rglob("*.html")}
    victim = corpus.articles()[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\nA sentence with no quote in it.\n",
                      encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    after = {p.relative_to(out / "site").as_posix(): p.stat().st_ino for p in (out / "site").rglob("*.html")}
    kept = [page for page in after if after[page] == before.get(page)]
    assert not result.full and len(kept) >= len(after) - result.rendered
    indexed = {row[0] for row in search_docs(out / "site")}
    assert {page for page in after if page.startswith("quotes/")} - indexed == {
        "quotes/index.html", "quotes/by-date.html", "quotes/unattributed.html"}  # listings are not indexed


def test_full_build_when_asked_or_when_the_setup_changed(tmp_path, monkeypatch):
    corpus = Corpus(tmp_path, 7)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    corpus.edit()
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG, full=True)).full  # --full
    corpus.edit()
    monkeypatch.setenv("SITE_URL", "https://example.net/")  # every page's canonical URL changes
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG)).full
    corpus.edit()
    (out / ".cache" / "state.db").write_bytes(b"not a database")  # a damaged state is ignored
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG)).full
    corpus.edit()
    assert not build_site(BuildOptions(corpus.seeds, out, CONFIG)).full


def test_variant_answers_kept_across_builds_give_the_same_variants():
    from generator.link import find_variants
    texts = {"q1": "We will reopen the northern bridge before the winter storms arrive",
             "q2": "We will reopen the northern bridge before winter storms arrive",
             "q3": "We will not reopen the northern bridge, whatever the council decides next week"}
    decided: dict = {}
    first = find_variants(texts, decided)
    assert first == find_variants(texts) == {"q1": ["q2"], "q2": ["q1"]}
    assert decided and all(isinstance(same, bool) for same in decided.values())
    decided = {pair: not same for pair, same in decided.items()}  # answers are taken as given
    assert find_variants(texts, decided) != first


def test_the_command_line_and_build_site_read_the_same_inputs(tmp_path):
    """build_site and `generator build` take corrections.yaml beside the config alike, so
    a build by either is up to date for the other."""
    import subprocess
    corpus = Corpus(tmp_path, 3)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(corpus.seeds),
                           "--out", str(out), "--config", str(CONFIG)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0 and "up to date" in proc.stdout, proc.stdout + proc.stderr


def test_pages_whose_inputs_did_not_change_are_not_made_again(tmp_path, monkeypatch):
    """The build state holds, per Markdown page, a digest of what it is made from: an edit
    to one article makes again only the pages it feeds; the other article and quote pages
    are the last build's files, not even rendered. --full, a new setup or a damaged state
    make every page."""
    import sqlite3
    corpus = Corpus(tmp_path, 9)
    out = tmp_path / "out"
    first = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert first.full and not first.kept
    victim = corpus.articles()[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\nA sentence with no quote in it.\n", encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert not result.full and result.extracted == 1
    page = result.corpus.article_pages[victim.stem]
    assert page not in result.kept
    others = {result.corpus.article_pages[a.id] for a in result.corpus.articles if a.id != victim.stem}
    quote_pages = {q.page for q in result.corpus.quotes if q.article != victim.stem}
    assert others and others | quote_pages <= result.kept
    with sqlite3.connect(out / ".cache" / "state.db") as db:  # a row per article file, per page
        files = [key.split("\0")[0] for (key,) in db.execute("SELECT key FROM files")]
        assert sorted(files) == sorted(p.name for p in corpus.articles())
        sources = {path for (path,) in db.execute("SELECT path FROM sources")}
        assert page in sources and others <= sources
    assert not build_site(BuildOptions(corpus.seeds, out, CONFIG, full=True)).kept  # --full
    corpus.edit()
    monkeypatch.setenv("SITE_URL", "https://example.net/")  # a new setup: every page is made
    assert not build_site(BuildOptions(corpus.seeds, out, CONFIG)).kept
    corpus.edit()
    registry = (out / "permalinks.json").read_bytes()
    (out / ".cache" / "state.db").write_bytes(b"not a database")
    again = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert again.full and not again.kept and again.extracted == len(corpus.articles())
    full = full_build_like(corpus.seeds, registry, tmp_path)
    assert_same_tree(out / "site_src", full / "site_src")


def test_corrections_added_edited_and_removed_rebuild_as_a_full_build(tmp_path, monkeypatch):
    """An editor's corrections change pages (a note on a quotation or speaker page, a speaker
    renamed, merged or split, a quotation withdrawn): the corrections file added, one note
    edited, then the file removed, each incremental build equals a full build of the same."""
    from test_corrections import EVERY_KEY, JUNE_1_2024, write_articles
    monkeypatch.setenv("SOURCE_DATE_EPOCH", JUNE_1_2024)
    seeds, out, fixes = write_articles(tmp_path / "seeds"), tmp_path / "out", tmp_path / "corrections.yaml"
    assert build_site(BuildOptions(seeds, out, CONFIG, corrections_file=fixes)).full
    edited = EVERY_KEY.replace("Senator Smith, not the striker.", "Senator John Smith, not the United striker.")
    for text in (EVERY_KEY, edited, None):
        registry = (out / "permalinks.json").read_bytes()
        if text is None:
            fixes.unlink()
        else:
            fixes.write_text(text, encoding="utf-8")
        assert not build_site(BuildOptions(seeds, out, CONFIG, corrections_file=fixes)).full
        full = full_build_like(seeds, registry, tmp_path, corrections_file=fixes)
        assert_same_tree(out / "site", full / "site")
        assert_same_tree(out / "site_src", full / "site_src")


def test_a_state_database_that_cannot_be_written_means_a_full_build_next(tmp_path):
    """A state.db of the right format whose tables are not this code's (made by hand, or
    by another version): the build still publishes, drops the state, and the next build
    is a full one that gives the same site."""
    import sqlite3
    from generator.publish import state
    corpus = Corpus(tmp_path, 10)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    state.drop(out)
    with sqlite3.connect(out / ".cache" / "state.db") as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(f"PRAGMA user_version = {state.DB_FORMAT}")
    registry = (out / "permalinks.json").read_bytes()
    corpus.edit()
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert result.full and not (out / ".cache" / "state.db").exists()
    full = full_build_like(corpus.seeds, registry, tmp_path)
    assert_same_tree(out / "site", full / "site")
    corpus.edit()
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG)).full  # no state: every page
    corpus.edit()
    assert not build_site(BuildOptions(corpus.seeds, out, CONFIG)).full  # and the state is back


def test_a_build_stopped_between_the_swap_and_the_state_is_followed_by_a_full_one(tmp_path, monkeypatch):
    """The state's page rows describe the site in place: they are marked stale before the
    swap, so a build stopped after the swap but before its rows are written leaves no
    record that a next build could take for the new site's."""
    from generator.publish import state
    corpus = Corpus(tmp_path, 13)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    corpus.edit()

    def stopped(*args):
        raise KeyboardInterrupt
    with monkeypatch.context() as m:
        m.setattr(state, "save_record", stopped)
        with pytest.raises(KeyboardInterrupt):
            build_site(BuildOptions(corpus.seeds, out, CONFIG))
    registry = (out / "permalinks.json").read_bytes()
    corpus.edit()
    again = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert again.full and not again.kept  # no record, no digests: every page made and rendered
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)
    corpus.edit()
    assert build_site(BuildOptions(corpus.seeds, out, CONFIG)).kept  # and the state is back


def test_a_state_that_can_be_neither_written_nor_deleted_stops_the_build_in_one_line(tmp_path, monkeypatch):
    """Its page rows would be taken for the new site's: the build stops before the swap,
    with one line naming the file, and the last site stays."""
    import sqlite3
    from generator.errors import BuildError
    from generator.publish import state
    corpus = Corpus(tmp_path, 14)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    before = tree(out / "site")
    corpus.edit()

    def read_only(con, key, value):
        raise sqlite3.OperationalError("attempt to write a readonly database")
    monkeypatch.setattr(state, "_set_meta", read_only)
    monkeypatch.setattr(state, "drop", lambda out: None)
    with pytest.raises(BuildError) as caught:
        build_site(BuildOptions(corpus.seeds, out, CONFIG))
    message = str(caught.value)
    assert "\n" not in message and "state.db" in message and "readonly" in message
    assert tree(out / "site") == before


def test_the_build_freezes_what_lives_as_long_as_it_and_frees_it_at_the_end(tmp_path, monkeypatch):
    """The corpus is left out of full collections while MkDocs runs (gc.freeze), but no
    object stays frozen after a build, successful or not: the cycles the corpus makes are
    collected when it is let go, and a process that builds again (serve, the tests) holds nothing."""
    import gc
    import weakref
    from generator.errors import BuildError
    from generator.site import mkdocs
    corpus = Corpus(tmp_path, 13)
    out = tmp_path / "out"
    seen: dict[str, object] = {}
    build_html = mkdocs.build_html

    def watched(*args, **kw):
        seen["frozen"] = gc.get_freeze_count()
        return build_html(*args, **kw)
    monkeypatch.setattr(mkdocs, "build_html", watched)
    gc.collect()
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG, keep_corpus=False))
    assert result.corpus is None  # let go
    assert seen["frozen"] > 0 and gc.get_freeze_count() == 0
    corpus.edit()

    def failing(*args, **kw):
        seen["frozen"] = gc.get_freeze_count()
        raise BuildError("MkDocs build failed: on purpose")
    monkeypatch.setattr(mkdocs, "build_html", failing)
    with pytest.raises(BuildError):
        build_site(BuildOptions(corpus.seeds, out, CONFIG, keep_corpus=True))
    assert seen["frozen"] > 0 and gc.get_freeze_count() == 0
    monkeypatch.setattr(mkdocs, "build_html", build_html)
    kept = build_site(BuildOptions(corpus.seeds, out, CONFIG, keep_corpus=True))
    assert gc.get_freeze_count() == 0
    ref = weakref.ref(kept.corpus)
    del kept
    gc.collect()
    assert ref() is None  # nothing frozen holds the corpus


def test_a_listing_page_is_made_again_when_what_it_shows_changed(tmp_path, monkeypatch):
    """The pages of the listings by date and by outlet are kept, like article pages, while
    what they show is unchanged: a quotation added to an article makes again the period
    page that lists it, its ancestors (their tallies) and the articles index page that
    counts the article's quotes, keeps the other days' pages, and gives a full build's site;
    so does the quotation reworded."""
    from generator.site import paginate
    monkeypatch.setattr(paginate, "PAGE_LIMIT", 1500)  # every listing split into many pages
    corpus = Corpus(tmp_path, 21)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    registry = (out / "permalinks.json").read_bytes()
    before = tree(out / "site_src")
    victim = corpus.articles()[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\n\u201cWe will count the new boats again in June,"
                      "\u201d Odalys Venn said.\n", encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert not result.full and result.extracted == 1
    after = tree(out / "site_src")
    by_date = result.corpus.listings["quotes/by-date"]
    new = next(q for q in result.corpus.quotes if q.text.startswith("We will count the new boats"))
    holder = by_date.page(by_date.holder(new))
    assert holder != "quotes/by-date.md" and before.get(holder) != after[holder]  # made again: it lists the quote
    assert holder not in result.kept
    day = result.corpus.article(new.article).date  # (the parts of its day may split anew)
    periods = [by_date.page(n) for n in by_date.nodes() if n.leaf and day not in n.key]
    assert len(periods) > 3 and set(periods) <= result.kept  # the other days': the last build's files
    articles = result.corpus.listings["articles/index"]
    index_page = articles.page(articles.holder(result.corpus.article(new.article)))
    assert index_page not in result.kept and before[index_page] != after[index_page]  # its count of quotes
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)
    # the quotation reworded: as many quotes, and only the words on its period page change
    registry, before = (out / "permalinks.json").read_bytes(), after
    victim.write_text(victim.read_text(encoding="utf-8").replace("the new boats", "the old boats"), encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    after = tree(out / "site_src")
    reworded = next(q for q in result.corpus.quotes if q.text.startswith("We will count the old boats"))
    holder = by_date.page(result.corpus.listings["quotes/by-date"].holder(reworded))  # (a part by the quote's id)
    assert holder not in result.kept and b"the old boats" in after[holder]
    assert not [page for page, text in after.items() if page.startswith("quotes/by-date") and b"the new boats" in text]
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)


def test_a_page_of_the_indexes_by_name_is_made_again_when_what_it_shows_changed(tmp_path, monkeypatch):
    """Below their first page (which counts the whole archive: made every time), the pages of
    the indexes by name show only their own speakers: they are kept while those are
    unchanged. A quotation added makes again the page listing its speaker, keeps the other
    letters' pages, and gives a full build's site; so does the quotation reworded (the
    same counts: only its words change on the page)."""
    from generator.site import paginate
    monkeypatch.setattr(paginate, "PAGE_LIMIT", 1500)  # every listing split into many pages
    corpus = Corpus(tmp_path, 21)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    registry = (out / "permalinks.json").read_bytes()
    before = tree(out / "site_src")
    victim = corpus.articles()[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\n\u201cThe old boats will all be counted again in "
                      "June,\u201d Odalys Venn said.\n", encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert not result.full and result.extracted == 1
    after = tree(out / "site_src")
    new = next(q for q in result.corpus.quotes if q.text.startswith("The old boats"))
    by_name = result.corpus.listings["quotes/index"]
    holder = by_name.page(by_name.holder(new.speaker))
    assert holder != "quotes/index.md" and before.get(holder) != after[holder] and holder not in result.kept
    others = [by_name.page(n) for n in by_name.nodes() if n.key and n.leaf and by_name.page(n) != holder]
    assert len(others) > 3 and set(others) <= result.kept  # the other names' pages: the last build's files
    speakers = result.corpus.listings["speakers/index"]
    assert [speakers.page(n) for n in speakers.nodes() if n.key and n.leaf] and "speakers/index.md" not in result.kept
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)
    registry, before = (out / "permalinks.json").read_bytes(), after
    victim.write_text(victim.read_text(encoding="utf-8").replace("The old boats", "The new boats"), encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    after = tree(out / "site_src")
    reworded = next(q for q in result.corpus.quotes if q.text.startswith("The new boats"))
    holder = by_name.page(result.corpus.listings["quotes/index"].holder(reworded.speaker))
    assert holder not in result.kept and b"The new boats" in after[holder] and b"The old boats" not in after[holder]
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)


def test_a_speaker_feed_is_made_again_when_what_it_shows_changed(tmp_path):
    """A speaker's Atom feed is kept, like a page, while what it is made from is unchanged:
    a quotation added makes again only its speaker's feed (and the site's); a headline
    edited makes again the feeds of the speakers quoted in that article (each entry names
    its article). Every time the site is a full build's."""
    corpus = Corpus(tmp_path, 21)
    out = tmp_path / "out"
    first = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    feeds = {f"speakers/{sp.id}.xml" for sp in first.corpus.speakers if first.corpus.quotes_by_speaker.get(sp.id)}
    assert len(feeds) > 3 and not first.kept & feeds
    victim = corpus.articles()[0]
    registry = (out / "permalinks.json").read_bytes()
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\n\u201cThe old boats will all be counted again in "
                      "June,\u201d Odalys Venn said.\n", encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    new = next(q for q in result.corpus.quotes if q.text.startswith("The old boats"))
    assert f"speakers/{new.speaker.id}.xml" not in result.kept and "feed.xml" not in result.kept
    assert feeds - {f"speakers/{new.speaker.id}.xml"} <= result.kept
    assert_same_tree(out / "site", full_build_like(corpus.seeds, registry, tmp_path) / "site")
    # the headline of an article with quotations of others edited
    article = next(a for a in result.corpus.articles if not a.title_inferred and a.title in Path(a.source).read_text(
        encoding="utf-8") and {q.speaker.id for q in result.corpus.quotes_by_article[a.id] if q.speaker} - {new.speaker.id})
    path = Path(article.source)
    quoted = {f"speakers/{q.speaker.id}.xml" for q in result.corpus.quotes_by_article[article.id] if q.speaker}
    registry = (out / "permalinks.json").read_bytes()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(article.title, f"Harbour Board Reconsiders {article.title}", 1), encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    edited = result.corpus.article(article.id)
    assert edited.title.startswith("Harbour Board Reconsiders") and edited.date == article.date
    assert quoted and not quoted & result.kept and feeds - quoted - {"feed.xml"} <= result.kept | {
        f"speakers/{new.speaker.id}.xml"}
    assert all(b"Harbour Board Reconsiders" in (out / "site" / feed).read_bytes() for feed in quoted)
    assert_same_tree(out / "site", full_build_like(corpus.seeds, registry, tmp_path) / "site")


def test_a_quote_page_is_made_again_when_its_speakers_role_changed(tmp_path):
    """A quote page shows the role its article gives the speaker ("— Jo Roe, a spokesman
    for the opposition"): the article edited to give another role, with the same quotation, makes
    the page again (the role is the speaker's, not the quotation's), as a full build has it."""
    corpus = Corpus(tmp_path, 21)
    out = tmp_path / "out"
    first = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    q, role = next((q, role) for q in first.corpus.quotes if q.speaker and len(first.corpus.quotes_by_id[q.id]) == 1
                   for role, art in q.speaker.roles if art == q.article and role.startswith("a spokesman for "))
    path = Path(first.corpus.article(q.article).source)
    text = path.read_text(encoding="utf-8")
    assert role in text and role not in q.text
    registry = (out / "permalinks.json").read_bytes()
    path.write_text(text.replace(role, "a spokesman for the harbour pilots"), encoding="utf-8")
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert q.id in result.corpus.quotes_by_id and result.corpus.quotes_by_id[q.id][0].speaker.id == q.speaker.id
    page = f"quotes/{q.id}.md"
    assert page not in result.kept and "the harbour pilots" in (out / "site_src" / page).read_text(encoding="utf-8")
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)


def test_the_search_index_is_split_from_the_words_of_the_pages_rendered_and_of_the_record(tmp_path, monkeypatch):
    """The split takes each page's folded words from the build's record (search_index.entry_words):
    a page rendered again gives its new words, an unchanged page its recorded ones. A new word in one
    article is found in its shard, the index equals a full build's, and no entry's words are folded
    again (the test fails when the rendered pages' words are left out, or the record's)."""
    from generator.site import search_index
    corpus = Corpus(tmp_path, 23)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    registry = (out / "permalinks.json").read_bytes()
    path = corpus.articles()[0]
    path.write_text(path.read_text(encoding="utf-8") + "\n\n\u201cThe quillowick plan is ready,\u201d Odalys Venn said.\n",
                    encoding="utf-8")
    folded = []
    entry_words = search_index.entry_words
    monkeypatch.setattr(search_index, "entry_words", lambda doc: folded.append(doc) or entry_words(doc))
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert not result.full and folded == []  # the rendered pages' words: made by the page plugin, which kept its own
    shard = (out / "site" / "search" / "shards" / f"{search_index.shard_name('qu')}.js").read_text(encoding="utf-8")
    assert '"quillowick":[' in shard
    monkeypatch.setattr(search_index, "entry_words", entry_words)
    full = full_build_like(corpus.seeds, registry, tmp_path)
    assert_same_tree(out / "site", full / "site")


def test_split_index_from_given_words_equals_folding_them(tmp_path):
    """split_index with each entry's entry_words writes what it writes folding them itself; words that
    are not one per entry are not used."""
    import json
    from generator.site.search_index import entry_words, split_index
    docs = [{"location": "index.html", "title": "Élysée news", "text": "The Élysée said <b>no</b> &amp; the news"},
            {"location": "quotes/x.html", "title": "A quote", "text": "Said the mayor: no news, and no quote"}]

    def split(words) -> dict[str, bytes]:
        site = tmp_path / str(len(list(tmp_path.iterdir())))
        (site / "search").mkdir(parents=True)
        (site / "search" / "search_index.json").write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
        split_index(site, words)
        return tree(site)
    assert entry_words(docs[0]) == ("elysee news", 2)
    assert split([entry_words(d) for d in docs]) == split(None) == split([("stale", 0)])
    assert split([("elysee", 1), ("other words", 0)]) != split(None)  # (the words given are the ones used)


def test_a_page_record_that_cannot_be_read_renders_every_page_from_the_kept_markdown(tmp_path):
    """The digests of the Markdown's inputs are read before the pages are written, the page
    record only once they are (MkDocs' to use): a record that cannot be read (here, rows
    pickled by no code) still keeps the Markdown of unchanged pages, and MkDocs renders
    every page, as a full build does."""
    import sqlite3
    corpus = Corpus(tmp_path, 17)
    out = tmp_path / "out"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    registry = (out / "permalinks.json").read_bytes()
    with sqlite3.connect(out / ".cache" / "state.db") as con:
        con.execute("UPDATE pages SET record = x'00'")
    corpus.edit()
    result = build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert result.full and result.kept  # every page rendered; unchanged Markdown kept
    assert_as_full_build(out, corpus.seeds, registry, tmp_path)


def test_the_trees_before_the_last_are_the_next_builds_scratch(tmp_path, monkeypatch):
    """publish/files.py, Spare: a build keeps the trees it swaps out (as the site before it
    was, untouched: nothing is written into their files, the site's own); the next
    incremental build makes its trees of them, the site a full build makes. Spare trees
    whose token the build state does not hold (another site's) are not used."""
    from generator.publish import files
    used: list[str] = []
    real = files.Spare.bring_up_to_date
    monkeypatch.setattr(files.Spare, "bring_up_to_date",
                        lambda self, name, *args: (used.append(name), real(self, name, *args))[1])
    corpus = Corpus(tmp_path, 17)
    out, spare = tmp_path / "out", tmp_path / "out" / ".cache" / "spare"
    build_site(BuildOptions(corpus.seeds, out, CONFIG))
    assert not spare.exists()  # a first build swaps out no trees
    for step, change in enumerate([corpus.edit, corpus.add, corpus.remove, corpus.edit, "another site's"]):
        if change == "another site's":
            marker = files.marshal.loads((spare / "marker").read_bytes())
            (spare / "marker").write_bytes(files.marshal.dumps({**marker, "token": "0" * 32}))
            change = corpus.edit
        change()
        registry = (out / "permalinks.json").read_bytes()
        before = {name: tree(out / name) for name in ("site", "site_src")}
        assert not build_site(BuildOptions(corpus.seeds, out, CONFIG)).full
        assert used == ([] if step in (0, 4) else ["site_src", "site"])
        used.clear()
        for name in ("site", "site_src"):
            assert tree(spare / name) == before[name], f"the {name} swapped out is not the one before"
        assert_as_full_build(out, corpus.seeds, registry, tmp_path)
