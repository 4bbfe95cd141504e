"""Ingest a CMS export (*.jsonl): one article per line, as a JSON object.

    {"id": "...", "title": "...", "date": "2024-10-31", "outlet": "...", "url": "https://...",
     "authors": ["..."], "text": "..."}        (or "html": "<p>...</p>" instead of "text")

A bad line is one problem (`file.jsonl:LINE: why`) and the other lines are read. What a
line states wins over what its text or HTML would suggest; other fields (section, tags,
whatever the CMS adds) are ignored.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ..model import Article
from .article import article_from_paragraphs, split_paragraphs
from .text import MAX_ARTICLE_BYTES, IngestError, clean_text, decode, is_date, normalised_text

def parse_export(data: bytes, path: Path) -> tuple[list[Article], list[IngestError]]:
    """The articles of an export and a problem for each line that is none; IngestError
    when the file as a whole cannot be read (binary, not UTF-8, empty)."""
    source = str(path)
    decode(data, source)  # refuses binary and undecodable files with their reason, before any line
    articles: list[Article] = []
    problems: list[IngestError] = []
    first_line: dict[str, int] = {}
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            art = parse_line(raw, number, source)
        except IngestError as exc:
            problems.append(exc)
            continue
        if art.id in first_line:
            problems.append(IngestError(source, f"id {art.id!r} again (first on line {first_line[art.id]}); "
                                                "ids must be unique", number))
            continue
        first_line[art.id] = number
        articles.append(art)
    if not articles and not problems:
        raise IngestError(source, "empty file (only blank lines)")
    return articles, problems


def parse_line(raw: bytes, number: int, source: str) -> Article:
    """One line of an export -> Article; IngestError(source, why, number) otherwise."""
    def bad(why: str) -> IngestError:
        return IngestError(source, why, number)

    if len(raw) > MAX_ARTICLE_BYTES:
        raise bad(f"line too long ({len(raw) / 2**20:.1f} MB; the limit is {MAX_ARTICLE_BYTES // 2**20} MB "
                  "an article)")
    try:
        record = json.loads(decode(raw, source).strip())
    except IngestError as exc:
        raise bad(exc.problem) from None
    except json.JSONDecodeError as exc:
        raise bad(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise bad("invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise bad(f"not a JSON object but {type(record).__name__}: one article per line, as {{\"id\": ...}}")
    meta = _metadata(record, bad)
    article_id = meta.pop("id")
    where = f"{source}:{number}"
    try:
        if isinstance(record.get("text"), str) and record["text"].strip():
            body = record["text"]
            paragraphs = split_paragraphs(clean_text(body))
            if not paragraphs:
                raise IngestError(where, "no text")
            art = article_from_paragraphs(paragraphs, article_id, where, meta, headline="title" not in meta)
        elif isinstance(record.get("html"), str) and record["html"].strip():
            from .html import parse_page  # trafilatura: imported only for exports with HTML
            body = record["html"]
            art = parse_page(body, article_id, where, given=meta)
        else:
            raise bad("no article text: give \"text\" or \"html\" (a non-empty string)")
    except IngestError as exc:
        if exc.source == where:
            raise bad(exc.problem) from None
        raise
    art.line = number
    art.content_hash = hashlib.sha256(raw.strip()).hexdigest()
    art.text_hash = hashlib.sha256(normalised_text(body).encode("utf-8")).hexdigest()
    return art


def _metadata(record: dict, bad) -> dict:
    """The fields of a record that say what the article is, checked; "id" always there."""
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise bad("no \"id\" (a non-empty string or a number)")
    if any(not c.isprintable() for c in article_id) or len(article_id) > 200:
        raise bad(f"\"id\" must be one printable line of at most 200 characters, not {article_id[:60]!r}")
    meta: dict = {"id": article_id.strip()}
    for key in ("title", "outlet", "url", "language", "date"):
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise bad(f"{key!r} must be a string, not {type(value).__name__}")
        meta[key] = " ".join(value.split())
    if "date" in meta:
        m = re.match(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])", meta["date"])
        if not m or not is_date(m.group(1)):
            raise bad(f"'date' must be YYYY-MM-DD (a real date; a time after it is ignored), not {meta['date']!r}")
        meta["date"] = m.group(1)
    if "url" in meta and not re.match(r"https?://", meta["url"]):
        raise bad(f"'url' must start with http:// or https://, not {meta['url']!r}")
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if authors is not None:
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise bad("'authors' must be a list of names")
        meta["authors"] = [" ".join(a.split()) for a in authors if a.strip()]
    return meta
