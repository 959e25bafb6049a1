"""Words for a people or for what belongs to a country or region ("Amerikaanse", "Russen",
"Vlaamse"), as data. Dutch capitalises them, so the name finder takes them for names; a story's key
names leave them out (`brief.key_names`): a reader wants the people, organisations and places.

Each entry is an adjective without its ending and the people's plural (a city's too: "Berlijnse",
"Romeinen"; a party's adjective, "Democratische", with no people) ("Duits Duitsers"; "-" where the
plural is the country's own name, "Polen", "Zweden", which stays a key name); the inflected adjective is
made from it ("Duitse", "Europees" -> "Europese", "Russisch" -> "Russische")."""

from __future__ import annotations

_PAIRS = """
Nederlands Nederlanders  Hollands Hollanders  Belgisch Belgen  Vlaams Vlamingen  Waals Walen
Brussels Brusselaars  Fries Friezen  Gronings Groningers  Drents Drenten  Overijssels Overijsselaars
Gelders Gelderlanders  Utrechts Utrechters  Zeeuws Zeeuwen  Brabants Brabanders  Limburgs Limburgers
Amsterdams Amsterdammers  Rotterdams Rotterdammers  Haags Hagenaars  Antwerps Antwerpenaren  Gents Gentenaren
Duits Duitsers  Frans Fransen  Brits Britten  Engels Engelsen  Schots Schotten  Iers Ieren
Spaans Spanjaarden  Portugees Portugezen  Italiaans Italianen  Grieks Grieken  Turks Turken  Cypriotisch Cyprioten
Oostenrijks Oostenrijkers  Zwitsers Zwitsers  Luxemburgs Luxemburgers  Deens Denen  Zweeds -
Noors Noren  Fins Finnen  IJslands IJslanders  Pools -  Tsjechisch Tsjechen  Slowaaks Slowaken
Hongaars Hongaren  Roemeens Roemenen  Bulgaars Bulgaren  Servisch Serviërs  Kroatisch Kroaten
Sloveens Slovenen  Bosnisch Bosniërs  Albanees Albanezen  Macedonisch Macedoniërs  Montenegrijns Montenegrijnen
Kosovaars Kosovaren  Oekraïens Oekraïners  Russisch Russen  Wit-Russisch Wit-Russen  Moldavisch Moldaviërs
Litouws Litouwers  Lets Letten  Ests Esten  Georgisch Georgiërs  Armeens Armeniërs  Azerbeidzjaans Azerbeidzjanen
Europees Europeanen  Amerikaans Amerikanen  Canadees Canadezen  Mexicaans Mexicanen  Braziliaans Brazilianen
Argentijns Argentijnen  Chileens Chilenen  Colombiaans Colombianen  Venezolaans Venezolanen  Peruaans Peruanen
Cubaans Cubanen  Surinaams Surinamers  Antilliaans Antillianen  Arubaans Arubanen  Curaçaos Curaçaoënaars
Chinees Chinezen  Japans Japanners  Koreaans Koreanen  Indiaas Indiërs  Pakistaans Pakistanen
Afghaans Afghanen  Iraans Iraniërs  Iraaks Irakezen  Syrisch Syriërs  Libanees Libanezen  Israëlisch Israëliërs
Palestijns Palestijnen  Jordaans Jordaniërs  Saoedisch Saoediërs  Jemenitisch Jemenieten  Egyptisch Egyptenaren
Libisch Libiërs  Tunesisch Tunesiërs  Algerijns Algerijnen  Marokkaans Marokkanen  Eritrees Eritreeërs
Ethiopisch Ethiopiërs  Somalisch Somaliërs  Soedanees Soedanezen  Keniaans Kenianen  Nigeriaans Nigerianen
Ghanees Ghanezen  Congolees Congolezen  Zuid-Afrikaans Zuid-Afrikanen  Australisch Australiërs
Nieuw-Zeelands Nieuw-Zeelanders  Indonesisch Indonesiërs  Vietnamees Vietnamezen  Thais Thai  Filipijns Filipijnen
Turks-Cypriotisch Turks-Cyprioten  Koerdisch Koerden  Arabisch Arabieren  Aziatisch Aziaten  Afrikaans Afrikanen
Scandinavisch Scandinaviërs  Baltisch Balten  Westers Westerlingen  Joods Joden  Islamitisch Moslims
Maleisisch Maleisiërs  Singaporees Singaporezen  Canarisch -  Catalaans Catalanen  Baskisch Basken  Beiers -  Berlijns Berlijners  Parijse Parijzenaars  Romeins Romeinen
Londens Londenaren  Weens Weners  Democratisch -  Republikeins -
"""

# one of a people ("Zwitser", "Serviër"): the plural above names the people, the singular one of them
_SINGULARS = """
Nederlander Hollander Belg Vlaming Waal Brusselaar Fries Groninger Drent Zeeuw Brabander Limburger Amsterdammer
Rotterdammer Hagenaar Antwerpenaar Duitser Fransman Française Brit Engelsman Schot Ier Spanjaard Portugees Italiaan
Griek Turk Oostenrijker Zwitser Luxemburger Deen Zweed Noor Fin IJslander Tsjech Slowaak Hongaar Roemeen Bulgaar
Serviër Kroaat Sloveen Bosniër Albanees Macedoniër Montenegrijn Kosovaar Oekraïner Rus Wit-Rus Litouwer Let Est
Georgiër Armeniër Europeaan Amerikaan Canadees Mexicaan Braziliaan Argentijn Chileen Colombiaan Venezolaan Peruaan
Cubaan Surinamer Antilliaan Chinees Japanner Koreaan Indiër Pakistaan Afghaan Iraniër Irakees Syriër Libanees
Israëliër Palestijn Saoediër Egyptenaar Libiër Tunesiër Algerijn Marokkaan Eritreeër Ethiopiër Somaliër Keniaan
Nigeriaan Ghanees Congolees Zuid-Afrikaan Australiër Nieuw-Zeelander Indonesiër Vietnamees Koerd Arabier Monegask
Catalaan Bask Berlijner Parijzenaar Romein Londenaar
"""

_VOWELS = "aeiou"


def inflected(adjective: str) -> str:
    """The adjective with its -e: "Duits" -> "Duitse", "Europees" -> "Europese"."""
    if adjective.endswith("e"):
        return adjective
    if len(adjective) > 3 and adjective[-1] == "s" and adjective[-2] == adjective[-3] and adjective[-2] in _VOWELS:
        return adjective[:-2] + "se"  # a long vowel before the s is written once in an open syllable
    return adjective + "e"


def _forms() -> frozenset[str]:
    words = _PAIRS.split()
    adjectives, plurals = words[0::2], words[1::2]
    return frozenset(
        {w.lower() for a, p in zip(adjectives, plurals, strict=True) for w in (a, inflected(a), p) if w != "-"}
        | {w.lower() for w in _SINGULARS.split()}
    )


DEMONYMS = _forms()
"""Lower-case adjectives (both forms), plurals and singulars."""


def is_demonym(name: str) -> bool:
    """A one-word name that is a people's name or a country's or region's adjective."""
    return name.lower() in DEMONYMS


HOME = frozenset({"nederlands", "nederlandse", "belgisch", "belgische", "vlaams", "vlaamse", "waals", "waalse"})
"""The feeds' own countries' and regions' adjectives: before a name they tell which of two same-named places it is
("het Belgische Limburg" beside the Dutch province), not where a foreign one lies ("het Amerikaanse Chicago")."""
