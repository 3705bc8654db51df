"""Must FAIL ``mypy --strict`` (tests/test_stubs.py checks it does, with exactly the
expected error): ``amout`` is a misspelled ``amount``, which the generated
``OrdersCreateParams`` TypedDict does not have. Never run."""

from __future__ import annotations

import pingxx


def misspelled(client: pingxx.Client) -> None:
    client.orders.create(
        {
            "merchant_order_no": "order_0001",
            "amout": 100,
            "amount": 100,
            "currency": "cny",
            "client_ip": "127.0.0.1",
            "subject": "Your Subject",
            "body": "Your Body",
        }
    )
