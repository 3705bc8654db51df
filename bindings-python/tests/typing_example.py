"""Type-checked with ``mypy --strict`` by the test suite: the public API as users write it."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List

import pingxx


def create_and_pay(client: pingxx.Client) -> str:
    order: Dict[str, Any] = client.orders.create({"merchant_order_no": "n1", "amount": 100})
    order_id: str = order["id"]
    client.orders.pay(order_id, {"channel": "balance", "charge_amount": 100})
    client.orders.refunds.list(order_id, {"page": 1})
    client.orders.cancel(order_id)
    client.orders.retrieve(order_id)
    client.sub_apps.channels.update("app_sub", "alipay", {"banned": True})
    client.sub_apps.channels.update("app_parent", "app_sub", "alipay", {"banned": True})
    client.users.retrieve("user_1")
    items: Iterator[Dict[str, Any]] = client.orders.list_auto({"per_page": 10})
    events: List[Dict[str, Any]] = list(client.events.list_auto({"limit": 10}))
    client.call("charges.retrieve", {"charge_id": "ch_1"})
    return f"{order_id} {len(list(items))} {len(events)}"


def check(params: Dict[str, Any]) -> List[str]:
    return [f"{e['field']}:{e['rule']}" for e in pingxx.validate("orders.create", params, now=1_700_000_000)]


def verify(pem: str, body: bytes, signature: str) -> str:
    try:
        event = pingxx.WebhookVerifier(pem).verify(body, signature)
    except pingxx.SignatureVerificationError as e:
        return e.code
    event_type: str = event["type"]
    return event_type


def sign(pem: str) -> str:
    return pingxx.RequestSigner(pem).sign(b"{}", "/v1/charges", 1_500_000_000)


def describe(err: pingxx.PingxxError) -> str:
    status: int | None = err.http_status
    return f"{err.code} {status} {err.request_id} {err.param} {len(err.errors)}"


def names() -> List[str]:
    return [op["name"] for op in pingxx.operations()] + [pingxx.__version__]


def main() -> None:
    client = pingxx.Client(api_key="sk_test_x", app_id="app_1", timeout=5.0, max_retries=0)
    try:
        print(create_and_pay(client))
    except pingxx.ValidationError as e:
        print(describe(e), e.errors)
    except pingxx.APIConnectionError as e:
        print(describe(e))
