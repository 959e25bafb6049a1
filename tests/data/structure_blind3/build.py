"""Rebuild /work/data/structure-blind3 (issue 21, blind set 3): the texts from git copies of their public
repositories (made by the workplace's `fetch`), and the gold files from block start markers below.

    python3 build.py [MIRRORS_DIR]     (default /work/.mirror; each repo at MIRRORS_DIR/OWNER+NAME/repo)

A gold block runs from its start marker to the next block's marker (stripped); markers are searched in
order, so a block's text is always an exact substring of the source. Texts are written as the scrapers
stored them; only the title and the body are joined ("title\n\nbody\n") where the store keeps them apart.
"""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

MIRRORS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
OUT = Path(__file__).resolve().parent

AMCAT = (
    "uvacw/EconomicNews_sentiment_CMM",
    "0278796f376bc80e6e0a8b841b727ed80b518f0a",
    "data/newspaper2_juneTOjuly_AMCATdata_allesorigineel.csv",
)
WINDMILL = ("Nienkedn/Nieuwsanalyse8", "04a6575ec71f104fcb2c77d9316f6319bb66828d")
SEVENDAYS = ("GaryWenneker/7days", "7d6925dcc3b1a0972e5fe3d14a0e3a488df0db6c")
AMCAT_ROWS = {  # 0-based data row of the CSV (its `id` column in the README): name
    84: "lexisnexis_volkskrant_84",
    529: "lexisnexis_volkskrant_529",
    174: "lexisnexis_nrc_174",
    162: "lexisnexis_fd_162",
    173: "lexisnexis_fd_173",
    250: "lexisnexis_dvhn_250",
    21: "lexisnexis_telegraaf_21",
    30: "lexisnexis_telegraaf_30",
    874: "lexisnexis_trouw_874",
    918: "lexisnexis_trouw_918",
    6: "lexisnexis_metro_6",
    224: "lexisnexis_ad_224",
    356: "lexisnexis_gelderlander_356",
    362: "lexisnexis_gelderlander_362",
    786: "lexisnexis_nhd_786",
}
NUNL_ROWS = {52: "nunl_52", 41: "nunl_41", 47: "nunl_47", 31: "nunl_31"}
OZ_ROWS = {3: "omroepzeeland_3", 4: "omroepzeeland_4", 8: "omroepzeeland_8"}  # line index of the file
SEVENDAYS_FILES = {
    "sevendays_max": "goed-doel-dankzij-max",
    "sevendays_wilders": "om-5000-euro-boete-voor-pvv-leider-wilders",
    "sevendays_fidget": "fidget-spinner-gevaarlijk-speeltje",
}


def show(repo, commit, path):
    git_dir = MIRRORS / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout


def sources():
    csv.field_size_limit(10**9)
    texts = {}
    rows = list(csv.DictReader(io.StringIO(show(*AMCAT).decode("utf-8"), newline="")))
    for i, name in AMCAT_ROWS.items():
        texts[name + ".txt"] = rows[i]["headline"] + "\n\n" + rows[i]["text"] + "\n"
    nu = list(
        csv.DictReader(io.StringIO(show(*WINDMILL, "WindmillProject/Data/nu_nl.csv").decode("utf-16"), newline=""))
    )
    for i, name in NUNL_ROWS.items():
        texts[name + ".txt"] = nu[i]["Title"] + "\n\n" + nu[i]["Content"] + "\n"
    oz = list(
        csv.reader(
            io.StringIO(show(*WINDMILL, "WindmillProject/Data/omroep_zeeland.csv").decode("utf-16"), newline=""),
            delimiter=";",
        )
    )
    for i, name in OZ_ROWS.items():
        texts[name + ".txt"] = oz[i][1] + "\n"
    for name, slug in SEVENDAYS_FILES.items():
        texts[name + ".md"] = show(*SEVENDAYS, f"content/nieuws/{slug}.md").decode("utf-8")
    return texts


