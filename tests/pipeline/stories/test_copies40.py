"""Wire copy (copies40): two short texts of a size that open alike but each go on in sentences of their own (half of
the shorter shared) are two desks' reports of one agency lead, not a copy of each other; one that keeps most of the
other is (`excerpt_check.excerpt_of`).
A longer cut of another outlet's text whose first paragraph was re-worded, its next
paragraphs kept, is a copy (its opening half inside the other's, its body `rewrite_close` inside); the same two
paragraphs reused under an opening and an ending of their own are not. Texts written for these tests."""

from __future__ import annotations

import pytest

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

BRIDGE = (
    "De provincie Overijssel sluit de brug over het Twentekanaal bij Delden vanaf maandag voor al het verkeer. Uit"
    " een inspectie is gebleken dat de betonnen liggers van de brug ernstig zijn aangetast door roest.\n\n"
    "Volgens gedeputeerde Monique van Haaren is er geen direct gevaar, maar wil de provincie geen enkel risico nemen."
    " Vrachtwagens mochten al sinds vorig jaar niet meer over de brug rijden. Het verkeer wordt omgeleid via Hengelo"
    " en Goor, wat automobilisten volgens de provincie zeker een kwartier extra kost.\n\n"
    "Fietsers en voetgangers kunnen de brug voorlopig nog wel gebruiken over een afgezette strook aan de oostkant. De"
    " provincie onderzoekt of dat ook tijdens de herstelwerkzaamheden mogelijk blijft.\n\n"
    "Wanneer de brug weer opengaat, is nog niet bekend. De provincie verwacht in het voorjaar meer duidelijkheid te"
    " kunnen geven over de planning en de kosten van het herstel.\n\n"
    "Het is de derde brug over het Twentekanaal die in twee jaar tijd wordt gesloten. Ook bij Lochem en Eefde waren"
    " eerder problemen met de constructie.\n\n"
    "Ondernemers in Delden maken zich zorgen over de gevolgen voor hun klanten uit de omliggende dorpen. De"
    " winkeliersvereniging wil op korte termijn een gesprek met de provincie.\n\n"
    "De gemeente Hof van Twente laat weten de situatie nauwlettend te volgen en waar nodig extra borden te plaatsen"
    " langs de omleidingsroute."
)
# a regional site's cut an hour later: its first paragraph re-worded, the next two kept
BRIDGE_CUT = (
    "Vanaf maandag kan niemand meer met de auto over de brug bij Delden over het Twentekanaal. De liggers van beton"
    " blijken bij een inspectie door de provincie zwaar door roest aangetast. Dat meldt de provincie, die"
    " weggebruikers vraagt de borden te volgen.\n\n"
    "Volgens gedeputeerde Monique van Haaren is er geen direct gevaar, maar wil de provincie geen enkel risico nemen."
    " Vrachtwagens mochten al sinds vorig jaar niet meer over de brug rijden. Het verkeer wordt omgeleid via Hengelo"
    " en Goor, wat automobilisten volgens de provincie zeker een kwartier extra kost.\n\n"
    "Fietsers en voetgangers kunnen de brug voorlopig nog wel gebruiken over een afgezette strook aan de oostkant. De"
    " provincie onderzoekt of dat ook tijdens de herstelwerkzaamheden mogelijk blijft."
)
# another site's own report an hour later: an opening and an ending of its own around the same two paragraphs
BRIDGE_OWN = (
    "Automobilisten in Twente moeten vanaf maandag omrijden. Bij een rondgang langs de brug bij Delden zagen we"
    " dinsdag de eerste hekken en borden al staan, en buurtbewoners vertelden dat ze al maanden scheuren in het beton"
    " zien. Een bewoner van de Langestraat zegt dat hij zijn kinderen al niet meer over de brug laat fietsen.\n\n"
    "Volgens gedeputeerde Monique van Haaren is er geen direct gevaar, maar wil de provincie geen enkel risico nemen."
    " Vrachtwagens mochten al sinds vorig jaar niet meer over de brug rijden. Het verkeer wordt omgeleid via Hengelo"
    " en Goor, wat automobilisten volgens de provincie zeker een kwartier extra kost.\n\n"
    "Fietsers en voetgangers kunnen de brug voorlopig nog wel gebruiken over een afgezette strook aan de oostkant. De"
    " provincie onderzoekt of dat ook tijdens de herstelwerkzaamheden mogelijk blijft.\n\n"
    "De bakker aan de overkant van het kanaal vreest voor zijn omzet: de helft van zijn klanten komt uit Diepenheim en"
    " Markelo. Hij hoopt dat de provincie snel met een tijdelijke brug komt, zoals bij de sluiting in Lochem.\n\n"
    "Ook de basisschool aan de Hengelosestraat maakt zich zorgen. Ouders moeten hun kinderen straks met de auto een"
    " flink stuk om brengen, terwijl de fietsroute langs het kanaal al druk is."
)


AGENCY_REPORT = ("a", "AD", 1, "Bergsma pakt twintigste titel op tien kilometer", REPORT_A)
BRIDGE_REPORT = ("bericht", "De Telegraaf", 1, "Brug over Twentekanaal bij Delden dicht", BRIDGE)


@pytest.mark.parametrize(
    ("first", "later", "copy"),
    [
        (AGENCY_REPORT, ("b", "NOS", 1.3, "Twintigste titel voor Bergsma, Roest tweede", REPORT_B), False),
        (
            AGENCY_REPORT,
            ("b", "De Telegraaf", 1.3, "Bergsma weer de beste op de tien kilometer", REPORT_A_EDITED),
            True,
        ),
        (BRIDGE_REPORT, ("cut", "RTV Oost", 2, "Roestige brug in Delden op slot", BRIDGE_CUT), True),
        (
            BRIDGE_REPORT,
            ("eigen", "Tubantia", 2, "Omrijden in Twente: zorgen in Delden over gesloten brug", BRIDGE_OWN),
            False,
        ),
    ],
    ids=[
        "two desks' reports of a size opening with one lead: no copy",
        "a short report kept but for a word: a copy",
        "a cut with its first paragraph re-worded: a copy",
        "two paragraphs reused under an opening and an ending of its own: no copy",
    ],
)
def test_a_copy_keeps_most_of_the_other_and_a_look_alike_shares_its_story_only(first, later, copy):
    got = assigned_in_turn([first, later])
    # one story either way (so the copy check did compare them); the earlier text's key when a copy
    assert got[later[0]] == (got[first[0]][0], first[0] if copy else None)
