"""Quality on real published news (../shared/eval/real, annotated by people outside the
team), on the part of the dev set split off for measuring only: the attribution model
and the rules were tuned on the other part (training/realset.py says how the split is
made). The articles are read at run time and never copied into the project.

Figures when the thresholds were set (measuring part, 290 articles, issue 17): quote
recall 0.981, attribution 0.911 (wrong speaker 2.1%, no speaker 6.8%), e2e recall 0.915.
The model's threshold is chosen for the worst held-out outlet, so it names fewer
speakers than one chosen on the pooled tuning part (0.925 with 2.8% wrong before).
Issue 27 (speakers that are people or bodies, whole roles and names): attribution 0.912
(wrong 2.1%, no speaker 6.6%), e2e recall 0.916; the attribution floor is raised to 0.905.
Titles and scare quotes listed apart from the quotes (export `terms`), titles in Title Case,
whole names and roles: quote precision 0.918 -> 0.985, recall 0.981 -> 0.979, attribution
0.914 (wrong 2.1%), clusters 0.860 -> 0.882; the precision floor is 0.98.
Issue 27, the headline as context, bodies of one word, crowds' cries: attribution 0.915
(wrong 2.1%, no speaker 6.4%), quote precision 0.986, recall 0.979, e2e recall 0.915; the
floors follow (attribution 0.91, wrong 2.3%, precision 0.982, recall 0.977, e2e 0.905).
Issue 27, a quotation over several paragraphs is one per paragraph (as the gold counts
them): quote recall 0.987, precision 0.990, e2e recall 0.920; 21 more quotations are
scored for attribution, and 7 of them are where the gold credits the outlet that reported
a quotation (nested sources), so attribution reads 0.911 (wrong 2.4%). The floors follow
(attribution 0.905, wrong 2.5%, precision 0.985, recall 0.983, e2e 0.915).
Mojibake that was decomposed (NFD) repaired at ingest: names read as the outlet wrote them
("Peña Nieto", not "PeÃ±a Nieto"), where the gold keeps the garbled form or a part of it:
wrong 45 -> 47 (2.5%) on the measuring part, all such names; the wrong floor is 2.6%.
Issue 27, names and captions (session 33): a paragraph with a party's "(R)" is no caption,
roles with no name, family names of two words, a body by its last word: recall 0.990,
precision 0.992, attribution 0.911 (wrong 45 = 2.4%), e2e recall 0.923. The recall floor
is raised to 0.987, e2e to 0.918.
Issue 27, copy of other countries (session 36): titles after "on"/"in" or their maker, a
possessed noun of saying, a statement's author, namesakes and relatives: precision 0.993,
attribution 0.913 (wrong 47 = 2.5%), clusters 0.908. The precision floor is raised to 0.990,
and clusters F1 gets a floor, 0.900.
Issue 27, invented copy of new kinds (session 37): epithets, namesakes by age, places in
roles, party tags, handles, nicknames: attribution 0.914 (wrong 44 = 2.3%); the wrong
ceiling is lowered to 2.5%.
"""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT, SHARED_EVAL

sys.path.insert(0, str(ROOT / "training"))
realset = pytest.importorskip("realset")

pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "real" / "polnear-train" / "gold.yaml").is_file(),
                                reason="the real dev set is not beside the project")


@pytest.fixture(scope="module")
def measured():
    scorer = realset.load_scorer()
    gold = realset.gold_part(realset.load_gold(), "measure")
    return scorer.score(gold, realset.export_real("measure")["quotes"])


def test_split_is_deterministic_and_about_a_third():
    ids = sorted(realset.load_gold()["articles"])
    parts = [realset.part_of(i) for i in ids]
    assert parts == [realset.part_of(i) for i in ids]
    assert 0.28 < parts.count("measure") / len(parts) < 0.40


def test_attribution_on_real_copy(measured):
    a = measured["attribution"]
    print(f"attribution {a['accuracy']:.3f}, wrong {a['wrong_rate']:.2%}, no speaker {a['no_speaker']}")
    assert a["accuracy"] >= 0.910
    assert a["wrong_rate"] <= 0.025  # a misattribution is the worst error


def test_quotes_found_on_real_copy(measured):
    assert measured["quotes"]["recall"] >= 0.987
    assert measured["quotes"]["precision"] >= 0.990  # a title or scare quote is no quotation
    assert measured["e2e"]["recall"] >= 0.921


def test_one_speaker_one_id_across_real_copy(measured):
    assert measured["clusters"]["f1"] >= 0.900  # namesakes and relatives apart, forms of one name together
