"""The text of an article file: decoded (encodings, byte-order marks, mojibake), its
YAML front matter split off, and cleaned (controls, invisible characters, odd spaces),
as every reader needs it before the line rules (article.py) run."""
from __future__ import annotations

import codecs
import datetime as _dt
import html
import re
import unicodedata

import yaml

FRONT_MATTER_KEYS = {"title": str, "date": str, "outlet": str, "url": str, "authors": list}
# What static-site and CMS exports (Hugo, Jekyll, WordPress exporters) also put there: the
# same under another name, or nothing the site uses (a misspelt key is still an error).
FRONT_MATTER_ALIASES = {"author": "authors"}
FRONT_MATTER_IGNORED = {"tags", "categories", "category", "section", "draft", "description", "summary", "slug",
                        "layout", "image", "images", "keywords", "lang", "subtitle", "id", "aliases", "weight",
                        "type", "toc", "comments", "permalink", "excerpt", "featured_image", "lastmod", "updated"}
# Long news features run to ~100 KB; 2 MB leaves room for transcripts while keeping one
# file's share of a build to seconds.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# A saved page carries its scripts, styles and inlined images beside the story: more room.
MAX_PAGE_BYTES = 5 * 1024 * 1024
# A CMS export holds a whole archive, one article a line (each line MAX_ARTICLE_BYTES at most).
MAX_EXPORT_BYTES = 512 * 1024 * 1024
# A longer "paragraph" is a dump with its line breaks lost, not prose, and would make
# one unreadable page of megabytes (extraction itself is linear in paragraph length).
MAX_PARAGRAPH_CHARS = 50_000
# C0/C1 controls other than tab and newline: invisible in print, and Markdown engines use
# some of them internally as placeholders.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible characters scraped copy carries inside words and names: zero-width space, word
# joiner, a stray BOM, soft hyphen. They would split or disguise a name; dropped.
# Non-breaking and narrow spaces become plain spaces.
INVISIBLE_CHARS = re.compile("[\u200b\u2060\ufeff\u00ad]")
ODD_SPACES = re.compile("[\u00a0\u2007\u202f]")
# Some archives write every quotation mark as two apostrophes: a double mark. Three are a
# single and a double mark nested: an opening double then single after a space, else a
# closing single then double.
TRIPLE_APOSTROPHE = re.compile(r"(?:^|(?<=[\s(\u2014\u2013-]))(''')|'''", re.M)


# A colon glued to the quotation it opens ('Jane Roe:"We learned ...'): a space, as typeset
# copy has, so that the name before it is read whole.
GLUED_COLON_QUOTE = re.compile(r'(?<=\w):(?=[\u201c"]\w)')
# Markup left in scraped text: a tag with quoted attributes ('<tweet author="@x"
# date="May 2, 2016">'), and the closing or empty tags of the same name.
# (a value may hold a line break: 'tweet-date="January 19, 2016\n">' left '">' before the tweet)
TAG_WITH_ATTRIBUTES = re.compile(r"""<([A-Za-z][\w-]*)(?:\s+[\w:-]+\s*=\s*(?:"[^"<>]{0,200}"|'[^'<>]{0,200}'))+\s*/?>""")


class IngestError(Exception):
    """A file that cannot be read as an article. str() is a one-line message naming it."""

    def __init__(self, source: str, problem: str, line: int | None = None):
        self.source, self.problem, self.line = source, problem, line
        where = f"{_printable(source)}:{line}" if line else _printable(source)
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):  # made in a worker process, reported by the parent
        return IngestError, (self.source, self.problem, self.line)


