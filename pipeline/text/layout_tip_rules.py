"""Layout notes and tip-request leads by their shape (issue 21, stop 43; data, no logic). Case-insensitive unless
marked `(?-i:…)`.

- LAYOUT_NOTE: a layout note in brackets glued after a paragraph's sentence, where an embedded post, video or photo
  stood: "… zegt hij.” (lees verder onder de Facebookpost)", "(Tekst gaat verder na de video)" — a span
  (pipeline.text.inline_chrome), set aside as "interface" wherever it stands in the line.
- PAIRED_LEADS (pipeline.text.sentence_reasons.paired_leads: only right before a sentence set aside for the same
  reason): the question to the reader that opens a tip request ("Heb je suggesties of wil je dat we …?" before "Mail
  je ideeën naar …"), and a call to message the newsroom before it ("💬 WhatsApp ons!").
"""

from __future__ import annotations

# "lees verder", or "(de) tekst/het artikel/verhaal gaat/loopt verder/door", then where: under, after, beside the
# embed; in brackets, up to 40 characters after the place word, its own full stop or none
LAYOUT_NOTE = (
    r"\(\s*(lees verder|((de|het) )?(tekst|artikel|verhaal|interview|bericht) (gaat|loopt) (verder|door))"
    r" (onder|na|naast|bij|hieronder)\b[^.!?()]{0,40}[.!]?\s*\)"
)

PAIRED_LEADS: tuple[tuple[str, str], ...] = (
    # the reader's suggestions or questions asked for, the request to mail or message them in the next sentence
    ("tip", r"^(heb je|heb jij|heeft u|hebt u) (suggesties|ideeën|een idee|tips?|een tip|vragen)\b[^.!]{0,140}\?$"),
    # a call to message the newsroom, an icon before it or none: "💬 WhatsApp ons!", "Mail ons!", "Tip de redactie!"
    ("tip", r"^\W{0,3}(whatsapp|app|mail|e-?mail|bel|tip|sms) (ons|de redactie)\s*!?$"),
)
