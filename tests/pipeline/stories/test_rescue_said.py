"""The second look (`rescue.rescued`) needs a headline term of what happened: a shared town or office holder
said again in the headline ("Harderwijk", "Premier") is no event, nor is a lead whose marks say another case."""

from tests.pipeline.stories.texts import second_look

RENTAL = (
    "Harderwijk pakt vakantieverhuur van woningen aan",
    "De gemeente Harderwijk gaat optreden tegen de verhuur van woningen aan toeristen. Buren klagen steeds vaker "
    "over overlast en de huizen zijn niet beschikbaar voor woningzoekenden.",
)
YOUTH_CARE = (
    "Ook Harderwijk kampt met tekort op jeugdzorg",
    "Niet alleen grote steden hebben een tekort op de jeugdzorg. De gemeente Harderwijk komt dit jaar ruim twee "
    "miljoen euro tekort, blijkt uit de jaarrekening.",
)
RENTAL_AGAIN = (
    "Harderwijk: vakantieverhuur woningen aan banden",
    "Wie zijn huis aan toeristen verhuurt, moet zich straks melden bij de gemeente Harderwijk.",
)
CAR = (
    "Premier Joost Brandsma rijdt nog altijd in zijn oude Volvo",
    "Premier Joost Brandsma heeft geen plannen om zijn Volvo uit 2003 in te ruilen, zei hij na de ministerraad.",
)
TULIP = (
    "Premier doopt tulp voor oorlogsveteraan",
    "Premier Joost Brandsma heeft woensdag een tulp gedoopt ter ere van de veteranen die het land bevrijdden.",
)
FIRE = (
    "Man (43) opgepakt voor brand in Stadshagen",
    "De politie heeft een 43-jarige man aangehouden voor de brand in een flat in de wijk Stadshagen van Zwolle.",
)
OTHER_FIRE = (
    "Man (51) opgepakt voor brand",
    "De politie heeft een 51-jarige man aangehouden voor een brand in een schuur in de wijk Stadshagen.",
)


def test_a_town_said_again_in_the_headline_is_no_event():
    assert not second_look(RENTAL, YOUTH_CARE)
    assert second_look(RENTAL, RENTAL_AGAIN)  # the town and what happened there: the story's


def test_a_title_of_office_says_its_holder_again():
    assert not second_look(CAR, TULIP)


def test_another_age_is_another_case_on_the_second_look():
    assert not second_look(FIRE, OTHER_FIRE)
