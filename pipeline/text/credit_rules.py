"""A photo's credit (issue 21): data, no logic — the agencies and the words that credit a photo, read by the
caption lines of pipeline.text.line_kind_rules, the credit glued after a paragraph (edge_rules), a caption shown
again with its credit (title_copies) and an HTML fragment's credit line (html_fragment_cuts). Lower case: each
expression reads them in its own case.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import word_group

PHOTO_AGENCIES = [  # the agencies whose name credits a photo: "ANP", "Getty Images", "Hollandse Hoogte / Jan Smit"
    *("anp", "afp", "epa", "reuters", "belga", "ap", "ap photo", "dpa", "ritzau", "getty images", "hollandse hoogte"),
    *("photo news", "imageglobe", "shutterstock", "bsr agency", "orange pictures", "pro shots"),
]
PHOTO_AGENCY_GROUP = word_group(PHOTO_AGENCIES)
CREDIT_WORDS = [
    "foto",
    "foto's",
    "beeld",
    "fotografie",
]  # the word before a credit's colon: "Foto: ANP", "Beeld: Provicom"
CREDIT_WORD_GROUP = word_group(CREDIT_WORDS)
# (site36b) a site's domain in lower case, the holder of a copyright line ("Copyright 2024 - 2025 dorpsblad.nl",
# pipeline.text.edge_rules.COPYRIGHT_LINE): a name and the country's or the web's ending
SITE_DOMAIN = r"[a-z0-9][a-z0-9-]{0,40}(\.[a-z0-9-]{1,40}){0,2}\.(nl|be|com|org|net|eu|info)"
# (conventions37, tests/data/STRUCTURE_CONVENTIONS.md) a photo's credit is site text: a caption that is only a credit,
# and the credit closing a caption that has words of its own (its tail; pipeline.text.caption_credits). A credit's
# name: one to six words, each capitalised, a figure, an initial, or a particle or "voor" between them ("Jan de
# Vries", "Linelle Deunk voor de Volkskrant", "Jan Peels/SQ Vision"), or an agency's short name in lower case ("hh")
# (site44) a brand's name in camel case too: "© iStock", "Foto: iStock/Getty"
_NAME_PART = r"(?-i:[A-ZÀ-Ý0-9]|[a-z](?=[A-Z]))[\w.&'’/-]*"
_NAME_LINK = r"(?:van|de|der|den|ten|ter|het|'t|voor|en|&|/|-)"
CREDIT_NAME = rf"{_NAME_PART}(?:\s+(?:{_NAME_LINK}\s+)*{_NAME_PART}){{0,5}}"
_CREDIT_WORD = word_group([*CREDIT_WORDS, "foto’s"])
# the whole line a credit: "Foto: ANP", "Foto Getty", "foto hh", "(Foto: Jan Smit)", "© Belga", "(c) Jan Smit",
# "ANP/Jan Smit", "(ANP)", "Beeld via Unsplash" (site44) — an agency's name alone ("ANP", "REUTERS") only under a caption (a byline's place under a
# headline: pipeline.text.caption_credits); a label's colon with words in lower case after it ("Foto: van links naar
# rechts …", "Video: Beelden van …") is a caption's own text
# (site51b) a credit alone with its article "de" before a name in capitals ("Foto: de Friese Aero Club"), the
# photographer's town after a comma ("Foto: Jan Smit, Goes") or web address after a dash ("Foto: Jan Smit -
# smitfotografie.nl") — one word after the comma: "Foto: Jan Smit, die de brand zag" has a caption's own words
# (site51b) after the copyright mark a studio's trade in lower case after its name ("© Smit fotografie") and an
# agency's name in lower case alone ("© belga")
_TRADE = r"(?:\s+(?-i:fotografie|fotograaf|photography|fotostudio))?"
_ALONE_TAIL = rf"(?:,\s+{_NAME_PART}|\s+[–—-]\s+{SITE_DOMAIN})?"
CREDIT_ALONE = (
    rf"^\(?(?:{_CREDIT_WORD}\s*:?\s+(?:via\s+)?(?:(?:(?-i:de|het)\s+)?{CREDIT_NAME}{_ALONE_TAIL}|(?-i:[a-z]{{2,3}}))"
    rf"|(?:©|Ⓒ|\(c\))\s*(?:{CREDIT_NAME}{_TRADE}|{PHOTO_AGENCY_GROUP})(?:\s+\d{{4}})?"
    rf"|\({PHOTO_AGENCY_GROUP}(?:\s*/\s*{CREDIT_NAME})?\)|{PHOTO_AGENCY_GROUP}\s*/\s*{CREDIT_NAME})\)?$"
)
# the credit closing a caption's own words: after its last sentence or a line break, "Foto: X", "Beeld X", "(foto:
# X)", "(foto X)", "© X", "(c) X", "| Foto: X", an agency's name in capitals with its photographer's ("ANP SEM VAN DER WAL"); or a
# photographer's name after a bar ("… mijnstaking van 1984-85 | John Sturrock", two to four words). The white space
# before the credit is taken whole, once, from where its run begins ((?<!\s), \s++: a credit opens with no space),
# after a sentence's end, holding a line break or before "(", "|", "©"; giving it back space by space made a long
# run of spaces and line breaks cost its length squared or worse (lastread37). Also (site41) an agency's name, its
# photographer's after a slash or not, after the caption's last sentence or after a dash ("… in de raadszaal. ANP /
# Robin Utrecht", "Telstar-trainer Andries Jonker - Pro Shots / Paul Roling"); a label after a dash is a byline's
# second half ("(Tekst: Dirk Vanhove - Foto's: Walter Van den Bulck)"); (site42) a credit's label and colon after a
# dash, no bracket after it ("… uit zijn huis gehaald - Foto: Stefan Paauw")
# (site43) a DPG caption without a full stop, the credit's "Beeld" and a capitalised name closing it ("Marjolein
# Moorman Beeld Jakob van Vliet", Het Parool)
# (site43) after the copyright mark a holder in lower case: a photographer's initials ("— © rr", HBvL) or an agency's
# common noun before its names ("© fotopersburo Bert Jansen/Rico Vogels", ED) — the mark alone says it is a credit
_LOWER_CREDIT = rf"(?-i:[a-z]{{2,3}})(?=\s*$)|(?-i:[a-z][a-z-]{{3,20}})\s+{CREDIT_NAME}"
# (site45) a credit in brackets closing a caption, in words no name follows: "(eigen foto)" (Omroep Gelderland,
# blind68; what the picture is, "(archief)", "(archieffoto)", "(foto ter illustratie)", is the caption's); the rights'
# holder, "(Rechten: RTV Drenthe/Steven Ophof)" (blind67), "(Fotorechten: …)"; a platform or a town after the name,
# "(foto: Arjan van Lomwel (Flickr))" (Omroep Zeeland, blind67), "(foto: Jan Smit, Goes)"; a web source, "(bron:
# lochem.nl)". Only in brackets at a caption's (or a short heading's) end: pipeline.text.caption_credits
# (site47, written and dropped: TUNE only, blind69/71) a place after a credit alone ("Foto: Jan Smit, Goes"), an
# agency in lower case or a studio's trade after the copyright mark ("© belga", "© X fotografie"), a handle in
# brackets ("(Beeld: x2060)") and a bracketed credit closing a caption read as a paragraph, a lede or the title
# (site50, written and dropped: no set moved) the photographer's web address after a credit alone ("Foto: Jan Smit -
# smitfotografie.nl", blind77): read as a credit alone by the headline's refused_titles.CREDIT_LINE (head50), which
# caption_title no longer cuts — (site51b) both written again in CREDIT_ALONE (_ALONE_TAIL), with the trade and the
# agency in lower case after the mark (_TRADE): TUNE blind47/69/71/77 +171 characters, CHECK unchanged, no story text
BARE_CREDITS = ["eigen foto", "eigen foto's", "eigen foto’s", "eigen beeld", "foto: eigen foto", "stockfoto"]
BARE_CREDIT_GROUP = word_group(BARE_CREDITS)
_RIGHTS_WORD = r"rechten|fotorechten|beeldrechten|foto\s*/\s*rechten"
_PLATFORM = r"(?:,\s+(?-i:[A-ZÀ-Ý])[\w.-]{1,20}|\s+\((?-i:[A-ZÀ-Ý])[\w.-]{1,20}\))?"
CAPTION_CREDIT_END = (
    rf"(?<!\s)(?:(?<=[.!?…\"”’')])|(?=[^\S\n]*+\n)|(?=\s++[(|©Ⓒ])|(?=\s++[–—-]\s++{PHOTO_AGENCY_GROUP})"
    # (site49) "Foto:" or "Beeld:" with its colon after the caption's last word, a dash before it or none ("… de haven
    # binnen Foto: Jan Smit"), and so a credit printed twice ("Foto: X / Y Foto: X / Y", cut one by one)
    r"|(?=\s++(?:[–—-]\s++)?(?-i:Foto|Beeld|FOTO|BEELD)(?:'s|’s)?\s*:[^()\n]*$)"
    r"|(?=\s++(?-i:Beeld)\s++(?-i:[A-ZÀ-Ý])[^.!?:()\n]{1,60}$))"
    r"\s++(?:[–—-]\s++)?(?P<credit>(?:\|\s*)?\(?(?:"
    rf"(?<!\(){PHOTO_AGENCY_GROUP}(?:\s*/\s*{CREDIT_NAME})?(?=\s*$)|"
    rf"{_CREDIT_WORD}\s*:\s*{CREDIT_NAME}{_PLATFORM}|(?<=\()(?:{_RIGHTS_WORD})\s*:\s*{CREDIT_NAME}(?=\))|(?-i:Foto|Beeld|FOTO|BEELD)\s+{CREDIT_NAME}"
    rf"|(?<=\()(?:foto|beeld)\s+{CREDIT_NAME}(?=\))|(?<=\(){BARE_CREDIT_GROUP}(?=\))|(?<=\()bron\s*:\s*{SITE_DOMAIN}(?=\))"
    rf"|(?:©|Ⓒ|\(c\))\s*(?!\d{{4}}\b)(?:{CREDIT_NAME}{_TRADE}|{_LOWER_CREDIT})|(?-i:{PHOTO_AGENCY_GROUP.upper()})(?:\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+)){{1,4}}"
    r")\)?)\s*$"
    r"|(?<!\s)\s++(?P<barred>\|\s*(?-i:[A-ZÀ-Ý][\w.'’-]+)(?:\s+(?:(?:van|de|der|den|ten|ter)\s+)*(?-i:[A-ZÀ-Ý][\w.'’-]+)){1,3})\s*$"
)
AGENCY_ALONE = rf"^{PHOTO_AGENCY_GROUP}$"  # "REUTERS" under a caption: its credit (pipeline.text.caption_credits)
CAPTION_OWN_MIN_WORDS = 2  # "Charles Michel" over "Foto: Reuters"; "Copyright © Krant" is no caption and its credit
# (conventions37) a source line alone on its line, "Bron: ANP", "Bron: Omroep West", "(bron: gemeente Zwolle)": site
# text (the older reading took it for a byline, pipeline.text.line_kind_rules.BYLINES)
# A source names someone: a capital or a figure after the colon; a list article's "Bron: sinaasappels, kiwi en
# paprika" (a vitamin's source) names none (review37)
SOURCE_LINE = r"^\(?bron\s*:\s*(?=[^\n]*?(?-i:[A-ZÀ-Ý0-9]))[^.!?\n]{1,60}\)?\.?$"
