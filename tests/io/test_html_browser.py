"""The HTML report in a real browser: headless Chromium, driven over the DevTools protocol.

Chromium is talked to through ``--remote-debugging-pipe`` (file descriptors 3 and 4), so no
port is opened, not even on the loopback. The page is the seed articles' report; the test
counts the highlights the browser shows, hovers over a statement and moves through them with
the keyboard to see their cards, and writes a screenshot for review (under ``tmp_path``, and
a copy at ``/tmp/quoteattr-report.png``).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quoteattr import Document
from quoteattr.io.html import render

SCREENSHOT_COPY = Path("/tmp/quoteattr-report.png")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
)
TIMEOUT = 30.0
WIDTH, HEIGHT = 1280, 900


def _install_chromium() -> str | None:
    """Debian's chromium package, installed with apt-get when this is root; else None."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    for commands in ([install], [["apt-get", "update"], install]):
        try:
            for command in commands:
                subprocess.run(command, check=True, capture_output=True, timeout=900, env=env)
        except (OSError, subprocess.SubprocessError):
            continue
        return shutil.which("chromium")
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of a headless-capable Chromium, installing Debian's package if need be."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None
    )
    found = found or _install_chromium()
    if found is None:
        pytest.skip(
            "Chromium is not installed (/usr/bin/chromium) and could not be installed with "
            "'apt-get install -y chromium' (needs root and the Debian archive)"
        )
    return found


class DevTools:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, executable: str, profile: Path) -> None:
        child_reads, self._writes = os.pipe()
        self._reads, child_writes = os.pipe()
        # Out of the way of 3 and 4, where the child must find them.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (child_reads, child_writes)]
        os.close(child_reads)
        os.close(child_writes)

        def to_fds_3_and_4() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=to_fds_3_and_4,
        )
        for fd in high:
            os.close(fd)
        self._buffer = b""
        self._next_id = 0
        self.exceptions: list[dict[str, Any]] = []

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._writes, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._receive(deadline)
            if reply.get("method") == "Runtime.exceptionThrown":
                self.exceptions.append(reply["params"])
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._reads], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._reads, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the debugging pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)  # type: ignore[no-any-return]

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError, EOFError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._writes)
        os.close(self._reads)


