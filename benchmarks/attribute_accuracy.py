"""How often a record's role and affiliation are right, where its speaker is right.

The role and affiliation gold (``benchmarks/gold/attributes/``, see ``speaker_attributes.py``)
gives each gold statement's speaker the roles and affiliations its article states, as
alternatives. Gold and predicted statements are paired by content as the scorer pairs them
(coverage 0.3); among pairs whose speaker agrees
(:func:`quoteattr.evaluation.agreement.speaker_agrees`):

- **recall** of a field: of the pairs whose gold has a value, the share whose prediction agrees
  with one of the alternatives (:func:`~quoteattr.evaluation.agreement.descriptions_agree`);
- **precision**: of the pairs whose prediction has a value, the share where the gold has one
  and they agree (a role the article does not state for that speaker is wrong);
- **empty**: pairs whose gold has a value and whose prediction has none.

A gold value whose last word is plural also agrees in the singular (:func:`singular`): the
gold writes a plural source as the article does ("officials", "advisers"), while quoteattr
names the role of a plural source in the singular ("official"), a documented convention
(``tests/analysis/speakers/test_speakers.py``), so "officials" and "official" are one role.
Two labels the lexicon gives one party agree ("Democrats" and "Democratic", "GOP" and
"Republican"): the gold writes the party as one mention words it, quoteattr as another may.
So do a title and its abbreviation ("Gov." and "governor", by the lexicon's
``title_abbreviations``), for the same reason.

Usage::

    python benchmarks/attribute_accuracy.py POLNEAR_ROOT [--sets a,b,...] [--misses N]
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path

import attrs
from speaker_attributes import attribute_file, attributes_for
from speech_gold import gold_files, gold_header, load_speech_gold

from quoteattr.api import Extractor
from quoteattr.evaluation.agreement import descriptions_agree, speaker_agrees
from quoteattr.evaluation.matching import match_quotes
from quoteattr.lexicon import Lexicon
from quoteattr.records import Quote

LEVEL = Fraction(3, 10)
FIELDS = ("role", "affiliation")
_LEXICON = Lexicon.english()

Alternatives = tuple[tuple[str, ...], tuple[str, ...]]


@attrs.frozen
class FieldCounts:
    """Counts for one field over pairs whose speaker is right."""

    gold: int = 0
    right: int = 0
    predicted: int = 0
    predicted_right: int = 0
    empty: int = 0

    def __add__(self, other: FieldCounts) -> FieldCounts:
        return FieldCounts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def recall(self) -> float | None:
        return self.right / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.predicted_right / self.predicted if self.predicted else None


@attrs.frozen
class SetScores:
    """One gold set's field counts, and the pairs they were counted over."""

    name: str
    pairs: int
    speaker_right: int
    fields: dict[str, FieldCounts]
    misses: tuple[str, ...] = ()


def load(
    root: Path, gold: Path
) -> tuple[list[tuple[str, str]], list[Quote], list[Alternatives | None]]:
    """Texts, gold quotes and each quote's (roles, affiliations) alternatives, in one order."""
    documents = load_speech_gold(root, gold)
    texts = {doc_id: text for doc_id, text, _ in documents}
    by_index = attributes_for(gold, texts)

    rows = json.loads(gold.read_text(encoding="utf-8"))["statements"]
    indices: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        indices.setdefault(row["doc_id"], []).append(index)
    quotes: list[Quote] = []
    alternatives: list[Alternatives | None] = []
    for doc_id, _, doc_quotes in documents:
        for index, quote in zip(indices.get(doc_id, []), doc_quotes, strict=False):
            quotes.append(quote)
            alternatives.append(by_index.get(index))
    return [(d, t) for d, t, _ in documents], quotes, alternatives


def singular(value: str) -> str:
    """``value`` with its last word in the singular: "Police officials" -> "Police official".

    Only regular English plurals are folded ("-ies" -> "-y", a final "-s" but "-ss"); a
    word of three letters or fewer is left alone ("gas", "bus" are rare as roles).
    """
    head, _, last = value.rpartition(" ")
    if len(last) > 3 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last


