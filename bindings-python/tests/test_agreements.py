"""Agreements, a charge's trade detail and the custody photo upload against the emulator:
the calls of the every-operation walk, and the state rules' refusals."""

from __future__ import annotations

from typing import Any

import pytest

import pingxx
from conftest import APP_ID, Emulator

PIC = "/9j/4AAQSkZJRgABAQAASABIAAD/"
PAID = {"app": {"id": APP_ID}, "channel": "isv_scan", "amount": 1000, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b", "extra": {"scan_code": "286801346868493272", "terminal_id": "A01"}}


def walk(r: Any, mock: Emulator) -> None:
    """Every operation of the family once, each call succeeding (`r` records the names)."""
    agr = r("agreements.create", {"contract_no": "py1767225600000", "channel": "qpay", "extra": {"display_account": "签约测试"}, "metadata": {}})
    assert agr["status"] == "created" and agr["app"] == APP_ID
    assert mock.control("POST", f"/_mock/agreements/{agr['id']}/sign")["status"] == "succeeded"
    assert r("agreements.retrieve", agr["id"])["status"] == "succeeded"
    assert [a["id"] for a in r("agreements.list", {"status": "succeeded", "per_page": 3})["data"]] == [agr["id"]]
    assert r("agreements.notify", agr["id"], {"amount": 100}) == {"id": agr["id"], "succeed": True}
    done = r("agreements.update", agr["id"], {"status": "canceled", "extra": {"description": "Your description"}})
    assert done["status"] == "canceled" and done["extra"]["description"] == "Your description"
    paid = r("charges.create", dict(PAID, order_no="pytd1"))
    detail = r("charges.trade_detail", paid["id"])
    assert (detail["amount"], detail["fee"], detail["actual_amount"]) == (1000, 6, 994)
    r("users.create", {"id": "upload_pic"})
    assert r("users.retrieve", "upload_pic")["id"] == "upload_pic"
    pic = r("users.upload_pic", {"user": "upload_pic", "type": "customer", "operate_type": "00", "pic": PIC, "pic_fmt": "jpg", "pic_type": "101"})
    assert pic["user"] == "upload_pic" and pic["acc_no"]


def test_agreement_state_rules(client: pingxx.Client, mock: Emulator) -> None:
    agr = client.agreements.create({"contract_no": "pyrules1", "channel": "qpay"})
    with pytest.raises(pingxx.PingxxError) as e:
        client.agreements.notify(agr["id"], {"amount": 100})
    assert (e.value.http_status, e.value.param) == (400, "agreement_id")
    mock.control("POST", f"/_mock/agreements/{agr['id']}/sign")
    assert client.agreements.update(agr["id"], {})["status"] == "canceled"
    with pytest.raises(pingxx.PingxxError) as e:
        client.agreements.update(agr["id"], {"status": "canceled"})
    assert (e.value.http_status, e.value.param) == (400, "agreement_id")
    assert "canceled" in e.value.message
    with pytest.raises(pingxx.PingxxError) as e:
        client.agreements.create({"contract_no": "pyrules1", "channel": "qpay"})
    assert (e.value.http_status, e.value.param) == (400, "contract_no")
    with pytest.raises(pingxx.ValidationError) as v:
        client.agreements.notify(agr["id"], {"amount": 0})
    assert v.value.errors[0]["field"] == "amount"


def test_trade_detail_of_an_unpaid_charge_and_upload_pic_of_a_stranger(client: pingxx.Client) -> None:
    params = {k: v for k, v in PAID.items() if k != "extra"}
    unpaid = client.charges.create(dict(params, order_no="pytd2", channel="alipay"))
    with pytest.raises(pingxx.PingxxError) as e:
        client.charges.trade_detail(unpaid["id"])
    assert (e.value.http_status, e.value.param) == (400, "charge_id")
    with pytest.raises(pingxx.PingxxError) as e:
        client.users.upload_pic({"user": "nobody", "pic": PIC})
    assert (e.value.http_status, e.value.param) == (404, "user")
    with pytest.raises(pingxx.ValidationError) as v:
        client.users.upload_pic({"user": ".dot", "pic": PIC})
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("user", "pattern")]
