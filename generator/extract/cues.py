"""Reporting clauses: every reporting verb ("said", "told", "according to", "stating",
...) with its grammatical subject: a name, a pronoun, a role noun phrase, an appositive,
a conjunct of an earlier verb."""
from __future__ import annotations

import bisect
import re

from .document import Event, Mention
from .lexicon import (SPEECH_ONLY, ADV_SET, CHAIN_LEADS, TIME_LEADS, CHAIN_OPENERS, COMMON, DESCRIPTORS, KIN_WORDS,
                      LEAD_WORDS, NATIONALITIES, MANNER_VERBS, PARTICIPLE, ROLE_NOUN_SET, TITLES, is_given_name)
from .epithets import epithet_at
from .mentions import known_surname
from .patterns import (PHRASE_CHAR, INDEFINITE_TAIL_RE, DOC_FROM_TAIL_RE, INDEFINITE_OF_NAME_TAIL_RE, MESSAGES, ONLY_AS_BEFORE_RE,
    ANONYMOUS_WHO_RE,
    BASED_RE,
    CHAIN_LEAD_RE,
    fold,
    COMMA_GAP_RE,
    COMMA_TAIL_RE,
    COMPOUND_BEFORE_RE,
    CONJ_TAIL_RE,
    WHO_AND_TAIL_RE,
    DESCRIPTOR_AFTER_RE,
    DOC_REF_TAIL_RE,
    DOCUMENT_TAIL_RE,
    FORMER_RE,
    HE_SHE_THEY_RE,
    HONORIFIC_BEFORE_RE,
    HONORIFIC_TAIL_RE,
    INTRO_RE,
    INVERTED_TAIL_RE,
    LOWER_DESCRIPTION_RE,
    ORG_NP_RE,
    BODY_NOUN_BEFORE_RE,
    OWNER_GAP_RE,
    ORG_REF_HEAD_RE,
    ORG_REF_TAIL_RE,
    POSS_DESCRIPTION_RE,
    PREP_TAIL_RE,
    PRON_TAIL_RE,
    PROGRESSIVE_TAIL_RE,
    QUOTE_LEAD_RE,
    ROLE_NOUN_ANY_RE,
    ROLE_NP_HEAD_LONGEST_RE,
    ROLE_NP_HEAD_RE,
    ROLE_NP_TAIL_RE,
    SPACES_RE,
    VERB_RE,
    WHO_TAIL_RE,
)


# A verb of a manner of speaking, and a quotation's closing mark and comma right before its
# clause: '"Q," he laughed' (its only words: not 'Roe laughed at the idea of a "Q"').
MANNER_RE = re.compile(r"\b(" + "|".join(sorted(MANNER_VERBS)) + r")\b")
AFTER_WORDS_RE = re.compile("\x01[\\s,\u2014\u2013-]*$")


def find_events(doc) -> None:
    for p, text in enumerate(doc.masked):
        evs: list[Event] = []
        for m in VERB_RE.finditer(text):
            ev = _event(doc, p, text, m, evs)
            if ev is not None:
                evs.append(ev)
        manner = [ev for m in MANNER_RE.finditer(text) if "\x01" in text[max(0, m.start() - 40):m.start()]
                  and (ev := _event(doc, p, text, m, evs)) is not None
                  and AFTER_WORDS_RE.search(text, max(0, ev.clause_start - 6), ev.clause_start)]
        if manner:  # '"Q," he laughed': a manner of speaking reports the words right before it only
            evs = sorted(evs + manner, key=lambda ev: ev.verb_start)
        intros = [ev for c in COLON_BEFORE_QUOTE_RE.finditer(text)
                  if (ev := _colon_introduction(doc, p, text, c.start(), evs)) is not None]
        if intros:
            evs = sorted(evs + intros, key=lambda ev: ev.verb_start)
        doc.events.append(evs)
        doc.verb_starts.append([ev.verb_start for ev in evs])  # ascending: found in text order


# A verb after its subject, perhaps after an adverb: "(He) then listed", "(Roe) set out".
_VERB_AFTER_SUBJECT_RE = re.compile(r"\s+(?:[a-z]+ly\s+|then\s+|also\s+)?([a-z]+)\b")
_PRONOUN_CLAUSE_RE = re.compile(r"(He|She)" + _VERB_AFTER_SUBJECT_RE.pattern)
# Words after a capitalised first word that show it is no subject ("Transcript as
# follows:", "Signs of momentum ...:"): a preposition, conjunction or article.
_NO_VERB = frozenset("as of and or nor in on at for to from with by about than into over under "
                     "after before like the a an".split())


# A relative clause of a thing written, right before the colon: "which read:".
_WHICH_READ_RE = re.compile(r"\b(?:which|that)\s+(read|reads)\s*:")
# A colon that introduces a quotation: before its opening mark (masked: \x01), or ending
# the paragraph (the quotation is the next one).
COLON_BEFORE_QUOTE_RE = re.compile(r":\s*(?:\x01|$)")


def _colon_introduction(doc, p: int, text: str, colon: int, evs: list[Event]) -> Event | None:
    """A sentence that introduces a quotation with a colon and has no verb of saying
    before it, but a person for its subject: 'He then listed the qualities a nominee
    needs:', 'She then addressed the supporters again: "Q"'. The quotation is theirs (the
    rules of 'Roe said: "Q"' and of a paragraph ending "Roe said:"); the verb is the word
    after the subject."""
    sent = doc.sentence_of(p, colon)
    start, _ = doc.sentence_span(p, sent)
    if any(ev.sentence == sent and ev.verb_start < colon for ev in evs):
        return None
    if (which := _WHICH_READ_RE.search(text, max(start, colon - 30), colon + 1)) is not None \
            and doc.by_end[p].get(len(text[:which.start()].rstrip(" ,"))) is None:
        # "he liked a post from a fan account which read: 'Q'": the post's words, not his (but
        # "She retweeted a message from her adviser, Ann Roe, that read:" is left to the
        # rules of the sentence: annotators give a retweet to the one who shares it)
        return Event(p, which.start(1), which.end(1), which.group(1), which.start(), which.end(1), sent, ("none",))
    lead = len(text) - len(text[start:].lstrip())
    m = _PRONOUN_CLAUSE_RE.match(text, lead)
    if m and m.end(2) <= colon:
        return Event(p, m.start(2), m.end(2), m.group(2), lead, m.end(2), sent, ("pron", m.group(1).lower()))
    men = doc.by_start[p].get(lead)
    if men is not None and text.startswith(" ", men.end) and (got := _described_name(doc, p, text, men.end + 1)):
        men = got[1]  # "Haldane campaign spokesman Tyler Ruddock ... sent a response:": the spokesman (f56:
        # the candidate, read as "Haldane" doing "campaign")
    if men is not None and men.kind in ("person", "single") and not men.possessive:
        v = _VERB_AFTER_SUBJECT_RE.match(text, men.end)
        if v and v.end(1) <= colon and v.group(1) not in _NO_VERB:
            men.subject = True
            return Event(p, v.start(1), v.end(1), v.group(1), men.start, v.end(1), sent, ("mention", men))
    return None


