"""Adversarial precision review review52 of the site52 rules (issue 21: article text set aside is the worst error):
each probe is article text written here that a site52 rule set aside, or a headline it broke, on the code of
c29f2b8, next to the site text of that rule that is still set aside."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept
from tests.pipeline.text.test_site52_rules import FEED_ITEMS

# --- index_pages.feed_items: a round-up's items are no feed -------------------------------------------------------

_SHORT_NEWS = (
    "In Raalte is maandagavond een schuur in vlammen opgegaan. De brandweer kon niet voorkomen dat het gebouw"
    " volledig afbrandde; niemand raakte gewond.",
    "De gemeente Olst-Wijhe opent volgende week een nieuw milieustraatje aan de Industrieweg. Inwoners kunnen er"
    " op zaterdag gratis hun grofvuil kwijt.",
    "Bij een aanrijding op de N35 bij Nijverdal is dinsdagochtend een motorrijder zwaargewond geraakt. Hij is met"
    " een traumahelikopter naar het ziekenhuis gebracht.",
    "Het oude postkantoor in Hardenberg krijgt een nieuwe bestemming. Een ondernemer uit Ommen wil er een"
    " lunchroom met zes hotelkamers beginnen.",
)


def _all_kept(text: str, paragraphs: tuple[str, ...]) -> bool:
    read = kept(text)
    return all(p in read for p in paragraphs)


def test_a_short_news_column_under_its_intro_is_the_article() -> None:
    intro = (
        "Elke dag zetten we de kleinere berichten uit Salland en de Kop van Overijssel op een rij. Dit is het"
        " nieuws van dinsdag."
    )
    assert _all_kept(joined("Kort nieuws uit de regio", intro, *_SHORT_NEWS), _SHORT_NEWS)
    # the same items under a one-paragraph article that announces nothing are still a feed's
    assert [t for r, t in aside(joined(TITLE, BODY, *_SHORT_NEWS)) if r == "teaser"] == list(_SHORT_NEWS)
    items = (*_SHORT_NEWS, *FEED_ITEMS)  # eight: a date line's "08" counts nothing
    assert [t for r, t in aside(joined(TITLE, "08.07.25", BODY, *items)) if r == "teaser"] == list(items)


def test_a_list_of_winners_announced_by_its_count_is_the_article() -> None:
    winners = (
        "In de categorie muziek won het jeugdorkest uit Dalfsen, dat dit jaar met een eigen opera door de provincie"
        " trok en zo honderden kinderen bereikte.",
        "De prijs voor beeldende kunst ging naar Marieke Brink uit Deventer, die van oude fietsonderdelen grote"
        " beelden maakt voor pleinen en parken.",
        "Toneelgroep Achterom uit Steenwijk kreeg de publieksprijs voor een voorstelling over de watersnood,"
        " gespeeld op een boerderij aan de dijk.",
        "De aanmoedigingsprijs was voor de twintigjarige Youssef Amrani uit Enschede, die met zijn fotoserie over"
        " zijn wijk landelijk opviel.",
    )
    intro = (
        "De Cultuurprijs van de provincie is zaterdagavond in de schouwburg uitgereikt in vier categorieën. Per"
        " categorie ging er een bedrag van vijfduizend euro naar de winnaar."
    )
    assert _all_kept(joined("Cultuurprijs uitgereikt in de schouwburg", intro, *winners), winners)


def test_a_court_day_of_several_cases_after_its_colon_is_the_article() -> None:
    cases = (
        "Een 34-jarige man uit Kampen is veroordeeld tot vier maanden cel voor een reeks inbraken in schuurtjes."
        " Hij stal vooral dure elektrische fietsen.",
        "Een automobilist uit Hattem moet 120 uur werkstraf doen omdat hij met 190 kilometer per uur over de A28"
        " reed en daarbij andere weggebruikers klem reed.",
        "Een vrouw uit Genemuiden is vrijgesproken van mishandeling van haar buurvrouw. Volgens de rechter was niet"
        " te bewijzen wie de ruzie was begonnen.",
        "De zaak tegen een jongen uit Heino, die verdacht wordt van het bedreigen van een buschauffeur, is"
        " aangehouden tot eind volgende maand.",
        "Een fietser uit Wijhe die een agent uitschold, kreeg een boete van tweehonderd euro. Hij had die avond"
        " flink gedronken, gaf hij toe.",
    )
    intro = "Bij de politierechter in Zwolle stonden dinsdag weer verschillende verdachten terecht. Dit waren de zaken:"
    assert _all_kept(joined("Celstraf voor inbreker bij politierechter", intro, *cases), cases)


def test_a_questions_and_answers_article_is_the_article() -> None:
    answers = (
        "Wie krijgt er meer? Vooral alleenstaanden met een inkomen net boven het minimum gaan erop vooruit, volgens"
        " berekeningen van het Nibud gemiddeld twintig euro per maand.",
        "Moet ik zelf iets doen? Nee, de Belastingdienst past het voorschot automatisch aan. Wel is het verstandig om"
        " uw inkomen voor volgend jaar te controleren.",
        "Wat als mijn huur omhooggaat? Een hogere huur telt mee tot de maximale huurgrens van ruim achthonderd euro;"
        " daarboven krijgt u niets extra.",
        "Waar kan ik terecht met vragen? Het Juridisch Loket en de sociaal raadslieden in de gemeente helpen gratis"
        " bij het invullen van de aanvraag.",
    )
    intro = "Vanaf 1 januari verandert er veel voor huurders met een laag inkomen. Wat betekent dat voor u?"
    assert _all_kept(joined("Huurtoeslag gaat omhoog voor alleenstaanden", intro, *answers), answers)


def test_a_columnists_week_in_short_paragraphs_is_the_article() -> None:
    days = (
        "Maandag stond mijn fiets ineens niet meer bij het station. Na drie dagen vond ik hem terug bij het"
        " Wilhelminapark, keurig op slot, met een nieuwe bel.",
        "Dinsdag zat er een kraai op het balkon die alle wasknijpers van de lijn trok. Mijn buurman Ahmed beweert dat"
        " het dier hem al jaren kent.",
        "Woensdag zag ik een wethouder die niet wist waar de raadszaal was. Hij liep drie keer langs de Grote Kerk"
        " voor iemand hem de goede kant op wees.",
        "En donderdag regende het, de hele dag. Dat is misschien het beste nieuws van deze week, want de tuinen in de"
        " wijk snakten al maanden naar water.",
    )
    intro = "Het was een week van kleine dingen, schrijft Ria de Jong. Over een fiets, een kraai en een verdwaalde wethouder."
    assert _all_kept(joined("Zomaar een week", intro, *days), days)


def test_an_article_turning_to_the_new_people_its_title_counts_is_the_article() -> None:
    shops = (
        "Op nummer 12 opent Fatima El Idrissi een zaak in stoffen en garen. Ze verkocht tot nu toe alleen online,"
        " maar wilde graag een eigen winkel met een werktafel.",
        "Twee deuren verder begint Bram Hoekstra een fietsenmaker, samen met zijn vader die veertig jaar een zaak in"
        " Zwolle had.",
        "In het oude pand van de drogist komt een boekhandel van Esther Lammers, die eerder voor een grote keten"
        " werkte in Utrecht en Arnhem.",
        "Het laatste pand wordt een koffiebar van twee broers uit Genemuiden, die er ook lokale producten als honing"
        " en kaas willen verkopen.",
    )
    intro = (
        "Na jaren van leegstand gaan er deze maand winkels open in de Oudestraat. De gemeente is blij met de"
        " ondernemers, die allemaal uit de buurt komen."
    )
    assert _all_kept(joined("Vier nieuwe winkels in het centrum van Kampen", intro, *shops), shops)


def test_an_article_turning_to_its_helpers_goes_on_with_its_words_and_its_connectives() -> None:
    helpers = (
        "Ook bakker Henk Smit uit Raalte bracht de hele week brood en koffie naar de noodwoning aan de rand van het"
        " dorp, waar het gezin tijdelijk woont.",
        "Daarnaast zamelde voetbalclub VV Lemelerveld tijdens de thuiswedstrijd van zondag ruim tweeduizend euro in"
        " voor een nieuwe inrichting van de woning.",
        "Basisschool De Klimop in Luttenberg organiseerde een speelgoedinzameling, zodat de drie kinderen van het"
        " gezin weer iets hebben om mee te spelen.",
        "Buurvrouw Gerda Schuurman, zelf moeder van vier, regelt de planning van alle vrijwilligers en houdt bij wie"
        " wanneer kookt voor de familie.",
    )
    intro = (
        "Een gezin uit Heino verloor vorige week bij een brand vrijwel al zijn bezittingen. Sindsdien staat de buurt"
        " op zijn kop om te helpen, met kleding, meubels en geld."
    )
    assert _all_kept(joined("Buurt helpt gezin na brand in Heino", intro, *helpers), helpers)


def test_an_obituary_list_naming_its_headings_word_is_the_article() -> None:
    deaths = (
        "Op 87-jarige leeftijd is Gerrit Hulst overleden, jarenlang de bakker van de Kerkstraat en oprichter van de"
        " plaatselijke harmonie die dit jaar honderd jaar bestaat.",
        "Na een kort ziekbed overleed woensdag Annie Vos, die ruim veertig jaar als vrijwilliger in het"
        " verzorgingshuis De Linde werkte en daar door iedereen werd gekend.",
        "Oud-wethouder Jan Mulder is op 79-jarige leeftijd overleden. Hij zat namens het CDA twaalf jaar in het"
        " college van Dalfsen en was later nog lang actief.",
        "Voetbaltrainer Henk Pool, die de amateurs van SV Nieuwleusen twee keer naar een kampioenschap leidde, is op"
        " 71-jarige leeftijd overleden na een lange ziekte.",
    )
    intro = (
        "Deze week namen we in de gemeente afscheid van enkele bekende inwoners die veel voor het dorpsleven hebben"
        " betekend."
    )
    assert _all_kept(joined("Overleden", intro, *deaths), deaths)


def test_a_council_meetings_decisions_opening_alike_are_the_article() -> None:
    decisions = (
        "De raad stemde in met de bouw van zestig huurwoningen in Nieuwleusen. De eerste paal gaat volgend voorjaar"
        " de grond in, als de vergunning rond is.",
        "De raad wees een voorstel van Gemeentebelangen af om de hondenbelasting af te schaffen. Volgens het college"
        " kost dat ruim tweehonderdduizend euro per jaar.",
        "De sporthal in Lemelerveld krijgt een nieuw dak met zonnepanelen. De raad trok daar ruim een miljoen euro"
        " voor uit, meer dan eerder begroot.",
        "Een motie van de ChristenUnie om de bibliotheek in Hoonhorst open te houden, haalde het net niet. Zeven"
        " raadsleden stemden voor, acht tegen.",
    )
    intro = (
        "De gemeenteraad vergaderde dinsdagavond voor het laatst voor het zomerreces. Op de agenda stonden onder meer"
        " de begroting en de bouw van woningen."
    )
    assert _all_kept(joined("Uit de gemeenteraad van Dalfsen", intro, *decisions), decisions)


def test_the_regions_football_results_sharing_the_intros_words_are_the_article() -> None:
    matches = (
        "Heino won met 3-1 van Rohda Raalte. Spits Bram Kolkman scoorde twee keer in de eerste helft, waarna de"
        " bezoekers nog wel terugkwamen tot 2-1.",
        "Voor Lemelerveld was het een middag om snel te vergeten: tegen Hulzense Boys ging de ploeg met 0-4 onderuit,"
        " na een rode kaart voor de keeper.",
        "Wijhe'92 speelde gelijk tegen Olst, 2-2. Beide ploegen staan daarmee nog altijd in de middenmoot van de"
        " competitie, op ruime afstand van de top.",
        "Nieuwleusen boekte in de slotminuut een zege op Dalfsen. Invaller Tim Hekman kopte een hoekschop binnen, tot"
        " groot plezier van de eigen aanhang.",
    )
    intro = (
        "Een middag vol doelpunten op de velden in Salland. Alle ploegen uit de regio speelden zaterdag thuis, en de"
        " meeste wonnen ook nog."
    )
    assert _all_kept(joined("Amateurvoetbal in de regio", intro, *matches), matches)


def test_a_weekends_outings_under_a_things_to_do_title_are_the_article() -> None:
    outings = (
        "In het Park de Wezenlanden speelt zaterdagmiddag het Zwols Jeugdorkest een gratis concert met filmmuziek, van"
        " Star Wars tot Harry Potter.",
        "Museum de Fundatie opent zondag een tentoonstelling over de schilder Jan Mankes, met werk dat nog nooit eerder"
        " in Nederland te zien was.",
        "Op de markt in Kampen staan zaterdag ruim honderd kramen met tweedehands boeken, platen en strips. De toegang"
        " is gratis voor kinderen.",
        "Liefhebbers van oude auto's kunnen zondag naar Hattem, waar tweehonderd oldtimers door de binnenstad rijden en"
        " op de Markt geparkeerd staan.",
    )
    intro = (
        "Het wordt een zonnig weekend, met temperaturen tot vijfentwintig graden. Wie er op uit wil, kan kiezen uit een"
        " flink aanbod."
    )
    assert _all_kept(joined("Dit weekend te doen in Zwolle en omgeving", intro, *outings), outings)


# --- index_pages.read_more_cards: the first post must be closed the same way -------------------------------------


def test_a_paywalls_cut_paragraph_under_a_lone_read_more_link_stays() -> None:
    cut = "De wethouder sprak van een opluchting, maar de oppositie bleef kritisch over de kosten, die volgens haar..."
    text = joined(TITLE, BODY, "Lees meer", cut, "Lees verder")
    assert cut in kept(text)
    # under a first post closed the same way (cut, then its read-more link) the cut paragraph is still a card
    assert ("teaser", cut) in aside(joined(TITLE, f"{BODY} Het college wil...", "Lees meer", cut, "Lees verder"))


# --- index_pages.player_cards: a timeline under the pointer to a broadcast ----------------------------------------


def test_a_timeline_under_a_pointer_to_the_broadcast_stays() -> None:
    timeline = ("1998: eerste plannen voor een brug bij Zwolle", "2012: de provincie trekt geld uit voor het ontwerp")
    text = joined(TITLE, BODY, "Bekijk hier de uitzending", *timeline, MORE)
    assert _all_kept(text, timeline)
    card = "156 | Zo kiest de jury elk jaar de winnaars van de prijs"  # the player's card is still set aside
    assert ("embed", card) in aside(joined(TITLE, BODY, "Luister hier naar de podcast", card, MORE))


# --- index_pages.series_boxes: an article's last section over a series pointer -----------------------------------


def test_an_articles_last_section_over_a_pointer_to_the_series_stays() -> None:
    section = ("Tunnel in 2030", "De provincie verwacht de tunnel onder het spoor in 2030 te openen.")
    text = joined(TITLE, BODY, MORE, *section, "Lees alle artikelen over de brug hier.")
    assert _all_kept(text, section)
    # the box inset in the article's top, its text going on below it, is still the series' box
    boxed = joined(TITLE, BODY, *section, "Lees alle artikelen over de brug hier.", MORE)
    assert ("promo", section[0]) in aside(boxed) and ("promo", section[1]) in aside(boxed)


# --- reference_lines / meta_line_rules.NEWS_TAGLINE: news in a line above the title ------------------------------


def test_a_line_above_the_title_reporting_news_after_its_comma_stays() -> None:
    line = "Het laatste nieuws over de stikstofcrisis, boeren in Overijssel protesteren opnieuw"
    assert line in kept(joined(line, TITLE, BODY, MORE))
    tagline = "Elke dag, het laatste nieuws over de stikstofcrisis, de boeren, Overijssel en de natuur."
    assert ("site_name", tagline) in aside(joined(tagline, TITLE, BODY, MORE))  # fields only: still the tagline


# --- title_words.unnamed_below: a one-word title compounded from the text's words --------------------------------


def test_a_one_word_title_compounded_from_a_word_of_the_text_is_the_headline() -> None:
    walk = (
        "Vijf jaar na de brexit zijn de Britten het debat over hun relatie met de Europese Unie meer dan zat. Dat"
        " blijkt uit een nieuwe peiling onder kiezers van alle politieke partijen."
    )
    assert article(joined("Europese politiek", "Brexitmoeheid", walk, MORE)).meta.headline == "Brexitmoeheid"


# --- page_voice_rules: stories picked by someone else; an overview in the article ---------------------------------


def test_a_library_collecting_stories_to_read_in_a_book_stays() -> None:
    news = "De bibliotheek heeft verhalen van oud-dorpsbewoners verzameld die je nu kunt lezen in een boek."
    assert news in kept(joined(TITLE, BODY, news, MORE))
    picked = "Voorbeeld heeft zeven verhalen van de voorbije week uitgekozen die je nu kunt lezen."
    assert ("rubric", picked) in aside(joined(TITLE, picked, BODY, MORE))  # the outlet's own pick: still its rubric


def test_an_overview_in_the_article_of_what_the_reader_sees_stays() -> None:
    news = "In het overzicht hieronder zie je welke gemeenten de meeste berichten over overlast ontvingen."
    assert news in kept(joined(TITLE, news, BODY, MORE))
    standing = "In onderstaand overzicht lees je de hele dag door een korte weergave van nieuwtjes uit de regio."
    assert ("rubric", standing) in aside(joined(TITLE, standing, BODY, MORE))


def test_the_newsroom_not_showing_pictures_is_news() -> None:
    for note in (
        "We tonen de beelden van de aanrijding niet uit respect voor de nabestaanden.",
        "Wij delen de video niet, omdat de verdachte herkenbaar in beeld is.",
    ):
        assert note in kept(joined(TITLE, f"{BODY} {note}", MORE))
    shared = "We tonen hieronder de beelden van de storm."
    assert ("embed", shared) in aside(joined(TITLE, f"{BODY} {shared}", MORE))
