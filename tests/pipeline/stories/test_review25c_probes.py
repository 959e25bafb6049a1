"""Review probes (review25c) of stories25b/fixstories25: the prior of Dutch word rarity. Each test states
the behaviour a reader needs; each xfailed (strict) on the reviewed code and passes since fixstories25b.
Texts written for these probes."""

from __future__ import annotations

import fnmatch
import gzip
import tomllib
from pathlib import Path

import pytest

from pipeline.errors import BriefError
from pipeline.stories import rarity
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import marks
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.terms import stem
from pipeline.stories.vectors import tfidf
from tests.pipeline.stories.test_review25_probes import LEADER, window
from tests.pipeline.stories.texts import at, feat

ROOT = Path(__file__).resolve().parents[3]

# --- an empty store: two different events that share a rare place name --------------------------

SEAL = (
    "Zeehond Snuffie ontsnapt uit opvang Pieterburen",
    "Een jonge zeehond is dinsdagnacht ontsnapt uit de zeehondenopvang in Pieterburen, in de gemeente Het "
    "Hogeland. Het gaat om Snuffie, een pup die vorige maand ziek werd gevonden op het strand.",
)
FARM_FIRE = (
    "Brand verwoest boerderij in Pieterburen",
    "Een grote brand heeft dinsdagnacht een boerderij in Pieterburen, in de gemeente Het Hogeland, verwoest. "
    "De bewoners konden op tijd naar buiten. Tientallen koeien kwamen om. De oorzaak van de brand is nog onbekend.",
)

# Flemish: "politiezone", "parket", "onderzoeksrechter" are everyday words of Flemish news, rare in the Dutch list
ALDERMAN = (
    "Schepen van Mobiliteit in Lier stapt op",
    "De schepen van Mobiliteit van Lier stapt op na kritiek in de gemeenteraad. Het parket onderzoekt een klacht "
    "over zijn onkostennota's. De politiezone Lier bevestigt dat er een huiszoeking was.",
)
HIT_AND_RUN = (
    "Vluchtmisdrijf in Lier: fietser zwaargewond",
    "Een fietser is in Lier zwaargewond geraakt bij een vluchtmisdrijf. Het parket stelde een onderzoeksrechter "
    "aan. De politiezone Lier zoekt getuigen.",
)

# numbers ('#2027', '#12') are never in the table: the prior reads the year as rare as a unique name
TAX = (
    "Zwolle verhoogt OZB in 2027 met 12 procent",
    "De gemeente Zwolle verhoogt in 2027 de onroerendezaakbelasting met 12 procent. Huiseigenaren betalen "
    "gemiddeld 48 euro meer, meldt de wethouder van Financiën.",
)
WELFARE = (
    "Assen: 12 procent meer bijstandsaanvragen in 2027 verwacht",
    "De gemeente Assen verwacht in 2027 12 procent meer aanvragen voor bijstand. Dat staat in de begroting die "
    "de wethouder dinsdag presenteerde.",
)


def _second_opens_a_story(first: tuple[str, str], second: tuple[str, str]) -> bool:
    store = MemoryStoryStore()
    assign(feat("a", "Dagblad", at(), *first), store)
    return assign(feat("b", "Omroep", at(hours=2), *second), store).created


def test_two_events_in_one_small_village_are_two_stories_in_an_empty_store():
    assert _second_opens_a_story(SEAL, FARM_FIRE)


def test_two_flemish_events_in_one_town_are_two_stories_in_an_empty_store():
    assert _second_opens_a_story(ALDERMAN, HIT_AND_RUN)


def test_two_budget_items_sharing_a_year_and_a_percentage_are_two_stories():
    assert _second_opens_a_story(TAX, WELFARE)


def test_the_coming_year_weighs_less_than_a_rare_word_in_an_empty_store():
    store = MemoryStoryStore()
    article = feat("a", "x", at(), "Zeehond in 2027 terug", "De zeehond komt in 2027 terug naar zee.")
    store.add_document([t for t, _ in article.terms], article.day)
    weights = tfidf(article, store, prior_docs=50.0)
    assert weights["#2027"] < 0.8 * weights[stem("zeehond")]


# --- a first name that is also a Dutch stopword ("Ben", "Dan") -----------------------------------