def agrees(option: str, value: str | None) -> bool:
    """Whether a predicted field agrees with one gold alternative, plural or singular, or
    names the same party by another of its labels ("Democrats" and "Democratic", "GOP"
    and "Republican": the lexicon's party labels), or the same title abbreviated or not
    ("Sen." and "senator": the lexicon's title abbreviations), or the same country by
    another of its names (an implied country has no words in the article: "Britain" and
    "United Kingdom", by the lexicon's demonyms)."""
    if not value:
        return False
    if descriptions_agree(option, value) or descriptions_agree(singular(option), value):
        return True
    if descriptions_agree(_spelled_out(option), _spelled_out(value)):
        return True
    party = _party(option)
    if party is not None and party == _party(value):
        return True
    country = _country(option)
    return country is not None and country == _country(value)


def _spelled_out(value: str) -> str:
    """``value`` with a title's abbreviation written out, by the lexicon's
    ``title_abbreviations`` ("Gov." -> "governor"): one mention gives "Gov. Ana Diaz", the
    gold may write the role as another mention words it ("the governor")."""
    words = value.split()
    return " ".join(_LEXICON.title_abbreviations.get(w.casefold(), w) for w in words)


def _party(value: str) -> str | None:
    """The party a label names, by the lexicon's party labels, or None."""
    label = value.casefold()
    if label not in _LEXICON.party_labels:
        return None
    return _LEXICON.party_names.get(label, label)


def _country(value: str) -> str | None:
    """The country a name or nationality word names, by the lexicon's demonyms, or None."""
    if value in _LEXICON.demonym_countries:
        return value
    return _LEXICON.demonyms.get(value.casefold())


def score(
    name: str,
    gold: Sequence[Quote],
    alternatives: Sequence[Alternatives | None],
    pred: Sequence[Quote],
) -> SetScores:
    """Field counts of ``pred`` against the gold and its alternatives."""
    counts = {field: FieldCounts() for field in FIELDS}
    pairs = match_quotes(gold, pred, LEVEL)
    right = 0
    misses = []
    for gi, pi in pairs:
        g, p, alts = gold[gi], pred[pi], alternatives[gi]
        if alts is None or g.speaker is None or not speaker_agrees(g.speaker, p.speaker):
            continue
        assert p.speaker is not None
        right += 1
        for field, options in zip(FIELDS, alts, strict=True):
            value = getattr(p.speaker, field)
            agreed = any(agrees(o, value) for o in options)
            counts[field] += FieldCounts(
                gold=int(bool(options)),
                right=int(bool(options) and agreed),
                predicted=int(bool(value)),
                predicted_right=int(bool(value) and agreed),
                empty=int(bool(options) and not value),
            )
            if (options or value) and not agreed:
                misses.append(
                    f"{g.doc_id} {field}: gold {list(options)} pred {value!r} ({p.speaker.text!r})"
                )
    return SetScores(name, len(pairs), right, counts, tuple(misses))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def table(scores: Iterable[SetScores]) -> str:
    """Recall, precision and empties per set and pooled."""
    rows = list(scores)
    pooled = SetScores(
        "pooled",
        sum(s.pairs for s in rows),
        sum(s.speaker_right for s in rows),
        {f: sum((s.fields[f] for s in rows), FieldCounts()) for f in FIELDS},
    )
    head = f"{'set':<8}{'pairs':>6}{'spk ok':>7}" + "".join(
        f"  {f[:4] + ' R':>8}{'P':>6}{'n':>5}{'empty':>6}" for f in FIELDS
    )
    lines = [head]
    for s in [*rows, pooled]:
        cells = "".join(
            f"  {_pct(c.recall):>8}{_pct(c.precision):>6}{c.gold:>5}{c.empty:>6}"
            for c in (s.fields[f] for f in FIELDS)
        )
        lines.append(f"{s.name:<8}{s.pairs:>6}{s.speaker_right:>7}{cells}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score every speech gold set that has an attribute file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--sets", help="comma-separated set letters (default: all annotated)")
    parser.add_argument("--misses", type=int, default=0, help="print N disagreements per set")
    args = parser.parse_args(argv)
    wanted = set(args.sets.split(",")) if args.sets else None
    extractor = Extractor()
    results = []
    for gold in gold_files():
        letter = gold.stem.rsplit("-", 1)[-1]
        if not attribute_file(gold).is_file() or (wanted and letter not in wanted):
            continue
        texts, quotes, alternatives = load(args.polnear, gold)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pred = [
                q
                for document in extractor.pipe((t for _, t in texts), doc_ids=(d for d, _ in texts))
                for q in document.quotes
            ]
        result = score(gold_header(gold)[0], quotes, alternatives, pred)
        results.append(result)
        for miss in result.misses[: args.misses]:
            print(f"  {miss}", file=sys.stderr)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
