"""Page furniture: what a news page prints around the article that is not its report.

Captions and picture credits, embeds and teasers of other articles ("Featured image: ...",
"READ MORE: Minister says ..."), and cues that are words of an editorial label. The filters
(:mod:`.filters`) drop the statements found there.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from .labels import NOMINAL_SUBJECTS
from .layout import Layout
from .stretches import rstrip_end
from .values import Draft

_MAX_LABEL_TOKENS = 4
"""The most words an editorial label before a colon has ("READ MORE:", "Photo:")."""


def page_furniture(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """A statement in page furniture: a paragraph opened by a picture, caption or link label
    ("Featured image: ...", "READ MORE: Minister says ..."), or a cue that is a word of an
    editorial label ("WATCH LIVE:").

    Notes:
        News pages open captions, embeds and teasers of other articles with a short label
        and a colon; what follows is not the article's report. An editorial label in
        capitals ("BREAKING:") or of an editorial word ("Update:") holds no cue verb
        anyone spoke. Observed in news.
    """
    if _credited_caption(draft.start, layout, lexicon):
        return True
    label = _paragraph_label(draft.start, layout)
    if not label:
        return False
    if any(w.lower_ in lexicon.furniture_labels for w in label):
        return True
    cue = draft.cue
    if cue is None or not any(w.i == cue.head for w in label):
        return False
    return all(w.text.isupper() for w in label) or any(
        w.lower_ in lexicon.non_speaker_labels for w in label
    )


def _credited_caption(char: int, layout: Layout, lexicon: Lexicon) -> bool:
    """The paragraph holding ``char`` ends in a picture credit in brackets: a caption
    ("Residents wait for aid on Monday. (Reuters/Ana Pinto)", "... (AP Photo/Lena Ruiz)")."""
    if not layout.paragraphs:
        return False
    start, end = layout.paragraphs[layout.paragraph_at(char)]
    # the last character is read first: most paragraphs end in no bracket, and are not copied
    end = rstrip_end(layout.text, start, end)
    if end <= start or layout.text[end - 1] != ")":
        return False
    tail = layout.text[start:end]
    if "(" not in tail:
        return False
    credit = tail[tail.rindex("(") + 1 : -1]
    words = credit.replace("/", " ").split()
    if any(w.lower().strip(".:,") in lexicon.furniture_labels for w in words):
        return True
    # "(Agency/Given Family)": an agency and the photographer's name
    sides = credit.split("/")
    return (
        len(sides) == 2
        and sides[0].strip()[:1].isupper()
        and len(sides[1].split()) >= 2
        and all(w[:1].isupper() and w.isalpha() for w in sides[1].split())
    )


def _paragraph_label(char: int, layout: Layout) -> list[Token]:
    """The words of the paragraph holding ``char`` before a colon in its first few tokens
    ("READ MORE", "Featured image"), or none."""
    doc = layout.doc
    opening = layout.paragraph_starts[layout.paragraph_at(char)] if layout.paragraph_starts else 0
    first = layout.token_index_at(opening)
    if first is None:
        return []
    last = min(first + _MAX_LABEL_TOKENS, len(doc) - 1)
    if layout.text.find(":", layout.token_starts[first], layout.token_ends[last]) == -1:
        return []  # no colon in the label's reach: checked on the text, with no Token made
    words: list[Token] = []
    for word in doc[first : first + _MAX_LABEL_TOKENS + 1]:
        if word.text == ":":
            # "The letter read:", "The editor said:" open a sentence, not a label
            clause = any(w.pos_ in ("DET", "PRON") or w.dep_ in NOMINAL_SUBJECTS for w in words)
            return [] if clause else words
        if not (word.is_space or word.is_punct):
            words.append(word)
    return []
