"""Pointers whose link or widget is gone (data, no logic; split from edge_rules, round 7, site24d): the expressions
and limits of pipeline.text.pointer_sentences — a sentence sending the reader to another article or "here", a
police item's pointer at contact widgets below the text, the police asking to be contacted, and an imperative that
sends the reader to a bare address. Case-insensitive unless marked.
"""

from __future__ import annotations

# ---- round 7 (site24d): pointers whose link or widget is gone ----
# What a link's label names (the end of a compound: "wedstrijdverslag", "uitslagenavond-livestream"), site48
LINK_LABEL_NOUNS = (
    r"(verhaal|verslag|artikel|interview|reactie|reacties|livestream|stream|uitzending|video|video's|beelden|foto's"
    r"|fotoserie|podcast|aflevering|liveblog|overzicht|dossier|special|nieuwsbrief|rapport|brief|persbericht"
    # (site50b) plurals and an update's label ("de nieuwsupdate uit X", "al onze verhalen")
    r"|verhalen|verslagen|artikelen|interviews|podcasts|afleveringen|rapporten|brieven|update|updates)"
)
# (site45) see LINK_POINTER_END's last branch
LIVE_HERE = (
    r"^(volg|kijk|bekijk|beluister|luister)\b[^.!?:]{0,50}\bhier live( mee)?"
    r"( (vanaf|om|vanavond|vandaag|morgen)\b[^!?:]{0,25}?)?\s*[.!]?$"
)
# A sentence that sends the reader to another article whose link text was lost: it ends on "dit artikel" or
# "hier" (perhaps one verb after it: "… in dit artikel lezen.", "Dan kan u hier terecht."), speaks to the reader
# (je/u, or opens with "Lees"/"Als je") and has a reading or finding word. A short question right before it
# ("Meer weten over X?") is its lead and goes with it. Quoted sentences stay.
LINK_POINTER_END = (
    r"\b(dit|dat|het volgende) (artikel|stuk|verhaal)( [a-z]+)?\s*[.!]?$"
    r"|(^(lees|bekijk|klik|kijk|ontdek)\b|\b(kan|kun|kunt) (je|u|jij)\b|\b(klik|lees) dan\b)[^.!?]{0,80}\bhier( [a-z]+)?\s*[.!]?$"
    # "Lees het in onze verkiezingsspecial.": the outlet's special or dossier on it, with the question leading to it (site27)
    r"|^(lees|bekijk|ontdek) (het|dat|alles|meer)( daarover)? (in|op) (de|onze|ons|het) [\w-]*(special|dossier|themapagina)\s*[.!]?$"
    # "Lees hier het hele verhaal.", "Hier lees je het wedstrijdverslag.", "Bekijk hier de reactie van X:", "Volg hier de
    # livestream.": an imperative (or "hier" and a reading verb to the reader) and "hier" before the link's label — a
    # determiner and a word for what the link opens (LINK_LABEL_NOUNS); "Volg hier de borden …" has no such word (site48);
    # a colon only closing it: after it, an interview's speaker goes on ("Kijk hier het rapport maar: nergens …", review48)
    # (site50b) "al onze …" and two words before the label, neither "en"/"of" (a second thing named:
    # "Volg hier de resultaten en reacties." is the article's)
    rf"|^((lees|bekijk|kijk|volg|beluister|luister) hier|hier (lees|vind|bekijk|zie|volg|beluister) (je|u|jij))"
    rf" (al )?(het|de|een|je|jouw|uw|hun|zijn|haar|ons|onze|alle)( (?!en\b|of\b)[\w-]+){{0,2}} [\w-]*{LINK_LABEL_NOUNS}\b"
    rf"[^.!?:]{{0,50}}[.:!]?$"
    # (site45) an imperative to watch or follow what is broadcast and "hier live" (a player's link, gone), perhaps its
    # hour: "Volg de gemeenteraad hier live vanaf 20 uur." (HBvL, blind68), "Kijk de persconferentie hier live mee.",
    # "Bekijk de uitzending hier live om 19.30 uur."; "hier" and "live" together: no place of the article's
    rf"|{LIVE_HERE}"
    # (site49) the outlet's own medium where the reader finds the rest, the reader addressed and a verb to read, watch
    # or follow: "Meer daarover lees je in ons artikel.", "Via ons liveblog blijf je op de hoogte.", "Een sfeerverslag
    # zie je in ons nieuws." (is_link_pointer asks for the reader and the verb)
    rf"|^[^.!?:]{{0,40}}\b(in|via|op) (ons|onze) [\w-]*({LINK_LABEL_NOUNS}|nieuws|app)\b[^.!?:]{{0,30}}[.!]?$"
)
# "hier" only after "kan je"/"kunt u" or an imperative ("Kom je hier terecht." is a sentence of the article);
# a place inside this very article ("onderaan dit artikel") is the article's own.
LINK_POINTER_SELF = r"\b(onderaan|bovenaan|onder|boven|verderop|eerder in|later in) (dit|het) (artikel|stuk|verhaal)\b"
LINK_POINTER_READER = (
    r"\b(je|u|jij)\b|^lees\b|^(bekijk|kijk|volg|beluister|luister) hier\b|" + LIVE_HERE
)  # "Volg hier …" (site48)
LINK_POINTER_VERB = (
    r"\b(lees|lezen|leest|nalezen|ontdekken|ontdek|vind|vindt|vinden|terecht|bekijk|bekijken|meer"
    r"|kijk|volg|beluister|luister|zie|blijf)\b"
)
# "Hier" that picks up the place the sentence before opened with ("In de oude bibliotheek aan de Markt is een opstelling
# te zien. Hier vind je het verhaal van Zwolle …", "Vanaf de uitkijktoren … Hier zie je de beelden van …"): a place of
# the article, no link (review48)
HERE_OPENER = r"^hier\b"
PLACE_OPENER = (
    r"^(in|op|aan|bij|vanaf|vanuit|naast|achter|tegenover|langs|rond)\s+(de|het|een|ons|onze|deze|dit|die|dat)\b"
)
# a pointer to reading closing on a colon announces text that follows: only at the text's edge is it gone — further
# in, the list or the letter it announces is the article's ("Hier lees je het overzicht van de regels:"); to watch or
# to listen ("Beluister hier de reactie van X:") it announces an embed, which a text never carries (review48)
ANNOUNCING_COLON = r"^(lees hier|hier (lees|vind) (je|u|jij))\b.*:\s*$"
# (site50, dropped; site50b kept the narrower part: plural labels and "update", "al onze", two words before the label
# but no "en"/"of") still left: "Zie hier …", a reporting verb inside the label's clause ("Lees hier de open brief die X
# schreef.", blind77) and (site50b, written and dropped) "Check het hier." (ob, blind73): in the story texts it cut
# "Check het hier" off a title ("Wanneer krijg jij AOW? Check het hier", stories-blind7)
LINK_POINTER_MAX_WORDS = 25
LINK_POINTER_LEAD_MAX_WORDS = 12
# A police item's closing pointer at the page's contact widgets, which are not in the text: a contact sentence
# "via (een van) de onderstaande mogelijkheden" / "onder dit formulier". A sentence with a phone number or the
# police's own contact (sentence_reasons.AUTHORITY_CONTACT) is the appeal itself and stays.
WIDGET_POINTER = (
    r"\b(contact|melden|meld|reageren|reageer|doorgeven|achterlaten|laat)\b[^.!?]{0,80}"
    r"\b(via (een van )?de onderstaande [a-z]+|(onder|via|in) (dit|het onderstaande) (contact)?formulier)\b"
)
WIDGET_LEAD_MAX_WORDS = 4  # "Heeft u meer informatie?" goes with the pointer; "Heeft u iets gezien of gehoord?" stays
PHONE_NUMBER = r"\b0\d{2,3}[- ]?\d{3,7}\b|\b112\b"
# The police asking to be contacted ("Dan komen wij graag in contact met u"): an appeal in the news, like
# sentence_reasons.AUTHORITY_CONTACT — its paragraph's tip questions stay.
AUTHORITY_APPEAL = r"\b(komt|komen) (de politie|wij|we)\b[^.!?]{0,30}\bin contact met (u|je|jou)\b"
# An imperative that sends the reader to a bare address and ends on it ("Kijk voor meer informatie op
# https://…", "Zie ook www.…", "Bekijk het op example.nl/weer."): a scheme, "www." or a host with a path; a bare host
# (URL_POINTER_TLDS) only where the reader is sent to it ("… op/via example.nl", "Ga naar …", "Zie (ook) …",
# "Bezoek …"), not a company named by its domain ("Kijk naar de groei van Bol.com."). Quoted or attributed ones stay.
URL_POINTER_TLDS = ("nl", "be", "com", "org", "net", "eu", "nu", "info", "tv", "fm", "frl", "amsterdam", "brussels")
_BARE_HOST = rf"[a-z0-9-]+(\.[a-z0-9-]+)*\.({'|'.join(URL_POINTER_TLDS)})"
_ADDRESS, _SENT_TO = rf"(https?://|www\.)\S+|{_BARE_HOST}/\S*", rf"{_BARE_HOST}(/\S*)?"
URL_POINTER = (
    rf"^((kijk|lees|zie|ga|surf|bezoek|bekijk)\b[^.!?]{{0,120}}?\s({_ADDRESS}|(op|via)\s+{_SENT_TO})"
    rf"|(ga|surf)\b[^.!?]{{0,120}}?\snaar\s+{_SENT_TO}|(zie|bezoek)(\s+ook)?\s+{_SENT_TO})\s*[.!]?$"
)
URL_POINTER_MAX_WORDS = 30
# The closing pointer of a paragraph to the home page of an organisation the paragraph itself names ("… zwem- en
# waterpolovereniging d'ELFT organiseert … Meer weten? Kijk dan op de website www.d-elft.nl."): a bare host, no path,
# whose name (letters and digits) is a name of the sentences before it — the item's own closing line, not a page's
# link whose text was lost (aside37). A host with a path (a page of the site: "… op stadskrant.nl/brug") still goes.
SUBJECT_HOME = r"^(?:https?://)?(?:www\.)?(?P<name>[a-z0-9-]+)\.[a-z]{2,6}/?\s*[.!]?$"
SUBJECT_NAME_MIN_CHARS = 4

# A link's prompt whose link is gone, as a paragraph of its own ("De uitslagen zie je hier.": HERE_PROMPT and its
# limits): pipeline.text.reader_pointers, beside the line rule that reads "<X> vind je hier" too (tidy47)
