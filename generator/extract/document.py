"""The article as the steps below see it: its paragraphs, its quotation spans, the same
paragraphs with every quotation masked, and the sentence starts; the steps add their
findings (mentions, reporting clauses, people) to it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Article
from .lexicon import (BODY_KIND_ROLES, DESCRIPTORS, GIVEN_NAME_GENDER, KIN_WORDS, ORG_WORDS, PLACE_TYPE_WORDS,
                      ROLE_NOUN_SET, TITLES, is_given_name)
from .patterns import VOCAB_RE, WEB_ADDRESS_RE, fold, vocab_word_re

# Titles only a person holds, written before a name ("Chief Emeka Roe", "Dr Jo Roe").
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "chief", "hon", "alhaji",
                   "alhaja", "engr", "barr", "rev", "reverend", "sen", "rep", "gov"}
from .quotes import find_quotes


@dataclass
class Mention:
    """A capitalised run split into a role and a name."""

    para: int
    start: int
    end: int
    role: list[str]
    name: list[str]
    kind: str  # "person" (2+ name tokens), "single", "group", "none"
    possessive: bool = False
    name_start: int = 0
    person: int | None = None  # index into Doc.people after linking
    subject: bool = False  # subject of a reporting verb
    lead: str | None = None  # coref.subject_lead: "subject", "maybe" or None
    ent: str | None = None  # entity type the trained pipeline gives it ("" none; None: not read)

    @property
    def name_text(self) -> str:
        return " ".join(self.name)


@dataclass
class Event:
    """A reporting clause: its verb and its subject."""

    para: int
    verb_start: int
    verb_end: int
    verb: str
    clause_start: int  # where the attribution clause begins (subject or verb)
    clause_end: int
    sentence: int
    subj: tuple  # ("mention", m) ("pron", w) ("role", text, head) ("inherit", ev) ("sentsubj",) ("none",)
    speaker: int | None = None
    resolved: bool = False
    unnamed: bool = False  # its role's holder was introduced without a name ("A Western diplomat, who ...")


@dataclass
class PersonDraft:
    """A person (or body) of the article, as coreference builds it."""

    name: list[str]
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str = "person"
    first_pos: tuple[int, int] = (0, 0)
    last_pos: tuple[int, int] = (0, 0)
    last_subject: tuple[int, int] = (-1, -1)
    last_opening: tuple[int, int] = (-1, -1)  # the last mention opening its sentence ("Jo Roe, who ..., defended")
    relative: bool = False  # introduced as someone's relative ("her husband, Bill Roe")
    age: int | None = None  # the age the text gives at a mention ("Walter Roe, 78,")
    kin: str = ""  # the relation it was introduced by ("son" of "His son, Kevin Roe")
    alone_as: set[str] = field(default_factory=set)  # one name word it was called by, not as an owner ("Roe said")
    # entity label -> mentions given it, for mentions of two words or more and of one
    ents: dict[str, int] = field(default_factory=dict)
    single_ents: dict[str, int] = field(default_factory=dict)
    # a job or description in lower case right before a mention ("councillor Rhodri Jenkins"):
    # a person, whatever label the small recogniser gave an unfamiliar name
    described: bool = False
    fictional: bool = False  # a character of a film, show or book ("her character, Kamala")

    @property
    def ent(self) -> str:
        """The entity label most of its mentions were given: "PERSON", "ORG", ..., "" for
        none, "?" when the trained pipeline read none of them. The small recogniser
        often takes a bare surname for an organisation, so a name of two words or more
        counts only its mentions of two words or more."""
        votes = self.ents if len(self.name) > 1 or not self.single_ents else self.single_ents
        if not votes:
            return "?"
        return max(votes, key=lambda k: (votes[k], k == "PERSON"))

    @property
    def a_relative(self) -> bool:
        """Someone's relative by one of its roles ("Qureshi's wife", "her son"): a person."""
        return any(fold(r).lower().rsplit(None, 1)[-1:] in ([k] for k in KIN_WORDS) for r in self.roles)

    @property
    def not_a_person(self) -> bool:
        """The trained recogniser never took it for a person, and mostly for a people
        or party, a place, a building, an event, a work or a law ("the Greens", "Black
        Canadians", "Lake Erie"). An organisation label alone does not count against a
        name of two words: the small recogniser gives it to many unfamiliar names."""
        if "PERSON" in self.ents or "PERSON" in self.single_ents or self.described or self.age is not None:
            return False  # (an age: "her daughter, Kavya, 10", read as a place, f69)
        if self.a_relative:
            return False  # "Qureshi's wife, Nazia," read as a place (f104: her "she said" went to a judge)
        if len(self.name) == 1 and any(w in DESCRIPTORS and w not in BODY_KIND_ROLES
                                       for r in self.roles for w in fold(r).lower().split()):
            return False  # "Streamer TessaTheBrave", "Voter Tamika": a noun for people before one name (f105)
        if len(self.name) == 1 and fold(self.name[0]) in GIVEN_NAME_GENDER and self.last_subject >= (0, 0):
            return False  # "Owen, 12, said": a given name that speaks ("he" then is him, not the girl before)
        if len(self.name) > 1 and (is_given_name(self.name[0]) or INITIALS_RE.fullmatch(self.name[0])) \
                and fold(self.name[-1]).lower() not in PLACE_TYPE_WORDS and fold(self.name[-1]).lower() not in ORG_WORDS:
            return False  # "Yvette Marchand-Dubois", read once as a building: a given name opens it
            # (or initials: "Brigadier P.S. Chauhan", read as a place, f107: his "he said" went to another)
        if len(self.name) > 1 and any(fold(r).lower().rstrip(".") in PERSONAL_TITLES for r in self.roles):
            return False  # "Counsel to Roe, Chief Emeka Obiro SAN," read as a place (f155: his "he" went to Roe)
        if len(self.name) > 1 and set(self.ents) <= THING_LABELS \
                and any(w in PERSON_ROLE_WORDS for r in self.roles for w in fold(r).lower().split()):
            return False  # "Hon. Kehinde 'KK' Roe, the lawmaker ...", read as a work beside a show's name (f83)
            # (not "Ridgeway General", a hospital, given the role of the director named after it)
        votes = self.ents if len(self.name) > 1 else {**self.single_ents, **self.ents}
        against = NOT_PERSON if len(self.name) > 1 else NOT_PERSON | {"ORG"}
        typed = sum(n for k, n in votes.items() if k in against)
        return typed > sum(n for k, n in votes.items() if k not in against)


    @property
    def cannot_speak(self) -> bool:
        """The trained recogniser takes it for a thing that says nothing: a people or
        party as a people, a place, a building, an event, a work, a law, a product, a
        number ("Democrats", "Lake Erie", "Silent Harbour"); never when one of its
        mentions was taken for a person (issue 27: quotations went to a sea, a bill,
        a film title). A country or city (GPE) may speak for its government. A character
        of a story says its lines to no reader of the news (f116: a film's heroine's line)."""
        if self.fictional:
            return True
        if len(self.name) > 1 and fold(self.name[-1]).lower() in LAW_WORDS and not self.roles \
                and not is_given_name(self.name[0]) and fold(self.name[0]).lower() not in TITLES:
            return True  # "the Finance Bill 2026", read as a person (f118: a speaker page): not "Jo Law"
        if "PERSON" in self.ents or "PERSON" in self.single_ents or self.described or self.age is not None:
            return False  # (an age: "her daughter, Kavya, 10", read as a place, f69)
        if self.a_relative:
            return False  # "Qureshi's wife, Nazia," read as a place (f104: her "she said" went to a judge)
        if WEB_ADDRESS_RE.fullmatch(self.name[0]):
            return False  # "ArmsHub.com", read as a product: a website's owner speaks through it
        if fold(self.name[-1]).lower() in UNSPEAKING_WORKS or len(self.name) > 1 and fold(self.name[-1]).lower() in LAW_WORDS:
            return True  # "The Bible tells us", "the Clean Water Act says" (f51: speaker pages "Bible")
        ent = self.ent
        if ent not in NO_SPEAKER:
            return False
        # The small recogniser also gives these labels to unfamiliar names ("Cuban" the
        # surname, a columnist's name as a work), so the label counts only with words that
        # agree: a people named by a plural or a party ("Democrats", "Republican"), or two
        # mentions or more of a thing whose name opens with no given name.
        words = [fold(w).rstrip("’'") for w in self.name]
        if ent == "NORP":
            return words[-1].endswith("s") or words[-1] in PARTY_NOUNS
        votes = self.ents if len(self.name) > 1 else {**self.single_ents, **self.ents}
        # (a name that is the subject of a reporting verb speaks, whatever its label:
        # "Ines Calder said" with Calder taken for a product)
        return votes.get(ent, 0) >= 2 and words[0] not in GIVEN_NAME_GENDER and self.last_subject < (0, 0)


