"""Surface patterns of news copy, compiled once: quotation marks, sentence ends,
capitalised name runs, reporting verbs, noun phrases that hold a role."""
from __future__ import annotations

import functools
import re

from ..model import fold as _fold_uncached
from .lexicon import (ADV, CHARACTERISE, DESCRIPTORS, KIN_WORDS, MEMBER_TITLES, TITLES, ORG_NOUNS, PARTICIPLE, PARTICLES,
                      ROLE_NOUNS, SPEECH, UP)

# fold is pure and sees the same few names and roles over and over
fold = functools.lru_cache(maxsize=65536)(_fold_uncached)


def _trie_pattern(words: list[str]) -> str:
    """One regex alternative per shared prefix: much faster than a flat alternation."""
    trie: dict = {}
    for w in words:
        d = trie
        for ch in w:
            d = d.setdefault(ch, {})
        d[""] = {}

    def emit(d: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(d.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in d else body

    return emit(trie)


# Reporting verbs that open a sentence, their subject after them: 'Said Roe, "Q."'
SENTENCE_VERBS = ["Said", "Says", "Added", "Asked", "Wrote", "Stated", "Continued", "Explained",
                  "Replied", "Recalled", "Noted", "Tweeted", "Declared", "Insisted", "Warned"]
VERB_RE = re.compile(
    r"\b(" + _trie_pattern(SPEECH + CHARACTERISE + PARTICIPLE + ["according to", "According to"]
                           + SENTENCE_VERBS) + r")\b"
)

PRON_TAIL_RE = re.compile(r"(?:^|[^\w’'])(he|she|they|it|He|She|They|It)\s*$")
# "someone yelled", "a voice shouted": no one the article names
INDEFINITE_TAIL_RE = re.compile(r"(?:^|[^\w’'])(?:someone|somebody|anyone|anybody|a voice|one voice|[Ss]omeone in the crowd)\s*$")
CONJ_TAIL_RE = re.compile(r"(?:^|\s|,)(?:and|but|or)\s*$")
# "Roe is pledging", "they were also questioning", "Roe was quoted as saying": an auxiliary
# before a participle makes it the finite verb of its clause.
PROGRESSIVE_TAIL_RE = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?"
    r"(?:quoted\s+as\s+|(?:heard|seen|caught\s+on\s+camera)\s+)?$")  # ("the referee was heard telling", f128)
COMPOUND_BEFORE_RE = re.compile(r"(?:\b(?:and|or|nor)|&|\bwith)\s*$")
POSS_DESCRIPTION_RE = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s*")
HONORIFIC_BEFORE_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?\s+")
CHAIN_LEAD_RE = re.compile(r"(?:[A-Z][a-z]+,?\s+)?")
HONORIFIC_TAIL_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?\s+$")
QUOTE_LEAD_RE = re.compile("\x01+,?\\s*")  # a sentence opening with a quotation: '"Q," Roe, ...'
ORG_NP_RE = re.compile(
    rf"\s*(?:[A-Z][a-z]+\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|[{UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    # (no preposition between: "Its leader on the council, Rui Roe," is a person, f89)
    rf"(?:\s+(?!(?:of|for|at|to|in|on|from|with|by|the|over|under|among|about)\b)[\w’'\-]+){{0,3}}?\s+(?:{ORG_NOUNS})\s*"
)
# A body referred to by its kind, ending the words before a verb: "the company said",
# "the state department later said", "Acme's parent firm told".
ORG_REF_TAIL_RE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|[{UP}][\w.’'\-]*(?:’s|'s|s’|s'))(?:\s+[a-z][\w\-]*){{0,2}}?\s+({ORG_NOUNS})\s*$")
ORG_REF_HEAD_RE = re.compile(rf"(?:the|its|their)(?:\s+[a-z][\w\-]*){{0,2}}?\s+({ORG_NOUNS})\b")
# What may precede a sentence subject: one opening word, or one short introductory
# phrase (or appositive head) closed by a comma; a longer one is a clause of its own.
_INTRO = r"(?:[^\s,\x01]+\s+){0,7}[^\s,\x01]+,\s+"
# ("Asked what she would tell her father if she could, Luz thought": a long question, f69)
# A participle opening a sentence before its subject: "Speaking on the radio, ..."
PARTICIPLE_LEAD = r"(?:Speaking|Writing|Talking|Addressing|Appearing)\b"
PARTICIPLE_LEAD_RE = re.compile(PARTICIPLE_LEAD)
SUBJECT_LEAD_RE = re.compile(rf"(?:[{UP}][a-z]+,?\s+|{_INTRO}|(?:Asked|Pressed|Questioned)\b[^,.;:\x01]{{0,100}},\s+"
                             # ("Speaking on a radio programme, Title, on Wednesday, Hon. Jo Roe": f83)
                             rf"|{PARTICIPLE_LEAD}[^.;:\x01]{{0,120}},\s+)")
INTRO_RE = re.compile(_INTRO)
# Noun phrase ending in a role noun, optionally with "of/to/for the X" (anchored at end).
ROLE_NP_TAIL_RE = re.compile(
    rf"(?:\b(?:the|The|a|an|one|One|another|Another|his|her|their|its|our)|[{UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    rf"((?:\s+[\w.’'\-]+){{0,4}}?\s+(?:{ROLE_NOUNS}))"
    rf"(\s+(?:of|to|for|at)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?:[{UP}][\w.’'\-&]*\s*){{1,4}})?\s*$"
)  # ("the leader of the opposition Prachachon Party vowed")
ROLE_NP_HEAD_RE = re.compile(
    rf"^\s*((?:the|a|an|one|another|his|her|their|its|our)|[{UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    rf"((?:\s+[\w.’'\-]+){{0,4}}?\s+(?:{ROLE_NOUNS}))\b"
    rf"(\s+(?:of|to|for|at)\s+(?:the\s+)?(?:[{UP}][\w.’'\-&]*\s*){{1,4}})?"
)

# The same, as long as it goes ("said the deputy ambassador, Jane Roe": not "the deputy").
ROLE_NP_HEAD_LONGEST_RE = re.compile(ROLE_NP_HEAD_RE.pattern.replace("{0,4}?", "{0,4}"))

# A particle joined to a family name by a hyphen belongs to it: "al-Sharaa", "el-Sisi".
HYPHEN_PARTICLES = "al|el|bin|ibn|ben|abu|bint|ould|ag"
# Word characters of a name: also combining accents (a name in decomposed form, "José" as
# "Jose" + U+0301, was cut at its accent) and the C1 controls of mis-decoded text.
_NAME_CHARS = "\\w\u0300-\u036f\u0080-\u009f’'\\-&/"
# (an Irish family name's initial mutation is written in lower case before its capital:
# "Ó hÉalaí", "Nic an tSaoir", "Ó nGallchóir")
_TOK = rf"(?:(?:(?:{HYPHEN_PARTICLES})-|d['\u2019](?=[{UP}])|[hnt](?=[{UP}]))?[{UP}][{_NAME_CHARS}]*(?:\.(?=\w)[{_NAME_CHARS}]*)*\.?)"
# The word body is written [chars]*(?:.(?=\w)[chars]*)* rather than (?:[chars]|.(?=\w))*:
# the same matches, but the engine runs through a word in one step.
# (?<!\w\w) right after the first capital: "not inside a word", written so that the
# regex engine can skip ahead to the next capital letter (a leading \b cannot)
# The article inside a Gaelic family name after "Mac" or "Nic": "Nic an tSaoir", "Mac a' Phearsain".
GAELIC_ARTICLE = r"(?:(?<=Mac|Nic)\s+(?:an|a['\u2019]))"
RUN_RE = re.compile(
    rf"[{UP}](?<!\w\w)[{_NAME_CHARS}]*(?:\.(?=\w)[{_NAME_CHARS}]*)*\.?"
    rf"(?:{GAELIC_ARTICLE}?(?:\s+(?:{PARTICLES}))?(?:\s+(?:{PARTICLES}|(?:of|to|for)(?:\s+the)?))?\s+{_TOK})*"
)
# Lowercase particles right before a capitalised run open the family name it holds
# ("von der Leyen said", "al-Sharaa said"); RUN_RE starts at capitals only, so that the
# engine can skip ahead to them, and the run is extended back by this.
LEADING_PARTICLES_RE = re.compile(
    rf"(?<![\w’'\-])(?:(?:{PARTICLES})\s+)*(?:(?:{PARTICLES})\s+|(?:{HYPHEN_PARTICLES})-|d['\u2019])\Z")
RUN_TOKEN_RE = re.compile(rf"{_TOK}|\b(?:{PARTICLES}|of|to|for|the|and|on)\b|(?<=Mac |Nic )(?:an\b|a['\u2019])")
CONNECTORS = {"of", "to", "for", "the", "on"}  # ("on" only in a body named for its work: mentions.BODIES_ON)
PARTICLE_SET = set(PARTICLES.split("|"))
# The words of a nickname in quotation marks between a given and a family name: 'Sen. Paolo
# Andres "Pao" Lizardo', '"Big Tom"', 'José Carlos "Zé do Frete" Nogueira' (f84).
NICKNAME_WORDS = rf"[{UP}][\w'\u2019-]{{0,20}}(?: (?:(?:{PARTICLES}) )?[{UP}][\w'\u2019-]{{1,20}}){{0,2}}"  # ('"O Muro"', f89)

# Quotation marks.
DQ_RE = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\"]")
SQ_RE = re.compile("[\u2018\u2019']")
DQ_OPEN, DQ_CLOSE = "\u201c\u201e\u00ab", "\u201d\u00bb"
SQ_OPEN, SQ_CLOSE = "\u2018", "\u2019"
LEFT_OPENERS = "([{\u2014\u2013-/\u2018\u201c'\""
RIGHT_CLOSERS = ".,;:!?)]}\u2014\u2013-\u2019\u201d'\""
REOPEN_D_RE = re.compile("\\s*[\u201c\u201e\u00ab\"]")
REOPEN_S_RE = re.compile("\\s*[\u2018']")
SENTENCE_BEFORE_RE = re.compile(r"(?:^|[.?!:][\u201d\u2019\"')]?)\s*$")
SQ_OPENING_RE = re.compile("(?:^|(?<=[\\s(\u2014\u2013\u201c\"]))[\u2018'](?=\\w)")

# Sentence ends: terminal punctuation (outside quotes) then a capital or a quote.
SENT_END_RE = re.compile(rf"([.?!])[)\]]*\s+(?=[{UP}\x01(\[])")
LAST_WORD_RE = re.compile(r"([\w.]+)$")
COMMA_TAIL_RE = re.compile(r",\s*$")
WHO_TAIL_RE = re.compile(r"(?:,\s*|\s+)who\s*$")
# What a speaker writes or says on the record: a statement, a letter, remarks.
MESSAGES = ("statement|release|email|e-mail|memo|letter|message|tweet|post|note|video|ad|advertisement|"
            "interview|speech|remarks|op-ed|column|essay|filing|complaint|report|voicemail|text|recording|"
            "comments|testimony|address")
# What a speaker writes, before a participle: "issued a statement saying", "an email warning".
DOCUMENT_TAIL_RE = re.compile(rf"\b(?:{MESSAGES})s?\s+$")
# A document standing for its author as a subject: "the statement said", "the letter added".
DOC_REF_TAIL_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?"
                             r"(statement|letter|email|e-mail|memo|release|note|filing|post|message|notice)\s*$")
# A document and the one it is from, right before their name: "A statement from the",
# "The letter by", "a joint statement issued by".
DOC_FROM_TAIL_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?"
                              r"(?:statement|letter|email|e-mail|memo|release|note|post|message|notice)\s+"
                              r"(?:from|by|issued\s+by|released\s+by)\s+(?:the\s+)?$")
# Between a person and the place or body they are of: " of Acme", " from Columbia, South".
OWNER_GAP_RE = re.compile(rf"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?:[a-z][\w\-]*\s+){{0,2}}(?:{ORG_NOUNS})\s+)?"
                          rf"(?:[{UP}][\w.’'\-&]*,?\s+){{0,5}}")  # ("of the environmental group Oceana", f82)
# A body's noun right before a name: "of the environmental group ", "with the charity ".
BODY_NOUN_BEFORE_RE = re.compile(rf"\b(?:of|from|at|with)\s+(?:the|an?)\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{ORG_NOUNS})\s+$")
# A sentence whose subject is a pronoun, after at most a short introductory phrase.
PRONOUN_SUBJECT_RE = re.compile(r"(?:(?:[^\s,\x01]+\s+){0,6}[^\s,\x01]+,\s+)?(he|she|He|She)\s+(?!said|says)[a-z]")
LOCATIVE_TAIL_RE = re.compile(r"\b(?:in|at|from|near|to|into)\s+$")
# "asked" right before the one asked: "Whitley also asked Kowalczyk", "asked Sen. Roe".
ASKED_BEFORE_RE = re.compile(r"\basked\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$")
# A legislator's party and state after the name: "R-Utah", "D-N.Y.", "I-Vt."
PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*\.?(?:\s+[A-Z][\w.]*){0,2}")  # "R-Utah", "D-San Antonio"
# Time and status words before a title and name: "former", "then-", "retired".
FORMER_RE = re.compile(r"(?:(?:former|then|retired|late|outgoing|incoming|acting|interim|longtime|veteran)[\s-]+)+")
# A preposition right before a name: its object, never a subject ("a post on Facebook
# added:"). The rarer ones only after a word in lower case: "Council on Foreign
# Relations Director Jane Roe" is a body's name, and the name of its director. (Search
# with pos, endpos rather than in a slice, which may cut "Council" to "ouncil".)
PREP_TAIL_RE = re.compile(r"(?:(?i:\b(?:of|to|for|at|in|from|with|by))"
                          r"|(?:^|(?<![\w'’-])(?:[a-z][\w'’-]*|[A-Z][a-z]+s)[,;:]?\s+)(?:on|about|against|via|into|towards?|under|among|across|through|upon))"
                          r"(?i:\s+(?:the|our|their|his|her|its|a|an))?\s*$")
INVERTED_TAIL_RE = re.compile("(?:\x01|,)\\s*[,\u2014\u2013-]?\\s*$")
SPACES_RE = re.compile(r"\s+")
VOCAB_RE = re.compile(r"[a-z][a-z’'\-]+")


@functools.lru_cache(maxsize=4096)
def vocab_word_re(word: str) -> re.Pattern:
    """Finds `word` where VOCAB_RE.findall would yield it whole: a run of [a-z’'-]
    that starts with no lowercase letter before it in the same run, and ends there."""
    return re.compile("(?:^|[^a-z’'\\-])[’'\\-]*" + re.escape(word) + "(?![a-z’'\\-])")


# used inside functions: compiled once here
HE_SHE_THEY_RE = re.compile(r"(he|she|they)\b")
# "Limassol-based", "Lagos-born", "Saudi-backed": where a name's holder is from, no part of it.
PLACE_MODIFIER_ENDINGS = ("-based", "-born", "-headquartered", "-backed", "-owned", "-led", "-funded",
                          "-registered", "-listed", "-bred", "-raised", "-educated")
BASED_RE = re.compile(r"[A-Z][\w.'\u2019]*(?:-[A-Z][\w.]*)*-(?:" + "|".join(e[1:] for e in PLACE_MODIFIER_ENDINGS) + r")\s+")
# Between an inverted subject's role and its name: "said the ambassador at the time, Jane Roe".
COMMA_GAP_RE = re.compile(r"(?:\s+(?:at the time|then|now|since \d{4}|until \w+))?,\s*")
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;]|$)")
DASH_GAP_RE = re.compile(r"\s*[\u2014\u2013-]{1,2}\s*")
ROLE_WORD_RE = re.compile(r"[\w\-]+")
COLON_TAIL_RE = re.compile(r":\s*$")
# What opens a sentence after a quotation's closing full stop: a capital, or another
# quotation ('had been "weirdly polite." "He said thank you," she said': two sentences,
# f90: the "she" was read in the teller's sentence and went to the officer before)
SPACE_CAP_RE = re.compile(rf"\s+(?=[{UP}\x01])")
DESCRIPTOR_AFTER_RE = re.compile(r"(?:\s+(?:the|a|an|[a-z][\w\-]*|[A-Z][\w.’'\-]*(?:’s|'s)))(?:\s+[a-z][\w\-]*){0,3},?(?=\s+[A-Z])")

# A passive speech verb with no agent before the quotation: "Roe was asked about ...".
PASSIVE_SPEECH_RE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|told|urged|warned|questioned|pressed|"
    r"challenged|invited|reminded|called\s+on)\b(?![^\x01]*\bby\s+[A-Z])"
)
# A possessive pronoun right before a capitalised run: what follows is theirs, no one ("on
# her Instagram Story", "his Facebook page").
OWNED_BEFORE_RE = re.compile(r"\b(?:her|his|their|its|my|our|your)\s+$")
# Words that others said of someone, right before the quotation in the same clause: "Roe
# has been accused of 'fiscal sleight of hand'", "Roe rejected claims of a 'two-tier'
# system", "was branded 'a liar'": the subject did not say them (f47).
SAID_OF_SUBJECT_RE = re.compile(
    r"(?:\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:accused|criticised|criticized|blamed|condemned|"
    r"branded|labelled|labeled|dubbed|mocked|ridiculed|slammed|derided)\b"
    r"|\b(?:reject|rejects|rejected|rejecting|deny|denies|denied|denying|dismiss|dismisses|dismissed|dismissing|"
    r"refute|refutes|refuted|refuting)\s+(?:the\s+)?(?:claims?|allegations?|accusations?|suggestions?|charges?|"
    r"criticism|reports?)\b)(?:(?!\bas\b)[^,;:.\x01]){0,60}$"
)  # (not "dismissed the report as 'a work of fiction'": the one dismissing calls it that)
# A reporting verb right before a name: the name opens the clause reported ("aides say
# Roe ...", "officials believe that Roe ...").
REPORTED_CLAUSE_TAIL_RE = re.compile(
    r"\b(?:say|says|said|think|thinks|thought|believe|believes|believed|insist|insists|insisted|"
    r"argue|argues|argued|note|notes|noted|add|adds|added)(?:\s+that)?\s+$")

# Kinds of work whose name is quoted after them ('the film "Dune"', 'a book, "X,"').
_WORKS = ("film|movie|book|novel|song|album|series|show|play|documentary|podcast"
          # (music and screen: 'led by the single "Call Me When It Rains,"', 'the hit "X,"', f99)
          "|single|hit|track|mini-album|debut|tour|sequel|musical|sitcom|anthem|ballad")
# Words right before a quoted span that make it a title or a scare quote, not speech.
TITLE_CUE_RE = re.compile(
    r"\b(?:so-called|dubbed|titled|entitled|nicknamed|named|known\s+(?:\w+ly\s+)?as|"
    r"(?:dubbed|nicknamed|branded)\s+by\s+(?:[\w'\u2019-]+\s+){1,4}?|"  # ('dubbed by local media "X"', f148)
    + _WORKS + r"|magazine|newspaper|"
    r"exhibition|slogan|hashtag|motto|operation|campaign|term|word|words|phrase|brand|(?:brand|trade|code|product)\s+name|"
    r"codename|under\s+the\s+name|"  # ('sold under the brand name "Calmera"', f135)
    r"(?:" + _WORKS + r"|chapter|episode|edition|volume|scene)\s+of|"  # ('the opening track of "Southerly"', f143)
    # a post's caption, a label or a sign: 'posted by @account with the caption "She said
    # it"' (f56: the caption mocking her went to her as her own words, 0.97)
    r"caption|captioned|headline|headlined|(?:label|sign|banner|placard|poster)\s+(?:reading|that\s+read)"
    r"|(?:slogan|motto|tagline|catchphrase),|lyrics?|chorus|refrain|verse)\s*$",  # ('mocked her campaign slogan, "Arizona Rising,"', f147)
    re.I,
)
# A kind of work alone, and a verb that says what someone makes of it before it: 'called the
# series', 'described the film as' (its words of the work, no title).
WORK_NOUN_RE = re.compile(_WORKS, re.I)
CALLED_WORK_RE = re.compile(r"\b(?:called|calls|described|describes|branded|brands|labelled|labeled)\s+(?:the|this|that|his|"
                            r"her|their|its)\s+(?:new\s+)?(?:" + _WORKS + r")\s+(?:as\s+)?$", re.I)
# A kind of work and a comma right before a quotation: 'a book, "Who's Who in Washington,"
# that ...', 'his weekly radio show, "Mornings with Ann Roe,"'.
# A craft, a mission or a storm right before its quoted name: 'the probe "Kotuku"' (f141: the
# agency's words, 0.962).
CRAFT_BEFORE_RE = re.compile(r"\b(?:probe|spacecraft|rover|satellite|lander|orbiter|rocket|telescope|ship|vessel|yacht"
                             r"|aircraft|drone|mission|cyclone|hurricane|typhoon|storm)\s*$")
WORK_BEFORE_RE = re.compile(r"\b(?:" + _WORKS + r"|memoir|program|programme|column|essay|report|article|painting"
                            r"|study|paper|survey|thesis|dissertation|poem|exhibition"
                            r"|product|app|device|brand|platform|software|feature|initiative)\s*,\s*$")
# A verb that names what it is said of, right before a name in Title Case: 'a $499 device
# it calls "Quillon Sight"' (not 'what he called "a disgrace"': words, in lower case).
NAMING_VERB_RE = re.compile(r"\b(?:calls|called|brands|branded|christened|renamed)\s*$")

# Who made or fronts a work, right before its quoted name: 'the co-author of "Going Viral,"',
# 'the host of "Meet the Press"'.
MAKER_OF_RE = re.compile(r"\b(?:co-?)?(?:author|writer|director|producer|star|host|anchor|creator|editor|publisher)s?"
                         r"\s+of(?:\s+the\s+(?:" + _WORKS + r"|memoir))?\s*$", re.I)

# A person's words named by a noun of saying between a possessive and the quotation:
# "Roe's claim that Doe", "Roe's assertion of a", "Roe's remarks:" (not "Roe's remarks
# were", nor 'called Roe's remarks "racist"': an assessment of them).
WORDS_NOUNS = frozenset(
    "claim claims assertion assertions remark remarks comment comments statement statements words promise "
    "promises pledge pledges vow vows warning warnings accusation accusations charge charges description "
    "descriptions suggestion suggestions insistence declaration declarations boast boasts contention "
    "contentions argument arguments characterization characterisation".split())
POSSESSED_WORDS_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(WORDS_NOUNS, key=len, reverse=True)) + r")"
    r"(?:\s+that\b[^\"\u201c\u201d.;]{0,80}?|\s+(?:of|about)(?:\s+an?)?|\s*:)\s*$")