def _printable(name: str) -> str:
    """A file name for a one-line message: control characters and undecodable bytes escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


# --- decoding ---------------------------------------------------------------------------

# What common non-text files start with, to say what a misnamed file really is.
FILE_SIGNATURES = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                   b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (a Word .docx?)",
                   b"{\\rtf": "an RTF document"}
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# C0 controls other than whitespace: in text a stray one is dropped, in binary they abound.
BINARY_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\x0b\x0c\r")
# Share of non-ASCII bytes above which a file that is not UTF-8 is not Windows-1252 prose
# either (Cyrillic, Greek, East Asian encodings, binary data): refused, not guessed.
MAX_CP1252_HIGH_SHARE = 0.2
# UTF-8 read as Windows-1252/Latin-1 ("â€œ", "Ã©", "Â£") and C1 controls (cp1252 punctuation
# read as Latin-1): a cheap test, so ftfy only sees the texts that may need it.
MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f]")


COMBINING_MARK = re.compile("[\u0300-\u036f]")


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are read as Windows-1252 (raises on
    the five bytes cp1252 leaves undefined)."""
    return exc.object[exc.start:exc.end].decode("cp1252"), exc.end


codecs.register_error("whosaidwhat-cp1252", _cp1252_bytes)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), BOM-marked UTF-16/32, or Windows-1252.

    Windows-1252 (which covers Latin-1) is taken only for mostly-ASCII text that is not
    valid UTF-8, also when mixed into UTF-8 (a pasted passage); anything else is refused
    with a message rather than guessed at: a wrong guess would publish garbage under a
    permanent link. Mojibake (UTF-8 once read as cp1252: "â€œ") is repaired.
    """
    if not data:
        raise IngestError(source, "empty file")
    if not data.strip():
        raise IngestError(source, "empty file (only whitespace)")
    for magic, what in FILE_SIGNATURES.items():
        if data.startswith(magic):
            raise IngestError(source, f"binary file ({what}), not plain text")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return repair_mojibake(data[len(bom):].decode(codec))
            except UnicodeDecodeError as exc:
                raise IngestError(source, f"not valid {codec} despite its byte-order mark ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise IngestError(source, f"contains NUL bytes (first at offset {data.index(0)}): binary, or UTF-16 "
                                  "without a byte-order mark; save it as UTF-8")
    controls = len(data) - len(data.translate(None, BINARY_CONTROLS))
    if controls > max(8, 0.01 * len(data)):
        raise IngestError(source, "binary file (many control characters), not plain text")
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if high <= MAX_CP1252_HIGH_SHARE * len(data):
        try:
            return repair_mojibake(data.decode("utf-8", errors="whosaidwhat-cp1252"))
        except UnicodeDecodeError:
            pass
    raise IngestError(source, f"not UTF-8 text ({where}), nor Windows-1252 or Latin-1; save it as UTF-8")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text once (or twice) decoded as Windows-1252/Latin-1: "â€œ" -> "\u201c",
    also when it was then decomposed (NFD: "A" + a combining tilde for "Ã"), as some
    archives store it: "SarukhÃƒÂ¡n" -> "Sarukhán"."""
    decomposed = COMBINING_MARK.search(text) is not None
    if not MOJIBAKE_HINT.search(text) and not decomposed:
        return text
    import ftfy  # only here: most texts never need it, and importing it takes 0.2 s

    def repaired(line: str) -> str:
        if decomposed and COMBINING_MARK.search(line):
            composed = unicodedata.normalize("NFC", line)
            if MOJIBAKE_HINT.search(composed):
                return ftfy.fix_encoding(composed)
        return ftfy.fix_encoding(line) if MOJIBAKE_HINT.search(line) else line

    # Line by line, and only the lines that need it: a pasted passage is fixed on its own,
    # and the rest of a long text costs nothing.
    return "\n".join(repaired(line) for line in text.split("\n"))


# --- front matter -----------------------------------------------------------------------

