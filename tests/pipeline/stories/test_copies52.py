"""Issue 19, stop 52: wire copies the checks now find, and what stays apart beside them. One outlet's short post and
its longer post of one moment whose leads agree (the same first sentence) are one text even with a clause re-told
further on (`copy_align.grown_at_once`, `at_once_led`). Another outlet's short text made of the first two sentences
of a longer one under a closing sentence of its own is its cut (`excerpt_check`, `opened_run`); a desk's rewrite that
shares only a stock first sentence is not. Texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from tests.pipeline.stories.texts import post_pair

# a regional site's flash of an overturned truck, and at the same moment the item grown: its first sentence kept
# whole, its last one re-told ("zijn ter plaatse" becomes "kwamen met spoed ter plaatse") and sentences added
FLASH = (
    "EDE - Op de Klinkenbergerweg in Ede is woensdag kort na het middaguur een vrachtwagen met grind gekanteld."
    " Hulpdiensten zijn ter plaatse."
)
GROWN = (
    "EDE - Op de Klinkenbergerweg in Ede is woensdag kort na het middaguur een vrachtwagen met grind gekanteld."
    " Hulpdiensten kwamen met spoed ter plaatse. Een traumahelikopter werd opgeroepen, maar landde niet."
    " De weg blijft tot de avond in beide richtingen dicht."
)
# the same outlet at the same moment, a new first sentence over the same facts (the item told anew): leads apart
RETOLD = (
    "Een gekantelde vrachtwagen met grind houdt de Klinkenbergerweg in Ede woensdagmiddag urenlang dicht."
    " Hulpdiensten kwamen met spoed ter plaatse. Een traumahelikopter werd opgeroepen, maar landde niet."
    " Bergers verwachten de weg pas in de avond vrij te hebben."
)


FLASH_POST = ("Omroep Gelderland", "Vrachtwagen gekanteld in Ede", FLASH)
GROWN_POST = ("Omroep Gelderland", "Vrachtwagen gekanteld in Ede, Klinkenbergerweg uren dicht", GROWN)


def test_a_flash_grown_at_its_moment_below_its_first_sentence_is_one_text():
    got = post_pair(FLASH_POST, GROWN_POST, 0)
    assert got["tweede"] == (got["eerst"][0], "eerst")


def test_the_bar_for_agreeing_leads_is_a_setting():
    settings = ClusterSettings()
    settings = replace(settings, duplicates=replace(settings.duplicates, at_once_led=0.95))
    assert post_pair(FLASH_POST, GROWN_POST, 0, settings)["tweede"][1] is None


def test_the_item_told_anew_under_a_first_sentence_of_its_own_stays_apart():
    retold = ("Omroep Gelderland", "Klinkenbergerweg in Ede uren dicht na ongeluk", RETOLD)
    assert post_pair(FLASH_POST, retold, 0)["tweede"][1] is None


def test_an_hour_later_the_grown_item_is_the_outlets_follow_up():
    assert post_pair(FLASH_POST, GROWN_POST, 1)["tweede"][1] is None


# a paper's warning of four paragraphs, and another outlet's short text: its first two sentences and one of its own
WARNING_FULL = (
    "De zomermaanden zijn volgens de politie de drukste tijd voor inbrekers in vakantieparken op de Veluwe. Veel"
    " huisjes staan dagenlang leeg en de eigenaren zijn ver weg, zodat een inbraak pas laat wordt ontdekt.\n\n"
    "De politie geeft daarom tips die eigenlijk altijd gelden: sluit ramen en deuren, laat geen sleutels achter in"
    " een schuurtje en vraag de beheerder of een buurman af en toe een kijkje te nemen.\n\n"
    "Wie iets verdachts ziet, wordt gevraagd meteen 112 te bellen. Een melding kan ook anoniem.\n\n"
    "Vorig jaar werd in de parken rond Apeldoorn en Ermelo bijna twee keer zo vaak ingebroken als in de winter."
)
WARNING_CUT = (
    "De zomermaanden zijn volgens de politie de drukste tijd voor inbrekers in vakantieparken op de Veluwe. Veel"
    " huisjes staan dagenlang leeg en de eigenaren zijn ver weg, zodat een inbraak pas laat wordt ontdekt."
    " Een gouden kans voor wie het op andermans spullen heeft gemunt, zeker nu veel campings en parken in de regio"
    " hun eigen bewaking vanwege personeelstekort hebben beperkt tot de nachtelijke uren in het weekend."
)
# another desk's report of the warning: a first sentence like the paper's, then sentences of its own
WARNING_DESK = (
    "De zomermaanden zijn volgens de politie de drukste tijd voor inbrekers. Agenten in Apeldoorn merken dat vooral"
    " parken met veel losse chalets het doelwit zijn, en houden er deze weken extra vaak toezicht met fietspatrouilles."
)


def test_another_outlets_first_two_sentences_under_one_of_its_own_is_a_cut():
    got = post_pair(
        ("De Stentor", "Politie waarschuwt voor inbrekers op vakantieparken", WARNING_FULL),
        ("Omroep Gelderland", "Inbrekers slaan vaker toe in vakantieparken: 'Bel 112'", WARNING_CUT),
        0.6,
    )
    assert got["tweede"] == (got["eerst"][0], "eerst")


def test_a_desks_rewrite_sharing_a_first_clause_is_no_copy():
    got = post_pair(
        ("De Stentor", "Politie waarschuwt voor inbrekers op vakantieparken", WARNING_FULL),
        ("Omroep Gelderland", "Extra fietspatrouilles tegen inbrekers in Apeldoornse parken", WARNING_DESK),
        0.6,
    )
    assert got["tweede"][1] is None