ROLE_NOUN_ANY_RE = re.compile(r"\b(?:" + _trie_pattern(ROLE_NOUNS.split("|")) + r")\b")

_SPEECH_PAT = _trie_pattern(SPEECH)
# A verb of saying, whole.
SAYS_RE = re.compile(rf"(?:{_SPEECH_PAT})\b")
_AFTER_ATTR_RE = re.compile(
    rf"\s*(?:(?:he|she|they|[{UP}][\w.’'\-]*(?:\s+[{UP}][\w.’'\-]*){{0,5}}|the\s+[a-z\s\-]+?)\s+"
    rf"(?:{ADV}\s+)?(?:{_SPEECH_PAT})|(?:{_SPEECH_PAT})\s+(?:he|she|[{UP}]))\b"
)


# A single-quoted clause tied to a reporting clause: "'Q,' said Roe" / "'Q,' the
# coach said" right after it, or "Roe told the court: 'Q.'" right before it.
SQ_CLAUSE_OPEN_RE = re.compile(f"(?:^|[.?!:][\u201d\u2019\"')]?\\s+)[\u2018'][{UP}\\d]")
SQ_ATTR_AFTER_RE = re.compile(
    rf"\s*(?:(?:he|she|they|[{UP}][\w.’'\-]*(?:\s+[{UP}][\w.’'\-]*){{0,5}}|the\s+[a-z\s\-]+?)\s+"
    rf"(?:{ADV}\s+)?(?:{_SPEECH_PAT})\b|(?:{_SPEECH_PAT})\s+(?:(?:he|she|the|a|an|one|his|her|their|its)\b|[{UP}]))"
)
SPEECH_COLON_RE = re.compile(rf"\b(?:{_SPEECH_PAT})\b[^.?!:\x01\u201c\u201d\"]{{0,80}}:$")

