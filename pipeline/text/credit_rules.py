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
