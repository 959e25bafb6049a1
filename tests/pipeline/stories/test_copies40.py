"""Wire copy (copies40): two short texts of a size that open alike but each go on in sentences of their own (half of
the shorter shared) are two desks' reports of one agency lead, not a copy of each other; one that keeps most of the
other is (`duplicates._excerpt`). Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

LEAD = (
    "Schaatser Jorrit Bergsma heeft in Heerenveen zijn twintigste Nederlandse titel op de tien kilometer gewonnen. De"
    " 38-jarige Fries was in Thialf ruim vier seconden sneller dan Patrick Roest."
)
# one desk: the agency's lead, then two sentences of its own
REPORT_A = (
    LEAD + " Bergsma reed vanaf de vierde ronde aan kop en liet zich daarna niet meer inhalen. Na afloop sprak hij"
    " van een van de mooiste races uit zijn loopbaan, voor een uitverkochte tribune vol familie en vrienden."
)
# another desk, twenty minutes later: the same lead, then a paragraph of its own
REPORT_B = (
    LEAD + "\n\nRoest had zich na een valpartij in de training pas op het laatste moment ingeschreven. Derde werd de"
    " jonge Groninger Beau Snellink, die zijn eerste podiumplek bij de senioren behaalde."
)
# the first desk's text on another site, edited by a word or two: a copy
REPORT_A_EDITED = (
    LEAD.replace("ruim vier", "meer dan vier") + " Bergsma reed vanaf de vierde ronde aan kop en liet zich daarna"
    " niet meer inhalen. Na afloop sprak hij van een van de mooiste races uit zijn loopbaan, voor een uitverkochte"
    " tribune vol familie en vrienden."
)


def test_two_desks_reports_of_a_size_opening_with_one_lead_are_no_copy():
    got = assigned_in_turn(
        [
            ("a", "AD", 1, "Bergsma pakt twintigste titel op tien kilometer", REPORT_A),
            ("b", "NOS", 1.3, "Twintigste titel voor Bergsma, Roest tweede", REPORT_B),
        ]
    )
    assert got["b"][1] is None


def test_a_short_report_kept_but_for_a_word_is_a_copy():
    got = assigned_in_turn(
        [
            ("a", "AD", 1, "Bergsma pakt twintigste titel op tien kilometer", REPORT_A),
            ("b", "De Telegraaf", 1.3, "Bergsma weer de beste op de tien kilometer", REPORT_A_EDITED),
        ]
    )
    assert got["b"][1] == "a"
