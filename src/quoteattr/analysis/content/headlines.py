"""Statements in headlines: ``Beck Says Trump Poses A Threat``, ``A Lesson From Ana Ruiz:
"Be Heard."``.

Headlines capitalise every word, so small taggers read the reporting verb ("Says",
"Warns") as part of a proper name and the parse holds no clause. A headline is a paragraph
of one title-case sentence; a capitalised third-person form of a cue verb inside it splits it
into the speaker before and the statement after, or, at its end after a comma, the statement
before and the speaker (``…, Trevor Noah Says.``). A paragraph that is a short label, a colon
and one quote credits the quote to the one person the label opens with or names after
"from" (:func:`headline_quotes`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueForm, CueMatch
from ..layout import Layout
from ..stretches import trim
from ..values import Statement

_MIN_WORDS = 4
_TITLE_SHARE = 0.7
_NOT_SPACE = re.compile(r"\S")
_COMMA = ","
_COLON = ":"
_MAX_LABEL_TOKENS = 12
"""Words a headline's label before its colon may hold ("Ana Ruiz Presses Harbor Board
Chief Over Losses")."""
_SOURCE_PREPOSITIONS = frozenset({"from"})
"""A preposition before the person a label credits ("A Lesson From Ana Ruiz")."""
_PERSON = "PERSON"


def headline_statements(layout: Layout, lexicon: Lexicon) -> list[Statement]:
    """Statements of title-case headline paragraphs whose verb the tagger missed.

    Notes:
        Title case ("headline style" in the Chicago Manual of Style) capitalises every word
        but short function words; those are the lexicon's ``title_small_words`` and
        ``headline_small_words``. Reading the verb from its "-s" form is observed in news.
    """
    found: list[Statement] = []
    doc = layout.doc
    starts, sentence_of = layout.sentence_starts, layout.sentence_of
    # Only a sentence with a word after its first that may be a headline's cue ("Says") can
    # hold one: those words are found in the LOWER column at once, most texts have none.
    forms = _cue_forms(lexicon.headline_cues, tuple(lexicon.headline_verb_endings.items()))
    sentences = sorted(
        {sentence_of[i] for i in layout.indexes_of(forms) if i > starts[sentence_of[i]]}
    )
    if not sentences:
        return found
    small = _small_word_ids(lexicon.title_small_words, lexicon.headline_small_words)
    for index in sentences:
        bounds = _title_case_paragraph(layout, index, small, _TITLE_SHARE)
        if bounds is None:
            continue
        sentence = doc[bounds[0] : bounds[1]]
        for token in sentence[1:]:
            lemma = _cue_lemma(token, lexicon)
            if lemma is None:
                continue
            cue = CueMatch(
                token.i, (token.i,), lemma, lexicon.cue_verbs[lemma], False, CueForm.VERB
            )
            statement = _split(sentence, token, cue, layout.text, lexicon)
            if statement is not None:
                found.append(statement)
            break
    return found


def is_headline(layout: Layout, sentence: int, lexicon: Lexicon) -> bool:
    """The sentence of index ``sentence`` is a headline: a whole paragraph in title case
    with every word capitalised but title case's small words, whether it names something
    or not (a sentence of names, "Ana Ruiz, a nurse at Harbor Hospital, spoke on
    Monday.", has most of its words capitalised, not all)."""
    small = _small_word_ids(lexicon.title_small_words, lexicon.headline_small_words)
    return _title_case_paragraph(layout, sentence, small, 1.0) is not None


def in_title_headline(layout: Layout, start: int, sentence: int, lexicon: Lexicon) -> bool:
    """A phrase starting at character ``start`` in sentence ``sentence`` is in the
    article's title-case headline: its first paragraph, when another follows, in title case
    (:func:`is_headline`). There capitals tell no name from a verb or a noun."""
    starts = layout.paragraph_starts
    return len(starts) > 1 and start < starts[1] and is_headline(layout, sentence, lexicon)


