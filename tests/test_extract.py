"""Quote extraction and in-article attribution, case by case from the YAML fixtures.

Each fixture case (tests/fixtures/extract/*.yaml) gives the body paragraphs of an
invented article and the quotations expected in it, in order, with the exact text
and the expected speaker's full name (null: "no speaker" must be the answer). A
quotation may also give `guess` (no speaker is asserted, and the likeliest candidate
shown is this person) and `described_as` (the text's description of a speaker it does
not name).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import MIN_GUESS, extract_article, find_quotes
from generator.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def load_cases() -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append((f"{path.stem}: {case['name']}", case))
    return cases


CASES = load_cases()


def article_of(case: dict) -> Article:
    return Article(
        id="t",
        source="t",
        title="T",
        paragraphs=list(case["paragraphs"]),
        authors=list(case.get("authors") or []),
        contributors=list(case.get("contributors") or []),
    )


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_fixture(case: dict) -> None:
    ex = extract_article(article_of(case))
    got = [
        (q.text, ex.people[q.speaker].name if q.speaker is not None else None, q.cue)
        for q in ex.quotes
    ]
    want = [(q["text"], q.get("speaker")) for q in case["quotes"]]
    assert [(t, s) for t, s, _ in got] == want, got
    for q, w in zip(ex.quotes, case["quotes"]):
        if "kind" in w:
            assert ex.people[q.speaker].kind == w["kind"]
        if "guess" in w:
            assert q.guess is not None and ex.people[q.guess].name == w["guess"], (q.guess, q.candidates)
        if "described_as" in w:
            assert q.described_as == w["described_as"]
    for want_person in case.get("people") or []:
        person = next(p for p in ex.people if p.name == want_person["name"])
        assert person.roles == want_person["roles"]


def _check_offsets(article: Article) -> None:
    ex = extract_article(article)
    for q in ex.quotes:
        assert article.paragraphs[q.paragraph][q.start:q.end] == q.text
        assert q.speaker is None or 0 <= q.speaker < len(ex.people)


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_offsets_point_at_text(case: dict) -> None:
    _check_offsets(article_of(case))


SAMPLE = [c for _, c in CASES][::6]  # a handful of fixtures for the property test
NOISE = st.text(alphabet="ab .,“”\"'’‘—:\n", max_size=30)


@settings(max_examples=150, deadline=None)
@given(case=st.sampled_from(SAMPLE), noise=st.lists(NOISE, min_size=1, max_size=3), where=st.integers(0, 10))
def test_offsets_survive_noise(case: dict, noise: list[str], where: int) -> None:
    """Stray marks, apostrophes and dashes anywhere never break the offset contract."""
    paras = list(case["paragraphs"])
    i = where % len(paras)
    paras[i] = noise[0] + paras[i] + "".join(noise[1:])
    paras.insert(where % (len(paras) + 1), "".join(noise))
    _check_offsets(Article(id="t", source="t", title="T", paragraphs=paras))


def test_a_quotation_over_paragraphs_is_one_per_paragraph() -> None:
    """Each paragraph of a reopened quotation is a quotation of its own (a permalink a
    reader can cite), all with the speaker the whole quotation has."""
    paras = ["“One thing first.", "“Then another,” Rhona Vasquez said.", "A later paragraph."]
    ex = extract_article(Article(id="t", source="t", title="T", paragraphs=paras))
    assert [(q.paragraph, q.start, q.end, q.text) for q in ex.quotes] == [
        (0, 1, 17, "One thing first."), (1, 1, 13, "Then another")]  # the closing comma is not part of the words
    assert {ex.people[q.speaker].name for q in ex.quotes} == {"Rhona Vasquez"}


def test_find_quotes_ignores_apostrophes_in_single_quote_style() -> None:
    qs = find_quotes(["‘It’s the ’90s again,’ she said of the officials’ plan."])
    assert len(qs) == 1
    assert qs[0].parts == [(0, 1, 21)]


def test_single_quoted_copy_with_a_pasted_double_quoted_statement_keeps_both() -> None:
    """British copy quotes in single marks; one statement pasted from wire copy in double
    marks does not make the single-quoted speech, partial quotes and a quotation over two
    paragraphs (invented here) vanish: the house style is what most spans use."""
    paras = ["Neighbour Orla Quigg said she found him 'shaking and freezing' at the door.",
             "'He was always so careful on that road,' she said.",
             "'He knew every bend of it.",
             "'We never thought this would happen to him.'",
             'The council said in a statement: "Our thoughts are with the family."']
    texts = [paras[p][s:e] for q in find_quotes(paras) for p, s, e in q.parts]
    assert texts == ["shaking and freezing", "He was always so careful on that road,",
                     "He knew every bend of it.", "We never thought this would happen to him.",
                     "Our thoughts are with the family."]
    # American copy: double marks are the quotes, a single-quoted phrase inside them is part of one
    us = ['"They called it \'the Cliff\' for a reason," Roe said.', '"It was steep," Roe said.']
    assert [q.parts for q in find_quotes(us)] == [[(0, 1, 41)], [(1, 1, 14)]]


def test_a_people_after_the_is_a_description_not_a_name() -> None:
    """'the Texan said': a demonym after "the" describes someone; it is nobody's name
    (a speaker page "Texan"), while a family name the lists take for a people stays one."""
    paras = ["Former governor Odell Brandt spoke in Austin on Monday.",
             "“The voters want something new,” the Texan said.",
             "Investor Mark Cuban was there too. “I agree,” Cuban said."]
    ex = extract_article(Article(id="t", source="t", title="T", paragraphs=paras))
    assert "Texan" not in [p.name for p in ex.people]
    assert _speaker_names(ex)[1] == "Mark Cuban"


def test_people_are_not_places_or_organisations() -> None:
    paras = ["Olwen Marsh flew from Washington to the White House summit, and the Pentagon was briefed."]
    ex = extract_article(Article(id="t", source="t", title="T", paragraphs=paras))
    assert [p.name for p in ex.people] == ["Olwen Marsh"]


def test_authors_never_become_people() -> None:
    paras = ["“Ports reopen Friday,” Ines Calder said. Ines Calder wrote the report with Berit Lund."]
    art = Article(id="t", source="t", title="T", paragraphs=paras, authors=["Berit Lund"])
    ex = extract_article(art)
    assert [p.name for p in ex.people] == ["Ines Calder"]


def test_cue_names_the_rule() -> None:
    paras = ["“Yes,” Tilde Aronsen said.", "Aronsen said she would “think about it.”"]
    ex = extract_article(Article(id="t", source="t", title="T", paragraphs=paras))
    assert [q.cue for q in ex.quotes] == ["said-after", "said-before"]


def _extracted(*paras: str):
    """The extraction of an article of these body paragraphs (title "T")."""
    return extract_article(Article(id="t", source="t", title="T", paragraphs=list(paras)))


def _people_names(*paras: str) -> list[str]:
    return [p.name for p in _extracted(*paras).people]


def _speaker_names(x) -> list[str | None]:
    """The name of each quotation's speaker, in order (None where none is asserted)."""
    return [x.people[q.speaker].name if q.speaker is not None else None for q in x.quotes]


def _speakers_of_words(x) -> list[str | None]:
    """_speaker_names of the quotations that are not titles (a nickname in quotation marks is one)."""
    return [n for n, q in zip(_speaker_names(x), x.quotes) if q.cue != "title"]


def _speaker_or_guess(x, q) -> str | None:
    """The name of the quotation's speaker, or of the likely speaker offered when none is
    asserted (near the threshold either may be right), or, when the guess is too weak to
    offer readers, the first candidate editors see; None when there is none of them (no
    one may speak, or the text describes the speaker)."""
    who = q.speaker if q.speaker is not None else q.guess
    if who is None and not q.described_as and 0 < q.confidence < MIN_GUESS and q.candidates:
        who = q.candidates[0][0]
    return None if who is None else x.people[who].name


def test_credits_possessives_and_role_labels_are_no_people() -> None:
    """Issue 27: a photo credit ("Name/Agency", "(Agency)", "Getty Images"), a plural
    possessive's mark, a legislature's "Members", page furniture and a role with no name
    ("the Lakeshore Centre MP") never become people."""
    names = _people_names(
        "Crowds filled the square on Friday. (Halvor Brekke/Nordic Wire)",
        "Crowds filled the square again. Getty Images",
        "Investigators examined Marcus Jones’ phone records. Members shouted.",
        "Story continues below advertisement",
        "“We are ready,” said the Lakeshore Centre MP.",
    )
    assert names == ["Marcus Jones"]


def test_a_run_of_capitalised_words_ending_in_a_title_is_no_candidate() -> None:
    """Issue 27: "a longtime Liberal National Committeeman" is a role with no name. As a
    person it was the most recent candidate for a letter quoted after "He then listed
    ...:" and took enough probability from the writer to leave him unasserted."""
    from generator.extract import analyse
    doc = analyse(Article(id="t", source="t", title="T", paragraphs=[
        "Ilse Varga, the activist who founded the Harbour Institute and is a longtime "
        "Liberal National Committeeman representing Ohio, has endorsed Sen. Piet Hale."])).doc
    assert [" ".join(p.name) for p in doc.people] == ["Ilse Varga", "Piet Hale"]


def test_a_body_named_by_its_last_word_is_the_body_the_article_named_in_full() -> None:
    """Issue 27: "the Gazette" after "the Harbour Gazette" is that paper, not a second
    speaker "Gazette"; a chamber ("the House") is not the longer name ending in its word."""
    x = _extracted(
        "The Harbour Gazette reported on Monday that the council had shaken up its staff.",
        "The Gazette said: “We stand by our story.”",
        "The White House said on Monday it would veto the bill.",
        "The House said: “We will pass it anyway.”")
    assert _speaker_names(x) == ["Harbour Gazette", "House"]


def test_the_first_words_of_a_place_named_in_full_are_the_place_not_a_speaker() -> None:
    """Issue 27: "<Place> wasn't just a tragedy ... he added" credited a senator's words
    to the place, named in full as "<Place> Elementary School" before. A man
    with a given name the lists know keeps his name beside his namesake centre."""
    from generator.extract import analyse
    a = analyse(Article(id="t", source="t", title="T", paragraphs=[
        "Senator Bram Lowell visited Pelly Cove Elementary School on the day of the fire.",
        "In that sense, Pelly Cove wasn’t just a tragedy. “It was a summons,” he added.",
        "Mourners filled the Walter Brandt Center. Walter Brandt said once: “I stay.”"]))
    assert [" ".join(p.name) for p in a.doc.people if p.kind == "person"] == ["Bram Lowell", "Walter Brandt"]


def test_the_plural_of_a_surname_the_article_names_is_a_family_not_a_person() -> None:
    """Issue 27: "aides with ties to both Clintons cited another “trap”" made a speaker
    page "Clintons". A surname that itself ends in s stays a name ("Ada Reynolds")."""
    from generator.extract import analyse
    a = analyse(Article(id="t", source="t", title="T", paragraphs=[
        "Ada Lindqvist and Bo Reynolds spoke on Monday.",
        "Aides with ties to both Lindqvists cited another “trap” debate.",
        "“We will see,” Reynolds said."]))
    assert [" ".join(p.name) for p in a.doc.people] == ["Ada Lindqvist", "Bo Reynolds"]


def test_he_after_a_spokesman_not_named_is_the_spokesman_not_the_last_name() -> None:
    """Issue 27: 'Council leader Roe said ... A spokesman for the water company said ...
    "Q," he said. "R."' gave both quotations to Roe at 0.98: the pronoun stands for the
    spokesman, who is described, not named, and no one is guessed. A spokeswoman is no
    "he": there the pronoun goes on to the last man named."""
    x = _extracted(
        "Council leader Arnold Roe said the plan was fair.",
        "A spokesman for Northvale Water said the company was investing in the network.",
        "“We take our duties seriously,” he said. “The overflows are old.”")
    assert [(q.speaker, q.guess, q.described_as) for q in x.quotes] == \
        [(None, None, "a spokesman for Northvale Water")] * 2
    x = _extracted(
        "Council leader Arnold Roe said the plan was fair.",
        "A spokeswoman for Northvale Water said the company was investing.",
        "“We will see,” he said.")
    assert _speaker_names(x) == ["Arnold Roe"]


def test_a_title_alone_in_capitals_is_its_holder_or_no_one_named() -> None:
    """Issue 27, copy from other countries: '"Q," the Prime Minister said' made a speaker
    page "Prime Minister" (0.96), as "the President said" made one "President". The title
    is its holder when the article names one, else a description; "King said" (a surname)
    stays a name."""
    def said(*paras):
        x = extract_article(Article(id="t", source="t", title="T", paragraphs=list(paras)))
        return [(x.people[q.speaker].name if q.speaker is not None else None, q.described_as) for q in x.quotes]
    q = "“That is simply untrue,” the Prime Minister said."
    assert said("Mr Ostrander hit back on Tuesday. " + q) == [(None, "Prime Minister")]
    assert said("Prime Minister Ada Roe hit back on Tuesday. " + q) == [("Ada Roe", "")]
    assert said("Bo Lind and Rep. Walter King spoke.", "“We will vote no,” King said.") == [("Walter King", "")]


def test_title_case_headline_words_are_no_people() -> None:
    """Issue 27: words of a headline in title case are listed as no person; an unfamiliar
    name of a person, only mentioned, still is."""
    names = _people_names(
        "Read more: Report Reveals Harbour Plan, and the report was long.",
        "The talks were led by Oyelaran Tchamba, who left on Monday.",
    )
    assert names == ["Oyelaran Tchamba"]


def test_a_name_in_decomposed_form_is_not_cut_at_its_accent() -> None:
    """Issue 27: 'Jose' + a combining acute accent was cut to 'Jose', a second page."""
    import unicodedata
    para = unicodedata.normalize("NFD", "“We stay,” said Joséfina Ibáñez.")
    names = _people_names(para)
    assert names == [unicodedata.normalize("NFD", "Joséfina Ibáñez")]


def test_a_plural_noun_for_people_opening_a_sentence_is_no_name() -> None:
    """Issue 27: "Aides say ..." made "Aides" a person and a speaker when the article never
    wrote "aides" in lowercase. A family name that looks like a plural stays a name."""
    names = _people_names(
        "Aides say the former governor plans to campaign. “We are ready,” the governor said.",
        "Analysts expect a close race in the district.",
        "Sanders spoke first. Julia Sanders was the only speaker, and she said little.",
    )
    assert names == ["Julia Sanders"]


def test_a_colon_glued_to_a_quotation_leaves_the_name_whole() -> None:
    """Issue 27: 'Jane Rodham Doyle:"We learned ..."' gave the quotation to "Jane Rodham"."""
    from generator.ingest.text import clean_text
    para = clean_text('Former secretary Jane Rodham Doyle:"We learned that from the department."')
    assert para == 'Former secretary Jane Rodham Doyle: "We learned that from the department."'
    ex = _extracted(para)
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Jane Rodham Doyle"]
    assert clean_text('He wrote "as follows:" and left.') == 'He wrote "as follows:" and left.'


def test_the_name_after_said_speaks_a_partial_quote_opened_by_another_name() -> None:
    """Issue 27: 'Manafort "has taken on a tough task," said Black': the parser gives
    "said" two subjects, and the one before the quotation (the subject of the quoted
    words) was taken for the speaker."""
    ex = _extracted(
        "The firm lobbied for the company, said strategist Charlie Black, a former partner of Paul Manafort.",
        "Manafort \u201chas taken on a tough task, but certainly it is a good decision for the campaign,\u201d "
        "said Black, who has been friends with Manafort for 40 years.")
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Charlie Black"]


def test_a_party_word_before_a_name_is_a_role() -> None:
    """Issue 27: "Republican Donald Trump" was one name, a second page beside "Donald Trump"."""
    names = _people_names("The rally was held on Friday, and Republican Donald Trump spoke about trade.",
                          "Democrat Jane Roe answered him later.")
    assert names == ["Donald Trump", "Jane Roe"]


def test_a_noun_for_people_before_a_given_name_is_a_role() -> None:
    """Issue 27: "Comedian Sarah Silverman", "Billionaire Donald Trump" and "Celebrities
    Julianne Moore" were names of their own, second pages of one person."""
    ex = _extracted(
        "Comedian Sarah Roe was booed at the fair, and Billionaire Peter Quist laughed.",
        "Celebrities Julia Brekke and Tomas Vell signed the letter.")
    assert sorted(p.name for p in ex.people) == ["Julia Brekke", "Peter Quist", "Sarah Roe", "Tomas Vell"]


def test_a_party_word_or_plural_before_an_unlisted_given_name_is_a_role() -> None:
    """Issue 27: "Democrat Zephyr Teachout" and "Celebrities Julianne Moore" stayed whole
    names when the lists did not know the given name; "Manhattan-made Mr. Trump" was a
    name. "Someone" opening a sentence was a speaker page."""
    ex = _extracted(
        "Democrat Zorvath Quist spoke on Friday, and Celebrities Yllin Brekke listened.",
        "The Northvale-born Mr. Vell was not there. Someone said the hall was full.",
        "\u201cWe will win,\u201d Quist said. \u201cSo will we,\u201d Vell said.")
    assert sorted(p.name for p in ex.people) == ["Vell", "Yllin Brekke", "Zorvath Quist"]
    assert [p.roles for p in ex.people if p.name == "Zorvath Quist"] == [["Democrat"]]


def test_father_and_son_are_two_people_in_one_article() -> None:
    """Issue 27: "Donald Trump" and "Donald Trump Jr." were one person, the son's name."""
    ex = _extracted(
        "Orrin Quist spoke first at the rally on Friday.",
        "Later, Orrin Quist Jr. took the stage. \u201cMy father will win,\u201d Orrin Quist Jr. said.",
        "\u201cWe will build it,\u201d Orrin Quist said.")
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Orrin Quist Jr.", "Orrin Quist"]


def test_roles_are_cut_from_headline_words_and_glued_credits() -> None:
    """Issue 27: a title-case headline run before a title ("... Refugees Fleeing President")
    and a credit glued to the text ("PRESSOhio Gov.") became a person's role."""
    from generator.extract.roles import role_words
    assert role_words(tuple("Island Will Welcome Refugees Fleeing President".split())) == ("President",)
    assert role_words(tuple("HarlowASSOCIATED PRESSOhio Gov.".split())) == ("Gov.",)
    assert role_words(tuple("Former Secretary of State".split())) == tuple("Former Secretary of State".split())
    assert role_words(tuple("Acting Director".split())) == ("Acting", "Director")
    assert role_words(("Lord", "for")) == ("Lord",)
    # a headline's kicker in capitals ends before the role; acronyms stay
    assert role_words(tuple("DEADLY HARBOUR EXPLOSION Northvale President".split())) == ("Northvale", "President")
    assert role_words(tuple("DEBATE STAGE".split()) + ("Senator",)) == ("Senator",)
    assert role_words(tuple("NRA CEO".split())) == ("NRA", "CEO")
    assert role_words(tuple("Review Crowd Does Not Like".split())) == ()
    ex = _extracted(
        "Pres. Orrin Quist spoke on Friday. \u201cWe are going to win this one,\u201d Pres. Orrin Quist said.")
    assert [(p.name, p.roles) for p in ex.people] == [("Orrin Quist", ["Pres."])]


def test_a_role_reads_as_one_persons_role() -> None:
    """Issue 27: speaker pages showed the roles "Marcel", "Joseph R.", "Iron", "Telling",
    "a new article in", "reports", "the results", and "Senators" for one senator."""
    from generator.extract.roles import role_of_one
    for junk in ("Marcel", "Joseph R.", "Iron", "Telling", "a new article in", "reports", "the results", "the"):
        assert role_of_one(junk) == "", junk
    assert role_of_one("Senators") == "Senator"
    assert role_of_one("Republicans") == "Republican"
    for role in ("Sen.", "Dean", "Florida Gov.", "Vermonter", "FBI Director", "the town's mayor", "Secretary of State"):
        assert role_of_one(role) == role, role
    ex = _extracted(
        "Senators Orla Quist and Tomas Vell voted no, according to reports Mr. Vell filed.")
    assert sorted((p.name, p.roles) for p in ex.people) == [("Orla Quist", ["Senator"]), ("Tomas Vell", [])]


def test_a_family_name_that_is_also_a_people_or_a_direction_stays_the_person() -> None:
    """Issue 27: "Mark Cuban ... Cuban said" gave a speaker "Cuban", typed organisation;
    "Marty West ... West said" a speaker "West"."""
    ex = _extracted(
        "The investor Peter Cuban spoke on Friday about the race.",
        "\u201cI would not vote for either one of them,\u201d Cuban said.",
        "Marty West, a strategist, disagreed. \u201cIt is a close race,\u201d West said.")
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Peter Cuban", "Marty West"]
    assert sorted(p.name for p in ex.people) == ["Marty West", "Peter Cuban"]


def test_a_description_names_the_person_the_article_gave_that_title() -> None:
    """Issue 27 item 5: "the Florida senator said" after "Florida Sen. Tomas Vell" was
    "(not named)": an abbreviated title is the same title."""
    ex = _extracted(
        "President Orrin Quist met the council on Monday, and Senate Minority Leader Ann Brekke joined them.",
        "\u201cWe will find the money for the bridge this year,\u201d the president said.",
        "\u201cThat is not going to happen,\u201d the minority leader said.",
        "Florida Sen. Tomas Vell spoke later. \u201cWe need the bridge,\u201d the Florida senator said.")
    # named, or (less sure) offered as the likely speaker: never "not named"
    assert [_speaker_or_guess(ex, q) for q in ex.quotes] == \
        ["Orrin Quist", "Ann Brekke", "Tomas Vell"]
    assert [q.described_as for q in ex.quotes] == ["", "", ""]


def test_a_verb_in_ing_opening_a_run_is_no_part_of_a_name() -> None:
    """Issue 27: "Celebrating Clinton" and "Asserting Clinton" were speaker pages."""
    names = _people_names("Orla Quist spoke at noon. Celebrating Quist, the crowd sang.",
                          "Asserting Quist was wrong, the council voted again.")
    assert names == ["Orla Quist"]


def test_a_given_name_then_a_place_word_is_still_a_person() -> None:
    """Issue 27: "Deborah Jordan Reynolds" was taken for a place (Jordan), so her bare
    "Reynolds" joined another Reynolds of the archive; "Virginia Beach" stays a place."""
    from generator.extract.roles import split_role_name
    assert split_role_name(("Deborah", "Jordan", "Quist"), False)[3] == "person"
    assert split_role_name(("Virginia", "Beach"), False)[3] == "group"
    ex = _extracted(
        "In an interview, Deborah Jordan Quist - the host's co-host - told reporters about the show.",
        "\u201cWhat he does is dangerous,\u201d Quist says.")
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Deborah Jordan Quist"]


def test_a_plural_title_or_party_word_before_a_name_is_no_part_of_it() -> None:
    """Issue 27: "Senators Rubio" and "Republicans Jolly" were speaker pages; "Neither
    Warren" (a sentence's first word) too."""
    names = _people_names("Orla Quist and Tomas Vell met on Friday. Senators Quist and Vell agreed.",
                          "Republicans Vell and Quist spoke. Neither Quist nor Vell would comment.")
    assert names == ["Orla Quist", "Tomas Vell"]


def test_the_headline_is_context_but_never_a_quotation() -> None:
    """Issue 27: a name given only in the headline was no context once the headline left
    the body ("she said" in the first paragraph had no one). The headline's own quoted
    words are no quotation, and the body's offsets are the body's; a headline in Title
    Case is left out (its capitals make names and roles of verbs: "Lynch Closes")."""
    body = ["\u201cWe will build the bridge before the winter comes,\u201d she said on Monday at the hall.",
            "The council meets again in May."]
    ex = extract_article(Article(id="t", source="t", title="Mayor Orla Quist says \u201cthe bridge will be built\u201d",
                                 paragraphs=body))
    assert [(q.paragraph, q.text) for q in ex.quotes] == [(0, "We will build the bridge before the winter comes")]
    assert ex.people[ex.quotes[0].speaker].name == "Orla Quist"
    ex = extract_article(Article(id="t", source="t", title="Mayor Orla Quist Backs Bridge Plan", paragraphs=body))
    assert ex.quotes[0].speaker is None


def test_an_adverb_or_adjective_opening_a_sentence_is_no_name() -> None:
    """Issue 27 review: speaker pages "Interestingly Blocher" and "Harsh" (from "Harsh
    comments followed"); a name the parser tags as an adjective stays a name when the
    article capitalises it inside a sentence too."""
    names = _people_names(
        "Christoph Quist spoke on Friday. Interestingly Quist said nothing about the bridge.",
        "Harsh comments followed from the crowd. \u201cWe were lied to about the money,\u201d a man said.",
        "Later the mayor met Tomas Vell at the hall.")
    assert "Interestingly Quist" not in names and "Harsh" not in names
    assert names == ["Christoph Quist", "Tomas Vell"]


def test_a_speakers_own_exclamation_near_a_crowd_is_still_theirs() -> None:
    """The crowd rule (issue 27) takes only cries of a crowd: a named speaker's own
    words, with the crowd in the sentence, stay theirs."""
    ex = _extracted(
        "\u201cWe will win this one!\u201d Ada Roe told the cheering crowd on Friday.")
    assert [ex.people[q.speaker].name for q in ex.quotes] == ["Ada Roe"]


def test_articles_extracted_together_come_out_as_one_by_one() -> None:
    # extract_articles has the trained pipeline read many articles' sentences at once
    # (nlp.pipe over texts sorted by length): the same results, in the same order
    import generator.extract as extract
    articles = [Article(id=f"a{i}", source="t", title="T", paragraphs=list(c["paragraphs"]))
                for i, (_, c) in enumerate(CASES[:40])]
    one_by_one = [extract_article(a) for a in articles]
    assert extract.extract_articles(articles) == one_by_one
    small = extract.BATCH_ARTICLES
    try:
        extract.BATCH_ARTICLES = 7  # batches that split the list unevenly
        assert extract.extract_articles(articles) == one_by_one
    finally:
        extract.BATCH_ARTICLES = small


def test_a_text_that_fails_the_pipeline_fails_only_its_article(monkeypatch) -> None:
    import generator.extract as extract
    from generator.extract import nlp
    articles = [Article(id=f"a{i}", source="t", title="T", paragraphs=[f"“We {w} be ready,” said {name}."])
                for i, (w, name) in enumerate([("will", "Ada Roe"), ("shall", "Zebulon Quist"), ("may", "Jon Doe")])]
    expected = [extract_article(a) for a in articles]
    real_read_many = nlp.read_many
    odd = articles[1].paragraphs[0]

    def read_many(groups):  # (nlp.read reads through it too)
        if any(text == odd for requests in groups for _, text, *_ in requests):
            raise ValueError("a text the pipeline cannot read")
        return real_read_many(groups)
    monkeypatch.setattr(nlp, "read_many", read_many)
    got = extract.extract_articles(articles, errors=True)
    assert got[0] == expected[0] and got[2] == expected[2]
    assert isinstance(got[1], ValueError)
    with pytest.raises(ValueError):
        extract.extract_articles(articles)


def test_an_article_whose_reading_fails_to_map_back_fails_alone(monkeypatch) -> None:
    import generator.extract as extract
    from generator.extract import nlp
    articles = [Article(id=f"a{i}", source="t", title="T", paragraphs=[f"“We {w} be ready,” said {name}."])
                for i, (w, name) in enumerate([("will", "Ada Roe"), ("shall", "Zebulon Quist"), ("may", "Jon Doe")])]
    expected = [extract_article(a) for a in articles]
    real_chunks = nlp._chunks

    def chunks(requests, *rest):
        if any("Zebulon" in text for _, text, *_ in requests):
            raise KeyError("odd")
        return real_chunks(requests, *rest)
    monkeypatch.setattr(nlp, "_chunks", chunks)
    got = extract.extract_articles(articles, errors=True)
    assert got[0] == expected[0] and got[2] == expected[2] and isinstance(got[1], KeyError)


def test_a_place_name_followed_by_who_is_a_person() -> None:
    """Issue 27 review: '"...," Paris, who used to work on Capitol Hill, said' made the
    speaker Paris an organisation (a place's name); "a voter from Manchester, who said"
    keeps the voter as the one who speaks."""
    ex = _extracted(
        "\u201cYou get your house ready for a party,\u201d Paris, who used to work at the council, said.",
        "\u201cIt is for the people,\u201d said Orla Quist, 24, from Manchester, who backs the plan.")
    assert [(ex.people[q.speaker].name, ex.people[q.speaker].kind) for q in ex.quotes] == \
        [("Paris", "person"), ("Orla Quist", "person")]


def test_a_short_title_links_the_name_to_the_person_named_in_full():
    """Copy from South and Southeast Asia: "PM Tarek" and "DPM Lim" were speakers of their
    own beside the prime minister and his deputy the article named in full."""
    x = _extracted(
        "Prime Minister Tarek Haddad met Deputy Prime Minister Wen Lim on Sunday.",
        "\u201cThe nation has suffered enough,\u201d PM Tarek said.",
        "\u201cWe will fix this economy,\u201d DPM Lim told Parliament.")
    assert _speaker_names(x) == ["Tarek Haddad", "Wen Lim"]


@pytest.mark.parametrize("body", ["The Confederation of Harbour Industry", "The Lakeshore Chamber of Commerce",
                                  "The Harbour Law Society", "The Lakeshore Heritage Trust"])
def test_a_body_named_with_its_kind_is_one_speaker(body):
    """Copy from other countries: "The Confederation of British Industry said" made a
    speaker "Confederation"; a chamber of commerce got no speaker at all."""
    x = _extracted(
        f"{body} said businesses had \u201clost faith in the plan\u201d.")
    assert _speaker_names(x) == [body.removeprefix("The ")]


def test_a_family_name_of_two_words_alone_is_the_person_with_a_suffix():
    """"Vinzon Reyes said" after "Teodoro Vinzon Reyes Jr." was a second person: a family
    name said alone carries no suffix. "Jane Roe" is still not "Jane Roe Jr."."""
    x = _extracted(
        "Agriculture Secretary Teodoro Vinzon Reyes Jr. said the department had seized the rice.",
        "\u201cThis is just the beginning,\u201d Vinzon Reyes said.")
    assert _speaker_names(x) == ["Teodoro Vinzon Reyes Jr."]
    x = _extracted(
        "Ivo Berrand Jr. met his father, Ivo Berrand.", "\u201cIt went well,\u201d Ivo Berrand said.")
    assert _speaker_names(x) == ["Ivo Berrand"]


@pytest.mark.parametrize("demonym", ["Welshman", "Scot", "Pole", "Frenchwoman"])
def test_the_nationality_of_a_player_is_no_speaker(demonym):
    """Sports copy: '"Q," the Scot said' made a speaker page "Scot"."""
    x = _extracted(
        "Manager Graeme Ferrand praised his captain, Jon Okafor.",
        f"\u201cJon is the heartbeat of this team,\u201d the {demonym} said.")
    assert all(p.name != demonym for p in x.people)
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name == "Graeme Ferrand"


def test_a_given_name_that_is_also_a_title_opens_a_name_unless_the_article_uses_the_title():
    x = _extracted(
        "The manager praised his captain, Dean Okafor.",
        "Okafor said: \u201cWe want to be in the top four at the end of the season.\u201d")
    assert _speaker_names(x) == ["Dean Okafor"]
    x = _extracted(
        "Vikram Osei, dean of the Lakeshore College of Law, said the tone had changed.",
        "\u201cIn this case,\u201d Dean Osei said, \u201ceven the dissent was frank.\u201d")
    assert {x.people[q.speaker].name for q in x.quotes} == {"Vikram Osei"}


def test_a_pronoun_after_said_that_opens_a_clause_is_no_inverted_speaker():
    """'Quintero, who won a prize for "The Long Tide", said she had been "nervous"': the
    quotation is Quintero's, and "actor" says nothing of her sex (she was taken for a man,
    and her next quotation, '..., she told Variety', went to nobody)."""
    x = _extracted(
        "Actor Marisol Quintana has confirmed that a sequel to \u201cHarbour Nights\u201d is being written.",
        "Quintana, who won a prize for \u201cThe Long Tide\u201d, said she had been \u201cnervous\u201d about returning.",
        "\u201cI didn't want to make a sequel just for the money,\u201d she told Variety.")
    said = {q.text: x.people[q.speaker].name for q in x.quotes if q.speaker is not None}
    assert said == {"nervous": "Marisol Quintana",
                    "I didn't want to make a sequel just for the money": "Marisol Quintana"}


def test_a_name_the_person_goes_by_from_the_middle_of_the_full_name():
    """"Lula said" after "Luiz Inácio Lula da Silva" was a second speaker; a father's name
    after "bin" is no name of the son."""
    x = _extracted(
        "President Joaquim Aurélio Tito da Costa said the dispute should go to court.",
        "\u201cNobody wins a war,\u201d Tito said.",
        "The emir, Sheikh Faris bin Hamid Al Nuri, offered to mediate.",
        "\u201cDialogue is the only way,\u201d Hamid said.")
    said = _speaker_names(x)
    assert said[0] == "Joaquim Aurélio Tito da Costa" and said[1] != "Faris bin Hamid Al Nuri"


def test_the_name_a_person_is_known_as_is_that_person():
    """"Joko Widodo, known as Jokowi" then "Jokowi said" made a speaker page "Jokowi"."""
    x = _extracted(
        "Lakeshore President Ivo Berranda, known as Ivoba, welcomed the deal.",
        "\u201cWe are stronger when we trade more,\u201d Ivoba said.")
    assert _speaker_names(x) == ["Ivo Berranda"]


@pytest.mark.parametrize("paragraph, speaker", [
    ("Ivo Berrand, Conservative MP for Harbourside, said it was \u201ca triumph\u201d.", "Ivo Berrand"),
    ("Tory backbencher Sir Ada Stone (Northvale) told the Commons: \u201cThis is not what we were promised.\u201d",
     "Ada Stone"),
    ("Sen. Ivo Berrand (R-Utah) said it was \u201cfine by me\u201d.", "Ivo Berrand"),
])
def test_parliamentary_copy_names_the_member_not_the_seat_or_party(paragraph, speaker):
    """British parliamentary copy: "Conservative MP" (the party word read as a given name,
    MP as a surname) was the speaker; a seat in brackets before "told" hid the member."""
    x = _extracted(paragraph)
    assert _speaker_names(x) == [speaker]
    assert all(" ".join(p.name.split()[:2]) != "Conservative MP" for p in x.people)


def test_a_job_in_lower_case_before_an_unfamiliar_name_makes_it_a_person():
    """The small recogniser took "Rhodri Jenkins" for a building: "he says" then had no one
    to stand for. "councillor" right before the name says it is a person."""
    x = _extracted(
        "Local councillor Rhodri Jenkins is less diplomatic. \u201cThey've made up their minds already,\u201d he says.")
    assert _speaker_names(x) == ["Rhodri Jenkins"]


def test_the_agent_of_a_passive_is_the_one_a_pronoun_after_it_stands_for():
    x = _extracted(
        "The plan was criticised by council leader Thandeka Mahlangu on Monday.",
        "\u201cThis is not good enough,\u201d she said.")
    assert _speaker_names(x) == ["Thandeka Mahlangu"]


def test_a_relative_named_by_the_given_name_alone_speaks_in_a_feature():
    """Feature writing: "Her husband, Emyr, nods. 'She's too modest,' he says." had no
    speaker ("Emyr" was no one). Inside a sentence ("made her husband, Bill, the comeback
    kid") such a name stays out of the candidates."""
    x = _extracted(
        "Gwen Pritchard has run the shop for 31 years.",
        "Her husband, Emyr, nods. \u201cShe's too modest,\u201d he says.")
    assert _speaker_names(x) == ["Emyr"]


@pytest.mark.parametrize("storm", ["Storm Ciarella", "Hurricane Milton", "Tropical Storm Debbie"])
def test_a_named_storm_is_no_speaker(storm):
    """'Storm Ciarán battered the coast ... "Q," he said' gave the words to the storm (the
    recogniser takes the name for a person's)."""
    x = _extracted(
        f"{storm} battered the south coast on Thursday, cutting power to 150,000 homes.",
        "\u201cIt brought down trees across the county,\u201d he said.")
    assert all(storm.split()[-1] not in p.name for p in x.people)


def test_a_job_the_lists_lacked_between_a_body_and_a_name():
    x = _extracted(
        "\u201cIt is the worst storm in a decade,\u201d said Met Office forecaster Ivo Berrand.")
    assert _speaker_names(x) == ["Ivo Berrand"]


@pytest.mark.parametrize("named, said, speaker", [
    ("Prime Minister Tarek Haddad", "the PM", "Tarek Haddad"),
    ("PM Tarek Haddad", "the prime minister", "Tarek Haddad"),
    ("Lakeshore Chief Minister Ada Rao", "the CM", "Ada Rao"),
    # a job in lower case after the body's word is the role too; an emir, a sheikh are titles
    ("Opposition leader Ada Rao", "the Opposition leader", "Ada Rao"),
    ("Emir Tarek Haddad", "the emir", "Tarek Haddad"),
    # "the premier" of Pakistani or Chinese copy is the prime minister, when no premier is named
    ("Prime Minister Tarek Haddad", "the premier", "Tarek Haddad"),
    ("Ceann Comhairle Seán Ó Roe", "Mr Ó Roe", "Seán Ó Roe"),  # the Dáil's chair: a title
    ("Lakeshore Premier Ada Rao met Prime Minister Tarek Haddad; later", "the premier", "Ada Rao"),
])
def test_a_short_title_and_the_title_it_stands_for_name_one_role(named, said, speaker):
    """"the PM said" after "Prime Minister Narendra Modi" had no speaker."""
    x = _extracted(
        f"{named} was in the capital on Monday.", f"\u201cDevelopment is our mantra,\u201d {said} said.")
    assert _speaker_names(x) == [speaker]


@pytest.mark.parametrize("body", ["The Harbour Correspondents' Club", "The Prime Minister's Office",
                                  "The Northvale Children's Hospital"])
def test_a_common_nouns_possessive_inside_a_bodys_name_keeps_the_name(body):
    """"The Foreign Correspondents' Club said" made a speaker page "Club"; a name's
    possessive still ends the name ("Roe's Office")."""
    x = _extracted(
        f"{body} said it was \u201cdeeply concerned by the ruling\u201d.")
    assert _speaker_names(x) == [body.removeprefix("The ")]


def test_a_names_possessive_after_the_is_part_of_a_bodys_name():
    """Invented copy: '"Q," the Alzheimer's Foundation said' gave the words to a speaker
    page "Foundation": no article comes before a person's possessive, so after "the" the
    possessive opens the body's name; without "the" it still ends a person's name."""
    x = _extracted("\u201cWe are thrilled by these results,\u201d the Dunmore's Foundation said in a statement.",
                   "The Halvorsen's Trust said it was \u201cdelighted with the news and the team\u201d.")
    assert _speaker_names(x) == ["Dunmore's Foundation", "Halvorsen's Trust"]
    x = _extracted("\u201cThis is a disaster for us all,\u201d Roe's Foundation spokesman Ivo Berrand said.")
    assert _speaker_names(x) == ["Ivo Berrand"]


@pytest.mark.parametrize("body", ["The Food and Drug Administration", "The Trade and Industry Committee",
                                  "The Department of Health and Human Services",
                                  "The Centers for Disease Control and Prevention"])
def test_a_bodys_name_with_and_is_one_speaker(body):
    """"The Food and Drug Administration said" had no speaker: "Food" and "Drug
    Administration" read as two names, and two names are no one speaker."""
    x = _extracted(
        f"{body} said the new rule was \u201cfinal and binding on every importer\u201d.")
    assert _speaker_names(x) == [body.removeprefix("The ")]
    x = _extracted(
        "Jane Roe and Ivo Berrand said the new rule was \u201cfinal and binding on every importer\u201d.")
    assert all(p.name not in ("Jane Roe and Ivo Berrand", "Roe and Ivo Berrand") for p in x.people)


@pytest.mark.parametrize("name, letters", [("Jane Roe", "MSP"), ("Jane Roe", "MP"), ("Jane Roe", "KC"),
                                           ("Jane Roe", "TD"), ("Aled ap Roe", "MS"), ("Anwen Roe", "MSP")])
def test_letters_after_a_name_are_no_part_of_it(name, letters):
    """"Stephen Kerr MSP said" gave a speaker page "Stephen Kerr MSP", beside "Kerr"; "Anas
    Sarwar MSP said" (a given name the lists lack) was shown as "Anas Sarwar MSP (not
    named)". After a constituency, the letters are still a role with no name."""
    x = _extracted(
        f"Party leader {name} {letters} said the scheme was \u201ca waste of public money\u201d.",
        "\u201cWe will vote against it,\u201d Roe said.")  # (no "Ms": Aled is a man's name)
    assert {x.people[q.speaker].name for q in x.quotes} == {name}
    x = _extracted(
        f"\u201cIt is a disgrace to the whole riding,\u201d said the Lakeshore Centre {letters}.")
    assert x.quotes[0].speaker is None


def test_the_words_after_an_unnamed_speakers_quotation_are_not_given_to_someone_else():
    """An obituary: '"A," she told a paper. "B."' when "she" is no one the rules can name
    (the one Dr. Roe the article names is a man): B went to him at 0.96."""
    x = _extracted(
        "Her death was confirmed by her son, Daniel Roe, who said she had been \u201cworking until the end.\u201d",
        "Born in 1932, Dr. Roe led ocean expeditions. \u201cI was told girls get seasick,\u201d she told "
        "a newspaper in 1998. \u201cI proved them wrong.\u201d")
    first, second = x.quotes[1:]
    assert (second.speaker, second.guess) == (first.speaker, first.guess)
    assert second.speaker is None or x.people[second.speaker].name != "Daniel Roe"


def test_a_nationality_opening_a_sentence_is_no_name():
    x = _extracted(
        "Manager Graeme Ferrand praised his captain.",
        "The Spaniard added that the striker would be assessed. \u201cWe will see on Thursday,\u201d he said.")
    assert all(p.name != "Spaniard" for p in x.people)


def test_an_honorific_never_gives_the_words_to_a_relative_of_the_other_gender():
    """"Ms. Ellery told a newspaper" after "Margaret Ellery" and "her son, Daniel Ellery"
    gave her words to her son at 0.999 (the family name alone went to the most recent)."""
    x = _extracted(
        "Margaret Roe, a marine biologist, died on Tuesday.",
        "Her death was confirmed by her son, Daniel Roe, who said she had been \u201cworking until the end.\u201d",
        "\u201cI was told girls get seasick,\u201d Ms. Roe told a newspaper in 1998.",
        "\u201cShe was a great sailor,\u201d Mr. Roe said of his mother.")
    assert _speaker_names(x) == ["Daniel Roe", "Margaret Roe", "Daniel Roe"]


def test_what_a_post_or_a_sign_reads_is_not_the_body_named_before():
    """'"Q," reads a post shared widely on social media' gave the post's words to the
    ministry of the paragraph before at 0.96."""
    x = _extracted(
        "The Ministry of Harbours defended the rollout of the new permits.",
        "\u201cNobody told us we needed an appointment,\u201d reads a post shared widely on social media.")
    assert x.quotes[0].speaker is None


@pytest.mark.parametrize("named, said", [("Mrs Justice May", "she"), ("Prime Minister Ada May", "Mrs May"),
                                         ("Mrs May", "Mrs May")])
def test_a_family_name_that_is_a_month_after_a_title_is_a_name(named, said):
    """"Mrs Justice May said" had no speaker, nor the judge's "she said" after it: "May"
    read as the month."""
    x = _extracted(
        f"Sentencing the company, {named} said its conduct showed \u201cwholesale disregard for the law\u201d.",
        f"\u201cThis is a company that knew what it was doing,\u201d {said} said.")
    assert [x.people[q.speaker].name.split()[-1] for q in x.quotes] == ["May", "May"]
    x = _extracted(
        "In May, the vote was \u201ca test of the party\u201d, Jane Roe said.")
    assert [p.name for p in x.people] == ["Jane Roe"]


def test_a_statement_a_body_issued_is_its_words():
    """'The Harbour Committee released a statement, offering "a deep apology"' and the
    statement quoted whole in the next paragraph had no speaker (or a guess of a person)."""
    x = _extracted(
        "Senator Jane Roe spoke on Sunday.",
        "The Harbour Committee released a statement on Monday, offering \u201ca deep and sincere apology\u201d to Roe.",
        "At Ivo Berrand's direction, the Harbour Committee issued a statement apologizing to Roe for the emails.",
        "\u201cOn behalf of everyone at the committee, we want to offer a deep and sincere apology to Senator Roe.\u201d")
    assert _speaker_names(x) == ["Harbour Committee", "Harbour Committee"]


def test_what_an_email_reads_is_no_bodys():
    """'"Q," it reads' after "The email ... was sent at 7:19 p.m. EST by ..." gave the
    email's words to a body "EST"."""
    x = _extracted(
        "The email, released by Harbour Watch, was sent at 7:19 p.m. EST by chief of staff Ivo Berrand.",
        "\u201cI just tried you on the phone but you were all in with the minister,\u201d it reads.")
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name != "EST"


def test_a_title_or_a_letter_alone_is_no_one_the_article_names():
    """Listed as named on article pages: "Treasurer" and "Survivor" opening headlines, "B"
    of "Series B", and "Yoon Suk" cut from "President Yoon Suk Yeol's office"."""
    x = extract_article(Article(id="t", source="t", title="Treasurer says budget will help families", paragraphs=[
        "Acme Robotics today announced it has raised $50 million in Series B funding.",
        "President Yoon Suk Yeol's office declined to comment."]))
    names = [p.name for p in x.people]
    assert "Treasurer" not in names and "B" not in names and "Yoon Suk" not in names


def test_a_long_description_of_an_unnamed_speaker_is_shown_whole():
    """"A spokesman for the Liaison Office of the Central People's Government said" was
    shown as "no speaker named": descriptions were cut off at eight words."""
    x = _extracted(
        "A spokesman for the Liaison Office of the Central Harbour Authority said the law was "
        "\u201ca shield for prosperity\u201d.")
    assert x.quotes[0].speaker is None
    assert x.quotes[0].described_as == "a spokesman for the Liaison Office of the Central Harbour Authority"


def test_a_title_then_a_comma_and_the_name_is_that_persons_role():
    """West African copy: "The Minister of Information and National Orientation, Mohammed
    Idris, said" gave no role to Idris ("the minister added" had no speaker) and a person
    "National Orientation"."""
    x = _extracted(
        "The Minister of Information and National Orientation, Kofi Adjei, said the government was "
        "\u201ccommitted to press freedom\u201d.",
        "\u201cWe will not gag anyone,\u201d the minister added.")
    assert _speaker_names(x) == ["Kofi Adjei", "Kofi Adjei"]
    assert [p.name for p in x.people] == ["Kofi Adjei"]


def test_page_text_run_together_or_a_headlines_words_are_no_name_listed():
    """Listed as named on article pages: "Julia CravenFlagShareLikeReplyAni Vrabel" (a
    comment widget run into a byline), "Jim Eastland I've", "Ready PAC.Contributing"."""
    x = _extracted(
        "Jane RoeFlagShareLikeReplyIvo Berrand posted on the page on Monday.",
        "Ann Lee I've never met, nor Ready PAC.Contributing editors.",
        "Ivo Berrand RealClearPolitics saw it first.",
        "Presumptive Republican Ann Lee met the Sarasota Republican Ivo Berrand. Flight 12 left; the flight was late.")
    names = [p.name for p in x.people]
    assert not any("FlagShare" in n or "I've" in n or "PAC.Contributing" in n for n in names)
    assert "Flight" not in names and not any(n.endswith("Republican") for n in names)


def test_an_age_describes_a_speaker_and_the_words_after_it_are_the_same_voice():
    """Sports copy: '"We will see. It's a small problem," the 53-year-old said' was shown
    as "possibly Kevin De Bruyne" (the player the sentence before named): it is the manager,
    whom "The Spaniard added" stood for (f70: epithets); and '"A," the City boss said.
    "B."' showed B as "no speaker named"."""
    x = _extracted(
        "Ivo Berrand praised his striker after the match.",
        "The Spaniard added that Jon Okafor would be assessed on Thursday. \u201cWe will see. It's a small "
        "problem,\u201d the 53-year-old said.",
        "\u201cHe is playing at an incredible level,\u201d the Harbour boss said. \u201cI have said it many times.\u201d")
    assert _speaker_names(x)[0] == "Ivo Berrand"
    assert [(q.speaker, q.guess) for q in x.quotes[1:]] == [(None, None)] * 2
    assert [q.described_as for q in x.quotes[1:]] == ["the Harbour boss", "the Harbour boss"]


def test_the_role_of_someone_introduced_unnamed_is_not_the_next_name():
    """Wire copy: 'A Western diplomat, who asked not to be named, said ... "Q," the
    diplomat said.' gave the words at 0.87 to the Secretary-General the next paragraph
    named (a role no one had yet waits for the next name)."""
    x = _extracted(
        "A Western diplomat, who asked not to be named, said the talks were \u201con life support\u201d.",
        "\u201cNeither side believes it can lose,\u201d the diplomat said.",
        "Secretary-General Ivo Berrand urged both sides to talk, his spokesman told reporters.")
    assert x.quotes[1].speaker is None and x.quotes[1].guess is None


def test_a_nickname_in_quotation_marks_does_not_cut_a_name():
    """Philippine copy: 'Sen. Christopher "Bong" Go defended ...' made a speaker page "Go";
    the given name and family name either side of the nickname are one name. Words
    quoted between a name and a day are no nickname."""
    x = _extracted(
        "Sen. Christopher \u201cBong\u201d Roe defended the former president.",
        "\u201cHe did nothing wrong,\u201d Roe said.",
        "Ivo Berrand called Jane \u201cCrooked\u201d Monday in a speech.")
    assert x.people[x.quotes[1].speaker].name == "Christopher Roe"
    assert not any(p.name.endswith(("Monday", " Roe")) and p.name != "Christopher Roe" for p in x.people)


def test_a_role_no_one_holds_is_not_given_to_the_next_new_name():
    """A live blog: '"They destroyed our country," the former president said.' then, under
    the next entry's time, "Ivo Berrand has responded to the polls." gave the words to
    Berrand at 0.91. The next name is the role's holder only when the text says it goes on
    ("Jane Roe also rejected ...")."""
    x = _extracted(
        "Jane Roe, speaking in Lakeshore earlier, said the economy was \u201ca disaster\u201d.",
        "\u201cThey destroyed our country,\u201d the former president said.",
        "13.45 EDT",
        "Ivo Berrand has responded to the latest polls.")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name != "Ivo Berrand"


def test_a_gendered_role_before_a_name_gives_its_gender():
    """'Although he says he "loves China"' went to the foreign ministry's spokeswoman of
    five paragraphs before (her role said "spokeswoman", and the first "he" made her a
    man): a "he" after a woman is the man named since, or no one."""
    said = ("As the paper noted, it is surprising because Halvorsen has not always had good things "
            "to say about Norway. Although he says he \u201cloves Norway,\u201d he also accuses it of stealing jobs.")
    x = _extracted(
        "Last week, Foreign Ministry spokeswoman Mara Lindqvist said the country watched the race "
        "with \u201cbemused interest.\u201d", said)
    assert x.quotes[0].speaker is not None and x.people[x.quotes[0].speaker].name == "Mara Lindqvist"
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name != "Mara Lindqvist"
    x = _extracted(
        "Tom Halvorsen won the primary on Tuesday.",
        "Last week, Foreign Ministry spokeswoman Mara Lindqvist said the country watched the race "
        "with \u201cbemused interest.\u201d", said)
    assert x.people[x.quotes[1].speaker].name == "Tom Halvorsen"


def test_a_family_name_alone_is_not_the_relative_the_article_introduces():
    """"Clinton said" after "Hillary Clinton" and "her husband, former President Bill
    Clinton" gave her words to him at 1.0 (the most recent of the two)."""
    x = _extracted(
        "Presidential candidate Ada Roe will not be pleased by the video.",
        "It also features her husband, former Governor Cy Roe, and the mayor.",
        "\u201cWe must not let hate win,\u201d Roe said during the debate.")
    assert x.people[x.quotes[0].speaker].name == "Ada Roe"
    x = _extracted(
        "Presidential candidate Ada Roe will not be pleased by the video.",
        "It also features the former governor Cy Roe, and the mayor.",
        "\u201cWe must not let hate win,\u201d Roe said during the debate.")
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name == "Cy Roe"
    # f57's obituaries: the relative as the subject of the sentence that introduces him, when
    # the headline names the other, or introduced as "the late"; the family name alone is
    # still the person the article is about
    for relative in ("His nephew, Cal Roe, confirmed the death on Thursday.",
                     "He took over the farm from his father, the late Cal Roe, in 1961.",
                     "His nephew and longtime bandmate, Cal Roe, confirmed the death."):
        paras = ["Ansel Roe, a trumpeter, has died. He was 83.", relative,
                 "\u201cThat horn had no good note in it,\u201d Roe told the Gazette in 1987."]
        x = extract_article(Article(id="t", source="t", title="Trumpeter Ansel Roe dies at 83", paragraphs=paras))
        assert x.people[x.quotes[0].speaker].name == "Ansel Roe", relative


@pytest.mark.parametrize("relative", ["Her brother Chike Okafor runs the till.", "Her husband, Chike Okafor, runs the till."])
def test_an_honorific_without_its_full_stop_still_gives_the_gender(relative):
    """British copy writes "Mr Okafor": the honorific was read as a common word before the
    name, and his words went to his sister or wife at 0.97."""
    x = _extracted(
        "Ada Okafor said the shop was busy.", relative, "\u201cWe never stop,\u201d Mr Okafor said.")
    assert x.people[x.quotes[0].speaker].name == "Chike Okafor"


@pytest.mark.parametrize("title, name", [("Atty.", "Cristina Evangelista"), ("Engr.", "Ramon Dizon"),
                                         ("Supt.", "Ramon Cruz"), ("Hon.", "Ramon Lim"), ("Brig. Gen.", "Ramon Tan"),
                                         ("Fr.", "Ramon Tan"), ("PCol.", "Ramon Tan")])
def test_an_abbreviated_title_after_the_verb_is_no_speaker_of_its_own(title, name):
    """Philippine and Caribbean copy: '"Q," said Atty. Ma. Cristina Evangelista' gave the
    quotation to a speaker "Atty" at 0.99 (the full stop ended the name)."""
    x = _extracted(
        f"\u201cWe will appeal,\u201d said {title} {name}.")
    assert x.people[x.quotes[0].speaker].name.endswith(name)
    assert all(p.name.rstrip(".") not in title for p in x.people)


def test_a_nickname_between_two_given_names_and_a_family_name_is_no_quotation():
    """'Sen. Paolo Andres "Pao" Lizardo, the committee chair, said' gave the quotation "Pao"
    to "Lizardo" at 0.99 and split him in two ("Paolo Andres" and "Lizardo")."""
    x = _extracted(
        "Sen. Paolo Andres \u201cPao\u201d Lizardo, the committee chair, said the figures should be published.",
        "\u201cLet the people see the numbers,\u201d Lizardo said.")
    assert [(q.text, None if q.speaker is None else x.people[q.speaker].name) for q in x.quotes] == [
        ("Pao", None), ("Let the people see the numbers", "Paolo Andres Lizardo")]


@pytest.mark.parametrize("named, short", [("Superintendent of Police Rafiq Hasan", "SP"),
                                          ("Officer-in-Charge Rafiq Hasan", "OC"),
                                          ("Chief Executive Officer Rafiq Hasan", "CEO")])
def test_capitals_that_abbreviate_a_persons_role_are_that_person(named, short):
    """Bangladeshi copy: '"Nobody was hurt," the SP said.' after "Superintendent of Police
    Rafiq Hasan" made a speaker page "SP" (and "Superintendent of Police" was no role: its
    last word is a common one). A body's capitals stay the body."""
    x = _extracted(
        f"{named} said the march was peaceful.", f"\u201cNobody was hurt,\u201d the {short} said.",
        "\u201cIt is calm,\u201d the BBC said.")
    assert _speaker_names(x) == ["Rafiq Hasan", "BBC"]
    assert x.people[x.quotes[0].speaker].roles


@pytest.mark.parametrize("sentence, speaker", [
    ("\u201cShe knows every name,\u201d said Principal Tomas Albrekt of Grantham Elementary.", "Tomas Albrekt"),
    ("Selectman Kenji Yamasaki proposed a change. \u201cThe list was long,\u201d Yamasaki said.", "Kenji Yamasaki"),
    # a body whose name opens with a title word stays whole
    ("\u201cRates will rise,\u201d Principal Financial Group said in a note.", "Principal Financial Group"),
])
def test_local_titles_are_roles_not_part_of_the_name(sentence, speaker):
    """Invented local copy (f74): "Principal Tony X", "Selectman X" were speakers' names."""
    assert _speaker_names(_extracted(sentence)) == [speaker]


def test_the_honourable_is_a_title_and_the_member_for_a_seat_a_role():
    """Caribbean parliamentary copy: '"No more," said the Honourable Clement Baptiste' found
    no one; '"The Honourable Member for Belleplaine Central, Mr Augustin Paul, questioned
    the cost. "Q," he said' gave the question to the MP named before (a person "Member")."""
    x = _extracted(
        "\u201cNo more,\u201d said the Honourable Clement Baptiste.",
        "\u201cWithdraw that,\u201d the Deputy Speaker, Mrs Yvette Noel, said. Mr Desmond Charles withdrew.",
        "The Honourable Member for Belleplaine Central, Mr Augustin Paul, questioned the cost.",
        "\u201cWho will pay for the patrols?\u201d he said.")
    # (the last at the threshold: three men named, each a "he")
    assert [_speaker_or_guess(x, q) for q in x.quotes] == [
        "Clement Baptiste", "Yvette Noel", "Augustin Paul"]
    assert "Member" not in [p.name for p in x.people]


def test_a_member_and_seat_in_apposition_is_the_role_of_the_name_before():
    """Malaysian copy: 'Wan Azman Wan Ismail, MP for Bukit Gading, said ...' made the seat
    a person, shown as the possible speaker of his next words."""
    x = _extracted(
        "Opposition lawmaker Wan Azman Wan Ismail, MP for Bukit Gading, said the state had not learnt.",
        "\u201cIt is unacceptable,\u201d he said.")
    assert [p.name for p in x.people] == ["Wan Azman Wan Ismail"]
    assert x.people[x.quotes[0].speaker].name == "Wan Azman Wan Ismail"
    assert "MP for Bukit Gading" in x.people[0].roles


@pytest.mark.parametrize("sentence, roles", [
    ("Sen. Jose Roe, the committee chair, said the figures should be public.", ["Sen.", "the committee chair"]),
    ("Opposition MP Harsha Roe, a former state minister of finance, said it again.",
     ["Opposition MP", "a former state minister of finance"]),
])
def test_a_title_and_a_description_in_apposition_are_two_roles(sentence, roles):
    """'Sen. Jose Arevalo, the committee chair, said' gave the role "Sen. the committee
    chair" (shown on his page and in citations)."""
    x = _extracted(sentence)
    assert x.people[0].roles == roles


@pytest.mark.parametrize("sentence, name, roles", [
    ("Kelantan Menteri Besar Datuk Seri Ahmad Roe said the centres were full.", "Ahmad Roe", ["Kelantan Menteri Besar"]),
    ("Sir Everton Roe said the plan was fine.", "Everton Roe", []),
])
def test_an_honour_before_a_name_is_no_part_of_the_role(sentence, name, roles):
    """Malaysian copy: the role "Kelantan Menteri Besar Datuk Seri"; "Sir" shown as a role."""
    x = _extracted(sentence)
    assert [(p.name, p.roles) for p in x.people] == [(name, roles)]


def test_an_ampersand_joins_a_firms_name_but_not_two_people():
    """'In its statement, Maple & Crumb said: "Q"' had no speaker (two names "Maple" and
    "Crumb"); a tweet's "Rudy Roe & Sen. Jeff Lind" is two people, not a role "Rudy Roe Sen."."""
    x = _extracted(
        "In its statement, Maple & Crumb said: \u201cWe are sorry. Every customer is welcome.\u201d")
    assert x.people[x.quotes[0].speaker].name == "Maple & Crumb"
    x = _extracted(
        "Rudy Roe & Sen. Jeff Lind wore the hats before the speech.")
    assert sorted(p.name for p in x.people) == ["Jeff Lind", "Rudy Roe"]
    assert all("Rudy" not in r for p in x.people for r in p.roles)


def test_a_persons_first_names_alone_are_that_person():
    """Malaysian copy drops the father's name: '"Q," Khairul Anuar said.' after "Datuk
    Khairul Anuar Idris" made a second person "Khairul Anuar". Not a generational suffix
    ("Brent Roe" is not "Brent Roe III"), nor the words of a body ("Glenn Roe Program")."""
    x = _extracted(
        "Nadma director-general Datuk Khairul Anuar Idris said water levels were still rising.",
        "\u201cWe expect the situation to worsen overnight,\u201d Khairul Anuar said.")
    assert [p.name for p in x.people] == ["Khairul Anuar Idris"]
    x = _extracted(
        "Brent Roe III praised the plan.", "\u201cIt is overdue,\u201d Brent Roe said of his son's plan.")
    assert x.people[x.quotes[0].speaker].name == "Brent Roe"


@pytest.mark.parametrize("said", ["said the Rt Hon Clement Roe MP", "the Honourable Clement Roe said",
                                  "said the Right Honourable Clement Roe"])
def test_the_honourable_is_an_honour_neither_name_nor_role(said):
    """Parliamentary copy: "the Rt Hon Clement Roe" was the name "Rt Hon Clement Roe", "the
    Honourable Marguerite Roe" the name "Honourable Marguerite Roe" (or no one at all)."""
    x = _extracted(f"\u201cNo more,\u201d {said}.")
    assert [(p.name, p.roles) for p in x.people] == [("Clement Roe", [])]
    assert x.people[x.quotes[0].speaker].name == "Clement Roe"


@pytest.mark.parametrize("intro, author", [
    ("In a victim impact statement read to the court, headteacher Simon Roe said staff were \u201cdevastated\u201d.",
     "Simon Roe"),
    ("Harbour Ferries chief executive Robert Roe said in a statement that the company accepted the fine.",
     "Robert Roe"),
    ("The mayor spoke on Monday.", None),
])
def test_the_statement_said_is_whoever_the_text_said_issued_it(intro, author):
    """'"Q," the statement said.' after "Robert Whelan said in a statement" had no speaker
    (guess 0.64): the document stands for its author; none when the text names none."""
    x = _extracted(
        intro, "\u201cWe have replaced both ramps and retrained all staff,\u201d the statement said.")
    q = x.quotes[-1]
    assert (None if q.speaker is None else x.people[q.speaker].name) == author


@pytest.mark.parametrize("sentence, role", [
    ("Harbourline Ferries chief executive Robert Roe said the fine was fair.", "Harbourline Ferries chief executive"),
    ("The former vice president Al Roe said so.", "former vice president"),
    ("Acme deputy director Bo Roe said so.", "Acme deputy director"),
])
def test_a_lowercase_role_before_a_name_keeps_its_qualifier(sentence, role):
    """'Harbourline Ferries chief executive Robert Whelan' had the role "executive" (and the
    ferry company was a person); "vice president" was "president"."""
    x = _extracted(sentence)
    person = next(p for p in x.people if p.name.endswith("Roe"))
    assert role in person.roles
    assert all(p.kind == "person" for p in x.people if p.name.endswith("Roe"))
    assert "Harbourline Ferries" not in [p.name for p in x.people if p.kind == "person"]


def test_a_seat_before_the_name_is_no_person():
    """Irish copy: "Independent TD for Kerry South, Donncha Roe, said" made "Kerry South" a
    person (the recogniser read "Kerry" as a given name), shown as the possible speaker."""
    x = _extracted(
        "Independent TD for Kerry South, Donncha Roe, said he had not yet decided how he would vote.",
        "\u201cI will be talking to the people over the weekend,\u201d he said.")
    assert [p.name for p in x.people] == ["Donncha Roe"]
    assert x.people[x.quotes[0].speaker].name == "Donncha Roe"


@pytest.mark.parametrize("said", ["the Rangers captain said", "said its coordinator, Jane Wambui"])
def test_captains_and_coordinators_are_roles_of_subjects(said):
    """'"Q," the Rangers captain said.' had no clause at all ("captain" was no role noun)."""
    x = _extracted(
        "Rangers captain Jane Wambui did not hide her disappointment.", f"\u201cWe were outplayed,\u201d {said}.")
    q = x.quotes[0]
    assert _speaker_or_guess(x, q) == "Jane Wambui"


def test_an_irish_family_name_of_several_words_is_one_person():
    """'Ms Nic Giolla Easpaig ... said' after "Máire Nic Giolla Easpaig" was a second person
    (the recogniser read the family name alone as the name and "Máire" as a role)."""
    x = _extracted(
        "Opposition parties tabled a motion of no confidence in the Minister for Housing, Máire Nic Giolla Easpaig.",
        "Ms Nic Giolla Easpaig, who was in Brussels, said in a statement: \u201cI am focused on delivery.\u201d")
    assert [p.name for p in x.people] == ["Máire Nic Giolla Easpaig"]
    assert x.quotes[0].speaker == 0


def test_known_to_supporters_as_is_the_name_a_person_goes_by():
    x = _extracted(
        "The party will decide after a meeting chaired by Kamla Devi Roe, known to supporters as Behenji.",
        "\u201cWe will not support this budget,\u201d Behenji told workers on Tuesday.")
    assert x.people[x.quotes[0].speaker].name == "Kamla Devi Roe"


def test_a_portfolio_with_a_given_name_after_it_is_no_seat():
    """A role with its seat ("TD for Kerry South,") is no name; one whose words after "for"
    hold a given name keeps that name out of the role (a role "Undersecretary for Political
    Affairs Wendy Roe Undersecretary for Political Affairs" on a real article)."""
    x = _extracted(
        "He replied to Undersecretary for Political Affairs Wendy Roe, reporting that the plane had left.")
    assert x.people and all("Wendy" not in r for p in x.people for r in p.roles)


@pytest.mark.parametrize("paragraphs, speaker", [
    # a post's sentence after a colon is said, not a title (it had cue "title", no speaker)
    (["Rafael Roe posted on Instagram: \u201cFocused on Sunday.\u201d"], "Rafael Roe"),
    # a family name with an apostrophe inside, which the recogniser left out
    (["Majority leader Alice Njeri Ndung'u said services would stop.", "\u201cHospitals will run dry,\u201d she said."],
     "Alice Njeri Ndung'u"),
    # a form of address is neither name nor role
    (["Comrade Tunde Roe said the march would go ahead.", "\u201cWe will march,\u201d Roe said."], "Tunde Roe"),
])
def test_speakers_of_kenyan_nigerian_and_social_copy(paragraphs, speaker):
    x = extract_article(Article(id="t", source="t", title="T", paragraphs=paragraphs))
    assert x.people[x.quotes[-1].speaker].name == speaker


@pytest.mark.parametrize("sentence, role", [
    ("Former Redbridge captain Tony Roe, now a pundit, said the fee was about right.", "Former Redbridge captain"),
    ("The former foreign minister Salim bin Rashid al-Roe said so.", "former foreign minister"),
])
def test_former_stays_in_the_role(sentence, role):
    """'Former Redbridge captain Tony Marsh' had the role "Redbridge captain", a false
    current title on his page and in citations; "former foreign minister" was "minister"."""
    x = _extracted(sentence)
    assert role in x.people[0].roles


def test_the_monarch_is_the_traditional_ruler_named_before():
    """Nigerian copy: '"Q," the monarch told journalists' after "Oba Kolawole Adeyemo" was
    given, at 0.94, to the youth leader named in the next sentence (and "Oba" was part of
    the name). A name introduced with a role of its own is not the holder of another."""
    x = _extracted(
        "The Olu of Ilawe-Oke, Oba Kolawole Roe, appealed for calm. \u201cOur children should not take the law "
        "into their hands,\u201d the monarch told journalists in his palace.",
        "But the youth leader of the community, Comrade Sola Lind, said the young people had been provoked.",
        "\u201cThey came at 2am, shooting into the air,\u201d Lind said.")
    assert _speaker_names(x) == ["Kolawole Roe", "Sola Lind"]


def test_a_food_company_is_an_organisation():
    """"Hartwell Foods said ..." was a speaker of kind "person"."""
    x = _extracted(
        "Hartwell Foods said it had begun \u201ca comprehensive review of our manufacturing footprint\u201d.")
    assert [(p.name, p.kind) for p in x.people] == [("Hartwell Foods", "organisation")]


def test_a_newspaper_is_an_organisation():
    """"Business Insider also commented" was a speaker of kind "person": a paper's or
    site's name ends in a word of the trade (Chronicle, Telegraph, Insider ...)."""
    x = _extracted(
        "The Pinewood Chronicle reported that the council would vote on Monday.",
        "\u201cThe vote is a formality,\u201d the Pinewood Chronicle wrote in an editorial.",
        "\u201cThe plan was delayed twice,\u201d Harbour Insider said.")
    assert {(p.name, p.kind) for p in x.people} == {("Pinewood Chronicle", "organisation"),
                                                    ("Harbour Insider", "organisation")}


def test_a_campaign_named_team_and_a_surname_is_no_person():
    """"Team Clinton's contention" made a person with the given name "Team", whom
    "Clinton accused him of an 'artful smear'" then named as the speaker."""
    x = _extracted(
        "Tarrow said that Team Larkin's claim that he won because the voters were liberal was an excuse.",
        "He appeared rattled when Larkin accused him of an \u201cartful smear\u201d over her fundraising.")
    assert _speaker_names(x) == ["Larkin"]


def test_he_said_does_not_go_to_a_woman_whose_given_name_our_lists_lack():
    """Invented town-hall copy: 'Henrietta Vasko ... "Q," he said' gave a congressman's
    words to her at 0.96, and 'host Bertram Lusk asked why she had waited. "Q," she said'
    a woman's to him: the given names' genders come from gender-guesser's dictionary."""
    x = _extracted(
        "Henrietta Vasko, a retired teacher, said she had driven an hour to attend Rep. Otto Brandl's town hall.",
        "The congressman tried to regain control of the room. \u201cI'll take your questions,\u201d he said.")
    assert all(q.speaker is None or x.people[q.speaker].name != "Henrietta Vasko" for q in x.quotes)
    x = _extracted(
        "Clementine Roe appeared on a podcast on Thursday, where host Bertram Lusk asked why she had waited.",
        "\u201cWhy now?\u201d Lusk asked.",
        "\u201cBecause in June I still thought he'd do the right thing,\u201d she said.")
    assert x.people[x.quotes[0].speaker].name == "Bertram Lusk" and x.quotes[1].speaker != x.quotes[0].speaker


def test_he_said_after_someone_described_by_a_relative_clause_is_theirs():
    """Invented features: 'A real estate agent, who asked not to be named, said ... "Q,"
    she said' went to the supervisor named before at 0.96, and 'A waiter who worked the
    room ... remembered the party. He said the men "Q"' to the chief of staff at 0.99.
    Named in apposition after all, the person is theirs."""
    x = _extracted(
        "\u201cI will take the calls,\u201d said Odile Brandt, the county supervisor.",
        "A real estate agent in the county seat, who asked not to be named because she works in Pine "
        "Hollow, said she had "
        "fielded calls from investors. \u201cThey're offering thirty cents on the dollar,\u201d she said.",
        "Outside the steakhouse on a recent evening, a waiter who worked the private room that night "
        "remembered the party. He said the men \u201cdid most of the talking\u201d and left early.")
    assert _speaker_names(x) == ["Odile Brandt", None, None]
    assert [q.described_as for q in x.quotes[1:]] == ["a real estate agent in the county seat", "a waiter"]
    x = _extracted(
        "\u201cI will take the calls,\u201d said Odile Brandt, the county supervisor.",
        "A resettlement worker who helped the family, Jonah Vasko, said the paperwork was not the worst. "
        "\u201cThey were told they were heroes,\u201d he said.")
    assert _speaker_names(x) == ["Odile Brandt", "Jonah Vasko"]
    x = _extracted(
        "Mike Tarrow, a 30-year veteran of the agency who retired in 2013, said the approach was insufficient.",
        "\u201cIt must be defeated where it has spread,\u201d he told a reporter.")
    assert _speaker_names(x) == ["Mike Tarrow"]


def test_the_state_and_party_label_is_the_member_just_named_or_no_one():
    """Invented copy: '"Q," the Oklahoma Republican shot back' made a speaker "Oklahoma
    Republican", typed organisation (issue 27: a party label is no speaker). It is the
    person just named whose tag or role gives that state or party and no other."""
    x = _extracted(
        "Sen. Brannon Whitby (R-Okla.) spoke on Sunday. \u201cI'm voting against it,\u201d Whitby said.",
        "\u201cThen split it out and send it tomorrow,\u201d the Oklahoma Republican shot back.")
    assert _speaker_names(x) == ["Brannon Whitby", "Brannon Whitby"]
    x = _extracted(
        "Sen. Dara Quill (D-N.Y.) spoke on Sunday. \u201cI'm voting for it,\u201d Quill said.",
        "\u201cThen split it out,\u201d the Oklahoma Republican shot back.")
    assert x.quotes[1].speaker is None and x.quotes[1].described_as == "the Oklahoma Republican"
    assert [p.name for p in x.people] == ["Dara Quill"]
    x = _extracted(  # the other side of an exchange
        "Sen. Brannon Whitby (R-Okla.) spoke to host Dana Pryce. \u201cI'm voting against it,\u201d Whitby said.",
        "Pryce pressed him. \u201cFamilies are waiting on that money,\u201d she said.",
        "\u201cThen split it out and send it tomorrow,\u201d the Oklahoma Republican shot back.")
    assert x.quotes[2].speaker == x.quotes[0].speaker or x.quotes[2].guess == x.quotes[0].speaker


def test_someone_yelled_is_no_one_named():
    """Invented town hall: '"Then put it in writing!" someone yelled from the back' went to
    the congressman quoted just before, at 0.96."""
    x = _extracted(
        "\u201cNobody is cutting care,\u201d Rep. Everett Lawson said.",
        "\u201cThen put it in writing!\u201d someone yelled from the back.")
    assert x.quotes[0].speaker is not None and x.quotes[1].speaker is None and x.quotes[1].guess is None


def test_a_number_word_opening_a_time_phrase_is_no_speaker():
    """Invented thread of posts: 'Twelve minutes later:' before a quoted post made a
    speaker "Twelve" at 0.95."""
    x = _extracted(
        "Rep. Danuta Kowal posted late on Wednesday. In the first post, Kowal wrote:",
        "\u201cThe committee is a weapon.\u201d",
        "Twelve minutes later:",
        "\u201cIt was a trip to see my constituents.\u201d")
    assert [p.name for p in x.people] == ["Danuta Kowal"]


def test_the_company_is_the_one_word_company_just_named():
    """Invented copy: 'StreamNova denied any interference. "Q," the company said' went to
    the film festival named before it, at 0.95: the recogniser's organisation of one word
    is the body "the company" stands for."""
    x = _extracted(
        "The documentary premiered at the Teton Film Festival and was acquired by StreamNova.",
        "StreamNova denied any interference. \u201cRecommendations are driven entirely by viewer "
        "behavior,\u201d the company said in a statement.")
    assert _speaker_names(x) == ["StreamNova"]


def test_who_said_after_a_party_tag_is_the_tagged_member():
    """Invented copy: '... including Sen. Marisela Quon (D-OR), who said in a statement that
    the bill "Q"' found no reporting clause (the tag stood between name and "who") and the
    words went to the senator quoted before, at 0.94."""
    x = _extracted(
        "\u201cLosing a vote doesn't make me wrong,\u201d Sen. Thomas Haver said.",
        "The bill passed the Senate 81-17. Haver was joined in opposition by several others, including "
        "Sen. Marisela Quon (D-OR), who said in a statement that the bill \u201cprioritizes contractors over troops.\u201d")
    assert x.quotes[1].cue == "said-before"
    assert _speaker_or_guess(x, x.quotes[1]) == "Marisela Quon"


def test_the_mother_named_after_her_child_is_the_subject_not_the_child():
    """Invented court copy: 'Reading a victim impact statement, Mateo's mother, Teresa
    Alvarado, faced Kellerman. "Q," she said' gave her words to her dead son at 0.86: the
    possessive only says whose mother; the name after it is the sentence's subject."""
    x = _extracted(
        "Trevor Keller pleaded guilty to vehicular homicide in the death of Mateo Alvaro, 17.",
        "Reading a victim impact statement, Mateo's mother, Teresa Alvaro, faced Keller across the courtroom.",
        "\u201cYou took the best part of my life in one second,\u201d she said.")
    assert _speaker_names(x) == ["Teresa Alvaro"]


def test_his_in_the_opening_phrase_says_which_namesake():
    """Invented court copy: 'His mother, Colette Delacroix, said ... At his arraignment on
    Monday, Delacroix told the judge, "Q"' gave the son's words to his mother at 0.996.
    Not when the possessive is someone else's ("His meeting with Roe")."""
    x = _extracted(
        "Julien Delacroix, 19, was arrested Sunday in a string of robberies, police said.",
        "His mother, Colette Delacroix, said she had no idea what her son was doing. "
        "\u201cIf I had known, I would have stopped him,\u201d she said.",
        "At his arraignment on Monday, Delacroix told the judge, \u201cI'm sorry for what I did.\u201d")
    assert _speaker_names(x) == ["Colette Delacroix", "Julien Delacroix"]
    x = _extracted(
        "Bernard Tosh met Hillary Quist on Tuesday. \u201cWe talked,\u201d Quist said.",
        "His meeting with Quist was an important step. \u201cIt went well,\u201d Quist told reporters.")
    assert _speaker_names(x) == ["Hillary Quist", "Hillary Quist"]


def test_bint_is_inside_a_name():
    """Invented wire copy: 'Information Minister Samira bint Yusuf al-Haddad' was two
    people, "Samira" and "Yusuf al-Haddad" (he), whose words she then spoke."""
    x = _extracted(
        "\u201cHe has not set foot here in a decade,\u201d Information Minister Samira bint Yusuf al-Qadi said.")
    assert _speaker_names(x) == ["Samira bint Yusuf al-Qadi"]


def test_he_said_after_a_role_as_subject_is_that_roles_holder():
    """Invented wire copy: 'Asked whether he feared arrest, the former general laughed.
    "Q," he said' went to a student quoted before (0.88), and 'The prime minister appeared
    to side with the mayor. ... she said' to a volcanologist (0.96)."""
    x = _extracted(
        "Brigadier General Ousmane Diallo told a reporter by phone that he had not resigned.",
        "\u201cAt least the old general built roads,\u201d said Seydou Keita, a student.",
        "Asked whether he feared arrest if he returned, the former general laughed. \u201cThey would not dare,\u201d he said.")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name != "Seydou Keita"
    x = _extracted(
        "\u201cThe town is not a place you abandon,\u201d Prime Minister Hrafnhildur Ketilsdottir said.",
        "Geologists were more cautious. Sigrid Bjarnadottir, a volcanologist at the office, said the eruption "
        "was waning. \u201cWe are in a pause,\u201d Bjarnadottir said.",
        "The prime minister appeared to side with the mayor. Later, she said: \u201cA town is not only its houses.\u201d")
    assert _speaker_names(x) == ["Hrafnhildur Ketilsdottir", "Sigrid Bjarnadottir", "Hrafnhildur Ketilsdottir"]


def test_the_leader_of_a_party_is_no_party():
    """Invented wire copy: 'The leader of the opposition Prachachon Party vowed ... to keep
    marching "Q"' made the party the speaker at 0.99."""
    x = _extracted(
        "The leader of the opposition Prachachon Party vowed on Sunday to keep marching "
        "\u201cuntil the last election is a free one.\u201d")
    assert x.quotes[0].speaker is None and all(p.name != "Prachachon Party" for p in x.people)


def test_a_public_body_described_by_its_scope_is_no_body_named_before():
    """Invented wire copy: 'The national weather agency urged residents ..., warning of
    "extreme" rainfall' gave the warning to a network quoted before, at 0.99; 'the oil
    company said' after the company still stands for it."""
    x = _extracted(
        "\u201cEveryone has seen this coming,\u201d said Rini Kusuma of the Green Archipelago Network.",
        "The national weather agency urged residents to move to higher ground, warning of "
        "\u201cextreme and dangerous rainfall in the coming days.\u201d")
    assert _speaker_or_guess(x, x.quotes[1]) != "Anand Bhaskar Iyyer" and _speaker_names(x)[1] != "Anand Bhaskar Iyyer"
    x = _extracted(
        "Dornell Petroleum will shut its refinery, according to a filing.",
        "\u201cThe market has changed,\u201d the oil company said in a statement.")
    assert _speaker_names(x) == ["Dornell Petroleum"]


def test_a_given_name_opens_a_persons_name_whatever_the_recogniser_says():
    """Invented feature: 'Another neighbor, Yvette Marchand-Dubois, who has bought apples
    for years, has organized a petition. "Q," she said' went to the lawyer quoted before at
    0.98: the recogniser read the name as a building, so it was no person "she" could be."""
    x = _extracted(
        "\u201cA partition sale is a blunt instrument,\u201d said Adaeze Iwu, the sisters' lawyer.",
        "Another neighbor, Yvette Marchand-Dubois, who has bought apples from the farm for years, has organized a petition.",
        "\u201cOnce it's houses, it's houses forever,\u201d she said.")
    assert _speaker_names(x) == ["Adaeze Iwu", "Yvette Marchand-Dubois"]


def test_a_description_that_names_its_person_opens_the_sentence_with_them():
    """Invented feature: 'His campaign manager, a veteran operative named Philomena Grey,
    said the problems began early. "Q," she said' went to the spokeswoman quoted before."""
    x = _extracted(
        "Through a spokeswoman, Delia Marchetti, he declined to be interviewed. \u201cHe is reflecting,\u201d "
        "Marchetti said in an email.",
        "His campaign manager, a veteran operative named Philomena Grey, said the problems began early.",
        "\u201cHe didn't want to run on his biography,\u201d she said.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Philomena Grey"


def test_a_given_name_without_us_figures_still_has_its_gender():
    """Invented court copy: 'Under cross-examination, Grunewald asked the witness whether he
    had been drinking. He said he had had "three or four beers."' went to the lawyer,
    Philippa Grunewald, at 0.98: gender-guesser calls Philippa a woman's name, and its US
    figures, which lack the name, were read as a doubt."""
    x = _extracted(
        "Luca Castell, 22, told jurors he saw his brother fire the gun. His brother's lawyer, "
        "Philippa Grunewald, has argued someone else fired.",
        "Under cross-examination, Grunewald asked the witness whether he had been drinking. "
        "He said he had had \u201cthree or four beers that night.\u201d")
    q = x.quotes[0]
    assert q.speaker is None or x.people[q.speaker].name != "Philippa Grunewald"


def test_the_official_said_is_a_reporting_clause():
    """Invented feature: '"We don't have people to fine anybody," the official said' was no
    reporting clause ("official" was no role noun), and the words went to a swimming spot
    the recogniser took for an organisation, at 0.95."""
    x = _extracted(
        "Dr. Anjali Venkat said she saw a dozen children who had been swimming at Millrace Bend.",
        "One state official, who spoke on condition of anonymity, said the division had lost half its staff. "
        "\u201cWe don't have people to fine anybody,\u201d the official said.")
    q = x.quotes[0]
    assert q.cue == "said-after" and q.speaker is None and q.described_as == "the official"


def test_the_union_is_not_the_body_named_before_it_was_spoken_of():
    """Invented feature: 'In a statement, St. Barnabas said ... The nurses' union has been
    less measured. In a letter, the union wrote: "Q"' gave the union's letter to the
    hospital, at 0.95. "The company said" after the company named stays the company's."""
    x = _extracted(
        "In a statement, St. Barnabas said it had \u201crequested state approval for an expansion.\u201d",
        "The nurses' union has been less measured. In a letter to the board in September, the union wrote: "
        "\u201cOur members are being asked to provide safe care under conditions that make it impossible.\u201d")
    assert x.quotes[1].speaker is None and x.quotes[1].described_as == "the union"
    x = _extracted(
        "Hartwell Foods will close two plants. The closures follow a year of losses.",
        "\u201cThis was a hard decision,\u201d the company said.")
    assert _speaker_names(x) == ["Hartwell Foods"]


def test_a_product_named_in_title_case_is_no_quotation():
    """Invented business copy: 'the company's new analytics product, "Lumen Grid," had
    signed 140 customers' and 'a $499 device it calls "Quillon Sight"' were quotations of
    the chief executive and of the company, at 0.99."""
    x = _extracted(
        "\u201cDeals take longer to close,\u201d Chief Executive Mireille Harlow told analysts on a call.",
        "She added that the company's new analytics product, \u201cLumen Grid,\u201d had signed 140 customers.",
        "Quillon Devices unveiled a $499 device it calls \u201cQuillon Sight\u201d on Thursday.")
    assert [(q.text, q.cue, q.speaker) for q in x.quotes[1:]] == [("Lumen Grid", "title", None),
                                                                  ("Quillon Sight", "title", None)]


def test_a_device_maker_is_a_body_and_its_short_name_with_the_company_after_it():
    """Invented business copy: "Quillon Devices" was a person whom "she told the audience"
    stood for, and 'Quillon, the company, said in a filing that ... "Q"' went to the
    founder's grandson Hollis Quillon."""
    x = _extracted(
        "Quillon Devices unveiled its first smart glasses on Thursday, introduced by Astrid Lind, who runs its "
        "wearables unit.",
        "\u201cWe wanted glasses first,\u201d she told the audience.",
        "Quillon's chief executive, Hollis Quillon, the founder's grandson, did not appear at the event.",
        "Quillon, the company, said in a filing that the business \u201cmay not achieve profitability for years.\u201d")
    assert [p.kind for p in x.people if p.name == "Quillon Devices"] == ["organisation"]
    assert x.people[x.quotes[1].speaker].name == "Quillon Devices"


def test_the_agent_of_a_passive_in_a_relative_clause_is_no_subject():
    """Invented wire copy: 'In the letter, which was seen by Global Wire, she wrote: "Q"'
    went to the agency (a person "Global Wire", the agent of "was seen by") at 0.89."""
    x = _extracted(
        "Commission chairwoman Abena Owusu resigned on Monday.",
        "In the letter, which was seen by Global Wire, she wrote: \u201cI have been threatened, and I can no "
        "longer guarantee my own independence.\u201d")
    assert _speaker_names(x) == ["Abena Owusu"]


def test_the_paragraph_after_an_asked_question_is_no_more_the_askers():
    """Invented radio interview: 'Host Marisol Quin asked Rep. Hal Strick about his trades.
    "Did you know what was coming?" Quin asked.' then a paragraph that is only '"I don't
    manage my own portfolio."' went to the host at 0.99: the answer is not the asker's."""
    x = _extracted(
        "Host Marisol Quin asked Rep. Hal Strick about his stock trades.",
        "\u201cDid you know what was coming?\u201d Quin asked.",
        "\u201cI don't manage my own portfolio.\u201d")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name == "Hal Strick"
    x = _extracted(  # not a question: the same voice goes on
        "\u201cWe knew nothing,\u201d Rep. Hal Strick said.",
        "\u201cI don't manage my own portfolio.\u201d")
    assert _speaker_names(x) == ["Hal Strick", "Hal Strick"]


def test_a_role_before_the_name_and_a_comma_is_theirs():
    """Invented wire copy: 'The envoy, Ibrahim al-Ansari, spoke to reporters. "Q," the envoy
    said' was "the envoy (not named)": the article had named its envoy."""
    x = _extracted(
        "The envoy, Ibrahim al-Ansari, spoke to reporters after a third round of talks. "
        "\u201cI have never been as hopeful as I am today,\u201d the envoy said.")
    assert _speaker_names(x) == ["Ibrahim al-Ansari"] and "the envoy" in x.people[0].roles


def test_he_said_after_a_relative_as_subject_is_the_relative():
    """Invented feature: 'Asked about the visit, her brother was quiet for a moment. "I
    climbed one," he said' went to his sister quoted before, at 0.95; 'His daughter said
    she had considered quitting. "Q," she said' to her father's lawyer."""
    x = _extracted(
        "\u201cHe walked out to the old trees by himself,\u201d Manjit Sandhu said.",
        "Asked about the visit, her brother was quiet for a moment. "
        "\u201cI climbed one tree and sat in it for an hour,\u201d he said finally.")
    assert _speaker_or_guess(x, x.quotes[1]) != "Anand Bhaskar Iyyer" and _speaker_names(x)[1] != "Anand Bhaskar Iyyer"
    x = _extracted(
        "Kwabena Thorsen, the defendant, sat with his daughter, Lucia Thorsen, in the second row.",
        "\u201cWe will appeal,\u201d said his lawyer, Dana Quist.",
        "His daughter said she had considered quitting her program. \u201cI thought, I don't want to be "
        "part of this,\u201d she said.")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name != "Dana Quist"


def test_the_unnamed_ones_he_said_stands_against_the_models_choice():
    """Invented investigation: 'Outside the steakhouse ..., a waiter who ... asked not to be
    named because he feared losing his job remembered the party. He said the men "did most
    of the talking"' went to the chief of staff quoted before, at 0.95: the model named him
    though the rules had found whom "he" stands for."""
    x = _extracted(
        "The mayor's chief of staff, Barnaby Quaye, said the memo was \u201cone input among many.\u201d",
        "Outside the steakhouse on a recent evening, a waiter who had worked the private room that night and "
        "asked not to be named because he feared losing his job remembered the party. He said the men "
        "\u201cdid most of the talking\u201d and that a folder was passed across the table.")
    assert x.quotes[1].speaker is None and x.quotes[1].described_as == "a waiter"


def test_the_staffer_said_is_the_unnamed_staffer_not_the_candidate_the_model_names():
    """Invented campaign copy: '"Q," the staffer said' after 'Another staffer, who spoke
    on condition of anonymity, ... said Brandt had taken to ...' went to the candidate at
    0.88: no rule took "the staffer" for anyone, and he holds no such role."""
    x = _extracted(
        "Three senior aides to Senate candidate Odell Brandt have left the campaign.",
        "\u201cHe fired the pollster because he did not like the numbers,\u201d one former aide said.",
        "Another staffer, who spoke on condition of anonymity because they were not authorized to speak "
        "publicly, said Brandt had taken to writing his own debate answers. \u201cHe thinks he is the "
        "smartest guy in every room,\u201d the staffer said.")
    assert x.quotes[1].speaker is None and x.quotes[1].described_as == "the staffer"


def test_a_statement_from_a_body_said_is_the_bodys():
    """Invented: 'A statement from the Alliance for Judicial Integrity said: "Q."' had no
    reporting clause (the body is the object of "from"), and the model gave the words to
    the judge the group campaigned against."""
    x = _extracted(
        "Senate Republicans blocked Judge Adrienne Colquitt's confirmation on Monday.",
        "A statement from the Alliance for Judicial Integrity said: \u201cVictory for the rule of law.\u201d")
    assert _speaker_names(x) == ["Alliance for Judicial Integrity"]


def test_a_friend_described_in_apposition_is_the_subject_not_the_one_whose_friend():
    """Invented tabloid copy: "Stacey's friend, the former glamour model Kerry-Ann Roe,
    leapt to her defence. 'Q,' she posted." went to Stacey (the description between the
    comma and the name hid the apposition)."""
    x = _extracted(
        "Presenter Stacey Toller has split from her husband.",
        "Stacey's friend, the former glamour model Kerry-Ann Bellamy, leapt to her defence on Instagram. "
        "\u2018Stacey is the strongest woman I know,\u2019 she posted.")
    assert _speaker_or_guess(x, x.quotes[0]) == "Kerry-Ann Bellamy"  # (the model may stay unsure)


def test_a_given_name_that_is_also_a_country_is_the_persons():
    """Invented tabloid copy: "Jordan Pike is in talks ... Jordan, meanwhile, appeared
    unbothered ... 'Q,' he said": both were read as the country, so "he" stood for a place
    and every quotation of his was given to no one at 0.0."""
    x = _extracted(
        "Reality star Jordan Pike is in talks to join a rival dating show.",
        "Jordan, meanwhile, appeared unbothered when asked about his former co-star.",
        "\u2018I wish her all the best, genuinely,\u2019 he said on a podcast.")
    assert _speaker_names(x) == ["Jordan Pike"]


def test_a_reply_after_a_colon_answers_the_words_before_it():
    """Invented: "Ashleigh branded him 'a snake', to which he replied: 'Q.'" gave 'a snake'
    to the one who replied (his clause came later in the sentence)."""
    x = _extracted(
        "Reality star Jordan Pike was on the show with Ashleigh Barrow.",
        "During the row, Ashleigh branded him \u2018a snake\u2019, to which he replied: "
        "\u2018At least my mum likes me.\u2019")
    assert _speaker_names(x)[0] == "Ashleigh Barrow"  # "branded": hers, as the sentence says


def test_he_after_a_family_name_shared_by_a_woman_and_her_husband_is_the_husband():
    """Invented: 'Sen. Margaret Hollenbeck ... Her husband, Richard Hollenbeck, is a lobbyist.
    ... Hollenbeck said he would not stop lobbying. "Q," he said.' went to her challenger,
    quoted before (the family name alone was taken for her, and "he" is not her)."""
    x = _extracted(
        "Sen. Margaret Hollenbeck has pushed for tougher ethics rules. Her husband, Richard Hollenbeck, "
        "is a lobbyist.",
        "Her Republican challenger, Dwight Carrow, attacked her at a campaign event. \u201cShe cannot police "
        "her own kitchen,\u201d Carrow said.",
        "Hollenbeck said he would not stop lobbying.",
        "\u201cI was doing this before Maggie ran for anything,\u201d he said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Richard Hollenbeck"  # (the model may stay unsure)


def test_a_place_after_a_plural_and_on_is_no_speaker():
    """Invented: "Republicans on Capitol Hill have described the threats as 'negotiating
    leverage'" gave the words to "Capitol Hill" (0.96), the object of "on"."""
    x = _extracted("For months, Republicans on Capitol Hill have described President Harlan Whitacre's "
                   "tariff threats as \u201cnegotiating leverage,\u201d a phrase that let them back the plan.")
    assert _speaker_names(x) == [None]


def test_the_chief_is_the_chief_not_the_deputy_chief():
    """Invented council copy: "Police Chief Raymond Kowalczyk ... Deputy Chief Carla Mendes
    ... The chief said he supported the idea but warned that cameras 'Q'" matched two holders
    of "chief" and so no one (the guess went to the councillor named last)."""
    x = _extracted(
        "Police Chief Raymond Kowalczyk told the committee Wednesday that break-ins have jumped.",
        "Deputy Chief Carla Mendes said the department would begin a campaign next month.",
        "Council member Greg Lutz suggested rebates for cameras. The chief said he supported the idea but "
        "warned that cameras \u201cdon't stop anyone, they just help us after the fact.\u201d")
    assert _speaker_or_guess(x, x.quotes[0]) == "Raymond Kowalczyk"  # (the model may stay unsure)


def test_a_family_name_alone_opening_a_sentence_is_the_one_he_stands_for():
    """Invented debate copy: "Carson defied the question. 'Q,' he said." (the article never
    gives his given name) went to the candidate quoted in the paragraph before: a single
    name no one speaks with was no person."""
    x = _extracted(
        "Senator Ted Cruz was asked to pick the winner.",
        "Cruz admitted that his pick was political. \u201cWith an eye to the primary,\u201d he said.",
        "Halvorsen defied the question, and did not choose. \u201cI will predict the winner \u2013 it "
        "will be one of the two,\u201d he said.")
    assert _speaker_names(x)[1] == "Halvorsen"


def test_a_relative_named_after_a_pronoun_subject_is_not_the_next_she():
    """Invented feature: "She credits her daughter, Lauren, with saving her life. 'Q,' she
    says" gave the mother's words to the daughter (the words before the name read as an
    introductory phrase, so Lauren was the sentence's subject)."""
    x = _extracted(
        "Soap star Bev Crowther has been sober for seven years. She credits her daughter, Lauren, with "
        "saving her life.",
        "\u2018Lauren sat me down one Sunday morning and told me to stop,\u2019 she says, her voice cracking.")
    assert _speaker_or_guess(x, x.quotes[0]) == "Bev Crowther"  # (the model may stay unsure)


def test_a_post_that_read_is_its_writers_not_the_one_who_liked_it():
    """Invented: "Haddow has stayed silent, although he liked a post from a fan account which
    read: 'Q'" gave the fan's words to the player at 0.99."""
    x = _extracted(
        "Winger Scott Haddow has asked to leave the club.",
        "Haddow himself has stayed silent, although he liked a post from a fan account which read: "
        "\u201cSeven years of loyalty and this is how they treat him?\u201d")
    assert _speaker_names(x) == [None]


def test_a_supporters_handle_is_not_the_candidates():
    """A handle that spells a name after "for" ("@WomenForRoe", "@Vote4Roe") is the
    supporters' account: '@WomenForHalvorsen wrote: "Q"' was the candidate's."""
    x = _extracted("Candidate Dana Halvorsen spoke on Monday.",
                   "@WomenForHalvorsen wrote: \u201cWhat does the governor know about it.\u201d")
    assert "Dana Halvorsen" not in [n for n in _speaker_names(x) if n]
    assert "@WomenForHalvorsen" in [p.name for p in x.people]


def test_quoted_someone_as_saying_is_theirs():
    """Invented wire copy: 'State media quoted Sheikh Nasser bin Hamad al-Fulani as saying
    that the emirates had "exhausted every channel"' found no reporting clause."""
    x = _extracted(
        "State media quoted Sheikh Nasser bin Hamad al-Fulani as saying that the emirates had "
        "\u201cexhausted every channel of quiet diplomacy.\u201d")
    assert x.quotes[0].cue == "said-before" and _speaker_names(x) == ["Nasser bin Hamad al-Fulani"]


def test_the_mother_said_is_the_mother_the_article_named():
    """Invented court copy: 'The teenager's mother, Colette Delacroix, said ... "Q," the
    mother said' and 'The defendant's father, Vittorio Castell, ... "Q," the father said'
    found no reporting clause (relatives were no role nouns): "the mother (not named)"."""
    x = _extracted(
        "The teenager's mother, Colette Delacroix, said she had no idea what her son was doing.",
        "\u201cIf I had known, I would have stopped him myself,\u201d the mother said.")
    q = x.quotes[0]
    assert q.cue == "said-after" and _speaker_or_guess(x, q) == "Colette Delacroix"
    x = _extracted(
        "The defendant's father, Vittorio Castell, sat behind his son throughout the day. "
        "\u201cLuca is confused,\u201d the father said.")
    assert _speaker_names(x) == ["Vittorio Castell"]


def test_was_told_by_someone_is_their_words():
    """Invented debate copy: '"You're finished, Tomas," Quintero was told by Voss during a
    commercial break' gave the words to the one told, at 0.96."""
    x = _extracted(
        "Florida Sen. Tomas Quintero and Harlan Voss traded insults on Thursday night.",
        "\u201cYou're finished, Tomas, and everybody in this room knows it,\u201d Quintero was told by Voss "
        "during a commercial break.")
    q = x.quotes[0]
    assert q.cue == "said-after" and (q.speaker is None or x.people[q.speaker].name == "Harlan Voss")


def test_host_opening_a_sentence_before_a_given_name_is_a_role():
    """Invented TV copy: 'Host Priya Raghunathan interviewed Sen. Saul Lindqvist' made a
    person "Host Priya Raghunathan", and 'Raghunathan asked Lindqvist. "Q," he said' gave
    the senator's answer to her at 0.96."""
    x = _extracted(
        "Host Priya Raghunathan interviewed Sen. Saul Lindqvist on her Sunday program.",
        "\u201cSenator, are you a socialist?\u201d Raghunathan asked Lindqvist.",
        "\u201cI am a democratic socialist,\u201d he said.")
    assert _speaker_names(x) == ["Priya Raghunathan", "Saul Lindqvist"]


def test_a_nickname_of_two_words_between_the_names_keeps_one_person():
    """Invented floor-speech copy: 'Sen. Thomas "Big Tom" Haverford (R-MS) delivered ...'
    made two speakers, "Thomas" and "Haverford"."""
    x = _extracted(
        "Sen. Thomas \u201cBig Tom\u201d Haverford (R-MS) accused both parties of \u201cspending like "
        "drunken sailors on a shore leave that never ends.\u201d")
    assert [p.name for p in x.people] == ["Thomas Haverford"]
    assert [(q.text, q.cue) for q in x.quotes if q.speaker is None] == [("Big Tom", "title")]  # a name, no words


def test_a_police_rank_in_capitals_before_a_name_is_a_role():
    """Nigerian copy: "SP Bukola Adesina" was the speaker's name."""
    x = _extracted(
        "The state Police Public Relations Officer, SP Bukola Roe, confirmed the incident. "
        "She said, \u201cTwo suspects have been arrested.\u201d")
    assert [p.name for p in x.people] == ["Bukola Roe"] and "SP" in x.people[0].roles


@pytest.mark.parametrize("said", ["said the deputy ambassador, Jane Wambui", "said its coordinator, Jane Wambui"])
def test_a_role_then_the_name_after_an_inverted_verb_is_the_speaker(said):
    """'"Q," said its coordinator, Jane Wambui.' had no reporting clause: the pattern for
    "said the deputy ambassador, Jane Roe," was anchored with "^" and matched at a
    position, where "^" never holds."""
    x = _extracted(
        f"\u201cResidents are the losers here,\u201d {said}.")
    assert x.people[x.quotes[0].speaker].name == "Jane Wambui"


def test_an_office_qualified_by_a_place_is_the_subject_just_named():
    """'Marco Rubio still believes ... "Q," the Florida senator told a magazine' showed
    "the Florida senator (not named)": an office a person is called by, qualified by a
    place, a party or a time, is the subject the text has just named when no one holds
    that title. Not when the subject holds another office, nor for a bare "the
    president" (as often the country's), nor when someone else is a senator."""
    def speaker_of(paragraphs, k=0):
        x = extract_article(Article(id="t", source="t", title="T", paragraphs=paragraphs))
        q = x.quotes[k]
        return x.people[q.speaker].name if q.speaker is not None else None, q.described_as or None
    said = "\u201cI stand by everything I said,\u201d the Lakeshore senator told a magazine on Thursday."
    assert speaker_of(["Ivo Berrand still believes the plan is unfit. " + said]) == ("Ivo Berrand", None)
    assert speaker_of(["Gov. Ivo Berrand still believes the plan is unfit. " + said])[0] is None
    assert speaker_of(["Sen. Jane Roe and Ivo Berrand met. Ivo Berrand still believes the plan is unfit. "
                       + said])[0] != "Ivo Berrand"
    assert speaker_of(["Ivo Berrand still believes the plan is unfit. "
                       "\u201cI stand by it,\u201d the president told a magazine."])[0] is None


def test_an_inverted_role_then_a_time_then_the_name():
    """'"Q," wrote the American ambassador at the time, John Kesten.': the name after the
    role (and "at the time") is the speaker, not "the American ambassador (not named)"."""
    x = _extracted(
        "Ivo Berrand pressed diplomats for months. The party was \u201cworking to change its image,\u201d "
        "said the Freedonian ambassador at the time, Jane Kesten.")
    assert x.people[x.quotes[0].speaker].name == "Jane Kesten"


@pytest.mark.parametrize("lead", ["Local MNA", "XQA"])
def test_capitals_of_an_office_before_a_name_the_lists_lack(lead):
    """"Local MNA Luc Desrosiers ... 'Q,' he said in French" gave his words to the health
    authority named before (at 0.95): "MNA" and an unfamiliar given name made no name of
    the run. A member's title of Quebec, and a body's or an office's capitals before two
    name words, are a role."""
    x = _extracted(
        "A spokesperson for Sante Vallee, the regional health authority, said the plan was sound.",
        f"{lead} Lucien Desmarteau told the meeting he would take residents' concerns to the minister. "
        "\u201cI am not here to defend a plan that was not written here,\u201d he said in French.")
    assert x.people[x.quotes[0].speaker].name == "Lucien Desmarteau"


def test_the_object_of_on_is_no_speaker():
    """"A post sharing the video on Facebook added: 'Q'" made the site a speaker at 0.97.
    A name after "on" (after a word in lower case: not "Council on Foreign Relations")
    is never the subject."""
    x = _extracted(
        "A video shared 400,000 times claims the city has banned vegetable gardens.",
        "A post sharing the video on Chirpsy added: \u201cThis is how they make you dependent.\u201d")
    assert x.quotes[0].speaker is None
    x = _extracted(
        "The Council on Harbour Relations Executive Director Jane Roe says in a statement that "
        "the plan \u201ccrosses the line from neglect to harm.\u201d")
    assert x.people[x.quotes[0].speaker].name == "Jane Roe"


@pytest.mark.parametrize("run, name, role", [
    ("Guard Marcus Delacroix-Pell", "Marcus Delacroix-Pell", "Guard"),
    ("Centre Obi Nwankwe", "Obi Nwankwe", "Centre"),
    ("Trustee Marcus Delgado-Fenn", "Marcus Delgado-Fenn", "Trustee"),
    ("Supervisor Dean Kowalcik", "Dean Kowalcik", "Supervisor"),
    ("Chief Minister Shri Harish Chandra Tiwara", "Harish Chandra Tiwara", "Chief Minister"),
])
def test_a_position_or_honorific_before_a_name_is_no_part_of_it(run, name, role):
    """Sports, school-board and Indian copy: "Guard Marcus Roe" was a speaker page of that
    name, "Centre Obi Roe" an organisation "Roe", "Supervisor Dean Roe" a person "Roe" with
    the role "Supervisor Dean", "Shri" a role. A position before the name is its role (a
    given name that is also a title, after another role word, is the given name); an
    honorific is neither."""
    x = _extracted(
        f"{run} defended the plan. \u201cWe did what the rules asked,\u201d he said.")
    who = x.people[x.quotes[0].speaker]
    assert (who.name, who.kind) == (name, "person")
    assert who.roles == [role]


def test_a_body_named_for_a_position_is_no_person():
    x = _extracted(
        "The Center for Coastal Diversity sued the agency. \u201cThe plan is unlawful,\u201d it said.")
    assert not any(p.name == "Coastal Diversity" for p in x.people)


def test_a_party_tag_with_a_city_of_two_words_is_no_name():
    """'"Q," Rep. Lorena Roe, D-San Antonio, said.' left the quotation unattributed (a
    person "D-San Antonio" between the name and the verb); "R-Utah" already was a tag."""
    x = _extracted(
        "\u201cWe cannot manage what we do not measure,\u201d Rep. Lorena Castanedo, D-San Antonio, said.")
    assert x.people[x.quotes[0].speaker].name == "Lorena Castanedo"
    assert all("San" not in p.name for p in x.people)


@pytest.mark.parametrize("body", ["the Coastal Policy Institute", "the Institute for Coastal Policy in a statement"])
def test_said_the_body_named_in_full(body):
    """'"Q," said the Coastal Policy Institute.' was "said-after-anonymous" (no speaker,
    and none guessed): "the" before a body's full name is no description of someone."""
    x = _extracted(
        f"\u201cThe plan is unlawful,\u201d said {body}.")
    assert x.quotes[0].speaker is not None and "Coastal Policy" in x.people[x.quotes[0].speaker].name


def test_where_a_body_is_based_is_no_part_of_its_name():
    """'The ship's manager, Limassol-based Kestrel Bulk Shipping, said in an emailed
    statement that the vessel "Q"' gave no speaker: "Limassol-based" made one run of the
    name and the place."""
    x = _extracted(
        "The ship's manager, Harbourtown-based Kestrel Bulk Freight, said in an emailed statement that the "
        "vessel \u201chas at all times operated in full compliance with the law\u201d and that it was cooperating.")
    assert x.people[x.quotes[0].speaker].name == "Kestrel Bulk Freight"


def test_a_quoted_title_of_the_and_one_word_is_a_title():
    """'she wrote the part with him in mind after seeing him on stage in "The Weir" in
    London' exported the play's name as the director's words at 0.998: "The" and one
    capitalised word is Title Case too."""
    x = _extracted(
        "Ann Gallagh said she wrote the part with Jonah Ashby in mind after seeing him on stage in "
        "\u201cThe Quay\u201d in London.")
    assert x.quotes == [] or x.quotes[0].speaker is None


@pytest.mark.parametrize("after", ["Harbourtown-based Republican strategist Al Cardenal", "the Harbourtown-based Acme Group"])
def test_said_then_where_the_speaker_is_based(after):
    """'"Q," said Florida-based Republican strategist Al Cardenas' lost its speaker once
    "Florida-based" stopped being part of a name: the verb's subject starts after it."""
    x = _extracted(
        f"\u201cHow much worse could it get?\u201d said {after}, referring to the polls.")
    assert x.people[x.quotes[0].speaker].name == after.split()[-2] + " " + after.split()[-1]


def test_the_two_parts_of_one_utterance_are_decided_alike():
    """'... - "I love Oreos," he said, "I will never eat them again" - ...' gave the second
    part to its speaker at 0.95 and left the first unattributed at 0.83: the two parts
    around one reporting clause are decided as surely as the surer. Not a phrase quoted
    in another clause ('Roe called it "A" and said "B"')."""
    x = _extracted(
        "Ivo Berrand has also fulminated against plans by the company that makes the biscuits to shift "
        "production abroad - \u201cI love Crunchies,\u201d he said, \u201cI will never eat them again\u201d - "
        "and vowed to impose a tariff on imports.")
    a, b = x.quotes
    assert (a.speaker, a.guess, a.confidence) == (b.speaker, b.guess, b.confidence)
    assert a.speaker is not None and x.people[a.speaker].name == "Ivo Berrand"


def test_a_month_that_is_a_given_name_and_a_couple_that_shares_a_family_name():
    """A couple's feature: "Walt and June Pelletier ... 'Q,' June added." gave June's words
    to Walt at 0.99 ("June" was read as the month, and "she" went to the only person
    left), and "Walt" was a speaker page of that one word. A month is a given name where
    the article writes it before a family name (not "in June", "a June Roe event" where
    the article names another Roe); the given name before "and" shares the family name."""
    x = _extracted(
        "For four decades, Walt and June Pellard have run the Hollis General Store.",
        "\u201cWe said we'd do it for five years,\u201d Walt said, leaning on the counter.",
        "\u201cIncluding some things that should not have been soup,\u201d June added.")
    assert _speaker_names(x) == ["Walt Pellard", "June Pellard"]
    x = _extracted(
        "Donald Berrand spoke in Ohio. At a June Berrand campaign event, Ada Kesten railed against the plan.",
        "\u201cThey should speak English in public,\u201d she said.")
    assert not any(p.name == "June Berrand" for p in x.people)
    assert x.people[x.quotes[0].speaker].name == "Ada Kesten"


def test_she_went_on():
    """'"Q," she went on. "R."' left both unattributed (0.78, 0.66) after the same speaker's
    '"P," she said.' ("goes on" stays no verb of saying: "once the Senate goes on recess")."""
    x = _extracted(
        "\u201cShips are getting bigger every year,\u201d said executive director Carolyn Abernath.",
        "\u201cEvery one of those jobs depends on ships coming here,\u201d she went on. \u201cThat's the whole story.\u201d")
    assert _speaker_names(x) == ["Carolyn Abernath"] * 3


@pytest.mark.parametrize("run, name", [
    ("Chairman Tan Sri Dr Hashim Osmar", "Hashim Osmar"),
    ("Chief financial officer Datin Lim Mei Lan", "Lim Mei Lan"),
    ("Datuk Wira Kamal Idrus, president of the council,", "Kamal Idrus"),
    ("Chairman Tan Wei Minh", "Tan Wei Minh"),
    ("Mackay Mayor Ross Delano said residents were worried. Cr Delano", "Ross Delano"),
    ("A spokesman for the front, Emir Kastrat,", "Emir Kastrat"),
])
def test_honours_before_a_name_and_names_that_look_like_titles(run, name):
    """Malaysian copy: "Chairman Tan Sri Dr Hashim Osman" was a speaker "Tan Sri", "Datin
    Lim Mei Ling" kept her honour; Australian "Cr Delaney" (councillor) was a second
    person; "Emir Kastrati" was "Kastrati" with the role "Emir". ("Tan" alone is a family
    name.)"""
    x = _extracted(
        f"{run} said the plan was sound. \u201cWe will see it through,\u201d they said.")
    assert x.people[x.quotes[0].speaker].name == name


def test_a_given_name_that_speaks_is_someone_he_may_stand_for():
    """'"Q," said Maya, 9, ...' then 'Owen, 12, said he watched ... "R," he said.' gave R to
    Maya at 0.97: the recogniser's one ORG label on "Owen" made him no one "he" can be."""
    x = _extracted(
        "\u201cI grabbed the dog and my math homework,\u201d said Maya, 9, who was sitting with her mother.",
        "Owen, 12, said he watched from the back of a pickup as water covered his street. "
        "\u201cIt looked like a lake,\u201d he said.")
    assert _speaker_names(x) == ["Maya", "Owen"]


@pytest.mark.parametrize("text, role", [
    ("Chief financial officer Luis Ferrant said margins improved.", "Chief financial officer"),
    ("Retired bus driver Clarence Mottram, 74, marched with a cane.", "Retired bus driver"),
    ("Azman Rahimi, its group managing director, spoke on Tuesday.", "group managing director"),
    ("Former Gov. Eleanor Stroudley spoke on Tuesday.", "Former Gov."),
    ("The plan was backed by former President Jane Roeburn.", "former President"),
    ("It was signed by then-President Jane Roeburn.", "then-President"),
])
def test_roles_keep_their_words(text, role):
    """Roles were cut: "Chief financial officer" to "officer", "Retired bus driver" to
    "driver", "its group managing director" kept its "its", and "Former Gov. Jane Roe" was
    shown (on quote pages and in citations) as the governor now."""
    x = _extracted(
        text, "\u201cWe will see it through,\u201d the speaker's office said.")
    assert role in [r for p in x.people for r in p.roles]


def test_a_sentence_opening_with_the_role_said():
    """"The president of Ferrania said on Sunday that a ceasefire was "closer than ever"."
    found no reporting clause (the role's "The" in capitals), nor "The Ohio governor said
    ..." (which then gave the words to the Florida governor named before): a place in the
    role rules out a holder of the title for another place, and the subject just named
    ("Marco Rubio ... The Florida senator told reporters") comes before a holder whose role
    names no place ("Sen. Joni Ernst")."""
    x = _extracted(
        "Ivo Berrand, who is third in the polls, appeared with Sen. Jane Roeland, R-Iowa.",
        "The Lakeshore senator told reporters he feels good, and \u201cwe'll see what it translates to.\u201d")
    assert x.people[x.quotes[0].speaker].name == "Ivo Berrand"
    x = _extracted(
        "Florida Gov. Jane Roeland spoke first. Ivo Berrand said Saturday that the plan was fair.",
        "The Ohio governor said the state needs to secure the border.",
        "\u201cI couldn't even imagine taking a mom out of a house,\u201d he said.")
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name != "Jane Roeland"


def test_a_party_and_state_tag_is_a_role():
    """"Sen. Joni Ernst, R-Iowa" says her party and state: a role (shown, and telling her
    apart from "the Florida senator"), without the sentence's full stop ("R-Iowa."), with
    an abbreviation's ("R-Fla."); a sentence's "Then Sen. Jim Doe spoke" is no "then-"."""
    x = _extracted(
        "Ivo Berrand appeared with Sen. Joni Ernsting, R-Iowa. It was Rep. Jane Roeland, R-Fla., who spoke. "
        "Then Sen. Jim Doeman, D-Calif. spoke.", "\u201cWe will win,\u201d the senators said.")
    roles = {p.name: p.roles for p in x.people}
    assert roles["Joni Ernsting"] == ["Sen.", "R-Iowa"] and roles["Jane Roeland"] == ["Rep.", "R-Fla."]
    assert roles["Jim Doeman"] == ["Sen.", "D-Calif."]


def test_a_role_in_the_lede_is_the_name_that_follows():
    """'The president of Ferrania said on Sunday that a ceasefire was "closer than ever".' then
    '"We are close," President Anton Velic told CNN.': the role's holder is the name the
    next sentence gives, after its quotation ("president of Ferrania" heads on "president")."""
    x = _extracted(
        "The president of Ferrania said on Sunday that a ceasefire with rebel forces was "
        "\u201ccloser than at any time in the past two years\u201d.",
        "\u201cWe are close,\u201d President Anton Velicz told CNN in an interview broadcast on Sunday.")
    assert _speaker_names(x) == ["Anton Velicz"] * 2


def test_the_club_said_after_a_sentence_that_names_it():
    """'"Q," the club said in a statement.' after "Ashworth Rovers completed the signing of
    Mateus Rocha" had no speaker: "Rovers" is a club's word, and a body's word ending a name
    keeps it a body whatever one recogniser label says. (A headline in sentence case with
    many names, "Ashworth Rovers complete signing of Mateus Rocha", is still read as Title
    Case and left out: counting the body's names out of it split "De Blasio" from "Bill de
    Blasio" on the tuning part.)"""
    x = _extracted(
        "Harbourside Rovers completed the signing of Mateus Rochao on Friday.",
        "\u201cWe are delighted to confirm the signing,\u201d the club said in a statement.")
    assert x.people[x.quotes[0].speaker].name == "Harbourside Rovers"


def test_the_elder_and_the_younger_of_two_namesakes():
    """A father and son: "The younger Mr. Dorsey sees it differently. 'Q,' he said" gave the
    son's words to his father at 0.99 (the most recent subject of the two), and "The elder
    Mr. Dorsey laughed" the father's to the son. The ages the text gives, or the relation
    one was introduced by, tell which is which."""
    for intro in ("Walter Dorrow, 78, took over the store in 1979. His son, Kevin Dorrow, 46, runs it now.",
                  "Walter Dorrow took over the store in 1979. His son, Kevin Dorrow, runs it now."):
        x = _extracted(
            intro, "\u201cMy father built this place,\u201d the elder Mr. Dorrow said.",
            "The younger Mr. Dorrow sees it differently. \u201cDad thinks closing is failing,\u201d he said.",
            "\u201cHe'll come around,\u201d Kevin Dorrow said.",
            "The elder Mr. Dorrow laughed when he heard that. \u201cA season,\u201d he said.")
        assert _speaker_names(x) == [
            "Walter Dorrow", "Kevin Dorrow", "Kevin Dorrow", "Walter Dorrow"]


def test_a_company_named_by_its_first_word():
    """'Dorrance said it was cooperating. "Q," the company said' gave the company's words to
    the aviation agency named before at 0.95: "Dorrance" alone is Dorrance Aerospace (a
    body's word, "Aerospace", ends its name)."""
    x = _extracted(
        "The Federal Aviation Administration said it was aware of the grounding. \u201cWe are reviewing the "
        "data,\u201d the agency said.", "The affected brackets are made by Dorrell Aerospace, an Ohio-based supplier.",
        "Dorrell said it was cooperating. \u201cWe have dispatched a team of engineers,\u201d the company said.")
    assert x.people[x.quotes[1].speaker].name == "Dorrell Aerospace"


def test_a_handle_is_its_owner_and_a_long_hispanic_name_stays_whole():
    """'"Q," @DougFenwickPA wrote on X' made a speaker "DougFenwickPA" beside Doug Fenwick; the
    handle is the person named before whose names it spells. "Deputy Minister Beatriz Elena
    Quintero Velez" was "Elena Quintero Velez" with the role "Deputy Minister Beatriz" (the
    recogniser found only part of the name)."""
    x = _extracted(
        "Doug Fenwright, a former county commissioner, is running against state Sen. Priya Ramcharam.",
        "\u201cAn empty podium tells you everything,\u201d @DougFenwrightPA wrote on X on Monday night.",
        "\u201cThank you to everyone who reached out,\u201d @PriyaForPA posted.")
    assert _speaker_names(x) == ["Doug Fenwright", "Priya Ramcharam"]
    x = _extracted(
        "President Lucia Montoya named Deputy Minister Beatriz Elena Quintero Velez as interim minister.",
        "\u201cUntil we have clear data, there will be no new excavation,\u201d Quintero told reporters.")
    assert x.people[x.quotes[0].speaker].name == "Beatriz Elena Quintero Velez"


def test_an_interrupted_quotation_that_runs_on_into_the_next_paragraph():
    """'"A," said Dr. Roe, the chief executive, "and B.' then a paragraph reopening the
    quotation: the part after the attribution was dropped (it opens in lower case, so it
    was taken for an odd mark rather than a quotation running on)."""
    x = _extracted(
        "\u201cWe delivered 61 babies here last year,\u201d said Dr. Raymond Kessling, the system's chief "
        "executive, \u201cand we have not been able to hire a single obstetric nurse in 18 months.",
        "\u201cI know what this means for families here.\u201d")
    assert [q.text[:6] for q in x.quotes] == ["We del", "and we", "I know"]
    assert {x.people[q.speaker].name for q in x.quotes} == {"Raymond Kessling"}


def test_a_nickname_a_month_named_wife_and_a_league():
    """'Thomas "Tiny" Brannigan' then "Tiny Brannigan said" made a second speaker; "His
    wife, June, says" left June's words unattributed (the month); '"Q," the league said'
    after "the Hartwell League of Women Voters" had no speaker ("league" names a body)."""
    x = _extracted(
        "Thomas \u201cTiny\u201d Brannagh has owned the Anchor Tap for 30 years.",
        "\u201cThey want me to turn the Anchor into a library,\u201d Brannagh said.",
        "Tiny Brannagh said he had offered to install soundproofing. \u201cI'll put up foam,\u201d he said.")
    assert {x.people[q.speaker].name for q in x.quotes if q.speaker is not None} == {"Thomas Brannagh"}
    x = _extracted(
        "Every evening Harold Quimbey climbs the 96 steps of the light. \u201cSomebody ought to look at it,\u201d he says.",
        "His wife, June, says he has not missed a night. \u201cAnd he made me go up,\u201d she says.")
    assert x.people[x.quotes[1].speaker].name == "June"
    x = _extracted(
        "The debate organizers, the Hartwell League of Women Voters, said in an email that they had no notice. "
        "\u201cWe were disappointed that only one candidate attended,\u201d the league said.")
    assert x.people[x.quotes[0].speaker].name == "Hartwell League of Women Voters"


def test_a_title_keeps_the_office_it_heads():
    """'said Fairbank Police Chief Anthony Reyes' gave the role "Chief": "Police" (a common
    word) was read as the end of a headline before the role."""
    x = _extracted(
        "\u201cIn 26 years of policing, I've never seen anything like it,\u201d said Fairbank Police Chief Anton Reyez.")
    assert x.people[x.quotes[0].speaker].roles == ["Fairbank Police Chief"]


def test_two_people_quoted_in_turn_and_a_filing():
    """A couple's feature: '"A," Hobart said. "B," Sayles said. "C," he said.' left C
    unattributed ("he" after a woman, with no man named since): when two speak in turn,
    "he" is the one before her. And '"Q," the filing said' after 'Cascade Air Group said in
    a regulatory filing' had no speaker."""
    x = _extracted(
        "Among the stranded passengers were Gerald Hobarth, a deckhand, and Miriam Sayle, a nursing student.",
        "\u201cI saw her sitting on a locker reading a paperback,\u201d Hobarth said.",
        "\u201cHe asked me what I was reading, so I lied,\u201d Sayle said.",
        "\u201cShe was a terrible liar,\u201d he said.")
    assert _speaker_names(x) == ["Gerald Hobarth", "Miriam Sayle", "Gerald Hobarth"]
    x = _extracted(
        "Its parent company, Cascade Air Holdings, said in a regulatory filing that the grounding could cost "
        "$12 million. \u201cThe ultimate financial impact cannot yet be determined,\u201d the filing said.")
    assert x.people[x.quotes[0].speaker].name == "Cascade Air Holdings"


def test_the_one_asked_answers_and_the_senator_just_named():
    """An interview recap: 'Whitley also asked Kowalczyk about his debate. "Q," he said.'
    gave the answer to the interviewer at 0.96; and of two senators, '"Q," the senator
    added.' after "Restrepo was unmoved." had no speaker: it is the one the sentence
    before was about."""
    x = _extracted(
        "Sen. Abe Kowalczek spoke in an interview with Dana Whitlee on Channel 9.",
        "Whitlee also asked Kowalczek about his recent debate performance. \u201cI don't grade my own homework,\u201d he said.")
    q = x.quotes[0]  # (asserted or, near the threshold, guessed: never the interviewer)
    assert _speaker_or_guess(x, q) == "Abe Kowalczek"
    x = _extracted(
        "Sen. Alma Restrepa of Arizona said Friday she would place a hold on the nomination.",
        "Sen. Bruce Hollowell of Nevada urged the Senate to confirm him. \u201cWe've waited long enough,\u201d Hollowell said.",
        "Restrepa was unmoved. \u201cI have nothing against him personally,\u201d the senator added.")
    assert _speaker_names(x) == ["Bruce Hollowell", "Alma Restrepa"]


def test_agent_noun_and_elder_titles_before_a_name_are_roles():
    """A noun for what someone does ("Showrunner", "Skipper"), or an elder's title
    ("Kaumātua"), before a name of two words or more is a role, not the name's first word
    (a second speaker page beside the name); an Irish particle ("Mac") is no given name; a
    body's name with a word that is also a given name ("United Gun Group") stays a body."""
    x = _extracted(
        "Showrunner Kenji Abaro has said the show is about small towns. \u201cI wanted winters,\u201d he told critics.",
        "Skipper M\u00e1irt\u00edn Mac Donnchadha disagreed. \u201cCome out on the boat,\u201d he said.",
        "Kaum\u0101tua R\u0101wiri Parone, 84, spoke next. \u2018You could drink from it,\u2019 he said.",
        "United Gun Group said in a statement that it pulled the listing. \u201cIt is not in our interest,\u201d the group wrote.",
        # (nor is a particle a dictionary also has for a given name, f58: "van Dam", role "Pieter")
        "Its operations manager, Pieter van Damme, said: \u201cWe needed a bike.\u201d")
    assert _speaker_names(x) == ["Kenji Abaro", "M\u00e1irt\u00edn Mac Donnchadha", "R\u0101wiri Parone", "United Gun Group",
                                 "Pieter van Damme"]


@pytest.mark.parametrize("intro, later, name", [
    ("Canon Rosalind Huxtey, who looks after three parishes, spoke next.", "Canon Huxtey said", "Rosalind Huxtey"),
    ("Sister Bernadine Quillon, 81, and Sister Agathe Morrey, 76, will retire.", "Sister Agathe said", "Agathe Morrey"),
    ("His Holiness Patriarch Evandros III opened the synod on Sunday.", "the Patriarch said", "Evandros III"),
    ("In a pastoral letter, the Rt Rev Anselmo Carrow wrote that halls should open.", "Bishop Carrow said", "Anselmo Carrow"),
    ("The Rev Martyn Oyelade, vicar of the parish church, brought a group.", "Mr Oyelade said", "Martyn Oyelade"),
    ("Dean of Students Carola Etheridge-Vane wrote to all students on Monday.", "she said", "Carola Etheridge-Vane"),
    ("Trustee Sofia Reinhalt, who voted no, said she respected the decision.", "Reinhalt said", "Sofia Reinhalt"),
])
def test_clerical_and_school_titles_are_roles(intro, later, name):
    """Church, school and board titles before a name ("Canon", "Sister", "the Rt Rev",
    "Patriarch", "Dean of Students", "Trustee") are roles (f66: speaker pages "Canon
    Huxtable", "Sister Agnes", "Patriarch", "Rt Rev X" typed an organisation, "Students
    Carol X"), and the later short form is the same person; a given name that is also a
    city ("Sofia") after a title opens a person's name."""
    x = _extracted(intro, f"\u201cWe have buildings standing empty six days a week,\u201d {later}.")
    assert x.people[x.quotes[0].speaker].name == name
    assert x.people[x.quotes[0].speaker].kind == "person"


def test_a_bishop_of_a_see_is_no_body():
    """"The Catholic Bishop of X has asked ..." made a speaker "Catholic Bishop", typed an
    organisation (f66): a religious adjective before a title is no given name."""
    x = _extracted(
        "The Catholic Bishop of Wexmere has asked every parish to open as a heated \u201cwarm space\u201d this winter.")
    assert all(p.name != "Catholic Bishop" for p in x.people)


def test_hall_of_famer_is_a_description():
    """'"Q," the Hall of Famer said': a role of several words, never a speaker page."""
    x = _extracted(
        "Earl Tillmore was inducted into the Hall of Fame on Saturday.",
        "\u201cI never thought I belonged here,\u201d the Hall of Famer said.")
    assert "Hall of Famer" not in [p.name for p in x.people]
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name == "Earl Tillmore"


def test_headline_plural_possessive_and_nickname_end_names():
    """A headline's plural possessive ("Stallions' Jamal Roe") and a nickname in quotation
    marks inside a name ('Jamal "Boom" Roe') are no part of the name: the quotation marks
    taken out of the headline made "Stallions Jamal Boom Roe" one person, who took the
    team's statement too."""
    art = Article(id="t", source="t", title="Stallions\u2019 Jamal \u201cBoom\u201d Rickard fires back at critics on X after his benching",
                  paragraphs=["Jamal Rickard is not taking his benching quietly.",
                              "The Stallions linebacker, known to fans as \u201cBoom,\u201d responded to critics on X on Monday night.",
                              "\u201cWatch the tape,\u201d Rickard wrote.",
                              "Coach Terry Oakly said the decision was about effort. \u201cJamal knows why,\u201d Oakly said.",
                              "The Stallions issued a brief statement: \u201cWe do not comment on personnel matters.\u201d"])
    x = extract_article(art)
    assert [p.name for p in x.people if p.kind == "person"] == ["Jamal Rickard", "Terry Oakly"]
    assert _speaker_names(x)[1:3] == ["Jamal Rickard", "Terry Oakly"]


def test_relative_clause_with_a_name_before_said():
    """'Marla Quint, whose husband, Navy SEAL Dane Quint, died in 2012, said': Marla speaks;
    the name inside the relative clause is a person (his given name only the wider name
    dictionary knows) and no subject (it took "Quint said" from her)."""
    x = _extracted(
        "The widow of a Navy SEAL killed overseas defended the senator on Tuesday.",
        "Marla Quint, whose husband, Navy SEAL Dane Quint, died in 2012, said the criticism was unfair.",
        "\u201cI would never wish this on anyone,\u201d Quint said in an interview. \u201cHe has my support.\u201d",
        "Quint added that she had met the senator twice. \u201cHe listened,\u201d she said.")
    assert [p.name for p in x.people] == ["Marla Quint", "Dane Quint"]
    assert _speaker_names(x) == ["Marla Quint"] * 3


def test_words_said_of_the_subject_are_not_the_subjects():
    """f47: 'Roe has been accused of "fiscal sleight of hand"' and 'Roe rejected claims of a
    "two-tier" system' gave the accusers' words to Roe at 0.99."""
    x = _extracted(
        "The Chancellor, Gerald Ashford-Kemp, has been accused of \u2018fiscal sleight of hand\u2019 after figures "
        "published on Tuesday.",
        "The Minister for Health, Fiona Mallory, has rejected claims that rural patients face a \u201ctwo-tier health service\u201d this winter.")
    assert x.quotes and _speaker_names(x) == [None] * len(x.quotes)


def test_a_participle_opening_a_sentence_is_no_name_and_the_coroner_is_a_role():
    """f47: 'Recording her conclusion, the coroner said:' gave a speaker "Recording"; the
    coroner is the one the article named with that role ("Coroner Mrs Beatrice Fenwick-Shaw")."""
    x = _extracted(
        "Coroner Mrs Beatrice Fenwick-Shore heard evidence from an engineer.",
        "Recording her conclusion, the coroner said: \u2018Jayden was a healthy young man. He should have come home.\u2019")
    assert [p.name for p in x.people] == ["Beatrice Fenwick-Shore"]
    assert _speaker_names(x) == ["Beatrice Fenwick-Shore"]


def test_the_family_name_he_honours_before_names_and_a_given_name_introduced_alone():
    """f49: "spokesperson He Yadong" was "Yadong" (the pronoun taken out); "Barrister Dr Saif
    Ullah Gandapur" and "Eng Rose Atieno" kept professions written as honours in the name.
    f50: "Robert, a 63-year-old man who ..." was no one, and his "he said" went to the
    speaker before him at 0.99."""
    x = _extracted(
        "Commerce ministry spokesperson He Yadeng told a briefing that the rules were \u201cnot targeted at any country\u201d.",
        "Provincial Information Minister Barrister Dr Saif Ullah Gandapuri told reporters: \u201cWe do not interfere.\u201d",
        "Roads Board chief executive Eng Rose Atienoh warned of delays. \u201cSome contractors have not been paid,\u201d she said.")
    assert _speaker_names(x) == ["He Yadeng", "Saif Ullah Gandapuri", "Rose Atienoh"]
    x = _extracted(
        "Volunteers handed out water all morning, according to center director Larry Gaitano.",
        "\u201cWe opened the doors at 7 and by 7:15 every chair was taken,\u201d Gaitano said.",
        "Robert, a 63-year-old man who said he has been homeless for two years, was sitting in the shade. "
        "\u201cYou learn where the shade moves,\u201d he said.")
    assert "Robert" in [p.name for p in x.people]
    assert _speaker_or_guess(x, x.quotes[1]) == "Robert"


def test_the_club_is_the_body_named_a_club_and_told_takes_no_inverted_subject():
    """f48: '"Q," the club said' after "Cascade United ... 11th in the Western Conference"
    went to the conference (the last body named); "The actress, 44, told Vanity Fair ...
    'nearly broke me'" made the magazine the speaker, read as '"Q," said Roe'."""
    x = _extracted(
        "Cascade United fired manager Ralph Fennick on Monday, leaving the club 11th in the Western Conference.",
        "\u201cRalph has given everything to this club,\u201d the club said in a statement.")
    assert _speaker_names(x) == ["Cascade United"]
    x = _extracted("The actress, 44, told Vanity Fair in a cover story that her divorce \u201cnearly broke me, for a while.\u201d")
    assert "Vanity Fair" not in _speaker_names(x)


def test_commonwealth_names_and_an_anonymous_resident():
    """f47: 'Darren \u2018Dazza\u2019 McKellar' (a nickname in single quotes) was no name and
    his words went to the speaker before; "Ananya's father, R. Krishnamurthy," was Ananya;
    "K. Sreedharan Pillai said" lost "Pillai"; "he said" after "one resident, a 34-year-old
    from Eritrea, said" went to the politician named before."""
    x = _extracted(
        "South Africa coach Johan van der Bergh praised his young quick. \u2018He\u2019s got everything,\u2019 van der Bergh said.",
        "Former opener turned commentator Darren \u2018Dazza\u2019 McKellen was scathing about the batting. Speaking on "
        "the Channel 9 broadcast, he said: \u2018That\u2019s as poor a display as I\u2019ve seen at the Gabba.\u2019")
    names = _speaker_names(x)  # (the nickname itself may be a scare quote of no one)
    assert names[0] == "Johan van der Bergh" and names[-1] == "Darren McKellen" and set(names[1:-1]) <= {None}
    x = _extracted(
        "The court heard a petition filed after the death of an engineer, Ananya Krishnamoorthy, in October.",
        "Speaking to reporters, Ananya's father, R. Krishnamoorthy, said the family wanted accountability. "
        "\u201cMy daughter is gone,\u201d he said.",
        "Chief Minister K. Sreedharan Pillay said the result showed the schemes had worked. \u201cThe people have spoken,\u201d he said.")
    assert _speaker_names(x) == ["R. Krishnamoorthy", "K. Sreedharan Pillay"]
    x = _extracted(
        "Reform's home affairs spokesman, Mr Clive Dunstaple, said the site should be \u2018tougher, not softer\u2019.",
        "Speaking on condition of anonymity, one resident, a 34-year-old from Eritrea, said the men were held "
        "like prisoners. \u2018We cannot leave after 8pm. There is no privacy,\u2019 he said.")
    assert _speaker_names(x)[1:] == [None]


def test_salutations_imperatives_scripture_and_towns_do_not_speak():
    """f51: "Dear Margot:", "Try this:", "The Bible tells us" and a reader's town ("from
    Jonas in Little Fork:") were speakers."""
    x = _extracted(
        "Dear Margot: My sister-in-law borrows my car. She returned it with a dent she says was \u201calready there, honestly.\u201d",
        "Dear Running: You need a sentence. Try this: \u201cTilly, I'm happy to lend you the car on Saturdays.\u201d",
        "The Bible tells us that \u201ca prudent man foreseeth the evil, and hideth himself.\u201d",
        "Reader mail of the week, from Jonas in Little Fork: \u201cYour newsletter is the only reason I know.\u201d")
    names = [_speaker_or_guess(x, q) for q in x.quotes]
    assert not {"Dear Margot", "Margot", "Try", "Bible", "Little Fork"} & set(names)
    assert names[-1] == "Jonas"


def test_a_thing_after_a_possessive_pronoun_and_a_local_government_portfolio():
    """f52: "she posted on her Instagram Story" made "Instagram Story" a speaker (the
    recogniser read it as a person); "Minister for Local Government Aoife Ní Bhriain" was
    "Ní Bhriain" (the portfolio ran into the name)."""
    x = _extracted(
        "Singer Tomasina Lake shared a throwback photo. \u201cMy forever red carpet buddy,\u201d she posted on her Instagram Story.",
        "Minister for Local Government Aoife N\u00ed Bhriaine spoke at the count centre. "
        "\u201cThis is a new chapter for Brennock,\u201d she said.")
    assert "Instagram Story" not in [p.name for p in x.people]
    assert _speaker_names(x)[-1] == "Aoife N\u00ed Bhriaine"


def test_the_writers_relatives_and_a_nickname_of_two_words():
    """f51: "My mother still lives there. When I called her, she said, ..." went to the last
    woman named; '"Big Sal" Venturi' ... "Big Sal came in" was a second person beside
    Salvatore Venturi (and not his daughter Francesca Venturi)."""
    x = _extracted(
        "The utility's general manager, Rosalind Achterburg, told a town hall that the utility was \u201cdoing everything.\u201d",
        "I grew up in Eastfield. My mother still lives there. When I called her about the notice, she said, "
        "\u201cI've been buying bottled water since your father died.\u201d")
    assert _speaker_names(x) == ["Rosalind Achterburg", None]
    x = _extracted(
        "For thirty years, \u201cBig Sal\u201d Venturo has run the toughest kitchen in Ferrisburg.",
        "Salvatore Venturo is sixty-three. \u201cPeople find us,\u201d he said.",
        "His daughter, Francesca Venturo, came home last spring. \u201cHe thinks I want to change everything,\u201d Francesca told me.",
        "Big Sal came in around eight and sat at the bar.",
        "\u201cToo much salt,\u201d he said.")
    assert "Big Sal" not in [p.name for p in x.people]
    said = [x.people[q.speaker].name if q.speaker is not None else None for q in x.quotes if q.text != "Big Sal"]
    assert said == ["Salvatore Venturo", "Francesca Venturo", "Salvatore Venturo"]


def test_a_countrys_body_in_lower_case_speaks_for_itself():
    """f49: "Bangladesh's foreign ministry said" went to a trade group named before it,
    and '"Q," the embassy said' after "China's embassy in Bangkok rejected" to the same."""
    x = _extracted(
        "In Dhaka, the Garment Makers Association (GMA) welcomed the deal. \u201cIt will help us,\u201d GMA vice-president "
        "Farhana Rahmani said in a statement.",
        "Bangladesh's foreign ministry said in a press release that the agreement \u201creflects the deep bonds "
        "of friendship between the two peoples\u201d.",
        "China's embassy in Bangkok rejected the criticism. \u201cChinese dams help regulate water flow,\u201d the embassy said.")
    names = [_speaker_or_guess(x, q) for q in x.quotes]
    assert names[1] == "Bangladesh Foreign Ministry" and names[2] == "China Embassy"


def test_an_award_category_and_a_plural_of_men_are_no_speakers_and_a_nickname_used_before_the_name():
    """f48: 'Best Original Song: "Paper Crowns"' made the category a speaker; f47:
    "Fishermen say" a speaker page "Fishermen"; f51: 'Salvatore "Big Sal" Venturi' used by
    his nickname alone was a second person (not his daughter either)."""
    x = _extracted("Full list of winners", "Best Original Song: \u201cPaper Crowns,\u201d by the band Chicago Avenue.")
    assert "Best Original Song" not in [p.name for p in x.people]
    x = _extracted(
        "For thirty years, Salvatore \u201cBig Sal\u201d Venturo has run the toughest kitchen in Ferrisburg.",
        "His daughter, Francesca Venturo, came home last spring. \u201cHe thinks I want to change everything,\u201d she said.",
        "\u201cToo much salt,\u201d Big Sal said.")
    assert "Big Sal" not in [p.name for p in x.people]


def test_a_relative_sentences_back_and_the_mayor_himself():
    """f51: "My daughter bikes to school. Before the lane, I drove her. Now she rides. When I
    asked her, she said" went to the letter writer before; "an idea the mayor himself
    floated, when he said" to the last man named."""
    x = _extracted(
        "I live on Grantham Road, wrote Perpetua Ohanlan, who has watched three near-misses.",
        "My daughter bikes to Fairview High every day. Before the lane, I drove her. Now she rides. When I asked "
        "her what she thought of the new lane, she said, \u201cMom, it's the only part of my day where I feel safe.\u201d")
    assert _speaker_names(x) == [None]
    x = _extracted(
        "Three years ago, Mayor Dwight Hollenbach promised 5,000 homes. The analyst Ferdinand Quail stood by his "
        "report. \u201cThe numbers are the numbers,\u201d Quail said.",
        "It is an idea the mayor himself floated in 2024, when he said the city should \u201cuse every square foot "
        "of public land we have.\u201d")
    assert _speaker_names(x)[0] == "Ferdinand Quail" and _speaker_or_guess(x, x.quotes[1]) == "Dwight Hollenbach"


def test_a_chiefs_honour_says_nothing_of_gender():
    """f49: "Nana Kwaku Boateng II" was a woman (the name dictionary's "Nana"), so his "he
    said" had no speaker."""
    x = _extracted(
        "Nana Kwaku Boatemg II, chief of Nkawie-Tano, said the chiefs had not been consulted. \u201cThe land belongs "
        "to the stool,\u201d he said.")
    assert _speaker_names(x) == ["Nana Kwaku Boatemg II"]


def test_a_roundups_labels_and_captions_name_their_quotations():
    """f52: "What they said" lines ('Justice Ray Cho, dissenting:' over the quotation) and
    caption lines under a quotation ('Deputy Carl Roe of the Sheriff's Office, after ...')
    left the quotations with no speaker, the guesses one item back; a hyphenated given name
    after a county's title ('Caldera County Supervisor Ann-Marie Kowal:') was no name."""
    from generator.ingest import parse_article
    art = parse_article(
        "What they said\n\nJustice Raymond Choi, dissenting:\n\u201cThe majority treats the review as a formality.\u201d\n\n"
        "\u201cWe are not raising taxes. We are adjusting revenue.\u201d\nFinance Minister Gloria Antwine, asked on "
        "Wednesday about a new fuel levy\n\nCaldera County Supervisor Ann-Marie Kowalski: \u201cOur county will carry "
        "the construction traffic.\u201d\n", "t")
    x = extract_article(art)
    names = _speaker_names(x)
    assert names[0] == "Raymond Choi" and names[2] == "Ann-Marie Kowalski"
    assert _speaker_or_guess(x, x.quotes[1]) == "Gloria Antwine"  # (a caption is a weaker cue: near the threshold)


def test_a_hyphenated_given_name_ending_in_ing_is_no_participle():
    """f53: "Mei-Ling Forsythe, principal analyst at ..., said" was "Forsythe" (the given
    name read as a verb in -ing opening the run)."""
    x = _extracted("Analysts were cautious. Mei-Ling Forsyth, principal analyst at Harbor Research, said the new "
                   "chief \u201cunderstands the factory floor.\u201d")
    assert _speaker_names(x) == ["Mei-Ling Forsyth"]


def test_parliamentary_roles_and_unnamed_members():
    """f54: "the CS said" after "Treasury Cabinet Secretary Peter Njoroge" was a speaker
    "CS"; "Another MP, from a regional seat, said" a speaker "MP"; "the Victorian Premier
    called it" a speaker "Victorian Premier"; "Manager of Opposition Business Paul Yeo" was
    "Business Paul Yeo"; "A senior minister, speaking on condition of anonymity, ... the
    minister said" went to the Prime Minister named before."""
    x = _extracted(
        "Treasury Cabinet Secretary Peter Njoroga appeared before the committee on Thursday.",
        "Njoroga said the tax on bread had been dropped. \u201cThere is no tax on bread,\u201d the CS said.")
    assert _speaker_names(x) == ["Peter Njoroga"]
    x = _extracted(
        "Another MP, from a regional Queensland seat, said the party was at risk. \u201cWe can forget Kooyong for a generation.\u201d",
        "The Greens won the by-election, in a result the Victorian Premier called \u201cdisappointing for us all\u201d.",
        "Manager of Opposition Business Paul Yeoh said the crossbench was crowded. \u201cSoon they'll need a bigger bench,\u201d he joked.")
    names = {p.name for p in x.people}
    assert not {"MP", "Victorian Premier", "Business Paul Yeoh"} & names
    assert _speaker_names(x)[-1] == "Paul Yeoh"
    x = _extracted(
        "Prime Minister Arthur Kellway handed the question to his Treasurer, who defended the plan.",
        "A senior minister, speaking on condition of anonymity, said the government was confident. "
        "\u201cWe will land it. Don't worry about that,\u201d the minister said.")
    assert _speaker_names(x) == [None]


def test_namesakes_told_apart_by_title_paragraph_and_prefix_name():
    """f54: "Dr Pym said" went to his brother, Mr Pym; "Mr. Kumar said" to the Kumar of the
    paragraph before, not the one this paragraph introduced. f49: "Mr Shah said" went to the
    judge "Justice S. M. Attique Shah"; "Syed Kamran Ali Shah" was his uncle "Syed Arshad
    Ali Shah" (one name shared by their first and last words)."""
    x = _extracted(
        "Queensland Treasurer Gareth Pymm has accused Labor of hiding a blowout. \u201cThey knew,\u201d Mr Pymm told parliament.",
        "Health Minister Dr Tim Pymm, the Treasurer's brother, said the figures were verified.",
        "\u201cI've read the reports myself,\u201d Dr Pymm said.")
    assert _speaker_names(x) == ["Gareth Pymm", "Tim Pymm"]
    x = _extracted(
        "JD(U) MLA from Nalanda, Shravan Kumaran, said the Opposition was \u201cpoliticising deaths.\u201d",
        "BJP legislator Sanjay Kumaran, MLA from Patna Sahib, backed the Chief Minister. \u201cThe ban is the right "
        "policy,\u201d Mr. Kumaran said.")
    assert _speaker_names(x) == ["Shravan Kumaran", "Sanjay Kumaran"]
    x = _extracted(
        "PESHAWAR: The High Court on Thursday granted bail to former provincial minister Syed Arshad Ali Shahid.",
        "A bench comprising Justice M. Ijaz Anwari and Justice S. M. Attique Shahid heard the petition.",
        "Speaking to reporters outside the court, Mr Shahid said he had full faith in the judiciary. "
        "\u201cTruth always prevails,\u201d he said.",
        "His nephew, Syed Kamran Ali Shahid, a member of the provincial assembly, said the family would seek damages. "
        "\u201cMy uncle has been humiliated,\u201d Mr Kamran said.")
    assert _speaker_names(x) == ["Syed Arshad Ali Shahid", "Syed Kamran Ali Shahid"]


def test_said_a_role_in_lower_case_then_the_name():
    """f53: '"Q," said product lead Beatrix Olumide' was no one's (read as "said one trader");
    '"Q," said a spokesman for Jane Roe' is still not Jane Roe's."""
    x = _extracted("Corvex renamed its maps app. \u201cSierra is a fresh start,\u201d said product lead Beatrix Olumidi.")
    assert _speaker_names(x) == ["Beatrix Olumidi"]
    x = _extracted("Senator Jane Roemer voted no. \u201cShe will not be changing her mind,\u201d said a spokesman for Jane Roemer.")
    assert _speaker_names(x) == [None]


def test_the_writers_own_words_are_no_one_of_the_articles():
    """f51: "I wrote as much last spring, when I called him 'the best hire in a
    generation.'" gave the columnist's words to the coach he called that."""
    x = _extracted(
        "I asked Rolf Lindquist why he called a timeout he did not have. \u201cI thought we had one,\u201d he said.",
        "Lindquist took a team that won 19 games to the conference semifinals. I wrote as much last spring, when I "
        "called him \u201cthe best hire this franchise has made in a generation.\u201d I stand by that.")
    assert _speaker_names(x) == ["Rolf Lindquist", None]


def test_a_title_in_capitals_with_what_it_heads_before_the_name():
    """f54: "The Governor of the Bank of England, Dame Cecily Arkwright, conceded ... '"Q,"
    the Governor told the committee'" had no speaker: the title was no role of hers."""
    x = _extracted(
        "The Governor of the Bank of England, Dame Cecily Arkwrighte, conceded that the Bank had been slow.",
        "\u201cWith the benefit of hindsight, we were too slow,\u201d the Governor told the Treasury Select Committee.")
    assert _speaker_names(x) == ["Cecily Arkwrighte"]


@pytest.mark.parametrize("intro", ["Tariq, 37, a shopkeeper from the village of Sel, said soldiers had burned houses.",
                                   "Tariq, a shopkeeper from the village of Sel, said soldiers had burned houses."])
def test_a_given_name_introduced_alone_is_the_he_that_follows(intro):
    """f55: '"Q," he said' after "Karim, 37, a shopkeeper ..., said" went to the army's
    spokesman quoted before him (0.98): the recogniser had taken the name for a place. A
    title's place is not someone introduced ("Lord Pemberton of Hale, a former minister")."""
    x = _extracted(
        "The army's spokesman, Colonel Bram Oduya, said the offensive had gone well. "
        "\u201cThe operation is proceeding,\u201d Oduya said.",
        "Residents disputed that. " + intro + " \u201cThey came at night,\u201d he said.")
    assert x.people[x.quotes[1].speaker].name == "Tariq"
    x = _extracted("Lord Pemberton of Hale, a former cabinet minister, spoke against the bill. "
                   "\u201cIt is a cruelty,\u201d he said.")
    assert "Hale" not in [p.name for p in x.people]


def test_obituary_and_health_copy_speakers():
    """f57: an anonymous midwife's "she said" went to the officer quoted before her (0.97);
    '"Q," said the group's co-founder, Jane Roe' to the board named before (the hyphen hid
    the role); "The agency said" after "the Medicines Safety Agency said ... made by Hartwell
    Pharma" to the maker (0.95)."""
    x = _extracted(
        "\u201cWe warned about this,\u201d said the college's regional officer, Dr. Olwen Tarrant.",
        "A midwife at the unit, who spoke on condition of anonymity, said staff had been told on Friday.",
        "\u201cSome of us have worked here twenty years,\u201d she said.")
    assert _speaker_or_guess(x, x.quotes[1]) != "Anand Bhaskar Iyyer" and _speaker_names(x)[1] != "Anand Bhaskar Iyyer"
    x = _extracted(
        "A spokesperson for the Brackley Care Board said the clinic was funded.",
        "\u201cPrimary care failed these patients,\u201d said the group's co-founder, Imogen Sarto.")
    assert x.people[x.quotes[0].speaker].name == "Imogen Sarto"
    x = _extracted(
        "A blood pressure medication is being recalled, the Medicines Safety Agency said on Thursday. "
        "The recall affects tablets made by Hartwell Pharma.",
        "The agency said the risk to any individual patient was \u201cvery low.\u201d")
    assert x.people[x.quotes[0].speaker].name == "Medicines Safety Agency"


@pytest.mark.parametrize("intro", ["One patient, a 58-year-old trail runner who asked to be identified only as Mark, "
                                   "said he spent four days in hospital.",
                                   "One patient, who gave his name only as Mark, said he spent four days in hospital."])
def test_someone_named_only_by_one_name_is_the_he_that_follows(intro):
    """f57: the patient "identified only as Mark" was not a person, and his "he said" went
    to the nurse quoted before him (0.97). He is someone now: never the nurse."""
    x = _extracted(
        "Nurse practitioner Ellis Vandermeer said he had treated more cases this summer than ever.",
        "\u201cPeople come in thinking they have the flu,\u201d Vandermeer said.", intro,
        "\u201cI had a fever of 104 and I couldn't stand up,\u201d he said.")
    assert "Mark" in [p.name for p in x.people]
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name == "Mark"
    assert x.quotes[1].guess is None or x.people[x.quotes[1].guess].name == "Mark"


def test_social_media_and_fact_check_copy_speakers():
    """f56: a spokesman's written response opening with the candidate's name went to the
    candidate ("Haldane campaign spokesman" read as "Haldane" doing "campaign", 0.87);
    "The chief executive of Chatterbox, a social app, said" to the app (0.97); an account
    with no owner named became a person "PlowGuyCaldy"; "The reviewer, who posts under the
    name ..., wrote" left her "she wrote" to the chef she wrote of (0.96); a caption posted
    by an account was the mocked councilwoman's own words (0.97)."""
    x = _extracted(
        "Senate candidate Brock Haldane said on Thursday that he stood by his post.",
        "Haldane campaign spokesman Tyler Ruddock did not answer questions, but sent a written response: "
        "\u201cBrock Haldane will never stop fighting for election integrity.\u201d")
    assert x.people[x.quotes[0].speaker].name == "Tyler Ruddock"
    x = _extracted(
        "The chief executive of Chatterbox, a fast-growing social app, said on a podcast that the company "
        "\u201cdoesn't really need\u201d human moderators.")
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].kind == "person"
    x = _extracted("One user, @eastgate_mom22, posted that her street \u201chasn't seen a plow since Saturday,\u201d "
                   "while another, @PlowGuyCaldy, who identified himself as a city driver, wrote that crews were "
                   "\u201cdoing the best we can with 11 trucks.\u201d")
    assert x.people[x.quotes[1].speaker].name == "@PlowGuyCaldy"
    x = _extracted(
        "Chef Antonia Ricci posted videos about a review. \u201cYou sat on your phone,\u201d Ricci said.",
        "The reviewer, who posts under the name \u201cGlenmoreEats,\u201d later wrote that Ricci had embarrassed "
        "her. \u201cI left an honest review,\u201d she wrote.")
    assert [q.speaker for q in x.quotes if q.text.startswith("I left")] == [None]
    x = _extracted(
        "In a clip, Councilwoman Gretchen Yarrow says: \u201cI'm not funding a party on the pier.\u201d The video "
        "was posted by an account with the caption \u201cShe said it\u201d and was viewed widely.")
    assert all(q.speaker is None for q in x.quotes if q.text.startswith("She said"))


def test_conflict_copy_speakers():
    """f55: '"Q," the official said' after "An EU official, speaking on background, said"
    went to the president the official spoke of (the model named him over the rule, 0.95);
    the other side's defence ministry to the news agency that carried a statement (0.99);
    a committee's statement to "Hesk City", a city that stood for the country "Hesk" (0.99);
    a mayor's words to a speaker "Inside Zelin"."""
    x = _extracted(
        "President Anatol Vesk said he was ready for talks. \u201cI am ready to meet anyone,\u201d he said.",
        "Western officials are sceptical. An EU official, speaking on background, said the president's offers "
        "were \u201cdesigned for the cameras.\u201d \u201cEvery time the pressure rises, he discovers a love of "
        "dialogue,\u201d the official said.")
    assert [q.speaker for q in x.quotes[1:]] == [None, None]
    x = _extracted(
        "\u201cFour drones were not intercepted,\u201d the ministry said in a statement carried by the state news "
        "agency KNA.",
        "The neighbouring Republic of Tavor did not comment. Its defence ministry has in the past described such "
        "attacks as \u201clegitimate strikes on military logistics.\u201d")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name != "KNA"
    x = _extracted(
        "Kiravan authorities said on Friday they had arrested 14 people accused of spying for Hesk.",
        "\u201cThese individuals collected information,\u201d Kirava's state security committee said in a "
        "statement.",
        "Hesk's foreign ministry spokesman, Andrius Velk, said the arrests were a show. \u201cWe demand access,\u201d "
        "Velk told reporters in Hesk City.")
    assert x.quotes[0].speaker is None or "City" not in x.people[x.quotes[0].speaker].name
    x = _extracted("Thousands fled the city of Zelin on Friday.",
                   "Inside Zelin, the city's mayor, Ilija Brankov, said those who remained should stay in shelters. "
                   "\u201cThe city is not abandoned,\u201d he said.")
    assert x.people[x.quotes[0].speaker].name == "Ilija Brankov"


def test_a_given_name_and_its_suffix_are_the_person_named_in_full():
    """f57: '"Q," Ray Jr. said' after "His son, Ray Delgado Jr., said" made a second
    speaker "Ray Jr."; it is the son, never his father Ray Delgado."""
    x = _extracted("Ray Delgado, 92, of Bellford, died Tuesday.",
                   "His son, Ray Delgado Jr., said his father kept cutting hair until he was 90. "
                   "\u201cHis hands were steadier than mine,\u201d Ray Jr. said.")
    assert _speaker_names(x) == ["Ray Delgado Jr."]


def test_a_family_name_alone_stays_with_the_one_it_already_stood_for():
    """f59: once the singer's mother was named in full and spoke, "Vantress described it"
    and the "she said" after it were the mother's (0.996): the family name alone had
    stood for the singer, and still does."""
    x = _extracted(
        "Marisol Vantrell has spoken about her family in a new interview.",
        "\u201cMy mum taught me that a stage is just a floor,\u201d Vantrell said.",
        "Ines Vantrell, now 64, told the magazine she had always known her daughter would perform. "
        "\u201cShe was putting on shows before she could read,\u201d she said.",
        "Asked about the new record, Vantrell described it as \u201cthe least polite thing I've ever made.\u201d")
    assert [x.people[q.speaker].name for q in x.quotes] == ["Marisol Vantrell", "Ines Vantrell", "Marisol Vantrell"]


def test_court_copy_speakers():
    """f61: "Her Honour said" made a speaker "Honour"; "DI Oduya" split Graham Oduya in two;
    "the letter said" after "his lawyer ... said his client wrote a letter" went to the
    lawyer (0.97); an unnamed victim's "she said" to the male prosecutor (0.97); "Mr
    Crowthers said" after "Mr Crowthers' brother, Paul Crowthers, said" to the dead victim
    (0.97); "a teenager killed by a drunk driver on the Central Coast has told a court" made
    the place a speaker."""
    x = _extracted("Judge Phillipa Strathmere SC sentenced him on Friday.",
                   "\u201cThe offender had alternatives that night,\u201d Her Honour said.")
    assert _speaker_names(x) == ["Phillipa Strathmere"]
    x = _extracted("Detective Inspector Graham Oduyo said: \u201cThis was a shocking collision.\u201d",
                   "\u201cThey may have seen something,\u201d DI Oduyo said.")
    assert _speaker_names(x) == ["Graham Oduyo", "Graham Oduyo"]
    x = _extracted("The defendant's lawyer, Andrew Mavrakos, said his client wrote a letter to the family.",
                   "\u201cI think about Jax every minute,\u201d the letter said.")
    assert x.quotes[0].speaker is None
    x = _extracted("At sentencing, Crown prosecutor Matiu Hetarako said the offending had been grave.",
                   "One of the women, who cannot be named, read a statement in court.",
                   "\u201cFor thirty years I thought it was my fault,\u201d she said.")
    assert x.quotes[0].speaker is None
    x = _extracted("Vanessa Crowthes, 49, was found guilty of murdering Neil Crowthes at their home.",
                   "Mr Crowthes' brother, Paul Crowthes, said the family was relieved.",
                   "\u201cNeil was a gentle bloke,\u201d Mr Crowthes said outside court.")
    assert _speaker_names(x) == ["Paul Crowthes"]
    x = _extracted("The mother of a teenager killed by a drunk driver on the Central Coast has told a court her "
                   "family \u201cstopped living\u201d the day he died.")
    assert all(q.speaker is None for q in x.quotes)


def test_climate_talks_copy_speakers():
    """f60: the daughter's words went to her mother, whom the article called by her given
    name (0.96); "a negotiator from a small island state rolled his eyes. 'Q,' he said" to
    the bank's president named before (0.96); "I spoke this week to Ambassador X ... He told
    me:" to the summit's president (0.99); "the Intergovernmental Panel on Earth Systems"
    was a speaker "Earth Systems". A woman named in the sentence is no one unnamed, and the
    one a reporter asked is the one who replies."""
    x = _extracted("Talia Brookfeld-Osei, 17, stood up during the panel. \u201cI didn't plan it,\u201d she says.",
                   "Her mother, Grace Brookfeld-Osei, a nurse, travelled with her. \u201cI'm proud of her,\u201d Grace said.",
                   "Brookfeld-Osei grew up in a coastal town. \u201cSome of them are really creative,\u201d she says.")
    assert _speaker_names(x) == ["Talia Brookfeld-Osei", "Grace Brookfeld-Osei", "Talia Brookfeld-Osei"]
    x = _extracted("The bank's president, Augustin Fairwel-Obi, said the bank was ready.",
                   "Back in the main hall, a negotiator from a small island state rolled his eyes. "
                   "\u201cThey've been reforming the banks since before I was born,\u201d he said.")
    assert x.quotes[0].speaker is None
    x = _extracted("The summit president, Raffaele Quintero-Asch, likes to say that \u201cconsensus is a muscle.\u201d",
                   "I spoke this week to Ambassador Kwesi Ampofo-Lindt, who chairs the African Group. He told me: "
                   "\u201cWe do not lack words. We lack the courage.\u201d")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name == "Kwesi Ampofo-Lindt"
    x = _extracted("The world has exhausted its carbon budget, according to a report by the Intergovernmental Panel on "
                   "Earth Systems. It describes pledges as \u201cinsufficient by a wide margin.\u201d")
    assert "Earth Systems" not in [p.name for p in x.people]
    x = _extracted("By midnight, the department has 61 patients. A woman named Eleni Stavros has been waiting since 4 p.m.",
                   "\u201cI keep telling myself someone worse is in there,\u201d she says.")
    assert _speaker_names(x) == ["Eleni Stavros"]
    x = _extracted("Senator Bernard Sandoz toured the school. A reporter asked Sandoz how he was feeling. "
                   "He replied: \u201cThe bigger the turnout, the better I feel.\u201d")
    assert _speaker_names(x) == ["Bernard Sandoz"]


def test_business_copy_speakers():
    """f62: a stock's symbol in brackets was the speaker "OWX.N" (0.96) in place of the
    company; "Carmaker Ridgefield" in a headline was a person who then spoke for Ridgefield
    Motor Co.; '"Q," said his co-worker, Lupe Serrano' was no one (0.0)."""
    for symbol in ("(OWX.N)", "(NYSE: OWX)"):
        x = _extracted(f"Orrin Wexford Inc {symbol} slumped 7.3% after the parts maker lowered its outlook. "
                       "The company cited \u201csofter order intake in Europe\u201d in a statement.")
        assert _speaker_names(x) == ["Orrin Wexford Inc"], symbol
    x = extract_article(Article(id="t", source="t", title="Carmaker Ridgefield, union reach tentative deal", paragraphs=[
        "Ridgefield Motor Co. and the autoworkers union reached a tentative agreement late Tuesday.",
        "Ridgefield said in a statement that the agreement \u201crecognizes the contributions of our team.\u201d"]))
    assert _speaker_names(x) == ["Ridgefield Motor Co."] and x.people[x.quotes[0].speaker].kind != "person"
    x = _extracted("\u201cI'll believe it when I see the paperwork,\u201d said assembler Darnell Fiske.",
                   "\u201cWe gave up a lot in 2019,\u201d said his co-worker, Lupe Serrano.")
    assert _speaker_names(x) == ["Darnell Fiske", "Lupe Serrano"]


def test_celebrity_copy_speakers():
    """f59: "A spokesperson for Castellano said in a statement:" gave the statement to the
    star (0.95); "Holloway's wife, singer-songwriter Carla Holloway, wrote" to her husband
    (0.97). A name the spokesman phrase describes still speaks ("Doug Andrus, a spokesman
    for the speaker, said"), and so does a name before "great-grandson of co-founder X"."""
    x = _extracted("Reality TV favourite Bree Castellano and winger Dion Mbeke have split.",
                   "A spokesperson for Castellano said in a statement: \u201cBree and Dion have decided to go their "
                   "separate ways.\u201d")
    assert x.quotes[0].speaker is None and x.quotes[0].guess is None
    x = _extracted("Country singer Wade Holloway has cancelled his tour. \u201cI'm sorry,\u201d Holloway said.",
                   "Holloway's wife, singer-songwriter Carla Holloway, wrote on Instagram that the family was "
                   "\u201ctaking it one day at a time.\u201d")
    assert _speaker_names(x) == ["Wade Holloway", "Carla Holloway"]
    x = _extracted("Country singer Wade Holloway has cancelled his tour. \u201cI'm sorry,\u201d Holloway said.",
                   "Holloway's wife, singer-songwriter June Holloway, wrote on Instagram that the family was "
                   "\u201ctaking it one day at a time.\u201d")  # (a month that is her name: f59)
    assert _speaker_names(x) == ["Wade Holloway", "June Holloway"]
    x = _extracted("Doug Andrus, a spokesman for the speaker, said the bill was \u201cdead on arrival.\u201d")
    assert _speaker_names(x) == ["Doug Andrus"]
    x = _extracted("\u201cPale Fox is our best-selling beer,\u201d managing director Alastair Hallam said.",
                   "Hallam, great-grandson of co-founder Josiah Hallam, said the company was investing. "
                   "\u201cCans are where the growth is,\u201d he said.")
    assert x.quotes[1].speaker is None or x.people[x.quotes[1].speaker].name == "Alastair Hallam"


def test_a_name_given_an_age_is_a_person():
    """'"Q," said Amara, 17, who got three A*s' made a speaker page "Amara" typed an
    organisation (the small recogniser's label, f66): an age makes a person."""
    x = _extracted("\u201cI honestly thought I'd messed up chemistry,\u201d said Amara, 17, who got three A*s "
                   "and will study medicine.")
    who = x.people[x.quotes[0].speaker]
    assert (who.name, who.kind, who.org_like) == ("Amara", "person", False)


def test_someone_not_named_in_the_sentences_of_court_copy_is_no_one_named():
    """Crime copy (f63): the words of someone the text does not name went to the person
    quoted before them: "he said" after "The owner of the truck told the Courier that ..."
    (to the police chief, 0.95); "the victim obtained an order against Roe after she told
    a judge he had 'Q'" (to a parent quoted in the paragraph before, 0.96); "the boy told
    them it was 'Q,' Renfro said" (to the sheriff who relays it, 0.99). Each is shown as
    the description, with no one named."""
    x = _extracted(
        "Police Chief Harold Benington praised the officer's response.",
        "\u201cHe did exactly what we train our people to do,\u201d Benington said.",
        "The owner of the truck told the Courier on Wednesday that he barely knows the suspect.",
        "\u201cWe've said hello maybe twice,\u201d he said, asking that his name not be used.")
    assert [(q.speaker is None, q.guess, q.described_as) for q in x.quotes[1:]] == \
        [(True, None, "the owner of the truck")]
    x = _extracted(
        "\u201cYou drop your kid off and you think they're safe,\u201d said Kendra Alvardo, whose son attends.",
        "Court records show the victim obtained a protective order against Dwayne Briggsby in December "
        "after she told a judge he had \u201cchoked me until I almost passed out\u201d during an argument.")
    assert (x.quotes[1].speaker, x.quotes[1].described_as) == (None, "the victim")
    x = _extracted(
        "A 14-year-old student was arrested Wednesday, Sheriff Clay Renfro said.",
        "When deputies arrived at the teen's home, the boy told them it was \u201cjust a joke,\u201d Renfro said.",
        "\u201cIt is not a joke. It is a felony,\u201d the sheriff said.")
    assert [(q.speaker is None, q.described_as) for q in x.quotes] == [(True, "the boy"), (False, "")]
    assert x.people[x.quotes[1].speaker].name == "Clay Renfro"


def test_a_relaying_clause_gives_way_to_a_named_speaker_inside_its_sentence():
    """'Roe told reporters the plan was "dead on arrival," the Gazette reported': the words
    are Roe's, whom the clause close before them names; not an aside's verb ("as many
    believe, but Moscow denies - 'Q,' asked Roe") nor a relative clause ("Nothing the
    president said 'Q,' the senator said")."""
    x = _extracted(
        "Sen. Alma Restrop told reporters the plan was \u201cdead on arrival,\u201d the Gazette reported.",
        "Nothing the president said \u201cwill assuage people's fears,\u201d Restrop said.")
    assert _speaker_names(x) == ["Alma Restrop", "Alma Restrop"]


def test_the_cardinal_said_is_the_cardinal_named():
    """'"Q," the cardinal said' after "Cardinal Ignatius Roe, the archbishop of X, said"
    was left with no speaker (f66): a church title in lower case is a role noun."""
    x = _extracted(
        "Cardinal Ignatius Mbeke-Laurant, the archbishop of Port Sabin, said he was \u201chopeful but realistic.\u201d",
        "\u201cThe Holy Father has given us the tone,\u201d the cardinal said.")
    assert _speaker_names(x) == ["Ignatius Mbeke-Laurant"] * 2


def test_words_about_someone_in_apposition_are_the_subjects():
    """"The chief minister took a dig at the Leader of the Opposition, Shri Jane Roe,
    calling her a 'Q'" gave the words to the one mocked (f65): the participle's subject is
    the role opening the sentence, not the name in apposition to its object."""
    x = _extracted(
        "Chief Minister Shri Harendra Nath Dubay on Sunday addressed a rally in Sagar.",
        "The chief minister also took a dig at the Leader of the Opposition, Shri Mohan Lal Rathor, "
        "calling him a \u201ctourist neta\u201d who visits the district \u201conly during elections\u201d.")
    assert _speaker_names(x) == ["Harendra Nath Dubay"] * 2


def test_a_party_and_seat_in_brackets_after_a_name_are_no_speaker():
    """"Sen. Jane Roe (APC, Oyo South), described the walkout as 'theatrics'" made the party
    the speaker (f65); the name before the brackets is."""
    x = _extracted(
        "Responding, the Senate Spokesman, Sen. Adewale Olumida-Ojo (APC, Ogun West), described the walkout as "
        "\u201ctheatrics\u201d.",
        "Speaking to journalists, the Minority Leader, Hon. Yakubu Seidu Alhasan (NDC, Bolgatanga West), said the "
        "review offered \u201cnothing for the ordinary voter\u201d.")
    assert _speaker_names(x) == ["Adewale Olumida-Ojo", "Yakubu Seidu Alhasan"]
    assert all(p.name not in ("APC", "NDC") for p in x.people)


def test_a_family_name_after_a_title_is_the_namesake_given_that_title():
    """"Hon. Lawal stated" after "Alhaja Morenike Lawal ... Alhaja Lawal said" and "Hon.
    (Mrs) Titilayo Lawal" went to the first (f65: the family name stays with the one it
    stood for): the title says which."""
    x = _extracted(
        "The endorsement was announced by the state Woman Leader, Alhaja Morenike Adunni Lawale, who spoke first.",
        "\u2018For twenty years, men have ruled this state,\u2019 Alhaja Lawale said.",
        "A member of the House, Hon. (Mrs) Titilayo Lawale, a relative of the Woman Leader, said it was an opinion.",
        "\u2018Everybody is free to support whoever they want,\u2019 Hon. Lawale stated.")
    assert _speaker_names(x) == ["Morenike Adunni Lawale", "Titilayo Lawale"]


def test_titles_and_names_of_emergency_and_labour_copy():
    """f64: "District Collector Jane Roe, IAS," and "Cogta MEC Jane Roe" are titles before
    a person (her words went to the speaker before, or to the department); "Fisherman
    Jane Roe" is a description (a speaker page "Fisherman Bong X"); "led by F. X. Roe"
    is a person (cut to "Roe"); "the National Hurricane Center" is a body, not a storm."""
    x = _extracted(
        "District Collector Aishwarya Menan, IAS, said shutters of the dam had been opened. "
        "\u201cPeople living on both banks are requested to move,\u201d she said.",
        "\u201cSearch and rescue teams are working in the hardest-hit areas,\u201d Cogta MEC Bongani Shezy said.",
        "Fisherman Bong Ramires, whose boat rescued eleven people, said the waves were high. "
        "\u201cWe went straight there,\u201d he said.",
        "The Cab Drivers' Association, led by F. X. Menezis, withdrew its strike call. "
        "\u201cEvery time they say one month,\u201d Menezis said.",
        "The National Hurricane Center said Delphine made landfall \u201cas an extremely dangerous hurricane.\u201d")
    assert _speaker_names(x) == ["Aishwarya Menan", "Bongani Shezy", "Bong Ramires", "F. X. Menezis",
                                 "National Hurricane Center"]


def test_he_said_after_one_named_only_as_is_not_the_spokesperson_before():
    """"a crane operator who gave his name only as Mandla said ... 'Q,' he said" went to the
    company spokesperson quoted before (f64, 0.96): a name given that way is a person,
    whatever a dictionary knows of it."""
    x = _extracted(
        "Harbourlink said it had offered 5.5%. \u201cWe have engaged in good faith,\u201d said company "
        "spokesperson Lerato Nkosy.",
        "On the picket line, a crane operator who gave his name only as Mandla said he earned about R14,000 a "
        "month. \u201cI have worked here eleven years,\u201d he said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Mandla"


def test_he_said_is_the_man_named_just_before_not_the_one_who_spoke_two_paragraphs_up():
    """f59: '... came from best supporting actor winner Tobias Roe, who used his time to ...
    "Q," he said. "R."' went to the host quoted two paragraphs before (0.91); and the two
    parts of '"A," he said. "B."' are decided alike."""
    x = _extracted(
        "The host, comedian Barnabus Fitchley, opened with a monologue. \u201cWelcome to the awards,\u201d he said.",
        "The ceremony ran long, with eleven awards in its first hour.",
        "The most political moment came from best supporting actor winner Tobias Achterbergh, who used his "
        "time to call for better pay. \u201cThe people who build the sets are the reason we are here,\u201d he said. "
        "\u201cPay them properly.\u201d")
    assert _speaker_names(x)[-2:] == ["Tobias Achterbergh"] * 2


def test_relatives_and_children_of_human_interest_copy():
    """f69: a relative the article does not name, and children named by a given name alone.
    "Yusuf's mother, who came to collect him, said ... 'Q,' she said" and "Her mother,
    overhearing, shook her head. 'Q,' she said. 'R.'" went to the official or the daughter
    quoted before (0.95-0.99): no one named, shown as the relative; a saying recalled
    ("Abdi's mother used to tell him, 'Q'") is the relative's; "her daughter, Kavya, 10"
    and "Abdi is seventeen" are people, so their "she said" and "he said" are theirs."""
    x = _extracted(
        "The education director, Priya Rangaswamie, said in an email that the council \u201cvalues the programme.\u201d",
        "Yusuf's mother, who came to collect him, said she had been a schoolteacher herself.",
        "\u201cI taught mathematics for twelve years,\u201d she said through an interpreter.")
    assert (x.quotes[1].speaker, x.quotes[1].guess, x.quotes[1].described_as) == (None, None, "Yusuf's mother")
    x = _extracted(
        "The festival's founder, Nasreen Chaudhari, is planning next year. \u201cBigger,\u201d Chaudhari said.",
        "Her mother, overhearing, shook her head. \u201cI will say nothing,\u201d she said. \u201cI learned.\u201d")
    assert [(q.speaker is None, q.described_as) for q in x.quotes[1:]] == [(True, "her mother")] * 2
    x = _extracted(
        "Abdi is seventeen and studies motor vehicle maintenance. His tutor, Owen Paske, calls him "
        "\u201cthe best I've had in years.\u201d",
        "Abdi's mother, he said, used to tell him when he was small, \u201cUse your hands, because your head "
        "will make you sad.\u201d",
        "\u201cShe was right,\u201d he said.")
    assert [(q.speaker is None, q.described_as) for q in x.quotes[1:2]] == [(True, "Abdi's mother")]
    assert _speaker_or_guess(x, x.quotes[2]) == "Abdi"
    x = _extracted(
        "Mayor Corinne Haddlestone thanked the volunteers. \u201cWe are grateful,\u201d the mayor said.",
        "Among those staying at the hall is a woman named Shanthi and her daughter, Kavya, 10.",
        "Kavya, who is learning English quickly, interrupted. \u201cWe saw a raccoon,\u201d she said.")
    assert _speaker_names(x)[1] == "Kavya"


def test_a_relative_clause_runs_on_to_its_reporting_verb():
    """"Huda remembered a man who came in and asked, loudly, when they were 'going back'"
    gave the heckler's words to Huda (f69, 0.99); "Eight-year-old Yusuf" is Yusuf."""
    x = _extracted(
        "Huda Aldahir runs the counter. \u201cWe sell three hundred loaves on Saturday,\u201d she said.",
        "Huda remembered a man who came in during the first month and asked, loudly, when they were "
        "\u201cgoing back.\u201d",
        "Eight-year-old Yusuf arrived in June. \u201cThe bus is yellow,\u201d he said.")
    assert [(q.speaker is None, q.described_as) for q in x.quotes[1:2]] == [(True, "a man")]
    assert _speaker_or_guess(x, x.quotes[2]) == "Yusuf"
    assert all("year-old" not in p.name for p in x.people)


def test_epithets_stand_for_the_person_just_named():
    """Sports copy (f70): '"Q," the Swede said' after "Brockhurst boss Marta Lindgren was
    gracious", "the Brazilian" and "the Spaniard" for a Brazilian forward and a coach of
    another country, "The Frenchman, who ..., was asked ... 'Q,' he said": about forty
    quotations of twenty articles had no speaker, or the previous speaker's name. An
    epithet is the person just named that it fits; an age the text gave someone else
    before ("A 19-year-old man charged ...") is not the clerk quoted since (f45)."""
    x = _extracted(
        "Brockhurst boss Marta Lindgreen was gracious in defeat. \u201cThey deserved it,\u201d the Swede said.")
    assert _speaker_names(x) == ["Marta Lindgreen"]
    x = _extracted(
        "Goa won 3-2, with Brazilian forward Thiago Ferreyra scoring the winner.",
        "Ferreyra was relieved. \u201cI felt very bad for the team,\u201d the Brazilian said after the match.",
        "Head coach Manuel Arandas praised his squad. \u201cTwo times we came back,\u201d the Spaniard said.")
    assert _speaker_names(x) == ["Thiago Ferreyra", "Manuel Arandas"]
    x = _extracted(
        "Her coach, Rick Manzelli, told a podcast: \u201cBrooke has no fear.\u201d",
        "Top seed Aurelien Bastido cruised past Jack Whitcomb. The Frenchman, who has not dropped a set, "
        "was asked if he was the favourite. \u201cThe favourite is always the one who wins,\u201d he said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Aurelien Bastido"
    x = _extracted(
        "A 19-year-old Fairhaven man charged with four robberies told detectives he needed rent money.",
        "\u201cHe came in almost every day,\u201d the clerk, Farhan Siddiqi, said Tuesday.",
        "According to a complaint, the 19-year-old told detectives that his mother was \u201ctwo months from the street.\u201d")
    assert _speaker_or_guess(x, x.quotes[1]) != "Anand Bhaskar Iyyer" and _speaker_names(x)[1] != "Anand Bhaskar Iyyer"


def test_a_portfolio_of_several_words_then_a_name_and_the_ministry_of_the_subject():
    """f68: "Minister of State for External Affairs Anjali Roe, who said ... 'Q,' she said"
    went to a man named before (the portfolio and the name were one name); "The Ministry of
    Foreign Affairs rejected a statement by the Egyptian Foreign Ministry ... 'Q,' the
    ministry said" went to the Egyptian ministry (0.995): the ministry that is the subject,
    not the one after "by"."""
    x = _extracted(
        "The delegation was led by Minister of State for External Affairs Anjali Raghunathan-Iyar, who said "
        "her country backed the fight against terrorism.")
    assert any(p.name == "Anjali Raghunathan-Iyar" and "External Affairs" in " ".join(p.roles) for p in x.people)
    x = _extracted(
        "The Ministry of Foreign Affairs on Saturday rejected a statement by the Egyptian Foreign Ministry on the dam.",
        "\u201cEthiopia has a legitimate right to use its water,\u201d the ministry said in a statement.")
    assert _speaker_names(x) == ["Ministry of Foreign Affairs"]


def test_the_company_is_no_model_number_and_no_public_board():
    """Press-release copy (f67): '"Q," the company said in its statement' went to a toaster's
    model number named before ("models BH-2210 and BH-2215", 0.95), and after "Marsh Valley
    Gas Ltd asked the State Energy Review Board to approve ..." to the board (0.995)."""
    x = _extracted(
        "Brennik Housewares is recalling 50,000 toasters, models BH-2210 and BH-2215, after reports of overheating.",
        "\u201cSafety is our first priority,\u201d the company said in its statement.")
    assert x.quotes[0].speaker is None or x.people[x.quotes[0].speaker].name == "Brennik Housewares"
    x = _extracted(
        "Marsh Valey Gas Ltd on Monday asked the State Energy Review Board to approve a 7% increase in rates.",
        "\u201cOur pipes are a century old,\u201d the company said in its application.")
    assert _speaker_names(x) == ["Marsh Valey Gas Ltd"]


def test_he_after_a_second_clause_is_its_subject():
    """f75: 'Roe appeared satisfied with the answer, but Rep. Doe, who sits on the committee,
    pressed further. "Q?" he asked.' went to Roe (0.96): the subject of the clause after
    "but" is the one just named."""
    x = _extracted(
        "Rep. Amos Quillfeather, the chairman, asked Administrator Noreen Valdosta about the shelters.",
        "Quillfeather appeared satisfied with the answer, but Rep. Desmond Harrowgate, who sits on the committee, "
        "pressed further. \u201cThen why does your own auditor say otherwise?\u201d he asked.")
    assert _speaker_or_guess(x, x.quotes[0]) == "Desmond Harrowgate"


def test_the_one_spoken_to_is_not_the_speaker():
    """f76: 'a fundraiser can be heard telling Roe: "Q"' went to Roe (0.95, the name before
    the colon); 'Roe raised his concerns with the deputy manager, who told him to "Q"' went
    to Roe (0.99): the words are the unnamed fundraiser's and the manager's."""
    x = _extracted(
        "Recordings played at trial showed that Rep. Tobiah Wrenfield knew about the donors. In one, a fundraiser "
        "can be heard telling Wrenfield: \u201cThe money came from abroad, you know that.\u201d")
    assert x.quotes[0].speaker is None
    x = _extracted(
        "Marcus Stellanova, a former field director, filed an affidavit on Tuesday. \u201cI was worried,\u201d "
        "Stellanova said. According to the affidavit, Stellanova raised his concerns with the campaign\u2019s deputy "
        "manager, who told him to \u201cstay in his lane.\u201d")
    assert _speaker_names(x) == ["Marcus Stellanova", None]
    assert x.quotes[1].described_as == "the campaign\u2019s deputy manager"


def test_the_contractor_introduced_unnamed_is_no_body_named_after():
    """f76: 'one contractor told an FBI informant that ... "Q." The contractor allegedly added,
    "Q2"' went to the FBI (0.96): the contractor is the unnamed one."""
    x = _extracted(
        "Two brothers were charged Monday. According to the indictment, one contractor told an FBI informant that "
        "paying them was \u201cthe cost of doing business.\u201d The contractor allegedly added, \u201cYou want the "
        "permit, you see them.\u201d")
    assert _speaker_names(x) == [None, None]


def test_pro_tem_is_part_of_the_title():
    """f76: "Senate President Pro Tem Jo Roe" was named "Pro Tem Jo Roe"."""
    x = _extracted("Senate President Pro Tem Rosalind Achterberg rejected that. \u201cWe hired an investigator the "
                   "week the first complaint came,\u201d she said.")
    assert _speaker_names(x) == ["Rosalind Achterberg"]


def test_the_state_and_party_epithet_of_the_one_lawmaker_just_named():
    """f75: 'Sen. Jo Roe, the committee's ranking member, questioned ... "Q," the Alabama
    Republican said' had no speaker when nothing gave her state or party; with a second
    such lawmaker named before, the epithet may be either and stays unnamed."""
    lead = ("Sen. Marisol Quenneville, the committee\u2019s ranking member, questioned whether Congress should "
            "set fees at all. \u201cI don\u2019t think a senator should be setting prices,\u201d the Alabama "
            "Republican said.")
    assert _speaker_names(_extracted(lead)) == ["Marisol Quenneville"]
    x = _extracted("Sen. Oswin Tallowmere opened the hearing on bank fees.", lead)
    assert _speaker_names(x) == [None]


def test_a_name_with_its_place_in_apposition_to_a_role():
    """f75: 'The ranking member on Appropriations, Rep. Jo Roe of Washington, said ... because
    "Q"' went to a person "Appropriations" (a guess)."""
    x = _extracted("The ranking member on Appropriations, Rep. Ingeborg Thurlowe of Washington, said Democrats had "
                   "provided most of the votes because \u201csomebody has to be the adult in the room.\u201d")
    assert _speaker_names(x) == ["Ingeborg Thurlowe"]


def test_an_acronym_in_a_lower_case_role_and_a_body_named_after_a_description():
    """f76: '"Q," said state GOP chair Jo Roe' had no speaker (the acronym stopped the role
    before the name, read as "said one trader" and weighed by the model alone); 'The developer, Acme Group, said in a statement
    that it "Q"' had none either (a body in apposition to a one-word description)."""
    x = _extracted("Republicans seized on the findings. \u201cThis report is a roadmap of corruption,\u201d said state "
                   "GOP chair Leopold Brandvold.")
    assert _speaker_names(x) == ["Leopold Brandvold"] and x.quotes[0].cue == "said-after"
    x = _extracted("The developer, Thornbury Group, said in a statement that it \u201cfollowed every rule\u201d and "
                   "that \u201cany suggestion of favoritism is false.\u201d")
    assert _speaker_names(x) == ["Thornbury Group", "Thornbury Group"]


def test_a_role_then_the_name_after_an_inverted_verb_and_who_after_a_place():
    """f75: '"Q," replied the nominee, Judge Jo Roe.' had no speaker (a guess at 0.71);
    'Among them was Rep. Jo Roe of Missouri, who called the bill "a surrender."' was a
    scare quote (the relative pronoun's antecedent was the place)."""
    x = _extracted("\u201cIs Harmon v. Lyle settled law?\u201d asked Sen. Philippa Ostrander, a Colorado Democrat.",
                   "\u201cIt is binding precedent, Senator, and I would follow it faithfully,\u201d replied the nominee, "
                   "Judge Marguerite Vanterpool.")
    assert _speaker_names(x) == ["Philippa Ostrander", "Marguerite Vanterpool"]
    x = _extracted("Thirty-one Republicans voted no. Among them was Rep. Thaddeus Quarrington of Missouri, who called "
                   "the bill \u201ca surrender.\u201d He said the caucus had been misled.")
    assert _speaker_names(x) == ["Thaddeus Quarrington"]


def test_he_in_a_message_the_one_named_in_the_relative_clause_left():
    """f76: 'The filing also quotes a voicemail that Roe allegedly left for a colleague, Jo
    Doe, in which he said, "Q"' was guessed to be the man named a paragraph before."""
    x = _extracted(
        "In one text to Commissioner Lysander Quell, contractor Ambrose Fennimore wrote, \u201cThe invoice is going "
        "to look big. Don\u2019t panic.\u201d",
        "The filing also quotes a voicemail that Quell allegedly left for a fellow commissioner, Arlette Vosburgh, in "
        "which he said, \u201cIf anyone calls you about the bridge, you don\u2019t know anything.\u201d")
    assert _speaker_or_guess(x, x.quotes[1]) == "Lysander Quell"


def test_roles_stay_in_their_sentence_and_keep_their_lower_case_words():
    """f76 and the real set: "The family welcomed the charges. His mother, Jo Roe, said" gave
    her the role "the charges. His mother" (on the real set "the winner. Her campaign
    manager"); '"Q," campaign manager Jo Roe said' and "White House press secretary Jo Roe"
    were a "manager" and a "secretary"; "decided to fire campaign manager Jo Roe" is no
    "fire campaign manager"."""
    x = _extracted("The family of the man who was killed welcomed the charges. His mother, Lucinda Arcelay, said she "
                   "had waited 17 months. \u201cThey told us there was no video,\u201d she said.")
    assert not [r for p in x.people for r in p.roles if "." in r]
    x = _extracted("\u201cWe will win,\u201d campaign manager Rollo Meekham said.",
                   "White House press secretary Jostein Ernholt said no. Later the candidate decided to fire campaign "
                   "manager Corwin Lessandowski.")
    roles = {p.name: p.roles for p in x.people}
    assert roles["Rollo Meekham"] == ["campaign manager"]
    assert roles["Jostein Ernholt"] == ["White House press secretary"]
    assert roles["Corwin Lessandowski"] == ["campaign manager"]


def test_offices_after_places_the_lists_lack_and_a_saints_body():
    """f78: '"Q," said Carolane Secretary of State Jo Roe' gave a speaker "Carolane Secretary"
    (Jo Roe lost; a place the lists lack, read as a given name and a surname "Secretary");
    '"Q," said Dunmore County clerk Jo Roe' gave the county the words; f57: "St. Bride's
    Hospital" was "St. Bride" and a body "Hospital" (a candidate for the surgeon's words)."""
    x = _extracted("\u201cWe had lines in places we\u2019ve never had lines,\u201d said Carolane Secretary of State "
                   "Lorraine Bissonette.")
    assert _speaker_names(x) == ["Lorraine Bissonette"]
    x = _extracted("\u201cWe\u2019ve never seen anything like it,\u201d said Dunmore County clerk Jolene Sabbatini. "
                   "\u201cWe ran out of stickers by 2 o\u2019clock.\u201d")
    assert _speaker_names(x) == ["Jolene Sabbatini", "Jolene Sabbatini"]
    x = _extracted("At 79, she is the oldest practising surgeon at St. Bride's Hospital, colleagues say.")
    assert not [p for p in x.people if p.name in ("Hospital", "St. Bride")]


def test_he_is_no_place_that_only_qualifies_a_noun_and_the_one_asked_answers():
    """f78: "Brannock held a rally at the Fenwick Falls airport hangar. ... 'Q,' he said" gave
    the words to the town (0.99, read as a man's name); f77: 'Host Jo Roe asked Doe whether
    she would vote against it.' as a paragraph, then '"Q," she said.' went to the host (0.96);
    so did "Roe asked if she had the votes." after the guest had spoken."""
    x = _extracted("Vice President Marisela Keaton started the day at a diner, shaking hands.",
                   "Brannock held a rally at the Fenwick Falls airport hangar.",
                   "He predicted he would win the county \u201cby a lot.\u201d \u201cThey said we couldn\u2019t win "
                   "here four years ago, and we did,\u201d he said.")
    assert _speaker_names(x) == [None, None]
    x = _extracted("Sen. Noralee Pettigrove, a Minnesota Democrat, said the aid package was a bailout. \u201cYou break "
                   "it, you buy it,\u201d Pettigrove said.",
                   "Host Renata Schulzberg asked Pettigrove whether she would vote against the aid.",
                   "\u201cI\u2019ll vote for the farmers,\u201d she said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Noralee Pettigrove"
    x = _extracted("Sen. Rafaela Montemayor appeared on the show with host Simone Achterbosch on Sunday.",
                   "\u201cThe Constitution isn\u2019t a suggestion,\u201d Montemayor said.",
                   "Achterbosch asked if she had the votes.",
                   "\u201cI think we\u2019re close. Closer than people think,\u201d she said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Rafaela Montemayor"


def test_in_which_she_said_after_someones_remarks_is_theirs():
    """f77: 'Host Jo Roe played a clip of Doe's own remarks from a conference, in which she
    had said that "Q."' went to the host (0.86): the remarks are Doe's; the model, which
    has not seen the rule, now asserts no one."""
    x = _extracted("Treasury Secretary Philippa Ainsley said Sunday the tariffs were temporary. \u201cNobody wants "
                   "tariffs forever,\u201d Ainsley said.",
                   "Host Renata Schulze played a clip of Ainsley's own remarks from a 2024 conference, in which she had "
                   "said that \u201ctariffs are a tax on the American consumer, full stop.\u201d")
    assert _speaker_names(x)[1] in (None, "Philippa Ainsley")  # (the model still leans to the host: a guess)


def test_a_persons_campaign_or_office_is_not_the_person():
    """f78: 'Roe's campaign is calling the report "a hit job."' and '"Q," Roe's campaign
    said.' went to the candidate (0.87-0.95): the words are the campaign's, shown so, with
    no one named."""
    lead = "Republican nominee Dalton Brannigan spoke in Ohio on Monday."
    x = _extracted(lead, "Brannigan's campaign is calling the Capitol Ledger report \u201ca hit job.\u201d")
    assert _speaker_names(x) == [None] and x.quotes[0].described_as == "Brannigan's campaign"
    x = _extracted(lead, "\u201cThis is a hit job by people who hated us from day one,\u201d Brannigan's campaign said. "
                         "\u201cWe will win,\u201d Brannigan's office added.")
    assert _speaker_names(x) == [None, None]


def test_someone_of_a_named_persons_is_not_that_person():
    """f130: 'Jordie Roe's lawyer said: "Q"' and "Roe's mum said:" went to the star (0.95):
    a lawyer, a relative or a spokeswoman of someone named is someone else, shown as
    described, with no one named or guessed."""
    lead = "Reality star Kenzie Darrow, 24, lives in Leeds."
    for who in ("Kenzie Darrow's lawyer", "Kenzie Darrow's mum", "Darrow's longtime friend", "Darrow's spokeswoman"):
        x = _extracted(lead, f"{who} said: \u2018He denies the claims and will fight them.\u2019")
        assert _speaker_names(x) == [None] and x.quotes[0].guess is None, who
        assert x.quotes[0].described_as == who


def test_a_mum_or_dad_is_a_relative_as_a_mother_is():
    """f130: '"Q," his mum said.' had no reporting clause (the star guessed at 0.74):
    "mum", "mom" and "dad" are relatives' words as "mother" and "father" are."""
    lead = "Reality star Kenzie Darrow, 24, lives in Leeds."
    for kin in ("mum", "mom", "dad"):
        x = _extracted(lead, f"\u2018He was always a good boy,\u2019 his {kin} said.")
        assert x.quotes[0].cue == "said-after" and x.quotes[0].described_as == f"his {kin}", kin
        assert x.quotes[0].speaker is None and x.quotes[0].guess is None


def test_a_peeress_title_is_her_role_not_a_speaker_of_its_own():
    """f130: '"Q," the Duchess said.' after "The Duchess of Kilbride, Aoife Roe," made a
    speaker page "Duchess" (an organisation, 0.997): a peeress's title is a role, held
    by the woman the article gave it."""
    for title in ("Duchess", "Countess", "Baroness"):
        x = _extracted(f"The {title} of Kilbride, Aoife Brennan-Lacey, toured a farm near Cork on Friday.",
                       f"\u2018Ireland will always be home,\u2019 the {title} said.")
        assert _speaker_names(x) == ["Aoife Brennan-Lacey"], title
        assert [p.name for p in x.people] == ["Aoife Brennan-Lacey"]


def test_a_namesake_is_told_apart_by_the_role_in_apposition():
    """f131: 'Sinclair, the mayor, later said ... "Q," she said.' of a union's president
    Gord Sinclair and Mayor Janet Sinclair went to the president (0.985)."""
    x = _extracted("Union president Gord Sinclair says talks broke down. \u201cThe city walked away,\u201d "
                   "Sinclair said.",
                   "Mayor Janet Sinclair (no relation) responded on X: \u201cWe made a fair offer.\u201d",
                   "Sinclair, the mayor, later said mediation would begin on Friday. "
                   "\u201cI'm cautiously optimistic,\u201d she said.")
    assert _speaker_names(x) == ["Gord Sinclair", "Janet Sinclair", "Janet Sinclair"]


def test_a_live_blogs_time_label_does_not_hide_the_sentence_it_opens():
    """f131: after "12:40 p.m. - The mayor spoke to reporters.", "she said" went to the man
    quoted in the entry before (0.95): the time label is no part of the sentence, whose
    subject is the mayor."""
    for label in ("12:40 p.m. - ", "14:05 BST: ", "9.30pm \u2013 "):
        x = _extracted("Mayor Janet Sinclair responded on X: \u201cWe made a fair offer.\u201d",
                       "Shop owner Ravi Gill said sales were down by half. \u201cThe lunch rush did not happen.\u201d",
                       f"{label}The mayor spoke to reporters at city hall. Asked whether she would ask for "
                       "back-to-work legislation, she said: \u201cThat is not on the table today.\u201d")
        assert _speaker_names(x)[2] == "Janet Sinclair", label


def test_a_places_or_a_shows_people_are_no_one_named():
    """f130, f131: "Love Bay bosses said:" made the show a speaker (0.96), "'Q,' say Jurong
    West parents" the district (a speaker page filed as a person): the people of a place
    or a show are described, and the place or the show never speaks."""
    x = _extracted("Love Bay star Kezzie Walsh-Pryor, 26, is back.",
                   "Love Bay bosses said: \u2018We are thrilled for her.\u2019",
                   "Kilbride residents said: \u2018We are angry.\u2019",
                   "Read more: \u2018We were not warned,\u2019 say Jurong West parents")
    assert _speaker_names(x) == [None, None, None]
    assert [q.described_as for q in x.quotes] == ["Love Bay bosses", "Kilbride residents", "Jurong West parents"]
    assert [q.guess for q in x.quotes] == [None, None, None]


def test_one_name_word_introduced_as_someone_is_a_person():
    """f134, f133: "A mother in the audience, Nyaluak, laughed. '"Q," she said'" went to the
    man quoted before (0.966), as did "Olena, who asked that her surname not be used" and
    "Susilawati, a fisheries officer, ... she said" (0.995): one name word that no
    dictionary knows, introduced by a description of a person, is a person."""
    x = _extracted("\u201cWhen I was your age, I walked for three months,\u201d Deng Garang Aguer, 72, told the children.",
                   "A mother in the audience, Nyaluak, laughed. \u201cHe says this every week,\u201d she said.")
    assert _speaker_names(x) == ["Deng Garang Aguer", "Nyaluak"]
    for intro in ("Tavita, who asked that her surname not be used,", "Susilawati, a fisheries officer from Sulawesi,"):
        x = _extracted("\u201cThe boats come at night,\u201d said Thandiwe Mokoena-Dlamini, a marine scientist.",
                       f"{intro} attended the meeting. \u201cThey decide about our sea without us,\u201d she said.")
        assert _speaker_names(x)[1] != "Thandiwe Mokoena-Dlamini", intro
        assert intro.split(",")[0] in [p.name for p in x.people]
    x = _extracted("Kisumu, a town in western Kenya, flooded. \u201cThe water came fast,\u201d said Mary Atieno, a trader.")
    assert "Kisumu" not in [p.name for p in x.people if p.kind == "person"]


def test_a_relative_introduced_by_the_family_name_alone_is_someone_new():
    """f134: 'Her husband, Otieno, was less hopeful. "Q," he said.' after Achieng Otieno
    was quoted went to her (0.996): he is someone new, not his namesake."""
    x = _extracted("\u201cWe have not heard from him in six weeks,\u201d said Achieng Otieno, whose son left in June.",
                   "Her husband, Otieno, was less hopeful. \u201cHe is a grown man,\u201d he said.")
    assert _speaker_names(x) == ["Achieng Otieno", "Otieno"]


def test_gaelic_family_names_are_whole():
    """f136: "Seán Ó hÉalaí", "Deirdre Nic an tSaoir" and "Calum Iain Mac a' Phearsain" were
    cut at their lower-case mutation, article or apostrophe (speaker pages "Seán Ó",
    "Deirdre Nic", and one man split into "Calum Iain Mac" and "Phearsain")."""
    x = _extracted("People Before Profit councillor Seán Ó hÉalaí said it was \u201cabout time\u201d.",
                   "\u201cWe agree,\u201d said Deirdre Nic an tSaoir, a Sinn Féin MLA.",
                   "\u201cWe want a meeting,\u201d said Calum Iain Mac a' Phearsain. \u201cWe are tired of it,\u201d "
                   "Mr Mac a' Phearsain said.")
    assert _speaker_names(x) == ["Seán Ó hÉalaí", "Deirdre Nic an tSaoir", "Calum Iain Mac a' Phearsain",
                                 "Calum Iain Mac a' Phearsain"]
    x = _extracted("\u201cThis is an American hero,\u201d said Ann Roe, calling Trump an American hero.")
    assert [p.name for p in x.people if p.kind == "person"] == ["Ann Roe"]


def test_two_names_joined_by_and_are_no_one_person():
    """f135: '"Q," said Hartley and Moss.' gave the words to a person "Hartley" (0.995); "The
    Kenya Power and Lighting Company said" made a speaker page "Company" (0.967)."""
    x = _extracted("LONDON \u2014 Figures were released on Tuesday.",
                   "\u201cDemand rose sharply this year,\u201d said Hartley and Moss.")
    assert _speaker_names(x) == [None] and not [p for p in x.people if p.name == "Hartley"]
    x = _extracted("The Kenya Power and Lighting Company said in a statement that it \u201cwelcomes all investment.\u201d")
    assert _speaker_names(x) == ["Kenya Power and Lighting Company"]
    x = _extracted("\u201cWe will appeal,\u201d said Jane Roe and her lawyer.")
    assert _speaker_names(x) == ["Jane Roe"]


def test_people_described_together_are_none_of_those_named():
    """f135: 'The paper's lead author, Dr Tui Walker, said ... "Q," the authors wrote.' gave
    the authors' words to her (0.994): they are described, not named."""
    x = _extracted("The paper's lead author, Dr Tui Walker, said the result was \u201csurprising\u201d. "
                   "\u201cWe did not expect it,\u201d the authors wrote.")
    assert _speaker_names(x) == ["Tui Walker", None]
    assert x.quotes[1].described_as == "the authors" and x.quotes[1].guess is None


def test_names_of_products_grades_and_shows_are_no_ones_words():
    """f135, f130: a product's name ('the "PayFlow 7", runs on'), a brand name ('sold under
    the brand name "Calmera"'), a grade ('kept her "overweight" rating') and a one-word show
    ("Speaking on ITV's 'Lorraine'") were each given to the person nearby (0.95-1.0)."""
    x = _extracted("\u201cIntegration risk is being underplayed,\u201d Grace Oyelaran said, noting that the new "
                   "terminal, the \u201cPayFlow 7\u201d, runs on the group's software.",
                   "Analyst Harriet Kwan kept her \u201coverweight\u201d rating on the stock.",
                   "The company said the drug, to be sold under the brand name \u201cCalmera\u201d, would launch in May.",
                   "Speaking on ITV's \u2018Lorraine\u2019, Holly Brant said: \u2018I cried watching it.\u2019")
    spoken = {q.text: (x.people[q.speaker].name if q.speaker is not None else None) for q in x.quotes}
    assert spoken["Integration risk is being underplayed"] == "Grace Oyelaran"
    assert spoken["I cried watching it."] == "Holly Brant"
    for name in ("PayFlow 7", "overweight", "Calmera", "Lorraine"):
        assert spoken.get(name) is None, name


def test_a_live_blogs_time_label_is_no_part_of_a_description():
    """f131: "9.30pm - A spokesperson for Waka Kotahi said:" was shown as "9.30pm - A
    spokesperson ..."; "14:20 IST - A senior official of the Pune Municipal Corporation, who
    asked not to be named, said:" gave the words to the corporation (0.963)."""
    x = _extracted("Mayor Jo Dunne spoke at noon.",
                   "9.30pm - A spokesperson for Waka Kotahi said: \u201cThe road will reopen.\u201d",
                   "14:20 IST - A senior official of the Pune Municipal Corporation, who asked not to be named, "
                   "said: \u201cTurnout was lower than we expected.\u201d")
    assert _speaker_names(x) == [None, None]
    assert [q.described_as for q in x.quotes] == ["a spokesperson for Waka Kotahi",
                                                  "a senior official of the Pune Municipal Corporation"]


def test_someone_the_article_will_not_name_keeps_their_pronoun():
    """f134: 'The council's housing officer, a woman who declined to be named, said ...
    "Q," she said.' went to the girl quoted before (0.96)."""
    x = _extracted("\u201cMum is very proud of the arguing,\u201d said Daria, 16.",
                   "The council's housing officer, a woman who declined to be named, said the county had housed "
                   "400 families. \u201cWe are at capacity,\u201d she said.")
    assert _speaker_names(x) == ["Daria", None]
    assert x.quotes[1].described_as == "the council's housing officer"


def test_a_parent_called_after_the_child_is_not_the_child():
    """f134: "said Amir, 9" and later "Amir's mother, who asked to be identified only as Um
    Amir" made the boy an alias of his mother: both his quotations went to her (0.999)."""
    x = _extracted("\u201cThe first time, I fell eleven times,\u201d said Amir, 9, who arrived in 2024.",
                   "Amir's mother, who asked to be identified only as Um Amir, watched from the stands. "
                   "\u201cHe sleeps with the helmet,\u201d she said.")
    assert _speaker_names(x)[0] == "Amir"
    assert "Amir" in [p.name for p in x.people] and "Um Amir" in [p.name for p in x.people]


def test_a_given_name_ending_in_ing_stays_a_given_name():
    """f135: '"Q," Sterling Okoro said' gave a page "Okoro": "Sterling" was read as a verb."""
    x = _extracted("\u201cMargins held up better than we feared,\u201d Sterling Okoro said in a note to clients.")
    assert _speaker_names(x) == ["Sterling Okoro"]


def test_a_spokeswoman_for_a_body_goes_on_speaking_for_it():
    """f133: '"A," a spokeswoman for the council said. "B."' gave B to the council (0.995)
    while A was hers."""
    x = _extracted("Offaly County Council has defended a plan to rewet the bog.",
                   "\u201cRewetting is the most effective thing we can do,\u201d a spokeswoman for the council said. "
                   "\u201cIt is also an investment in jobs.\u201d")
    assert _speaker_names(x) == [None, None]
    assert [q.described_as for q in x.quotes] == ["a spokeswoman for the council"] * 2


def test_a_bodys_initials_are_its_name():
    """f133: 'the Northern Waters Research Collective (NWRC) ... "Q," the NWRC said' made a
    page "NWRC" of its own."""
    x = _extracted("The study, commissioned by the Northern Waters Research Collective (NWRC), sampled 400 fish.",
                   "\u201cSomething upstream is changing the river,\u201d the NWRC said in a statement.")
    assert _speaker_names(x) == ["Northern Waters Research Collective"]


def test_a_title_alone_in_a_headline_is_no_ones_name():
    """f136: the headline "Cork TD says rural bus cuts 'a betrayal'" made a speaker "Cork TD"
    (a person, 0.968): a place and a member's letters are a title, not a name."""
    x = extract_article(Article(id="t", source="t", title="Cork TD says rural bus cuts 'a betrayal'", paragraphs=[
        "A Cork TD has said planned reductions to rural bus services amount to \u201ca betrayal\u201d.",
        "Fine Gael TD Barry Ó Mathúna told a radio station that villages would be \u201ccompletely isolated\u201d."]))
    assert "Cork TD" not in [p.name for p in x.people]
    assert _speaker_names(x)[-1] == "Barry Ó Mathúna"


def test_a_court_filings_words_and_a_chant_are_no_ones():
    """f132: '"Q," the lawsuit states.' went to the dead man the suit is about (0.87), and
    'Residents chanted "No more garage" as Councilmember Janice Okafor arrived.' to her (0.93)."""
    x = _extracted("Karen Maddox sued the county in May.",
                   "\u201cThe county knew and did nothing,\u201d the complaint alleges. \u201cIt failed him,\u201d the "
                   "lawsuit states. \u201cHe lied,\u201d Maddox alleged.")
    assert _speaker_names(x) == [None, None, "Karen Maddox"]
    x = _extracted("Residents chanted \u201cNo more garage\u201d as Councilmember Janice Okafor arrived. "
                   "\u201cI hear them,\u201d Okafor said.")
    assert _speaker_names(x) == [None, "Janice Okafor"]


def test_a_given_name_and_a_family_name_with_its_particle_is_a_person_even_if_a_word_is_a_city():
    """f133: "Brazil's minister for climate, Marina Teixeira de Albuquerque, called for a levy.
    '"Q," she said.'" made no person of her (a city's name ends it): her words went to the
    minister quoted before (0.963)."""
    x = _extracted("Nigeria's Minister of Environment, Adaeze Okonkwo-Bello, accused wealthy nations of delay. "
                   "\u201cWe cannot wait,\u201d Okonkwo-Bello said.",
                   "Brazil's minister for climate, Marina Teixeira de Albuquerque, called for a levy on shipping. "
                   "\u201cA small levy could fund this,\u201d she said.")
    assert _speaker_names(x) == ["Adaeze Okonkwo-Bello", "Marina Teixeira de Albuquerque"]


def test_an_elected_title_is_a_role_not_a_speaker_page():
    """f137: '"Q," the MLA-elect told reporters' made a speaker page "MLA-elect" (0.996)."""
    x = _extracted("In Danapur, BJP candidate Suresh Kumar Yadav defeated the sitting MLA Ramesh Yadav by 11,206 votes.",
                   "\u201cThis is the victory of the people,\u201d the MLA-elect told reporters.")
    assert "MLA-elect" not in [p.name for p in x.people]


def test_a_dotted_abbreviation_stays_inside_a_description():
    """f138: 'A spokeswoman for the U.N. refugee agency said ... "Q," she said.' went to the
    minister named before (0.963): "U.N." cut the description short."""
    x = _extracted("Deputy Foreign Minister Olena Varga said her government would not accept preconditions.",
                   "A spokeswoman for the U.N. refugee agency said 12,000 people had fled. "
                   "\u201cThe shelters are full,\u201d she said.")
    assert _speaker_names(x) == [None]
    assert x.quotes[0].described_as == "a spokeswoman for the U.N. refugee agency"


def test_a_body_named_for_its_members_is_a_body():
    """f140: "Engineers Australia said", "Doctors Without Borders said" made speaker pages
    "Australia" and "Borders"."""
    for body in ("Engineers Australia", "Nurses United", "Doctors Without Borders"):
        x = _extracted("She died on Monday, aged 71.", f"{body} said: \u201cWe mourn her.\u201d")
        assert _speaker_names(x) == [body], body
        assert [p.kind for p in x.people if p.name == body] == ["organisation"]


def test_a_long_title_after_a_work_noun_is_no_ones_words():
    """f139: 'Roe's new report, "Bricks Without Straw: Planning in an Age of Scarcity",
    argues' and 'Tan's study, "Silver Linings? Work and Retirement in a Greying City",
    found' were each given to the author (0.96)."""
    x = _extracted("Priya Venkataraman's new report, \u201cBricks Without Straw: Planning in an Age of Scarcity\u201d, "
                   "argues that targets are political.",
                   "Tan Mei Hua's study, \u201cSilver Linings? Work and Retirement in a Greying City\u201d, found that "
                   "most people want to keep working.")
    assert _speaker_names(x) == [None, None]


def test_the_writers_unnamed_interlocutor_keeps_her_pronoun():
    """f139: 'I asked one street vendor in Old Delhi what she did on the hottest days. She
    laughed and said, "Q"' went to the expert quoted before (0.983)."""
    x = _extracted("The economist Dr Sunita Mehta thinks the plans miss the point. \u201cWhat good is a cool roof?\u201d "
                   "she asked.",
                   "I asked one street vendor in Old Delhi what she did on the hottest days. She laughed and said, "
                   "\u201cMy mother told me to sit under the neem tree and wait.\u201d")
    assert _speaker_names(x) == ["Sunita Mehta", None]
    assert x.quotes[1].described_as == "one street vendor"


def test_a_bodys_name_with_and_before_its_last_field_is_whole():
    """f138: "The European Council on Refugees and Exiles ... the council said" made a page
    "European Council on Refugees", a body that does not exist."""
    x = _extracted("The European Council on Refugees and Exiles criticised the draft. \u201cThis pact would fail,\u201d "
                   "the council said.")
    assert _speaker_names(x) == ["European Council on Refugees and Exiles"]


def test_a_news_agency_that_reported_words_did_not_say_them():
    """f138: 'North Korea warned of a "decisive response", the state news agency KCNA
    reported.' made a page "KCNA" for the words it passed on (0.949)."""
    x = _extracted("North Korea on Thursday warned of a \u201cdecisive response\u201d to joint drills, the state news "
                   "agency KCNA reported.")
    assert _speaker_names(x) == [None] and "KCNA" not in [p.name for p in x.people]


def test_a_named_chatbot_speaks_for_no_one():
    """f141: 'the chatbot Juniper was asked ... "Q," Juniper replied.' made a speaker page
    "Juniper", a person (0.999)."""
    x = _extracted("On Saturday, the chatbot Juniper was asked about the launch. \u201cThe probe is now 400 kilometres "
                   "above Earth,\u201d Juniper replied.")
    assert _speaker_names(x) == [None]


def test_of_namesakes_the_one_the_clause_calls_she():
    """f143: 'Priya Deshmukh, no relation to its lead actor, Vikram Deshmukh ... Deshmukh told
    reporters she was "relieved"' went to the actor (0.996)."""
    x = _extracted("The film marks the directing debut of Priya Deshmukh, who is no relation to its lead actor, "
                   "Vikram Deshmukh.",
                   "Deshmukh told reporters she was \u201crelieved but not surprised\u201d.")
    assert _speaker_names(x) == ["Priya Deshmukh"]


def test_mrs_roe_is_the_mother_just_introduced_not_her_daughter():
    """f142: "the crash that killed 17-year-old Jessica Moran. Jessica's mother, Karen Moran,
    read a victim impact statement. '"Q," Mrs Moran said.'" went to the girl who died (0.987)."""
    x = _extracted("Liam Carver, 27, pleaded guilty over the crash that killed 17-year-old Jessica Moran.",
                   "Jessica's mother, Karen Moran, read a victim impact statement. \u201cYou took everything from "
                   "us,\u201d Mrs Moran said.")
    assert _speaker_names(x) == ["Karen Moran"]


def test_a_rank_of_two_abbreviations_is_one_role():
    """f142: "commissioner Lt Gen Thembi Hadebe" gave a page "Gen Thembi Hadebe", role "Lt"."""
    x = _extracted("Provincial commissioner Lt Gen Thembi Hadebe praised the officers. \u201cThey were brave,\u201d "
                   "Hadebe said.")
    assert [(p.name, p.roles) for p in x.people if p.name.endswith("Hadebe")] == [("Thembi Hadebe", ["Lt Gen"])]


def test_it_said_is_the_body_that_spoke_just_before():
    """f141: 'The agency said the craft was in safe mode. "Q," it said in a statement.' after a
    university was named went to the university (0.864)."""
    x = _extracted("An instrument built in Cork came through a solar storm intact, the European Space Agency (ESA) "
                   "said on Tuesday.",
                   "\u201cWe saw the readings spike,\u201d said Dr Orla Brennan, the principal investigator at "
                   "University College Cork.",
                   "The agency said the spacecraft had been placed in safe mode. \u201cAll systems are nominal,\u201d "
                   "it said in a statement.")
    assert _speaker_names(x) == ["Orla Brennan", "European Space Agency"]


def test_a_crafts_or_an_albums_name_is_no_ones_words():
    """f141, f143: 'The probe "Kotuku" launched on Friday, the agency said.' and 'On the
    opening track of "Southerly", the third album by ..., singer Mere Roe declares:' gave
    the names to the agency and the singer (0.95-0.96)."""
    x = _extracted("The New Zealand-built probe \u201cKotuku\u201d launched on Friday, the New Zealand Space Agency said.",
                   "On the opening track of \u201cSoutherly\u201d, the band's third album, singer Mere Hapeta declares: "
                   "\u201cThe wind's got my name and it won't give it back.\u201d")
    spoken = {q.text: (x.people[q.speaker].name if q.speaker is not None else None) for q in x.quotes}
    assert spoken.get("Kotuku") is None and spoken.get("Southerly") is None
    assert spoken["The wind's got my name and it won't give it back."] == "Mere Hapeta"


def test_a_character_a_work_follows_says_no_ones_words():
    """f143: 'Danladi's "The Tailor of Sabon Gari" follows Malam Idris, a tailor ... "Q," Idris
    tells his apprentice' gave the character a speaker page (0.995); nor is the author's a
    guess for the character's lines."""
    x = _extracted("Abubakar Danladi's \u201cThe Tailor of Sabon Gari\u201d follows Malam Idris, a tailor who measures "
                   "his customers' secrets. \u201cA man's inseam will tell you whether he is lying,\u201d Idris tells his "
                   "apprentice in the opening chapter.")
    assert _speaker_names(x) == [None, None]
    assert [q.guess for q in x.quotes] == [None, None]


def test_a_she_in_a_mans_own_clause_is_not_his_gender():
    """f140: 'Her nephew, Tama, who read the eulogy, said she had taught him to navigate the
    rapids. "Q," he said.' went to another man named before (0.962): the "she" of his clause
    is the woman who died, and chooses among namesakes only."""
    x = _extracted("Aroha Te Whata, a river guardian, died on Sunday. Her friend Peter Hollis said she was fearless.",
                   "Her nephew, Tama, who read the eulogy, said she had taught him to navigate the rapids by canoe. "
                   "\u201cShe said, 'Listen to the river.' I think she meant more than the river,\u201d he said.")
    assert _speaker_names(x)[-1] == "Tama"


def test_a_team_whose_name_opens_with_all_is_whole():
    """f140: 'The All Blacks posted: "Q"' made a person "Blacks" (0.996)."""
    x = _extracted("The rugby great died on Monday.", "The All Blacks posted: \u201cRest in peace, Tank.\u201d")
    assert _speaker_names(x) == ["All Blacks"]
    assert "Blacks" not in [p.name for p in x.people]


def test_an_unnamed_spokesmans_role_waits_for_no_name():
    """f141: 'A spokesman for the Ministry of Health said ...' then 'Patient Lim Boon Keat, 82,
    said ...' gave the patient's page the spokesman's role, and "Patient" in his name."""
    x = _extracted("A spokesman for the Ministry of Health said the ministry supported \u201cthe responsible use of "
                   "automation\u201d in hospitals.",
                   "Patient Lim Boon Keat, 82, said he liked the robot. \u201cIt is more polite than my grandson,\u201d "
                   "he said.")
    assert [(p.name, p.roles) for p in x.people if "Lim" in p.name] == [("Lim Boon Keat", ["Patient"])]
    assert _speaker_names(x) == [None, "Lim Boon Keat"]


def test_another_party_member_is_someone_unnamed():
    """The site built from the real set had a speaker page "New Hampshire Republican"
    (an organisation) for '"Q," another New Hampshire Republican added.'"""
    x = _extracted("\u201cPolls are misleading,\u201d said a Vermont Democrat. \u201cIowa proved polls are "
                   "misleading,\u201d another Vermont Democrat added. \u201cWe will see,\u201d one Vermont Democrat said.")
    assert _speaker_names(x) == [None, None, None]
    assert x.quotes[1].described_as == "another Vermont Democrat"
    assert not [p for p in x.people if "Democrat" in p.name]


def test_by_saying_shares_the_subject_of_its_clause():
    """f78: 'Roe closed his rally by telling supporters the race "is ours to lose."' had no
    cue (the model's guess alone); "by saying" and "by telling" share the clause's subject."""
    x = _extracted("Republican nominee Dalton Brannigan spoke Monday.",
                   "Brannigan closed his rally in the county by telling supporters the race \u201cis ours to lose.\u201d",
                   "The president punctuated his list by saying \u201cToo many.\u201d")
    assert x.quotes[0].cue == "said-before" and _speaker_or_guess(x, x.quotes[0]) == "Dalton Brannigan"


def test_a_bodys_ampersand_is_kept_in_its_name():
    """f76: "Stiles & Marrow Government Affairs" was named "Stiles Marrow Government Affairs"."""
    x = _extracted("The firm, Stiles & Marrowby Government Affairs, said in a statement that it had \u201ccomplied "
                   "with all applicable laws.\u201d")
    assert _speaker_names(x) == ["Stiles & Marrowby Government Affairs"]


def test_in_someones_words_after_a_quotation():
    """f76: 'a campaign that treated legal limits as "suggestions rather than rules," in Roe's
    words' had no cue (the model's guess alone, 0.53 when the sentence named another)."""
    x = _extracted("The campaign treated the limits as \u201csuggestions rather than rules,\u201d in Jonah "
                   "Prewittson\u2019s words.")
    assert _speaker_names(x) == ["Jonah Prewittson"] and x.quotes[0].cue == "said-after"


def test_an_articles_roles_for_one_person_are_shown_once_each() -> None:
    # issue 27 ("roles are roles"): a quote page read "The chief; the campaign chief; the
    # chief" and "Adm.; Admiral" (a sentence's capital, a role a longer one holds, an
    # abbreviation beside its word); a phrase that only ends in a role keeps the role
    from generator.extract.roles import distinct_roles
    assert distinct_roles(["The chief", "the campaign chief", "the chief"]) == ["the campaign chief"]
    assert distinct_roles(["Adm.", "Admiral"]) == ["Admiral"]
    assert distinct_roles(["Sen.", "Texas Sen.", "R-Texas"]) == ["Texas Sen.", "R-Texas"]
    assert distinct_roles(["President", "his 2008 campaign for president"]) == \
        ["President", "his 2008 campaign for president"]
    ex = _extracted("The chief of the fund, Wendel Ostrava, spoke first. Adm. Kit Harrow, a retired Admiral, "
                    "listened.", "\"We are ready,\" Admiral Harrow said.")
    assert [(p.name, p.roles) for p in ex.people if p.name == "Kit Harrow"] == [("Kit Harrow", ["Admiral"])]


def test_a_role_before_a_name_keeps_its_whole_run_of_capitals() -> None:
    # issue 27: "New York City-based activist" was shown as "York City-based activist" (the
    # run before a lower-case role was cut at two capitalised words)
    ex = _extracted("The bridge links Jo Pellan and New York City-based activist Pat Dorrow in the race.",
                    "\"We talk every week,\" Dorrow said.")
    assert [(p.name, p.roles) for p in ex.people if p.name == "Pat Dorrow"] == \
        [("Pat Dorrow", ["New York City-based activist"])]


def test_he_after_a_man_with_a_given_name_both_sexes_bear_is_him() -> None:
    # f80: "Lindsay Roe said uncertainty was 'the enemy'." then '"Q," he said.' went to a man
    # who spoke two paragraphs before (the name lists took Lindsay for a woman's name only)
    x = _extracted("Shadow minister Dorian Welk said the government had \"lost control\" of its bill.",
                   "\"This is a government that cannot pass a bill,\" Mr Welk said.",
                   "Industry chief executive Lindsay Marrable said delay was \"the enemy of investment\".",
                   "\"Every week this drags on, projects get pushed back,\" he said.")
    assert _speaker_names(x)[-1] == "Lindsay Marrable"


def test_family_names_with_particles_keep_one_person() -> None:
    # f81 (issue 27 item 4: particles do not split a person): a headline's "von Roe", a
    # family name with a particle inside, "Di" (not "DI", an inspector), "d'" joined to
    # the name, an accented given name before a word that is also a place, a seat's compass
    # point before the name
    x = _extracted("Coalition row flares as von Maltzberg threatens veto",
                   "The economy minister, Henrike von Maltzberg, said there would be \"no third delay.\"",
                   "\"We have delayed twice,\" von Maltzberg told reporters.")
    assert _speaker_names(x) == ["Henrike von Maltzberg"] * 2
    x = _extracted("Fire commander Rui Sá da Montelar said the fire was \"the most worrying\" of the season.",
                   "\"We have had reignitions all night,\" Sá da Montelar told reporters.")
    assert _speaker_names(x) == ["Rui Sá da Montelar"] * 2
    x = _extracted("Interior minister Lorenzo Di Castelmare called the ruling \"political.\"",
                   "\"Judges are free to rule,\" Di Castelmare told reporters.")
    assert _speaker_names(x) == ["Lorenzo Di Castelmare"] * 2
    x = _extracted("Deputy Prime Minister Aurélie d'Outrevaux said on the radio that \"the door remains open.\"",
                   "\"Nobody wins a strike that lasts,\" d'Outrevaux said.")
    assert _speaker_names(x) == ["Aurélie d'Outrevaux"] * 2
    x = _extracted("The council's president, Luís Albuquerque de Meneval, said the delay was \"technical.\"")
    assert _speaker_names(x) == ["Luís Albuquerque de Meneval"]
    x = _extracted("Its spokesperson, Fergal Mac Donncha, said: \"The minister wakes up now.\"",
                   "Independent MEP for Ireland South Máirtín Ó Flannagáin said he would vote against the deal. "
                   "He said he had \"no confidence\" in the checks.")
    assert _speaker_names(x) == ["Fergal Mac Donncha", "Máirtín Ó Flannagáin"]


def test_a_place_is_no_speaker() -> None:
    # issue 27 item 2 (f81: a speaker page "Brussels", from 'Brussels says it is "open to
    # dialogue."'); a body whose name holds a place keeps its words
    x = _extracted("Dakar wants a better share of the catch. Brussels says it is \"open to dialogue.\"",
                   "Kenya said the plan was \"unacceptable.\"",
                   "The Kremlin said the report was \"nonsense.\"")
    assert _speaker_names(x) == [None, None, "Kremlin"]
    assert all(q.guess is None for q in x.quotes[:2])


def test_a_body_named_office_of_and_the_opposition_are_bodies() -> None:
    # f80: "an Office of Fair Trading spokeswoman said" gave a person "Fair Trading" with the
    # role "Office" ("Fair" is a given name in a dictionary); "The Opposition says" a person
    x = _extracted("The Office of Fair Dealing said it had tightened its rules.",
                   "\"We have doubled the audits,\" an Office of Fair Dealing spokeswoman said.",
                   "The Opposition says the budget is \"out of control\".")
    assert [(p.name, p.kind) for p in x.people] == [("Office of Fair Dealing", "organisation"),
                                                    ("Opposition", "organisation")]


def test_a_journalists_label_and_an_outlet_that_obtained_documents_are_no_speakers() -> None:
    # f80: 'Journalist: "Is that a yes?"' at a press conference went to the minister (0.95);
    # "documents obtained by the Courier show the department warned ... 'optimistic'" to the
    # outlet (0.99)
    x = _extracted("At a press conference, Resources Minister Karin Delamere was asked about the amendment.",
                   "Journalist: \"Is that a yes?\"",
                   "\"It's a 'we're talking',\" Ms Delamere replied.")
    assert _speaker_names(x) == [None, "Karin Delamere"]
    x = _extracted("The cost of the crossings has risen by $1.3 billion.",
                   "Documents obtained by the Valley Courier show the department warned that the estimate was "
                   "\"optimistic\".")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None


def test_a_name_others_give_and_a_bodys_relative_clause_are_not_the_reporters() -> None:
    # f79: 'Roe said costs run high because of what builders call the "northern premium"'
    # gave the term to Roe (0.998); f81: 'in line with advice from the Council for the Sea,
    # which last month described the stock as "outside safe limits"' to the commissioner
    x = _extracted("Housing Minister Ray Okonkwo-Lessard said costs run high because of what builders call "
                   "the \"northern premium\" on materials.")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None
    x = _extracted("Commissioner Henrik van der Mool says the cut follows advice from the International Council "
                   "for the Study of the Sea, which last month described the stock as \"outside safe limits.\"")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None
    x = _extracted("Senator Jo Roeland said the bill was what he called \"a disgrace\".")
    assert _speaker_names(x) == ["Jo Roeland"]


def test_the_group_after_an_unnamed_subject_is_not_an_older_body() -> None:
    # f81: 'The Socialists and Progressives said ... In a statement, the group said: "Q"' went
    # to a party group named only in the paragraph before (0.96)
    x = _extracted("Rapporteur Konrad von Hallau (EPF, Germany) said the group had removed \"the worst parts\".",
                   "The Socialists and Progressives said the deal was \"a step.\" In a statement, the group said: "
                   "\"We will be watching closely.\"")
    assert _speaker_names(x) == ["Konrad von Hallau", None, None]
    x = _extracted("Acme Holdings said profits rose. Analysts called the rise \"modest\". The company said: "
                   "\"We are pleased.\"")
    assert _speaker_names(x)[-1] == "Acme Holdings"


def test_the_member_for_a_seat_is_the_person_just_named() -> None:
    # f79 (issue 27 item 3: '"<Riding> MP" is a role, and its holder is the named person next
    # to it'): '"Q," the Kildonan Bluffs MLA said' after the critic was named had no speaker
    x = _extracted("The Progressive Conservative health critic, Shelba Kirkwood, said the government was slow.",
                   "\"We warned in January that vaccination rates were falling,\" the Kildare Bluffs MLA said.")
    assert _speaker_or_guess(x, x.quotes[0]) == "Shelba Kirkwood"
    x = _extracted("The Conservative critic for housing, Dawna Stelmach, said the plan was \"a drop in the bucket.\"",
                   "\"The government has been promising new homes since 2016,\" the Brandon\u2014Elkdale MP said.")
    assert _speaker_or_guess(x, x.quotes[1]) == "Dawna Stelmach"


def test_a_lord_mayor_may_be_a_woman() -> None:
    # f80: "Lord Mayor Harriet Roe" was taken for a man by "Lord", so her "she told host Neil
    # Doe" went to no one (0.0)
    x = _extracted("Lord Mayor Harriet Quillan has abandoned a proposed levy after a grilling on talkback radio.",
                   "\"I'll be honest with you, Neil, I got this one wrong,\" she told host Neil Moffet.")
    assert _speaker_names(x) == ["Harriet Quillan"]


def test_an_mlc_a_spokeswoman_and_a_critics_words_of_a_series() -> None:
    # f80: "Greens MLC Tahlia Ngo said" named no one (MLC: a member of a legislative
    # council); "group spokeswoman Carmel Roe ... she said" went to no one (a dictionary
    # has Carmel as a man's name; "spokeswoman" says otherwise, where "spokesman" is said of
    # women too); 'critic Royce Roe called the series "beige comfort food"' was a title
    x = _extracted("Greens MLC Tahlia Ngarra said the bill had \"wasted a night\" of parliament's time.",
                   "Residents group spokeswoman Carmel Odaya said she was relieved.",
                   "\"It's a win for the community,\" she said.",
                   "Writing in the Sunday Clarion, critic Royce Thwaite called the series \"beige comfort food\".")
    assert _speaker_names(x) == ["Tahlia Ngarra", "Carmel Odaya", "Royce Thwaite"]
    x = _extracted("Campaign spokesman Hope Hickling said the volunteers were not staff.",
                   "\"They are not affiliated with the campaign,\" she said.")
    assert _speaker_names(x) == ["Hope Hickling"]


def test_what_the_government_promised_is_not_the_critics() -> None:
    # f80: 'Opposition health spokeswoman Siobhan Roe said the government had promised to
    # "fix the ramping crisis"' went to the critic (0.97): the promise is the government's
    x = _extracted("Opposition health spokeswoman Siobhan Ferrane said the government had promised to "
                   "\"fix the ramping crisis\" at the last election.")
    assert _speaker_names(x) == [None]


def test_a_clause_after_while_is_not_the_speaker_of_the_quotation_before_it() -> None:
    # f75: 'The Alliance for Fair Courts called her answers "evasive," while the Judicial
    # Integrity Project said she had been "poised"' gave "evasive" to the Project (0.87)
    x = _extracted("Judge Wendling answered questions for nine hours.",
                   "The Alliance for Fair Courts called Wendling's answers \"evasive,\" while the conservative "
                   "Judicial Integrity Project said she had been \"poised and impressive.\"")
    assert _speaker_or_guess(x, x.quotes[0]) == "Alliance for Fair Courts"


def test_a_countrys_government_an_unnamed_official_and_what_was_said_of_the_government() -> None:
    # f55: 'a claim Hesk's government called "absurd"' went to the country; 'One of them, a
    # Gulf official, said ... "Q," he said' to the envoy named before; f47: 'Roe, said the
    # government had "woken up"' read "the government" as the inverted subject of "said"
    x = _extracted("Kiravan authorities arrested 14 people accused of spying for the neighbouring Republic of "
                   "Heskar, a claim Heskar's government called \"absurd and insulting.\"")
    assert _speaker_names(x) == [None]
    x = _extracted("Envoy Alistair Marchwood has met the group's intermediaries twice.",
                   "One of them, a Gulf official, said the group had raised its demands. \"On Tuesday night "
                   "they added three more names,\" he said.")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None
    x = _extracted("The minister spoke first.",
                   "Opposition MP from Wardha, Smt. Lalitha Deshmane-Rao, said the government had \"woken up only "
                   "after the farmers reached Delhi\".")
    assert _speaker_names(x) == ["Lalitha Deshmane-Rao"]
    x = _extracted("The network, Northglow, said in a statement that it was \"immensely proud\" of the series.")
    assert _speaker_names(x) == ["Northglow"]


def test_african_and_south_asian_copy_keeps_words_with_who_said_them() -> None:
    # f83, f82: honours glued to names ("Cde Godfrey Roe"); 'drawing shouts of "Point of
    # order!" from the benches' given to the senator asking (1.0); "the contractor, Engr.
    # Obinna Roe-Eze" made a body; "He took a swipe at Dr. Peter Roe, who ..., calling him
    # 'Q'" and "The TMC MP took a dig at the Governor, C.V. Anand Roe, saying he 'Q'" given
    # to the one mocked (0.96, 0.99)
    x = _extracted("The party's provincial spokesperson, Cde Godfrey Matumba, dismissed the claims.",
                   "\"They are lying,\" Matumba said.",
                   "Hardline lawmaker Hojatoleslam Mojtaba Zolnouri spoke too. \"Why stay?\" he told parliament.")
    assert _speaker_names(x) == ["Godfrey Matumba", "Mojtaba Zolnouri"]
    x = _extracted("\"Where will the money come from?\" Senator Ibrahim Danjuma Gwarzu asked, drawing shouts of "
                   "\"Point of order!\" from the majority benches.")
    assert _speaker_names(x) == ["Ibrahim Danjuma Gwarzu", None]
    x = _extracted("The contractor, Engr. Obinna Celestine Okeke-Madu, insisted he had warned the church.",
                   "\"I told them in writing,\" Okeke-Madu said.")
    assert [(p.name, p.kind) for p in x.people] == [("Obinna Celestine Okeke-Madu", "person")]
    x = _extracted("Deputy President Joseph Kamau Wekesa-Mburu on Saturday urged residents to stay united.",
                   "\"We are with the President to the end,\" he said.",
                   "He took a swipe at former Cabinet Secretary Dr. Peter Njenga Muriuki, who has been touring "
                   "the region, calling him \"a man of yesterday\".")
    assert _speaker_or_guess(x, x.quotes[1]) == "Joseph Kamau Wekesa-Mburu"
    x = _extracted("Trinamool Congress MP Anirban Chatterjee Mitro on Friday attacked the BJP at a rally.",
                   "\"The BJP has stopped our wages,\" Chatterjee Mitro said.",
                   "The TMC MP also took a dig at the Governor, C.V. Anand Bhaskar Iyyer, saying he \"behaves more "
                   "like a party worker than a constitutional head\".")
    assert _speaker_or_guess(x, x.quotes[1]) != "Anand Bhaskar Iyyer" and _speaker_names(x)[1] != "Anand Bhaskar Iyyer"


def test_a_members_letters_after_a_party_and_a_person_of_a_group() -> None:
    # f82: "Progress Singapore Party NCMP Hazeline Roe said ... 'Q,' she said" named no one
    # (the run was a body) and the words went to the minister before (0.95); "Lawyer Ma.
    # Glorina Roe of the environmental group Oceana Pilipinas said" gave them to the group
    x = _extracted("Senior Minister of State Sherilyn Koh Wei Lin said the rules were fair.",
                   "Progress Singapore Party NCMP Hazeline Poa-Lin said the measures missed the root cause.",
                   "\"The root cause is that supply was cut,\" she said.")
    assert _speaker_names(x) == ["Hazeline Poa-Lin"]
    x = _extracted("Lawyer Ma. Glorina Ramos-Diaz of the environmental group Oceana Pilipina said the governor's "
                   "defiance \"sets a very bad example\".")
    assert _speaker_names(x) == ["Ma. Glorina Ramos-Diaz"]


def test_a_name_the_recogniser_reads_in_part_stays_whole() -> None:
    # f82: "Director Kabir Anand Mehrotra, who ..." became "Kabir Anand" (the recogniser's
    # person; "Mehrotra" taken for a headline's verb), and "Workers' Party chief Pradeep
    # Jayaraman Nair" became "Jayaraman Nair"
    x = _extracted("Director Kabir Anand Mehrotra, who was in Pune for a promotional event, said the film had "
                   "been \"misunderstood\".", "\"It is a story about a farmer,\" Mehrotra said.")
    assert _speaker_names(x) == ["Kabir Anand Mehrotra"] * 2
    x = _extracted("SINGAPORE \u2014 Workers' Party chief Pradeep Jayaraman Nair on Monday (Dec 1) pressed the "
                   "Government on the new measures.",
                   "Speaking in Parliament, Mr Nair said: \"Many of these are retirees who want to monetise their flats.\"")
    assert _speaker_names(x) == ["Pradeep Jayaraman Nair"]
    # f85: "Defence Minister Troels Lund Poulsgård (V) said" became "Troels Lund" and "Poulsgård"
    x = _extracted("Defence Minister Troels Lund Poulsgård (V) said the government would present a new bill.",
                   "\"Equality also applies to the defence of the realm,\" Poulsgård said.")
    assert _speaker_names(x) == ["Troels Lund Poulsgård"]


def test_a_statement_signed_by_its_secretary_is_the_bodys() -> None:
    # f83: 'The Association (MMAG), in a statement signed by its General Secretary, Mr. Evans
    # Roe, said ... "Q," the statement said' was left to no one (the guess: the secretary)
    x = _extracted("The Mobile Agents Association of Ghana (MAAG), in a statement signed by its General "
                   "Secretary, Mr. Evans Otumfo-Larbi, said members would strike.",
                   "\"Our members cannot be used as tax collectors,\" the statement said.")
    assert _speaker_names(x) == ["Mobile Agents Association of Ghana"]


def test_the_omanhene_is_a_title() -> None:
    # f83: "the Omanhene said" (a paramount chief's title in Ghana) made a speaker "Omanhene"
    x = _extracted("The Paramount Chief of the Asankra Traditional Area, Nana Kwadwo Amoaka-Duah IV, has warned "
                   "sub-chiefs against selling land.",
                   "Speaking at a durbar, the Omanhene said the river had turned \"the colour of chocolate milk\".")
    assert "Omanhene" not in [p.name for p in x.people]


def test_a_marine_before_a_name_is_a_role() -> None:
    # read on the real-set site: a speaker page "Marine John Tiegen" ("former CIA operative
    # and Marine John 'Tig' Roe"); "Marine Le Pen" stays a name
    x = _extracted("Former CIA operative and Marine John \"Tig\" Tiegel found both issues disqualifying.",
                   "\"She goes home. That's it,\" Tiegel stated.",
                   "French politician Marine Le Penne said the plan was \"a disgrace.\"")
    assert _speaker_names(x)[-2:] == ["John Tiegel", "Marine Le Penne"]


def test_she_after_an_unnamed_woman_of_the_sentence_before_is_hers() -> None:
    # read on the real-set site (tune part): 'A 29-year-old woman, meanwhile, received probation
    # after she had posted comments. "Q1!" she wrote, arguing that ... "Q2"' went to the
    # chancellor named before (0.9+), both
    x = _extracted("Chancellor Angela Merkal condemned the attacks.",
                   "A 29-year-old Berlin woman, meanwhile, received five months' probation in July after she had "
                   "posted comments on Facebook. \"Filth out!\" she wrote, arguing that if tougher measures were "
                   "not deployed, \"more asylum seekers' homes will burn.\"")
    assert _speaker_names(x) == [None, None] and [q.guess for q in x.quotes] == [None, None]
    assert x.quotes[0].described_as == "a 29-year-old Berlin woman"


def test_a_lawmaker_named_after_a_shows_name_is_the_he_who_speaks_next() -> None:
    # f83: 'Speaking on a radio programme, "Lagos Talks", on Wednesday, Hon. Kehinde "KK" Roe,
    # the lawmaker representing ..., called for compensation. "Q," he said.' went to the
    # commissioner quoted before (0.98): the show's name hid the subject, and the recogniser
    # read the lawmaker as a work
    x = _extracted("\"Government gave them several notices,\" Oluwaseun Dada-Willis said in a statement.",
                   "Speaking on a Lagos radio programme, \"Lagos Talks\", on Wednesday, Hon. Kehinde \"KK\" "
                   "Abiodun-Oje, the lawmaker representing Surulere I Constituency, called for compensation.",
                   "\"Even if they were wrong, these are Lagosians,\" he said.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Kehinde Abiodun-Oje"


def test_a_headlines_first_family_name_is_the_person_named_in_full() -> None:
    # f84: a headline's "Navarrete defends budget", then "President Aurelio Navarrete Solís"
    # (given name, father's and mother's family names): every "Navarrete said" went to a
    # second speaker "Navarrete"
    x = _extracted("Navarrez defends refinery budget at morning briefing",
                   "President Aurelio Navarrez Solano on Monday defended the budget.",
                   "\"The refinery will pay for itself,\" Navarrez said.")
    assert _speaker_names(x) == ["Aurelio Navarrez Solano"]


def test_he_after_the_chief_of_defence_is_not_the_speaker_before() -> None:
    # f85: "Denmark's Chief of Defence, General Jo Roe, told ... The chief of defence also
    # addressed reports. 'Q,' he said." went to the committee chair quoted before (0.96)
    x = _extracted("Denmark's Chief of Defence, General Flemming Lentz-Juhl, told the committee more conscripts "
                   "were needed.",
                   "After the session, committee chair Rasmus Jarlsberg-Lund (K) told reporters it had been briefed.",
                   "\"We are not moving fast enough,\" Jarlsberg-Lund said.",
                   "The chief of defence also addressed reports of drones over air bases. \"We take every sighting "
                   "seriously,\" he said.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Flemming Lentz-Juhl"


def test_the_commander_in_chief_is_a_title() -> None:
    # f85: "The Commander-in-Chief said in a statement" with no name made a speaker page
    # "Commander-in-Chief"
    x = _extracted("The army faces a manpower shortage.",
                   "The Commander-in-Chief said in a statement that the army \"cannot wait for another law.\"")
    assert _speaker_names(x) == [None] and [p.name for p in x.people] == []


def test_a_name_someone_is_known_locally_as_is_no_quotation_of_theirs() -> None:
    # f85: 'harbour master Guðmundur Roe, known locally as "Gummi", said' gave "Gummi" to him
    x = _extracted("In Ísafjörður, harbour master Guðmundur Kristleifsson, known locally as \"Gummi\", said the news "
                   "was welcomed on the docks. \"People here were scared. Now they can breathe,\" Guðmundur said.")
    assert _speaker_names(x) == [None, "Guðmundur Kristleifsson"]


def test_said_a_nationality_and_a_description_before_a_name_is_that_person() -> None:
    # f84: '"Q," said Canadian tourist Mark Roe' gave no speaker, the guess "Canadian"
    x = _extracted("Travellers were forced to walk several kilometres. \"I have a flight in an hour,\" said "
                   "Canadian tourist Mark Dubuis, dragging a suitcase along the highway.")
    assert _speaker_names(x) == ["Mark Dubuis"]


def test_a_names_dotted_initials_are_no_part_of_the_role_before_it() -> None:
    # f82: "Tamil Nadu Minister for Industries T.R.B. Ramanathan" was a person "Tamil Nadu
    # Minister"; "Leader of Opposition V.D. Roe Nair" had the role "Leader of Opposition V.D."
    x = _extracted("CHENNAI: Tamil Nadu Minister for Industries T.R.B. Ramanathar on Thursday said the state had "
                   "secured commitments.",
                   "Leader of Opposition V.D. Sathyasheelan Nair said both governments were failing.")
    assert [(p.name, p.roles) for p in x.people] == [
        ("T.R.B. Ramanathar", ["Tamil Nadu Minister for Industries"]),
        ("V.D. Sathyasheelan Nair", ["Leader of Opposition"])]


def test_a_portfolios_last_field_a_knesset_member_and_an_egyptian_aly() -> None:
    # f81, f85, f86: "Minister of Water and Irrigation Raed Roe" made a speaker "Irrigation Raed
    # Roe" ("Regional Infrastructure Tõnis Roe", "Marine Caoimhe de Roe" the same); "Likud MK
    # Tally Roe" kept the party and letters; "Supply Minister Aly Roe ... he told host Amr Doe"
    # went to the host (a dictionary has Aly as a woman's name)
    x = _extracted("Jordan's Minister of Water and Irrigation Raed Qudah-Nimar said the plan was delayed. "
                   "\"We need more time,\" Qudah-Nimar said.",
                   "Likud MK Tally Gotlev-Sharabi criticised the protests. She wrote: \"Every picture is broadcast.\"",
                   "Supply Minister Aly el-Mesleh-Hafez told a talk show the ministry had tightened controls. \"We "
                   "track every ton,\" he told host Amr Adib-Salama on the programme.")
    assert _speaker_names(x) == ["Raed Qudah-Nimar", "Tally Gotlev-Sharabi", "Aly el-Mesleh-Hafez"]
    assert x.people[0].roles == ["Minister of Water and Irrigation"]


def test_a_body_named_before_a_director_and_a_show_before_a_presenter_keep_their_places() -> None:
    # f43, f59 (the step for 'Speaking on a radio programme, "Lagos Talks", Hon. Roe' first
    # broke these): "At Ridgeway General, the interpreter services director, Fatou Roe, said
    # ... '"Q," she said'" went to the hospital (0.95); "Conti's co-presenter on 'Conti's
    # Kitchen,' Maeve Roe, was asked ... '"Q," she said'" lost its speaker
    x = _extracted("At Ridgeway General, the interpreter services director, Fatou Diallo-Hartt, said her staff "
                   "had gone back to a phone line.",
                   "\"We had a mother in labor waiting twenty-five minutes,\" she said.")
    assert _speaker_or_guess(x, x.quotes[0]) != "Ridgeway General"
    x = _extracted("Conti's co-presenter on \"Conti's Kitchen,\" Maeve Donnellen, was asked about the rumours at a "
                   "gala. \"I only talk about soufflés, love,\" she said.")
    assert _speaker_names(x)[-1] == "Maeve Donnellen"


def test_spanish_and_portuguese_names_stay_whole() -> None:
    # f84: "Councilwoman Daniela Roe de los Ríos" split at "de los" (the pronoun after went
    # to "Ríos"); 'José Carlos "Zé do Frete" Roe' lost its given names at a nickname with a
    # particle; "vice president Nicanor Roe Paredes" made "Nicanor" a role (it ends like
    # "senator"); "Francisco Javier Roe" lost "Francisco" (a city's word); "President Matías
    # Roe Lagos" was cut before his second family name (a city's)
    x = _extracted("City Councilwoman Daniela Muñiz de los Ríos said the timeline was unrealistic. "
                   "\"The mayor is selling a fantasy,\" she told reporters.")
    assert _speaker_names(x) == ["Daniela Muñiz de los Ríos"]
    x = _extracted("Union leader José Carlos \"Zé do Frete\" Nogales welcomed the remarks. "
                   "\"Words are cheap,\" Nogales said.")
    assert _speaker_names(x)[-1] == "José Carlos Nogales"
    x = _extracted("\"The opposition changes candidates,\" party vice president Nicanor Rangelo Paredes said.")
    assert _speaker_names(x) == ["Nicanor Rangelo Paredes"]
    # f89: "Its leader on the council, Rui Roe da Cunha, said" read the leader as a body
    x = _extracted("The opposition Partido do Povo Lisboense accused the council of delay. Its leader on the council, "
                   "Rui Vasconcelo da Cunha, said the mayor had \"promised in 2023 and delivered nothing.\"",
                   "\"They have had three years,\" Vasconcelo said.")
    assert _speaker_names(x) == ["Rui Vasconcelo da Cunha"] * 2
    # f89: 'Former captain Vítor "O Muro" Bandeira' (a nickname opening with a one-letter
    # word) was no name, so "Bandeira said" went to the club's president of that family name
    x = _extracted("Club president António Manuel Sá da Bandeiro defended the deal.",
                   "Former club captain Vítor \"O Muro\" Bandeiro, no relation to the president, said he understood "
                   "both sides. \"I played here for fourteen years,\" Bandeiro said.")
    assert _speakers_of_words(x) == ["Vítor Bandeiro"]
    x = _extracted("Her rival, Francisco Javier \"Paco\" Orozca Ibarra, held a rally. "
                   "\"Where were they?\" Orozca said.")
    assert _speaker_names(x)[-1] == "Francisco Javier Orozca Ibarra"
    x = _extracted("President Matías Echevarría Lagos, in a message posted at 5 a.m., thanked lawmakers. "
                   "Later he told supporters: \"We kept our word.\"")
    assert _speaker_names(x) == ["Matías Echevarría Lagos"]


def test_a_peer_known_by_a_family_name_alone_keeps_the_title() -> None:
    # f88: "Lord Pennick told the chamber", "Baroness Cheverill said" made speaker pages
    # "Pennick" and "Cheverill"; a title before a given name stays a role
    x = _extracted("Lord Brockhurst of Fellside told the chamber: \"Rural people deserve a bus.\"",
                   "\"We share the aim,\" Baroness Tilbury said. \"Not the method,\" Tilbury added.",
                   "\"It is late,\" said Lord Mayor Harriet Quayle.")
    assert _speaker_names(x) == ["Lord Brockhurst", "Baroness Tilbury", "Baroness Tilbury", "Harriet Quayle"]


def test_mrs_and_a_family_name_is_the_namesake_the_article_says_is_a_woman() -> None:
    # f90: "Jayden Cole's mother, Tracey Cole, wept ... 'Q,' Mrs Cole said" went to the murdered
    # son (0.98): the son's name says no gender, the mother is "mother"
    x = _extracted("Dimitri Kostov has pleaded not guilty to the murder of Jayden Colby, 29.",
                   "Jayden Colby's mother, Tracey Colby, wept as footage was shown.",
                   "Outside court, she said she would keep coming. \"I owe him that,\" Mrs Colby said.")
    assert _speaker_names(x) == ["Tracey Colby"]


def test_a_relative_named_after_the_possessive_of_a_namesake_is_someone_else() -> None:
    # f90: "the death of Kimberly Jo Ransom ... Ransom's mother, Jo Ransom" made one person
    # of mother and daughter (the mother's words on the daughter's page)
    x = _extracted("Ray Siddons has been charged in the death of Kimberly Jo Ransley, 23.",
                   "Ransley's mother, Jo Ransley, attended the news conference.",
                   "\"I prayed every night that I would live to see this,\" she said.")
    assert _speaker_names(x) == ["Jo Ransley"]
    assert sorted(p.name for p in x.people if "Ransley" in p.name) == ["Jo Ransley", "Kimberly Jo Ransley"]


def test_someone_described_by_whom_they_are_to_a_name_is_not_that_name() -> None:
    # f90: "a neighbour of Mr Garvey, who did not wish to be named, said" went to Mr Garvey
    # (0.96); "a friend of Mr Okafor, who gave his name only as Emeka, said" to Mr Okafor
    x = _extracted("Noel Garvan admitted a breach of the Control of Dogs Act.",
                   "Outside the court, a neighbour of Mr Garvan, who did not wish to be named, said the dog was "
                   "\"a big softie\" with children.")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None
    assert x.quotes[0].described_as == "a neighbour of Mr Garvan"
    x = _extracted("Declan Furlow pleaded guilty to assault causing harm to Mr Adebayo Okafo.",
                   "Outside court, a friend of Mr Okafo, who gave his name only as Emeka, said the sentence was "
                   "\"fair enough, in the end\".")
    assert _speaker_or_guess(x, x.quotes[0]) == "Emeka"


def test_a_quotation_after_a_quoted_full_stop_opens_a_sentence() -> None:
    # f90: 'A teller ..., who asked that her name not be used, said the man had been "weirdly
    # polite." "He said thank you," she said.' gave the teller's words to the police
    # spokesperson before (0.99): the "she" was read inside the teller's sentence
    x = _extracted("\"He is becoming bolder,\" said police spokesperson Officer Mia Castell.",
                   "A teller who was working at the branch, and who asked that her name not be used, said the man "
                   "had been \"weirdly polite.\" \"He said thank you. He actually said thank you,\" she said.")
    q = x.quotes[-1]
    assert q.speaker is None and q.guess is None and q.described_as == "a teller"


def test_a_family_name_alone_is_the_first_family_name_of_a_namesake_with_two() -> None:
    # f89: "Superintendent Arturo Cantú Garza ... Board president Héctor Garza Salinas ...
    # 'Q,' Garza said" went to the superintendent (his mother's family name), 0.99
    x = _extracted("Superintendent Dr. Arturo Cantún Garzo had proposed the cuts. \"I have to balance a budget,\" "
                   "Cantún told the board.",
                   "Board president Héctor Garzo Salinos, who is Cantún's cousin, voted with the majority.",
                   "\"Family is family,\" Garzo said afterward.")
    assert _speaker_names(x) == ["Arturo Cantún Garzo", "Héctor Garzo Salinos"]


def test_father_and_son_of_one_family_name_stay_two_and_the_elder_is_the_father() -> None:
    # f89: "His father, João dos Santos" was merged into his son João Pedro dos Santos, and
    # "the younger Lo Iacono said" went to the father
    x = _extracted("João Pedro dos Santo, the association's president, said the group had collected signatures.",
                   "His father, João dos Santo, 81, runs a small grocery shop.",
                   "\"Before, I knew every customer by name,\" the elder dos Santo said.")
    assert _speaker_names(x) == ["João dos Santo"]
    x = _extracted("Giuseppe Lo Iacomo, a wheat farmer, addressed the crowd. \"My father farmed this land,\" "
                   "Lo Iacomo said.",
                   "His son, Salvatore Lo Iacomo, 23, said he had applied for jobs in Germany.",
                   "\"Love doesn't pay diesel,\" the younger Lo Iacomo said.")
    assert _speaker_names(x) == ["Giuseppe Lo Iacomo", "Salvatore Lo Iacomo"]


def test_a_priest_or_a_foreign_rank_before_a_name_is_a_title() -> None:
    # f89: "Father Rego said" made a second person beside "Father Manuel Joaquim de Almeida
    # Rego"; "Coronel Edvaldo Roe" kept the rank in the name
    x = _extracted("Father Manuel Joaquim de Almeida Regos, the parish priest, said the anniversary mattered.",
                   "\"This church has always spoken more than one language,\" Father Regos said.",
                   "State security secretary Coronel Edvaldo Pereira Lemos said: \"This was not a random crime.\"")
    assert _speaker_names(x) == ["Manuel Joaquim de Almeida Regos", "Edvaldo Pereira Lemos"]


def test_a_titled_name_of_two_family_names_one_a_city_is_a_person() -> None:
    # f89: "Councillor Filipa Albuquerque Mendes" was no person (a city's name in it), so her
    # "Mendes said" went to a namesake of another article
    x = _extracted("Councillor Filipa Albuquerque Mendez, who holds the housing portfolio, said the city was "
                   "\"studying all options\".", "\"A cap sends the licences next door,\" Mendez said.")
    assert _speaker_names(x) == ["Filipa Albuquerque Mendez"] * 2


def test_a_body_the_article_does_not_name_keeps_its_it_said() -> None:
    # f92: 'The health ministry said in a statement ... "Q," it said.' went to an armed group
    # named in the paragraph before (0.96); "Ardakan's interior ministry said ... 'Q'" to
    # UNHCR, a word of a spokesperson's role
    x = _extracted("The Tarsan military said it had targeted a command centre belonging to the Hamdar Brigades.",
                   "The health ministry said in a statement that the dead included a child. \"Civilian "
                   "installations are not military targets,\" it said.")
    assert _speaker_names(x) == [None] and x.quotes[0].guess is None
    assert x.quotes[0].described_as == "the health ministry"
    x = _extracted("\"Borders must stay open,\" UNHCR spokesperson Faisal bin Tarik told reporters in Geneva.",
                   "Ardakar's interior ministry said the border had not been closed but that \"irregular "
                   "crossings\" would not be tolerated.")
    assert _speaker_names(x) == ["Faisal bin Tarik", None]


def test_umm_and_a_name_is_a_parent_not_the_child_of_that_name() -> None:
    # f92: "Umm Ahmad, 60, said ... Her son, Ahmad, 38, said ... 'Q,' he said" made one person
    # of mother and son (the son's words on the mother's page, 0.98)
    x = _extracted("\"We have moved five times,\" said Umm Ahmed, 60.",
                   "Her son, Ahmed, 38, said the family had left their sheep. \"We could not take them,\" he said.")
    assert _speaker_names(x) == ["Umm Ahmed", "Ahmed"]


def test_indian_titles_and_bodies() -> None:
    # f91: "The Chief Minister, asked about the charge, laughed it off. 'Q,' he said" went to
    # the opposition leader quoted before (0.95); "Shrimati Gulab Bai ... she said" to the
    # doctor before (0.87); "state Health Minister Smt. Pramila Roe told reporters" was cut
    # at "Smt."; "All India Motor Transport Congress" lost "All"; "The Opposition Praja Vikas
    # Congress" kept "Opposition"
    x = _extracted("Chief Minister Narmada Prasad Chaurasio on Saturday said the state would go to court.",
                   "Leader of Opposition Umesh Bagri-Deo said the government had slept. \"Where was this urgency?\" "
                   "Bagri-Deo said.",
                   "The Chief Minister, asked about the Opposition's charge, laughed it off. \"Let them talk, we will "
                   "work,\" he said.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Narmada Prasad Chaurasio"
    x = _extracted("Head of the oncology department, Dr. Nazia Farooqi, said detection mattered. \"Most patients come "
                   "late,\" she said.",
                   "Shrimati Gulab Baai, 58, a patient, told the Governor that she used to travel far. \"Now there will "
                   "be treatment near home,\" she said.",
                   "\"We have kept 2,000 beds ready,\" state Health Minister Smt. Pramila Devi Kushwah told reporters.")
    assert _speaker_names(x) == ["Nazia Farooqi", "Gulab Baai", "Pramila Devi Kushwah"]
    x = _extracted("Transporters' body All India Motor Transport Welfare Congress said the blockade would hurt. "
                   "\"Each hour costs us,\" it said.",
                   "The Opposition Praja Vikas Sangh Party on Sunday demanded a white paper. \"This is cruelty,\" the "
                   "party said.")
    assert _speaker_names(x) == ["All India Motor Transport Welfare Congress", "Praja Vikas Sangh Party"]


def test_someone_not_named_keeps_their_words_in_court_copy() -> None:
    # f90: "Another neighbour, who gave only her first name, Sandy, said ... 'Q,' she said"
    # went to a wife named before (0.97); "A bus driver who ..., and who spoke on condition
    # of anonymity, said he saw the man walk away 'like nothing happened'" to a man quoted
    # before (0.96: "said he saw" was read as an inverted "said he")
    x = _extracted("Outside court, Mr Tulley's wife, Beverly, said the couple wanted peace. \"We've lived here 40 "
                   "years,\" she said.",
                   "Another neighbour, who gave only her first name, Sandie, said the street had been \"walking on "
                   "eggshells\". \"It's been like a soap opera,\" she said.")
    assert _speaker_names(x) == ["Beverly", "Sandie", "Sandie"]
    x = _extracted("Mel's partner, Josh, said he had picked her up. \"Her eye was swollen shut,\" he said.",
                   "A bus driver who was approaching the stop at the time, and who spoke on condition of anonymity, "
                   "said he saw the man walk away \"like nothing happened\".")
    q = x.quotes[-1]
    assert q.speaker is None and q.guess is None and q.described_as == "a bus driver"


def test_a_noun_for_people_before_a_first_name_given_alone_is_a_role() -> None:
    # f93: "Renter Jasmine, a nurse who asked that her surname not be used, said" made a
    # speaker "Renter Jasmine" (and "Patient Rosa"); "Matua Hemi Roe" kept the honorific;
    # "Mother Jones", a magazine, is no mother called Jones
    x = _extracted("Renter Jasmine, a nurse who asked that her surname not be used, said she had moved four times. "
                   "\"I never unpack,\" she said.",
                   "Patient Rosa, who asked that her last name not be published, was treated. \"The doctor saved my "
                   "life,\" she said.",
                   "\"We have waited too long,\" said health leader Matua Hemi Rawhiti.")
    assert _speaker_names(x) == ["Jasmine", "Rosa", "Hemi Rawhiti"]
    assert "Jones" not in [p.name for p in _extracted("\"It is over,\" she told Mother Jones.").people]


def test_a_role_subject_named_in_its_aside_is_that_name() -> None:
    # f61 (broken for a while this session): "The victim's father, also called Keith Ashby,
    # sat in the gallery. Outside court, he said only: 'Q'" is the father named so
    x = _extracted("Darren Pellew, 41, denies the murder of Keith Ashbury, 38.",
                   "\"There are two sides to every story,\" Mr Ogunbiyi said.",
                   "Detective Sergeant Lorna Fairway, who led the inquiry, gave evidence.",
                   "Asked by Mr Ogunbiyi whether officers had searched the bins, she replied: \"Not on the first night.\"",
                   "The victim's father, also called Keith Ashbury, sat in the public gallery throughout the morning. "
                   "Outside court, he said only: \"We just want the truth.\"")
    assert _speaker_names(x)[-1] == "Keith Ashbury"


def test_the_subject_of_a_clause_reported_within_is_not_who_she_is_next() -> None:
    # f90: "The headteacher, Susan Roe, told the court that Mrs Brodie had reported the
    # incident. She said ... 'Q,' she said" went to Mrs Brodie (0.95)
    x = _extracted("A classroom assistant, Margaret Brodey, said she had seen the teacher grab the boy.",
                   "The headteacher, Susan Carnegy, told the court that Mrs Brodey had reported the incident the same "
                   "afternoon. She said she had suspended the teacher as a precaution.",
                   "\"That's standard practice. It's not a judgement on anyone,\" she said.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Susan Carnegy"


def test_sports_copy_epithets_teams_and_nicknames() -> None:
    # f95: "fellow Spaniard Rubén Roe ... 'Q,' the Spaniard said" went to a goalkeeper named
    # since (0.87); "said Mavericks opener Kabir Roe" to the team; 'Jack "Jacko" Ashby ...
    # Jacko posted' made a second person; "Fly-half Hendré Roe" kept the position
    x = _extracted("Rovers manager Javier Ibarro was happy. Athletic, managed by fellow Spaniard Rubén Castellan, "
                   "had led at the break.",
                   "Castellan claimed the equaliser should have been ruled out for a foul on goalkeeper Sam Okafo.",
                   "\"It is a clear foul,\" the Spaniard said.")
    assert _speaker_names(x) == ["Rubén Castellan"]
    x = _extracted("\"It gives me goosebumps every time,\" said Mavericks opener Kabir Desaj, 21.")
    assert _speaker_names(x) == ["Kabir Desaj"]
    x = _extracted("Westport Mudlarks midfielder Jack \"Jacko\" Ashbee will miss the season.",
                   "Jacko posted a message to fans: \"Gutted. Not how I wanted the year to end.\"",
                   "Fly-half Hendré Bothma kicked the winning penalty. \"My legs were shaking,\" the 23-year-old said.")
    assert _speakers_of_words(x) == ["Jack Ashbee", "Hendré Bothma"]


def test_feature_copy_children_and_women_not_named() -> None:
    # f96: "Rosa's eldest, Chipo, is seventeen ... Chipo rolls her eyes. 'Q,' she says" went
    # to the mother (0.98); "A few doors down, a woman who would not give her name is less
    # sympathetic. 'Q,' she says" to a man named before (0.97)
    x = _extracted("\"You learn to walk fast,\" Rosa Mbeka says.",
                   "Rosa's eldest, Chipo, is seventeen and wants to become a nurse too.",
                   "\"But she's stubborn,\" Rosa says.",
                   "Chipo rolls her eyes when I repeat this. \"I get it from her,\" she says.")
    assert _speaker_names(x) == ["Rosa Mbeka", "Rosa Mbeka", "Chipo"]
    x = _extracted("Outside the hotel, a retired steelworker named Graeme says he has no problem with the men.",
                   "\"They keep themselves to themselves,\" Graeme says.",
                   "A few doors down, a woman who would not give her name is less sympathetic. \"We've got people "
                   "here on waiting lists,\" she says.")
    q = x.quotes[-1]
    assert q.speaker is None and q.guess is None and q.described_as == "a woman"


def test_tabloid_couples_nicknames_bodies_and_royal_names() -> None:
    # f94: "Newlyweds Stacey and Dean Farrier" made a speaker "Newlyweds Stacey"; 'Gary "Big
    # Gaz" Holloway ... Gaz said' a second person "Gaz"; "Owner Thistle & Crown Brewery ...,
    # which it says is 'underused'" gave the word to the village named before (0.99);
    # "Princess Tamsin" (a stage name) was "Tamsin"
    x = _extracted("Newlyweds Stacy and Dean Farrow, 31 and 33, paid for their honeymoon.",
                   "'When we pulled up, Dean actually laughed,' Stacy said.")
    assert _speaker_names(x) == ["Stacy Farrow"]
    x = _extracted("Telly favourite Gary 'Big Gaz' Hollway has spoken about his exit.",
                   "'I was stood in the frozen aisle,' he said.",
                   "Gaz said the messages of support had 'kept him going'.")
    assert _speakers_of_words(x) == ["Gary Hollway"] * 2
    x = _extracted("The Plough at Little Askam has been run by Des and Mandy O'Hagen for 17 years.",
                   "Owner Thistle & Crown Brewing wants to build a block on the garden, which it says is "
                   "\"underused\" for much of the year.",
                   "\"It's been like a big brother to me,\" said Princess Tamsyn.")
    assert _speaker_names(x) == ["Thistle & Crown Brewing", "Princess Tamsyn"]


def test_analysis_and_island_copy_bodies_seats_and_honourables() -> None:
    # f98: "According to the bank's own Financial Stability Review ... 'Q,' the review said"
    # went to a school of economics named before (0.96), not the Reserve Bank; "His classmate
    # Ellie, 16, disagreed: 'Q'" to the boy quoted before
    x = _extracted("Dr Cecilia Marrow is the governor of the Reserve Bank of Wendall. Professor Isobel Renick, of "
                   "the Wendall School of Economics, thinks the bank is wrong.",
                   "According to the bank's own Financial Stability Review, mortgage holders are in \"cash-flow "
                   "shortfall\". \"A growing minority are drawing down savings,\" the review said.")
    assert _speaker_names(x) == ["Reserve Bank of Wendall"] * 2
    x = _extracted("\"It's like a calculator,\" said Ravi, 15. His classmate Ellie, 16, disagreed: \"If you let it "
                   "write your essay, you haven't learned anything.\"")
    assert _speaker_names(x) == ["Ravi", "Ellie"]
    # f97: "Member of Parliament for St James Central, the Honourable Hector Roe, said" made a
    # speaker "James Central"
    x = _extracted("Member of Parliament for St James Central, the Honourable Hector Clarke-Vassal, said he "
                   "supported the church. But he added that banning songs \"never worked\".")
    assert _speaker_names(x) == ["Hector Clarke-Vassal"]


def test_entertainment_titles_and_award_winners() -> None:
    # f99: 'led by the single "Call Me When It Rains," their agency X announced' gave the
    # title to the agency (0.99); "Best Director for Anand Roe" made no person, so "Roe,
    # accepting his award, held up a paper. 'Q,' he said" went to a late husband named before
    x = _extracted("NOVA10 will return with their fourth mini-album, led by the single \"Call Me When It Rains,\" "
                   "their agency Bluecrest Media announced on Tuesday.")
    assert [q.cue for q in x.quotes] == ["title"] and x.quotes[0].guess is None
    x = _extracted("Odessa Vane won Best Actress at the Golden Reel Awards.",
                   "Vane went on to thank her late husband, the cinematographer Rudolf Vane.",
                   "The film also won Best Director for Anand Vellore. Vellore, accepting his award, held up a "
                   "crumpled piece of paper. \"This is the first page of the script,\" he said.")
    assert _speaker_names(x) == ["Anand Vellore"]


def test_a_title_case_headline_naming_its_speaker_before_a_colon_names_the_speaker() -> None:
    # read on the real-set site: 'Jane Roe: "I'm Sick Of Men Telling Us What To Do"' over a
    # story that says only "Roe" made a speaker page "Roe"
    art = Article(id="t", source="t", title="Cecile Richland: \u2018I\u2019m Sick Of Men Telling Us What To Do.\u2019",
                  paragraphs=["\"It is really important that we take away the stigma,\" Richland said."])
    x = extract_article(art)
    assert _speaker_names(x) == ["Cecile Richland"]


def test_a_title_alone_is_no_speaker_and_a_country_with_and_is_one_name() -> None:
    # f97: a standfirst's 'Minister promises relief as "breadbasket" parish dries up' made a
    # speaker "Minister" (0.996); "The Trinidad and Tobago Chamber of Industry and Commerce
    # ... the Chamber said" made a speaker "Chamber"
    x = _extracted("Minister promises $200m relief package as \"breadbasket\" parish dries up",
                   "Farmers say they have lost most of their crops.")
    assert "Minister" not in [p.name for p in x.people] and x.quotes[0].speaker is None
    x = _extracted("The Trinidad and Tobago Chamber of Industry and Trade welcomed the decision. \"The business "
                   "community will take comfort,\" the Chamber said in a statement.")
    assert _speaker_names(x) == ["Trinidad and Tobago Chamber of Industry and Trade"]


def test_science_and_obituary_copy_bodies_and_juniors() -> None:
    # f101: "The university said in a statement" after "the University and College Staff
    # Union said" went to the union (0.97); f102: "Roe Jr. said" went to his late father
    # "Jonah Roe Sr."; f100: "who only wanted to be identified as Marisol" named no one
    x = _extracted("Lecturers at Northbrook University will walk out next month, the University and College Staff "
                   "Union said Tuesday.",
                   "The university said in a statement that it was \"disappointed\" by the decision.")
    assert _speaker_names(x) == ["Northbrook University"]
    x = _extracted("MILLBROOK \u2014 Jonah Rowe Sr., who ran the hardware store for 52 years, died Tuesday.",
                   "His son, Jonah Rowe Jr., took over the store in 1999.",
                   "\"He'd sit by the key machine,\" Rowe Jr. said.")
    assert _speaker_names(x) == ["Jonah Rowe Jr."]
    # ... and "Roe said" is the father, not "Roe Jr." (the son's suffix is how he is written)
    x = _extracted("MILLBROOK \u2014 Jonah Rowe Sr., who ran the hardware store for 52 years, died Tuesday.",
                   "His son, Jonah Rowe Jr., took over the store. \"He'd sit by the key machine,\" Rowe Jr. said.",
                   "The elder Rowe opened the store in 1958. \"You don't sell a man a hammer,\" Rowe said at the time.")
    assert _speaker_names(x) == ["Jonah Rowe Jr.", "Jonah Rowe Sr."]
    x = _extracted("\"We were asleep,\" said fire chief Dan Pruitt.",
                   "One neighbor, who only wanted to be identified as Marisela, said she heard popping. \"I thought it "
                   "was fireworks,\" she said.")
    assert _speaker_names(x) == ["Dan Pruitt", "Marisela"]


def test_pacific_chiefs_and_church_elders_keep_one_name() -> None:
    # f97: a headline's "Ratu Epeli" and the body's "Ratu Epeli Roe" were two speakers;
    # "Rev. Elder Kerisiano Roe" kept "Elder" in the name
    art = Article(id="t", source="t", title="Ratu Epelli backs Vanua consultation on land bill",
                  paragraphs=["THE Minister for iTaukei Affairs, Ratu Epelli Nakaunicini-Tuisawa, says no changes will "
                              "be made without full consultation.",
                              "Speaking at the Bose ni Yasana on Saturday, Ratu Epelli said the Government had heard "
                              "the concerns. \"The land is our mother,\" he said.",
                              "Rev. Elder Kerisiano Soti-Ulo, chairman of the Council of Churches, called for prayer. "
                              "\"Let us not tear the fabric of our villages,\" he said."])
    x = extract_article(art)
    assert _speaker_names(x) == ["Epelli Nakaunicini-Tuisawa", "Kerisiano Soti-Ulo"]


def test_a_relative_introduced_by_a_given_name_the_recogniser_misreads_is_she() -> None:
    """f104: "Qureshi's wife, Nazia, told reporters ... '"Q," she said'": the recogniser read
    the unfamiliar given name as a place, so "she" skipped her for the judge named before
    (0.96). A relation is a person whatever the label."""
    x = _extracted("Justice Anupama Velloway granted bail to the reporter Farhan Qadiri.",
                   "Qadiri's wife, Nazvia, told reporters she was \u201coverwhelmed\u201d. "
                   "\u201cWe have not slept properly for months,\u201d she said.")
    assert _speaker_names(x) == ["Nazvia", "Nazvia"]


def test_the_company_is_no_court_and_the_regulator_no_court() -> None:
    """f104: "The company had argued ..." went to the court of appeal named before, and "in
    what the competition regulator described as 'Q'" to the court that ruled; a firm's noun
    before a name says which body "the company" is."""
    x = _extracted("A state appeals court on Monday revived a lawsuit against the ride-hailing company Zoopa.",
                   "The three-judge panel of the First District Court of Appeal disagreed. The company had argued "
                   "the law was \u201cnot retroactive,\u201d but the panel rejected that reading.",
                   "Zoopa said it was weighing an appeal to the Westmark Supreme Court. \u201cSafety is at the core "
                   "of everything we do,\u201d the company said.")
    assert not {"District Court of Appeal", "First District Court of Appeal", "Westmark Supreme Court"} \
        & {n for n in _speaker_names(x) + [_speaker_or_guess(x, q) for q in x.quotes] if n}
    assert _speaker_or_guess(x, x.quotes[1]) == "Zoopa"
    x = _extracted("The Federal Court has ordered bus company Redline Coaches to pay a $9 million penalty, in what "
                   "the competition regulator described as \u201cone of the most brazen\u201d breaches it had seen.")
    assert _speaker_names(x) == [None] and x.quotes[0].described_as == "the competition regulator"


def test_what_it_called_is_the_view_of_the_body_that_opens_the_sentence() -> None:
    """f103: "The Markets Conduct Board has fined Pellow Bank £12 million for what it called
    'serious and sustained' failings" gave the regulator's words to the bank it fined (0.99)."""
    x = _extracted("The Markets Conduct Board has fined Pellow Bank \u00a312 million for what it called "
                   "\u201cserious and sustained\u201d failings in its customer checks.")
    assert _speaker_names(x) == ["Markets Conduct Board"]


@pytest.mark.parametrize("named, said", [
    ("Lance Corporal Bethany Marchetti, a primary school teacher from Leeds,", "she"),
    ("Sgt. 1st Class Ramona Feliciano, who has served 17 years,", "she"),
    ("Brigadier P.S. Chauhan, commander of the Kilo Force sector,", "he"),
    ("Another resident, Petro,", "he"),
])
def test_ranks_initials_and_a_described_given_name_are_the_person_who_speaks(named, said):
    """f107: a rank the lists lacked ("Lance Corporal", "Brigadier") or its class ("Sgt. 1st
    Class") was read into the name, a name of initials was read as a place, and a given name
    introduced after "Another resident," was no one: each one's "she said" or "he said" went
    to the person quoted before."""
    other = "Harriet Ogunleye" if said == "she" else "Farooq Qadri"
    x = _extracted(f"{other}, a local councillor, spoke first. \u201cWe are all tired,\u201d {said} said.",
                   f"{named} said the pay gap hurt. \u201cI'm losing money being here, honestly,\u201d {said} said.")
    name = _speaker_names(x)[1]
    assert name is not None and name.split()[-1] in named and not name.startswith(("Class", "Lance", "Brigadier"))


def test_a_rank_before_a_family_name_is_the_ranked_person() -> None:
    """f107: "Brigadier Hamish Dunleavy ... 'Q,' Brigadier Dunleavy said" made a second
    speaker "Brigadier Dunleavy"."""
    x = _extracted("Brigadier Hamish Dunleavy, commander of the 10th Fires Brigade, said the crew had trained.",
                   "\u201cThey hit the target at a range of more than 300 kilometres,\u201d Brigadier Dunleavy said.")
    assert _speaker_names(x) == ["Hamish Dunleavy"]


def test_a_name_opening_the_words_after_a_pronouns_colon_is_no_speaker() -> None:
    """f108: 'Asked about former Sen. Walter Greaves, she said: "Walter is a friend."' read
    the sentence as a label ("Justice Ray Cho, dissenting:") and gave Walter his own praise."""
    x = _extracted("Governor Patrice Okonkwo-Hale spoke at the Depot Street Cafe. \u201cI have won three times,\u201d "
                   "she told a crowd of about 60.",
                   "Asked about former Sen. Walter Greaves, she said: \u201cWalter is a friend. Walter is also wrong "
                   "about almost everything.\u201d")
    assert _speaker_or_guess(x, x.quotes[1]) == "Patrice Okonkwo-Hale"


@pytest.mark.parametrize("intro, speaker", [
    ("Her father, former MLA Harish Rajvanshi, watched from the sidelines.", "Harish Rajvanshi"),
    ("The new prime minister, Labour's Rosalind Achebe, spoke in Downing Street.", "Rosalind Achebe"),
])
def test_an_appositive_name_after_a_status_or_a_partys_possessive_is_the_subject(intro, speaker):
    """f108: "Her father, former MLA Harish Roe, watched ... he said" went to his daughter
    quoted before, and "The new prime minister, Labour's Rosalind Achebe, spoke ... she said"
    to her deputy: "former" and "Labour's" hid the subject of the sentence."""
    first = ("Candidate Devika Rajvanshi won the seat. \u201cThis is the victory of every farmer,\u201d Rajvanshi said."
             if "father" in intro else
             "Deputy leader Vanessa Crewe spoke first. \u201cThis is the victory of every farmer,\u201d she said.")
    x = _extracted(first,
                   f"{intro} Asked about the result, {'he' if 'father' in intro else 'she'} said only: "
                   "\u201cChange begins now.\u201d")
    assert _speaker_or_guess(x, x.quotes[1]) == speaker


def test_a_place_after_at_opening_a_sentence_is_not_its_subject() -> None:
    """f108: "At Riverside Collegiate, where Kowalchuk teaches, a student ..., Maya, 18, said
    she was 'kind of freaking out'" gave the school the words (0.95)."""
    x = _extracted("At Riverside Collegiate, where Kowalchuk teaches, a student who cast her first ballot, Maya, "
                   "18, said she was \u201ckind of freaking out\u201d that her teacher had won. \u201cHe gave me a "
                   "B-minus,\u201d she said.")
    assert [_speaker_or_guess(x, q) for q in x.quotes] == ["Maya", "Maya"]


@pytest.mark.parametrize("run, name", [("Voter Tamika", "Tamika"), ("Tallyman Jimmy", "Jimmy")])
def test_a_noun_for_people_before_a_given_name_any_dictionary_knows_is_a_role(run, name):
    """f108: "Voter Tamika, 31," and "Tallyman Jimmy, 72," were speakers of those names."""
    x = _extracted(f"{run}, 31, a hospital pharmacist, said she was undecided. \u201cI like both of them,\u201d she said.")
    assert _speaker_names(x) == [name]


def test_a_role_of_a_named_body_no_name_takes_up_is_not_the_body() -> None:
    """f105, f103: "The co-founder of payments app Zoopa said on a podcast that 'Q'" and "The
    chief executive of Ostrava Telecom said ... that the company had 'Q', as the group
    reported its first quarter of growth" gave the words to the companies (0.95-0.96): the
    holder is someone the text does not name there, and the later clause reports no words."""
    x = _extracted("The co-founder of payments app Zoopa said on a podcast this week that \u201cnobody reads the "
                   "terms and conditions, including us,\u201d a remark that has gone viral.",
                   "Zoopa said the comment was \u201ctaken out of context\u201d.")
    assert _speaker_names(x) == [None, "Zoopa"] and x.quotes[0].described_as == "the co-founder of payments app Zoopa"
    x = _extracted("The chief executive of Ostrava Telecom said on Thursday that the company had \u201cturned the "
                   "corner\u201d after two years of losses, as the group reported its first quarter of growth.",
                   "Ostrava added 118,000 subscribers in the quarter.")
    assert _speaker_names(x) == [None] and x.quotes[0].described_as == "the chief executive of Ostrava Telecom"


def test_a_given_name_after_a_possessive_description_is_a_person_not_a_body() -> None:
    """f106: "Her publisher, Tamsin Hollowell of Gannet Press, says" read "her publisher" as
    a company's description and the name as that company; her later "Hollowell said" made a
    second speaker, "Hollowell"."""
    x = _extracted("Her long-time publisher, Tamsin Hollowell of Gannet Press, says the reclusiveness is "
                   "overstated. \u201cOrla writes wonderful, very long letters,\u201d Hollowell said.")
    assert _speaker_names(x) == ["Tamsin Hollowell"]
    x = _extracted("The developer, Thornhill Group, says the plan is sound. \u201cWe will build it,\u201d it said.")
    assert all(p.name != "Thornhill" for p in x.people)


def test_an_interviews_labelled_answers_are_quotations_of_the_labelled_person() -> None:
    """f106: interviews printed as transcripts ("BARROWE: My father had it before me.") gave
    no quotation at all; a tally ("Quist: 1,547.") or a label opening one paragraph is none."""
    x = _extracted("Hyacinth Barrowe, 82, has grown vegetables on plot 17 for fifty-eight years.",
                   "How did you get plot 17?",
                   "BARROWE: My father had it before me. He died in 1967 and I turned up with his spade.",
                   "And the council?",
                   "Barrowe: They can try. I have outlived three of their planning officers.",
                   "Quist: 1,547.", "Quist: 46.", "Update: the council meets on Monday.")
    assert [(q.text[:12], _speaker_names(x)[i]) for i, q in enumerate(x.quotes)] == [
        ("My father ha", "Hyacinth Barrowe"), ("They can try", "Hyacinth Barrowe")]
    x = _extracted("Actress Priya Rajagopalan has a new show about her mother.",
                   "Q: Does your mum really think you're a dentist?",
                   "A: She knows I'm not a dentist. She tells her friends I'm a dentist.",
                   "Q: Has she seen the show?", "A: Once. She sat in the front row and laughed.")
    assert len(x.quotes) == 2 and all(_speaker_or_guess(x, q) == "Priya Rajagopalan" for q in x.quotes)


def test_a_title_alone_opening_a_headline_and_a_firm_are_no_regulator() -> None:
    """f104: the headline "Judge criticises council over failures" made a speaker "Judge"
    of the judge's "what she called 'Q'"; "in what the competition regulator described as
    'Q'" went to "budget carrier Coral Air". A family name that is a title word is still
    its person's ("Film director Mike Judge ... Judge said")."""
    x = extract_article(Article(id="t", source="t", title="Judge criticises council over failures in care case",
                                paragraphs=["A High Court judge has criticised a council for what she called "
                                            "\u201cshocking and sustained\u201d failures in the care of a boy."]))
    assert all(p.name != "Judge" for p in x.people)
    x = _extracted("The Federal Court has ordered budget carrier Coral Air to pay a penalty, in what the competition "
                   "regulator described as \u201cone of the most brazen\u201d breaches it had seen.")
    assert _speaker_or_guess(x, x.quotes[0]) is None
    x = _extracted("Film director Mike Judge spoke on Monday.", "\u201cIt was fine,\u201d Judge said.")
    assert _speaker_names(x) == ["Mike Judge"]


def test_a_stage_name_after_a_noun_for_people_who_publish_online_is_the_name() -> None:
    """f105: "Streamer TessaTheBrave" and "Creator Mellowmoth" were speakers with their
    noun glued on; the noun is a role, and the one word after it a person's name."""
    x = _extracted("Streamer TessaTheBrave abandoned a planned launch stream on Friday. \u201cI love this studio, "
                   "but I can't stream this,\u201d she told viewers.")
    assert _speaker_names(x) == ["TessaTheBrave"]


def test_a_noun_for_someone_opening_a_subheading_is_no_name() -> None:
    """f103: the subheading 'Retailer blames "cautious consumer"' made a speaker "Retailer"
    (0.997): a noun for someone, capitalised to open the line, is no one's name."""
    x = _extracted("Retailer blames \u201ccautious consumer\u201d",
                   "Dovecot Stores reported a 20% fall in half-year profit on Thursday.",
                   "\u201cPeople are thinking harder about every pound,\u201d chief executive Mara Lindqvist said.")
    assert _speaker_names(x) == [None, "Mara Lindqvist"] and all(p.name != "Retailer" for p in x.people)


def test_a_filipino_particle_and_a_role_with_its_field_after_a_body() -> None:
    """f111: "The second engineer, Ramon dela Cruz, spoke ... 'Q,' he said" split the name at
    "dela" and gave his words to the spokesman quoted before; '"Q," said Boreal
    vice-president of operations Kathleen Mistry' gave hers to the airline."""
    x = _extracted("A spokesperson for the port, Jean-Luc Ouellet, said there was \u201cno immediate threat\u201d.",
                   "The second engineer, Ramon dela Cruz, spoke briefly to reporters at the dockyard. \u201cWe were "
                   "very scared,\u201d he said.")
    assert _speaker_names(x) == ["Jean-Luc Ouellet", "Ramon dela Cruz"]
    x = _extracted("Boreal Air said the de-icing was performed by a contractor. \u201cWe have suspended that "
                   "contractor,\u201d said Boreal vice-president of operations Kathleen Mistry.")
    assert _speaker_or_guess(x, x.quotes[0]) == "Kathleen Mistry"


def test_a_bodys_name_of_two_sciences_joined_by_and_is_one_name() -> None:
    """f110: "The Institute of Volcanology and Seismology said" was cut at "and" (a speaker
    "Institute of Volcanology")."""
    x = _extracted("The Institute of Volcanology and Seismology said the quake was tectonic. \u201cDamage and "
                   "aftershocks are expected,\u201d the agency said in its bulletin.")
    assert _speaker_names(x) == ["Institute of Volcanology and Seismology"]


def test_a_single_name_with_a_who_clause_is_a_person():
    """Invented festival copy: "Later Zendaya, who closed the night, walked off the stage
    in tears. 'Q,' she said." A singer known by one name, never the subject of a verb of saying: her
    words went to the woman quoted in the paragraph before."""
    x = _extracted(
        "The festival ended with sets by the headliners Nadia Okafor and Zendaya.",
        "Okafor talked about her first tour: \u201cWe slept in the van for a month,\u201d she said.",
        "Later Zendaya, who closed the night, walked off the stage in tears. \u201cNone of this happens "
        "without the people behind the stage,\u201d she said.")
    assert _speaker_names(x) == ["Nadia Okafor", "Zendaya"]


@pytest.mark.parametrize("span", ["Seconds", "Minutes", "Hours", "Moments", "Days", "Weeks"])
def test_a_span_of_time_opening_a_sentence_is_no_speaker(span):
    """Invented sea-rescue copy: "Seconds later he transmitted: 'Q'" gave the words to a
    speaker "Seconds" at 0.95 (a capitalised word opening the sentence, the colon's subject).
    "Weeks" is also a family name, and stays one."""
    x = _extracted(
        "The ferry lost power off the headland at 9 p.m., the harbour office said.",
        f"{span} later he transmitted: \u201cMayday, we are taking on water.\u201d",
        "Rachel Weeks, the harbour master, said: \u201cWe heard the call.\u201d",
        "\u201cIt was faint,\u201d Weeks said.")
    assert _speaker_names(x) == [None, "Rachel Weeks", "Rachel Weeks"]
    assert span not in [p.name for p in x.people]


def test_one_name_word_given_an_age_is_a_person_whatever_the_dictionaries_say():
    """Invented mountain-rescue copy: "Among the climbers was Pádraig, a 23-year-old student"
    (a given name no dictionary we use has, read as a place) gave his "he said" to the bishop
    named before, at 0.96."""
    x = _extracted(
        "Bishop Aidan Clery led prayers for the climbers on Sunday.",
        "Among the climbers was P\u00e1draig, a 23-year-old student from Galway. \u201cWe thought we "
        "would not see morning,\u201d he said.")
    assert "P\u00e1draig" in [p.name for p in x.people]
    assert _speaker_or_guess(x, x.quotes[0]) == "P\u00e1draig"  # (the model may stay unsure)


def test_a_noun_for_people_before_a_name_no_dictionary_has_is_a_role():
    """Invented flood copy: "Resident Mereana said ..." made a speaker "Resident Mereana"
    (a given name no list we use has, so "Resident" was read as part of the name)."""
    x = _extracted(
        "The county sheriff's office issued a flood warning on Monday.",
        "Resident Mereana said the water rose fast. \u201cIt came through the door in minutes,\u201d she said.")
    assert _speaker_names(x) == ["Mereana"]


def test_a_ships_master_is_a_description_of_who_speaks():
    """Invented sea-rescue copy: "The vessel's master reported: 'Q'" had no speech cue and
    no description ("master" was no noun for someone's post), so it read as a quotation of
    no one's, "the vessel's master" lost."""
    x = _extracted(
        "The ferry company said the ship was safe and under tow.",
        "The vessel\u2019s master reported: \u201cAll passengers are accounted for.\u201d",
        "\u201cThe tow line is holding,\u201d the harbourmaster said.")
    assert [q.described_as for q in x.quotes] == ["the vessel\u2019s master", "the harbourmaster"]


def test_the_possessor_of_a_claim_is_described_without_its_possessive():
    """Invented council copy: "The fire chief's claim that 'Q' drew laughter" described the
    unnamed speaker as "the fire chief's" on the quotation's page."""
    x = _extracted(
        "Mayor Ann Brody spoke on Monday. \u201cWe are ready for anything,\u201d said Councillor Tom Reyes.",
        "Residents mocked the plan. The fire chief\u2019s claim that \u201cevery street is gritted\u201d drew "
        "laughter.")
    assert x.quotes[1].speaker is None and x.quotes[1].described_as == "the fire chief"


def test_an_indefinite_subject_of_the_main_clause_does_not_take_a_named_claimants_words():
    """Invented: 'While Mayor Jo Harlan insisted that "Q," a few of the engineers on the
    project said ...' (the parse hangs the quotation on the main verb) showed the
    quotation as the engineers' (not named), not the mayor's."""
    x = _extracted(
        "The bridge reopened to traffic last month.",
        "While Mayor Jo Harlan insisted on Friday that \u201cthe cracks were cosmetic and nothing more,\u201d "
        "a few of the engineers on the project said the repairs had been rushed.",
        "A spokesman for the mayor said: \u201cShe stands by it.\u201d")
    assert _speaker_names(x)[0] == "Jo Harlan"
    assert [q.described_as for q in x.quotes] == ["", "a spokesman for the mayor"]


def test_every_name_in_a_list_of_titles_is_a_title():
    """Invented profile: 'roles in "Winter Harbor," "Blue Ridge 2," and "Night Shift: The
    Return of Ana,"' - only the first, after "in", was a title; the others were quotations
    of the actor at 0.99, each with a page."""
    x = _extracted(
        "Actor Ned Corliss admits his choice for mayor is not the most handsome man in the field.",
        "Corliss, who had roles in \u201cWinter Harbor,\u201d \u201cBlue Ridge 2,\u201d and \u201cNight Shift: "
        "The Return of Ana,\u201d had no such praise for the incumbent.",
        "He called her plan \u201ca disgrace,\u201d \u201ca joke\u201d and worse.")
    assert [q.cue for q in x.quotes[:3]] == ["title", "title", "title"]
    assert _speaker_names(x)[3:] == ["Ned Corliss", "Ned Corliss"]


@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ('"', '"')])
def test_a_description_cut_at_a_quoted_title_leaves_no_words_hanging(marks):
    """Invented: '"Q," wrote the authors of the "Growth Plan," giving an example' showed the
    unnamed speaker as "the authors of the" (curly marks) or 'the authors of the "Growth
    Plan' (straight ones)."""
    o, c = marks
    x = _extracted(
        "The party published a report in 2013.",
        f"{o}If we want new voters, we have to engage them,{c} wrote the authors of the {o}Growth Plan,{c} "
        "giving an example.")
    assert x.quotes[0].speaker is None and x.quotes[0].described_as == "the authors"


def test_one_name_word_described_as_a_body_is_an_organisation():
    """Invented: '"Q," Korvana, the official state news agency, wrote' made a person of the
    agency (its page typed "person"); the head of the agency stays a person."""
    x = _extracted(
        "The admiral was born abroad.",
        "\u201cSome may say the criticism is unkind,\u201d Korvana, the official state news agency, wrote.",
        "\u201cWe stand by it,\u201d Dunmore, the head of the agency, said.")
    assert [(p.name, p.kind) for p in x.people] == [("Korvana", "organisation"), ("Dunmore", "person")]
    assert _speaker_names(x) == ["Korvana", "Dunmore"]


def test_a_website_named_by_its_address_is_a_body_that_speaks():
    """Invented: 'A statement posted on the website ArmsHub.com said ... "Q," the company
    wrote' showed "the company" as not named (the address was read as a product, which
    says nothing), and "ArmsHub" alone later was a second speaker, typed a person."""
    x = _extracted(
        "A statement posted on the website ArmsHub.com said listings are user generated.",
        "\u201cNobody contacted us before the listing was created,\u201d the company wrote in its statement.",
        "A later statement from ArmsHub said the listing was removed. \u201cWe want no part in it,\u201d the "
        "company wrote.")
    assert [(p.name, p.kind) for p in x.people] == [("ArmsHub.com", "organisation")]
    assert _speaker_names(x) == ["ArmsHub.com", "ArmsHub.com"]


@pytest.mark.parametrize("lead", ["But the", "The"])
def test_a_role_subject_after_but_is_the_next_pronouns_antecedent(lead):
    """Invented court copy: "But the judge was unmoved. 'Q,' he said." gave the judge's
    words to the barrister quoted in the paragraph before, at 0.93 (a role opening its
    sentence after "But" was not read as the sentence's subject)."""
    x = _extracted(
        "Judge Anthony Kerrigan sentenced Leanne Halvorsen to six years in prison on Friday.",
        "Halvorsen\u2019s barrister, Marcus Dunleavy, said his client had been struggling with a gambling "
        "addiction. \u201cShe is profoundly ashamed,\u201d he said.",
        f"{lead} judge was unmoved. \u201cAddiction may explain some conduct. It does not explain five years "
        "of careful, deliberate deception,\u201d he said.")
    assert _speaker_names(x)[0] == "Marcus Dunleavy"
    assert _speaker_or_guess(x, x.quotes[1]) == "Anthony Kerrigan"  # (the model may stay unsure)


def test_a_day_of_the_week_is_a_given_name_before_a_family_name():
    """Invented football copy: "Former captain Sunday Okafor criticised the coach on Monday.
    'Q,' he said." then "Striker Chidi Okafor, no relation, disagreed": "Sunday" was read
    as a day, so "Okafor" was Chidi Okafor, who got the captain's words at 0.999."""
    x = _extracted(
        "Former captain Sunday Okafor criticised the coach on Monday. \u201cThis team has no identity,\u201d "
        "he said.",
        "Striker Chidi Okafor, no relation, disagreed. \u201cWe are fine,\u201d Chidi Okafor said.",
        "On Friday Okafor trained alone.")
    assert _speaker_names(x) == ["Sunday Okafor", "Chidi Okafor"]


@pytest.mark.parametrize("clause", ["before Brady interrupted:", "as Brady laughed and replied:", "before Brady cut in:"])
def test_a_clause_of_its_own_before_the_colon_is_not_the_earlier_speakers(clause):
    """Invented football copy: '"A," Farrelly said, before Brady interrupted: "B."' gave B
    to Farrelly at 0.995 (the colon's quotation went to the sentence's first verb of
    saying). Brady's, or at least no one's asserted."""
    x = _extracted(
        "Manager Declan Farrelly praised goalkeeper Eoin Brady after the shoot-out.",
        f"\u201cHe did his homework,\u201d Farrelly said, {clause} \u201cI always do.\u201d")
    assert _speaker_names(x)[0] == "Declan Farrelly"
    assert _speaker_names(x)[1] in (None, "Eoin Brady")


@pytest.mark.parametrize("epithet", ["Dubliner", "Corkman", "Queenslander", "Yorkshirewoman"])
def test_someone_of_a_place_after_the_is_a_description_not_a_name(epithet):
    """Invented sports copy: 'Manager Declan Farrelly was full of praise. "Q," the Dubliner
    said.' made a speaker page "Dubliner" with the manager's words at 0.98 (f113)."""
    x = _extracted(
        "Goalkeeper Eoin Brady saved two penalties in Dublin on Sunday.",
        f"Manager Declan Farrelly was full of praise. \u201cHe did his homework,\u201d the {epithet} said.")
    assert epithet not in [p.name for p in x.people]
    assert _speaker_or_guess(x, x.quotes[0]) == "Declan Farrelly"  # (the model may stay unsure)


def test_someone_introduced_as_a_man_called_so_is_a_person():
    """Invented health copy: "Her patient, a man called Femi, said the drug had not helped.
    'Q,' he said." gave the patient's words to his doctor at 0.98: "Femi", a name no list
    we use has, was no one."""
    x = _extracted(
        "Dr Varma\u2019s deputy, Chiamaka Eze, disagreed with the trial\u2019s findings.",
        "Her patient, a man called Femi, said the drug had not helped. \u201cI felt nothing at all,\u201d he said.")
    assert "Femi" in [p.name for p in x.people]
    assert _speaker_or_guess(x, x.quotes[0]) == "Femi"  # (the model may stay unsure)


def test_words_someone_recalls_another_saying_are_not_the_recallers():
    """Invented football copy: '"Any more backchat and you're off," Ellery recalled Kaye
    telling him.' gave the referee's words to the player at 0.995 (f113)."""
    x = _extracted(
        "Midfielder Tom Ellery was booked by referee Mark Kaye at half-time. \u201cAny more backchat and "
        "you\u2019re off,\u201d Ellery recalled Kaye telling him.")
    assert _speaker_names(x)[0] in (None, "Mark Kaye")


@pytest.mark.parametrize("player", ["former Wallaby", "Former Springbok", "ex-Socceroo"])
def test_a_national_teams_player_noun_is_no_part_of_the_name(player):
    """Invented rugby copy: '"Q," said former Wallaby Greg Mulvey' made a speaker page
    "Wallaby Greg Mulvey" (f113)."""
    x = _extracted("The pundits were not impressed.", f"\u201cThey were poor,\u201d said {player} Greg Mulvey.")
    assert _speaker_names(x) == ["Greg Mulvey"]


def test_a_statement_from_someones_lawyers_is_not_theirs():
    """Invented rugby copy: '"We will appeal," read a statement from Lwazi Dube's lawyers.'
    gave the lawyers' words to the player at 0.98 (f113); from the player himself, his."""
    x = _extracted(
        "Bulls captain Lwazi Dube was banned for four weeks on Tuesday.",
        "\u201cWe will appeal,\u201d read a statement from Lwazi Dube\u2019s lawyers.",
        "\u201cI am disappointed,\u201d read a statement from Lwazi Dube.")
    assert _speaker_names(x) == [None, "Lwazi Dube"]


def test_a_name_the_article_then_calls_the_company_is_an_organisation():
    """Invented planning copy: 'The developer, Tessary Digital, said ... "Q," the company
    said' attributed right but typed the developer a person on its page (f113)."""
    x = _extracted(
        "The developer, Tessary Digital, said the project would bring 300 construction jobs. \u201cThe town has "
        "a real opportunity here,\u201d the company said in a statement.")
    assert [(p.name, p.kind) for p in x.people] == [("Tessary Digital", "organisation")]
    assert _speaker_names(x) == ["Tessary Digital"]


def test_one_name_word_after_the_is_a_body():
    """Invented: '"It was wrong," the Observer said' made a person of the paper (its page typed
    "person"); a name after "the" is a paper's or a body's, no person's."""
    x = _extracted(
        "\u201cIt was wrong,\u201d the Observer said on Sunday.",
        "\u201cIt is not,\u201d said the minister, Jane Roe.")
    assert {p.name: p.kind for p in x.people} == {"Observer": "organisation", "Jane Roe": "person"}
    assert _speaker_names(x) == ["Observer", "Jane Roe"]


def test_a_word_whose_meaning_is_given_is_a_term_not_words_said():
    """Invented civic copy: 'Harlow Borough Council said in a statement that "resolved"
    meant a work order had been issued.' made "resolved" a quotation of the council at 0.98."""
    x = _extracted(
        "Harlow Borough Council said in a statement that \u201cresolved\u201d meant a work order had been issued.")
    assert [(q.text, q.cue, q.speaker) for q in x.quotes] == [("resolved", "scare-quote", None)]


def test_the_company_is_the_firm_not_an_analysts_employer_a_union_or_a_paper():
    """Invented business and arts copy: "the company said" went to the bank an analyst
    quoted works at, to a union named as one, and to the paper a critic wrote in (0.96-0.99)."""
    x = _extracted(
        "Carmaker Veltrow Motors cut its forecast on Tuesday.",
        "\u201cVeltrow is paying for being late,\u201d said Ines Marchetti, an analyst at Coldharbour Securities.",
        "The company said in a statement that it remained \u201cfully committed\u201d to its targets.")
    assert _speaker_names(x) == ["Ines Marchetti", "Veltrow Motors"]
    x = _extracted(
        "Veltrow Motors cut 2,000 jobs on Tuesday.",
        "Tarnwerk, the metalworkers union, warned against plant closures.",
        "The company said in a statement that it remained \u201cfully committed\u201d to its targets.")
    assert _speaker_names(x) == ["Veltrow Motors"]
    x = _extracted(
        "Writing in The Evening Lantern, the critic Joan Roe called the film \u201cbeautifully shot but slow.\u201d",
        "The producers, Copperfield Pictures, defended its pacing. \u201cThis is a film that asks you to slow "
        "down,\u201d the company said in a statement.")
    assert _speaker_names(x) == ["Joan Roe", "Copperfield Pictures"]


def test_a_listed_company_is_a_body_and_its_symbol_no_one():
    """Invented: 'Karvel Platinum (JSE: KVP) said ... "Q," the company said' made a speaker
    of the symbol "KVP" at 0.98, and typed the company a person."""
    x = _extracted(
        "Karvel Platinum (JSE: KVP) said its offer of a 6% increase was fair.",
        "\u201cWe remain committed to reaching an agreement,\u201d the company said in a statement.")
    assert [(p.name, p.kind) for p in x.people] == [("Karvel Platinum", "organisation")]
    assert _speaker_names(x) == ["Karvel Platinum"]


def test_a_name_followed_by_which_or_said_its_is_a_body():
    """Invented: 'figures released by streaming platform Quava. Quava said ...' and 'Halden
    Steel said its offer was "fair"' typed the bodies persons on their pages."""
    for first, second in [("Figures were released by streaming platform Quava.", "Quava said the show proved that "
                           "\u201cquiet stories can travel.\u201d"),
                          ("Halden Steel, which runs the plant, made an offer on Monday.", "Halden Steel said "
                           "its offer was \u201cfair and sustainable\u201d.")]:
        x = _extracted(first, second)
        assert [p.kind for p in x.people] == ["organisation"], first
        assert _speaker_names(x) == [x.people[0].name]


def test_a_witness_known_by_a_letter_is_named_with_its_word():
    """Invented court copy: '"Q," Witness K said' made a speaker "K" (and "Officer B" one
    "B") at 0.99: one letter is no name."""
    x = _extracted(
        "The court heard that one engineer, identified only as Witness K, had received calls.",
        "\u201cI was told my family would be fine,\u201d Witness K said in a statement.",
        "\u201cWe were told everyone did it,\u201d Officer B told the inquest.")
    assert _speaker_names(x) == ["Witness K", "Officer B"]
    assert not [p.name for p in x.people if len(p.name) < 3]


def test_a_text_whose_writer_the_sentence_does_not_give_has_no_speaker():
    """Invented court copy: 'Prosecutor X challenged Y on messages. One message, read aloud in
    court, said: "Q"' gave Q to the prosecutor who read it, at 0.95."""
    x = _extracted(
        "Crown prosecutor Ewan Tolland challenged Kofi Mensur on messages sent the night before. One message, "
        "read aloud in court, said: \u201cTomorrow 10 a.m. Bring the big bag.\u201d",
        "Outside, a sign said: \u201cNo entry.\u201d")
    assert _speaker_names(x) == [None, None]
    assert all(q.guess is None for q in x.quotes)


def test_a_thing_introduced_as_something_with_no_one_named_has_no_speaker():
    """Invented arts copy: "Jo Roe's second feature ... premiered at the festival, where it was
    introduced as 'Q'" gave Q to the director at 0.96; no one is said to have said it."""
    x = _extracted(
        "Nell Abernethy\u2019s second feature arrives in cinemas on Friday after a premiere at the festival, where "
        "it was introduced as \u201ca film about what we inherit and what we refuse.\u201d")
    assert [(q.speaker, q.cue) for q in x.quotes] == [(None, "passive")]


def test_an_honorific_and_family_name_is_the_namesake_called_so_not_the_one_called_by_it_bare():
    """Invented court copy: after 'Adewale had sent messages' (the manager), '"Q," Ms Adewale
    said' went to him at 0.97, though the subordinate Ngozika Adewale had just been named."""
    x = _extracted(
        "A court sentenced a former bank manager, Chidubem Adewale, to 12 years on Thursday.",
        "The court heard that Adewale had sent messages to a subordinate instructing her to delete logs.",
        "The subordinate, Ngozika Adewale, who is not related to the convict, testified last year.",
        "\u201cI did what I was told because I had no choice,\u201d Ms Adewale said during cross-examination.")
    assert _speaker_names(x) == ["Ngozika Adewale"]


def test_a_character_of_a_story_is_no_speaker():
    """Invented arts copy: a film's heroine ('her character, Kamala, tells a police officer:
    "Q"'), a fisherman 'played by' an actor, and a drama's inspector's catchphrase got person
    pages and quotations at 0.90-0.99."""
    x = _extracted(
        "Anjali Deshmane plays a truck driver crossing the desert with her teenage son.",
        "In the film\u2019s most quoted scene, her character, Kamala, tells a police officer: \u201cThe road "
        "doesn\u2019t care who you are.\u201d")
    assert _speaker_names(x) != ["Kamala"]  # (the actress who says the line, or no one)
    x = _extracted(
        "The film follows a widowed fisherman, Arthur Penwarden, played by Gideon Marsland, as he tries to keep "
        "a farm alive. \u201cI\u2019ll not sell a single tree,\u201d he growls in the opening scene.")
    assert _speaker_names(x) == [None]
    x = _extracted(
        "The drama follows Inspector Funke Bankolu as she investigates a string of disappearances.",
        "Bankolu\u2019s catchphrase, \u201cThe city does not sleep, so neither do I,\u201d is on T-shirts.")
    assert _speaker_names(x) == [None]
    x = _extracted(
        "The documentary follows Jane Roe, a nurse, through a winter shift.",
        "\u201cWe are short of beds every night,\u201d Roe says.")
    assert _speaker_names(x) == ["Jane Roe"]


def test_a_relative_introduced_with_a_job_before_the_name_is_a_relative():
    """Invented disaster copy: 'Shopkeeper Dorian Roe and his wife, nurse Sharon Roe, stayed
    ... "Q," Roe said' gave the shopkeeper's words to his wife at 0.99."""
    x = _extracted(
        "Shopkeeper Dorrel Lewin and his wife, nurse Shanice Lewin, stayed on the island during the storm.",
        "\u201cMy shop shelves are still standing and I\u2019ll open tomorrow,\u201d Lewin said.")
    assert _speaker_names(x) == ["Dorrel Lewin"]


def test_the_subject_is_before_an_aside_between_dashes():
    """Invented politics copy: 'Opposition Leader Simon Roe \u2014 no relation to the Nationals
    MP \u2014 said ...' made the MP the aside names the subject, and then 'Mr Roe said' his (0.99)."""
    x = _extracted(
        "The Nationals\u2019 water spokesman, Bradley Morrow, said the plan was \u201can insult to farmers\u201d.",
        "Opposition Leader Simeon Morrow \u2014 no relation to the Nationals MP \u2014 said his party would wait.",
        "\u201cWe are not going to give the government a blank cheque,\u201d Mr Morrow said.")
    assert _speaker_names(x) == ["Bradley Morrow", "Simeon Morrow"]


def test_one_name_word_described_by_age_and_job_is_a_person_in_the_export():
    """Invented disaster copy: 'Celeste, a 31-year-old market trader, said ...' was typed an
    organisation on her speaker page."""
    from generator.extract import analyse
    from generator.extract.document import is_organisation_alone
    art = Article(id="t", source="t", title="Cyclone floods the port city", paragraphs=[
        "In the Munhava neighbourhood, Celeste, a 31-year-old market trader, said the roof had blown off.",
        "\u201cI held my children under the table until the morning,\u201d Celeste said."])
    doc = analyse(art).doc
    assert [p.name for p in doc.people] == [["Celeste"]]
    assert not is_organisation_alone(doc.people[0], doc.gender.get(0))


def test_a_sports_body_named_by_its_sport_and_country_keeps_its_sport():
    """Invented features copy: 'Surfing Australia said ...' made a speaker "Australia" (and
    'Rowing Canada' one "Canada") at 0.95-0.98: the -ing word was dropped as a verb."""
    x = _extracted(
        "Surfing Australia said participation had \u201cmore than doubled\u201d in five years.",
        "Rowing Canada said the season was \u201ca great success\u201d.")
    assert _speaker_names(x) == ["Surfing Australia", "Rowing Canada"]


def test_the_name_someone_goes_by_after_a_pronoun_is_theirs():
    """Invented profile: 'Margaret Roe paddles out every morning. Everyone here knows her as
    Mags.' then 'I asked Mags ... "Q," she said' went to her sister at 0.97, and '"Q," Mags
    said' made a second person "Mags"."""
    x = _extracted(
        "Marjorie Halloran paddles out every morning. Everyone here knows her as Mags.",
        "Her sister, Joan Halloran, does not approve. \u201cI thought she was doing something daft,\u201d Joan said.",
        "I asked Mags whether she was ever scared.",
        "\u201cAll the time,\u201d she said. \u201cFear is just your body paying attention.\u201d",
        "\u201cEvery single morning,\u201d Mags said.")
    assert _speaker_names(x) == ["Joan Halloran", "Marjorie Halloran", "Marjorie Halloran", "Marjorie Halloran"]
    assert [p.name for p in x.people] == ["Marjorie Halloran", "Joan Halloran"]


def test_the_initials_of_a_role_written_before_a_name_stand_for_its_holder():
    """Invented politics copy: 'Treasury CS Daniel Roe told the committee ... "Q," the CS said'
    made a speaker page "CS" (an organisation) at 0.96."""
    x = _extracted(
        "\u201cWe cannot keep borrowing to pay salaries,\u201d Treasury CS Dalmas Kipruto-Oduya told the committee.",
        "Kipruto-Oduya said the Treasury was open to talks. \u201cMy door is open,\u201d the CS said.")
    assert _speaker_names(x) == ["Dalmas Kipruto-Oduya", "Dalmas Kipruto-Oduya"]


def test_a_bill_is_no_speaker_and_a_claim_by_someone_is_not_the_subjects():
    """Invented politics copy: 'defended the contentious Finance Bill 2026 ..., saying the levies
    were "Q"' made a speaker page "Finance Bill"; 'The Taoiseach, Declan Roe, has rejected claims
    by the party's housing spokesperson that the Government has "Q"' gave Q to him at 0.97."""
    x = _extracted(
        "The Cabinet Secretary on Tuesday defended the contentious Finance Bill 2026 before the committee, "
        "saying the proposed levies were \u201cpainful but necessary\u201d.")
    assert _speaker_names(x) == [None]
    x = _extracted(
        "The Taoiseach, Declan Fitzmartin, has rejected claims by the opposition housing spokesperson that the "
        "Government has \u201cquietly abandoned\u201d its housing targets.")
    assert _speaker_names(x) == [None]


def test_the_pronoun_of_a_names_own_clause_beats_the_name_dictionary():
    """Invented disaster copy: 'Nurul Islam, a fisherman, said he had pulled his boat ... "Q,"
    he said' gave Q to no one: the name dictionary calls "Nurul" a woman's."""
    x = _extracted(
        "Nurul Islam, a fisherman, said he had pulled his boat onto the shore. \u201cThe sea has taken my "
        "father and my brother,\u201d he said.")
    assert _speaker_names(x) == ["Nurul Islam"]
    x = _extracted(
        "Jane Roe, a nurse, said he had been a good man.",
        "\u201cHe was kind to everyone,\u201d she said.")
    assert _speaker_names(x) == ["Jane Roe"]


def test_a_bureau_board_or_office_named_before_speaks_as_the_bureau():
    """Invented disaster copy: 'The national weather bureau, Metforce, said ... "Q," the bureau
    said in a bulletin' gave Q to no one."""
    x = _extracted(
        "The national weather bureau, Metforce, said the storm had weakened. \u201cResidents should stay away "
        "from the coast until the warning is lifted,\u201d the bureau said in a bulletin.")
    assert _speaker_names(x) == ["Metforce"]
    assert [(p.name, p.kind) for p in x.people] == [("Metforce", "organisation")]


def test_an_ordinal_opens_a_units_name_and_international_ends_a_bodys():
    """Invented wire copy: "The army's Second Division said" made a speaker "Division" (and
    "Third Fleet" one "Fleet") at 0.99; "Candour International" was typed a person."""
    x = _extracted(
        "The army\u2019s Second Division said in a statement that soldiers were attacked. \u201cOur troops "
        "responded with force,\u201d the statement said.",
        "Candour International said the ruling was \u201ca travesty of justice\u201d.")
    assert _speaker_names(x) == ["Second Division", "Candour International"]
    assert {p.name: p.kind for p in x.people}["Candour International"] == "organisation"


def test_a_medium_quoting_someone_after_the_quotation_gives_their_words():
    """Invented wire copy: '"Q," Tianhe News quoted Gao as saying.' gave Q to no one."""
    x = _extracted(
        "The official Tianhe news agency said Vice Premier Gao Jianmu had raised the issue in a call on Monday. "
        "\u201cCooperation is the only correct choice,\u201d Tianhe quoted Gao as saying.")
    assert _speaker_names(x) == ["Gao Jianmu"]


def test_another_of_the_same_family_name_is_not_the_one_named_before():
    """Invented council copy: after 'Another Goodwin, no relation, also spoke. Janet Goodwin
    ...', '"Q," Goodwin said' of the netball coach went to the first Goodwin at 0.999."""
    x = _extracted(
        "First to the microphone was Trevor Goodwin, who lives next to the site. \u201cI\u2019m against it,\u201d "
        "he said.",
        "Another Goodwin, no relation, also spoke. Janet Goodwin, who coaches junior netball, said the park "
        "would keep teenagers active.",
        "Goodwin stayed behind to talk to the students. \u201cThey were brilliant tonight,\u201d Goodwin said.")
    assert _speaker_names(x) == ["Trevor Goodwin", "Janet Goodwin"]


def test_words_a_relative_sent_and_a_name_someone_was_called_are_not_the_speakers():
    """Invented columns: 'Ferreiro said his wife had a message for me too: "Q"' gave Q to him at
    0.999; '"The Pierogi Queen of Parkside," as a local paper's headline once called her,
    shrugged' made the nickname her words (0.96)."""
    x = _extracted(
        "I met a retired machinist named Gus Ferreiro at the market on Saturday.",
        "Ferreiro said his wife had a message for me too: \u201cStop writing about stadiums and fix the potholes.\u201d")
    assert _speaker_names(x) == [None]
    assert x.quotes[0].described_as == "his wife"
    x = _extracted(
        "Owner Oksana Hrytsenkova said the lineup surprised her. \u201cWe sold out by noon,\u201d she said.",
        "\u201cThe Pierogi Queen of Parkside,\u201d as a local paper\u2019s headline once called her, shrugged off the "
        "nickname. \u201cI am just a cook,\u201d she said.")
    assert _speaker_names(x) == ["Oksana Hrytsenkova", None, "Oksana Hrytsenkova"]


def test_a_relative_word_opening_a_sentence_before_a_given_name_is_no_part_of_the_name():
    """Invented local copy: 'Wife Sandra, 58, said ...' made a speaker page "Wife Sandra"."""
    x = _extracted(
        "Shopkeeper Trevor Ashdown has run the shop since 1990.",
        "Wife Sandra, 58, said the shop had been in the family for years. \u201cWe are not going anywhere,\u201d "
        "she said.")
    assert _speaker_names(x) == ["Sandra"]


def test_a_quoted_name_of_a_campaign_is_no_ones_words():
    """Invented local copy: 'Owner Omar Haddan launched a "shop local first" campaign' made the
    campaign's name his quotation at 0.99."""
    x = _extracted(
        "Owner Omar Haddan launched a \u201cshop local first\u201d campaign in March. He said trade was down.",
        "Haddan said the council\u2019s plan was \u201ca slap in the face\u201d to traders.")
    assert [(q.speaker is None, q.cue) for q in x.quotes][0] == (True, "title")
    assert _speaker_names(x)[1] == "Omar Haddan"


def test_a_description_then_a_name_and_its_own_relative_clause_names_the_speaker():
    """Invented wire copy: 'A resident of the damaged Peresyp district, Halyna Roe, who is not
    related to the minister, said ... "Q," she said' gave Q to "a resident of the", no one."""
    x = _extracted(
        "A resident of the damaged Peresyp district, Halyna Melnyk, who is not related to the minister, said the "
        "blast shattered every window. \u201cI thought the ceiling would fall on us,\u201d she said.",
        "A spokeswoman for the council, who declined to be named, said the roads were closed. \u201cWe are doing "
        "our best,\u201d she said.")
    assert _speaker_names(x) == ["Halyna Melnyk", None]


def test_a_name_with_its_own_description_after_an_unnamed_spokesman_is_not_that_spokesman():
    """Invented tech copy: 'a spokesman for Skylark said: "Q"' then 'Ella Nguy, an aviation
    lawyer in Melbourne, said ...' gave her page the role "a spokesman for Skylark"."""
    from generator.extract import analyse
    art = Article(id="t", source="t", title="Airline pauses its chatbot", paragraphs=[
        "Asked about compensation, a spokesman for Skylark said: \u201cWe are contacting everyone who used it.\u201d",
        "Ella Nguy, an aviation lawyer in Melbourne, said the case showed companies were \u201coutsourcing judgment "
        "to autocomplete.\u201d"])
    doc = analyse(art).doc
    assert [(p.name, [r for r in p.roles if "spokesman" in r]) for p in doc.people] == [(["Ella", "Nguy"], [])]


def test_a_name_in_the_pronouns_own_sentence_beats_a_description_in_the_sentence_before():
    """Invented media copy: 'A spokeswoman for the company later said ... Roe has previously
    described the business as "Q," a phrase she repeated on Tuesday.' gave Q to "a spokeswoman
    for the company later" at 0.99."""
    x = _extracted(
        "\u201cWe were told nobody would pay to watch ads,\u201d Denise Harlow, Lumio\u2019s chief executive, told a podcast.",
        "A spokeswoman for the company later said in an emailed statement, \u201cOur library is larger today.\u201d",
        "Harlow has previously described the streaming business as \u201ca knife fight in a phone booth,\u201d a "
        "phrase she repeated on Tuesday.")
    assert _speaker_names(x) == ["Denise Harlow", None, "Denise Harlow"]


def test_a_nickname_after_alias_is_part_of_no_ones_words_and_joins_the_name():
    """Invented Indian copy: 'BJP district president Shri Vinayak alias "Bappa" Sonawane
    maintained that ... He said: "Q"' made "Bappa" a quotation of a person "Sonawane" (0.99)
    and gave Q to the man quoted before (0.98)."""
    x = _extracted(
        "\u201cPipes have been laid. But water? No water,\u201d Mr. Jadhavrao told reporters outside the venue.",
        "Responding to the allegation, district president Shri Vinayak alias \u201cBappa\u201d Sonavane maintained "
        "that the opposition was spreading misinformation.",
        "He said:",
        "\u201cLet them come with us to any village of their choosing. We will show them running water.\u201d")
    assert [(q.text, q.cue) for q in x.quotes if q.text == "Bappa"] == [("Bappa", "title")]
    assert _speakers_of_words(x)[-1] == "Vinayak Sonavane"


def test_letters_of_a_civil_service_after_a_name_and_a_bodys_office_before_it_leave_the_name():
    """Invented South Asian copy: 'District Collector Smt. Anjali Deshpande IAS informed that
    ... "Q," she said' gave Q to no one (the letters made the run no name), and 'Ports Trade
    Union Alliance Convener Prasanna Kalupahana averred ...' made the whole run a body."""
    x = _extracted(
        "District Collector Smt. Anjali Deshpande IAS informed that work had been completed in 612 villages. "
        "\u201cThe remaining villages are in hilly tribal pockets,\u201d she said.",
        "Addressing a media briefing yesterday, Ports Trade Union Alliance Convener Prasanna Kalupahana averred "
        "that the terminal was a national asset.",
        "\u201cWe will not allow even an inch of this terminal to be sold,\u201d he said.")
    assert _speaker_names(x) == ["Anjali Deshpande", "Prasanna Kalupahana"]


def test_a_manner_of_speaking_reports_the_words_before_it_only():
    """Invented tabloid copy: '"Q," he laughed' gave Q to no one (laughing was no verb of
    saying); 'Roe laughed at the idea of a "Christmas bonus"' is no one's words."""
    x = _extracted(
        "Trevor Ashgrove, from Wexby, has won 8 million pounds on the lottery.",
        "The grandad said he has no plans to stop working straight away.",
        "\u201cThe lads would never forgive me if I didn\u2019t do the Christmas round,\u201d he laughed.",
        "Ashgrove laughed at the idea of a \u201cChristmas bonus\u201d for the team.")
    assert _speaker_names(x) == ["Trevor Ashgrove", None]


def test_a_nickname_is_the_namesake_it_was_written_with():
    """Invented tabloid copy: 'favourite Sharon "Shaz" Mitchum ... her husband Wayne ... Wayne
    Mitchum, 52, suffered ... "Q," Shaz wrote' gave her words to her husband at 0.996 (and
    "Shaz" became his alias)."""
    x = _extracted(
        "Reality favourite Sharon \u201cShaz\u201d Mitchum has hit back at trolls who mocked her husband Wayne.",
        "Wayne Mitchum, 52, suffered a suspected heart attack at the couple\u2019s property last week.",
        "\u201cSome of the comments I\u2019ve read this week are disgusting,\u201d Shaz wrote in an Instagram post.")
    assert _speakers_of_words(x) == ["Sharon Mitchum"]


def test_a_family_name_with_its_particle_is_the_namesake_just_named():
    """Invented Dutch copy: 'Wim de Vriend, ... no relation to Jan de Vriend, said ... "Q," De
    Vriend said' gave Q to Jan, quoted in the paragraph before, at 0.99."""
    x = _extracted(
        "\u201cThey want to destroy our way of life,\u201d said dairy farmer Jan de Vriend, 47, from the north.",
        "Wim de Vriend, a farmer from the east and no relation to Jan de Vriend, said he was considering the "
        "buyout. \u201cI am 64, my children do not want the farm,\u201d De Vriend said.")
    assert _speaker_names(x) == ["Jan de Vriend", "Wim de Vriend"]


def test_song_words_and_the_words_of_someone_not_named_are_no_ones_of_the_article():
    """Invented tabloid copy: 'guests sang along to "hold me close, forever starts tonight"'
    made a speaker page "Starts Tonight" (0.95); 'He was, in the words of one critic, "the last
    of the great soap grumps"' gave the critic's words to the actor (0.96)."""
    x = _extracted(
        "The couple danced to their song, Forever Starts Tonight, as guests sang along to \u201chold me close, "
        "forever starts tonight\u201d.")
    assert [(q.speaker, q.cue) for q in x.quotes] == [(None, "title")]
    x = _extracted(
        "Bernard Callan played a publican for 22 years. He was, in the words of one critic, \u201cthe last of the "
        "great soap grumps\u201d.")
    assert _speaker_names(x) == [None] and x.quotes[0].described_as == "one critic"


def test_a_name_after_its_own_description_is_not_the_unnamed_spokesperson_before():
    """Invented tabloid copy: 'A spokesperson for the star said: "Q"' then 'Her manager, Terry
    Banning, told reporters ...' gave him the role "A spokesperson for the star"."""
    from generator.extract import analyse
    art = Article(id="t", source="t", title="Pop star storms off stage", paragraphs=[
        "A spokesperson for the star said: \u201cLuna apologises to every fan in the city.\u201d",
        "Her manager, Terry Banning, told reporters outside the venue that the singer was \u201cexhausted\u201d."])
    doc = analyse(art).doc
    assert not [r for p in doc.people for r in p.roles if "spokesperson" in r.lower()]


def test_a_bodys_name_opening_with_a_plural_and_a_minister_of_state_for_a_portfolio():
    """Invented Dutch and Singapore copy: 'The Farmers Defence League, which organised the
    protest, rejected the offer. "Q," the group said' made "Farmers" a role and gave Q to the
    broadcaster in the paragraph before (0.98); 'Senior Minister of State for Manpower Koh Boon
    Kiat said' made a person "Manpower Koh Boon Kiat"."""
    x = _extracted(
        "Agriculture Minister Femke van Dalen said the government would not back down. \u201cWe must reduce "
        "emissions,\u201d she told public broadcaster NOS.",
        "The Farmers Defence Force, which organised the protest, rejected the offer. \u201cMoney does not replace "
        "a farm,\u201d the group said in a statement.")
    assert _speaker_names(x) == ["Femke van Dalen", "Farmers Defence Force"]
    x = _extracted(
        "Senior Minister of State for Manpower Koh Boon Kiat said the ministry would review the criteria. \u201cWe "
        "will monitor the take-up closely,\u201d he said.")
    assert _speaker_names(x) == ["Koh Boon Kiat"]


def test_a_paper_named_after_an_unnamed_spokeswoman_is_not_her_and_absent_is_no_name():
    """Invented: 'Citing "Q," the senator's spokeswoman told a news site ... The Lantern first
    reported it' gave Q to the paper at 0.98 (and the spokeswoman's role to its page); 'Absent
    Roe's plan, ...' made a speaker "Absent Roe"."""
    x = _extracted(
        "Citing \u201cobligations at home,\u201d the former senator\u2019s spokeswoman told a news site that Gore "
        "plans to skip the convention. The Lantern first reported the decision earlier Sunday.")
    assert _speaker_names(x) == [None]
    x = _extracted(
        "Absent Sandell\u2019s plan, Clinton pointed to the nine times Sandell had laid out a \u201cMedicare for "
        "all\u201d bill before Congress.")
    assert not [p.name for p in x.people if p.name.startswith("Absent")]


def test_a_nickname_in_single_marks_is_no_part_of_the_name():
    """Invented sports copy: "Delhi coach Harpreet 'Harry' Dhillwan ... Dhillwan said" made a
    speaker page "Dhillwan", and "Ashbourne boss Neil 'Nobby' Adebayo-Clark could hardly contain
    himself. 'Q,' he said" gave Q to the man quoted before."""
    x = _extracted(
        "Delhi coach Harpreet \u2018Harry\u2019 Dhillwan was more measured. \u201cWe had our chances and we didn\u2019t "
        "take them,\u201d Dhillwan said.")
    assert _speaker_names(x) == ["Harpreet Dhillwan"]
    x = _extracted(
        "\u201cWe were second best,\u201d said Rovers manager Stuart Ferrin.",
        "Ashbourne boss Neil \u2018Nobby\u2019 Adebayo-Clark could hardly contain himself. \u201cThis is what you "
        "dream about,\u201d he said.")
    assert _speaker_names(x) == ["Stuart Ferrin", "Neil Adebayo-Clark"]


def test_a_job_opening_a_sentence_and_abbreviated_styles_are_no_part_of_the_name():
    """Invented sports and community copy: 'Referee Alun Pryddes penalised ...', 'Churchwarden
    Malcolm Pryse, 71, said', 'said Sr. Agnes Byrnes', 'said Const. Amrit Sandhuja' made speaker
    pages with the job or style glued on (or "Const"); 'said the Rev. Jane Roe' went to no one."""
    x = _extracted(
        "Referee Alun Pryddes penalised the home side. \u201cRed nine, you\u2019re off your feet,\u201d Pryddes "
        "told the scrum-half.",
        "Churchwarden Malcolm Pryse, 71, said the tower was \u201cheld together by prayer\u201d.",
        "\u201cWe will pray for them,\u201d said Sr. Agnes Byrnes.",
        "\u201cWe are treating this as a hate crime,\u201d said Const. Amrit Sandhuja, a police spokesperson.",
        "\u201cIt is a sad day,\u201d said the Rev. Jane Roebuck.")
    assert _speaker_names(x) == ["Alun Pryddes", "Malcolm Pryse", "Agnes Byrnes", "Amrit Sandhuja", "Jane Roebuck"]


def test_scripture_read_and_a_crowds_rendition_are_no_ones_words():
    """Invented community and sports copy: 'Bishop Matthew Ayubo quoted the Book of Isaiah: "Q"'
    and 'read from Psalm 133: "Q"' gave scripture to the reader (0.90-0.99); 'the away end
    responded with a rendition of "Q"' offered a guess."""
    x = _extracted(
        "Bishop Matthew Ayubo quoted the Book of Isaiah: \u201cThey shall beat their swords into plowshares.\u201d",
        "Rabbi Miriam Goldfarb read from Psalm 133: \u201cBehold, how good and how pleasant it is.\u201d",
        "The away end responded with a rendition of \u201cStand up and fight\u201d.")
    assert [(q.speaker, q.guess, q.cue) for q in x.quotes] == [(None, None, "title")] * 3


def test_words_someone_was_heard_saying_are_not_the_last_speakers():
    """Invented sports copy: '"Q," the referee was heard telling the captain' gave the
    referee's call to the manager quoted before, at 0.95."""
    x = _extracted(
        "Clare boss Donal Kenealy was left bemoaning a disallowed goal, when referee Fergal Ó Cuinn ruled a square "
        "ball. \u201cSquare ball, no goal, free out,\u201d the referee was heard telling the Clare captain.")
    assert _speaker_names(x) != ["Donal Kenealy"]
    assert _speaker_or_guess(x, x.quotes[0]) == "Fergal Ó Cuinn"


def test_the_skipper_is_the_captain_named_before():
    """Invented sports copy: 'Pakistan captain Imran Qazilbek was left to rue a dropped catch.
    "Q," said the skipper.' gave Q to no one."""
    x = _extracted(
        "Pakistan captain Imran Qazilbek was left to rue a dropped catch at midwicket. \u201cCatches win matches, it "
        "is as simple as that,\u201d said the skipper.")
    assert _speaker_names(x) == ["Imran Qazilbek"]


def test_a_name_he_said_in_answer_does_not_take_his_next_words():
    """A name right after a pronoun's verb of saying ('he said Lee.') was read as maybe the
    subject of the sentence, which left the "he" of the next words with no one."""
    x = _extracted(
        "Senate hopeful Dana Roe met the party chairman, Paul Lee, on Thursday.",
        "Roe struck a softer tone. Pressed on the radio about whom he would back for the leadership, he "
        "said Lee. \u201cI would back Paul this year and probably the next,\u201d he said.",
        "\u201cNobody agrees on everything,\u201d he said.")
    assert [_speaker_or_guess(x, q) for q in x.quotes] == ["Dana Roe", "Dana Roe"]
    assert _speaker_names(x)[1] == "Dana Roe"


def test_the_union_is_the_union_named_paragraphs_before_not_the_last_body():
    """Invented Canadian copy: '"Q," the union wrote' four paragraphs after the union was
    named went to the health body named just before it, 0.97."""
    x = _extracted(
        "The Kelford Nurses Union says more than 1,400 nursing positions are vacant across the province.",
        "Union president Dora Kowal said nurses were being asked to work overtime. \u201cI've talked to nurses who "
        "have worked 24 hours straight,\u201d she said.",
        "Health Minister Colin Arch said the government was hiring. \u201cWe've added more than 600 nurses to "
        "the system in the past year,\u201d Arch said.",
        "Shared Care, the provincial health organization, said in a statement that it \u201ccontinues to work "
        "closely with nurses and their union.\u201d",
        "\u201cWe can't keep running the system on the goodwill of exhausted people,\u201d the union wrote in a "
        "post on Facebook.")
    last = x.quotes[-1]
    assert _speaker_names(x)[-1] is None
    assert _speaker_or_guess(x, last) == "Kelford Nurses Union" or last.described_as == "the union"


def test_the_district_said_is_the_regional_district_just_named():
    """Invented Canadian copy: '"Q," the district said' after 'The Regional District of
    Upper Kootenay issued the order' went to the wildfire service named before, 0.88."""
    x = _extracted(
        "The Wildfire Service said the blaze had grown to 1,800 hectares. \u201cGusty winds are driving aggressive "
        "fire behaviour,\u201d the service said in an update.",
        "The Regional District of Upper Kootenay issued the evacuation order just after 3 p.m. \u201cResidents "
        "must leave immediately,\u201d the district said. \u201cDo not stop to gather belongings.\u201d")
    assert _speaker_names(x)[1:] == ["Regional District of Upper Kootenay"] * 2


def test_words_that_go_on_after_one_aide_are_the_aides_not_the_papers():
    """Invented aggregator copy: '"A," one senior aide told the paper. "B."' gave B to the
    paper the report was in, 0.98."""
    x = _extracted(
        "But according to a report in the Capital Ledger, the defections run deeper than the governor's office "
        "admits. \u201cIt's not four. It's closer to nine,\u201d one senior aide told the paper. \u201cPeople are "
        "just waiting to see who blinks first.\u201d")
    assert _speaker_names(x) == [None, None]
    assert [q.described_as for q in x.quotes] == ["one senior aide"] * 2


def test_a_name_written_with_its_courtesy_title_is_one_of_its_forms():
    x = _extracted(
        "Nadia Quorn, a sociologist, studies migration. \u201cThe figures point both ways,\u201d Professor Quorn "
        "said. Tomas Verle, 70, agreed. \u201cI have seen it myself,\u201d Mr. Verle said.")
    forms = {p.name: set(p.forms) for p in x.people}
    assert "Professor Quorn" in forms["Nadia Quorn"] and "Mr. Verle" in forms["Tomas Verle"]


def test_a_source_a_paper_quoted_is_that_source_not_the_paper():
    """Invented aggregator copy: 'The paper quoted a senior Treasury source saying: "Q"'
    gave Q to the paper, 0.99."""
    x = _extracted(
        "According to the Evening Ledger, civil servants warned ministers about the target. The paper quoted a "
        "senior Treasury source saying: \u201cEveryone in the building knows the number is fiction.\u201d")
    assert _speaker_names(x)[-1] is None and x.quotes[-1].described_as == "a senior Treasury source"


def test_words_of_a_memo_someone_obtained_are_not_theirs():
    """Invented aggregator copy: 'Freedom Ledger has obtained a copy of an internal campaign
    memo describing the senator as "Q"' gave Q to the site, 0.98."""
    x = _extracted(
        "Freedom Ledger has obtained a copy of an internal Okoro campaign memo describing the senator as "
        "\u201cvulnerable on health care.\u201d A campaign spokesman, Luis Serra, confirmed the memo's authenticity.")
    assert _speaker_names(x) == [None]


def test_a_slogan_after_its_comma_is_a_title():
    """Invented campaign copy: 'mocked Trujo's campaign slogan, "Arizona Rising,"' gave the
    slogan to the one who mocked it, 0.997."""
    x = _extracted("Former Gov. Walt Marsh spoke at a rally on Monday.",
                   "Marsh also mocked Trujo's campaign slogan, \u201cArizona Rising,\u201d at the rally.")
    assert [(q.speaker, q.cue) for q in x.quotes] == [(None, "title")]


def test_a_sentence_after_a_quotation_that_ended_its_own_is_not_its_clause():
    """Invented campaign copy: 'Lee shot back that Roe was "a creature of Columbus." Roe
    laughed.' left the words to no one, with Roe as the guess."""
    x = _extracted("Dana Roe and Gordon Lee met for their final debate Tuesday.",
                   "Lee shot back that Roe was \u201ca creature of Columbus.\u201d Roe laughed.")
    assert _speaker_names(x) == ["Gordon Lee"]


def test_a_paragraph_that_says_whose_message_it_was_names_the_speaker():
    """Invented Canadian copy: a paragraph of words, then 'That was the message from Owen
    Paquette, who spoke during the public comment period.' gave them to the parent quoted
    before, 0.99."""
    x = _extracted(
        "Another parent, Jason Brandt, said families were considering pulling their kids out. \u201cIf we have to "
        "drive them ourselves, we might as well drive them to the school in Innisfail,\u201d he said.",
        "\u201cIt's not fair to kids who live in the country.\u201d",
        "That was the message from Owen Paquette, who spoke during the public comment period.")
    assert _speaker_names(x)[1] != "Jason Brandt"
    assert _speaker_or_guess(x, x.quotes[1]) in (None, "Owen Paquette")


def test_a_family_name_alone_is_the_namesake_who_opened_a_sentence_since():
    """Invented UK aggregator copy: a councillor Holm quoted, then 'Council leader Andrew
    Holm, who is not related to the councillor, defended the decision on local radio.
    Speaking to presenter Nigel Fane on Thornbury FM, he said: "Q"', then 'Holm added that
    the criticism was "politically motivated"': the councillor's, 0.998, and the "he" was
    read as the presenter."""
    x = _extracted(
        "\u201cNobody on the finance committee was told,\u201d councillor Derek Holm told the Gazette.",
        "Council leader Andrew Holm, who is not related to the councillor, defended the decision on local radio. "
        "Speaking to presenter Nigel Fane on Thornbury FM, he said: \u201cI make no apology for looking after the "
        "people who look after this town.\u201d",
        "Holm added that the criticism was \u201cpolitically motivated.\u201d")
    assert _speaker_names(x)[0] == "Derek Holm"
    assert _speaker_or_guess(x, x.quotes[1]) == "Andrew Holm"
    assert _speaker_names(x)[2] == "Andrew Holm"


def test_the_one_the_writer_asked_in_a_profile_is_the_one_the_headline_names():
    """Invented profile: 'I asked her whether she missed Bengaluru. "The coffee," she said.'
    after a school friend was quoted went to the friend, 0.97."""
    x = extract_article(Article(id="t", source="t", title="Dr Priya Raman's second act", paragraphs=[
        "Dr Priya Raman left a senior post in Bengaluru to open a clinic. \u201cIt was half a page,\u201d she said "
        "of her resignation letter.",
        "Meena Subra, who sat next to her in class at fourteen, remembers a debate competition. \u201cShe won "
        "anyway,\u201d Subra said.",
        "I asked her whether she missed Bengaluru. \u201cThe coffee,\u201d she said."]))
    assert _speaker_or_guess(x, x.quotes[-1]) == "Priya Raman"


def test_words_someone_is_remembered_saying_are_theirs():
    """Invented profile: 'Her teacher, Mr Daniel Rotte, remembers her telling the class, "Q"'
    gave the girl's words to the teacher, 0.86."""
    x = _extracted(
        "Faith Chebo won the marathon by four seconds. \u201cI don't remember the last two kilometres,\u201d she said.",
        "At twelve, Chebo was already running to school. Her primary school teacher, Mr Daniel Rotte, remembers "
        "her telling the class, \u201cOne day you will see me on the television.\u201d Rotte said he laughed.")
    assert _speaker_or_guess(x, x.quotes[-1]) == "Faith Chebo"


def test_he_replied_after_the_host_made_his_point_is_the_guest():
    """Invented interview recap: '"A," Fraser said. Lee pointed out that the paper had
    reported otherwise. "B," he replied.' gave B to the host Lee, 0.96."""
    x = _extracted(
        "On the show, host Sam Lee asked the minister, Paul Frost, whether the plan was costed. \u201cIt costs "
        "nothing,\u201d Frost said. Lee pointed out that the Lakeshore Sun had reported otherwise. \u201cI'd take "
        "that report with a grain of salt,\u201d he replied.")
    assert _speaker_names(x)[-1] != "Sam Lee"
    assert _speaker_or_guess(x, x.quotes[-1]) == "Paul Frost"


def test_a_family_name_alone_is_the_relative_who_just_opened_a_sentence():
    """Invented crime copy: 'Her sister, Ana Whitby, attended the hearing. "Q," Whitby
    said.' gave Q to the husband arrested, named first, 0.97."""
    x = _extracted(
        "Marcus Whitby, 41, was arrested Saturday. His wife, Janelle Whitby, 38, died at the hospital.",
        "Her sister, Ana Whitby, attended the hearing. \u201cShe deserved better,\u201d Whitby said.")
    assert _speaker_names(x) == ["Ana Whitby"]


def test_a_body_whose_name_opens_with_an_ing_word_keeps_it():
    """Invented copy: 'Downing Street said', 'Advertising Standards Canada said' made
    speaker pages "Street" and "Standards Canada"."""
    x = _extracted(
        "Downing Street said the Prime Minister had \u201cfull confidence\u201d in the health secretary.",
        "Advertising Standards Canada said it had received dozens of complaints. \u201cWe take every complaint "
        "seriously,\u201d the regulator said in a statement.")
    assert _speaker_names(x) == ["Downing Street", "Advertising Standards Canada"]
    x = _extracted("Addressing Acme Corp shareholders, Jo Roe said \u201cit was a good year.\u201d")
    assert _speaker_names(x) == ["Jo Roe"]


def test_a_body_of_two_fields_and_an_academy_is_one_body():
    """Invented entertainment copy: '"Q," the Irish Film and Television Academy said' was
    left to no one (the name split at "and")."""
    x = _extracted("\u201cIrish screen talent has never been stronger,\u201d the Irish Film and Television Academy "
                   "said in a statement.")
    assert _speaker_names(x) == ["Irish Film and Television Academy"]


def test_she_shot_back_after_the_hosts_question_is_not_the_host():
    """Invented interview recap: 'Roe pressed her on the spill. "Who pays for that?"' then
    '"The company pays," she shot back.' gave the answer to the host, 0.996."""
    x = _extracted(
        "Senator Dana Halvor on Sunday defended her vote, telling the show that she would cast the same vote again.",
        "\u201cDo you regret it?\u201d host Jo Roe asked.",
        "Roe pressed her on the spill last spring. \u201cForty thousand gallons went into the river. Who pays for "
        "that?\u201d",
        "\u201cThe company pays for it, every cent,\u201d she shot back.")
    assert _speaker_names(x)[-1] != "Jo Roe"


def test_words_someone_captioned_are_theirs_and_a_name_dubbed_by_the_media_is_a_title():
    """Invented entertainment and crime copy: '"Q," Vikram Roy captioned a photo' was left to
    no one; 'The trial, dubbed by some local media "the Riverside Lofts case," ..., said Paul
    Harl' gave the nickname to Harl, 0.97."""
    x = _extracted("\u201cProud of you every single day,\u201d Vikram Roy captioned a photo of the couple.")
    assert _speaker_names(x) == ["Vikram Roy"]
    x = _extracted("The trial, dubbed by some local media \u201cthe Riverside Lofts case,\u201d is expected to last two "
                   "weeks, said Paul Harl.")
    assert [(q.speaker, q.cue) for q in x.quotes] == [(None, "title")]


def test_a_man_known_by_his_family_name_is_not_the_woman_named_in_full_later():
    """Issue 27, on the real-set site: "President Roe ... told Mr. Roe", then "the first lady,
    Jane Roe": one person "Jane Roe" with "Mr. Roe" among her names."""
    x = _extracted(
        "As President Obana faced criticism, one lawmaker reassured him.",
        "\u201cThat was a good speech,\u201d Representative Steve Cohn told Mr. Obana as he stopped.",
        "It was one of hundreds of interactions that the president and the first lady, Michelle Obana, have.")
    forms = {p.name: p.forms for p in x.people}
    assert "Mr. Obana" not in forms.get("Michelle Obana", [])


def test_what_a_described_body_called_something_is_not_a_persons():
    """Invented profile: 'The guide praised what it called "Q", a phrase Tierney has since
    had printed' gave Q to a cousin Tierney, and made his speaker page an organisation."""
    x = _extracted(
        "It was a phone call from Padraig Tiernan, a cousin who ran a hotel, that brought her back.",
        "The inspectors came in 2022. The guide praised what it called \u201can honest kitchen with no interest in "
        "fashion\u201d, a phrase Tiernan has since had printed on the aprons.")
    assert _speaker_names(x) == [None] and x.quotes[0].described_as == "the guide"
    assert all(p.kind == "person" for p in x.people if p.name == "Padraig Tiernan")


def test_an_unattributed_answer_to_a_hosts_question_is_not_the_hosts():
    """Invented interview recap: '"Not this morning," Cotill said.' / '"Then when?" Keane
    asked.' / '"Before the election. You have my word."' gave the answer to the host, 0.89."""
    x = _extracted(
        "Opposition Leader Bradley Cotill has labelled the target a fantasy, in an interview that aired Sunday.",
        "Host Siobhan Keane asked what that target would be. \u201cWill you give us a number this morning?\u201d",
        "\u201cNot this morning,\u201d Cotill said with a laugh.",
        "\u201cThen when?\u201d Keane asked.",
        "\u201cBefore the election. You have my word.\u201d")
    assert _speaker_names(x)[-1] != "Siobhan Keane"


def test_a_name_with_a_body_in_apposition_is_a_body():
    """Invented copy: 'Redhill Iron, the company at the centre of the case, said' and 'Shared
    Care, the provincial health organization, said' gave speaker pages typed person."""
    x = _extracted(
        "Redhill Iron, the company at the centre of the case, said in a statement: \u201cWe deny it all.\u201d",
        "Shared Care, the provincial health organization, said in a statement that it \u201ccontinues to work "
        "closely with nurses.\u201d",
        "Jo Roeburn, the company's founder, said: \u201cWe will appeal.\u201d")
    kinds = {p.name: p.kind for p in x.people}
    assert kinds["Redhill Iron"] != "person" and kinds["Shared Care"] != "person"
    assert kinds["Jo Roeburn"] == "person"


def test_a_kenyan_county_member_is_a_role_not_a_body():
    """Invented Kenyan copy: '"Q," the Kolwa East MCA said' made an organisation "Kolwa East
    MCA" the speaker, 0.95."""
    x = _extracted(
        "Kolwa East MCA Hon. Jared Otieno Ouma accused the county executive of favouritism. \u201cIt is not "
        "fair,\u201d Ouma told journalists.",
        "\u201cWe will table the amendment by Friday,\u201d the Kolwa East MCA said on Wednesday.")
    assert _speaker_names(x) == ["Jared Otieno Ouma"] * 2


def test_a_senior_advocate_named_in_apposition_to_counsel_is_the_speaker():
    """Invented Nigerian court copy: 'Counsel to Ogunbi, Chief Emeka Obiro SAN, objected.
    "Q," he told the court.' gave Q to the client, 0.97 (the letters after the name made it
    no name)."""
    x = _extracted(
        "Text messages between a former managing director, Adewale Ogunbi, and a colleague were read out.",
        "Counsel to Ogunbi, Chief Emeka Obiro SAN, objected. \u201cThese messages have been stripped of their "
        "context,\u201d he told the court.")
    assert _speaker_names(x) == ["Emeka Obiro"]


def test_she_wrote_after_an_email_from_someone_is_the_one_it_is_from():
    """Invented book-review copy: 'The book reproduces an email from the fund's managing
    partner, Tan Wei Ling, to Mwanga. "Q," she wrote.' gave Q to Mwanga, 0.95."""
    x = _extracted(
        "In his new book, the fintech founder Otieno Mwanga recounts the collapse of his partnership.",
        "The book reproduces a 2019 email from the fund's managing partner, Tan Wei Ling, to Mwanga. \u201cWe are "
        "not a charity,\u201d she wrote.")
    assert _speaker_names(x) != ["Otieno Mwanga"]
    assert _speaker_or_guess(x, x.quotes[0]) == "Tan Wei Ling"


def test_father_with_the_family_name_is_the_priest_not_his_brother():
    """Invented parish copy: 'Father Declan Branagh ... His younger brother, Padraig Branagh,
    ... "Q," Padraig Branagh said. ... "R," Father Branagh said.' gave R to the brother, 0.995."""
    x = _extracted(
        "Father Declan Branagh, the parish priest, told a public meeting that the parish was not opposed.",
        "His younger brother, Padraig Branagh, sees it differently. \u201cHalf the class aren't Catholic,\u201d "
        "Padraig Branagh said.",
        "The priest smiled. \u201cWe have argued since we were six,\u201d Father Branagh said.")
    assert _speaker_names(x) == ["Padraig Branagh", "Declan Branagh"]


def test_a_child_named_with_an_age_and_a_description_is_someone_her_she_may_be():
    """Invented school copy: 'Chiamaka, 12, a primary six pupil, said she missed her desk.
    "Q," she said.' gave Q to the head teacher quoted before, 0.97; 'Megan, whose twin sons
    attend the school, helped organize it. "R," she said.' gave R to a boy quoted before."""
    x = _extracted(
        "The head teacher, Mrs. Ngozi Eze, said pupils had been taking lessons in a church. \u201cWe need our "
        "school back,\u201d Mrs. Eze said.",
        "Chiamaka, 12, a primary six pupil, said she missed her desk. \u201cI used to sit by the window,\u201d she said.")
    assert _speaker_names(x) == ["Ngozi Eze", "Chiamaka"]
    x = _extracted(
        "Jayden, 10, a fourth-grader, wrote the principal a letter. \u201cShe said no,\u201d Jayden said.",
        "Parents planned a surprise assembly. Megan, whose twin sons attend the school, helped organize it. "
        "\u201cWe wanted the kids to do it, not the adults,\u201d she said.")
    assert _speaker_names(x)[-1] != "Jayden"


def test_she_said_after_a_relative_not_named_is_the_relatives():
    """Invented conflict copy: 'A relative of one of the hostages said the family had not
    slept in days. "Q," she said.' gave Q to the analyst quoted before, 0.96."""
    x = _extracted(
        "\u201cEvery video is a fundraising tool,\u201d said Rhea Salend, an analyst.",
        "A relative of one of the hostages said the family had not slept in days. \u201cWe watch the video again "
        "and again,\u201d she said.")
    assert _speaker_names(x) == ["Rhea Salend", None]
    assert x.quotes[1].described_as == "a relative of one of the hostages"

