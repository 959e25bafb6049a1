"""Short outlet furniture on fresh pages by its shape, helper site52 (issue 21; data, no logic). Case-insensitive
unless marked `(?-i:…)`.

- CLOSING_MEDIUM_POINTER (pipeline.text.reference_lines.closing_pointer: the text's last block only): a line pointing
  at pictures or a video the page's player held, closed by a colon — the player is not in the text.
- READER_SENTENCES (pipeline.text.sentence_reasons: not when quoted or reported): a round-up's greeting, date and
  "this is the news" in one sentence; a rubric's standing introduction, the outlet's newsroom doing the rubric's
  weekly or daily work for the reader, a selection handed over, and the pointer after its catch-up question; a notice
  that the page is an archived copy.
- PAIRED_TRAILS (pipeline.text.sentence_reasons.paired_leads: only right after a sentence set aside for the same
  reason): the archived page's warning that its layout may look wrong.
- PAIRED_LEADS (pipeline.text.sentence_reasons.paired_leads: only right before a sentence set aside for the same
  reason): the site's notice that it cannot show an embedded post for a technical reason, before the request to
  accept cookies; the question whether the reader missed a report, before the pointer to where it is.
"""

from __future__ import annotations

# what the player held: pictures, a video, a report on film
_MEDIUM = (
    r"(beelden|sfeerbeelden|videobeelden|camerabeelden|dronebeelden|video['’]?s?|filmpjes?|foto['’]?s|fotoserie"
    r"|fotoreportage|videoreportage|reportage|fragment(en)?)"
)
# what the medium is said to show or say: its content follows in the text's own words
_SHOWS = r"(toont|tonen|toonde|toonden|laat|laten|liet|lieten|bewijst|bewijzen|bewees|zegt|zeggen|zei|zeiden)"
# (reference_lines.closing_pointer) a line pointing at the missing player as the text's last block, closed by a colon
# with nothing after it: the medium as the line's noun, what it shows after a preposition or nothing ("Beelden van de
# brand op de Epelenberg:", "Dit zijn beelden van de brand:", "Nog meer foto's van het feest:"; review52: "Video van de
# politie toont duidelijk wie er schoot:" and "De beelden tonen het volgende:" say what it shows, _SHOWS: they stay),
# or a name that made it ("Atv maakte hieromtrent een mooie reportage:"); three to twelve words, the medium first or made by the name ("In de video zegt de burgemeester:" and
# "De burgemeester zei het volgende:" introduce a quotation). Read anywhere in the text, such lines set aside 39
# characters of article text in the CHECK set blind74 (its sums): the labels differ mid-text, so only where nothing
# follows it.
CLOSING_MEDIUM_POINTER = (
    rf"^(?=(\S+\s+){{2,11}}\S+$)(?![^:]*\b{_SHOWS}\b)"
    rf"((dit zijn|hier zijn|hieronder|nog meer|meer|enkele|de eerste|alle)\s+)?((de|een|nieuwe)\s+)?{_MEDIUM}"
    r"(\s+(van|over|uit|bij|op|in|tijdens|rond)\b[^.!?:;]{0,70})?:$"
    r"|^(?-i:[A-ZÀ-Ý])[\w.-]*(\s+[\w.-]+){0,2}\s+(maakte|maakt|draaide|filmde|schoot)"
    rf"\s+((er|hierover|hieromtrent|daarover|daarvan|hiervan)\s+)?((een|de|deze|enkele)\s+)?(\w+\s+)?{_MEDIUM}:$"
)

# the newsroom as the rubric's subject: "onze redactie", "de showredactie", "de techredacteuren van NU.nl"
_NEWSROOM = (
    r"(onze\s+(\w+)?redact(ie|eur|eurs|euren)"
    r"|(de|het)\s+(\w+)?redact(ie|eurs|euren)(\s+van\s+(?-i:[A-ZÀ-Ý0-9])[\w.-]+)?)"
)
# the rubric's work, in the present tense
_DUTY = (
    r"(selecteert|selecteren|bespreekt|bespreken|struint|struinen|zet|zetten|kiest|kiezen|verzamelt|verzamelen"
    r"|bundelt|bundelen|blikt|blikken|zoekt|zoeken|brengt|brengen)"
)
# what the rubric hands the reader (review52): a selection — the best of something ("de strafste video's", "de gekste,
# mooiste en opvallendste posts"), a list ("op een rij") or what busies the newsroom ("wat hen deze week bezighoudt");
# a newsroom's news has none ("De redactie brengt vandaag een bezoek aan …", "De redactie kiest elke week een gast …")
_SELECTION = (
    r"\b((de|het)\s+(meest\s+)?(?!(eerste|laatste|meeste)\b)\w+ste|op\s+een\s+rij|wat\s+(hen|hun|ons|haar|hem)\s)\b"
)
# what makes it standing: the reader served, or the week's or the day's round
_STANDING = (
    r"\b(voor\s+(u|je|jou|jullie)|elke|iedere|wekelijks|dagelijks|deze\s+week|vandaag"
    r"|van\s+de\s+(voorbije|afgelopen)\s+(week|dag|maand))\b"
)

