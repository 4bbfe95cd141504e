"""Which person of the article a form of a name stands for: a full name or its family name
alone, a given name, the elder or younger of two namesakes, a nickname with the family
name, a social media handle, a body's first word. Coreference (coref.link) asks, mention
by mention, in text order."""
from __future__ import annotations

import re

from .lexicon import (COMMON, GENDERED, KUNYA_WORDS, ORG_WORDS, PLACE_TYPE_WORDS, SURNAME_PARTICLES, TITLES,
                      generational_suffix, given_name_gender, is_given_name)
from .names import family_key, norm_name, norm_name_t, norm_tok, same_full
from .patterns import WEB_ADDRESS_RE, fold


INITIAL_RE = re.compile(r"[A-Z]\.")  # "R." of "R. Krishnamurthy" (not "Ó" of "Seán Ó Roe")


def match_full(doc, name: list[str]) -> int | None:
    a = norm_name(name)
    suffix = generational_suffix(name)
    best = None
    particled: list[int] = []  # those whose family name of two words or more it is ("De Vries")
    # "Ray Jr. said" after "His son, Ray Delgado Jr.,": his given name and suffix (f57)
    given_and_suffix = fold(name[-1]).lower().rstrip(".") if len(name) == 2 and len(a) == 1 else ""
    for i, per in enumerate(doc.people):
        if per.kind != "person":
            continue
        b = norm_name_t(tuple(per.name))
        if given_and_suffix and generational_suffix(per.name) == given_and_suffix and b[:1] == tuple(a):
            return i
        family_name_alone = not suffix and len(a) < len(b) and list(b[-len(a):]) == a
        if generational_suffix(per.name) != suffix and not family_name_alone:
            continue  # Jane Roe Jr. is not Jane Roe: father and son (issue 27); "Tiu Laurel", the
            # family name alone, is Francisco Tiu Laurel Jr.
        if len(b) == 1:
            if len(a) == 2 and a[0] in KUNYA_WORDS:
                continue  # "Um Amir" is Amir's mother, never the boy "Amir" (f134: his words hers, 0.999)
            if _other_gender(doc, i, per, name):
                continue  # "President Roe ... Mr. Roe" is not "the first lady, Jane Roe" (issue 27)
            if (b[0] in (a[-1], a[0]) or len(a) >= 3 and b[0] in a[1:-1] and not is_given_name(b[0])) \
                    and best is None:
                best = i  # (a headline's "Navarrete", then "Aurelio Navarrete Solís": his first family name, f84)
            continue
        if len(name) >= 2 and INITIAL_RE.fullmatch(name[0]) and name[0][0].lower() != b[0][:1]:
            continue  # "her father, R. Krishnamurthy" is not Ananya Krishnamurthy (f47)
        if same_full(a, b) or title_and_surname(doc, a, b, per.roles):
            if family_name_alone and len(a) >= 2:
                particled.append(i)  # "von der Leyen", "Eskelsen García": one of perhaps several
                continue
            return i
        if family_name_alone and len(a) >= 2 and a[0] in SURNAME_PARTICLES:
            particled.append(i)  # "Ms Nic Giolla Easpaig" is Máire Nic Giolla Easpaig
            continue
        if len(b) < len(a) and b[0] in SURNAME_PARTICLES and list(a[-len(b):]) == list(b):
            return i  # a headline's "von Roe threatens veto", then "Jana von Roe" in the text (f81)
    if particled:
        # of namesakes, the most recent subject ("Wim de Vries ... said. 'Q,' De Vries said",
        # not Jan de Vries quoted before, f127: 0.99)
        return max(particled, key=lambda i: (doc.people[i].last_subject, doc.people[i].last_pos))
    if best is None and len(a) >= 2 and not suffix:
        # "Khairul Anuar said" after "Datuk Khairul Anuar Idris": the first names of one
        # person named in full (a Malay name's father's name dropped), when only one has them
        longer = [i for i, per in enumerate(doc.people) if per.kind == "person" and len(per.name) == len(a) + 1
                  and list(norm_name_t(tuple(per.name))[:len(a)]) == a and not generational_suffix(per.name)
                  and fold(per.name[-1]) not in COMMON and fold(per.name[-1]) not in ORG_WORDS]
        if len(longer) == 1:
            return longer[0]
    return best


