#!/usr/bin/env python3
"""Rebuild structure blind set 23 (texts + gold files) from a git mirror and the saved page excerpts.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes NAME.txt + NAME.json next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party and are NOT stored in this file. 15 of them are read from a public GitHub
repository (bare mirror MIRROR_ROOT/CeesMaessen+WappieCrawler/repo, or a clone with a .git dir) at
pinned commits: the scraper's CSV output files (columns text, date, url), one row per text, found by
its `url`. The other 5 are page excerpts from the `search` tool's "pages" corpus, which cannot be
re-fetched by a script; they are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt), outside the project repository (/work/data/structure-blind23). Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block runs
from its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end). Standard library only.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the builder the blind sets share
from page_store_build import read_raw, split_dump, write_set  # noqa: E402
from page_store_build import source_text as page_text  # noqa: E402

# (repository, commit, path): the scraper's output files, each at the commit whose version was read
REPO = "CeesMaessen/WappieCrawler"
FILES = {
    "andere_krant": (REPO, "aac4fed62d1785ca263ece340157ff21467288ce", "results_de_andere_krant.csv"),
    "privacynieuws": (REPO, "cfa4f8d8d3238a800b86c5dc489771a5b1ddd3f4", "results_privacynieuws.csv"),
    "indymedia": (REPO, "1c715260762db16d4a548306a3cd434baae9a059", "results_indymedia.csv"),
    "niburu": (REPO, "1c715260762db16d4a548306a3cd434baae9a059", "results_niburu.csv"),
}
_rows: dict[str, list[dict]] = {}


def git_show(root: Path, repo: str, commit: str, path: str) -> str:
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        out = subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        )
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")
    return out.stdout.decode("utf-8")


def repo_text(root: Path, spec: dict) -> str:
    """One scraped row's `text` as stored (text rule in the README)."""
    if spec["file"] not in _rows:
        csv.field_size_limit(1 << 30)
        raw = git_show(root, *FILES[spec["file"]])
        _rows[spec["file"]] = list(csv.DictReader(io.StringIO(raw, newline="")))
    texts = {row["text"] for row in _rows[spec["file"]] if row["url"] == spec["url"]}
    if len(texts) != 1:  # a url scraped twice must have stored the same text
        sys.exit(f"{spec['file']}: {len(texts)} different texts for {spec['url']}")
    # text rule (ours): the `text` column as the scraper stored it, outer whitespace stripped; its
    # glued paragraphs, runs of blank lines, no-break spaces and dropped link texts kept
    return texts.pop().strip() + "\n"


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": {...}, "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}
DAK = "https://deanderekrant.nl/nieuws/"
PN = "https://privacynieuws.nl/"
IND = "https://www.indymedia.nl/node/"
NIB = "https://niburu.co/"
SRC = {
    "dak_agneskant": {"file": "andere_krant", "url": DAK + "de-dubbele-pet-van-agnes-kant-2023-05-27"},
    "dak_klokkenluiders": {
        "file": "andere_krant",
        "url": DAK + "klokkenluiders-niet-beschermd-maar-vervolgd-door-de-staat-2023-05-26",
    },
    "dak_jakobdejonge": {
        "file": "andere_krant",
        "url": DAK + "voor-de-nucleaire-bom-maakt-het-niet-uit-of-je-rechts-of-links-bent-2023-05-14",
    },
    "dak_pandemiewet": {
        "file": "andere_krant",
        "url": DAK + "de-pandemiewet-regering-krijgt-ongekende-macht-over-dagelijks-leven-2023-05-06",
    },
    "pn_brillen": {
        "file": "privacynieuws",
        "url": PN + "databases/dataverlies/brillenfabrikant-lekt-privégegevens-77-miljoen-klanten.html",
    },
    "pn_bulgarije": {
        "file": "privacynieuws",
        "url": PN
        + "internet-en-telecom/databeveiliging/miljoenen-burgers-bulgarije-gehackt-via-de-belastingdienst.html",
    },
    "pn_cbr": {
        "file": "privacynieuws",
        "url": PN + "internet-en-telecom/databeveiliging/blunder-cbr-medische-gegevens-in-dossiers-van-anderen.html",
    },
    "pn_twitter": {
        "file": "privacynieuws",
        "url": PN + "diverse/censuur/twitter-test-automatisch-verbergen-van-dm-s-die-mogelijk-kwetsend-zijn.html",
    },
    "ind_kickout": {"file": "indymedia", "url": IND + "53349"},
    "ind_nakba": {"file": "indymedia", "url": IND + "53368"},
    "ind_foiegras": {"file": "indymedia", "url": IND + "53356"},
    "ind_hogeveluwe": {"file": "indymedia", "url": IND + "53390"},
    "nib_xr": {
        "file": "niburu",
        "url": NIB + "het-complot/18597-politie-boos-en-gefrustreerd-na-protestactie-extinction-rebellion",
    },
    "nib_foto": {"file": "niburu", "url": NIB + "paranormaal/6379-overleden-kind-verschijnt-op-foto"},
    "nib_koffie": {"file": "niburu", "url": NIB + "bewustzijn/4548-het-raadsel-van-de-uitgestelde-koffie"},
    # the `search` tool's stored pages (pages_raw.json); none carries the store's date prefix
    "oneworld_hoofdredacteuren": {
        "page": "https://www.oneworld.nl/mensenrechten/dat-een-vrouw-van-kleur-mij-opvolgde-fantastisch/"
    },
    "humo_dierckx": {
        "page": "https://www.humo.be/nieuws/cherchez-la-femme-danielle-dierckx-de-vrouw-van-groen-politicus-wouter-van-besien~bfd63f6d/"
    },
    "rijinstructie_harbers": {
        "page": "https://www.rij-instructie.nl/extra/25315/eerst-misstanden-aanpakken-dan-de-rest"
    },
    "managementscope_ict": {"page": "https://managementscope.nl/opinie/gianotten-ict-verslag"},
    "gebiedsontwikkeling_waarde": {
        "page": "https://www.gebiedsontwikkeling.nu/artikelen/investeringsafwegingen-vanuit-meervoudige-waardencreatie/?utm_medium=email&utm_campaign=Nieuwsbrief%2023%20juli%20Verbeeldingskracht%20geen%20garantie%20maar%20wel%20een%20richting%20voor%20de%20toekomst&utm_content=Nieuwsbrief%2023%20juli%20Verbeeldingskracht%20geen%20garantie%20maar%20wel%20een%20richting%20voor%20de%20toekomst+CID_cd107e30a4fbabf06606b1f19a7096ba&utm_source=Nieuwsbrief&utm_term=Hou%20bij%20investeringen%20in%20transformaties%20rekening%20met%20alle%20opbrengsten"
    },
}


