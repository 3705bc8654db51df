"""Cases of orders (create, pay, cancel, list, refunds) and events."""

from .common import *  # noqa: F401,F403
from .charges import *  # noqa: F401,F403

# ------------------------------------------------------------------ orders
OC = "orders.create"
ORDER = {
    "app": "app_1Gqj58ynP0mHeX1q",
    "uid": "user_1",
    "merchant_order_no": "2017_0912_001",
    "amount": 100,
    "client_ip": "192.168.1.1",
    "currency": "cny",
    "subject": "Your Subject",
    "body": "Your Body",
}
add("order valid", OC, ORDER)
add(
    "order valid with every optional field",
    OC,
    dict(
        ORDER,
        actual_amount=80,
        coupon="c" * 24,
        receipt_app="app_2",
        service_app="app_3",
        royalty_template="tpl_1",
        allocation=True,
        royalty_users=[{"user": "u1", "amount": 10}, {"user": "u2", "amount": 0}],
        time_expire=NOW + 3600,
        description="desc",
        metadata={"k": "v"},
    ),
)
add(
    "order empty params",
    OC,
    {},
    [(f, "required") for f in ["app", "merchant_order_no", "amount", "currency", "client_ip", "subject", "body"]],
)
add("order app as object", OC, mod(ORDER, {"app": {"id": "app_1"}}), [("app", "type")])
add("order merchant_order_no 64", OC, mod(ORDER, {"merchant_order_no": "m" * 64}))
add("order merchant_order_no 65", OC, mod(ORDER, {"merchant_order_no": "m" * 65}), [("merchant_order_no", "max_length")])
add("order merchant_order_no 1", OC, mod(ORDER, {"merchant_order_no": "m"}))
add("order merchant_order_no empty", OC, mod(ORDER, {"merchant_order_no": ""}), [("merchant_order_no", "min_length")])
add("order merchant_order_no dash", OC, mod(ORDER, {"merchant_order_no": "2017-0912"}), [("merchant_order_no", "pattern")])
add("order amount 0", OC, mod(ORDER, {"amount": 0}), [("amount", "range")])
add("order amount 1", OC, mod(ORDER, {"amount": 1}))
add("order amount string", OC, mod(ORDER, {"amount": "100"}), [("amount", "type")])
add("order actual_amount 0", OC, mod(ORDER, {"actual_amount": 0}))
add("order actual_amount 1000000000", OC, mod(ORDER, {"actual_amount": 1000000000}))
add("order actual_amount 1000000001", OC, mod(ORDER, {"actual_amount": 1000000001}), [("actual_amount", "range")])
add("order actual_amount -1", OC, mod(ORDER, {"actual_amount": -1}), [("actual_amount", "range")])
add("order uid 0", OC, mod(ORDER, {"uid": "0"}), [("uid", "pattern")])
add("order uid 00", OC, mod(ORDER, {"uid": "00"}))
add("order uid 64", OC, mod(ORDER, {"uid": "u" * 64}))
add("order uid 65", OC, mod(ORDER, {"uid": "u" * 65}), [("uid", "max_length")])
add("order uid empty", OC, mod(ORDER, {"uid": ""}), [("uid", "min_length")])
add("order without uid", OC, mod(ORDER, {"uid": DEL}))
add("order coupon 23", OC, mod(ORDER, {"coupon": "c" * 23}), [("coupon", "min_length")])
add("order coupon 25", OC, mod(ORDER, {"coupon": "c" * 25}), [("coupon", "max_length")])
add("order subject CJK 32", OC, mod(ORDER, {"subject": CJK32}))
add("order subject 33", OC, mod(ORDER, {"subject": "s" * 33}), [("subject", "max_length")])
add("order body 129", OC, mod(ORDER, {"body": "b" * 129}), [("body", "max_length")])
add("order currency usd", OC, mod(ORDER, {"currency": "usd"}), [("currency", "one_of")])
add("order client_ip bad", OC, mod(ORDER, {"client_ip": "192.168.1"}), [("client_ip", "ip")])
add("order description 256", OC, mod(ORDER, {"description": "d" * 256}), [("description", "max_length")])
add("order metadata 11 keys", OC, mod(ORDER, {"metadata": eleven}), [("metadata", "max_keys")])
add("order allocation string", OC, mod(ORDER, {"allocation": "true"}), [("allocation", "type")])
add("order receipt_app number", OC, mod(ORDER, {"receipt_app": 1}), [("receipt_app", "type")])
add(
    "order royalty_users bad item",
    OC,
    mod(ORDER, {"royalty_users": [{"user": "u1", "amount": 1}, {"amount": -1}]}),
    [("royalty_users[1].user", "required"), ("royalty_users[1].amount", "range")],
)
add("order royalty_users without amount", OC, mod(ORDER, {"royalty_users": [{"user": "u1"}]}), [("royalty_users[0].amount", "required")])
add("order royalty_users not a list", OC, mod(ORDER, {"royalty_users": {"user": "u1"}}), [("royalty_users", "type")])
add("order time_expire 7 days + tolerance", OC, mod(ORDER, {"time_expire": NOW + 7 * DAY + 300}))
add("order time_expire 7 days + 301", OC, mod(ORDER, {"time_expire": NOW + 7 * DAY + 301}), [("time_expire", "time_window")])
add("order time_expire lower edge", OC, mod(ORDER, {"time_expire": NOW - 240}))
add("order time_expire below", OC, mod(ORDER, {"time_expire": NOW - 241}), [("time_expire", "time_window")])
add("order time_expire 15 days", OC, mod(ORDER, {"time_expire": NOW + 15 * DAY}), [("time_expire", "time_window")])
add(
    "order several violations",
    OC,
    mod(ORDER, {"amount": -5, "merchant_order_no": "a b", "uid": "0", "coupon": "x", "client_ip": "::g"}),
    [("amount", "range"), ("merchant_order_no", "pattern"), ("uid", "pattern"), ("coupon", "min_length"), ("client_ip", "ip")],
)

