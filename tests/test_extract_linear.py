"""Extraction stays linear in a paragraph's length (issue 28): counted, not timed.

A paragraph of a transcript may hold thousands of quotations. The work of extracting it
is counted as the attribute reads of the trained pipeline's tokens (nlp.Token) and of
the mentions (document.Mention): a step that looks at every token or every name once per
quotation (or per sentence) reads them a number of times that grows with the square of
the length. For twice the quotations, the count must at most about double.
"""
from __future__ import annotations

import functools

import pytest

from generator.extract import extract_article, nlp
from generator.extract.document import Mention
from generator.model import Article

UNIT = ("“We will rebuild the bridge,” said Mayor Jane Roe of Northvale. She added that “costs "
        "will rise.” Jon Doe, a local farmer, disagreed: “It is a waste.” He said the council "
        "“never listens.” ")
# quadratic work at 4x, linear at 2x, and a little slack for what does not scale
MAX_GROWTH = 2.3


@functools.cache
def counted_reads(units: int) -> dict[str, int]:
    """Attribute reads of tokens and mentions while extracting one paragraph of
    `units` times UNIT (four quotations each)."""
    counts = {"token": 0, "mention": 0}

    def counting(key):
        def get(self, name):
            counts[key] += 1
            return object.__getattribute__(self, name)
        return get

    nlp.load()  # the model loads before counting: its cost does not grow with the paragraph
    nlp.Token.__getattribute__ = counting("token")
    Mention.__getattribute__ = counting("mention")
    try:
        x = extract_article(Article(id="long", source="long", title="long", paragraphs=[UNIT * units]))
    finally:
        del nlp.Token.__getattribute__, Mention.__getattribute__
    assert len(x.quotes) == 4 * units  # every quotation of the paragraph found
    return counts


@pytest.mark.parametrize("what", ["token", "mention"])
def test_work_grows_linearly_with_a_paragraphs_quotations(what):
    small = counted_reads(40)  # 160 quotations
    large = counted_reads(80)  # 320
    assert small[what] > 1000, small  # the count does see the work
    growth = large[what] / small[what]
    assert growth <= MAX_GROWTH, f"{what} reads x{growth:.2f} for x2 the quotations: {small} -> {large}"


def test_a_long_paragraph_is_parsed_in_pieces_and_each_quotation_keeps_its_subject():
    # the parser's own work grows faster than a text's length: it reads stretches of at
    # most MAX_RUN_CHARS, cut between sentences
    from generator.extract import analyse
    from generator.extract.syntax import MAX_RUN_CHARS
    an = analyse(Article(id="long", source="long", title="long", paragraphs=[UNIT * 80]))
    chunks = an.doc.chunks[-1]  # the body's one paragraph (a headline before it is context)
    assert len(chunks) > 1 and all(c.end - c.start <= MAX_RUN_CHARS for c in chunks)
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:]))
    said = [(ps.mention.name_text if ps.mention else None, ps.pronoun, ps.verb) if ps else None for ps in an.parsed]
    assert said[:4] == [("Jane Roe", None, "said"), (None, "she", "added"), ("Jon Doe", None, "disagreed"),
                        (None, "he", "said")]
    assert said == said[:4] * 80  # also where a stretch ends
