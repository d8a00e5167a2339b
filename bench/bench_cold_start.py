"""Cold start: process start -> /_stcore/health OK, for `streamlit run app.py` (target <= 5 s).

Starts the real app several times on a free 127.0.0.1 port in a hermetic environment (no
OPENAI_* / UNSENT_* variables, journal in a temporary folder), polls /_stcore/health every
20 ms, and prints the median and the minimum. The health endpoint answers before any session
runs app.py, so for context it also prints process start -> first page rendered in headless
Chromium (Debian's /usr/bin/chromium via Playwright; skipped with --no-browser or when it is
missing), and, each in a fresh interpreter, how long the imports that a first page view pays
for take (streamlit, the app's domain, langchain_openai).

Reproduce:  .venv/bin/python bench/bench_cold_start.py [--runs 5] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from helpers import free_loopback_port, hermetic_child_env, stop_process  # noqa: E402

TARGET_S = 5.0
CHROMIUM = "/usr/bin/chromium"
TIMEOUT_S = 60.0
IMPORTS = [
    "streamlit",
    "assistant.gate",
    "assistant.services",
    "assistant.drafting",
    "langchain_openai",
]






def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def one_cold_start(tmp: Path, page: Any = None) -> tuple[float, float | None]:
    """Seconds from Popen to the first OK from /_stcore/health, and to the first rendered page
    (when a Playwright page is given: the first session has run app.py to the end)."""
    port = free_loopback_port()
    url = f"http://127.0.0.1:{port}/_stcore/health"
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true",
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=hermetic_child_env(tmp), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while True:
            if healthy(url):
                health = time.perf_counter() - t0
                if page is None:
                    return health, None
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(
                    '[data-testid="stApp"][data-test-script-state="notRunning"]'
                    ' [data-testid="stMain"] h1',
                    timeout=TIMEOUT_S * 1000,
                )
                return health, time.perf_counter() - t0
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{err[-2000:]}")
            if time.perf_counter() - t0 > TIMEOUT_S:
                raise TimeoutError(f"no healthy server after {TIMEOUT_S:.0f} s")
            time.sleep(0.02)
    finally:
        stop_process(proc)


def import_seconds(module: str, tmp: Path) -> float | None:
    """Wall time of `import module` in a fresh interpreter (None when it does not exist)."""
    code = (
        "import time, importlib.util as u, sys\n"
        f"if u.find_spec({module.split('.')[0]!r}) is None: sys.exit(3)\n"
        "t = time.perf_counter()\n"
        "try:\n"
        f"    import {module}\n"
        "except ModuleNotFoundError:\n"
        "    sys.exit(3)\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=hermetic_child_env(tmp), capture_output=True,
        text=True, check=False,
    )
    if out.returncode == 3:
        return None
    if out.returncode != 0:
        raise RuntimeError(f"import {module} failed:\n{out.stderr[-2000:]}")
    return float(out.stdout.strip())


def open_browser_page(stack: ExitStack) -> Any:
    """A headless Chromium page (Debian's browser), or None when it is not available."""
    if not Path(CHROMIUM).exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    p = stack.enter_context(sync_playwright())
    browser = p.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"],
    )
    stack.callback(browser.close)
    context = browser.new_context()
    # Only the app's own loopback server: anything else is aborted, never sent.
    context.route(
        "**/*",
        lambda route: route.continue_()
        if route.request.url.startswith(("http://127.0.0.1:", "ws://127.0.0.1:"))
        else route.abort(),
    )
    return context.new_page()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold starts to time (default 5)")
    parser.add_argument("--no-browser", action="store_true", help="skip the first-render time")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    with tempfile.TemporaryDirectory(prefix="unsent-bench-") as d, ExitStack() as stack:
        tmp = Path(d)
        page = None if args.no_browser else open_browser_page(stack)
        one_cold_start(tmp, page)  # warm the OS file cache once; each timed run = new process
        runs = [one_cold_start(tmp, page) for _ in range(args.runs)]
        times = [h for h, _ in runs]
        med, best = statistics.median(times), min(times)
        print(f"cold start, process start -> /_stcore/health OK ({args.runs} runs, after one "
              "untimed warm-up of the file cache):")
        print("  runs:   " + "  ".join(f"{t:.2f}s" for t in times))
        print(f"  median: {med:.2f}s   min: {best:.2f}s   target: <= {TARGET_S:.0f}s   "
              f"{'OK' if med <= TARGET_S else 'OVER TARGET'}")
        renders = [r for _, r in runs if r is not None]
        if renders:
            print("process start -> first page rendered in headless Chromium (runs app.py):")
            print("  runs:   " + "  ".join(f"{t:.2f}s" for t in renders))
            print(f"  median: {statistics.median(renders):.2f}s   min: {min(renders):.2f}s")
        else:
            print("first page render: skipped (--no-browser, or no /usr/bin/chromium)")
        print("imports a first page view pays for (fresh interpreter each, for context):")
        for module in IMPORTS:
            secs = import_seconds(module, tmp)
            shown = "not present" if secs is None else f"{secs:.2f}s"
            print(f"  import {module:<22} {shown}")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print("reproduce: .venv/bin/python bench/bench_cold_start.py --runs 5"
          "  (add --no-browser for the health figure only)")
    return 0 if med <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
