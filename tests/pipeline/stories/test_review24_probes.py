"""review24 probes on the stories round: the rewrite rule and names over particles. xfail(strict) marks the
behaviour observed on main (57a6823); texts written here (a police release on a house fire, and two
outlets' own reports that each reuse two of its paragraphs)."""

from __future__ import annotations

from pipeline.stories.brief import key_names
from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

R2 = (
    "Brandweerlieden troffen de man bewusteloos aan in de woonkamer. Ondanks reanimatie overleed hij ter plaatse. "
    "Zijn 64-jarige vrouw wist op tijd naar buiten te komen en is met rookvergiftiging naar het Gelre ziekenhuis gebracht."
)
R3 = (
    "De politie doet samen met de brandweer onderzoek naar de oorzaak van de brand. Er zijn vooralsnog geen "
    "aanwijzingen dat er sprake is van een misdrijf. De woning is onbewoonbaar verklaard."
)
REPORT_A = "\n\n".join(
    [
        "Verslagenheid aan de Kastanjelaan in Apeldoorn. Buurtbewoners stonden zondagochtend met tranen in de ogen "
        "bij het zwartgeblakerde huis waar in de nacht een 67-jarige man omkwam bij een brand.",
        '"Ik hoorde glas springen en zag vlammen achter het raam", vertelt overbuurman Henk Jansen. Hij belde direct '
        '112 en probeerde samen met een andere buurman de voordeur open te krijgen. "Maar de hitte was niet te '
        'harden. We konden niets meer doen."',
        R2,
        R3,
        "Volgens buren woonde het echtpaar al ruim veertig jaar in de straat. De man was actief bij de plaatselijke "
        "volkstuinvereniging en stond bekend als een behulpzame buurman die altijd klaarstond voor anderen.",
    ]
)
REPORT_D = "\n\n".join(
    [
        "In Apeldoorn is zondagnacht een man overleden bij een uitslaande brand in zijn huis. Het gaat om een "
        "67-jarige bewoner van de Kastanjelaan, bevestigt een woordvoerder van de politie tegenover onze redactie.",
        R2,
        R3,
        'Burgemeester Ton Heerts laat weten diep geschokt te zijn. "Mijn gedachten gaan uit naar de vrouw en de '
        'familie van het slachtoffer. Wij bieden alle hulp die nodig is", aldus Heerts in een verklaring.',
        "Het is de tweede fatale woningbrand in Apeldoorn dit jaar. In maart kwam een vrouw om bij een brand in de "
        "wijk Zevenhuizen. De brandweer roept inwoners op om rookmelders op iedere verdieping te plaatsen.",
    ]
)


def test_two_reports_with_their_own_openings_sharing_a_press_releases_middle_are_not_copies() -> None:
    store = MemoryStoryStore()
    first = assign(feat("a", "De Stentor", at(0, 1), "Verslagenheid na dodelijke brand Kastanjelaan", REPORT_A), store)
    second = assign(feat("d", "Omroep Gelderland", at(0, 2), "Man overleden bij brand in Apeldoorn", REPORT_D), store)
    assert second.duplicate_of is None
    assert second.story_id == first.story_id


def test_a_sentence_opening_group_of_people_of_a_place_is_no_name() -> None:
    texts = [
        "Inwoners van Den Haag protesteren tegen de nieuwe parkeertarieven. De gemeente houdt vast aan het plan.",
        "Inwoners van Den Haag zijn boos over de hogere tarieven. Wethouder Arjen Kapteijns wil in gesprek.",
        "Bewoners van Den Haag betalen vanaf april meer, zegt wethouder Arjen Kapteijns.",
    ]
    features = [feat(f"x{i}", f"O{i}", at(0, i), "Parkeren duurder", t) for i, t in enumerate(texts)]
    assert "den haag" in features[0].names and "inwoners van den haag" not in features[0].names
    assert [name for name, _ in key_names(features, {})][0] == "The Hague"  # in English