OP = "orders.pay"
PAY = {"order_id": "2011708070000001711", "charge_amount": 100, "channel": "isv_scan", "extra": {"scan_code": "286801346868493272", "terminal_id": "A01"}}
add("order pay isv_scan", OP, PAY)
add("order pay charge_amount 0", OP, mod(PAY, {"charge_amount": 0}))
add("order pay charge_amount -1", OP, mod(PAY, {"charge_amount": -1}), [("charge_amount", "range")])
add("order pay charge_amount string", OP, mod(PAY, {"charge_amount": "100"}), [("charge_amount", "type")])
add("order pay without charge_amount", OP, mod(PAY, {"charge_amount": DEL}), [("charge_amount", "required")])
add("order pay without order_id", OP, mod(PAY, {"order_id": DEL}), [("order_id", "required")])
add("order pay isv_scan without extra", OP, mod(PAY, {"extra": DEL}), [("extra.scan_code", "required"), ("extra.terminal_id", "required")])
add("order pay isv_scan terminal_id 9", OP, mod(PAY, {"extra.terminal_id": "123456789"}), [("extra.terminal_id", "max_length")])
add("order pay isv_qr", OP, mod(PAY, {"channel": "isv_qr", "extra": {"pay_channel": "wx", "terminal_id": "00000001"}}))
add(
    "order pay isv_qr without extra",
    OP,
    mod(PAY, {"channel": "isv_qr", "extra": DEL}),
    [("extra.pay_channel", "required"), ("extra.terminal_id", "required")],
)
add(
    "order pay isv_wap bad result_url",
    OP,
    mod(PAY, {"channel": "isv_wap", "extra": {"pay_channel": "alipay", "terminal_id": "1", "result_url": "ftp://x"}}),
    [("extra.result_url", "url")],
)
add(
    "order pay isv_wap goods_list",
    OP,
    mod(PAY, {"channel": "isv_wap", "extra": {"pay_channel": "alipay", "terminal_id": "1", "result_url": URL, "goods_list": GOODS}}),
)
add("order pay balance", OP, {"order_id": "o1", "charge_amount": 100, "channel": "balance", "extra": {"return_url": URL}})
add("order pay balance without extra", OP, {"order_id": "o1", "charge_amount": 100, "channel": "balance"})
add(
    "order pay balance return_url bad",
    OP,
    {"order_id": "o1", "charge_amount": 100, "channel": "balance", "extra": {"return_url": "nope"}},
    [("extra.return_url", "url")],
)
add(
    "order pay balance url bad",
    OP,
    {"order_id": "o1", "charge_amount": 100, "channel": "balance", "extra": {"url": "nope"}},
    [("extra.url", "url")],
)
add("order pay simple-account channel", OP, {"order_id": "o1", "charge_amount": 100, "channel": "yeepay_wx_pub", "extra": {"open_id": "o1"}})
add("order pay other channel extra not checked", OP, {"order_id": "o1", "charge_amount": 100, "channel": "alipay_wap"})
add("order pay without channel", OP, {"order_id": "o1", "charge_amount": 0})
add("order pay channel number", OP, {"order_id": "o1", "charge_amount": 0, "channel": 1}, [("channel", "type")])
add("order pay extra string", OP, mod(PAY, {"extra": "x"}), [("extra", "type")])
add("order pay time_expire 7 days", OP, mod(PAY, {"time_expire": NOW + 7 * DAY}))
add("order pay time_expire 8 days", OP, mod(PAY, {"time_expire": NOW + 8 * DAY}), [("time_expire", "time_window")])
add("order pay charge_order_no number", OP, mod(PAY, {"charge_order_no": 1}), [("charge_order_no", "type")])

