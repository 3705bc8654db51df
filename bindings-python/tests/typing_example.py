"""Type-checked with ``mypy --strict`` by the test suite: the public API as users write it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List

import pingxx

if TYPE_CHECKING:
    from pingxx._client import Event, Order, OrdersCreateParams


def create_and_pay(client: pingxx.Client) -> str:
    params: OrdersCreateParams = {
        "merchant_order_no": "n1",
        "amount": 100,
        "currency": "cny",
        "client_ip": "127.0.0.1",
        "subject": "Your Subject",
        "body": "Your Body",
    }
    order: Order = client.orders.create(params)
    order_id: str = order["id"]
    client.orders.pay(order_id, {"channel": "balance", "charge_amount": 100})
    client.orders.refunds.list(order_id, {"page": 1})
    client.orders.cancel(order_id)
    client.orders.retrieve(order_id)
    client.sub_apps.channels.update("app_sub", "alipay", {"banned": True, "banned_msg": "closed", "params": {}})
    client.sub_apps.channels.update("app_parent", "app_sub", "alipay", {"params": {"fee_rate": 60}})
    client.users.retrieve("user_1")
    items: Iterator[Order] = client.orders.list_auto({"per_page": 10})
    events: List[Event] = list(client.events.list_auto({"limit": 10}))
    raw: Dict[str, Any] = client.call("charges.retrieve", {"charge_id": "ch_1"})
    return f"{order_id} {len(list(items))} {len(events)} {len(raw)}"


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
    client = pingxx.Client(api_key="sk_test_x", app_id="app_1", timeout_ms=5000, max_retries=0)
    try:
        print(create_and_pay(client))
    except pingxx.ValidationError as e:
        print(describe(e), e.errors)
    except pingxx.APIConnectionError as e:
        print(describe(e))
