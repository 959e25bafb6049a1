"""An article that turns to another matter halfway ("... Aanhouding In een andere zaak hield de politie ...")
belongs to the story of what it opened on: its second item lends it none of its words, names or days, so it
does not join the other event's story by them (`items`)."""

from pipeline.stories.cluster import assign
from pipeline.stories.items import first_item
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

ARREST_TITLE = "Man aangehouden na dreigende leus tegen burgemeester Vermeulen bij mars in Zwolle"
ARREST = (
    "De politie heeft in Deventer een man van 34 jaar aangehouden die zaterdag tijdens een protestmars in Zwolle "
    "een dreigende leus riep tegen burgemeester Karin Vermeulen. Op beelden van de mars is te zien hoe de man, "
    "met een bivakmuts op, de menigte oproept de burgemeester 'een kogel te geven'. De man wordt verdacht van "
    "bedreiging en opruiing. Vermeulen deed maandag aangifte. De organisatie van de protestmars neemt afstand van "
    "de leus en zegt de demonstrant niet te kennen."
)
COUNCIL_TITLE = "Spoeddebat gemeenteraad Almelo over bericht wethouder. Bedreigen van bestuurders"
COUNCIL = (
    "De gemeenteraad van Almelo kwam gisteravond in een spoeddebat bijeen over een bericht op sociale media van "
    "wethouder Pieter Dijkhuis, waarin hij de oppositiepartij Samen Almelo 'een gevaar voor de stad' noemde. "
    "Fractievoorzitter Ria Hofstede eiste zijn aftreden en diende een motie van afkeuring in. Dijkhuis bood in het "
    "debat zijn excuses aan maar bleef aan. De motie haalde geen meerderheid. "
    "Aanhouding In een andere zaak pakte de politie een 34-jarige Deventenaar op voor de dreigende leus tegen "
    "burgemeester Karin Vermeulen van Zwolle, zaterdag bij de protestmars. Hij is verdacht van bedreiging en "
    "opruiing, nadat beelden van de mars rondgingen waarop een man met bivakmuts roept de burgemeester 'een kogel "
    "te geven'."
)


def test_the_second_item_is_left_out_with_its_intertitle():
    assert first_item("De raad stemde in. Aanhouding In een andere zaak hield de politie een man aan.") == (
        "De raad stemde in."
    )
    assert first_item("De raad stemde in.\n\nAanhouding\n\nIn een andere zaak hield de politie een man aan.") == (
        "De raad stemde in."
    )
    kept = "De rechter, die in een andere zaak al oordeelde, sprak hem vrij. Hij ging in beroep."
    assert first_item(kept) == kept  # inside a sentence: no turn
    opening = "In een andere zaak hield de politie een man aan. Hij zweeg."
    assert first_item(opening) == opening  # the text opens on it: no first item before it
    titled = "Aanhouding\nIn een andere zaak hield de politie een man aan. Hij zweeg."
    assert first_item(titled) == titled  # ... under an intertitle


def test_the_second_items_names_stay_out_of_the_features():
    council = feat("c1", "Dagblad Oost", at(1, 2), COUNCIL_TITLE, COUNCIL)
    assert "dijkhuis" in council.names and "vermeulen" not in council.names
    assert not any(term.startswith("protestmars") for term, _ in council.all_terms())


def test_an_article_turning_to_another_matter_does_not_join_that_matters_story():
    store = MemoryStoryStore()
    arrest = assign(feat("a1", "Stadsblad", at(1, 0), ARREST_TITLE, ARREST), store)
    again = assign(feat("a2", "Noorderkrant", at(1, 1), "Verdachte dreigende leus Zwolle vast", ARREST), store)
    assert again.story_id == arrest.story_id
    council = assign(feat("c1", "Dagblad Oost", at(1, 2), COUNCIL_TITLE, COUNCIL), store)
    assert council.created
