#!/usr/bin/env python3
"""Rebuild structure blind set 19 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field rules below (ours). Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; start/end may be marker strings). Python 3 standard library only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the builder the blind sets share (gold cut at the start markers)
from page_store_build import split_dump, write_set  # noqa: E402

# (repository, commit, path)
PVO = "PVOhandover/DashboardPVO"
NOS_ECON = (PVO, "f6f4117d0d500a7e2b5ac0e9facc7b5d83173f72", "scrapedArticles/nos_articles_economie.json")
NOS_ALL = (PVO, "0211787c9b0d1a7cd418065cc95eefb637b1dbc3", "scrapedArticles/nos_articles.json")
LIMB = (PVO, "0211787c9b0d1a7cd418065cc95eefb637b1dbc3", "scrapedArticles/limburger_regio.json")
GNEWS = ("SantyTaco/topl_back_end_exercise", "3260ec0788a31a986a8e6e7d5c47cac44a6d3de5", "tests/utils/generate.ts")
FILES = {"nos_econ": NOS_ECON, "nos_all": NOS_ALL, "limb": LIMB}


def git_show_bytes(root: Path, repo: str, commit: str, path: str) -> bytes:
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        return subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")


_cache: dict[tuple, object] = {}


def _ts_field(block: str, key: str) -> str:
    """A double-quoted string value of `key:` in the TypeScript object literal (JSON string syntax)."""
    m = re.search(rf"\b{key}:\s*(\"(?:[^\"\\]|\\.)*\")", block, re.S)
    if not m:
        sys.exit(f"GNews fixture: field {key} not found")
    return json.loads(m.group(1))


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields as the README says)."""
    if spec["src"] in FILES:
        where = FILES[spec["src"]]
        if where not in _cache:
            _cache[where] = json.loads(git_show_bytes(root, *where).decode("utf-8"))
        found = [a for a in _cache[where] if a.get("url") == spec["url"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"{spec['src']} item {spec['url']} not found (or not unique)")
        a = found[0]
        # field rule (ours): `title`, blank line, `full_text` -- both stripped, the scrape's own
        # spacing inside the text kept (the scraper joined the page's paragraphs with single spaces)
        return a["title"].strip() + "\n\n" + a["full_text"].strip() + "\n"
    if spec["src"] == "gnews":
        if GNEWS not in _cache:
            _cache[GNEWS] = git_show_bytes(root, *GNEWS).decode("utf-8")
        src = _cache[GNEWS]
        at = src.find(spec["url"])  # type: ignore[union-attr]
        start = src.rfind("{", 0, src.rfind("title:", 0, at))  # type: ignore[union-attr]
        if at < 0 or start < 0:
            sys.exit(f"GNews item {spec['url']} not found")
        block = src[start:at]  # type: ignore[index]
        # field rule (ours): title, description, content (GNews API fields as stored in the test
        # fixture, JavaScript string escapes resolved), each stripped, joined by a blank line; the
        # content's own newlines and the API's truncation marker kept
        parts = [_ts_field(block, k) for k in ("title", "description", "content")]
        return "\n\n".join(p.strip() for p in parts if p.strip()) + "\n"
    sys.exit(f"unknown source {spec['src']}")


def main() -> None:
    dump, args = split_dump(sys.argv[1:])
    root = Path(args[0]) if args else Path("/work/.mirror")
    write_set(HERE, LABELS, lambda spec: source_text(root, spec), dump)


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": ..., "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}
NOSL = "https://nos.nl/l/"
LIM = "https://www.limburger.nl/regio/"
SRC = {
    "nos_tata": {"src": "nos_econ", "url": NOSL + "2584556"},
    "nos_bestek": {"src": "nos_econ", "url": NOSL + "2584512"},
    "nos_notaruimte": {"src": "nos_econ", "url": NOSL + "2584147"},
    "nos_neprecensies": {"src": "nos_econ", "url": NOSL + "2583811"},
    "nos_celavita": {"src": "nos_econ", "url": NOSL + "2583748"},
    "nsu_labour": {"src": "nos_all", "url": NOSL + "2584332"},
    "nsu_2709": {"src": "nos_all", "url": NOSL + "2584259"},
    "nsu_2509": {"src": "nos_all", "url": NOSL + "2584002"},
    "nsu_vn": {"src": "nos_all", "url": NOSL + "2583802"},
    "nsu_krukkert": {"src": "nos_all", "url": NOSL + "2583518"},
    "nsu_partnergeweld": {"src": "nos_all", "url": NOSL + "2583464"},
    "lim_brandstichting": {
        "src": "limb",
        "url": LIM
        + "maastricht/man-33-aangehouden-voor-reeks-brandstichtingen-in-maastricht-waaronder-auto-s/99092017.html",
    },
    "lim_huntjens": {
        "src": "limb",
        "url": LIM
        + "heerlen/merlijn-huntjens-kiest-bij-nieuwe-gedichten-voor-kwetsbaarheid-wat-onder-de-mat-geveegd-wordt-verdwijnt-niet/98212698.html",
    },
    "lim_klompenraad": {
        "src": "limb",
        "url": LIM + "eijsden-margraten/banholt/klompenraad-van-banholt-vocht-voor-eigen-parochiekerk/97815588.html",
    },
    "gn_ecuador": {
        "src": "gnews",
        "url": "https://nos.nl/artikel/2441472-ecuador-onderschept-megahoeveelheid-coke-bestemd-voor-haven-rotterdam",
    },
}