# A text no one is said to have written, as a subject: "One message, read aloud in court,",
# "A sign", "Another post" (not "A statement, issued by the ministry,").
INDEFINITE_DOC_TAIL_RE = re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+)?(?:{MESSAGES}|sign|placard|banner|"
                                    r"poster|caption|headline|inscription|plaque|card)s?(?:\s*,\s+(?![^,]*\bby\b)[a-z][^,]{0,60},)?\s*$")


# A court filing as the subject: "the lawsuit ", "the complaint ", "the indictment ".
LEGAL_DOC_TAIL_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa])\s+(?:[a-z-]+\s+)?(?:lawsuit|suit|complaint|indictment|"
                               r"petition|affidavit|motion|warrant|charge\s+sheet|court\s+filing)\s*$")


def _event(doc, p: int, text: str, m: re.Match, evs: list[Event]) -> Event | None:
    verb = m.group(1)
    if " " in verb or "\n" in verb or "\t" in verb:
        verb = " ".join(verb.split())
        if verb == "According to":  # 'According to Roe, ... "Q"': opens the sentence
            verb = "according to"
    vs, ve = m.start(1), m.end(1)
    starts = doc.sent_starts[p]
    sent = bisect.bisect_right(starts, vs) - 1  # doc.sentence_of, inlined
    sstart = starts[sent]
    mk = lambda cs, ce, subj: Event(p, vs, ve, verb, cs, ce, sent, subj)  # noqa: E731
    if verb[0].isupper():  # 'Said Roe, who grew up there, "Q."'
        if vs != sstart:
            return None
        verb = verb.lower()
        subj = _np_after(doc, p, text, ve)
        return mk(vs, subj[-1], subj[:-1]) if subj else None
    if verb in PASSIVE_AGENT_VERBS and (agent := PASSIVE_BY_RE.match(text, ve)) \
            and (aux := PASSIVE_AUX_TAIL_RE.search(text, max(sstart, vs - 60), vs)) \
            and (men := doc.by_start[p].get(agent.end())) is not None:
        men.subject = True  # '"You're finished," Quintero was told by Voss': Voss speaks
        told = doc.by_end[p].get(aux.start())  # the clause opens at the one told
        return mk(told.start if told is not None else vs, men.end, ("mention", men))
    if verb == "according to":
        subj = _np_after(doc, p, text, ve)
        if subj is None:
            d = DESCRIPTOR_AFTER_RE.match(text, ve)
            if d:
                subj = _np_after(doc, p, text, d.end())
                if subj is not None and subj[0] == "mention":
                    subj[1].role = subj[1].role + [text[ve:d.end()].strip(" ,")]
        return mk(vs, subj[-1], subj[:-1]) if subj else None
    if verb in PARTICIPLE:
        # "..., stating, 'Q'": the participle shares the subject of its main clause
        if DOCUMENT_TAIL_RE.search(text, max(0, vs - 30), vs) and OBTAINED_DOCUMENT_RE.search(text, max(sstart, vs - 90), vs):
            # "The site has obtained a campaign memo describing the senator as 'Q'": the memo's
            # words, not the words of whoever obtained it (f144: the site's, 0.98)
            return mk(vs, ve, ("none",))
        if COMMA_TAIL_RE.search(text[max(0, vs - 3):vs]) or DOCUMENT_TAIL_RE.search(text, max(0, vs - 30), vs) \
                or BY_TAIL_RE.search(text, max(0, vs - 4), vs):
            # "..., stating," / "issued a statement saying", "closed the rally by telling
            # supporters the race 'Q'" (f78): the subject of the main clause
            return mk(vs, ve, ("sentsubj",))
        if (rp := RECALLED_PRONOUN_RE.search(text, max(sstart, vs - 40), vs)) is not None:
            # "Her teacher, Mr Roe, remembers her telling the class, 'Q'": hers, as he
            # remembers it (f146: the teacher's, 0.86)
            return mk(rp.start(1), ve, ("pron", {"her": "she", "him": "he", "them": "they"}[rp.group(1).lower()]))
        if (qa := QUOTED_AS_RE.search(text, max(sstart, vs - 120), vs)) is not None:
            men = doc.by_end[p].get(qa.end(1))  # "State media quoted Sheikh Roe as saying": Roe
            if men is None or men.kind == "group":
                first = doc.by_start[p].get(qa.start(1))  # "quoted Ri Hwa, a director of the Party, as saying"
                men = first if first is not None and first.kind in ("person", "single") else men
            if men is not None:
                men.subject = True
                return mk(men.start, ve, ("mention", men))
            if UNNAMED_QUOTED_RE.fullmatch(qa.group(1)):
                # "The paper quoted a senior Treasury source saying:": that source, not named
                # (f144: the paper's, 0.99)
                ev = mk(qa.start(1), ve, ("role", qa.group(1)))
                ev.unnamed = True
                return ev
            return None
        aux = PROGRESSIVE_TAIL_RE.search(text, max(0, vs - 40), vs)
        if not aux:
            return None
        # "Roe is pledging to ...", "Roe was quoted as saying": a finite verb whose
        # subject comes before the auxiliary
        subject_end = aux.start()
    else:
        subject_end = vs
    lo = max(sstart, vs - 160)
    while lo < subject_end and text[lo] == " ":
        lo += 1  # (past a live blog's blanked time label: "12:40 p.m. - A spokesperson for ... said")
    if (signed := SIGNED_BY_RE.match(text, sstart)) and signed.end() < subject_end:
        lo = max(lo, signed.end())  # "In a statement signed by its secretary, Barr. Jo Roe, the party said"
    e = _adv_tail_start(text, lo, subject_end)  # skip "has also", "later"
    if (signed := SIGNED_BY_TAIL_RE.search(text, lo, e)) is not None:
        # "The union, in a statement signed by its secretary, Jo Roe, said"
        e = _adv_tail_start(text, lo, signed.start())
    if text[e - 1:e] == ")" and (pb := PAREN_TAIL_RE.search(text, lo, e)):
        e = _adv_tail_start(text, lo, pb.start())  # "Sir Ada Stone (Northvale) told": a seat or party
    elif text[e - 1:e] in "\u2014\u2013-" and (da := DASH_ASIDE_TAIL_RE.search(text, lo, e)):
        # "Opposition Leader Simon Roe \u2014 no relation to the Nationals MP \u2014 said": the
        # subject is before the aside (f118: the MP the aside names, 0.99)
        e = _adv_tail_start(text, lo, da.start())
    before = text[lo:e]
    if hm := HONOUR_TAIL_RE.search(before, max(0, len(before) - 20)):
        return mk(lo + hm.start(), ve, ("role", "the judge"))  # '"Q," Her Honour said' (f61: a speaker "Honour")
    wm = WHO_TAIL_RE.search(before, max(0, len(before) - 8))
    if wm:
        # "Roe, who called the report 'fake news,'": the relative pronoun's antecedent
        end = lo + wm.start()
        if text[end - 1:end] == ")" and (pb := PAREN_TAIL_RE.search(text, lo, end)):
            end = pb.start()  # "Sen. Jane Roe (D-Ore.), who said": past her party and state
        men = doc.by_end[p].get(end)
        if men is not None and men.kind == "group":
            men = _owner_before(doc, p, text, men, sstart) or men  # "Rep. Jo Roe of Missouri, who called" (f75)
        if men is not None and men.kind in ("person", "single") and not men.possessive:
            men.subject = True
            return mk(men.start, ve, ("mention", men))
        return None
    if INDEFINITE_TAIL_RE.search(before, max(0, len(before) - 24)):
        return mk(lo + len(before.rstrip()), ve, ("none",))  # '"Q!" someone yelled': no one named
    for tail, reach, fits in UNNAMED_SUBJECT_TAILS:
        if (um := tail.search(before, max(0, len(before) - reach))) and fits(doc, p, lo + um.start(1), um):
            ev = mk(lo + um.start(1), ve, ("role", um.group(1)))
            ev.unnamed = True  # (so the model names no one over it either)
            return ev
    pm = PRON_TAIL_RE.search(before, max(0, len(before) - 8))
    if pm:
        pron = pm.group(1).lower()
        if COMPOUND_BEFORE_RE.search(text[lo:lo + pm.start(1)]):
            return mk(lo + pm.start(1), ve, ("none",))
        return mk(lo + pm.start(1), ve, ("pron", pron))
    men = doc.by_end[p].get(e)
    if men is not None and men.kind in ("group", "single") \
            and (dm := INDEFINITE_DET_TAIL_RE.search(text, max(sstart, men.start - 9), men.start)) is not None:
        # '"Q," another New Hampshire Republican added': someone the article does not name (a
        # speaker page "New Hampshire Republican" on the site built from the real set)
        ev = mk(dm.start(), ve, ("role", text[dm.start():men.end]))
        ev.unnamed = True
        return ev
    if men is not None and men.kind != "group" \
            and BODY_NOUN_BEFORE_RE.search(text, max(sstart, men.start - 50), men.start):
        men.kind = "group"  # "Ma. Glorina Roe of the environmental group Oceana Pilipinas said" (f82)
    if men is not None and men.kind == "group":
        men = _owner_before(doc, p, text, men, sstart) or men  # "Jane Roe of Acme said"
    rm = _role_np_tail(before) if men is None or men.kind != "person" else None
    if men is not None and rm is not None and lo + rm.start() < men.start:
        men = None  # "the ambassador to the United Nations told": the role is the subject
    if (men is None or men.person is None) and (ep := epithet_at(before)) is not None \
            and (men is None or men.start >= lo + ep.start()):
        return mk(lo + ep.start(), ve, ("epithet", ep.group(0).strip(), ep))  # '"Q," the Spaniard said'
    if men is not None and not men.possessive and DOC_FROM_TAIL_RE.search(text, max(sstart, men.start - 60), men.start):
        men.subject = True  # "A statement from the Alliance said": the one who issued it
        return mk(men.start, ve, ("mention", men))
    if men is not None and PREP_TAIL_RE.search(text, max(0, men.start - 24), men.start):
        men = None  # the object of a preposition is never the subject (the window holds the word
        # before "on the": "killed by a drunk driver on the Central Coast has told", f61)
    if men is not None and men.start >= sstart and not men.possessive:
        if COMPOUND_BEFORE_RE.search(text[max(0, men.start - 8):men.start]):
            return mk(men.start, ve, ("none",))  # "Roe and Doe said": a pair, no one person
        men.subject = True
        return mk(men.start, ve, ("mention", men))
    if before.endswith("),") and (pb := PAREN_TAIL_RE.search(text, lo, e - 1)) \
            and (named := doc.by_end[p].get(len(text[:pb.start()].rstrip()))) is not None \
            and named.kind in ("person", "single") and not named.possessive:
        # "Sen. Jane Roe (APC, Oyo South), described": the name before a party and seat in
        # brackets (f65: the party was the speaker)
        named.subject = True
        return mk(named.start, ve, ("mention", named))
    if before.endswith(",") and men is None and (aw := ANONYMOUS_WHO_RE.match(text, sstart)) is not None \
            and aw.end() < e and not any(m.kind in ("person", "single") for m in doc.mentions[p] if aw.end() <= m.start < e):
        # "A bus driver who was approaching the stop, and who spoke on condition of anonymity,
        # said": someone not named (f90: the words went to a man quoted before, 0.96)
        ev = mk(aw.start(1), ve, ("role", aw.group(1)))
        ev.unnamed = True
        return ev
    if LEGAL_DOC_TAIL_RE.search(before, max(0, len(before) - 40)):
        # '"Q," the lawsuit states', "the complaint alleges": a filing's words, no one's (f132:
        # the dead man the suit is about, 0.87)
        return mk(lo + len(before.rstrip()), ve, ("none",))
    if im := INDEFINITE_DOC_TAIL_RE.search(before, max(0, len(before) - 90)):
        # '"One message, read aloud in court, said: "Q"', "A sign said": words of a text
        # whose writer the sentence does not give (f115: the prosecutor who read it, 0.95)
        return mk(lo + im.start(), ve, ("none",))
    if before.endswith(","):
        head = _chain_head(doc, p, text, sstart, e - 1)
        men = doc.by_end[p].get(len(text[:text.rfind(",", lo, e - 1)].rstrip())) if head is not None else None
        was_subject = men is not None and men.subject
        got = _appositive(doc, p, text, lo, e - 1, head=head)
        if head is not None and (got is None or got[0] != ("mention", head)):
            head.subject = True  # a body or a later name is never chosen over it
            if men is not None and men is not head:
                men.subject = was_subject  # nor is the name inside the chain a subject
            got = ("mention", head), head.start
        if got is not None:
            ev = mk(got[1], ve, got[0])
            # "a neighbour of Mr Roe, who ..., said": someone the article does not name
            # ("The council's housing officer, a woman who declined to be named, said", f134: her
            # "she said" went to the one quoted before, 0.96)
            ev.unnamed = got[0][0] == "role" and (got[0][1].split()[0].lower() in ("a", "an", "one", "another")
                                                  or NOT_NAMED_RE.search(before) is not None)
            return ev
    if men is not None and rm is None:
        rm = _role_np_tail(before)
    if rm:
        return mk(lo + rm.start(), ve, ("role", rm.group(0).strip()))

    dm = DOC_REF_TAIL_RE.search(before, max(0, len(before) - 40)) if men is None else None
    if dm:  # '"Q," the statement said.': whoever the text said issued it
        return mk(lo + dm.start(), ve, ("docref", dm.group(1)))
    om = ORG_REF_TAIL_RE.search(before, max(0, len(before) - 60))
    if om and men is not None and men.kind == "group" and men.start <= lo + om.start():
        om = None  # "Bangladesh's foreign ministry said": the body named so (mentions._a_countrys_bodies)
    if om and (men is None or men.kind == "group"):
        return mk(lo + om.start(), ve, ("orgref", om.group(1), om.group(0).strip()))
    if CONJ_TAIL_RE.search(before, max(0, len(before) - 8)) and (wm := WHO_AND_TAIL_RE.search(before)):
        ev = mk(lo + wm.start(1), ve, ("role", wm.group(1)))  # "a man who came in ... and asked": his
        ev.unnamed = True
        return ev
    if CONJ_TAIL_RE.search(before, max(0, len(before) - 8)):
        # "Roe called it 'Q' and said ...": the conjunct shares the subject
        prev = [x for x in evs if x.sentence == sent]
        if prev:
            return mk(vs, ve, ("inherit", prev[-1]))
        return mk(vs, ve, ("sentsubj",))
    # inverted: '"Q," said Roe' or ', said the minister' (never '..., praised Roe')
    if verb in SPEECH_ONLY and verb not in OBJECT_VERBS and INVERTED_TAIL_RE.search(text[max(0, vs - 4):vs]):
        subj = _np_after(doc, p, text, ve)
        if subj and subj[0] == "mention" and (fold(" ".join(subj[1].name)).lower() in NATIONALITIES
                                              or subj[1].kind in ("group", "single")) \
                and (named := _person_after_descriptor(doc, p, text, subj[1])) is not None:
            # "said Canadian tourist Mark Roe": the tourist (f84: "Canadian"); "said Mavericks
            # opener Kabir Roe": the opener (f95: the team)
            named.subject = True
            return mk(vs, named.end, ("mention", named))
        if subj and not FINITE_VERB_AFTER_RE.match(text, subj[-1]):
            return mk(vs, subj[-1], subj[:-1])
    return None


