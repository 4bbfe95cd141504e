"""Extract: direct quotations and who said them, from one article's body paragraphs.

Pure rules (regexes and small lexicons of general English news writing), no models.
The steps, one module each, over a `Doc` (document.py):

1. quotes      pair the quotation marks of every paragraph into quote spans;
2. document    mask each quote span (marks included) by \\x01 characters of the same
               length, so that the rules below never look inside quoted words and all
               offsets stay valid; find sentence starts;
3. mentions    capitalised runs split into a role and a name, classified;
4. cues        every reporting verb with its grammatical subject;
5. coref       mentions of one person merged; subjects of reporting clauses resolved
               to people (pronouns, role nouns, pending roles);
6. rules       each quote tries the rules in order; the first that answers wins.
"""
from __future__ import annotations

from ..model import Article, ArticleExtraction, Person, Quote
from .coref import link, resolve
from .cues import find_events
from .document import Doc
from .mentions import find_mentions
from .quotes import find_quotes
from .rules import attribute

__all__ = ["extract_article", "find_quotes"]


def extract_article(article: Article) -> ArticleExtraction:
    doc = Doc(article)
    find_mentions(doc)
    find_events(doc)
    link(doc)
    resolve(doc)
    answers = attribute(doc)

    # keep persons, and groups only when they spoke
    used = {sp for sp, _ in answers if sp is not None}
    keep = [i for i, per in enumerate(doc.people) if per.kind == "person" or i in used]
    new_index = {old: new for new, old in enumerate(keep)}
    people = []
    for i in keep:
        per = doc.people[i]
        forms = list(dict.fromkeys([*per.forms, " ".join(per.name)]))
        people.append(Person(name=" ".join(per.name), forms=forms, roles=list(per.roles), kind=per.kind))

    quotes = []
    for q, (sp, cue) in zip(doc.quotes, answers):
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
