"""Cold start and first page: Unsent against a hello-world Streamlit app, side by side.

First page in a real browser (issue 10, target: at most 1.15x hello world). Headless Chromium
(Debian's /usr/bin/chromium via Playwright, the flags of tests/e2e/conftest.py) is launched
once and stays open. Each run then starts `python -m streamlit run <script>` (headless, on a
free 127.0.0.1 port, in a hermetic environment: no OPENAI_* / UNSENT_* / STREAMLIT_* variables,
journal in a temporary folder) and times process start -> the page's first heading (h1)
visible, in a fresh browser context made before the clock starts. The page itself looks for the
heading on every animation frame and notes when it first sees it. (Playwright's own
wait_for_selector looks at 0, 20, 50, 100 and 100 ms and then only every 500 ms, so it could
see a heading up to half a second after it was drawn, in a figure of 2-3 s.) Both apps run
with the project's `.streamlit/config.toml`: the hello-world script (st.title plus one line)
sits in a temporary folder next to a copy of the project's `.streamlit` folder. Runs are paired and
alternate (hello, app, hello, app, ...) after one untimed warm-up of each; it prints every
pair and the median of the per-pair ratios app/hello.

The same runs give the older figure, process start -> /_stcore/health OK for the app (target
<= 5 s), and process start -> the first script run finished. Last, each in a fresh interpreter,
how long the imports that a first page view pays for take; --import-profile adds the top 10
cumulative imports (python -X importtime) of app.py and its default page beyond streamlit.

Reproduce:  .venv/bin/python bench/bench_cold_start.py [--pairs 5] [--import-profile]
            (--no-browser [--runs 5]: the health figure only, no Chromium)
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from helpers import free_loopback_port, hermetic_child_env, stop_process  # noqa: E402

TARGET_S = 5.0
TARGET_RATIO = 1.15
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [  # as tests/e2e/conftest.py (headless comes from Playwright)
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TIMEOUT_S = 60.0
HEADING = '[data-testid="stMain"] h1'
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Run by Chromium on every animation frame until it returns a time: the wall-clock time
# (epoch ms) of the first frame in which the selector matches an element that Playwright would
# call visible (a non-empty box, and not visibility: hidden).
FIRST_SEEN = """selector => {
  const el = document.querySelector(selector);
  if (!el) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  if (getComputedStyle(el).visibility === "hidden") return false;
  return performance.timeOrigin + performance.now();
}"""
HELLO_APP = 'import streamlit as st\n\nst.title("Hello")\nst.write("Hello, world.")\n'
DEFAULT_PAGE = "app_pages/check_in.py"  # the page a first visit to Unsent shows
IMPORTS = [
    "streamlit",
    "assistant.gate",
    "assistant.services",
    "assistant.drafting",
    "langchain_openai",
]


@dataclass(frozen=True)
class App:
    name: str
    cwd: Path  # where `streamlit run` starts: its .streamlit/config.toml applies
    script: str


@dataclass(frozen=True)
class Start:
    health: float  # process start -> /_stcore/health OK
    heading: float | None = None  # -> the page's first h1 visible in Chromium
    done: float | None = None  # -> the first script run finished


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def loopback_only(route: Any) -> None:
    """Only the app's own loopback server: anything else is aborted, never sent."""
    if route.request.url.startswith(("http://127.0.0.1:", "ws://127.0.0.1:")):
        route.continue_()
    else:
        route.abort()


