"""The extraction overhead measured in pairs: bare parse and quoteattr alternating in one process.

Fresh processes (``speed.py``) are right for memory, but on a shared machine two processes can
differ by more than the 5% being measured. Here one warmed-up process times a bare
``nlp.pipe`` pass (a pipeline of its own, loaded alike) and an ``Extractor.pipe`` pass over the
same texts, alternately, and compares the fastest of each (CPU time; ``timeit`` advises the
minimum on noisy machines).
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Sequence

from quoteattr.api import Extractor
from quoteattr.errors import UnbalancedQuoteWarning

BATCH_SIZE = 16
WARMUP_TEXTS = 8


def paired_overhead(texts: Sequence[str], rounds: int) -> str:
    """A report line: bare and quoteattr CPU seconds per round, and the overhead of the best."""
    warnings.simplefilter("ignore", UnbalancedQuoteWarning)
    extractor = Extractor()
    # A pipeline of its own, loaded alike: neither side reads what the other left in the
    # tokenizer's cache or the vocabulary (quoteattr parses in memory zones).
    bare_nlp = Extractor().nlp
    for _ in extractor.pipe(texts[:WARMUP_TEXTS], batch_size=BATCH_SIZE):
        pass
    for _doc in bare_nlp.pipe(texts[:WARMUP_TEXTS], batch_size=BATCH_SIZE):
        pass
    bare: list[float] = []
    ours: list[float] = []
    for _ in range(rounds):
        started = time.process_time()
        for _doc in bare_nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        bare.append(time.process_time() - started)
        started = time.process_time()
        for _document in extractor.pipe(texts, batch_size=BATCH_SIZE):
            pass
        ours.append(time.process_time() - started)
    best = min(ours) / min(bare) - 1
    per_round = ", ".join(f"{o / b - 1:+.1%}" for b, o in zip(bare, ours, strict=True))
    return (
        f"paired in one process (n_process=1, CPU time, best of {rounds}): "
        f"bare {min(bare):.2f} s, quoteattr {min(ours):.2f} s, overhead {best:+.1%} "
        f"(per round {per_round})"
    )
