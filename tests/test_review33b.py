"""review33b's probes: site33's site-text rules reviewed against the first duty (article text wrongly set aside
stays 0). Each was a strict xfail on the code as reviewed; the fix turned it into a pass (the mark dropped)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


def _kept_whole(paragraph: str) -> bool:
    """Is every sentence of `paragraph` kept as article text between two paragraphs of an article?"""
    text = joined(TITLE, BODY, paragraph, MORE)
    return paragraph in kept(text) and not [t for _, t in aside(text) if t in paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a news report of a charity's appeal (giro 555): the outlet passes the account on
        "Giro 555 opent vanavond een actie voor de slachtoffers van de aardbeving in Marokko. U kunt geld overmaken "
        "naar giro 555 of doneren via de website van de Samenwerkende Hulporganisaties.",
        "De stichting zamelt geld in voor een nieuwe rolstoelbus. Je kunt geld storten op rekeningnummer NL55 INGB "
        "0000 0005 55 ten name van Stichting Vrienden van De Linde.",
        # the charity's need, said by its director after a colon (no quotation marks)
        "De directeur van de voedselbank is duidelijk: we kunnen elke euro gebruiken. Het aantal klanten is in een "
        "jaar verdubbeld.",
    ],
)
def test_a_news_report_of_a_charitys_appeal_is_article_text(paragraph: str) -> None:
    assert _kept_whole(paragraph)


def test_a_closing_sentence_without_its_full_stop_naming_parties_is_article_text() -> None:
    paragraph = "De motie van de VVD werd dinsdag verworpen. Voor stemden PvdA-GroenLinks en ChristenUnie"
    assert _kept_whole(paragraph)


_WINNERS = (
    "Beste film: Sweet Dreams van Ena Sendijarević",
    "Beste regie: Ena Sendijarević voor Sweet Dreams",
    "Beste actrice: Sallie Harmsen in Sweet Dreams",
    "Beste acteur: Fedja van Huêt in Sweet Dreams",
    "Beste documentaire: Alice on and off",
    "Beste scenario: Norah Lehmann voor Een schitterend gebrek aan bewijs",
    "Beste korte film: Zwemmen met de stroom mee",
    "Publieksprijs: Sweet Dreams, de film die het publiek het mooist vond op het festival",
    "Beste camera: Emo Weemhoff voor Sweet Dreams",
)
_ANNOUNCING = (
    "Het Nederlands Film Festival reikte vrijdagavond in Utrecht de Gouden Kalveren uit. De grote winnaar werd Sweet "
    "Dreams, dat vier prijzen won. Dit zijn alle winnaars van dit jaar."
)


def test_the_list_of_winners_the_article_announces_is_article_text() -> None:
    # one longer line among them (site33 let a quarter be up to 14 words), an advertisement's label set aside among them
    for lines in (_WINNERS, (*_WINNERS[:4], "Advertentie", *_WINNERS[4:])):
        text = joined(TITLE, BODY, _ANNOUNCING, *lines)
        assert not [t for _, t in aside(text) if t in _WINNERS]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "stuk" is a document as often as an article; a dossier or a series of events is no series of the site's
        "De advocaat van de verdachte kreeg vorige week een verklaring van een getuige te zien. Dit stuk is onderdeel "
        "van het dossier dat het Openbaar Ministerie tegen zijn cliënt heeft opgebouwd.",
        "RTL Nieuws kreeg een vertrouwelijke notitie van het ministerie in handen. Dit stuk is deel van een dossier "
        "over de toeslagenaffaire.",
    ],
)
def test_a_document_in_a_dossier_is_article_text(paragraph: str) -> None:
    assert _kept_whole(paragraph)


def test_a_series_note_naming_its_series_is_still_site_text() -> None:
    for note in (
        "Dit artikel vormt een onderdeel van het essay ‘Financiering van gebiedstransformaties’.",
        "Dit verhaal is onderdeel van de serie Bruggen van Overijssel.",
        "Dit stuk is onderdeel van onze serie over de woningnood in Zwolle.",
    ):
        assert ("link", note) in aside(joined(TITLE, BODY, note, MORE))
