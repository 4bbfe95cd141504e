"""Extract: direct quotations and who said them, from one article's body paragraphs.

Pure rules (regexes and small lexicons of general English news writing), no models.
The work is done in passes over the article:

1. quotes      pair the quotation marks of every paragraph (curly, straight, mixed,
               reopened over several paragraphs) into quote spans;
2. mask        replace each quote span (marks included) by \\x01 characters of the same
               length, so that the rules below never look inside quoted words and all
               offsets stay valid;
3. mentions    capitalised runs ("Freedonian Finance Minister Jane Roe") split into a
               role ("Freedonian Finance Minister") and a name ("Jane Roe"), classified
               as person / single token / place-or-organisation;
4. events      every reporting verb ("said", "told", "according to", "stating", ...)
               with its grammatical subject (a name, a pronoun, a role noun phrase,
               an appositive, a conjunct of an earlier verb);
5. linking     mentions of one person are merged in text order (surname -> full name);
6. resolution  event subjects become people: pronouns take the most recent person who
               was a subject or a speaker, role nouns take the person the article gave
               that title, a role with no person yet waits for a new name in the next
               sentence;
7. attribution each quote tries the rules of QUOTE_RULES in order; the first that
               answers (even with "no speaker") wins.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .model import Article, ArticleExtraction, Person, Quote
from .model import fold as _fold_uncached

# fold is pure and sees the same few names and roles over and over
fold = functools.lru_cache(maxsize=65536)(_fold_uncached)

# --------------------------------------------------------------------------- lexicons

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper()
)

# Verbs that introduce speech or a characterisation of what someone said. Only
# inflected forms: a bare "respond" or "call" is too often not a speech act.
_SPEECH = (
    "said says say added adds noted notes warned warns told tells asked asks cautioned "
    "cautions responded responds insisted insists wrote writes stressed stresses argued "
    "argues explained explains declared declares claimed claims recalled recalls urged "
    "urges replied replies answered answers tweeted tweets posted posts announced announces emphasized "
    "emphasised emphasizes emphasises highlighted highlights stated states commented "
    "comments remarked remarks observed observes complained complains conceded concedes "
    "confirmed confirms denied denies vowed vows pledged pledges promised promises "
    "predicted predicts suggested suggests maintained maintains contended contends "
    "asserted asserts quipped quips joked jokes lamented laments boasted boasts countered "
    "counters retorted retorts demanded demands acknowledged acknowledges admitted admits "
    "continued continues reiterated reiterates repeated repeats agreed agrees concluded "
    "concludes estimated estimates explained texted messaged shouted yelled whispered "
    "testified testifies disclosed discloses revealed reveals reported reports mused muses "
    "pointed\\s+out points\\s+out went\\s+on\\s+to\\s+say wondered wonders"
).split()
# Verbs that characterise words rather than report a sentence: "X called it 'Q'".
# They attribute a quote that follows them, never a sentence-final one.
_CHARACTERISE = (
    "called calls described describes praised praises condemned condemns criticized "
    "criticised criticizes criticises denounced denounces dismissed dismisses labeled "
    "labelled labels branded brands termed terms characterized characterised hailed hails "
    "welcomed welcomes slammed slams blasted blasts accused accuses rejected rejects "
    "brushed\\s+off brushes\\s+off brushed\\s+aside expressed expresses voiced voices "
    "lauded lauds decried decries thanked"
).split()
# Participles after a comma take the main clause's subject: "..., Roe said, adding, 'Q'".
_PARTICIPLE = (
    "saying adding noting stating telling warning calling describing arguing explaining "
    "insisting asking stressing declaring claiming urging writing tweeting posting "
    "accusing praising condemning emphasizing emphasising highlighting recalling "
    "replying responding acknowledging admitting conceding"
).split()
_SPEECH = [v.replace("\\s+", " ") for v in _SPEECH]
_CHARACTERISE = [v.replace("\\s+", " ") for v in _CHARACTERISE]
_SPEECH_ONLY = set(_SPEECH)


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


_VERB_RE = re.compile(
    r"\b(" + _trie_pattern(_SPEECH + _CHARACTERISE + _PARTICIPLE + ["according to", "According to"]) + r")\b"
)

# Words that may sit between a subject and its verb: "Roe has also said", "Roe later told".
_ADV = (
    r"also|later|then|further|again|previously|earlier|once|still|only|even|first|both|"
    r"has|have|had|would|will|could|did|does|do|not|never|just|already|often|repeatedly|"
    r"herself|himself|themselves|itself|too|however|meanwhile|separately|subsequently|"
    r"[a-z]+ly"
)
_PRON_TAIL_RE = re.compile(r"(?:^|[^\w’'])(he|she|they|He|She|They)\s*$")
_CONJ_TAIL_RE = re.compile(r"(?:^|\s|,)(?:and|but|or)\s*$")
_COMPOUND_BEFORE_RE = re.compile(r"(?:\b(?:and|or|nor)|&|\bwith)\s*$")

# Title nouns: in a capitalised run, everything up to the last of them is a role.
_TITLES = set(
    "president vice-president president-elect minister secretary ambassador chancellor "
    "senator sen. representative rep. congressman congresswoman governor gov. mayor "
    "general gen. admiral adm. colonel col. lt. lieutenant maj. captain capt. sergeant sgt. "
    "commander cmdr. chief director chairman chairwoman chair chairperson spokesman "
    "spokeswoman spokesperson envoy judge justice attorney prosecutor premier king queen "
    "prince princess pope cardinal bishop archbishop rabbi imam sheikh emir sultan "
    "ayatollah leader speaker commissioner officer ceo cfo founder co-founder adviser "
    "advisor counselor counsellor diplomat undersecretary under-secretary superintendent "
    "inspector detective sheriff lord lady sir dame dean provost professor prof. coach "
    "manager executive delegate consul negotiator lawmaker legislator councillor "
    "councilor councilman councilwoman alderman magistrate treasurer comptroller marshal "
    "ombudsman rapporteur chaplain pastor rev. reverend counterpart head deputy "
    "secretary-general attorney-general director-general assemblyman assemblywoman "
    "assemblymember councilmember"
    .split()
)
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "mx."}
# Lowercase role nouns that can head a subject noun phrase ("the defense secretary").
_ROLE_NOUNS = (
    "president|minister|secretary|ambassador|chancellor|senator|governor|mayor|general|"
    "admiral|commander|chief|director|chairman|chairwoman|chair|spokesman|spokeswoman|"
    "spokesperson|envoy|judge|prosecutor|premier|king|queen|leader|speaker|commissioner|"
    "diplomat|counterpart|executive|officer|adviser|advisor|lawmaker|negotiator|"
    "representative|delegate|coach|manager|founder|head|deputy|attorney|justice|"
    "secretary-general|attorney-general|congressman|congresswoman|premier"
)
# Nouns that describe a person in front of the name ("City manager Jane Roe", "Local
# farmer Jane Roe", "His wife, Jane Roe,"): with a title or role noun above, the last
# word before a name that leaves the name the subject of its sentence.
_DESCRIPTORS = set(
    "analyst economist strategist researcher scientist expert official author colleague "
    "advocate activist campaigner organizer organiser lawyer owner homeowner resident "
    "neighbor neighbour farmer teacher nurse doctor physician surgeon student worker "
    "employee candidate challenger incumbent member player striker goalkeeper keeper "
    "midfielder defender forward winger batter pitcher quarterback runner driver rider "
    "champion veteran survivor witness victim mother father son daughter wife husband "
    "brother sister partner friend widow widower grandmother grandfather aunt uncle "
    "landlord tenant shopkeeper businessman businesswoman entrepreneur investor trader "
    "banker broker historian writer novelist artist singer musician drummer guitarist "
    "actor actress producer filmmaker journalist pilot engineer soldier firefighter "
    "paramedic teammate opponent rival counsel economist hydrologist geologist "
    "biologist epidemiologist climatologist meteorologist physicist chemist engineer "
    "assemblyman assemblywoman assemblymember councilmember spokesman spokeswoman "
    "spokesperson boss owner host presenter chef volunteer"
    .split()
)
# descriptions that are also given names or surnames: never split off a name
_NAMELIKE_DESCRIPTORS = set("rider driver keeper forward host partner friend son chef".split())
_LEAD_WORDS = _DESCRIPTORS | _TITLES | set(_ROLE_NOUNS.split("|"))
# 'Roe, a lawyer for the developer, Acme Holdings, said': the comma-delimited phrases
# between a name opening the sentence and the verb describe that name; each opens
# with one of these words, a digit (an age), or a capital (an appositive that names
# the noun before it). A phrase opening otherwise ("has denied ...") is a predicate.
_CHAIN_OPENERS = set(
    "a an the his her their its our one who whose of from at with for in on by "
    "speaking now also then formerly once until herself himself".split()
) | _LEAD_WORDS
_POSS_DESCRIPTION_RE = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s*")
_HONORIFIC_BEFORE_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?\s+")
_CHAIN_LEAD_RE = re.compile(r"(?:[A-Z][a-z]+,?\s+)?")
_CHAIN_LEADS = set("but and yet so still meanwhile however now then also separately earlier later "
                   "today yesterday instead".split())  # not "Like Roe, ...", "Unlike Roe, ..."
# Nouns that name a body: in 'the company, Northvale Foods, said' the name after the
# noun is the body's, whatever its words look like.
_ORG_NOUNS = (
    "company|firm|group|business|corporation|conglomerate|maker|manufacturer|retailer|"
    "supermarket|chain|lender|bank|insurer|airline|carrier|operator|utility|regulator|"
    "watchdog|agency|ministry|department|authority|council|charity|organisation|"
    "organization|union|party|club|team|start-up|startup|publisher|broadcaster|network|"
    "studio|label|brand|supplier|distributor|contractor|consortium|subsidiary|fund|"
    "university|hospital|school|newspaper|magazine|website|app|platform|institute"
)
_ORG_NP_RE = re.compile(
    rf"\s*(?:[A-Z][a-z]+\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|[{_UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    rf"(?:\s+(?!(?:of|for|at|to|in|from|with|by)\b)[\w’'\-]+){{0,3}}?\s+(?:{_ORG_NOUNS})\s*"
)
# What may precede a sentence subject: one opening word, or one short introductory
# phrase (or appositive head) closed by a comma; a longer one is a clause of its own.
_INTRO = r"(?:[^\s,\x01]+\s+){0,7}[^\s,\x01]+,\s+"
_SUBJECT_LEAD_RE = re.compile(rf"(?:[{_UP}][a-z]+,?\s+|{_INTRO})")
_INTRO_RE = re.compile(_INTRO)
# Noun phrase ending in a role noun, optionally with "of/to/for the X" (anchored at end).
_ROLE_NP_TAIL_RE = re.compile(
    rf"(?:\b(?:the|a|an|his|her|their|its|our)|[{_UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    rf"((?:\s+[\w.’'\-]+){{0,4}}?\s+(?:{_ROLE_NOUNS}))"
    rf"(\s+(?:of|to|for|at)\s+(?:the\s+)?(?:[{_UP}][\w.’'\-&]*\s*){{1,4}})?\s*$"
)
_ROLE_NP_HEAD_RE = re.compile(
    rf"^\s*((?:the|a|an|his|her|their|its|our)|[{_UP}][\w.’'\-]*(?:’s|'s|s’|s'))"
    rf"((?:\s+[\w.’'\-]+){{0,4}}?\s+(?:{_ROLE_NOUNS}))\b"
    rf"(\s+(?:of|to|for|at)\s+(?:the\s+)?(?:[{_UP}][\w.’'\-&]*\s*){{1,4}})?"
)

# Words naming a portfolio or body after "Minister of", "Ambassador to the", ...
_ORGISH = set(
    "state defense defence foreign affairs finance treasury interior justice health "
    "education energy commerce trade labor labour agriculture transportation transport "
    "housing homeland security veterans environment culture economy economic development "
    "industry home office war navy army air force staff joint chiefs united nations "
    "national general assembly council union european states house senate congress "
    "parliament committee commission department ministry board bank fund reserve "
    "federal central intelligence agency court supreme world international public works "
    "planning information communications digital science technology research human "
    "rights women children youth sports tourism fisheries mines mining resources natural "
    "water oceans lands forests immigration refugees citizenship employment social "
    "welfare pensions revenue budget management administration policy relations "
    "cooperation unification defense intelligence operations police military armed "
    "forces global strategic communications church the"
    .split()
)
# Organisation words: a capitalised run containing one names a body, not a person.
_ORG_WORDS = set(
    "council ministry department office agency committee commission government party "
    "army navy force forces police court union bank company corp corp. corporation inc "
    "inc. ltd ltd. group association organization organisation institute university "
    "college school hospital foundation fund federation league club news press "
    "times journal service services command pentagon kremlin congress senate "
    "parliament assembly cabinet administration embassy mission alliance coalition "
    "movement front network center centre program programme initiative project region "
    "province state states county city district peninsula sea ocean river island islands "
    "mountains valley gulf strait airport station street square avenue road "
    "building palace summit forum conference games cup olympics day week "
    "war treaty act accord declaration plan award prize festival nations kingdom republic "
    "empire brigade battalion division regiment corps fleet nato reuters bureau board "
    "authority authorities directorate secretariat cathedral mosque temple museum "
    "stadium times tribune herald gazette radio television tv channel magazine"
    .split()
)
# Organisation words that are also common surnames (Hall, Park, Church, Post): they
# mark an organisation only after "the" or next to a place or another body word.
_WEAK_ORG_WORDS = set("hall house park church post bay bridge tower day week guard field green".split())
# Well-known bodies whose words are not body words on their own.
_MULTIWORD_ORGS = {"white house", "downing street", "capitol hill", "wall street", "blue house",
                   "red cross", "red crescent", "scotland yard"}
_DIRECTIONS = set("north south east west northern southern eastern western central new upper lower greater".split())
# Countries, capitals and regions commonly in world news (a general gazetteer).
_PLACES = set(
    "afghanistan albania algeria america americas angola argentina armenia australia austria "
    "azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria "
    "burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus "
    "czechia denmark ecuador egypt england eritrea estonia ethiopia europe finland france "
    "gaza georgia germany ghana greece guatemala haiti honduras hungary iceland india "
    "indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo "
    "kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg macedonia madagascar "
    "malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar "
    "namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama "
    "paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal "
    "serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan "
    "tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay "
    "uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa asia antarctica "
    "arctic "
    "washington moscow beijing kyiv kiev london paris berlin tokyo seoul pyongyang tehran "
    "jerusalem brussels rome madrid ankara cairo delhi islamabad kabul baghdad damascus "
    "beirut riyadh doha dubai minsk warsaw prague vienna budapest bucharest sofia athens "
    "lisbon dublin ottawa canberra geneva hague stockholm oslo helsinki copenhagen taipei "
    "manila hanoi bangkok jakarta caracas havana brasilia nairobi lagos johannesburg "
    "pretoria tbilisi yerevan baku tashkent astana belgrade zagreb sarajevo vilnius riga "
    "tallinn chisinau mexico york los angeles chicago texas california florida "
    "virginia ohio michigan pennsylvania arizona georgia alaska hawaii "
    "us u.s. usa u.s.a. uk u.k. un u.n. eu e.u. dprk prc uae u.a.e. indo-pacific "
    "asia-pacific middle balkans baltic caucasus sahel caribbean pacific atlantic mediterranean "
    "kremlin pentagon whitehall downing vatican"
    .split()
)
_NATIONALITIES = set(
    "american russian ukrainian chinese japanese korean british french german italian "
    "spanish indian pakistani iranian iraqi israeli palestinian syrian turkish egyptian "
    "saudi polish canadian australian mexican brazilian european african asian arab "
    "western eastern belarusian georgian armenian afghan taiwanese vietnamese filipino "
    "indonesian thai dutch belgian swiss swedish norwegian danish finnish irish scottish "
    "welsh greek hungarian romanian bulgarian serbian croatian czech slovak austrian "
    "lebanese jordanian qatari emirati yemeni libyan sudanese nigerian kenyan somali "
    "ethiopian south-korean north-korean cuban venezuelan colombian chilean argentine "
    "peruvian nato soviet"
    .split()
)
# Capitalised words that start sentences in news copy but are never names.
_COMMON = set(
    "the a an this that these those there here it its it's he she they we i you his her "
    "their our my your him them us me who what when where why how which while if as at in "
    "on of to for from by with without about after before during since until unless "
    "although though because but and or nor so yet also still now then meanwhile however "
    "moreover furthermore besides instead indeed later earlier today yesterday tomorrow "
    "asked speaking according despite some many most more much few several all both each "
    "every any no not one two three four five six seven eight nine ten first second third "
    "last next other another such even just only over under between among against "
    "across through into onto upon toward towards around near within top senior former "
    "officials official analysts experts critics residents witnesses police authorities "
    "sources observers protesters lawmakers scientists researchers doctors investigators "
    "prosecutors diplomats leaders organizers supporters opponents economists others people "
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december jan. feb. mar. apr. "
    "aug. sept. sep. oct. nov. dec. mr mrs ms dr yes no please thanks okay ok "
    "whether unlike like amid amidst following given including regarding once let "
    "meanwhile, however, still, today, but, and, so, yet, then, now, also, overall "
    "reuters ap afp"
    .split()
)
_COMMON_CAP = {w.capitalize() for w in _COMMON} | {w.upper() for w in _COMMON if len(w) == 1}
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v"}
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "sen", "rep", "gov",
    "pres", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "maj", "cmdr", "mt", "ft",
}
_PARTICLES = "de|da|di|del|della|der|den|van|von|bin|ibn|al|el|le|la|du|dos|das|ter|ten|zu|y"
_TOK = rf"(?:[{_UP}][\w’'\-&/]*(?:\.(?=\w)[\w’'\-&/]*)*\.?)"
# The word body is written [chars]*(?:.(?=\w)[chars]*)* rather than (?:[chars]|.(?=\w))*:
# the same matches, but the engine runs through a word in one step.
# (?<!\w\w) right after the first capital: "not inside a word", written so that the
# regex engine can skip ahead to the next capital letter (a leading \b cannot)
_RUN_RE = re.compile(
    rf"[{_UP}](?<!\w\w)[\w’'\-&/]*(?:\.(?=\w)[\w’'\-&/]*)*\.?(?:(?:\s+(?:{_PARTICLES}|(?:of|to|for)(?:\s+the)?))?\s+{_TOK})*"
)
_RUN_TOKEN_RE = re.compile(rf"{_TOK}|\b(?:{_PARTICLES}|of|to|for|the)\b")
_CONNECTORS = {"of", "to", "for", "the"}
_PARTICLE_SET = set(_PARTICLES.split("|"))

# Quotation marks.
_DQ_RE = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\"]")
_SQ_RE = re.compile("[\u2018\u2019']")
_DQ_OPEN, _DQ_CLOSE = "\u201c\u201e\u00ab", "\u201d\u00bb"
_SQ_OPEN, _SQ_CLOSE = "\u2018", "\u2019"
_LEFT_OPENERS = "([{\u2014\u2013-/\u2018\u201c'\""
_RIGHT_CLOSERS = ".,;:!?)]}\u2014\u2013-\u2019\u201d'\""
_REOPEN_D_RE = re.compile("\\s*[\u201c\u201e\u00ab\"]")
_REOPEN_S_RE = re.compile("\\s*[\u2018']")
_SENTENCE_BEFORE_RE = re.compile(r"(?:^|[.?!:][\u201d\u2019\"')]?)\s*$")
_SQ_OPENING_RE = re.compile("(?:^|(?<=[\\s(\u2014\u2013\u201c\"]))[\u2018'](?=\\w)")

# Sentence ends: terminal punctuation (outside quotes) then a capital or a quote.
_SENT_END_RE = re.compile(rf"([.?!])[)\]]*\s+(?=[{_UP}\x01(\[])")
_LAST_WORD_RE = re.compile(r"([\w.]+)$")
_COMMA_TAIL_RE = re.compile(r",\s*$")
_WHO_TAIL_RE = re.compile(r",\s*who\s*$")
_PREP_TAIL_RE = re.compile(r"\b(?:of|to|for|at|in|from|with|by)(?:\s+the)?\s*$")
_INVERTED_TAIL_RE = re.compile("(?:\x01|,)\\s*[,\u2014\u2013-]?\\s*$")
_SPACES_RE = re.compile(r"\s+")
_VOCAB_RE = re.compile(r"[a-z][a-z’'\-]+")
_VOCAB_FULL_RE = re.compile(r"[a-z][a-z’'\-]+")


@functools.lru_cache(maxsize=4096)
def _vocab_word_re(word: str) -> re.Pattern:
    """Finds `word` where _VOCAB_RE.findall would yield it whole: a run of [a-z’'-]
    that starts with no lowercase letter before it in the same run, and ends there."""
    return re.compile("(?:^|[^a-z’'\\-])[’'\\-]*" + re.escape(word) + "(?![a-z’'\\-])")


# used inside functions: compiled once here
_HE_SHE_THEY_RE = re.compile(r"(he|she|they)\b")
_COMMA_GAP_RE = re.compile(r",\s*")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;]|$)")
_DASH_GAP_RE = re.compile(r"\s*[\u2014\u2013-]{1,2}\s*")
_ROLE_WORD_RE = re.compile(r"[\w\-]+")
_COLON_TAIL_RE = re.compile(r":\s*$")
_SPACE_CAP_RE = re.compile(rf"\s+(?=[{_UP}])")
_DESCRIPTOR_AFTER_RE = re.compile(r"(?:\s+(?:the|a|an|[a-z][\w\-]*|[A-Z][\w.’'\-]*(?:’s|'s)))(?:\s+[a-z][\w\-]*){0,3},?(?=\s+[A-Z])")

# Words right before a quoted span that make it a title or a scare quote, not speech.
_TITLE_CUE_RE = re.compile(
    r"\b(?:so-called|dubbed|titled|entitled|nicknamed|named|known\s+as|film|movie|book|"
    r"novel|song|album|series|show|play|documentary|podcast|magazine|newspaper|"
    r"exhibition|slogan|hashtag|motto|operation|campaign|term|word|words|phrase)\s*$",
    re.I,
)


# --------------------------------------------------------------------------- records


@dataclass
class _Q:
    parts: list[tuple[int, int, int]]  # (paragraph, start, end) inside the marks
    closes: int = -1  # offset just past the closing mark in the last paragraph, or -1

    @property
    def first(self) -> tuple[int, int, int]:
        return self.parts[0]

    @property
    def last(self) -> tuple[int, int, int]:
        return self.parts[-1]


@dataclass
class _Mention:
    para: int
    start: int
    end: int
    role: list[str]
    name: list[str]
    kind: str  # "person" (2+ name tokens), "single", "group", "none"
    possessive: bool = False
    name_start: int = 0
    person: int | None = None  # index into _Ctx.people after linking
    subject: bool = False  # subject of a reporting verb

    @property
    def name_text(self) -> str:
        return " ".join(self.name)


@dataclass
class _Event:
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


@dataclass
class _P:  # a person being built
    name: list[str]
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str = "person"
    first_pos: tuple[int, int] = (0, 0)
    last_pos: tuple[int, int] = (0, 0)
    last_subject: tuple[int, int] = (-1, -1)


# --------------------------------------------------------------------------- 1. quotes


def _classify_mark(text: str, i: int, ch: str, is_open: bool, opens: str, closes: str) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = i == 0 or prev.isspace() or prev in _LEFT_OPENERS
    right = i + 1 == len(text) or nxt.isspace() or nxt in _RIGHT_CLOSERS
    if ch in opens:  # a curly opener used as a closer ("word“ ") is a typo for ”
        return "close" if is_open and right and not left else "open"
    if ch in closes:
        return "open" if not is_open and left and not right else "close"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "close" if is_open else "open"


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark that is not a quotation mark: don't, Putin's, ’90s, rock ’n’ roll."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit() and (i + 3 < len(text) and text[i + 3] == "s" or not prev.isalnum()):
        return True  # ’90s
    if nxt == "n" and i + 2 < len(text) and text[i + 2] in "’'" and prev.isspace():
        return True  # ’n’
    if prev == "n" and i >= 2 and text[i - 2] in "’'":
        return True
    return False


def find_quotes(paragraphs: list[str]) -> list[_Q]:
    """Pair the quotation marks of the body into quote spans.

    Double marks are the primary quotes. Single marks count only in an article that
    has no double marks at all (a house style with single primary quotes); otherwise
    a single-quoted span is either nested in a double-quoted one (so part of it) or
    a headline-style scare quote, and is left alone. Except in the British house
    style of single primary quotes with double ones nested inside: when every double
    mark sits inside a single-quoted span, the single marks are the quotes.
    """
    doubles = any(_DQ_RE.search(p) for p in paragraphs)
    if doubles and _doubles_nested_in_singles(paragraphs):
        doubles = False
    quotes = _pair_quotes(paragraphs, doubles)
    if doubles:
        extra = _clause_singles(paragraphs, quotes)
        if extra:
            quotes = sorted(quotes + extra, key=lambda q: q.first[:2])
    return quotes


def _clause_singles(paragraphs: list[str], doubles: list[_Q]) -> list[_Q]:
    """Single-quoted speech in copy that uses double marks elsewhere (mixed house
    styles, rewritten copy): a single-quoted span counts when it is a whole clause -
    it opens the paragraph or follows a sentence end or a colon, starts with a
    capital and closes with , . ? or ! - and is tied to a reporting clause:
    "'Q,' said Roe" / "'Q,' Roe said" / "Roe said: 'Q.'" (or a paragraph after one
    ending "Roe said:"), or goes on from such a quote in the same paragraph
    ("'A,' Roe said. 'B.'") or, opening the paragraph, from one in the last
    sentence of the paragraph before. Apostrophes and single-quoted words inside
    double quotes are never spans of their own."""
    out: list[_Q] = []
    inside: dict[int, list[tuple[int, int]]] = {}
    for q in doubles:
        for p, s, e in q.parts:
            inside.setdefault(p, []).append((s - 1, e + 1))
    for p, text in enumerate(paragraphs):
        if ("'" not in text and "\u2018" not in text) or not _SQ_CLAUSE_OPEN_RE.search(text):
            continue
        # a single-quoted clause tied to a reporting clause came before: in the last
        # sentence of the previous paragraph (for a quote opening this one), or here
        tied = bool(out) and out[-1].last[0] == p - 1 \
            and not _SENT_END_RE.search(paragraphs[p - 1], out[-1].closes)
        for q in _pair_quotes([text], False):
            _, s, e = q.first
            inner = text[s:e].rstrip()
            if q.closes != e + 1 or not inner or inner[-1] not in ",.?!" or not inner[0].isupper() \
                    or any(a < e + 1 and s - 1 < b for a, b in inside.get(p, ())):
                continue
            if not _SENTENCE_BEFORE_RE.search(text, 0, s - 1):
                tied = False
                continue
            before = text[:s - 1].rstrip()
            if before and out and out[-1].last[0] != p:
                tied = False  # a tie from the paragraph before holds for its opening only
            if (inner[-1] != "." and _SQ_ATTR_AFTER_RE.match(text, q.closes)) \
                    or (before.endswith(":") and _SPEECH_COLON_RE.search(before)) \
                    or (not before and p > 0 and paragraphs[p - 1].rstrip().endswith(":")
                        and _SPEECH_COLON_RE.search(paragraphs[p - 1].rstrip())) \
                    or (tied and inner[-1] in ".?!"):
                out.append(_Q([(p, s, e)], q.closes))
                tied = True
            else:
                tied = False
    return out


def _doubles_nested_in_singles(paragraphs: list[str]) -> bool:
    for text in paragraphs:  # cheap test first: a single opening mark before the first double
        m = _DQ_RE.search(text)
        if m:
            if not _SQ_OPENING_RE.search(text, 0, m.start()):
                return False
            break
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in _pair_quotes(paragraphs, False):
        for p, s, e in q.parts:
            spans.setdefault(p, []).append((s, e))
    for p, text in enumerate(paragraphs):
        for m in _DQ_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in spans.get(p, ())):
                return False
    return True


def _pair_quotes(paragraphs: list[str], doubles: bool) -> list[_Q]:
    if doubles:
        mark_re, opens, closes, reopen = _DQ_RE, _DQ_OPEN, _DQ_CLOSE, _REOPEN_D_RE
    else:
        mark_re, opens, closes, reopen = _SQ_RE, _SQ_OPEN, _SQ_CLOSE, _REOPEN_S_RE
    out: list[_Q] = []
    carry: list[tuple[int, int, int]] | None = None  # parts of a quote still open
    n = len(paragraphs)
    for p, text in enumerate(paragraphs):
        is_open, start, skip = False, 0, -1
        if carry is not None:
            m = reopen.match(text)
            if m:  # a reopened continuation paragraph
                is_open, start, skip = True, m.end(), m.end() - 1
            else:
                carry = None
        for m in mark_re.finditer(text):
            i = m.start()
            if i == skip:
                continue
            if not doubles and _is_apostrophe(text, i):
                continue
            kind = _classify_mark(text, i, m.group(), is_open, opens, closes)
            if kind == "open":
                if is_open:  # two openers in a row: the earlier one was stray
                    carry = None
                is_open, start = True, i + 1
            elif is_open:
                parts = (carry or []) + [(p, start, i)]
                carry, is_open = None, False
                if any(c.isalnum() for c in text[start:i]):
                    out.append(_Q(parts, i + 1))
        if is_open:
            end = len(text.rstrip())
            # only a quote of full sentences runs on ("“The water came ..."); an
            # unclosed partial quote ("was “still negotiating") is an odd mark
            first = (carry[0] if carry else (p, start, end))
            head = paragraphs[first[0]][first[1]:first[1] + 2].lstrip("[(…. ")
            full = head[:1].isupper() or head[:1].isdigit()
            if p + 1 < n and reopen.match(paragraphs[p + 1]) and end > start and full:
                carry = (carry or []) + [(p, start, end)]
            elif full and end > start and text[end - 1] in ".?!" and (
                    carry or _SENTENCE_BEFORE_RE.search(text, 0, start - 1)):
                # 'she said. "Doctors remember ...' to the end of the paragraph: whole
                # sentences quoted after a sentence end, the closing mark left out
                out.append(_Q((carry or []) + [(p, start, end)], len(text)))
                carry = None
            else:  # never closed and not continued: an odd mark, not a quote
                carry = None
    return out


# --------------------------------------------------------------------------- article context


class _Ctx:
    def __init__(self, article: Article):
        self.article = article
        self.paras = article.paragraphs
        self.quotes = find_quotes(self.paras)
        self.masked = self._mask()
        self._vocab: set[str] | None = None
        self._in_vocab: dict[str, bool] = {}
        self._joined: str | None = None
        self.sent_start_set: list[set[int]] = []
        self.excluded = {fold(n) for n in [*article.authors, *article.contributors] if n}
        self.excluded_tokens = {
            fold(t) for n in [*article.authors, *article.contributors] for t in n.split()
        }
        self.mentions: list[list[_Mention]] = []
        self.by_end: list[dict[int, _Mention]] = []
        self.by_start: list[dict[int, _Mention]] = []
        self.sent_starts: list[list[int]] = []
        self.events: list[list[_Event]] = []
        self.verb_starts: list[list[int]] = []
        self.people: list[_P] = []
        self.groups: dict[str, int] = {}
        self.gender: dict[int, str] = {}  # person -> "he" / "she" / "?" (conflicting)

    @property
    def vocab(self) -> set[str]:
        """Lowercase words of the article: a capitalised sentence-initial word that also
        appears in lowercase ("Analysts said") is a common word, not a name."""
        if self._vocab is None:
            self._vocab = set(_VOCAB_RE.findall(" ".join(self.paras)))
        return self._vocab

    def in_vocab(self, lw: str) -> bool:
        """`lw in self.vocab`, without collecting every word of the article: most
        articles ask about a handful of words only."""
        if self._vocab is not None:
            return lw in self._vocab
        got = self._in_vocab.get(lw)
        if got is None:
            if self._joined is None:
                self._joined = " ".join(self.paras)
            got = (lw in self._joined and _VOCAB_FULL_RE.fullmatch(lw) is not None
                   and _vocab_word_re(lw).search(self._joined) is not None)
            self._in_vocab[lw] = got
        return got

    # 2. mask ---------------------------------------------------------------
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
            masked.append("".join(out))
        return masked

    # 3. mentions -------------------------------------------------------------
    def find_mentions(self) -> None:
        for p, text in enumerate(self.masked):
            starts = [0]
            for m in _SENT_END_RE.finditer(text):
                w = _LAST_WORD_RE.search(text, max(0, m.start(1) - 24), m.start(1))
                word = w.group(1) if w else ""
                if m.group(1) == "." and _is_abbrev(word + "."):
                    continue
                starts.append(m.end())
            # a quote ending with . ? ! followed by a capital ends the sentence, unless
            # an attribution follows ("“Why?” Roe asked.")
            for end, qi in self.quote_at[p].items():
                q = self.quotes[qi]
                qp, qs, qe = q.last
                inner = self.paras[qp][qs:qe].rstrip()
                if inner[-1:] in ".?!" and not _after_attribution_like(text, end, inner[-1]):
                    m = _SPACE_CAP_RE.match(text, end)
                    if m:
                        starts.append(m.end())
            self.sent_starts.append(sorted(set(starts)))
            self.sent_start_set.append(set(self.sent_starts[-1]))
            ms: list[_Mention] = []
            sent_set = self.sent_start_set[p]
            for m in _RUN_RE.finditer(text):
                run = m.group()
                if run in _COMMON_CAP:
                    continue  # "The", "He", "In": the bulk of capitalised words
                plan = _run_plan(run)
                if plan:
                    self._split_run(p, text, m.start(), plan, ms, sent_set)
            self.mentions.append(ms)
            self.by_end.append({m.end: m for m in ms})
            self.by_start.append({m.start: m for m in ms})

    def sentence_of(self, p: int, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts[p], pos) - 1

    def sentence_span(self, p: int, s: int) -> tuple[int, int]:
        st = self.sent_starts[p]
        return st[s], (st[s + 1] if s + 1 < len(st) else len(self.masked[p]))

    def _split_run(self, p: int, text: str, base: int, plan: tuple, result: list,
                   sent_set: set[int]) -> None:
        for rel, end, toks, lw, name_offs in plan:
            # leading sentence words ("But", "Meanwhile", "Officials") already skipped
            start = base + rel
            if lw is not None and start in sent_set and self.in_vocab(lw):
                continue  # "Analysts said": a common word with a capital
            before4 = text[start - 4:start] if start >= 4 else text[:start]
            got = _split_role_name(toks, before4.lower() == "the ")
            if got is None:
                continue
            role, name, j, kind, possessive = got
            if kind in ("person", "single") and not role and before4 == " at ":
                kind = "group"  # "an analyst at Capital Economics": a place of work
            result.append(_Mention(p, start, base + end, list(role), list(name), kind,
                                   possessive, base + name_offs[j]))

    # 4. events -------------------------------------------------------------------
    def find_events(self) -> None:
        for p, text in enumerate(self.masked):
            evs: list[_Event] = []
            for m in _VERB_RE.finditer(text):
                ev = self._event(p, text, m, evs)
                if ev is not None:
                    evs.append(ev)
            self.events.append(evs)
            self.verb_starts.append([ev.verb_start for ev in evs])  # ascending: found in text order

    def _event(self, p: int, text: str, m: re.Match, evs: list[_Event]) -> _Event | None:
        verb = m.group(1)
        if " " in verb or "\n" in verb or "\t" in verb:
            verb = " ".join(verb.split())
            if verb == "According to":  # 'According to Roe, ... "Q"': opens the sentence
                verb = "according to"
        vs, ve = m.start(1), m.end(1)
        starts = self.sent_starts[p]
        sent = bisect.bisect_right(starts, vs) - 1  # self.sentence_of, inlined
        sstart = starts[sent]
        mk = lambda cs, ce, subj: _Event(p, vs, ve, verb, cs, ce, sent, subj)  # noqa: E731
        if verb == "according to":
            subj = self._np_after(p, text, ve)
            if subj is None:
                d = _DESCRIPTOR_AFTER_RE.match(text, ve)
                if d:
                    subj = self._np_after(p, text, d.end())
                    if subj is not None and subj[0] == "mention":
                        subj[1].role = subj[1].role + [text[ve:d.end()].strip(" ,")]
            return mk(vs, subj[-1], subj[:-1]) if subj else None
        if verb in _PARTICIPLE:
            # "..., stating, 'Q'": the participle shares the subject of its main clause
            if _COMMA_TAIL_RE.search(text[max(0, vs - 3):vs]):
                return mk(vs, ve, ("sentsubj",))
            return None
        lo = max(sstart, vs - 160)
        e = _adv_tail_start(text, lo, vs)  # skip "has also", "later"
        before = text[lo:e]
        wm = _WHO_TAIL_RE.search(before, max(0, len(before) - 8))
        if wm:
            # "Roe, who called the report 'fake news,'": the relative pronoun's antecedent
            men = self.by_end[p].get(lo + wm.start())
            if men is not None and men.kind in ("person", "single") and not men.possessive:
                men.subject = True
                return mk(men.start, ve, ("mention", men))
            return None
        pm = _PRON_TAIL_RE.search(before, max(0, len(before) - 8))
        if pm:
            pron = pm.group(1).lower()
            if _COMPOUND_BEFORE_RE.search(text[lo:lo + pm.start(1)]):
                return mk(lo + pm.start(1), ve, ("none",))
            return mk(lo + pm.start(1), ve, ("pron", pron))
        men = self.by_end[p].get(e)
        rm = _role_np_tail(before) if men is None or men.kind != "person" else None
        if men is not None and rm is not None and lo + rm.start() < men.start:
            men = None  # "the ambassador to the United Nations told": the role is the subject
        if men is not None and _PREP_TAIL_RE.search(text[max(0, men.start - 10):men.start]):
            men = None  # the object of a preposition is never the subject
        if men is not None and men.start >= sstart and not men.possessive:
            if _COMPOUND_BEFORE_RE.search(text[max(0, men.start - 8):men.start]):
                return mk(men.start, ve, ("none",))  # "Roe and Doe said": a pair, no one person
            men.subject = True
            return mk(men.start, ve, ("mention", men))
        if before.endswith(","):
            head = self._chain_head(p, text, sstart, e - 1)
            got = self._appositive(p, text, lo, e - 1, head)
            if head is not None and (got is None or got[0] != ("mention", head)):
                head.subject = True  # a body or a later name is never chosen over it
                got = ("mention", head), head.start
            if got is not None:
                return mk(got[1], ve, got[0])
        if men is not None and rm is None:
            rm = _role_np_tail(before)
        if rm:
            return mk(lo + rm.start(), ve, ("role", rm.group(0).strip()))
        if _CONJ_TAIL_RE.search(before, max(0, len(before) - 8)):
            # "Roe called it 'Q' and said ...": the conjunct shares the subject
            prev = [x for x in evs if x.sentence == sent]
            if prev:
                return mk(vs, ve, ("inherit", prev[-1]))
            return mk(vs, ve, ("sentsubj",))
        # inverted: '"Q," said Roe' or ', said the minister'
        if _INVERTED_TAIL_RE.search(text[max(0, vs - 4):vs]):
            subj = self._np_after(p, text, ve)
            if subj:
                return mk(vs, subj[-1], subj[:-1])
        return None

    def _chain_head(self, p: int, text: str, st: int, comma: int) -> _Mention | None:
        """The person named at the start of the sentence when the words up to `comma`
        are that name and phrases describing it: 'Roe, a lawyer for the developer,
        Acme Holdings, said' - Roe speaks, Acme Holdings only names the developer."""
        first = next((m for m in self.mentions[p] if m.start >= st), None)
        if first is None or first.end >= comma or first.possessive or text[first.end:first.end + 1] != ",":
            return None
        lead = text[st:first.start]
        if lead and not (_CHAIN_LEAD_RE.fullmatch(lead) and lead.split()[0].strip(",").lower() in _CHAIN_LEADS):
            return None  # only "But Roe, ...": any other lead may make Roe an object
        if first.kind != "person" and not (first.kind == "single" and self._known_surname(p, first)):
            return None
        chain = text[first.end + 1:comma]
        if "\x01" in chain or len(chain) > 200 or ";" in chain or ":" in chain:
            return None
        for i, seg in enumerate(chain.split(",")):
            w = seg.split()[0] if seg.split() else ""
            if w[:1].isdigit() or w.lower() in _CHAIN_OPENERS and w not in ("And", "Or"):
                continue
            if i > 0 and w[:1].isupper() and w.lower() not in ("and", "or", "but", "nor"):
                continue
            return None
        return first

    def _known_surname(self, p: int, m: _Mention) -> bool:
        """A single name word that is the family name of a person named before it."""
        w = _norm_tok(m.name[0])
        for pp in range(p + 1):
            for o in self.mentions[pp]:
                if pp == p and o.start >= m.start:
                    break
                if o.kind == "person" and _norm_tok(o.name[-1]) == w:
                    return True
        return False

    def _appositive(self, p: int, text: str, lo: int, comma: int,
                    head: _Mention | None = None) -> tuple[tuple, int] | None:
        """Subject of 'Roe, the finance minister, said' / 'the minister, Roe, said' /
        'Roe, speaking through a translator, said'."""
        prev_comma = text.rfind(",", lo, comma)
        while 0 < prev_comma < len(text) - 1 and text[prev_comma - 1].isdigit() and text[prev_comma + 1].isdigit():
            prev_comma = text.rfind(",", lo, prev_comma)  # "6,000" is one number, not two phrases
        if prev_comma < 0:
            return None
        seg = text[prev_comma + 1:comma]
        seg_s = prev_comma + 1 + (len(seg) - len(seg.lstrip()))
        inner = self.by_start[p].get(seg_s)
        if inner is not None and inner.end == comma and inner.kind in ("person", "single") and head is None:
            if _ORG_NP_RE.fullmatch(text, max(lo, text.rfind(",", lo, prev_comma) + 1), prev_comma):
                inner.kind = "group"  # 'the company, Northvale Foods, said': a body
                return ("mention", inner), inner.start
            rm = _ROLE_NP_TAIL_RE.search(text[lo:prev_comma])
            if rm:
                inner.role = inner.role + [rm.group(0).strip()]
            inner.subject = True
            return ("mention", inner), inner.start
        if "\x01" in seg:
            return None
        head = text[lo:prev_comma]
        e = len(head.rstrip()) + lo
        men = self.by_end[p].get(e)
        if men is not None and _PREP_TAIL_RE.search(text, max(lo, men.start - 10), men.start) \
                and text[lo:men.start].rstrip().endswith((",", ", from", ", at", ", of", ", with")):
            # 'Roe, from the Coastal Institute, who led the study, said': a phrase
            # about the subject, not the subject; look one comma further back
            return self._appositive(p, text, lo, prev_comma, head)
        if men is not None and not men.possessive:
            if _COMPOUND_BEFORE_RE.search(text, max(0, men.start - 8), men.start):
                return ("none",), men.start  # "Roe, Doe and Poe, the founders, said": no one person
            if _ROLE_NP_HEAD_RE.match(seg) and men.kind in ("person", "single"):
                men.role = men.role + [seg.strip()]
            men.subject = True
            return ("mention", men), men.start
        pm = _PRON_TAIL_RE.search(head)
        if pm and seg.lstrip()[:1].islower():
            return ("pron", pm.group(1).lower()), lo + pm.start(1)
        rm = _ROLE_NP_TAIL_RE.search(head)
        if rm and seg.lstrip()[:1].islower():
            return ("role", rm.group(0).strip()), lo + rm.start()
        return None

    def _np_after(self, p: int, text: str, pos: int) -> tuple | None:
        """The noun phrase right after a verb: a name, 'the minister', 'he'."""
        m = _SPACES_RE.match(text, pos)
        s = m.end() if m else pos
        men = self.by_start[p].get(s)
        if men is None:
            hm = _HONORIFIC_BEFORE_RE.match(text, s)  # "said Dr Jane Roe": the run starts after "Dr"
            men = self.by_start[p].get(hm.end()) if hm else None
            if men is not None and men.kind not in ("person", "single"):
                men = None
        if men is not None and men.possessive:
            # "said Roe's deputy, Jane Doe": the possessor does not speak
            dm = _POSS_DESCRIPTION_RE.match(text, men.end)
            if dm and dm.group(1).split()[-1] in _LEAD_WORDS:
                inner = self.by_start[p].get(dm.end())
                if inner is not None and inner.kind in ("person", "single") and not inner.possessive:
                    inner.subject = True
                    return ("mention", inner, inner.end)
            men = None
        if men is not None:
            men.subject = True
            return ("mention", men, men.end)
        pm = _HE_SHE_THEY_RE.match(text, s)
        if pm:
            return ("pron", pm.group(1), pm.end())
        rm = _ROLE_NP_HEAD_RE.match(text, s)
        if rm:
            # "said the deputy ambassador, Jane Roe,"
            e = rm.end()
            am = _COMMA_GAP_RE.match(text, e)
            if am:
                inner = self.by_start[p].get(am.end())
                if inner is not None and inner.kind in ("person", "single"):
                    inner.role = inner.role + [text[s:e].strip()]
                    inner.subject = True
                    return ("mention", inner, inner.end)
            return ("role", text[s:e].strip(), e)
        dm = _LOWER_DESCRIPTION_RE.match(text, s)
        if dm and dm.group(1).split()[-1] in _LEAD_WORDS \
                and not any(w in _COMMON for w in dm.group(1).split()):
            # '"Q," said goalkeeper Jane Roe' / 'said media analyst Jane Roe of X'
            men = self.by_start[p].get(dm.end())
            if men is not None and men.kind in ("person", "single") and not men.possessive:
                men.role = men.role + [dm.group(1)]
                men.subject = True
                return ("mention", men, men.end)
        return None

    # 5. linking -------------------------------------------------------------------
    def link(self) -> None:
        for p, ms in enumerate(self.mentions):
            for m in ms:
                pos = (p, m.start)
                if m.kind == "person":
                    if self.excluded and fold(m.name_text) in self.excluded:
                        continue
                    idx = self._match_full(m.name)
                    if idx is None:
                        self.people.append(_P(list(m.name), first_pos=pos))
                        idx = len(self.people) - 1
                    else:
                        per = self.people[idx]
                        if len(_norm_name(m.name)) > len(_norm_name(per.name)) or (
                            len(m.name) > len(per.name) and _norm_name(m.name) == _norm_name(per.name)
                        ):
                            per.name = list(m.name)
                elif m.kind == "single":
                    idx = self._match_single(m.name[0])
                    if idx is None:
                        tok = fold(m.name[0])
                        if not (m.subject or m.role) or tok in self.excluded_tokens:
                            continue
                        self.people.append(_P(list(m.name), first_pos=pos))
                        idx = len(self.people) - 1
                else:
                    continue
                m.person = idx
                g = _mention_gender(self.masked[p], m)
                if g is not None:
                    self._note_gender(idx, g)
                per = self.people[idx]
                if m.name_text not in per.forms:
                    per.forms.append(m.name_text)
                role = " ".join(m.role)
                if role and role not in per.roles:
                    per.roles.append(role)
                per.last_pos = pos
                if m.subject:
                    per.last_subject = pos

    def _match_full(self, name: list[str]) -> int | None:
        a = _norm_name(name)
        best = None
        for i, per in enumerate(self.people):
            if per.kind != "person":
                continue
            b = _norm_name_t(tuple(per.name))
            if len(b) == 1:
                if b[0] in (a[-1], a[0]) and (best is None):
                    best = i
                continue
            if _same_full(a, b):
                return i
        return best

    def _match_single(self, word: str) -> int | None:
        w = _norm_tok(word)
        last, first = [], []
        for i, per in enumerate(self.people):
            if per.kind != "person":
                continue
            n = _norm_name_t(tuple(per.name))
            if not n:
                continue
            if n[-1] == w or n[-1].replace("-", "") == w:
                last.append(i)
            elif n[0] == w:
                first.append(i)
        cands = last or first
        if not cands:
            return None
        return max(cands, key=lambda i: (self.people[i].last_subject, self.people[i].last_pos))

    # 6. resolution ----------------------------------------------------------------
    def resolve(self) -> None:
        last_person: int | None = None
        last_group: tuple[int, int] | None = None  # (group idx, paragraph)
        pending: list[tuple[_Event, str, int, int]] = []  # (event, role, para, sentence)
        for p in range(len(self.paras)):
            items: list[tuple[int, int, object]] = []
            for m in self.mentions[p]:
                if m.person is not None:
                    how = self._subject_lead(p, m)
                    if how is not None:
                        items.append((m.start, 0, (m, how)))
            for ev in self.events[p]:
                items.append((ev.clause_start, 1, ev))
            items.sort(key=lambda x: (x[0], x[1]))
            for _, kind, obj in items:
                if kind == 0:
                    m, how = obj
                    per = self.people[m.person]
                    if how == "maybe":
                        # perhaps the subject: a later he/she is ambiguous, not the
                        # person before
                        if per.kind == "person" and last_person != m.person:
                            last_person = None
                        continue
                    if pending and per.first_pos == (p, m.start):
                        # role before name: "Freedonia's ambassador told ... 'Q'."
                        # then "Jane Roe also denied ..." - the new name is that ambassador
                        for ev, role, pp, ss in pending:
                            if (p, self.sentence_of(p, m.start)) <= _next_sentences(self, pp, ss, 2):
                                ev.speaker = m.person
                                if role not in per.roles:
                                    per.roles.append(role)
                        pending = []
                    if self.people[m.person].kind == "person":
                        last_person = m.person
                    continue
                ev = obj
                sp = self._resolve_event(ev, last_person, last_group, p)
                if sp == "pending":
                    pending.append((ev, ev.subj[1], p, ev.sentence))
                    ev.speaker = None
                else:
                    ev.speaker = sp
                ev.resolved = True
                if ev.speaker is not None:
                    if self.people[ev.speaker].kind == "person":
                        last_person = ev.speaker
                    else:
                        last_group = (ev.speaker, p)
                elif ev.subj[0] == "none":
                    last_person = None  # "Roe and Doe said": a later "he" is either
            # a pending role expires after the next couple of sentences
            pending = [x for x in pending if x[2] >= p - 1]

    def _note_gender(self, person: int, g: str) -> None:
        if self.gender.setdefault(person, g) != g:
            self.gender[person] = "?"

    def _subject_lead(self, p: int, m: _Mention) -> str | None:
        """Is the mention the subject of its sentence, judging by what comes before it?
        "subject": nothing, an opening word ("But Roe"), an introductory phrase closed
        by a comma ("After the match, Roe"), an appositive head ("Her lawyer, Roe,"),
        or a short description ending in a role noun ("City manager Roe", "Local
        farmer Roe", "goalkeeper Roe"); "maybe": a few other words with no comma (the
        name may well be the subject); None: not the subject."""
        s = self.sentence_of(p, m.start)
        st, _ = self.sentence_span(p, s)
        lead = self.masked[p][st:m.start]
        if not lead:
            return "subject"
        if "\x01" in lead or len(lead) > 120:
            return None
        for other in self.mentions[p]:
            if other.start >= m.start:
                break
            if other.start >= st and other.person is not None and not other.possessive:
                return None  # another name comes first: that one is the subject
        if _SUBJECT_LEAD_RE.fullmatch(lead):
            return "subject"
        tail = lead.rsplit(",", 1)[-1]
        words = tail.split()
        if words and len(words) <= 5 and words[-1].lower().strip("’'") in _LEAD_WORDS \
                and (tail is lead or _INTRO_RE.fullmatch(lead[:len(lead) - len(tail)] + " ")):
            return "subject"
        if "," not in lead and len(words) <= 4 and not _PREP_TAIL_RE.search(lead):
            return "maybe"
        return None

    def _resolve_event(self, ev: _Event, last_person, last_group, p: int):
        kind = ev.subj[0]
        if kind == "mention":
            m: _Mention = ev.subj[1]
            if m.person is not None:
                return m.person
            if m.kind == "group":
                return self._group(m)
            return None
        if kind == "pron":
            if ev.subj[1] in ("he", "she"):
                if last_person is None:
                    return None
                if self.gender.get(last_person, ev.subj[1]) != ev.subj[1]:
                    return None  # "she" after a man: someone else, or unclear
                self._note_gender(last_person, ev.subj[1])
                return last_person
            if last_group is not None and last_group[1] >= p - 1:
                return last_group[0]
            return None
        if kind == "role":
            got = self._match_role(ev.subj[1], (ev.para, ev.clause_start))
            return got if got is not None else "pending"
        if kind == "inherit":
            prev: _Event = ev.subj[1]
            return prev.speaker
        if kind == "sentsubj":
            got = self._sentence_subject(ev)
            if got is None:
                # "The finance minister has defended the plan, insisting ...": a role
                # noun phrase opening the sentence is the subject
                st, _ = self.sentence_span(ev.para, ev.sentence)
                t = self.masked[ev.para]
                t = t[:st] + t[st:st + 1].lower() + t[st + 1:]  # "The" as "the"
                rm = _ROLE_NP_HEAD_RE.match(t, st)
                if rm and t[rm.end():rm.end() + 1] not in ("’", "'") and rm.end() <= ev.verb_start:
                    ev.subj = ("role", rm.group(0).strip())
                    return self._resolve_event(ev, last_person, last_group, p)
            return got
        return None

    def _sentence_subject(self, ev: _Event) -> int | None:
        """The person subject of the main clause: the sentence-initial name, or a name
        right after an introductory phrase and comma; with an event of the same
        sentence before it, that event's speaker."""
        earlier = [x for x in self.events[ev.para] if x.sentence == ev.sentence
                   and x.verb_start < ev.verb_start and x.resolved and x.verb not in _PARTICIPLE]
        if earlier:
            return earlier[-1].speaker
        st, _ = self.sentence_span(ev.para, ev.sentence)
        text = self.masked[ev.para]
        cands = []
        for m in self.mentions[ev.para]:
            if m.start < st or m.end > ev.verb_start:
                continue
            if m.person is None or self.people[m.person].kind != "person" or m.possessive:
                continue
            lead = text[st:m.start]
            if not lead.strip() or lead.rstrip().endswith(","):
                cands.append(m)
        if not cands:
            return None
        return cands[0].person

    def _group(self, m: _Mention) -> int:
        name = " ".join(m.name)
        key = fold(name)
        if key not in self.groups:
            self.people.append(_P([name], forms=[name], kind="group", first_pos=(m.para, m.start)))
            self.groups[key] = len(self.people) - 1
        return self.groups[key]

    def _match_role(self, role_text: str, pos: tuple[int, int]) -> int | None:
        words = [w for w in _ROLE_WORD_RE.findall(fold(role_text))
                 if w not in ("the", "a", "an", "his", "her", "their", "its", "our", "of", "to", "for", "at", "s")]
        if not words:
            return None
        head = None
        for w in words:
            if w in _TITLES or w in _ROLE_NOUNS.split("|"):
                head = w
        if head is None:
            return None
        mods = [w for w in words if w != head and w not in _PLACES and w not in _NATIONALITIES]
        cands = []
        for i, per in enumerate(self.people):
            if per.kind != "person" or per.first_pos > pos:
                continue
            rw = _implied_role_words(set(_ROLE_WORD_RE.findall(fold(" ".join(per.roles)))))
            if head not in rw:
                continue
            if all(w in rw for w in mods):
                cands.append(i)
        if len(cands) == 1:
            return cands[0]
        return None

    # 7. attribution ---------------------------------------------------------------
    def attribute(self) -> list[tuple[int | None, str]]:
        out: list[tuple[int | None, str]] = []
        for qi, q in enumerate(self.quotes):
            got = (None, "none")
            for rule in QUOTE_RULES:
                r = rule(self, qi, q, out)
                if r is not None:
                    got = r
                    break
            out.append(got)
        return out


# --------------------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=65536)
def _run_groups(run: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Split a capitalised run into name-like groups (offsets relative to the run)."""
    if " " not in run:
        w = run[:-1] if run.endswith(".") and not _is_abbrev(run) else run
        return () if w.lower() in _COMMON else (_group_entry([(0, len(w), w)]),)
    toks = [(t.start(), t.end(), t.group()) for t in _RUN_TOKEN_RE.finditer(run)]
    # break the run after sentence-final periods and possessives
    groups: list[list[tuple[int, int, str]]] = [[]]
    for s, e, w in toks:
        groups[-1].append((s, e, w))
        if w.endswith(".") and not _is_abbrev(w):
            groups[-1][-1] = (s, e - 1, w[:-1])
            groups.append([])
        elif w.endswith(("’s", "'s")) and len(w) > 2:
            groups.append([])
    out = []
    for g in groups:
        # connectors only inside titles/organisations ("Secretary of State"); a name
        # followed by "to the Pentagon" is two runs
        cur: list[tuple[int, int, str]] = []
        for tok in g:
            lw = tok[2].lower()
            if lw in _CONNECTORS or lw in _PARTICLE_SET:
                prev = cur[-1][2].lower() if cur else ""
                if lw in _PARTICLE_SET and cur and lw not in _CONNECTORS:
                    cur.append(tok)
                elif cur and (prev in _TITLES or prev in _ORG_WORDS or prev in _ORGISH
                              or lw == "the" and prev in _CONNECTORS):
                    cur.append(tok)
                else:
                    if cur:
                        out.append(cur)
                    cur = []
                continue
            cur.append(tok)
        if cur:
            out.append(cur)
    result = []
    for g in out:
        while g and g[-1][2].lower() in _CONNECTORS | _PARTICLE_SET:
            g = g[:-1]
        if g:
            result.append(_group_entry(g))
    return tuple(result)


@functools.lru_cache(maxsize=65536)
def _run_plan(run: str) -> tuple:
    """The groups of a run that may hold a name, as (start of the first non-sentence
    word, end, those words, the lowercase word when it stands alone and is no title
    (else None), start of each of those words), offsets relative to the run."""
    plan = []
    for offs, words, k in _run_groups(run):
        # k leading words are sentence words ("But", "Meanwhile", "Officials")
        if k >= len(words):
            continue
        lw = None
        if k == len(words) - 1:
            lw = words[k].lower()
            if lw in _TITLES:
                lw = None
        plan.append((offs[k][0], offs[-1][1], tuple(words[k:]), lw, tuple(o[0] for o in offs[k:])))
    return tuple(plan)


def _group_entry(g: list[tuple[int, int, str]]) -> tuple:
    """(offsets, words, number of leading sentence words to skip)."""
    words = tuple(w for _, _, w in g)
    k = 0
    while k < len(words):
        lw = words[k].lower().rstrip(",")
        if lw in _COMMON or (lw in _HONORIFICS and k == len(words) - 1):
            k += 1
            continue
        break
    return tuple((s, e) for s, e, _ in g), words, k


@functools.lru_cache(maxsize=65536)
def _split_role_name(tokens: tuple[str, ...], after_the: bool):
    """Split a capitalised run into (role, name, index of the first name token, kind,
    possessive). kind: "person" (given + family name), "single" (one name word),
    "group" (a place or body), "none" (not a name at all)."""
    words = list(tokens)
    possessive = words[-1].endswith(("’s", "'s"))
    if possessive:
        words[-1] = words[-1][:-2]
    low = [w.lower() for w in words]
    # the role ends at the last title noun that still leaves a name after it
    t = -1
    for i, w in enumerate(low):
        if (w in _TITLES or w.split("-")[-1] in _TITLES) and i < len(low) - 1:
            t = i
    if t < 0 and len(low) >= 3 and low[0] in _DESCRIPTORS and low[0] not in _NAMELIKE_DESCRIPTORS:
        t = 0  # "Striker Jane Roe", "Resident Jane Roe": a description, then the name
    role_end = t + 1
    if t >= 0 and role_end < len(low) and low[role_end] in ("of", "to", "for"):
        j = role_end + 1
        while j < len(low) and (low[j] in _ORGISH or low[j] in _PLACES or _is_acronym(words[j])
                                or low[j] in _CONNECTORS):
            j += 1
        role_end = j
    role = tuple(w for w in words[:role_end] if w.lower() not in _HONORIFICS)  # Mr. is no role
    k = role_end
    while k < len(words) and low[k] in _HONORIFICS:
        k += 1
    name, name_low = words[k:], low[k:]
    if not name:
        return None
    after_the = after_the and not role
    placey = any(w in _ORG_WORDS or w in _PLACES or w in _NATIONALITIES or w in _DIRECTIONS
                 for w in name_low)
    weak = after_the and any(w in _WEAK_ORG_WORDS for w in name_low)
    if (placey or weak or " ".join(name_low) in _MULTIWORD_ORGS
            or (len(name) == 1 and _is_acronym(name[0]) and name_low[0] not in _SUFFIXES)):
        # a title before it ("Minister Park Ji-won") makes a person of it unless a
        # place or body word is in the name itself
        if role and not placey:
            kind = "person" if len(name) >= 2 else "single"
        else:
            kind = "group" if not role else "none"
    elif after_the and len(name) >= 2:
        kind = "group"  # "the Coastal Research Institute": people are not "the X Y"
    elif len(name) > 5 or any(w in _COMMON for w in name_low):
        kind = "none"
    elif any(_is_acronym(w) and w.lower() not in _SUFFIXES and len(w) > 2 for w in name):
        kind = "none"
    elif len([w for w in name_low if w not in _SUFFIXES and not _is_initial(w)]) >= 2:
        kind = "person"
    else:
        kind = "single"
    return role, tuple(name), k, kind, possessive



_GENDERED = {
    **{w: "he" for w in "mr mr. sir lord king prince spokesman chairman congressman "
       "assemblyman councilman businessman husband father son brother widower "
       "grandfather uncle actor".split()},
    **{w: "she" for w in "mrs mrs. ms ms. miss dame lady queen princess spokeswoman "
       "chairwoman congresswoman assemblywoman councilwoman businesswoman wife mother "
       "daughter sister widow grandmother aunt actress".split()},
}


def _implied_role_words(rw: set[str]) -> set[str]:
    """Role words a later role-noun reference may use for the same title: an
    Assistant U.S. Attorney is "the prosecutor", a Justice "the judge", a CEO "the
    chief executive"."""
    if "attorney" in rw and rw & {"district", "assistant", "u", "us", "state", "county", "crown"}:
        rw.add("prosecutor")
    if rw & {"justice", "magistrate"}:
        rw.add("judge")
    if "ceo" in rw:
        rw |= {"chief", "executive"}
    return rw


def _mention_gender(text: str, m: _Mention) -> str | None:
    """he / she from an honorific or a gendered role word in the mention ("Mrs Roe",
    "Congresswoman Roe"), else None."""
    return _gender_of_words(text[m.start:m.name_start] + " " + " ".join(m.role))


@functools.lru_cache(maxsize=65536)
def _gender_of_words(words: str) -> str | None:
    got = {_GENDERED[w] for w in words.lower().split() if w in _GENDERED}
    return got.pop() if len(got) == 1 else None


_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIAL_RE = re.compile(r"[a-z]\.?")


def _is_abbrev(word: str) -> bool:
    w = word.rstrip(".").lower()
    if len(w) == 1 and w.isalpha():
        return True  # an initial: "Jane Q. Roe"
    if "." in w and _DOTTED_RE.fullmatch(w):
        return True  # U.S.
    return w in _ABBREV


def _is_initial(w: str) -> bool:
    return len(w) <= 2 and bool(_INITIAL_RE.fullmatch(w))


def _is_acronym(w: str) -> bool:
    return len(w) >= 2 and w.replace(".", "").replace("&", "").replace("/", "").isupper()


@functools.lru_cache(maxsize=65536)
def _norm_tok(w: str) -> str:
    return fold(w).replace(".", "").rstrip("’'")


def _norm_name(name: list[str]) -> list[str]:
    """Folded name tokens without initials and suffixes: Jane Q. Roe III -> jane roe."""
    return list(_norm_name_t(tuple(name)))


@functools.lru_cache(maxsize=65536)
def _norm_name_t(name: tuple[str, ...]) -> tuple[str, ...]:
    toks = [_norm_tok(w) for w in name]
    keep = [t for t in toks if t not in _SUFFIXES and not _is_initial(t) and t]
    return tuple(keep or toks)


def _same_full(a: list[str], b: list[str]) -> bool:
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True  # Park Ji-won == Park Ji Won
    if a[-1].replace("-", "") != b[-1].replace("-", ""):
        return False
    return a[0] == b[0]


_ADV_SET = set(_ADV.split("|")) - {"[a-z]+ly"}
_ROLE_NOUN_ANY_RE = re.compile(r"\b(?:" + _trie_pattern(_ROLE_NOUNS.split("|")) + r")\b")


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
        if not w or not (k > 0 and head[k - 1].isspace()) or not (w in _ADV_SET or w.endswith("ly")):
            return lo + e
        e = len(head[:k].rstrip())


_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _role_np_tail(before: str) -> re.Match | None:
    """A role noun phrase ending `before` ("Freedonia's ambassador to the United Nations")."""
    lo = max(0, len(before) - 110)
    if not _ROLE_NOUN_ANY_RE.search(before, lo):
        return None
    return _ROLE_NP_TAIL_RE.search(before, lo)


def _next_sentences(ctx: _Ctx, p: int, s: int, k: int) -> tuple[int, int]:
    """The (paragraph, sentence) k sentences after (p, s)."""
    for _ in range(k):
        if s + 1 < len(ctx.sent_starts[p]):
            s += 1
        elif p + 1 < len(ctx.paras):
            p, s = p + 1, 0
    return (p, s)


_SPEECH_PAT = _trie_pattern(_SPEECH)
_AFTER_ATTR_RE = re.compile(
    rf"\s*(?:(?:he|she|they|[{_UP}][\w.’'\-]*(?:\s+[{_UP}][\w.’'\-]*){{0,5}}|the\s+[a-z\s\-]+?)\s+"
    rf"(?:{_ADV}\s+)?(?:{_SPEECH_PAT})|(?:{_SPEECH_PAT})\s+(?:he|she|[{_UP}]))\b"
)


# A single-quoted clause tied to a reporting clause: "'Q,' said Roe" / "'Q,' the
# coach said" right after it, or "Roe told the court: 'Q.'" right before it.
_SQ_CLAUSE_OPEN_RE = re.compile(f"(?:^|[.?!:][\u201d\u2019\"')]?\\s+)[\u2018'][{_UP}\\d]")
_SQ_ATTR_AFTER_RE = re.compile(
    rf"\s*(?:(?:he|she|they|[{_UP}][\w.’'\-]*(?:\s+[{_UP}][\w.’'\-]*){{0,5}}|the\s+[a-z\s\-]+?)\s+"
    rf"(?:{_ADV}\s+)?(?:{_SPEECH_PAT})\b|(?:{_SPEECH_PAT})\s+(?:(?:he|she|the|a|an|one|his|her|their|its)\b|[{_UP}]))"
)
_SPEECH_COLON_RE = re.compile(rf"\b(?:{_SPEECH_PAT})\b[^.?!:\x01\u201c\u201d\"]{{0,80}}:$")


def _after_attribution_like(text: str, pos: int, punct: str) -> bool:
    m = _AFTER_ATTR_RE.match(text, pos)
    if not m:
        return False
    if punct == ".":  # '"Q." Roe said.' - only a bare clause ending the sentence
        return bool(_CLAUSE_END_RE.match(text, m.end()))
    return True


# --------------------------------------------------------------------------- quote rules
# Each rule takes (ctx, quote index, quote, answers so far) and returns
# (speaker or None, cue) when it decides, or None to let the next rule try.


_GAP_RE = re.compile(r"[\s,]*")
_VERB_RIGHT_AFTER_RE = re.compile(rf"[\s,]*({_trie_pattern(_SPEECH)})\b")
# Lowercase words describing the name that follows: "goalkeeper", "media analyst".
_LOWER_DESCRIPTION_RE = re.compile(r"((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?=[A-Z\u00c0-\u00de])")
# '"Q," union leader Jurgen Maalouf said': up to three lowercase descriptor words
_DESCRIPTOR_GAP_RE = re.compile(r"[\s,]*(?:[a-z][\w\-]*\s+){1,3}")


def _rule_after(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'"Q," Roe said.' / '"Q," said Roe.' / '"Q?" he asked.' / '"Q," the minister told
    reporters.': an attribution clause right after the closing mark."""
    p, _, _ = q.last
    if q.closes < 0:
        return None
    text = ctx.masked[p]
    inner = ctx.paras[p][q.last[1]:q.last[2]].rstrip()
    events = ctx.events[p]
    # An event whose verb precedes the closing mark has clause_start < closes: skip those
    # by bisection, so a long paragraph of many quotes stays linear.
    for i in range(bisect.bisect_left(ctx.verb_starts[p], q.closes), len(events)):
        ev = events[i]
        if ev.clause_start < q.closes or ev.verb == "according to":
            continue
        gap = text[q.closes:ev.clause_start]
        if not _GAP_RE.fullmatch(gap) and not (ev.subj[0] == "mention" and _DESCRIPTOR_GAP_RE.fullmatch(gap)):
            return None
        if inner[-1:] == "." and not _CLAUSE_END_RE.match(text, ev.clause_end):
            return None  # '"Q." Roe announced on Monday that ...' starts a new sentence
        if ev.verb in _PARTICIPLE:
            return None
        return ev.speaker, "said-after"
    m = _VERB_RIGHT_AFTER_RE.match(text, q.closes)
    starts = ctx.verb_starts[p]
    at = bisect.bisect_left(starts, m.start(1)) if m else 0
    if m and inner[-1:] in ",?!" and not (at < len(starts) and starts[at] == m.start(1)):
        # '"Q," said one trader who ...': the quote has a clause of its own whose
        # subject is no one we know; it does not continue the previous speaker
        return None, "said-after-unknown"
    return None


def _rule_dash(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'"Q" - Jane Roe': a dash and a name right after the quote."""
    p = q.last[0]
    if q.closes < 0:
        return None
    m = _DASH_GAP_RE.match(ctx.masked[p], q.closes)
    if not m:
        return None
    men = ctx.by_start[p].get(m.end())
    if men is not None and men.person is not None:
        return men.person, "dash"
    return None


def _rule_colon_name(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'Roe: "Q"': a name and a colon right before the opening mark."""
    p, s, _ = q.first
    m = _COLON_TAIL_RE.search(ctx.masked[p][max(0, s - 4):s - 1])
    if not m:
        return None
    e = len(ctx.masked[p][:s - 1].rstrip()) - 1
    men = ctx.by_end[p].get(e)
    if men is not None and men.person is not None:
        return men.person, "colon-name"
    return None


def _is_title(ctx: _Ctx, q: _Q) -> bool:
    p, s, e = q.first
    return bool(_TITLE_CUE_RE.search(ctx.masked[p][max(0, s - 30):s - 1]))


def _rule_title(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'the so-called "peace plan"', 'the film "Dune"': a name or a scare quote."""
    if _is_title(ctx, q):
        return None, "title"
    return None


def _rule_later(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'There is a "high possibility" that ..., Roe said.': a plain speech clause later
    in the same sentence (not a characterising verb, which needs its quote after it)."""
    p = q.last[0]
    if q.closes < 0:
        return None
    s = ctx.sentence_of(p, q.closes - 1)
    for ev in ctx.events[p]:
        if ev.verb_start < q.closes or ev.sentence != s:
            continue
        if "\x01" in ctx.masked[p][q.closes:ev.verb_start]:
            return None  # another quote in between takes that clause
        if ev.verb in _SPEECH_ONLY and ev.subj[0] not in ("inherit", "sentsubj"):
            return ev.speaker, "said-later"
        return None
    return None


def _rule_before(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'Roe said (that) ... "Q"', 'Roe told the council: "Q"', 'Roe called it a "Q"',
    '..., stating, "Q"', 'according to Roe, "Q"': the closest reporting clause earlier
    in the same sentence."""
    p, s, _ = q.first
    open_at = s - 1
    sent = ctx.sentence_of(p, open_at)
    best = None
    for ev in ctx.events[p]:
        if ev.sentence == sent and ev.verb_end <= open_at:
            best = ev
    if best is None:
        # 'according to Roe' after the quote in the same sentence
        for ev in ctx.events[p]:
            if ev.sentence == sent and ev.verb == "according to" and ev.verb_start > open_at:
                return ev.speaker, "according-to"
        return None
    between = ctx.masked[p][best.clause_end:open_at]
    if best.verb == "according to":
        return best.speaker, "according-to"
    cue = "said-colon" if between.rstrip().endswith(":") else "said-before"
    return best.speaker, cue


def _rule_continuation(ctx: _Ctx, qi: int, q: _Q, done) -> tuple | None:
    """'"A," Roe said. "B."': a quote with no clause of its own continues the previous
    quote's speaker when no other reporting clause comes between them; so does a
    paragraph that is only a quote after a paragraph ending in 'Roe said:'."""
    p, s, _ = q.first
    if qi > 0:
        pq = ctx.quotes[qi - 1]
        pp = pq.last[0]
        prev_sp, prev_cue = done[qi - 1]
        if pp == p and prev_sp is not None:
            between = [ev for ev in ctx.events[p] if pq.closes <= ev.clause_start < s]
            if all(ev.speaker == prev_sp for ev in between):
                return prev_sp, "continuation"
    lead = ctx.masked[p][:s - 1]
    if p > 0 and not lead.strip():
        prev = ctx.paras[p - 1].rstrip()
        if prev.endswith(":") and ctx.events[p - 1]:
            return ctx.events[p - 1][-1].speaker, "colon-paragraph"
        # the whole paragraph is this quote, right after a paragraph whose last
        # sentence was an attributed quote: the same voice goes on
        whole = not ctx.masked[p][q.closes:].strip(" .,") if q.closes >= 0 and q.last[0] == p else False
        if whole and qi > 0 and ctx.quotes[qi - 1].last[0] == p - 1:
            prev_sp, _ = done[qi - 1]
            pq = ctx.quotes[qi - 1]
            st, _ = ctx.sentence_span(p - 1, len(ctx.sent_starts[p - 1]) - 1)
            if prev_sp is not None and pq.closes >= st:
                return prev_sp, "next-paragraph"
    return None


# Tried in order; the first that answers decides (a None speaker included).
QUOTE_RULES = [
    _rule_after,  # '"Q," Roe said.' - the strongest cue in news copy
    _rule_dash,  # '"Q" - Roe'
    _rule_colon_name,  # 'Roe: "Q"'
    _rule_title,  # titles and scare quotes: no speaker rather than a guess
    _rule_later,  # '"Q" in their talks, Roe said.'
    _rule_before,  # 'Roe said that "Q"', 'Roe called it "Q"', ', stating, "Q"'
    _rule_continuation,  # '"A," Roe said. "B."'
]


# --------------------------------------------------------------------------- entry point


def extract_article(article: Article) -> ArticleExtraction:
    ctx = _Ctx(article)
    ctx.find_mentions()
    ctx.find_events()
    ctx.link()
    ctx.resolve()
    answers = ctx.attribute()

    # keep persons, and groups only when they spoke
    used = {sp for sp, _ in answers if sp is not None}
    keep = [i for i, per in enumerate(ctx.people) if per.kind == "person" or i in used]
    new_index = {old: new for new, old in enumerate(keep)}
    people = []
    for i in keep:
        per = ctx.people[i]
        forms = list(dict.fromkeys([*per.forms, " ".join(per.name)]))
        people.append(Person(name=" ".join(per.name), forms=forms, roles=list(per.roles), kind=per.kind))

    quotes = []
    for q, (sp, cue) in zip(ctx.quotes, answers):
        spans = [_trim_span(article.paragraphs[pp], pp, ss, ee) for pp, ss, ee in q.parts] \
            if len(q.parts) > 1 else [_trim_span(article.paragraphs[q.first[0]], *q.first)]
        p, s, e = spans[0]
        if len(spans) > 1:
            text = "\n\n".join(article.paragraphs[pp][ss:ee] for pp, ss, ee in spans)
            parts = spans
        else:
            text, parts = article.paragraphs[p][s:e], []
        quotes.append(Quote(article=article.id, paragraph=p, start=s, end=e, text=text,
                            speaker=new_index.get(sp) if sp is not None else None,
                            cue=cue, parts=parts))
    return ArticleExtraction(article=article.id, people=people, quotes=quotes)


def _trim_span(text: str, p: int, s: int, e: int) -> tuple[int, int, int]:
    """Drop the comma and spaces that end a quote before its attribution ('"Q," she
    said'): punctuation of the reporting sentence, not of the words quoted."""
    while e > s + 1 and text[e - 1] in ", \t":
        e -= 1
    while s < e - 1 and text[s] in " \t":
        s += 1
    return p, s, e
