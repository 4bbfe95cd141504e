"""Which body a description stands for: "the company", "the ministry", "the union" or "it"
after bodies were named; and which names the copy shows to be bodies, not people, by
what surrounds them or by how it describes them. Coreference (coref.py) asks; nothing
here reads reporting clauses' pronouns or people."""
from __future__ import annotations

import re

from .antecedents import mentions_within
from .document import Event, Mention, PersonDraft, is_organisation_alone
from .lexicon import DESCRIPTORS, GIVEN_NAME_GENDER, NATIONALITIES, ORG_NOUNS, PLACES, ROLE_NOUN_SET
from .patterns import CARRIER_BEFORE_RE, PREP_TAIL_RE, fold

# Entity types that "it" or "they" never stand for: places and peoples.
PLACE_OR_PEOPLE = {"GPE", "LOC", "FAC", "NORP"}


ORG_NOUN_SET = set(ORG_NOUNS.split("|"))
SCOPE_WORDS = {"national", "federal", "regional", "provincial", "international", "global", "world"}
# The words of a body's name that say what kind of body "the club" or "the league" is.
_CLUB_WORDS = {"club", "fc", "afc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers"}
BODY_KIND_WORDS = {"club": _CLUB_WORDS, "team": _CLUB_WORDS | {"team"}, "league": {"league"},
                   "union": {"union"}, "party": {"party"}, "university": {"university", "college"},
                   "church": {"church"}, "conference": {"conference"}}
# Nouns a public body's own name mostly has: "the agency said" after "the Medicines Safety
# Agency said ... tablets made by Hartwell Pharma" is the agency (f57: it went to the maker).
_NAMED_BY_KIND = {"agency", "ministry", "department", "authority", "council", "commission", "committee", "embassy",
                  "consulate", "institute", "foundation", "association", "federation", "hospital", "museum",
                  "library", "bank", "society", "coalition", "alliance", "board", "trust", "service", "office",
                  "district"}


# What a company is called in copy about it ("the company said"), never a public body.
FIRM_NOUNS = {"company", "firm", "business", "retailer", "maker", "manufacturer", "utility", "operator", "carrier",
              "airline", "insurer", "lender", "developer", "chain", "brand", "startup", "miner", "producer",
              "platform", "studio", "label", "carmaker", "automaker"}
# A model or part number: "BH-2210", "A320".
MODEL_CODE_RE = re.compile(r"[A-Z]{1,4}-?\d{2,}[A-Z]?")


# "for what it called", "in what it described as": the sentence's subject naming a thing.
WHAT_IT_RE = re.compile(r"\bwhat\s+$")


def what_it_called(doc, ev: Event) -> int | None:
    """The body that opens the sentence of "fined Pellow Bank for what it called 'Q'": the
    one whose view "what it called" gives, not the last body named (f103: the fined bank
    was given the regulator's words, 0.99)."""
    st, _ = doc.sentence_span(ev.para, ev.sentence)
    if not WHAT_IT_RE.search(doc.masked[ev.para], max(st, ev.clause_start - 8), ev.clause_start):
        return None
    first = mentions_within(doc, ev.para, st, ev.clause_start)[:1]
    if first and first[0].kind == "group" and first[0].start <= st + 4:
        return body_named(doc, first[0])
    return None


def described_body_opening(doc, ev: Event) -> str:
    """The description that opens the sentence of "what it called" when the sentence names
    no one before it ("The guide praised what it called 'Q'": "the guide"), else ""."""
    st, _ = doc.sentence_span(ev.para, ev.sentence)
    text = doc.masked[ev.para]
    if not WHAT_IT_RE.search(text, max(st, ev.clause_start - 8), ev.clause_start) \
            or mentions_within(doc, ev.para, st, ev.clause_start):
        return ""
    m = DESCRIBED_OPENING_RE.match(text, st)
    return m.group(1)[:1].lower() + m.group(1)[1:] if m else ""


# A description opening a sentence: "The guide", "The state's watchdog".
DESCRIBED_OPENING_RE = re.compile(r"\s*((?:The|Its|This|That)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w-]*)\s")


