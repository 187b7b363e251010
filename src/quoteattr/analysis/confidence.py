"""The confidence stage: how likely each record is right, from the evidence the rules used.

Every record gets ``confidence`` in [0, 1]: a logistic model over features of the statement
(its kind, the construction that tied it to its speaker, its cue, its speaker's kind and
resolution, how far the speaker mention is from the content, its length). The weights are
fitted on the project's hand gold by ``benchmarks/fit_confidence.py`` and committed as
:mod:`.confidence_weights`; evaluating them here is plain arithmetic, with no numerical
library at run time.

This is the one place a confidence is decided; :func:`features` is what the fit reads too,
so the model is fitted on exactly what it is applied to.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import attrs

from ..records import Attribution, CueCategory, Document, Quote, QuoteKind, Resolution, SpeakerKind
from .confidence_weights import BIAS, WEIGHTS
from .cues import CueForm
from .layout import Layout
from .values import Draft

Features = dict[str, float]
"""Feature name -> value; a feature that is absent is 0."""

_MAX_SENTENCES = 4
"""Sentence distances above this count as this: past it, every distance is a far one."""


def features(quote: Quote, draft: Draft, layout: Layout) -> Features:
    """The evidence behind one record, as the model's input.

    Args:
        quote: The record as built (without its confidence), whose sentence and paragraph
            are those its content starts in.
        draft: The internal statement it was built from (its cue's form, its colon).
        layout: The parsed text (sentence indices of the speaker mention).

    Returns:
        Indicator features (1.0 when present) for the kind, attribution, cue form and
        category, negation, speaker kind and resolution, and numeric ones for the distance
        between speaker and content and the content's length.

    Notes:
        The features follow what the literature finds separates reliable attributions from
        doubtful ones: a verbatim quote with an adjacent ``say`` and a named speaker is the
        canonical, least ambiguous form (Pareti 2016, PARC 3.0; Muzny et al. 2017), while
        speakers carried over by coreference or from a previous paragraph degrade with
        distance (O'Keefe et al. 2012).
    """
    found: Features = {
        f"kind={quote.kind.value}": 1.0,
        f"attribution={quote.attribution.value}": 1.0,
    }
    content = quote.content
    words = len(content.text.split())
    found["log_words"] = math.log1p(words)
    if words < 4:
        found["short"] = 1.0
    if content.parts:
        found["split"] = 1.0
    if quote.parent is not None:
        found["nested"] = 1.0
    if quote.via is not None:
        found["via"] = 1.0
    if draft.colon:
        found["colon"] = 1.0
    cue = quote.cue
    if cue is None or draft.cue is None:
        found["cue=none"] = 1.0
    else:
        found[f"cue_category={cue.category.value}"] = 1.0
        if draft.cue.form is CueForm.NOUN:
            found["cue_form=noun"] = 1.0
        if cue.negated:
            found["cue_negated"] = 1.0
    speaker = quote.speaker
    if speaker is None:
        return found  # attribution=none says so already
    found[f"speaker_kind={speaker.kind.value}"] = 1.0
    found[f"resolution={speaker.resolution.value}"] = 1.0
    if speaker.name is None:
        found["speaker_unnamed"] = 1.0
    if speaker.start < content.end and content.start < speaker.end:
        found["speaker_in_content"] = 1.0
    # The record's sentence and paragraph are those its content starts in.
    apart = abs(layout.sentence_at(speaker.start) - quote.sentence)
    found["speaker_sentences"] = min(apart, _MAX_SENTENCES) / _MAX_SENTENCES
    if layout.paragraph_at(speaker.start) != quote.paragraph:
        found["speaker_other_paragraph"] = 1.0
    return found


def vocabulary() -> frozenset[str]:
    """Every feature name :func:`features` can give: what a weights file may name."""
    indicators = [
        *(f"kind={kind.value}" for kind in QuoteKind),
        *(f"attribution={attribution.value}" for attribution in Attribution),
        *(f"cue_category={category.value}" for category in CueCategory),
        *(f"speaker_kind={kind.value}" for kind in SpeakerKind),
        *(f"resolution={resolution.value}" for resolution in Resolution),
    ]
    fixed = ["log_words", "short", "split", "nested", "via", "colon", "cue=none"]
    fixed += ["cue_form=noun", "cue_negated", "speaker_unnamed", "speaker_in_content"]
    fixed += ["speaker_sentences", "speaker_other_paragraph"]
    return frozenset(indicators + fixed)


def probability(found: Mapping[str, float], bias: float, weights: Mapping[str, float]) -> float:
    """The logistic model's probability that a record with these features is right.

    Args:
        found: The record's features.
        bias: The model's intercept.
        weights: Feature name -> weight; a feature without a weight counts 0.

    Returns:
        ``1 / (1 + exp(-(bias + sum of weight * value)))``, rounded to 3 decimals so that
        records print and compare stably.
    """
    score = bias + sum(weights.get(name, 0.0) * value for name, value in found.items())
    # Both branches avoid overflow in exp for scores far from 0.
    if score >= 0:
        p = 1.0 / (1.0 + math.exp(-score))
    else:
        z = math.exp(score)
        p = z / (1.0 + z)
    return round(p, 3)


def rate(document: Document, drafts: Sequence[Draft], layout: Layout) -> Document:
    """``document`` with a confidence on every quote.

    Args:
        document: The records, one per draft and in the same order (as the records stage
            builds them).
        drafts: The statements the records were built from.
        layout: The parsed text.

    Returns:
        The same document, each quote's ``confidence`` set by the committed model.
    """
    quotes = tuple(
        attrs.evolve(quote, confidence=probability(features(quote, draft, layout), BIAS, WEIGHTS))
        for quote, draft in zip(document.quotes, drafts, strict=True)
    )
    return attrs.evolve(document, quotes=quotes)


def check_min_confidence(value: object) -> float:
    """``value`` as a confidence threshold.

    Raises:
        ValueError: unless ``value`` is a number from 0 to 1.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"min_confidence must be a number from 0 to 1, not {value!r}")
    return float(value)


def at_least(document: Document, minimum: float) -> Document:
    """``document`` keeping only the quotes whose confidence is at least ``minimum``.

    The speaker table drops the entities whose every quote was dropped, unless a kept quote
    names them (as its ``via``), and lists only the kept quotes of the others; a kept
    quote's ``parent`` may name a statement that was dropped.

    Args:
        document: The document to filter.
        minimum: The threshold, from 0 (keep all) to 1.

    Returns:
        ``document`` itself when nothing is dropped, else a filtered copy.
    """
    kept = tuple(q for q in document.quotes if q.confidence >= minimum)
    if len(kept) == len(document.quotes):
        return document
    ids = {q.id for q in kept}
    # Speakers and channels that a kept record still names stay in the table.
    named = {person.entity for q in kept for person in (q.speaker, q.via) if person is not None}
    speakers = []
    for entity in document.speakers:
        quotes = tuple(i for i in entity.quotes if i in ids)
        # An entity that only ever was a channel (``via``) had no quotes to lose.
        if quotes or not entity.quotes or entity.id in named:
            speakers.append(attrs.evolve(entity, quotes=quotes))
    return attrs.evolve(document, quotes=kept, speakers=tuple(speakers))
