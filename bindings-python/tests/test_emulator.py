"""Every operation of the table through the resource namespaces, against the emulator."""

from __future__ import annotations

from typing import Any, Dict, Set

import pytest

import pingxx
from conftest import API_KEY, APP_ID, KEYS, Emulator, load_vectors, read_key
from test_agreements import walk as agreements_walk
from test_sub_app_extras import walk as sub_app_extras_walk
from test_royalties import walk as royalties_walk
from test_coupons import walk as coupons_walk
from test_split_profits import walk as split_profits_walk

ISV_EXTRA = {"scan_code": "286801346868493272", "terminal_id": "A01"}


def charge_params(order_no: str, channel: str = "isv_scan") -> Dict[str, Any]:
    return {
        "order_no": order_no,
        "app": {"id": APP_ID},
        "channel": channel,
        "amount": 100,
        "client_ip": "127.0.0.1",
        "currency": "cny",
        "subject": "Your Subject",
        "body": "Your Body",
        "extra": ISV_EXTRA,
    }


def order_params(merchant_order_no: str) -> Dict[str, Any]:
    return {
        "app": APP_ID,
        "uid": "user_1",
        "merchant_order_no": merchant_order_no,
        "amount": 100,
        "client_ip": "192.168.1.1",
        "currency": "cny",
        "subject": "Your Subject",
        "body": "Your Body",
    }


class Recorder:
    """Wraps the client's namespaces and records which operations were called."""

    def __init__(self, client: pingxx.Client) -> None:
        self.client = client
        self.called: Set[str] = set()

    def __call__(self, name: str, *args: Any) -> Any:
        target: Any = self.client
        for part in name.split("."):
            target = getattr(target, part)
        self.called.add(name)
        return target(*args)


def money_out(r: Recorder, mock: Emulator) -> None:
    """Transfers, batch transfers, red envelopes, batch refunds, customs and the account services."""
    t = r("transfers.create", {"channel": "balance", "order_no": "pytr1", "amount": 100, "currency": "cny", "type": "b2c", "recipient": "user_1"})
    assert t["status"] == "pending" and t["app"] == APP_ID
    assert mock.control("POST", f"/_mock/transfers/{t['id']}/succeed")["status"] == "paid"
    assert r("transfers.retrieve", t["id"])["status"] == "paid"
    t2 = r("transfers.create", {"channel": "balance", "order_no": "pytr2", "amount": 100, "currency": "cny", "type": "b2c", "recipient": "user_1"})
    assert r("transfers.cancel", t2["id"], {})["status"] == "canceled"
    t3 = r("transfers.create", {"channel": "balance", "order_no": "pytr3", "amount": 100, "currency": "cny", "type": "b2c", "recipient": "user_1"})
    assert r("transfers.reverse", t3["id"])["status"] == "reversed"
    assert [x["id"] for x in r("transfers.list", {"limit": 10})["data"]] == [t3["id"], t2["id"], t["id"]]
    items = [{"user": "user_1", "amount": 100}, {"user": "user_2", "amount": 200}]
    bt = r("batch_transfers.create", {"batch_no": "pybt1", "channel": "balance", "amount": 300, "type": "b2c", "recipients": items})
    assert bt["status"] == "pending" and len(bt["recipients"]) == 2
    assert r("batch_transfers.retrieve", bt["id"])["batch_no"] == "pybt1"
    assert [x["id"] for x in r("batch_transfers.list")["data"]] == [bt["id"]]
    assert r("batch_transfers.cancel", bt["id"], {})["status"] == "canceled"
    red = {"channel": "wx_pub", "order_no": "20170001", "amount": 100, "currency": "cny", "recipient": "o9zpMs9jIaLynQY9N6yxcZ", "subject": "s", "body": "b"}
    env = r("red_envelopes.create", red)
    assert env["status"] == "sent"
    assert r("red_envelopes.retrieve", env["id"])["order_no"] == "20170001"
    assert [x["id"] for x in r("red_envelopes.list")["data"]] == [env["id"]]
    paid = r("charges.create", charge_params("pybr1"))
    br = r("batch_refunds.create", {"batch_no": "pybr1", "charges": [paid["id"]]})
    assert br["status"] == "succeeded"
    assert r("batch_refunds.retrieve", br["id"])["charges"][0]["charge"] == paid["id"]
    assert [x["id"] for x in r("batch_refunds.list")["data"]] == [br["id"]]
    paid2 = r("charges.create", charge_params("pycu1"))
    cu = r("customs.create", {"charge": paid2["id"], "channel": "isv_scan", "trade_no": "15112496832609", "customs_code": "GUANGZHOU", "amount": 100})
    assert r("customs.retrieve", cu["id"])["charge"] == paid2["id"]
    assert [x["id"] for x in r("customs.list")["data"]] == [cu["id"]]
    check = r("identification.create", {"type": "id_card", "data": {"id_name": "张三", "id_number": "310181198910107641"}})
    assert check["result_code"] == 0
    assert r("card_info.query", {"bank_account": "6225210207073918"})["open_bank_code"] == "0308"
    banks = r("sub_banks.list", {"channel": "chanpay", "open_bank_code": "0308", "prov": "上海", "city": "上海"})
    assert banks["data"][0]["city"] == "上海"


