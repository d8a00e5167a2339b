"""End to end, hosted: a real OpenID provider (oidc-provider-mock), real PostgreSQL, two replicas.

One module-scoped set of servers serves every test here: PostgreSQL (the journal, prepared
for an app role that doesn't own the table, with row-level security), the OpenID provider on
a thread of this process, two ``streamlit run app.py`` replicas with the same secrets, and a
small TCP proxy in front of them that plays the load balancer: the browser only ever talks to
``http://localhost:<proxy>`` (the sign-in cookie is tied to that origin), and the proxy sends
new connections to whichever replica the test chooses (sticky: a connection stays put).
"""

from __future__ import annotations

import contextlib
import re
import secrets
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import (
    app_role_url,
    free_loopback_port,
    hermetic_child_env,
    new_pg_database,
    pg_admin,
    stop_process,
)
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from assistant.hosting import cookie_secret_problem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
IDLE = ('[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
        '[data-test-script-state="notRunning"]')
STARTUP_TIMEOUT_S = 40.0
JOURNAL_SIGNS = ("Timeline", "Days without contact", "Export or delete")
PAGES = ("", "check-in", "draft", "talk", "support", "after-contact", "journal", "guide",
         "settings")


# --- a load balancer in miniature -----------------------------------------------------------


@dataclass
class Proxy:
    """Forwards each new TCP connection on localhost:``port`` to the chosen backend port."""

    backends: list[int]
    port: int = 0
    current: int = 0
    seen: list[int] = field(default_factory=list)  # the backend of each accepted connection
    _open: list[socket.socket] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def route_to(self, index: int) -> None:
        """New connections go to backend ``index``; open ones are closed, as a load balancer
        does when a replica is taken out, so the browser reconnects (now to the other)."""
        with self._lock:
            self.current = index
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
            self._open.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                backend = self.backends[self.current]
                self.seen.append(backend)
            try:
                upstream = socket.create_connection(("127.0.0.1", backend))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._listener.close()
        self.route_to(self.current)


# --- the servers ----------------------------------------------------------------------------


@dataclass
class Hosted:
    url: str  # what the browser opens: the proxy, on localhost
    provider: str  # the OpenID provider's origin
    proxy: Proxy
    replicas: list[int]
    logs: list[Path]

    def log_tail(self, n: int = 30) -> str:
        out = []
        for log in self.logs:
            lines = log.read_text(errors="replace").splitlines()[-n:]
            out.append(f"--- {log.name}\n" + "\n".join(lines))
        return "\n".join(out)


def _wait_healthy(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"a replica exited early:\n{log.read_text(errors='replace')}")
        try:
            url = f"http://127.0.0.1:{port}/_stcore/health"
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"replica on {port} not healthy:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def hosted(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hosted]:
    from oidc_provider_mock import User, run_server_in_thread

    root = tmp_path_factory.mktemp("hosted")
    admin_url = new_pg_database(pg_server)
    app_url = app_role_url(admin_url, role=f"app_{secrets.token_hex(4)}", password="e2e-pw")
    users = [User(sub="alice", claims={"name": "Alice"}), User(sub="bob", claims={"name": "Bob"})]
    with run_server_in_thread(user_claims=users) as provider:
        provider_url = f"http://localhost:{provider.server_port}"
        replicas = [free_loopback_port(), free_loopback_port()]
        proxy = Proxy(replicas)
        proxy.start()
        cookie_secret = secrets.token_urlsafe(32)
        while cookie_secret_problem(cookie_secret):  # a random one is almost always fine
            cookie_secret = secrets.token_urlsafe(32)
        secrets_file = root / "secrets.toml"
        secrets_file.write_text(
            "[auth]\n"
            f'redirect_uri = "http://localhost:{proxy.port}/oauth2callback"\n'
            f'cookie_secret = "{cookie_secret}"\n'
            'client_id = "unsent-e2e"\n'
            'client_secret = "e2e-client-password"\n'
            f'server_metadata_url = "{provider_url}/.well-known/openid-configuration"\n'
        )
        env = hermetic_child_env(root)
        env.update(PYTHONUNBUFFERED="1", UNSENT_DB_URL=app_url)
        procs, logs = [], []
        try:
            for n, port in enumerate(replicas):
                log = root / f"replica-{n}.log"
                logs.append(log)
                with log.open("wb") as out:
                    procs.append(subprocess.Popen(
                        [sys.executable, "-m", "streamlit", "run", "app.py",
                         "--server.port", str(port), "--server.address", "127.0.0.1",
                         "--server.headless", "true", "--secrets.files", str(secrets_file)],
                        cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                        start_new_session=True,
                    ))
            for port, proc, log in zip(replicas, procs, logs, strict=True):
                _wait_healthy(port, proc, log)
            yield Hosted(f"http://localhost:{proxy.port}", provider_url, proxy, replicas, logs)
        finally:
            for proc in procs:
                stop_process(proc)
            proxy.close()
            pg_admin(pg_server, f"DROP DATABASE IF EXISTS {admin_url.rsplit('/', 1)[1]} "
                     "WITH (FORCE)")


