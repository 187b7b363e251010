"""The text the parser reads: the caller's string with every space a plain space.

News text taken from web pages keeps the pages' no-break spaces (``&nbsp;``): between a
title and a name, after a full stop, before a paragraph's first word. spaCy's tokenizer
splits words at plain spaces only, so a no-break space becomes a token of its own, and the
parser attaches the words around it as if a word stood there ("In a statement to the
<no-break space>Observer, her adviser, Jo Li, said": the adviser becomes the outlet's
appositive and the cue has no subject). Every Unicode space separator is read as a plain
space instead. Each is one character for one, so every offset the extraction reports holds
in the caller's string, whose characters the records quote.
"""

from __future__ import annotations

import unicodedata

_LAST_SPACE = 0x3000
"""The highest space separator (the ideographic space): none lies above it."""
_SPACES = str.maketrans(
    {code: " " for code in range(0x80, _LAST_SPACE + 1) if unicodedata.category(chr(code)) == "Zs"}
)
"""Every space separator (Unicode category Zs) but the plain space, to a plain space."""


def parser_text(text: str) -> str:
    """``text`` with every space separator a plain space: same length, same offsets."""
    return text.translate(_SPACES)