def _title_case_paragraph(
    layout: Layout, sentence: int, small_words: frozenset[int], share: float
) -> tuple[int, int] | None:
    """The token range [first, end) of sentence ``sentence`` when it makes up its whole
    paragraph and is in title case (at least ``share`` of its other words capitalised:
    :func:`_is_headline`); None otherwise."""
    first, end = layout.sentence_bounds(layout.sentence_starts[sentence])
    if end <= first:
        return None
    # read from the layout's offsets: a Token is made only for a headline's words
    if not _ends_paragraph(layout, layout.token_starts[first], layout.token_ends[end - 1]):
        return None  # checked first: it is cheap, and most sentences fail it
    if not _is_headline(layout, first, end, small_words, share):
        return None
    return first, end


@functools.lru_cache(maxsize=8)
def _small_word_ids(*words: frozenset[str]) -> frozenset[int]:
    """The hashes of the words title case leaves in lower case (made once per lexicon)."""
    return frozenset(get_string_id(word) for group in words for word in group)


@functools.lru_cache(maxsize=8)
def _cue_forms(cues: frozenset[str], endings: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Every lower-case word :func:`_cue_lemma` may read as one of ``cues`` ("says",
    "denies"), each ending replaced by its form (made once per set of cues)."""
    return frozenset(
        cue[: len(cue) - len(replacement)] + ending
        for ending, replacement in endings
        for cue in cues
        if cue.endswith(replacement)
    )


def _is_headline(
    layout: Layout,
    first: int,
    end: int,
    small_words: frozenset[int],
    share: float,
) -> bool:
    """The sentence of tokens ``first`` to ``end`` is in title case (the caller checks that
    it makes up its whole paragraph).

    Args:
        layout: The parsed text.
        first: The sentence's first token.
        end: The token after its last.
        small_words: The hashes of the words title case leaves in lower case.
        share: The least share of its other words that are capitalised.
    """
    # One pass, counting: most paragraphs' last sentences are read here and fail, most of
    # them long before their end, once even capitalised words in every token left could no
    # longer make the share.
    text, offsets = layout.text, layout.token_starts
    # the first character and the hash of the lower-case form, read from the layout's
    # offsets and columns: no Token is made
    lowers: list[int] = layout.columns.lower[first:end].tolist()
    words = content = capitalised = 0
    left = end - first
    for offset, lower in zip(offsets[first:end], lowers, strict=True):
        left -= 1
        initial = text[offset]
        if not initial.isalpha():
            continue
        words += 1
        if lower not in small_words:
            content += 1
            capitalised += initial.isupper()
            if capitalised + left < share * (content + left):
                return False
    if words < _MIN_WORDS:
        return False
    return content > 0 and capitalised >= share * content


def _ends_paragraph(layout: Layout, start: int, end: int) -> bool:
    """The text from ``start`` to ``end``, stripped, is all of the paragraph from ``start``.

    Only the characters after ``end`` are read, up to the first that is not a space (most
    sentences are followed by another), not the rest of a paragraph that may be long.
    """
    text = layout.text
    paragraph_end = layout.paragraph_end(start)
    if end > paragraph_end:
        return text[start:paragraph_end].strip() == text[start:end].strip()
    following = _NOT_SPACE.search(text, end, paragraph_end)
    return following is None


def _cue_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The cue verb of a capitalised third-person form: "Says" -> say, "Denies" -> deny
    (the lexicon's ``headline_verb_endings``)."""
    word = token.lower_
    if not token.text[:1].isupper():
        return None
    for ending, replacement in lexicon.headline_verb_endings.items():
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] + replacement
        if base and base in lexicon.headline_cues and base in lexicon.cue_verbs:
            return base
    return None


