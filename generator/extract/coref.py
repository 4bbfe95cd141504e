"""Coreference within one article: mentions of one person are merged in text order
(surname -> full name); reporting clauses' subjects become people: pronouns take the most
recent person who was a subject or a speaker, role nouns take the person the article
gave that title, a role with no person yet waits for a new name in the next sentence."""
from __future__ import annotations

import bisect
import re

from .antecedents import (REPLY_VERBS, answered, author_named_before, description_before, gender_ahead,
                          gender_of_words, has_office, kin_subject_before, mentions_within, role_subject_before)
from .bodies import (BODY_APPOSITIVE_RE, described_body_opening, FIRM_NOUNS, ORG_NOUN_SET, PLACE_OR_PEOPLE, after_a_subject_unnamed,
                     bodies_by_their_description, bodies_by_what_surrounds_them, bodies_named_in_full, body_named,
                     described_since, recent_body, what_it_called)
from .document import Event, Mention, PersonDraft, next_sentences
from .epithets import age_in_words, epithet_person, epithet_subject_before
from .lexicon import (BODY_KIND_ROLES, COMMON, DESCRIPTORS, FIRM_KIND_ENDINGS, GIVEN_NAME_GENDER, KIN_WORDS, LEAD_WORDS,
                      MEMBER_TITLES, ORGISH, PARTICIPLE, ROLE_NOUN_SET, SUFFIXES, TITLES, given_name_gender,
                      is_given_name)
from .names import norm_name, norm_tok
from .namesakes import (AGE_AFTER_RE, DOCTOR_BEFORE_RE, MISTER_BEFORE_RE, NICKNAME_BETWEEN_RE, NICKNAME_SURNAME_RE,
                        SENIORITY_BEFORE_RE, company_heads, elder_or_younger, handle_owner, honorific_form, match_full,
                        match_single, nicknamed, in_title)
from .holders import (epithet_holder, initials_holder, match_role, party_epithet_holder, party_label, role_holders,
                      shares_role_head)
from .roles import ROLE_QUALIFIERS, role_of_one
from .patterns import (ASKED_BEFORE_RE, INTERLOCUTOR_LEAD_RE, INTRO_RE, KIN, KIN_BEFORE, MESSAGES,
                       ONLY_AS_BEFORE_RE, ONLY_AS_LEAD_RE, PARTICIPLE_LEAD_RE, PREP_TAIL_RE, PRONOUN_SUBJECT_RE,
                       REPORTED_CLAUSE_TAIL_RE, THAT_GAP_RE,
                       ROLE_NP_HEAD_RE, ROLE_NP_TAIL_RE, ROLE_SUBJECT_RE, ROLE_WORD_RE, SUBJECT_LEAD_RE, WHO_AFTER_RE,
                       WROTE_BEFORE_RE,
                       fold, title_before)


# Nouns for someone or some body, capitalised only to open a headline's sentence.
NOUNS_FOR_SOMEONE = DESCRIPTORS | ROLE_NOUN_SET | BODY_KIND_ROLES | FIRM_NOUNS

# A relative introduced by full name: "her husband, former President Bill Clinton", "his
# wife, Jane Sanders", "Trump's son Eric Trump", "whose husband, Navy SEAL Dane Roe,", "his
# father, the late Emmett Roe", "His nephew and longtime bandmate, Curtis Roe".
RELATIVE_INTRO_RE = re.compile(
    rf"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ww]hose|[A-Z][\w\u2019'-]*[\u2019']s?)\s+{KIN_BEFORE}({KIN}|eldest|youngest|oldest)"
    r"(?:\s+and\s+[a-z-]+(?:\s+[a-z-]+)?)?(?:,?\s+(?:(?:former|late|then|the\s+late)\s+)?|,\s+(?:[a-z-]{3,}\s+){1,2})"
    r"(?:[A-Z][\w.]*\s+){0,2}$")  # (and "his wife, nurse Sharon Roe", f119)