GAP_RE = re.compile(r"[\s,]*")
# A character of a phrase that runs to the next comma or full stop; a dotted abbreviation's
# full stop is inside it ("a spokeswoman for the U.N. refugee agency", f138).
PHRASE_CHAR = r"(?:[^,.;:\x01\n]|(?<=\b[A-Z])\.)"
# After a reporting verb: someone not named ("one trader", "a source", "Roe's agent") ...
ANONYMOUS_NP_RE = re.compile(
    rf"\s*(?:(?:a|an|one|some|another|two|three|several|many|most|other)\b|"
    rf"(?:[{UP}][\w.’'\-]*\s+){{0,3}}[{UP}][\w.’'\-]*(?:’s|'s)\s+[a-z])")
# A sentence whose subject is someone not named, with a verb of saying: "A spokesman for
# Northern Water said ...", "One aide told reporters ...". A "he said" after it is theirs.
ANONYMOUS_SPEAKER_RE = re.compile(
    # (after an opening phrase, and with an appositive before the verb: "Speaking on condition
    # of anonymity, one resident, a 34-year-old from Eritrea, said": f47)
    rf"\s*(?:(?:Speaking|Asked|Interviewed|Reached|Contacted)\b[^,.;:\x01\n]{{0,60}},\s+)?"
    rf"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{ROLE_NOUNS}|resident|residents|relative)"
    rf"(?:\s+(?:for|of|at|to|with|from)\s+(?:the\s+)?{PHRASE_CHAR}{{1,60}}?)?)"
    rf"(?:,\s+(?:an?|\d{{1,3}})\b[^,.;:\x01\n]{{0,60}},)?\s+(?:{_SPEECH_PAT})\b")