def L(name: str, headline, blocks: list) -> None:
    LABELS[name] = {"source": SRC[name], "headline": headline, "blocks": blocks}


DATELINE = "NOS page header as the scraper kept it: brand, relative day + time, and (if edited) 'Aangepast' + relative time; site text"
DATELINE_NSU = "relative day + time of the NOS/Nieuwsuur page header as the scraper kept it (brand left out by the page for Nieuwsuur items); site text"
BYLINE = "author name + role from the page's author block; article text (byline)"
BYLINE2 = "the same author block a second time (the page renders name + role twice, the scraper kept both); duplicate, site text (doubtful: a reader would not want it twice, but it is the byline's text)"
EMBED = "title of an embedded video / related item card left in the text by the scraper (the media itself is gone); site text"
POINTER = "editorial pointer to an embedded element that is not in the text ('look here', 'in our data special we show you:'); site text (doubtful: it is in the article's RSS body, but it only points at the missing embed)"
PULL = "pull quote: a sentence from the body shown again as a highlighted quote (it recurs verbatim in the next paragraphs); labelled quote = article text (doubtful: a reader gets it twice)"
RSSP = "paragraph boundaries follow the article's own <p>/<h2> structure in the item's RSS `summary` field (the scraped text runs the paragraphs together on one line)"
LEESOOK = "'Lees ook:' (the heading of the page's related-links box, its links not kept by the scraper) glued to the last paragraph; site text"
CREDIT = "photo credit glued to the caption; site text"


# ---- NOS Economie (PVOhandover/DashboardPVO, nos_articles_economie.json) ---------------------
L(
    "nos_tata",
    (0, 0, None),
    [
        ("headline", "Kabinet en Tata Steel tekenen", {"note": RSSP}),
        ("site_text", "NOS Nieuws • vandaag, 18:10", {"note": DATELINE}),
        ("lede", "Het demissionaire kabinet heeft"),
        ("paragraph", "De deal is nog niet rond"),
        ("paragraph", "Een van de twee fabrieken op het"),
        ("paragraph", "De overgang naar aardgas is een"),
        ("paragraph", "Met de moderniseringen wordt ook"),
        ("subheading", "Windschermen en overkappingen"),
        ("paragraph", "Het doel is om de uitstoot van"),
        ("paragraph", "Hans van den Berg, de CEO van"),
        ("paragraph", "Maar er moet ook nog heel veel"),
        ("subheading", "Waarborgen"),
        ("paragraph", "Minister Hermans denkt dat er"),
        ("paragraph", "Ook als het uiteindelijke plan"),
    ],
)

