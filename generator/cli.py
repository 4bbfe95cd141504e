"""Command line: `generator build | extract | serve | review`. A thin layer over generator.publish."""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import sys
import threading
import time
from pathlib import Path

from . import review
from .publish import (CORRECTIONS_FILE, OFFLINE_ZIP, BuildError, BuildOptions, analyse, apply_corrections, build_site,
                    display_path, load_articles, load_corrections, read_registry, today)
from .publish.files import write_atomic
from .extract.nlp import ModelError
from .ingest import ARTICLE_PATTERNS, find_articles
from .site import export as export_mod
from .site import json_text
from .site.lean import relative_citations, site_limits

# Exit codes
OK, FAILED, USAGE, SKIPPED_FILES = 0, 1, 2, 3


def _default_config(offline: bool = False) -> Path:
    return Path.cwd() / ("mkdocs.offline.yml" if offline else "mkdocs.yml")


def _report_problems(problems: list, corrections: list = ()) -> None:
    for p in problems:
        print(f"skipped {p}", file=sys.stderr)
    for p in corrections:  # a stale fix is a warning; a bad one is left out
        print(f"{'warning' if p.stale else 'skipped'} {p}", file=sys.stderr)


def _bad(corrections: list) -> bool:
    return any(not p.stale for p in corrections)


def _corrections_file(args: argparse.Namespace, folder: Path | None) -> Path | None:
    """--corrections FILE, which must exist; else corrections.yaml in `folder` (used when
    it exists, and watched for when it does not)."""
    if args.corrections is not None:
        if not args.corrections.is_file():
            raise _Usage(f"{args.corrections}: no such corrections file")
        return args.corrections
    return folder / CORRECTIONS_FILE if folder else None