def L(name: str, headline, blocks: list) -> None:
    LABELS[name] = {"source": SRC[name], "headline": headline, "blocks": blocks}


NOTITLE = "the scraper kept only the text of <p> and <span> elements, so the page's title (an <h1>) is not in the text: gold headline null"
GLUED = "paragraph boundary where the scraper joined two <p> texts without a separator ('.X' glued): block cut there"
CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
PULL = "pull quote: a sentence of the article shown as a highlighted quote; labelled quote = article text (doubtful: a reader may get it twice)"
QUESTION = "interviewer's question: article text, labelled paragraph (doubtful: could be read as a subheading)"

# ---- De Andere Krant (deanderekrant.nl, weekly of the Dutch 'alternative' press) -------------
DAK_BRAND = "the paper's logo text 'AndereKrant' at the top of the scraped page: site text"
DAK_FOLLOW = "'Volg Ons:' (follow us) with its social icons lost (no-break spaces left): site text"
DAK_COPY = "copyright footer ('©2023 De Andere Krant. Alle rechten voorbehouden.'): site text"
DAK_LEDE = (
    "the article's intro (the only body paragraph the page shows before its paywall, or the first of them): lede; "
)
L(
    "dak_agneskant",
    None,
    [
        ("site_text", "AndereKrant", {"note": DAK_BRAND}),
        ("lede", "Twee medewerkers van het", {"note": DAK_LEDE + NOTITLE}),
        ("paragraph", "Agnes Kant is directeur van", {"note": GLUED}),
        ("site_text", "Volg Ons:", {"note": DAK_FOLLOW}),
        ("site_text", "©2023 De Andere Krant", {"note": DAK_COPY}),
    ],
)