def _person_after_descriptor(doc, p: int, text: str, m: Mention) -> Mention | None:
    """The person named right after a people's word and a lower-case description: "Canadian
    tourist Mark Roe", "British-born chef Ana Doe"."""
    k = bisect.bisect_right(doc.mention_starts[p], m.start)
    nxt = doc.mentions[p][k] if k < len(doc.mentions[p]) else None
    gap = text[m.end:nxt.start] if nxt is not None else ""
    if nxt is None or nxt.kind != "person" or not re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}", gap):
        return None
    words = gap.split()
    last = words[-1]
    if last in ("and", "or", "nor", "but"):
        return None
    # (the role's word before its field: "said Boreal vice-president of operations Jo Roe", f111)
    head = words[-3] if len(words) == 3 and words[1] == "of" else last
    if m.kind != "group" and fold(" ".join(m.name)).lower() not in NATIONALITIES \
            and not (head in LEAD_WORDS or head.split("-")[-1] in LEAD_WORDS
                     or head.endswith(("er", "or", "ist", "ian", "man", "woman"))):
        return None  # (a name and a description of the next: "said Roe aide Jo Doe", not "said Roe and Jo Doe")
    return nxt


# A finite verb right after a noun phrase: it is that clause's subject ("Roe, said the
# government had 'woken up'": what was said, f47), not the inverted subject of "said".
FINITE_VERB_AFTER_RE = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|does"
                                  r"|do|can|may|[a-z]{3,}ed)\b")