L(
    "nos_bestek",
    (0, 0, None),
    [
        ("headline", "Onduidelijkheid over Amerikaanse"),
        ("site_text", "NOS Nieuws • vandaag, 12:01", {"note": DATELINE}),
        ("byline", "Aïda Brands verslaggever Economie", {"note": BYLINE}),
        ("site_text", "Aïda Brands verslaggever Economie", {"note": BYLINE2}),
        ("lede", '"Het zou allemaal duidelijker'),
        ("paragraph", "Dat besluit komt als donderslag"),
        ("subheading", "Nog meer op lijst"),
        ("paragraph", "Zeer waarschijnlijk zal de lijst"),
        ("paragraph", "Bij meerdere brancheorganisaties"),
        ("subheading", "Voortdurende onduidelijkheid"),
        ("paragraph", "Amerika verhoogde de heffing op"),
        ("paragraph", "Toch blijkt er vrij weinig"),
        ("subheading", "Gestopt met export naar VS"),
        ("paragraph", '"In de onderhandelingen is er'),
        ("paragraph", "Voor Amefa is de plotselinge"),
        ("paragraph", "Voor bedrijven die wel zaken"),
        ("subheading", "Bulldozer"),
        ("paragraph", "Neem bijvoorbeeld een bulldozer."),
        ("paragraph", "Martijn Schippers, douane-expert"),
        ("subheading", "Gedoe voor douane"),
        ("paragraph", "Niet alleen bedrijven hebben hier"),
        ("paragraph", "Veel bedrijven klagen steen en"),
        ("paragraph", "Hoewel Amefa voorlopig dus is"),
    ],
)

L(
    "nos_notaruimte",
    (0, 0, None),
    [
        ("headline", "Minister wijst nieuwe woningbouw"),
        ("site_text", "NOS Nieuws • vrijdag, 17:21", {"note": DATELINE}),
        ("byline", "Pomme Rademaker redacteur Economie", {"note": BYLINE}),
        ("site_text", "Pomme Rademaker redacteur Economie", {"note": BYLINE2}),
        ("lede", "Het is voor veel mensen het"),
        ("paragraph", "Het kabinet presenteert de"),
        (
            "paragraph",
            "De Ontwerp-Nota Ruimte , een groot",
            {
                "note": "explainer box ('Wat is de Nota Ruimte?' in the RSS body; its heading was not kept by the scraper); article text"
            },
        ),
        ("paragraph", '"We staan als land voor enorme'),
        ("paragraph", "Volgens Hamers is het lastig om"),
        ("subheading", "130 bouwlocaties"),
        ("paragraph", "Minister Keijzer benadrukt dat"),
        ("paragraph", "In totaal staan er meer dan 130"),
        ("paragraph", "Hoeveel woningen er dan bijkomen"),
        (
            "site_text",
            "Bekijk hier aan welke locaties",
            {"note": POINTER + "; followed by the slideshow's buttons 'Vorige slide Volgende slide' (site text)"},
        ),
        ("paragraph", "Volgens Hamers wordt er rekening"),
        ("paragraph", '"Voor sommige gebieden hoef je'),
        ("paragraph", "Daar bovenop wil het kabinet op"),
        ("subheading", "Verkiezingstijd"),
        ("paragraph", "Dat dit ontwerp van het kabinet"),
        ("paragraph", "Verschillende politieke partijen"),
        ("paragraph", "Het ontwerpplan gaat vandaag naar"),
        ("site_text", "Hoe is Nederland in de wooncrisis", {"note": POINTER}),
    ],
)

L(
    "nos_neprecensies",
    (0, 0, None),
    [
        ("headline", "Oplichters chanteren bedrijven"),
        ("site_text", "NOS Nieuws • woensdag, 07:09", {"note": DATELINE}),
        ("byline", "Stan Hulsen redacteur Tech", {"note": BYLINE}),
        ("site_text", "Stan Hulsen redacteur Tech", {"note": BYLINE2}),
        ("lede", "Ondernemers worden bestookt met"),
        ("paragraph", "De bedrijven krijgen vaak"),
        ("paragraph", "De oplichters vragen vaak"),
        ("subheading", "Nieuwe klanten blijven weg"),
        ("paragraph", "De oplichters richten zich op"),
        ("paragraph", '"In een paar minuten kregen we'),
        ("paragraph", '"Het had zeker impact op de omzet"'),
        (
            "paragraph",
            "Ook het Google-bedrijfsprofiel",
            {"note": "lead-in to an embedded video, but it carries facts (who was blackmailed); article text"},
        ),
        ("site_text", "Ondernemer gechanteerd met", {"note": EMBED}),
        ("paragraph", '"Ik dacht: dit kost me mijn naam'),
        ("paragraph", "De oplichters gaan vooral achter"),
        ("paragraph", "Onder de naam Fake Review Watch"),
        ("subheading", "Moeilijk contact met Google"),
        ("paragraph", "Bedrijven kunnen de neprecensies"),
        ("paragraph", "Google zegt in een reactie dat"),
        ("paragraph", '"Ik hoor continu van gedupeerde'),
    ],
)