CASE = "one row of the article's box of cases ('Naam … Casus … Status …', cells glued by the scraper): list item, article text"
L(
    "dak_klokkenluiders",
    None,
    [
        ("site_text", "AndereKrant", {"note": DAK_BRAND}),
        ("lede", "Nederland kent een groot", {"note": DAK_LEDE + NOTITLE}),
        ("list_item", "Naam Meent van der Sluis", {"note": CASE}),
        ("list_item", "Naam Roelie Post", {"note": CASE}),
        ("list_item", "Naam Yvonne Brinkerink", {"note": CASE}),
        ("list_item", "Naam Bart van Well", {"note": CASE}),
        ("list_item", "Naam Ad van Rooij", {"note": CASE}),
        ("list_item", "Naam Wim Dankbaar", {"note": CASE}),
        ("list_item", "Naam Paul van Buitenen", {"note": CASE}),
        ("site_text", "Volg Ons:", {"note": DAK_FOLLOW}),
        ("site_text", "©2023 De Andere Krant", {"note": DAK_COPY}),
    ],
)

IVQ = QUESTION + "; the scraper glued the interview's questions together (most answers are not in the text)"
L(
    "dak_jakobdejonge",
    None,
    [
        ("site_text", "AndereKrant", {"note": DAK_BRAND}),
        ("lede", "Vredesactivist en kunstenaar", {"note": DAK_LEDE + NOTITLE}),
        ("paragraph", "Het is vandaag Nationale", {"note": IVQ}),
        (
            "paragraph",
            "Hij is uitgenodigd.",
            {"note": "the one answer fragment the scraper kept between two questions: article text"},
        ),
        ("paragraph", "Staat voor jou vast dat", {"note": IVQ}),
        ("paragraph", "Dat was een maand na", {"note": IVQ + " (a follow-up question that opens with its premise)"}),
        ("paragraph", "Je verwijt Zelensky dat hij", {"note": IVQ}),
        ("paragraph", "Wat had Zelensky anders", {"note": IVQ}),
        ("paragraph", "Je wordt wel", {"note": IVQ}),
        ("paragraph", "Links is nuttige idioot", {"note": IVQ}),
        ("paragraph", "Ben jij een pacifist?", {"note": IVQ}),
        ("paragraph", "Hoe ga jij met The Hague", {"note": IVQ}),
        ("site_text", "Volg Ons:", {"note": DAK_FOLLOW}),
        ("site_text", "©2023 De Andere Krant", {"note": DAK_COPY}),
    ],
)

SECTION = "heading of a section whose body the page does not show (paywall), glued by the scraper: subheading, article text (doubtful: the seven measure headings could be read as a list)"
L(
    "dak_pandemiewet",
    None,
    [
        ("site_text", "AndereKrant", {"note": DAK_BRAND}),
        ("lede", "Het lijkt er op dat de Eerste", {"note": DAK_LEDE + NOTITLE}),
        ("subheading", "De coronamaatregelen zijn nooit", {"note": SECTION}),
        ("subheading", "Opheffing medisch geheim", {"note": SECTION}),
        ("subheading", "Verplichte quarantaine", {"note": SECTION}),
        ("subheading", "Controleren van huis en haard", {"note": SECTION}),
        ("subheading", "Opheffing privacy bij onderwijs", {"note": SECTION}),
        ("subheading", "Vaccinatie is opnieuw de", {"note": SECTION}),
        ("subheading", "Noodbevoegdheid (wetsvoorstel", {"note": SECTION}),
        ("subheading", "Geen oog voor maatschappelijke", {"note": SECTION}),
        ("subheading", "De Pandemiewet is overbodig", {"note": SECTION}),
        ("subheading", "Effect maatregelen is onmeetbaar", {"note": SECTION}),
        ("site_text", "Volg Ons:", {"note": DAK_FOLLOW}),
        ("site_text", "©2023 De Andere Krant", {"note": DAK_COPY}),
    ],
)

