"""Delivery: the day's briefing by e-mail (SMTP) and to chat and push services (Apprise), once per
recipient per day and only when it changed; watchlists that notify when a story first matches.
A recipient that fails is a logged, listed failure — never a failed briefing."""
