"""A download site's update items: two programs' releases are two events, one program's versions one (`releases`)."""

from __future__ import annotations

from pipeline.stories import events
from pipeline.stories.releases import marks
from tests.pipeline.stories.texts import assigned_in_turn

TEMPLATE = (
    "Versie {version} van {name} is uitgekomen. {name} is een programma om {what}. Het is beschikbaar voor Windows, "
    "macOS en Linux. In deze uitgave zijn de volgende veranderingen en verbeteringen aangebracht. Bekijk de "
    "changelog voor alle details over deze versie."
)


def item(name: str, version: str, what: str) -> str:
    return TEMPLATE.format(name=name, version=version, what=what)


def test_a_programs_name_and_version_is_a_release_a_number_in_a_sentence_is_not() -> None:
    assert marks("Calibre 3.41.2") == {"release:calibre"}
    assert marks("MongoDB 4.0.9 / 3.6.12") == {"release:mongodb"}
    assert marks("Threema 4.2.1 for iOS") == {"release:threema"}
    assert marks("Bijna 5.000 stemmen op meldpunt") == frozenset()  # a thousands dot
    assert marks("Zwanenmeer 2.0 op het Stadhuisplein") == frozenset()  # a headline going on
    assert marks("Microsoft waarschuwt Windows 10-gebruikers") == frozenset()


def test_two_programs_releases_clash_one_programs_versions_do_not() -> None:
    assert events.clash(marks("FileTwin 10.12"), marks("ScanMaster 9.6.40"))
    assert not events.clash(marks("Calibre 3.41.3"), marks("Calibre 3.41.2"))
    assert events.clash(marks("Microsoft waarschuwt Windows-gebruikers"), marks("TankWars Blitz 6.1"))


def test_the_mornings_updates_of_two_programs_stay_two_stories() -> None:
    joined = assigned_in_turn(
        [
            ("a", "Tweakers", 0.0, "ScanMaster 9.6.40", item("ScanMaster", "9.6.40", "documenten te scannen")),
            ("b", "Tweakers", 0.2, "FileTwin 10.12", item("FileTwin", "10.12", "mappen gelijk te houden")),
            ("c", "Tweakers", 0.3, "ScanMaster 9.6.41", item("ScanMaster", "9.6.41", "documenten te scannen")),
        ]
    )
    assert joined["b"][0] != joined["a"][0]
    assert joined["c"][0] == joined["a"][0]