def link(doc) -> None:
    # one name word is someone when it is the subject of a reporting verb or has a role
    # anywhere in the article ("Roe had no answer." before "Roe said ..." is Roe too), or
    # when the article names a person with that surname
    _relatives_named(doc)
    speaking_singles = {fold(m.name[0]) for ms in doc.mentions for m in ms
                        if m.kind == "single" and (m.subject or m.role)}
    speaking_singles |= {fold(m.name[-1]) for ms in doc.mentions for m in ms
                         if m.kind == "person" and not (doc.excluded and fold(m.name_text) in doc.excluded)}
    place_heads, doc.group_heads = bodies_named_in_full(doc)
    surnames = {fold(m.name[-1]) for ms in doc.mentions for m in ms if m.kind == "person"}
    known_as: dict[str, int] = {}  # "Joko Widodo, known as Jokowi": the name he goes by
    bodies_by_head = company_heads(doc)
    nicknames = {(fold(n.group(2) or n.group(3)), fold(n.group(4))): n.group(1) for text in doc.paras
                 for n in NICKNAME_BETWEEN_RE.finditer(text)}
    # '"Big Sal" Venturi': a nickname of two words used alone later ("Big Sal came in") is
    # the person of that family name, not a second one (f51)
    nickname_of = {fold(n.group(1)): n.group(2) for text in doc.paras for n in NICKNAME_SURNAME_RE.finditer(text)}
    nickname_of.update({nick: surname for (nick, surname) in nicknames if " " in nick})  # 'Salvatore "Big Sal" Venturi'
    # ... and one word: 'Jack "Jacko" Ashby ... Jacko posted' is Jack Ashby (f95: a second person)
    # (with the given name it was written with: 'Sharon "Shaz" Mitchell ... Shaz wrote' is not
    # her husband Wayne Mitchell, f126: 0.996)
    single_nicks = {nick: (surname, given) for (nick, surname), given in nicknames.items() if " " not in nick}
    # (and its last word after "Big": 'Gary "Big Gaz" Holloway ... Gaz said', f94)
    single_nicks.update({nick.split()[1]: (surname, given) for (nick, surname), given in nicknames.items()
                         if len(nick.split()) == 2 and nick.split()[0] in NICKNAME_ADJECTIVES})
    for p, ms in enumerate(doc.mentions):
        prev: Mention | None = None
        for m in ms:
            pos = (p, m.start)
            if m.kind == "person":
                if doc.excluded and fold(m.name_text) in doc.excluded:
                    continue
                if not (m.role or m.subject) and fold(m.name[0]) not in GIVEN_NAME_GENDER \
                        and fold(m.name_text) in place_heads:
                    continue  # "Sandy Hook" in an article about Sandy Hook Elementary School
                if m.role and list(m.role) == list(m.name) and m.name[-1].isupper():
                    continue  # "Cork TD says ..." in a headline: a title alone, no one's name (f136: a
                    # speaker "Cork TD", 0.968); its holder is found as the role's
                if not m.role and not is_given_name(m.name[0]) \
                        and (ap := NAMED_BODY_APPOSITIVE_RE.match(doc.masked[p], m.end)) \
                        and BODY_APPOSITIVE_END_RE.match(doc.masked[p], ap.end()):
                    # "Redhill Iron, the company at the centre of the case, said": a body, whose
                    # page was typed a person (f155; not "Jo Roe, the company's founder", nor
                    # "Azman Rahimi, its group managing director")
                    m.kind = "group"
                    prev = m
                    continue
                given = nicknames.get((fold(m.name[0]), fold(m.name[-1])))
                surname = nickname_of.get(fold(m.name_text))
                idx = nicknamed(doc, m.name, surname) if surname else None
                if idx is None and (sen := SENIORITY_BEFORE_RE.search(doc.masked[p], max(0, m.start - 24), m.start)):
                    idx = elder_or_younger(doc, m.name, sen.group(1).lower())  # "the younger Lo Iacono said"
                if idx is None:
                    idx = match_full(doc, [given, *m.name[1:]] if given else m.name)  # "Tiny Roe": Thomas "Tiny" Roe
                rel = RELATIVE_INTRO_RE.search(doc.masked[p], max(0, m.start - 70), m.start)
                if idx is not None and rel and norm_name(doc.people[idx].name) != norm_name(m.name):
                    # a relative is someone else than a namesake named otherwise: "Ransom's
                    # mother, Jo Ransom" is not Kimberly Jo Ransom (f90), "His father, João dos
                    # Santos" not João Pedro dos Santos (f89: father and son one speaker)
                    idx = None
                if idx is None:
                    doc.people.append(PersonDraft(list(m.name), first_pos=pos))
                    idx = len(doc.people) - 1
                    doc.people[idx].relative, doc.people[idx].kin = rel is not None, rel.group(1) if rel else ""
                else:
                    per = doc.people[idx]
                    if len(norm_name(m.name)) > len(norm_name(per.name)) or (
                        len(m.name) > len(per.name) and norm_name(m.name) == norm_name(per.name)
                    ):
                        per.name = list(m.name)
            elif m.kind == "single":
                if _family_plural(m.name[0], surnames):
                    continue  # "the Clintons": a family, no one person
                if doc.masked[p][max(0, m.start - 8):m.start].lower().endswith("another "):
                    continue  # "Another Goodall, no relation, also spoke": not the one named before (f123)
                if prev is not None and prev.person is not None and doc.people[prev.person].kind == "person" \
                        and KNOWN_AS_RE.fullmatch(doc.masked[p], prev.end, m.start):
                    known_as[fold(m.name[0])] = prev.person
                elif PRONOUN_KNOWN_AS_RE.search(doc.masked[p], max(0, m.start - 50), m.start) \
                        and (named := _person_named_before(doc, p, m.start)) is not None:
                    known_as[fold(m.name[0])] = named  # "Everyone here knows her as Mags" (f120: a second person)
                idx = known_as.get(fold(m.name[0]))
                if idx is None and fold(m.name[0]) in bodies_by_head and BODY_APPOSITIVE_RE.match(doc.masked[p], m.end):
                    m.kind, m.name = "group", bodies_by_head[fold(m.name[0])].split()  # "Quillon, the company,
                    prev = m  # said": Quillon Devices, not its founder's grandson Hollis Quillon
                    continue
                if idx is None and doc.masked[p][m.start - 1:m.start] == "@":
                    idx = handle_owner(doc, m.name[0])  # "@DougFenwickPA wrote": Doug Fenwick
                    if idx is None:  # an account the article names no one for: its handle, as
                        m.name = ["@" + m.name[0]]  # written (f56: a speaker "PlowGuyCaldy")
                if idx is None and (nick := single_nicks.get(fold(m.name[0]))):
                    idx = nicknamed(doc, m.name, *nick)
                if idx is None and len(m.name) == 2 and (suffix := fold(m.name[1]).lower().strip(".,")) in SUFFIXES:
                    # "Roe Jr. said": the namesake of that suffix, not "Jonah Roe Sr." (f102: one speaker)
                    same = [i for i, per in enumerate(doc.people) if per.kind == "person" and len(per.name) >= 3
                            and fold(per.name[-1]).lower().strip(".,") == suffix and fold(per.name[-2]) == fold(m.name[0])]
                    idx = same[0] if len(same) == 1 else None
                if idx is None:
                    seniority = SENIORITY_BEFORE_RE.search(doc.masked[p], max(0, m.start - 24), m.start)
                    title = DOCTOR_BEFORE_RE.search(doc.masked[p], max(0, m.name_start - 12), m.name_start)
                    mister = MISTER_BEFORE_RE.search(doc.masked[p], max(0, m.name_start - 6), m.name_start)
                    # (of namesakes, the one its own clause calls "she": "Deshmukh told reporters she was",
                    # f143: 0.996 to the man; only to choose, never as the person's gender: "Tama,
                    # who read the eulogy, said she had taught him", f140)
                    own = SAID_PRONOUN_AFTER_RE.match(doc.masked[p], m.end)
                    idx = match_single(doc, m.name[0], _mention_gender(doc.masked[p], m) or gender_ahead(doc, p, m)
                                        or (own.group(1).lower() if own else None),
                                        seniority.group(1).lower() if seniority else None,
                                        doctor=title is not None, mister=mister.group(0) if mister else "", at=pos,
                                        title=title_before(doc.masked[p], m.name_start) or _one_word_title(m),
                                        role_after=_role_in_apposition(doc.masked[p], m.end))
                kin_of = RELATIVE_INTRO_RE.search(doc.masked[p], max(0, m.start - 70), m.start)
                if idx is not None and kin_of and norm_tok(doc.people[idx].name[-1]) == norm_tok(m.name[0]) \
                        and len(doc.people[idx].name) > 1:
                    idx = None  # a relative introduced by the family name alone is someone new, not the
                    # namesake named before: "Achieng Otieno ... Her husband, Otieno, said" (f134: 0.996 to her)
                if idx is None and fold(m.name[0]) in bodies_by_head and (not m.role or all(
                        r.lower().endswith(FIRM_KIND_ENDINGS) or r.lower() in ORG_NOUN_SET for r in m.role)):
                    # ("Carmaker Ridgefield" in a headline: the firm, f62)
                    m.kind, m.name = "group", bodies_by_head[fold(m.name[0])].split()  # "Dorrance said": Dorrance Aerospace
                    prev = m
                    continue
                if idx is None:
                    tok = fold(m.name[0])
                    introduced = _introduced_alone(doc.masked[p], m)
                    # ("Abdi is seventeen and studies ...": a given name and its age, f69: his "he
                    # said" went to his tutor)
                    aged = is_given_name(m.name[0]) and (av := AGE_VERB_RE.match(doc.masked[p], m.end)) \
                        and age_in_words(av.group(1)) is not None
                    opens = m.ent == "PERSON" and not m.possessive \
                        and not doc.masked[p][doc.sentence_span(p, doc.sentence_of(p, m.start))[0]:m.start].strip() \
                        and VERB_AFTER_RE.match(doc.masked[p], m.end) is not None
                    # ("Later Lizzo, who closed the night, thanked ...": "who" says a person,
                    # whatever the recogniser took the name for)
                    opens = opens or m.ent in ("PERSON", "", "ORG", "WORK_OF_ART") and not m.possessive \
                        and WHO_AFTER_RE.match(doc.masked[p], m.end) is not None
                    # ("Megan, whose twin sons attend the school, helped": a given name, f157)
                    opens = opens or is_given_name(m.name[0]) and not m.possessive \
                        and doc.masked[p].startswith(", whose ", m.end)
                    # ("Carson defied the question. 'Q,' he said": the man the sentence is
                    # about, whom the article names only so; his "he" went to the candidate
                    # quoted before)
                    if not (m.subject or m.role or tok in speaking_singles or introduced or aged or opens) \
                            or tok in doc.excluded_tokens:
                        continue
                    if len(m.name) == 1 and not m.role and (tok.lower() in TITLES or tok.lower() in NOUNS_FOR_SOMEONE
                                                            and not is_given_name(m.name[0])):
                        # "Judge criticises council" in a headline, 'Retailer blames "cautious
                        # consumer"' under it: a title or a noun for someone, no one's name (f104, f103)
                        continue
                    # ("Karim, 37, a shopkeeper, said": a person whatever the recogniser took
                    # him for, so his "he said" is his, not the spokesman's before him, f55)
                    # ("a crane operator who gave his name only as Mandla": a person, though no
                    # dictionary has the name, f64: his "he said" went to a spokesperson, 0.96)
                    only_as = ONLY_AS_BEFORE_RE.search(doc.masked[p], max(0, m.start - 50), m.start) is not None
                    doc.people.append(PersonDraft(list(m.name), first_pos=pos,
                                                  described=introduced and (is_given_name(m.name[0]) or only_as or bool(
                                                      AGE_INTRO_RE.match(doc.masked[p], m.end)) or _described_as_someone(
                                                      doc.masked[p], m))))
                    idx = len(doc.people) - 1
                    doc.people[idx].relative, doc.people[idx].kin = kin_of is not None, kin_of.group(1) if kin_of else ""
                    if not m.role and not introduced and doc.masked[p][max(0, m.start - 4):m.start] in ("the ", "The ") \
                            and not is_given_name(m.name[0]):
                        doc.people[idx].kind = "group"  # "the Observer said": a paper or a body, no person's name
            else:
                prev = m
                continue
            m.person = idx
            titled = ""
            if m.kind == "single" and not m.possessive:
                doc.people[idx].alone_as.add(m.name[0])
                if hon := MISTER_BEFORE_RE.search(doc.masked[p], max(0, m.name_start - 6), m.name_start):
                    doc.people[idx].alone_as.add(honorific_form(hon.group(0), m.name[0]))  # "Ms Roe"
                # the name as the article writes it with its courtesy title ("Mr. Roe", "Professor
                # Roe"): a reader or a citation may use that form
                before = doc.masked[p][max(0, m.name_start - 12):m.name_start]
                if hon := MISTER_BEFORE_RE.search(before) or DOCTOR_BEFORE_RE.search(before):
                    titled = hon.group(0).strip() + " " + m.name_text
            if m.ent is not None:
                votes = doc.people[idx].ents if len(m.name) > 1 else doc.people[idx].single_ents
                votes[m.ent] = votes.get(m.ent, 0) + 1
            per = doc.people[idx]
            roles_before = len(per.roles)
            described = _description_before(doc.masked[p], m.start) if m.kind == "person" else ""
            if described or m.role[:1] and m.role[0].islower():  # "her husband, Emyr"
                per.described = True
            if described and not m.role and described not in per.roles:
                per.roles.append(described)  # "Opposition leader Jane Roe": "the Opposition leader said"
            for form in (m.name_text, titled):
                if form and form not in per.forms:
                    per.forms.append(form)
            # the title's words, and apart from them each phrase the cues added ("Sen.", then
            # "the committee chair": not one role "Sen. the committee chair")
            status = STATUS_BEFORE_RE.search(doc.masked[p], max(0, m.start - 12), m.start)
            for role in (role_of_one(" ".join(w for w in m.role if " " not in w)),
                         *(w for w in m.role if " " in w and (ROLE_NP_HEAD_RE.match(w) or role_of_one(w)))):
                word = status and (status.group(1) or status.group(2) or status.group(3))
                if role and word and not role.lower().startswith(word.lower()):
                    # "former Gov. Jane Roe": not the governor now ("then-President": its hyphen kept;
                    # a sentence's "Then Sen. Roe spoke" is no status)
                    role = word + ("-" if "-" in status.group(0) else " ") + role
                if role and role not in per.roles:
                    per.roles.append(role)
            role = _appositive_role(doc.masked[p], m) or _title_before(doc.masked[p], prev, m) \
                or (_role_np_before(doc.masked[p], m.start) if m.kind == "person" else "")
            if role and role not in per.roles:
                per.roles.append(role)
            tag = PARTY_TAG_AFTER_RE.match(doc.masked[p], m.end)
            tag = tag.group(1) if tag else ""
            if tag.endswith(".") and (len(tag.split("-")[-1]) > 7 or tag.split("-")[-1][:-1].lower() in WHOLE_STATES):
                tag = tag[:-1]  # the sentence's full stop ("R-Iowa."), not an abbreviation's ("R-Fla.", "D-N.Y.")
            if tag and tag not in per.roles:
                per.roles.append(tag)  # "Sen. Joni Ernst, R-Iowa": her party and state
            # the gender the mention or the roles it brings say ("Foreign Ministry
            # spokeswoman Jane Roe": a later "he" is not her)
            g = _mention_gender(doc.masked[p], m, " ".join(per.roles[roles_before:]))
            if g is not None:
                _note_gender(doc, idx, g)
            per.last_pos = pos
            if m.subject:
                per.last_subject = pos
            if m.kind == "person" and not m.possessive and _opens_sentence(doc, p, m):
                per.last_opening = pos
            if per.age is None and (age := AGE_AFTER_RE.match(doc.masked[p], m.end)):
                per.age = int(age.group(1))
            if per.age is None and m.role and (age := AGED_ROLE_RE.fullmatch(m.role[0])):
                per.age = age_in_words(age.group(1))  # "Eight-year-old Yusuf" (f69: read as a product)
            prev = m
    bodies_by_their_description(doc)
    bodies_by_what_surrounds_them(doc)
    _characters_of_stories(doc)


