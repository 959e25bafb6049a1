"""Review probes (review28s) of the last stop's story changes: `meet` (two sizable stories merged when
one grows), the name clash and second look, `brief.key_names` and `storydesk.text.stream_order`. Each
test states what a reader needs (different events stay apart, key names name the right people, a batch
meets the clusterer in publication order). Texts written for these probes, never copied from news."""

from __future__ import annotations

from dataclasses import replace

from pipeline.document import Article, ArticleMeta, Brief, ModelRef, Summary
from pipeline.stories.brief import key_names
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.storydesk.text import article_text, stream_order
from tests.pipeline.stories.test_meet import meet, story, vector
from tests.pipeline.stories.texts import at, feat, unrelated_window

Text = tuple[str, str]


def _stories(first: list[Text], second: list[Text], follow_up: Text) -> MemoryStoryStore:
    """A window with `first` and `second` as two stories of one afternoon (the second's first article
    opens a story of its own, as a lead of another event does), then `follow_up` of the first event."""
    settings = ClusterSettings()
    store = unrelated_window(settings)
    for i, (title, body) in enumerate(first + second):
        opens = replace(settings, threshold=0.99) if i == len(first) else settings
        assign(feat(f"a{i}", "Krant", at(0, 1 + i * 0.5), title, body), store, opens)
    assign(feat("z", "Krant", at(0, 4), *follow_up), store, settings)
    return store


# --- 1. meet: two trials at one court, both naming the Openbaar Ministerie in full ---------------------
# `meet._marks` leaves the ages out when both cores give one full name ("Peter M."): an institution's
# name ("Openbaar Ministerie", "Rechtbank Utrecht") is no person around whom other ages stand.

STABBING = [
    (
        "Man (38) uit Utrecht cel in voor steekpartij bij station",
        "Het Openbaar Ministerie heeft vier jaar cel geëist tegen een 38-jarige man uit Utrecht. Volgens de officier"
        " van justitie stak hij in maart bij station Utrecht Centraal een reiziger neer na een ruzie. De rechtbank in"
        " Utrecht doet over twee weken uitspraak.",
    ),
    (
        "Vier jaar cel geëist tegen Utrechter (38) voor steekpartij",
        "Tegen een 38-jarige Utrechter is dinsdag vier jaar cel geëist voor een steekpartij bij station Utrecht"
        " Centraal. Het Openbaar Ministerie vindt poging tot doodslag bewezen. De advocaat van de man vraagt"
        " vrijspraak; de rechtbank doet over twee weken uitspraak.",
    ),
]
CARE_FRAUD = [
    (
        "Vrouw (52) uit Nieuwegein riskeert celstraf voor fraude met zorggeld",
        "Het Openbaar Ministerie heeft twee jaar cel geëist tegen een 52-jarige vrouw uit Nieuwegein. Volgens de"
        " officier van justitie sluisde zij ruim drie ton zorggeld weg via een nepbureau. De rechtbank in Utrecht doet"
        " over twee weken uitspraak.",
    ),
    (
        "Twee jaar cel geëist tegen Nieuwegeinse (52) om zorgfraude",
        "Tegen een 52-jarige vrouw uit Nieuwegein is dinsdag twee jaar cel geëist voor fraude met zorggeld. Het"
        " Openbaar Ministerie vindt bewezen dat zij drie ton wegsluisde. Haar advocaat vraagt vrijspraak; de rechtbank"
        " in Utrecht doet over twee weken uitspraak.",
    ),
]
STABBING_DEFENCE = (
    "Advocaat Utrechter: 'Steekpartij bij Utrecht Centraal was zelfverdediging'",
    "De advocaat van de Utrechter tegen wie het Openbaar Ministerie vier jaar cel eist voor de steekpartij bij"
    " station Utrecht Centraal, zegt dat zijn cliënt uit zelfverdediging handelde. De rechtbank in Utrecht doet over"
    " twee weken uitspraak.",
)


