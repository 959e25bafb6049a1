"""Two incidents of one kind in two named places, told in the stock words of the kind, in a young store (issue 19):
a fire in a warehouse in Tilburg on Friday night and a fire at a storage firm in Rotterdam's harbour on Monday morning
share "grote brand", "brandweer", "veel rook vrij", "ramen en deuren sluiten" and no name. A full window's name clash
kept them apart; in a new user's first days it waited for `name_min_docs` articles, and they joined. The prior of
Dutch word rarity (`rarity`) tells a telling place from the first article: the clash speaks there too
(`rarity.clash_docs`), and a follow-up naming the event's own places still joins."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.rarity import clash_docs
from tests.pipeline.stories.texts import at, feat, unrelated_window

TILBURG = (
    "Grote brand in loods in Tilburg",
    "TILBURG - In een loods aan de Ringbaan-West in Tilburg is vrijdagnacht een grote brand uitgebroken. De brandweer"
    " was met veel materieel aanwezig.\n\nEr kwam veel rook vrij. Bewoners in de buurt kregen het advies om ramen en"
    " deuren te sluiten. Er raakte niemand gewond.\n\nDe oorzaak van de brand is nog niet bekend. De politie doet"
    " onderzoek.",
)
ROTTERDAM = (
    "Brand in haven van Rotterdam onder controle",
    "Een grote brand bij een opslagbedrijf in de haven van Rotterdam is maandagochtend onder controle. De brandweer"
    " was de hele nacht bezig met blussen.\n\nVolgens de Veiligheidsregio Rotterdam-Rijnmond kwam er veel rook vrij"
    " boven Pernis. Omwonenden moesten ramen en deuren sluiten. Er raakten twee medewerkers lichtgewond.",
)
ROTTERDAM_LATER = (  # the same fire, a few hours on: its own places, Rotterdam and Pernis
    "Brand bij opslagbedrijf in Rotterdamse haven geblust",
    "De brand bij het opslagbedrijf in de haven van Rotterdam is maandagmiddag geblust. Bewoners van Pernis mogen"
    " ramen en deuren weer openen, meldt de Veiligheidsregio Rotterdam-Rijnmond.\n\nDe brandweer blijft nog een"
    " nacht nablussen. De oorzaak van de brand wordt onderzocht.",
)
UTRECHT = (
    "Man neergestoken in Utrecht",
    "UTRECHT - Bij een steekpartij aan de Amsterdamsestraatweg in Utrecht is zaterdagavond een man zwaargewond"
    " geraakt. Hij is met spoed naar het ziekenhuis gebracht.\n\nDe politie zoekt getuigen van de steekpartij. Een"
    " verdachte is nog niet aangehouden.",
)
GRONINGEN = (
    "Vrouw gewond bij steekpartij in Groningen",
    "Een vrouw is zondagochtend bij een steekpartij in een woning in de Groningse wijk Selwerd zwaargewond geraakt."
    " Ze is naar het ziekenhuis gebracht.\n\nDe politie zoekt getuigen van de steekpartij en heeft een verdachte"
    " aangehouden.",
)
UTRECHT_LATER = (  # the Utrecht stabbing's arrest
    "Verdachte van steekpartij Amsterdamsestraatweg in Utrecht aangehouden",
    "De politie heeft zondag een 24-jarige man uit Utrecht aangehouden voor de steekpartij aan de"
    " Amsterdamsestraatweg van zaterdagavond. Het slachtoffer ligt nog in het ziekenhuis.",
)


def _stories(items, store=None, settings=None):
    """The story id of each item, assigned in turn (hours after Monday 9:00 given), in an empty store unless given."""
    settings = settings or ClusterSettings()
    store = store if store is not None else MemoryStoryStore()
    return [
        assign(feat(f"a{i}", "Krant", at(0, h), *text), store, settings).story_id for i, (h, text) in enumerate(items)
    ]


def test_two_fires_in_two_cities_stay_apart_in_an_empty_store():
    first, second = _stories([(0, TILBURG), (2, ROTTERDAM)])
    assert first != second
    # the gate that let them through: no name clash before `name_min_docs` articles
    old = replace(ClusterSettings(), prior_clash_docs=ClusterSettings().name_min_docs)
    first, second = _stories([(0, TILBURG), (2, ROTTERDAM)], settings=old)
    assert first == second


def test_two_fires_in_two_cities_stay_apart_in_a_window():
    settings = ClusterSettings()
    first, second = _stories([(0, TILBURG), (2, ROTTERDAM)], unrelated_window(settings), settings)
    assert first != second


def test_the_rotterdam_fire_goes_on_in_an_empty_store():
    fire, later = _stories([(0, ROTTERDAM), (5, ROTTERDAM_LATER)])
    assert fire == later


def test_two_stabbings_in_two_cities_stay_apart_and_the_arrest_joins():
    utrecht, groningen, arrest = _stories([(0, UTRECHT), (3, GRONINGEN), (5, UTRECHT_LATER)])
    assert utrecht != groningen
    assert arrest == utrecht


def test_clash_docs_waits_without_the_prior():
    assert clash_docs(50, 0, 49.0) == 0
    assert clash_docs(50, 0, 0.0) == 50  # no prior: the window's own idf, after `name_min_docs` articles
    assert clash_docs(50, 80, 49.0) == 50
