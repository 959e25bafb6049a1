"""The Dutch/Flemish pattern table: data, no logic. Regular expressions (case-insensitive, matched
with `re.search` against one whitespace-collapsed line or sentence) for what news sites wrap
around an article, and for the lines of an article that are not running text.

Add an outlet's recurring phrase here, not in code. Each site pattern carries the reason shown
in the brief's set-aside list (`navigation | promo | newsletter | app | consent | share |
comments | print | teaser | tip | banner | site_name | video | ad`).
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_ABBREVIATION_GROUP, MONTH_ABBREVIATION_GROUP

# What a link opens: a table, a list, a page of the outlet (used by the "link" line rule).
_LINK_TARGETS = r"(krant|pdf|bijlagen?|rapport|persbericht|stand|standen|klassement|klassementen|uitslag|uitslagen|programma|speelschema|wedstrijdschema|kalender|ranglijst|ranking|topscorers|opstellingen|overzicht|liveblog|dossier|themapagina|pagina|special|video|video's|foto's|fotoserie|beelden|podcast|uitzending|app|website|reacties)"
# a link target's compound with its format or kind after a hyphen ("PDF-formaat", "pdf-bestand", "video-opname"): the
# same target (issue 21, round site28)
_COMPOUND = r"(-\w+)?"
_TABLE_PAGES = r"(stand|standen|klassement|uitslagen|programma|speelschema|ranglijst|topscorers|statistieken|opstellingen|live ?scores?|wedstrijden)"
# "read more" (Dutch, English, French, German), a link on its own
_READ_MORE = r"(lees (meer|verder|(het )?(hele|volledige) (artikel|verhaal))|read (more|the full (story|article))|continue reading|lire la suite|en savoir plus|weiterlesen|mehr lesen)"
_HERE_LINK = r"(staan|staat|vind je|vindt u|lees je|leest u|zie je|ziet u|kijk je|kijkt u|bekijk je|luister je) (ze |het |alles )?(hier|via deze link|op onze site)"
# a social network or a way to pass a link on, with another name of its own in brackets ("X (Twitter)")
SHARE_NETWORK = r"(facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|messenger|kopieer link|link gekopieerd)(\s*\((twitter|x)\))?"

# a broadcaster's live link (site39): "Luister live", "Live TV"
_LIVE_LINK = r"((luister|kijk)\s+live|live\s*(radio|tv|televisie|stream))"
# a page a site's menu links to, as one word: "contact", "organigram", "agenda"
MENU_LINK = (
    r"(home|nieuws|contact|agenda|organigram|zoeken|zoek|menu|inloggen|login|archief|colofon|privacy|cookies|disclaimer"
    r"|sitemap|links|downloads|vacatures|nieuwsbrief|doneren|doneer|shop|webshop|blog|faq|help|route|activiteiten"
    r"|publicaties|media|pers|over|english|fotos|foto's|video's|videos)"
)

# A whole line (or a short block) that is site text. Anchored patterns: the line IS this.
# a share row (site32): the spaces between two of its words are read one way (a separator with its spaces, or spaces);
# after a network, a button's bare "mail" too, the names perhaps glued ("Facebooktwittermail", site51)
SHARE_ROW = rf"^([•·]\s*)?{SHARE_NETWORK}((\s*[|,·•/]\s*|\s*)({SHARE_NETWORK}|download|print|mail))*\s*$"
# A photo's credit holder after its mark: one to four words, the first capitalised or a figure ("ANP", "Persbureau
# Zuid"); pipeline.text.title_copies.CAPTION_CREDIT too.
CREDIT_HOLDER = r"(?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*(\s+[\w.&'’-]+){0,3}"
SITE_LINES: tuple[tuple[str, str], ...] = (
    # (not "Bekijk hier hoe …": what follows is a video or a photo shown in place, the article's; not "Kijk hier goed
    # uit": the verb is "uitkijken", a warning)
    (
        "teaser",
        r"^(?!kijk (hier|ook)( goed| maar| wel)? uit\b)(lees|bekijk|kijk|luister) (ook|meer|hier|verder)\b(?! (hoe|wat|waarom|wie|waar|hoeveel)\b).{0,80}$",
    ),
    # (also with a section's name before "nieuws": "Meer 112 nieuws uit <plaats>", "Meer regionieuws")
    # (the section's name alone or with its place: "Meer nepnieuws dan ooit" is a subheading, review27c)
    (
        "teaser",
        r"^meer ((uit|over|nieuws|van|artikelen|in)\b.{0,60}|([\w-]*nieuws|[\w-]+ nieuws)( (uit|van|over|in|op) .{1,50})?\s*:?)$",
    ),
    # a link to more stories after a promo's question: "Lees dan ook eens <titel> of <titel>."
    ("teaser", r"^(lees|bekijk|kijk|luister) (dan |nu )?(ook )?eens\b.{0,160}$"),
    (
        "teaser",
        r"^(meest (gelezen|bekeken|recent(?=\s*:?$))|ook interessant|(gerelateerde?|relevante|verwante|vergelijkbare) (artikelen|berichten|nieuws)|volgend artikel|vorig artikel|aanbevolen( voor jou)?|populair( nu)?|net binnen|uitgelicht|andere artikelen|dit vind je misschien ook interessant|ook dit nog"
        # a box of the most read stories by its rank and period: "Top 5 deze week", "Top 10 meest gelezen" (site47)
        r"|top ?\d{1,2} ((deze|van de|van deze) (week|maand|dag)|(meest )?(gelezen|bekeken)|vandaag))\b.{0,40}$",
    ),
    # a box of the stories read most now, its English heading alone on its line ("Trending", "Nu trending", site44);
    # "Trending topics op X waren …" is a sentence
    ("teaser", r"^(nu )?trending( nu| nieuws)?\s*:?$"),
    # … and an editors' choice box's heading, alone on its line (site32b: "Keuze van de Redactie", "Redactiekeuze"),
    # the latest news of one field too ("Laatste sportnieuws", "Het laatste regionieuws", site43b)
    (
        "teaser",
        r"^((het )?laatste ([a-z]{3,12})?(nieuws|video|berichten)[\w'’]*|top ?\d+ (artikelen|nieuws)|(de )?keuze van de redactie"
        r"|redactiekeuze)\s*:?$",
    ),
    # a map widget's button under a local story: "Locatie op de kaart", "Bekijk op de kaart"
    ("interface", r"^((bekijk |toon )?(de )?locatie|bekijk|toon|open) (op|in) (de )?(kaart|google maps|plattegrond)$"),
    # an image's file name standing as a line: "Brand02", "IMG_4521", "dsc01234.jpg" (no hyphen before the figures:
    # "Maxi-03" is a product's type in a recall story, review27c); a slug of four parts or more joined by hyphens and
    # underscores, one underscore at least, no space ("2019-05-02-brug_Zwolle_opening", site51)
    (
        "interface",
        r"^[a-z]{3,}_?0\d{1,2}$|^(img|dsc|dscn|dscf|pxl|foto|image)[-_]?\d{3,}+\w*+(\.(jpe?g|png|webp|gif))?$|^[\w-]+\.(jpe?g|png|webp|gif)$"
        r"|^(?=\S*_)[^\W_]+(?:[-_][^\W_]+){3,}$",
    ),
    # a menu's item alone or a breadcrumb from it ("Home - Regio", "Nieuws › Sport"); a hyphen glued on both sides
    # joins a compound, no crumbs: "Regio-nieuws in het kort" is a headline (blind44); nor a section's labels before a
    # title of four words or more across bars, no home, no arrow ("Sport | Voetbal | Ajax wint van PSV", older38)
    (
        "navigation",
        r"^(home|voorpagina|nieuws|actualiteit|actueel|binnenland|buitenland|sport|economie|politiek|regio|cultuur|media|tech|wetenschap|opmerkelijk|video|uitzending gemist|programma'?s?|weer|verkeer|menu|zoeken|inloggen|log ?in|uitloggen|registreren|aanmelden|mijn account|account|abonneren|abonnement|contact|over ons|colofon|privacy|cookies|webmail|adverteren|(nieuws|sport|foto|video)?archief)(?!(?<!home)(?<!voorpagina)[^›»>/·•]*\|\s*[^\s|]+(?:\s+[^\s|]+){3,}\s*(\||$))(?>(?:\s*[|/›»>·•]|\s+-|-(?=\s))\s*\w[\w .'-]{0,25})*\s*:?\s*$",
    ),
    # (site36b) a menu's item naming the kind of page or the list it is in, alone on its line ("Artikels",
    # "Nieuwsfeed", "Blog", "Fragmenten"); a genre's label is the article's kicker ("Achtergrond", "Voetbalblog")
    ("navigation", r"^(artikels|artikelen|nieuwsfeed|blogs?|fragment(?:en)?|navigatie)\s*:?$"),
    # (a closing bar after the last item too, site43b: "WELKOM | VERENIGING | KRONIEK |"; no bar before the first: a
    # Markdown table's row opens and closes with one)
    ("navigation", r"^(\w[\w.'-]*+( \w[\w.'-]*+){0,2}\s*[|›»]\s*){2,}\w[\w.'-]*+( \w[\w.'-]*+){0,2}\s*(\|\s*)?$"),
    # a menu row closed by two links or more of one lower-case word, its first item the site's name (site51): "Huis
    # van de Kerk | contact | organigram" (a title's row names its section and site capitalised); one link at least a
    # page a site has (MENU_LINK): a table's row or a slogan has lower-case cells too ("De sterke werkwoorden: zwemmen
    # | zwom | gezwommen", review51)
    ("navigation", rf"^(?=.*\|\s*{MENU_LINK}\s*(\||$))[^|]{{1,40}}(\s*\|\s*(?-i:[a-zà-ÿ])[\w'-]*){{2,}}\s*$"),
    ("navigation", r"^(ga naar|spring naar|terug naar) (de )?(inhoud|hoofdinhoud|navigatie|boven|home|overzicht)\b"),
    # a back link (site40): "Ga terug", "« Terug naar nieuws" (a lone "Terug" may head a part of the article); where
    # it goes is a link's only behind its arrow: "Ga terug naar af" is a column's heading (review40)
    ("navigation", r"^([«‹<←]\s*(ga )?terug( naar [\w .'-]{1,30})?|ga terug)\s*$"),
    # a skip link by its other verbs, alone on its line (site32b): "Doorgaan naar hoofdcontent", "Direct naar inhoud"
    ("navigation", r"^(doorgaan|direct|meteen) naar (de )?(hoofd)?(inhoud|content)\s*$"),
    ("navigation", r"^(nos nieuws|nu\.nl|rtl nieuws|vtm nieuws|vrt nws)\s*[-–|•]\s*\w[\w ]{0,30}$"),
    # a broadcaster's live links, alone on their line (site39): "Live Radio Live TV", "Luister live | Kijk live"
    ("navigation", rf"^{_LIVE_LINK}(\s*[|/·•]?\s*{_LIVE_LINK})*\s*$"),
    ("banner", r"^kies je webmail$"),
    ("banner", r"webmail (aanbiedt|kiezen)|je voorkeur op te geven|eenmalig je voorkeur"),
    ("banner", r"^(advertentie|advertisement|gesponsord|sponsored|partnercontent|in samenwerking met)\b.{0,60}$"),
    ("banner", r"^(breaking|live|update|net binnen)\s*[:|]?$"),
    (
        "banner",
        r"^(premium|abonnee|abonnees|plus|exclusief voor abonnees|alleen voor abonnees|betaalartikel|gratis artikel)$",
    ),
    ("banner", r"^(je gebruikt een verouderde browser|schakel javascript in|javascript staat uit)\b"),
    (
        "newsletter",
        r"\b(meld|schrijf|abonneer)\b.{0,40}\bnieuwsbrief\b|\bnieuwsbrief\b.{0,40}\b(aanmelden|inschrijven|in je mailbox)\b|\b(onze|je|jouw|gratis|dagelijkse|wekelijkse) nieuwsbrief\b|^nieuwsbrief\b",
    ),
    ("app", r"\b(download|installeer)( [\w-]+){0,3}? [\w-]*app\b|\bonze app\b"),
    (
        "consent",
        r"^(cookies?|cookie-?instellingen|cookievoorkeuren|cookiebeleid|privacy( en cookies)?|(alle )?cookies accepteren|accepteer( alle cookies)?|akkoord|weigeren|instellingen aanpassen)\s*[.!]?$|^cookie ?(consent|melding|policy|banner)\b.{0,40}$",
    ),
    (
        "consent",
        r"\b(je|jij|u)\b.{0,30}\btoestemming\b.{0,40}\b(advertenties|inhoud|partners)|\bsocial media[- ]inhoud\b|\baccepteer (alle|en sluit)\b",
    ),
    # an embed's placeholder, blocked until the reader consents (site45): "Om deze inhoud te tonen moet je
    # toestemming geven voor …cookies", "Om deze video te bekijken, accepteer je de cookies" — opening with what it
    # would show (its own reason: a dialog's buttons follow a consent notice, the article's heading follows this) —
    # asking the reader ("je", "u") or bidding ("accepteer"): a report's sentence asks no reader ("Om de video te
    # bekijken moest de officier toestemming vragen aan de rechter", "… moeten bezoekers eerst alle cookies
    # accepteren, stelt de toezichthouder vast", review45)
    (
        "embed",
        r"^om (deze|dit|de|het) (inhoud|content|video|post|tweet|bericht|element|embed|kaart|widget)\w{0,2} (te )?"
        r"(tonen|zien|bekijken|laden|weergeven|afspelen)\b.{0,60}"
        r"(\b(je|jij|u)\b.{0,40}\b(toestemming|cookies?|accepteren)\b|\baccepteer\b)",
    ),
    (
        "share",
        r"^(deel|delen|share)(\s+(dit artikel|dit bericht|dit))?\s*(via|op|:)?\s*(facebook|twitter|x|whatsapp|linkedin|e-?mail)?\s*$",
    ),
    # a bullet may open the row, a network its other name ("X (Twitter)"), an action close it ("• Download")
    ("share", SHARE_ROW),
    ("share", r"^deel\s*:\s*['‘\"“].*$"),
    (
        "comments",
        r"^\d+\s*(reacties?|comments?)$|^reacties?\s*\(\d+\)$|^(reageer|plaats een reactie|bekijk (de )?reacties|lees (alle )?reacties)\s*(\(\d+\)|\d+)?$",
    ),
    ("comments", r"^(reageren|reageer) (op|onder) (dit|het) (artikel|bericht)\b"),
    # (site32b: "Printerversie |", "Printervriendelijke versie")
    (
        "print",
        r"^(print|afdrukken|printversie|printerversie|printervriendelijke versie|print dit artikel|bekijk de printversie)"
        r"\b.{0,40}$",
    ),
    ("print", r"\b(dit artikel|deze pagina) (is|werd) (geprint|afgedrukt)\b|\bprintversie\b"),
    ("video", r"^(de tekst gaat verder|het artikel gaat verder) (na|onder) (de|deze) (video|advertentie|foto)"),
    (
        "video",
        r"^(bekijk|speel) (de|deze|hier de) video\b.{0,60}$|^video\s*(afspelen|laden)\b|^\d+:\d{2}\s*(min)?\s*video$",
    ),
    (
        "tip",
        r"\b(heeft|hebt) (u|jij|je) (een tip|tips|informatie|meer informatie) (over|voor)\b|\btip (de|onze) redactie\b|\bmail (ons|de redactie) (via|op)\b",
    ),
    (
        "promo",
        r"\b(word|neem een) (nu )?(abonnee|lid|(proef)?abonnement)\b|\bprobeer (nu )?gratis\b|\bonbeperkt (lezen|toegang)\b|\bgratis toegang tot (alle|onze) (artikelen|verhalen)\b|\bplus-artikel\b|\bpremium\b.{0,20}\b(artikel|lezen)\b|\bvolg ons op\b|\bvolg (het|de) (laatste|nieuws)\b.{0,40}\b(app|kanaal|whatsapp)\b|\bwhatsapp-kanaal\b",
    ),
    ("promo", r"\b(luister|kijk) (nu )?(naar )?(onze|de) (podcast|uitzending)\b.{0,60}$"),
    # a link by its phrasing: an imperative link verb and what it opens ("Bekijk het rapport.", "Zie de video »");
    # "alle/de volledige …" without a closing full stop only: "Alle ouders krijgen … via de app." is reporting
    (
        "link",
        rf"^(bekijk|check|ontdek|raadpleeg|zie|volg|lees|kijk|luister|download)( hier| nu| ook)?\b.{{0,50}}\b{_LINK_TARGETS}{_COMPOUND}\b(\s+[^\s.!?]+){{0,3}}\s*[.…»›>]*\s*$",
    ),
    # a pointer to the page's attached files, to the reader: "In de bijlage vindt u het programma." (issue 21, site28)
    # — not a letter the news quotes: "…, schreef de gemeente aan de ondernemers" (review28)
    (
        "link",
        r"^(in|bij) de(ze)? bijlagen? (vindt|vind|treft|ziet) (u|je)\b"
        r"(?!.*\b(schreef|schrijft|zei|zegt|meldt|meldde|aldus|volgens|liet\b.{0,40}\bweten)\b)",
    ),
    ("link", rf"^(alle|de volledige)\b.{{0,50}}\b{_LINK_TARGETS}{_COMPOUND}\b(\s+[^\s.!?]+){{0,3}}\s*[…»›>]*\s*$"),
    # a topic page's link by its phrasing, no verb, no full stop (site47): "Al het nieuws over de verkiezingen", "Alle
    # sportnieuws Zwolle" — a sentence about the news has a verb and its mark
    ("link", r"^(al het|alle) (\w+)?nieuws( (over|uit|van|rond|in|op))?(\s+[^\s.!?]+){1,3}\s*[…»›>]*\s*$"),
    # a table's or section's own name on a line: "Stand", "Uitslagen en programma"
    ("navigation", rf"^({_TABLE_PAGES})((\s+(en|&|/|\|)\s+|\s+)({_TABLE_PAGES}))*\s*$"),
    # "read more" in any of the languages a Dutch page or an aggregator shows it in
    ("link", rf"^{_READ_MORE}\b.{{0,60}}$"),
    # a link by where it points: "Alle maatregelen staan hier", "De uitslagen vind je via deze link"
    ("link", rf"^[^.!?]{{0,60}}\b{_HERE_LINK}\s*$"),
    # a publication stamp's label alone on its line, its date gone to another line or an image (site32): "Gepubliceerd",
    # "Laatst bijgewerkt op:"
    (
        "label",
        r"^(gepubliceerd|geplaatst|gepost|bijgewerkt|laatst bijgewerkt|laatste update|publicatiedatum|published|updated)"
        r"( op)?\s*:?$",
    ),
    # a credit's, a link's or a page field's label alone with its colon, its value (a link) gone (site33): "Bron:",
    # "Volg ons:", "Categorie:"
    (
        "label",
        r"^(bron|bronnen|foto|foto's|beeld|video|contact|volg ons|volg mij|deel|delen|via|meer info(rmatie)?"
        r"|categorie|categorieën|rubriek|tags?|trefwoorden|url|link)\s*:$",
    ),
    ("label", r"^volg (ons|mij)$"),  # the follow links' label without its colon, its networks' names below (site39)
    # a photo's credit alone on its line, its label and the copyright sign before the holder (blind37): "Foto: ©
    # Persbureau Zuid" — the credit of the picture above, no caption's words of its own ("Foto: de brug bij nacht")
    ("credit", rf"^(foto|beeld|fotografie)\s*:\s*(©|\(c\))\s*{CREDIT_HOLDER}$"),
    # a menu button's hidden text (site33): "Toggle navigation"; a stock picture's licence after its alt text: "bouw
    # hijskraan No attribution required"
    ("interface", r"^toggle (navigation|navigatie|menu|search|dropdown)$"),
    # a page's anchor link to its top (site51): "top of page", "Back to top", "Terug naar boven"
    (
        "navigation",
        r"^((back|go) to (the )?top( of (the )?page)?|top of (the )?page|terug naar (boven|de top))\s*[↑^]?$",
    ),
    # an author's avatar: its alt text naming the role, not the person, the name glued after it (site51): "Foto van
    # schrijverJan", "Afbeelding van auteur" (edge_rules.AVATAR_LINE names the person: "Foto van Anna de Vries")
    (
        "interface",
        r"^(foto|afbeelding|avatar|profielfoto) van (de )?(schrijver|auteur|redacteur|blogger)(?-i:[A-ZÀ-Ý]\S*)?$",
    ),
    ("interface", r"^.{0,60}\b(no attribution required|free for commercial use)\s*$"),
    # a map widget's place under an event, as its geocoder writes it, the country in English (site33): "Stationsplein,
    # Eindhoven, Netherlands"
    ("interface", r"^[^.!?,\n]{1,40}(?>,[^.!?,\n]{1,40}){1,4},\s*(the )?(netherlands|belgium)$"),
    # a magazine's issue reference, the title's name before it or not (site32): "Vrij Nederland, jaargang 84, 2023,
    # nr. 6 (juni), pagina 40 tot 44"
    (
        "print",
        # an issue's number or its pages after the volume (a heading "Jaargang 1, 1945" is a history's), and no label
        # before the title ("Bron: <title>, jaargang …" is the article's source, review32r)
        r"^([^.!?:]{2,60},\s*)?jaargang\s+\d{1,3}\s*,?\s*(\d{4}\s*,?\s*)?(?=(nr|nummer|no|editie|pagina|pag|blz|p)\b)"
        r"((nr|nummer|no|editie)\.?\s*\d{1,3}"
        r"(\s*\([^()]{1,20}\))?\s*,?\s*)?((pagina|pag|blz|p)\.?\s*\d{1,4}(\s*(tot|t/m|-|–)\s*\d{1,4})?)?\s*$",
    ),
    # a web shop's empty cart, its heading glued before it or not (site32): "Geen producten in de winkelwagen.",
    # "Je winkelmandje is leeg"
    (
        "shop",
        r"^((winkel(mand|wagen)(je)?|mand(je)?)\s*:?\s*)?((er (zijn|zitten) )?(nog )?geen (producten|artikelen|items)"
        r" in (je|jouw|uw|de) (winkel(mand|wagen)(je)?|mand(je)?)|(je|jouw|uw) (winkel(mand|wagen)(je)?|mand(je)?) is"
        r" (nog )?leeg)\s*[.!]?$",
    ),
)

# A line opening with a teaser label is a teaser as a whole, however many sentences its title has.
# A line opening with a share label is a share prompt as a whole ("Deel: 'LIVE. Headline …'").
SHARE_LINES: tuple[str, ...] = (r"^(deel|delen|share)( dit( artikel)?)?\s*:\s*\S",)

TEASER_LINES: tuple[str, ...] = (
    r"^(lees|bekijk|kijk|luister|zie) (ook|meer|verder|hier)\s*[:>»|.]",
    r"^(ook interessant|meer hierover|eerder op \w+|gerelateerd|uitgelicht)\s*[:>»|]",
    # a tag list's or a related list's heading ending in a colon: "Lees meer over: <tags>", "Recent over <topic>:"
    r"^((lees|bekijk) meer over\s*:|(recent|meer) over\b[^.!?:]{0,60}:\s*$)",
    # the link to the next or previous story under the article, with its title (site33): "Volgende artikel: <titel>"
    r"^(volgende?|vorige?) (artikel|bericht|nieuwsbericht)\s*[:>»|]",
)


# Spans of site text inside a long line (scraped text whose line breaks were lost): see patterns.site_spans.
SPAN_SHARE = r"\b(delen|deel|share)( dit( artikel)?)? (via|op|on)\s*:"
# a stamp that closes a story card or a teaser list item: "ma 14 mrt 10:07", "29-11", "13:58"
SPAN_CARD_STAMP = rf"\b{DAY_ABBREVIATION_GROUP}\s+\d{{1,2}}\s+{MONTH_ABBREVIATION_GROUP}\s+\d{{1,2}}[:.]\d{{2}}\b"
# (not in brackets: "SC Cambuur (5-0 tegen Goes), TOP Oss (2-1 …)" lists scores inside a sentence, prec36; only a
# clock's time or a day and month that exist: "0-2", "16-25" are a match's scores, not a list's stamps, head37)
SPAN_LIST_STAMP = (
    r"(?<![\w:,.(-])((?:[01]?\d|2[0-3]):[0-5]\d|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2]))(?![\d:-])"
    r"(?=\s+[\w‘'\"“´`])"
)
# (with the arrow a link is marked by before it: ">> lees verder …", "» Lees verder")
_ARROW = r"((?<!\S)(>>?|»|→|▶|›)\s*)?\b"
_READ_ON = rf"lees verder( bij( de)? bron| op \S+)?|{_READ_MORE}"
SPAN_READ_MORE = rf"{_ARROW}({_READ_ON})(?=\s|$)"
# ... and, on a line of its own only, a card's link to watch, listen or read the piece: "Bekijk meer", "Luister
# verder", "Lees het bericht" (pipeline.text.card_titles, doubled_cards, index_pages; review49: inside a text, as the
# span above, "Ik kijk verder dan dat." and "Luister meer naar elkaar." closing a paragraph were cut as its teaser)
LINE_READ_MORE = (
    rf"{_ARROW}({_READ_ON}|(bekijk|kijk|luister) (meer|verder)|lees het (hele |volledige )?(artikel|bericht|verhaal))"
    r"(?=\s|$)"
)
# a link fragment glued to the next sentence or a numbered item: "… aldus Rutte. Alle maatregelen staan hier Minister …"
SPAN_HERE_LINK = rf"(?:(?<=[.!?…”\"’)]\s)|^)[A-ZÀ-Ý][^.!?]{{0,80}}?\b{_HERE_LINK}(?=\s+[A-ZÀ-Ý]|\s+\d{{1,2}}\.\s|\s*$)"
# A section label glued to the first word of the text after it ("LiveblogDe storm …", "SPORTHet …"):
# the first words a Dutch sentence opens with.
SENTENCE_OPENERS = r"(De|Het|Een|In|Op|Bij|Na|Om|Er|Zo|Dat|Die|Deze|Dit|Nog|Ook|Wie|Wat|Hoe|Waar|Toen|Als|Met|Van|Voor|Door|Vanaf|Tijdens|Volgens)"
