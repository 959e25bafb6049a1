"""The copy convention of stop 37: the same outlet posting the same text again with small edits (a re-post under
another headline, a corrected version) is a copy of its earlier item (`own_update`); an update that adds a paragraph
of news is not, nor is the next item under a stock caption naming others. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories.openings import opening_hashes
from tests.pipeline.stories.texts import assigned_in_turn

TALKS = (
    "Een nacht van overleg tussen de ministers van landbouw in Luxemburg heeft geen akkoord opgeleverd over de"
    " verdeling van het visquotum. Dinsdag praten de ministers verder."
)
# the outlet's print edition the next morning: the same lead, "Vandaag" for "Dinsdag"
TALKS_AGAIN = (
    "Een nacht van overleg tussen de ministers van landbouw in Luxemburg heeft geen akkoord opgeleverd over de"
    " verdeling van het visquotum. Vandaag praten de ministers verder."
)
TALKS_BACKGROUND = (
    "De vissers in Urk en Scheveningen volgen het overleg op de voet. Hun bond vreest dat de kottervloot verder krimpt"
    " als het quotum voor schol omlaag gaat."
)
# the outlet's later text: its lead, a paragraph of news, then its background paragraph
TALKS_UPDATED = (
    TALKS + "\n\nIn de middag bereikten de ministers toch een akkoord. Nederlandse vissers mogen volgend jaar tien"
    " procent meer schol vangen, maar minder kabeljauw. De visserijbond noemt het resultaat teleurstellend voor de"
    " kottervloot in Urk en Scheveningen, die al jaren krimpt.\n\n" + TALKS_BACKGROUND
)
# a broadcaster's stock caption under two interviews after one match: the same words, other names
REACTION_A = (
    "De reactie van FC Groningen-aanvoerder Mike te Wierik na het teleurstellende gelijkspel tegen Vitesse in de"
    " eerste ronde van de beker."
)
REACTION_B = (
    "De reactie van FC Groningen-trainer Danny Buijs na het teleurstellende gelijkspel tegen Vitesse in de eerste"
    " ronde van de beker."
)


def test_an_outlets_text_posted_again_the_next_morning_with_a_word_changed_is_a_copy():
    got = assigned_in_turn(
        [
            ("avond", "Trouw", 10, "Visserijoverleg loopt vast in Luxemburg", TALKS),
            ("ochtend", "Trouw", 22, "Lot van de Urker kotters blijft in de lucht hangen", TALKS_AGAIN),
        ]
    )
    assert got["ochtend"][1] == "avond"


def test_an_outlets_update_adding_a_paragraph_of_news_is_no_copy_but_joins_its_story():
    got = assigned_in_turn(
        [
            ("ochtend", "Trouw", 2, "Visserijoverleg loopt vast in Luxemburg", TALKS + "\n\n" + TALKS_BACKGROUND),
            ("middag", "Trouw", 8, "Toch akkoord over visquotum: meer schol, minder kabeljauw", TALKS_UPDATED),
        ]
    )
    assert got["middag"][1] is None
    assert got["middag"][0] == got["ochtend"][0]


def test_two_interviews_under_one_stock_caption_naming_others_are_no_copy():
    got = assigned_in_turn(
        [
            ("aanvoerder", "NOS", 20, "Te Wierik baalt: 'Dit moeten we gewoon winnen'", REACTION_A),
            ("trainer", "NOS", 20.2, "Buijs ziet kansen gemist: 'Zonde van de avond'", REACTION_B),
        ]
    )
    assert got["trainer"][1] is None


# two desks' first reports of one fire: the agency's two sentences, and a longer lead of its own sharing the second
FIRE_AGENCY = (
    "Het historische stadhuis van Gouda staat in brand. Op beelden is te zien hoe de vlammen uit het dak slaan."
)
FIRE_OWN = (
    "Er woedt een grote brand in het historische stadhuis van Gouda. Op beelden op Twitter is te zien hoe de vlammen"
    " uit het dak slaan."
)
# a later feed's cut of an agency report, its first sentence edited as it was cut
STUDENTS = (
    "In het Duitse plaatsje Starnberg hebben zo'n vijftig scholieren geprobeerd een 15-jarige jongen te bevrijden uit"
    " het politiebureau. De jongen was opgepakt omdat hij zich misdroeg tijdens een schoolfeest.\n\n"
    "Kort nadat de jongen was opgesloten, probeerde een groep scholieren het bureau binnen te dringen. Flesjes vlogen"
    " tegen de ruiten, waardoor zeker een raam brak.\n\n"
    "De politie moest versterking laten komen om de groep uiteen te drijven. Niemand raakte gewond."
)
STUDENTS_CUT = (
    "In het Duitse plaatsje Starnberg hebben zo'n vijftig scholieren geprobeerd een 15-jarige jongen uit het"
    " politiebureau te bevrijden."
)


def test_a_longer_lead_of_its_own_sharing_one_sentence_of_a_short_report_is_no_copy():
    got = assigned_in_turn(
        [
            ("agency", "AD", 19.2, "Brand in historisch stadhuis Gouda", FIRE_AGENCY),
            ("own", "NU.nl", 19.4, "Grote brand uitgebroken in stadhuis Gouda", FIRE_OWN),
        ]
    )
    assert got["own"][1] is None
    assert got["own"][0] == got["agency"][0]


def test_a_later_short_cut_edited_as_it_was_made_stays_a_copy():
    got = assigned_in_turn(
        [
            ("report", "De Telegraaf", 8, "Vijftig scholieren bestormen politiebureau", STUDENTS),
            ("cut", "NU.nl", 11, "Scholieren proberen klasgenoot uit cel te bevrijden", STUDENTS_CUT),
        ]
    )
    assert got["cut"][1] == "report"


# one site writes a name with a hyphen, the agency without: the same copy
CHURCH_AGENCY = (
    "De beroemde Brusselse kathedraal Sint Goedele staat in brand. Dat meldt de brandweer aan persbureau Belga. Op"
    " beelden is te zien hoe de vlammen uit het dak slaan."
)
CHURCH_CUT = (
    "De beroemde Brusselse kathedraal Sint-Goedele staat in brand. Op beelden is te zien hoe de vlammen uit het dak"
    " slaan."
)


def test_an_openings_hyphenated_word_is_read_as_its_parts():
    hyphen = [("de", "kathedraal", "sint-goedele", "staat", "in", "brand")]
    assert opening_hashes(hyphen, 120) == opening_hashes(
        [("de", "kathedraal", "sint", "goedele", "staat", "in", "brand")], 120
    )


def test_a_cut_writing_a_name_with_a_hyphen_is_a_copy():
    got = assigned_in_turn(
        [
            ("agency", "De Telegraaf", 19.2, "Uitslaande brand in kathedraal Brussel", CHURCH_AGENCY),
            ("cut", "AD", 19.3, "Brand in beroemde Brusselse kathedraal", CHURCH_CUT),
        ]
    )
    assert got["cut"][1] == "agency"