# ---- Privacynieuws (privacynieuws.nl, privacy news site) --------------------------------------
PN_NAV = "the site's whole navigation menu (sections and subsections, ~700 characters) glued into one line, the intro glued to its last item 'Vingerafdruk': site text, one block"
PN_SRC = "'Alles bij de bron;' / 'Bron;' (the source pointer, its link text dropped by the scraper) glued to the last paragraph: site_text_tail"
PN_PAGER = "previous / next article links ('Vorig artikel: …', 'Volgende artikel: …' with 'Vorige' / 'Volgende'): site text, one block"
PN_FOOT = "footer breadcrumb ('Start', 'Nieuwsoverzicht', 'Contact', 'Nieuwsarchief', the section): site text"
PN_NEWS = "newsletter prompt with its close button '×': site text"
PN_LINK = "; a link text the scraper dropped leaves a gap (no-break spaces) inside the sentence"
L(
    "pn_brillen",
    None,
    [
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_NAV}),
        ("lede", "De grootste brillenfabrikant", {"note": "intro paragraph; " + NOTITLE + PN_LINK}),
        ("paragraph", "Het Italiaanse conglomeraat", {"tail": "Alles bij de bron;", "note": GLUED + "; " + PN_SRC}),
        ("site_text", "Volgende artikel:", {"note": PN_PAGER}),
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_FOOT}),
        ("site_text", "Schrijf je in voor onze wekelijkse", {"note": PN_NEWS}),
    ],
)

L(
    "pn_bulgarije",
    None,
    [
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_NAV}),
        ("lede", "Hackers hebben persoonlijke", {"note": "intro paragraph; " + NOTITLE}),
        (
            "paragraph",
            "„Jullie overheid is achterlijk",
            {
                "tail": "Bron;",
                "note": "cut after a full stop and a no-break space (probably a <p> boundary; doubtful); "
                + PN_SRC
                + PN_LINK,
            },
        ),
        ("site_text", "Volgende artikel:", {"note": PN_PAGER}),
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_FOOT}),
        ("site_text", "Schrijf je in voor onze wekelijkse", {"note": PN_NEWS}),
    ],
)

L(
    "pn_cbr",
    None,
    [
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_NAV}),
        ("lede", "Het Centraal Bureau Rijvaardig", {"note": "intro paragraph; " + NOTITLE}),
        (
            "paragraph",
            "Van 71 gevallen is bekend",
            {"note": GLUED + PN_LINK + " (the attribution ', meldt …' is gone)"},
        ),
        (
            "paragraph",
            "Het CBR erkent dat",
            {"tail": "Alles bij de bron;", "note": "cut after a full stop and a no-break space; " + PN_SRC},
        ),
        ("site_text", "Vorig artikel:", {"note": PN_PAGER}),
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_FOOT}),
        ("site_text", "Schrijf je in voor onze wekelijkse", {"note": PN_NEWS}),
    ],
)

L(
    "pn_twitter",
    None,
    [
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_NAV}),
        ("lede", "Twitter werkt aan een nieuwe", {"note": "intro paragraph; " + NOTITLE}),
        ("paragraph", "Wie de automatisch", {"note": GLUED}),
        ("paragraph", "Het is onduidelijk hoe lang", {"tail": "Alles bij de bron;", "note": GLUED + "; " + PN_SRC}),
        ("site_text", "Volgende artikel:", {"note": PN_PAGER}),
        ("site_text", "StartNieuwsoverzichtContact", {"note": PN_FOOT}),
        ("site_text", "Schrijf je in voor onze wekelijkse", {"note": PN_NEWS}),
    ],
)

# ---- Indymedia NL (indymedia.nl, open-publishing activist news site) -------------------------
IND_LOGO = "the site's logo text 'IndyMedia': site text"
IND_DONATE = "sidebar donation box ('Steun Indymedia NL financieel!', bank account, software credit with its link text dropped): site text, one block"
IND_CONTACT = "sidebar heading 'Contact:' (its address lost), glued to the donation box: site text"
IND_PLACE = "the event post's location field (place, street, city, country) printed above the text: page furniture, site text (doubtful: it is the event's address)"
L(
    "ind_kickout",
    None,
    [
        ("site_text", "IndyMedia", {"note": IND_LOGO}),
        ("site_text", "Steun Indymedia NL financieel!", {"note": IND_DONATE}),
        ("site_text", "Contact:", {"note": IND_CONTACT}),
        ("lede", "Weten jullie het al?", {"note": "first paragraph of the reader's post; " + NOTITLE}),
        ("paragraph", "Mitchell Esajas is nu", {"note": GLUED}),
        ("paragraph", "De apocalyps komt er"),
        ("paragraph", "Hiep hiep hoera!"),
    ],
)

