"""Shared fixtures: the repository's test vectors and the emulator (`pingxx mock`)."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, Optional

import pytest

import pingxx

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "tests" / "vectors"
KEYS = VECTORS / "keys"
API_KEY = "sk_test_PythonSuite00000000000"
APP_ID = "app_1Gqj58ynP0mHeX1q"


def read_key(name: str) -> str:
    return (KEYS / name).read_text(encoding="utf-8")


def load_vectors(name: str) -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads((VECTORS / name).read_text(encoding="utf-8"))
    return data


def pingxx_binary() -> Path:
    """The `pingxx` CLI: $PINGXX_BIN, else $CARGO_TARGET_DIR/debug/pingxx, else target/debug/pingxx."""
    if os.environ.get("PINGXX_BIN"):
        return Path(os.environ["PINGXX_BIN"])
    target = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
    return target / "debug" / "pingxx"


class Emulator:
    """A running `pingxx mock --port 0`, with helpers for its control endpoints."""

    def __init__(self, *extra_args: str) -> None:
        binary = pingxx_binary()
        if not binary.exists():
            pytest.fail(f"{binary} not found: run `cargo build -p pingxx-cli` or set PINGXX_BIN")
        self.proc = subprocess.Popen(
            [str(binary), "mock", "--port", "0", *extra_args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline().strip()
        if not first.startswith("listening on "):
            self.proc.kill()
            err = self.proc.stderr.read() if self.proc.stderr else ""
            pytest.fail(f"emulator did not start: first line {first!r}, stderr {err!r}")
        self.base_url = first[len("listening on ") :]
        #: The throw-away CA (PEM) of `--tls`, printed as a path on the second line.
        self.ca_cert: Optional[str] = None
        if "--tls" in extra_args:
            self.ca_cert = Path(self.proc.stdout.readline().strip()).read_text(encoding="utf-8")

    def control(self, method: str, path: str, body: Optional[Any] = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def reset(self) -> None:
        self.control("POST", "/_mock/reset")

    def fault(self, **fault: Any) -> None:
        self.control("POST", "/_mock/faults", fault)

    def requests(self) -> Any:
        return self.control("GET", "/_mock/requests")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    emu = Emulator()
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture()
def mock(emulator: Emulator) -> Emulator:
    """The session's emulator, reset before the test."""
    emulator.reset()
    return emulator


@pytest.fixture()
def client(mock: Emulator) -> pingxx.Client:
    return pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, timeout_ms=10000, max_retries=0)
