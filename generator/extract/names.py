"""Names as words: initials, abbreviations and acronyms, and the normal form in which two
mentions of one person compare equal ("Jane Q. Roe III" and "Jane Roe", "al-Masri" and
"Masri", "Park Ji-won" and "Park Ji Won")."""
from __future__ import annotations

import functools
import re

from .lexicon import ABBREV, GIVEN_NAME_GENDER, SUFFIXES
from .patterns import HYPHEN_PARTICLES, PARTICLE_SET, fold


_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIAL_RE = re.compile(r"[a-z]\.?")


def is_abbrev(word: str) -> bool:
    w = word.rstrip(".").lower()
    if len(w) == 1 and w.isalpha():
        return True  # an initial: "Jane Q. Roe"
    if "." in w and _DOTTED_RE.fullmatch(w):
        return True  # U.S.
    return w in ABBREV


def is_initial(w: str) -> bool:
    return len(w) <= 2 and bool(_INITIAL_RE.fullmatch(w))


def is_acronym(w: str) -> bool:
    return len(w) >= 2 and w.replace(".", "").replace("&", "").replace("/", "").isupper()


@functools.lru_cache(maxsize=65536)
def norm_tok(w: str) -> str:
    return fold(w).replace(".", "").rstrip("’'")


_HYPHEN_PARTICLE_RE = re.compile(rf"^(?:{HYPHEN_PARTICLES})-(?=\w{{2}})")


def family_key(w: str) -> str:
    """A normalised family name without a particle joined by a hyphen: "al-masri" and
    "masri" are one family name (issue 27: a person split in two by the particle)."""
    return _HYPHEN_PARTICLE_RE.sub("", w)


def norm_name(name: list[str]) -> list[str]:
    """Folded name tokens without initials and suffixes: Jane Q. Roe III -> jane roe."""
    return list(norm_name_t(tuple(name)))


@functools.lru_cache(maxsize=65536)
def norm_name_t(name: tuple[str, ...]) -> tuple[str, ...]:
    toks = [norm_tok(w) for w in name]
    keep = [t for t in toks if t not in SUFFIXES and not is_initial(t) and t]
    return tuple(keep or toks)


def same_full(a: list[str], b: list[str]) -> bool:
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True  # Park Ji-won == Park Ji Won
    if len(a) < len(b) and all(w in PARTICLE_SET for w in a[:-1]) and list(b[-len(a):]) == list(a):
        return True  # "von der Leyen" is Ursula von der Leyen: a family name with its particles
    if len(a) == 2 < len(b) and list(b[-2:]) == list(a) and a[0] not in GIVEN_NAME_GENDER:
        return True  # "Eskelsen García" is Lily Eskelsen García: a family name of two words
    if 3 <= len(a) < len(b) and list(b[-len(a):]) == list(a) and any(w in PARTICLE_SET for w in a[1:-1]):
        return True  # "Sá da Bandeira" is Rui Sá da Bandeira: a family name with a particle inside (f81)
    if a[-1].replace("-", "") != b[-1].replace("-", "") and family_key(a[-1]) != family_key(b[-1]):
        return False
    if a[0] in PREFIX_NAMES and len(a) >= 3 and len(b) >= 3:
        return a[:2] == b[:2]  # "Syed Arshad Ali Shah" is not his nephew "Syed Kamran Ali Shah" (f49)
    return a[0] == b[0]


# First names that many share before the name a person is called by (Sayyid, Muhammad).
PREFIX_NAMES = {"syed", "sayyid", "sayed", "muhammad", "mohammad", "mohammed", "mohamed", "mohd", "md"}
