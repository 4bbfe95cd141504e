"""Hostile and broken input: every file is read, or skipped with a one-line message naming it.

Never a traceback, never a half-written site, never markup from an article on a page.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import CONFIG, ROOT, broken_links, build, parse_html
from generator.publish import BuildError, files, load_articles
from generator.publish.files import write_tree
from generator.site import mkdocs as site_mkdocs
from generator.ingest import MAX_ARTICLE_BYTES, IngestError, decode, parse_article, read_article
from generator.link import article_pages
from generator.model import Article, slugify

GOOD = "Harbour Bridge Opens Early\n\n\u201cWe are ready,\u201d said Mayor Ada Stone.\n\nThe bridge opens on Monday.\n"
LATIN = "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owner Jos\u00e9 N\u00fa\u00f1ez said the rent had doubled.\n"


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, as browsers and Windows do (its five undefined
    bytes pass through as Latin-1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


# --- encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("data, text", [
    (b"\xef\xbb\xbf" + GOOD.encode(), GOOD),
    (b"\xff\xfe" + GOOD.encode("utf-16-le"), GOOD),
    (b"\xfe\xff" + GOOD.encode("utf-16-be"), GOOD),
    (GOOD.encode("cp1252"), GOOD),  # curly quotes as 0x93/0x94
    (LATIN.encode("latin-1"), LATIN),
    (GOOD.encode() + "\u201cAnd now,\u201d she added.\n".encode("cp1252"), GOOD + "\u201cAnd now,\u201d she added.\n"),
    (mojibake(GOOD).encode(), GOOD),  # "â€œWe are ready,â€\x9d"
    (mojibake(mojibake(GOOD)).encode(), GOOD),  # twice over
    (mojibake(LATIN).encode(), LATIN),  # "cafÃ©"
    (GOOD.encode("cp1252").decode("latin-1").encode(), GOOD),  # cp1252 read as Latin-1: C1 controls
    (GOOD.encode() + mojibake("\u201cMixed,\u201d she said.\n").encode(), GOOD + "\u201cMixed,\u201d she said.\n"),
    # twice over, then decomposed (NFD: "Ã" as "A" and a combining tilde), as some archives store text
    (unicodedata.normalize("NFD", mojibake(mojibake(LATIN))).encode(), LATIN),
    # decomposed text that is no mojibake stays as it is
    (unicodedata.normalize("NFD", LATIN).encode(), unicodedata.normalize("NFD", LATIN)),
], ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252", "latin1", "utf8-with-cp1252-passage", "mojibake",
        "double-mojibake", "mojibake-latin", "c1-controls", "partly-mojibake", "decomposed-double-mojibake",
        "decomposed"])
def test_encodings_are_decoded(data, text):
    assert decode(data, "x.txt") == text


@pytest.mark.parametrize("text", [
    "S\u00c3O PAULO (Reuters) - Prices rose.",  # a real Ã
    "Prices in S\u00e3o Paulo rose 5\u00b0 and \u00a35 \u2014 \u201cfine,\u201d he said.",
    "\u00c2me, \u00e2me and \u00f4t\u00e9: French words.",
])
def test_correct_text_is_left_alone(text):
    assert decode(text.encode(), "x.txt") == text


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b" \r\n\t\n", "empty file (only whitespace)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (a PNG image)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "binary file (a JPEG image)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document)"),
    (b"Some text\x00with a NUL byte.\n", "contains NUL bytes (first at offset 9)"),
    (GOOD.encode("utf-16-le"), "contains NUL bytes"),  # UTF-16 without its BOM
    (bytes(range(1, 32)) * 40, "binary file (many control characters)"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440".encode("cp1251"), "not UTF-8 text (byte 0xcf at offset 0), nor Windows-1252"),
    (bytes(range(0x80, 0x100)) * 10, "not UTF-8 text"),
    (b"Mostly ASCII with an undefined cp1252 byte \x81 here.", "not UTF-8 text (byte 0x81 at offset 43)"),
    (b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "not valid utf-16-le despite its byte-order mark"),
])
def test_undecodable_input_is_refused_with_one_line(data, problem):
    with pytest.raises(IngestError) as err:
        decode(data, "seeds/x.txt")
    message = str(err.value)
    assert message.startswith("seeds/x.txt: ") and problem in message and "\n" not in message


def test_decoded_cp1252_article_keeps_its_quote(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(mojibake(LATIN.replace("said", "said, \u201cIt is too much,\u201d and")).encode())
    proc = run_cli("extract", str(tmp_path), "-o", "-")
    assert proc.returncode == 0, proc.stderr
    quotes = {q["text"]: q["speaker"]["name"] for q in json.loads(proc.stdout)["quotes"]}
    assert quotes["We are ready"] == "Ada Stone"
    assert "It is too much" in quotes


# --- the CLI, one case at a time ----------------------------------------------------------

def _write(name: str, content: bytes | str):
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return name
    return make


def _huge(folder: Path) -> str:
    with open(folder / "huge.txt", "wb") as f:  # sparse: refused on its size, never read
        f.truncate(50 * 1024 * 1024)
    return "huge.txt"


def _link_outside(folder: Path) -> str:
    secret = folder.parent / "secret.txt"
    secret.write_text("Private Notes Here\n\n\u201cMy password is hunter2,\u201d said Jo Roe.\n", encoding="utf-8")
    (folder / "notes.txt").symlink_to(secret)
    return "notes.txt"


def _link_inside(folder: Path) -> str:
    (folder / "sub").mkdir()
    (folder / "sub" / "real.txt").write_text(LATIN, encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "sub" / "real.txt")
    return "alias.txt"


def _link_broken(folder: Path) -> str:
    (folder / "dangling.txt").symlink_to(folder / "sub-missing" / "gone.txt")
    return "dangling.txt"


def _odd_name(raw: bytes):
    def make(folder: Path) -> str:
        path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw))
        path.write_text(LATIN.replace("rent", f"{raw!r} rent"), encoding="utf-8")
        return os.fsdecode(raw).encode("utf-8", "backslashreplace").decode("utf-8").replace("\n", "\\n")
    return make


def _duplicate(first: str, second: str, data: bytes):
    def make(folder: Path) -> str:
        (folder / first).write_text(LATIN, encoding="utf-8")
        (folder / second).write_bytes(data)
        return second
    return make


def _front(yaml_text: str) -> bytes:
    return f"---\n{yaml_text}---\n{GOOD.replace('Harbour', 'Ferry')}".encode()


UNBALANCED = ("Quote Marks Everywhere\n\n" + "\u201c" * 3000 + " \u201d" * 1000 + ' "a' * 3000 + " 'b" * 3000
              + "\n\n" + "\n".join(f"\u201cOpened {i}, said Jo Roe." for i in range(2000)) + "\n")

# name -> (make the file(s), None if it is read, else the message's words)
CASES = {
    "utf8-bom": (_write("bom.txt", b"\xef\xbb\xbf" + LATIN.encode()), None),
    "utf16": (_write("utf16.txt", b"\xff\xfe" + LATIN.encode("utf-16-le")), None),
    "cp1252": (_write("cp1252.txt", LATIN.replace("said", "said \u201cenough\u201d and").encode("cp1252")), None),
    "latin1": (_write("latin1.txt", LATIN.encode("latin-1")), None),
    "mojibake": (_write("mojibake.txt", mojibake(LATIN.replace("doubled", "\u201cdoubled\u201d")).encode()), None),
    "cyrillic": (_write("cyrillic.txt", ("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 " * 20).encode("cp1251")),
                 "not UTF-8 text (byte 0xcd at offset 0), nor Windows-1252 or Latin-1; save it as UTF-8"),
    "empty": (_write("empty.txt", b""), "empty file"),
    "whitespace": (_write("blank.txt", b"  \n\n\t \r\n"), "empty file (only whitespace)"),
    "bom-only": (_write("bom-only.txt", b"\xef\xbb\xbf\n\n"), "only whitespace"),
    "image": (_write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "binary file (a PNG image), not plain text"),
    "nul": (_write("nul.txt", LATIN.encode() + b"\x00\x00 tail"), "contains NUL bytes"),
    "huge": (_huge, f"too large (50.0 MB; the limit is {MAX_ARTICLE_BYTES // 2**20} MB)"),
    "long-line": (_write("long-line.txt", "Endless Line\n\n" + "word " * 210_000 + "\n"),
                  "paragraph 2 is 1,049,999 characters long (the limit is 50,000)"),
    "unbalanced-quotes": (_write("quotes.txt", UNBALANCED), None),
    "only-headline": (_write("headline.txt", "SEE ALSO: Something Else\n"), "no body text"),
    "space-in-name": (_write("my story.txt", LATIN), None),
    "non-ascii-name": (_write("Z\u00fcrich caf\u00e9 \u6771\u4eac.txt", LATIN), None),
    "hidden": (_write(".hidden.txt", "Hidden Notes\n\n\u201cSecret,\u201d said Jo Roe.\n"), None),
    "newline-in-name": (_odd_name(b"bad\nname.txt"), "file name has control characters or is not valid UTF-8"),
    "undecodable-name": (_odd_name(b"caf\xe9.txt"), "file name has control characters or is not valid UTF-8"),
    "symlink-outside": (_link_outside, "symbolic link to"),
    "symlink-inside": (_link_inside, None),
    "symlink-broken": (_link_broken, "broken symbolic link"),
    "fm-malformed": (_write("fm-yaml.txt", _front("title: [unclosed\nauthors: x\n")), "front matter: "),
    "fm-unclosed": (_write("fm-open.txt", "---\ntitle: Never closed\n\nBody text.\n"), ":1: front matter opened with '---' is never closed"),
    "fm-wrong-type": (_write("fm-type.txt", _front("outlet: The Times\ntitle: 1984\n")), ":3: front matter: 'title' must be a string (put the value in quotes), not int"),
    "fm-unknown-key": (_write("fm-key.txt", _front("title: Fine\ntitel: sport\n")), ":3: front matter: unknown key 'titel'"),
    "fm-bad-date": (_write("fm-date.txt", _front("date: 2024-13-45\n")), ":2: front matter: date must be YYYY-MM-DD (a real date), not '2024-13-45'"),
    "fm-impossible-date": (_write("fm-date2.txt", _front("date: '2024-02-30'\n")), ":2: front matter: date must be YYYY-MM-DD (a real date)"),
    "fm-deep": (_write("fm-deep.txt", _front("title: " + "[" * 1000 + "\n")), "front matter: nested too deeply"),
    "fm-python-tag": (_write("fm-tag.txt", _front("title: !!python/object/apply:os.system [ls]\n")), ":2: front matter: could not determine a constructor"),
    "fm-url-scheme": (_write("fm-url.txt", _front("url: javascript:alert(1)\n")), ":2: front matter: url must start with http:// or https://"),
    "duplicate": (_duplicate("a.txt", "b.txt", LATIN.encode()), "same text as"),
    "duplicate-bom-crlf": (_duplicate("a.txt", "c.txt", b"\xef\xbb\xbf" + LATIN.replace("\n", "  \r\n").encode()), "same text as"),
    "duplicate-cp1252": (_duplicate("a.txt", "d.txt", LATIN.encode("cp1252")), "same text as"),
    "same-id": (_duplicate("x.md", "x.txt", GOOD.replace("Monday", "Friday").encode()), "same article id 'x' as"),
}


@pytest.mark.parametrize("case", CASES)
def test_cli_reads_or_skips_each_case_with_one_line(case, tmp_path):
    make, problem = CASES[case]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    name = make(seeds)
    proc = run_cli("extract", str(seeds), "-o", str(tmp_path / "q.json"))
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if not ln.startswith("wrote ")]
    articles = {a["id"] for a in json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))["articles"]}
    if problem is None:
        assert proc.returncode == 0, proc.stderr
        assert lines == []
        assert (case == "hidden") == (Path(name).stem not in articles)
    else:
        assert proc.returncode == 3, proc.stderr
        assert len(lines) == 1, proc.stderr
        assert lines[0].startswith(f"skipped {seeds}/{name}") and problem in lines[0], lines[0]
        assert "good" in articles and (Path(name).stem not in articles or case == "same-id")
        strict = run_cli("extract", "--strict", str(seeds), "-o", str(tmp_path / "strict.json"))
        assert strict.returncode == 1 and problem in strict.stderr and "Traceback" not in strict.stderr
        assert not (tmp_path / "strict.json").exists()


def test_duplicate_message_names_both_files(tmp_path):
    (tmp_path / "a.txt").write_text(LATIN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + LATIN.replace("\n", "\r\n").encode())
    loaded = load_articles(tmp_path)
    assert [a.id for a in loaded.articles] == ["a"]
    assert [str(p) for p in loaded.problems] == [f"{tmp_path}/b.txt: same text as {tmp_path}/a.txt"]


def test_same_body_under_other_front_matter_is_not_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text("---\noutlet: Paper One\n---\n" + GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\noutlet: Paper Two\n---\n" + GOOD, encoding="utf-8")
    loaded = load_articles(tmp_path)
    assert [a.id for a in loaded.articles] == ["a", "b"] and not loaded.problems


def test_cli_build_with_every_bad_file_at_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    expected = {}
    for case in ("cp1252", "mojibake", "empty", "image", "huge", "long-line", "unbalanced-quotes", "symlink-outside",
                 "fm-malformed", "fm-wrong-type", "undecodable-name", "duplicate"):
        make, problem = CASES[case]
        expected[make(seeds)] = problem
    out = tmp_path / "out"
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--config", str(CONFIG))
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if not ln.startswith("warning: SITE_URL is not set")]  # not a file's
    bad = {name: problem for name, problem in expected.items() if problem}
    assert len(lines) == len(bad), proc.stderr
    for name, problem in bad.items():
        assert sum(ln.startswith(f"skipped {seeds}/{name}") and problem in ln for ln in lines) == 1, (name, proc.stderr)
    assert (out / "site" / "index.html").is_file() and broken_links(out / "site") == []
    stamp = (out / "site" / "index.html").read_bytes()
    strict = run_cli("build", "--strict", "--seeds", str(seeds), "--out", str(out), "--config", str(CONFIG))
    assert strict.returncode == 1 and "--strict" in strict.stderr and "Traceback" not in strict.stderr
    assert (out / "site" / "index.html").read_bytes() == stamp


def test_cli_no_readable_article_fails_and_names_each_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    proc = run_cli("build", "--seeds", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(CONFIG))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "a.txt: empty file" in proc.stderr and "b.txt: contains NUL" in proc.stderr
    assert "no readable articles" in proc.stderr


def test_unbalanced_quote_marks_make_no_quotes_and_no_error():
    from generator.publish import analyse
    corpus = analyse([parse_article(UNBALANCED, "q")])
    paragraphs = corpus.article("q").paragraphs
    for q in corpus.quotes:
        assert paragraphs[q.paragraph][q.start:q.end] == q.text


# --- file names and paths ------------------------------------------------------------------

def test_colliding_slugs_get_their_own_pages(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, name in enumerate(["Story One.txt", "story-one.txt", "STORY ONE!.txt", "St\u00f6ry One.txt", "-.txt", "_.txt"]):
        (seeds / name).write_text(GOOD.replace("Monday", f"day {i}"), encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    pages = result.corpus.article_pages
    assert len(set(pages.values())) == 6
    for art_id, page in pages.items():
        html = result.site_dir / page.replace(".md", ".html")
        assert html.is_file(), art_id
        assert html.parent == result.site_dir / "articles"
    assert broken_links(result.site_dir) == []


@pytest.mark.parametrize("hostile", ["..", ".", "../../etc/passwd", "/etc/passwd", "", "a/../../b", "\x00", "C:\\x", "~"])
def test_slugs_stay_one_path_component(hostile):
    slug = slugify(hostile, "article")
    assert slug and slug not in (".", "..") and "/" not in slug and "\\" not in slug
    arts = [Article(id=hostile, source="x", title="t", content_hash="ab" * 32), Article(id="..x", source="y", title="t")]
    for page in article_pages(arts).values():
        assert page.startswith("articles/") and "/.." not in page and page.count("/") == 1


@pytest.mark.parametrize("rel", ["../escape.md", "/tmp/escape.md", "a/../../escape.md", "", ".", "a/../.."])
def test_write_tree_refuses_paths_leaving_the_tree(rel, tmp_path):
    root = tmp_path / "site_src"
    root.mkdir()
    with pytest.raises(BuildError, match="refusing to write outside"):
        write_tree([(rel, "x")], root)
    assert not (tmp_path / "escape.md").exists()


def test_write_tree_writes_inside(tmp_path):
    write_tree([("a/b.md", "x"), ("c.bin", b"\x00")], tmp_path)
    assert (tmp_path / "a" / "b.md").read_text() == "x" and (tmp_path / "c.bin").read_bytes() == b"\x00"


def test_read_article_refuses_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(IngestError, match="not a regular file"):
        read_article(tmp_path / "pipe.txt")


# --- atomic output ------------------------------------------------------------------------

@pytest.fixture
def built_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, out)
    (seeds / "more.txt").write_text(LATIN, encoding="utf-8")
    snapshot = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    return seeds, out, snapshot


def _unchanged(out: Path, snapshot: dict) -> bool:
    return {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == snapshot


@pytest.mark.parametrize("error", [RuntimeError("mkdocs blew up"), KeyboardInterrupt()])
def test_failure_inside_mkdocs_leaves_the_previous_site(built_once, monkeypatch, error):
    seeds, out, snapshot = built_once

    def boom(cfg, **kw):
        raise error
    monkeypatch.setattr(site_mkdocs, "run_mkdocs", boom)
    with pytest.raises(type(error)):
        build(seeds, out)
    assert _unchanged(out, snapshot)
    assert not list(out.glob(".build-*")) and not list(out.glob(".*.old"))


def test_interrupt_while_writing_leaves_the_previous_site(built_once, monkeypatch):
    seeds, out, snapshot = built_once
    real = files.write_tree

    def half_then_interrupt(files, root, **kw):
        files = list(files)
        real(files[: len(files) // 2], root, **kw)
        raise KeyboardInterrupt
    monkeypatch.setattr(files, "write_tree", half_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out)
    assert _unchanged(out, snapshot)
    assert not list(out.glob(".build-*"))


def test_interrupt_during_the_swap_waits_for_both_trees(built_once, monkeypatch):
    seeds, out, snapshot = built_once
    real = files.replace_dir

    def swap_with_ctrl_c(new, target, *args, **kw):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C between the two swaps
        return real(new, target, *args, **kw)
    monkeypatch.setattr(files, "replace_dir", swap_with_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out)
    articles = {p.name for p in (out / "site" / "articles").iterdir()} | {p.name for p in (out / "site_src" / "articles").iterdir()}
    assert {"more.html", "more.md"} <= articles  # both trees are the new build
    assert not list(out.glob(".build-*")) and not list(out.glob(".*.old"))


def test_extraction_crash_skips_only_that_article(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "odd.txt").write_text(LATIN, encoding="utf-8")
    import generator.extract as extract
    real = extract.extraction_of

    def fragile(article, analysis, model):
        if article.id == "odd":
            raise IndexError("list index out of range")
        return real(article, analysis, model)
    monkeypatch.setattr(extract, "extraction_of", fragile)
    result = build(tmp_path, tmp_path / "out")
    assert [a.id for a in result.corpus.articles] == ["good"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path}/odd.txt: quote extraction failed (IndexError: list index out of range); "
        "skipped (a bug: please report it with this file)"]
    with pytest.raises(BuildError, match="--strict"):
        build(tmp_path, tmp_path / "out2", strict=True)


def test_write_tree_refuses_two_files_for_one_path(tmp_path):
    with pytest.raises(BuildError, match="two files for one path"):
        write_tree([("a.md", "x"), ("a.md", "y")], tmp_path)