def cpu_count() -> int:
    """The CPUs this process may run on: a container or `taskset` can allow fewer than
    the machine has (os.sched_getaffinity, where the system has it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Usage(Exception):
    """A usage error: exit 2 with this message."""


def cmd_build(args: argparse.Namespace) -> int:
    if not args.config.is_file():
        print(f"error: {args.config}: no MkDocs config (run from the project folder or pass --config)", file=sys.stderr)
        return USAGE
    started = time.perf_counter()
    offline = getattr(args, "offline", False)
    result = build_site(BuildOptions(args.seeds, args.out, args.config, strict=args.strict, offline=offline,
                                     jobs=args.jobs, corrections_file=_corrections_file(args, args.config.parent),
                                     full=args.full, keep_corpus=False))
    _report_problems(result.problems, result.corrections)
    code = SKIPPED_FILES if result.problems or _bad(result.corrections) else OK
    if result.up_to_date:
        print(f"site is up to date (no input changed since the last build): {(result.site_dir / 'index.html').resolve()}")
        return code
    c = result.summary
    fixed = f", {c.corrections} correction{'' if c.corrections == 1 else 's'}" if c.corrections else ""
    pages = "every page rendered" if result.full else f"{result.rendered} changed pages rendered"
    print(f"built {c.articles} articles, {c.quotes} quotes, {c.speakers} speakers{fixed} "
          f"in {time.perf_counter() - started:.1f}s ({pages})")
    print(f"open {(result.site_dir / 'index.html').resolve()}")
    if too_big := site_limits(result.site_dir):
        print(f"warning: {too_big}", file=sys.stderr)
    if not offline and (relative := relative_citations(result.site_dir)):
        print(f"warning: {relative}", file=sys.stderr)
    if offline:
        print(f"zipped {(args.out / OFFLINE_ZIP).resolve()}")
    return code


def _corrected_corpus(folder: Path, jobs: int, corrections_file: Path | None):
    """Articles -> corpus -> the editor's corrections applied: (loaded, corpus, fixes, problems).
    The permalink registry beside the corrections file tells a gone id from a typo."""
    fixes = load_corrections(corrections_file)
    loaded = load_articles(folder)
    corpus = analyse(loaded.articles, jobs=jobs, problems=loaded.problems)
    registry, dates = read_registry(corrections_file.parent / "permalinks.json" if corrections_file else None)
    corpus, problems, _ = apply_corrections(corpus, fixes, registry, dates)
    return loaded, corpus, fixes, problems


def cmd_extract(args: argparse.Namespace) -> int:
    loaded, corpus, _, fix_problems = _corrected_corpus(args.folder, args.jobs, _corrections_file(args, None))
    if args.strict and (loaded.problems or _bad(fix_problems)):
        for p in [*loaded.problems, *(p for p in fix_problems if not p.stale)]:
            print(f"error: {p}", file=sys.stderr)
        return FAILED
    _report_problems(loaded.problems, fix_problems)
    text = json_text(export_mod.export(corpus), indent=1)
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text)  # never a half-written export
        print(f"wrote {len(corpus.quotes)} quotes from {len(corpus.articles)} articles to {args.output}",
              file=sys.stderr)
    return SKIPPED_FILES if loaded.problems or _bad(fix_problems) else OK


def cmd_review(args: argparse.Namespace) -> int:
    corrections_file = _corrections_file(args, Path.cwd())
    if args.write_skeleton is not None and args.write_skeleton.exists():
        raise _Usage(f"{args.write_skeleton}: already exists; the skeleton is only written to a new file "
                     "(copy what you need from it into corrections.yaml)")
    loaded, corpus, fixes, fix_problems = _corrected_corpus(args.seeds, args.jobs, corrections_file)
    _report_problems(loaded.problems, fix_problems)
    dealt_with = {c.page.removeprefix("speakers/").removesuffix(".md") for c in corpus.corrections
                  if c.kind == "speaker"}
    dealt_with |= {f.speaker for f in fixes.speakers if f.reviewed} if fixes else set()
    limit = args.limit if args.limit > 0 else None
    quotes = review.quote_queue(corpus)[:limit]
    speakers = review.speaker_queue(corpus, dealt_with)[:limit]
    if args.format == "json":
        sys.stdout.write(json_text(review.as_json(quotes, speakers), indent=1))
    else:
        sys.stdout.write(review.as_text(quotes, speakers))
    if args.write_skeleton is not None:
        write_atomic(args.write_skeleton, review.skeleton(quotes, speakers, today()))
        print(f"wrote {args.write_skeleton}: uncomment and fill in the entries you want, then copy them into "
              f"{display_path(corrections_file)}", file=sys.stderr)
    return SKIPPED_FILES if loaded.problems or _bad(fix_problems) else OK


def _signature(folder: Path, corrections_file: Path | None = None) -> tuple:
    files = [*find_articles(folder), *([corrections_file] if corrections_file and corrections_file.exists() else [])]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def cmd_serve(args: argparse.Namespace) -> int:
    code = cmd_build(args)
    if code not in (OK, SKIPPED_FILES):
        return code
    site = (args.out / "site").resolve()
    handler = functools.partial(_QuietHandler, directory=str(site))
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as exc:
        print(f"error: cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc} (try --port 0)", file=sys.stderr)
        return FAILED
    threading.Thread(target=server.serve_forever, daemon=True).start()
    corrections_file = _corrections_file(args, args.config.parent)
    seen = _signature(args.seeds, corrections_file)  # before saying so: a change right after counts
    print(f"serving http://127.0.0.1:{server.server_port}/index.html (Ctrl+C to stop); "
          f"rebuilding when {args.seeds} or {display_path(corrections_file)} changes")
    try:
        while True:
            time.sleep(1.0)
            now = _signature(args.seeds, corrections_file)
            if now != seen:
                seen = now
                try:
                    cmd_build(args)
                except BuildError as exc:  # keep serving the last good site
                    print(f"error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        server.shutdown()
    return OK


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        pass


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="generator",
        description="Publish a website of who said what from a folder of plain-text news articles.",
        epilog="Exit codes: 0 ok, 1 failed (previous site left intact), 2 usage error, "
               "3 built but some files were skipped (see the messages).")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def site_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
        p.add_argument("--out", type=Path, default=Path("."),
                       help="where site_src/ and site/ are written (default: current folder)")
        p.add_argument("--config", type=Path, default=None, help="MkDocs config (default: ./mkdocs.yml)")
        p.add_argument("--strict", action="store_true",
                       help="fail the build if any article cannot be read or any correction is bad")
        p.add_argument("--full", action="store_true",
                       help="render every page (by default only the pages whose Markdown changed are)")
        corrections_option(p, "default: corrections.yaml beside the MkDocs config, if there is one")
        jobs_option(p)

    def corrections_option(p: argparse.ArgumentParser, default: str) -> None:
        p.add_argument("--corrections", type=Path, default=None, metavar="FILE",
                       help=f"the editor's corrections ({default})")

    def jobs_option(p: argparse.ArgumentParser) -> None:
        cpus = cpu_count()
        p.add_argument("--jobs", "-j", type=int, default=cpus, metavar="N",
                       help=f"work on N processes (default: the number of CPUs, here {cpus}; the output is the same)")

    b = sub.add_parser("build", help="write site_src/ and build site/ with MkDocs",
                       description="Extract quotes from the articles, write Markdown to site_src/, "
                                   "and build the site into site/ with MkDocs (strict).")
    site_options(b)
    b.add_argument("--offline", action="store_true",
                   help="a site to open from disk, search included (default config: ./mkdocs.offline.yml); "
                        "also writes site-offline.zip")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("extract", help="quotes, speakers and articles of a folder as JSON",
                       description="Extract quotes, speakers and articles as JSON, without building a site.")
    e.add_argument("folder", type=Path, help=f"folder of articles ({ARTICLE_PATTERNS})")
    e.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write ('-' for stdout)")
    e.add_argument("--strict", action="store_true", help="fail if any article cannot be read or any correction is bad")
    corrections_option(e, "default: none")
    jobs_option(e)
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("serve", help="build, serve on localhost, rebuild when an article changes",
                       description="Build the site, serve it on 127.0.0.1, and rebuild when the articles change.")
    site_options(s)
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.set_defaults(func=cmd_serve)

    r = sub.add_parser("review", help="the quotations and speakers an editor should check first",
                       description="List the quotations an editor should check first (unattributed ones, then "
                                   "the most doubtful attributions), then speakers that may be one person or two; "
                                   "corrections already made are left out.")
    r.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    corrections_option(r, "default: ./corrections.yaml, if there is one")
    r.add_argument("--limit", type=int, default=20, metavar="N",
                   help="at most N quotations and N speakers (default 20; 0 for all)")
    r.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    r.add_argument("--write-skeleton", type=Path, default=None, metavar="FILE",
                   help="also write a corrections.yaml skeleton of the listed items, commented out, to FILE "
                        "(a new file)")
    jobs_option(r)
    r.set_defaults(func=cmd_review)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "config", "unset") is None:
        args.config = _default_config(getattr(args, "offline", False))
    try:
        return args.func(args)
    except _Usage as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except (BuildError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return FAILED
