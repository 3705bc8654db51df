"""The generated stub types every operation; `mypy --strict` accepts the example file
and rejects the misspelled parameter of typing_negative.py.

The stub is written by the workspace generator (`cargo run -p xtask -- gen`); that it
is fresh is checked by `make gen-check` (a prerequisite of `make test`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pingxx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def mypy(path: Path, cwd: Path) -> "subprocess.CompletedProcess[str]":
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        cwd=str(cwd),
    )


def test_installed_stub_matches_source() -> None:
    installed = Path(pingxx.__file__).parent / "_client.pyi"
    assert installed.read_text(encoding="utf-8") == (ROOT / "pingxx" / "_client.pyi").read_text(encoding="utf-8")
    assert (Path(pingxx.__file__).parent / "py.typed").exists()


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in name.replace(".", "_").split("_"))


def test_every_operation_is_in_the_stub() -> None:
    stub = (ROOT / "pingxx" / "_client.pyi").read_text(encoding="utf-8")
    for op in pingxx.operations():
        assert f"def {op['action']}(self" in stub, op["name"]
        params = f"{pascal(op['name'])}Params"
        # Class syntax, or the functional one for keys such as created[gte].
        assert f"class {params}(TypedDict" in stub or f"{params} = TypedDict(" in stub, op["name"]
        kind = op["returns"]["kind"] if isinstance(op["returns"], dict) else op["kind"]
        # A kind with a field that is a Python keyword (`from` of a recharge) takes the functional syntax.
        assert f"class {pascal(kind)}(TypedDict" in stub or f"{pascal(kind)} = TypedDict(" in stub, op["name"]


def test_mypy_strict_on_example() -> None:
    result = mypy(HERE / "typing_example.py", HERE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_rejects_a_misspelled_parameter() -> None:
    """typing_negative.py passes ``amout`` to orders.create: exactly that error, nothing else."""
    result = mypy(HERE / "typing_negative.py", HERE)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert 'Extra key "amout" for TypedDict "OrdersCreateParams"' in errors[0], result.stdout


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
    result = mypy(bad, tmp_path)
    assert result.returncode == 1
    assert result.stdout.count("error:") == 4, result.stdout
