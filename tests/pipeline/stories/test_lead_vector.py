"""A long text reads past its lead (`more_terms`): two long reports that spend their leads on their
own background meet on the event they tell further on. And it is also scored by its opening: a
piece that opens on the day's event and goes on about other things still joins the event's story.
Texts written for these tests (the background is made-up words)."""

from dataclasses import replace
from itertools import product

from pipeline.stories import features
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.features import LEAD_WORDS, MORE_WORDS, ArticleFeatures
from tests.pipeline.stories.test_lead_names import FROST, window_with_frost
from tests.pipeline.stories.texts import at, feat

OPENING = (
    "Nederland krijgt tijdens de kerstdagen strenge vorst, meldt het KNMI: in de nacht tot min tien graden. "
    "Vooral in het noorden en oosten van het land kan het flink vriezen, en op de wegen wordt het glad. "
)
# made-up words of five letters, none of the story's (too short to give a compound-prefix term)
_BACKGROUND = ["x" + a + b + c + d for a, b, c, d in product("bdfgklmnprstvz", "aeiou", "bdfgklmnprstvz", "aeiou")]


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
    # a threshold between the two vectors' scores with the frost story, and no second look nor plain look below it
    strict = replace(ClusterSettings(), threshold=0.7, rescue_floor=0.7, plain_cosine=0.7)
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


EVENT = (
    "De brug over de Lek bij Vianen is dinsdag urenlang dicht geweest nadat een vrachtschip tegen een pijler "
    "voer. Rijkswaterstaat onderzoekt of de pijler beschadigd is; de scheepvaart werd stilgelegd en het verkeer "
    "op de A2 stond vast tot aan Utrecht. De schipper van het vrachtschip is door de politie verhoord. "
)


def report(title: str, prefix: str) -> tuple[str, str]:
    """A long report that spends its lead on its own background (made-up words) and tells the event after."""
    own = [prefix + w[1:] for w in _BACKGROUND[: LEAD_WORDS + 10]]
    return title, "\n\n".join([" ".join(own), EVENT * 2])


def test_two_long_reports_meet_on_what_they_tell_past_their_leads(monkeypatch):
    def first_and_second() -> tuple[ArticleFeatures, ArticleFeatures]:
        return (
            feat("a", "Trouw", at(0, 2), *report("Verhaal van de dag", "y")),
            feat("b", "NRC", at(0, 4), *report("Achtergrond", "q")),
        )

    first, second = first_and_second()
    assert not {t for t, _ in first.terms} & {t for t, _ in second.terms}  # their leads share no term
    store, _ = window_with_frost(ClusterSettings())
    story = assign(first, store).story_id
    assert assign(second, store).story_id == story
    monkeypatch.setattr(features, "MORE_WORDS", LEAD_WORDS)  # reading the leads only: two stories
    first, second = first_and_second()
    store, _ = window_with_frost(ClusterSettings())
    assign(first, store)
    assert assign(second, store).created
