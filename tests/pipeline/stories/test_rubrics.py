"""A printed headline's rubric label ("Column Nynke de Jong", "Commentaar | Hans van Soest") is no word of the
event: the writer is no name or actor of the article, "column" no headline term (`rubrics`)."""

from pipeline.stories.rubrics import without_rubric
from tests.pipeline.stories.texts import at, feat

STRIKE = (
    "De vakbonden FNV en CNV moeten snel terug aan tafel met minister Wouter Koolmees over de pensioenen. Een "
    "staking in het openbaar vervoer op 29 mei helpt niemand verder, en de werkgevers weten dat ook."
)


def test_the_rubric_label_is_left_out_and_a_subheading_stays():
    assert without_rubric("Vakbonden snel terug aan tafel. Commentaar | Hans van Soest") == (
        "Vakbonden snel terug aan tafel."
    )
    assert without_rubric("Freek. Column Nynke de Jong") == "Freek."
    assert without_rubric("Protest tegen abortus mag. commentaar") == "Protest tegen abortus mag."
    subheading = "Is de toekomst aan het minderheidskabinet?. analyse Nivellering van de politiek"
    assert without_rubric(subheading) == subheading
    assert without_rubric("Column") == "Column"  # the headline's first part always stays
    colon = "Analyse: Vertrek Dumoulin volledig eigen schuld Sunweb"
    assert without_rubric(colon) == colon


def test_the_writer_is_no_name_actor_or_term_of_the_article():
    article = feat("c1", "Dagblad", at(0), "Vakbonden snel terug aan tafel. Commentaar | Hans van Soest", STRIKE)
    assert "hans van soest" not in article.names and "soest" not in (article.actors or ())
    assert "commentar" not in article.title_terms and "koolmees" in article.names
    column = feat("k1", "Dagblad", at(0), "Pensioen. Column Nynke de Jong", STRIKE)
    assert not any("nynke" in name for name in column.names)
