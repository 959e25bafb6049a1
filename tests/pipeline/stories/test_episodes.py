"""Episodes of a series ("Nieuwsuur 25-07-2019 22:00", "Nieuwsuur 26-07-2019 22:00") are different items: a
headline the same as another's but for a date, time or episode number is another broadcast, not the next part
of one event; a developing story's headlines ("Brand Moerdijk: dag 2", "Update: ...") and two copies of one
headline are no episodes of anything."""

import pytest

from pipeline.stories import episodes, events
from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nieuwsuur 25-07-2019 22:00", "Nieuwsuur 26-07-2019 22:00"),
        ("Weerbericht 14 augustus", "Weerbericht 15 augustus"),
        ("Het journaal van 8 uur", "Het journaal van 20 uur"),
        ("NOS Journaal 18.00 uur", "NOS Journaal 20.00 uur"),
        ("Column 12", "Column 13"),
        ("De Dag #34", "De Dag #35"),
        ("Aflevering 3: de kust", "Aflevering 4: de kust"),
    ],
)
def test_the_same_headline_but_for_a_date_time_or_number_is_another_episode(a, b):
    assert episodes.marks(a) and episodes.marks(b)
    assert episodes.clash(episodes.marks(b), episodes.marks(a))
    assert events.clash(events.marks(b, ""), events.marks(a, ""))  # the clusterer's marks read them


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Brand Moerdijk: dag 1", "Brand Moerdijk: dag 2"),  # a developing story counts its days
        ("Brand Moerdijk: dag 2 om 14:00", "Brand Moerdijk: dag 2 om 18:00"),
        ("Update 14:00: brand Moerdijk onder controle", "Update 18:00: brand Moerdijk onder controle"),
        ("Dodental aardbeving stijgt naar 21", "Dodental aardbeving stijgt naar 30"),  # a bare number
        ("Brand in Moerdijk om 14.00 uur onder controle", "Brand in Moerdijk om 18.00 uur onder controle"),
        ("24 uur controle op snelheid", "12 uur controle op snelheid"),  # a duration, not an hour
    ],
)
def test_a_developing_storys_headlines_are_no_episodes(a, b):
    assert not episodes.clash(episodes.marks(b), episodes.marks(a))


def test_one_headline_twice_or_another_series_is_no_clash():
    nieuwsuur = episodes.marks("Nieuwsuur 25-07-2019 22:00")
    assert not episodes.clash(nieuwsuur, nieuwsuur)  # two copies, a repeat
    assert not episodes.clash(episodes.marks("Journaal 25-07-2019 22:00"), episodes.marks("Nieuwsuur 26-07-2019 22:00"))
    # a story that holds the article's episode already (its copy) takes it, whatever other episode it holds
    both = episodes.marks("Nieuwsuur 24-07-2019 22:00") | nieuwsuur
    assert not episodes.clash(nieuwsuur, both)


def test_a_programmes_broadcasts_of_two_days_are_two_stories_and_a_copy_joins_its_own():
    store = MemoryStoryStore()
    first = assign(feat("n1", "NOS", at(0, 13), "Nieuwsuur 25-07-2019 22:00", "Nieuwsuur 25-07-2019 22:00"), store)
    copy = assign(feat("n1b", "NOS", at(0, 14), "Nieuwsuur 25-07-2019 22:00", "Nieuwsuur 25-07-2019 22:00"), store)
    second = assign(feat("n2", "NOS", at(1, 13), "Nieuwsuur 26-07-2019 22:00", "Nieuwsuur 26-07-2019 22:00"), store)
    assert copy.story_id == first.story_id
    assert second.created and second.story_id != first.story_id
