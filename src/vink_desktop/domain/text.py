"""Text the program accepts from files: valid Unicode only."""

from __future__ import annotations

import json
import re

#: A JSON escape of a UTF-16 surrogate: the only way a JSON document can carry text that
#: is not valid Unicode (an unpaired surrogate), which the database cannot store.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def json_text_is_unicode(raw: bytes, document: object) -> bool:
    """Whether ``document`` (``json.loads(raw)``) holds only valid Unicode text. Surrogate
    pairs are fine (they decode to one character); an unpaired one is not. Cheap unless
    ``raw`` escapes a surrogate at all."""
    if _SURROGATE_ESCAPE.search(raw) is None:
        return True
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
