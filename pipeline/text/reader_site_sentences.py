"""Sentences addressed to the reader about the site itself (data, no logic), split from shape_rules: a donation
or membership appeal, a newsletter or app prompt, a tip request, a comment or shop pointer, an interface's status
line — each with the reason shown in the brief's set-aside list. pipeline.text.sentence_reasons adds SITE_SENTENCES to
its reader table (not site text when quoted or reported). Case-insensitive unless marked.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import WEEKDAYS

# A page's reading time: "3 minuten leestijd", "1 min. leestijd", its figure glued to the unit ("17min leestijd", site40)
READING_TIME = r"\d{1,3}\s*(minuut|minuten|min\.?)\s+leestijd"

# Sentences addressed to the reader (second person or an imperative) about the site itself:
SITE_SENTENCES: tuple[tuple[str, str], ...] = (
    # a donation or membership appeal: the reader asked to support "us" / "our journalism"
    (
        "donation",
        r"\b(steun|steunt|ondersteun|help)\b.{0,40}\b(ons|onze)\b.{0,60}\b(donatie|gift|bijdrage|journalistieke?|werk"
        r"|werkzaamheden|redactie|lidmaatschap)\b",
    ),
    ("donation", r"\b(u|je|jij)\b.{0,60}\b(ons|onze \w+)\b.{0,40}\b(steunen|ondersteunen)\b"),
    # (site36) the reader asked to support the outlet by its name: "Wil jij <site> steunen en …?" — not a charity
    # or club the article is about ("Wil jij Stichting X steunen?")
    (
        "donation",
        r"^(wil|wilt) (je|jij|u) (?!(stichting|vereniging|fonds|actie|club)\b)(?-i:[A-Z][\w.-]*)( (?-i:[A-Z][\w.-]*)){0,2} (steunen|ondersteunen)\b",
    ),
    # (site33) the reader asked for money in the imperative ("Steun <site> financieel!")
    ("donation", r"^(steun|ondersteun)\b[^.!?]{0,40}\bfinancieel\s*[!.]?$"),
    ("donation", r"^(doneer|geef|word)\b.{0,40}\b(donatie|gift|bijdrage|donateur|vriend|lid|abonnee)\b"),
    ("donation", r"\bnu (u|je|jij) hier (toch )?(bent|bent beland|leest)\b"),
    # "Doneer nu", "Doneren kan via onze site" — not a pointer to the charity the article is about ("… van de stichting")
    (
        "donation",
        r"^(doneer|doneren)\b(?!.*\b(de|het|die|deze) (stichting|vereniging|fonds|actie|organisatie|club)\b)"
        r"|^(vond|vind) (je|u|jij) dit (artikel|stuk|verhaal|interview)\b.{0,40}\?",
    ),
    # a reader's feedback or follow-up question at the page's end: "Vond je dit leuk?", "Op de hoogte blijven?"
    (
        "promo",
        r"^(vond|vind) (je|u|jij) dit (leuk|interessant|nuttig|de moeite waard)\b.{0,20}\?$|^(op de hoogte blijven|altijd op de hoogte|niets missen)\b.{0,80}\?$",
    ),
    # a paywall's count to the reader: "Je leest dit artikel gratis", "Je hebt nog 2 gratis artikelen"
    (
        "promo",
        r"\b(je|u) (leest|las) (dit|een) (artikel|stuk|verhaal)\b.{0,30}\bgratis\b|\b(je|u) (hebt|heeft|heb) nog \d+ gratis\b",
    ),
    ("tip", r"^(wil|wilt) (je|jij|u) (reageren|meer weten|iets kwijt|iets delen)\b.{0,60}\?"),
    # the reader asked to send the outlet news, in a short question of its own: "Zelf nieuws insturen?", "Ook een
    # nieuwtje opsturen?" (site50) — a question without "hoe"/"wie" opening it, a few words before its verb; news
    # only: "Ook berichten doorsturen?" (a chat app's) and "Zelf tips insturen?" (the police's) are news (review50)
    ("tip", r"^(zelf|ook)( \w+){0,3} (nieuws|een nieuwtje|nieuwtjes) (insturen|doorsturen|opsturen)\s*\?"),
    # a disclaimer about whose view a text is: "… reflecteren niet noodzakelijk de redactionele lijn …"
    (
        "disclaimer",
        r"\b(standpunten|meningen|opinies|artikelen)\b.{0,80}\b(reflecteren|weerspiegelen|vertolken|vertegenwoordigen)\b.{0,10}\bniet\b"
        r".{0,40}\b(noodzakelijk|per se|redactie|redactionele|uitgever|krant|omroep|onze)\b",
    ),
    ("disclaimer", r"\bverantwoordelijkheid (over|voor) de inhoud (ligt|berust) bij\b"),
    # a newsroom's mailbox in a sentence to the reader: "Mail je tip naar nieuws@…", "Tips? redactie@…"
    (
        "tip",
        r"(\b(je|jij|u|uw|jouw)\b|^(mail|stuur|tip|tips|bel|app)\b).{0,80}\b(redactie|tips?|nieuws|news|nieuwsdienst)@"
        r"(?!(politie|om|brandweer|kmar|marechaussee|fiod|nvwa|defensie|rijksoverheid|ggd)\.)[\w-]+\.\w+",
    ),
    # a reply to the article by mail, or what becomes of the reader's reply: "Reageren op dit artikel kan u door
    # een e-mail te sturen naar …", "Uw reactie wordt dan mogelijk meegenomen in het volgende nummer."
    (
        "comments",
        r"\b(reageren|reageer|reacties?) (op|over|onder) (dit|het|deze) (artikel|stuk|bericht|verhaal|column)\b.{0,80}(@|\b(mail|e-mail|formulier)\b)",
    ),
    # (what the paper does with it: "Je brief aan de Belastingdienst wordt … behandeld" is reporting)
    (
        "comments",
        r"^(uw|je|jouw) (reactie|brief|inzending|lezersbrief)\b.{0,80}\b(wordt|worden|kan|kunnen|komt)\b"
        r".{0,60}\b(geplaatst|gepubliceerd|meegenomen|ingekort|afgedrukt|redactie|rubriek|volgende (nummer|editie|krant))\b",
    ),
    # a promo for the outlet's own page, in the imperative: "Volg alle duels live via ons scorebord"
    # (not "… in ons liveblog": in a liveblog's own intro that is the text itself; not "Kijk bijvoorbeeld op ons …":
    # an example the paragraph gives of what it tells, in an article about the outlet's own work, prec28)
    (
        "promo",
        r"^(volg|bekijk|lees|kijk|luister|check|ontdek|beleef|doe (dan |nu )?mee|meld (je|u) (dan |nu )?aan|schrijf (je|u) (dan |nu )?in)\b"
        r"(?! bijvoorbeeld\b).{0,60}\b(via|in|op|met|aan|bij|voor) (ons|onze)\b(?! (live)?blog\b)",
    ),
    # the archive's notice at the top: "Dit is een artikel uit het NRC-archief"
    (
        "print",
        r"^dit is een (artikel|bericht|stuk|verhaal|recensie|column) uit (het|de|ons|onze) [\w-]*(archief|krant|editie)\b",
    ),
    # a print or syndication notice naming the edition or the paper: "… verscheen in NRC van zaterdag"
    # (of this text: "Het artikel verscheen in de Volkskrant van zaterdag en leidde tot ophef" is news)
    (
        "print",
        r"^dit (artikel|interview|verhaal|stuk|bericht|column|recensie) (verscheen|stond|staat|verschijnt) (ook |eerder |eerst )?(in|op) .{2,40}\b(van|op) ("
        + "|".join(WEEKDAYS)
        + r"|\d{1,2} \w+)\b",
    ),
    (
        "print",
        r"^dit (artikel|interview|verhaal|stuk|bericht|column) (verscheen|stond|staat) (ook |eerder )?in [\w-]*(krant|blad)\b",
    ),
    (
        "syndication",
        r"^dit (artikel|interview|verhaal|stuk|bericht) (is|werd) (eerder |eerst |oorspronkelijk )?gepubliceerd (in|op|door|bij)\b",
    ),
    # an aggregator's note of what it cut, in Dutch: "Dit artikel bevat in totaal 41 woorden."
    (
        "interface",
        r"^(dit|het) (artikel|bericht|stuk|verhaal) (bevat|telt|heeft) (in totaal |nog )?\d[\d.]* (woorden|tekens)\b",
    ),
    # a signup form's promise and its messages: "Dagelijks tijdens de lunch een update van het belangrijkste nieuws."
    (
        "newsletter",
        r"^(dagelijks|wekelijks|elke (dag|week|ochtend|middag|avond)|iedere (dag|week))\b"
        r"(?!.{0,50}\b(krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|stuurt|sturen|maakt|maken|geeft|geven)\b(?! (je|jij|u)\b))"
        r".{0,50}\b(update|overzicht|selectie|nieuwsbrief)\b.{0,40}\b(nieuws|verhalen|artikelen)\b",
    ),
    (
        "newsletter",
        r"\b(ongeldig|onjuist|geen geldig) e-?mailadres\b|\bvul (uw |je |een )?(geldig )?e-?mailadres in\b|\bvul (het )?nogmaals in\b",
    ),
    # a link to the page's neighbours or index, and a paid-content label: "Naar vorig bericht", "Partner Content"
    (
        "navigation",
        r"^(ga |terug )?naar (het |de )?((vorige?|volgende?) (bericht|artikel|pagina|item)|overzicht)\b.{0,20}$",
    ),
    # a print page's section and genre label over an article: "Leven - INTERVIEW: RAJ RAGHUNATHAN" (a capitalised
    # section word or two, a dash, the genre in capitals and a colon, maybe a name in capitals)
    (
        "rubric",
        r"^(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)( (?-i:[a-zà-ÿ]+|[A-ZÀ-Ý][a-zà-ÿ]+))? [-–] (?-i:[A-ZÀ-Ý]{3,}( [A-ZÀ-Ý]{2,})?)"
        r":(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}))?$",
    ),
    # the links to the previous and next story side by side: "Vorig nieuwsartikel Volgend nieuwsartikel"
    (
        "navigation",
        r"^(vorige?|volgende?) (nieuws)?(artikel|bericht|item|verhaal)\s+(vorige?|volgende?) (nieuws)?(artikel|bericht|item|verhaal)$",
    ),
    # a share row after its count: "87 Facebook Linkedin Twitter"
    ("share", r"^\d{1,6}(\s+(facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|reddit)){2,}$"),
    ("banner", r"^(advertorial|partner ?content|gesponsorde inhoud|sponsored content)\b.{0,60}$"),
    # "read more" as a sentence of its own at a paragraph's end: "… in Duitsland. Lees meer."
    ("link", r"^(lees (meer|verder)|read more|meer lezen)\s*[.»›>…]*$"),
    # (site36b) the same link with an adverb, or naming the whole text it leads to, alone after a paragraph or a cut
    # intro: "Lees dan verder....", "lees hier verder", "Lees het hele bericht...", "Lees het volledige persbericht."
    # (nothing after it: "Lees dan verder in het boek …" goes on as a sentence)
    (
        "link",
        r"^lees (hier |dan |nu )?verder\s*[.»›>…]*$|^lees (hier )?(het|dit) (hele|volledige|complete) "
        r"(artikel|bericht|verhaal|persbericht|nieuwsbericht)\s*[.»›>…]*$",
    ),
    # (site43) a teaser's read-on link naming the kind of story it leads to, no adjective: "… terug te lezen. Lees het
    # interview." (a round-up of interviews, De Morgen) — nothing after it ("Lees het interview in de krant van
    # morgen" goes on as a sentence)
    (
        "link",
        r"^lees (hier )?(het|de|dit|ons) (interview|gesprek|portret|reportage|analyse|recensie|column)\s*[.»›>…]*$",
    ),
    # an English interface sentence to the reader: "You must log in or # to comment."
    ("interface", r"^(you must|you need to|please) (log ?in|sign ?in|sign up|register|subscribe)\b.{0,40}$"),
    ("interface", r"^(spread|share) the (love|word|news)\b.{0,20}$"),
    # (site33) a paywall's gift to the reader: "Dit artikel krijg je cadeau van <site>."; the note placing the article in
    # a series, "our" series or one it names: "Dit artikel vormt een onderdeel van het essay ‘…’." (not "Dit stuk is
    # onderdeel van het dossier dat het OM …": a document, review33b)
    ("promo", r"^dit (artikel|stuk|verhaal|interview) (krijg|kreeg) (je|u|jij) (cadeau|gratis)\b.{0,60}$"),
    (
        "link",
        r"^dit (artikel|stuk|verhaal|interview) (vormt|is) (een )?(onderdeel|deel) van (onze "
        r"(serie|reeks|essay|dossier|special|rubriek|themanummer)\b|(de|het|een) "
        r"(serie|reeks|essay|dossier|special|rubriek|themanummer)\s*([‘'\"“„«]|(?-i:[A-ZÀ-Ý]))).{0,100}$",
    ),
    # a page's stamp: its reading time, after the time of publication or alone ("Vandaag, 12:31 1 minuut leestijd"),
    # after the date and its author's or outlet's name ("3 maart 2021 Redactie 4 min. leestijd", site41: a whole date,
    # not a year alone — "Sinds 2019 nog maar 3 minuten leestijd" is a heading, review41), or its
    # relative update after the time of publication ("20 apr 2024 om 11:33 Update: 5 uur geleden")
    (
        "interface",
        rf"^(.{{0,30}}\b(\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}[\s/.-]+\w{{1,12}}\.?[\s/.-]+(19|20)\d{{2}}(\s+\S+){{0,3}}),?\s+)?"
        rf"{READING_TIME}$",
    ),
    # (site36b) the site's notice sending its readers to another outlet's domain ("Voor artikels over X verwijzen we
    # u voortaan door naar voorbeeld.be"): "we" sending "you" on to a domain; an office that refers people elsewhere
    # is named in the third person ("De gemeente verwijst inwoners door naar …")
    (
        "link",
        r"\b(verwijzen|sturen) (we|wij) (u|je|jullie)\b.{0,30}\bdoor naar (de (website|site) van )?"
        r"[\w-]+(\.[\w-]+)*\.(?-i:[a-zA-Z]{2,6})\s*[.!]?$",
    ),
    # (site36b) a reading time in other words: a bound before the minutes and "lezen" ("< 1 min lezen"), or the
    # template's sentence about this item ("Gemiddelde leestijd voor dit bericht is 45 seconden"); a sentence about
    # reading times in general names no "this" ("De gemiddelde leestijd van een krant is 20 minuten")
    (
        "interface",
        r"^[<>~±]?\s*\d{1,3}\s*(minuut|minuten|min\.?)\s+lezen$|^(gemiddelde |geschatte )?leestijd (voor|van) "
        r"(dit|deze|het) (bericht|artikel|verhaal|blog|pagina|item)( is)?\s*:?\s*(ca\.\s*|circa |ongeveer )?\d{1,3}\s*"
        r"(seconden|seconde|sec\.?|minuten|minuut|min\.?)$",
    ),
    (
        "interface",
        r"^.{0,30}\b\d{1,2}[:.]\d{2},?\s+(update|bijgewerkt|aangepast)\s*:?\s*(\d{1,3}|een|één)\s+"
        r"(seconden?|minuut|minuten|min|uur|uren|dag|dagen|week|weken)\s+geleden$",
    ),
)

# (site33) a donation box's two halves: the site's need in its own voice ("we kunnen elke (euro)cent gebruiken") and
# the account to transfer it to ("Je kunt geld overmaken naar bankrekening …"). Each alone is news as often — a
# charity's director ("… is duidelijk: we kunnen elke euro gebruiken"), a report passing a charity's account on ("U
# kunt geld overmaken naar giro 555"): only a paragraph holding both is the site's box (glued_edges.site_need, review33b)
SITE_NEED = (
    r"\b(we|wij)\b.{0,20}\b(kunnen|kan)\b.{0,10}\b(elke|iedere)\b.{0,15}\b(euro|cent|bijdrage)\b.{0,10}\bgebruiken\b"
)
SITE_ACCOUNT = (
    r"\b(je|u|jij)\b.{0,30}\b(overmaken|storten|overschrijven)\b.{0,40}\b(bankrekening|rekeningnummer|giro|iban)\b"
)