# ... or whose subject is someone not named and described by a relative clause, whatever
# the verb: "A real estate agent, who asked not to be named, said ...", "A waiter who
# worked the room that night remembered the party." (invented features: "she said" after
# it went to the county supervisor named before, at 0.96).
_PERSON_NOUNS = "|".join(sorted({*ROLE_NOUNS.split("|"), *DESCRIPTORS, "man", "woman", "men", "women", "person", "agent", "waiter",
                                 "waitress", "source", "witness", "customer", "passenger", "guest", "patient"},
                                key=lambda w: (-len(w), w)))
# An opening phrase of place or time: "Outside the steakhouse that night, ".
_OPENING_PHRASE = (r"\s*(?:(?:After|Before|Outside|Inside|At|In|On|During|Later|Earlier|Since|Near|Across|Behind|Back|"
                   r"Then|Now|Today|Yesterday|Last|That|This|Over|By|From|Along|Around|Down|Up|Nearby|Further"
                   r"|A\s+(?:few|little|short|couple)\b)"  # ("A few doors down, a woman who", f96)
                   r"[^,.;:\x01\n]{0,60},\s+)?")
ANONYMOUS_WHO_RE = re.compile(
    # (after an opening phrase: "Outside the steakhouse that night, a waiter who"; not a name
    # the description is in apposition to: "Mike Roe, a veteran of the CIA who")
    # (any noun: "who" says it is someone, "A teller who was working at the branch", f90)
    _OPENING_PHRASE + rf"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_PERSON_NOUNS}|[a-z][a-z-]+)"
    rf"(?:\s+(?:for|of|at|in|from|with|on)\s+(?:the\s+)?{PHRASE_CHAR}{{1,60}}?)?),?\s+who\b")