# Right before a name: a character of a story ("her character, Kamala,", "The series follows
# Inspector Jo Roe"); right after one: who plays it ("Arthur Roe, played by Jo Lee").
# (not "the film follows" or "the series follows": a documentary's people are real)
CHARACTER_BEFORE_RE = re.compile(r"\bcharacter,?\s+(?:[A-Z][a-z]+\s+)?$|(?:\b(?:drama|sitcom|novel|play|thriller|comedy|film|movie"
                                 r"|series|book|story|musical|opera)|\x01)"  # ('Roe's "The Tailor" follows Malam Idris', f143)
                                 r"\s+(?:follows|centres\s+on|centers\s+on|tells\s+the\s+story\s+of)"
                                 r"\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,3}?(?:[a-z-]+,\s+)?(?:[A-Z][a-z]+\s+)?$")
PLAYED_BY_RE = re.compile(r",?\s+(?:who\s+is\s+)?played\s+by\s+[A-Z]")
# A machine that talks, named: "the chatbot Juniper", "Tunde, the firm's voice assistant,".
_MACHINES = r"(?:chat\s?bot|bot|robot|avatar|(?:voice|virtual|digital|AI)\s+assistant)"
MACHINE_BEFORE_RE = re.compile(rf"\b{_MACHINES},?\s+(?:(?:called|named|dubbed)\s+)?$", re.I)
MACHINE_AFTER_RE = re.compile(rf",\s+(?:the|an?|its|their)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_MACHINES}\b", re.I)


def _characters_of_stories(doc) -> None:
    """A person the copy introduces as a character of a film, show or book, or as a
    machine that talks, speaks no words of the news: its lines, catchphrase and "he
    growls" are no one's (f116)."""
    for p, ms in enumerate(doc.mentions):
        text = doc.masked[p]
        for m in ms:
            if m.person is not None and doc.people[m.person].kind == "person" and (
                    CHARACTER_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
                    or PLAYED_BY_RE.match(text, m.end)
                    # (and a chatbot or a voice assistant with a name: '"Q," Juniper replied' is no
                    # person's, f141: a speaker page "Juniper", 0.999)
                    or MACHINE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                    or MACHINE_AFTER_RE.match(text, m.end)):
                doc.people[m.person].fictional = True




# The first word of a nickname of two that may be left off: "Big Gaz", "Little Mo".
NICKNAME_ADJECTIVES = {"big", "little", "lil", "young", "old", "wee"}


# A job in lower case right before a name, with the capitalised words of its body or party
# before it: "councillor", "Opposition leader", "Met Office forecaster".
_ROLE_MODIFIERS = "|".join(sorted(ROLE_QUALIFIERS | {
    "executive", "foreign", "finance", "defence", "defense", "interior", "health", "justice", "trade", "home",
    "education", "environment", "energy", "transport", "labour", "labor", "agriculture", "information", "economy",
    "state", "prime", "financial", "operating", "technology", "technical", "marketing", "communications",
    "commercial", "investment", "medical", "legal", "group", "regional", "retired", "bus", "truck", "taxi",
    "school", "police", "fire", "head", "associate", "junior", "team", "campaign", "press", "policy", "political",
    "field", "city", "county", "national", "security", "research", "digital"}))
LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w'\u2019-]*\s+){0,5})"
                                  rf"((?:(?:{_ROLE_MODIFIERS})\s+){{0,2}}([a-z][a-z-]{{2,}}))\s+$")


# A sentence opening with its pronoun subject and verb ("She credits", "He told"; not "I
# called Gloria Roe": the writer is no one of the article, the one called is).
# Prepositions before a description that make its name an object ("to presenter Roe"; not
# "by", whose name is the one who acts: "read by her grandson Liam Roe").
_PREPOSITIONS = {"to", "with", "from", "for", "at", "about", "against", "on", "of", "toward", "towards"}
# An apposition that says the name before it is a body's, by a noun no person is called
# ("a broadcaster", "a publisher" may be a person).
NAMED_BODY_APPOSITIVE_RE = re.compile(
    r",\s+(?:the|its|an?)\s+(?:[a-z-]+\s+){0,2}(?:company|firm|corporation|conglomerate|organi[sz]ation|charity|agency"
    r"|authority|ministry|department|council|union|party|club|bank|insurer|airline|retailer|regulator|watchdog"
    r"|university|hospital|school|institute|association|federation|foundation|commission|committee|coalition"
    r"|alliance|society|museum|library|band|group|nonprofit|non-profit|think\s+tank)")
# What may follow the body's noun of an apposition that says a name is a body's: "the company
# at the centre of the case,", "the provincial health organization,".
BODY_APPOSITIVE_END_RE = re.compile(r"\s*[,;:.)]|\s+(?:at|in|of|for|that|which|behind|with|based|whose|from|on|owned|run)\b")
# A clause of saying whose subject is a pronoun ("he said", "she also thinks that").
PRONOUN_SAYS_RE = re.compile(r"\s*(?:he|she|they)\s+(?:also\s+|then\s+)?[a-z]+(?:\s+that)?\s+$")
PRONOUN_OPENS_RE = re.compile(r"(?:He|She|They)\s+(?:also\s+|then\s+)?[a-z]+\b(?!,)")
# A verb in the past tense right after a name ("Carson defied"; news tells what people did).
VERB_AFTER_RE = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|[a-z]{2,}s\s+(?:her|his|their|a|the)\b)")
# (or in features' present tense, a verb and its object: "Chipo rolls her eyes", f96)


def _description_before(text: str, start: int) -> str:
    """A job or description in lower case right before the name, as a role: "councillor
    Rhodri Jenkins" -> "councillor", "Opposition leader Jane Roe" -> "Opposition leader"
    (not "and Jane Roe", "with Jane Roe"); "" when there is none."""
    m = LOWER_WORD_BEFORE_RE.search(text, max(0, start - 60), start)
    if not m or not (m.group(3) in DESCRIPTORS or m.group(3) in TITLES or m.group(3) in ROLE_NOUN_SET):
        return ""
    body = [w for w in m.group(1).split() if fold(w) not in COMMON or fold(w) in ROLE_QUALIFIERS]  # not "The"
    cap = CAPITAL_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    if cap and fold(cap.group(1)) not in COMMON:
        body = []  # a longer run of capitals: where its name starts is unknown ("York City-based activist")
    role = m.group(2)
    if not body and re.search(r"\bto\s+$", text[max(0, m.start(2) - 4):m.start(2)]) and " " in role:
        role = role.split(" ", 1)[1]  # "decided to fire campaign manager Jo Roe": the verb is no part of it
    return " ".join([*body, role])


CAPITAL_WORD_BEFORE_RE = re.compile(r"(?<![\w.])([A-Z][\w'\u2019-]*)\s+$")


def _role_np_before(text: str, start: int) -> str:
    """"The envoy, Ibrahim Roe, spoke": a role's noun phrase, then a comma and the name, is
    that person's role ("the envoy said" is then Roe, not "the envoy (not named)")."""
    if text[start - 2:start] != ", ":
        return ""
    lo = max(0, start - 100)
    for end in SENTENCE_END_RE.finditer(text, lo, start - 2):
        lo = end.end()  # within the sentence: "welcomed the charges. His mother, Jo Roe," (f76)
    rm = ROLE_NP_TAIL_RE.search(text, lo, start - 2)
    if rm is None and (cap := CAPITAL_TITLE_BEFORE_RE.search(text, max(0, start - 100), start)) \
            and cap.group(2).lower() in TITLES:
        return cap.group(1)  # "The Governor of the Bank of England, Dame Jane Roe," (f54)
    if rm is None or rm.start() > 0 and text[rm.start() - 1] not in " \n":
        return ""
    role = rm.group(0).strip()
    first, _, rest = role.partition(" ")
    return (first.lower() if first.lower() in ("the", "his", "her", "their", "its") else first) + " " + rest


# The end of a sentence (a word of three lower-case letters or more, not "U.S.").
SENTENCE_END_RE = re.compile(r"[a-z]{3}[.!?]\s+")
# A title in capitals with what it heads, then a comma, right before a name: "The Governor of
# the Bank of England, Dame ", "The Secretary of the Department of Defence, ", "Denmark's
# Chief of Defence, General " (f85).
CAPITAL_TITLE_BEFORE_RE = re.compile(r"(?:\b[Tt]he|[A-Z][\w-]*['\u2019]s)\s+((?:[A-Z][\w-]*\s+){0,2}([A-Z][\w-]*)(?:\s+(?:of|for)\s+(?:the\s+)?"
                                     r"[A-Z][^,.;:\x01]{1,60}?)?),\s+$")


def _title_before(text: str, prev: Mention | None, m: Mention) -> str:
    """"The Minister of Information, Mohammed Idris, said": a title alone, then a comma and
    the name, is that person's role (as West African and South Asian copy writes it)."""
    if prev is None or prev.kind != "none" or not prev.role or list(prev.role) != list(prev.name) \
            or text[prev.end:m.start] not in (", ", ", the ") or m.kind != "person":
        return ""
    return role_of_one(" ".join(prev.role)) if any(fold(w).lower() in TITLES for w in prev.role) else ""


# A party and state tag after a name: ", R-Iowa", " (D-San Antonio)".
PARTY_TAG_AFTER_RE = re.compile(r"(?:,\s*|\s*\()([RDI]-(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\.?|[A-Z][\w.]*))(?=[,)\s.;]|$)")
# States that AP style never abbreviates (so "R-Iowa." ends a sentence).
WHOLE_STATES = {"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"}
# A time or status word right before a title and name: "said former Gov. Jane Roe".
STATUS_BEFORE_RE = re.compile(r"\b(?:((?i:former|acting|interim|outgoing|late|retired))[\s-]+|(then)[\s-]+|(Then)-)$")
KNOWN_AS_RE = re.compile(r",\s+(?:(?:also|better|popularly|widely|commonly)\s+)?"
                         r"(?:known(?:\s+to\s+\w+(?:\s+\w+)?)?\s+as|nicknamed)\s+")


# A pronoun of someone just named, then the name they go by: "knows her as", "he is known as".
PRONOUN_KNOWN_AS_RE = re.compile(r"(?:\b(?:know|knows|knew|call|calls|called)\s+(?:her|him)\s+(?:as\s+)?"
                                 r"|\b(?:[Ss]he|[Hh]e)\s+(?:is|was)\s+(?:(?:also|better|widely)\s+)?known"
                                 r"(?:\s+to\s+\w+(?:\s+\w+)?)?\s+as\s+|\b(?:[Ss]he|[Hh]e)\s+goes\s+by\s+)$")