def _other_gender(doc, i: int, per, name: list[str]) -> bool:
    """Is person i, so far known by one name, of the other gender than the given name of
    `name` says, by the courtesy title the text gave them ("Mr Roe") or a pronoun?"""
    given = given_name_gender(name[0]) if len(name) >= 2 else None
    if given is None:
        return False
    said = {"he" if f.startswith("Mr ") else "she" for f in per.alone_as if f.startswith(("Mr ", "Ms "))}
    if (g := doc.gender.get(i)) is not None:
        said.add(g)
    return said == {"she" if given == "he" else "he"}


def title_and_surname(doc, a: list[str], b: tuple[str, ...], roles: list[str]) -> bool:
    """"Dean Osei" after "Vikram Osei, dean of the law school": a title that is also a
    given name, then the surname of a person with that title (or of an article that uses
    the word as a noun), is that person; "Dean Baker" alone is a name."""
    return len(a) == 2 and len(b) >= 2 and a[0] in TITLES and a[-1] == b[-1] and a[0] != b[0] \
        and (any(a[0] in fold(r).split() for r in roles) or doc.in_vocab(a[0]))


PATRONYMIC_PARTICLES = {"bin", "ibn", "ben", "bint", "binti", "son", "ould", "abu"}


def match_single(doc, word: str, gender: str | None = None, seniority: str | None = None, *,
                 doctor: bool = False, mister: str = "", at: tuple[int, int] | None = None,
                 title: str | None = None, role_after: str = "") -> int | None:
    """The person of the article one name word stands for (its family name, its given
    name, ...), the most recent subject among several; never one whose given name is of the
    other gender than the mention's honorific or role says ("Ms. Roe" is not Daniel Roe);
    "the elder Mr. Roe" and "the younger" the older or younger of the namesakes."""
    w = norm_tok(word)
    wf = family_key(w)
    last, first, paternal, middle = [], [], [], []
    for i, per in enumerate(doc.people):
        if per.kind != "person":
            continue
        n = norm_name_t(tuple(per.name))
        if not n:
            continue
        if len(n) == 2 and n[0] in KUNYA_WORDS:
            continue  # "Umm Ahmad" is Ahmad's mother: "Ahmad" alone is her son (f92: one person)
        if n[-1] == w or n[-1].replace("-", "") == w or family_key(n[-1]) == wf:
            # ("Masri" and "al-Masri" are the family name of Karim al-Masri)
            last.append(i)
        elif n[0] == w:
            first.append(i)
        elif len(n) >= 3 and n[-2] == w:
            paternal.append(i)  # "Ms. Acosta" is Melba Acosta Febo: the first of two family names
        elif w in n[1:-1] and n[n.index(w) - 1] not in PATRONYMIC_PARTICLES:
            middle.append(i)  # "Lula" is Luiz Inácio Lula da Silva (not the father "bin Hamad" names)
    if gender is not None:
        # (by the given name, not by what earlier mentions said: "Mr. Khan" for the husband
        # the article names only as "Khizr and Ghazala Khan" made her "he")
        last, first, paternal, middle = ([i for i in c if len(doc.people[i].name) < 2
                                          or given_name_gender(doc.people[i].name[0]) in (gender, None)]
                                         for c in (last, first, paternal, middle))
        # of namesakes the honorific or role may fit, the one the article says is of that
        # gender ("Jayden Cole's mother, Tracey Cole ... 'Q,' Mrs Cole said": not the son,
        # whose name says no gender; f90: the mother's words went to her murdered son, 0.98)
        said = [i for i in last if given_name_gender(doc.people[i].name[0]) == gender
                or GENDERED.get(doc.people[i].kin) == gender]
        if said and len(said) < len(last):
            last = said
    if seniority and len(last) > 1:
        ranked = by_seniority(doc, last)
        if ranked:
            return ranked[0] if seniority in ("elder", "older") else ranked[-1]
    headlined = {i for i in last if in_title(doc, doc.people[i])}
    aside = [i for i in last if doc.people[i].relative and (
        _last_subject_or_opening(doc.people[i]) == (-1, -1)
        or _last_subject_or_opening(doc.people[i]) <= doc.people[i].first_pos and headlined and i not in headlined)
        and not (mister and at is not None and doc.people[i].first_pos[0] == at[0])]
    # (not the relative the paragraph has just introduced, called so: "Jessica's mother, Karen
    # Roe, read a statement. 'Q,' Mrs Roe said", f142: the girl's, 0.987)
    if aside and len(aside) < len(last):
        # "Clinton" after "Hillary Clinton" and "her husband, former President Bill
        # Clinton": the person the article is about, not the relative it introduces, unless
        # the relative has been the subject since ("Nils Holm said ... Holm said"; f61: "Mr
        # Crowthers' brother, Paul Crowthers, said ... 'Q,' Mr Crowthers said"); not even as the
        # subject of the sentence that introduces them when the headline names the other
        # ("Trumpeter Lonnie Batiste dies at 83" over "His nephew, Curtis Batiste, confirmed
        # the death": f57, the late trumpeter's 1987 words went to the nephew)
        last = [i for i in last if i not in aside]
    by_given = [i for i in last if doc.people[i].relative and len(doc.people[i].name) >= 2
                and doc.people[i].name[0] in doc.people[i].alone_as]
    if by_given and len(by_given) < len(last):
        # "Her mother, Grace Roe, ... 'Q,' Grace said. Roe grew up ...": the relative the
        # article calls by the given name is not the one it calls by the family name (f60:
        # the daughter's words went to her mother, 0.96)
        last = [i for i in last if i not in by_given]
    mothers = []  # namesakes whose last family name the word is, of two ("Arturo Cantú Garza")
    if paternal and last:
        mothers = [i for i in last if _two_family_names(doc.people[i].name)]
        if mothers:
            last = last + paternal
    cands = last or first or paternal or (middle if len(middle) == 1 else [])
    if not cands:
        return None
    if len(cands) > 1 and doctor:
        # "Dr Pym said": of the two Pyms, the one the article calls Dr (f54: his brother's words)
        drs = [i for i in cands if _called_doctor(doc, doc.people[i])]
        cands = drs if len(drs) == 1 else cands
    if len(cands) > 1 and title:
        # "Hon. Lawal stated" of "Alhaja Morenike Lawal" and "Hon. (Mrs) Titilayo Lawal": the
        # namesake the article gives that title (f65: the woman leader's words, 0.97)
        called = [i for i in cands if _called(doc, doc.people[i], title)]
        cands = called if len(called) == 1 else cands
    if len(cands) > 1 and role_after:
        # "Sinclair, the mayor, said" of a union's president and Mayor Janet Sinclair: the
        # namesake who holds the role in apposition (f131: the president was given her words)
        held = [i for i in cands if role_after in {w.lower() for r in doc.people[i].roles for w in fold(r).split()}]
        cands = held if len(held) == 1 else cands
    if len(cands) > 1 and mister:
        # "Mr Shah said" of an accused and a judge "Justice S. M. Shah": not the judge (f49)
        plain = [i for i in cands if not JUDGES & {w.lower().rstrip(".") for r in doc.people[i].roles for w in r.split()}]
        cands = plain or cands
    if len(cands) > 1 and at is not None:
        # "BJP legislator Sanjay Kumar, MLA from Patna Sahib, backed ... 'Q,' Mr. Kumar said": the
        # namesake this paragraph introduces, not one who spoke in the paragraph before (f54)
        # (not the object of a preposition: "a visit by Chelsea Clinton ... Mrs. Clinton replied")
        here = [i for i in cands if doc.people[i].first_pos[0] == at[0] and doc.people[i].first_pos < at
                and not OBJECT_BEFORE_RE.search(doc.masked[at[0]], max(0, doc.people[i].first_pos[1] - 8),
                                                doc.people[i].first_pos[1])]
        cands = here if len(here) == 1 else cands
    if len(cands) > 1:
        # "Roe said" of "Jonah Roe Sr." and "Jonah Roe Jr.": the son is written "Roe Jr." (f102:
        # the late father's words of 2008 went to the son)
        seniors = [i for i in cands if generational_suffix(list(doc.people[i].name)) not in JUNIOR_SUFFIXES]
        cands = seniors if seniors else cands
    if len(cands) > 1 and mothers and [i for i in cands if i not in mothers]:
        # "Garza said" of "Arturo Cantú Garza" and "Héctor Garza Salinas": unless a title tells
        # them apart ("Hon. Kato said" of "Hon. Francis Lwanga Kato", f65), the one whose first
        # family name it is; a name of two family names goes by its first ("Cantú"), its last
        # is the mother's (f89: the cousin's words went to the superintendent, 0.99)
        cands = [i for i in cands if i not in mothers]
    if len(cands) > 1:
        # "Marisol Vantress ... Vantress said. Ines Vantress, now 64, told ... Vantress described
        # it as": the family name alone stays with the one it already stood for (f59: the
        # singer's words went to her mother, 0.996)
        # (with an honorific, only one called so: "Adeyemi had sent ... The subordinate, Ngozi
        # Adeyemi, ... 'Q,' Ms Adeyemi said" is the woman just named, f115: 0.97)
        form = honorific_form(mister, word) if mister else word
        used = [i for i in cands if form in doc.people[i].alone_as]  # (not "Mr Crowthers' brother, Paul": f61)
        if len(used) == 1:
            return used[0]
    best = max(cands, key=lambda i: (doc.people[i].last_subject, doc.people[i].last_pos))
    # (unless another has opened a sentence since the last mention of that one: "Council
    # leader Andrew Roe, who ..., defended the decision ... Roe added" is Andrew, not the
    # councillor Derek Roe quoted before, f144: 0.998)
    since = [i for i in cands if doc.people[i].last_opening > doc.people[best].last_pos]
    return max(since, key=lambda i: doc.people[i].last_opening) if since else best


