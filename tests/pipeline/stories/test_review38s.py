"""Adversarial probes of the stop-38 rounds merged for issue 19 (reviewS38): copies38's `respelled` (an edited cut
writing a name of its original another way names nothing new) and the wire-copy check around it. Texts written for
these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

FIRE = (
    "Bij een grote brand in een loods aan de rand van {p} is dinsdagavond een man zwaargewond geraakt. De brandweer"
    " had het vuur na ruim twee uur onder controle.\n\nDe oorzaak van de brand wordt onderzocht. Omwonenden moesten"
    " ramen en deuren sluiten vanwege de rook.\n\nDe politie doet onderzoek."
)
# the stock sentences cut and edited ("gewond" for "zwaargewond", "ruim" dropped), filled in for a place
FIRE_CUT = (
    "Bij een grote brand in een loods aan de rand van {p} is dinsdagavond een man gewond geraakt. De brandweer had"
    " het vuur na twee uur onder controle."
)


def _fires(first: str, second: str) -> dict[str, tuple[int, str | None]]:
    return assigned_in_turn(
        [
            ("full", "Omroep Gelderland", 1, f"Man zwaargewond bij brand in {first}", FIRE.format(p=first)),
            ("cut", "De Gelderlander", 1.5, f"Gewonde bij loodsbrand {second}", FIRE_CUT.format(p=second)),
        ]
    )


def test_a_german_town_with_an_umlaut_is_not_a_dutch_town_written_with_oe() -> None:
    """Lünen (Westphalia) spells "lunen" with its accent dropped and Loenen (Gelderland) "lunen" with "oe" read as
    "u": the fire brigade's stock sentences filled in for the German town are another fire, not a cut of the report
    on Loenen (was: a copy, in its story)."""
    got = _fires("Loenen", "Lünen")
    assert got["cut"][1] is None
    assert got["cut"][0] != got["full"][0]


def test_an_edited_cut_writing_the_international_name_of_its_originals_city_is_a_copy() -> None:
    """ "Budapest" for the original's "Boedapest" ("oe" read as "u"), the words around it the original's."""
    got = _fires("Boedapest", "Budapest")
    assert got["cut"] == (got["full"][0], "full")


def test_the_same_stock_sentences_filled_in_for_another_town_are_no_copy() -> None:
    got = _fires("Loenen", "Ankara")
    assert got["cut"][1] is None


RELEASE = (
    "De politie heeft dinsdagavond in Apeldoorn een 34-jarige man aangehouden op verdenking van een overval op een"
    " juwelier aan de Hoofdstraat. De man werd in zijn woning aan de Loolaan opgepakt. Bij de overval, vorige week"
    " donderdag, bedreigden twee mannen de eigenaar met een vuurwapen.\n\nDe politie zoekt nog naar de tweede"
    " verdachte en vraagt getuigen zich te melden.\n\nDe buit bestond uit horloges en sieraden."
)
# another desk's rewrite of the police's press release: its own sentences, the same facts
REWRITE = (
    "Een 34-jarige man uit Apeldoorn is dinsdagavond opgepakt voor de overval op een juwelier aan de Hoofdstraat."
    " Agenten haalden hem uit zijn huis aan de Loolaan. Twee mannen bedreigden vorige week donderdag de eigenaar met"
    " een vuurwapen en gingen er met horloges en sieraden vandoor.\n\nNaar de tweede man wordt nog gezocht."
)
# the outlet's own update the next morning: its text whole, two paragraphs of news added
UPDATE = RELEASE + (
    "\n\nInmiddels is ook de tweede verdachte, een 29-jarige man uit Deventer, aangehouden. Hij meldde zich"
    " woensdagochtend op het politiebureau.\n\nBeide mannen worden vrijdag voorgeleid aan de rechter-commissaris."
)
FIRST_PARAGRAPH = RELEASE.split("\n\n")[0]


def test_a_rewrite_by_another_desk_is_no_copy_and_a_cut_to_the_first_paragraph_is() -> None:
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("rewrite", "De Stentor", 2, "Verdachte overval juwelier Hoofdstraat opgepakt", REWRITE),
            ("cut", "ANP", 2.5, "Verdachte juweliersoverval Apeldoorn aangehouden", FIRST_PARAGRAPH),
        ]
    )
    assert got["rewrite"] == (got["release"][0], None)
    assert got["cut"] == (got["release"][0], "release")


def test_an_outlets_update_adding_paragraphs_is_no_copy() -> None:
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("update", "Omroep Gelderland", 20, "Ook tweede verdachte overval juwelier Apeldoorn opgepakt", UPDATE),
        ]
    )
    assert got["update"] == (got["release"][0], None)


def test_an_outlets_update_is_no_copy_of_another_outlets_cut_of_its_first_report() -> None:
    """The agency's cut of the outlet's report (its first paragraph) lies whole inside the outlet's update too: the
    update is its outlet's report grown by news (`own_update`), no copy of the cut (was: a copy of it)."""
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("cut", "ANP", 2.5, "Verdachte juweliersoverval Apeldoorn aangehouden", FIRST_PARAGRAPH),
            ("update", "Omroep Gelderland", 20, "Ook tweede verdachte overval juwelier Apeldoorn opgepakt", UPDATE),
        ]
    )
    assert got["update"] == (got["release"][0], None)