def _person_named_before(doc, p: int, pos: int) -> int | None:
    """The person of the last full name before pos, in this paragraph or the one before."""
    for pp in (p, p - 1):
        for m in reversed(doc.mentions[pp] if pp >= 0 else []):
            if (pp < p or m.end <= pos) and m.kind == "person" and m.person is not None \
                    and doc.people[m.person].kind == "person":
                return m.person
    return None


# "Her husband, Emyr,": a relative or companion named by the given name alone, as features
# name them.
RELATIVE_BEFORE_RE = re.compile(
    rf"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he couple['\u2019]s|[Tt]he family['\u2019]s)\s+{KIN_BEFORE}"
    rf"({KIN}|partner|friend|neighbou?r|colleague|fianc[eé]e?|girlfriend|boyfriend),\s+$")


def _relatives_named(doc) -> None:
    """A given name alone after "Her husband," or "His daughter," opening a sentence is a
    person with that relation for a role (and so a sex): a speaker a feature quotes ("Her
    husband, Emyr, nods. 'Q.'") rather than no one. Not inside a sentence ("made her
    husband, Bill, the comeback kid"): there it only adds a name between the quotation
    and its speaker."""
    for p, ms in enumerate(doc.mentions):
        for m in ms:
            if m.kind == "single" and not m.role and not m.possessive and m.start >= 4:
                rm = RELATIVE_BEFORE_RE.search(doc.masked[p], max(0, m.start - 40), m.start)
                st, _ = doc.sentence_span(p, doc.sentence_of(p, m.start))
                if rm and not doc.masked[p][st:rm.start()].strip():  # opening the sentence: its subject
                    m.role = [rm.group(1)]


def _family_plural(word: str, surnames: set[str]) -> bool:
    """"Clintons" where the article names a Clinton: the family, not a person (issue 27:
    a speaker page "Clintons")."""
    w = fold(word)
    return w.endswith("s") and w not in surnames and (w[:-1] in surnames or w.endswith("es") and w[:-2] in surnames)



# A member's title and seat in apposition: "MP for Bukit Gading", "Member for Leeds Central".
SEAT_ROLE_RE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:"
                          + "|".join(sorted(t.upper() for t in MEMBER_TITLES)) + r"|Member|Senator|Bishop)"
                          r"\s+(?:for|of)\s+(?:[A-Z][\w'\u2019-]*\s?){1,4})(?=[,.;])")


# An age before a name ("Eight-year-old Yusuf"), and after it with a verb ("Abdi is seventeen"):
# age_in_words reads the number.
AGED_ROLE_RE = re.compile(r"(\w+(?:-\w+)?)-year-old", re.I)
AGE_VERB_RE = re.compile(r" (?:is|was|turned) (\w+(?:-\w+)?)\b")
# "Robert, a 63-year-old man who ...", "Maria, 34, said", "Jonas in Little Fork": someone the
# article names by a given name alone (who wants no family name printed), introduced as a
# person (f50: "he said" after it went to the speaker before, at 0.99).
INTRODUCED_AFTER_RE = re.compile(r", (?:an? |\d{1,3}(?:[,;]|\.(?!\d)))| (?:in|from) [A-Z]")


def _one_word_title(m: Mention) -> str | None:
    """The capitalised word the mention has for its role ("Father" of "Father Roe"), as the
    title the namesakes are told apart by (f157: "Father Roe said" went to the priest's
    brother, 0.995)."""
    if len(m.role) == 1 and re.fullmatch(r"[A-Z][a-z]+\.?", m.role[0]):
        return re.escape(m.role[0].rstrip("."))
    return None


def _introduced_alone(text: str, m: Mention) -> bool:
    """A name of one word introduced as someone: as above, or as a relative ("Somchai's
    wife, Malee,", f49)."""
    return not m.possessive and (bool(INTRODUCED_AFTER_RE.match(text, m.end)) and is_given_name(m.name[0])
                                 and not text.endswith("of ", 0, m.start)  # "Lord Pemberton of Hale, a former ..."
                                 or ONLY_AS_BEFORE_RE.search(text, max(0, m.start - 50), m.start) is not None
                                 or RELATIVE_INTRO_RE.search(text, max(0, m.start - 70), m.start) is not None
                                 or text[m.end:m.end + 1] == "," and is_given_name(m.name[0])
                                 and INDEFINITE_INTRO_RE.search(text, max(0, m.start - 60), m.start) is not None
                                 or _described_as_someone(text, m)
                                 and not text.endswith(("of ", "in ", "at ", "from ", "the ", "The "), 0, m.start)
                                 or AGE_INTRO_RE.match(text, m.end) is not None
                                 and not text.endswith(("of ", "in ", "at ", "from "), 0, m.start)
                                 or (age := AGE_AFTER_RE.match(text, m.end)) is not None
                                 and AGED_DESCRIBED_RE.match(text, age.end()) is not None)


# After a name and its age, what says the name is someone's: "Chiamaka, 12, a primary six
# pupil," (f157: her "she said" went to the head teacher, 0.97); not "Ohio, 18, and".
AGED_DESCRIBED_RE = re.compile(r"\s+(?:an?|the|his|her|their)\s+[a-z]")


def _described_as_someone(text: str, m: Mention) -> bool:
    """Does the copy say who the one name word is, whatever the recogniser took it for
    ("Susilawati, a fisheries officer,", "A mother in the audience, Nyaluak,", "Olena, who
    asked that her surname not be used")?"""
    if NAME_WITHHELD_AFTER_RE.match(text, m.end):
        return True
    if (app := SOMEONE_AFTER_RE.match(text, m.end)) and _of_someone(app.group(1)):
        return True
    ind = INDEFINITE_INTRO_RE.search(text, max(0, m.start - 60), m.start) if text[m.end:m.end + 1] == "," else None
    return ind is not None and _of_someone(ind.group(0))


# One name word the copy gives only so: "Olena, who asked that her surname not be used,",
# "Mandla, who gave only his first name,".
NAME_WITHHELD_AFTER_RE = re.compile(r",\s+who\s+(?:asked|requested|did not want|declined|preferred|gave only)\b"
                                    r"[^.;\x01]{0,40}?\b(?:surname|last name|family name|full name|first name|name)\b")