OX = "orders.cancel"
add("order cancel", OX, {"order_id": "o1", "status": "canceled", "user": "u1"})
add("order cancel status paid", OX, {"order_id": "o1", "status": "paid"}, [("status", "one_of")])
add("order cancel without status", OX, {"order_id": "o1"})
add("order cancel user number", OX, {"order_id": "o1", "status": "canceled", "user": 1}, [("user", "type")])
add("order retrieve", "orders.retrieve", {"order_id": "2011708070000001711"})

OL = "orders.list"
add("orders.list", OL, {"app": "app_1", "page": 1, "per_page": 20})
add("orders.list without app", OL, {"page": 1}, [("app", "required")])
add("orders.list page 0", OL, {"app": "app_1", "page": 0}, [("page", "range")])
add("orders.list page 100000000", OL, {"app": "app_1", "page": 100000000})
add("orders.list page 100000001", OL, {"app": "app_1", "page": 100000001}, [("page", "range")])
add("orders.list per_page 100", OL, {"app": "app_1", "per_page": 100})
add("orders.list per_page 101", OL, {"app": "app_1", "per_page": 101}, [("per_page", "range")])
add("orders.list per_page 0", OL, {"app": "app_1", "per_page": 0}, [("per_page", "range")])
add("orders.list page string", OL, {"app": "app_1", "page": "1"}, [("page", "type")])
add(
    "orders.list filters",
    OL,
    {"app": "app_1", "paid": True, "refunded": False, "canceled": 0, "type": "recharge", "uid": "u", "receipt_app": "a", "service_app": "s", "created": {"gte": NOW - DAY}},
)
add("orders.list canceled 1", OL, {"app": "app_1", "canceled": 1})
add("orders.list canceled 2", OL, {"app": "app_1", "canceled": 2}, [("canceled", "one_of")])
add("orders.list canceled bool", OL, {"app": "app_1", "canceled": True}, [("canceled", "type")])
add("orders.list type refund", OL, {"app": "app_1", "type": "refund"}, [("type", "one_of")])
add("orders.list paid string", OL, {"app": "app_1", "paid": "1"}, [("paid", "type")])
add("orders.list created lt float", OL, {"app": "app_1", "created": {"lt": 1.5}}, [("created.lt", "type")])

