"""Cross-article speaker resolution: one Speaker per real person, nobody merged wrongly."""
from __future__ import annotations

import itertools

import pytest

from generator.model import ArticleExtraction, Person
from generator.resolve import resolve_speakers, same_person, _tokens


def ex(article: str, *people: Person) -> ArticleExtraction:
    return ArticleExtraction(article=article, people=list(people))


def P(name: str, *forms: str, roles=(), kind="person") -> Person:
    return Person(name=name, forms=[name, *forms], roles=list(roles), kind=kind)


def ids(extractions):
    speakers, mapping = resolve_speakers(extractions)
    return speakers, mapping


def same(mapping, a, b) -> bool:
    return mapping[a] == mapping[b]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Volodar Zelinsky", "Volodar Zelinskiy"),  # -y / -iy
        ("Volodar Zelinskyy", "Volodar Zelinsky"),  # -yy / -y
        ("Vassily Karpenya", "Vasily Karpenia"),  # ss/s and -ya/-ia
        ("Sergey Dromov", "Sergei Dromov"),  # -ey/-ei
        ("Park Ji-won", "Park Ji Won"),  # hyphen or space
        ("Park Ji-won", "Park Jiwon"),
        ("José Ibáñez", "Jose Ibanez"),  # accents
        ("Harriet B. Quill", "Harriet Quill"),  # middle initial
        ("Marcus Delaney III", "Marcus Delaney"),  # suffix
        ("Aleksandr Voronezhsky", "Alexandr Voronezhsky"),  # edit distance 1 on the given name
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(_tokens(a), _tokens(b))


@pytest.mark.parametrize(
    "a, b",
    [
        ("Park Ji-won", "Park Dae-jin"),  # shared family name, different given name
        ("Lee Sung-ho", "Lee Sung-min"),
        ("Daniel Ortega-Ruiz", "Danielle Ortega-Ruiz"),  # given names 2 edits apart
        ("Anna Berg", "Anja Berg"),  # short given names: no fuzzy match
        ("Tomas Weller", "Tomas Waller"),  # short surnames: no fuzzy match
        ("Kim Tae-ho", "Kim Jong Su"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(_tokens(a), _tokens(b))


def test_surname_only_joins_the_full_name_of_another_article() -> None:
    speakers, m = ids([
        ex("a1", P("Orla Quinlivan", "Quinlivan", roles=["Trade Minister"])),
        ex("a2", P("Quinlivan")),
    ])
    assert same(m, ("a1", 0), ("a2", 0))
    (sp,) = speakers
    assert sp.name == "Orla Quinlivan"
    assert sp.id == "orla-quinlivan"
    assert sp.articles == ["a1", "a2"]
    assert sp.roles == [("Trade Minister", "a1")]
    assert sp.aliases == ["Quinlivan"]


def test_shared_surname_is_not_merged_and_bare_surname_is_not_guessed() -> None:
    speakers, m = ids([
        ex("a1", P("Park Ji-won", "Park", roles=["Trade Minister"])),
        ex("a2", P("Park Dae-jin", roles=["Opposition leader"])),
        ex("a3", P("Park")),  # which Park? nothing says: a speaker of its own
    ])
    assert len({m[("a1", 0)], m[("a2", 0)], m[("a3", 0)]}) == 3


def test_bare_surname_goes_to_the_namesake_sharing_a_role() -> None:
    speakers, m = ids([
        ex("a1", P("Park Ji-won", roles=["Trade Minister"])),
        ex("a2", P("Park Dae-jin", roles=["Opposition leader"])),
        ex("a3", P("Park", roles=["the trade minister"])),
    ])
    assert same(m, ("a1", 0), ("a3", 0))
    assert not same(m, ("a2", 0), ("a3", 0))


def test_transliterations_merge_across_articles_and_keep_aliases() -> None:
    speakers, m = ids([
        ex("a1", P("Vasily Karpenya", "Karpenya")),
        ex("a2", P("Vassily Karpenia", "Karpenia")),
        ex("a3", P("Vassily Karpenia")),
    ])
    assert len(set(m.values())) == 1
    (sp,) = speakers
    assert sp.name == "Vassily Karpenia"  # the most used form
    assert set(sp.aliases) == {"Vasily Karpenya", "Karpenya", "Karpenia"}


def test_groups_merge_on_name_and_abbreviation_never_with_people() -> None:
    speakers, m = ids([
        ex("a1", P("United States", kind="group"), P("Jordan Wells")),
        ex("a2", P("U.S.", kind="group")),
        ex("a3", P("Jordan", kind="group")),
    ])
    assert same(m, ("a1", 0), ("a2", 0))
    assert not same(m, ("a1", 1), ("a3", 0))
    kinds = {sp.id: sp.kind for sp in speakers}
    assert kinds[m[("a1", 0)]] == "group"
    assert kinds[m[("a1", 1)]] == "person"


def test_id_collisions_are_disambiguated_deterministically() -> None:
    speakers, m = ids([
        ex("a1", P("Park")),
        ex("a2", P("Park", kind="group")),
    ])
    assert sorted(sp.id for sp in speakers) == ["park", "park-2"]
    assert m[("a1", 0)] != m[("a2", 0)]


def test_output_does_not_depend_on_input_order() -> None:
    xs = [
        ex("a1", P("Vasily Karpenya", "Karpenya"), P("Park Ji-won")),
        ex("a2", P("Karpenia"), P("Park")),
        ex("a3", P("Vassily Karpenia", roles=["Ambassador"])),
        ex("a4", P("Park Dae-jin"), P("Volodar Zelinskiy")),
        ex("a5", P("Volodar Zelinsky", "Zelinsky")),
    ]
    first = resolve_speakers(xs)
    for perm in itertools.islice(itertools.permutations(xs), 0, 120, 7):
        assert resolve_speakers(list(perm)) == first


def test_every_person_is_mapped_to_an_existing_speaker() -> None:
    xs = [ex("a1", P("Ada Lind"), P("Lind")), ex("a2", P("Bo Strand"), P("Ministry", kind="group"))]
    speakers, m = resolve_speakers(xs)
    known = {sp.id for sp in speakers}
    assert set(m) == {("a1", 0), ("a1", 1), ("a2", 0), ("a2", 1)}
    assert set(m.values()) <= known
    assert len(known) == len(speakers)
