"""Quotation spans: pair the quotation marks of an article's paragraphs (curly, straight,
mixed, reopened over several paragraphs) into the spans of its quotes."""
from __future__ import annotations

from dataclasses import dataclass

from .patterns import (
    DQ_CLOSE,
    DQ_OPEN,
    DQ_RE,
    LEFT_OPENERS,
    REOPEN_D_RE,
    REOPEN_S_RE,
    RIGHT_CLOSERS,
    SENT_END_RE,
    SENTENCE_BEFORE_RE,
    SPEECH_COLON_RE,
    SQ_ATTR_AFTER_RE,
    SQ_CLAUSE_OPEN_RE,
    SQ_CLOSE,
    SQ_OPEN,
    SQ_OPENING_RE,
    SQ_RE,
)


@dataclass
class QuoteSpan:
    parts: list[tuple[int, int, int]]  # (paragraph, start, end) inside the marks
    closes: int = -1  # offset just past the closing mark in the last paragraph, or -1

    @property
    def first(self) -> tuple[int, int, int]:
        return self.parts[0]

    @property
    def last(self) -> tuple[int, int, int]:
        return self.parts[-1]


def _classify_mark(text: str, i: int, ch: str, is_open: bool, *, opens: str, closes: str) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = i == 0 or prev.isspace() or prev in LEFT_OPENERS
    right = i + 1 == len(text) or nxt.isspace() or nxt in RIGHT_CLOSERS
    if ch in opens:  # a curly opener used as a closer ("word“ ") is a typo for ”
        return "close" if is_open and right and not left else "open"
    if ch in closes:
        return "open" if not is_open and left and not right else "close"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "close" if is_open else "open"


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark that is not a quotation mark: don't, Putin's, ’90s, rock ’n’ roll."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit() and (i + 3 < len(text) and text[i + 3] == "s" or not prev.isalnum()):
        return True  # ’90s
    if nxt == "n" and i + 2 < len(text) and text[i + 2] in "’'" and prev.isspace():
        return True  # ’n’
    if prev == "n" and i >= 2 and text[i - 2] in "’'":
        return True
    return False


def _plural_possessive(text: str, start: int, i: int) -> bool:
    """"‘It’s the residents’ decision, not ours.’": in a quoted sentence (it opened with a
    capital), a mark after an s and before a word in lowercase is a plural's possessive
    when a later mark can close the quotation. (A partial quotation, "the ‘parents’ and
    teachers", opens in lowercase and ends at its mark.)"""
    return (text[start:start + 1].isupper() and text[i - 1:i] == "s" and text[i + 1:i + 2] == " "
            and text[i + 2:i + 3].islower() and SQ_RE.search(text, i + 1) is not None)


def find_quotes(paragraphs: list[str]) -> list[QuoteSpan]:
    """Pair the quotation marks of the body into quote spans.

    Double marks are the primary quotes. Single marks count only in an article that
    has no double marks at all (a house style with single primary quotes); otherwise
    a single-quoted span is either nested in a double-quoted one (so part of it) or
    a headline-style scare quote, and is left alone. Except in the British house
    style of single primary quotes with double ones nested inside: when every double
    mark sits inside a single-quoted span, the single marks are the quotes.
    """
    if not any(DQ_RE.search(p) for p in paragraphs) or _doubles_nested_in_singles(paragraphs):
        return _pair_quotes(paragraphs, False)
    quotes = _pair_quotes(paragraphs, True)
    singles = _pair_quotes(paragraphs, False)
    if _singles_are_primary(singles, quotes):
        # the house style is single, and the few double-quoted spans outside them were
        # pasted in (a statement from wire copy): both are quotations
        return sorted(singles + [q for q in quotes if not _inside(q, singles)], key=lambda q: q.first[:2])
    extra = _clause_singles(paragraphs, quotes)
    return sorted(quotes + extra, key=lambda q: q.first[:2]) if extra else quotes


