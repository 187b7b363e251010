"""Every example in the documentation and the README runs, and prints what the page shows.

How to write an example that this test checks
---------------------------------------------
Each page (``README.md`` and every ``docs/**/*.md``) runs from top to bottom like a notebook,
in a fresh temporary folder holding a copy of ``seeds/`` and ``benchmarks/gold/seeds.jsonl``,
so relative paths such as ``seeds/003_02ac1dcc055ceb62.txt`` work and files that one example
writes (``out.jsonl``) are there for the next one on the same page.

- ```` ```python ````: run with ``exec``; all Python blocks of a page share one namespace,
  except in ``README.md``, where each block runs on its own (readers copy single blocks).
  If a ```` ```text ```` block follows it, with nothing but blank lines between, that block is
  what the Python block prints to standard output, and must match it. Without one, what the
  block prints is not checked, but it must not raise.
- ```` ```console ````: a terminal session. Lines starting with ``$ `` are commands (a line
  ending in ``\\`` continues on the next); the lines under a command, up to the next ``$ ``,
  are what it prints, standard output and standard error together. Each command runs in its
  own ``bash -c`` in the page's folder, with this Python's ``quoteattr`` first on ``PATH``.
  Use ``echo $?`` to show an exit status.
- ```` ```bash ```` (also ``sh``, ``shell``): a script, run with ``set -eo pipefail``. What it
  prints is not shown, so not checked, but every command must succeed.
- Any other block (``text``, ``json``, ``ini``, ...) is data shown to the reader, not run.

Shown output is compared as doctest does with ``ELLIPSIS``: ``...`` stands for any text (for
timings, paths, or the rest of a long output). Colour codes, trailing spaces and trailing
blank lines do not count.

Two directives, each an HTML comment on the line right before a block (invisible on the
rendered page and on GitHub):

- ``<!-- docs-test: skip REASON -->``: the block is not run. For what cannot run here (it
  installs packages, needs a pipeline that is not installed, or takes minutes); the reason is
  required. Use it sparingly: an example that does not run can go wrong unnoticed.
- ``<!-- docs-test: file NAME -->``: the block is a file the reader would save (a gold file,
  a spaCy config); its text is written to ``NAME`` in the page's folder instead of being run.

The examples in docstrings (``>>>`` lines, shown on the API reference pages) are run too, by
``test_docstring_examples``.

Each command-line call loads the spaCy pipeline (about a second): show several things from
one run rather than running the command again.
"""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
import shutil
from pathlib import Path

import pytest

