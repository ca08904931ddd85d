"""The app under gunicorn as `make serve` runs it, on a free port: for bench/ and tests/ops/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / ".venv" / "bin"
CONFIG = REPO / "deploy" / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(database_url: str, port: int, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DATABASE_URL=database_url, PORT=str(port), HOST="127.0.0.1", **extra)
    env.setdefault("SECRET_KEY", "bench-" + os.urandom(16).hex())
    env.setdefault("LOG_LEVEL", "warning")
    return env


def flask(env: dict[str, str], *args: str) -> str:
    """A `flask --app studyapp` command; its output."""
    command = [str(BIN / "flask"), "--app", "studyapp", *args]
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def start(
    env: dict[str, str], *, migrate: bool = True, app: str | None = None
) -> subprocess.Popen[bytes]:
    """`flask db upgrade`, then gunicorn with deploy/gunicorn.conf.py; returns once it answers.
    `app` serves another app factory than the config's (a test's)."""
    if migrate:
        flask(env, "db", "upgrade")
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "--config", str(CONFIG), *([app] if app else [])],
        env=env,
        cwd=REPO,
        start_new_session=True,  # its own process group: stopping it stops every worker
    )
    wait_until_ready(f"http://127.0.0.1:{env['PORT']}/healthz", process)
    return process


def wait_until_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    stop(process)
    raise RuntimeError(f"the server did not answer {url} within {timeout} s")


def cpu_seconds(process: subprocess.Popen[bytes]) -> float:
    """CPU time (user and system) the master and its live workers have used so far (Linux)."""
    return _cpu_seconds(lambda comm, pgrp: pgrp == process.pid)


def database_cpu_seconds() -> float:
    """CPU time of the PostgreSQL server's processes on this machine (0 with SQLite, which
    runs inside the workers)."""
    return _cpu_seconds(lambda comm, pgrp: comm in ("postgres", "postmaster"))


def _cpu_seconds(counted) -> float:  # type: ignore[no-untyped-def]
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        comm = stat[stat.find("(") + 1 : stat.rfind(")")]
        # After the command name in parentheses: state, ppid, pgrp, ... utime (12th), stime.
        fields = stat[stat.rfind(")") + 2 :].split()
        if counted(comm, int(fields[2])):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Stop gunicorn and its workers (SIGKILL: all at once, as a power cut would)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if sig == signal.SIGKILL:
        # Workers are in the same group; wait until none of them holds the database any more.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