# A description in apposition after one name word: "Susilawati, a fisheries officer from
# Sulawesi," (its first four words; _of_someone says whether they describe a person).
SOMEONE_AFTER_RE = re.compile(r",\s+(?:an?|another)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
# People's words the word lists may lack.
PEOPLE_WORDS = {"woman", "man", "girl", "boy", "fisherman", "fisherwoman", "refugee", "cook", "grandfather", "mum",
                "dad", "pensioner", "migrant", "asylum-seeker", "mother-of-three", "father-of-two", "villager"}


def _of_someone(words: str) -> bool:
    """Do these words describe a person ("a mother in the audience", "a fisheries
    officer"), not a place or a body ("a town in Kenya", "a maker of tiles")?"""
    ws = [w.strip(",.").lower() for w in words.split()]
    return any(w in PEOPLE_WORDS or w in KIN_WORDS or (w in DESCRIPTORS or w in ROLE_NOUN_SET) and w not in FIRM_NOUNS
               for w in ws)


# An age right after one name word, whatever dictionaries say of the name: "Pádraig, a
# 23-year-old student," (f109: his "he said" went to the bishop named before, 0.96).
AGE_INTRO_RE = re.compile(r", (?:an? )?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old (?!(?:company|firm|business|"
                          r"institution|tradition|building|church|brand|law|record|house|bridge)\b)")


# Someone described, then named between commas: "Another resident, Petro, said" (f107: his
# "he said" went to the pensioner quoted before).
INDEFINITE_INTRO_RE = re.compile(r"(?:^|[.!?]\s+|\b(?:and|but|while)\s+)(?:An?|Another|One|an?|another|one)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+$")


def _appositive_role(text: str, m: Mention) -> str:
    """The role a noun phrase in apposition gives the name before it: "Jane Roe, the
    town's mayor, opened ..." -> "the town's mayor" (issue 27: "the mayor said" was
    "not named" when the article had named its mayor this way, outside a reporting
    clause). Only a phrase closed by a comma or the sentence's end."""
    if m.possessive or text[m.end:m.end + 2] != ", ":
        return ""
    seat = SEAT_ROLE_RE.match(text, m.end + 2)
    if seat:
        return seat.group(1)  # "Wan Azman Wan Ismail, MP for Bukit Gading, said"
    rm = ROLE_NP_HEAD_RE.match(text[m.end + 1:m.end + 121])
    if rm is None or text[m.end + 1 + rm.end():m.end + 2 + rm.end()] not in (",", ".", ";"):
        return ""
    return rm.group(0).strip().removeprefix("its ")  # "Jane Roe, its group managing director,"


def resolve(doc) -> None:
    last_person: int | None = None
    last_group: tuple[int, int] | None = None  # (group idx, paragraph)
    pending: list[tuple[Event, str, int, int]] = []  # (event, role, para, sentence)
    for p in range(len(doc.paras)):
        items: list[tuple[int, int, object]] = []
        for m in doc.mentions[p]:
            if m.person is not None:
                how = m.lead = subject_lead(doc, p, m)
                if how is None and m.subject and pending:
                    how = "subject"  # '"Q," President Jane Roe told CNN': the role just before may be hers
                if how is not None:
                    items.append((m.start, 0, (m, how)))
        for ev in doc.events[p]:
            items.append((ev.clause_start, 1, ev))
        for s, start in enumerate(doc.sent_starts[p]):
            items.append((start, -1, s))
        items.sort(key=lambda x: (x[0], x[1]))
        opening: int | None = None  # who "he" or "she" opening this sentence may be
        for _, kind, obj in items:
            if kind == -1:
                opening = last_person
                continue
            if kind == 0:
                m, how = obj
                per = doc.people[m.person]
                if how == "maybe":
                    # perhaps the subject: a later he/she is ambiguous, not the
                    # person before
                    if per.kind == "person" and last_person != m.person:
                        last_person = None
                    continue
                if pending and per.first_pos == (p, m.start) and per.kind == "person" \
                        and not OWN_APPOSITIVE_RE.match(doc.masked[p], m.end) \
                        and not OWN_DESCRIPTION_BEFORE_RE.search(doc.masked[p], max(0, m.start - 50), m.start):
                    # (not "Ella Roe, an aviation lawyer, said" or "Her manager, Terry Roe, told":
                    # someone the text describes anew, f125, f126; nor "The Tennessean first
                    # reported": a paper, no spokeswoman)
                    # role before name: "Freedonia's ambassador told ... 'Q'." then "Jane Roe
                    # also denied ...", or "Speaking on the radio, Jane Roe said ..." in the
                    # very next sentence: the new name is that ambassador (and only so: '"Q,"
                    # the former president said.' then, an entry later, "JD Vance has
                    # responded" is someone else)
                    here = (p, doc.sentence_of(p, m.start))
                    goes_on = GOES_ON_RE.match(doc.masked[p], m.end) is not None
                    for ev, role, pp, ss in pending:
                        if per.roles and not shares_role_head(per.roles, role):
                            continue  # "the youth leader, Jane Roe, said": not the monarch of the words before
                        if here <= next_sentences(doc, pp, ss, 2 if goes_on else 1) and (goes_on or m.subject):
                            ev.speaker = m.person
                            if role not in per.roles:
                                per.roles.append(role)
                    pending = []
                if _is_person(doc.people[m.person]):
                    last_person = m.person
                continue
            ev = obj
            if ev.subj[0] == "pron" and (described := description_before(doc, p, ev.clause_end, ev.subj[1])):
                sp = last_person = None  # 'A spokesman for the firm said ... "Q," he said'
                ev.subj, ev.unnamed = ("role", described), True
            elif ev.subj[0] == "pron" and ev.subj[1] in ("it", "they") and (body := _unnamed_body_before(doc, ev)):
                sp = None  # 'The health ministry said ... "Q," it said': the ministry, which has no name here
                ev.subj, ev.unnamed = ("role", body), True
            else:
                sp = _resolve_event(doc, ev, last_person, last_group, p, opening)
            if sp == "pending":
                pending.append((ev, ev.subj[1], p, ev.sentence))
                ev.speaker = None
            else:
                ev.speaker = sp
            ev.resolved = True
            if ev.speaker is not None:
                who = doc.people[ev.speaker]
                if _is_person(who) and not _reported_within(doc, ev):
                    last_person = ev.speaker
                elif who.kind != "person" and who.ent not in PLACE_OR_PEOPLE:
                    last_group = (ev.speaker, p)  # "it" and "they" go to bodies, never to places
            elif ev.subj[0] == "none":
                last_person = None  # "Roe and Doe said": a later "he" is either
        # a pending role expires after the next couple of sentences
        pending = [x for x in pending if x[2] >= p - 1]
    _roles_of_bodies_unnamed(doc)


# A role of a body the text names: "The chief executive of Ostrava Telecom", "the co-founder
# of payments app Zipp".
ROLE_OF_NAME_RE = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*$")


def _roles_of_bodies_unnamed(doc) -> None:
    """A role of a named body that no name took up ("The chief executive of Ostrava Telecom
    said ...", the holder never named near it) is someone the text does not name: shown
    so, never the body itself (f103, f105: a chief executive's and a co-founder's words
    went to their companies, 0.95-0.96)."""
    for evs in doc.events:
        for ev in evs:
            if ev.resolved and ev.speaker is None and ev.subj[0] == "role" and ROLE_OF_NAME_RE.search(ev.subj[1]):
                ev.unnamed = True




def _is_person(per: PersonDraft) -> bool:
    """Someone "he" or "she" may stand for."""
    return per.kind == "person" and not per.not_a_person


def _note_gender(doc, person: int, g: str) -> None:
    if doc.gender.setdefault(person, g) != g:
        doc.gender[person] = "?"


def _titles_as_words(text: str, masked: str) -> str:
    """The masked text with each quoted name of a work or show in it ('"Lagos Talks"')
    written as a plain word: a title, not someone's words, in a sentence's opening phrase."""
    out, pos = [], 0
    for q in QUOTED_TITLE_RE.finditer(text):
        out.append(masked[pos:q.start()] + "Title")
        pos = q.end()
    return "".join(out) + masked[pos:]


# A short quotation in Title Case: a name ("Lagos Talks", "Meet the Press").
QUOTED_TITLE_RE = re.compile(r"[\"\u201c](?:[A-Z][\w'\u2019-]*(?:\s+(?:the|of|and|a|in|on|[A-Z][\w'\u2019-]*)){0,5})[,.]?[\"\u201d]")


# A relation in apposition opening a sentence: "Her sister,", "Lindsey's father,".
KIN_LEAD_RE = re.compile(r"(?:His|Her|Their|[A-Z][\w-]*(?:'s|\u2019s|s'|s\u2019))\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,")


def _opens_sentence(doc, p: int, m: Mention) -> bool:
    """Does the name open its sentence, alone or after a title or a relation ("Council leader
    Andrew Roe, who ..., defended", "Her sister, Ana Roe, attended")? Not after a clause of
    its own ("It also features her husband, former Governor Cy Roe")."""
    st, _ = doc.sentence_span(p, doc.sentence_of(p, m.start))
    lead = doc.masked[p][st:m.start].strip()
    if not lead or KIN_LEAD_RE.fullmatch(lead):
        return subject_lead(doc, p, m) == "subject"
    words = lead.split()
    return len(words) <= 4 and words[-1].lower() in LEAD_WORDS and "," not in lead \
        and all(w[:1].isupper() or w.lower() in LEAD_WORDS for w in words) and subject_lead(doc, p, m) == "subject"


def subject_lead(doc, p: int, m: Mention) -> str | None:
    """Is the mention the subject of its sentence, judging by what comes before it?
    "subject": nothing, an opening word ("But Roe"), an introductory phrase closed
    by a comma ("After the match, Roe"), an appositive head ("Her lawyer, Roe,"),
    or a short description ending in a role noun ("City manager Roe", "Local
    farmer Roe", "goalkeeper Roe"); "maybe": a few other words with no comma (the
    name may well be the subject); None: not the subject."""
    if _modifies_next(doc, p, m):
        return None
    s = doc.sentence_of(p, m.start)
    st, _ = doc.sentence_span(p, s)
    lead = doc.masked[p][st:m.start]
    for brk in CLAUSE_BREAK_RE.finditer(lead):
        if CLAUSE_BEFORE_RE.search(lead, 0, brk.start()):
            # "Roe appeared satisfied, but Rep. Doe pressed further": a clause of its own,
            # whose subject a later "he asked" stands for (f75: the words went to Roe)
            st, lead = st + brk.end(), lead[brk.end():]
    if not lead:
        return "subject"
    if "\x01" in lead and PARTICIPLE_LEAD_RE.match(lead):
        # 'Speaking on a radio show, "Lagos Talks", on Wednesday, Hon. Jo Roe' (f83)
        lead = _titles_as_words(doc.paras[p][st:m.start], lead)
    if "\x01" in lead or len(lead) > 120:
        return None
    for other in doc.mentions[p]:
        if other.start >= m.start:
            break
        if other.start >= st and other.person is not None and not other.possessive \
                and not _modifies_next(doc, p, other):
            return None  # another name comes first: that one is the subject
    if PRONOUN_OPENS_RE.match(lead):
        return None  # "She credits her daughter, Lauren, with ...": the sentence has its subject
    if SUBJECT_LEAD_RE.fullmatch(lead) or NAMED_LEAD_RE.fullmatch(lead) or ONLY_AS_LEAD_RE.fullmatch(lead) \
            or INTERLOCUTOR_LEAD_RE.fullmatch(lead):
        return "subject"
    if (bare := STATUS_TAIL_RE.sub("", lead)) != lead and bare and SUBJECT_LEAD_RE.fullmatch(bare):
        return "subject"  # "Her father, former MLA Jo Roe, watched" (f108: his "he said" went to his
        # daughter); "The new prime minister, Labour's Jo Roe, spoke" (f108: hers to her deputy)
    k = bisect.bisect_left(doc.mention_starts[p], m.start) - 1  # the name just before, whose ...
    owner = doc.mentions[p][k] if k >= 0 else None
    if owner is not None and owner.start >= st and owner.possessive \
            and DESCRIBED_AFTER_COMMA_RE.search(doc.masked[p], max(owner.start, m.start - 60), m.start) \
            and _modifies_next(doc, p, owner) \
            and (owner.start == st or SUBJECT_LEAD_RE.fullmatch(doc.masked[p][st:owner.start])):
        return "subject"  # "Reading a statement, Mateo's mother, Teresa Alvarado, faced him";
        # "Stacey's friend, the former glamour model Kerry-Ann Roe, leapt to her defence"
    tail = lead.rsplit(",", 1)[-1]
    words = tail.split()
    if words and len(words) <= 5 and words[-1].lower().strip("’'") in LEAD_WORDS \
            and (tail is lead or INTRO_RE.fullmatch(lead[:len(lead) - len(tail)] + " ")) \
            and not {w.lower() for w in words[1:-1]} & _PREPOSITIONS:
        return "subject"  # (not "Speaking to presenter Roe on Kilbride FM, he said": f144, Roe's; but
        # "To the consultant Roe, the plan was doomed": his view)
    if PASSIVE_AGENT_RE.search(lead) and not RELATIVE_PASSIVE_RE.search(lead):
        return "subject"  # "The plan was criticised by Roe": the one who did it (not "In the
        # letter, which was seen by Global Wire, she wrote")
    if "," not in lead and len(words) <= 4 and not PREP_TAIL_RE.search(lead):
        return "maybe"
    if REPORTED_CLAUSE_TAIL_RE.search(tail) and PRONOUN_SAYS_RE.match(tail):
        return None  # "Asked whom he would back, he named Lee.": he still has the floor
    if REPORTED_CLAUSE_TAIL_RE.search(tail):
        return "maybe"  # 'aides say Roe also advises him': the subject of what they say
    if RELATIVE_OBJECT_TAIL_RE.search(tail):
        # "The filing quotes a voicemail that Roe left for a colleague, in which he said":
        # the relative clause's subject, no one named before it in the sentence (f76)
        return "subject"
    return None


# "in which" right before a pronoun; a possessive's words: "'s own remarks", "’s speech".
IN_WHICH_TAIL_RE = re.compile(r",?\s+in which\s+$")
OWNED_WORDS_RE = re.compile(rf"(?:['\u2019]s)?\s+(?:own\s+)?(?:[a-z]+\s+)?(?:{MESSAGES})s?\b")
# A question asked, in the sentence before an answer.
ASKING_RE = re.compile(r"\b(?:asked|asking|pressed|pressing)\s+(?:(?:him|her)\s+)?(?:if|whether|about|why|how|what|when)\b")
# A message and a relative pronoun before a name: "a voicemail that ", "the letter which "
# (not "made the case that ", whose "that" opens what is said).
RELATIVE_OBJECT_TAIL_RE = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{MESSAGES})s?\s+(?:that|which)\s+$")
# Where a sentence's second clause begins (", but ", "; "), and a predicate before it
# (two words in lower case: "appeared satisfied", not the list "Roe, Doe, but ...").
CLAUSE_BREAK_RE = re.compile(r",\s+(?:but|while|yet|whereas)\s+|;\s+")
CLAUSE_BEFORE_RE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\b[^,;]*$")
# The comma before a name in apposition, and a short description of it: ", ", ", the
# former glamour model ".
DESCRIBED_AFTER_COMMA_RE = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w’'\-]*\s+){1,4})?$")
# Words of a role's time or state before a title: "former MLA", "the late".
# and a body's possessive: "The new prime minister, Labour's Jo Roe".
STATUS_TAIL_RE = re.compile(r"(?<=\s)(?:(?:former|late|then|outgoing|incoming|retired|ex)-?\s+|[A-Z][\w-]*['\u2019]s\s+)+$")
# A description that names its person at its end, opening the sentence: "His campaign
# manager, a veteran operative named Philomena Grey, said", "A nurse named Ana Roe".
NAMED_LEAD_RE = re.compile(r"(?:[^,.;:\x01]{1,60},\s+)?(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
                           r"(?:[\w’'\-]+\s+){0,4}?(?:named|called)\s+")
