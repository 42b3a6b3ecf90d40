"""`baoshu serve` as a process: a busy port, binding beyond loopback, --edit without a token."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from baoshu.archive import Archive
from baoshu.cli import main

BAOSHU = [sys.executable, "-m", "baoshu"]
STARTUP_SECONDS = 20


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "a.db"
    Archive(path).ingest([])
    return path


def test_a_busy_port_is_one_clear_message_before_anything_else(db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*BAOSHU, "serve", "--db", str(db), "--port", str(port)],
                                capture_output=True, text=True, timeout=STARTUP_SECONDS)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: port {port} on 127.0.0.1 is already in use (another baoshu serve?); "
        "stop that server or choose another port with --port"]
    assert "serving" not in result.stderr + result.stdout


def test_binding_beyond_loopback_warns_loudly(db: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([*BAOSHU, "serve", "--db", str(db), "--host", "0.0.0.0", "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        lines: list[str] = []
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline and not any(line.startswith("serving") for line in lines):
            lines.append(server.stderr.readline() if server.stderr else "")
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = "".join(lines)
    assert text.count("WARNING") >= 2 and "anyone who can reach 0.0.0.0" in text and "no --token" in text


def test_edit_beyond_loopback_needs_a_token(db: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "0.0.0.0", "--edit"])
    assert result.exit_code == 2 and "--token" in result.stderr