import quoteattr
from markdown_examples import ExampleError, PageRunner, parse_page, session
from quoteattr.io import entity_to_dict, quote_to_dict

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")], key=lambda p: str(p.relative_to(ROOT))
)
REFERENCE = ROOT / "docs" / "reference" / "api.md"
# Pages whose Python blocks must each run on their own, in a fresh namespace: a README reader
# copies one block, not the page.
SELF_CONTAINED = {"README.md"}


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.fixture
def page_folder(tmp_path: Path) -> Path:
    """A scratch folder with the files the examples name, as in a checkout of the project."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "benchmarks" / "gold").mkdir(parents=True)
    shutil.copy(ROOT / "benchmarks" / "gold" / "seeds.jsonl", tmp_path / "benchmarks" / "gold")
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_page_examples_run_and_print_what_the_page_shows(page: Path, page_folder: Path) -> None:
    blocks = parse_page(page.read_text(encoding="utf-8"), _name(page))
    runner = PageRunner(page_folder, self_contained=_name(page) in SELF_CONTAINED)
    for block in blocks:
        try:
            runner.run(block)
        except ExampleError as error:
            failure = str(error)
            break
    else:
        return
    pytest.fail(failure, pytrace=False)  # outside the except: no chained traceback


def test_the_pages_have_examples_that_run() -> None:
    """Guards the runner itself: a parser that silently found nothing would pass every page."""
    counted = dict.fromkeys(("python", "console", "output"), 0)
    for page in PAGES:
        for block in parse_page(page.read_text(encoding="utf-8"), _name(page)):
            if block.skip is None and block.lang in ("python", "console"):
                counted[block.lang] += 1
            counted["output"] += block.is_output
    assert counted["python"] >= 20 and counted["console"] >= 5 and counted["output"] >= 15, counted


def test_a_text_block_right_after_python_is_its_output_and_only_then() -> None:
    page = "```python\nprint(1)\n```\n\n```text\n1\n```\n\nProse.\n\n```text\nshown\n```\n"
    python, output, shown = parse_page(page, "p.md")
    assert python.output is output and output.is_output
    assert not shown.is_output and python.code == "print(1)\n"


def test_a_console_block_is_commands_with_their_output() -> None:
    page = "```console\n$ echo a \\\n>   b\na b\n$ true\n```\n"
    [block] = parse_page(page, "p.md")
    assert session(block) == [(2, "echo a  b", "a b\n"), (5, "true", "")]


@pytest.mark.parametrize(
    "page",
    [
        "<!-- docs-test: skip -->\n```bash\nx\n```\n",  # no reason
        "<!-- docs-test: skip slow -->\nProse.\n",  # no block after it
        "<!-- docs-test: later -->\n```bash\nx\n```\n",  # unknown directive
        "```python\nprint(1)\n",  # never closed
    ],
)
def test_a_malformed_page_is_refused(page: str) -> None:
    with pytest.raises(ExampleError):
        parse_page(page, "p.md")


def test_sample_records_of_the_seeds_are_real_output(extractor: quoteattr.Extractor) -> None:
    """A ```` ```json ```` line showing a record of a seed article is what quoteattr gives for it.

    Such lines are data, not code, so the page runner does not run them; this test compares
    each with the records of the seed articles, read as the command line reads them.
    """
    real = set()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        with open(path, encoding="utf-8-sig", newline="") as file:
            # As ``quoteattr extract seeds/`` reads it, naming the file as the source.
            article = quoteattr.Article(file.read(), path.stem, source=f"seeds/{path.name}")
            document = extractor.analyze(article)
        real |= {json.dumps(quote_to_dict(quote)) for quote in document.quotes}
        real |= {json.dumps(entity_to_dict(e, document.doc_id)) for e in document.speakers}
    seed_ids = {path.stem for path in (ROOT / "seeds").glob("*.txt")}
    shown = 0
    for page in PAGES:
        for block in parse_page(page.read_text(encoding="utf-8"), _name(page)):
            for line in block.code.splitlines() if block.lang == "json" else ():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and record.get("doc_id") in seed_ids:
                    shown += 1
                    assert json.dumps(record) in real, f"{block.where()}: not what quoteattr gives"
    assert shown >= 1


def test_code_blocks_name_their_language() -> None:
    """A fence without a language is neither run nor highlighted; say what it holds."""
    unnamed = [
        block.where()
        for page in PAGES
        for block in parse_page(page.read_text(encoding="utf-8"), _name(page))
        if not block.lang
    ]
    assert not unnamed, f"name the language of these code blocks (e.g. text): {unnamed}"


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = set(re.findall(r"^::: quoteattr\.(\w+)", REFERENCE.read_text(), re.MULTILINE))
    missing = set(quoteattr.__all__) - documented - {"__version__", "DEFAULT_MODEL"}
    assert not missing, f"add to docs/reference/api.md: {sorted(missing)}"


def test_the_python_api_page_lists_every_public_name() -> None:
    page = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    table = page.split("\n| Name |", 1)[1].split("\n\n", 1)[0]
    missing = set(quoteattr.__all__) - set(re.findall(r"`(\w+)", table))
    assert not missing, f"add to the table at the top of docs/python-api.md: {sorted(missing)}"


def _modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(quoteattr.__path__, prefix="quoteattr.")
    )


@pytest.mark.parametrize("module_name", _modules())
def test_docstring_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder(exclude_empty=True).find(module, module_name):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, f"{results.failed} docstring example(s) failed in {module_name}"
