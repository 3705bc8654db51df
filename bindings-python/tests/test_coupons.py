"""Coupon templates and a user's coupons against the emulator: the calls of the every-operation
walk, and the state rules' refusals (limits, orders that cannot use a coupon)."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

import pingxx
from conftest import APP_ID, Emulator


def order(uid: str, no: str, amount: int, coupon: Optional[str] = None) -> Dict[str, Any]:
    p: Dict[str, Any] = {"app": APP_ID, "merchant_order_no": no, "amount": amount, "currency": "cny", "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": uid}
    if coupon is not None:
        p["coupon"] = coupon
    return p


def walk(r: Any, mock: Emulator) -> None:
    """Every operation of the family once, each call succeeding (`r` records the names)."""
    for user in ("py_cp_1", "py_cp_2"):
        r("users.create", {"id": user})
    # pingpp-python example/coupon/coupon_template.py, without the 2017 window.
    tpl = r("coupon_templates.create", {"name": "25OFF", "type": 2, "percent_off": 25, "amount_available": 10000, "max_circulation": 1000, "metadata": {}, "refundable": True})
    assert (tpl["object"], tpl["times_circulated"]) == ("coupon_template", 0)
    assert r("coupon_templates.retrieve", tpl["id"])["percent_off"] == 25
    assert tpl["id"] in [t["id"] for t in r("coupon_templates.list", {"page": 1})["data"]]
    assert r("coupon_templates.update", tpl["id"], {"metadata": {"key": "value"}})["metadata"] == {"key": "value"}
    batch = r("coupon_templates.coupons.create", tpl["id"], {"users": ["py_cp_1", "py_cp_2"]})
    assert [c["user"] for c in batch["data"]] == ["py_cp_1", "py_cp_2"]
    assert len(r("coupon_templates.coupons.list", tpl["id"], {"page": 1})["data"]) == 2
    # pingpp-python example/coupon/coupon.py.
    mine = r("users.coupons.create", "py_cp_1", {"coupon_template": tpl["id"], "metadata": {"key": "value"}})
    assert mine["status"] == "available" and mine["user_times_circulated"] == 2
    assert r("users.coupons.retrieve", "py_cp_1", mine["id"])["coupon_template"]["id"] == tpl["id"]
    assert {c["id"] for c in r("users.coupons.list", "py_cp_1", {"page": 1})["data"]} == {mine["id"], batch["data"][0]["id"]}
    assert r("users.coupons.update", "py_cp_1", mine["id"], {"metadata": {"key": "v2"}})["metadata"] == {"key": "v2"}
    # 25 % off 10000 fen: 7500 to pay, the coupon used.
    o = r("orders.create", order("py_cp_1", "py_cp_order_01", 10000, mine["id"]))
    assert (o["coupon_amount"], o["actual_amount"]) == (2500, 7500)
    assert r("users.coupons.retrieve", "py_cp_1", mine["id"])["status"] == "used"
    assert r("users.retrieve", "py_cp_1")["available_coupons"] == 1
    assert r("users.coupons.delete", "py_cp_2", batch["data"][1]["id"]) == {"id": batch["data"][1]["id"], "deleted": True}
    assert r("coupon_templates.delete", tpl["id"])["deleted"] is True


def test_coupon_limits_and_orders(client: pingxx.Client, mock: Emulator) -> None:
    for user in ("py_cp_r1", "py_cp_r2"):
        client.users.create({"id": user})
    tpl = client.coupon_templates.create({"type": 1, "amount_off": 300, "amount_available": 1000, "max_circulation": 2, "max_user_circulation": 1})
    with pytest.raises(pingxx.PingxxError) as e:
        client.coupon_templates.coupons.create(tpl["id"], {"users": ["py_cp_r1", "py_cp_r1"]})
    assert (e.value.http_status, e.value.param) == (400, "users[1]")
    c1 = client.users.coupons.create("py_cp_r1", {"coupon_template": tpl["id"]})
    client.users.coupons.create("py_cp_r2", {"coupon_template": tpl["id"]})
    with pytest.raises(pingxx.PingxxError) as e:
        client.users.coupons.create("py_cp_r2", {"coupon_template": tpl["id"]})
    assert (e.value.http_status, e.value.param) == (400, "coupon_template")
    assert "max_circulation 2" in e.value.message
    # Under the threshold, another user's: refused naming coupon; the coupon stays available.
    for uid, amount in (("py_cp_r1", 999), ("py_cp_r2", 5000)):
        with pytest.raises(pingxx.PingxxError) as e:
            client.orders.create(order(uid, f"py_cp_bad_{uid}", amount, c1["id"]))
        assert (e.value.http_status, e.value.param) == (400, "coupon")
    # Cash coupon larger than nothing left: 300 off 1000, then canceled: back to available.
    o = client.orders.create(order("py_cp_r1", "py_cp_ok_000001", 1000, c1["id"]))
    assert (o["coupon_amount"], o["actual_amount"]) == (300, 700)
    with pytest.raises(pingxx.PingxxError) as e:
        client.orders.create(order("py_cp_r1", "py_cp_again_0001", 1000, c1["id"]))
    assert (e.value.http_status, e.value.param) == (400, "coupon")
    client.orders.cancel(o["id"])
    assert client.users.coupons.retrieve("py_cp_r1", c1["id"])["status"] == "available"
    assert mock.control("POST", f"/_mock/coupons/{c1['id']}/expire")["status"] == "expired"
    with pytest.raises(pingxx.PingxxError) as e:
        client.orders.create(order("py_cp_r1", "py_cp_late_00001", 1000, c1["id"]))
    assert (e.value.http_status, e.value.param) == (400, "coupon")
    with pytest.raises(pingxx.ValidationError) as v:
        client.coupon_templates.create({"type": 2, "amount_off": 10})
    assert [(f["field"], f["rule"]) for f in v.value.errors] == [("percent_off", "conditional")]
