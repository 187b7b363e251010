"""Whether a matched prediction got the speaker, cue, role and affiliation of its gold quote.

Used by :mod:`quoteattr.evaluation.scorer` on pairs already matched by content.
"""

from __future__ import annotations

import unicodedata

from ..lexicon import Lexicon
from ..records import Cue, Speaker

_ENGLISH = Lexicon.english()
"""The words the gold annotations (English news) are read with."""
_NOT_NAME = (
    frozenset(title.replace(".", "") for title in _ENGLISH.titles if " " not in title)
    | frozenset(_ENGLISH.pronouns)
    | _ENGLISH.articles
)
"""Words that identify no one: single-word titles (without full stops), pronouns, articles."""


def _overlaps(left: Speaker | Cue, right: Speaker | Cue) -> bool:
    return min(left.end, right.end) > max(left.start, right.start)


def _tokens(text: str | None) -> tuple[str, ...]:
    """Casefolded words of ``text``, periods dropped (``U.S.`` is ``us``), symbols as space."""
    if not text:
        return ()
    folded = text.casefold().replace(".", "")
    chars = (" " if unicodedata.category(c)[0] in "PSZ" else c for c in folded)
    return tuple("".join(chars).split())


def name_tokens(text: str | None) -> frozenset[str]:
    """The words of a name that identify its bearer.

    Args:
        text: A name or mention (``"Defense Secretary Lloyd J. Austin"``).

    Returns:
        Its casefolded words without titles, pronouns, determiners and single letters
        (initials, the ``s`` of a possessive): ``{"defense", "lloyd", "austin"}``.
    """
    return frozenset(t for t in _tokens(text) if len(t) > 1 and t not in _NOT_NAME)


def names_agree(gold: str | None, pred: str | None) -> bool:
    """Whether two names can denote the same bearer: one's words are a subset of the other's.

    ``"Austin"`` agrees with ``"Lloyd Austin"``; ``"Joe Biden"`` does not. A name with no
    identifying words (``"he"``, ``"the minister"``) agrees with nothing.
    """
    left, right = name_tokens(gold), name_tokens(pred)
    return bool(left and right) and (left <= right or right <= left)


def speaker_agrees(gold: Speaker | None, pred: Speaker | None) -> bool:
    """Whether the predicted speaker is the gold speaker.

    Args:
        gold: The annotated speaker, or None for a statement attributed to no one.
        pred: The predicted speaker.

    Returns:
        With no gold speaker: True when the prediction names no one (no speaker, or one with
        no ``name``). Otherwise True when the two mentions overlap by a character, or when
        their names agree (:func:`names_agree` on ``name``, falling back to the mention text).

    Notes:
        Span overlap is the Gender Gap Tracker's criterion (an extracted speaker span may hold
        the title the annotator left out); the name test adds credit for a speaker found at
        another mention of the same person. A gold speaker that is a relative pronoun
        ("Weld, who added that ...", as PolNeAR annotates it) refers to the noun phrase right
        before it, so a predicted mention ending there is the same speaker.
    """
    if gold is None:
        return pred is None or pred.name is None
    if pred is None:
        return False
    if gold.text.lower() in _ENGLISH.relative_pronouns and 0 <= gold.start - pred.end <= 3:
        return True
    return _overlaps(gold, pred) or names_agree(gold.name or gold.text, pred.name or pred.text)


def cue_agrees(gold: Cue | None, pred: Cue | None) -> bool:
    """Whether the predicted cue is the gold cue.

    Args:
        gold: The annotated cue, or None for a statement with no cue (a floating quote).
        pred: The predicted cue.

    Returns:
        With no gold cue: True when there is no predicted cue. Otherwise True when the spans
        overlap by a character or the lemmas are equal (casefolded).
    """
    if gold is None or pred is None:
        return gold is pred
    return _overlaps(gold, pred) or gold.lemma.casefold().strip() == pred.lemma.casefold().strip()


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    width = len(shorter)
    return any(longer[i : i + width] == shorter for i in range(len(longer) - width + 1))


def descriptions_agree(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted role or affiliation matches the gold one.

    Args:
        gold: The annotated value, or None.
        pred: The predicted value, or None.

    Returns:
        True when both are missing, or when both are given and one's words (casefolded,
        periods dropped, other punctuation read as space) occur as a contiguous run in the
        other's: ``"defense secretary"`` agrees with ``"U.S. Defense Secretary"``.
    """
    left, right = _tokens(gold), _tokens(pred)
    if not left or not right:
        return not left and not right
    return _contains(left, right) or _contains(right, left)
