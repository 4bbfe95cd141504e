"""Ingest: article files in, `Article`s out.

READERS picks the reader by the file's suffix: plain text (article.py), saved web pages
(html.py, trafilatura) and CMS exports, one article a line (jsonl.py). A reader takes
the file's bytes and gives its articles and the problems of the parts that are none;
article.py holds what every reader shares.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..model import Article
from .article import parse_article
from .text import MAX_ARTICLE_BYTES, MAX_EXPORT_BYTES, MAX_PAGE_BYTES, IngestError, decode, normalised_text

PAGE_SUFFIXES = (".html", ".htm")

__all__ = ["ARTICLE_PATTERNS", "MAX_ARTICLE_BYTES", "READERS", "IngestError", "decode", "drop_duplicates",
           "find_articles", "parse_article", "parse_file", "read_article", "read_articles", "read_bytes"]


def parse_bytes(data: bytes, path: Path) -> Article:
    """A text file's or a web page's article."""
    source = str(path)
    text = decode(data, source)
    if path.suffix.lower() in PAGE_SUFFIXES:
        from .html import parse_page  # trafilatura: imported only when there are web pages
        art = parse_page(text, path.stem, source)
    else:
        art = parse_article(text, path.stem, source)
    art.content_hash = hashlib.sha256(data).hexdigest()
    art.text_hash = hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()
    return art


def _one_article(data: bytes, path: Path) -> tuple[list[Article], list[IngestError]]:
    return [parse_bytes(data, path)], []


def _export(data: bytes, path: Path) -> tuple[list[Article], list[IngestError]]:
    from .jsonl import parse_export
    return parse_export(data, path)


@dataclass(frozen=True)
class Reader:
    read: Callable[[bytes, Path], tuple[list[Article], list[IngestError]]]
    max_bytes: int  # a larger file is refused unread


# The kinds of article file, by suffix (lower case).
READERS: dict[str, Reader] = {
    ".txt": Reader(_one_article, MAX_ARTICLE_BYTES),
    ".md": Reader(_one_article, MAX_ARTICLE_BYTES),
    ".html": Reader(_one_article, MAX_PAGE_BYTES),
    ".htm": Reader(_one_article, MAX_PAGE_BYTES),
    ".jsonl": Reader(_export, MAX_EXPORT_BYTES),
}
ARTICLE_PATTERNS = ", ".join(f"*{s}" for s in READERS)  # for messages and help


def reader_of(path: Path) -> Reader:
    """The reader for a file (one named otherwise, given by hand, is read as text)."""
    return READERS.get(path.suffix.lower(), READERS[".txt"])


def parse_file(data: bytes, path: Path) -> tuple[list[Article], list[IngestError]]:
    """The articles of one file, and the problems of those of its parts that are none (the
    lines of a CMS export); IngestError when the file as a whole is no article."""
    return reader_of(path).read(data, path)


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read and parse one article file (text or web page); raises IngestError with a one-line reason."""
    return parse_bytes(read_bytes(path, root), path)


def read_articles(path: Path, root: Path | None = None) -> tuple[list[Article], list[IngestError]]:
    """Read and parse any article file (a CMS export holds many): see parse_file."""
    return parse_file(read_bytes(path, root), path)


def read_bytes(path: Path, root: Path | None = None) -> bytes:
    """An article file's bytes, or IngestError: a bad file name, a symbolic link out of
    `root` (default: the file's folder), not a regular file, too large, unreadable."""
    source = str(path)
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in path.name):  # a line break; undecodable bytes
        raise IngestError(source, "file name has control characters or is not valid UTF-8; rename the file")
    _refuse_outside_link(path, (root or path.parent).resolve())
    try:
        if not path.is_file():
            raise IngestError(source, "broken symbolic link" if path.is_symlink() else "not a regular file")
        size, limit = path.stat().st_size, reader_of(path).max_bytes
        if size > limit:
            raise IngestError(source, f"too large ({size / 2**20:.1f} MB; the limit is {limit // 2**20} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(source, f"cannot read: {exc.strerror or exc}") from None


def _refuse_outside_link(path: Path, root: Path) -> None:
    """A symbolic link may point only inside the articles folder: the site is public, and a
    link to ~/.ssh/id_rsa.txt must not publish it."""
    if not path.is_symlink():
        return
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop
        raise IngestError(str(path), "symbolic link that loops; refused") from None
    if root not in target.parents:
        raise IngestError(str(path), f"symbolic link to {target}, outside the articles folder; refused")


def drop_duplicates(articles: list[Article], problems: list[IngestError]) -> list[Article]:
    """The articles less those with the same text as an earlier one (by file name), or the
    same id (a.md beside a.txt); each dropped one is a problem: one story must not count
    as two sources."""
    kept: list[Article] = []
    by_id: dict[str, Article] = {}
    by_text: dict[str, Article] = {}
    for art in articles:
        first = by_text.get(art.text_hash)  # equal bytes give equal text: one hash covers both
        if first:
            problems.append(IngestError(art.source, f"same text as {first.source}"))
        elif art.id in by_id:
            problems.append(IngestError(art.source, f"same article id {art.id!r} as {by_id[art.id].source}; rename one"))
        else:
            by_id[art.id] = by_text[art.text_hash] = art
            kept.append(art)
    return kept


def find_articles(folder: Path) -> list[Path]:
    """Article files of a folder, sorted by name: *.txt, *.md, *.html, *.htm and *.jsonl, no
    hidden files.

    Symbolic links are listed too (also broken ones), so that the caller can refuse them
    with a reason rather than drop them unseen.
    """
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in READERS and not p.name.startswith(".")
                  and (p.is_file() or p.is_symlink()))
