"""Wire copy (copies36): a short cut edited in every sentence that keeps the other's middle sentence and its end
(`DuplicateSettings.edited_opened`); a cut keeping the first sentence and the end, its second sentence re-worded
(`openings.ends_inside`); a longer cut whose lead was edited, mostly inside the other (`rewrite_close`); an edited
cut that gives a name of the story whole ("Meghan Markle" for "Meghan": `copy_checks.names_its_own`). Beside each,
the look-alike the rule must leave as it is. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

GARAGES = (
    "De gemeente Utrecht sluit vanaf maandag drie parkeergarages in de binnenstad omdat de betonnen vloeren niet"
    " meer veilig zijn. Bij een inspectie zijn scheuren gevonden in de steunbalken van de garages aan het"
    " Vredenburg, de Springweg en het Paardenveld. Automobilisten worden verwezen naar de transferia aan de rand"
    " van de stad.\n\n"
    "Wethouder Jansen zegt dat de garages minstens een half jaar dicht blijven. Het herstel kost volgens een eerste"
    " schatting ruim twintig miljoen euro. De gemeente onderzoekt of de bouwer aansprakelijk kan worden gesteld.\n\n"
    "Ondernemers in de binnenstad reageren geschrokken. Zij vrezen dat bezoekers wegblijven nu er honderden"
    " parkeerplaatsen verdwijnen. De gemeente laat extra pendelbussen rijden vanaf de transferia.\n\n"
    "De drie garages werden in de jaren zeventig gebouwd met hetzelfde type voorgespannen beton."
)
# another outlet's cut two hours later, edited in every sentence: a first sentence of its own words, the second
# kept, the third re-worded up to its end
GARAGES_CUT = (
    "Drie parkeergarages in het centrum van Utrecht gaan vanaf maandag op slot vanwege de slechte staat van het"
    " beton. Bij een inspectie zijn scheuren gevonden in de steunbalken van de garages aan het Vredenburg, de"
    " Springweg en het Paardenveld. Wie met de auto komt moet parkeren bij de transferia aan de rand van de stad."
)
# another outlet's item on the closure: the inspection's sentences under a first sentence and an end of its own
GARAGES_OWN = (
    "Winkeliers in de Utrechtse binnenstad maken zich grote zorgen over hun omzet in de komende maanden. Bij een"
    " inspectie zijn scheuren gevonden in de steunbalken van de garages aan het Vredenburg, de Springweg en het"
    " Paardenveld. Automobilisten worden verwezen naar de transferia, maar volgens de winkeliersvereniging blijven"
    " veel klanten dan gewoon thuis."
)

PLANE = (
    "Een sportvliegtuigje met twee inzittenden heeft dinsdagmiddag een noodlanding gemaakt in een weiland bij"
    " Lelystad nadat de motor kort na de start uitviel. De twee bleven volgens de veiligheidsregio ongedeerd. Wel"
    " raakte het toestel beschadigd aan het landingsgestel."
)
# another outlet's text a little later: the first sentence kept, the second re-worded, the end kept, then more
PLANE_COPY = (
    "Een sportvliegtuigje met twee inzittenden heeft dinsdagmiddag een noodlanding gemaakt in een weiland bij"
    " Lelystad nadat de motor kort na de start uitviel. Volgens de hulpdiensten raakte niemand gewond. Het vliegtuig"
    " werd wel beschadigd aan het landingsgestel.\n\n"
    "Het vliegtuigje was op weg naar Texel voor een rondvlucht boven de Waddenzee. De piloot wist het toestel"
    " volgens een omstander keurig aan de grond te zetten tussen de koeien.\n\n"
    "De Onderzoeksraad voor Veiligheid is op de hoogte gebracht en bekijkt of een onderzoek nodig is."
)
# the same first sentence over another report that goes on apart: no copy
PLANE_APART = (
    "Een sportvliegtuigje met twee inzittenden heeft dinsdagmiddag een noodlanding gemaakt in een weiland bij"
    " Lelystad nadat de motor kort na de start uitviel. Een boer die aan het melken was schrok zich een hoedje en"
    " belde meteen het alarmnummer.\n\n"
    "Het vliegtuigje was op weg naar Texel voor een rondvlucht boven de Waddenzee. De piloot wist het toestel"
    " volgens een omstander keurig aan de grond te zetten tussen de koeien.\n\n"
    "De Onderzoeksraad voor Veiligheid is op de hoogte gebracht en bekijkt of een onderzoek nodig is."
)


def test_a_short_cut_edited_in_every_sentence_keeping_the_middle_and_the_end_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Drie parkeergarages in Utrecht dicht om scheuren in beton", GARAGES),
            ("cut", "AD", 3, "Utrecht sluit parkeergarages om slecht beton", GARAGES_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"


def test_a_short_text_sharing_one_sentence_under_a_lead_and_an_end_of_its_own_is_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Drie parkeergarages in Utrecht dicht om scheuren in beton", GARAGES),
            ("eigen", "AD", 3, "Winkeliers Utrecht vrezen omzetverlies door dichte garages", GARAGES_OWN),
        ]
    )
    assert got["eigen"][1] is None


def test_a_copy_keeping_the_first_sentence_and_the_end_its_second_re_worded_is_a_copy():
    got = assigned_in_turn(
        [
            ("kort", "NU.nl", 1, "Sportvliegtuigje maakt noodlanding in weiland bij Lelystad", PLANE),
            ("lang", "De Telegraaf", 1.5, "Noodlanding in weiland: inzittenden ongedeerd", PLANE_COPY),
        ]
    )
    assert got["lang"][1] == "kort"


def test_a_text_opening_with_the_same_sentence_that_goes_on_apart_is_no_copy():
    got = assigned_in_turn(
        [
            ("kort", "NU.nl", 1, "Sportvliegtuigje maakt noodlanding in weiland bij Lelystad", PLANE),
            ("ander", "De Telegraaf", 1.5, "Boer schrikt van noodlanding tussen zijn koeien", PLANE_APART),
        ]
    )
    assert got["ander"][1] is None


ROYALS = (
    "Prins Harry en zijn vrouw Meghan krijgen van alle kanten kritiek omdat ze voor een korte vakantie met een"
    " privéjet naar Ibiza vlogen. De hertog en hertogin van Sussex worden in de Britse kranten en op sociale media"
    " hypocriet genoemd. Ze pleiten zelf namelijk voor maatregelen ter bescherming van het klimaat en het milieu.\n\n"
    "Een milieuorganisatie rekende voor dat de vlucht per persoon zeven keer zoveel uitstoot veroorzaakte als een"
    " lijnvlucht naar het eiland. Het paleis wil niet op de berichten reageren.\n\n"
    "Het was de eerste keer dat het stel met hun zoontje Archie naar het buitenland reisde."
)
# another outlet's cut the next morning, its first sentence re-worded, Meghan given her surname
ROYALS_CUT = (
    "Harry en Meghan Markle liggen zwaar onder vuur omdat het stel voor een kort verblijf met een privéjet naar Ibiza"
    " reisde. De hertog en hertogin van Sussex worden in de Britse kranten en op sociale media hypocriet genoemd."
    " Zij maken zich juist sterk voor maatregelen ter bescherming van het klimaat en het milieu."
)
# the same sentences filled in for another couple the story never names: not a cut
ROYALS_OTHER = (
    "Eugenie en Jack Brooksbank liggen zwaar onder vuur omdat het stel voor een kort verblijf met een privéjet naar"
    " Ibiza reisde. De hertog en hertogin van Sussex worden in de Britse kranten en op sociale media hypocriet"
    " genoemd. Zij maken zich juist sterk voor maatregelen ter bescherming van het klimaat en het milieu."
)


def test_an_edited_cut_giving_a_name_of_the_story_whole_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "De Telegraaf", 1, "Harry en Meghan onder vuur om privéjet", ROYALS),
            ("cut", "AD", 20, "Harry en Meghan Markle onder vuur voor gebruik privéjet", ROYALS_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"


def test_an_edited_cut_naming_another_couple_stays_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "De Telegraaf", 1, "Harry en Meghan onder vuur om privéjet", ROYALS),
            ("ander", "AD", 20, "Eugenie en Jack Brooksbank onder vuur voor gebruik privéjet", ROYALS_OTHER),
        ]
    )
    assert got["ander"][1] is None


# a print text of one paragraph: a bill against the pay gap
PAY = (
    "Werknemers moeten het recht krijgen om de salarissen van collega's in vergelijkbare functies in te zien. Met"
    " dat voorstel willen vier oppositiepartijen het verschil in beloning tussen mannen en vrouwen kleiner maken."
    " Een wetsvoorstel dat de partijen vandaag indienen bepaalt dat bedrijven met ten minste vijftig werknemers "
    "moeten aantonen dat ze mannen en vrouwen voor hetzelfde werk even veel betalen. Nu moet een vrouw die "
    "vermoedt dat ze minder verdient dan haar mannelijke collega's dat zelf bewijzen. Zij moet daarvoor navraag "
    "doen naar het loon van die collega's en kan daarna een klacht indienen bij een commissie. Hoewel ongelijke "
    "beloning al jaren verboden is, blijkt uit verschillende onderzoeken dat het verschil hardnekkig blijft. "
    "Volgens een berekening van twee onderzoeksbureaus verdient een vrouw in haar hele loopbaan ruim "
    "driehonderdduizend euro minder dan een man. Dat heeft ook gevolgen voor later, zegt een van de indieners, "
    "want een lager loon betekent ook een lager pensioen. Bedrijven moeten volgens het voorstel de brutolonen per"
    " functie zonder namen aanleveren bij een onafhankelijke instantie. Als blijkt dat ze gelijk betalen voor "
    "gelijk werk, krijgen ze een certificaat dat elke drie jaar moet worden vernieuwd. Welke bedrijven een "
    "certificaat hebben, wordt bekendgemaakt op een openbare website van de overheid. De controle op de naleving "
    "komt in handen van de arbeidsinspectie, die boetes mag uitdelen aan bedrijven die niet meewerken. Een deel "
    "van de werkgevers die op de tekst konden reageren vindt het inzagerecht in strijd met de privacy van "
    "werknemers. De indieners wijzen erop dat de wet alleen geldt voor grotere bedrijven, juist omdat gegevens "
    "bij kleine ondernemers snel naar personen te herleiden zijn. De partijen hopen vooral op steun van een van "
    "de regeringspartijen, die nu nog niet wilde meedoen. Een Kamerlid verwacht dat die partij bijdraait na een "
    "toespraak van haar fractievoorzitter over gelijke kansen."
)
# another outlet's print cut the same day: its second sentence and two more re-worded, four dropped
PAY_CUT = (
    "Werknemers moeten het recht krijgen om de salarissen van collega's in vergelijkbare functies in te zien. Het"
    " is een van de maatregelen waarmee vier oppositiepartijen het verschil in beloning tussen mannen en vrouwen "
    "kleiner willen maken. Een wetsvoorstel dat de partijen vandaag indienen bepaalt dat bedrijven met ten minste"
    " vijftig werknemers moeten aantonen dat ze mannen en vrouwen voor hetzelfde werk even veel betalen. Nu moet "
    "een vrouw die vermoedt dat ze minder verdient dan haar mannelijke collega's dat zelf bewijzen. Hoewel het al"
    " jaren verboden is mannen en vrouwen ongelijk te belonen, blijkt uit onderzoeken dat het verschil hardnekkig"
    " blijft. Volgens een berekening van twee onderzoeksbureaus verdient een vrouw in haar hele loopbaan ruim "
    "driehonderdduizend euro minder dan een man. Bedrijven moeten volgens het voorstel de brutolonen per functie "
    "zonder namen aanleveren bij een onafhankelijke instantie. Wie gelijk betaalt voor gelijk werk, krijgt een "
    "certificaat, dat om de drie jaar opnieuw moet worden aangevraagd. Welke bedrijven een certificaat hebben, "
    "wordt bekendgemaakt op een openbare website van de overheid. Een deel van de werkgevers die op de tekst "
    "konden reageren vindt het inzagerecht in strijd met de privacy van werknemers. De indieners zien dat anders,"
    " want de wet geldt alleen voor grotere bedrijven. De partijen hopen vooral op steun van een van de "
    "regeringspartijen, die nu nog niet wilde meedoen."
)
# ... the same cut under a first sentence of its own: another paper's report over the bill's paragraphs
PAY_OWN = (
    "Vier oppositiepartijen dienen vandaag een plan in om vrouwen evenveel te laten verdienen als hun mannelijke "
    "collega's. Het is een van de maatregelen waarmee vier oppositiepartijen het verschil in beloning tussen "
    "mannen en vrouwen kleiner willen maken. Een wetsvoorstel dat de partijen vandaag indienen bepaalt dat "
    "bedrijven met ten minste vijftig werknemers moeten aantonen dat ze mannen en vrouwen voor hetzelfde werk "
    "even veel betalen. Nu moet een vrouw die vermoedt dat ze minder verdient dan haar mannelijke collega's dat "
    "zelf bewijzen. Hoewel het al jaren verboden is mannen en vrouwen ongelijk te belonen, blijkt uit onderzoeken"
    " dat het verschil hardnekkig blijft. Volgens een berekening van twee onderzoeksbureaus verdient een vrouw in"
    " haar hele loopbaan ruim driehonderdduizend euro minder dan een man. Bedrijven moeten volgens het voorstel "
    "de brutolonen per functie zonder namen aanleveren bij een onafhankelijke instantie. Wie gelijk betaalt voor "
    "gelijk werk, krijgt een certificaat, dat om de drie jaar opnieuw moet worden aangevraagd. Welke bedrijven "
    "een certificaat hebben, wordt bekendgemaakt op een openbare website van de overheid. Een deel van de "
    "werkgevers die op de tekst konden reageren vindt het inzagerecht in strijd met de privacy van werknemers. De"
    " indieners zien dat anders, want de wet geldt alleen voor grotere bedrijven. De partijen hopen vooral op "
    "steun van een van de regeringspartijen, die nu nog niet wilde meedoen."
)


def test_a_longer_cut_mostly_inside_under_an_edited_lead_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "Het Parool", 0, "Wet moet einde maken aan loonkloof", PAY),
            ("cut", "ED", 0, "Plan voor inzage in salaris", PAY_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"


def test_a_longer_text_as_much_inside_under_a_lead_of_its_own_is_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "Het Parool", 0, "Wet moet einde maken aan loonkloof", PAY),
            ("eigen", "ED", 0, "Oppositie wil gelijk loon", PAY_OWN),
        ]
    )
    assert got["eigen"][1] is None
