"""Site text by shape, round 3 of issue 21: labels glued to a name or a date, lower-case tag lines,
appeals to the reader (donations, disclaimers, a newsroom's mailbox, a promo for the outlet's own
page), print notices, liveblog links to tables, an aggregator's glued story cards — each rule on an
example written here, and next to it reporting with similar words that stays article text."""

from __future__ import annotations

import pytest

from pipeline.text import glued_labels, patterns, sentence_reasons
from pipeline.text.site_sentences import site_reasons
from tests.pipeline.text.site_helpers import BODY, K, article, aside, kept


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("Steun onze onafhankelijke journalistiek met een kleine bijdrage.", "donation"),
        ("Wilt u ons werk steunen? Dat kan al vanaf vijf euro.", "donation"),
        ("Doneer nu via de knop hieronder.", "donation"),
        ("Nu je hier toch bent: we hebben je hulp nodig.", "donation"),
        ("Vond je dit verhaal de moeite waard?", "donation"),
        ("Je leest dit artikel gratis, omdat een abonnee het met je deelde.", "promo"),
        ("De meningen in deze rubriek vertegenwoordigen niet het standpunt van de redactie.", "disclaimer"),
        ("De verantwoordelijkheid voor de inhoud ligt bij de schrijver.", "disclaimer"),
        ("Zag je iets gebeuren? Stuur je foto's naar redactie@stadskrant.nl.", "tip"),
        ("Tips kun je sturen naar nieuws@dorpsblad.be", "tip"),
        ("Wil je reageren op dit stuk? Mail de redactie.", "tip"),
        ("Volg de uitslagen live via onze speciale wedstrijdpagina.", "promo"),
        ("Dit is een artikel uit het Dorpsblad-archief", "print"),
        ("Dit interview verscheen in de Stadskrant van zaterdag 3 mei.", "print"),
        ("Dit verhaal stond eerder in het Weekblad.", "print"),
        ("Dit artikel is eerder gepubliceerd op onze partnersite.", "syndication"),
        ("Lees meer.", "link"),
        ("You must log in to comment.", "interface"),
        ("Share the news", "interface"),
    ],
)
def test_appeals_and_notices_to_the_reader_are_site_sentences(sentence: str, reason: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "De politie vraagt getuigen zich te melden.",
        "Het Rode Kruis roept mensen op om te doneren voor de slachtoffers.",
        "De voedselbank vraagt inwoners haar te steunen met een donatie.",
        "„Steun ons met een donatie”, zegt de voorzitter van de stichting.",
        "Steun onze club, riep de burgemeester de supporters toe.",
        "Getuigen kunnen zich melden via tips@politie.nl.",
        "De krant verscheen zaterdag voor het laatst op papier.",
        "De redactie van het blad verhuist naar Utrecht.",
        "Volg de aanwijzingen van de brandweer op.",
        "De fractie weerspiegelt niet de mening van de kiezers, vindt de oppositie.",
        "Lees meer boeken, adviseert de bibliotheek.",
    ],
)
def test_reporting_with_the_same_words_is_not_site_text(sentence: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) is None


def test_a_donation_appeal_at_the_end_goes_whole_with_its_thanks() -> None:
    appeal = (
        "Nu u hier toch bent: dit werk kost geld. Wij maken het zonder adverteerders. "
        "U kunt ons steunen met een donatie. Dank u wel!"
    )
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{appeal}\n"
    assert aside(text) == [("donation", appeal)]
    assert BODY in kept(text)


def test_an_appeal_sentence_inside_a_reporting_paragraph_takes_only_itself() -> None:
    last = "De stichting draait op vrijwilligers. Ze kreeg dit jaar minder giften. Steun ons werk met een gift."
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{last}\n"
    assert aside(text) == [("donation", "Steun ons werk met een gift.")]
    assert "Ze kreeg dit jaar minder giften." in kept(text)


