"""The web's platform furniture by its shape, helper platform39 (issue 21; data, no logic): what CMS, blog, shop and
share-widget platforms print on every site that uses them. Each rule names a whole line whose shape no article's line
has (a button's words alone, network names glued, a counter with its colon); words an article could use are anchored
to that shape. pipeline.text.patterns reads SITE_LINES after every other rule of a line, with shape39_rules.SITE_LINES.
Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

# a box these rules find closes the text: the short lines above it (a signature, "Gemeenteraadslid") are not swept
# into the page's tail with it (pipeline.text.page_edges.tail_lines)
BOX_REASONS = ("platform", "web_source", "related_posts", "signup_line", "cart", "comment_box", "file_name")

# a CMS's content type alone on its line right above or right below the headline ("Artikel", "Article",
# "Nieuwsbericht", "Fragment"): read with reader_rules.GENRE_LABEL there (pipeline.text.title_labels), nowhere else;
# "Artikel 12 van de wet" or a heading "Fragment" in the text stays; "Bericht" too (a club's news page, site53b)
CONTENT_TYPE = r"^(?:artikel|article|nieuwsbericht|bericht|blogpost|blogbericht|fragment)\s*:?$"

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a platform's widget printed as a line, its buttons glued or spaced: a blog's comment counter and its prompt
    # ("Geen opmerkingen: Een reactie posten", "No comments: Post a Comment", Blogger), a share bar's network names
    # glued ("FacebooktwitterpinterestlinkedinmailFacebook…"), "Pin It", a view counter ("Bekeken: 4144x", "Hits:
    # 210"), a shop's mini cart ("shopping-bag 0 Items : 0 Subtotal : 0.00 View Cart Check Out"), a print link glued
    # to its PDF link ("Printervriendelijke versiePDF version"). A count in a report is the article's ("De video is
    # 4144 keer bekeken.", "Het blog kreeg 12 reacties").
    (
        "platform",
        r"^(geen|\d{1,4}) (opmerkingen|reacties|comments)\s*:\s*(een reactie (posten|plaatsen)|post a comment)\s*$"
        r"|^no comments\s*:\s*(post a comment)?\s*$"
        r"|^(?-i:(?:(?:[Ff]acebook|[Tt]witter|[Rr]eddit|[Pp]interest|[Ll]inked[Ii]n|[Mm]ail|[Ww]hats[Aa]pp|[Tt]umblr"
        r"|[Ee]mail|[Pp]rint|[Xx]ing|[Tt]elegram)){3,16}[a-z]{0,12})\s*$"
        r"|^pin it\s*$"
        r"|^(bekeken|gelezen|weergaven|views|hits)\s*:\s*\d[\d.,]*\s*(x|keer)?\s*$"
        r"|^(shopping[- ]?(bag|cart)\s+)?\d+\s+items?\s*:.{0,40}\bsubtotal\b.{0,40}\bview cart\b.{0,20}$"
        r"|^(printervriendelijke|printvriendelijke|print(er)?) ?versie\s*(pdf|pdf[- ]versie|pdf version)\s*$",
    ),
    # a source named by its web address alone, or a copy's "via" in brackets alone on its line: "Source: https://…",
    # "Bron: destentor.nl.", "(via Omroep Gelderland)". A source named by its name ("Bron: CBS") or inside a sentence
    # is the article's.
    (
        "web_source",
        r"^\(?(source|bron)\s*:\s*(https?://|www\.)\S+\s*\.?\)?$"
        r"|^\(?bron\s*:\s*[\w-]+(\.[\w-]+)*\.(nl|be|com|net|org|eu|nu|tv|fm)\s*\.?\)?$"
        r"|^\(via (?-i:[A-Z])[\w'’-]{1,30}( [\w'’-]{1,30}){0,3}\)$",
    ),
    # a related-posts widget's heading: "Misschien bent u ook geïnteresseerd in ...", "Misschien vind je dit ook leuk",
    # "You might also like". A heading over the article's own list ("Komende activiteiten") stays.
    (
        "related_posts",
        r"^misschien (bent u|ben je) ook ge[iï]nteresseerd in\s*(\.\.\.|…|:)?$"
        r"|^misschien (vind je|vindt u) (dit|deze)( ook)? leuk\s*:?$"
        r"|^(dit|deze) (vind je|vindt u) misschien ook leuk\s*:?$|^misschien ook interessant( voor (jou|u))?\s*:?$"
        r"|^you (might|may) also (like|enjoy)\s*:?$",
    ),
    # a newsletter's sign-up button or heading alone on its line: "Schrijf u nu in op FLOW, de wekelijkse e-letter van
    # …", "Subscribe to our newsletter". A sentence about a newsletter ("De gemeente stuurt een nieuwsbrief") stays.
    (
        "signup_line",
        r"^(schrijf (u|je)|abonneer (u|je))( nu| gratis| hier)* in op\b[^.!?]{0,60}\b(e-?letter|e-?zine|newsletter)"
        r"\b([^.!?]|\.(?=\w)){0,40}$|^(subscribe|sign up)( now)? (to|for) (our|the)( \w+)? newsletter\s*[.!]?$",
    ),
    # a web shop's cart and its buttons: "Bekijk winkelwagen", "Verder winkelen", "Toevoegen aan winkelwagen", an
    # empty cart's total ("Subtotaal: € 0,00", "€0,00 0 items", "Items : 0"), "View Cart Check Out". A total of the
    # article's own ("Totaal: € 1.250") stays.
    (
        "cart",
        r"^(bekijk (je )?winkelwagen(tje)?|verder winkelen|toevoegen aan (je |de )?(winkelwagen|winkelmand)"
        r"|(view|go to) (cart|basket)( check ?out)?|add to (cart|basket))$"
        r"|^(subtotaal|subtotal|items?)\s*:\s*(€\s*)?0([.,]00)?$"
        r"|^€\s*0[.,]00\s+0 (items?|artikelen|producten)$",
    ),
    # a blog platform's comment box, line by line (WordPress, Blogger; Dutch and English): "Reactie annuleren",
    # "Een reactie posten", "Reacties posten (Atom)", "Eén reactie op “<title>”", "2 gedachten over “<title>”",
    # "Wees de eerste om te reageren", "Log in om te reageren", "Naam *", "Leave a Reply Cancel reply", "Post a Comment"
    # — the count in figures or "Eén", as the platform writes it: 'Een reactie op “Geen geld voor zwembad”' is an
    # opinion piece's title (review39)
    (
        "comment_box",
        r"^(reactie annuleren|annuleer reactie|een reactie (posten|plaatsen)|reacties posten \(atom\)"
        r"|(abonneren op|subscribe to)\s*:\s*(reacties posten|post comments|posts) \(atom\)"
        r"|(\d{1,4}|(?-i:[EÉeé]én|ÉÉN)) (opmerkingen?|reacties?|gedachten?) (op|over) [“\"'‘„][^”\"'’]{1,120}[”\"'’]"
        r"|(wees|be) (de eerste|the first) (om te reageren|to comment)"
        r"|(log in|inloggen)( of registreren)? om te reageren\.?|(naam|e-?mail|website|reactie|name|comment)\s*\*"
        r"|leave a (reply|comment)( cancel reply)?|cancel reply|post a comment"
        r"|mijn naam, e-?mail en (web)?site bewaren in deze browser\b.{0,120}"
        r"|vereiste velden zijn gemarkeerd met \*\s*\.?|required fields are marked \*\s*\.?)$",
    ),
    # a camera's file name printed as a caption or an image's title: "DSC 4791", "IMG_2034", "DSCN0123", "P1010234",
    # "_MG_5512", "foto.jpg", "WhatsApp Image 2023-04-01 at 10.12". A code with a hyphen before its number is a name
    # ("Covid-19", "A-12"), not a file.
    (
        "file_name",
        r"(?-i:^(?:DSC[NF]?|IMG|_MG|_DSC|GOPR|DJI|MVI|VID|P\d{2})[ _]?\d{3,8}(?:[ _-]\d{1,4})?(?:\.(?:jpe?g|png))?$)"
        r"|^[\w-]{2,60}\.(jpe?g|png|gif|webp|heic)$"
        r"|^(whatsapp (image|afbeelding)|screenshot|schermafbeelding) \d{4}-\d{2}-\d{2}\b.{0,20}$",
    ),
)
