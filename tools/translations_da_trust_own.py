"""Danish texts for ownership at the office (issue 10, part 1): the refusal of a batch that
changes or points at another laptop's records. Merged with the other
``tools/translations_da*.py`` tables by ``fill_translations.py``.

Words as in ``translations_da_sync``: batch → overførselsfil, laptop → computer, refused →
afvist, record → registrering.
"""

# ruff: noqa: E501 - a table of sentences reads better one per line
from __future__ import annotations

DANISH: dict[str, str] = {
    "The batch changes, deletes or points at a record that belongs to another laptop or to the office. The whole batch was refused and nothing was applied; the laptop's later batches wait behind it. Find out why this laptop sent it.": "Overførselsfilen ændrer, sletter eller henviser til en registrering, der tilhører en anden computer eller kontoret. Hele overførselsfilen er afvist, og intet er indlæst; computerens senere overførselsfiler venter bag den. Find ud af, hvorfor computeren sendte den.",
}

DANISH_IN_CONTEXT: dict[tuple[str, str], str] = {}
