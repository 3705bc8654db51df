"""WeChat profit sharing against the emulator: the calls of the every-operation walk, and
the money rules' refusals. No official Python SDK has these endpoints (only Go, Java and
PHP): the parameters are those of pingpp-php's examples."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import pingxx
from conftest import APP_ID, Emulator

# pingpp-php example/split_receiver/create.php.
MERCHANT = {"type": "MERCHANT_ID", "name": "示例商户全称", "account": "190001001", "channel": "wx_pub_qr"}


def wx_charge(order_no: str, amount: int) -> Dict[str, Any]:
    return {"order_no": order_no, "app": {"id": APP_ID}, "channel": "wx", "amount": amount, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}


def split(charge: str, order_no: str, kind: str, recipients: Any) -> Dict[str, Any]:
    return {"charge": charge, "order_no": order_no, "type": kind, "recipients": recipients, "metadata": {}}


def walk(r: Any, mock: Emulator) -> None:
    """Every operation of the family once, each call succeeding (`r` records the names)."""
    recv = r("split_receivers.create", MERCHANT)
    assert recv["id"].startswith("recv_") and len(recv["id"]) == 19 and recv["app"] == APP_ID
    assert r("split_receivers.retrieve", recv["id"])["name"] == "示例商户全称"
    assert [x["id"] for x in r("split_receivers.list", {"page": 1, "per_page": 10})["data"]] == [recv["id"]]
    ch = r("charges.create", wx_charge("pysp1", 1000))
    mock.control("POST", f"/_mock/charges/{ch['id']}/succeed")
    # pingpp-php example/split_profit/create.php.
    sp = r("split_profits.create", split(ch["id"], "9f2b7c1d0e4a4d5e8a6b3c2d1e0f9a8b", "split_normal", [{"split_receiver": recv["id"], "amount": 6, "name": "示例商户全称", "description": "Your Description"}]))
    assert sp["recipients"][0]["status"] == "pending" and sp["channel"] == "wx"
    assert mock.control("POST", f"/_mock/split_profits/{sp['id']}/succeed")["recipients"][0]["status"] == "succeeded"
    assert r("split_profits.retrieve", sp["id"])["charge"] == ch["id"]
    assert [x["id"] for x in r("split_profits.list", {"page": 1, "per_page": 10})["data"]] == [sp["id"]]
    txs = r("profit_transactions.list", {"page": 1, "per_page": 10})["data"]
    assert [(t["amount"], t["status"], t["split_profit"]) for t in txs] == [(6, "succeeded", sp["id"])]
    assert r("profit_transactions.retrieve", txs[0]["id"])["split_receiver"] == recv["id"]
    assert r("split_receivers.delete", recv["id"]) == {"id": recv["id"], "deleted": True}


def test_a_split_takes_at_most_what_the_charge_has_left(client: pingxx.Client, mock: Emulator) -> None:
    recv = client.split_receivers.create(MERCHANT)
    ch = client.charges.create(wx_charge("pysp2", 500))
    mock.control("POST", f"/_mock/charges/{ch['id']}/succeed")
    client.charges.refunds.create(ch["id"], {"amount": 100, "description": "r"})
    item = {"split_receiver": recv["id"], "amount": 401, "description": "d"}
    with pytest.raises(pingxx.PingxxError) as e:
        client.split_profits.create(split(ch["id"], "pysp2a", "split_normal", [item]))
    assert (e.value.http_status, e.value.param) == (400, "recipients")
    assert "400 left" in e.value.message
    client.split_profits.create(split(ch["id"], "pysp2b", "split_normal", [dict(item, amount=300)]))
    with pytest.raises(pingxx.PingxxError) as e:
        client.charges.refunds.create(ch["id"], {"amount": 101, "description": "r"})
    assert (e.value.http_status, e.value.param) == (400, "amount")
    refund = client.charges.refunds.create(ch["id"], {"description": "the rest"})
    assert refund["amount"] == 100
    shared = sum(t["amount"] for t in client.profit_transactions.list({"split_receiver": recv["id"]})["data"])
    assert client.charges.retrieve(ch["id"])["amount_refunded"] + shared == 500


def test_receivers_and_recipients_are_checked(client: pingxx.Client, mock: Emulator) -> None:
    with pytest.raises(pingxx.ValidationError) as v:
        client.split_receivers.create(dict(MERCHANT, name=None))
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("name", "conditional")]
    recv = client.split_receivers.create(MERCHANT)
    with pytest.raises(pingxx.PingxxError) as e:
        client.split_receivers.create(MERCHANT)
    assert (e.value.http_status, e.value.param) == (400, "account")
    ch = client.charges.create(wx_charge("pysp3", 500))
    with pytest.raises(pingxx.PingxxError) as e:
        client.split_profits.create(split(ch["id"], "pysp3a", "split_normal", [{"split_receiver": recv["id"], "amount": 1, "description": "d"}]))
    assert (e.value.http_status, e.value.param) == (400, "charge")
    mock.control("POST", f"/_mock/charges/{ch['id']}/succeed")
    with pytest.raises(pingxx.PingxxError) as e:
        client.split_profits.create(split(ch["id"], "pysp3b", "split_normal", [{"split_receiver": recv["id"], "amount": 1, "name": "别人", "description": "d"}]))
    assert e.value.param == "recipients[0].name"
    with pytest.raises(pingxx.ValidationError) as v:
        client.split_profits.create(split(ch["id"], "pysp3c", "split_return", [{"split_receiver": recv["id"], "amount": 1, "description": "a&b"}]))
    assert sorted((x["field"], x["rule"]) for x in v.value.errors) == [("recipients[0].description", "pattern"), ("recipients[0].split_receiver", "conditional")]
    client.split_profits.create(split(ch["id"], "pysp3d", "split_return", [{"amount": 500, "description": "完结分账"}]))
    with pytest.raises(pingxx.PingxxError) as e:
        client.split_profits.create(split(ch["id"], "pysp3e", "split_normal", [{"split_receiver": recv["id"], "amount": 1, "description": "d"}]))
    assert e.value.param == "charge" and "ended" in e.value.message
