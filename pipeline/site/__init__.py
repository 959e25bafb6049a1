"""The bilingual web edition: a view model (frozen dataclasses), Jinja2 templates and plain CSS,
and an incremental builder that writes OUT/site/ (pages rewritten only when their content changed).

Framework-free: no page needs JavaScript to be read; the search page uses Pagefind's own script.
"""