def one_cold_start(app: App, tmp: Path, browser: Any = None) -> Start:
    """Seconds from Popen to /_stcore/health OK and, when a browser is given, to the first h1
    visible and to the end of the first script run. The browser context is new each run (no
    cookies or cache from earlier servers) and is made before the clock starts."""
    context = page = None
    if browser is not None:
        context = browser.new_context()
        context.route("**/*", loopback_only)
        page = context.new_page()
    port = free_loopback_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", app.script,
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true",
    ]
    t0, wall0 = time.perf_counter(), time.time()
    proc = subprocess.Popen(
        cmd, cwd=app.cwd, env=hermetic_child_env(tmp), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while not healthy(f"{base}/_stcore/health"):
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{app.name}: streamlit exited with {proc.returncode}:\n"
                                   f"{err[-2000:]}")
            if time.perf_counter() - t0 > TIMEOUT_S:
                raise TimeoutError(f"{app.name}: no healthy server after {TIMEOUT_S:.0f} s")
            time.sleep(0.02)
        health = time.perf_counter() - t0
        if page is None:
            return Start(health)
        page.goto(f"{base}/", wait_until="commit")

        def first_seen(selector: str) -> float:
            stamp = page.wait_for_function(FIRST_SEEN, arg=selector, polling="raf",
                                           timeout=TIMEOUT_S * 1000).json_value()
            return float(stamp) / 1000 - wall0

        return Start(health, first_seen(HEADING), first_seen(f"{SCRIPT_DONE} {HEADING}"))
    finally:
        if context is not None:
            context.close()
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