L(
    "nos_celavita",
    (0, 0, None),
    [
        ("headline", "Aardappelverwerker CêlaVíta maakt"),
        ("site_text", "NOS Nieuws • dinsdag, 17:42", {"note": DATELINE}),
        ("lede", "Het is over en uit voor"),
        ("paragraph", "Afgelopen maand keek hij of er"),
        ("paragraph", "Het productieproces in de fabriek"),
        ("subheading", "Heel pijnlijk"),
        ("paragraph", "Zo'n anderhalve maand geleden"),
        ("paragraph", "Margreet Pasman van vakbond FNV"),
        ("paragraph", "Voor verdere afhandeling staat"),
        (
            "paragraph",
            "De rechter wijst altijd een",
            {"note": "explainer box ('Curator' in the RSS body; heading not kept by the scraper); article text"},
        ),
    ],
)

# ---- NOS / Nieuwsuur (PVOhandover/DashboardPVO, nos_articles.json) --------------------------
L(
    "nsu_labour",
    (0, 0, None),
    [
        ("headline", "Labour piept en kraakt onder"),
        ("site_text", "vandaag, 07:00", {"note": DATELINE_NSU}),
        ("byline", "Fleur Launspach correspondent", {"note": BYLINE}),
        ("site_text", "Fleur Launspach correspondent", {"note": BYLINE2}),
        ("lede", "Vandaag begint de jaarlijkse"),
        ("paragraph", "De peilingen zijn historisch laag"),
        ("paragraph", "Veel parlementariërs hoopten na"),
        ("paragraph", "De chaotische taferelen aan de"),
        ("subheading", "'Mensen voelen zich bedrogen'"),
        ("paragraph", "Starmer en zijn regering kunnen"),
        ("paragraph", "Die maatregelen, bedoeld om de"),
        ("paragraph", "Labour-parlementariër Clive Lewis"),
        ("subheading", "Immigratie"),
        ("paragraph", "Tegelijkertijd lopen de spanningen"),
        ("paragraph", "Oppositieleider Nigel Farage"),
        ("paragraph", "Maar Starmers centrumlinkse"),
        ("subheading", "Burgemeester Manchester"),
        ("paragraph", "Inmiddels moet premier Starmer"),
        ("paragraph", "Dat er nu al wordt gespeculeerd"),
        ("paragraph", "Starmer moet nu heel snel de"),
    ],
)

NSU_RUNDOWN = "Nieuwsuur's daily programme page: the title is the date label '27/9 in Nieuwsuur:' + the items joined by bullets (the published title, kept whole in the gold headline); each item is a heading + a short text + the title of its embedded video"
L(
    "nsu_2709",
    (0, 0, None),
    [
        ("headline", "27/9 in Nieuwsuur:", {"note": NSU_RUNDOWN}),
        ("site_text", "gisteren, 17:49", {"note": DATELINE_NSU}),
        ("subheading", "Partijcongres Groenlinks-PvdA"),
        ("lede", "Op de partijbijeenkomst van"),
        ("paragraph", "Politiek duider Nynke de Zoeten"),
        ("site_text", "Partijcongres GroenLinks-PvdA", {"note": EMBED}),
        ("subheading", "Drones boven Denemarken"),
        ("paragraph", "In één week tijd is Denemarken"),
        ("site_text", "Opnieuw drones boven Deens", {"note": EMBED}),
        ("subheading", "Russische beïnvloeding"),
        ("paragraph", "Moldavië gaat morgen naar de"),
        ("site_text", "Russische beïnvloeding verkiezingen", {"note": EMBED}),
    ],
)

L(
    "nsu_2509",
    (0, 0, None),
    [
        ("headline", "25/9 in Nieuwsuur:", {"note": NSU_RUNDOWN}),
        ("site_text", "donderdag, 15:57", {"note": DATELINE_NSU}),
        ("subheading", "Kamerdebat rellen Den Haag"),
        ("lede", "De Tweede Kamer debatteert"),
        (
            "site_text",
            "Vorige slide Volgende slide",
            {"note": "slideshow buttons of an embedded photo carousel; site text"},
        ),
        ("subheading", "Hoge verkeersboetes"),
        ("paragraph", "De Hoge Raad gaat zich buigen"),
        ("paragraph", "De rechter in Den Haag oordeelde"),
        ("site_text", "Hoge Raad buigt zich over hoge", {"note": EMBED}),
    ],
)

