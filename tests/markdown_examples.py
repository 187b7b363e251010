"""Read the fenced code blocks of a Markdown page and run them as its reader would.

The conventions are described at the top of ``tests/test_docs_examples.py``. This module
only parses pages (:func:`parse_page`) and runs their blocks (:class:`PageRunner`).
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

RUN_PYTHON = frozenset({"python", "py"})
RUN_CONSOLE = frozenset({"console"})
RUN_SCRIPT = frozenset({"bash", "sh", "shell"})
CODE = RUN_PYTHON | RUN_CONSOLE | RUN_SCRIPT
OUTPUT = "text"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_DIRECTIVE = re.compile(r"^\s*<!--\s*docs-test:\s*(?P<name>[\w-]+)(?P<rest>.*?)-->\s*$")
_PROMPT = "$ "
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
_CHECKER = doctest.OutputChecker()
_FLAGS = doctest.ELLIPSIS
_TIMEOUT = 300


class ExampleError(AssertionError):
    """An example that did not run, or printed something other than the page shows."""


@dataclass
class Block:
    """One fenced code block of a page."""

    path: str
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    skip: str | None = None  # the reason given in a skip directive
    file: str | None = None  # the file a file directive writes this block's text to
    output: Block | None = None  # the text block showing what a Python block prints
    is_output: bool = False

    @property
    def first_code_line(self) -> int:
        return self.line + 1

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def parse_page(text: str, path: str) -> list[Block]:
    """The fenced blocks of a page, with directives and expected output attached.

    Raises:
        ExampleError: for a directive that is unknown, lacks its reason or precedes no block,
            and for a fence that is never closed.
    """
    lines = text.splitlines()
    blocks: list[Block] = []
    directive: tuple[int, str, str] | None = None
    last_block_end = -2  # index of the closing fence of the previous block
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _DIRECTIVE.match(line)
        if match:
            if directive is not None:
                raise ExampleError(f"{path}:{directive[0] + 1}: directive precedes no code block")
            directive = (i, match["name"], match["rest"].strip())
            i += 1
            continue
        fence = _FENCE.match(line)
        if not fence:
            if line.strip() and directive is not None:
                raise ExampleError(f"{path}:{directive[0] + 1}: directive precedes no code block")
            i += 1
            continue
        indent, marks = fence["indent"], fence["fence"]
        info = fence["info"].strip()
        lang = info.split()[0].lstrip(".{").rstrip("}").lower() if info else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not _closes(lines[j], marks):
            line_j = lines[j]
            body.append(line_j[len(indent) :] if line_j.startswith(indent) else line_j.lstrip())
            j += 1
        if j == len(lines):
            raise ExampleError(f"{path}:{i + 1}: code block is never closed")
        block = Block(path, i + 1, lang, "\n".join(body) + "\n" if body else "")
        if directive is not None:
            _apply(block, directive, path)
            directive = None
        previous = blocks[-1] if blocks else None
        if (
            lang == OUTPUT
            and block.file is None
            and block.skip is None
            and previous is not None
            and previous.lang in RUN_PYTHON
            and previous.skip is None
            and previous.file is None
            and all(not lines[k].strip() for k in range(last_block_end + 1, i))
        ):
            previous.output = block
            block.is_output = True
        blocks.append(block)
        last_block_end = j
        i = j + 1
    if directive is not None:
        raise ExampleError(f"{path}:{directive[0] + 1}: directive precedes no code block")
    return blocks


def _closes(line: str, marks: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= len(marks) and set(stripped) == {marks[0]}


def _apply(block: Block, directive: tuple[int, str, str], path: str) -> None:
    index, name, rest = directive
    if name not in ("skip", "file"):
        raise ExampleError(f"{path}:{index + 1}: unknown directive {name!r} (known: skip, file)")
    if not rest:
        what = "its reason" if name == "skip" else "a file name"
        raise ExampleError(f"{path}:{index + 1}: a {name} directive needs {what}")
    if name == "skip":
        block.skip = rest
    elif "/" in rest or rest.startswith("."):
        raise ExampleError(f"{path}:{index + 1}: a file directive names a file in the folder")
    else:
        block.file = rest


@dataclass
class PageRunner:
    """Runs the blocks of one page, top to bottom, in one folder and one Python namespace."""

    folder: Path
    self_contained: bool = False  # each Python block in a namespace of its own
    namespace: dict[str, object] = field(default_factory=lambda: {"__name__": "__main__"})

    def run(self, block: Block) -> None:
        """Run one block and compare what it printed with what the page shows.

        Raises:
            ExampleError: when the block raises, exits non-zero (scripts) or prints
                something else than its shown output.
        """
        if block.skip is not None or block.is_output:
            return
        if block.file is not None:
            (self.folder / block.file).write_text(block.code, encoding="utf-8")
        elif block.lang in RUN_PYTHON:
            self._python(block)
        elif block.lang in RUN_CONSOLE:
            self._console(block)
        elif block.lang in RUN_SCRIPT:
            self._script(block)

    def _python(self, block: Block) -> None:
        # Padding makes tracebacks point at the Markdown file's own line numbers.
        source = "\n" * (block.first_code_line - 1) + block.code
        code = compile(source, block.path, "exec")
        if self.self_contained:
            self.namespace = {"__name__": "__main__"}
        printed = io.StringIO()
        cwd = os.getcwd()
        os.chdir(self.folder)
        try:
            with contextlib.redirect_stdout(printed):
                exec(code, self.namespace)
        except Exception as error:
            raise ExampleError(
                f"{block.where()}: the Python example raised {type(error).__name__}: {error}\n"
                f"--- it had printed:\n{printed.getvalue()}"
            ) from error
        finally:
            os.chdir(cwd)
        if block.output is not None:
            _compare(block.output.code, printed.getvalue(), block.output.where())

    def _console(self, block: Block) -> None:
        for line, command, expected in session(block):
            result = self._shell(command)
            _compare(expected, result.stdout, f"{block.path}:{line}: $ {command}")

    def _script(self, block: Block) -> None:
        result = self._shell("set -eo pipefail\n" + block.code)
        if result.returncode != 0:
            raise ExampleError(
                f"{block.where()}: the shell example exited with status {result.returncode}\n"
                f"--- output:\n{result.stdout}"
            )

    def _shell(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", command],
            cwd=self.folder,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # as a terminal shows them: one stream
            text=True,
            encoding="utf-8",
            timeout=_TIMEOUT,
            check=False,
        )


def session(block: Block) -> list[tuple[int, str, str]]:
    """``(line, command, expected output)`` for each ``$`` command of a console block."""
    commands: list[tuple[int, str, str]] = []
    lines = block.code.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith(_PROMPT):
            raise ExampleError(
                f"{block.path}:{block.first_code_line + i}: console output before any '$ ' command"
            )
        line = block.first_code_line + i
        command = lines[i][len(_PROMPT) :]
        while command.endswith("\\") and i + 1 < len(lines):
            i += 1
            command = command[:-1] + " " + lines[i].removeprefix("> ").strip()
        i += 1
        expected: list[str] = []
        while i < len(lines) and not lines[i].startswith(_PROMPT):
            expected.append(lines[i])
            i += 1
        commands.append((line, command, "\n".join(expected) + "\n" if expected else ""))
    return commands


def _environment() -> dict[str, str]:
    """This Python's scripts first on PATH, and a fixed 80-column terminal width."""
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["COLUMNS"] = "80"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    return env


def _compare(expected: str, got: str, where: str) -> None:
    expected = _tidy(expected)
    got = _tidy(got)
    if not _CHECKER.check_output(expected, got, _FLAGS):
        example = doctest.Example("", expected)
        raise ExampleError(f"{where}: " + _CHECKER.output_difference(example, got, _FLAGS))


def _tidy(text: str) -> str:
    """Colour codes, trailing spaces of each line and trailing blank lines do not count."""
    lines = [line.rstrip() for line in _COLOUR.sub("", text).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""
