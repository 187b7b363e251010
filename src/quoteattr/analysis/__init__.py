"""The extraction core: from a parsed ``Doc`` to a :class:`~quoteattr.records.Document`.

The stages, each a plain function over what the one before returned:

1. quote marks (:mod:`.stages`): pair the marks, warn of unpaired ones;
2. layout (:mod:`.layout`): sentences, paragraphs and quote spans by offset;
3. cues (:mod:`.cues`): the words that introduce reported speech;
4. content (:mod:`.stages`, :mod:`.content`): each cue's statement, labels and headlines;
5. kinds (:mod:`.quotes.kinds`): direct, mixed or indirect, with the quotes no cue reached;
6. filters (:mod:`.filters`): what is not an attributed statement;
7. nesting (:mod:`.nesting`): statements inside statements;
8. speakers (:mod:`.speakers.choose`, :mod:`.speakers.coreference`): the speaker each
   statement keeps, and the entity it refers to;
9. records (:mod:`.build`): offsets, ids and the speaker table, with each entity's role,
   title and affiliation chosen from all its mentions (:mod:`.speakers.attributes`).
10. confidence (:mod:`.confidence`): how likely each record is right.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..records import Document
from .build import build_document
from .confidence import Features, features, rate
from .cues import find_cues
from .filters import keep_statements
from .layout import Layout
from .marks import paragraph_spans
from .nesting import nest
from .quotes.kinds import settle
from .speakers.choose import choose_speakers
from .speakers.coreference import resolve_speakers
from .stages import find_statements, read_quote_marks
from .values import Draft


def analyze_doc(
    doc: Doc,
    *,
    lexicon: Lexicon | None = None,
    doc_id: str | None = None,
    text: str | None = None,
) -> Document:
    """Find every attributed statement in a parsed text and the table of its speakers.

    Args:
        doc: A ``Doc`` parsed by a pipeline with a dependency parser and NER.
        lexicon: Language data; English by default.
        doc_id: Carried onto every record.
        text: The string the records quote: ``doc.text``, or the caller's string it was
            parsed from, of the same length (:func:`quoteattr.parsing.spacing.parser_text`
            reads odd spaces as plain ones); read from the ``Doc`` when None.

    Returns:
        The document's quotes in order, and its speakers.

    Warns:
        UnbalancedQuoteWarning: once per quote mark with no partner; the statement that
            mark belongs to is skipped, the rest of the text is kept.
    """
    document, drafts, layout = _records(doc, lexicon, doc_id, text)
    return rate(document, drafts, layout)


def analyze_doc_features(
    doc: Doc,
    *,
    lexicon: Lexicon | None = None,
    doc_id: str | None = None,
    text: str | None = None,
) -> tuple[Document, list[Features]]:
    """What :func:`analyze_doc` returns, with the confidence features of each quote.

    For fitting the confidence model (``benchmarks/fit_confidence.py``) on exactly the
    evidence it is applied to.

    Returns:
        The document, and one feature mapping per quote, in the same order.
    """
    document, drafts, layout = _records(doc, lexicon, doc_id, text)
    rated = rate(document, drafts, layout)
    return rated, [features(q, d, layout) for q, d in zip(document.quotes, drafts, strict=True)]


def _records(
    doc: Doc, lexicon: Lexicon | None, doc_id: str | None, text: str | None = None
) -> tuple[Document, tuple[Draft, ...], Layout]:
    """Stages 1 to 9: the records without their confidence, their drafts and the layout."""
    lexicon = lexicon or Lexicon.english()
    text = doc.text if text is None else text
    marks = read_quote_marks(text, doc_id, lexicon)
    layout = Layout.build(doc, paragraph_spans(text), marks.spans, text=text)
    cues = find_cues(layout, lexicon)
    statements = find_statements(cues, layout, lexicon)
    drafts = settle(statements, cues, layout, lexicon)
    drafts = keep_statements(drafts, layout, lexicon, unpaired=marks.unpaired)
    nesting = nest(drafts, layout, lexicon)
    nesting = choose_speakers(nesting, layout)
    speakers = resolve_speakers(nesting, layout, lexicon)
    document = build_document(nesting, speakers, layout, lexicon, doc_id)
    return document, tuple(nesting.drafts), layout
