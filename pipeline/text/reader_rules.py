"""Site text by shape, helper site27 (issue 21): data, no logic — reader sentences that pipeline.text.sentence_reasons
adds to its table (each a line or a sentence to the reader or in the page's voice: a pointer to the outlet's liveblog or
shop, a liveblog's frame, a page pointer, a widget's or a paywall's line, a notice how the text was made), a rubric's
label below the headline (pipeline.text.title_labels) and a liveblog pointer closing a summary
(pipeline.text.liveblog_pointers). Described by phrasing to the reader and place, not by an outlet's strings.
Case-insensitive unless marked. Reader sentences are not site text when quoted or reported
(pipeline.text.sentence_reasons.reader_reason).
"""

from __future__ import annotations

# a sponsor's or a partner's disclosure of how the text came about (pipeline.text.disclosure_tails takes the rest of
# its paragraph at the text's end)
# the rights reserved, in Dutch or English: "Alle rechten voorbehouden", "All rights reserved"; in other words with
# the copyright sign after them, "Auteursrecht uitdrukkelijk voorbehouden - © 2019 …" (site50) — without it a
# sentence's "… hield zijn auteursrechten nadrukkelijk voorbehouden." is news (review50)
RIGHTS_RESERVED = (
    r"(alle rechten voorbehouden|all rights reserved"
    r"|(alle rechten|auteursrechte?n?)( (uitdrukkelijk|nadrukkelijk|strikt))? voorbehouden(?=\s*[-–—|,.]?\s*©))"
)
DISCLOSURE = (
    r"^(dit|deze) (artikel|bericht|content|verhaal|pagina|publicatie|reportage|artikelreeks|serie) (is |werd )?"
    r"(tot stand gekomen|kwam tot stand|gemaakt|geschreven|geproduceerd|mogelijk gemaakt) (in (samenwerking"
    r"|opdracht) (met|van)|(dankzij|met) (een |de )?(\w+ )?(samenwerking|steun|bijdrage) (met|van))\b"
)

