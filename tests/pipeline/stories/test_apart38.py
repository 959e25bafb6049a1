"""Two events of one kind on one morning kept apart by evidence of another event (`roads`): a crash on the A1 and
one on the A28 are two stories however alike their words; a report of the first crash's tailback that names both
roads is the first story's. Texts written for these tests, never copied from news."""

from __future__ import annotations

from pipeline.stories import events, roads
from tests.pipeline.stories.texts import assigned_in_turn

A1_CRASH = [
    (
        "a1",
        "Omroep Oost",
        7,
        "Dode bij ongeluk op A1 bij Deventer",
        "Bij een ongeluk op de A1 bij Deventer is dinsdagochtend een automobilist om het leven gekomen. De snelweg"
        " is richting Amersfoort dicht; hulpdiensten en een traumahelikopter kwamen ter plaatse.",
    ),
    (
        "a2",
        "Stentor",
        8,
        "A1 bij Deventer uren dicht na dodelijk ongeluk",
        "De A1 bij Deventer blijft na het dodelijke ongeluk van dinsdagochtend nog uren dicht richting Amersfoort."
        " Een automobilist kwam om het leven; de traumahelikopter landde op de snelweg.",
    ),
]
A28_CRASH = (  # the A1 crash's words, another road: without the road marks a copy of the first report
    "b1",
    "Stentor",
    9,
    "Dode bij ongeluk op A28 richting Amersfoort",
    "Bij een ongeluk op de A28 is dinsdagochtend een automobilist om het leven gekomen. De snelweg is richting"
    " Amersfoort dicht; hulpdiensten en een traumahelikopter kwamen ter plaatse.",
)
A1_TAILBACK = (
    "a3",
    "RTV Oost",
    9,
    "Lange file op A1 en A28 na dodelijk ongeluk bij Deventer",
    "Na het dodelijke ongeluk op de A1 bij Deventer staan dinsdagochtend lange files. De snelweg is richting"
    " Amersfoort dicht; verkeer wordt via de A28 omgeleid. Een automobilist kwam om het leven.",
)


def test_road_marks_read_the_headlines_roads_only():
    assert roads.marks("Dode bij ongeluk op A28 bij Staphorst") == {"road:a28"}
    assert roads.marks("Lange file op A1 en N348") == {"road:a1", "road:n348"}
    assert roads.marks("Klas 2A4 wint DA1-prijs") == frozenset()
    assert "road:a28" in events.marks("Dode bij ongeluk op A28 bij Staphorst", "")


def test_a_crash_on_another_road_the_same_morning_is_another_story():
    story = assigned_in_turn([*A1_CRASH, A28_CRASH])
    assert story["a1"][0] == story["a2"][0] != story["b1"][0]


def test_the_first_crashs_tailback_naming_both_roads_joins_it():
    story = assigned_in_turn([*A1_CRASH, A1_TAILBACK])
    assert story["a1"][0] == story["a2"][0] == story["a3"][0]
