"""``pingxx.AsyncClient`` against the emulator: awaitable calls that never block the
loop, ``async for`` over list_auto, the same exceptions, and cancellation."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Dict, List, Tuple

import pytest

import pingxx
from conftest import API_KEY, APP_ID, Emulator
from test_emulator import order_params


def async_client(mock: Emulator, **opts: Any) -> pingxx.AsyncClient:
    opts.setdefault("max_retries", 0)
    return pingxx.AsyncClient(api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, **opts)


async def with_ticker(work: Any) -> Tuple[Any, float, int]:
    """Runs ``work`` while a ticker task sleeps 1 ms at a time on the same loop;
    returns the result, the longest gap between ticks (s) and the tick count."""
    stop = asyncio.Event()
    gaps: List[float] = []

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    tick = asyncio.create_task(ticker())
    try:
        result = await work
    finally:
        stop.set()
        await tick
    return result, max(gaps, default=0.0), len(gaps)


def test_200_concurrent_awaits_keep_the_loop_ticking(mock: Emulator) -> None:
    client = async_client(mock)

    async def main() -> Tuple[Any, float, int]:
        created = await client.orders.create(order_params("py_async_0"))
        calls = [client.orders.retrieve(created["id"]) for _ in range(200)]
        return await with_ticker(asyncio.gather(*calls))

    results, stall, ticks = asyncio.run(main())
    assert len(results) == 200 and all(r["merchant_order_no"] == "py_async_0" for r in results)
    assert all(isinstance(r, pingxx.PingxxObject) and r.http_status == 200 for r in results)
    assert ticks > 0, "the ticker never ran while the calls were in flight"
    # Reported, not asserted (timing depends on the machine): tools/bench_async.py measures it.
    print(f"\n200 concurrent awaits: longest loop stall {stall * 1000:.1f} ms over {ticks} ticks")


def test_async_for_over_list_auto(mock: Emulator) -> None:
    client = async_client(mock)

    async def main() -> Tuple[List[Dict[str, Any]], int]:
        for i in range(5):
            await client.orders.create(order_params(f"py_async_list_{i}"))
        items = client.orders.list_auto(params={"per_page": 2})
        seen = [order async for order in items]
        return seen, items.pages_fetched

    seen, pages = asyncio.run(main())
    assert sorted(o["merchant_order_no"] for o in seen) == [f"py_async_list_{i}" for i in range(5)]
    assert pages >= 3


def test_the_same_exceptions(mock: Emulator) -> None:
    client = async_client(mock)
    offline = pingxx.AsyncClient(api_key=API_KEY, app_id=APP_ID, api_base="http://127.0.0.1:9", max_retries=0)

    async def main() -> None:
        with pytest.raises(pingxx.ValidationError) as info:
            await client.orders.create({"amount": -1})
        assert info.value.code == "validation_failed"
        with pytest.raises(pingxx.InvalidRequestError):
            await client.orders.retrieve("2011611170000009999")
        with pytest.raises(pingxx.APIConnectionError):
            await offline.call("orders.list")
        with pytest.raises(pingxx.ValidationError, match="unknown_operation|not in the operation table|orders.explode"):
            await client.call("orders.explode")

    asyncio.run(main())


def test_cancelling_an_awaiting_task_leaves_the_client_usable(mock: Emulator) -> None:
    client = async_client(mock, timeout_ms=10_000)

    async def main() -> Dict[str, Any]:
        mock.fault(kind="delay", ms=1500, count=1, path="/v1/orders")
        slow = asyncio.create_task(client.orders.list())
        await asyncio.sleep(0.2)
        slow.cancel()
        started = time.perf_counter()
        with pytest.raises(asyncio.CancelledError):
            await slow
        assert time.perf_counter() - started < 1.0, "cancel returns without waiting for the request"
        return await client.orders.create(order_params("py_async_after_cancel"))

    order = asyncio.run(main())
    assert order["merchant_order_no"] == "py_async_after_cancel"


def test_raw_request_and_properties(mock: Emulator) -> None:
    client = async_client(mock)
    assert client.app_id == APP_ID and client.api_base == mock.base_url
    assert repr(client).startswith("AsyncClient(")

    async def main() -> Dict[str, Any]:
        return await client.request("GET", f"/v1/orders?app={APP_ID}")

    listed = asyncio.run(main())
    assert listed["object"] == "list"