L(
    "nsu_vn",
    (0, 0, None),
    [
        ("headline", "Trumps kritiek raakt aan bredere"),
        ("site_text", "woensdag, 06:00", {"note": DATELINE_NSU}),
        ("byline", "Rudy Bouma correspondent", {"note": BYLINE}),
        ("site_text", "Rudy Bouma correspondent", {"note": BYLINE2}),
        ("lede", "Een kapotte roltrap en problemen"),
        ("paragraph", "Hoewel Trump geen drastische"),
        ("paragraph", "Vooraf werd met spanning"),
        ("subheading", "Gebrek aan daadkracht"),
        ("paragraph", "In zijn speech zette Trump"),
        ("paragraph", "Ondanks zijn harde kritiek"),
        ("paragraph", 'Wat deze "100 procent" precies'),
        ("quote", "Door de verdeeldheid onder de", {"note": PULL}),
        ("paragraph", "Toch staat Trump niet alleen in"),
        ("subheading", "Samenwerking Veiligheidsraad"),
        ("paragraph", '"Direct na de Koude Oorlog kende'),
        ("paragraph", "VN-baas Guterres is zich hier"),
        ("subheading", "Hervormingen"),
        ("paragraph", "Om zorgen weg te nemen, lanceerde"),
        ("paragraph", "Woordvoerder Dujarric erkent"),
        ("paragraph", "Dujarric wijst erop dat de VN"),
        ("subheading", "Opluchting na speech"),
        ("paragraph", "Al met al denkt Gowan dat"),
        ("paragraph", "Tegelijkertijd tempert Gowan"),
    ],
)

L(
    "nsu_krukkert",
    (0, 0, None),
    [
        ("headline", "Zes minderjarigen onder"),
        ("site_text", "zondag, 22:29", {"note": DATELINE_NSU}),
        ("lede", "Onder de mensen die zijn"),
        ("paragraph", "In totaal zitten 37 mensen vast"),
        ("paragraph", "Krukkert beschrijft dat een groep"),
        ("paragraph", '"We hadden vrij snel door dat'),
        ("subheading", "'Het streven is geweldloos'"),
        ("paragraph", "Voorafgaand aan de demonstratie"),
        ("paragraph", "Krukkert zegt dat de politie"),
        ("paragraph", "Toch geloofde de politie die"),
        ("subheading", "Binnenstad afsluiten"),
        ("paragraph", "De hoofdcommissaris bestrijdt"),
        ("paragraph", "Het geweld waar de politieagenten"),
        ("paragraph", "Krukkert noemt het een zorgelijke"),
        ("paragraph", '"Het roept de vraag op: wie heeft'),
        ("subheading", "Politieke discussies"),
        ("paragraph", "Sharon Dijksma, burgemeester van"),
        ("paragraph", "Ze noemt de problemen in haar"),
        ("paragraph", "De burgemeester benadrukt de"),
        (
            "site_text",
            "Kijk hier het hele gesprek met",
            {"note": POINTER + "; followed by the embedded video's title (site text, same block)"},
        ),
    ],
)

L(
    "nsu_partnergeweld",
    (0, 0, None),
    [
        ("headline", "Slachtoffers partnergeweld in"),
        ("site_text", "zondag, 16:35", {"note": DATELINE_NSU}),
        ("byline", "Yvonne Roerdink verslaggever", {"note": BYLINE}),
        ("site_text", "Yvonne Roerdink verslaggever", {"note": BYLINE2}),
        ("lede", "Vrouwen die in het verleden"),
        ("paragraph", "Chayenne bijvoorbeeld - niet haar"),
        ("quote", "Je wil het aan justitie overlaten", {"note": PULL}),
        ("paragraph", "Chayenne beschrijft waarmee ze"),
        ("paragraph", "Als de rechtbank, ondanks een"),
        ("subheading", "Vertrouwen in het systeem"),
        ("paragraph", "Marieke Liem, hoogleraar geweld"),
        ("paragraph", "Dat geldt ook voor Melissa"),
        ("paragraph", "Ze deed vijf keer aangifte tegen"),
        ("subheading", "Weer onderduiken"),
        ("paragraph", "Als het einde van zijn"),
        ("paragraph", "Melissa's ex heeft een proeftijd"),
        ("paragraph", "In Rotterdam loopt momenteel een"),
        ("subheading", "Melding politie"),
        ("paragraph", "Gemiddeld komt er iedere acht"),
        ("paragraph", "Volgens Liem is alleen harder"),
        ("paragraph", "Het OM kon of wilde niet op onze"),
        ("paragraph", '"Het Openbaar Ministerie neemt'),
    ],
)