# Books and laws that "say" things only as their authors' words: never a speaker.
UNSPEAKING_WORKS = {"bible", "koran", "quran", "qur'an", "torah", "talmud", "gospel", "gospels", "scripture",
                    "scriptures", "constitution"}
LAW_WORDS = {"act", "bill", "law", "amendment", "treaty", "statute", "ordinance"}
# Entity labels of things that are no person.
NOT_PERSON = {"NORP", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
              "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
def is_organisation(per: PersonDraft, gender: str | None) -> bool:
    """A body (its words say so), or a name the trained recogniser takes for an
    organisation twice or more (in full) and never for a person, that no pronoun, given
    name or title makes a person ("Verizon", "Judicial Watch"); issue 27: organisations were
    typed "person". One ORG label is not enough: the small recogniser gives it to many
    unfamiliar names of people."""
    if per.kind != "person":
        return True
    if "PERSON" in per.ents or "PERSON" in per.single_ents or per.roles or gender in ("he", "she", "?") \
            or per.age is not None:
        return False
    if fold(per.name[0]) in GIVEN_NAME_GENDER:
        return False
    # a name of one word ("Pence", "Verizon") stays a person: the recogniser takes
    # many surnames for companies, and a person's surname joins their full name
    # across the archive only as a person
    return len(per.name) > 1 and per.ent == "ORG" and per.ents.get("ORG", 0) >= 2


def is_organisation_alone(per: PersonDraft, gender: str | None) -> bool:
    """A name of one word that would be an organisation if it were not perhaps a
    person's surname ("Verizon", "Xinhua", but also "Pence" where the recogniser errs):
    resolve makes it one when no person's full name in the archive takes it."""
    if per.kind != "person" or len(per.name) != 1 or per.roles or gender in ("he", "she", "?") \
            or per.age is not None or per.described:  # "said Amara, 17, who ..." (f66: an organisation)
        return False  # (or "Celeste, a 31-year-old market trader", f119)
    if "PERSON" in per.ents or "PERSON" in per.single_ents or fold(per.name[0]) in GIVEN_NAME_GENDER:
        return False
    return per.ent == "ORG"


# What the recogniser may call a person's name beside a title in quotation marks.
# Dotted initials opening a name: "P.S.", "J.K." (one letter alone may be a word).
INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
THING_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
# Words of a role only a person holds: "the lawmaker representing ...", "a retired teacher".
PERSON_ROLE_WORDS = (ROLE_NOUN_SET | DESCRIPTORS) - ORG_WORDS
# Party members as a people: "a Republican", "the Democrats".
PARTY_NOUNS = {"republican", "democrat", "conservative", "liberal", "tory", "libertarian", "socialist"}
# Entity labels of things that never speak: no person and no organisation.
NO_SPEAKER = NOT_PERSON - {"GPE"}


# A live blog's time or update label opening an entry: "12:40 p.m. - ", "14:05 BST: ",
# "9.30pm - ", "Update: ". Blanked where clauses are read, so that "The mayor spoke ..."
# opens its sentence (f131: the "she" after it went to the man quoted before, 0.95).
TIMESTAMP_LEAD_RE = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4}T?)?|(?:UPDATE|Update|Updated|BREAKING|Breaking)"
    r"(?:\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?)?)\s*[-\u2013\u2014:|]\s+(?=[A-Z\"\u201c\u2018'\x01])")