H, P, S, Q, C, SUB = "headline", "paragraph", "site_text", "quote", "caption", "subheading"

# name: [(kind, start_marker, reason_or_None, site_text_tail_or_None), ...]  blocks run to the next marker
SPEC = {
    "lexisnexis_volkskrant_84": [
        (H, "Is een opfriscursus", None, None),
        (S, "De kwestie", "kicker (column label)", None),
        (P, "Uitkeringsinstantie UWV vergoedt", None, None),
        (P, "Nederlanders durven amper", None, None),
        (P, "Als de politie het werk", None, None),
        (P, "Misschien was de politie bang", None, None),
        (P, "Nederlanders zijn eigenlijk", None, None),
        (P, "FNV en CNV staken", None, None),
        (P, "De meeste werknemers", None, None),
        (P, "De Amerikaanse filosoof", None, None),
        (P, "Voor het zien van de gele trui", None, None),
        (S, "Reageren?", "response appeal", None),
        (S, "p.dewaard@volkskrant.nl", "author e-mail", None),
        (Q, "Juist het stilleggen", "pull quote (layout streamer)", None),
        (S, "VIEW ORIGINAL PAGE:", "archive furniture", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_volkskrant_529": [
        (H, "Niet slecht, zo'n pensioen", None, None),
        (S, "Brief van de dag", "kicker (section label)", None),
        (P, "'Niet slecht, gewoon arm'", None, None),
        (P, "'Niet slecht', was mijn", None, None),
        (P, "Maar wat heb je aan dit soort", None, None),
        (P, "Verderop komt een man", None, None),
        (P, "Om met een Nederlands", None, None),
        (S, "Angeline van den Berg, Cazorla", "byline (letter signature)", None),
        (S, "VIEW ORIGINAL PAGE:", "archive furniture", None),
        (S, "GRAPHIC:", "archive furniture (image label)", None),
        (C, "Oude mensen in het stadje", None, None),
        (S, "Foto Io Cooman", "photo credit", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_nrc_174": [
        (S, "[Werkloosheid AMSTERDAM.", "archive replacement title", None),
        (H, "Werkloosheid\n", None, None),
        (P, "AMSTERDAM. Uitkeringsinstantie", None, "(ANP)"),
        (S, "* Vervangende titel", "archive furniture", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_fd_162": [
        (H, "Nieuwsoverzicht", None, None),
        (SUB, "EXCUSES VOOR", None, None),
        (P, "Werkgeversvoorman Hans de Boer", None, "Pagina 4"),
        (SUB, "BANKEN BEZORGD OM GGZ", None, None),
        (P, "Banken maken zich grote zorgen", None, "Pagina 4"),
        (SUB, "NEDERLANDER OP EU-POST", None, None),
        (P, "De Nederlander Alexander Italianer", None, "Pagina 5"),
        (SUB, "MEGADEAL WERELDHAVE", None, None),
        (P, "Wereldhave koopt voor", None, None),
        (S, "Pagina 17", "print page reference", None),
        (SUB, "Lasten gaan omlaag", None, None),
        (P, "De lastenverlichting die het kabinet", None, "Pagina 5"),
        (SUB, "ook ns-commissaris weg", None, None),
        (P, "Voorzitter Carel van den Driest", None, "Pagina 13"),
        (SUB, "VIERDE PET BIJ DE BRAUW", None, None),
        (P, "Het belangenconflict van advocaat", None, "Pagina 16"),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_fd_173": [
        (H, "Zomaar afschaffen van minimumjeugdloon", None, None),
        (S, "Het RAderwerk MAthijs Bouman", "kicker + byline (column name, author)", None),
        (P, "Vroeger, toen Poetin", None, None),
        (P, "Toen ik begin jaren negentig", None, None),
        (P, "De werkloosheid was begin", None, None),
        (P, "Stunten met loonkosten", None, None),
        (P, "De jongerenorganisaties vinden", None, None),
        (P, "Juist vanwege dat enthousiasme", None, None),
        (P, "Nederland zit nu nog in de Europese", None, None),
        (P, "Ook de werkloosheid onder Nederlandse", None, None),
        (P, "Bovendien zijn de Nederlandse", None, None),
        (P, "Of de relatief gunstige", None, None),
        (P, "De gevolgen van afschaffing", None, None),
        (S, "In Het Raderwerk verklaart", "column blurb + response address", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_dvhn_250": [
        (H, "Gemeenten stoeien met uitspraak WOZ", None, None),
        (P, "GRONINGEN De kans", None, None),
        (P, "De rechter oordeelde donderdag", None, None),
        (P, "Dat zou een enorme financiële", None, None),
        (P, "De aardbevingsgemeenten onderhandelen", None, None),
        (P, "Er leven nog veel vragen", None, None),
        (P, ",,Dit geldt voor ieder jaar", None, None),
        (P, "De gemeenten reageren niet zo stellig", None, None),
        (P, ",,Maar het gaat omenorme", None, None),
        (P, "Deze week overleggen", None, None),
        (P, ",,We komen snel met een reactie", None, None),
        (P, "Misschien komt er nu een regeling", None, None),
        (P, "Schokker verwacht dat niet", None, "@\nmaaike.wind@dvhn.nl"),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_telegraaf_21": [
        (H, "Dokken; Tegenpool", None, None),
        (P, "Laten we niet meer zeuren", None, None),
        (P, "Voor de aanbesteding zijn", None, None),
        (P, "Voor het aanbestedingsproces", None, None),
        (P, "Wat ook gunstig lijkt", None, None),
        (P, "De aannemerscombinaties zullen", None, None),
        (S, "hvermaak@telegraaf.nl", "author e-mail", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_telegraaf_30": [
        (H, "Waarom krijg ik te weinig hypotheek?", None, None),
        (P, "Al enige tijd ben ik", None, None),
        (P, "Ik heb de rekentool", None, None),
        (P, "Als u kiest voor een tien jaar", None, None),
        (P, "Het is vreemd dat de bank", None, None),
        (S, "Ook een vraag? Schrijf naar", "reader-question appeal + promo link", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_trouw_874": [
        (H, "Afscheid van 'voor het geval dat'", None, None),
        (S, "Marjolijn van Heemstra heeft een kind", "kicker (column name)", None),
        (S, "Marjolijn van Heemstra is theatermaker", "column blurb + response address", None),
        (P, "De makelaar kijkt goedkeurend", None, None),
        (P, "De huizenmarkt zit weer in de lift", None, None),
        (P, "Sinds we de kleine woonkamer", None, None),
        (P, "Toen ik twee jaar later", None, None),
        (P, "De makelaar berekent hoeveel", None, None),
        (P, "Maar er is een ander huis nu", None, None),
        (P, "Ik zeg dat ik een maand nodig heb", None, None),
        (P, "Een maand om meter voor meter", None, None),
        (
            Q,
            "Ik heb nooit geloofd in alles of niets, altijd alleen maar in 'alles', maar een\nkind sluit vele levens uit\n",
            "pull quote (layout streamer)",
            None,
        ),
        (S, "VIEW ORIGINAL PAGE:", "archive furniture", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_trouw_918": [
        (H, "Merkt u al iets van die vette jaren?", None, None),
        (S, "de vraag van Monic Slingerland", "kicker + byline", None),
        (S, "Stuur uw reactie van circa 150 woorden", "reader-response appeal", None),
        (P, "Dat de vette jaren begonnen zijn", None, None),
        (P, "De melding van directeur Job Swank", None, None),
        (P, "Want wat betekent het eigenlijk", None, None),
        (P, "Nog altijd telt Nederland", None, None),
        (P, "Nog even geen champagne", None, None),
        (P, "Laat die taart nog maar even staan", None, None),
        (P, "Misschien ben ik te ongeduldig", None, None),
        (P, "Misschien ben ik te pessimistisch", None, None),
        (P, "Maar ik laat me altijd graag", None, None),
        (P, "Merkt u dat de vette jaren zijn begonnen?", None, None),
        (Q, "Voor veel jongeren blijven de komende jaren mager", "pull quote (layout streamer)", None),
        (S, "VIEW ORIGINAL PAGE:", "archive furniture", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_metro_6": [
        (H, "Tegen pesten", None, None),
        (P, "Naar schatting een half miljoen", None, None),
        (P, "In de strijd tegen pesten", None, None),
        (P, "www.herkenpesten.nl.", None, None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_ad_224": [
        (H, "Foutje: 275 euro", None, None),
        (P, "Tientallen gezinnen ontvangen", None, None),
        (P, "Volgens het ministerie van Sociale Zaken", None, None),
        (P, "De problemen hebben alles te maken", None, None),
        (P, "De bijstandsklanten die te weinig", None, None),
        (P, "Klijnsma (foto) roept", None, None),
        (P, "De staatssecretaris denkt dat", None, None),
        (P, "Klijnsma werkt aan een nieuwe wet", None, None),
        (S, "VIEW ORIGINAL PAGE:", "archive furniture", None),
        (S, "GRAPHIC:", "archive furniture (image label)", None),
        (C, "Staatssecretaris Jetta Klijnsma\n", None, None),
        (S, "FOTO SHODY CAREMAN", "photo credit", None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_gelderlander_356": [
        (H, "'Oorvijg' over tegenprestatie", None, None),
        (S, "door Harry van der Ploeg", "byline", None),
        (P, "ARNHEM -", None, None),
        (P, "Klijnsma liet wethouder", None, None),
        (P, "De VVD is in de Tweede Kamer", None, None),
        (P, "De coalitiepartijen SP", None, None),
        (P, "De Vereniging Nederlands Gemeenten", None, None),
        (P, "De Inspectie Sociale Zaken", None, None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_gelderlander_362": [
        (H, "Verbetering toren wellicht eerder", None, None),
        (S, "vervolg van regiopagina 1", "print continuation notice", None),
        (P, "De vmbo-leerlingen die in de flat", None, None),
        (P, "Vrijwel alle raadspartijen in Tiel", None, None),
        (P, "Alleen GroenLinks vraagt", None, None),
        (P, "De andere partijen die zich", None, None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "lexisnexis_nhd_786": [
        (H, "Kwart ziet inkomen fors dalen", None, None),
        (S, "door een verslaggever", "byline", None),
        (P, "Utrecht Een kwart", None, None),
        (P, "Dit blijkt uit het gisteren", None, None),
        (P, "Werkloosheid is bij 35 procent", None, None),
        (S, "LANGUAGE: DUTCH", "archive furniture", None),
    ],
    "nunl_52": [
        (H, "Obligaties windpark Houten uitverkocht", None, None),
        (
            P,
            "Energiebedrijf Eneco",
            None,
            'Lees ook: <a href="https://www.nu.nl/voorpagina/3500135/hogere-rente-windobligatie-omwonenden.html" target="_blank">Hogere rente windobligatie voor omwonenden</a>',
        ),
    ],
    "nunl_41": [
        (H, "Opwekken groene stroom daalt", None, None),
        (P, "Het opwekken van groene stroom", None, None),
        (S, "<small><span><strong>Beweeg de cursor", "interactive-chart instructions, source and credit", None),
        (P, "In het energieakkoord is vorig jaar", None, None),
        (S, "Achtergrond:", "related-article link + topic-page promo", None),
    ],
    "nunl_47": [
        (H, "'Versterken van windmolens beste businessmodel'", None, None),
        (
            P,
            "De Delftse startup",
            None,
            '<a href="https://www.nu.nl/starten" target="_blank"><em><span>Lees meer over startups</span></em></a>',
        ),
    ],
    "nunl_31": [
        (H, "Windmolens worden zichtbaar vanaf badplaatsen", None, None),
        (P, "Het kabinet heeft vrijdag", None, "<strong><em>Bekijk hier de reactie van Kamp:</em></strong>"),
    ],
    "omroepzeeland_3": [(P, "Bij een grootschalige inval", None, None)],
    "omroepzeeland_4": [(P, "In de achtertuin van Tonnaer", None, None)],
    "omroepzeeland_8": [(P, "De koning arriveerde", None, None)],
    "sevendays_max": [
        (S, "---\nid:", "front matter (CMS metadata)", None),
        (H, 'title: "Goed doel', "headline line of the front matter", None),
        (S, "permalink:", "front matter (CMS metadata; excerpt repeats the lede)", None),
        (P, "\nDolblij zijn ze", None, None),
        (P, "<p>Een nogal niet verrassende", None, None),
        (P, "<p>Om dat voor elkaar", None, None),
        (S, "<p><em>Op de hoogte blijven", "newsletter (WhatsApp) + subscription promo", None),
    ],
    "sevendays_wilders": [
        (S, "---\nid:", "front matter (CMS metadata)", None),
        (H, 'title: "OM: 5.000', "headline line of the front matter", None),
        (S, "permalink:", "front matter (CMS metadata; excerpt repeats the lede)", None),
        (P, "\nHet Openbaar Ministerie (OM) wil dat", None, None),
        (P, "<p>De officier van Justitie", None, None),
        (S, "*/", "CMS artefact + box image markup", None),
        (S, "<p>Lees ook:", "related-article link", None),
        (SUB, "<h3>Spandoek", None, None),
        (P, "<p>De politicus zelf", None, None),
        (P, "<p>De uitspraak van het OM", None, None),
        (S, "<p><em>Altijd", "newsletter (WhatsApp) + app + subscription promo", None),
    ],
    "sevendays_fidget": [
        (S, "---\nid:", "front matter (CMS metadata)", None),
        (H, 'title: "Fidget spinner', "headline line of the front matter", None),
        (S, "permalink:", "front matter (CMS metadata; excerpt repeats the lede)", None),
        (P, "\nWie een oplaadbare fidget spinner", None, None),
        (P, "<p>In Amerika zijn twee spinners", None, None),
        (SUB, "<h3>Uit de buurt", None, None),
        (P, "<p>In Nederland is dit nog niet", None, None),
        (S, '<p>\xa0</p>\n<div class="kader">', "box markup + image", None),
        (S, "<p>Vond je dit interessant?", "related-article links", None),
        (S, "<p><em style=", "follow-us (WhatsApp, Snapchat, Facebook, Instagram) + subscription promo; box end", None),
    ],
}


def build(name, spec, source):
    starts, pos = [], 0
    for _kind, marker, _reason, _tail in spec:
        i = source.find(marker, pos)
        if i < 0:
            sys.exit(f"{name}: marker not found after {pos}: {marker!r}")
        starts.append(i)
        pos = i + len(marker)
    assert not source[: starts[0]].strip(), (name, "uncovered text before first block")
    blocks = []
    for n, (kind, _marker, reason, tail) in enumerate(spec):
        end = starts[n + 1] if n + 1 < len(spec) else len(source)
        text = source[starts[n] : end].strip()
        block = {"kind": kind, "text": text}
        if reason and kind == S:
            block["reason"] = reason
        if reason and kind != S:
            block["note"] = reason
        if tail:
            assert text.endswith(tail), (name, tail)
            block["site_text_tail"] = tail
        blocks.append(block)
    headline = next((b["text"] for b in blocks if b["kind"] == H), None)
    if headline and headline.startswith('title: "'):
        headline = headline[len('title: "') :].rstrip('"')
    return {"headline": headline, "blocks": blocks}


if __name__ == "__main__":
    texts = sources()
    for filename, source in sorted(texts.items()):
        name = filename.rsplit(".", 1)[0]
        gold = build(name, SPEC[name], source)
        (OUT / filename).write_text(source, encoding="utf-8")
        (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(texts), "texts written to", OUT)
