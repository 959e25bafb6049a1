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