# Someone who speaks for a person or body named in the phrase, opening the sentence: "A
# spokesperson for Castellano", "A rep for the star" (not "Doug Roe, a spokesman for Ryan,").
SPOKESPERSON_FOR_TAIL_RE = re.compile(r"(?:^|[.;]\s+|\x01,?\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?"
                                      r"(?:spokesperson|spokesman|spokeswoman|representative|rep|publicist|aide)"
                                      r"\s+(?:for|of|to)\s+" + PHRASE_CHAR + r"{1,60}?)\s*$")
# One of some people the text does not name, described in apposition: "One of them, a Gulf
# official, ", "Another of the officers, a sergeant, ".
ONE_OF_THEM_TAIL_RE = re.compile(r"(?:^|[.;]\s+)(?:One|Another|Neither|Each)\s+of\s+(?:them|those|these|the\s+[a-z]+)"
                                 r"\s*,\s+((?:an?|the)\s+[^,.;:\x01\n]{1,60}?)\s*,\s*$")
# A statement's signatory named in a phrase of its own, opening the sentence or between
# the subject and its verb: the body whose statement it is speaks (f83, West African copy).
_SIGNED_BY = r"\s+a\s+(?:joint\s+|press\s+)?statement\s+(?:signed|issued|released)\s+by\s+[^,;\x01]{1,80}"
SIGNED_BY_RE = re.compile(r"(?:In|in)" + _SIGNED_BY + r",\s+[^,;\x01]{1,60},\s+")
SIGNED_BY_TAIL_RE = re.compile(r",\s+in" + _SIGNED_BY + r"(?:,\s+[^,;\x01]{1,60})?,\s*$")
# "by" before a participle: "by telling".
BY_TAIL_RE = re.compile(r"\bby\s+$")
# An indefinite determiner right before a name: "another ", "one ", "a ".
INDEFINITE_DET_TAIL_RE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+$")
# A person's campaign, office or staff as the subject: "Brannock's campaign ", "Roe’s office ";
# a country's government ("Hesk's government called it", f55: the country was the speaker).
OWNERS_BODY_TAIL_RE = re.compile(r"(?:^|[.;]\s+|\x01,?\s+)((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+"
                                 r"(?:(?:presidential|re-?election|Senate|congressional|press)\s+)?"
                                 r"(?:campaign|office|team|aides|staff|lawyers|attorneys|government|administration))\s*$")
