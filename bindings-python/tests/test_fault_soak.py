"""Fault soak: several hundred money-moving calls through the emulator with random
faults, then the emulator's ledger is compared with what each call reported.

Nothing may be created twice, no refund may exceed the paid amount, and every call that
did not report success reported either a definite failure (nothing happened) or
``outcome_unknown``.
"""

from __future__ import annotations

import os
import random
from collections import Counter, defaultdict
from typing import Any, Dict, List, Optional, Tuple

import pingxx

from conftest import API_KEY, APP_ID, Emulator

CALLS = 300
SCAN_EXTRA = {"scan_code": "286801346868493272", "terminal_id": "T0000001"}


def reported(call: Any) -> Tuple[str, Optional[Dict[str, Any]]]:
    try:
        return "ok", call()
    except pingxx.PingxxError as e:
        return ("unknown" if e.code == "outcome_unknown" else "failed"), None


def random_fault(rng: random.Random, path: str) -> Optional[Dict[str, Any]]:
    pick = rng.randrange(10)
    kinds: Dict[int, Dict[str, Any]] = {
        0: {"kind": "drop_before"},
        1: {"kind": "drop_after"},
        2: {"kind": "drop_after"},
        3: {"kind": "html_502"},
        4: {"kind": "json_500"},
        5: {"kind": "delay", "ms": 30},
    }
    if pick not in kinds:
        return None
    return {**kinds[pick], "count": rng.randint(1, 3), "path": path}


def test_ledger_matches_what_every_call_reported(mock: Emulator) -> None:
    client = pingxx.Client(
        api_key=API_KEY,
        app_id=APP_ID,
        api_base=mock.base_url,
        timeout_ms=3000,
        max_retries=2,
        retry_base_delay_ms=2,
        retry_max_delay_ms=10,
        deadline_ms=20000,
    )
    seed = int(os.environ.get("PINGXX_SOAK_SEED", "20261201"))
    rng = random.Random(seed)
    charges: Dict[str, Tuple[str, int]] = {}
    known: List[Tuple[str, int]] = []
    refunds: Dict[str, Counter[str]] = defaultdict(Counter)
    tally: Counter[str] = Counter()

    for i in range(CALLS):
        if known and rng.random() < 0.5:
            charge_id, amount = rng.choice(known)
            fault = random_fault(rng, "/refunds")
            if fault:
                mock.fault(**fault)
            refund_amount = rng.randint(1, amount // 3)
            rep, _ = reported(
                lambda: client.charges.refunds.create(
                    charge_id, {"amount": refund_amount, "description": "soak"}
                )
            )
            refunds[charge_id][rep] += 1
            tally["refund " + rep] += 1
        else:
            no = f"soak{seed}p{i}"
            amount = rng.randint(30, 1000)
            fault = random_fault(rng, "/v1/charges")
            if fault:
                mock.fault(**fault)
            rep, charge = reported(
                lambda: client.charges.create(
                    {
                        "order_no": no,
                        "app": {"id": APP_ID},
                        "channel": "isv_scan",
                        "amount": amount,
                        "client_ip": "127.0.0.1",
                        "currency": "cny",
                        "subject": "s",
                        "body": "b",
                        "extra": SCAN_EXTRA,
                    }
                )
            )
            tally["charge " + rep] += 1
            if charge is not None:
                assert charge["order_no"] == no
                known.append((charge["id"], amount))
            charges[no] = (rep, amount)
        mock.control("DELETE", "/_mock/faults")
    print(f"fault soak (python): seed {seed}, reported {dict(tally)}")
    assert tally["charge ok"] > 0 and tally["refund ok"] > 0

    seen: Dict[str, List[Dict[str, Any]]] = defaultdict(list)
    for c in client.charges.list_auto({"limit": 100}):
        seen[c["order_no"]].append(c)
    for no, (rep, amount) in charges.items():
        found = len(seen.get(no, []))
        assert found <= 1, f"{no}: created {found} times"
        if rep == "ok":
            assert found == 1, f"{no}: reported success, not in the ledger"
        elif rep == "failed":
            assert found == 0, f"{no}: reported a definite failure, yet it exists"
        if found:
            assert seen[no][0]["amount"] == amount
    for charge_id, counts in refunds.items():
        charge = client.charges.retrieve(charge_id)
        made = list(client.charges.refunds.list_auto(charge_id, {"limit": 100}))
        total = sum(r["amount"] for r in made)
        assert counts["ok"] <= len(made) <= counts["ok"] + counts["unknown"], (charge_id, len(made), counts)
        assert total <= charge["amount"]
        assert charge["amount_refunded"] == total
