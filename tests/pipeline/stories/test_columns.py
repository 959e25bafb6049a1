"""A column of short news ("In de rubriek Sport Kort ...") tells several events under one headline: a
short lead about an item below its first does not join it by the second look."""

from pipeline.stories.cluster import assign
from pipeline.stories.events import COLUMN, marks
from tests.pipeline.stories.test_rescue import SHORT_LEAD
from tests.pipeline.stories.texts import at, feat, unrelated_window
from tests.pipeline.stories.wire_texts import BRUG_FULL

INTRO = "In de rubriek Kort Nieuws zet de redactie elke dag de kleinere berichten uit de regio op een rij."
FIRST_ITEM = (
    "In een sporthal in Apeldoorn heeft vannacht een felle brand gewoed. De brandweer had het vuur na twee uur "
    "onder controle; niemand raakte gewond."
)


def _column_then_lead(intro: str) -> tuple[int, int]:
    store = unrelated_window(None)
    body = "\n\n".join(p for p in (intro, FIRST_ITEM, BRUG_FULL) if p)
    column = assign(feat("tg", "De Telegraaf", at(0, 1), "Kort Nieuws: brand verwoest sporthal Apeldoorn", body), store)
    lead = assign(feat("nu", "NU.nl", at(0, 5), *SHORT_LEAD), store)
    return column.story_id, lead.story_id


def test_a_short_lead_on_a_columns_later_item_stays_apart():
    column, lead = _column_then_lead(INTRO)
    assert lead != column


def test_the_same_text_without_the_column_intro_takes_the_lead():
    column, lead = _column_then_lead("")
    assert lead == column  # the second look: the rare name and a headline term


def test_the_column_mark_is_read_from_the_lead_only():
    assert COLUMN in marks("Sport Kort: Svitolina wint", INTRO)
    assert COLUMN not in marks("Svitolina wint", "Zij won in de rubriek van vandaag niets.")