# (site45) a letters page's standing note, and its call to send one (READER_SENTENCES' "letters")
_LETTERS = r"(ingezonden )?(brieven|lezersbrieven|reacties|opiniestukken|bijdragen|ingezonden stukken)"
LETTERS_NOTE = (
    r"^((op|in) (deze|dit) (plek|pagina|plaats|rubriek)|hier)\b,? (verzamelen|publiceren|plaatsen|bundelen|vindt u"
    rf"|vind je|vind jij|lees je|leest u) (we|wij )?[^.!?]{{0,30}}\b{_LETTERS} van (onze |de |uw |onze eigen )?lezers\b"
    r"|^zelf een (bijdrage|brief|lezersbrief|reactie|opiniestuk) (leveren|insturen|schrijven|sturen|indienen)\s*\?$"
    r"|^lees hier hoe (u|je|jij) (een|uw|je|jouw) (brief|lezersbrief|opiniestuk|bijdrage|reactie)\b[^.!?]{0,40}"
    r"\b(instuurt|insturen|indient|indienen|stuurt|opstuurt)\s*[.!]?$"
)
READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # a pointer to the outlet's liveblog or topic page on a subject, in the imperative: "Volg alle ontwikkelingen over
    # de storm in ons liveblog.", "Lees alles over de verkiezingen in dit dossier." (with no subject
    # named, "Volg alle reacties in ons liveblog." may be a liveblog's own text and stays)
    (
        "promo",
        r"^(volg|lees|bekijk) (alles|al het nieuws|het laatste nieuws|alle (ontwikkelingen|updates|berichten|nieuws))"
        r" over\b[^.!?]{1,80}\b(in|op|via) (ons|onze|dit|deze|het|de) (live-?blog|dossier|themapagina|special)\s*[.!]?$",
    ),
    # a liveblog's frame glued to its summary: "Volg hier de laatste updates.", "Hieronder lees je
    # het liveblog van gisteren terug.", "Onze redactie houdt u via dit liveblog op de hoogte."
    (
        "liveblog",
        r"^(volg|lees|bekijk) (hier|hieronder) (de laatste (ontwikkelingen|updates|berichten)|het laatste nieuws|alles"
        r"|al het nieuws)\b[^.!?]{0,60}[.!]?$"
        r"|^(hier|hieronder|in dit (live-?)?blog) (lees|volg|bekijk|vind) (je|jij|u) (ons|onze|het|de) (live-?blog|verslag)\b"
        r"|\bhoud(en|t) (je|jullie|u) (hier )?op de hoogte (in|via|met) ((dit|ons|onze) (live-?)?|het live-?)blog\b"
        r"|\bhoud(en|t) (je|jullie|u) (in|via|met) ((dit|ons|onze) (live-?)?|het live-?)blog op de hoogte\b",
    ),
    # (conv52) a liveblog's own introduction (STRUCTURE_CONVENTIONS.md, stop 51), written again each day with only the
    # day changed: the newsroom keeping the reader posted in it, "In dit liveblog houden we je deze zaterdag op de
    # hoogte van het laatste nieuws."; the liveblogger introducing themselves, "Mijn naam is Jan en ik houd je de
    # komende uren op de hoogte."; the imperative to follow it, "Volg alles in ons liveblog.", "Volg in dit liveblog
    # het laatste nieuws over de storm."; what the reader finds on it, "Je vindt hier een overzicht van …" (the page
    # itself, "hier", and nothing else to find); the prompt to get its updates, "Wil je automatisch updates
    # ontvangen? Klik dan op het belletje." Quoted or reported, any of them is news (sentence_reasons).
    (
        "liveblog",
        r"^(in|via) (dit|ons|onze|het|deze) ([\w-]+ )?[\w-]*(live-?blog|liveverslag|live-?ticker) houd(en|t) (we|wij"
        r"|ik|de redactie) (je|jullie|u)\b[^.!?]{0,40}?\bop de hoogte\b[^.!?]{0,120}[.!]?$"
        r"|^mijn naam is [^.!?]{1,40}\ben (ik )?(houd|hou) (je|jullie|u)\b[^.!?]{0,50}?\bop de hoogte\b[^.!?]{0,120}[.!]?$"
        r"|^volg\b[^.!?]{0,100}\b(in|via|op) (dit|ons|onze|het|deze) [\w-]*(live-?blog|liveverslag|live-?ticker)\b"
        r"[^.!?]{0,160}[.!]?$"
        r"|^(je|u) (vindt|vind) hier (een overzicht|alle (updates|berichten|ontwikkelingen))\b[^.!?]{0,120}[.!]?$"
        r"|^wil (je|jij|u) (automatisch )?(updates|meldingen|een melding|een pushmelding|pushberichten) (ontvangen|krijgen)"
        r"\b[^.!?]{0,60}\?$"
        r"|^klik (dan )?op (het|de) (belletje|bel|meldingsknop)\b[^.!?]{0,60}[.!]?$",
    ),
    # a print digest's pointer to the page, after a summary's full stop or alone: "… gaat dicht. Pagina 6"
    ("page", r"^(zie )?(pagina|blz\.?) \d{1,3}\s*[.)]?$"),
    # a print page's pointer to another section's page closing a short line: "Interview met de wethouder >Regio, 5"
    ("page", r"^[^.!?]{0,60}[>»→]\s*(?-i:[A-ZÀ-Ý])[\w &-]{1,30},? (p\.|pagina |blz\.? )?\d{1,3}\s*$"),
    # a cookie notice's consent by carrying on: "Door verder te surfen, ga je akkoord met ons cookiebeleid."
    (
        "consent",
        r"^door (verder te (gaan|surfen|klikken|lezen|navigeren)|gebruik te maken van (deze|onze|de) (web)?site)"
        r",? (ga|geef|stem) (je|u|jij)\b.{0,40}\b(akkoord|toestemming|in)\b",
    ),
    # the newsroom's request for tips on this very story: "Tips over dit verhaal? Mail …"
    ("tip", r"^tips? (naar aanleiding van|over|bij|na) (dit|deze|het) (verhaal|artikel|bericht|stuk)\s*\?"),
    # the page's widgets and notices to the reader each in the reader's address or the page's voice:
    # a topic's notifications ("Ontvang een melding bij nieuwe artikelen over dit onderwerp", "Zet meldingen aan
    # voor breaking news.", "Volg dit onderwerp")
    (
        "promo",
        r"^((volg|like)\b[^.!?]{0,60}\ben )?(ontvang|krijg)( direct| meteen)? een (melding|pushbericht|notificatie"
        r"|e-?mail)\b[^.!?]{0,60}\b(artikel|artikelen|nieuws|onderwerp|berichten|updates?)\b"
        r"|^zet (de |je |uw )?(meldingen|notificaties|pushberichten|push-meldingen) aan\b"
        r"|^volg dit (onderwerp|thema|dossier)\s*[.!]?$",
    ),
    # "Leestijd: 3 minuten", a range: "Leestijd 11 — 14 minuten" (site47)
    ("interface", r"^leestijd\s*:?\s*\d{1,2}(\s*[-–—]\s*\d{1,2})?\s*(min(uten|uut|\.)?)\s*$"),
    # a request to report an error in the article: "Zag je een fout in dit artikel? Meld het de redactie."
    (
        "tip",
        r"^(zag|zie|vond|ontdekte|ziet|vindt) (je|jij|u) een (fout|taalfout|typfout|spelfout|onjuistheid)\b[^.!?]{0,40}\?",
    ),
    # an embed blocked by the cookie choice: "Deze content kan helaas niet worden getoond omdat je geen cookies …"
    (
        "consent",
        r"\b(kan|kunnen) (hier )?(helaas )?niet (worden )?(getoond|weergegeven|geladen|afgespeeld)\b[^.!?]{0,60}\bcookies?\b",
    ),
    # (site50, written and dropped: TUNE only, blind75) "Helaas kunnen wij deze social post niet tonen omdat het
    # social media-elementen bevat." (the outlet's reason, with "we", for an embed it cannot show)
    # a paywall's lines: "Log in om verder te lezen.", "Dit artikel is alleen voor abonnees.", "Al abonnee?" (a club's
    # "Al lid? Dan …" is its news)
    (
        "promo",
        r"^(log|meld) (je |u )?(nu |hier )?in\b[^.!?]{0,40}\b(verder te lezen|om te lezen|het (hele|volledige) artikel)\b"
        r"|^(dit|het) (artikel|verhaal|stuk|interview) is (alleen|exclusief|uitsluitend) (voor|beschikbaar voor|te lezen"
        r" voor) (abonnees|leden|premium)|^al (een )?(abonnee|account)\s*\?"
        r"|^om (dit|het|deze) ((\w+-)?(artikel|verhaal|stuk|interview|bericht) )?((verder|volledig|helemaal) )?te (kunnen )?"
        r"lezen\b[^.!?]{0,50}\b([\w-]*account|abonnee|abonnement|ingelogd|inloggen)\b",
    ),
    # how the text was made, said by the page: "Dit artikel is automatisch vertaald.", "Deze tekst is gemaakt met
    # behulp van AI." (a notice, not an appeal: not one of EDGE_REASONS, it takes no neighbour)
    (
        "notice",
        r"^(dit|deze) (artikel|tekst|bericht|samenvatting|vertaling) (is|werd|wordt) (automatisch|machinaal) (vertaald"
        r"|gegenereerd|samengesteld)\b[^.!?]{0,50}[.!]?$|^(dit|deze) (artikel|tekst|bericht|samenvatting) (is|werd) (gemaakt"
        r"|geschreven|gegenereerd|vertaald) (met (behulp van )?|door )(ai|kunstmatige intelligentie|een taalmodel"
        r"|chatgpt)\b[^.!?]{0,50}[.!]?$",
    ),
    # a sponsor's disclosure: "Dit artikel is tot stand gekomen in samenwerking met de gemeente.", "Deze publicatie
    # kwam tot stand dankzij een samenwerking met …", "Deze reportage werd gemaakt met steun van het Fonds …" (not
    # "Deze productie is gemaakt in samenwerking met …": a play's or a film's makers in a review)
    ("banner", DISCLOSURE),
    # a letters page's submission rule: "Brieven (hooguit 200 woorden) sturen naar …"
    (
        "comments",
        r"^(ingezonden )?(brieven|reacties)\b[^.!?]{0,60}\b(richten aan|sturen naar|mailen naar|zenden aan)\b",
    ),
    # (site45) a letters page's standing note and its call to send one: "Op deze plek verzamelen we ingezonden brieven
    # van lezers van Het Parool." (blind68), "In deze rubriek publiceren wij reacties van onze lezers.", "Hier plaatsen
    # we een selectie van de brieven van lezers.", "Zelf een bijdrage leveren?", "Lees hier hoe u een brief of
    # opiniestuk instuurt." — the page speaking of its letters from readers, not a reporter's. Opening the text, it
    # introduces the letters below it: their headings are theirs, no page title (opening_rules.INTRO_REASONS)
    ("letters", LETTERS_NOTE),
    # a pointer to the whole article elsewhere: "Het hele verhaal lees je op onze website."
    (
        "link",
        r"\b(het )?(volledige|hele|complete) (artikel|verhaal|interview|bericht)\b[^.!?]{0,30}\b(lees|vind|bekijk"
        r"|lezen)( je| u)?\b[^.!?]{0,20}\b(op|via|bij)\b",
    ),
    # a plea to subscribe, to whatever: "Abonneer je op ons kanaal", "Abonneer u nu op De Kustbode", "Lees onbeperkt …";
    # the button alone: "Abonneer u", "Abonneer je nu!" (site50)
    (
        "promo",
        r"^(abonneer|abonneren) (je |u |jij )?(nu |gratis )?op\b|^lees (nu )?onbeperkt\b"
        r"|^abonneer (je|u|jij)( nu| gratis| hier)?\s*[!.]?$",
    ),
    # a series' furniture: "Eerder verschenen in deze serie:", "Dit is deel 2 van een serie over bruggen.", "Dit
    # verhaal is onderdeel van ons dossier Verkeer." — a part by its number, "our" series, or one it names (not "Dit
    # stuk is onderdeel van het dossier dat het OM …", a document; "… van een reeks incidenten": review33b)
    (
        "rubric",
        r"^(eerder|ook) verschenen in (deze|dit|de) (serie|reeks|rubriek)\b"
        r"|^dit (artikel|verhaal|stuk|interview) is (deel|aflevering) (\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen"
        r"|tien) van (een|de|ons|onze|het)\b[^.!?]{0,40}\b(serie|reeks|dossier|rubriek|special)\b"
        r"|^dit (artikel|verhaal|stuk|interview) is (deel|onderdeel|aflevering) van (ons|onze)\b[^.!?]{0,40}\b(serie"
        r"|reeks|dossier|rubriek|special)\b"
        r"|^dit (artikel|verhaal|stuk|interview) is (deel|onderdeel|aflevering) van (een|de|het)( \w+)? (serie|reeks"
        r"|dossier|rubriek|special)\s*([‘'\"“„«]|(?-i:[A-ZÀ-Ý]))"
        r"|^dit is (deel|aflevering) \d+ (van|uit|in) (een|de|onze|ons) (serie|reeks)\b",
    ),
    ("interface", r"^(je|u) leest nu\s*:"),  # "Je leest nu: <the title>"
    # an affiliate disclosure: "Dit artikel bevat affiliate links.", "We krijgen een vergoeding als je via een link koopt."
    (
        "banner",
        r"\baffiliate[- ]?links?\b|\b((ontvangen|krijgen|verdienen) (we|wij)|(we|wij) (ontvangen|krijgen|verdienen))"
        r" (een )?(kleine )?(commissie|vergoeding)\b"
        r"[^.!?]{0,60}\b(link|links|koopt|aankoop|bestelt)\b",
    ),
    # the outlet's customer service: "Een vraag over je abonnement? Neem contact op met onze klantenservice."
    (
        "promo",
        r"^((heb|heeft) (je|u) )?(een )?vra(ag|gen) over (je|jouw|uw) abonnement\s*\?"
        r"|\bneem (dan )?contact op met onze klantenservice\b",
    ),
    # a closed or locked comment section: "Reageren is niet meer mogelijk.", "Log in om een reactie te plaatsen.", "U
    # moet ingelogd zijn om een reactie te plaatsen." (site41)
    (
        "comments",
        r"^(reageren|een reactie plaatsen) is (niet (meer )?|niet langer )mogelijk\s*[.!]?$|^de reactiemogelijkheid (is|wordt)"
        r" (gesloten|uitgeschakeld)\b|\breacties? (te )?plaatsen\b[^.!?]{0,30}\b(ingelogd|inloggen|account)\b"
        # the notice alone, nothing after it: "…, en daarvoor is DigiD nodig." is a sentence of the article (review41)
        r"|^(je|u) moet (ingelogd zijn|inloggen) om (een )?(reactie|comment|bericht)\w{0,2} te (plaatsen|schrijven)\s*[.!]?$",
    ),
    # a button's label on its own line, between paragraphs too: "Toon meer", "Laad meer reacties", "Artikel opslaan",
    # "Link kopiëren", "Vertaal dit artikel", "Openen in de app", "Pagina 2 van 5", "View original"; a paywall's
    # "Direct verder lezen?" and the page's other versions ("Printvriendelijke versie", "Print dit artikel", site37)
    (
        "interface",
        r"^((toon|laad|bekijk) (meer|minder|alles)( (reacties|artikelen|berichten|nieuws|foto'?s|video'?s))?"
        r"|((direct|nu|gratis) )?verder lezen( in de app)?\??|(open|openen) in (de )?app|artikel (opslaan|bewaren)|bewaar (dit )?artikel"
        r"|(link|url) kopi[eë]ren|mail dit artikel|vertaal (dit artikel|deze pagina)|sluit (het )?(menu|venster)"
        r"|pagina \d{1,3} van \d{1,3}|view original|original article|read in app|open in app"
        r"|print(vriendelijke|bare)? versie|(pdf|mobiele|tekst)versie|print (dit artikel|deze pagina))\s*$",
    ),
    # a consent dialog's lines in the site's voice and its buttons (a button alone on its line or before the next
    # button's capital: "Alles accepteren Alleen noodzakelijk"; "Alleen noodzakelijke zorg gaat door" is news):
    # "Deze cookies zijn nodig om de site te laten werken.", "Alles accepteren", "Alleen noodzakelijke cookies", "Voorkeuren aanpassen", "Toestemming beheren",
    # "Klik op het informatie-icoon voor meer uitleg.", "Hier kun je per doeleinde je toestemming geven."
    (
        "consent",
        r"^deze cookies (zijn|worden|kunnen|maken|helpen|zorgen)\b"
        r"|^(alles|alle cookies|cookies) (accepteren|weigeren|toestaan)(\s*$|\s+(?-i:[A-ZÀ-Ý]))"
        r"|^alleen (noodzakelijke?|functionele)( cookies)?( (accepteren|toestaan|plaatsen))?(\s*$|\s+(?-i:[A-ZÀ-Ý]))"
        r"|^(voorkeuren|cookievoorkeuren|cookie-instellingen) (aanpassen|beheren|opslaan|wijzigen)\b"
        r"|^toestemming (beheren|intrekken)\s*$|^klik op het (informatie-?|info-?)?icoon\b"
        r"|\bper (doeleinde|partij|leverancier)\b[^.!?]{0,40}\btoestemming\b"
        r"|\btoestemming\b[^.!?]{0,40}\bper (doeleinde|partij|leverancier)\b",
    ),
    # a copyright line anywhere on the page: "Alle rechten voorbehouden © 2024 Voorbeeldkrant", "© 2024 Voorbeeldkrant.
    # Alle rechten voorbehouden.", and the English one ("© Krantenkiosk. All rights reserved.", site37) — opening or closing its line or sentence, or after a ©; inside a sentence it is news
    # ("De vermelding alle rechten voorbehouden beschermt …"), and a photo's "© ANP" is its caption's credit and stays
    (
        "copyright",
        rf"^([^.!?]{{0,40}}©[^.!?]{{0,60}}[.,]?\s*)?{RIGHTS_RESERVED}\b"
        rf"|©[^.!?]{{0,60}}\b{RIGHTS_RESERVED}\b"
        rf"|\b{RIGHTS_RESERVED}\s*[.!]?\s*$",
    ),
    # a layout note between paragraphs: "(Het verhaal gaat verder onder de video.)", "De tekst loopt door onder de kaart."
    (
        "interface",
        r"^\(?\s*((de|het) )?(tekst|artikel|verhaal|interview) (gaat|loopt) (verder|door) (onder|na|naast|bij|hieronder)"
        r"\b[^.!?()]{0,40}[.!]?\s*\)?$",
    ),
    # the outlet's own shop with a link to it, in the outlet's voice: "… en nu ligt hij in onze webshop (klik op de
    # foto)", "Bestel de mok in onze webwinkel." (a shop's owner quoted is reported, not a promo)
    (
        "promo",
        r"\b(onze|ons) [\w-]*(shop|webwinkel)\b.{0,60}\b(klik|link|bestel|bestellen)\b"
        r"|\b(klik|bestel)\b.{0,60}\b(in|via|op|uit) (onze|ons) [\w-]*(shop|webwinkel)\b",
    ),
    # a press-release site's promo of its own service, and its button (site31): "Direct je persbericht verspreiden onder
    # journalisten.", "Verstuur gratis uw persbericht", "Persbericht verzenden" — the reader addressed, or the button's
    # verb alone after the noun; an article says whose press release it is ("De gemeente verstuurde een persbericht")
    (
        "promo",
        r"^((direct|gratis|snel) )?((je|jouw|uw) persbericht (verspreiden|versturen|plaatsen|verzenden|insturen)\b"
        r"|(verspreid|verstuur|plaats|verzend|publiceer) (direct |gratis |snel )?(je|jouw|uw) persbericht\b"
        r"|persbericht (verspreiden|versturen|plaatsen|verzenden|insturen|aanmelden)\s*$)"
        r"[^:;]{0,70}[.!]?$",  # the pitch alone: a sentence going on (":", long) is an article's about such a service
    ),
    # the page's own notice that it failed to load or is down (site31): "Het lukt niet om de pagina te laden.", "De
    # website is tijdelijk in onderhoud.", "Probeer het later nog eens.", "Gebruik je een adblocker? Probeer deze uit
    # te zetten …" — addressed to the reader about this page; an article reporting an outage names whose site it is
    (
        "error",
        r"^(het lukt (even |helaas )?niet om (de|deze) pagina\b.{0,60}\bte laden"
        r"|(op dit moment |momenteel )?is (de|deze|onze) (website|site|pagina) (tijdelijk |momenteel )?"
        r"(in onderhoud(smodus)?|niet (beschikbaar|bereikbaar))"
        r"|probeer het (later )?(nog eens|opnieuw)( later)?"
        r"|gebruik (je|u) een adblocker\?|probeer (deze|die|hem) uit te (zetten|schakelen) en (her)?laad de pagina"
        r")[^:;,]{0,30}[.!]?$",  # the notice alone: a sentence going on reports an outage
    ),
)

