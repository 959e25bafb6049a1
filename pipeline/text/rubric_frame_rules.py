"""Sentences of a rubric's or a round-up's frame on fresh pages, by shape across outlets, helper site53 (issue 21;
data, no logic). pipeline.text.sentence_reasons reads READER_SENTENCES (not when quoted or reported), SITE_SENTENCES
and PAIRED_TRAILS (only right after a sentence set aside for the same reason); a "roundup" opening the text is a frame
over items (pipeline.text.opening_rules.INTRO_REASONS): no heading below it is the headline.
Case-insensitive unless marked `(?-i:…)`.

Written and dropped (site53): a greeting alone as a sentence ("Goedemorgen!", "DEN HAAG - Goedemorgen!") — site text
in blind75p and blind83, the article's in blind65p (Omroep West's Wekker both times) and in the CHECK sets blind4,
blind60 and blind64p (their sums: 42 characters of article text); the labels differ, so shape cannot tell it.
"""

from __future__ import annotations

import re

from pipeline.text.outlet_names import OUTLETS

# the outlet's voice: "we", or its name in capitals right beside the verb ("zet RTV Noord", "Omroep West bundelt"), a
# broadcaster's or a paper's word or an outlet's name (outlet_names.OUTLETS) in it: an institution's routine ("Iedere
# maand verzamelt Rijkswaterstaat de hoogste waterstanden", review53) is news
_OUTLET_WORD = (
    r"(?-i:Omroep|Omrop|RTV|Radio|TV|Nieuws|Krant|Courant|Dagblad|Post|FM|Journaal|"
    + "|".join(re.escape(name) for name in OUTLETS)
    + r")\b"
)
_VOICE = (
    r"(we|wij|(?=(?-i:[A-ZÀ-Ý][\w.-]*\s+){0,2}"
    + _OUTLET_WORD
    + r")(?-i:[A-ZÀ-Ý][\w.-]*)(\s+(?-i:[A-ZÀ-Ý][\w.-]*)){0,2})"
)
# gathering for the reader
_GATHER = r"(zet|zetten|bundelt|bundelen|verzamelt|verzamelen|selecteert|selecteren)"
# what makes it standing: a routine or the rubric itself ("elke dag", "iedere vrijdag", "wekelijkse", "in deze
# rubriek", "Het is weer zondag, dus zetten we altijd de drie meest bekeken video's op een rij"); a one-off weekend
# ("Omroep Voorbeeld heeft de leukste uitjes voor het weekend op een rij gezet") is none, nor an article's list ("Wij
# zetten de belangrijkste op een rij:", the one sentence of the story texts that the rule without a routine adds beside
# four rubrics' "altijd")
_ROUTINE = (
    r"\b(altijd|(elke|iedere)\s+(\w+\s+)?(dag|week|maand|ochtend|middag|avond|werkdag|weekend|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag)|wekelijkse?|dagelijkse?|maandelijkse?|rubriek)\b"
)
# a selection: the best of something ("de beste bijdragen", "de opmerkelijkste berichten", "de meest gelezen")
_SUPERLATIVE = r"\b((?!(eerste|laatste|meeste)\b)\w{2,}ste|meest\s+\w+)\b"
_NO_STOP = r"[^.!?\"„“”]"

READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # a standing rubric's introduction in the outlet's voice: "we" or its name beside a verb of gathering, a routine or
    # the rubric, a superlative, and "op (een) rij" or a verb that gathers by itself ("In deze wekelijkse rubriek zetten
    # we de scherpste reacties van lezers op een rij.", "Elke vrijdag bundelt Omroep Zuid de mooiste foto's van de
    # week."): NU.nl's NUjij rubric, RTV Noord's daily round (web_rules: a routine first), RTV Oost's good-news round-up
    # (no routine: stays); an article's own list ("Wij zetten de belangrijkste maatregelen op een rij") has no routine
    (
        "roundup",
        rf"^(?={_NO_STOP}{{0,80}}\b({_VOICE}\s+{_GATHER}|{_GATHER}\s+{_VOICE})\b)(?={_NO_STOP}*{_ROUTINE})"
        rf"(?={_NO_STOP}*{_SUPERLATIVE})(?={_NO_STOP}*(\bop\s+(een\s+)?rij\b|\b(bundel|verzamel|selecteer)))"
        rf"{_NO_STOP}{{0,220}}[.!]?$",
    ),
    # the outlet's product named to the reader as the way to be up to date on the news ("Met de Ochtendpost ben je weer
    # helemaal op de hoogte van het laatste nieuws uit de regio.", "Via onze app blijf je op de hoogte van al het
    # nieuws"; Omroep West's morning round-up): a capitalised name or a medium of its own after the article or "onze";
    # "Met de nieuwe regels blijf je op de hoogte van …" names neither, and news on one subject ("het nieuws over het
    # weer", review53) is a service's
    (
        "promo",
        r"^(met|via|in|dankzij)\s+(de|het|ons|onze)\s+((?-i:[A-ZÀ-Ý])[\w-]*(\s+(?-i:[A-ZÀ-Ý])[\w-]*){0,3}"
        r"|(\w+\s+)?(app|nieuwsbrief|podcast|liveblog|pushberichten|pushmeldingen|notificaties))\s+"
        r"(ben|bent|blijf|blijft)\s+(je|jij|u)\s+(\w+\s+){0,3}op\s+de\s+hoogte\s+(van|over)\s+"
        r"[^.!?]{0,30}\bnieuws\b(?!\s+(over|rond|rondom|omtrent)\b)[^.!?]{0,60}[.!]?$",
    ),
)

SITE_SENTENCES: tuple[tuple[str, str], ...] = (
    # the outlet's own comment platform described in its voice: "ons" or "onze" before a platform or a forum, its
    # readers or visitors, their discussing or reacting, and the news or the newsroom ("Op ons reactieplatform Praatmee
    # kunnen lezers over het nieuws discussiëren.", "…, ons forum waarop bezoekers met de redactie meepraten");
    # with the rubric's introduction after it and a short sentence between them (site_sentences' sandwich) the whole
    # frame goes; a founder's platform ("Op ons platform kunnen gebruikers spullen ruilen") names no news, and a speaker
    # beside it ("…, zegt de hoofdredacteur", "Volgens de oprichter …", "…, legt hij uit": review53) reports it. A site
    # sentence (no reader's-sentence test): "de redactie vragen stellen" holds a reporting verb
    (
        "comments",
        rf"^(?!{_NO_STOP}*\b(zegt|zei|aldus|vertelt|vertelde|volgens|legt|legde|schrijft|schreef|stelt|stelde)\b)"
        rf"(?={_NO_STOP}*\b(ons|onze)\s+(\w+\s+)?[\w-]*(platform|forum|community)\b)"
        rf"(?={_NO_STOP}*\b(lezers|bezoekers|gebruikers)\b)"
        rf"(?={_NO_STOP}*\b(reageren|discussiëren|discussieren|meepraten|meediscussiëren|vragen\s+stellen)\b)"
        rf"(?={_NO_STOP}*\b(nieuws|redactie)\b){_NO_STOP}{{0,220}}[.!]?$",
    ),
)

# (sentence_reasons.paired_leads) right after a rubric's introduction, the edition's first item announced: "Vandaag in
# Rondje Zuid onder andere: een verdwaalde koe op de ringweg." (RTV Noord's daily round) — "today in" and the rubric's
# capitalised name, then a colon; alone, "Vandaag in Groningen: de raad vergadert" is news
PAIRED_TRAILS: tuple[tuple[str, str], ...] = (
    ("roundup", r"^vandaag\s+(in|bij|op)\s+(?-i:[A-ZÀ-Ý])[^:.!?]{0,40}?(\s+(onder\s+andere|o\.a\.))?\s*:"),
)