L(
    "ind_nakba",
    None,
    [
        ("site_text", "IndyMedia", {"note": IND_LOGO}),
        ("site_text", "Steun Indymedia NL financieel!", {"note": IND_DONATE}),
        ("site_text", "Contact:", {"note": IND_CONTACT}),
        ("site_text", "Budapest, Pesthuislaan", {"note": IND_PLACE}),
        (
            "lede",
            "Nakba herdenking met korte",
            {
                "note": "the post's one-line summary, glued to the body: lede, article text (doubtful: it may repeat the page title, which is not in the text; "
                + NOTITLE
                + ")"
            },
        ),
        ("paragraph", "Op 15 mei staan Palestijnen", {"note": GLUED}),
        ("paragraph", "Sprekers: o.a.", {"note": GLUED}),
        ("paragraph", "In samenwerking met:", {"note": GLUED}),
    ],
)

L(
    "ind_foiegras",
    None,
    [
        ("site_text", "IndyMedia", {"note": IND_LOGO}),
        ("site_text", "Steun Indymedia NL financieel!", {"note": IND_DONATE}),
        ("site_text", "Contact:", {"note": IND_CONTACT}),
        ("site_text", "Stationsplein, Stationsplein", {"note": IND_PLACE}),
        ("lede", "Op vrijdag 19 mei gaan we", {"note": "first paragraph of the call to action; " + NOTITLE}),
        ("paragraph", "Die industrie reikt verder", {"note": GLUED}),
        ("paragraph", "Daarom verzamelen we ons", {"note": GLUED}),
        ("paragraph", "Kom ook! Samen kunnen we", {"note": GLUED}),
        ("paragraph", "Hopelijk tot dan!", {"note": GLUED + " (the post's sign-off)"}),
    ],
)

L(
    "ind_hogeveluwe",
    None,
    [
        ("site_text", "IndyMedia", {"note": IND_LOGO}),
        ("site_text", "Steun Indymedia NL financieel!", {"note": IND_DONATE}),
        ("site_text", "Contact:", {"note": IND_CONTACT}),
        ("lede", "Na enkele pogingen tot het", {"note": "first paragraph of the post; " + NOTITLE}),
        ("paragraph", "Sinds enige tijd loopt er", {"note": GLUED}),
        ("paragraph", "Het bovenstaande bevestigen", {"note": GLUED}),
        ("subheading", "Wat nu?", {"note": "the post's own subheading, glued between paragraphs"}),
        ("paragraph", "Deze reactie vanuit het"),
        ("subheading", "Petitie", {"note": "the post's own subheading, glued between paragraphs"}),
        ("paragraph", "En de petitie dan?"),
        (
            "paragraph",
            "We zien elkaar zaterdag",
            {
                "tail": "[1]",
                "note": "closing line; the footnote list '[1] [2]' after it, whose link targets the scraper dropped, is its site_text_tail (doubtful: footnote markers of the article)",
            },
        ),
    ],
)

# ---- Niburu (niburu.co, Dutch conspiracy-news site) ------------------------------------------
NIB_TOGGLE = "mobile menu button 'Toggle navigation' and menu item 'Info', glued to the intro: site text"
NIB_SIDE = "sidebar list of the site's latest and popular article titles (and the menu item 'Over Ons'), one per line: site text, one block"
NIB_TOP = (
    "'Naar boven' (back to top) twice and the footer menu item 'Info', glued to the sidebar's last line: site text"
)
NIB_SRC = "'Bron:' with the source link dropped by the scraper: site text (doubtful: the article's source credit)"
L(
    "nib_xr",
    None,
    [
        ("site_text", "Toggle navigationInfo", {"note": NIB_TOGGLE}),
        ("lede", "Je hebt in ons land twee", {"note": "the article's intro; " + NOTITLE}),
        (
            "paragraph",
            "Dit is intern onderzoek waardig",
            {
                "note": "the first words of the body, cut by the site with '...' (the scraped page shows no more): article text"
            },
        ),
        ("site_text", "Het absurde en belachelijke", {"note": NIB_SIDE}),
        ("site_text", "Naar bovenNaar boven", {"note": NIB_TOP}),
    ],
)