# Someone of a named person's, as the subject: "Jordie Roe's lawyer ", "Roe's longtime
# friend ", "Roe's mum ", "Roe's spokeswoman ".
_OWN_PEOPLE = sorted(DESCRIPTORS | ROLE_NOUN_SET | set(KIN_WORDS) | {
    "mum", "mom", "dad", "mam", "rep", "reps", "representatives", "publicist", "agent", "lawyer", "solicitor",
    "barrister", "counsel", "parents", "family", "friends", "pal", "pals", "people", "management", "camp"},
    key=lambda w: (-len(w), w))
PERSONS_OWN_TAIL_RE = re.compile(r"(?:^|[.;]\s+|\x01,?\s+)((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(map(re.escape, _OWN_PEOPLE)) + r"))\s*$")


# Words saying the article will not name someone: "who declined to be named", "speaking on
# condition of anonymity", "who was not authorised to speak".
NOT_NAMED_RE = re.compile(r"\b(?:declined|asked|requested|wished|wanted|refused|did\s+not\s+want|did\s+not\s+wish)\s+"
                          r"(?:not\s+)?to\s+be\s+(?:named|identified)|\bcondition\s+of\s+anonymity|\banonymously\b"
                          r"|\bnot\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)")


# A place's, a show's or a body's people as the subject: "Kilbride residents ", "Love Bay
# bosses " (before the verb), "Jurong West parents" (after it).
NAMED_PEOPLE_TAIL_RE = re.compile(r"(?:^|[.;:]\s+|\x01,?\s+)((?!(?:The|A|An|His|Her|Their|Its|Our|Some|Many|Other)\s)"
                                  r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}([a-z]+s))\s*$")
PEOPLE_DESCRIBED_TAIL_RE = re.compile(r"(?:^|[.;:]\s+|\x01,?\s+)((?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                      r"([a-z]+s))\s*$")
NAMED_PEOPLE_AFTER_RE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,4}([a-z]+s))(?=\s*[,.;:!?]|\s*$)")


def people_plural_noun(word: str) -> bool:
    """A plural noun for people: "residents", "bosses", "parents", "campaigners"."""
    w = word.lower()
    stems = {w[:-1], w[:-2] if w.endswith("es") else w[:-1], w[:-3] + "y" if w.endswith("ies") else w[:-1]}
    return bool(stems & (PEOPLE_PLURAL_STEMS | DESCRIPTORS | ROLE_NOUN_SET)) \
        or w.endswith(("ers", "ors", "ists", "ians"))


# People nouns whose plural may follow a place's or a show's name.
PEOPLE_PLURAL_STEMS = {"resident", "parent", "boss", "official", "fan", "student", "teacher", "worker", "voter",
                       "family", "villager", "local", "neighbour", "neighbor", "activist", "executive", "source",
                       "insider", "member", "critic", "expert", "doctor", "nurse", "elder", "child", "pupil",
                       "farmer", "shopkeeper", "trader", "commuter", "passenger", "patient", "victim", "survivor"}


def _named_person_at(doc, p: int, pos: int) -> bool:
    """Is a person's name (not a body's or a place's) the possessive that opens at pos?"""
    return any(m.start == pos and m.possessive and m.kind in ("person", "single") for m in doc.mentions[p])


def _any(doc, p: int, pos: int, m: re.Match) -> bool:
    return True


def _people(doc, p: int, pos: int, m: re.Match) -> bool:
    return people_plural_noun(m.group(2))


def _of_someone_named(doc, p: int, pos: int, m: re.Match) -> bool:
    return _named_person_at(doc, p, pos)


# Subjects that describe someone the article does not name, tried in turn: the pattern,
# how far back from the verb it reads, and what else its words must be. Each makes a role
# event with no one named, which the model names no one over.
UNNAMED_SUBJECT_TAILS = (
    (ONE_OF_THEM_TAIL_RE, 100, _any),  # "One of them, a Gulf official, said" (f55)
    # "A spokesperson for Castellano said in a statement:": not the star the parse finds
    # inside the phrase (f59: 0.95)
    (SPOKESPERSON_FOR_TAIL_RE, 100, _any),
    # "Roe's campaign said", "Roe's office called it": the campaign's words, not Roe's (f78:
    # 0.87-0.95 to the candidate)
    (OWNERS_BODY_TAIL_RE, 80, _any),
    # "Kilbride residents said", "Love Bay bosses said:": people of a place or a show (f130,
    # f131: the show and the place were speakers)
    (NAMED_PEOPLE_TAIL_RE, 80, _people),
    # '"Q," the authors wrote', "the researchers said": never one of them named before (f135:
    # the lead author, 0.994)
    (PEOPLE_DESCRIBED_TAIL_RE, 60, _people),
    # "Jordie Roe's lawyer said:", "Roe's mum said": someone of Roe's, never Roe (f130: 0.95 to
    # the star); the role may still find a holder the article named
    (PERSONS_OWN_TAIL_RE, 80, _of_someone_named),
)


# How a judge is named in court copy: "Her Honour", "His Honor", "His Lordship".
HONOUR_TAIL_RE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:Honou?r|Lordship|Ladyship|Worship)\s*$")