RELATIVE_PASSIVE_RE = re.compile(r"\b(?:which|that)\s+(?:was|were|had been|has been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+(?:\w+\s+){0,3}$")
PASSIVE_AGENT_RE = re.compile(r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?"
                              r"[a-z]+(?:ed|en|wn)\s+by\s+(?:\w+\s+){0,3}$")


# "the " right before a title, or before the first part of a seat joined by a dash ("the
# Brandon—Elkhorn MP", as Canadian ridings are written).
SEAT_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'\u2019.-]*[\u2013\u2014])?$")


def _modifies_next(doc, p: int, m: Mention) -> bool:
    """"Obama consultant Cornell Belcher", "Roe campaign aide Bo Lind": a name that only
    says whose the role of the next name is; the next name is the one the sentence is
    about (issue 27: "he said" after it went to Obama)."""
    k = bisect.bisect_right(doc.mention_starts[p], m.start)
    if k >= len(doc.mentions[p]):
        return False
    gap = doc.masked[p][m.end:doc.mentions[p][k].start]
    if m.possessive and (comma := DESCRIBED_AFTER_COMMA_RE.search(gap)):
        gap = gap[:comma.start()]  # "Mateo's mother, Teresa Alvarado": the next name is the mother
    between = gap.split()
    # (every word a role's: "Roe called director Lind", "told lawyer Lind" are no such thing)
    return 0 < len(between) <= 3 and all(w.islower() for w in between) and between[-1] in LEAD_WORDS \
        and all(w in LEAD_WORDS or w in ORGISH or w in ROLE_QUALIFIERS for w in between[:-1])


def _resolve_event(doc, ev: Event, last_person, last_group, p: int, opening=None):
    """Who ev's subject is; `opening`: the person a pronoun opening ev's sentence stands for
    (the sentence's own names come after it)."""
    kind = ev.subj[0]
    if kind == "mention":
        m: Mention = ev.subj[1]
        holder = initials_holder(doc, m, (ev.para, ev.clause_start))
        if holder is not None:
            return holder  # "the SP said" after "Superintendent of Police Rafiq Hasan"
        if m.person is not None:
            return m.person
        if m.kind == "group" and (party := party_label(doc, m)) is not None:
            return party_epithet_holder(doc, party, last_person, (ev.para, ev.clause_start),
                                        last_person is not None and _subject_just_before(doc, ev, last_person))
        if m.kind == "group":
            return body_named(doc, m)
        if m.role and m.role == m.name:  # a title alone ("the Prime Minister said"): its holder
            at = (ev.para, ev.clause_start)
            got = match_role(doc, " ".join(m.role), at)
            if got is None and SEAT_THE_BEFORE_RE.search(doc.masked[m.para], max(0, m.start - 40), m.start):
                # "the Kildonan Bluffs MLA said": the member the text has just named (f79)
                got = epithet_holder(doc, "the " + " ".join(m.role), last_person, at)
            return got
        return None
    if kind == "pron":
        if ev.subj[1] in ("he", "she") and (unnamed := _after_unnamed_subject(doc, ev)) is not None:
            # "One of them, a Gulf official, said ... 'Q,' he said": that official, whom the text
            # does not name (f55: the envoy's, 0.96), or names just after ("A spokesperson for
            # the Office criticised what she called 'Q'. Spokesperson Zhu Roe ...", f68)
            ev.subj, ev.unnamed = unnamed.subj, True
            return "pending"
        if ev.subj[1] in ("he", "she"):
            owner = _owner_of_words_before(doc, ev)
            if owner is not None and doc.gender.get(owner, ev.subj[1]) == ev.subj[1]:
                return owner  # "played a clip of Roe's remarks, in which she had said" (f77: the host's)
            author = author_named_before(doc, ev)
            if author is not None and doc.gender.get(author, ev.subj[1]) == ev.subj[1]:
                return author  # "an email from the fund's partner, Tan Wei Ling, to Roe. 'Q,' she wrote" (f155)
            asked = _asked_before(doc, ev, ev.subj[1])
            if asked is not None:
                return asked  # 'Whitley asked Kowalczyk about it. "Q," he said.': the one asked answers
            kin = kin_subject_before(doc, ev)
            if kin and gender_of_words(kin) in (None, ev.subj[1]):
                # 'Asked about the visit, her brother was quiet. "Q," he said': the brother (not
                # "His wife, he says, plans to leave. 'Q,' he said")
                named = [i for i, per in enumerate(doc.people) if per.kin == kin and per.first_pos < (ev.para, ev.clause_start)]
                if len(named) == 1 and doc.gender.get(named[0], ev.subj[1]) == ev.subj[1]:
                    return named[0]
                if last_person is not None and doc.people[last_person].kin != kin:
                    return None  # not the sister or father the sentence says he is the brother of
            if (ep := epithet_subject_before(doc, ev)) is not None:
                # "The Frenchman, who has not dropped a set, was asked ... 'Q,' he said" (f70: the
                # words went to the coach quoted before)
                got = epithet_person(doc, Event(ev.para, ev.verb_start, ev.verb_end, ev.verb, ev.clause_start,
                                                ev.clause_end, ev.sentence, ("epithet", ep.group(0), ep)), last_person)
                if got is not None and doc.gender.get(got, ev.subj[1]) == ev.subj[1]:
                    return got
            role = role_subject_before(doc, ev)
            if role:
                at = (ev.para, ev.clause_start)
                got = match_role(doc, role, at)
                if got is None:
                    got = match_role(doc, "the " + role.split()[-1], at)  # "the former general": the general
                if got is not None and doc.gender.get(got, ev.subj[1]) == ev.subj[1]:
                    return got
                if last_person is not None and not shares_role_head(doc.people[last_person].roles, role) \
                        and has_office(doc.people[last_person].roles):
                    return None  # "Roe, a student ... the former general laughed": not Roe
            if last_person is None:
                return None
            if doc.gender.get(last_person, ev.subj[1]) != ev.subj[1]:
                # "she" after a man: the namesake of his that the family name alone may have been
                # ("Hollenbeck said he would not stop. 'Q,' he said" of the senator and her
                # husband), the one person of her gender named since the sentence before, else
                # the one who spoke before him when the two speak in turn
                return _namesake_of_gender(doc, ev, last_person, ev.subj[1]) \
                    or _recent_of_gender(doc, ev, ev.subj[1]) or _alternating(doc, ev, last_person, ev.subj[1])
            if doc.people[last_person].last_pos[0] < ev.para \
                    and (near := _recent_of_gender(doc, ev, ev.subj[1])) is not None and near != last_person \
                    and (doc.people[last_person].last_pos[0] < ev.para - 1 or doc.people[near].first_pos[0] == ev.para):
                # "The evening's moment came from winner Tobias Roe, who used his time to ...
                # 'Q,' he said": the one man named just before, not the host who last spoke
                # two paragraphs up (f59: 0.91), or in the paragraph before when this one
                # introduces him ("The series has drawn praise from actor Jo Roe, who worked
                # on the script. 'Q,' he said", f116: 0.86)
                return near
            if ev.verb in REPLY_VERBS and (other := answered(doc, ev, last_person)) is not None:
                return other
            _note_gender(doc, last_person, ev.subj[1])
            return last_person
        if ev.subj[1] == "it":
            if ev.verb == "reads":
                return None  # '"Q," it reads': the email or the sign, no body
            # '"Q," it said in a statement': the organisation just named, never a place
            if described := described_body_opening(doc, ev):
                ev.subj, ev.unnamed = ("role", described), True
                return None  # "The guide praised what it called 'Q'": the guide, not named (f146)
            body = what_it_called(doc, ev)
            if body is None:
                body = _body_speaking_just_before(doc, ev)
            if body is None:
                body = recent_body(doc, ev.para, ev.clause_start, paragraphs=2)
            if body is not None:
                doc.people[body].kind = "group"  # the text calls it "it": a body, whatever its words
            return body
        if last_group is not None and last_group[1] >= p - 1:
            return last_group[0]
        return None
    if kind == "role":
        at = (ev.para, ev.clause_start)
        got = match_role(doc, ev.subj[1], at, strict_place=True)
        unnamed = _introduced_unnamed(doc, ev)
        if unnamed is not None and (got is None or doc.people[got].last_pos < unnamed):
            # 'A Western diplomat, who asked not to be named, ... "Q," the diplomat said'; 'A senior
            # minister, speaking on condition of anonymity, said ... "Q," the minister said' after
            # the Prime Minister was named (f54: his words); so the model names no one either
            # ("An EU official, speaking on background, said ... the official said": f55, 0.95
            # to the president the official spoke of)
            ev.unnamed = True
            return None
        if got is None:
            # the subject just named, then a holder of the title whose role names no place
            # ("Marco Rubio ... the Florida senator told reporters", not "Sen. Joni Ernst")
            got = epithet_holder(doc, ev.subj[1], last_person, at)
            got = got if got is not None else match_role(doc, ev.subj[1], at)
        if got is None and last_person is not None and last_person in role_holders(doc, ev.subj[1], at) \
                and _subject_just_before(doc, ev, last_person):
            got = last_person  # of two senators, the one the sentence before was about ("Roe was unmoved.")
        if got is None and ev.unnamed:
            return None  # "A spokesman for the Ministry of Health said": someone not named, whose role
            # waits for no name (f141: the next sentence's patient got it, on his page)
        return got if got is not None else "pending"
    if kind == "orgref":
        # (what the body is called; "the bank" when only its noun is known: "according to the
        # bank's own review", f98)
        described = ev.subj[2] if len(ev.subj) > 2 and isinstance(ev.subj[2], str) else f"the {ev.subj[1]}"
        if OWNED_NOUN_RE.fullmatch(described):
            return None  # "Hesk's government called it": that government, not the country (f55)
        body = recent_body(doc, ev.para, ev.clause_start, described=described)
        if body is not None and described_since(doc, body, ev.subj[1], ev.para, ev.clause_start):
            return None  # "St. Barnabas said ... The nurses' union has been less measured. ... the union wrote:"
        if body is not None and after_a_subject_unnamed(doc, body, ev):
            return None
        if body is not None and len(doc.people[body].name) > 1 and not is_given_name(doc.people[body].name[0]):
            doc.people[body].kind = "group"  # "the company said" of "The developer, Tessary Digital," (f113)
        return body
    if kind == "docref":
        return _author_of(doc, ev)
    if kind == "epithet":
        return epithet_person(doc, ev, last_person)
    if kind == "inherit":
        prev: Event = ev.subj[1]
        return prev.speaker
    if kind == "sentsubj":
        got = _sentence_subject(doc, ev)
        if isinstance(got, tuple):
            ev.subj = got
            if got[0] == "pron" and (described := description_before(doc, p, ev.clause_end, got[1])):
                ev.subj, ev.unnamed = ("role", described), True  # "I asked one street vendor what she did.
                return None  # She laughed and said, 'Q'": the vendor's (f139: the expert before, 0.983)
            if got[0] == "pron" and got[1] in ("he", "she") and opening is not None \
                    and doc.gender.get(opening, got[1]) == got[1]:
                # "He took a swipe at Jo Roe, who ..., calling him 'Q'": the "he" who opens
                # the sentence, not Roe, named since (f83: Roe's, 0.96)
                return opening
            return _resolve_event(doc, ev, last_person, last_group, p)
        if got is None:
            # "The finance minister has defended the plan, insisting ...": a role
            # noun phrase opening the sentence is the subject
            st, _ = doc.sentence_span(ev.para, ev.sentence)
            t = doc.masked[ev.para]
            t = t[:st] + t[st:st + 1].lower() + t[st + 1:]  # "The" as "the"
            rm = ROLE_NP_HEAD_RE.match(t[st:st + 200])  # (its "^" holds only at a string's start)
            if rm and t[st + rm.end():st + rm.end() + 1] not in ("’", "'") and st + rm.end() <= ev.verb_start:
                ev.subj = ("role", rm.group(0).strip())
                return _resolve_event(doc, ev, last_person, last_group, p)
        return got
    return None