def recent_body(doc, p: int, pos: int, paragraphs: int = 3, described: str = "") -> int | None:
    """The body that "the company", "the ministry" or "it" refers to: the last
    organisation named in this paragraph or the ones before it (a country, a place or a
    people is no company), or None. A description of a public body by its scope ("the
    national weather agency") is only a body whose name has one of its words (invented
    wire copy: a network named before was given the weather agency's warning); "the oil
    company" after "Exxon" stays Exxon."""
    words = fold(described).lower().split()
    # (and "the health ministry" is no body without "health" in its name: f92, an armed group's)
    own = set(words[1:-1]) if (SCOPE_WORDS & set(words) or words[-1:] and words[-1] in _NAMED_BY_KIND) \
        and words[:1] == ["the"] else set()
    kind_words = (BODY_KIND_WORDS.get(words[-1]) or {words[-1]} & _NAMED_BY_KIND) if words else set()
    if kind_words:
        # "the club said" after "Cascade United ... 11th in the Western Conference": the body
        # whose name says it is a club, not the last one named (f48)
        # (not the object of a preposition before the subject: "The Ministry of Foreign Affairs
        # rejected a statement by the Egyptian Foreign Ministry ... 'Q,' the ministry said", f68)
        # (the kind a body's name says is its head's: "the University and College Staff Union"
        # is no university, f101: the university's statement went to the union, 0.97)
        named = [m for pp in range(p, max(-1, p - paragraphs), -1) for m in reversed(doc.mentions[pp])
                 if (pp < p or m.start < pos) and m.kind == "group" and kind_words & {fold(w).lower() for w in m.name}
                 and not (_head_word(m.name) in KIND_NOUNS and _head_word(m.name) not in kind_words)]
        free = [m for m in named if m.para == named[0].para
                and not PREP_TAIL_RE.search(doc.masked[m.para], max(0, m.start - 24), m.start)] if named else []
        if named:
            return body_named(doc, (free or named)[0])
        if words[-1] in _NAMED_BY_KIND or words[-1] in BODY_KIND_WORDS:
            # named further back: "According to the bank's own review" is the bank the article
            # is about, not the last body named (f98: a school of economics, 0.96)
            earlier = [m for pp in range(max(-1, p - paragraphs), -1, -1) for m in reversed(doc.mentions[pp])
                       if m.kind == "group" and kind_words & {fold(w).lower() for w in m.name}]
            if earlier:
                return body_named(doc, earlier[0])
    firm = bool(words) and words[-1] in FIRM_NOUNS
    found = _recent_bodies(doc, p, pos, paragraphs, words, kind_words, own, firm)
    if firm:
        # "the company" is the firm the copy is about, not the employer of an analyst it
        # quotes, the paper a critic wrote in or a union it says it is (f116, f117: 0.96-0.99)
        found = [f for f in found if not _aside_body(doc, f[1])] or found
    if not found:
        return None
    person, m = found[0]
    return body_named(doc, m) if person is None else person


# Before a body that is only someone's employer or a paper written in: "an analyst at",
# "writing in", "told".
EMPLOYER_BEFORE_RE = re.compile(r"\b([a-z-]+)\s+(?:at|with|from)\s+(?:the\s+)?$")
PAPER_BEFORE_RE = re.compile(r"(?:\b(?:[Ww]riting|[Ww]rote|[Ww]rites|published|op-ed|column|interview)\s+(?:in|to|with|for)"
                             r"|\b[Tt]old)\s+(?:[Tt]he\s+)?$")
# A body's kind in apposition that no firm is: "IG Roe, the metalworkers union,".
NOT_FIRM_APPOSITIVE_RE = re.compile(r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:union|newspaper|paper|magazine|broadcaster|"
                                    r"daily|tabloid|website|regulator|watchdog|agency|ministry|council|party)\b")


def _aside_body(doc, m: Mention) -> bool:
    """Is the body named only as someone's employer, as a paper or as a body no firm is?"""
    text = doc.masked[m.para]
    employer = EMPLOYER_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    return bool(employer and employer.group(1) in DESCRIPTORS | ROLE_NOUN_SET
                or PAPER_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                or NOT_FIRM_APPOSITIVE_RE.match(text, m.end))