def _last_subject_or_opening(per) -> tuple[int, int]:
    """Where the person was last the subject of saying or opened a sentence ("Her sister,
    Ana Roe, attended the hearing.")"""
    return max(per.last_subject, per.last_opening)


def _two_family_names(name) -> bool:
    """A name of a given name and two family names ("Arturo Cantú Garza"), the second
    neither a given name, an initial nor a suffix ("Mary Ann Roe", "Joseph R. Biden Jr.")."""
    n = norm_name_t(tuple(name))
    return len(n) >= 3 and not is_given_name(n[-2]) and len(n[-2].rstrip(".")) > 1 \
        and n[-2] not in SURNAME_PARTICLES and not generational_suffix(list(name))


def in_title(doc, per) -> bool:
    """Does the article's headline give this person's given and family name?"""
    words = {re.sub(r"['\u2019]s?$", "", w) for w in re.findall(r"[\w'\u2019-]+", fold(doc.article.title or "").lower())}
    # (its possessive too: "Dr Jo Roe's second act")
    return len(per.name) >= 2 and fold(per.name[0]).lower() in words and fold(per.name[-1]).lower() in words


JUDGES = {"justice", "judge", "magistrate"}
# The suffixes of a son named after his father.
JUNIOR_SUFFIXES = {"jr", "jr.", "ii", "iii", "iv"}
OBJECT_BEFORE_RE = re.compile(r"\b(?:by|of|to|with|for|from|at|on|in|about|and)\s+$")
MISTER_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$")