@pytest.fixture
def person(browser: Browser, hosted: Hosted) -> Iterator[Callable[[], Page]]:
    """A factory of fresh browser contexts (one per person), each allowed to reach the app
    and the OpenID provider only; any other request is aborted, and fails the test unless
    the provider's own page asked for it (the mock's sign-in form loads a stylesheet from a
    CDN: not the app's doing)."""
    contexts: list[BrowserContext] = []
    foreign: list[str] = []
    allowed = (hosted.url, hosted.provider)

    def guard(route: Route) -> None:
        url = route.request.url
        if url.startswith(allowed) or url.startswith(("ws://localhost", "data:", "blob:")):
            route.continue_()
        else:
            if not route.request.headers.get("referer", "").startswith(hosted.provider):
                foreign.append(url)
            route.abort("blockedbyclient")

    def new() -> Page:
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      locale="en-GB", service_workers="block")
        # Generous: two replicas, PostgreSQL, the provider and Chromium share a busy machine.
        context.set_default_timeout(45_000)
        context.route("**/*", guard)
        contexts.append(context)
        return context.new_page()

    try:
        yield new
    finally:
        for context in contexts:
            with contextlib.suppress(Exception):
                context.close()
    assert not foreign, f"requests to other hosts: {foreign}"


# --- helpers --------------------------------------------------------------------------------


def wait_idle(page: Page) -> None:
    page.wait_for_selector(IDLE, timeout=45_000)
    expect(page.locator('[data-testid="stMain"] [data-stale="true"]')).to_have_count(0)
    errors = page.get_by_test_id("stException")
    if errors.count():
        pytest.fail(f"the app raised on {page.url}:\n{errors.first.inner_text()}")


def main_text(page: Page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def sign_in(page: Page, hosted: Hosted, sub: str) -> None:
    page.goto(hosted.url + "/")
    wait_idle(page)
    page.locator(".st-key-sign_in").get_by_role("button").click()
    page.wait_for_url(re.compile("^" + re.escape(hosted.provider)))
    page.get_by_placeholder("sub").fill(sub)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(re.compile("^" + re.escape(hosted.url)))
    wait_idle(page)
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Signed in as")


def open_page(page: Page, hosted: Hosted, slug: str) -> None:
    """A fresh load of ``/slug``: a new Streamlit session, as a bookmark or a typed URL."""
    page.goto(f"{hosted.url}/{slug}")
    wait_idle(page)


def nav(page: Page, slug: str) -> None:
    """Go to a page through the sidebar (the same session; quicker than a fresh load)."""
    sidebar = page.get_by_test_id("stSidebar")
    if not sidebar.is_visible() or sidebar.get_attribute("aria-expanded") == "false":
        page.get_by_test_id("stExpandSidebarButton").click()
    # the app's own navigation: flat links under group headings (app_ui.a11y)
    link = sidebar.locator(".st-key-app_nav").locator(f'a[href$="{slug}"]')
    expect(link).to_have_count(1)
    link.click()
    page.wait_for_url(re.compile(f"/{slug}/?$"))
    wait_idle(page)


def log_urge(page: Page, note: str) -> None:
    nav(page, "journal")
    page.locator(".st-key-urge_note input").fill(note)
    page.locator(".st-key-urge_submit").get_by_role("button").click()
    wait_idle(page)
    expect(page.get_by_test_id("stMain")).to_contain_text(note)


def write_letter(page: Page, text: str) -> None:
    nav(page, "talk")
    page.get_by_role("tab", name="Unsent letter").click()
    page.locator(".st-key-letter_text textarea").fill(text)
    page.locator(".st-key-letter_save").get_by_role("button").click()
    wait_idle(page)
    expect(page.get_by_test_id("stMain")).to_contain_text("Kept in your private journal")


def assert_welcome(page: Page) -> None:
    expect(page.locator(".st-key-sign_in").get_by_role("button")).to_be_visible()
    text = main_text(page)
    assert "Your journal is yours" in text and "findahelpline.com" in text
    for sign in JOURNAL_SIGNS:
        assert sign not in text, (sign, page.url)


# --- the tests (in order: they share the servers and the database) ---------------------------


def test_a_visitor_sees_no_journal_on_any_page(person: Callable[[], Page], hosted: Hosted) -> None:
    page = person()
    for slug in PAGES:
        open_page(page, hosted, slug)
        assert_welcome(page)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.locator(".st-key-app_nav")).to_have_count(0)  # no link to any app page


