"""What the loaded pipeline's tokenizer learns: abbreviated titles kept whole ("Capt. Ana
Diaz"), and a quote mark glued between punctuation and a word split off ("paranoia,”Ruiz
said").

spaCy's English tokenizer keeps some abbreviations before a name as one token ("Gen.",
"Sen.", "Dr.") but splits the full stop off others that news (AP style) writes before names
("Capt." "Sgt." "Lt." "Col." "Atty."). A full stop standing alone is read as the end of a
sentence, so "said Army Capt. Ana Diaz, who ..." is parsed as two sentences and the name
loses its title and its clause. The tokenizer learns each abbreviated title of the lexicon
as a special case, written as news writes it before a name (capitalised). Plural offices
("Sens.") are left as the tokenizer splits them: :mod:`..analysis.speakers.shared_titles`
reads them so, and the parse of the names after them is better with the full stop apart.

Web copy often loses the space after a closing quote ("... and paranoia,”Ruiz said"): the
tokenizer splits only at spaces, so the comma, the mark and the name are one token and the
speaker is lost. Two infix rules split a quote mark that stands between punctuation and a
letter, and the punctuation before it. Apostrophes are not split ("Jr.'s", "e.v.’s").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from ..lexicon import Lexicon

_PUNCTUATION = ",.!?;:"


def adapt_tokenizer(nlp: Language, lexicon: Lexicon) -> None:
    """Teach ``nlp``'s tokenizer the lexicon's abbreviated titles and the glued quote marks
    (a pipeline whose tokenizer is not spaCy's rule-based one is left as it is)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in title_abbreviations(lexicon):
        tokenizer.add_special_case(word, [{ORTH: word}])
    infixes = tokenizer.infix_finditer
    if infixes is None:
        known: list[str] = []
    else:
        # A compiled pattern's finditer, as spaCy builds it; a pipeline's own function is
        # left as it is (its rules cannot be extended without knowing them).
        pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
        if not isinstance(pattern, str):
            return
        known = [pattern]
    tokenizer.infix_finditer = compile_infix_regex([*known, *glued_mark_infixes(lexicon)]).finditer


def title_abbreviations(lexicon: Lexicon) -> Iterator[str]:
    """The lexicon's one-word titles written with a full stop, capitalised as before a name
    ("capt." gives "Capt.")."""
    words = {*lexicon.titles, *lexicon.title_abbreviations}
    for word in sorted(words):
        if word.endswith(".") and len(word) > 2 and " " not in word and word[:-1].isalpha():
            yield word[0].upper() + word[1:]


def glued_mark_infixes(lexicon: Lexicon) -> list[str]:
    """Infix patterns for a quote mark of the lexicon (not an apostrophe) glued between
    punctuation and a letter, and for the punctuation between a letter and that mark."""
    marks = {*lexicon.opening_marks, *(m for c in lexicon.opening_marks.values() for m in c)}
    marks |= set(lexicon.ambiguous_marks)
    marks -= set(lexicon.apostrophes)
    quote = "[" + re.escape("".join(sorted(marks))) + "]"
    punctuation = "[" + re.escape(_PUNCTUATION) + "]"
    return [
        rf"(?<=[^\W\d_]){punctuation}(?={quote}[^\W\d_])",
        rf"(?<={punctuation}){quote}(?=[^\W\d_])",
    ]
