"""The article's offer to the reader answered by an instruction to mail "dan" (pipeline.text.web_tails.tip_questions,
pipeline.text.print_edges.contact_notes): "Wil je de website uitproberen? Stuur dan een e-mail naar info@…" is the
article's, not the outlet's request for tips — naming no newsroom (aside38, review38, older38)."""

from __future__ import annotations

import re

from pipeline.text import web_rules as rules

TIP_NEWSROOM = re.compile(rules.TIP_NEWSROOM, re.IGNORECASE)
# the article's offer to the reader ("Wil je deze website nu al uitproberen?"), no question for news, a reaction or an
# ad (a reaction to the plan it is about is the article's: "Wilt u reageren op het plan?", review38), answered by an
# instruction to mail with "dan" ("Stuur dan een e-mail … naar info@…"): the article's (aside38)
# (site47, written and dropped: TUNE only) "reageren op deze aflevering/podcast/column" as the page's own, not an offer;
# (site51, structure_blind71) kept: a reaction to "deze" and the outlet's own medium ("Wil je reageren op deze
# aflevering?") is the outlet's call, a request for reactions; one to "de uitzending" or "het plan" may be the article's
OWN_TEXT = r"artikel|bericht|stuk|verhaal|(?<=deze )(aflevering|podcast|uitzending|column|video|vlog|rubriek)\b"
OFFER_QUESTION = re.compile(
    r"^(wil|wilt) (je|jij|u)\b(?![^?]*\b(tips?|nieuws\w*|melden|meld|foto|beelden|video|advert\w*|abonne\w*|nieuwsbrief"
    rf"|redactie|(reageren|reactie)(?! (\w+ )?(op|over) (het|de|deze) (?!{OWN_TEXT})\w))\b)[^?]{{3,100}}\?$",
    re.IGNORECASE,
)
# … and its service line about what it reports ("Heb je vragen over de regeling? Mail dan naar info@zwolle.nl.", older38):
# questions about "de"/"het"/"deze" and a noun that is no outlet's own (its article, subscription, app, site, …) — an
# outlet's contact line asks bare ("Heb je vragen?") or of "je"/"uw"/"dit": "Heb je vragen over je abonnement?"
SERVICE_QUESTION = re.compile(
    r"^(heb|hebt|heeft) (je|jij|u) (nog )?(vragen|een vraag) (over|bij|rond|omtrent) (de|het|deze) (?!(artikel|bericht"
    r"|stuk|verhaal|abonne\w*|nieuwsbrief|bezorging|krant|app|website|site|account|privacy\w*|cookies?|advert\w*"
    r"|redactie)\b)[^?]{3,80}\?$",
    re.IGNORECASE,
)
OFFER_ANSWER = re.compile(r"^(stuur|mail|mailt|e-?mail|bel|app)( \w+)? dan\b", re.IGNORECASE)
# … and its service asking what the reader needs ("Heb je behoefte aan bepaalde boeken, maar kun je ze niet vinden?"),
# answered "Laat het weten via bieb@… of spreek een vrijwilliger aan" (stop 38): a library's, a club's offer — an
# outlet's request asks for tips, news, photos or a reaction (SITE_SENTENCES "tip"), never after a need
NEED_QUESTION = re.compile(
    r"^(heb|hebt|heeft) (je|jij|u) (nog )?(behoefte aan|interesse in) (?![^?]*\b(tips?|nieuws\w*|foto\w*|beelden|video"
    r"|advert\w*|abonne\w*|nieuwsbrief|redactie|krant)\b)[^?]{3,100}\?$",
    re.IGNORECASE,
)
NEED_ANSWER = re.compile(r"^laat (het|dat)( \w+)? weten\b", re.IGNORECASE)


def offered(question: str, answer: str) -> bool:
    """The question the article's offer (OFFER_QUESTION) or its service line (SERVICE_QUESTION), the answer an
    instruction to mail "dan" naming no newsroom; or the question the reader's need (NEED_QUESTION), the answer "laat het
    weten" (NEED_ANSWER), naming no newsroom."""
    question, answer = question.strip(), answer.strip()
    asked = OFFER_QUESTION.match(question) or SERVICE_QUESTION.match(question)
    needed = NEED_QUESTION.match(question) and NEED_ANSWER.match(answer)
    return bool(asked and OFFER_ANSWER.match(answer) or needed) and not TIP_NEWSROOM.search(answer)