def _inside(q: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    return all(any(p == p2 and s2 <= s and e <= e2 for o in spans for p2, s2, e2 in o.parts)
               for p, s, e in q.parts)


def _singles_are_primary(singles: list[QuoteSpan], doubles: list[QuoteSpan]) -> bool:
    """More paragraphs and more text of single-quoted spans stand outside the
    double-quoted ones than the other way round: the copy quotes in single marks
    (British house style) and the doubles are the exception."""
    def outside(spans, others):
        parts = [(p, s, e) for q in spans if not _inside(q, others) for p, s, e in q.parts]
        return len(parts), sum(e - s for _, s, e in parts)
    (n_single, len_single), (n_double, len_double) = outside(singles, doubles), outside(doubles, singles)
    return n_single > n_double and len_single > len_double


def _clause_singles(paragraphs: list[str], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted speech in copy that uses double marks elsewhere (mixed house
    styles, rewritten copy): a single-quoted span counts when it is a whole clause -
    it opens the paragraph or follows a sentence end or a colon, starts with a
    capital and closes with , . ? or ! - and is tied to a reporting clause:
    "'Q,' said Roe" / "'Q,' Roe said" / "Roe said: 'Q.'" (or a paragraph after one
    ending "Roe said:"), or goes on from such a quote in the same paragraph
    ("'A,' Roe said. 'B.'") or, opening the paragraph, from one in the last
    sentence of the paragraph before. Apostrophes and single-quoted words inside
    double quotes are never spans of their own."""
    out: list[QuoteSpan] = []
    inside: dict[int, list[tuple[int, int]]] = {}
    for q in doubles:
        for p, s, e in q.parts:
            inside.setdefault(p, []).append((s - 1, e + 1))
    for p, text in enumerate(paragraphs):
        if ("'" not in text and "\u2018" not in text) or not SQ_CLAUSE_OPEN_RE.search(text):
            continue
        # a single-quoted clause tied to a reporting clause came before: in the last
        # sentence of the previous paragraph (for a quote opening this one), or here
        tied = bool(out) and out[-1].last[0] == p - 1 \
            and not SENT_END_RE.search(paragraphs[p - 1], out[-1].closes)
        for q in _pair_quotes([text], False):
            _, s, e = q.first
            inner = text[s:e].rstrip()
            if q.closes != e + 1 or not inner or inner[-1] not in ",.?!" or not inner[0].isupper() \
                    or any(a < e + 1 and s - 1 < b for a, b in inside.get(p, ())):
                continue
            if not SENTENCE_BEFORE_RE.search(text, 0, s - 1):
                tied = False
                continue
            before = text[:s - 1].rstrip()
            if before and out and out[-1].last[0] != p:
                tied = False  # a tie from the paragraph before holds for its opening only
            if (inner[-1] != "." and SQ_ATTR_AFTER_RE.match(text, q.closes)) \
                    or (before.endswith(":") and SPEECH_COLON_RE.search(before)) \
                    or (not before and p > 0 and paragraphs[p - 1].rstrip().endswith(":")
                        and SPEECH_COLON_RE.search(paragraphs[p - 1].rstrip())) \
                    or (tied and inner[-1] in ".?!"):
                out.append(QuoteSpan([(p, s, e)], q.closes))
                tied = True
            else:
                tied = False
    return out


def _doubles_nested_in_singles(paragraphs: list[str]) -> bool:
    for text in paragraphs:  # cheap test first: a single opening mark before the first double
        m = DQ_RE.search(text)
        if m:
            if not SQ_OPENING_RE.search(text, 0, m.start()):
                return False
            break
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in _pair_quotes(paragraphs, False):
        for p, s, e in q.parts:
            spans.setdefault(p, []).append((s, e))
    for p, text in enumerate(paragraphs):
        for m in DQ_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in spans.get(p, ())):
                return False
    return True


def _nested_pair(text: str, opened: int, i: int) -> int:
    """Where the curly pair opened at i closes, when the quotation it stands in was opened
    (or reopened) at `opened` by a straight mark and no straight mark comes first:
    '"Justice isn't about “Equal Justice” anymore.' Mixed copy types the quoted speech
    straight and what it quotes curly. Otherwise -1."""
    if text[opened] != '"' or text[i] != "\u201c":
        return -1
    end, straight = text.find("\u201d", i + 1), text.find('"', i + 1)
    return end if end > 0 and (straight < 0 or end < straight) else -1


def _pair_quotes(paragraphs: list[str], doubles: bool) -> list[QuoteSpan]:
    if doubles:
        mark_re, opens, closes, reopen = DQ_RE, DQ_OPEN, DQ_CLOSE, REOPEN_D_RE
    else:
        mark_re, opens, closes, reopen = SQ_RE, SQ_OPEN, SQ_CLOSE, REOPEN_S_RE
    out: list[QuoteSpan] = []
    carry: list[tuple[int, int, int]] | None = None  # parts of a quote still open
    n = len(paragraphs)
    for p, text in enumerate(paragraphs):
        is_open, start, skip = False, 0, -1
        if carry is not None:
            m = reopen.match(text)
            if m:  # a reopened continuation paragraph
                is_open, start, skip = True, m.end(), m.end() - 1
            else:
                carry = None
        for m in mark_re.finditer(text):
            i = m.start()
            if i <= skip:
                continue
            if not doubles and (_is_apostrophe(text, i) or is_open and _plural_possessive(text, start, i)):
                continue
            kind = _classify_mark(text, i, m.group(), is_open, opens=opens, closes=closes)
            if kind == "open" and is_open and (inner := _nested_pair(text, start - 1, i)) > 0:
                skip = inner  # a curly pair inside a quotation opened by a straight mark: nested, part of it
                continue
            if kind == "open":
                if is_open:  # two openers in a row: the earlier one was stray
                    carry = None
                is_open, start = True, i + 1
            elif is_open:
                parts = (carry or []) + [(p, start, i)]
                carry, is_open = None, False
                if any(c.isalnum() for c in text[start:i]):
                    out.append(QuoteSpan(parts, i + 1))
        if is_open:
            end = len(text.rstrip())
            # only a quote of full sentences runs on ("“The water came ..."); an
            # unclosed partial quote ("was “still negotiating") is an odd mark
            first = (carry[0] if carry else (p, start, end))
            head = paragraphs[first[0]][first[1]:first[1] + 2].lstrip("[(…. ")
            full = head[:1].isupper() or head[:1].isdigit() or (
                # '"A," said Roe, "and B.' running on: the rest of a sentence quoted in part before
                not carry and out and out[-1].parts[-1][0] == p and text[:start - 1].rstrip().endswith(","))
            if p + 1 < n and reopen.match(paragraphs[p + 1]) and end > start and full:
                carry = (carry or []) + [(p, start, end)]
            elif full and end > start and text[end - 1] in ".?!" and (
                    carry or SENTENCE_BEFORE_RE.search(text, 0, start - 1)):
                # 'she said. "Doctors remember ...' to the end of the paragraph: whole
                # sentences quoted after a sentence end, the closing mark left out
                out.append(QuoteSpan((carry or []) + [(p, start, end)], len(text)))
                carry = None
            else:  # never closed and not continued: an odd mark, not a quote
                carry = None
    return out