def test_two_trials_at_one_court_naming_the_prosecution_in_full_stay_apart():
    store = _stories(STABBING, CARE_FRAUD, STABBING_DEFENCE)
    assert store.article_story("a2") != store.article_story("a0") == store.article_story("z")
    assert not store.merges


# the same with a person both trials name in full: one lawyer defends both suspects the same day

SHOOTING = [
    (
        "Zes jaar cel geëist tegen Amsterdammer (34) voor schietpartij in Bos en Lommer",
        "Het Openbaar Ministerie eist zes jaar cel tegen een 34-jarige Amsterdammer die in januari in Bos en Lommer"
        " op een auto schoot. Zijn advocaat Sander Kloosterhuis noemt het bewijs mager. De rechtbank in Amsterdam"
        " doet over twee weken uitspraak.",
    ),
    (
        "Schutter Bos en Lommer (34) ontkent: 'Ik was daar niet'",
        "De 34-jarige man die in januari in Bos en Lommer op een auto zou hebben geschoten, ontkende dinsdag voor de"
        " rechtbank in Amsterdam. Advocaat Sander Kloosterhuis vroeg vrijspraak; het Openbaar Ministerie eist zes jaar"
        " cel.",
    ),
]
EMBEZZLEMENT = [
    (
        "Penningmeester (61) van zwemclub riskeert cel voor verduistering",
        "Het Openbaar Ministerie eist een jaar cel tegen een 61-jarige vrouw uit Amstelveen die als penningmeester"
        " van een zwemclub ruim een ton verduisterde. Haar advocaat Sander Kloosterhuis vraagt een taakstraf. De"
        " rechtbank in Amsterdam doet over twee weken uitspraak.",
    ),
    (
        "Jaar cel geëist tegen penningmeester (61) zwemclub",
        "Tegen de 61-jarige penningmeester van een zwemclub uit Amstelveen is dinsdag een jaar cel geëist voor"
        " verduistering. Advocaat Sander Kloosterhuis vindt dat te zwaar; de rechtbank in Amsterdam doet over twee"
        " weken uitspraak.",
    ),
]
SHOOTING_VERDICT_DATE = (
    "Uitspraak over schietpartij Bos en Lommer over twee weken",
    "De rechtbank in Amsterdam doet over twee weken uitspraak in de zaak tegen de man die in Bos en Lommer op een"
    " auto schoot. Advocaat Sander Kloosterhuis vroeg vrijspraak, het Openbaar Ministerie zes jaar cel.",
)


def test_two_trials_of_one_lawyer_on_one_day_stay_apart():
    store = _stories(SHOOTING, EMBEZZLEMENT, SHOOTING_VERDICT_DATE)
    assert store.article_story("a2") != store.article_story("a0") == store.article_story("z")
    assert not store.merges


# --- 1b. meet: two fires of one evening in one city, both told by its safety region ------------------

WAALHAVEN = [
    (
        "Uitslaande brand in bedrijfspand aan de Waalhaven in Rotterdam",
        "In een bedrijfspand aan de Waalhaven in Rotterdam woedt dinsdagavond een uitslaande brand. Veiligheidsregio"
        " Rotterdam-Rijnmond waarschuwt omwonenden voor de rook: houd ramen en deuren gesloten.",
    ),
    (
        "Brand in bedrijfspand Waalhaven onder controle",
        "De brand in een bedrijfspand aan de Waalhaven in Rotterdam is onder controle, meldt Veiligheidsregio"
        " Rotterdam-Rijnmond. Er raakte niemand gewond; de rook trok over de wijk Charlois.",
    ),
]
ZUIDPLEIN = [
    (
        "Brand in flatwoning bij het Zuidplein in Rotterdam, bewoners geëvacueerd",
        "In een flatwoning bij het Zuidplein in Rotterdam is dinsdagavond brand uitgebroken. Veiligheidsregio"
        " Rotterdam-Rijnmond liet twintig bewoners van de flat evacueren; de rook trok door het trappenhuis.",
    ),
    (
        "Flatbewoners Zuidplein na brand opgevangen in buurthuis",
        "De twintig bewoners van de flat bij het Zuidplein in Rotterdam die dinsdagavond door brand hun woning uit"
        " moesten, worden opgevangen in een buurthuis, meldt Veiligheidsregio Rotterdam-Rijnmond.",
    ),
]
WAALHAVEN_CAUSE = (
    "Oorzaak brand bedrijfspand Waalhaven nog onbekend",
    "Hoe de brand in het bedrijfspand aan de Waalhaven in Rotterdam kon ontstaan, is nog onbekend. Veiligheidsregio"
    " Rotterdam-Rijnmond meet de rook in de omgeving; er zijn geen schadelijke stoffen gevonden.",
)