def honorific_form(honorific: str, word: str) -> str:
    """"Ms Roe" for "Ms.", "Mrs" or "Miss" before "Roe"; "Mr Roe" for "Mr."."""
    return ("Mr " if honorific.strip().rstrip(".") == "Mr" else "Ms ") + word
# "Dr" or "Prof" right before a family name.
DOCTOR_BEFORE_RE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s+$")


def _called_doctor(doc, per) -> bool:
    """Does the article write "Dr" or "Prof" before this person's full name?"""
    return _called(doc, per, "Dr|Prof|Professor")


def _called(doc, per, title: str) -> bool:
    """Does the article write this title (a regex alternation) before the person's full
    name, perhaps with a bracketed honorific between ("Hon. (Mrs) Jane Roe")?"""
    name = re.escape(" ".join(per.name))
    return any(re.search(rf"\b(?:{title})\.?\s+(?:\([\w.]{{1,8}}\)\s+)*{name}\b", text) for text in doc.masked)



def elder_or_younger(doc, family: list[str], seniority: str) -> int | None:
    """Of the people named in full whose family name of several words this is ("Lo
    Iacono", "dos Santos"), the elder or the younger, when the text tells them apart
    (f89: "the younger Lo Iacono said" went to the father)."""
    tail = norm_name_t(tuple(family))
    namesakes = [i for i, per in enumerate(doc.people) if per.kind == "person"
                 and len(n := norm_name_t(tuple(per.name))) > len(tail) and n[-len(tail):] == tail]
    ranked = by_seniority(doc, namesakes) if len(namesakes) >= 2 else []
    if not ranked:
        return None
    return ranked[0] if seniority in ("elder", "older") else ranked[-1]


def by_seniority(doc, people: list[int]) -> list[int]:
    """The namesakes from eldest to youngest, by the ages the text gives or the relation one
    was introduced by ("His son, Kevin Roe"); [] when neither tells them apart."""
    ages = [doc.people[i].age for i in people]
    if all(a is not None for a in ages) and len(set(ages)) == len(ages):
        return sorted(people, key=lambda i: -doc.people[i].age)
    younger = [i for i in people if doc.people[i].kin in YOUNGER_KIN]
    older = [i for i in people if doc.people[i].kin in OLDER_KIN]
    if len(people) == 2 and len(younger) + len(older) == 1:
        one = (younger or older)[0]
        other = next(i for i in people if i != one)
        return [other, one] if younger else [one, other]
    return []