class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text: an impossible one ("2024-13-45") is then reported
    with its key and line below, and a title such as 2024-01-01 stays a title."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """Optional YAML front matter between `---` lines; its keys override inference."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return {}, text
    m = re.search(r"^(?:---|\.\.\.)[ \t]*\r?$", text[4:], re.M)
    if not m:
        raise IngestError(source, "front matter opened with '---' is never closed", 1)
    raw, body = text[4:4 + m.start()], text[4 + m.end():]
    try:
        meta = yaml.load(raw, _FrontMatterLoader) or {}  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise IngestError(source, f"front matter: {problem}", (line + 2) if line is not None else 1) from None
    except ValueError as exc:  # an explicit !!timestamp that is no date
        raise IngestError(source, f"front matter: impossible date ({exc})", 1) from None
    except RecursionError:
        raise IngestError(source, "front matter: nested too deeply", 1) from None
    if not isinstance(meta, dict):
        raise IngestError(source, "front matter must be a mapping of keys to values", 2)
    clean: dict = {}
    for key, value in meta.items():
        line = _key_line(raw, key)
        if key in FRONT_MATTER_IGNORED:
            continue
        if key in FRONT_MATTER_ALIASES and FRONT_MATTER_ALIASES[key] not in meta:
            key = FRONT_MATTER_ALIASES[key]  # "author: Jane Roe"
        if key not in FRONT_MATTER_KEYS:
            raise IngestError(source, f"front matter: unknown key {key!r} (known: {', '.join(FRONT_MATTER_KEYS)})", line)
        if key == "date" and isinstance(value, (_dt.date, _dt.datetime)):
            value = value.isoformat()[:10]
        if key == "authors" and isinstance(value, str):
            value = [value]
        if not isinstance(value, FRONT_MATTER_KEYS[key]) or (key == "authors" and not all(isinstance(a, str) for a in value)):
            want = "a list of names" if key == "authors" else "a string (put the value in quotes)"
            raise IngestError(source, f"front matter: {key!r} must be {want}, not {type(value).__name__}", line)
        if key == "date" and not is_date(value):
            raise IngestError(source, f"front matter: date must be YYYY-MM-DD (a real date), not {value!r}", line)
        if key == "url" and not re.match(r"https?://", value):
            raise IngestError(source, f"front matter: url must start with http:// or https://, not {value!r}", line)
        clean[key] = value
    return clean, body


def is_date(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(_dt.date.fromisoformat(value))
    except ValueError:
        return False


def _key_line(raw: str, key: object) -> int:
    for i, line in enumerate(raw.splitlines()):
        if line.startswith(f"{key}:"):
            return i + 2  # +1 for the opening '---', +1 for 1-based lines
    return 1


# --- line classification ----------------------------------------------------------------


# A character reference or a named entity ("&#8220;", "&#x201C;", "&rsquo;", "&amp;").
ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});")


def _character(entity: re.Match) -> str:
    """The character an entity stands for; "&lt;" and "&gt;" stay as written, so that no
    markup is made of what the text shows as such."""
    char = html.unescape(entity.group(0))
    return entity.group(0) if char in ("<", ">") else char


def clean_text(text: str) -> str:
    """Line ends made uniform; control and invisible characters dropped; odd spaces made
    plain; quotation marks typed as two apostrophes made one double mark; a colon glued to
    the quotation it opens spaced; markup tags left in the text dropped (their words kept)."""
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "<" in text:
        text = strip_leftover_tags(text)
    if "&" in text:  # entities a CMS left in plain text: "&#8220;I didn&#8217;t expect to win,&#8221;" (f58)
        text = ENTITY.sub(_character, text)
    text = ODD_SPACES.sub(" ", INVISIBLE_CHARS.sub("", text))
    if "''" in text:
        text = TRIPLE_APOSTROPHE.sub(lambda m: "\"'" if m.group(1) else "'\"", text)
        text = text.replace("''", '"')
    return GLUED_COLON_QUOTE.sub(": ", text)


def strip_leftover_tags(text: str) -> str:
    """The text less the markup tags a scraper left in it: tags with quoted attributes,
    and the bare opening, closing and empty tags of their names. Their attribute values
    would read as quotations ("February 10, 2016", "@handle"); the words between the
    tags stay. A "<" in prose ("a <b> tag", "x < y") is no tag with attributes: kept."""
    names = {m.group(1) for m in TAG_WITH_ATTRIBUTES.finditer(text)}
    if not names:
        return text
    text = TAG_WITH_ATTRIBUTES.sub("", text)
    bare = "|".join(re.escape(n) for n in sorted(names))
    return re.sub(rf"</?(?:{bare})\s*/?>", "", text)


def normalised_text(text: str) -> str:
    """The text with what does not change an article's content made uniform: line ends,
    trailing spaces, control characters, Unicode normal form (a BOM is gone with decoding)."""
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", "\n".join(line.rstrip() for line in text.strip().split("\n")))