def test_a_disclaimer_paragraph_at_the_top_goes_whole() -> None:
    disclaimer = (
        "Dit is een open ruimte waar lezers hun mening kunnen delen. De standpunten in deze bijdragen "
        "reflecteren niet noodzakelijk die van de redactie. De verantwoordelijkheid over de inhoud ligt bij de auteur."
    )
    text = f"{disclaimer}\n\nWaarom het zwembad er moet komen\n\n{BODY}\n"
    assert aside(text) == [("disclaimer", disclaimer)]
    assert article(text).meta.headline == "Waarom het zwembad er moet komen"


def test_a_short_sentence_between_two_site_sentences_follows_them_a_long_one_does_not() -> None:
    between = ["Meld je aan voor onze nieuwsbrief.", "Je kunt je altijd afmelden.", "Zie de privacyverklaring."]
    assert all(site_reasons(between))
    reporting = "De gemeente onderzocht jarenlang waar het nieuwe zwembad precies zou moeten komen te liggen."
    assert site_reasons([between[0], reporting, between[2]])[1] is None
    assert site_reasons(["Lees meer.", "Fijne dagen!"])[1] is None  # a sign-off that is not a thanks


@pytest.mark.parametrize(
    "line, label",
    [
        ("EssayAnne de Vries", "Essay"),
        ("ColumnHet zwembad blijft een heet hangijzer in Zwolle.", "Column"),
        ("Gesponsord 12 maart 2024", "Gesponsord"),
    ],
)
def test_a_section_label_glued_to_a_name_or_before_a_date_is_split_off(line: str, label: str) -> None:
    assert glued_labels.glued_label(line) == label
    text = f"{line}\n\nZwembad gaat toch door\n\n{BODY}\n"
    assert ("label", label) in aside(text)
    rest = line[len(label) :].strip()
    assert rest in kept(text) or ("date_line", rest) in aside(text)  # a date after the label: the date line (conv52)


@pytest.mark.parametrize("line", ["WhatsApp ligt er al uren uit", "Essayist Anne de Vries wint prijs", "Sportief"])
def test_words_that_only_start_like_a_label_are_not_split(line: str) -> None:
    assert glued_labels.glued_label(line) is None


def test_lower_case_tag_and_logo_lines_are_set_aside_between_capitalised_lines() -> None:
    text = f"Zwembad gaat toch door\n\n3 maart 2024 Anne de Vries\nstadsnieuws\nlogo stadskrant 2\n{BODY}\n"
    assert aside(text) == [("label", "stadsnieuws"), ("label", "logo stadskrant 2")]
    wrapped = "De raad besloot na een lange avond\nvan vergaderen om het\nzwembad te bouwen.\n"
    assert aside(f"Zwembad gaat toch door\n\n{wrapped}") == []  # a hard-wrapped sentence is not a tag line
    narrow = "De raad besloot na\nvan vergaderen om\nhet zwembad te\nbouwen.\n"
    assert aside(f"Zwembad gaat toch door\n\n{narrow}") == []


def test_a_viewer_button_before_a_caption_and_a_comment_count_after_a_date_are_cut_off() -> None:
    text = (
        "Zwembad gaat toch door\n\nAnne de Vries\n3 maart 2024 — 12 reacties\n\n"
        f"{BODY}\n\nVolledig scherm Het nieuwe bad in aanbouw. © Jan Jansen\n"
    )
    # the caption's credit is site text too (conventions37, tests/data/STRUCTURE_CONVENTIONS.md)
    assert aside(text) == [
        ("date_line", "3 maart 2024 —"),  # the page's date line (conv52)
        ("comments", "12 reacties"),
        ("interface", "Volledig scherm"),
        ("credit", "© Jan Jansen"),
    ]
    blocks = article(text).blocks
    assert any(b.kind is K.CAPTION and b.text.startswith("Het nieuwe bad") for b in blocks)


def test_a_page_title_repeated_right_after_itself_keeps_its_first_copy_as_headline() -> None:
    text = f"Zwembad gaat toch door\n\nZwembad gaat toch door\n\n{BODY}\n"
    found = article(text)
    assert found.meta.headline == "Zwembad gaat toch door"
    assert aside(text) == [("repeated", "Zwembad gaat toch door")]