class Page:
    """One tab of the browser."""

    def __init__(self, tools: DevTools, url: str) -> None:
        self.tools = tools
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.send("Runtime.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + TIMEOUT
        while self.eval("document.readyState") != "complete":
            assert time.monotonic() < deadline, "the page did not load"
            time.sleep(0.05)

    def send(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.tools.send(method, params, self.session)

    def eval(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        assert "exceptionDetails" not in reply, reply["exceptionDetails"]
        return reply["result"].get("value")

    def key(self, key: str, code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code},
            )

    def mouse(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))


@pytest.fixture(scope="module")
def report(seed_documents: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    metadata = {str(d.doc_id): {"source": f"seeds/{d.doc_id}.txt"} for d in seed_documents}
    path.write_text(render(seed_documents, metadata), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def page(chromium: str, report: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    tools = DevTools(chromium, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield Page(tools, report.as_uri())
    finally:
        tools.close()
    assert not tools.exceptions, tools.exceptions  # the page's script raised nothing


def card_of(selector: str) -> str:
    mark = f"document.querySelector({json.dumps(selector)})"
    return f"document.getElementById({mark}.getAttribute('aria-describedby'))"


def inside_window(box: list[float]) -> bool:
    left, top, right, bottom = box
    return left >= 0 and top >= 0 and right <= WIDTH and bottom <= HEIGHT


def test_the_browser_shows_one_highlight_per_record(
    page: Page, seed_documents: list[Document]
) -> None:
    records = sum(len(d.quotes) for d in seed_documents)
    unique = page.eval(
        "new Set([...document.querySelectorAll('[data-quote-id]')]"
        ".map(e => e.closest('article').id + ' ' + e.dataset.quoteId)).size"
    )
    assert unique == records
    shown = page.eval(
        "[...document.querySelectorAll('mark.q[tabindex]')].filter(m => m.getClientRects().length"
        " && getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length"
    )
    assert shown == records
    hidden_cards = page.eval(
        "[...document.querySelectorAll('.card')].every(c => getComputedStyle(c).display === 'none')"
    )
    assert hidden_cards


def test_hovering_a_statement_shows_its_speaker(
    page: Page, seed_documents: list[Document], tmp_path: Path
) -> None:
    document, record = next(
        (d, q)
        for d in reversed(seed_documents)
        for q in d.quotes
        if q.speaker is not None
        and q.speaker.name
        and q.speaker.role
        and q.parent is None
        and not any(other.parent == q.id for other in d.quotes)
    )
    assert record.speaker is not None
    selector = (
        f'article[data-doc-id="{document.doc_id}"] mark[data-quote-id="{record.id}"][tabindex]'
    )
    page.eval(f"document.querySelector({json.dumps(selector)}).scrollIntoView({{block: 'center'}})")
    x, y = page.eval(
        f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getClientRects()[0];"
        " return [r.left + Math.min(r.width / 2, 40), r.top + r.height / 2]; })()"
    )
    assert page.eval(
        f"document.elementFromPoint({x}, {y}).closest('mark.q') === "
        f"document.querySelector({json.dumps(selector)})"
    )
    page.mouse(x, y)
    card = card_of(selector)
    assert page.eval(f"getComputedStyle({card}).display") == "block"
    text = page.eval(f"{card}.innerText")
    assert record.speaker.name in text and record.speaker.role in text
    box = page.eval(f"(r => [r.left, r.top, r.right, r.bottom])({card}.getBoundingClientRect())")
    assert inside_window(box), box

    screenshot = tmp_path / "quoteattr-report.png"
    page.screenshot(screenshot)
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    shutil.copy(screenshot, SCREENSHOT_COPY)

    page.mouse(0, 0)
    assert page.eval(f"getComputedStyle({card}).display") == "none"


def test_the_keyboard_reaches_every_statement_and_escape_hides_the_card(
    page: Page, seed_documents: list[Document]
) -> None:
    page.mouse(0, 0)
    # The skip link is the page's first stop; focusing it sets where Tab goes next (blurring
    # the active element does not: Chromium keeps the earlier tests' starting point).
    page.eval("window.scrollTo(0, 0); document.querySelector('a.skip').focus()")
    assert page.eval("document.activeElement.getAttribute('href')") == "#main"
    first = seed_documents[0].quotes[0]
    # One link per document in the table of contents, then the first statement.
    for _ in range(len(seed_documents) + 1):
        page.key("Tab", 9)
    assert page.eval("document.activeElement.dataset.quoteId") == first.id
    card = "document.getElementById(document.activeElement.getAttribute('aria-describedby'))"
    assert page.eval(f"getComputedStyle({card}).display") == "block"
    assert first.speaker is not None
    assert (first.speaker.name or first.speaker.text) in page.eval(f"{card}.innerText")
    page.key("Escape", 27)
    assert page.eval(f"getComputedStyle({card}).display") == "none"
    page.key("Tab", 9)
    second = seed_documents[0].quotes[1]
    assert page.eval("document.activeElement.dataset.quoteId") == second.id
    assert page.eval(f"getComputedStyle({card}).display") == "block"
    focusable = page.eval("document.querySelectorAll('mark.q[tabindex=\"0\"]').length")
    assert focusable == sum(len(d.quotes) for d in seed_documents)


def test_every_card_fits_in_the_window_when_its_statement_has_the_focus(page: Page) -> None:
    page.mouse(0, 0)
    boxes = page.eval(
        "[...document.querySelectorAll('mark.q[tabindex]')].map(mark => { mark.focus();"
        " const card = document.getElementById(mark.getAttribute('aria-describedby'));"
        " const r = card.getBoundingClientRect();"
        " return [mark.dataset.quoteId, [r.left, r.top, r.right, r.bottom]]; })"
    )
    assert boxes
    assert [(quote_id, box) for quote_id, box in boxes if not inside_window(box)] == []