def _recent_bodies(doc, p: int, pos: int, paragraphs: int, words: list[str], kind_words: set[str],
                   own: set[str], firm: bool) -> list[tuple[int | None, Mention]]:
    """The bodies "the company" or "the ministry" may refer to, most recent first, each
    with the mention that names it and the body of ours it is (None: a body not yet ours);
    only the first unless it is a firm."""
    found: list[tuple[int | None, Mention]] = []
    for pp in range(p, max(-1, p - paragraphs), -1):
        for m in reversed(doc.mentions[pp]):
            if found and not firm:
                return found
            if pp == p and m.start >= pos:
                continue
            if kind_words and m.kind == "group" and _head_word(m.name) in KIND_NOUNS and _head_word(m.name) not in kind_words:
                continue  # "the university said" is no union
            if own and not own & {fold(w).lower() for w in m.name}:
                continue
            if any(MODEL_CODE_RE.fullmatch(w) for w in m.name) or firm and (
                    _NAMED_BY_KIND & {fold(w).lower() for w in m.name} or _head_word(m.name) in PUBLIC_HEADS):
                continue  # "models BH-2210 and BH-2215" is no body; "the company" is no board or agency (f67)
                # nor a court ("the First District Court of Appeal ... The company had argued", f104)
            if firm and m.person is not None and FIRM_BEFORE_RE.search(doc.masked[pp], max(0, m.start - 40), m.start):
                found.append((m.person, m))  # "the ride-hailing company Zipp": what "the company" is, typed as it may be
                continue
            if words[-1:] and words[-1] in PUBLIC_REF_NOUNS \
                    and FIRM_BEFORE_RE.search(doc.masked[pp], max(0, m.start - 40), m.start):
                continue  # "the competition regulator" is no "budget carrier Coral Air" (f104)
            if m.kind == "group" and _head_word(m.name) in COURT_HEADS and not set(words) & COURT_NOUNS:
                continue  # "the competition regulator" is no court named before (f104)
            if m.kind == "group" and CARRIER_BEFORE_RE.search(doc.masked[pp], max(0, m.start - 60), m.start):
                continue  # "in a statement carried by the state news agency KNA": it speaks for no one
            if m.kind == "group" and (m.ent not in PLACE_OR_PEOPLE or fold(m.name[-1]).lower() in ORG_NOUN_SET) \
                    and not all(fold(w) in PLACES or fold(w) in NATIONALITIES for w in m.name):
                # (a country's body the recogniser read as the country: "China Embassy")
                found.append((None, m))  # (made a body of ours only if chosen)
                continue
            if m.kind == "person" and m.person is not None and doc.people[m.person].ent == "ORG":
                found.append((m.person, m))  # a name with no body word that the recogniser knows is one
                continue
            if m.kind == "single" and m.person is not None and m.ent == "ORG" \
                    and is_organisation_alone(doc.people[m.person], doc.gender.get(m.person)):
                found.append((m.person, m))  # "StreamNova denied it. '...,' the company said": one word, the same
    return found


def _head_word(name: list[str]) -> str:
    """The word of a body's name that says what it is: its last, or the one before its
    "of" ("Chamber" of "Chamber of Commerce")."""
    words = [fold(w).lower() for w in name]
    return words[words.index("of", 1) - 1] if "of" in words[1:-1] else words[-1]


# Nouns for kinds of body no other kind's noun stands for ("... Union" is no university; a
# department may be "the agency").
KIND_NOUNS = {"club", "team", "league", "union", "party", "university", "college", "church", "conference"}
# A court is "the court", "the panel", "the bench", never "the regulator" or "the council".
COURT_HEADS = {"court", "tribunal"}
COURT_NOUNS = {"court", "tribunal", "panel", "bench", "judges", "justices"}
# The head words of public bodies' names, which "the company" never stands for.
PUBLIC_HEADS = KIND_NOUNS | {"court", "tribunal", "parliament", "senate", "congress", "assembly", "government",
                             "police", "army", "navy", "school", "panel", "regulator"}