def settle_accounts(r: Recorder, mock: Emulator) -> None:
    """A user's settle accounts (the SDKs' body beside the card binding) and funds transfers."""
    r("users.create", {"id": "py_sa_user"})
    bank = {"account": "6214850266666666", "name": "张三", "type": "b2c", "open_bank": "招商银行", "open_bank_code": "0308"}
    sa = r("users.settle_accounts.create", "py_sa_user", {"channel": "bank_account", "recipient": bank})
    assert sa["object"] == "settle_account" and sa["recipient"]["account"] == "621485******6666"
    wx = r("users.settle_accounts.create", "py_sa_user", {"channel": "wx_pub", "recipient": {"account": "your_open_id", "name": "王五", "force_check": False}})
    assert r("users.settle_accounts.retrieve", "py_sa_user", sa["id"])["channel"] == "bank_account"
    assert [x["id"] for x in r("users.settle_accounts.list", "py_sa_user")["data"]] == [wx["id"], sa["id"]]
    moved = dict(bank, account="6214888888888866", card_type=1)
    assert r("users.settle_accounts.update", "py_sa_user", sa["id"], {"recipient": moved})["recipient"]["card_type"] == 1
    assert r("users.settle_accounts.mobile", "py_sa_user", sa["id"], {"mobile": "13822334557"})["recipient"]["mobile"] == "13822334557"
    deposit = mock.control("GET", f"/_mock/settle_accounts/{sa['id']}/micro_deposit")
    assert r("users.settle_accounts.verify", "py_sa_user", sa["id"], {"receive_amount": deposit["receive_amount"]})["id"] == sa["id"]
    assert mock.control("GET", f"/_mock/settle_accounts/{sa['id']}/micro_deposit")["verified"] is True
    assert r("users.settle_accounts.delete", "py_sa_user", wx["id"]) == {"id": wx["id"], "deleted": True}
    assert [x["id"] for x in r("users.retrieve", "py_sa_user")["settle_accounts"]] == [sa["id"]]
    ft = r("funds_transfers.create", {"channel": "alipay_fund", "order_no": "20250411000001", "amount": 1000, "subject": "测试充值", "description": "Your description"})
    assert ft["status"] == "pending" and ft["app"] == APP_ID
    assert mock.control("POST", f"/_mock/funds_transfers/{ft['id']}/succeed")["status"] == "succeeded"
    assert r("funds_transfers.retrieve", ft["id"])["status"] == "succeeded"


