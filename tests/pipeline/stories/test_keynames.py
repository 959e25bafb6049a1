"""A story's key names as a reader who reads no Dutch wants them (`pipeline.stories.keynames`): a surname with
its particles, one entry per name, no peoples or adjectives, not the outlet itself, well-known names in
English. Texts written for these tests, never copied from news."""

from __future__ import annotations

from pipeline.stories.brief import key_names
from tests.pipeline.stories.texts import at, feat


def names_of(bodies: list[str], outlet: str = "NOS") -> dict[str, int]:
    feats = [feat(f"k{i}", outlet, at(hours=i), "Titel", body) for i, body in enumerate(bodies)]
    return dict(key_names(feats, {}))


def test_a_surname_keeps_its_particles_as_the_full_name():
    names = names_of(
        [
            "Dat Annemiek van Vleuten wint, verrast niemand in de Giro Rosa. Van Vleuten reed alleen naar de finish.",
            "Van Vleuten is de sterkste in de Giro Rosa. Ajax mist Frenkie de Jong.",
            "De Giro Rosa is voorbij. Van Vleuten viert feest. Frenkie de Jong speelt nu in Spanje.",
        ]
    )
    assert names["Annemiek van Vleuten"] == 3 and "Vleuten" not in names  # "Van Vleuten" opens its sentences
    assert names["Frenkie de Jong"] == 2 and "Jong" not in names  # a real name, no people's word


def test_a_name_inside_a_longer_key_name_or_a_compound_of_a_key_name_folds_into_it():
    names = names_of(
        [
            "Djokovic wint Wimbledon. De Wimbledon-finale duurde vijf uur. Ook de Tour de France begon.",
            "De Wimbledon-finale was lang. Op Wimbledon won Djokovic. In de Tour reed men rustig.",
            "In de Tour de France wint Sebastian Vettel niets, op Wimbledon wel. Toen reden Ferrari-coureurs "
            "Vettel en Leclerc met Jumbo-Visma mee.",
            "Sebastian Vettel kijkt naar de Tour. Daarna zwegen Ferrari-coureurs Vettel en Leclerc over Jumbo-Visma.",
        ]
    )
    assert names["Wimbledon"] == 3 and "Wimbledon-finale" not in names
    assert names["Tour de France"] == 4 and "Tour" not in names
    assert names["Sebastian Vettel"] == 2 and not {"Ferrari-coureurs Vettel", "Vettel"} & set(names)
    assert names["Jumbo-Visma"] == 2  # a name with a hyphen, no compound of a key name: stays


def test_peoples_and_adjectives_are_no_key_names_and_an_adjective_leaves_a_name():
    names = names_of(
        [
            "De Zwitser verloor van de Serviër. Het Oostenrijkse Bramberg ligt in Duitsland, zegt de Berlijnse krant.",
            "Een Zwitser en een Serviër speelden in Bramberg, niet ver van Duitsland. De Britse Open volgt, "
            "zegt een Berlijnse krant.",
            "In het Oostenrijkse Bramberg was het warm. De Britse Open is in juli.",
        ]
    )
    assert not {"Zwitser", "Serviër", "Berlijnse", "Oostenrijkse Bramberg"} & set(names)
    assert names["Bramberg"] == 3
    assert names["Germany"] == 2  # a country stays, in English
    assert names["Britse Open"] == 2  # "Open" is an everyday word: the phrase is the name


def test_the_outlet_itself_is_no_key_name_another_outlet_is():
    names = names_of(
        [
            "Dat meldt de Volkskrant. Ook De Telegraaf schreef erover, net als Maastricht.",
            "De Volkskrant sprak met de burgemeester van Maastricht. De Telegraaf ook.",
        ],
        outlet="de Volkskrant",
    )
    assert "Volkskrant" not in names
    assert names["Telegraaf"] == 2 and names["Maastricht"] == 2


def test_well_known_names_are_shown_in_english_others_as_written():
    names = names_of(
        [
            "In Londen en Parijs protesteerden de Gele Hesjes. De Verenigde Staten zwijgen, Hamminkeln ook. "
            "In Noordrijn-Westfalen werd het Huis van Afgevaardigden genoemd.",
            "De Gele Hesjes trokken door Parijs en Londen. Ook de Verenigde Staten, Hamminkeln en "
            "Noordrijn-Westfalen en het Huis van Afgevaardigden kwamen voorbij.",
        ]
    )
    assert {"London", "Paris", "yellow vests", "United States", "North Rhine-Westphalia"} <= set(names)
    assert "House of Representatives" in names
    assert names["Hamminkeln"] == 2  # a name the table does not hold stays as written
    assert not {"Londen", "Parijs", "Gele Hesjes", "Verenigde Staten"} & set(names)


def test_a_continent_an_alliance_and_a_transliterated_leader_are_shown_in_english():
    names = names_of(
        [
            "Vladimir Poetin waarschuwt de NAVO. Europa reageert verdeeld op de woorden van Poetin.",
            "De NAVO en Europa antwoorden Vladimir Poetin met nieuwe sancties.",
        ]
    )
    assert {"Vladimir Putin", "NATO"} <= set(names)
    assert not {"Vladimir Poetin", "NAVO", "Europa"} & set(names)


def test_a_page_briefed_again_or_a_wire_text_with_its_copies_keeps_its_key_names() -> None:
    """One article shown (its later brief or another outlet's copy of it counted with it, not again): its names are
    listed as a lone article's are — they were all lost once a copy made the story 'several articles' (reader48)."""
    text = (
        "Minister Hugo de Jonge heeft in Den Haag gesproken met burgemeester Femke Halsema van Amsterdam over de "
        "woningnood. De Jonge wil dat Amsterdam sneller bouwt, zei hij na afloop."
    )
    first = feat("k1" * 32, "NOS", at(0), "De Jonge spreekt Halsema over woningnood", text)
    again = feat(
        "k2" * 32, "NOS", at(0, 5), "De Jonge spreekt Halsema over woningnood", text + " Halsema reageert later."
    )
    alone = key_names([first], {})
    assert alone and key_names([first, again], {again.article_id: first.article_id}) == alone
