"""A griffe extension for the API reference: read the docstrings' Sphinx markup as Markdown.

quoteattr's docstrings are Google style with a little reStructuredText, as Sphinx and
Napoleon read them. mkdocstrings renders docstrings as Markdown, so before they are parsed:

- an ``Example:`` section heading becomes ``Examples:`` (Napoleon reads both as the examples
  section; griffe only the plural, and would render the doctest as prose);
- a role such as ``:class:`~quoteattr.records.Quote``` becomes the code span ```Quote```
  (with ``~`` only the last dotted name is kept, as Sphinx shows it);
- a paragraph ending in ``::`` (a literal block follows) ends in ``:``; the indented block
  after it is a code block in Markdown too.

Loaded by ``mkdocs.yml`` (mkdocstrings ``extensions``); it changes no source file.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE_HEADING = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.MULTILINE)
_ROLE = re.compile(
    r":(?:py:)?(?:class|func|meth|data|mod|attr|exc|obj|const):`(?P<tilde>~?)(?P<target>[^`]+)`"
)
_LITERAL_BLOCK = re.compile(r"(?<=\S)::[ \t]*$", re.MULTILINE)


def markdown_docstring(text: str) -> str:
    """The docstring ``text`` with its Sphinx markup written as Markdown."""
    text = _EXAMPLE_HEADING.sub(r"\g<indent>Examples:", text)
    text = _ROLE.sub(_code_span, text)
    return _LITERAL_BLOCK.sub(":", text)


def _code_span(match: re.Match[str]) -> str:
    target = match["target"]
    return f"`{target.rsplit('.', 1)[-1] if match['tilde'] else target}`"


class SphinxMarkup(griffe.Extension):
    """Rewrites each docstring with :func:`markdown_docstring` as griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