L(
    "nib_foto",
    None,
    [
        ("site_text", "Toggle navigationInfo", {"note": NIB_TOGGLE}),
        ("lede", "De 9-jarige Nicholas McCabe", {"note": "the article's intro (two lines); " + NOTITLE}),
        ("paragraph", "Nicolas wordt begraven"),
        ("paragraph", "Zo wordt het ook in Moore"),
        ("paragraph", "Madison, een nichtje van"),
        ("paragraph", "Als je goed naar de foto"),
        ("paragraph", 'Het "probleem" is echter'),
        ("paragraph", "Toen ze het beeld lieten"),
        ("paragraph", "“Ik kon mijn ogen"),
        ("paragraph", "Volgens Scott McCabe is op"),
        ("paragraph", "Hij voelt in zijn hart"),
        ("site_text", "Bron:", {"note": NIB_SRC}),
        (
            "site_text",
            "Het absurde en belachelijke",
            {"note": NIB_SIDE + " (it includes this article's own title 'Overleden kind verschijnt op foto')"},
        ),
        ("site_text", "Naar bovenNaar boven", {"note": NIB_TOP}),
    ],
)

L(
    "nib_koffie",
    None,
    [
        ("site_text", "Toggle navigationInfo", {"note": NIB_TOGGLE}),
        ("lede", "In een klein café komen", {"note": "the article's intro (two lines); " + NOTITLE}),
        ("paragraph", "Het is een systeem, heel"),
        ("paragraph", "Deze traditie is begonnen"),
        ("paragraph", "Het zou een prachtig signaal"),
        ("paragraph", "En... vele kleine dingen"),
        (
            "paragraph",
            "We hebben inmiddels een",
            {
                "note": "editorial update appended after a no-break space (a link text 'website' or similar dropped inside it): article text"
            },
        ),
        ("site_text", "Bron:", {"note": NIB_SRC}),
        (
            "site_text",
            "Het absurde en belachelijke",
            {"note": NIB_SIDE + " (it includes this article's own title 'Het raadsel van de uitgestelde koffie')"},
        ),
        ("site_text", "Naar bovenNaar boven", {"note": NIB_TOP}),
    ],
)

# ---- OneWorld (oneworld.nl, Dutch magazine on global affairs), stored page -------------------
L(
    "oneworld_hoofdredacteuren",
    (2, 0, None),
    [
        (
            "caption",
            "Van links naar rechts:",
            {"tail": "Beeld: Leroy Sankes", "note": "lead-photo caption with the credit as its site_text_tail"},
        ),
        ("site_text", "Interview", {"note": "content-type label above the title: site text"}),
        ("headline", "‘Wij wilden niet te activistisch"),
        ("lede", "Precies tien jaar geleden"),
        (
            "site_text",
            "Dit artikel krijg je cadeau",
            {"note": "paywall notice ('this article is a gift from OneWorld. Become a subscriber'): site text"},
        ),
        ("paragraph", "Seada Nourhussen – de huidige"),
        ("quote", "Han ten Broeke wilde de subsidie", {"note": PULL}),
        ("paragraph", "Nourhussen, die aantrad nadat", {"note": CUT}),
    ],
)

