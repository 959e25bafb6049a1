"""Furniture a mainstream news site's CMS prints on many pages (site39, written on structure_blind59: NOS, NU.nl, L1,
Knack, HLN …), as data: pipeline.text.patterns reads SITE_LINES, pipeline.text.sentence_reasons READER_SENTENCES with
the other tables, pipeline.text.title_line BAR_EPISODE. Described by shape, never by one page's strings.
"""

from __future__ import annotations

# A series' name with its episode's number after the bar closing a title ("Is het kabinet nu al aan het wiebelen? |
# Rondje Binnenhof #73"): the page's own episode, part of its title — a topic page's name, set aside after a bar
# (title_rules.BAR_RUBRIC_TAIL), carries no number.
BAR_EPISODE = r"(?<!\S)#\s?\d{1,4}$"

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a picture's notice that it only illustrates, alone on its line or with its credit ("Afbeelding ter illustratie
    # © Bron: L1", "Foto ter illustratie: ANP", "Archiefbeeld ter illustratie"): a caption that says nothing of its own
    (
        "credit",
        r"^(?:afbeelding|foto|beeld|archieffoto|archiefbeeld|illustratie|stockfoto)\s+(?:is\s+)?ter\s+illustratie"
        r"\s*[.:]?(?:\s*(?:[©|(:-]|bron\s*:)\s*[^.!?]{1,60})?$",
    ),
)

# A news site's standing line under an article asking readers to report an error or send news, in two sentences
# ("Fout opgemerkt of meer nieuws? Meld het hier"): the question (with the correction rule's other questions,
# web_rules, "Typfout gezien?") and the instruction pointing at the site's form with "hier" alone. Only the question
# followed by the instruction is taken (web_tails.tip_questions keeps a correction question before article text).
READER_SENTENCES: tuple[tuple[str, str], ...] = (
    ("correction", r"^(?:een\s+)?fout(?:je)?\s+(?:gezien|opgemerkt|gespot)\s+of\s+(?:meer\s+)?nieuws\s*\?$"),
    ("tip", r"^(?:meld|mail|stuur)\s+(?:het|ons|je\s+tip|uw\s+tip)\s+hier\s*[.!]?$"),
)
