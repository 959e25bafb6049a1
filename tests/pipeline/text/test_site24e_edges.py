"""Round 8 (issue 21): a medium's name opening a programme's title, HTML read only when it is HTML and never
at the cost of a word, plain Teletekst furniture, an outlet's name after a feed's title. Each rule on an
example written here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, article, aside

INTRO = "De nieuwe brug over de IJssel bij Zwolle is vrijdagmiddag officieel geopend door de burgemeester."


def _text(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_media_word_before_a_programmes_name_and_colon_stays_in_the_headline() -> None:
    title = "Video Het Klokhuis: hoe een brug open kan draaien"
    found = article(_text(title, INTRO, BODY))
    assert found.headline is not None and found.headline.text == title
    assert not aside(_text(title, INTRO, BODY))


def test_a_media_word_standing_alone_before_a_title_is_still_an_embed() -> None:
    found = aside(_text("Nieuwe brug geopend", INTRO, "Video Burgemeester knipt het lint door", BODY))
    assert ("embed", "Video") in found


def test_a_media_word_inside_a_text_before_a_name_and_colon_is_still_an_embed() -> None:
    text = _text("Nieuwe brug geopend", INTRO, f"{BODY} Social Filmpje: de brug draait open. {BODY}")
    assert ("embed", "Social") in aside(text)
