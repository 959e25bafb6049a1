"""What a reader sees of a story's key names (user42, issue 19): a station's name after its number ('3FM'), two
names Dutch particles join before an English 'The', and an English word alone. Display only (`keynames`); the
clusterer's names are untouched. Texts written for these tests, never copied from news."""

from __future__ import annotations

from pipeline.stories.brief import key_names
from tests.pipeline.stories.texts import at, feat


def names_of(bodies: list[str]) -> dict[str, int]:
    feats = [feat(f"k{i}", "NOS", at(hours=i), "Actie in Breda", body) for i, body in enumerate(bodies)]
    return dict(key_names(feats, {}))


BODIES = [
    "Het Glazen Huis van 3FM Serious Request staat dit jaar in Breda. De actie van 3FM Serious Request haalde geld "
    "op. Volgens Patrick Bolder van het The Hague Centre for Strategic Studies is het veilig.",
    "Ook 3FM Serious Request begon gisteren in Breda. Onderzoeker Patrick Bolder van het The Hague Centre zegt dat "
    "het veilig is.",
]


def test_a_station_keeps_its_number_and_two_names_joined_by_of_the_are_two():
    names = names_of(BODIES)
    assert names["3FM Serious Request"] == 2 and "FM Serious Request" not in names
    assert names["Patrick Bolder"] == 2 and names["The Hague Centre"] == 2
    assert not [n for n in names if " van het " in n]
    assert not {"The", "Hague", "Centre"} & set(names)  # an English article alone; words of a shown name


def test_a_name_after_a_score_once_and_a_surname_with_van_het_stay_as_written():
    names = names_of(
        [
            "Raymond van het Groenewoud zong in Breda.",
            "In Breda zong Raymond van het Groenewoud.",
        ]
    )
    assert "Raymond van het Groenewoud" in names  # particles before a Dutch name: one person
    once = names_of(["In Breda werd het zondag 2-1 PSV in de laatste minuut."])  # a score once: no station's number
    assert "PSV" in once and "1PSV" not in once


def test_a_name_ending_another_is_one_entry_and_a_compound_keeps_its_number():
    names = names_of(
        [
            "Het Paleis Huis ten Bosch in Breda gaat open. Huis ten Bosch is verbouwd. De 3FM-dj's draaien er.",
            "Het Paleis Huis ten Bosch in Breda is klaar, zegt Piet Jansen. De 3FM-dj's van Serious Request zijn er ook.",
            "In Breda opent Huis ten Bosch. Piet Jansen is blij. Serious Request komt later.",
        ]
    )
    assert names["Huis ten Bosch"] == 3 and "Paleis Huis ten Bosch" not in names  # two articles name the longer
    assert "3FM" in names and "FM" not in names  # "3FM-dj's" (the station's DJs): the station, with its number


def test_the_english_word_two_names_share_is_no_name_of_its_own():
    names = names_of(["Met The Guardian en The Times in Breda.", "The Guardian en The Times in Breda."])
    assert names["The Guardian"] == 2 and names["The Times"] == 2 and "The" not in names
