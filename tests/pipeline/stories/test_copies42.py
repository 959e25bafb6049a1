"""Wire copy (copies42): one outlet's text posted again with a word or a fact edited, a line longer, is a copy of it
(`own_update.grown_update` gives way to a re-post of its size), unless its first paragraph names a person or place
in the place of words of the earlier's own (`copy_checks._names_another`: its stock caption filled in for another); a
name added where the earlier reads on is a fact added. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

SUSPENDED = (
    "Een kadercommandant op de Marinierskazerne in Doorn is door het ministerie geschorst omdat hij geheime"
    " relaties had met drie rekruten, meldt het Dagblad van het Noorden dinsdagochtend. Een woordvoerder van het"
    " ministerie bevestigt het bericht, maar deed verder geen uitspraken over de identiteit van de man. De man zit"
    " sinds vorige maand thuis."
)
# the same text posted again half an hour later: another word for his rank, a date added, a tense edited
RE_POSTED = (
    "Een leidinggevende op de Marinierskazerne in Doorn is vorig jaar maart door het ministerie geschorst omdat hij"
    " geheime relaties had met drie rekruten, meldt het Dagblad van het Noorden dinsdag. Een woordvoerder van het"
    " ministerie bevestigt het bericht, maar doet verder geen uitspraken over de identiteit van de man. De man zit"
    " sinds vorige maand thuis."
)


def test_the_outlets_text_posted_again_a_word_edited_and_a_date_added_is_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Nieuwsdienst", 1, "Ministerie schorst kadercommandant om relaties met rekruten", SUSPENDED),
            ("b", "Nieuwsdienst", 1.5, "Ministerie schorst leidinggevende om relaties met rekruten", RE_POSTED),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


CAPTION = (
    "De reactie van Vitesse-trainer Karel Hendriks na het pijnlijke 0-2 verlies tegen Slavia Sofia in de"
    " derde voorronde van de Conference League."
)
# the outlet's stock caption filled in for another speaker, ten minutes later: another video, no re-post
OTHER_CAPTION = CAPTION.replace("Vitesse-trainer Karel Hendriks", "Vitesse-aanvoerder Bram Oosterveld")


def test_the_outlets_caption_filled_in_for_another_speaker_is_no_copy():
    got = assigned_in_turn(
        [
            ("a", "Omroep", 20, "Hendriks baalt van verlies: 'We waren gewoon niet scherp'", CAPTION),
            ("b", "Omroep", 20.2, "Oosterveld na nederlaag: 'Dit mag ons niet gebeuren'", OTHER_CAPTION),
        ]
    )
    assert got["b"][1] is None


STABBED = (
    "Op het Stationsplein in Amersfoort is maandagavond een man neergestoken na een ruzie bij een snackbar. Hij"
    " is zwaargewond naar het ziekenhuis gebracht. De politie zoekt getuigen en heeft camerabeelden opgevraagd."
)
# the same text posted again an hour later, a fact added: where the man comes from
STABBED_AGAIN = STABBED.replace("een man neergestoken", "een 34-jarige man uit Leusden neergestoken").replace(
    "heeft camerabeelden opgevraagd", "vraagt camerabeelden op"
)


def test_the_outlets_text_posted_again_naming_where_the_man_comes_from_stays_its_copy():
    """A name added to the text (the original reads on around it) is a fact added, no one put in another's place."""
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 21, "Man neergestoken op Stationsplein Amersfoort", STABBED),
            ("b", "Dagblad", 22, "Man uit Leusden neergestoken in Amersfoort", STABBED_AGAIN),
        ]
    )
    assert got["b"] == (got["a"][0], "a")
