from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

TUESDAY = (
    "Warm weer: vandaag tot 29 graden, morgen nog warmer",
    "Het wordt warm in het hele land. Vandaag loopt de temperatuur op tot 29 graden, zegt meteoroloog Jan "
    "de Wind. Morgen wordt het nog warmer, met in het zuiden tropische temperaturen en later onweersbuien.",
)
WEDNESDAY = (
    "Warm weer met onweer: vandaag tot 31 graden",
    "Het blijft warm in het hele land. Vandaag loopt de temperatuur op tot 31 graden, zegt meteoroloog Jan "
    "de Wind. In de avond volgen onweersbuien met hagel, morgen wordt het minder warm en tropische "
    "temperaturen blijven uit.",
)


def test_forecasts_of_two_days_are_two_stories():
    store = MemoryStoryStore()
    first = assign(feat("a", "NU.nl", at(1, 8), *TUESDAY), store)
    second = assign(feat("b", "AD", at(2, 8), *WEDNESDAY), store)
    assert second.story_id != first.story_id


def test_two_forecasts_of_one_day_are_one_story():
    store = MemoryStoryStore()
    first = assign(feat("a", "NU.nl", at(2, 7), *WEDNESDAY), store)
    second = assign(feat("b", "AD", at(2, 9), WEDNESDAY[0] + " en hagel", WEDNESDAY[1]), store)
    assert second.story_id == first.story_id
