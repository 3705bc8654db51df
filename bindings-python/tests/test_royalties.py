"""Royalties against the emulator: the calls of the every-operation walk (templates, royalty
data, the royalties a paid order produces, a settlement and its transactions), and refusals."""

from __future__ import annotations

from typing import Any

import pytest

import pingxx
from conftest import APP_ID, Emulator

ISV_EXTRA = {"scan_code": "286801346868493272", "terminal_id": "A01"}
RATE = {"royalty_mode": "rate", "refund_mode": "no_refund", "allocation_mode": "receipt_reserved", "data": [{"level": 0, "value": 1000}]}


def order(app: str, no: str, amount: int, **extra: Any) -> dict:
    return dict({"app": app, "merchant_order_no": no, "amount": amount, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}, **extra)


def walk(r: Any, mock: Emulator) -> None:
    """Every operation of the family once, each call succeeding (`r` records the names)."""
    t = r("royalty_templates.create", {"name": "py", "rule": RATE})
    assert t["app"] == APP_ID and t["rule"]["data"] == [{"level": 0, "value": 1000}]
    assert r("royalty_templates.retrieve", t["id"])["name"] == "py"
    assert t["id"] in [x["id"] for x in r("royalty_templates.list", {"per_page": 100})["data"]]
    assert r("royalty_templates.update", t["id"], {"name": "py ten percent"})["name"] == "py ten percent"
    # An order of a first-level sub-app: 10 % of 500 to the platform.
    sub = r("sub_apps.create", {"display_name": "py royalty", "user": "py_ry_biz"})["id"]
    rated = r("orders.create", order(sub, "py_ry_rate", 500, royalty_template=t["id"]))
    r("orders.pay", rated["id"], {"charge_amount": 500, "channel": "isv_scan", "extra": ISV_EXTRA})
    [royalty] = r("royalties.list", {"payer_app": sub})["data"]
    assert (royalty["recipient_app"], royalty["amount"], royalty["status"]) == (APP_ID, 50, "pending")
    assert r("royalties.retrieve", royalty["id"])["source_no"] == "py_ry_rate"
    assert r("royalties.batch_update", {"ids": [royalty["id"]], "description": "py"})["data"][0]["description"] == "py"
    # Royalty data before payment, then the settlement of the royalty it gave.
    payer = "app_PyRoyaltyPayer01"
    later = r("orders.create", order(payer, "py_ry_data", 300))
    taken = r("orders.royalty_datas.create", later["id"], {"app": payer, "royalty_users": [{"user": "u1", "amount": 100}]})
    assert taken == {"app": payer, "livemode": False, "order": later["id"], "succeeded": True}
    r("orders.pay", later["id"], {"charge_amount": 300, "channel": "isv_scan", "extra": ISV_EXTRA})
    s = r("royalty_settlements.create", {"payer_app": payer, "method": "balance"})
    assert (s["amount"], s["count"], s["status"]) == (100, 1, "created")
    [tx] = s["royalty_transactions"]["data"]
    assert (tx["amount"], tx["source_user"]) == (100, "u1")
    assert r("royalty_settlements.retrieve", s["id"])["amount"] == 100
    assert [x["id"] for x in r("royalty_settlements.list", {"payer_app": payer})["data"]] == [s["id"]]
    assert r("royalty_settlements.update", s["id"], {"status": "pending"})["status"] == "succeeded"
    assert r("royalty_transactions.retrieve", tx["id"])["status"] == "succeeded"
    assert [x["id"] for x in r("royalty_transactions.list", {"royalty_settlement": s["id"]})["data"]] == [tx["id"]]
    assert r("royalty_templates.delete", t["id"])["deleted"] is True


def test_royalty_refusals(client: pingxx.Client) -> None:
    payer = "app_PyRoyaltyPayer02"
    with pytest.raises(pingxx.PingxxError) as e:
        client.orders.create(order(payer, "py_ry_over", 100, royalty_users=[{"user": "u1", "amount": 101}]))
    assert (e.value.http_status, e.value.param) == (400, "royalty_users")
    o = client.orders.create(order(payer, "py_ry_charge", 100))
    with pytest.raises(pingxx.PingxxError) as e:
        client.orders.royalty_datas.create(o["id"], {"app": payer, "charge": "ch_x"})
    assert (e.value.http_status, e.value.param) == (400, "charge")
    with pytest.raises(pingxx.PingxxError) as e:
        client.royalty_settlements.create({"payer_app": payer, "method": "balance"})
    assert (e.value.http_status, e.value.param) == (400, "created")
    with pytest.raises(pingxx.ValidationError) as v:
        client.royalty_templates.create({"rule": dict(RATE, data=[{"level": 0, "value": 10001}])})
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("rule.data[0].value", "range")]
