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
# (site36c) a photographer's credit closing a caption after its last sentence, bare, after a bar or in brackets
# ("… afsluiten. | Foto: Jan Smit", "… 2013. (Foto: J. Smit)", "… ter illustratie. Foto: Jan de Vries"): the
# credit word and its colon, then one to four capitalised words, initials or figures (a particle between them),
# not a news agency's name: a caption keeps an agency's credit ("Foto: ANP", the older sets' convention)
# Cut only from a caption of CAPTION_CREDIT_MIN_WORDS words or more (pipeline.text.glued_edges.agency_credits):
# a caption's own words stay, a line that is a credit alone is read by the line rules
CAPTION_CREDIT_END = (
    r"(?<=[.!?…\"”’'])\s+(?P<credit>(\|\s*|\((?=[^()]*\)\s*$))?(?:foto's|foto’s|foto|beeld|fotografie)\s*:\s*"
    rf"(?!{PHOTO_AGENCY_GROUP}\b)(?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*(\s+((van|de|der|den|ten|ter|het)\s+)*(?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*){{0,3}}\)?)\s*$"
)
CAPTION_CREDIT_MIN_WORDS = 6  # "De minister in Den Haag. Foto: Persbureau Zuid" keeps its credit (site46)