def test_an_author_name_printed_twice_stays_and_does_not_take_the_headline() -> None:
    text = f"Anne de Vries\n\nZwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n\nAnne de Vries\n"
    found = article(text)
    assert found.meta.headline == "Zwembad in Zwolle gaat er na jaren toch komen"
    assert aside(text) == []


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Programma en uitslagen eerste divisie", "link"),
        ("Stand eerste divisie per 12-3", "link"),
        ("Liveblog SportAangepast", "label"),
        ("2 uur geledenZWOLLE (ANP) - Het nieuwe zwembad in Zwolle gaat in mei open.", "teaser"),
    ],
)
def test_liveblog_furniture_and_glued_story_cards_are_site_lines(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason


@pytest.mark.parametrize("line", ["Stand van zaken", "Programma van de avond", "Uitslag valt tegen", "Sportupdate"])
def test_headings_that_start_like_table_links_stay(line: str) -> None:
    assert patterns.site_line_reason(line) is None


def test_a_long_agency_story_after_a_more_from_heading_is_a_teaser() -> None:
    other = (
        "KAMPEN (ANP) - In Kampen is dinsdag een nieuwe brug over de IJssel geopend. De brug kostte ruim twintig "
        "miljoen euro en werd in twee jaar gebouwd. Burgemeester en wethouders fietsten als eersten over de brug, "
        "waarna honderden inwoners volgden. De oude brug wordt volgend jaar gesloopt."
    )
    text = f"Zwembad gaat toch door\n\n{BODY}\n\nMeer uit Binnenland\n\n{other}\n"
    assert ("teaser", other) in aside(text)
    assert BODY in kept(text)
    assert aside(f"Zwembad gaat toch door\n\n{BODY}\n\n{other}\n") == []  # without the heading: the article's


def test_keep_all_keeps_the_new_shapes() -> None:
    text = f"EssayAnne de Vries\n\nZwembad gaat toch door\n\n{BODY}\n\nSteun onze journalistiek met een gift.\n"
    assert not any(b.kind is K.SITE_TEXT for b in article(text, keep_all=True).blocks)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Показать описание", "interface"),  # the interface of the page it came from, in another script
        ("相关推荐", "interface"),
        ("video_player_embed", "interface"),  # a template's identifier
        ("undefined", "interface"),
        ("Partner Content", "banner"),
        ("Lees volledige artikel", "link"),
    ],
)
def test_foreign_script_identifier_and_partner_lines_are_site_lines(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason


@pytest.mark.parametrize("line", ["Poetin (Путин) sprak de Doema toe", "Nul op het rekest", "Partnerschap"])
def test_lines_with_a_foreign_word_or_a_similar_word_stay(line: str) -> None:
    assert patterns.site_line_reason(line) is None


def test_a_reply_by_mail_paragraph_at_the_end_is_set_aside() -> None:
    reply = (
        "Reageren op dit stuk kan door een mail te sturen naar brieven@weekblad.nl. "
        "Uw reactie wordt mogelijk geplaatst in het volgende nummer."
    )
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{reply}\n"
    assert [reason for reason, _ in aside(text)] == ["comments"]
    assert BODY in kept(text)
    assert (
        sentence_reasons.site_sentence_reason("De gemeente kreeg honderden reacties op het plan, ook per mail.") is None
    )


def test_an_empty_template_value_before_a_caption_is_cut_off() -> None:
    text = f"Zwembad gaat toch door\n\n{BODY}\n\nnull Beeld Jan Jansen\n"
    # the credit left is site text too (conventions37, tests/data/STRUCTURE_CONVENTIONS.md)
    assert aside(text) == [("interface", "null"), ("credit", "Beeld Jan Jansen")]


def test_a_lower_case_label_above_the_headline_does_not_take_it() -> None:
    text = f"de serie5 nieuwe zwembaden\n\nZwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
    assert article(text).meta.headline == "Zwembad in Zwolle gaat er na jaren toch komen"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Naar vorig bericht", "navigation"),
        ("Lees de bijlage…", "link"),
        ("Dit artikel bevat in totaal 57 woorden.", "interface"),
    ],
)
def test_previous_item_attachment_and_word_count_lines_are_site_lines(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason


def test_a_section_header_or_a_lower_case_label_on_the_first_line_is_set_aside() -> None:
    text = f"Regionaal nieuws\n\nZwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
    assert aside(text) == [("label", "Regionaal nieuws")]
    glued = f"uit de raad Zwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
    assert aside(glued) == [("label", "uit de raad")]
    assert article(glued).meta.headline == "Zwembad in Zwolle gaat er na jaren toch komen"


def test_a_header_like_line_later_in_the_text_and_a_lower_case_name_particle_stay() -> None:
    text = f"Zwembad gaat toch door\n\n{BODY}\n\nGoed nieuws\n\n{BODY}\n"
    assert aside(text) == []
    assert aside(f"de Jonge: zwembad in Zwolle komt er\n\n{BODY}\n") == []


def test_a_signup_widget_at_the_end_goes_with_its_title_and_messages() -> None:
    widget = (
        "Avondpost\n\nElke avond een overzicht van het belangrijkste nieuws uit de regio.\n"
        "Ongeldig e-mailadres. Vul nogmaals in.\nLees hier ons privacybeleid.\n"
    )
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{widget}"
    assert kept(text).endswith(BODY.split(". ")[-1])
    assert [reason for reason, _ in aside(text)][0] == "newsletter"
    heading = f"Zwembad gaat toch door\n\n{BODY}\n\nNieuwe regels\n\n{BODY}\n"
    assert aside(heading) == []  # a heading above the article's own text stays


@pytest.mark.parametrize(
    "sentence",
    [
        "Elke avond staan honderden mensen in de rij voor het nieuwe zwembad.",
        "Het e-mailadres van de gemeente is gewijzigd.",
    ],
)
def test_reporting_about_evenings_and_mail_addresses_stays(sentence: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) is None


def test_an_archive_header_on_the_first_line_is_set_aside() -> None:
    text = f"Archief voor maart, 2024\n\nZwembad in Zwolle gaat er na jaren toch komen\n\n{BODY}\n"
    assert aside(text) == [("label", "Archief voor maart, 2024")]


def test_short_lines_closing_the_page_after_the_last_paragraph_are_its_tail() -> None:
    text = f"Zwembad gaat toch door\n\n{BODY}\n\nVacatures in de regio\n\nOnze partners\n"
    assert aside(text) == [("tail", "Vacatures in de regio"), ("tail", "Onze partners")]
    table = f"Zwembad gaat toch door\n\n{BODY}\n\nUitslagen zaterdag\n\nZwolle - Kampen 2-1\n"
    assert aside(table) == []  # a heading above the article's results, and a result line, stay
    short = "Zwembad gaat toch door\n\nKort nieuws\n"
    assert aside(short) == []  # no running text before it: nothing is a tail


def test_reader_questions_a_closing_line_to_the_reader_and_a_course_promo_follow_the_site_text() -> None:
    end = (
        "Vond je dit leuk? Op de hoogte blijven? Schrijf je in voor onze nieuwsbrief en ontvang elke week tips. "
        "Zo mis je niets meer!"
    )
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{end}\n"
    assert "".join(t for _, t in aside(text)).replace(" ", "") == end.replace(" ", "")
    promo = "Lees meer in onze gids. Wilt u alles weten over uw rechten? Doe dan mee aan onze cursus."
    assert len(aside(f"Zwembad gaat toch door\n\n{BODY}\n\n{promo}\n")) == 1
    reporting = f"{BODY} Volgens de wethouder kunt u volgend jaar al zwemmen!"
    assert aside(f"Zwembad gaat toch door\n\n{reporting}\n") == []  # no site sentence before it


@pytest.mark.parametrize(
    "line, reason",
    [("<<    >>", "navigation"), ("Cookie Consent by Example.com", "consent")],
)
def test_a_pager_and_a_consent_tool_line_are_site_lines(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason


def test_a_publication_date_line_is_a_dateline_not_the_headline() -> None:
    text = f"Publicatiedatum: 3 maart 2024 | Geschreven door: Anne de Vries\n\nZwembad gaat toch door\n\n{BODY}\n"
    assert article(text).meta.headline == "Zwembad gaat toch door"