class Doc:
    """The article and everything the steps find in it."""

    def __init__(self, article: Article):
        self.article = article
        self.paras = article.paragraphs
        self.quotes = find_quotes(self.paras)
        self.quotes_in: list[list[int]] = [[] for _ in self.paras]  # quotations with a part in each paragraph
        for qi, q in enumerate(self.quotes):
            for p in dict.fromkeys(pp for pp, _, _ in q.parts):
                self.quotes_in[p].append(qi)
        self.chunks: list[list] = []  # per paragraph, the stretches the trained pipeline read (syntax.py)
        self.parsed: list = []  # per quotation, the parse's subject of its reporting verb (syntax.py)
        self.masked = self._mask()
        self._text_start = [len(t) - len(t.lstrip()) for t in self.masked]
        self._text_end = [len(t.rstrip(" .,")) for t in self.masked]
        self._vocab: set[str] | None = None
        self._in_vocab: dict[str, bool] = {}
        self._joined: str | None = None  # the paragraphs joined by spaces (joined_text), when asked
        self.sent_start_set: list[set[int]] = []
        self.epithets: dict[int, set[str]] = {}  # person -> the nationalities epithets gave them (epithets.py)
        self.excluded = {fold(n) for n in [*article.authors, *article.contributors] if n}
        self.excluded_tokens = {
            fold(t) for n in [*article.authors, *article.contributors] for t in n.split()
        }
        self.mentions: list[list[Mention]] = []
        self.mention_starts: list[list[int]] = []  # per paragraph, ascending
        self.by_end: list[dict[int, Mention]] = []
        self.by_start: list[dict[int, Mention]] = []
        self.sent_starts: list[list[int]] = []
        self.events: list[list[Event]] = []
        self.verb_starts: list[list[int]] = []
        self.people: list[PersonDraft] = []
        self.groups: dict[str, int] = {}
        self.group_heads: dict[str, set[str]] = {}  # last word -> the longer names of bodies ending in it
        self.gender: dict[int, str] = {}  # person -> "he" / "she" / "?" (conflicting)

    @property
    def vocab(self) -> set[str]:
        """Lowercase words of the article: a capitalised sentence-initial word that also
        appears in lowercase ("Analysts said") is a common word, not a name."""
        if self._vocab is None:
            self._vocab = set(VOCAB_RE.findall(" ".join(self.paras)))
        return self._vocab

    def joined_text(self) -> str:
        """The article's paragraphs joined by spaces, made once when first asked."""
        if self._joined is None:
            self._joined = " ".join(self.paras)
        return self._joined

    def in_vocab(self, lw: str) -> bool:
        """`lw in self.vocab`, without collecting every word of the article: most
        articles ask about a handful of words only."""
        if self._vocab is not None:
            return lw in self._vocab
        got = self._in_vocab.get(lw)
        if got is None:
            joined = self.joined_text()
            got = (lw in joined and VOCAB_RE.fullmatch(lw) is not None
                   and vocab_word_re(lw).search(joined) is not None)
            self._in_vocab[lw] = got
        return got

    def _mask(self) -> list[str]:
        self.quote_at: list[dict[int, int]] = [dict() for _ in self.paras]  # closing offset -> quote
        self.quote_open_at: list[dict[int, int]] = [dict() for _ in self.paras]
        spans: list[list[tuple[int, int]]] = [[] for _ in self.paras]
        for qi, q in enumerate(self.quotes):
            for k, (p, s, e) in enumerate(q.parts):
                last = k == len(q.parts) - 1
                a = max(0, s - 1)
                b = q.closes if last else len(self.paras[p])
                spans[p].append((a, b))
                if k == 0:
                    self.quote_open_at[p][a] = qi
                if last:
                    self.quote_at[p][b] = qi
        # Each paragraph is rebuilt once, not once per quote: linear in its length.
        masked = []
        for text, todo in zip(self.paras, spans):
            out, pos = [], 0
            for a, b in sorted(todo):
                a = max(a, pos)
                if b <= a:
                    continue
                out += [text[pos:a], "\x01" * (b - a)]
                pos = b
            out.append(text[pos:])
            line = "".join(out)
            if lead := TIMESTAMP_LEAD_RE.match(line):
                line = " " * lead.end() + line[lead.end():]
            masked.append(line)
        return masked


    def opens_paragraph(self, p: int, pos: int) -> bool:
        """Nothing but spaces before `pos` in paragraph p (checked in constant time: a
        long paragraph of many quotes must stay linear)."""
        return pos <= self._text_start[p]

    def closes_paragraph(self, p: int, pos: int) -> bool:
        """Nothing but spaces, full stops and commas from `pos` to the end of paragraph p."""
        return pos >= self._text_end[p]

    def sentence_of(self, p: int, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts[p], pos) - 1

    def sentence_span(self, p: int, s: int) -> tuple[int, int]:
        st = self.sent_starts[p]
        return st[s], (st[s + 1] if s + 1 < len(st) else len(self.masked[p]))


def next_sentences(ctx: Doc, p: int, s: int, k: int) -> tuple[int, int]:
    """The (paragraph, sentence) k sentences after (p, s)."""
    for _ in range(k):
        if s + 1 < len(ctx.sent_starts[p]):
            s += 1
        elif p + 1 < len(ctx.paras):
            p, s = p + 1, 0
    return (p, s)
