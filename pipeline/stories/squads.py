"""The women's and the men's team of one sport: two events. A tournament's semi-final of the men
("Deceptie voor hockeyers: geen EK-finale") and the women's a day later ("Hockeysters overtuigend naar
EK-finale") share the tournament, the round and most words, and are two matches.

Dutch writes a women's team as a plural of `-ster` ("hockeysters", "Oranje-hockeysters", "wielrensters") and the
men's as the plural of `-er` on the same root ("hockeyers", "wielrenners", "voetballers": the root's last consonant
doubled). A headline's plural `-sters` gives a mark `squad:<root>:women`, each other plural `-ers` gives
`squad:<root>:men` for the root as it would read with `-sters` ("voetballers" → "voetbal"). A word alone says no sex
("ministers", "bouwers"): only a root written both ways tells two teams (`clash`)."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.stories.mark_kinds import of_kind
from pipeline.text.dutch_rules import LETTER_WORD

KIND = "squad"
WOMEN, MEN = "women", "men"
_WOMEN_ENDING = "sters"  # "hockeysters", "wielrensters"
_MEN_ENDINGS = ("ers", "ërs")  # "hockeyers", "waterpoloërs"
MIN_ROOT = 4  # a shorter root is no sport's word ("zusters": "zu")


def _roots(word: str) -> tuple[tuple[str, str], ...]:
    """(root, sex) readings of one lower-case word: a `-sters` plural is women's; a `-ers` plural is men's, its
    root read as written and with a doubled last consonant undone ("voetball" → "voetbal")."""
    if word.endswith(_WOMEN_ENDING):
        root = word[: -len(_WOMEN_ENDING)]
        return ((root, WOMEN),) if len(root) >= MIN_ROOT else ()
    ending = next((e for e in _MEN_ENDINGS if word.endswith(e)), None)
    if ending is None:
        return ()
    root = word[: -len(ending)]
    roots = {root}
    if len(root) > 2 and root[-1] == root[-2] and root[-1] not in "aeiou":
        roots.add(root[:-1])
    return tuple((r, MEN) for r in sorted(roots) if len(r) >= MIN_ROOT)


def marks(title: str) -> frozenset[str]:
    """`squad:<root>:<sex>` for the headline's plurals that may name a team ("Oranje-hockeysters": its last part)."""
    words = (part for w in LETTER_WORD.findall(title.lower()) for part in w.split("-"))
    return frozenset(f"{KIND}:{root}:{sex}" for w in words for root, sex in _roots(w))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """One root the article's headline writes for one sex only and the story's headlines for the other only:
    the women's and the men's team, two events; or both sexes, beside a story of one team only (a report of both
    finals joins neither final's story, which would then gather the other final)."""
    mine, theirs = _by_root(of_kind(article, KIND)), _by_root(of_kind(story, KIND))
    return any(len(theirs.get(root, sexes)) == 1 and theirs.get(root, sexes) != sexes for root, sexes in mine.items())


def _by_root(values: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for value in values:
        root, _, sex = value.rpartition(":")
        out.setdefault(root, set()).add(sex)
    return out
