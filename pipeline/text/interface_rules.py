"""Rules (data) for interface lines by shape, helper site29a (issue 21): lines that pipeline.text.patterns reads with
its other SITE_LINES tables. Described by shape and by a class of interface phrase, never by one page's strings.
Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import MONTH_NAME_GROUP, WEEKDAY_GROUP
from pipeline.text.site_words import FULL_STORY_POINTER

# a periodical's publisher line (site32b), site text only above the article's running text: a book's publisher
# under a review is the review's (pipeline.text.announced, review32r). A link word opens in lower case: a capitalised
# one is a word of the name (read both ways, "De De De … x" took 2^n tries to fail)
PUBLISHER_LINE = (
    r"^(een )?(uitgave|publicatie) van (de |het )?(?-i:[A-ZÀ-Ý][\w'’&.-]*)"
    r"(( (?-i:(?=[a-z&]))(van|voor|de|der|den|het|en|in|op|&))* (?-i:[A-ZÀ-Ý][\w'’&.-]*))*$"
)
# a bar's item, and an item that is a button's action or a count of comments (pipeline.text.site_words' buttons)
_BAR_ITEM = r"[^|\n]{1,40}"
_BAR_ACTION = (
    r"\s*(vertel|reageer|deel|print|mail|e-mail|stuur|bewaar|tweet|download|aantal reacties|\d+ reacties?"
    r"|reacties? \(?\d+\)?)\b[^|\n]{0,40}"
)
# the words a link's text opens with (review50): its verb, or where it leads ("Naar het archief", "Meer nieuws")
_ARROW_LINK_OPENERS = (
    r"bekijk|lees|download|ontdek|bezoek|klik|open|toon|ga|naar|terug|meer|alle|volledige|volg|luister|kijk|shop"
)
SITE_LINES: tuple[tuple[str, str], ...] = (
    # a link's or a button's text shown twice and glued, as an icon's label and the text beside it ("Vorige
    # pagina" + "Vorige Pagina" → "Vorige paginaVorige Pagina"): a lower-case letter glued to a capital, then the
    # same words again (any case); one to five words each, of four letters or more. A label's word is never longer
    # than 60 characters: bounded, a line of one long periodic token ("AbAb…") is not tried at each of its
    # capitals against the rest of it (quadratic: 200 kB ~14 s, fix33c)
    (
        "interface",
        r"^(?P<twice>(?-i:[A-ZÀ-Ý])\S{2,60}(\s+\S{1,60}){0,4}(?-i:[a-zà-ÿ]))(?-i:(?=[A-ZÀ-Ý]))(?P=twice)\s*$",
    ),
    # the same, a caption's credit or a label of two words or more in lower case glued to its copy ("foto: Jan
    # Smitfoto: Jan Smit", site45): the line is its first half twice; a sentence is never written so
    (
        "interface",
        r"^(?P<twice>(?-i:[a-zà-ÿ])\S{1,60}(\s+\S{1,60}){1,4}(?-i:[a-zà-ÿ]))(?P=twice)\s*$",
    ),
    # a form's or a card's field labels left without their values ("Rubriek: Auteur: Link:"): two labels or more of
    # one or two words, each ending in a colon, and nothing else
    ("interface", r"^[^\W\d][\w-]{0,15}( [\w-]{1,15})?\s*:(\s+[^\W\d][\w-]{0,15}( [\w-]{1,15})?\s*:){1,6}\s*$"),
    # a breadcrumb whose separators were lost: the site's home link by its Dutch name, then one to three section
    # names, each capitalised ("Voorpagina Regio Sport"); not "Home …", which opens titles too ("Home Sweet Home")
    ("navigation", r"^(?-i:(Startpagina|Voorpagina|Hoofdpagina|Homepagina|Beginpagina)( [A-ZÀ-Ý][\w&'’-]*){1,3})$"),
    # a comment form's prompt on its own line, in the imperative or as its button ("Plaats hier je reactie", "Schrijf
    # een reactie op dit artikel", "Reageer op dit bericht", "Jouw reactie"): the page's, not the article's
    (
        "comments",
        r"^((laat|plaats|schrijf|geef|post) (hier )?(je|jouw|uw|een)( eigen)? (reactie|mening|commentaar)"
        r"( achter| hier| (op|onder|bij) (dit|het) (artikel|bericht|verhaal))?|reageer( hier| nu)?"
        r"( op (dit|het) (artikel|bericht|verhaal))?|(je|jouw|uw) reactie|reactie plaatsen|plaats reactie"
        r"|(leave|post|add|write) a (reply|comment))\s*[.!:]?$",  # the English box heading a Dutch site kept (site41)
    ),
    # an image's placeholder left as a line by the scraper: the word for "image" alone, maybe numbered ("Image",
    # "Afbeelding 2"); a photo's caption says what it shows
    ("interface", r"^(afbeelding|image|img|placeholder)( \d{1,3})?$"),
    # a CMS's image token left in the text, its number in brackets ("[image=4521]", "[foto:88]", blind31)
    ("interface", r"^\[(afbeelding|image|img|foto|photo|media)\s*[=:]?\s*\d{1,12}\]$"),
    # an image viewer's button alone on its line, its caption on another (site32b): "Volledig scherm", "Foto vergroten"
    ("interface", r"^(volledig scherm|vergroot( foto)?|foto vergroten|fullscreen|full screen|enlarge)$"),
    # an embedded widget's error left on the page (site31): a service's name, then that it returned no content or an
    # HTTP status, in English ("Instagram did not return a 200.", "Feed returned an error 404")
    ("interface", r"^[\w .-]{1,30} (did not|didn't|failed to) (return|load)\b.{0,30}?\b[1-5]\d\d\b\.?$"),
    # a bulletin's or newsletter's edition stamp on its own line: the word for an edition, then its date or number
    # ("Uitgave vrijdag 12 augustus", "Editie 14 maart 2024", "Uitgave 37"); a sentence about an edition has a verb
    (
        "label",
        rf"^(uitgave|editie)( van)? (({WEEKDAY_GROUP} )?\d{{1,2}} {MONTH_NAME_GROUP}( \d{{4}})?|\d{{1,4}})$",
    ),
    # a local site's tagline under its name: news from a place and its surroundings, and nothing else ("Nieuws uit
    # Gent en omstreken", "Het laatste nieuws uit Zwolle en omgeving"); a section heading names the place alone
    (
        "site_name",
        r"^(het )?(laatste |lokale |regionale )?nieuws (uit|over|van|voor) (?-i:[A-ZÀ-Ý][\w'’-]+)( (?-i:[A-ZÀ-Ý][\w'’-]+))?"
        r" en (omstreken|omgeving|de (wijde )?(omgeving|regio))$",
    ),
    # a periodical's publisher line on its own (site32b): "Een uitgave van het Vlaams Komitee voor Brussel", "Uitgave van
    # Stichting Dorpskrant": the word for a publication and a name, capitalised words with small linking words between
    # them and nothing after it; a lower-case noun ("… van de gemeente die …") or the book's details are a sentence's
    ("site_name", PUBLISHER_LINE),
    # a pointer to the rest of the story on another outlet's site, alone on its line ("Lees het artikel verder op
    # Omroep Brabant", "Lees het hele verhaal verder bij De Stentor"): an aggregator's link, not the story's text
    (
        "pointer",
        r"^lees (het (hele |volledige )?(artikel|bericht|verhaal) )?verder (op|bij|via) (?-i:[A-Z0-9])[\w.&' -]{1,40}$"
        # … on a domain, with the story's title after a colon: "Lees het hele artikel op nu.nl: ‘…’" (site32)
        r"|^lees (het )?(hele |volledige )?(artikel|bericht|verhaal) (verder )?(op|bij|via) [\w-]+(\.[\w-]+)*\.[a-z]{2,6}"
        r"\s*:\s*\S[^.!?]{0,150}[.!?]?['’\"”]?$"
        # … or alone, its colon closing it, the linked title on the next line: "Lees het volledige bericht:" (site44)
        rf"|{FULL_STORY_POINTER}",
    ),
    # (site36) a share-and-comment bar: items separated by bars, two of them or more a button's action or a count of
    # comments ("Vertel een vriend | Reageer op dit artikel | Aantal reacties 0", "Print | Mail | Deel"); a table's
    # row holds values, not actions. At most 200 characters: the bar is one line.
    (
        "interface",
        rf"^(?=.{{0,200}}$)(?:{_BAR_ITEM}\|)*{_BAR_ACTION}\|(?:{_BAR_ITEM}\|)*{_BAR_ACTION}(?:\|{_BAR_ITEM})*$",
    ),
    # (site36) a template's date or byline whose fields are empty: its label before the date's separators alone
    # ("op . .", "door ,"), with its verb too ("Geschreven door - -", site50)
    ("byline", r"^((geschreven|gepubliceerd|geplaatst|gepost) )?(op|door|om)(\s*[.,:/|-])+\s*$"),
    # (site36) an embedded video's or post's address left as a line, maybe under a short label: "Video via Youtube:
    # https://youtu.be/…", "Bekijk de beelden: https://www.instagram.com/p/…" (the player or the post is not there)
    (
        "embed",
        r"^([\w'’ -]{1,40}:\s*)?(https?://)?(www\.|m\.)?(youtu\.be|youtube\.com|vimeo\.com|fb\.watch|facebook\.com"
        r"|instagram\.com|twitter\.com|x\.com|tiktok\.com)/\S*$",
    ),
    # (site41) a CMS's shortcode for an embed left as a line: its tag, its settings, its closing tag and nothing else
    # ("[video]id=4f2a9c[/video]", "[embed width=600]…[/embed]"); no word of text outside the brackets
    ("embed", r"^\[(?P<tag>[a-z][\w-]{1,20})(\s[^\]\s][^\]]{0,200})?\][^\s\[\]]{0,300}\[/(?P=tag)\]$"),
    # (site36) an image's Markdown on its own line cut off inside its address ("![[Import] image #42](https://www"):
    # a leftover, no caption (a whole one, "![De brug](/media/brug.jpg)", is read for its description, site32b)
    ("markup", r"^!\[[^\]\n]{0,200}(\][^\]\n]{0,200}){0,2}\]\((https?://|www\.|/)[^\s()]*$"),
    # (site50) a selector's prompt alone on its line: "Selecteer uw categorie", "Selecteer je regio:" — the
    # interface's verb; "Kies je gemeente:" is a how-to's step as well (review50)
    (
        "interface",
        r"^selecteer (uw|je|jouw|een) (categorie|rubriek|regio|taal|editie|gemeente|provincie|onderwerp)\s*:?$",
    ),
    # (site50) a link's text with the arrow the page draws after it, alone on its line: "Bekijk de volledige uitslag
    # »", "Naar het archief ›" (a space before the arrow; a quotation in guillemets, "«Wij gaan door»", opens with one)
    # — opening as a link does, in a capital, with its verb or "naar"/"meer"/"alle": a quotation's closing line in
    # guillemets ("want de club is ons leven »", "kijk naar wat de club bereikte »": its « a line above) is the
    # article's (review50)
    ("link", rf"^(?=(?-i:[A-Z]))(?:{_ARROW_LINK_OPENERS})\s[^«‹.!?]{{1,80}}\s[»›]$"),
    # (site36b) a related-posts box left empty, its empty state alone on its line: "Er zijn geen gerelateerde
    # berichten.", "Geen verwante artikelen gevonden", "No related posts." — the box's, no sentence of the story
    (
        "interface",
        r"^((er zijn )?(nog )?geen (gerelateerde|verwante|vergelijkbare) (berichten|artikelen|posts|items|nieuwsberichten)"
        r"( gevonden)?|no related (posts|articles|items)( found)?)\s*[.!]?$",
    ),
    # (site36b) a template's or a script's leftover alone on its line: a placeholder in braces ("{$items.title}",
    # "{{ post.title }}") or nothing but a script's closing brackets and semicolons (");", "});"); no word of text,
    # and no wink (";)", ";(": a chat's message quoted in the article; review36)
    ("markup", r"^\{\{?\s*\$?[a-z_][\w.\[\]-]{0,60}\s*\}\}?$|^(?![;:][()\[\]]+$)(?=.*[;{}])[(){}\[\];]{1,8}$"),
    # (site36b) a link to the original or the whole article alone on its line, no destination named: "Bekijk origineel
    # artikel", "Lees het volledige artikel", "Naar het originele bericht" (the link's text, its story is elsewhere)
    (
        "pointer",
        r"^(bekijk|lees|open|naar|ga naar) (hier )?(het )?(origineel|originele|volledig|volledige|hele) (artikel|bericht|verhaal)"
        r"( hier| online)?\s*[»›→>]?$",
    ),
    # (site36b) a template's author-and-date line with an empty field between its bars, its last label left without
    # its value ("De redactie |  | Aangepast op", "Redactie | | Gepubliceerd:"): a sentence has no empty field
    (
        "byline",
        r"^(?=[^\n]*\|\s*\|)[^|\n]{0,40}(\|[^|\n]{0,40}){1,4}\b(op|door|om|sinds|gepubliceerd|bijgewerkt)\s*:?$",
    ),
    # (site36b) a page's location widget in English: a place and its country's English name ("Lochem, Netherlands",
    # "Gent, Belgium"); a Dutch article names the country in Dutch
    ("interface", r"^(?-i:[A-ZÀ-Ý][\w'’-]+( [A-ZÀ-Ý][\w'’-]+){0,2}), (the )?(netherlands|belgium)$"),
    # (site36b) a feed's footer naming where the item came from and its address ("from Omroep West - nieuws
    # https://…", "via Dorpsblad http://…"): the reader's or the feed's line, in English or Dutch; in lower case — a
    # capitalised "Via"/"From" opens a line of the article's ("Via Tikkie https://…", a film's title; review36)
    ("link", r"^(?-i:from|via) (?-i:[A-Z0-9])[^\n]{0,40}?\s+https?://\S+$"),
)

# an image's alt text glued to the text's first word ("Logo Brandweer3De brandweer …"): the word for a logo or an
# image, one to three capitalised words, maybe a number (the last word's \w: no second run of figures to backtrack
# over, review33), then a capitalised word with no space between
# (pipeline.text.page_edges.opening_label cuts it off the text's opening)
# — glued where a lower-case letter or a digit meets the capital, not inside an acronym ("Logo KLM krijgt …", review28)
GLUED_ALT_TEXT = (
    r"^(?-i:(Logo|Afbeelding|Image)( [A-ZÀ-Ý][\w&'’-]*){1,3})(?<=(?-i:[a-zà-ÿ\d]))(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]*\s))"
)
