"""The generated stubs are fresh and `mypy --strict` accepts the example file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pingxx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))

import gen_stubs  # noqa: E402


def test_stub_is_fresh() -> None:
    committed = (ROOT / "pingxx" / "_client.pyi").read_text(encoding="utf-8")
    assert committed == gen_stubs.render(pingxx.operations()), "stale stub: run python tools/gen_stubs.py"


def test_installed_stub_matches_source() -> None:
    installed = Path(pingxx.__file__).parent / "_client.pyi"
    assert installed.read_text(encoding="utf-8") == (ROOT / "pingxx" / "_client.pyi").read_text(encoding="utf-8")
    assert (Path(pingxx.__file__).parent / "py.typed").exists()


def test_every_operation_is_in_the_stub() -> None:
    stub = (ROOT / "pingxx" / "_client.pyi").read_text(encoding="utf-8")
    for op in pingxx.operations():
        assert f"def {op['action']}(self" in stub, op["name"]


def test_mypy_strict_on_example() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(HERE / "typing_example.py")],
        capture_output=True,
        text=True,
        cwd=str(HERE),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_rejects_misuse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pingxx\n"
        "c = pingxx.Client(api_key='sk_test_x')\n"
        "c.orders.pay(1, {})\n"
        "c.orders.no_such_method()\n"
        "n: int = c.orders.retrieve('o')\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(bad)],
        capture_output=True,
        text=True,
        cwd=str(tmp_path),
    )
    assert result.returncode == 1
    assert result.stdout.count("error:") == 3, result.stdout
