"""Danish texts for issue 10 (hostile files and stricter values), by English source text."""

# ruff: noqa: E501 - a table of sentences reads better one per line
from __future__ import annotations

DANISH: dict[str, str] = {
    "A session lasts at least {limit} minute. Check the duration.": "En samtale varer mindst {limit} minut. Tjek varigheden.",
    "The time zone is not a known time zone.": "Tidszonen er ikke en kendt tidszone.",
    "{field} lies outside the dates the program accepts. Check it.": "{field} ligger uden for de datoer, programmet accepterer. Tjek den.",
    "{field} contains an invisible control character. Remove it.": "{field} indeholder et usynligt styretegn. Fjern det.",
    "{field} contains a character that changes the direction of the text. Remove it.": "{field} indeholder et tegn, der ændrer tekstens retning. Fjern det.",
    "A course cannot start before 1 January 2000.": "Et forløb kan ikke starte før 1. januar 2000.",
    "A course cannot start more than a year from today.": "Et forløb kan ikke starte mere end et år fra i dag.",
    "The file holds the same record twice.": "Filen indeholder den samme post to gange.",
}

DANISH_IN_CONTEXT: dict[tuple[str, str], str] = {}