# ... or, with any verb of its own, the subject of the sentence right before the pronoun:
# "Back in the main hall, a negotiator from a small island state rolled his eyes. 'Q,' he
# said" (f60: the words went to the bank's president named before him, 0.96).
INDEFINITE_SUBJECT_RE = re.compile(
    _OPENING_PHRASE + rf"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_PERSON_NOUNS})"
    rf"(?:\s+(?:for|of|at|in|from|with|on)\s+(?:the\s+|a\s+)?{PHRASE_CHAR}{{1,60}}?)?)"
    rf"(?:,\s+[a-z]+,)?"  # ("A 29-year-old Berlin woman, meanwhile, received ...")
    rf"\s+(?!(?:was|is|has|had|were|are|does|did)\b|(?:named|called|identified|known|dubbed)\s+(?:as\s+)?[{UP}]"
    rf"|(?:asked|asks|questioned|pressed|interviewed|told|tells|thanked|greeted|urged)\b)"
    rf"[a-z]+(?:ed|s)\b")  # (not "A woman named Eleni Roe has been waiting": named after all; not
# "A reporter asked Sanders how he felt. He replied": the one asked answers)
# In the pronoun's own sentence: someone not named, the subject of a clause, then a
# clause of theirs opened by the pronoun: "Court records show the victim obtained a
# protective order after she told a judge he had ..." (f63: the words went to a parent
# quoted in the paragraph before, 0.96).
SAME_SENTENCE_DESCRIPTION_RE = re.compile(
    rf"\b((?:[Tt]he|[Aa]n?)\s+(?:[\w’'\-]+\s+){{0,2}}?({_PERSON_NOUNS}))\s+(?:had\s+|has\s+|was\s+)?[a-z]+(?:ed|s)\b"
    rf"[^.;:\x01\n]{{0,80}}?\b(?:after|when|because|before|since|until|while|and|but|as)\s+(he|she)\s+(?:{_SPEECH_PAT})\b")