def _reported_within(doc, ev: Event) -> bool:
    """Is ev's clause inside what another person of its sentence says ("Jo Roe told the
    court that Mrs Brodie had reported the incident")? Its subject is not who a "she" of the
    next sentence is (f90: the headteacher's words went to the assistant she spoke of, 0.95)."""
    outer = [o for o in doc.events[ev.para] if o.sentence == ev.sentence and o.verb_end <= ev.clause_start
             and o.speaker is not None and o.speaker != ev.speaker]
    return bool(outer) and THAT_GAP_RE.fullmatch(doc.masked[ev.para], outer[-1].verb_end, ev.clause_start) is not None


def _unnamed_body_before(doc, ev: Event) -> str:
    """The body the article describes and does not name ("The health ministry said"), the
    subject of the last clause of saying before this one in its sentence or the one before,
    or "" (f92: the ministry's "it said" went to an armed group named before, 0.96)."""
    before = [o for pp in (ev.para - 1, ev.para) if pp >= 0 for o in doc.events[pp]
              if (o.para, o.verb_start) < (ev.para, ev.verb_start)]
    if not before:
        return ""
    prev = before[-1]
    near = prev.para == ev.para and prev.sentence >= ev.sentence - 1 \
        or prev.para == ev.para - 1 and ev.sentence == 0 and prev.sentence == len(doc.sent_starts[prev.para]) - 1
    if near and prev.resolved and prev.speaker is None and prev.subj[0] == "orgref" and len(prev.subj) > 2 \
            and isinstance(prev.subj[2], str):
        return prev.subj[2][:1].lower() + prev.subj[2][1:]
    return ""


def _after_unnamed_subject(doc, ev: Event) -> Event | None:
    """The reporting clause just before ev's, in its sentence or the one before, when it is
    of someone the text describes but does not name ("a Gulf official") of ev's gender."""
    before = [o for o in doc.events[ev.para] if o.verb_start < ev.verb_start]
    if not before or not before[-1].unnamed or before[-1].speaker is not None or before[-1].subj[0] != "role" \
            or before[-1].sentence < ev.sentence - 1:
        return None
    return before[-1] if gender_of_words(before[-1].subj[1]) in (None, ev.subj[1]) else None


# A body's noun after a place's or a person's possessive: "Hesk's government", "Kenya's ministry".
OWNED_NOUN_RE = re.compile(r"[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+(?:[a-z]+\s+){0,2}?"  # "Ardakan's interior ministry" (f92)
                           r"(?:government|administration|ministry|cabinet|military|army|navy|embassy)")
# Right after a new name: a description of its own (", an aviation lawyer in Melbourne,"); or
# right before it ("Her manager, ").
OWN_APPOSITIVE_RE = re.compile(r",\s+(?:an?|another)\s+[a-z]")
OWN_DESCRIPTION_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+$")
# Right after a new name: the words that say it goes on from the sentence before ("also").
GOES_ON_RE = re.compile(r"(?:,[^,]{1,60},)?\s+(?:\w+\s+)?(?:also|too|likewise|further|again|meanwhile)\b")


def _author_of(doc, ev: Event) -> int | None:
    """Who issued the document "the statement said" stands for: the speaker of the latest
    reporting clause whose sentence names that kind of document ("Roe said in a statement",
    "Roe issued a statement"), in this paragraph or the two before; None when there is none."""
    noun = re.compile(rf"\b{ev.subj[1]}s?\b", re.I)
    for p in range(ev.para, max(-1, ev.para - 3), -1):
        for other in reversed(doc.events[p]):
            if p == ev.para and other.verb_start >= ev.verb_start or other.speaker is None:
                continue
            lo, hi = doc.sentence_span(p, other.sentence)
            if found := noun.search(doc.masked[p], lo, hi):
                if found.start() > other.verb_end and WROTE_BEFORE_RE.search(
                        doc.masked[p], max(other.verb_end, found.start() - 40), found.start()):
                    return None  # "Roe said his client wrote a letter ... the letter said": not Roe's (f61)
                return other.speaker
    # ('"A," Roe wrote. "B," the memo stated.': the one who wrote it, in the same paragraph)
    earlier = [o for o in doc.events[ev.para] if o.verb_start < ev.verb_start and o.speaker is not None]
    return earlier[-1].speaker if earlier and earlier[-1].verb in ("wrote", "writes", "write") else None


def _introduced_unnamed(doc, ev: Event) -> tuple[int, int] | None:
    """Where the text introduced the role's holder without a name ("A Western diplomat, who
    asked not to be named, said ...") in this paragraph or the two before, the latest; then
    "the diplomat said" is that person, and no name the text gives later (issue 27: the
    next paragraph's Secretary-General was given the diplomat's words). None if it did not."""
    words = ROLE_WORD_RE.findall(fold(ev.subj[1]))
    if not words:
        return None
    indefinite = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'\u2019-]+\s+){{0,3}}{re.escape(words[-1])}s?\b")
    for p in range(ev.para, max(-1, ev.para - 3), -1):
        text = doc.masked[p] if p < ev.para else doc.masked[p][:ev.clause_start]
        found = list(indefinite.finditer(fold(text)))
        if found:
            return p, found[-1].start()
    return None


def _body_speaking_just_before(doc, ev: Event) -> int | None:
    """The body whose reporting clause comes just before "it said", in its sentence or the
    one before: "The agency said the craft was safe. 'Q,' it said" is the agency, not the
    university named since (f141: 0.864)."""
    before = [o for o in doc.events[ev.para] if o.verb_start < ev.verb_start and o.sentence >= ev.sentence - 1]
    if before and before[-1].speaker is not None and doc.people[before[-1].speaker].kind == "group":
        return before[-1].speaker
    return None