def test_settle_account_errors_name_the_field(client: pingxx.Client, mock: Emulator) -> None:
    client.users.create({"id": "py_sa_err"})
    with pytest.raises(pingxx.ValidationError) as neither:
        client.users.settle_accounts.create("py_sa_err", {})
    assert [e["field"] for e in neither.value.errors] == ["channel"]
    with pytest.raises(pingxx.ValidationError) as both:
        client.users.settle_accounts.create("py_sa_err", {"return_url": "https://example.com/r", "channel": "alipay", "recipient": {"account": "a", "name": "n"}})
    assert [e["field"] for e in both.value.errors] == ["channel"]
    with pytest.raises(pingxx.ValidationError) as card_type:
        client.users.settle_accounts.create("py_sa_err", {"channel": "bank_account", "recipient": {"account": "6214850266666666", "name": "n", "type": "b2c", "open_bank_code": "0308", "card_type": 2}})
    assert [(e["field"], e["rule"]) for e in card_type.value.errors] == [("recipient.card_type", "range")]
    sa = client.users.settle_accounts.create("py_sa_err", {"channel": "bank_account", "recipient": {"account": "6214850266666666", "name": "n", "type": "b2b", "open_bank_code": "0308"}})
    deposit = mock.control("GET", f"/_mock/settle_accounts/{sa['id']}/micro_deposit")["receive_amount"]
    with pytest.raises(pingxx.InvalidRequestError) as wrong:
        client.users.settle_accounts.verify("py_sa_err", sa["id"], {"receive_amount": deposit % 99 + 1})
    assert wrong.value.param == "receive_amount"
    with pytest.raises(pingxx.InvalidRequestError) as missing:
        client.users.settle_accounts.retrieve("nobody", sa["id"])
    assert missing.value.param == "user_id"
def client_balance(r: Recorder, user: str) -> int:
    u = r("users.retrieve", user)
    assert u["available_balance"] == u["withdrawable_balance"]
    return int(u["available_balance"])


def balances(r: Recorder, mock: Emulator) -> None:
    """Recharges and their refunds, bonuses, balance transfers, transactions, settlements, batch withdrawals."""
    r("users.create", {"id": "py_bal_b"})
    rc = r(
        "recharges.create",
        {
            "user": "py_user_1",
            "user_fee": 10,
            "charge": {"amount": 300, "channel": "alipay", "order_no": "pyrc1", "subject": "Recharge subject", "body": "Recharge body"},
        },
    )
    assert rc["succeeded"] is False and client_balance(r, "py_user_1") == 0
    mock.control("POST", f"/_mock/charges/{rc['charge']['id']}/succeed")
    assert r("recharges.retrieve", rc["id"])["succeeded"] is True
    assert client_balance(r, "py_user_1") == 290
    assert [x["id"] for x in r("recharges.list", {"user": "py_user_1"})["data"]] == [rc["id"]]
    bonus = r("balance_bonuses.create", {"user": "py_bal_b", "order_no": "pybb1", "amount": 40})
    assert r("balance_bonuses.retrieve", bonus["id"])["user"] == "py_bal_b"
    assert len(r("balance_bonuses.list", {"user": "py_bal_b"})["data"]) == 1
    tr = r("balance_transfers.create", {"user": "py_user_1", "recipient": "py_bal_b", "order_no": "pybt1", "amount": 50, "user_fee": 5})
    assert (client_balance(r, "py_user_1"), client_balance(r, "py_bal_b")) == (235, 90)
    assert r("balance_transfers.retrieve", tr["id"])["recipient_balance_transaction"]
    assert len(r("balance_transfers.list", {"page": 1})["data"]) == 1
    txs = r("balance_transactions.list", {"user": "py_bal_b"})["data"]
    assert [(t["amount"], t["available_balance"]) for t in txs] == [(50, 90), (40, 40)]
    assert r("balance_transactions.retrieve", txs[0]["id"])["source"] == tr["id"]
    r("balance_bonuses.create", {"user": "py_user_1", "order_no": "pybb2", "amount": 55})
    refund = r("recharges.refunds.create", rc["id"], {"description": "back"})
    assert refund["amount"] == 290 and client_balance(r, "py_user_1") == 0
    assert r("recharges.refunds.retrieve", rc["id"], refund["id"])["id"] == refund["id"]
    assert len(r("recharges.refunds.list", rc["id"])["data"]) == 1
    order = r("orders.create", {**order_params("pybs1"), "balance_settlement": {"user": "py_bal_b", "user_fee": 10}})
    r("orders.pay", order["id"], {"channel": "balance", "charge_amount": 100})
    assert client_balance(r, "py_bal_b") == 180
    st = r("balance_settlements.list", {"user": "py_bal_b"})["data"]
    assert r("balance_settlements.retrieve", st[0]["id"])["amount"] == 90
    wds = [
        r("withdrawals.create", {"user": "py_bal_b", "order_no": f"pybw{i}", "amount": 90, "channel": "yeepay", "extra": {"return_url": "https://example.com/r"}})["id"]
        for i in range(2)
    ]
    assert client_balance(r, "py_bal_b") == 0
    batch = r("batch_withdrawals.create", {"withdrawals": wds, "status": "canceled"})
    assert batch["count_canceled"] == 2 and client_balance(r, "py_bal_b") == 180
    assert r("batch_withdrawals.retrieve", batch["id"])["status"] == "canceled"
    assert [b["id"] for b in r("batch_withdrawals.list")["data"]] == [batch["id"]]


