"""A name written out beside its abbreviation ("Rijksinstituut voor Volksgezondheid en Milieu", "RIVM") is one
name (`spelled.spelled_out`): two reports that only name one institute share no three entities on the second look."""

from pipeline.stories.spelled import spelled_out
from tests.pipeline.stories.texts import second_look

SUN = (
    "Instituut: smeer je goed in tijdens de zonnige feestdagen",
    "Het wordt een zonnig weekend met temperaturen tot vijfentwintig graden. Het Rijksinstituut voor "
    "Volksgezondheid en Milieu (RIVM) raadt iedereen aan om zich goed in te smeren, zeker kinderen met een "
    "lichte huid. Wie lang buiten wandelt of fietst, draagt het beste een pet en een zonnebril. Tussen twaalf en "
    "drie uur is de straling het sterkst, zegt een woordvoerder. Drink daarnaast voldoende water en zoek "
    "regelmatig de schaduw op, vooral op terrassen en stranden aan de kust.",
)
SMOKE = (
    "RIVM: slechte lucht verwacht door vreugdevuren",
    "Vanaf zaterdag is de luchtkwaliteit in het oosten van het land matig tot slecht, meldt het RIVM. Het "
    "Rijksinstituut voor Volksgezondheid en Milieu wijt dat aan de vele vuren die boeren en dorpen in het "
    "grensgebied aansteken. Mensen met astma of een longziekte doen er goed aan ramen en deuren gesloten te "
    "houden. De rook blijft door het windstille weer lang hangen boven weilanden, akkers en woonwijken. "
    "Gemeenten overwegen de stapels hout kleiner te maken of de vuren te verbieden.",
)


def test_a_name_written_out_beside_its_abbreviation_is_one_name():
    text = "Het Rijksinstituut voor Volksgezondheid en Milieu meldt het. Het RIVM zegt meer. Dat zei de ACM."
    assert "rijksinstituut voor volksgezondheid en milieu" in spelled_out(text, {})
    bracket = "Dat heeft de Autoriteit Consument & Markt (ACM) afgesproken."
    assert "autoriteit consument en markt" in spelled_out(bracket, {})  # "&" written "en"
    assert spelled_out("Jan de Vries (VVD) zei het. De Raad van State (RvS) ook.", {}) == {}  # no initials spelled


def test_one_institute_written_out_is_not_three_shared_entities():
    assert not second_look(SUN, SMOKE)


def test_a_text_of_many_abbreviations_is_read_in_bounded_time() -> None:
    # outside input: every capitalised word was tried against every abbreviation the text writes (800 of them on
    # 20,000 characters: ~0.5 s; a 200,000-character text with thousands: minutes); now only the first
    # MAX_ABBREVIATIONS, and only those ending on the word's initial
    import itertools
    import string
    import time

    codes = ["".join(p) for p in itertools.product(string.ascii_uppercase, repeat=3)][:8000]
    text = " ".join(["Rijksinstituut voor Volksgezondheid en Milieu"] * 4000) + " " + " ".join(codes) + " RIVM"
    start = time.perf_counter()
    spelled_out(text, {})
    assert time.perf_counter() - start < 10  # a bound against a hang, not a speed target