# -- a rubric's label below the headline (pipeline.text.title_labels) ----------------------------------------------

# A rubric's label on its own line right below the headline: an article and one word in lower case ("De kwestie",
# "Het interview": no place is written so), or one capitalised word in lower case after its capital ("Proces",
# "Stikstof-debat") when the author's name follows it (above the text a single word may be the place the article
# is from: "Assen") — no figure, no punctuation, no capitals inside (an agency "ANP", "AMSTERDAM" stay).
# Case-sensitive.
TITLE_LABEL_NOUN = r"^(?:De|Het|Een) [a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?$"
TITLE_LABEL_WORD = r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?$"
TITLE_LABEL_SECTION_MAX_WORDS = 2  # a later heading this short: the article's section headings; the first one stays

# A pointer to the liveblog closing a summary paragraph after its news (pipeline.text.liveblog_pointers): "De brug
# gaat zaterdag open. Volg de opening in ons liveblog.", "… Volg in dit liveblog het nieuws over de brug." — the
# imperative "volg" and "(in|via) dit/ons liveblog" — when the text is not the liveblog itself (nothing else on the
# page says live: LIVE_MARK; no entry has a time): the blog it points to is not in the text.
GLUED_LIVEBLOG_POINTER = r"^volg\b[^.!?]{0,60}?\b(in|via|op) (dit|ons|onze|het) live-?blog\b[^.!?]{0,40}[.!]?$"
LIVE_WORD = r"live(?:-?(?:blog|updates?|verslag|tekst))?"  # "Live", "Liveblog", "Live-updates"
LIVE_MARK = r"\blive\b|\blive-?(blog|updates?|verslag|tekst)\b"
# (site36b) a back link above the headline, its arrow lost: "Terug" alone or with the section it leads back to in lower
# case ("Terug actueel", "Terug naar overzicht"); only above the headline (pipeline.text.title_labels) — further down a
# lone "Terug" may head a part of the article, and a capitalised word after it is a title's ("Terug Naar Af")
BACK_LINK_ABOVE_TITLE = r"^terug( naar)?( (?-i:[a-zà-ÿ])[\w'’-]{2,20})?\s*[:.]?$"
# (conventions37, tests/data/STRUCTURE_CONVENTIONS.md) a genre's label alone on its line right above or right below the
# headline ("Interview", "Liveblog", "Column", "Opinie:", "Video", "Update") is site text; glued into the headline's
# line ("Liveblog: Storm trekt …") it stays the headline's kicker (pipeline.text.title_labels)
GENRE_LABEL = (
    rf"^(?:{LIVE_WORD}|\w*blog|interview|column|opinie|video|update|achtergrond|analyse|recensie|review|reportage"
    r"|commentaar|essay|podcast|profiel|portret|bespreking|persbericht)\s*:?$"
)
