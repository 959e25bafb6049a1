#!/usr/bin/env python3
"""Rebuild structure blind set 24 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages of Caribbean Dutch-language outlets (Bonaire, Curaçao,
Suriname). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind24 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the builder these sets share
from page_store_build import build  # noqa: E402

# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": {"url", "store_date"}, "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

SRC = {
    "ad_raadsleden": ("https://antilliaansdagblad.com/bonaire/18966-raadsleden-bonaire-blikken-terug", None),
    "ad_bestuursakkoord": (
        "https://antilliaansdagblad.com/bonaire/18606-eilandsraad-bonaire-bestuursakkoord-oke",
        None,
    ),
    "cnu_kustwacht": ("https://curacao.nu/kustwacht-gaat-haar-patrouilles-intensiveren", None),
    "cnu_jaarwisseling": ("https://curacao.nu/politie-curacao-spreekt-van-rustige-jaarwisseling/", "2025-01"),
    "bnu_jaaroverzicht": ("https://bonaire.nu/2016/12/27/jaaroverzicht-2016-deel-4-april/", None),
    "bnu_bestuurscollege": ("https://bonaire.nu/2023/10/18/bestuurscollege-bonaire-naar-huis-gestuurd/", None),
    "cn_hypocrisie": (
        "https://caribischnetwerk.ntr.nl/2017/08/16/geen-democratie-maar-hypocrisie-op-bonaire/",
        None,
    ),
    "cn_gedoogsteun": (
        "https://caribischnetwerk.ntr.nl/2017/02/06/gedoogsteun-bestuurscollege-bonaire-ingetrokken/",
        None,
    ),
    "kk_amigoe": ("https://www.knipselkrant-curacao.com/amigoe-nederland-verrast-en-blij-met-uitslag/", None),
    "kk_dolfijnfm": ("https://knipselkrant-curacao.com/dolfijnfm-arrestant-ontsnapt-na-hulp-omstanders", None),
    "pfm_invallen": ("https://paradisefm.cw/88448-2", None),
    "snc_ministerposten": (
        "https://mail.surinamenieuwscentrale.com/suriname-ministerposten-het-wordt-tijd-dat-de-lat-hoger-ligt",
        None,
    ),
    "stvs_waterkant": (
        "https://stvs.sr/nieuws/2025/11/gerenoveerde-waterkant-moet-startsein-zijn-voor-stralend-historisch-paramaribo",
        None,
    ),
    "atv_politie": (
        "https://atv.sr/2025/06/20/politie-pakt-24-verdachten-op-en-waarschuwt-helpers-van-criminelen-ook-u-komt-in-beeld/",
        "2025-06",
    ),
    "wk_naarden": (
        "https://www.waterkant.net/suriname/2021/09/27/naarden-toename-criminaliteitscijfers-nog-niet-te-concluderen/",
        "2021-09",
    ),
    "nucw_mes": ("https://nu.cw/2025/01/27/man-aangehouden-na-bedreiging-met-mes-in-de-ruyterkade/", None),
    "joop_dijkgraaf": (
        "https://joop.bnnvara.nl/nieuws/verbluffende-zelfinzicht-jan-dijkgraaf-en-media-hypes-rond-klein-grut",
        None,
    ),
    "joop_keijzer": (
        "https://www.bnnvara.nl/joop/artikelen/wat-is-mona-keijzer-toch-een-visionair-politica",
        "2025-12-17",
    ),
    "mc_orthopeed": (
        "https://www.medischcontact.nl/kennis/tuchtrecht/tuchtzaak/orthopeed-wel-of-niet-te-snijgraag",
        None,
    ),
    "ntvg_knmg": ("https://www.ntvg.nl/artikelen/de-macht-van-de-knmg", None),
    "tertio_ambitie": ("https://www.tertio.be/magazines/1045/artikels/met%20ambitie", None),
    "tertio_media": ("https://tertio.be/magazines/1140/artikels/internationale%20christelijke%20media", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the page's title is not in the excerpt (it starts below it): gold headline null"
CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
CREDIT = "photo credit without caption text: site text"
REPEAT = "the title repeated by the template: site text (convention for a repeated headline)"

# ---- Antilliaans Dagblad (antilliaansdagblad.com, Curaçao morning paper; Bonaire section) -------
AD_NAV = "section navigation label 'Al het nieuws' (all news) above the article: site text"
AD_BY = "'Van een onzer verslaggevers' (by one of our reporters): byline"
AD_ALT = "the article image's file name / alt text, glued by the store to the first word of the next paragraph: site text (its own block)"
L(
    "ad_raadsleden",
    None,
    [
        ("site_text", "Al het nieuws", {"note": AD_NAV}),
        ("byline", "Van een onzer verslaggevers", {"note": AD_BY + "; " + NOTITLE}),
        ("lede", "Kralendijk - Het hoofdstembureau", {"note": "dateline and first paragraph: lede"}),
        ("site_text", "bonaireraadsledenAfgelopen", {"note": AD_ALT + " ('bonaireraadsleden')"}),
        ("paragraph", "Afgelopen weekend is daarop"),
        ("paragraph", "De filmpjes duren ongeveer"),
        ("paragraph", "Clark Abraham (PDB) zegt"),
        ("paragraph", "MPB-leider Elvis Tjin Asjoe"),
        ("paragraph", "Zijn fractiegenoten Hennyson"),
        ("paragraph", "Maritsa Silberie (UPB) noemt", {"note": CUT}),
    ],
)

L(
    "ad_bestuursakkoord",
    None,
    [
        ("site_text", "Al het nieuws", {"note": AD_NAV}),
        (
            "subheading",
            "Acht van de negen Raadsleden",
            {
                "note": "subtitle (deck) printed above the byline; the page's title itself is not in the excerpt, so gold headline null (doubtful: a reader could take this line for the headline)"
            },
        ),
        ("byline", "Van een onzer verslaggevers", {"note": AD_BY}),
        ("lede", "Kralendijk - De Eilandsraad van", {"note": "dateline and first paragraph: lede"}),
        ("site_text", "edisonrijnaHet Bestuursakkoord", {"note": AD_ALT + " ('edisonrijna')"}),
        ("paragraph", "Het Bestuursakkoord is gisteren"),
        ("paragraph", "Zowel coalitie als oppositie"),
        ("paragraph", "Dat wil zeggen dat van de"),
        ("paragraph", "Ook de grootste oppositiepartij"),
        ("paragraph", "Het Bestuursakkoord behelst"),
        (
            "site_text",
            "Op pagina 16",
            {
                "note": "print cross-reference ('on page 16') with the title of the continuation / related article in the paper: site text, one block (doubtful: the second line is an editorial title)"
            },
        ),
        (
            "site_text",
            "Wilt u op ruim 8.000 kilometer",
            {"note": "sidebar promotion of the Caribbean edition of De Telegraaf (cut by the store): site text"},
        ),
    ],
)

# ---- Curaçao.nu (curacao.nu, Curaçao news site) ----------------------------------------------
L(
    "cnu_kustwacht",
    None,
    [
        ("lede", "Willemstad – De Kustwacht", {"note": "dateline and first paragraph; " + NOTITLE}),
        ("paragraph", "Vaak gaat het om mensensmokkel"),
        ("site_text", "692", {"note": "view counter under the article: site text"}),
        (
            "site_text",
            "Meer Nieuws Curaçao",
            {
                "note": "'Meer Nieuws Curaçao' (more news) list: eight other titles, each after '-' and a category label: site text, one block"
            },
        ),
    ],
)

L(
    "cnu_jaarwisseling",
    (0, 0, None),
    [
        (
            "headline",
            "Politie en Justitie Politie",
            {
                "note": "the title with its category label ('Politie en Justitie') glued before it on one line: the "
                "label stays in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        (
            "byline",
            "Maarten Schakel",
            {
                "tail": "01-01-2025",
                "note": "author name; the date and reading time ('01-01-2025 - 2 minuten leestijd') after it on the same line are its site_text_tail",
            },
        ),
        ("site_text", "Foto: Èxtra", {"note": CREDIT}),
        ("lede", "WILLEMSTAD – Curaçao heeft"),
        ("subheading", "Brionplein"),
        ("paragraph", "Zoals altijd waren er veel"),
        ("subheading", "Brand in Soto / Santa Martha"),
        ("paragraph", "In Soto / Santa Martha ging"),
        ("subheading", "Eerste / laatste ongeluk"),
        ("paragraph", "Op de Don Martina Boulevard"),
        ("subheading", "Dankbaar"),
        ("paragraph", "De politie was rond de"),
        ("paragraph", "De politie is dankbaar dat", {"note": CUT}),
    ],
)

# ---- Bonaire.nu (bonaire.nu, Bonaire news site) ----------------------------------------------
L(
    "bnu_jaaroverzicht",
    (1, 0, None),
    [
        ("site_text", "Media", {"note": "category label above the title: site text"}),
        ("headline", "Jaaroverzicht 2016 deel 4: April"),
        ("site_text", "Jaaroverzicht 2016 deel 4: April", {"note": REPEAT}),
        (
            "caption",
            "De nieuwe Papa Cornesschool wordt",
            {
                "note": "caption of the lead photo (the new school) above the byline: caption (doubtful: could be read as the deck / lede)"
            },
        ),
        ("byline", "Door Harald Linkels"),
        ("lede", "De leiding van het Korps Politie"),
        ("paragraph", "Er komen zo’n 300 bezoekers"),
        ("paragraph", "Kiezers lopen niet bepaald"),
        ("paragraph", "De nieuwe Papa Cornesschool, die", {"note": CUT}),
    ],
)

L(
    "bnu_bestuurscollege",
    None,
    [
        (
            "lede",
            "KRALENDIJK- Het bestuurscollege",
            {"note": "dateline and first paragraph; " + NOTITLE + "; the text has no site text"},
        ),
        ("paragraph", "Een motie van wantrouwen"),
        ("paragraph", "De rest van de Raad wordt"),
        ("subheading", "Druk"),
        ("paragraph", "Er lag in de zeer lange"),
        ("paragraph", "Overigens was het aantal"),
        ("paragraph", "De komende dagen zal moeten"),
    ],
)

# ---- Caribisch Netwerk (caribischnetwerk.ntr.nl, NTR's Caribbean news desk) -----------------
L(
    "cn_hypocrisie",
    None,
    [
        ("site_text", "Foto: OLB", {"note": CREDIT + "; " + NOTITLE}),
        ("lede", "KRALENDIJK – Bonaire heeft nog"),
        ("paragraph", "Hij volgt de vrijdag afgetreden"),
        ("subheading", "Vlammende afscheidsrede"),
        ("paragraph", "In haar afscheidsrede haalde"),
        ("paragraph", "Daar denkt ze bij haar afscheid"),
        ("subheading", "Ambtenarenapparaat"),
        ("paragraph", "Hellburg-Makaai, die vol lof"),
        ("paragraph", "Zonder de kwestie concreet", {"note": CUT}),
    ],
)

L(
    "cn_gedoogsteun",
    None,
    [
        (
            "caption",
            "James Kroon: ‘Onbehoorlijk bestuur",
            {
                "tail": "– foto: OLB",
                "note": "lead-photo caption (a quote of the pictured politician) with the photo credit as its site_text_tail; "
                + NOTITLE,
            },
        ),
        ("lede", "KRALENDIJK – Het Bestuurscollege"),
        ("paragraph", "In een brief aan gezaghebber"),
        ("paragraph", "Volgens ingewijden was een"),
        ("paragraph", "Op de agenda van de Eilandsraad"),
        ("paragraph", "Het intrekken van de gedoogsteun"),
        ("paragraph", "MPB-leider Elvis Tjin Asjoe is"),
        ("paragraph", "De crisis in november ontstond"),
        ("paragraph", "MPB vormt een blok met"),
    ],
)

# ---- Knipselkrant Curaçao (knipselkrant-curacao.com, Curaçao news digest reposting other outlets)
L(
    "kk_amigoe",
    (4, 0, None),
    [
        (
            "site_text",
            "28 C",
            {"note": "header widget: temperature, place and today's date: site text, one block"},
        ),
        (
            "site_text",
            "Extra | Journaal 24 april 2024",
            {
                "note": "sidebar of video items (Extra news bulletins, Democracy Now!), partly English: site text, one block"
            },
        ),
        ("site_text", "- Advertisement -spot_img", {"note": "advertisement slot label: site text"}),
        (
            "site_text",
            "Amigoe | Nederland verrast",
            {
                "note": "the digest's source prefix 'Amigoe |' before the title (the item is reposted from the paper Amigoe): site text (doubtful: part of the page title as shown)"
            },
        ),
        ("headline", "Nederland verrast en blij met uitslag"),
        ("site_text", "HomeMediaAmigoe | Nederland", {"note": "breadcrumb (Home › Media › title): site text"}),
        (
            "caption",
            "Nederland verrast en blij met uitslag ",
            {
                "tail": "| Foto Suzanne Koelenga",
                "note": "lead-photo caption (the title again) with the photo credit as its site_text_tail (doubtful: the caption only repeats the title)",
            },
        ),
        (
            "site_text",
            "Nederland verrast en blij met uitslag ",
            {"note": "the same caption + credit printed a second time (image title attribute): site text"},
        ),
        ("lede", "DEN HAAG — Minister Ronald"),
        ("paragraph", "Tweede Kamerleden André Bosman"),
        ("paragraph", "“Ik ben blij met de verrassende", {"note": CUT}),
    ],
)

L(
    "kk_dolfijnfm",
    None,
    [
        ("lede", "Een man die vrijdagnacht werd", {"note": "first paragraph; " + NOTITLE}),
        ("paragraph", "Omstanders rukten de arrestant"),
        ("paragraph", "Twee mannen konden kort daarna"),
        (
            "site_text",
            "Bron: DolfijnFM",
            {
                "note": "source line of the reposted item ('Bron: DolfijnFM', a radio station): site text (doubtful: the article's attribution)"
            },
        ),
        (
            "site_text",
            "Nos ta dushi hende.",
            {
                "note": "two reader comments (one in Papiamentu, one in Dutch) without names or dates: site text, one block"
            },
        ),
    ],
)

# ---- Paradise FM (paradisefm.cw, Curaçao radio station's news pages) -------------------------
L(
    "pfm_invallen",
    (1, 0, None),
    [
        (
            "site_text",
            "Huidig nummer",
            {
                "note": "radio player widget ('Huidig nummer' = now playing, 'Titel', 'Artiest', 'Background'): site text, one block"
            },
        ),
        ("headline", "Grote actie politie: Tien invallen"),
        (
            "site_text",
            "door Op 09-09-2024",
            {"note": "author line with the name missing ('door' = by) and the date ('Op' = on): site text"},
        ),
        ("lede", "De Curaçaose politie heeft"),
        ("paragraph", "De zeven mannen zitten nog vast"),
        (
            "site_text",
            "Meningen van de lezer",
            {
                "note": "comment section: heading ('readers' opinions'), 'Reageer' (reply) and the comment form's notice: site text, one block"
            },
        ),
    ],
)

# ---- Suriname Nieuws Centrale (surinamenieuwscentrale.com, Surinamese news aggregator) -------
GLUED = "paragraph boundary where the page joined two paragraphs without a space ('.X' glued): block cut there"
L(
    "snc_ministerposten",
    (1, 0, None),
    [
        (
            "site_text",
            "• zaterdag 07 February 2026",
            {
                "note": "header bar: today's date and the site's tagline ('Het laatste nieuws uit Suriname'): site text, one block"
            },
        ),
        ("headline", "Suriname: Ministerposten, het wordt"),
        ("site_text", "Suriname: Ministerposten, het wordt", {"note": REPEAT}),
        (
            "site_text",
            "| starnieuws |",
            {"note": "source label of the aggregated item ('starnieuws') between bars: site text"},
        ),
        ("byline", "Door: Redactie", {"note": "byline ('Door: Redactie' = by the editors)"}),
        (
            "lede",
            "Het vertrouwen in de Surinaamse",
            {"note": "first paragraph (a hard line break inside it, 'maar\\nook', kept): lede"},
        ),
        ("paragraph", "De nieuwe president mevrouw", {"note": GLUED}),
        ("paragraph", "Er is dringend", {"note": GLUED + " (a hard line break after 'dringend')"}),
        (
            "subheading",
            "Belofte nieuwe president versus",
            {"note": "the column's own subheading, glued to the paragraphs before and after it"},
        ),
        ("paragraph", "De beloofde bestuursvernieuwing", {"note": GLUED + "; " + CUT}),
    ],
)

# ---- STVS (stvs.sr, Surinamese public broadcaster) ------------------------------------------
L(
    "stvs_waterkant",
    (0, 0, None),
    [
        ("headline", "Gerenoveerde Waterkant moet startsein"),
        ("site_text", "23 November 2025", {"note": "publication date line: site text"}),
        (
            "site_text",
            "In: Nieuws",
            {"note": "category ('In: Nieuws') and comment count ('Comments: 0'): site text, one block"},
        ),
        ("lede", "President Jennifer Simons wil"),
        ("paragraph", "De president kondigde een"),
        ("paragraph", "Vicepresident Gregory Rusland"),
        ("paragraph", "Volgens PURP-program manager"),
        ("paragraph", "De Ilaco-directeur riep", {"note": CUT}),
    ],
)

# ---- ATV (atv.sr, Surinamese television station) --------------------------------------------
L(
    "atv_politie",
    None,
    [
        (
            "lede",
            "In de afgelopen twee weken zijn",
            {
                "note": "first paragraph; "
                + NOTITLE
                + "; the text has no site text (the store's date prefix is removed)"
            },
        ),
        ("subheading", "Criminaliteit diepgeworteld in"),
        ("paragraph", "Volgens Rishi Akkal, directeur"),
        ("paragraph", "Hij waarschuwt dat niet alleen"),
        ("subheading", "Belangrijke doorbraken in oude"),
        ("paragraph", "Tijdens de bijeenkomst lichtten"),
        ("paragraph", "Een zorgwekkende trend is het"),
        ("subheading", "Oproep aan de samenleving:"),
        ("paragraph", "Korpschef Bryan Isaacs en", {"note": CUT}),
    ],
)

# ---- Waterkant (waterkant.net, Surinamese news site) ----------------------------------------
L(
    "wk_naarden",
    None,
    [
        ("lede", "Hoewel er in Suriname in de", {"note": "first paragraph; " + NOTITLE}),
        ("paragraph", "In een gesprek afgelopen weekend"),
        (
            "site_text",
            "Beluister hieronder het gesprek",
            {
                "note": "prompt for an embedded audio player that is not in the text ('listen to the conversation below'): site text (doubtful: an editorial sentence of the article)"
            },
        ),
    ],
)

# ---- Nu.cw (nu.cw, Curaçao news site) --------------------------------------------------------
L(
    "nucw_mes",
    None,
    [
        (
            "lede",
            "Een 63-jarige man is vrijdag om",
            {
                "note": "first paragraph; "
                + NOTITLE
                + "; the text has no site text (the page's trailing blank lines are stripped)"
            },
        ),
        ("paragraph", "Bij aankomst van de agenten"),
        ("paragraph", "Hij werd overgebracht naar"),
    ],
)

# ---- Joop (joop.bnnvara.nl, BNNVARA's opinion and news site) ---------------------------------
JOOP_META = "article metadata: date or 'Vandaag' (today), reading time ('leestijd'), view count ('keer bekeken'), with the bullets between them: site text, one block"
JOOP_SHARE = "'Delen:' (share) with its buttons lost: site text"
L(
    "joop_dijkgraaf",
    (1, 0, None),
    [
        (
            "site_text",
            "Logo Joop",
            {"note": "logo alt text and the site's tagline ('the opinion site of BNNVARA …'): site text, one block"},
        ),
        ("headline", "Het verbluffende zelfinzicht van Jan"),
        ("site_text", "•", {"note": JOOP_META}),
        ("lede", "Kee & Van Jole bespreken deze", {"note": "first paragraph of the item (a podcast summary): lede"}),
        ("paragraph", "Van Jole constateert dat"),
        ("paragraph", "De twee botsen nog even over"),
        ("site_text", "Delen:", {"note": JOOP_SHARE}),
        (
            "site_text",
            "Praat mee",
            {
                "note": "comment section: 'Praat mee' (join in), link to the rules, avatar, character counter and the moderation notice: site text, one block"
            },
        ),
    ],
)

L(
    "joop_keijzer",
    (1, 0, None),
    [
        (
            "site_text",
            "BNNVARA Logo",
            {
                "note": "site header: broadcaster logo, 'Word lid' (join), NPO, Joop logo and name, tagline: site text, one block"
            },
        ),
        ("headline", "'Wat is Mona Keijzer toch een"),
        ("site_text", "Kijk Nou", {"note": "rubric 'Kijk Nou' (video item) and " + JOOP_META}),
        (
            "lede",
            "Druktemaker Pieter Derks is na",
            {"note": "the item's only paragraph (introducing a video clip): lede"},
        ),
        ("site_text", "Meer over:", {"note": "tag list ('Meer over:' = more about): site text, one block"}),
        ("site_text", "Delen:", {"note": JOOP_SHARE}),
        ("site_text", "Praat mee", {"note": "comment section heading and link to the rules: site text, one block"}),
        ("site_text", "Altijd op de hoogte blijven", {"note": "newsletter sign-up prompt: site text, one block"}),
        (
            "site_text",
            "Al 100 jaar voor",
            {"note": "start of the broadcaster's footer slogan, where the store's excerpt of the page ends: site text"},
        ),
    ],
)

# ---- Medisch Contact (medischcontact.nl, weekly of the Dutch medical association KNMG) --------
L(
    "mc_orthopeed",
    (3, 0, None),
    [
        ("site_text", "Tuchtrecht", {"note": "section label ('Tuchtrecht' = medical disciplinary law): site text"}),
        ("byline", "Hilde van der Meer", {"note": "author name above the title: byline"}),
        (
            "site_text",
            "13 minuten leestijd",
            {"note": "reading time and the tag 'recht' (law): site text, one block"},
        ),
        ("headline", "Orthopeed wel of niet te snijgraag?"),
        ("site_text", "3 reacties", {"note": "comment count ('3 reacties'): site text"}),
        ("lede", "Was de orthopeed in deze"),
        ("paragraph", "Terwijl de patiënt daarop zit"),
        ("paragraph", "Het regionaal tuchtcollege vindt"),
        (
            "byline",
            "Sophie Broersen, arts/journalist",
            {"note": "the two authors' credits after the commentary (name, profession), one block: byline"},
        ),
        (
            "subheading",
            "Centraal Tuchtcollege voor de",
            {
                "note": "heading of the ruling whose text follows the commentary, glued to the last credit ('juristCentraal'): subheading, article text (doubtful: the appended ruling is a quoted document)"
            },
        ),
        ("paragraph", "Beslissing in de zaak onder"),
        ("paragraph", "A., orthopeed, werkzaam", {"note": CUT}),
    ],
)

# ---- NTvG (ntvg.nl, Nederlands Tijdschrift voor Geneeskunde, medical weekly) ------------------
L(
    "ntvg_knmg",
    (1, 0, None),
    [
        (
            "quote",
            "‘Je moet het telkens opnieuw",
            {
                "note": "kicker above the title: a quoted sentence of the interview, labelled quote = article text (doubtful: could be read as part of the title)"
            },
        ),
        ("headline", "De macht van de KNMG"),
        ("byline", "Joost Zaat"),
        (
            "site_text",
            "Citeer dit artikel als",
            {"note": "citation box ('cite this article as' + journal reference): site text, one block"},
        ),
        (
            "lede",
            "Het is niet vanzelfsprekend dat",
            {"note": "the intro, ending without a full stop where the page stops (paywall teaser): lede"},
        ),
        (
            "site_text",
            "Ook interessant",
            {"note": "'Ook interessant' (related articles) heading, its list lost: site text"},
        ),
        ("site_text", "Reacties", {"note": "'Reacties' (comments) heading: site text"}),
    ],
)

# ---- Tertio (tertio.be, Flemish Christian weekly of opinion) ---------------------------------
TERTIO_HEAD = "issue header 'Tertio NNNN - ' with the article's title: site text, one block (the title proper follows as headline)"
L(
    "tertio_ambitie",
    (3, 0, None),
    [
        ("site_text", "Tertio 1045 - Met ambitie", {"note": TERTIO_HEAD}),
        ("site_text", "Standpunt Emmanuel", {"note": "rubric label 'Standpunt' (editorial): site text"}),
        ("byline", "Emmanuel Van Lierde"),
        ("headline", "Met ambitie"),
        ("lede", "Toen op 16 februari 2000 de"),
        ("paragraph", "De stichters hadden ambitie."),
        ("subheading", "Onveranderde missie"),
        ("paragraph", "Sinds de oprichting is het", {"note": CUT}),
    ],
)

L(
    "tertio_media",
    (1, 0, None),
    [
        ("site_text", "Tertio 1140 - Internationale", {"note": TERTIO_HEAD}),
        ("headline", "Internationale christelijke media", {"skip": 1}),
        ("lede", "Tertio heeft een uitzonderlijke", {"note": "intro paragraph: lede"}),
        ("paragraph", "Het katholiek opinieweekblad The"),
        ("subheading", "Tegen niemand"),
        ("paragraph", "Sinds zijn oprichting in 1946", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])