# Relayed speech: a reporting clause inside the sentence of another that relays it ("the boy
# told them it was "Q," Roe said"). What may come between its verb and the quotation (some
# words, no dash of an aside: "told them it was ", "had once told her, "), its verbs, and a
# subject the text does not name.
RELAYED_GAP_RE = re.compile(r"(?=[^\w]*\w)[^.;:!?\x01\n\u2013\u2014]{1,80}")
RELAYED_VERBS = {"said", "says", "told", "tells", "asked", "asks", "wrote", "writes", "added", "replied", "insisted"}
RELAYING_VERBS = RELAYED_VERBS | {"reported", "reports", "recalled", "recounted", "testified", "explained", "noted"}
RELAYED_DESCRIPTION_RE = re.compile(
    rf"\b((?:[Tt]he|[Aa]n?)\s+(?:[\w’'\-]+\s+){{0,2}}?({_PERSON_NOUNS}|boy|girl|teen|teenager|child))\s+(?:had\s+)?"
    rf"({'|'.join(sorted(RELAYED_VERBS))})\b(?={RELAYED_GAP_RE.pattern}$)")
# A relative and whose: "his mother", "Abdi's late father" (KIN_BEFORE: the words before the
# relation).
KIN = "|".join(KIN_WORDS)
KIN_BEFORE = r"(?:(?:late|eldest|youngest|elder|younger|older|twin|new)\s+)?"
KIN_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w\-]*(?:'s|’s))"
# A relative's saying, recalled: "Abdi's mother, he said, used to tell him when he was small,
# "Q"", "His father used to say, "Q"" (f69: the words went to the tutor or the son, 0.99).
HABITUAL_KIN_RE = re.compile(
    rf"(?P<np>{KIN_OWNER}\s+(?:own\s+)?{KIN_BEFORE}(?P<kin>{KIN}))"
    rf"(?:,[^,.;:\x01\n]{{1,30}},)?\s+(?:used\s+to|would(?:\s+always|\s+often)?|always|often)\s+"
    rf"(?:say|tell|said|told)\b[^.;:!?\x01\n]{{0,60}}$"
    # ... or passed on: "Roe said his wife had a message for me too: "Q"" (f123: Roe's, 0.999)
    rf"|(?P<np2>{KIN_OWNER}\s+{KIN_BEFORE}(?P<kin2>{KIN}))\s+(?:had\s+(?:a\s+)?(?:message|word|advice|question)"
    rf"|wanted\s+(?:me|us|him|her|them)\s+to\s+(?:know|hear))\b[^.;!?\x01\n]{{0,40}}$")
# Someone not named whose relative clause runs on to the reporting verb: "Huda remembered a
# man who came in during the first month and asked, loudly, when they were "going back.""
# (f69: the heckler's words went to the woman he heckled, 0.99).
WHO_AND_TAIL_RE = re.compile(
    rf"\b((?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})s?)\s+who\s+"
    rf"[^.;:\x01\n]{{1,100}}?\s(?:and|but)\s*$")
# ... or a definite one the article gave no one named: "The reviewer, who posts under the
# name "GlenmoreEats," later wrote ..." (f56: her "she wrote" went to the chef she wrote of).
THE_ONE_WHO_RE = re.compile(rf"\s*([Tt]he\s+(?:[\w’'\-]+\s+){{0,2}}?({_PERSON_NOUNS}|[a-z]+(?:er|or|ist))),\s+who\b")
# ... or one described by what they own or where they are, with a verb of saying: "The
# owner of the truck told the Courier that he barely knows him." (f63: the "he said" after
# it went to the police chief quoted before, 0.95)
THE_ONE_OF_RE = re.compile(rf"\s*([Tt]he\s+(?:[\w’'\-]+\s+){{0,2}}?({_PERSON_NOUNS}|[a-z]+(?:er|or|ist))"
                           rf"\s+(?:of|at|from|in)\s+(?:the|a|an|his|her|their)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){{0,2}})"
                           rf"\s+(?:{_SPEECH_PAT})\b")
# ... or whose subject is a role the article may have given someone ("Asked whether he
# feared arrest, the former general laughed.", "The prime minister appeared to agree."):
# a "he said" after it is that role's holder, not the last person named (also after "But":
# "But the judge was unmoved. 'Q,' he said" went to the barrister quoted before, f113).
# A member's letters as a role noun: "The TMC MP" (f82).
MEMBER_LETTERS = "|".join(sorted(t.upper() for t in MEMBER_TITLES - {"ms"}))
ROLE_SUBJECT_RE = re.compile(
    rf"\s*(?:[^,.;:\x01\n]{{1,100}},\s+)?(?:(?:But|And|Yet|Still|So|Now|Then)\s+)?[Tt]he\s+((?:[\w’'\-]+\s+){{0,2}}?(?:(?i:{ROLE_NOUNS})|(?:{MEMBER_LETTERS})|[\w-]*year-old)"
    rf"(?:\s+of\s+(?!the\b)[a-z]+(?=\s+(?:also|then|later|again|[a-z]+ed)\b))?)"  # "The chief of defence also ..." (f85)
    # (an aside in commas before the verb: "The Chief Minister, asked about the charge,
    # laughed it off. 'Q,' he said", f91: the words went to the man quoted before, 0.95)
    rf"(?:,\s+(?!(?:also\s+)?(?:called|named|known|identified)\b)[a-z][^,.;:\x01\n]{{0,80}},)?"  # (not ", also called Jo Roe,")
    rf"\s+(?!(?:of|for|to|at|and|in|who|whose|with|from)\b)[a-z]+")
# A role made emphatic in the clause's own sentence, before its pronoun: "an idea the mayor
# himself floated in 2024, when he said" (f51: the words went to the last man named).
ROLE_HIMSELF_RE = re.compile(rf"\b[Tt]he\s+((?:[\w’'\-]+\s+){{0,2}}?(?:{ROLE_NOUNS}))\s+(himself|herself)\b")
# ... or a description of a person ("the Florida senator", "the 46-year-old", "the man who").
PERSON_NP_RE = re.compile(
    rf"\s*the\s+(?:[\w.’'\-]+\s+){{0,4}}?(?:{ROLE_NOUNS}|{'|'.join(sorted(DESCRIPTORS | TITLES - {'the'}))}|"
    rf"[\w-]*year-old|man|woman|person|official|source|lawmaker|candidate|nominee|politician|"
    rf"businessman|businesswoman|billionaire|mogul|congressman|congresswoman|veteran|governor|senator)s?\b")
VERB_RIGHT_AFTER_RE = re.compile(rf"[\s,]*({_trie_pattern(SPEECH)})\b")
# After a name: a relative clause of its own, then its verb of saying (", who is 71, said").
WHO_THEN_VERB_RE = re.compile(rf",\s+who\s+[^,\x01]{{1,80}},\s*({_SPEECH_PAT})\b")
# Lowercase words describing the name that follows: "goalkeeper", "media analyst".
LOWER_DESCRIPTION_RE = re.compile(r"((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?=[A-Z\u00c0-\u00de])")
# '"Q," union leader Jurgen Maalouf said': up to three lowercase descriptor words
DESCRIPTOR_GAP_RE = re.compile(r"[\s,]*(?!(?:while|whereas|and|but|or|though|although|as|when|after|before|because"
                               r"|since|if|so|yet)\b)(?:[a-z][\w\-]*\s+){1,3}")  # (not '"Q," while the X said', f75)


def after_attribution_like(text: str, pos: int, punct: str) -> bool:
    m = _AFTER_ATTR_RE.match(text, pos)
    if not m:
        return False
    if punct == ".":  # '"Q." Roe said.' - only a bare clause ending the sentence
        return bool(CLAUSE_END_RE.match(text, m.end()))
    return True


# A description that names its person by the one name it may be given: "One patient, a
# trail runner who asked to be identified only as Mark, said", "A nurse, who gave her name
# only as Marta, said" (f57: Mark's "he said" went to the nurse quoted before him).
ONLY_AS = (r"(?:(?:named|identified|known|referred\s+to)\s+(?:only|simply)\s+as|gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
           r"|gave\s+only\s+(?:his|her|their)\s+first\s+name,?"  # ("who gave only her first name, Sandy," f90)
           r"|(?:only\s+)?(?:wanted|asked|agreed|wished)\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+first\s+name,?|as)"
           # ("Her patient, a man called Femi, said", f114: no person, his "he said" went to his doctor)
           r"|\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teenager|person|lady|youth|child|patient|resident"
           r"|student|farmer|nurse|worker|mother|father|friend|neighbou?r|driver|pensioner|fan)\s+(?:called|named))\s+")
# ("who only wanted to be identified as Marisol", f100)
ONLY_AS_LEAD_RE = re.compile(r"(?:[^,.;:\x01]{1,60},\s+)?(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+|who\s+)"
                             rf"[^,.;:\x01]{{0,80}}?\b{ONLY_AS}")
ONLY_AS_BEFORE_RE = re.compile(rf"\b{ONLY_AS}$")
# Someone not named, described by whom they are to a name, at the end of the words before a
# clause in commas: "Outside court, a neighbour of Mr Roe, who did not wish to be named,
# said": the neighbour, not Mr Roe (f90: 0.96 to the accused).
INDEFINITE_OF_NAME_TAIL_RE = re.compile(
    rf"(?:^|,\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})\s+(?:of|for|to)\s+"
    rf"{PHRASE_CHAR}{{1,60}})$")
# The writer's interlocutor, whom a "he told me" after stands for: "I spoke this week to
# Ambassador Kwesi Ampofo-Lind, who chairs ... He told me:" (f60: the summit's president,
# the subject of the paragraph before, at 0.99).
_INTERVIEWED = r"spoke|talked|met|interviewed|asked|visited|sat\s+down"  # how the writer met someone
INTERLOCUTOR_LEAD_RE = re.compile(rf"(?:[^.;:\x01]{{0,60}},\s+)?I\s+(?:[a-z]+\s+){{0,2}}?(?:{_INTERVIEWED}|called|reached)"
                                  r"\s+(?:[a-z]+\s+){0,3}?(?:(?:to|with)\s+)?")
# The writer's unnamed interlocutor: "I asked one street vendor in Old Delhi what she did".
# A "she said" in the sentence after is theirs (f139: the expert quoted before, 0.983).
INDEFINITE_INTERLOCUTOR_RE = re.compile(
    rf"(?:[^.;:\x01]{{0,60}},\s+)?(?:I|We)\s+(?:[a-z]+\s+){{0,2}}?(?:{_INTERVIEWED}|approached)"
    rf"\s+(?:(?:to|with)\s+)?((?:an?|one|another)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_PERSON_NOUNS}))\b")
# Someone writing the document inside what a speaker reports: "said his client wrote a letter".
WROTE_BEFORE_RE = re.compile(r"\b(?:wrote|had written|sent|penned|signed|drafted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
# A body that only passed on what another said: "in a statement carried by the state news
# agency KNA" (f55: the other side's defence ministry's words went to it, 0.99).
CARRIER_BEFORE_RE = re.compile(r"\b(?:carried|published|reported|quoted|broadcast|aired|relayed|cited"
                               r"|obtained|seen|reviewed|viewed)\s+by\s+"  # "documents obtained by the ABC" (f80)
                               r"(?:the\s+)?(?:[\w-]+\s+){0,4}$")


# A title word right before a family name, perhaps with a bracketed honorific between
# ("Hon. (Mrs) Roe", "Alhaja Roe", "Chief Roe").
TITLE_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{1,12})\.?\s+(?:\([\w.]{1,8}\)\s+)*$")


def title_before(text: str, pos: int) -> str | None:
    """The title the lexicon knows right before position pos ("Alhaja", "Hon"), or None."""
    t = TITLE_WORD_BEFORE_RE.search(text, max(0, pos - 24), pos)
    return t.group(1) if t is not None and t.group(1).lower() in TITLES else None


# What lies between a verb of saying and the clause it reports: "told the court that ",
# " that ".
THAT_GAP = r"(?:\s+[\w'\u2019-]+){0,4}?\s+that\s+"
THAT_GAP_RE = re.compile(THAT_GAP)
# ... and a quotation's words before it in that clause: "said on Thursday that the company had ".
THAT_CLAUSE_BEFORE_QUOTE_RE = re.compile(THAT_GAP + r"[^.;:\x01]*")

# A relative "who" right after a name: a person's ("Paris, who ...").
WHO_AFTER_RE = re.compile(r",\s+who\s")

# A website's name as its address ("ArmsHub.com"): a body.
WEB_ADDRESS_RE = re.compile(r"[A-Z][\w-]*\.(?:com|org|net|news|io|co\.uk|co|tv|info)")
