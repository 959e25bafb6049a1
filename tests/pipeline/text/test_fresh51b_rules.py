"""Rules of helper site51b (stop 51, fresh pages): each on an example written here, with an article-text look-alike
beside it that stays the article's."""

from __future__ import annotations

import pytest

from pipeline.text.site_sentences import site_reasons
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

# --- roundup: the programme describing itself in the outlet's voice, anywhere it opens a paragraph ---------------

_PROGRAMME = (
    "ZWOLLE - Regio Vandaag is het programma waarin we u elke avond bijpraten over het nieuws uit de regio.",
    "In tien minuten krijgt u het belangrijkste nieuws van de dag.",
    "De presentatie is in handen van Anna de Boer.",
)


def test_a_programme_describing_itself_with_its_presenter_is_set_aside_whole() -> None:
    assert site_reasons(_PROGRAMME) == ["greeting"] * 3


def test_the_news_after_the_programmes_description_stays() -> None:
    news = "De gemeente opent maandag een nieuw zwembad aan de rand van de stad."
    assert site_reasons((_PROGRAMME[0], news)) == ["greeting", None]


def test_a_programme_described_without_the_outlets_voice_or_in_a_quote_stays() -> None:
    others = "Boer zoekt vrouw is het programma waarin boeren op zoek gaan naar de liefde."
    quoted = "Volgens de maker is Zomeravond het programma waarin we ‘gewone mensen’ aan het woord laten."
    spoken = "Zomeravond is het programma waarin we ‘gewone mensen’ aan het woord laten, zegt de maker."
    assert site_reasons((others, _PROGRAMME[1])) == [None, None]
    assert site_reasons((quoted,)) == [None]
    assert site_reasons((spoken,)) == [None]


def test_what_the_reader_gets_or_who_presents_is_no_frame_on_its_own() -> None:
    assert site_reasons(_PROGRAMME[1:]) == [None, None]


# --- credit_rules: a credit alone with the photographer's town, web address or trade, an agency in lower case ----

_CREDITS = (
    "Foto: Jan Smit, Goes",
    "Foto: Jan Smit - smitfotografie.nl",
    "Foto: de Zeeuwse Zweefclub",
    "© Smit fotografie",
    "© belga",
)


def _page_with(line: str) -> str:
    return joined(TITLE, BODY, line, MORE)


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_photo_credit_alone_between_paragraphs_is_set_aside(credit: str) -> None:
    assert credit in [text for _, text in aside(_page_with(credit))]


@pytest.mark.parametrize(
    "caption",
    ("Foto: Jan Smit, die de brand vanaf zijn balkon zag", "Foto: de brand aan de Kerkstraat in de nacht"),
)
def test_a_caption_that_opens_with_the_credit_label_and_has_its_own_words_stays(caption: str) -> None:
    assert caption in kept(_page_with(caption))


# --- mainstream_rules: a plug for the evening's broadcast, its medium word and its hour ---------------------------


def test_a_plug_for_the_evenings_broadcast_closing_a_paragraph_is_set_aside() -> None:
    news = "De burgemeester wil de agenten voorrang geven bij de vaccinatie."
    assert site_reasons((news, "Meer in het Stadsnieuws van 18u30.")) == [None, "link"]
    assert site_reasons((news, "Meer daarover zie je vanavond in het journaal van 18.00 uur.")) == [None, "link"]


def test_more_in_the_news_of_a_year_is_the_articles() -> None:
    assert site_reasons(("De raad besliste dinsdag.", "Meer in het nieuws van 2019 stond dat ook.")) == [None, None]
