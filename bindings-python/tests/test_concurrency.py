"""One client shared by threads (the GIL is released while waiting) and across fork()."""

from __future__ import annotations

import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import List

import pingxx
from conftest import Emulator, read_key

DELAY_MS = 20
THREADS = 16
CALLS = 50


def test_thread_pool_shares_one_client_and_overlaps(client: pingxx.Client, mock: Emulator) -> None:
    total = THREADS * CALLS
    mock.fault(kind="delay", ms=DELAY_MS, count=total, path="/v1/events")

    def worker(_: int) -> List[str]:
        return [client.events.list({"limit": 1})["object"] for _ in range(CALLS)]

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [obj for chunk in pool.map(worker, range(THREADS)) for obj in chunk]
    wall = time.perf_counter() - start

    assert results == ["list"] * total
    log = mock.requests()["data"]
    assert len(log) == total and all(e["status"] == 200 for e in log)
    serial = total * DELAY_MS / 1000  # 16 s if the calls ran one after another
    assert wall < serial / 4, f"{total} calls took {wall:.2f}s; serial would be at least {serial:.0f}s"


def test_python_threads_run_while_a_call_waits(client: pingxx.Client, mock: Emulator) -> None:
    mock.fault(kind="delay", ms=600, path="/v1/events")
    ticks = 0
    done = threading.Event()

    def call() -> None:
        client.events.list()
        done.set()

    t = threading.Thread(target=call)
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    assert ticks > 100, f"main thread only ran {ticks} times during a 600 ms call"


def test_signing_and_verifying_release_the_gil() -> None:
    """With a 0.5 s switch interval a thread holding the GIL would starve the main
    thread; releasing it around each sign and verify lets the main thread run."""
    signer = pingxx.RequestSigner(read_key("merchant_example_private_key_pkcs1.pem"))
    ws = pingxx.WebhookSigner(read_key("merchant_example_private_key_pkcs1.pem"))
    verifier = pingxx.WebhookVerifier(read_key("merchant_example_public_key_spki.pem"))
    body = b'{"id":"evt_t","type":"charge.succeeded","created":1,"livemode":false,"data":{"object":{}}}'
    sig = ws.sign(body)
    stop = threading.Event()
    ticks = 0

    def busy() -> None:
        while not stop.is_set():
            signer.sign(body, "/v1/charges", 1)
            verifier.verify(body, sig)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.5)
    try:
        workers = [threading.Thread(target=busy) for _ in range(2)]
        for w in workers:
            w.start()
        deadline = time.perf_counter() + 0.5
        while time.perf_counter() < deadline:
            ticks += 1
            time.sleep(0.001)
        stop.set()
        for w in workers:
            w.join()
    finally:
        sys.setswitchinterval(interval)
    # Starved, the main thread would tick about once per 0.5 s switch interval; 10 ticks
    # leave room for a loaded machine (the ideal is about 500).
    assert ticks > 10, f"main thread starved: {ticks} ticks in 0.5 s"


def test_fork_child_gets_fresh_connections(client: pingxx.Client, mock: Emulator) -> None:
    assert client.events.list()["object"] == "list"  # the parent now holds a pooled connection
    assert client._native._fork_generation == 0
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            ok = [client.events.list()["object"] for _ in range(3)] == ["list"] * 3
            if ok and client._native._fork_generation == 1:
                status = 0
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert client.events.list()["object"] == "list"
    assert client._native._fork_generation == 0
    assert len(mock.requests()["data"]) == 5