# ---- Humo (humo.be, Flemish weekly), stored page ---------------------------------------------
HQ = QUESTION + " (the magazine's 'HUMO' speaker label kept)"
L(
    "humo_dierckx",
    (1, 0, None),
    [
        (
            "site_text",
            "null Beeld",
            {
                "note": "image placeholder: an empty alt text rendered as 'null' and the label 'Beeld' (image): site text"
            },
        ),
        ("headline", "Cherchez la femme: Danielle"),
        ("lede", "Danielle Dierckx is de echtgenote"),
        ("byline", "Frederick Vandromme"),
        ("quote", "'Wouter zei vanaf het begin:", {"note": PULL}),
        ("paragraph", "Danielle Dierckx (42) «Ik leerde"),
        ("paragraph", "HUMO Wat aan hem charmeerde u?", {"note": HQ}),
        ("paragraph", "Dierckx «We delen een gevoel"),
        ("paragraph", "HUMO Zag je ook argumenten", {"note": HQ}),
        ("paragraph", "Dierckx (lacht) «De aantrekkingskracht"),
        ("paragraph", "»En ja, ik héb gevoeld", {"note": CUT}),
    ],
)

# ---- Rij-instructie (rij-instructie.nl, driving-instruction trade news), stored page ----------
L(
    "rijinstructie_harbers",
    (0, 0, None),
    [
        ("headline", "Eerst misstanden aanpakken"),
        ("site_text", "31 mei 2022, 12:27 Algemeen", {"note": "publication date, time and category label: site text"}),
        ("site_text", "Afbeelding", {"note": "image placeholder label ('Afbeelding' = image): site text"}),
        ("site_text", "Foto: Hans Peijs", {"note": "photo credit without caption text: site text"}),
        (
            "lede",
            "Dit schrijft minister Harbers",
            {
                "note": "the article's opening, truncated by the page itself ('w..', a teaser for non-subscribers): article text"
            },
        ),
    ],
)

# ---- Management Scope (managementscope.nl, management magazine), stored page ------------------
L(
    "managementscope_ict",
    (0, 0, None),
    [
        ("headline", "ICT kruipt waar het niet gaan kan"),
        (
            "site_text",
            "ICT kruipt waar het niet gaan kan",
            {"note": "the title repeated by the template: site text (convention for a repeated headline)"},
        ),
        (
            "byline",
            "Auteur: Marco Gianotten",
            {"tail": "| 20-11-2008", "note": "author line; the publication date after the bar is its site_text_tail"},
        ),
        ("lede", "In de week van de sterkst"),
        ("paragraph", "Uiteraard was de tuimelende"),
        ("subheading", "Valley als economisch DNA"),
        ("paragraph", "Het belang van Silicon Valley"),
        ("subheading", "Operationele kosten verlagen"),
        ("paragraph", "Als deelnemer", {"note": CUT}),
    ],
)

# ---- Gebiedsontwikkeling.nu (area-development trade platform), stored page -------------------
L(
    "gebiedsontwikkeling_waarde",
    (1, 0, None),
    [
        (
            "site_text",
            "bouw hijskraan No attribution",
            {
                "note": "lead image's alt text ('bouw hijskraan') and licence note ('No attribution required'): site text"
            },
        ),
        ("headline", "Hou bij investeringen in"),
        ("site_text", "22 juli 2020", {"note": "publication date line: site text"}),
        ("site_text", "13 minuten", {"note": "reading time ('13 minutes'): site text"}),
        (
            "site_text",
            "Onderzoek",
            {"note": "category label ('Onderzoek' = research) glued before the deck: site text"},
        ),
        ("lede", "Welk breder perspectief is van", {"note": "deck (intro in questions) under the title: lede"}),
        (
            "site_text",
            "Dit artikel vormt een onderdeel",
            {
                "note": "standing note that the article is part of an essay published in full elsewhere, with the pointer to it: site text (doubtful: an editorial sentence about this article)"
            },
        ),
        ("paragraph", "Een belangrijke essentie van"),
        ("subheading", "Essentieel vraagstuk"),
        ("paragraph", "Daarnaast bieden gebiedstransf", {"note": CUT}),
    ],
)


def main() -> None:
    dump, args = split_dump(sys.argv[1:])
    root = Path(args[0]) if args else Path("/work/.mirror")
    pages = read_raw(HERE / "pages_raw.json")

    def text_of(spec: dict) -> str:
        if "page" in spec:
            return page_text({"url": spec["page"], "store_date": None}, pages)
        return repo_text(root, spec)

    write_set(HERE, LABELS, text_of, dump)


if __name__ == "__main__":
    main()
