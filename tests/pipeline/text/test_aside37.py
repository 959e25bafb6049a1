"""Rules narrowed in aside37 (issue 21: no article text set aside, on every set): each on an example written here —
the article-text look-alike that must stay — beside the site text the rule exists for, which must still go."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- page_body: a lower-case title opening the text right above the running text that names it ------------------


def test_a_lower_case_title_named_by_the_paragraph_under_it_is_the_headline() -> None:
    text = joined("zwembad", BODY, MORE)  # BODY: "… een nieuw zwembad."
    assert article(text).meta.headline == "zwembad"
    assert not aside(text)
    # a tag or a logo's alt text the text never names, or a tag above the title: still the page's label
    assert ("label", "sportnieuws") in aside(joined("sportnieuws", BODY, MORE))
    assert ("label", "zwembad") in aside(joined("zwembad", TITLE, BODY, MORE))


# --- pointer_sentences: a paragraph's closing pointer to the home page of an organisation it names ---------------

OPEN_DAY = "Zwemvereniging Dolfijn houdt zaterdag een open dag in het bad aan de Kerkweg."


def test_a_closing_pointer_to_the_home_of_a_club_the_paragraph_names_stays() -> None:
    own = f"{BODY} {OPEN_DAY} Meer weten? Kijk dan op de website www.dolfijn.nl."
    assert not aside(joined(TITLE, own, MORE))
    assert "Meer weten? Kijk dan op de website www.dolfijn.nl." in kept(joined(TITLE, own, MORE))
    # an address the paragraph names nothing of, or a page of a site (a path): a link whose text was lost
    for pointer in ("Kijk dan op www.stadskrant.nl.", "Kijk dan op www.dolfijn.nl/open-dag."):
        other = f"{BODY} {OPEN_DAY} Meer weten? {pointer}"
        assert ("link", f"Meer weten? {pointer}") in aside(joined(TITLE, other, MORE)), pointer


# --- text_ends: the next item's heading of a text of headed items, its paragraph cut off --------------------------

ITEMS = (
    "Club Trouw wordt hotel",
    "De club aan de Wibautstraat wordt omgebouwd tot een hotel voor studenten, meldt de eigenaar van het pand dinsdag.",
    "Nieuwe lunchroom in Hillegom",
    "In Hillegom is sinds kort een lunchroom gevestigd die vijf dagen per week open is voor ontbijt en lunch.",
    "Bakkerij opent in Rotterdam",
    "Op 9 januari opent een bakkerij op een nieuwe en veel grotere locatie in de binnenstad van Rotterdam.",
    "Brouwerij viert jubileum",
    "De brouwer uit Enschede viert dit jaar zijn vierhonderdjarig bestaan met een groot feest in de stad.",
)


def test_a_short_last_line_after_four_headed_items_is_the_next_items_heading() -> None:
    text = joined(TITLE, BODY, *ITEMS, "Café")
    assert "Café" in kept(text)
    # two headed items only, or a button's word after four: the page's closing line
    assert ("tail", "Café") in aside(joined(TITLE, BODY, *ITEMS[4:], "Café"))
    assert "Reageer" not in kept(joined(TITLE, BODY, *ITEMS, "Reageer"))
