"""A genre's label alone on its line wherever it stands (site49, pipeline.text.title_labels `_genre_lines`): not only
right above or below the headline — on a page cut above its title, below the byline, between a page's blocks — as
different Dutch and Flemish sites print it (invented here), beside lines of the same shape that stay the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


@pytest.mark.parametrize(
    "label",
    [
        "Liveblog",  # a regional broadcaster's day blog, cut above its title
        "Column",  # a regional daily's opinion page
        "Opinie:",  # a national daily
        "Achtergrond",  # a Flemish news site
        "Recensie",  # a culture site
    ],
)
def test_a_genre_label_between_the_byline_and_the_text_is_set_aside(label: str) -> None:
    text = joined(BODY, "Door Jan de Vries", label, MORE)
    assert ("label", label) in aside(text)
    assert BODY in kept(text) and MORE in kept(text)


def test_a_genre_label_right_below_the_headline_stays_set_aside() -> None:
    assert ("label", "Interview") in aside(joined(TITLE, "Interview", BODY, MORE))


@pytest.mark.parametrize(
    "line",
    [
        "Analyse van de cijfers",  # a heading of the article: the genre's word and what it is about
        "Fragment",  # a CMS's content type: near the headline only ("Fragment" may head a part of the text)
    ],
)
def test_a_heading_of_the_same_shape_stays(line: str) -> None:
    assert line in kept(joined(TITLE, BODY, line, MORE))