# Verbs of saying whose object follows them, never their subject: "The actress, 44, told
# Vanity Fair" is no '"Q," said Roe' (f48: the magazine was the speaker; '"Why?" asked Roe' is).
OBJECT_VERBS = {"told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "reminded", "reminds"}


def _owner_before(doc, p: int, text: str, place: Mention, sstart: int) -> Mention | None:
    """'Jane Roe of Acme Corp said', 'Jane Roe of Columbia, South Carolina, says': the
    person before 'of/from/at' a place or body is the subject, not the place."""
    k = bisect.bisect_left(doc.mention_starts[p], place.start) - 1
    for m in doc.mentions[p][max(0, k - 3):k + 1][::-1]:
        if m.start < max(sstart, place.start - 120):
            break
        if m.kind in ("person", "single") and not m.possessive \
                and OWNER_GAP_RE.fullmatch(text, m.end, place.start):
            return m  # (a name inside the gap, "Columbia" in "of Columbia, Missouri", is passed)
    return None


def _chain_head(doc, p: int, text: str, st: int, comma: int) -> Mention | None:
    """The person named at the start of the sentence when the words up to `comma`
    are that name and phrases describing it: 'Roe, a lawyer for the developer,
    Acme Holdings, said' - Roe speaks, Acme Holdings only names the developer."""
    first = next((m for m in doc.mentions[p] if m.start >= st), None)
    if first is None or first.end >= comma or first.possessive or text[first.end:first.end + 1] != ",":
        return None
    lead = HONORIFIC_TAIL_RE.sub("", text[st:first.start])
    if lead and not QUOTE_LEAD_RE.fullmatch(lead) and not (
            (CHAIN_LEAD_RE.fullmatch(lead) or INTRO_RE.fullmatch(lead))
            and (lead.split()[0].strip(",").lower() in CHAIN_LEADS
                 or lead.split()[0].strip(",").lower() in TIME_LEADS and "," in lead)):
        return None  # "But Roe, ...", "Last week, Roe, ...", '"Q," Roe, ...'; "Like Roe, ..." is no subject
        # (nor "At Riverside School, where ..., a student, Maya, said": the place, f108)
    if first.kind != "person" and not (first.kind == "single" and known_surname(doc, p, first)):
        return None
    chain = text[first.end + 1:comma]
    if "\x01" in chain or len(chain) > 200 or ";" in chain or ":" in chain:
        return None
    for i, seg in enumerate(chain.split(",")):
        w = seg.split()[0] if seg.split() else ""
        if w in ("who", "whose"):
            return first  # 'Roe, whose husband, Navy SEAL Dan Roe, died in 2012, said': the
            # relative clause runs to the verb, whatever its commas hold
        if w[:1].isdigit() or w.lower() in CHAIN_OPENERS and w not in ("And", "Or"):
            continue
        if i > 0 and w[:1].isupper() and w.lower() not in ("and", "or", "but", "nor"):
            continue
        return None
    return first


def _appositive(doc, p: int, text: str, lo: int, comma: int, *,
                head: Mention | None = None) -> tuple[tuple, int] | None:
    """Subject of 'Roe, the finance minister, said' / 'the minister, Roe, said' /
    'Roe, speaking through a translator, said'."""
    prev_comma = text.rfind(",", lo, comma)
    while 0 < prev_comma < len(text) - 1 and text[prev_comma - 1].isdigit() and text[prev_comma + 1].isdigit():
        prev_comma = text.rfind(",", lo, prev_comma)  # "6,000" is one number, not two phrases
    if prev_comma < 0:
        return None
    seg = text[prev_comma + 1:comma]
    seg_s = prev_comma + 1 + (len(seg) - len(seg.lstrip()))
    inner = doc.by_start[p].get(seg_s)
    if inner is None and text[seg_s:seg_s + 4] == "the " and (honoured := doc.by_start[p].get(seg_s + 4)) is not None \
            and honoured.kind == "person" and honoured.name_start > honoured.start:
        inner = honoured  # "Member of Parliament for St James Central, the Honourable Jo Roe, said" (f97)
    if inner is not None and (inner.end == comma or inner.kind == "person" and OF_PLACE_RE.fullmatch(text, inner.end, comma)) \
            and inner.kind in ("person", "single", "group") and head is None:
        # ("The ranking member on Appropriations, Rep. Jo Roe of Washington, said": f75)
        # (nor "Her publisher, Tamsin Roe, says": a given name opens a person's name, f106)
        titled = inner.kind == "person" and (inner.role or inner.name_start > inner.start
                                             or len(inner.name) > 1 and is_given_name(inner.name[0]))
        if not titled and ORG_NP_RE.fullmatch(text, max(lo, text.rfind(",", lo, prev_comma) + 1), prev_comma):
            # (not "The contractor, Engr. Obinna Roe-Eze, insisted": a title makes a person, f83)
            inner.kind = "group"  # 'the company, Northvale Foods, said': a body
            return ("mention", inner), inner.start
        if inner.kind == "group" and inner.ent == "ORG" \
                and THE_NOUN_RE.fullmatch(text, max(lo, text.rfind(",", lo, prev_comma) + 1), prev_comma):
            return ("mention", inner), inner.start  # "The developer, Thornhill Group, said" (f76)
        if inner.kind == "group":
            return None
        rm = ROLE_NP_TAIL_RE.search(text[lo:prev_comma])
        if rm:
            inner.role = inner.role + [rm.group(0).strip()]
        inner.subject = True
        return ("mention", inner), inner.start
    if head is None and (got := _described_name(doc, p, text, seg_s)) and got[1].end == comma \
            and doc.by_end[p].get(len(text[:prev_comma].rstrip())) is None:
        # "Holloway's wife, singer-songwriter June Holloway, wrote": the name in apposition,
        # described (f59: her words went to her husband, 0.97)
        named = got[1]
        named.subject = True
        return ("mention", named), named.start
    if "\x01" in seg:
        return None
    head = text[lo:prev_comma]
    e = len(head.rstrip()) + lo
    men = doc.by_end[p].get(e)
    if men is not None and (im := INDEFINITE_OF_NAME_TAIL_RE.search(head)) and lo + im.start(1) < men.start:
        # "a friend of Mr Roe, who gave his name only as Emeka, said": Emeka; "a neighbour
        # of Mr Roe, who did not wish to be named, said": the neighbour (f90: Mr Roe, 0.96)
        named = doc.by_end[p].get(comma)
        if named is not None and named.kind in ("person", "single") \
                and ONLY_AS_BEFORE_RE.search(text, max(0, named.start - 40), named.start):
            named.subject = True
            return ("mention", named), named.start
        return ("role", im.group(1).strip()), lo + im.start(1)
    if men is not None and PREP_TAIL_RE.search(text, max(lo, men.start - 10), men.start) \
            and text[lo:men.start].rstrip().endswith((",", ", from", ", at", ", of", ", with")):
        # 'Roe, from the Coastal Institute, who led the study, said': a phrase
        # about the subject, not the subject; look one comma further back
        return _appositive(doc, p, text, lo, prev_comma, head=head)
    if men is not None and PREP_TAIL_RE.search(text, max(lo, men.start - 10), men.start) \
            and (rm := ROLE_NP_TAIL_RE.search(head)) and not head[:rm.start()].strip() and lo + rm.start() < men.start:
        # "The chief executive of Chatterbox, a social app, said": the chief executive (f56:
        # the app was the speaker, 0.97)
        return ("role", rm.group(0).strip()), lo + rm.start()
    if men is not None and not men.possessive:
        if COMPOUND_BEFORE_RE.search(text, max(0, men.start - 8), men.start):
            return ("none",), men.start  # "Roe, Doe and Poe, the founders, said": no one person
        if ROLE_NP_HEAD_RE.match(seg) and men.kind in ("person", "single"):
            men.role = men.role + [seg.strip()]
        men.subject = True
        return ("mention", men), men.start
    pm = PRON_TAIL_RE.search(head)
    if pm and seg.lstrip()[:1].islower():
        return ("pron", pm.group(1).lower()), lo + pm.start(1)
    rm = ROLE_NP_TAIL_RE.search(head)
    if rm and seg.lstrip()[:1].islower():
        return ("role", rm.group(0).strip()), lo + rm.start()
    return None


# A description of one word: "The developer".
THE_NOUN_RE = re.compile(r"\s*[Tt]he\s+[a-z]+\s*")
# A name's place after it, in apposition: "Rep. Jo Roe of Washington".
OF_PLACE_RE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?")


# "Roe, who ..., said she had been": the pronoun opens the reported clause, no inverted
# subject ('"Q," said she').
CLAUSE_VERB_RE = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|must|did|does"
                            r"|do|[a-z]+ed"
                            # irregular pasts ("said he saw the man walk away", f90: an inverted "he")
                            r"|saw|felt|thought|knew|heard|told|went|came|got|made|took|gave|found|kept|left|ran"
                            r"|sent|spent|stood|understood|wrote|met|lost|paid|meant|began|became|tried)\b")


