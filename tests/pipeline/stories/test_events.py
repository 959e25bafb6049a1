from pipeline.stories.events import clash, marks


def test_marks_read_ages_scores_rounds_and_repeats_from_the_headline_and_lead():
    assert "age:38" in marks("Man (38) opgepakt voor mishandeling", "")
    assert "score:2-1" in marks("Ajax wint van PSV", "Ajax heeft zondag met 2-1 gewonnen van PSV.")
    assert "round:2" in marks("Bertens begonnen aan tweederondepartij", "")
    assert "round:5" in marks("Etappe 5: massasprint in Colmar", "")
    assert "again" in marks("Magneetvissers vinden opnieuw granaten", "")
    assert "again" in marks("Weer boot met migranten in haven Lampedusa", "")
    assert "again" not in marks("Het weer wordt zonnig", "Morgen wordt het weer zonnig.")


def test_a_roundup_headline_is_marked():
    for title in ("Wekdienst 4/7: uitspraak en huldiging", "De sport van donderdag bij de NOS", "Dit was de week"):
        assert "roundup" in marks(title, ""), title
    assert "roundup" not in marks("Dit was de mooiste muziek van het jaar", "")
    assert "roundup" in marks(
        "Neres blijft bij Ajax", "In dit transferblog houden we je op de hoogte van al het nieuws."
    )


def test_scores_that_can_follow_each_other_are_one_match():
    assert not clash({"score:1-0"}, {"score:2-1"})
    assert not clash({"score:0-1"}, {"score:1-0"})  # the same match, the other team named first
    assert clash({"score:3-1"}, {"score:0-4"})


def test_other_ages_or_rounds_are_other_events():
    assert clash({"age:38"}, {"age:56"})
    assert not clash({"age:38"}, {"age:38", "age:17"})
    assert clash({"round:2"}, {"round:3"})
    assert not clash({"age:38"}, set())  # a mark on one side only says nothing
