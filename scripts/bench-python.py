#!/usr/bin/env python3
"""Benchmark of the Python package `pingxx` (issue 6); prints its ratios.

    python3 scripts/bench-python.py            # full run (about 1 minute once built)
    python3 scripts/bench-python.py --quick    # fewer iterations
    python3 scripts/bench-python.py --json out.json
    python3 scripts/bench-python.py --reinstall   # rebuild ./bindings-python after a change

Run with any Python >= 3.9: when `pingxx`, `pingpp` 2.7.2 or `cryptography` cannot be
imported, the script makes a venv in $CARGO_TARGET_DIR/py-bench-venv (default target/), installs
`./bindings-python` (release build), `pingpp==2.7.2` and `cryptography` from PyPI,
and runs itself there. The emulator is `$PINGXX_BIN`, else the release build of the CLI
(`cargo build --release -p pingxx-cli`, run by the script).

Measured, each as the median of several timed rounds:
  1. RequestSigner.sign and WebhookVerifier.verify from Python, against the same core
     code run in a loop inside Rust (no Python per call): the binding overhead (goal <= 10 %).
  2. The same against `cryptography` with the key loaded once.
  3. RequestSigner.sign against the official pingpp 2.7.2 signing path
     (APIRequestor.rsa_sign, which re-parses the key each call; goal >= 40x faster).
  4. Requests per second through the emulator, one thread, GET /v1/charges/{id}:
     pingxx (keep-alive) against pingpp 2.7.2 as users call it (goal >= 3x),
     without and with request signing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path
from typing import Any, Callable, Dict, List

REPO = Path(__file__).resolve().parents[1]
KEYS = REPO / "tests" / "vectors" / "keys"
VENV = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target") / "py-bench-venv"
API_KEY = "sk_test_BenchPython000000000000"
APP_ID = "app_1Gqj58ynP0mHeX1q"


def ensure_environment(reinstall: bool) -> None:
    """Runs the script inside the bench venv with everything installed, building it when needed."""
    inside = Path(sys.prefix).resolve() == VENV.resolve()
    if not reinstall or os.environ.get("PINGXX_BENCH_BOOTSTRAPPED"):
        try:
            import cryptography  # noqa: F401
            import pingpp  # noqa: F401

            import pingxx  # noqa: F401

            return
        except ImportError:
            if os.environ.get("PINGXX_BENCH_BOOTSTRAPPED"):
                sys.exit("bench-python: dependencies still missing inside the bench venv")
    py = VENV / "bin" / "python"
    if not inside:
        if not py.exists():
            print(f"bench-python: creating {VENV}", file=sys.stderr)
            venv.create(VENV, with_pip=True)
        os.execv(str(py), [str(py), __file__, *sys.argv[1:]])
    pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + ["maturin>=1.5,<2", "pingpp==2.7.2", "cryptography"], check=True)
    print("bench-python: pip install ./bindings-python (release build)", file=sys.stderr)
    subprocess.run(pip + ["--force-reinstall", "--no-deps", str(REPO / "bindings-python")], check=True)
    env = dict(os.environ, PINGXX_BENCH_BOOTSTRAPPED="1")
    os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], env)


def emulator_binary() -> Path:
    """`$PINGXX_BIN`, else the release build of the CLI (built or brought up to date here)."""
    if os.environ.get("PINGXX_BIN"):
        return Path(os.environ["PINGXX_BIN"])
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "pingxx-cli"], cwd=REPO, check=True)
    return Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target") / "release" / "pingxx"


def per_call(fn: Callable[[], Any], n: int, rounds: int) -> float:
    """Median seconds per call over `rounds` rounds of `n` calls."""
    fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        times.append((time.perf_counter() - start) / n)
    return statistics.median(times)


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:9.1f} us"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer iterations")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--reinstall", action="store_true", help="rebuild and reinstall ./bindings-python first")
    parser.add_argument("--venv", action="store_true", help="print the bench venv's path and exit")
    args = parser.parse_args()
    if args.venv:
        print(VENV)
        return 0
    ensure_environment(args.reinstall)

    import pingpp
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding
    from pingpp.api_requestor import APIRequestor

    import pingxx
    from pingxx import _native

    scale = 0.2 if args.quick else 1.0
    rounds = 7
    n_sign = max(20, int(400 * scale))
    n_verify = max(200, int(4000 * scale))
    n_http = max(100, int(1500 * scale))
    results: Dict[str, Any] = {"pingxx": pingxx.__version__, "crypto_backend": _native.CRYPTO_BACKEND}

    private_pem = (KEYS / "merchant_example_private_key_pkcs1.pem").read_text()
    public_pem = (KEYS / "merchant_example_public_key_spki.pem").read_text()
    body = json.dumps(
        {
            "order_no": "123456789",
            "app": {"id": APP_ID},
            "channel": "alipay",
            "amount": 100,
            "client_ip": "127.0.0.1",
            "currency": "cny",
            "subject": "Subject",
            "body": "Body",
        },
        separators=(",", ":"),
    ).encode()
    target, ts = "/v1/charges", 1500000000

    signer = pingxx.RequestSigner(private_pem)
    ws = pingxx.WebhookSigner(private_pem)
    verifier = pingxx.WebhookVerifier(public_pem)
    event = json.dumps(
        {
            "id": "evt_bench",
            "type": "charge.succeeded",
            "created": 1,
            "livemode": False,
            "object": "event",
            "data": {"object": {"id": "ch_1", "object": "charge", "amount": 100}},
        },
        separators=(",", ":"),
    ).encode()
    event_sig = ws.sign(event)

    # 1. The binding against the core run in Rust.
    # Rounds alternate between Python and Rust so that load on a shared machine hits both alike.
    py_rounds: List[float] = []
    core_rounds: List[float] = []
    for _ in range(rounds):
        py_rounds.append(per_call(lambda: signer.sign(body, target, ts), n_sign, 1))
        core_rounds.append(_native._bench_core_sign(private_pem, body, target, ts, n_sign) / n_sign)
    py_sign, core_sign = statistics.median(py_rounds), statistics.median(core_rounds)
    py_rounds, core_rounds = [], []
    for _ in range(rounds):
        py_rounds.append(per_call(lambda: verifier.verify(event, event_sig), n_verify, 1))
        core_rounds.append(_native._bench_core_verify(public_pem, event, event_sig, n_verify) / n_verify)
    py_verify, core_verify = statistics.median(py_rounds), statistics.median(core_rounds)

    # 2. cryptography, key loaded once.
    c_priv: Any = serialization.load_pem_private_key(private_pem.encode(), password=None)
    c_pub: Any = serialization.load_pem_public_key(public_pem.encode())
    data = body + target.encode() + str(ts).encode()
    import base64

    crypto_sign = per_call(
        lambda: base64.b64encode(c_priv.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode(), n_sign, rounds
    )
    raw_sig = base64.b64decode(event_sig)

    def crypto_verify_once() -> Any:
        c_pub.verify(raw_sig, event, padding.PKCS1v15(), hashes.SHA256())
        return json.loads(event)

    crypto_verify = per_call(crypto_verify_once, n_verify, rounds)

    # 3. The official signing path.
    requestor = APIRequestor(key=API_KEY)
    rsa_data = requestor.get_rsa_verify_data(body, target, ts)
    official = per_call(lambda: requestor.rsa_sign(private_pem.strip(), rsa_data), max(10, n_sign // 20), rounds)
    assert requestor.rsa_sign(private_pem.strip(), rsa_data).decode() == signer.sign(body, target, ts)

    results["sign_us"] = {
        "pingxx": py_sign * 1e6,
        "core": core_sign * 1e6,
        "cryptography": crypto_sign * 1e6,
        "pingpp_2_7_2": official * 1e6,
    }
    results["verify_us"] = {"pingxx": py_verify * 1e6, "core": core_verify * 1e6, "cryptography": crypto_verify * 1e6}

    # 4. Requests per second through the emulator.
    proc = subprocess.Popen([str(emulator_binary()), "mock", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line.startswith("listening on "):
            sys.exit(f"bench-python: emulator did not start: {line!r}")
        base = line[len("listening on ") :]
        rps: Dict[str, float] = {}
        for signed in (False, True):
            key = private_pem if signed else None
            client = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=base, private_key=key, max_retries=0)
            charge = client.charges.create(
                {
                    "order_no": f"bench{int(signed)}0001",
                    "app": {"id": APP_ID},
                    "channel": "isv_scan",
                    "amount": 100,
                    "client_ip": "127.0.0.1",
                    "currency": "cny",
                    "subject": "s",
                    "body": "b",
                    "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"},
                }
            )
            cid = charge["id"]
            pingpp.api_key, pingpp.api_base, pingpp.private_key = API_KEY, base, key
            assert pingpp.Charge.retrieve(cid)["id"] == cid
            n = n_http if not signed else max(30, n_http // 20)
            ours_rounds: List[float] = []
            theirs_rounds: List[float] = []
            for _ in range(rounds):  # alternating, so that load on a shared machine hits both alike
                ours_rounds.append(per_call(lambda c=client, i=cid: c.charges.retrieve(i), n_http // 3, 1))
                theirs_rounds.append(per_call(lambda i=cid: pingpp.Charge.retrieve(i), n // 3, 1))
            ours = 1.0 / statistics.median(ours_rounds)
            theirs = 1.0 / statistics.median(theirs_rounds)
            tag = "signed" if signed else "unsigned"
            rps[f"pingxx_{tag}"], rps[f"pingpp_{tag}"] = ours, theirs
        results["requests_per_second"] = rps
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    overhead_sign = py_sign / core_sign - 1
    overhead_verify = py_verify / core_verify - 1
    ratios = {
        "sign_overhead_vs_core": overhead_sign,
        "verify_overhead_vs_core": overhead_verify,
        "sign_speedup_vs_cryptography": crypto_sign / py_sign,
        "verify_speedup_vs_cryptography": crypto_verify / py_verify,
        "sign_speedup_vs_pingpp": official / py_sign,
        "rps_ratio_unsigned": rps["pingxx_unsigned"] / rps["pingpp_unsigned"],
        "rps_ratio_signed": rps["pingxx_signed"] / rps["pingpp_signed"],
    }
    results["ratios"] = ratios

    print(f"pingxx {pingxx.__version__} ({_native.CRYPTO_BACKEND}), Python {sys.version.split()[0]}")
    print("RequestSigner.sign (RSA-2048 PKCS#1 v1.5 SHA-256)")
    print(f"  pingxx from Python   {fmt_us(py_sign)}")
    print(f"  core in Rust         {fmt_us(core_sign)}   overhead {overhead_sign:+.1%} (goal <= +10%)")
    print(f"  cryptography         {fmt_us(crypto_sign)}   pingxx is {crypto_sign / py_sign:.2f}x")
    print(f"  pingpp 2.7.2         {fmt_us(official)}   pingxx is {official / py_sign:.1f}x faster (goal >= 40x)")
    print("WebhookVerifier.verify (verify + parse to dict)")
    print(f"  pingxx from Python   {fmt_us(py_verify)}")
    print(f"  core in Rust         {fmt_us(core_verify)}   overhead {overhead_verify:+.1%} (goal <= +10%)")
    print(f"  cryptography+json    {fmt_us(crypto_verify)}   pingxx is {crypto_verify / py_verify:.2f}x")
    print("Requests per second, GET /v1/charges/{id} through the emulator, one thread")
    for tag in ("unsigned", "signed"):
        a, b = rps[f"pingxx_{tag}"], rps[f"pingpp_{tag}"]
        print(f"  {tag:<9} pingxx {a:8.0f}/s   pingpp 2.7.2 {b:8.0f}/s   ratio {a / b:.1f}x (goal >= 3x)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
