"""English quote-mark inventory: opening marks and their partners, ambiguous marks, families,
apostrophes, the families that run over paragraphs and the letters of a plural possessive.

Plain data (frozen sets and read-only mappings), read through :class:`quoteattr.lexicon.Lexicon`.
"""

from __future__ import annotations

from types import MappingProxyType

#: Marks that only open, mapped to the marks that close them. Marks of one family never nest
#: inside the same family; a mark of another family may nest inside.
OPENING_MARKS = MappingProxyType(
    {
        "\u201c": frozenset({"\u201d"}),  # “ … ”
        "\u201e": frozenset({"\u201c", "\u201d"}),  # „ … “ (German-style) or „ … ”
        "\u2018": frozenset({"\u2019"}),  # ‘ … ’
        "\u00ab": frozenset({"\u00bb"}),  # « … »
        "\u2039": frozenset({"\u203a"}),  # ‹ … ›
        "\u300c": frozenset({"\u300d"}),  # 「 … 」
    }
)

#: Marks that can open or close: straight quotes, read from the characters around them.
AMBIGUOUS_MARKS = frozenset({'"', "'"})

#: The family of every quote mark: quotes of one family pair with each other only.
MARK_FAMILY = MappingProxyType(
    {
        '"': "double",
        "\u201c": "double",
        "\u201d": "double",
        "\u201e": "double",
        "'": "single",
        "\u2018": "single",
        "\u2019": "single",
        "\u00ab": "guillemet",
        "\u00bb": "guillemet",
        "\u2039": "single_guillemet",
        "\u203a": "single_guillemet",
        "\u300c": "corner",
        "\u300d": "corner",
    }
)

#: Marks that are also apostrophes (don't, Israel's, '90s).
APOSTROPHES = frozenset({"'", "\u2019"})

#: Families whose quotes run on over paragraphs: a paragraph that ends inside the quote
#: without a closing mark, the next one reopening it (AP Stylebook, "quotation marks";
#: Chicago Manual of Style, ch. 13). Single quotes never continue.
CONTINUING_FAMILIES = frozenset({"double", "guillemet"})

#: Letters that end a plural before its possessive apostrophe ("officials’ view"),
#: compared lower-cased.
PLURAL_POSSESSIVE_LETTERS = frozenset({"s"})

#: Words whose first letters an apostrophe stands for ("get 'em out", "'til dawn"): the
#: apostrophe opening them opens no quote. Compared lower-cased, without the apostrophe.
ELIDED_WORDS = frozenset("em til cause bout tis twas nuff cept".split())
