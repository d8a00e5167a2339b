"""Fixtures for the browser tests: the real app on a free loopback port, and headless Chromium.

The server is started once per session with ``python -m streamlit run app.py`` from the repo
root (so ``.streamlit/config.toml`` applies), in a hermetic environment: no OPENAI_* / UNSENT_*
variables from the caller (the built-in guide engine answers), and the journal and data folder
under a pytest temporary directory. Chromium is Debian's (``/usr/bin/chromium``, installed by
``make test``); Playwright's own browser download is not used.

Every request a page makes is recorded at the browser-context level. Requests to any host but
the app's own are aborted (the test never touches the network) and kept, so tests can assert
that none was attempted.

Screenshots of each step go to a temporary ``test-artifacts`` folder (or ``$UNSENT_TEST_ARTIFACTS``
when set). With ``UNSENT_SCREENSHOTS=1`` the named ones also refresh ``docs/screenshots/*.png``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import free_loopback_port, hermetic_child_env, stop_process
from playwright.sync_api import Browser, Locator, Page, Route, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("UNSENT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
STARTUP_TIMEOUT_S = 30.0
MAX_SHOT_HEIGHT = 6000
TIMEOUT_MS = 20_000  # per action/expectation; generous for a busy 2-core machine
expect.set_options(timeout=TIMEOUT_MS)




def child_env(data_root: Path) -> dict[str, str]:
    env = hermetic_child_env(data_root)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def wait_healthy(base_url: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=1) as resp:
                if resp.status == 200 and resp.read().strip() == b"ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{base_url}/_stcore/health not OK after {timeout:.0f} s")


@dataclass
class AppServer:
    host: str
    port: int
    log: Path
    data_root: Path  # the journal and XDG_DATA_HOME live under it

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}"

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no server log)"


@contextlib.contextmanager
def serve_app(root: Path) -> Iterator[AppServer]:
    """`streamlit run app.py` on a free 127.0.0.1 port, its journal under ``root``."""
    port = free_loopback_port()
    log = root / "streamlit.log"
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.headless", "true",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=child_env(root), stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = AppServer("127.0.0.1", port, log, root)
    try:
        wait_healthy(server.url, proc, STARTUP_TIMEOUT_S)
    except Exception as exc:
        proc.kill()
        proc.wait(timeout=10)
        pytest.fail(f"the app did not start: {exc}\n--- server log ---\n{server.log_tail()}")
    try:
        yield server
    finally:
        stop_process(proc)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """The real app, `streamlit run app.py`, on a free 127.0.0.1 port; stopped at the end."""
    root = tmp_path_factory.mktemp("e2e-app")
    if os.environ.get("UNSENT_SCREENSHOTS") == "1":
        # A stable, tidy journal path for the README's pictures (Settings and Journal show it).
        root = Path(tempfile.gettempdir()) / "unsent-screenshots"
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(mode=0o700)
    with serve_app(root) as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium driven by Playwright (one browser for the session)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run `make sysdeps` (Debian package `chromium`)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Traffic:
    """Every URL the browser context asked for (HTTP and WebSocket), and the foreign ones."""

    own_netloc: str
    requests: list[str] = field(default_factory=list)
    websockets: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def is_own(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            return True  # inline content, never leaves the browser
        return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc == self.own_netloc

    def foreign(self) -> list[str]:
        seen = self.requests + self.websockets + self.blocked
        return sorted({u for u in seen if not self.is_own(u)})


@dataclass
class Shots:
    """Step screenshots: always to the artifacts folder; named ones also to docs/ on request."""

    folder: Path
    refresh_docs: bool
    taken: list[Path] = field(default_factory=list)

    def take(
        self, page: Page, name: str, *, docs: bool = False, start: Locator | None = None,
        end: Locator | None = None, docs_height: int = 1700,
    ) -> Path:
        """Screenshot the whole page (Streamlit scrolls inside its own container, so the
        viewport grows to fit it). With ``docs`` and UNSENT_SCREENSHOTS=1, also write
        ``docs/screenshots/<name>.png``: from the top of ``start`` (else the page's top) to
        the bottom of ``end`` (else docs_height further down).
        """
        path = self.folder / f"{name}.png"
        viewport = page.viewport_size
        assert viewport is not None
        content = page.evaluate(
            "() => Math.max(...['stMain', 'stAppViewContainer'].map(id =>"
            " document.querySelector(`[data-testid=\"${id}\"]`)?.scrollHeight || 0))"
        )
        height = max(viewport["height"], min(int(content), MAX_SHOT_HEIGHT))
        page.set_viewport_size({"width": viewport["width"], "height": height})
        try:
            page.mouse.move(0, 0)  # no hover effects or tooltips in the picture
            opts: dict[str, Any] = {"animations": "disabled", "caret": "hide"}
            page.screenshot(path=str(path), **opts)
            if docs and self.refresh_docs:
                top, bottom = 0.0, float(docs_height)
                if start is not None:
                    box = start.bounding_box()
                    assert box is not None, f"{start} is not on the page"
                    top = max(0.0, box["y"] - 12)
                    bottom = top + docs_height
                if end is not None:
                    box = end.bounding_box()
                    assert box is not None, f"{end} is not on the page"
                    bottom = box["y"] + box["height"] + 8
                clip = {"x": 0, "y": top, "width": viewport["width"],
                        "height": min(bottom, height) - top}
                DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(DOCS_SCREENSHOTS / f"{name}.png"), clip=clip, **opts)
        finally:
            page.set_viewport_size(viewport)
        self.taken.append(path)
        return path


_SHOTS: list[Shots] = []


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Shots:
    override = os.environ.get("UNSENT_TEST_ARTIFACTS")
    folder = Path(override) if override else tmp_path_factory.mktemp("test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    taken = Shots(folder, refresh_docs=os.environ.get("UNSENT_SCREENSHOTS") == "1")
    _SHOTS.append(taken)
    return taken


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for taken in _SHOTS:
        if taken.taken:
            where = f"{taken.folder}" + (f" and {DOCS_SCREENSHOTS}" if taken.refresh_docs else "")
            terminalreporter.write_line(f"e2e: {len(taken.taken)} screenshots in {where}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Keep each phase's report on the item, so a fixture can tell that its test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _new_page(
    request: pytest.FixtureRequest, shots: Shots, browser: Browser, app_server: AppServer,
    viewport: dict[str, int],
) -> Iterator[tuple[Page, Traffic]]:
    traffic = Traffic(app_server.netloc)
    context = browser.new_context(
        viewport=viewport,  # type: ignore[arg-type]
        color_scheme="light",
        locale="en-GB",
        timezone_id="Europe/London",
        service_workers="block",
    )
    context.set_default_timeout(TIMEOUT_MS)

    def guard(route: Route) -> None:
        url = route.request.url
        if traffic.is_own(url):
            route.continue_()
        else:
            traffic.blocked.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", guard)
    context.on("request", lambda req: traffic.requests.append(req.url))
    page = context.new_page()
    page.on("websocket", lambda ws: traffic.websockets.append(ws.url))
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    try:
        yield page, traffic
    finally:
        call = getattr(request.node, "report_call", None)
        if call is not None and call.failed:  # what the page looked like when it failed
            with contextlib.suppress(Exception):
                shots.take(page, f"FAILED-{request.node.name}")
        with contextlib.suppress(Exception):
            context.close()
    assert not errors, f"JavaScript errors in the page: {errors}"


@pytest.fixture
def desktop(
    request: pytest.FixtureRequest, shots: Shots, browser: Browser, app_server: AppServer
) -> Iterator[tuple[Page, Traffic]]:
    """A fresh browser context (new Streamlit session) at desktop width, traffic recorded."""
    yield from _new_page(request, shots, browser, app_server, DESKTOP)


@pytest.fixture
def phone(
    request: pytest.FixtureRequest, shots: Shots, browser: Browser, app_server: AppServer
) -> Iterator[tuple[Page, Traffic]]:
    """A fresh browser context at phone width (390 px)."""
    yield from _new_page(request, shots, browser, app_server, PHONE)


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """A server of the test module's own (its own journal), shared by that module's tests."""
    with serve_app(tmp_path_factory.mktemp("e2e-module")) as server:
        yield server


@pytest.fixture
def own_desktop(
    request: pytest.FixtureRequest, shots: Shots, browser: Browser, module_server: AppServer
) -> Iterator[tuple[Page, Traffic]]:
    """A fresh browser context at desktop width on the module's own server."""
    yield from _new_page(request, shots, browser, module_server, DESKTOP)