add("orders.charges.list", "orders.charges.list", {"order_id": "o1", "page": 2, "per_page": 10, "channel": "isv_qr", "paid": True})
add("orders.charges.list per_page 0", "orders.charges.list", {"order_id": "o1", "per_page": 0}, [("per_page", "range")])
add("orders.charges.list refunded string", "orders.charges.list", {"order_id": "o1", "refunded": "no"}, [("refunded", "type")])
add("orders.charges.retrieve without charge_id", "orders.charges.retrieve", {"order_id": "o1"}, [("charge_id", "required")])

OR = "orders.order_refunds.create"
add("order refund", OR, {"order_id": "o1", "description": "退款原因", "charge_amount": 1, "charge": "ch_1", "refund_mode": "to_source", "funding_source": "unsettled_funds"})
add("order refund to_balance", OR, {"order_id": "o1", "description": "d", "refund_mode": "to_balance", "funding_source": "recharge_funds"})
add("order refund without description", OR, {"order_id": "o1"}, [("description", "required")])
add("order refund charge_amount 0", OR, {"order_id": "o1", "description": "d", "charge_amount": 0}, [("charge_amount", "range")])
add("order refund refund_mode bad", OR, {"order_id": "o1", "description": "d", "refund_mode": "to_card"}, [("refund_mode", "one_of")])
add("order refund funding_source bad", OR, {"order_id": "o1", "description": "d", "funding_source": "any"}, [("funding_source", "one_of")])
add("order refund royalty_users without amount", OR, {"order_id": "o1", "description": "d", "royalty_users": [{"user": "u1"}]})
add(
    "order refund royalty_users without user",
    OR,
    {"order_id": "o1", "description": "d", "royalty_users": [{"amount": 1}]},
    [("royalty_users[0].user", "required")],
)
add("order refund description 256", OR, {"order_id": "o1", "description": "d" * 256}, [("description", "max_length")])
add("order refund metadata list", OR, {"order_id": "o1", "description": "d", "metadata": []}, [("metadata", "type")])
add("order refunds list", "orders.order_refunds.list", {"order_id": "o1", "status": "succeeded", "page": 1})
add("order refunds list status bad", "orders.order_refunds.list", {"order_id": "o1", "status": "done"}, [("status", "one_of")])
add("order refund retrieve", "orders.order_refunds.retrieve", {"order_id": "o1", "refund_id": "re_1"})

SR = "orders.refunds.create"
add("simple refund", SR, {"order_id": "o1", "order_no": "r1", "amount": 1, "charge": "ch_1", "description": "d"})
add(
    "simple refund empty",
    SR,
    {"order_id": "o1"},
    [("order_no", "required"), ("amount", "required"), ("charge", "required"), ("description", "required")],
)
add("simple refund amount 0", SR, {"order_id": "o1", "order_no": "r1", "amount": 0, "charge": "ch_1", "description": "d"}, [("amount", "range")])
add("simple refund retrieve", "orders.refunds.retrieve", {"order_id": "o1", "refund_id": "re_1"})
add("simple refund retrieve empty refund_id", "orders.refunds.retrieve", {"order_id": "o1", "refund_id": ""}, [("refund_id", "min_length")])
add("simple refunds list per_page 101", "orders.refunds.list", {"order_id": "o1", "per_page": 101}, [("per_page", "range")])
add("simple refunds list status failed", "orders.refunds.list", {"order_id": "o1", "status": "failed", "created": {"gt": 1}})

# ------------------------------------------------------------------ events
EL = "events.list"
add("events.list", EL, {"limit": 20, "type": "charge.succeeded", "starting_after": "evt_1"})
add("events.list limit 21", EL, {"limit": 21}, [("limit", "range")])
add("events.list limit 0", EL, {"limit": 0}, [("limit", "range")])
add("events.list type number", EL, {"type": 1}, [("type", "type")])
add("events.list ending_before number", EL, {"ending_before": 1}, [("ending_before", "type")])
add("events.retrieve", "events.retrieve", {"event_id": "evt_1"})
add("events.retrieve empty id", "events.retrieve", {"event_id": ""}, [("event_id", "min_length")])
