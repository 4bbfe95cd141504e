"""The fitting script's labels (training/fit_attribution.py): which candidate the weights
learn as the speaker when the annotation writes the name in another form."""
from __future__ import annotations

import re
import sys
from types import SimpleNamespace

from conftest import ROOT

sys.path.insert(0, str(ROOT / "training"))
import fit_attribution  # noqa: E402

# the shared scorer's word split (lower case, letters and digits), enough for names
SCORER = SimpleNamespace(words=lambda text: re.findall(r"[a-z0-9]+", text.lower()))


def taught(gold: str, *candidates: str) -> list[int]:
    return fit_attribution._same_person(SCORER, gold, [[c] for c in candidates])


def test_an_annotated_name_with_a_title_or_an_initial_is_the_candidate_of_that_name():
    assert taught("Professor Halloran", "Mina Okoro", "Ruth Halloran") == [1]
    assert taught("Mr. Tenney", "Tenney", "Jo Brandt") == [0]
    assert taught("B. Szabo", "Gene B. Szabo") == [0]
    assert taught("Governor Ada Kemp of Ohio", "Ada Kemp", "Ohio") == [0]
    assert taught("KXRT Morning co-anchor Dale Ruiz", "Dale Ruiz", "Kemp") == [0]


def test_no_candidate_is_taught_when_the_name_fits_none_or_several():
    assert taught("Professor Halloran", "Ruth Halloran", "Peter Halloran") == []  # two of that name
    assert taught("Mr. Tenney", "Jo Brandt") == []
    assert taught("Ruiz Family Foundation", "Ruiz") == []  # a body named after a person is not them
