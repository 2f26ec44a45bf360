"""Danish texts for File → Import/Export records (see fill_translations.py)."""

# ruff: noqa: E501 - a table of sentences reads better one per line
from __future__ import annotations

DANISH: dict[str, str] = {
    "&Import records…": "&Importér poster…",
    "&Export records (unencrypted)…": "&Eksportér poster (ukrypteret)…",
    "Import records": "Importér poster",
    "Records files (*.json)": "Postfiler (*.json)",
    "Export records": "Eksportér poster",
    "The file will NOT be encrypted. Anyone who gets it can read the notes about the young people and parents. Names and contact details are left out.\n\nOnly export to a place you trust, and delete the file when you are done.": "Filen bliver IKKE krypteret. Alle, der får fat i den, kan læse noterne om de unge og forældrene. Navne og kontaktoplysninger kommer ikke med.\n\nEksportér kun til et sted, du har tillid til, og slet filen, når du er færdig.",
    "Records file (*.json);;Spreadsheet, one row per session (*.csv)": "Postfil (*.json);;Regneark, én række pr. samtale (*.csv)",
    "Importing records…": "Importerer poster…",
    "Exporting records…": "Eksporterer poster…",
    "Imported {sessions} sessions, {courses} courses and {participants} participants ({unchanged} already up to date).": "Importerede {sessions} samtaler, {courses} forløb og {participants} deltagere ({unchanged} var allerede opdaterede).",
    "Exported {sessions} sessions to {file}.": "Eksporterede {sessions} samtaler til {file}.",
    "Records": "Poster",
}