def test_every_operation(client: pingxx.Client, mock: Emulator) -> None:
    r = Recorder(client)

    # charges
    ch = r("charges.create", charge_params("py000001"))
    assert ch["object"] == "charge" and ch["paid"] is True and ch["amount"] == 100
    assert r("charges.retrieve", ch["id"])["id"] == ch["id"]
    listed = r("charges.list", {"app": {"id": APP_ID}, "limit": 10})
    assert listed["object"] == "list" and [c["id"] for c in listed["data"]] == [ch["id"]]
    re = r("charges.refunds.create", ch["id"], {"amount": 1, "description": "退款"})
    assert re["object"] == "refund" and re["amount"] == 1
    assert r("charges.refunds.retrieve", ch["id"], re["id"])["id"] == re["id"]
    assert [x["id"] for x in r("charges.refunds.list", ch["id"])["data"]] == [re["id"]]
    pending = r("charges.create", charge_params("py000002", "alipay_qr"))
    assert pending["paid"] is False
    assert r("charges.reverse", pending["id"])["reversed"] is True

    # orders
    order = r("orders.create", order_params("py_order_1"))
    assert order["object"] == "order" and order["merchant_order_no"] == "py_order_1"
    assert r("orders.retrieve", order["id"])["id"] == order["id"]
    paid = r("orders.pay", order["id"], {"charge_amount": 100, "channel": "balance"})
    assert paid["paid"] is True
    order_charge = paid["charge"] if isinstance(paid["charge"], str) else paid["charge"]["id"]
    assert r("orders.charges.retrieve", order["id"], order_charge)["id"] == order_charge
    assert order_charge in [c["id"] for c in r("orders.charges.list", order["id"])["data"]]
    assert order["id"] in [o["id"] for o in r("orders.list", {"app": APP_ID, "per_page": 10})["data"]]
    ore = r("orders.order_refunds.create", order["id"], {"description": "退款原因", "charge_amount": 1})
    assert ore["object"] in ("refund", "order_refund")
    assert r("orders.order_refunds.retrieve", order["id"], ore["id"])["id"] == ore["id"]
    assert ore["id"] in [x["id"] for x in r("orders.order_refunds.list", order["id"])["data"]]
    sre = r(
        "orders.refunds.create",
        order["id"],
        {"order_no": "py_re_1", "amount": 1, "charge": order_charge, "description": "d"},
    )
    assert sre["object"] == "order_refund" and sre["amount"] == 1
    assert sre["refund"].startswith("re_") and sre["charge"] == order_charge
    assert r("orders.refunds.retrieve", order["id"], sre["id"])["id"] == sre["id"]
    assert sre["id"] in [x["id"] for x in r("orders.refunds.list", order["id"])["data"]]
    unpaid = r("orders.create", order_params("py_order_2"))
    assert r("orders.cancel", unpaid["id"], {"user": "user_1"})["status"] == "canceled"

    # events
    events = r("events.list", {"limit": 5})
    assert events["data"] and all(e["object"] == "event" for e in events["data"])
    first = events["data"][0]
    assert r("events.retrieve", first["id"])["type"] == first["type"]

    # sub-apps and their channels (app_id left out: the client's is used, then given explicitly)
    sub = r("sub_apps.create", {"display_name": "店铺", "user": "user_1"})
    assert sub["object"] == "sub_app"
    assert r("sub_apps.retrieve", sub["id"])["id"] == sub["id"]
    assert r("sub_apps.update", APP_ID, sub["id"], {"display_name": "新店"})["display_name"] == "新店"
    assert sub["id"] in [s["id"] for s in r("sub_apps.list")["data"]]
    channel_params = {
        "channel": "isv_scan",
        "params": {
            "fee_rate": 16,
            "mer_id": "288880088880008",
            "inst_id": "98888888",
            "key": "eae4c4426b73e26e48dacf0fd6e9a9e1",
            "support_refund": True,
        },
    }
    created = r("sub_apps.channels.create", sub["id"], channel_params)
    assert created["channel"] == "isv_scan"
    assert r("sub_apps.channels.retrieve", sub["id"], "isv_scan")["channel"] == "isv_scan"
    updated = r(
        "sub_apps.channels.update",
        APP_ID,
        sub["id"],
        "isv_scan",
        {"params": channel_params["params"], "banned": True, "banned_msg": "审核中"},
    )
    assert updated["banned"] is True
    assert r("sub_apps.channels.delete", sub["id"], "isv_scan")["deleted"] is True
    assert r("sub_apps.delete", sub["id"])["deleted"] is True

    # users and accounts
    user = r("users.create", {"id": "py_user_1", "name": "张三", "email": "a@example.com"})
    assert user["id"] == "py_user_1"
    assert r("users.retrieve", "py_user_1")["name"] == "张三"
    assert r("users.update", "py_user_1", {"name": "李四"})["name"] == "李四"
    assert "py_user_1" in [u["id"] for u in r("users.list", {"per_page": 100})["data"]]
    assert r("users.settle_accounts.create", "py_user_1", {"return_url": "https://example.com/r"})
    pic = r(
        "upload_pic.create",
        {"pic": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="},
    )
    assert pic
    assert r("card_bin.query", {"account": "6222020200112233445"})
    cus = r(
        "cus_applications.create",
        {
            "user": "py_user_1",
            "order_no": "cus1",
            "cert_type": "id_card",
            "cert_name": "张三",
            "cert_number": "110101199003070000",
            "mobile": "13800000000",
        },
    )
    assert r("cus_applications.retrieve", cus["id"])["id"] == cus["id"]
    micro = r(
        "micro_applications.create",
        {
            "user": "py_user_1",
            "order_no": "mic1",
            "business_license": {"sign_name": "张三", "short_name": "三记"},
            "merchant_address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "address": "文三路1号"},
            "legal_person_id_card": {
                "type": "id_card",
                "number": "330101199001010000",
                "copy": "c",
                "national": "n",
                "name": "张三",
                "mobile": "13800000000",
            },
            "settle_account": {"account": "6222020200112233", "type": "b2c", "bank_code": "ICBC"},
        },
    )
    assert r("micro_applications.retrieve", micro["id"])["id"] == micro["id"]
    mch_params = next(
        c["params"]
        for c in load_vectors("validation.json")["cases"]
        if c["operation"] == "mch_applications.create" and c.get("valid")
    )
    mch = r("mch_applications.create", dict(mch_params, user="py_user_1"))
    assert r("mch_applications.retrieve", mch["id"])["id"] == mch["id"]
    sa = r(
        "settle_accounts.create",
        {
            "channel": "bank_account",
            "recipient": {
                "account": "6222020200112233",
                "type": "b2c",
                "open_bank": "工商银行",
                "open_bank_code": "0102",
            },
        },
    )
    assert sa
    assert r(
        "deposits.create",
        {"user": "py_user_1", "order_no": "dep1", "amount": 1, "extra": {"return_url": "https://example.com/result"}},
    )
    # A withdrawal leaves the user's balance: a bonus funds it.
    assert r("balance_bonuses.create", {"user": "py_user_1", "order_no": "pyfund1", "amount": 100})["amount"] == 100
    wd = r(
        "withdrawals.create",
        {"user": "py_user_1", "order_no": "wd1", "amount": 100, "settle_account": "320220919582071500800001"},
    )
    assert client_balance(r, "py_user_1") == 0
    assert r("withdrawals.retrieve", wd["id"])["id"] == wd["id"]
    assert wd["id"] in [w["id"] for w in r("withdrawals.list")["data"]]
    assert r("withdrawals.confirm", wd["id"], {"status": "pending"})["id"] == wd["id"]

    # allocations
    alloc = r(
        "allocations.create",
        {"app": APP_ID, "order": order["id"], "order_no": "al1", "recipients": [{"user": "py_user_1", "amount": 1}]},
    )
    assert r("allocations.retrieve", alloc["id"])["id"] == alloc["id"]
    assert r(
        "allocation_refunds.create",
        {
            "app": APP_ID,
            "order": order["id"],
            "order_no": "alr1",
            "senders": [{"user": "py_user_1", "amount": 1}],
            "extra": {"allocation": alloc["id"]},
        },
    )
    done = r("allocation_completes.create", {"app": APP_ID, "order_no": "alc1", "order": order["id"]})
    assert r("allocation_completes.retrieve", done["id"])["id"] == done["id"]

    money_out(r, mock)
    settle_accounts(r, mock)
    agreements_walk(r, mock)
    sub_app_extras_walk(r, mock)
    balances(r, mock)
    royalties_walk(r, mock)
    coupons_walk(r, mock)
    split_profits_walk(r, mock)

    missing = {op["name"] for op in pingxx.operations()} - r.called
    assert not missing, f"operations not exercised: {sorted(missing)}"

    log = mock.requests()["data"]
    routed = {entry["operation"] for entry in log if 200 <= entry["status"] < 300}
    assert routed == {op["name"] for op in pingxx.operations()}
    assert all(entry["status"] == 200 for entry in log), [e for e in log if e["status"] != 200]


def test_path_params_are_encoded_and_app_id_falls_back(client: pingxx.Client, mock: Emulator) -> None:
    with pytest.raises(pingxx.InvalidRequestError):
        client.orders.retrieve("a/b c")
    client.sub_apps.list({"per_page": 5})
    client.sub_apps.list("app_Other000000000000", {"per_page": 5})
    targets = [e["target"] for e in mock.requests()["data"]]
    assert targets[0] == "/v1/orders/a%2Fb%20c"
    assert targets[1].startswith(f"/v1/apps/{APP_ID}/sub_apps?")
    assert targets[2].startswith("/v1/apps/app_Other000000000000/sub_apps?")


def test_list_auto_pages_and_cursors(client: pingxx.Client, mock: Emulator) -> None:
    created = [client.charges.create(charge_params(f"pyauto{i:03d}"))["id"] for i in range(7)]
    seen = [c["id"] for c in client.charges.list_auto({"limit": 3})]
    assert sorted(seen) == sorted(created) and len(seen) == 7
    charge_pages = [e for e in mock.requests()["data"] if e["operation"] == "charges.list"]
    assert len(charge_pages) == 3 and "starting_after=" in charge_pages[1]["target"]
    for i in range(5):
        client.orders.create(order_params(f"py_auto_order_{i}"))
    orders = client.orders.list_auto({"per_page": 2})
    assert len([o["id"] for o in orders]) == 5
    order_pages = [e["target"] for e in mock.requests()["data"] if e["operation"] == "orders.list"]
    assert len(order_pages) == 3 and "page=3" in order_pages[2]
    assert [e["id"] for e in client.list_auto("events.list", {"limit": 4})][:1]


def test_authentication_error(mock: Emulator) -> None:
    bad = pingxx.Client(api_key="sk_wrong_shape", api_base=mock.base_url, max_retries=0)
    with pytest.raises(pingxx.AuthenticationError) as info:
        bad.charges.retrieve("ch_1")
    e = info.value
    assert (e.code, e.http_status) == ("authentication_failed", 401)
    assert "sk_wrong_shape" not in str(e)


def test_invalid_request_error(client: pingxx.Client) -> None:
    with pytest.raises(pingxx.InvalidRequestError) as info:
        client.charges.retrieve("ch_DoesNotExist00000000000")
    e = info.value
    assert (e.code, e.http_status, e.param) == ("invalid_request", 404, "charge_id")
    assert "ch_DoesNotExist00000000000" in e.message


def test_api_error_and_invalid_response(client: pingxx.Client, mock: Emulator) -> None:
    mock.fault(kind="json_500")
    with pytest.raises(pingxx.APIError) as info:
        client.events.list()
    assert (info.value.code, info.value.http_status) == ("api_error", 500)
    mock.fault(kind="html_502")
    with pytest.raises(pingxx.APIError) as info:
        client.events.list()
    assert info.value.http_status == 502


def test_retries_recover_from_a_server_error(mock: Emulator) -> None:
    retrying = pingxx.Client(
        api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, max_retries=2, retry_base_delay_ms=10
    )
    mock.fault(kind="json_500", count=2)
    assert retrying.events.list()["object"] == "list"
    assert [e["status"] for e in mock.requests()["data"]] == [500, 500, 200]


def test_connection_errors(mock: Emulator) -> None:
    quick = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, timeout_ms=200, max_retries=0)
    mock.fault(kind="delay", ms=1000)
    with pytest.raises(pingxx.APIConnectionError) as info:
        quick.events.list()
    assert info.value.code == "timeout"
    mock.fault(kind="drop_before")
    with pytest.raises(pingxx.APIConnectionError) as info:
        quick.events.list()
    assert info.value.code == "connection_failed"