# ---- De Limburger (PVOhandover/DashboardPVO, limburger_regio.json) --------------------------
LIMNOTE = "De Limburger regional page as scraped: the intro (RSS `summary`) is not in the scraped text, the paragraphs run together; paragraph boundaries are the labeller's (sentence groups)"
L(
    "lim_brandstichting",
    (0, 0, None),
    [
        ("headline", "Man (33) aangehouden voor reeks", {"note": LIMNOTE}),
        ("paragraph", "Tijdens een maandenlang intensief"),
        ("paragraph", "In de woning waar hij werd"),
        ("paragraph", "Verder werden zoekingen gedaan"),
        ("paragraph", "Eerder meldde de politie al dat", {"tail": "Lees ook:", "note": LEESOOK}),
    ],
)

MERLIJN = "interstitial quote box ('Merlijn in ...:' + a quote of the poet), part of the column's design; labelled quote = article text"
L(
    "lim_huntjens",
    (0, 0, None),
    [
        ("headline", "Merlijn Huntjens kiest bij nieuwe", {"note": LIMNOTE}),
        ("paragraph", "Merlijn Huntjens (34) uit Heerlen"),
        ("paragraph", "In 2022 verscheen zijn chapbook"),
        ("quote", "Merlijn in tijd:", {"note": MERLIJN}),
        ("paragraph", "In een tijd waarin mensen hun"),
        ("paragraph", "Huntjens schrijft over het"),
        ("quote", "Merlijn in observatie:", {"note": MERLIJN}),
        ("paragraph", "Zijn werk verweeft alledaagse"),
        ("paragraph", "Bekend om zijn performances"),
        ("quote", "Merlijn over kunst:", {"note": MERLIJN}),
        ("paragraph", "Veel gedichten spelen zich af in"),
        ("quote", "Merlijn over impact:", {"note": MERLIJN}),
        ("paragraph", "Onder mij de mat nodigt de lezer"),
        ("paragraph", "De presentatie van Onder mij de", {"tail": "Lees ook:", "note": LEESOOK}),
    ],
)

L(
    "lim_klompenraad",
    (0, 0, None),
    [
        ("headline", "Klompenraad van Banholt vocht", {"note": LIMNOTE}),
        ("paragraph", "Historicus Harry van der Bruggen"),
        ("paragraph", "Het ‘schisma van Banholt’ is in"),
        ("paragraph", "In die strijd, waarin de"),
        ("caption", "De kerk van Banholt met haar", {"tail": "© De Limburger", "note": CREDIT}),
        ("paragraph", "Bij dat gevecht om een eigen kerk"),
        ("caption", "Een van de oudste opnamen van de", {"tail": "© De Limburger", "note": CREDIT}),
        ("paragraph", "Het is niet duidelijk wanneer die"),
        ("paragraph", "Het boek ‘De Klompenraad uit de", {"tail": "Lees ook:", "note": LEESOOK}),
    ],
)

# ---- GNews API item (SantyTaco/topl_back_end_exercise, tests/utils/generate.ts) ---------------
L(
    "gn_ecuador",
    (0, 0, None),
    [
        ("headline", "Ecuador onderschept"),
        ("lede", "De 3500 kilo cocaïne zat", {"note": "GNews `description` (the page's intro); article text"}),
        ("site_text", "EPA", {"note": "photo credit (ANP/EPA agency name) at the top of the page text; site text"}),
        (
            "site_text",
            "NOS Nieuws • vandaag, 03:15",
            {
                "note": DATELINE
                + ", followed on the same line by the page's headline repeated (the API's `content` starts with the page text from the photo on); both site text as one block (doubtful: the repeated headline is the article's title text, but it is a duplicate of the headline block)"
            },
        ),
        (
            "paragraph",
            "In Ecuador is een enorme",
            {
                "tail": "... [622 chars]",
                "note": "first paragraph, cut off by the API; the aggregator's truncation '... [622 chars]' (English interface text) is the tail",
            },
        ),
    ],
)

if __name__ == "__main__":
    main()