# What may follow a body's name that ends the subject: punctuation, or a preposition or
# relative pronoun opening what comes next ("said the Policy Institute in a statement").
BODY_END_RE = re.compile(r"\s*(?:[,.;:!?)\u201d\"]|$)|\s+(?:in|on|at|of|for|to|with|which|that|who|after|before|"
                         r"about|last|this|and|but|as|when|while|because|adding|noting)\b")


# A description with an owner, then the name it describes: "his co-worker, Lupe Serrano".
POSS_APPOSITIVE_RE = re.compile(r"((?:his|her|their|its|my|our)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s*")


# A second name joined to the one after the verb: " and Moss".
AND_NAME_AFTER_RE = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _np_after(doc, p: int, text: str, pos: int) -> tuple | None:
    """The noun phrase right after a verb: a name, 'the minister', 'he'."""
    m = SPACES_RE.match(text, pos)
    s = m.end() if m else pos
    m = FORMER_RE.match(text, s)  # 'said former Ohio governor Jane Roe'
    if m and text[m.end():m.end() + 1].isupper():
        s = m.end()
    m = BASED_RE.match(text, s)  # 'said Florida-based strategist Jane Roe' (the run starts after it)
    if m:
        s = m.end()
    if (gm := NAMED_PEOPLE_AFTER_RE.match(text, s)) and people_plural_noun(gm.group(2)):
        return ("role", gm.group(1), gm.end(1))  # 'say Jurong West parents': no one named (f131)
    men = doc.by_start[p].get(s)
    if men is not None and AND_NAME_AFTER_RE.match(text, men.end):
        return ("none", men.end)  # 'said Hartley and Moss': two people, or a firm read as two (f135: "Hartley")
    if men is None and text.startswith("the ", s):
        # 'said the Coastal Policy Institute.': a body named in full after "the" (not "said
        # the Florida senator": a description, whose head is the word after the run)
        m = BASED_RE.match(text, s + 4)
        body = doc.by_start[p].get(m.end() if m else s + 4)
        last = text[body.start:body.end].split()[-1] if body is not None else ""
        if body is not None and body.kind == "group" and not body.possessive \
                and BODY_END_RE.match(text, body.end) \
                and fold(last).lower() not in TITLES and not (last.isupper() and len(last) <= 3):
            # (not "said the Lakeshore Centre MP" nor "... KC": a seat's holder, not named)
            body.subject = True
            return ("mention", body, body.end)
    if men is None:
        hm = HONORIFIC_BEFORE_RE.match(text, s)  # "said Dr Jane Roe": the run starts after "Dr"
        men = doc.by_start[p].get(hm.end()) if hm else None
        if men is not None and men.kind not in ("person", "single"):
            men = None
    if men is not None and not men.possessive:
        # 'said Ohio delegate Jane Roe', 'said GOP strategist Jane Roe': a capitalised
        # modifier, a description, then the name of the speaker
        if text[men.end:men.end + 1] == " " and (got := _described_name(doc, p, text, men.end + 1)):
            dm, inner = got
            inner.role = inner.role + [text[men.start:dm.end()].strip()]
            inner.subject = True
            return ("mention", inner, inner.end)
    if men is not None and men.possessive and men.kind == "group":
        # "said Ohio's Jane Roe": a place's or body's own person
        inner = doc.by_start[p].get(men.end + 3) or doc.by_start[p].get(men.end + 1)
        if inner is not None and inner.kind in ("person", "single") and not inner.possessive \
                and not text[men.end:inner.start].strip(" ’'s"):
            inner.subject = True
            return ("mention", inner, inner.end)
    if men is not None and men.possessive:
        # "said Roe's deputy, Jane Doe": the possessor does not speak
        dm = POSS_DESCRIPTION_RE.match(text, men.end)
        if dm and dm.group(1).split()[-1] in LEAD_WORDS:
            inner = doc.by_start[p].get(dm.end())
            if inner is not None and inner.kind in ("person", "single") and not inner.possessive:
                inner.subject = True
                return ("mention", inner, inner.end)
        men = None
    if men is not None:
        men.subject = True
        return ("mention", men, men.end)
    pm = HE_SHE_THEY_RE.match(text, s)
    if pm and not CLAUSE_VERB_RE.match(text, pm.end()):
        return ("pron", pm.group(1), pm.end())
    rm = ROLE_NP_HEAD_LONGEST_RE.match(text[s:s + 200])  # ("^" holds only at a string's start, never at a pos)
    if rm:
        # "said the deputy ambassador, Jane Roe,"
        e = s + rm.end()
        am = COMMA_GAP_RE.match(text, e)
        if am:
            inner = doc.by_start[p].get(am.end())
            if inner is not None and inner.kind in ("person", "single"):
                inner.role = inner.role + [text[s:e].strip()]
                inner.subject = True
                return ("mention", inner, inner.end)
        return ("role", text[s:e].strip(), e)
    if (pm := POSS_APPOSITIVE_RE.match(text, s)) and (inner := doc.by_start[p].get(pm.end())) is not None \
            and inner.kind in ("person", "single") and not inner.possessive:
        # 'said his co-worker, Lupe Serrano': the name in apposition (f62: no one, 0.0)
        inner.role = inner.role + [pm.group(1)]
        inner.subject = True
        return ("mention", inner, inner.end)
    om = ORG_REF_HEAD_RE.match(text, s)
    if om:  # '"Q," said the company'
        return ("orgref", om.group(1), om.end())
    if got := _described_name(doc, p, text, s):
        # '"Q," said goalkeeper Jane Roe' / 'said media analyst Jane Roe of X'
        dm, men = got
        men.role = men.role + [dm.group(1)]
        men.subject = True
        return ("mention", men, men.end)
    return None