# What a public body is called, which no firm is: "the regulator said".
PUBLIC_REF_NOUNS = {"regulator", "watchdog", "ministry", "agency", "authority", "commission", "council", "court",
                    "tribunal", "government", "department", "police"}
# A firm's noun right before a name: "the ride-hailing company Zipp", "bus operator Redline".
FIRM_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(FIRM_NOUNS)) + r")\s+$")


def after_a_subject_unnamed(doc, body: int, ev: Event) -> bool:
    """'The Socialists and Progressives said ... In a statement, the group said:' with the
    body named only in a paragraph before: the group is the subject just before, which the
    article names as no person or body of ours, not the body before it (f81: the group of
    another party, 0.96)."""
    before = [o for o in doc.events[ev.para] if o.verb_start < ev.verb_start]
    name = fold(" ".join(doc.people[body].name))
    return bool(before) and before[-1].subj[0] == "none" and before[-1].speaker is None \
        and not any(m.person == body or m.kind == "group" and fold(" ".join(m.name)) == name
                    for m in doc.mentions[ev.para] if m.start < ev.clause_start)


def described_since(doc, body: int, noun: str, p: int, pos: int) -> bool:
    """Has the paragraph, since it last named the body (within 800 characters before
    pos), spoken of another by the noun "the company" or "the union" uses? Then the noun
    is that one's, which the article does not name."""
    name = doc.people[body].name
    if noun.lower() in {fold(w).lower() for w in " ".join(name).split()}:
        return False
    lo = max(0, pos - 800)
    text = doc.masked[p]
    introduced = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b")
    if any(not NAME_OR_COPULA_TAIL_RE.search(text, max(0, m.start() - 40), m.start())
           for m in introduced.finditer(text, lo, pos)):
        return True  # "one contractor told an FBI informant ... the contractor added" (f76: the FBI's)
    for m in reversed(mentions_within(doc, p, lo, pos)):
        if m.person == body or (m.kind == "group" and fold(" ".join(m.name)) == fold(" ".join(name))):
            lo = m.end
            break
    return re.search(rf"\b{re.escape(noun)}\b", doc.masked[p][lo:pos], re.I) is not None


# What makes "a contractor" another name's description, not someone new: "Acme, ", "is ".
NAME_OR_COPULA_TAIL_RE = re.compile(r"(?:[A-Z][\w.&’'\-]*,\s+|\b(?:is|was|as|are|were)\s+)$")
# A body's kind in apposition right after a name: "Quillon, the company, said".
BODY_APPOSITIVE_RE = re.compile(rf",\s+(?:the|its)\s+(?:[a-z-]+\s+){{0,2}}(?:{ORG_NOUNS})\b")


def body_named(doc, m: Mention) -> int:
    name = " ".join(m.name)
    key = fold(name)
    if len(m.name) == 1 and key not in doc.groups:
        name = full_body_name(doc, key) or _spelled_out(doc).get(m.name[0]) or name
        key = fold(name)
    if key not in doc.groups:
        doc.people.append(PersonDraft([name], forms=[name], kind="group", first_pos=(m.para, m.start)))
        doc.groups[key] = len(doc.people) - 1
    if m.ent is not None:
        per = doc.people[doc.groups[key]]
        per.ents[m.ent] = per.ents.get(m.ent, 0) + 1
    return doc.groups[key]


# A body's name and its initials in brackets after it: "the Northern Waters Research
# Collective (NWRC)", "National Transport and Safety Authority (NTSA)".
SPELLED_OUT_RE = re.compile(r"((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|and|on|the|in|de|&)\s+)*){1,8}[A-Z][\w'\u2019&.-]*)"
                            r"\s+\(([A-Z][A-Z&]{1,9})\)")


