"""The custody product's contacts and a sub-app's transfer channels against the emulator:
the calls of the every-operation walk, and the state rules' refusals."""

from __future__ import annotations

from typing import Any

import pytest

import pingxx
from conftest import Emulator

PIC = "/9j/4AAQSkZJRgABAQAASABIAAD/"
# pingpp-java ContactTest.testAddContact (acc_no from the upload).
CONTACT = {"user": "py_custody", "contact_type": 1, "contact_name": "杨真探", "contact_cert_type": "01",
           "contact_cert_no": "310181201402149201", "contact_cert_valid_from": "2019-01-01",
           "contact_cert_valid_until": "2028-12-31", "contact_cert_mobile": "13500127654", "contact_job_type": 1}
# pingpp-python example/sub_app/sub_app_channel.py (keys shortened).
ALIPAY = {"alipay_account": "example@example.com", "alipay_app_id": "2016666666666666", "alipay_pid": "2088111111111111",
          "alipay_app_public_key_rsa2": None, "alipay_sign_type": "rsa", "alipay_version": 1, "fee_rate": 80}


def custody_user(r: Any, user: str) -> str:
    """A user of the app with a custody account; its acc_no."""
    r("users.create", {"id": user})
    pic = r("users.upload_pic", {"user": user, "pic": PIC, "pic_type": "101"})
    acc_no: str = pic["acc_no"]
    return acc_no


def walk(r: Any, mock: Emulator) -> None:
    """Every operation of the family once, each call succeeding (`r` records the names)."""
    acc_no = custody_user(r, "py_custody")
    contact = r("sub_apps.contact", dict(CONTACT, acc_no=acc_no))
    assert (contact["user"], contact["acc_no"], contact["contact_type"]) == ("py_custody", acc_no, 1)
    assert contact["contact_no"]
    sub = r("sub_apps.create", {"display_name": "转账", "user": "py_tc"})
    created = r("sub_apps.transfer_channels.create", sub["id"], {"channel": "alipay", "banned_msg": None, "description": "Your description", "params": ALIPAY})
    assert (created["object"], created["channel"], created["banned"]) == ("transfer_channel", "alipay", False)
    assert r("sub_apps.transfer_channels.retrieve", sub["id"], "alipay")["params"]["alipay_pid"] == "2088111111111111"
    updated = r("sub_apps.transfer_channels.update", sub["id"], "alipay", {"description": "Your Channel description", "banned": False})
    assert updated["description"] == "Your Channel description"
    assert r("sub_apps.transfer_channels.delete", sub["id"], "alipay") == {"id": "alipay", "deleted": True}
    assert r("sub_apps.delete", sub["id"])["deleted"] is True


def test_a_contact_needs_the_users_custody_account_and_replaces_its_type(client: pingxx.Client) -> None:
    with pytest.raises(pingxx.PingxxError) as e:
        client.sub_apps.contact(dict(CONTACT, user="nobody", acc_no="1"))
    assert (e.value.http_status, e.value.param) == (404, "user")
    client.users.create({"id": "py_custody"})
    with pytest.raises(pingxx.PingxxError) as e:
        client.sub_apps.contact(dict(CONTACT, acc_no="2019057929311601000631"))
    assert (e.value.http_status, e.value.param) == (400, "acc_no")
    acc_no = client.users.upload_pic({"user": "py_custody", "pic": PIC})["acc_no"]
    first = client.sub_apps.contact(dict(CONTACT, acc_no=acc_no))
    again = client.sub_apps.contact(dict(CONTACT, acc_no=acc_no, contact_name="李四"))
    assert (again["contact_no"], again["contact_name"]) == (first["contact_no"], "李四")
    legal = client.sub_apps.contact(dict(CONTACT, acc_no=acc_no, contact_type=4))
    assert legal["contact_no"] != first["contact_no"]
    with pytest.raises(pingxx.ValidationError) as v:
        client.sub_apps.contact(dict(CONTACT, acc_no=acc_no, contact_cert_valid_from="2029-01-01"))
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("contact_cert_valid_from", "conditional")]
    with pytest.raises(pingxx.ValidationError) as v:
        client.sub_apps.contact(dict(CONTACT, acc_no=acc_no, contact_cert_valid_until="2028-02-30", contact_type=6))
    assert {(x["field"], x["rule"]) for x in v.value.errors} == {("contact_cert_valid_until", "pattern"), ("contact_type", "range")}


def test_transfer_channels_one_per_channel_and_a_banned_one_refuses_transfers(client: pingxx.Client) -> None:
    sub = client.sub_apps.create({"display_name": "转账", "user": "py_tc2"})
    tc = client.sub_apps.transfer_channels
    tc.create(sub["id"], {"channel": "alipay", "params": ALIPAY, "banned": True, "banned_msg": "停用"})
    with pytest.raises(pingxx.PingxxError) as e:
        tc.create(sub["id"], {"channel": "alipay", "params": {}})
    assert (e.value.http_status, e.value.param) == (400, "channel")
    transfer = {"app": {"id": sub["id"]}, "channel": "alipay", "order_no": "pytc0001", "amount": 100, "currency": "cny",
                "type": "b2c", "recipient": "account@example.com", "description": "payout", "extra": {"recipient_name": "张三"}}
    with pytest.raises(pingxx.PingxxError) as e:
        client.transfers.create(transfer)
    assert (e.value.http_status, e.value.param) == (400, "channel")
    assert "停用" in e.value.message
    tc.update(sub["id"], "alipay", {"banned": False})
    assert client.transfers.create(transfer)["status"] == "pending"
    with pytest.raises(pingxx.ValidationError) as v:
        tc.update(sub["id"], "alipay", {"banned": True})
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("banned_msg", "conditional")]
    with pytest.raises(pingxx.ValidationError) as v:
        tc.create(sub["id"], {"channel": "wx", "params": {}})
    assert [(x["field"], x["rule"]) for x in v.value.errors] == [("channel", "one_of")]
    tc.delete(sub["id"], "alipay")
    for call in (lambda: tc.retrieve(sub["id"], "alipay"), lambda: tc.update(sub["id"], "alipay", {"description": "d"}), lambda: tc.delete(sub["id"], "alipay")):
        with pytest.raises(pingxx.PingxxError) as e:
            call()
        assert (e.value.http_status, e.value.param) == (404, "channel")
