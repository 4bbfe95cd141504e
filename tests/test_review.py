"""The review queue, ranked on constructed quotes: by confidence where the extractor gives
one, by its cue where it does not; speakers that may be one person or two."""
from __future__ import annotations

from generator import review
from generator.link import QuoteRecord, assemble
from generator.model import Article, Correction, Speaker

ANN = Speaker("ann-roe", "Ann Roe", articles=["a"])
BOB = Speaker("bob-poe", "Bob Poe", articles=["a"])
PARAGRAPH = "The words of the quote are here."


def quote(n: int, speaker=None, confidence=0.0, candidates=(), cue="said-after", guess=None) -> QuoteRecord:
    text = f"the quotation number {n}"  # four words: a quotation, never a phrase (link.is_phrase)
    return QuoteRecord(id=f"{n:010d}", text=text, article="a", paragraph=0, start=0, end=5,
                       speaker=speaker, cue=cue, anchor=f"q-{n}", confidence=confidence, guess=guess,
                       candidates=list(candidates))


def queue(*quotes: QuoteRecord) -> list[str]:
    corpus = assemble([Article("a", "a.txt", "A", paragraphs=[PARAGRAPH])], [ANN, BOB], list(quotes))
    return [it.quote.id[-1] for it in review.quote_queue(corpus)]


def test_unattributed_first_then_the_least_confident_attributions():
    assert queue(quote(1, ANN, 0.95, [(ANN, 0.95), (BOB, 0.05)]),
                 quote(2, ANN, 0.40, [(ANN, 0.40), (BOB, 0.35)]),
                 quote(3, None, 0.60, [(BOB, 0.60)], guess=BOB),  # too unsure to assert: a guess
                 quote(4, None, 0.0, cue="none"),
                 quote(5, BOB, 0.70, [(BOB, 0.70)])) == ["3", "4", "2", "5", "1"]


def test_without_confidence_the_cue_ranks_them():
    assert queue(quote(1, ANN, cue="said-after"), quote(2, ANN, cue="continuation"),
                 quote(3, ANN, cue="said-before"), quote(4, None, cue="title"),
                 quote(5, None, cue="none"), quote(6, BOB, cue="next-paragraph")) == ["5", "4", "6", "2", "3", "1"]


def test_corrected_quotes_leave_the_queue():
    fixed = quote(1, ANN, cue="continuation")
    fixed.correction = Correction("quotes/0000000001.md", "x", "2024-01-01", "Attributed to Ann Roe.")
    assert queue(fixed, quote(2, ANN)) == ["2"]


def test_candidates_with_their_probabilities_or_else_who_the_article_mentions():
    corpus = assemble([Article("a", "a.txt", "A", paragraphs=[PARAGRAPH])], [ANN, BOB],
                      [quote(1, ANN, 0.6, [(ANN, 0.6), (BOB, 0.3)]), quote(2, BOB)])
    items = {it.quote.id[-1]: it for it in review.quote_queue(corpus)}
    assert [(s.id, p) for s, p in items["1"].candidates] == [("ann-roe", 0.6), ("bob-poe", 0.3)]
    assert [(s.id, p) for s, p in items["2"].candidates] == [("bob-poe", None), ("ann-roe", None)]
    assert items["1"].sentence == PARAGRAPH


def test_the_sentence_around_a_quote():
    text = ("The U.N. Security Council met. Mr. Roe said the talks were \u201cgoing well\u201d on the whole. "
            "He left at noon.")
    start = text.index("going")
    assert review.sentence_around(text, start, start + 10) == \
        "Mr. Roe said the talks were \u201cgoing well\u201d on the whole."
    long = "word " * 300 + "\u201cthe quoted part\u201d" + " word" * 300
    start = long.index("the quoted")
    cut = review.sentence_around(long, start, start + 15)
    assert "the quoted part" in cut and len(cut) < 500 and cut.startswith("\u2026") and cut.endswith("\u2026")


def speakers_queue(*speakers: Speaker, skip=frozenset()) -> list[tuple[str, list[str]]]:
    corpus = assemble([Article(a, f"{a}.txt", a) for a in ("a", "b", "c")], list(speakers), [])
    return [(it.kind, [s.id for s in it.speakers]) for it in review.speaker_queue(corpus, skip)]


def test_speakers_that_may_be_one_person():
    brandt = Speaker("carl-brandt", "Carl Brandt", articles=["a", "b"])
    brant = Speaker("carl-brant", "Carl Brant", articles=["c"])
    kim = Speaker("kim", "Kim", articles=["c"])
    kim_full = Speaker("kim-yong-hyun", "Kim Yong-hyun", articles=["a"])
    us = Speaker("united-states", "United States", kind="organisation")
    us_person = Speaker("united-state", "United State")  # another kind: never one
    ann_smith = Speaker("ann-smith", "Ann Smith")
    john_smith = Speaker("john-smith", "John Smith")  # same surname, another given name
    found = speakers_queue(brandt, brant, kim, kim_full, us, us_person, ann_smith, john_smith)
    assert sorted(found) == [("one person?", ["carl-brant", "carl-brandt"]), ("one person?", ["kim", "kim-yong-hyun"])]
    assert found[0][1][-1] == "carl-brandt" or found[1][1][-1] == "carl-brandt"  # merge into the better known
    assert speakers_queue(brandt, brant, skip={"carl-brant"}) == []


def test_a_speaker_with_roles_that_share_nothing_may_be_two_people():
    smith = Speaker("john-smith", "John Smith", articles=["a", "b", "c"],
                    roles=[("striker", "a"), ("Senator", "b"), ("U.S. Senator", "c")])
    corpus = assemble([Article(a, f"{a}.txt", a) for a in ("a", "b", "c")], [smith], [])
    [item] = review.speaker_queue(corpus)
    assert item.kind == "two people?" and item.split == {"john-smith-2": ["a"]}
    one_job = Speaker("ann-roe", "Ann Roe", roles=[("Finance Minister", "a"), ("minister", "b")])
    assert speakers_queue(one_job) == []
