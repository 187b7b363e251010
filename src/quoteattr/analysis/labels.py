"""Every dependency label the analysis tests, named once.

The English pipelines label dependencies in the ClearNLP scheme (``nsubj``, ``ccomp``,
``dobj``, ``dative``, ``compound``, ``ROOT`` ...). The sets below are compared with
``token.dep_`` as strings: :mod:`spacy.symbols` has no symbol for several of these labels
(``dative``, ``compound``, ``ROOT``, ``case``, ``flat``, ``nummod``), whose ``token.dep`` is
then a string hash, so integer symbols would silently never match them. Keeping the strings
here, and only here, gives one place to read and to change when a pipeline uses another
scheme. (textacy's ``extract/triples.py`` names its label sets the same way.)

No other module writes a dependency label: each imports the set or the single label it needs.
"""

from __future__ import annotations

# --- shared ---------------------------------------------------------------------------------

NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
"""A clause's nominal subject, active or passive."""

SUBJECTS_OR_EXPLETIVE = NOMINAL_SUBJECTS | {"expl"}
"""A subject slot, including expletive "it"/"there"."""

AUXILIARIES = frozenset({"aux", "auxpass"})
"""Auxiliary verbs of a clause ("has said", "was told")."""

OBJECTS = frozenset({"dobj", "dative"})
"""A verb's direct or indirect object."""

PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})
"""The object or clause of a preposition."""

# --- content constructions (analysis/content, cues, marks, layout) --------------------------

# --- speakers, quotes, filters and nesting (analysis/speakers, quotes, filters, build) ------
