"""English words that tell a quote or a statement from something else: a title, a question,
a thing cited as evidence, the words of a nested report.

Plain data (frozen sets), read through :class:`quoteattr.lexicon.Lexicon`.
"""

from __future__ import annotations

#: Small words of a title left lower-case in title case ("Face the Nation").
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "by"})

#: Prepositions before a quote that make it a noun phrase, the name of a work ('on "Face
#: the Nation"'); a possessive does the same ('CBS\'s "Face the Nation"').
TITLE_PREPOSITIONS = frozenset({"on", "in", "of", "from", "to"})

#: Words that open an indirect question ("asked whether ...", "declined to say how ...").
QUESTION_WORDS = frozenset({"whether", "how", "why", "what", "who", "whom", "which", "where"})

#: Question words whose clause states something after an explaining cue ("explained how ...").
EXPLAINED_QUESTION_WORDS = frozenset({"how", "why", "what"})

#: Question words that, moved out of a reported clause before its cue, leave it without what
#: was said ("what she says the plan would cost", "how officials say it would work").
GAPPED_QUESTION_WORDS = frozenset({"what", "how"})

#: Verbs that withhold what follows ("declined to explain why", "failed to say how").
WITHHOLDING_VERBS = frozenset({"decline", "refuse", "fail"})

#: Pronouns that stand for a thing cited as evidence ("it shows", "this indicates", "that
#: suggests", "the records, which showed ..."; relative "which" never stands for a person).
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})

#: The pronoun of a free relative naming a thing ('condemned what he called a "breach"').
FREE_RELATIVES = frozenset({"what"})

#: The auxiliary of the perfect ("has asked"), which makes a participle active.
PERFECT_AUXILIARIES = frozenset({"have"})

#: Complementizers, not content words when a statement is weighed against its quotes
#: ("said that "...""): a statement of a complementizer and a quote is direct.
COMPLEMENTIZERS = frozenset({"that"})