YOUNGER_KIN = {"son", "daughter", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter"}
OLDER_KIN = {"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "stepfather", "stepmother"}
# "the elder Mr. Roe", "the younger Roe": which of two namesakes.
SENIORITY_BEFORE_RE = re.compile(r"\b(elder|younger|older)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.I)
# An age right after a name: "Walter Roe, 78, took over ..."
AGE_AFTER_RE = re.compile(r",\s*(\d{1,3})(?:,|;|\.(?!\d))")  # "Kavya, 10." ends a list, f69


def handle_owner(doc, handle: str) -> int | None:
    """The one person named before whose names a social media handle spells ("@JaneRoeMP",
    "@RoeForCongress", "@Jane4Office"): both names, else the family name, else the given
    name, of four letters or more; never a name after "for" ("@WomenForRoe")."""
    h = fold(handle).lower()
    people = [(i, [fold(w).lower().strip(".") for w in per.name]) for i, per in enumerate(doc.people)
              if per.kind == "person" and len(per.name) >= 2]

    def spells(name: str) -> bool:  # (not "@WomenForTrump", "@Vote4Roe": their supporters')
        at = h.find(name)
        return at >= 0 and not h[:at].endswith(("for", "4"))
    for test in (lambda n: spells(n[0]) and spells(n[-1]), lambda n: len(n[-1]) >= 4 and spells(n[-1]),
                 lambda n: len(n[0]) >= 4 and h.startswith(n[0])):
        found = [i for i, n in people if test(n)]
        if len(found) == 1:
            return found[0]
    return None


def company_heads(doc) -> dict[str, str]:
    """The first word of each body the article names in full with a body's last word, when
    only one body opens with it: "Dorrance" is "Dorrance Aerospace" ("Dorrance said")."""
    heads: dict[str, set[str]] = {}
    for ms in doc.mentions:
        for m in ms:
            last = fold(m.name[-1]).lower().rstrip(".")  # (not "Hesk City" for the country "Hesk": f55)
            if m.kind == "group" and 2 <= len(m.name) <= 4 and last in ORG_WORDS and last not in PLACE_TYPE_WORDS \
                    and fold(m.name[0]).lower() not in COMMON:
                heads.setdefault(fold(m.name[0]), set()).add(" ".join(m.name))
            elif m.kind == "group" and len(m.name) == 1 and WEB_ADDRESS_RE.fullmatch(m.name[0]):
                heads.setdefault(fold(m.name[0].split(".")[0]), set()).add(m.name[0])  # "ArmsHub" of "ArmsHub.com"
    return {w: names.pop() for w, names in heads.items() if len(names) == 1}


# A nickname between a given name and a family name: 'Thomas "Tiny" Brannigan'.
NICKNAME_BETWEEN_RE = re.compile("\\b([A-Z][\\w'\u2019-]+)\\s(?:[\"\u201c]([A-Z][\\w'\u2019-]{1,20}(?: [A-Z][\\w'\u2019-]{1,20})?)[\"\u201d]"
                                 "|['\u2018]([A-Z][\\w-]{1,20}(?: [A-Z][\\w-]{1,20})?)['\u2019])\\s([A-Z][\\w'\u2019-]+)")


def nicknamed(doc, nickname: list[str], surname: str, given: str = "") -> int | None:
    """The person of that family name a nickname stands for: the one of the given name it
    was written with ('Sharon "Shaz" Roe'), or whose given name it shortens ("Big Sal" of
    Salvatore, not his daughter Francesca), else the one match_single gives."""
    short = {fold(w).lower() for w in nickname}
    same = [i for i, per in enumerate(doc.people) if per.kind == "person" and len(per.name) >= 2
            and fold(per.name[-1]).lower() == fold(surname).lower()]
    written = [i for i in same if fold(doc.people[i].name[0]).lower() == fold(given).lower()]
    fits = written or [i for i in same if any(fold(doc.people[i].name[0]).lower().startswith(w)
                                              for w in short if len(w) >= 2)]
    return fits[0] if len(fits) == 1 else match_single(doc, surname)


# A nickname of two words in quotation marks right before a family name: '"Big Sal" Venturi'.
NICKNAME_SURNAME_RE = re.compile("(?<![\\w\u2019'])[\"\u201c]([A-Z][\\w'\u2019-]{1,20} [A-Z][\\w'\u2019-]{1,20})[\"\u201d]\\s([A-Z][\\w'\u2019-]+)")