def _split(
    sentence: Span, cue_token: Token, cue: CueMatch, text: str, lexicon: Lexicon
) -> Statement | None:
    """The speaker and the statement on either side of the headline's cue."""
    doc = sentence.doc
    before = [t for t in sentence if t.i < cue_token.i]
    after = [
        t for t in sentence if t.i > cue_token.i and not (t.is_punct and t.i == sentence.end - 1)
    ]
    if not after:
        # "<statement>, Trevor Noah Says."
        comma = next((t for t in reversed(before) if t.text == _COMMA), None)
        if comma is None or comma.i + 1 >= cue_token.i:
            return None
        part = trim([t for t in before if t.i < comma.i], doc, lexicon)
        speaker = cue_token.i - 1
    else:
        if not before or before[-1].pos_ not in ("PROPN", "NOUN"):
            return None
        part = trim(after, doc, lexicon)
        speaker = before[-1].i
    if part is None or len(text[part[0] : part[1]].split()) < 3:
        return None
    return Statement(cue, (part,), speaker, Attribution.SUBJECT)


def headline_quotes(layout: Layout) -> list[Statement]:
    """The quotes of label-and-quote paragraphs, credited to the person the label names.

    Notes:
        Headlines and pull quotes credit a quote with a label and a colon instead of a verb
        ("Ruiz Presses Board Chief: 'You Should Resign.'", "A lesson from Ana Ruiz: 'Be
        heard.'"). The label's person is the headline's subject, the words it opens with,
        or the source after "from"; a label naming no one in those places, or two people,
        credits no one ("Fans of Ana Ruiz had one question: 'When?'"). Observed in news.
        The document's people are listed once, from the layout's entities, when a first
        label-and-quote paragraph is found.
    """
    found: list[Statement] = []
    text = layout.text
    # The quote opens right after the colon, the colon's token with at most its one space
    # between them: most texts have no quote so placed, and their paragraphs are not read.
    if not any(_COLON in text[max(0, q.start - 2) : q.start] for q in layout.quotes):
        return found
    doc = layout.doc
    people: list[tuple[int, int]] | None = None
    for paragraph in layout.paragraph_starts:
        first = layout.token_index_at(paragraph)
        if first is None or layout.token_starts[first] < paragraph:
            continue
        last = min(first + _MAX_LABEL_TOKENS, len(doc) - 1)
        if layout.text.find(_COLON, layout.token_starts[first], layout.token_ends[last]) == -1:
            continue  # no colon in the label's reach: checked on the text, with no Token made
        label = list(doc[first : first + _MAX_LABEL_TOKENS + 1])
        colon = next((t for t in label if t.text == _COLON), None)
        if colon is None or colon.i + 1 >= len(doc):
            continue
        quote = layout.quote_starting_at(doc[colon.i + 1].idx)
        if quote is None or not _ends_paragraph(layout, quote.start, quote.end):
            continue
        if people is None:
            people = _people(layout.entities)
        speaker = _credited(doc, first, colon.i, people)
        if speaker is not None:
            found.append(Statement(None, ((quote.start, quote.end),), speaker, Attribution.SUBJECT))
    return found


def _people(entities: tuple[Span, ...]) -> list[tuple[int, int]]:
    """Token ranges of the document's person ``entities`` (the layout's), in order (a mark
    the recogniser labelled a person, "」", is no name)."""
    return [
        (e.start, e.end) for e in entities if e.label_ == _PERSON and any(t.is_alpha for t in e)
    ]


def _credited(doc: Doc, start: int, end: int, people: list[tuple[int, int]]) -> int | None:
    """The head of the one person the label ``doc[start:end]`` names, if it opens the label
    or follows "from"."""
    at = bisect_left(people, (start, start))
    inside = []
    while at < len(people) and people[at][1] <= end:
        inside.append(people[at])
        at += 1
    if len(inside) != 1:
        return None
    first, last = inside[0]
    opens = first == start
    after_source = first > start and doc[first - 1].lower_ in _SOURCE_PREPOSITIONS
    return last - 1 if opens or after_source else None