def test_signed_requests(emulator: Emulator) -> None:
    signed_mock = Emulator("--merchant-public-key", str(KEYS / "merchant_example_public_key_spki.pem"))
    try:
        key = read_key("merchant_example_private_key_pkcs1.pem")
        signing = pingxx.Client(
            api_key=API_KEY, app_id=APP_ID, api_base=signed_mock.base_url, private_key=key, max_retries=0
        )
        assert signing.charges.create(charge_params("pysigned1"))["paid"] is True
        unsigned = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=signed_mock.base_url, max_retries=0)
        with pytest.raises(pingxx.PingxxError) as info:
            unsigned.charges.list({"app": {"id": APP_ID}})
        assert info.value.http_status in (401, 403)
    finally:
        signed_mock.stop()


def test_raw_request_and_call_by_name(client: pingxx.Client, mock: Emulator) -> None:
    created = client.call("charges.create", charge_params("pyraw0001"))
    assert client.request("GET", f"/v1/charges/{created['id']}")["id"] == created["id"]
    assert client.request("get", "/v1/events?limit=1")["object"] == "list"
    with pytest.raises(pingxx.ConfigurationError) as info:
        client.request("PATCH", "/v1/events")
    assert "PATCH" in info.value.message
    assert [e["target"] for e in mock.requests()["data"]][1:] == [f"/v1/charges/{created['id']}", "/v1/events?limit=1"]


def test_a_drop_after_processing_is_outcome_unknown(mock: Emulator) -> None:
    client = pingxx.Client(
        api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, max_retries=2, retry_base_delay_ms=1
    )
    order = client.orders.create(order_params("py_unknown_1"))
    mock.fault(kind="drop_after", count=1, path=f"/v1/orders/{order['id']}/pay")
    with pytest.raises(pingxx.OutcomeUnknownError) as info:
        client.orders.pay(order["id"], {"charge_amount": 100, "channel": "balance"})
    err = info.value
    assert err.code == "outcome_unknown" and not isinstance(err, pingxx.APIConnectionError)
    assert err.operation == "orders.pay" and err.check_with == "orders.retrieve"
    assert isinstance(err.last_error, pingxx.PingxxError)
    assert err.last_error.code == "connection_failed"
    assert "may have taken effect" in err.message
    # It did: the emulator processed the payment before dropping the connection.
    assert client.orders.retrieve(order["id"])["paid"] is True
