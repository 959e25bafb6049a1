"""The sides of a match a headline names (`sides`): two matches are two events."""

from __future__ import annotations

from pipeline.stories import events, sides


def test_a_headline_names_the_two_sides_of_a_match_by_its_shape() -> None:
    assert sides.marks("Feyenoord wint van Willem II en blijft derde") == {"match:feyenoord|willem"}
    assert sides.marks("Vitesse speelt in de kwartfinale tegen SC Heerenveen") == {"match:heerenveen|vitesse"}
    assert sides.marks("Twee miljoen kijkers voor Liverpool - Chelsea") == {"match:chelsea|liverpool"}
    assert sides.marks("Go Ahead ten koste van zwak Emmen door") == {"match:emmen|go"}
    assert sides.marks("Willem II verliest van Feyenoord") == sides.marks("Feyenoord wint van Willem II")


def test_a_side_the_text_writes_in_lower_case_is_a_word_not_a_name() -> None:
    assert sides.marks("Hockeysters tegen Argentinië in finale", "De hockeysters spelen zondag.") == frozenset()
    assert sides.marks("Hockeysters tegen Argentinië in finale", "Oranje speelt zondag.") != frozenset()


def test_two_matches_of_one_evening_clash() -> None:
    heerenveen = events.marks("Go Ahead ten koste van zwak Emmen door naar halve finale", "")
    other = events.marks("Vitesse wint van Sparta en is door", "")
    assert events.clash(other, heerenveen)
    assert not events.clash(events.marks("Emmen verliest van Go Ahead", ""), heerenveen)


def test_one_clubs_next_opponent_clashes_only_on_another_day() -> None:
    juventus = events.marks("Feyenoord wint van Benfica en gaat door in Europa League", "")
    next_one = events.marks("Feyenoord speelt in de halve finale tegen Sevilla", "")
    assert events.clash(next_one, juventus, later=True)
    assert not events.clash(next_one, juventus)  # who a club meets, told the same morning
    decided = events.marks("Drie miljoen kijkers voor Betis - Sevilla", "")
    assert not events.clash(next_one, decided)


def test_a_complaint_or_a_vote_against_someone_is_no_match() -> None:
    complaint = events.marks("Geroyeerde Jansen doet aangifte van smaad tegen Partij-bestuur", "")
    against = events.marks("Senator Piet Jansen doet aangifte tegen Karel de Wit", "")
    assert not any(m.startswith("match:") for m in complaint | against)
    assert not events.clash(against, complaint, later=True)  # one story told twice: the senator's complaint
    assert not sides.marks("Kamer stemt tegen Rutte")
    assert sides.marks("Vitesse speelt tegen Ajax, ondanks protest van fans") == {"match:ajax|vitesse"}


def test_a_hyphenated_country_is_one_side() -> None:
    assert sides.marks("Zuid-Afrika - Nederland (groep B) | EK 2022") == {"match:nederland|zuid-afrika"}
    assert sides.marks("Noord-Korea dreigt met nieuwe test") == frozenset()


def test_two_countries_a_hyphen_joins_without_spaces_are_a_match() -> None:
    assert sides.marks("Peru-Zweden (groep C) | EK 2022") == {"match:peru|zweden"}
    assert sides.marks("Japan-Verenigde Staten in groep D") == {"match:japan|verenigde"}
    assert sides.marks("Wit-Rusland kiest nieuwe president") == frozenset()  # one country
    assert sides.marks("Frans-Duitse top over defensie") == frozenset()


def test_two_matches_of_one_group_clash_and_one_matchs_items_do_not() -> None:
    report = events.marks("Zuid-Afrika - Nederland (groep B) | EK 2022", "")
    assert events.clash(events.marks("Peru-Zweden (groep C) | EK 2022", ""), report)
    assert not events.clash(events.marks("Zuid-Afrika - Nederland met muziek", ""), report)
    assert not events.clash(events.marks("Bondscoach blikt vooruit op eerste duel", ""), report)


def test_a_national_teams_nickname_is_its_countrys_side() -> None:
    preview = events.marks("Bondscoach Zuid-Afrika klaar voor duel tegen Oranje", "")
    report = events.marks("Zuid-Afrika - Nederland (groep B) | EK 2022", "")
    assert sides.marks("Bondscoach Zuid-Afrika klaar voor duel tegen Oranje") == {"match:bondscoach|nederland"}
    assert not events.clash(preview, report)


def test_a_speaker_before_the_match_is_no_side() -> None:
    # the coach speaks of his team's match: his name is no side, and the match's own report does not clash with it
    assert sides.marks("Trainer Smit ziet tegen Polen een sterker elftal") == frozenset()
    assert sides.marks("Bakker verwacht tegen Italië meer ruimte op het middenveld") == frozenset()
    preview = events.marks("Bondscoach Van Dam ziet tegen Polen 'goede stappen' bij de ploeg", "")
    report = events.marks("Nederland wint ruim van Polen in Warschau", "")
    assert not events.clash(preview, report)
    # a side's own verb still opens a match
    assert sides.marks("Vitesse speelt zondag tegen Polen Warschau") == {"match:polen|vitesse"}


def test_a_sides_will_keeps_its_match() -> None:
    # (review53) "wil" is what a side wants of its match, no speaker's verb: and another match of that evening clashes
    # with it
    assert sides.marks("Ajax wil tegen PSV revanche") == {"match:ajax|psv"}
    assert events.clash(events.marks("Ajax wil tegen PSV revanche", ""), events.marks("Feyenoord wint van AZ", ""))


def test_a_dutch_word_opening_the_headline_is_no_side() -> None:
    # a headline capitalises its first word: a Dutch word there (an adverb, a verb, a noun) opens no sure side
    assert sides.marks("Alleen het orkest hield stand tegen Orbán") == frozenset()
    assert sides.marks("Mocht Feyenoord ten koste van Sevilla de finale halen") == frozenset()
    assert sides.marks("Excuses Van Dijk voor overtreding tegen Sevilla") == frozenset()
    column = events.marks("Alleen het orkest hield stand tegen Orbán", "")
    report = events.marks("Orbán wint van Karácsony in Boedapest", "")
    assert not events.clash(column, report, later=True)
    # a name that opens the headline is still a side, and so is a team named by a Dutch word
    assert sides.marks("Sevilla verliest van Feyenoord") == {"match:feyenoord|sevilla"}
    assert sides.marks("Excelsior wint van Vitesse") == {"match:excelsior|vitesse"}
    assert sides.marks("Polen wint van Canada") == {"match:canada|polen"}
    assert sides.marks("Verenigde Staten te sterk voor Griekenland") == {"match:griekenland|verenigde"}
