"""review52: the site52 rules on news sentences of their own shape (invented here) — a newsroom's news, a weekly
programme's newsroom, the layout of ballots, a video's content closing the text — stay article text; the rubric's
introduction, the archive's notice and the media pointer still go (test_site52_furniture)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


@pytest.mark.parametrize(
    "sentence",
    [
        "De redactie brengt vandaag een bezoek aan het getroffen dorp.",  # news of the newsroom, today
        "De redactie kiest elke week een gast die iets te vertellen heeft.",  # a weekly programme's newsroom
        "Onze redactie bespreekt elke week met de burgemeester de stand van zaken rond de opvang.",
        "De sportredactie zoekt voor u uit waarom de wedstrijd werd afgelast.",
        "De redactie van Nieuwsuur zoekt deze week naar getuigen van het ongeluk.",
        "Onze redactie kiest voor u ook dit jaar geen kant in de verkiezingen.",
    ],
)
def test_a_newsrooms_news_with_a_standing_word_stays(sentence: str) -> None:
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert not aside(text)


def test_a_rubrics_standing_introduction_with_its_selection_still_goes() -> None:
    intro = "In de rubriek Showtijd struint de showredactie het web voor je af voor de gekste en mooiste filmpjes."
    assert ("rubric", intro) in aside(joined(TITLE, intro, BODY, MORE))


def test_the_layout_of_ballots_is_no_archive_notice() -> None:
    sentence = "Hierdoor kan het gebeuren dat de opmaak van de stembiljetten in sommige gemeenten niet klopt."
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert not aside(text)


@pytest.mark.parametrize(
    "line",
    [
        "Video van de politie toont duidelijk wie er schoot:",  # the video's content, said in the text
        "De beelden tonen het volgende:",
    ],
)
def test_a_line_saying_what_a_video_shows_stays_at_the_end(line: str) -> None:
    text = joined(TITLE, BODY, MORE, line)
    assert line in kept(text)
