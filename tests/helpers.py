"""Helpers shared by the tests and benches that time code or start local servers."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# What a child server must not inherit: model settings, the app's own, Streamlit's, and
# LangSmith tracing (which would send prompts off the machine).
CHILD_ENV_DROP = ("OPENAI_", "UNSENT_", "STREAMLIT_", "LANGSMITH_", "LANGCHAIN_")


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hermetic_child_env(data_root: Path) -> dict[str, str]:
    """This environment without model/app/Streamlit/tracing settings; journal under data_root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CHILD_ENV_DROP)}
    env["XDG_DATA_HOME"] = str(data_root / "data")
    env["UNSENT_DB_URL"] = f"sqlite:///{data_root / 'journal.db'}"
    return env


def stop_process(proc: subprocess.Popen[Any], timeout: float = 10) -> None:
    """Terminate a child politely, then kill it if it does not go within ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)


def best_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(fn: Callable[[str], Any], small: str, big: str, label: str) -> None:
    """``fn`` on ``big`` (about four times ``small``) takes about four times as long, not 16.

    Generous, because the machine is shared: up to 10x (+20 ms), and under 2 s outright.
    """
    fn(small)  # warm up
    t_small = best_time(lambda: fn(small))
    t_big = best_time(lambda: fn(big))
    assert t_big < 10 * t_small + 0.02, (label, t_small, t_big)
    assert t_big < 2.0, (label, t_big)


# ---- a throwaway PostgreSQL server (Debian's postgresql package), for tests and benches

PG_BIN = Path("/usr/lib/postgresql/15/bin")


class PostgresUnavailable(RuntimeError):
    """PostgreSQL can't be started here (binaries missing, or root without a postgres user)."""


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Start a throwaway PostgreSQL on 127.0.0.1; yields its base URL (superuser postgres)."""
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        raise PostgresUnavailable(
            f"PostgreSQL 15 binaries not found in {PG_BIN} (Debian package 'postgresql')")
    as_pg: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="unsent-pg-"))
    if os.geteuid() == 0:  # initdb refuses to run as root
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root and runuser is missing")
        try:
            pg = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user") from None
        os.chown(root, pg.pw_uid, pg.pw_gid)
        as_pg = ["runuser", "-u", "postgres", "--"]
    data, log, port = root / "data", root / "server.log", free_loopback_port()
    subprocess.run(
        [*as_pg, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
         "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True,
    )
    # A throwaway server: no fsync, so creating a database per test stays quick.
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*as_pg, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w",
         "start"],
        check=True, capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*as_pg, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def pg_admin(base: str, sql: str, database: str = "postgres") -> None:
    """Run one statement as the superuser, outside a transaction."""
    import psycopg

    with psycopg.connect(
        base.replace("postgresql+psycopg", "postgresql") + "/" + database, autocommit=True
    ) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def new_pg_database(base: str) -> str:
    """A fresh, empty database on the server at ``base``; returns its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_admin(base, f"CREATE DATABASE {name}")
    return f"{base}/{name}"


def app_role_url(admin_url: str, role: str = "unsent_app", password: str = "app-pw") -> str:
    """Prepare the journal at ``admin_url`` (migrated by its owner) for an app role that does
    not own the table, as the README tells an operator to; returns the app role's URL."""
    from sqlalchemy.engine import make_url

    from assistant.dbadmin import prepare_postgres

    prepare_postgres(admin_url, role, password=password)
    url = make_url(admin_url).set(username=role, password=password)
    return url.render_as_string(hide_password=False)