def test_each_person_sees_only_their_own_journal(
    person: Callable[[], Page], hosted: Hosted
) -> None:
    alice = person()
    sign_in(alice, hosted, "alice")
    expect(alice.get_by_test_id("stSidebar")).to_contain_text("Alice")
    log_urge(alice, "ALICE-URGE saw our song")
    write_letter(alice, "ALICE-LETTER Dear Sam, I still think about our trip to the coast.")
    nav(alice, "journal")
    assert "ALICE-URGE" in main_text(alice) and "ALICE-LETTER" in main_text(alice)

    bob = person()
    sign_in(bob, hosted, "bob")
    expect(bob.get_by_test_id("stSidebar")).to_contain_text("Bob")
    nav(bob, "journal")
    text = main_text(bob)
    assert "ALICE" not in text and "Nothing here yet" in text
    log_urge(bob, "BOB-URGE walked past their cafe")

    open_page(alice, hosted, "journal")  # a fresh load: what the database now holds for her
    text = main_text(alice)
    assert "ALICE-URGE" in text and "ALICE-LETTER" in text and "BOB-URGE" not in text


def test_sign_out_returns_to_the_welcome(person: Callable[[], Page], hosted: Hosted) -> None:
    page = person()
    sign_in(page, hosted, "alice")
    nav(page, "journal")
    expect(page.get_by_test_id("stMain")).to_contain_text("ALICE-URGE")
    with page.expect_navigation():
        page.locator(".st-key-sign_out").get_by_role("button").click()
    if page.url.startswith(hosted.provider):
        # The provider offers an end-session endpoint, so Streamlit signs out there too
        # (when it can read the provider's metadata in time; else it signs out locally).
        page.get_by_role("button", name="End session").click()
        page.wait_for_url(re.compile("^" + re.escape(hosted.url)))
    assert page.url.startswith(hosted.url)
    wait_idle(page)
    assert_welcome(page)
    open_page(page, hosted, "journal")  # the cookie is gone: a new visit is a visitor's
    assert_welcome(page)


def test_a_sign_in_on_one_replica_is_honoured_by_the_other(
    person: Callable[[], Page], hosted: Hosted
) -> None:
    proxy = hosted.proxy
    proxy.route_to(0)
    start = len(proxy.seen)
    page = person()
    sign_in(page, hosted, "alice")
    assert set(proxy.seen[start:]) == {hosted.replicas[0]}  # the whole sign-in on replica 0

    proxy.route_to(1)  # replica 0 leaves the pool; the browser's next connections reach 1
    before = len(proxy.seen)
    open_page(page, hosted, "journal")
    assert hosted.replicas[1] in proxy.seen[before:]
    assert hosted.replicas[0] not in proxy.seen[before:]
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Signed in as")
    expect(page.get_by_test_id("stMain")).to_contain_text("ALICE-URGE")  # same PostgreSQL
    assert "BOB-URGE" not in main_text(page)
    proxy.route_to(0)
