"""Benchmark of ``pingxx.AsyncClient``: N concurrent awaits against the emulator
while a ticker task sleeps 1 ms at a time on the same loop. Prints the calls per
second and how long the loop stalled (longest and 99th percentile gap between
ticks, minus the 1 ms sleep), next to the same calls made with the blocking
``Client`` on the loop, which is what the async client avoids.

    PINGXX_BIN=target/release/pingxx python tools/bench_async.py [--calls 200] [--rounds 3]

Needs the ``pingxx`` CLI (the emulator) and the installed package.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import pingxx  # noqa: E402
from conftest import API_KEY, APP_ID, Emulator  # noqa: E402


async def measure(work: Callable[[], Awaitable[Any]]) -> Tuple[float, List[float]]:
    """Seconds taken by ``work()`` and the gaps between ticks of a 1 ms ticker meanwhile."""
    stop = asyncio.Event()
    gaps: List[float] = []

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last - 0.001)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    started = time.perf_counter()
    await work()
    elapsed = time.perf_counter() - started
    stop.set()
    await task
    return elapsed, gaps


def report(name: str, calls: int, elapsed: float, gaps: List[float]) -> None:
    gaps = sorted(gaps) or [0.0]
    p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
    print(
        f"{name:<28} {calls / elapsed:8.0f} calls/s   longest stall {max(gaps) * 1000:7.1f} ms"
        f"   p99 {p99 * 1000:6.1f} ms   median {statistics.median(gaps) * 1000:5.2f} ms   ticks {len(gaps)}"
    )


async def run(base: str, calls: int, rounds: int) -> None:
    client = pingxx.AsyncClient(api_key=API_KEY, app_id=APP_ID, api_base=base, max_retries=0)
    blocking = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=base, max_retries=0)
    order = await client.orders.create(
        {
            "app": APP_ID,
            "uid": "bench",
            "merchant_order_no": "bench_async_1",
            "amount": 100,
            "client_ip": "127.0.0.1",
            "currency": "cny",
            "subject": "s",
            "body": "b",
        }
    )

    async def concurrent() -> None:
        await asyncio.gather(*(client.orders.retrieve(order["id"]) for _ in range(calls)))

    async def on_the_loop() -> None:
        for _ in range(calls):
            blocking.orders.retrieve(order["id"])

    for r in range(rounds):
        elapsed, gaps = await measure(concurrent)
        report(f"AsyncClient x{calls} (round {r + 1})", calls, elapsed, gaps)
    elapsed, gaps = await measure(on_the_loop)
    report(f"blocking Client on the loop", calls, elapsed, gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    emulator = Emulator()
    try:
        asyncio.run(run(emulator.base_url, args.calls, args.rounds))
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
