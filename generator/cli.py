"""Command line: `generator build | extract | serve`. A thin layer over generator.build."""
from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
import time
from pathlib import Path

from . import export as export_mod
from .build import OFFLINE_ZIP, BuildError, analyse, build_site, json_text, load_articles, write_file_atomic
from .ingest import find_articles

# Exit codes
OK, FAILED, USAGE, SKIPPED_FILES = 0, 1, 2, 3


def _default_config(offline: bool = False) -> Path:
    return Path.cwd() / ("mkdocs.offline.yml" if offline else "mkdocs.yml")


def _report_problems(problems: list) -> None:
    for p in problems:
        print(f"skipped {p}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    if not args.config.is_file():
        print(f"error: {args.config}: no MkDocs config (run from the project folder or pass --config)", file=sys.stderr)
        return USAGE
    started = time.perf_counter()
    offline = getattr(args, "offline", False)
    result = build_site(args.seeds, args.out, args.config, strict=args.strict, offline=offline, jobs=args.jobs,
                        full=args.full)
    _report_problems(result.problems)
    if result.up_to_date:
        print(f"site is up to date (no input changed since the last build): {(result.site_dir / 'index.html').resolve()}")
        return SKIPPED_FILES if result.problems else OK
    c = result.corpus
    pages = "every page rendered" if result.full else f"{result.rendered} changed pages rendered"
    print(f"built {len(c.articles)} articles, {len(c.quotes)} quotes, {len(c.speakers)} speakers "
          f"in {time.perf_counter() - started:.1f}s ({pages})")
    print(f"open {(result.site_dir / 'index.html').resolve()}")
    if offline:
        print(f"zipped {(args.out / OFFLINE_ZIP).resolve()}")
    return SKIPPED_FILES if result.problems else OK


def cmd_extract(args: argparse.Namespace) -> int:
    loaded = load_articles(args.folder)
    corpus = analyse(loaded.articles, jobs=args.jobs, problems=loaded.problems)
    if args.strict and loaded.problems:
        for p in loaded.problems:
            print(f"error: {p}", file=sys.stderr)
        return FAILED
    _report_problems(loaded.problems)
    text = json_text(export_mod.export(corpus))
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        write_file_atomic(args.output, text)  # never a half-written export
        print(f"wrote {len(corpus.quotes)} quotes from {len(corpus.articles)} articles to {args.output}",
              file=sys.stderr)
    return SKIPPED_FILES if loaded.problems else OK


def _signature(folder: Path) -> tuple:
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in find_articles(folder))


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
    print(f"serving http://127.0.0.1:{server.server_port}/index.html (Ctrl+C to stop); "
          f"rebuilding when {args.seeds} changes")
    seen = _signature(args.seeds)
    try:
        while True:
            time.sleep(1.0)
            now = _signature(args.seeds)
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
        p.add_argument("--strict", action="store_true", help="fail the build if any article cannot be read")
        p.add_argument("--full", action="store_true",
                       help="render every page (by default only the pages whose Markdown changed are)")
        jobs_option(p)

    def jobs_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                       help="extract articles on N processes (default 1; the output is the same)")

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
    e.add_argument("folder", type=Path, help="folder of articles (*.txt, *.md)")
    e.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write ('-' for stdout)")
    e.add_argument("--strict", action="store_true", help="fail if any article cannot be read")
    jobs_option(e)
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("serve", help="build, serve on localhost, rebuild when an article changes",
                       description="Build the site, serve it on 127.0.0.1, and rebuild when the articles change.")
    site_options(s)
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "config", "unset") is None:
        args.config = _default_config(getattr(args, "offline", False))
    try:
        return args.func(args)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return FAILED
