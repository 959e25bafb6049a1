from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

BACKGROUND = (
    "De 41-jarige inwoner van Harderwijk wordt sinds 3 maart vermist, nadat hij rond middernacht een "
    "sportkantine aan de Stadsweide verliet. Zijn fiets werd twee dagen later gevonden bij een gemaal aan "
    "het Veluwemeer. Duikers van de brandweer hebben het water daar urenlang doorzocht, zonder resultaat.\n\n"
    "Familieleden plakten in de hele regio posters en organiseerden zoektochten met honderden vrijwilligers "
    "uit Ermelo, Nunspeet en Zeewolde. Volgens zijn zus had hij geen reden om zomaar te vertrekken en was "
    "hij die avond opgewekt. De recherche sluit een misdrijf niet uit en onderzoekt ook zijn telefoon, "
    "die sinds die nacht niet meer is ingeschakeld geweest op een zendmast in de buurt."
)
FIRST = (
    "Politie toont camerabeelden van vermiste Harderwijker",
    ("De politie laat dinsdagavond camerabeelden zien van de man op de avond dat hij verdween.\n\n" + BACKGROUND),
)
UPDATE = (
    "Buurtonderzoek naar vermiste Harderwijker na tip",
    (
        "Rechercheurs zijn woensdagochtend langs de deuren gegaan aan de Boulevard, nadat een getuige zich meldde "
        "die de man die nacht bij de haven zou hebben zien lopen met een onbekende vrouw in een rode jas. "
        "De tipgever sprak hem kort aan en zag hem daarna richting het strand verdwijnen. Een woordvoerder "
        "noemt de melding serieus, omdat de getuige details gaf over kleding die nooit bekend is gemaakt.\n\n"
        + BACKGROUND
    ),
)


def test_an_outlets_follow_up_over_its_own_earlier_text_is_not_a_copy():
    store = MemoryStoryStore()
    first = assign(feat("a", "De Telegraaf", at(1, 11), *FIRST), store)
    update = assign(feat("b", "De Telegraaf", at(2, 11), *UPDATE), store)
    assert update.duplicate_of is None
    assert update.story_id == first.story_id


def test_another_outlets_longer_text_with_its_own_opening_stays_a_copy():
    store = MemoryStoryStore()
    assign(feat("a", "ANP", at(1, 11), *FIRST), store)
    assert assign(feat("b", "De Telegraaf", at(1, 12), *UPDATE), store).duplicate_of == "a"


ARTICLE = (
    "Honderd woningen ontruimd na gaslek in Deventer",
    (
        "Honderd woningen en een school zijn ontruimd na een gaslek aan de Brinkstraat in Deventer. De omgeving "
        "van de school is afgezet.\n\n"
        "De netbeheerder heeft het lek gedicht, maar de brandweer meet nog in de kelders van de huizen. Het "
        "onderzoek naar de oorzaak is overgedragen aan de gemeente.\n\n"
        "Het lek ontstond rond vijf uur vanochtend. Een graafmachine raakte bij werkzaamheden een leiding. Er "
        "zijn geen gewonden gevallen.\n\n"
        "Bewoners werden enkele uren in een sporthal opgevangen en mochten rond het middaguur terug naar huis."
    ),
)
EXCERPT = (ARTICLE[0], ARTICLE[1].split("\n\n")[0])
VIDEO = (
    "'Ik rook het al toen ik opstond'",
    EXCERPT[1] + " Omwonenden roken een sterke gaslucht.",
)


def test_an_outlets_later_short_text_adding_a_sentence_of_its_own_is_not_a_copy():
    store = MemoryStoryStore()
    first = assign(feat("a", "NOS", at(1, 7), *ARTICLE), store)
    video = assign(feat("b", "NOS", at(1, 16), *VIDEO), store)
    assert video.duplicate_of is None
    assert video.story_id == first.story_id


def test_an_outlets_later_excerpt_of_its_own_text_stays_a_copy():
    store = MemoryStoryStore()
    assign(feat("a", "NOS", at(1, 7), *ARTICLE), store)
    assert assign(feat("b", "NOS", at(1, 16), *EXCERPT), store).duplicate_of == "a"
