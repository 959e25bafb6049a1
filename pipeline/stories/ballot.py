"""One election followed over days: the campaign's last debate, election day, results night and each party's
reaction to its result share few rare words ("Forum wint", "D66 verliest drie zetels", "Vechten tot de laatste
snik"), yet they are one development: one body elected on one date. A Dutch body is elected on one national day
every few years, so two reports of its election within the clusterer's window (days) are reports of one election.

Where the headline or the lead (`features.LEAD_CHARS`) names a body of `BALLOTS` and a word of an election
(`ELECTION_PARTS`: "Statenverkiezingen", "exitpoll", "uitslagenavond", "stembus"), the article gets a mark
`ballot:<ballot>`. The Senate is chosen by the provincial councils and the water boards are elected on the same
day as they are, so their results are the provincial elections' news (one ballot). Not marked: the European
elections (one day, but each country's own election, reported apart), a council (a town's council election or
its vote on a plan), a foreign body (no body of `BALLOTS` names one: "Senaat" of the United States is read as the
Dutch Senate only with an election word beside it).

A story and an article sharing a ballot mark join at the bar when the score reaches `ballot_floor` and no clash
says another event (`story_score.score`); a party's other news names no election and joins nothing by it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.elected import BODIES, ONE_BALLOT
from pipeline.stories.mark_kinds import of_kind
from pipeline.text.dutch_rules import LETTER_WORD

# a word holding one of these is a word of an election ("statenverkiezingen", "verkiezingsavond", "exitpolls")
ELECTION_PARTS = ("verkiez", "stembus", "exitpoll", "uitslagenavond")
# a ballot and how a text names the bodies it elects: `elected.BODIES` of the bodies a Dutch national ballot elects,
# grouped by `elected.ONE_BALLOT` (the Senate and the water boards: the provincial ballot); not Europe, not a council
BALLOT_BODIES = ("province", "senate", "water", "house")
BALLOTS: dict[str, tuple[str, ...]] = {
    ballot: tuple(name for body in BALLOT_BODIES if ONE_BALLOT.get(body, body) == ballot for name in BODIES[body])
    for ballot in dict.fromkeys(ONE_BALLOT.get(body, body) for body in BALLOT_BODIES)
}
# a word of the election's own days, its campaign's end and its results night ("slotdebat", "exitpoll",
# "prognoses"), not of its aftermath ("de uitslag van vorige week", "na de verkiezingen", a new poll)
DAY_PARTS = ("exitpoll", "prognose", "uitslagenavond", "verkiezingsavond", "slotdebat", "campagne")
_BALLOT = {ballot: re.compile("|".join(r"\b" + re.escape(n) for n in names)) for ballot, names in BALLOTS.items()}


def marks(title: str, lead: str) -> frozenset[str]:
    """`ballot:<ballot>` for each ballot whose body the headline and lead name beside a word of an election, and
    `ballotday:<ballot>` too where they speak of its days (a word of `DAY_PARTS`)."""
    text = " ".join((title + " " + lead).lower().split())
    words = LETTER_WORD.findall(text)
    if not any(any(p in w for p in ELECTION_PARTS) for w in words):
        return frozenset()
    ballots = [ballot for ballot, pattern in _BALLOT.items() if pattern.search(text)]
    kinds = ("ballot", "ballotday") if any(any(p in w for p in DAY_PARTS) for w in words) else ("ballot",)
    return frozenset(f"{kind}:{ballot}" for ballot in ballots for kind in kinds)


def same(article: Iterable[str], story: Iterable[str]) -> bool:
    """The article reports a ballot whose days (campaign end, results night) the story reports."""
    return bool(of_kind(article, "ballot") & of_kind(story, "ballotday"))