# another rider's news about the tour of LEADER (Verhoeven's), a rider called Ben (Ben Hermans, Ben Healy, Dan Martin)
BEN_RIDER = (
    "Hermans maakt debuut in Ronde van Portugal",
    "De renner Ben Hermans maakt zaterdag in Lissabon zijn debuut in de Ronde van Portugal. De renner van Team "
    "Kust mikt in de Portugese rittenkoers op een zege in een van de vlakke ritten.\n\nHermans was dit voorjaar "
    "snel in de sprints. Zijn ploeg hoopt op een ritzege in de eerste week.",
)


def test_another_riders_news_stays_apart_when_his_first_name_is_ben():
    assert feat("nu", "NU.nl", at(0, 3), *BEN_RIDER).actors == {"hermans"}
    store = window(ClusterSettings())
    leader = assign(feat("nos", "NOS", at(0, 1), *LEADER), store).story_id
    assert assign(feat("nu", "NU.nl", at(0, 3), *BEN_RIDER), store).story_id != leader


# --- a tiebreak in brackets read as an age --------------------------------------------------------

FINAL_SHORT_TIEBREAK = (
    "Bertens wint in Rosmalen",
    "Kiki Bertens heeft het grastoernooi van Rosmalen gewonnen. In de finale won ze met 7-6 (5) 6-4 van Simona "
    "Halep. Het is haar tiende titel.",
)
FINAL_WITH_AGE = (
    "Bertens pakt tiende titel in Rosmalen",
    "Kiki Bertens (27) heeft in Rosmalen haar tiende titel gepakt. Ze versloeg in de finale Simona Halep met 7-6 6-4.",
)


def test_two_reports_of_one_final_one_giving_the_tiebreak_are_one_story():
    assert not any(m.startswith("age:") for m in marks(FINAL_SHORT_TIEBREAK[0], FINAL_SHORT_TIEBREAK[1]))
    store = MemoryStoryStore()
    first = assign(feat("a", "NOS", at(), *FINAL_SHORT_TIEBREAK), store)
    second = assign(feat("b", "AD", at(hours=1), *FINAL_WITH_AGE), store)
    assert second.story_id == first.story_id


# --- the table missing or damaged ----------------------------------------------------------------


def _assign_with_table(monkeypatch, tmp_path: Path, content: bytes | None) -> BaseException | None:
    table = tmp_path / "rarity_nl.tsv.gz"
    if content is not None:
        table.write_bytes(content)
    monkeypatch.setattr(rarity, "TABLE", table)
    rarity._shares.cache_clear()
    try:
        assign(feat("a", "Dagblad", at(), *SEAL), MemoryStoryStore())
    except Exception as error:  # noqa: BLE001 - the probe asks which kind
        return error
    finally:
        rarity._shares.cache_clear()
    return None


def _one_clear_error_or_none(error: BaseException | None) -> bool:
    """A defined fallback (no error) or one actionable line (a BriefError naming the table)."""
    return error is None or (isinstance(error, BriefError) and "rarity" in str(error) and "\n" not in str(error))


def test_a_missing_table_gives_one_clear_error_or_a_fallback(monkeypatch, tmp_path):
    assert _one_clear_error_or_none(_assign_with_table(monkeypatch, tmp_path, None))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda good: good[: len(good) // 2], id="truncated"),
        pytest.param(lambda good: b"not gzip", id="not-gzip"),
        pytest.param(lambda good: gzip.compress(b"@nederland\tveel\n"), id="bad-value"),
    ],
)
def test_a_damaged_table_gives_one_clear_error_or_a_fallback(monkeypatch, tmp_path, damage):
    good = (ROOT / "pipeline/stories/data/rarity_nl.tsv.gz").read_bytes()
    assert _one_clear_error_or_none(_assign_with_table(monkeypatch, tmp_path, damage(good)))


# --- packaging -----------------------------------------------------------------------------------


def test_the_wheel_ships_the_tables_licence_note_with_the_table():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    patterns = data.get("pipeline.stories", [])
    assert any(fnmatch.fnmatch("data/rarity_nl.tsv.gz", p) for p in patterns)
    assert any(fnmatch.fnmatch("data/README.md", p) for p in patterns)