def _outside_functions(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` that is not inside a function (a function's imports run when it
    is called: in app.py, when a page first uses the model or the journal, or on the warm-up
    thread after the first page)."""
    nodes: list[ast.AST] = []
    for child in ast.iter_child_nodes(tree):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            nodes += [child, *_outside_functions(child)]
    return nodes


def first_page_modules() -> list[str]:
    """The modules app.py and the default page import outside functions, in order, without
    duplicates."""
    names: list[str] = []
    for rel in ("app.py", DEFAULT_PAGE):
        for node in _outside_functions(ast.parse((ROOT / rel).read_text(), rel)):
            if isinstance(node, ast.Import):
                names += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.append(node.module)
    return [n for i, n in enumerate(names) if n not in names[:i] and n != "__future__"]


def import_profile(tmp: Path, top: int = 10) -> list[str]:
    """`python -X importtime`: `import streamlit` (hello world pays it too), then the first
    page's modules; the `top` largest cumulative times of what comes after streamlit."""
    modules = first_page_modules()
    code = "import streamlit\n" + "".join(f"import {m}\n" for m in modules)
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=ROOT,
        env=hermetic_child_env(tmp), capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"import profile failed:\n{out.stderr[-2000:]}")
    rows: list[tuple[int, int, str]] = []  # (cumulative us, self us, name with its depth)
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(cum_us), int(self_us), name.rstrip()))
    split = next(i for i, r in enumerate(rows) if r[2].strip() == "streamlit" and
                 not r[2].startswith("  "))
    streamlit_us, after = rows[split][0], rows[split + 1:]
    total_after = sum(c for c, _, n in after if not n.startswith("  "))
    # One row per project module, and one per third-party package (its outermost import), so
    # a long chain inside one package (sqlalchemy.engine -> .base -> ...) shows only once.
    best: dict[str, tuple[int, int, str]] = {}
    for c, s, n in after:
        name = n.strip()
        key = name if name.split(".")[0] in ("assistant", "app_ui") else name.split(".")[0]
        if key not in best or c > best[key][0]:
            best[key] = (c, s, name)
    top_rows = sorted(best.values(), reverse=True)[:top]
    lines = [f"  import streamlit (hello world pays it too): {streamlit_us / 1e6:.3f}s",
             f"  then the first page's own imports, together: {total_after / 1e6:.3f}s  "
             f"({', '.join(modules)})",
             f"  top {top} cumulative after streamlit (a third-party package once, at its "
             "outermost import; nested times overlap):",
             "    cumulative      self  module (imported by)"]
    parents = {}  # name -> the module whose import pulled it in (next shallower row below it)
    for i, (_, _, n) in enumerate(after):
        depth = len(n) - len(n.lstrip())
        parent = next((m.strip() for _, _, m in after[i + 1:]
                       if len(m) - len(m.lstrip()) < depth), "")
        parents.setdefault(n.strip(), parent)
    lines += [f"    {c / 1e6:8.3f}s {s / 1e6:8.3f}s  {n}"
              f"{f' ({parents[n]})' if parents.get(n) else ''}" for c, s, n in top_rows]
    return lines


def open_browser(stack: ExitStack) -> Any:
    """Headless Chromium (Debian's browser), launched once; None when it is not available."""
    if not Path(CHROMIUM).exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    p = stack.enter_context(sync_playwright())
    browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    stack.callback(browser.close)
    return browser


def hello_app(tmp: Path) -> App:
    """A hello-world script in its own folder, with a copy of the project's .streamlit."""
    folder = tmp / "hello"
    folder.mkdir()
    (folder / "hello.py").write_text(HELLO_APP)
    shutil.copytree(ROOT / ".streamlit", folder / ".streamlit")
    return App("hello", folder, "hello.py")


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5,
                        help="paired first-page runs, hello then app (default 5)")
    parser.add_argument("--no-browser", action="store_true",
                        help="no Chromium: time the health check only (--runs times)")
    parser.add_argument("--runs", type=int, default=5,
                        help="cold starts to time with --no-browser (default 5)")
    parser.add_argument("--import-profile", action="store_true",
                        help="also print the top 10 cumulative imports of the first page")
    args = parser.parse_args()
    if args.pairs < 1 or args.runs < 1:
        parser.error("--pairs and --runs must be at least 1")

    ok = True
    print(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="unsent-bench-") as d, ExitStack() as stack:
        tmp = Path(d)
        unsent, hello = App("app", ROOT, "app.py"), hello_app(tmp)
        browser = None if args.no_browser else open_browser(stack)
        if browser is None:
            print("first page in Chromium: skipped (--no-browser, or no /usr/bin/chromium)")
            one_cold_start(unsent, tmp)  # warm the OS file cache once
            health = [one_cold_start(unsent, tmp).health for _ in range(args.runs)]
        else:
            for app in (hello, unsent):  # warm the OS file cache once each
                one_cold_start(app, tmp, browser)
            print(f"first page in headless Chromium, process start -> first h1 visible "
                  f"({args.pairs} pairs, hello then app, after one untimed warm-up of each;"
                  " [health OK / script run done] in brackets):")
            pairs: list[tuple[Start, Start]] = []
            for i in range(args.pairs):
                h, a = one_cold_start(hello, tmp, browser), one_cold_start(unsent, tmp, browser)
                pairs.append((h, a))
                assert h.heading and a.heading
                print(f"  pair {i + 1}: hello {h.heading:.2f}s [{h.health:.2f} / {h.done:.2f}]"
                      f"   app {a.heading:.2f}s [{a.health:.2f} / {a.done:.2f}]"
                      f"   ratio {a.heading / h.heading:.2f}x", flush=True)
            ratios = [a.heading / h.heading for h, a in pairs if a.heading and h.heading]
            ratio = statistics.median(ratios)
            ok = ratio <= TARGET_RATIO
            print(f"  median ratio app/hello: {ratio:.2f}x   target: <= {TARGET_RATIO:.2f}x   "
                  f"{'OK' if ok else 'OVER TARGET'}")
            print(f"  medians: hello {statistics.median(h.heading for h, _ in pairs):.2f}s"
                  f"   app {statistics.median(a.heading for _, a in pairs):.2f}s"
                  f"   (ratios {min(ratios):.2f}-{max(ratios):.2f}x;"
                  f" load average now {load_average()})")
            health = [a.health for _, a in pairs]
        med, best = statistics.median(health), min(health)
        ok = ok and med <= TARGET_S
        print(f"cold start of the app, process start -> /_stcore/health OK ({len(health)} runs"
              f"{', the app runs above' if browser is not None else ''}):")
        print("  runs:   " + "  ".join(f"{t:.2f}s" for t in health))
        print(f"  median: {med:.2f}s   min: {best:.2f}s   target: <= {TARGET_S:.0f}s   "
              f"{'OK' if med <= TARGET_S else 'OVER TARGET'}")
        print("imports a first page view pays for (fresh interpreter each, for context):")
        for module in IMPORTS:
            secs = import_seconds(module, tmp)
            shown = "not present" if secs is None else f"{secs:.2f}s"
            print(f"  import {module:<22} {shown}")
        if args.import_profile:
            print("import profile of the first page (python -X importtime, one fresh "
                  "interpreter):")
            print("\n".join(import_profile(tmp)))
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load average at end: {load_average()}")
    print("reproduce: .venv/bin/python bench/bench_cold_start.py --pairs 5 [--import-profile]"
          "  (--no-browser [--runs 5] for the health figure only)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