def _sentence_subject(doc, ev: Event) -> int | tuple | None:
    """The person subject of the main clause: the sentence-initial name, or a name
    right after an introductory phrase and comma; with an event of the same
    sentence before it, that event's speaker."""
    earlier = [x for x in doc.events[ev.para] if x.sentence == ev.sentence
               and x.verb_start < ev.verb_start and x.resolved and x.verb not in PARTICIPLE]
    if earlier:
        if earlier[0].speaker is None and earlier[0].unnamed:
            ev.subj, ev.unnamed = earlier[0].subj, True  # '"Q," she wrote, arguing "Q2"' of someone not named
        return earlier[0].speaker  # the main clause's: "Roe said Doe erred, calling it ..."
    st, _ = doc.sentence_span(ev.para, ev.sentence)
    text = doc.masked[ev.para]
    pm = PRONOUN_SUBJECT_RE.match(text, st)
    if pm and pm.end() <= ev.verb_start:
        # "Eight years ago, he backed Doe and said, ...": the pronoun's referent
        return ("pron", pm.group(1).lower())
    rm = ROLE_SUBJECT_RE.match(text, st)
    if rm and rm.end() <= ev.verb_start:
        # "The chief minister took a dig at the Leader of the Opposition, Jane Roe, calling
        # her a 'Q'": the role opening the sentence, not the name in apposition to its
        # object (f65: the words went to the one they mock)
        return match_role(doc, "the " + rm.group(1), (ev.para, st))
    cands = []
    for m in doc.mentions[ev.para]:
        if m.start < st or m.end > ev.verb_start:
            continue
        if m.person is None or doc.people[m.person].kind != "person" or m.possessive:
            continue
        lead = text[st:m.start]
        if not lead.strip() or lead.rstrip().endswith(","):
            cands.append(m)
    if not cands:
        return None
    return cands[0].person


def _namesake_of_gender(doc, ev: Event, person: int, gender: str) -> int | None:
    """When the latest mention of `person` before the clause (this paragraph or the one
    before) is the family name alone as a reporting clause's subject, the one other
    person of `gender` with that family name; else None."""
    for p in (ev.para, ev.para - 1):
        if p < 0:
            break
        ms = [m for m in doc.mentions[p] if m.person == person and (p < ev.para or m.start < ev.clause_start)]
        if ms:
            last = ms[-1].name
            if len(last) != 1 or not ms[-1].subject:
                return None  # (not "Clinton campaign Chairman John Podesta": a name that qualifies)
            key = norm_tok(last[0])
            same = [i for i, per in enumerate(doc.people) if i != person and per.kind == "person"
                    and len(per.name) >= 2 and norm_tok(per.name[-1]) == key and doc.gender.get(i) == gender]
            return same[0] if len(same) == 1 else None
    return None


def _recent_of_gender(doc, ev: Event, gender: str) -> int | None:
    """The only person known to be `gender` named in the clause's sentence (before it)
    or the sentence before; None when there are none or several."""
    found: set[int] = set()
    p, s = ev.para, ev.sentence
    spans = [(p, doc.sentence_span(p, s)[0], ev.clause_start)]
    if s > 0:
        spans.append((p, *doc.sentence_span(p, s - 1)))
    elif p > 0 and doc.sent_starts[p - 1]:
        spans.append((p - 1, *doc.sentence_span(p - 1, len(doc.sent_starts[p - 1]) - 1)))
    for pp, lo, hi in spans:
        k = bisect.bisect_left(doc.mention_starts[pp], lo)
        for m in doc.mentions[pp][k:k + 12]:
            if m.start >= hi:
                break
            if m.person is not None and doc.gender.get(m.person) == gender \
                    and not (doc.masked[pp][max(0, m.start - 4):m.start] == "the "
                             and ATTRIBUTIVE_RE.match(doc.masked[pp], m.end)):
                found.add(m.person)
    return found.pop() if len(found) == 1 else None


# A lower-case noun right after a name: "the Fenwick Falls airport", where the name only
# qualifies the noun (f78: a town the recogniser read as a man was "he").
ATTRIBUTIVE_RE = re.compile(r" [a-z]")


def _subject_just_before(doc, ev: Event, person: int) -> bool:
    """Is the person the subject of the clause's sentence (before it) or of the sentence
    before ("Roe was unmoved. “Q,” the senator added.")?"""
    spans = [(ev.para, doc.sentence_span(ev.para, ev.sentence)[0], ev.clause_start)]
    if ev.sentence > 0:
        spans.append((ev.para, *doc.sentence_span(ev.para, ev.sentence - 1)))
    elif ev.para > 0 and doc.sent_starts[ev.para - 1]:
        spans.append((ev.para - 1, *doc.sentence_span(ev.para - 1, len(doc.sent_starts[ev.para - 1]) - 1)))
    return any(m.person == person and m.lead == "subject" for p, lo, hi in spans for m in mentions_within(doc, p, lo, hi))


def _owner_of_words_before(doc, ev: Event) -> int | None:
    """The person whose remarks, speech or interview the clause's sentence names right
    before "in which" and the clause's pronoun ("a clip of Roe's own remarks from a
    conference, in which she had said"); else None."""
    st, _ = doc.sentence_span(ev.para, ev.sentence)
    text = doc.masked[ev.para]
    if not IN_WHICH_TAIL_RE.search(text, max(st, ev.clause_start - 12), ev.clause_start):
        return None
    for m in reversed(mentions_within(doc, ev.para, st, ev.clause_start)):
        if m.possessive and m.person is not None and doc.people[m.person].kind == "person" \
                and OWNED_WORDS_RE.match(text, m.end):
            return m.person
        if not m.possessive:
            return None  # (another name nearer the pronoun)
    return None


# The writer asking someone the text calls "her" or "him": "I asked her whether".
WRITER_ASKED_RE = re.compile(r"\b(?:I|We)\s+(?:later\s+|then\s+|also\s+|once\s+)?asked\s+(her|him)\b")


def _asked_before(doc, ev: Event, pronoun: str) -> int | None:
    """The person the sentence before the clause's says someone asked ("Whitley also asked
    Kowalczyk about ..."), when the pronoun may be them and the clause's own sentence names
    no one before it; the sentence before may be a paragraph of that question alone. When
    that paragraph names no one asked ("Roe asked if she had the votes"), the one of the
    pronoun's gender who spoke last before the asker (the guest answers, not the host who
    asked: f77, 0.96 to the host)."""
    if ev.sentence > 0:
        p, (lo, hi) = ev.para, doc.sentence_span(ev.para, ev.sentence - 1)
    elif ev.para > 0 and len(doc.sent_starts[ev.para - 1]) == 1:
        p, (lo, hi) = ev.para - 1, doc.sentence_span(ev.para - 1, 0)
    else:
        return None
    text = doc.masked[p]
    named = [m for m in mentions_within(doc, p, lo, hi) if m.person is not None]
    for m in named:
        if ASKED_BEFORE_RE.search(text, max(lo, m.start - 24), m.start) \
                and doc.gender.get(m.person, pronoun) == pronoun and doc.people[m.person].kind == "person":
            return m.person
    if (me := WRITER_ASKED_RE.search(text, lo, hi)) and {"her": "she", "him": "he"}[me.group(1).lower()] == pronoun:
        # "I asked her whether she missed Bengaluru. 'Q,' she said.": in a profile, the one the
        # headline names (f146: the school friend quoted before, 0.97)
        about = [i for i, per in enumerate(doc.people) if per.kind == "person" and in_title(doc, per)
                 and doc.gender.get(i, given_name_gender(per.name[0])) == pronoun]
        return about[0] if len(about) == 1 else None
    asked = ASKING_RE.search(text, lo, hi)
    if p == ev.para or asked is None or not named or named[0].start > asked.start() \
            or len({m.person for m in named}) > 1 or doc.gender.get(named[0].person) != pronoun:
        return None
    asker = named[0].person
    for pp in range(p, max(-1, p - 4), -1):
        for e in reversed(doc.events[pp]):
            if e.resolved and e.speaker is not None and e.speaker != asker:
                return e.speaker if doc.gender.get(e.speaker) == pronoun else None
    return None


def _alternating(doc, ev: Event, last_person: int, gender: str) -> int | None:
    """Two people quoted in turn ('"A," Hobart said. "B," Sayles said. "C," he said.'): the
    speaker of the clause before the last one, when that one was last_person's and the one
    before it is of the pronoun's gender, all within this paragraph and the two before."""
    said: list[int] = []  # the last two speakers before the clause, latest first
    for p in range(ev.para, max(-1, ev.para - 3), -1):
        evs = doc.events[p]
        k = bisect.bisect_left(doc.verb_starts[p], ev.verb_start) if p == ev.para else len(evs)
        for e in reversed(evs[max(0, k - 8):k]):  # (a few clauses back: linear in a long paragraph)
            if e.resolved and e.speaker is not None and (e.para, e.clause_start) < (ev.para, ev.clause_start):
                said.append(e.speaker)
                if len(said) == 2:
                    break
        if len(said) == 2:
            break
    if len(said) == 2 and said[0] == last_person and said[1] != last_person and doc.gender.get(said[1]) == gender:
        return said[1]
    return None



# A definite role in apposition right after a name: "Sinclair, the mayor, said".
ROLE_IN_APPOSITION_RE = re.compile(r",\s+the\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*),")


def _role_in_apposition(text: str, end: int) -> str:
    """The head noun of a role in apposition after the name ending at `end`, or ""."""
    got = ROLE_IN_APPOSITION_RE.match(text, end)
    return got.group(1) if got and got.group(1) in ROLE_NOUN_SET else ""


def _mention_gender(text: str, m: Mention, roles: str = "") -> str | None:
    """he / she from an honorific or a gendered role word in the mention ("Mrs Roe",
    "Congresswoman Roe"), else from a given name that is almost always a man's or a woman's
    ("Margaret Roe"), else from the roles the mention brings; but a woman's word among
    those beats the name ("group spokeswoman Carmel Roe": f80, the name dictionary's
    "Carmel" is a man's), where a man's is often said of women ("spokesman Hope Roe")."""
    got = gender_of_words(text[m.start:m.name_start] + " " + " ".join(m.role))
    brought = gender_of_words(roles)
    if got is None and brought == "she":
        return brought
    if got is None and m.kind == "person":
        # the name's own clause before the dictionary: "Nurul Islam, a fisherman, said he"
        # (f119: the dictionary's "Nurul" is a woman's; his "he said" went to no one)
        # (our own lists stay firm: "Jane Roe said he was a good man" is of someone else)
        own = SAID_PRONOUN_AFTER_RE.match(text, m.end) if fold(m.name[0]) not in GIVEN_NAME_GENDER else None
        got = own.group(1).lower() if own else given_name_gender(m.name[0])
    return got or brought


# Right after a name: its reporting verb and a pronoun of its own clause ("Roe, a fisherman,
# said he", "Roe told reporters she").
SAID_PRONOUN_AFTER_RE = re.compile(r"(?:,[^,\x01]{1,60},)?\s+(?:said|says|told\s+\w+|added|explained|recalled|insisted)"
                                   r"\s+(?:that\s+)?(he|she)\b")