# a sentence's character: no full stop but one inside a web address ("op hbvl.be")
_IN_SENTENCE = r"([^.!?]|\.(?=\w))"

_HELLO = r"(goe(de|ie)n?(morgen|middag|avond)|goedendag|hallo|hoi)"

READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # the round-up's frame in one sentence: a place's dateline or not, the greeting, the date or not, and "this is the
    # news" ("OOST-SOUBURG - Goeiemorgen, op woensdag 8 februari 2017 is dit in het Zeeuwse nieuws:"); a greeting
    # over a report ("Goedemorgen, op de A2 is dit de situatie:") names no news
    (
        "greeting",
        rf"^((?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){{0,2}}\s+[-–—]\s+)?{_HELLO},?\s+"
        r"((op|vandaag|het is)\s+[^,:.!?]{4,40}\s+)?(is|zijn)\s+dit\s+(in\s+)?(het|de)\s+((?-i:[A-ZÀ-Ý])[\w-]*\s+)?"
        r"(nieuws|koppen|berichten)\b[^.!?:]{0,40}[:.]$",
    ),
    # a rubric's standing introduction: the outlet's newsroom ("onze redactie", "de showredactie", a newsroom named
    # after "van" in capitals: "De redactie van het weekblad kiest elke week …" stays) doing the rubric's work for the
    # reader or every week, a place's dateline or the rubric's name before it or not ("Onze redactie selecteert voor u
    # de strafste video's van de voorbije week", "In De week van NUtech bespreken de techredacteuren van NU.nl wat hen
    # deze week bezighoudt")
    (
        "rubric",
        rf"^([^.!?]{{0,60}}\s[-–—]\s+)?(in\s+[^,.!?]{{1,40}}\s+)?({_NEWSROOM}\s+{_DUTY}|{_DUTY}\s+{_NEWSROOM})\b"
        rf"(?={_IN_SENTENCE}*{_STANDING})(?={_IN_SENTENCE}*{_SELECTION}){_IN_SENTENCE}{{0,160}}[.!]?$",
    ),
    # the pointer after the catch-up question: "Dan vindt u de beelden hier terug in het weekoverzicht."
    (
        "rubric",
        r"^dan\s+(vind|vindt)\s+(je|u)\s+(de|die|het|ze)\s+(\w+\s+)?(hier|hieronder)\s+(terug|allemaal)\b[^.!?]{0,60}[.!]?$",
    ),
    # the page is an archived copy: "Je bekijkt nu een artikel uit het archief", "Dit artikel is niet geoptimaliseerd
    # voor de huidige website." (not an article about an archive: "Hij bekijkt een artikel uit het archief")
    (
        "archive",
        r"^(je|u)\s+(bekijkt|leest|bent)\s+(nu\s+)?(een|dit)\s+(artikel|bericht|pagina)\s+(uit|in)\s+(het|ons)\s+archief\b"
        r"|^dit\s+(artikel|bericht)\s+is\s+niet\s+geoptimaliseerd\s+voor\s+(de|onze)\s+(huidige\s+|nieuwe\s+)?[\w-]*site\b",
    ),
)

# (sentence_reasons.paired_leads) a sentence that is the site's only right AFTER one set aside for this reason: the
# archived page's warning that its layout may fail (review52: alone, "Hierdoor kan het gebeuren dat de opmaak van de
# stembiljetten niet klopt." is news)
PAIRED_TRAILS: tuple[tuple[str, str], ...] = (
    (
        "archive",
        r"^hierdoor\s+kan\s+het\s+(voorkomen|gebeuren)\s+dat\s+(de\s+)?(opmaak|lay-?out|weergave)\b[^.!?]{0,120}[.!]?$",
    ),
)

PAIRED_LEADS: tuple[tuple[str, str], ...] = (
    # the site cannot show an embedded post for a technical reason, before "Aanvaard de social media-cookies om …":
    # "Onze excuses Helaas kunnen wij deze social post niet tonen omdat het social media-elementen bevat." (not the
    # newsroom's choice: "Helaas kunnen wij deze beelden niet tonen omdat de familie dat niet wil" names no element)
    (
        "consent",
        r"^(onze\s+excuses[.!,]?\s+)?(helaas\s+)?(kunnen|kan)\s+(wij|we)\s+(\w+\s+)?(deze|dit|de|het)\s+[^.!?]{0,60}\bniet"
        r"\s+(tonen|weergeven|laten\s+zien|afspelen|laden)\b[^.!?]{0,20}\bomdat\b[^.!?]{0,40}"
        r"\b(social[- ]media[\w-]*|cookies?|elementen|externe\s+(inhoud|content))\b[^.!?]{0,40}[.!]?$",
    ),
    # the catch-up question before the pointer to the round-up ("Heeft u een spraakmakende reportage gemist?")
    ("rubric", rf"^(heb|heeft|hebt)\s+(je|jij|u)\s+[^?]{{0,60}}\b{_MEDIUM}\s+gemist\s*\?$"),
)