def test_two_fires_in_one_city_told_by_its_safety_region_stay_apart():
    store = _stories(WAALHAVEN, ZUIDPLEIN, WAALHAVEN_CAUSE)
    assert store.article_story("a2") != store.article_story("a0") == store.article_story("z")
    assert not store.merges


# --- 1c. the score: two explosions of one night in one city, at two addresses ------------------------
# the city is a telling name both share, so the name clash never spoke and the second joined the first's
# story; each names a street the other never names (`clash.other_address`): two addresses, two events

DORDTSESTRAATWEG = [
    (
        "Explosie bij woning aan de Dordtsestraatweg in Rotterdam",
        "Bij een woning aan de Dordtsestraatweg in Rotterdam is in de nacht van maandag op dinsdag een explosie"
        " geweest. De voordeur raakte zwaar beschadigd. De politie onderzoekt de explosie en vraagt getuigen zich te"
        " melden.",
    ),
    (
        "Voordeur vernield bij explosie Dordtsestraatweg",
        "Door een explosie bij een woning aan de Dordtsestraatweg in Rotterdam is de voordeur vernield. Niemand raakte"
        " gewond. De politie zoekt getuigen en camerabeelden.",
    ),
]
SCHIEDAMSEWEG = [
    (
        "Explosie bij bedrijfspand aan de Schiedamseweg in Rotterdam",
        "Bij een bedrijfspand aan de Schiedamseweg in Rotterdam is in de nacht van maandag op dinsdag een explosie"
        " geweest. De gevel raakte zwaar beschadigd. De politie onderzoekt de explosie en vraagt getuigen zich te"
        " melden.",
    ),
    (
        "Gevel vernield bij explosie Schiedamseweg",
        "Door een explosie bij een bedrijfspand aan de Schiedamseweg in Rotterdam is de gevel vernield. Niemand raakte"
        " gewond. De politie zoekt getuigen en camerabeelden.",
    ),
]
DORDTSESTRAATWEG_MISTAKE = (
    "Politie: explosie Dordtsestraatweg mogelijk vergissing",
    "De explosie bij een woning aan de Dordtsestraatweg in Rotterdam was mogelijk bedoeld voor een ander adres, denkt"
    " de politie. Zij zoekt nog altijd getuigen.",
)


def test_two_explosions_of_one_night_at_two_addresses_in_one_city_stay_apart():
    store = unrelated_window(ClusterSettings())
    for i, text in enumerate([*DORDTSESTRAATWEG, *SCHIEDAMSEWEG, DORDTSESTRAATWEG_MISTAKE]):
        assign(feat(f"n{i}", "Krant", at(0, 1 + i * 0.5), *text), store)
    first, second = store.article_story("n0"), store.article_story("n2")
    assert second != first and store.article_story("n1") == first == store.article_story("n4")
    assert store.article_story("n3") == second


