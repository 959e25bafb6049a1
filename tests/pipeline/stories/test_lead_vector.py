"""A long text is also scored by its opening: a background piece that opens on the day's event and
goes on about other things for hundreds of words still joins the event's story. Texts written for
these tests (the background is made-up words)."""

from dataclasses import replace
from itertools import product

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.features import LEAD_WORDS, MORE_WORDS
from tests.pipeline.stories.test_lead_names import FROST, window_with_frost
from tests.pipeline.stories.texts import at, feat

OPENING = (
    "Nederland krijgt tijdens de kerstdagen strenge vorst, meldt het KNMI: in de nacht tot min tien graden. "
    "Vooral in het noorden en oosten van het land kan het flink vriezen, en op de wegen wordt het glad. "
)
_SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ve", "ro", "bi", "du"]
_BACKGROUND = [a + b + c for a, b, c in product(_SYLLABLES, repeat=3)]  # made-up words, none of the story's


def long_piece() -> tuple[str, str]:
    """A headline, an opening on the frost as long as the lead (the same lines again and again, as a
    long piece comes back to its subject), then background words past MORE_WORDS."""
    repeats = LEAD_WORDS // len(OPENING.split()) + 1
    filler = " ".join(_BACKGROUND[: MORE_WORDS - LEAD_WORDS + 100])
    return "Kerst in de kou", "\n\n".join([OPENING] * repeats + [filler])


def test_a_long_text_keeps_the_terms_past_its_lead_apart():
    piece = feat("tw", "Trouw", at(0, 5), *long_piece())
    lead, more = {t for t, _ in piece.terms}, {t for t, _ in piece.more_terms}
    assert more - lead and not lead & set(_BACKGROUND)  # the background lies past the lead only
    assert dict(piece.all_terms()).keys() == lead | more
    short = feat("nos", "NOS", at(0, 1), *FROST)
    assert short.more_terms == () and short.all_terms() == short.terms


def test_a_long_piece_opening_on_the_event_joins_its_story_by_its_opening():
    # a threshold between the two vectors' scores with the frost story, and no second look
    strict = replace(ClusterSettings(), threshold=0.7, rescue_floor=0.7)
    store, frost = window_with_frost(strict)
    assert assign(feat("tw", "Trouw", at(0, 5), *long_piece()), store, strict).story_id == frost
    whole_only = replace(strict, lead_vector=False)  # its longer vector reads the background too
    store, frost = window_with_frost(whole_only)
    assert assign(feat("tw", "Trouw", at(0, 5), *long_piece()), store, whole_only).created


def test_more_terms_survive_the_catalogs_json_and_old_features_read_as_none():
    piece = feat("tw", "Trouw", at(0, 5), *long_piece())
    data = piece.to_json()
    assert type(piece).from_json(data) == piece
    del data["more_terms"]
    assert type(piece).from_json(data).more_terms == ()
