"""Danish texts for recovery through the office (``docs/sync.md`` §12): the unlock screen's
"Get help from the office" pages on the field laptop and the office's "Recovery answer for a
laptop…" dialog, by English source text; merged with the other ``tools/translations_da*.py``
tables by ``fill_translations.py``.

Words: one-time key → engangsnøgle, request → anmodning, answer → svar, recovery key →
gendannelsesnøgle, laptop → computer (as in the sync windows), fingerprint → fingeraftryk,
revoke → tilbagekalde, vault → boks, passphrase → adgangskode.
"""

# ruff: noqa: E501 - a table of sentences reads better one per line
from __future__ import annotations

DANISH: dict[str, str] = {
    # -- the unlock screen (field laptop) -------------------------------------------------------------
    "Lost the recovery key too? Get &help from the office": "Mistet gendannelsesnøglen også? Få &hjælp fra kontoret",
    "Get help from the office": "Få hjælp fra kontoret",
    "If the passphrase is forgotten and the recovery key is lost too, the office can give the vault back. First save a request file here and call the office. When the office has sent you its answer, open it here.": "Har du glemt adgangskoden og også mistet gendannelsesnøglen, kan kontoret give dig boksen tilbage. Gem først en anmodningsfil her, og ring til kontoret. Når kontoret har sendt dig sit svar, åbner du det her.",
    "&Save the request file…": "&Gem anmodningsfilen…",
    "&Open the office's answer…": "&Åbn kontorets svar…",
    "1. Call the office and read out this laptop's fingerprint, group by group.\n2. Send the request file to the office on a USB stick or by secure mail.\n3. The office sends an answer file back and reads a one-time key out to you on the phone. Then open the answer here.": "1. Ring til kontoret, og læs computerens fingeraftryk op, gruppe for gruppe.\n2. Send anmodningsfilen til kontoret på en USB-nøgle eller med sikker mail.\n3. Kontoret sender en svarfil tilbage og læser en engangsnøgle op for dig i telefonen. Åbn så svaret her.",
    "This laptop's fingerprint:": "Computerens fingeraftryk:",
    "Recover with the office's answer": "Gendan med kontorets svar",
    "Type the one-time key the office read out to you (nine groups of four characters), and choose a new passphrase. You then get a new recovery key to write down; the old one stops working.": "Skriv den engangsnøgle, kontoret læste op for dig (ni grupper med fire tegn), og vælg en ny adgangskode. Du får så en ny gendannelsesnøgle, som du skal skrive ned; den gamle holder op med at virke.",
    "Answer file:": "Svarfil:",
    "One-time key": "Engangsnøgle",
    "One-time &key:": "&Engangsnøgle:",
    "Recover and &set the new passphrase": "Gendan, og &sæt den nye adgangskode",
    "Recovering": "Gendanner",
    "Write down your new recovery key": "Skriv din nye gendannelsesnøgle ned",
    "The vault has a new passphrase and a new recovery key. If you forget the passphrase again, this key is the way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once. Then delete the answer file and throw away any note of the one-time key.": "Boksen har fået en ny adgangskode og en ny gendannelsesnøgle. Glemmer du adgangskoden igen, er denne nøgle vejen ind i boksen. Skriv den på papir nu, og opbevar papiret sikkert, væk fra computeren. Den vises kun denne ene gang. Slet derefter svarfilen, og smid enhver note om engangsnøglen væk.",
    "Save the recovery request": "Gem anmodningen om gendannelse",
    "Recovery requests (*{suffix})": "Anmodninger om gendannelse (*{suffix})",
    "The request is saved as {file}.": "Anmodningen er gemt som {file}.",
    "Open the office's answer": "Åbn kontorets svar",
    "Answers from the office (*{suffix})": "Svar fra kontoret (*{suffix})",
    # -- the office's dialog ----------------------------------------------------------------------------
    "&Recovery answer for a laptop…": "&Gendannelsessvar til en computer…",
    "Recovery answer for a laptop": "Gendannelsessvar til en computer",
    "Open a recovery request": "Åbn en anmodning om gendannelse",
    "Unknown: the office has received no batch from it": "Ukendt: kontoret har ikke modtaget nogen overførselsfil fra den",
    "A laptop asks for its vault back": "En computer beder om at få sin boks tilbage",
    "The laptop's user has forgotten the passphrase and lost the recovery key. Answer only when you are sure who is calling. Ask the caller to read out the laptop's fingerprint and compare it with these digits, group by group.": "Computerens bruger har glemt adgangskoden og mistet gendannelsesnøglen. Svar kun, når du er sikker på, hvem der ringer. Bed den, der ringer, læse computerens fingeraftryk op, og sammenlign det med tallene her, gruppe for gruppe.",
    "Vault:": "Boks:",
    "Laptop:": "Computer:",
    "Status:": "Status:",
    "The laptop's fingerprint:": "Computerens fingeraftryk:",
    "The laptop has turned up: answer &anyway": "Computeren er dukket op: svar &alligevel",
    "This laptop's key differs from the one the office has for it. The request cannot be answered: it may not come from that laptop.": "Computerens nøgle er en anden end den, kontoret har for den. Anmodningen kan ikke besvares: den kommer måske ikke fra den computer.",
    "The office has revoked this laptop. A revoked laptop is usually a lost one: answer only if it has turned up and you are sure who is calling.": "Kontoret har tilbagekaldt denne computer. En tilbagekaldt computer er som regel en mistet computer: svar kun, hvis den er dukket op, og du er sikker på, hvem der ringer.",
    "I compared every group by phone: the fingerprint &matches": "Jeg har sammenlignet hver gruppe i telefonen: fingeraftrykket st&emmer",
    "&Write the answer…": "&Skriv svaret…",
    "Read out the one-time key": "Læs engangsnøglen op",
    "Read this one-time key out to the laptop's user on the phone. Never write it down, mail it or send it in a message, and never with the answer file. It is shown only this once.": "Læs engangsnøglen op for computerens bruger i telefonen. Skriv den aldrig ned, send den aldrig med mail eller i en besked, og aldrig sammen med svarfilen. Den vises kun denne ene gang.",
    "&Done": "&Færdig",
    "Save the answer": "Gem svaret",
    "Answers to a recovery request (*{suffix})": "Svar på en anmodning om gendannelse (*{suffix})",
    "The answer is saved as {file}. Send it to the laptop on a USB stick or by secure mail.": "Svaret er gemt som {file}. Send det til computeren på en USB-nøgle eller med sikker mail.",
}
