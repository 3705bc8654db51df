"""No reference or memory leak over 10 000 verify calls (success and failure)."""

from __future__ import annotations

import gc
import sys
import tracemalloc

import pingxx
from conftest import VECTORS, load_vectors

CASE = next(c for c in load_vectors("webhooks.json")["cases"] if c["name"] == "wh1_valid")


def rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4


def test_no_leak_over_10000_verifies() -> None:
    verifier = pingxx.WebhookVerifier((VECTORS / CASE["public_key"]).read_text())
    body = CASE["body"].encode()
    good = CASE["signature"]
    bad = "A" + good[1:]

    def run(n: int) -> None:
        for i in range(n):
            if i % 10 == 0:
                try:
                    verifier.verify(body, bad)
                except pingxx.SignatureVerificationError:
                    pass
            else:
                verifier.verify(body, good)

    run(500)
    gc.collect()
    refs = (sys.getrefcount(body), sys.getrefcount(good), sys.getrefcount(verifier))
    objects = len(gc.get_objects())
    tracemalloc.start()
    before_py = tracemalloc.get_traced_memory()[0]
    before_rss = rss_kib()
    run(10_000)
    gc.collect()
    grown_py = tracemalloc.get_traced_memory()[0] - before_py
    tracemalloc.stop()
    grown_rss = rss_kib() - before_rss
    assert (sys.getrefcount(body), sys.getrefcount(good), sys.getrefcount(verifier)) == refs
    assert len(gc.get_objects()) - objects < 100
    assert grown_py < 64 * 1024, f"Python heap grew by {grown_py} bytes"
    assert grown_rss < 4 * 1024, f"RSS grew by {grown_rss} KiB"