def _described_name(doc, p: int, text: str, pos: int) -> tuple[re.Match, Mention] | None:
    """A job or description in lower case at pos, ending in a word for someone ("goalkeeper",
    "media analyst", "singer-songwriter"), and the name right after it: (the description,
    the name's mention), or None."""
    dm = LOWER_DESCRIPTION_RE.match(text, pos)
    if dm is None or dm.group(1).split()[-1].split("-")[-1] not in LEAD_WORDS \
            or any(w in COMMON for w in dm.group(1).split()):
        return None
    men = doc.by_start[p].get(dm.end())
    return (dm, men) if men is not None and men.kind in ("person", "single") and not men.possessive else None


# Verbs whose passive's agent is who speaks: "was told by Roe", "was warned by Roe" (not
# "was quoted by the Times": a reporter).
PASSIVE_AGENT_VERBS = {"told", "warned", "assured", "reminded", "informed", "advised", "urged"}
PASSIVE_BY_RE = re.compile(r"\s+by\s+")
PASSIVE_AUX_TAIL_RE = re.compile(r"\s+(?:was|were)\s+$")
# "quoted <someone> as" right before "saying": the one quoted is the subject of the saying.
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?:(?:his|her|their)\s+)?(\S.{0,80}?\S)\s+(?:as\s+)?$")
# Someone remembered saying something, as a pronoun: "remembers her telling".
RECALLED_PRONOUN_RE = re.compile(r"\b(?:remember|remembers|remembered|recall|recalls|recalled|recalling|remembering)"
                                 r"\s+(her|him|them)\s+$")
# A document someone came by, not one they issued: "obtained a copy of an internal memo".
OBTAINED_DOCUMENT_RE = re.compile(r"\b(?:obtained|seen|reviewed|viewed|received|acquired|leaked|published|got)\s+"
                                  r"(?:(?:a|an|the)\s+)?(?:copy\s+of\s+)?(?:(?:a|an|the)\s+)?[^.;:\x01]{0,60}$")
# Whom a paper quoted, described and not named: "a senior Treasury source", "one official".
UNNAMED_QUOTED_RE = re.compile(r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*")
PAREN_TAIL_RE = re.compile("\\s*\\([^()\"\u201c\u201d\x01]{1,40}\\)$")
# An aside between dashes right before the verb: " \u2014 no relation to the MP \u2014".
DASH_ASIDE_TAIL_RE = re.compile("\\s+(?:\u2014|\u2013|--?)\\s[^\u2014\u2013\"\u201c\u201d\x01]{1,80}?\\s(?:\u2014|\u2013|--?)$")


def _adv_tail_start(text: str, lo: int, end: int) -> int:
    """Where the run of adverbs and auxiliaries before `end` begins ("Roe has also| said")."""
    seg = text[lo:end]
    e = len(seg.rstrip())  # offsets relative to lo from here on
    while True:
        head = seg[:e]
        # the lowercase letters ending head: ASCII ones by rstrip, any others one by one
        k = len(head.rstrip(_ASCII_LOWER))
        while k > 0 and head[k - 1].isalpha() and head[k - 1].islower():
            k -= 1
        w = head[k:]
        if w in _PHRASE_ENDS and (phrase := _ADVERBIAL_PHRASE_TAIL_RE.search(head)):
            e = len(head[:phrase.start()].rstrip())  # "Roe, who has in the past| described"
            continue
        if not w or not (k > 0 and head[k - 1].isspace()) or not (w in ADV_SET or w.endswith("ly")):
            return lo + e
        e = len(head[:k].rstrip())


_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
# Phrases of time between a subject and its verb, read as one adverb.
_ADVERBIAL_PHRASE_TAIL_RE = re.compile(
    r"\s(?:in the past|in recent (?:days|weeks|months|years)|at the time|last (?:week|month|year)|"
    r"this (?:week|month|year)|for years|at times)$")
_PHRASE_ENDS = {"past", "days", "weeks", "months", "years", "time", "week", "month", "year", "times"}


def _role_np_tail(before: str) -> re.Match | None:
    """A role noun phrase ending `before` ("Freedonia's ambassador to the United Nations")."""
    lo = max(0, len(before) - 110)
    if not ROLE_NOUN_ANY_RE.search(before, lo):
        return None
    return ROLE_NP_TAIL_RE.search(before, lo)
