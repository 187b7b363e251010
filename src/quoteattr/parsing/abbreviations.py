"""Abbreviated titles kept whole by the tokenizer: "Capt. Ana Diaz", "Sens. Li and Ng".

spaCy's English tokenizer keeps some abbreviations before a name as one token ("Gen.",
"Sen.", "Dr.") but splits the full stop off others that news (AP style) writes before names
("Capt." "Sgt." "Lt." "Col." "Atty."). A full stop standing alone is read as the end
of a sentence, so "said Army Capt. Ana Diaz, who ..." is parsed as two sentences and the
name loses its title and its clause. The loaded pipeline's tokenizer learns each
abbreviated title of the lexicon as a special case, written as news writes it before a name
(capitalised), so that the parser reads the title with its name. Plural offices ("Sens.")
are left as the tokenizer splits them: :mod:`..analysis.speakers.shared_titles` reads them
so, and the parse of the names after them is better with the full stop apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from ..lexicon import Lexicon


def title_abbreviations(lexicon: Lexicon) -> Iterator[str]:
    """The lexicon's one-word titles written with a full stop, capitalised as before a name
    ("capt." gives "Capt.")."""
    words = {*lexicon.titles, *lexicon.title_abbreviations}
    for word in sorted(words):
        if word.endswith(".") and len(word) > 2 and " " not in word and word[:-1].isalpha():
            yield word[0].upper() + word[1:]


def keep_title_abbreviations(nlp: Language, lexicon: Lexicon) -> None:
    """Teach ``nlp``'s tokenizer the lexicon's abbreviated titles as single tokens (a
    pipeline whose tokenizer is not spaCy's rule-based one is left as it is)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in title_abbreviations(lexicon):
        tokenizer.add_special_case(word, [{ORTH: word}])
