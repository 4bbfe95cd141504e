"""Resolve: cluster the per-article people of extract into corpus-wide Speakers.

One speaker per real person across the corpus:

* full names match when they are the same after folding accents, case, dots and
  hyphens (Park Ji-won == Park Ji Won == Park Jiwon), or when the surname AND
  the given name match after a normalisation of common transliteration endings
  (-iy/-yy/-y, -ya/-ia, -ey/-ei, ss/s, ks/x) or within a small edit distance (surname
  <= 1 from 7 letters, <= 2 from 9; given name: one letter replaced from 5 letters, never
  one added, Ivana / Ivanka); middle initials do not count; a different given name never
  merges, nor a name with a generational suffix (Jr., III) with one without it;
* an article that only gives a surname ("Roe") joins the one full-name cluster
  with that surname; when several share it (two Parks) it joins the one sharing a role
  word, else the one the archive names in five times as many articles as any other (and
  in five at least), or stays on its own rather than guess;
* groups (governments, bodies) merge on their folded name, with a few standard
  abbreviations (U.S. / United States, U.N. / United Nations, ...).

Output is sorted and independent of input order. The cost grows with the number of
people, not its square: a name is compared only with the few names that have a close
surname and a given name alike (_similar_pairs), and a bare surname is looked up in an
index, not in every name.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from .extract.lexicon import (GENDERED, GIVEN_NAME_GENDER, HONORIFICS, KIN_WORDS, KUNYA_WORDS, NATIONALITIES, PLACES,
                              generational_suffix, is_given_name)
from .extract.names import PREFIX_NAMES
from .model import ArticleExtraction, Person, Speaker, fold, slugify

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_GROUP_ALIASES = {
    "us": "united states", "usa": "united states", "america": "united states",
    "the united states": "united states", "the us": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "un": "united nations", "the un": "united nations", "the united nations": "united nations",
    "eu": "european union", "the eu": "european union",
}


# Titles used with a single name that is not a family name.
_HONORIFIC_ROLES = {"pope", "king", "queen", "prince", "princess", "emperor", "sheikh", "sultan", "emir",
                    "saint", "st", "brother", "sister", "father", "cardinal", "lady", "lord", "dame", "sir",
                    "baroness", "baron", "viscount", "viscountess", "marquess", "countess"}


_POSSESSIVES = {"his", "her", "their", "my", "our"}


def _unranked(role: str) -> bool:
    """A relation or a description, not a rank: "Marchetti's younger brother", "his wife",
    "a 34-year-old father of two". Whoever holds it is known by it only in that article."""
    words = fold(role).split()
    # (a kin word alone, in lower case, is the relation of "Her husband, Phil, 55": a
    # capitalised one may be a rank, "Father Tom")
    return bool(words) and (words[0] in ("a", "an") or words[-1] in KIN_WORDS and (any(
        w in _POSSESSIVES or w.endswith(("'s", "'")) for w in words[:-1]) or role == words[-1] == role.lower()))


def _tokens(name: str) -> list[str]:
    """Folded name tokens; hyphenated parts stay one token, dots and initials go."""
    return list(_name_tokens(name))


@functools.lru_cache(maxsize=1 << 17)  # a name recurs in every article that names its person
def _name_tokens(name: str) -> tuple[str, ...]:
    words = re.findall(r"[\w'’\-]+\.?", fold(name))
    out = []
    for w in words:
        w = w.rstrip(".").strip("'’-")
        if not w or w in _SUFFIXES or len(w) == 1:
            continue
        out.append(w)
    return tuple(out)


def _honorific_gender(forms: list[str]) -> str | None:
    """The gender a person's courtesy title says, of the forms an article wrote ("Mr. Roe": he)."""
    words = (f.split()[0].rstrip(".").lower() for f in forms if len(f.split()) == 2)
    said = {GENDERED.get(w) for w in words if w in HONORIFICS}
    said.discard(None)
    return next(iter(said)) if len(said) == 1 else None


def _first_initial(name: str) -> str:
    """The first of the initials a name opens with ("K.P.D.S. Jayasuriya", "J. Roe": "k",
    "j"), or ""."""
    m = _INITIALS_RE.match(fold(name))
    return m.group(1) if m else ""