def test_the_stories_of_two_explosions_at_two_addresses_stay_apart_when_one_grows():
    # each story is about its own address, so the second grows by an article of its own event; it scores
    # 0.59 with the first story too (the words of an explosion report, the city), and merge_if_one took that
    # for one event: only the city is shared, and each core names an address the other never names
    store = _stories(DORDTSESTRAATWEG, SCHIEDAMSEWEG, DORDTSESTRAATWEG_MISTAKE)
    assert store.article_story("a2") != store.article_story("a0") == store.article_story("z")
    assert not store.merges


def test_meet_leaves_two_stories_apart_whose_cores_each_name_their_own_address():
    # meet's one shared entity (the city) with alike words (0.8): two events of one night in one city
    first = story(1, 3, ("utrecht", "brouwersdam"), vector(4, "a"))
    second = story(2, 2, ("utrecht", "den dolder"), vector(4, "b"))
    assert not meet(second, first).merges


# --- 2. brief.key_names: a surname two people of the story share -------------------------------------


def test_a_surname_of_two_people_is_not_folded_into_one_of_them():
    # "Biden" alone is either of them: folding it into one (the first in the alphabet on a tie) shows
    # "Hunter Biden" named by four articles where two name him
    texts = [
        (
            "Rechter VS: Hunter Biden moet opnieuw voorkomen",
            "Hunter Biden, de zoon van president Joe Biden, moet opnieuw voor de rechter verschijnen. Biden ontkent.",
        ),
        (
            "Zaak tegen zoon Joe Biden gaat door",
            "De zaak tegen Hunter Biden, zoon van president Joe Biden, gaat door. Biden zweeg in de rechtszaal.",
        ),
        ("Biden zwijgt over rechtszaak", "Het Witte Huis zegt dat Biden niet reageert op de rechtszaak in Delaware."),
        ("Rechtszaak in Delaware uitgesteld", "De rechtszaak in Delaware is een week uitgesteld, meldt Biden."),
        ("Biden in Delaware", "Biden was dinsdag in Delaware, waar de rechtszaak dient."),
    ]
    features = [feat(f"b{i}", "Krant", at(0, i), *t) for i, t in enumerate(texts)]
    shown = dict(key_names(features, {}))
    assert shown.get("Hunter Biden", 0) <= 2 and shown.get("Joe Biden", 0) <= 2
    assert shown.get("Biden") == 4


# --- 3. storydesk.text.stream_order -----------------------------------------------------------------


def _article(published: str | None) -> Article:
    return Article("a.txt", "", (), ArticleMeta(published=published))


def test_a_batch_is_met_in_publication_order_whatever_the_zone_or_the_precision():
    batch = [
        _article("2026-03-02T09:30:00+01:00"),  # 08:30 UTC
        _article(None),  # undated: last
        _article("2026-03-02T08:00:00Z"),
        _article("2026-03-02T08:00:00"),  # naive: read as UTC, as the clusterer reads it; a tie keeps the order
        _article("2026-03-02"),  # a date only: the day's midnight
    ]
    assert stream_order(batch) == [4, 2, 3, 0, 1]


def _brief(published: str, briefed: str = "2026-03-04T10:00:00+00:00") -> Brief:
    article = Article("a.md", "", (), ArticleMeta(headline="Kop", published=published))
    model = ModelRef("m")
    return Brief(article, (), Summary("", 0), "Title", "headline", "key", "hash", model, model, created_at=briefed)


def test_a_date_without_a_time_reaches_the_clusterer_as_a_date_only():
    # the day relief (`dates.day_gap_hours`) and meet's print-day guard read `timed`: a front matter's
    # date alone must arrive as such, a time of midnight as a time
    dated, midnight = article_text(_brief("2026-03-02")), article_text(_brief("2026-03-02T00:00:00+01:00"))
    assert not dated.timed and dated.published.date().isoformat() == "2026-03-02"
    assert midnight.timed
    later = article_text(_brief("2026-03-05"))  # later than its brief: counts as briefed, at its time
    assert later.timed and later.published.isoformat() == "2026-03-04T10:00:00+00:00"