def _spelled_out(doc) -> dict[str, str]:
    """The initials the article gives a body's name in brackets, and the name (once per
    article): "the NWRC said" is the Northern Waters Research Collective (f133: a page "NWRC"
    beside the collective's)."""
    got = getattr(doc, "_spelled_out", None)
    if got is None:
        got = doc._spelled_out = {}
        for text in doc.paras:
            for sm in SPELLED_OUT_RE.finditer(text):
                words = [w for w in sm.group(1).split() if w[:1].isupper()]
                for k in range(len(words)):  # (the shortest tail whose initials they are: not "The Northern ...")
                    if "".join(w[0] for w in words[k:]) == sm.group(2).replace("&", ""):
                        tail = sm.group(1)[sm.group(1).index(words[k]):]
                        got.setdefault(sm.group(2), tail)
                        break
    return got


# "the House" is rarely the White House: a chamber's word never stands for a longer name
CHAMBER_WORDS = {"house", "senate", "assembly", "congress", "parliament"}


def full_body_name(doc, word: str) -> str | None:
    """The one longer name of a body in the article that ends in `word`: "the Post" after
    "the Washington Post", "the Gazette" after "the Harbour Gazette" are the same body
    (issue 27: a speaker page "Post", and the paper's words given to two speakers)."""
    if word in CHAMBER_WORDS:
        return None
    names = doc.group_heads.get(word, set())
    return next(iter(names)) if len(names) == 1 else None


# After a name: what only a body is followed by ("Halden Steel, which runs the plant",
# "Karvel Platinum said its offer").
BODY_AFTER_RE = re.compile(r",\s+which\s|\s+(?:said|says|announced|confirmed|reported|added|insisted|warned|argued)"
                           r"\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?its\s")


def bodies_by_what_surrounds_them(doc) -> None:
    """A name that is no one's (no given name, role, age or person's label) which the
    copy calls by a firm's noun ("streaming platform Onda") or follows with "which" or
    "said its" is a body: its page, its kind in the export, "the company" (f115-f117:
    typed "person")."""
    for p, ms in enumerate(doc.mentions):
        text = doc.masked[p]
        for m in ms:
            if m.person is None or m.kind not in ("person", "single"):
                continue
            per = doc.people[m.person]
            if per.kind != "person" or per.roles or per.age is not None or "PERSON" in per.ents \
                    or "PERSON" in per.single_ents or fold(per.name[0]) in GIVEN_NAME_GENDER:
                continue
            if BODY_AFTER_RE.match(text, m.end) or FIRM_BEFORE_RE.search(text, max(0, m.start - 24), m.start):
                per.kind = "group"


def bodies_by_their_description(doc) -> None:
    """One name word the article describes as a body ('Korvana, the official state news
    agency, wrote', 'Meridia, the website') is an organisation, not a person: its page,
    its "it", its kind in the export."""
    for per in doc.people:
        if per.kind != "person" or len(per.name) != 1 or per.a_relative:
            continue
        heads = [fold(r).lower().split(" of ")[0].split()[-1] for r in per.roles
                 if r[:1].islower() and r.split()[0].lower() in ("the", "a", "an")]
        if heads and all(h in ORG_NOUN_SET for h in heads):
            per.kind = "group"


def bodies_named_in_full(doc) -> tuple[set[str], dict[str, set[str]]]:
    """The longer names of the bodies and places the article mentions, by their first
    words and by their last word.

    First words ("sandy hook" of "Sandy Hook Elementary School"): a name read as a
    person's that is one of them, with no role, no verb of saying and no given name the
    lists know ("Muhammad Ali" of the Muhammad Ali Center stays a man), is the place
    (issue 27: a pronoun after "Sandy Hook wasn't just a tragedy" made the place a
    speaker). Last word ("post" of "Washington Post"): see full_body_name."""
    firsts: set[str] = set()
    by_last: dict[str, set[str]] = {}
    for ms in doc.mentions:
        for m in ms:
            if m.kind == "group" and len(m.name) > 1:
                words = [fold(w) for w in m.name]
                firsts.update(" ".join(words[:k]) for k in range(2, len(words)))
                by_last.setdefault(words[-1], set()).add(" ".join(m.name))
                if "of" in words[1:-1]:  # and the body's word before its "of": "the Chamber" of
                    # "the Trinidad and Tobago Chamber of Industry and Commerce" (f97)
                    by_last.setdefault(words[words.index("of", 1) - 1], set()).add(" ".join(m.name))
    return firsts, by_last