_INITIALS_RE = re.compile(r"\s*(\w)\.(?:\s*\w\.)*\s+\w")


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand name words, over and over
def _translit(tok: str) -> str:
    """Normalise common transliteration variants of one name token."""
    # a particle joined by a hyphen is no part of the key: al-Masri is Masri (issue 27)
    t = re.sub(r"^(?:al|el|bin|ibn|ben|abu|bint|ould|ag)-(?=\w\w)", "", tok)
    t = t.replace("-", "").replace("'", "").replace("’", "")
    t = t.replace("ss", "s").replace("ks", "x")
    t = re.sub(r"(?:iy|yy|yi|ij|ii)$", "y", t)
    t = re.sub(r"ya$", "ia", t)
    t = re.sub(r"ey$", "ei", t)
    return t


def _edit_distance(a: str, b: str, cap: int) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > cap:
            return cap + 1
        prev = cur
    return prev[-1]


def _close(a: str, b: str, min_len: int, cap: int) -> bool:
    ka, kb = _translit(a), _translit(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= min_len and _edit_distance(ka, kb, cap) <= cap


def same_person(a: list[str], b: list[str]) -> bool:
    """Do two full names (token lists from _tokens) name the same person?"""
    if not a or not b:
        return False
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    # surnames: one edit from 7 letters, two from 9; given names: one edit from 5
    surname = _close(a[-1], b[-1], 7, 1) or _close(a[-1], b[-1], 9, 2)
    if surname and a[0] in PREFIX_NAMES and len(a) >= 3 and len(b) >= 3:
        return _given_close(a[0], b[0]) and _given_close(a[1], b[1])  # two "Syed ... Shah" (f49)
    return surname and _given_close(a[0], b[0])


def _given_close(a: str, b: str) -> bool:
    """Given names of one person: alike after transliteration, or from 5 letters one letter
    replaced (Mohammad / Mohammed), never a letter added (Ivana / Ivanka, Julia / Julian:
    relatives share a surname) nor names of different genders (Mario / Maria)."""
    ka, kb = _translit(a), _translit(b)
    if ka == kb:
        return True
    if len(ka) != len(kb) or not _close(a, b, 5, 1):
        return False
    ga, gb = GIVEN_NAME_GENDER.get(a), GIVEN_NAME_GENDER.get(b)
    return not (ga and gb and ga != gb)


def _blocks(name: tuple[str, ...]) -> set[str]:
    """The blocks a full name is compared within: its surname's initial and, when the given
    name starts with another letter, the first three letters of the name run together
    (Kim Jong-un / Kim Jong Un). Names sharing no block are never merged."""
    blocks = {_translit(name[-1])[:1]}
    if _translit(name[0])[:1] != _translit(name[-1])[:1]:
        blocks.add("#" + "".join(name).replace("-", "")[:3])
    return blocks


def _deletions(word: str, depth: int) -> set[str]:
    """The word and every string made from it by deleting up to `depth` letters."""
    out = frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out = out | frontier
    return out


def _surname_variants(surnames: set[str]) -> dict[str, set[str]]:
    """For each surname (transliteration key), the surnames same_person() may take for it:
    itself, and those (from 7 letters) one edit or (from 9) two edits away, with a few more
    that same_person() then rejects. Two words at most k edits apart share a string made
    by deleting at most k letters from each, so only words sharing one are looked at."""
    def deletions(word: str) -> set[str]:
        return _deletions(word, 2 if len(word) >= 9 else 1 if len(word) >= 7 else 0)

    by_deletion: dict[str, set[str]] = defaultdict(set)
    for word in surnames:
        for d in deletions(word):
            by_deletion[d].add(word)
    return {word: set().union(*(by_deletion[d] for d in deletions(word))) for word in surnames}


def _given_ends(given: str) -> tuple[str, str]:
    """Two given names same_person() takes for one (equal, or from 5 letters one edit apart)
    share their first two letters or their last two: one edit cannot touch both ends of a
    word of 5 letters or more."""
    return "<" + given[:2], ">" + given[-2:]


def _similar_pairs(names: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every pair of distinct full names that share a block and name the same person.

    same_person() holds when the names run together are equal, or when both surnames and
    given names are close: each name is compared only with the earlier names alike in one
    of these ways (a handful), not with its whole block, so the cost grows with the number
    of names, not its square."""
    surnames = [_translit(n[-1]) for n in names]
    ends = [_given_ends(_translit(n[0])) for n in names]
    joined = ["".join(n).replace("-", "") for n in names]
    blocks = [_blocks(n) for n in names]
    variants = _surname_variants(set(surnames))
    by_joined: dict[str, list[int]] = defaultdict(list)
    by_surname_end: dict[tuple[str, str], list[int]] = defaultdict(list)
    pairs = []
    for i, name in enumerate(names):
        earlier = set(by_joined[joined[i]])
        for surname in variants[surnames[i]]:
            for end in ends[i]:
                earlier.update(by_surname_end.get((surname, end), ()))
        for j in sorted(earlier):
            if blocks[i] & blocks[j] and same_person(list(names[j]), list(name)):
                pairs.append((names[j], name))
        by_joined[joined[i]].append(i)
        for end in ends[i]:
            by_surname_end[(surnames[i], end)].append(i)
    return pairs


def _token_lookup(names: list[tuple[str, ...]]) -> Callable[[str, bool], list[tuple[str, ...]]]:
    """names_with(word, last): the full names whose surname (last=True) or given name has the
    transliteration key of `word`; a hyphenated surname matches on its last part too."""
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_given: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in names:
        for key in {_translit(n[-1]), _translit(n[-1].split("-")[-1])}:  # Smith-Jones is also Jones
            by_surname[key].append(n)
        by_given[_translit(n[0])].append(n)

    def names_with(word: str, last: bool) -> list[tuple[str, ...]]:
        return (by_surname if last else by_given).get(_translit(word), [])

    return names_with


def _group_key(name: str) -> str:
    k = " ".join(re.findall(r"[a-z0-9]+", fold(name).replace(".", "")))
    k = _GROUP_ALIASES.get(k, k)
    return re.sub(r"^the ", "", k)


def _any_countrys(key: str) -> bool:
    """A ministry named by its field alone ("Foreign Ministry", "Interior Ministry"): every
    country has one, so two articles' are not the same body unless they say whose (issue 27:
    one speaker page would hold every country's foreign ministry)."""
    words = key.split()
    return len(words) >= 2 and words[-1] in ("ministry", "ministries") and not any(
        w in PLACES or w in NATIONALITIES for w in words[:-1])


# A family name alone, in an article that never gives the full name, is the one person
# of that family name the archive names far more often than any other ("Roe said" in a
# brief, when Jane Roe is in 40 articles and Ann Roe in 3), as a reader would take it.
DOMINANT_MIN_ARTICLES = 5
DOMINANT_RATIO = 5


def _dominant(cands: set[int], articles: dict[int, set[str]]) -> set[int]:
    """{the cluster named in the most articles}, when it is named in at least
    DOMINANT_MIN_ARTICLES and DOMINANT_RATIO times as many as the next; else {}."""
    ranked = sorted(cands, key=lambda c: (-len(articles[c]), c))
    top, second = len(articles[ranked[0]]), len(articles[ranked[1]]) if len(ranked) > 1 else 0
    return {ranked[0]} if top >= DOMINANT_MIN_ARTICLES and top >= DOMINANT_RATIO * second else set()


class _UF:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _organisation_alone(people: list[Person]) -> bool:
    """A speaker known only by one word that most articles took for an organisation
    ("Verizon", "Xinhua"). Decided here, not per article: a surname the recogniser
    mistakes ("Pence") joins a person's full name and so is never one word alone."""
    if any(len(_tokens(p.name)) > 1 for p in people):
        return False
    return 2 * sum(p.org_like for p in people) > len(people)


def resolve_speakers(
    extractions: list[ArticleExtraction],
) -> tuple[list[Speaker], dict[tuple[str, int], str]]:
    nodes: list[tuple[str, int, Person]] = sorted(
        ((x.article, i, p) for x in extractions for i, p in enumerate(x.people)),
        key=lambda n: (n[0], n[1]),
    )
    uf = _UF(len(nodes))

    # groups: by folded name
    group_first: dict[str | tuple[str, str], int] = {}
    full: list[int] = []
    single: list[int] = []
    toks: dict[int, list[str]] = {}
    for k, (art, _, per) in enumerate(nodes):
        if per.kind != "person":  # an organisation
            key = _group_key(per.name)
            if _any_countrys(key):
                key = (art, key)  # "the Foreign Ministry" of one article is not of the next's country
            if key in group_first:
                uf.union(group_first[key], k)
            else:
                group_first[key] = k
            continue
        t = _tokens(per.name)
        toks[k] = t
        (full if len(t) >= 2 else single).append(k)

    # full names: the same tokens are one person; names that differ merge when similar
    # enough; a generational suffix keeps father and son apart (Jane Roe Jr. is not Jane Roe)
    by_name: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for k in full:
        by_name[(generational_suffix(nodes[k][2].name.split()), tuple(toks[k]))].append(k)
    for ks in by_name.values():
        for k in ks[1:]:
            uf.union(ks[0], k)
    # names one article gives two of its people are two people everywhere ("João Pedro dos
    # Santos" and "His father, João dos Santos", f89: one speaker)
    articles_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k in full:
        articles_of[tuple(toks[k])].add(nodes[k][0])
    for suffix in sorted({sf for sf, _ in by_name}):
        for a, b in _similar_pairs(sorted(n for sf, n in by_name if sf == suffix)):
            if not articles_of[a] & articles_of[b]:
                uf.union(by_name[(suffix, a)][0], by_name[(suffix, b)][0])

    # surname-only people join the unique full-name cluster with that surname
    keys_of: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for key in sorted(by_name):
        keys_of[key[1]].append(key)
    names = sorted(keys_of)
    names_with = _token_lookup(names)

    # the full-name clusters as they are before any surname joins one (a surname joining
    # may move a cluster's root; these ids stay)
    cluster = {k: uf.find(k) for k in full}

    def roots_matching(word: str, last: bool, whole: bool = False) -> set[int]:
        """The clusters with that surname (or given name); whole: not by the last part of
        a hyphenated surname alone."""
        return {cluster[by_name[key][0]] for n in names_with(word, last) for key in keys_of[n]
                if not whole or _translit(n[-1 if last else 0]) == _translit(word)}

    role_words: dict[int, set[str]] = defaultdict(set)
    cluster_articles: dict[int, set[str]] = defaultdict(set)
    cluster_surnames: dict[int, set[str]] = defaultdict(set)
    article_surnames: dict[str, set[str]] = defaultdict(set)
    cluster_initials: dict[int, set[str]] = defaultdict(set)
    cluster_genders: dict[int, set[str]] = defaultdict(set)  # what the given names say
    for k in full:
        cluster_initials[cluster[k]].add(toks[k][0][:1])
        if g := GIVEN_NAME_GENDER.get(toks[k][0]):
            cluster_genders[cluster[k]].add(g)
        cluster_articles[cluster[k]].add(nodes[k][0])
        cluster_surnames[cluster[k]].add(_translit(toks[k][-1]))
        article_surnames[nodes[k][0]].add(_translit(toks[k][-1]))
        for r in nodes[k][2].roles:
            role_words[cluster[k]] |= set(re.findall(r"[a-z]+", fold(r)))
    # "Um Amir", "Abu Karim": a parent named by a child, never the child named alone
    parents_by_child = {cluster[k] for k in full if len(toks[k]) == 2 and toks[k][0] in KUNYA_WORDS}
    single_first: dict[str | tuple[str, str], int] = {}
    for k in single:
        if not toks[k]:
            continue
        word = toks[k][0]
        cands = roots_matching(word, True) - parents_by_child
        if initial := _first_initial(nodes[k][2].name):
            # "K.P.D.S. Jayasuriya" is not "Ruwan Jayasuriya" (f65: the commission's chairman
            # and a minister of one family name were one speaker)
            cands = {c for c in cands if initial in cluster_initials[c]}
        if (g := _honorific_gender(nodes[k][2].forms)) is not None:
            # "Mr. Roe" of an article that names no given name is not Jane Roe of other
            # articles (issue 27: her speaker page listed "Mr. Roe" among her names)
            cands = {c for c in cands if cluster_genders[c] <= {g}}
        by_given = not cands
        if by_given:
            cands = roots_matching(word, False)
        # (a given name of any country: "said Pavel, 70" was a deputy minister of another
        # article, f55)
        first_name_only = by_given and is_given_name(word) and not nodes[k][2].roles
        # "his wife, Jane", "Marchetti's younger brother, Nick": a relative known by a given
        # name is the full name of that family the article names, if the archive has it
        # ("Jane Sanders"), else no one else's namesake (f50: two articles' brothers named
        # Nick shared a page)
        related = is_given_name(word) and bool(nodes[k][2].roles) and all(map(_unranked, nodes[k][2].roles))
        mine = {w for r in nodes[k][2].roles for w in re.findall(r"[a-z]+", fold(r))} - {"the", "of", "to", "for", "a", "s"}
        # a single name after a title of rank ("Pope Tancred", "King Abdullah", "Lord
        # Pemberton") is a mononym or a peer's title, and a name that is only the last part
        # of a hyphenated surname elsewhere may be another family's: either joins a full
        # name only when they share a role word (issue 27: a pope merged with a pilot sharing
        # his given name; f47: "Lord Pemberton" was "Graham Voss-Pemberton" of another article)
        titled = bool(cands) and (bool(_HONORIFIC_ROLES & mine)
                                  or not by_given and not roots_matching(word, True, whole=True))
        if related:
            family = {c for c in roots_matching(word, False) if cluster_surnames[c] & article_surnames[nodes[k][0]]}
            cands = family if len(family) == 1 else set()
        elif first_name_only:
            # "his wife, Jane", "Maria, a nurse": a common given name alone is someone the
            # article names no further; only a full name the archive names far more than any
            # other with it ("Hillary") is likely the same person, and two articles' "Jane"
            # are two people
            cands = _dominant(cands, cluster_articles) if cands else cands
        elif len(cands) > 1 or titled or by_given and nodes[k][2].roles:
            # (a given name with a role of its own, "Voter Bridget, 67", joins a full name of
            # that given name only when they share a role word: f108, a voter's words were
            # another article's opposition leader Bridget Roe's)
            shared = {c for c in cands if mine & role_words[c]}
            cands = shared if len(shared) == 1 else set() if by_given or titled else _dominant(cands, cluster_articles)
        if len(cands) == 1:
            uf.union(next(iter(cands)), k)
        else:
            key = (nodes[k][0], word) if first_name_only or related else _translit(word)
            if key in single_first:
                uf.union(single_first[key], k)
            else:
                single_first[key] = k

    clusters: dict[int, list[int]] = defaultdict(list)
    for k in range(len(nodes)):
        clusters[uf.find(k)].append(k)

    built = []
    for members in clusters.values():
        name_count: Counter[str] = Counter()
        forms: set[str] = set()
        roles: set[tuple[str, str]] = set()
        articles: set[str] = set()
        kind = "person"
        for k in members:
            art, _, per = nodes[k]
            name_count[per.name] += 1
            forms.update(per.forms)
            forms.add(per.name)
            roles.update((r, art) for r in per.roles)
            articles.add(art)
            if per.kind != "person":
                kind = per.kind
        if kind == "person" and _organisation_alone([nodes[k][2] for k in members]):
            kind = "organisation"
        # canonical name: the most used fullest form
        name = max(name_count, key=lambda n: (len(_tokens(n)) >= 2, name_count[n], len(_tokens(n)), len(n), n))
        built.append(Speaker(
            id="",
            name=name,
            aliases=sorted(forms - {name}),
            roles=sorted(roles),
            articles=sorted(articles),
            kind=kind,
        ))
        built[-1]._members = [(nodes[k][0], nodes[k][1]) for k in members]  # type: ignore[attr-defined]

    built.sort(key=lambda s: (s.name, s.articles, s.aliases))
    taken: set[str] = set()
    mapping: dict[tuple[str, int], str] = {}
    for sp in built:
        base = slugify(sp.name)
        sid, n = base, 2
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        sp.id = sid
        for key in sp._members:  # type: ignore[attr-defined]
            mapping[key] = sid
        del sp._members  # type: ignore[attr-defined]
    return built, mapping
