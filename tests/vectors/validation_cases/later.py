"""Cases of allocations and those added by later issues (audit fixes, amount limits, one valid case per operation)."""

from .common import *  # noqa: F401,F403
from .charges import *  # noqa: F401,F403
from .orders import *  # noqa: F401,F403
from .accounts import *  # noqa: F401,F403

# ------------------------------------------------------------------ allocations
AC = "allocations.create"
ALLOC = {"app": "app_1", "order": "2011708070000001711", "order_no": "a1", "recipients": [{"user": "u1", "amount": 1, "description": "分账"}, {"user": "u2", "amount": 2}]}
add("allocation", AC, ALLOC)
add("allocation recipients empty", AC, mod(ALLOC, {"recipients": []}), [("recipients", "min_length")])
add(
    "allocation recipient amount 0",
    AC,
    mod(ALLOC, {"recipients": [ALLOC["recipients"][0], {"user": "u2", "amount": 0}]}),
    [("recipients[1].amount", "range")],
)
add("allocation recipient without user", AC, mod(ALLOC, {"recipients": [{"amount": 1}]}), [("recipients[0].user", "required")])
add("allocation recipient amount string", AC, mod(ALLOC, {"recipients": [{"user": "u", "amount": "1"}]}), [("recipients[0].amount", "type")])
add("allocation recipient description number", AC, mod(ALLOC, {"recipients": [{"user": "u", "amount": 1, "description": 5}]}), [("recipients[0].description", "type")])
add("allocation empty", AC, {}, [("app", "required"), ("order", "required"), ("order_no", "required"), ("recipients", "required")])
add("allocation retrieve", "allocations.retrieve", {"allocation_id": "a1"})
add("allocation retrieve without id", "allocations.retrieve", {}, [("allocation_id", "required")])
AR = "allocation_refunds.create"
AREF = {"app": "app_1", "order": "o1", "order_no": "r1", "senders": [{"user": "u1", "amount": 1}], "extra": {"allocation": "a1"}}
add("allocation refund", AR, AREF)
add("allocation refund without extra", AR, mod(AREF, {"extra": DEL}), [("extra.allocation", "required")])
add("allocation refund senders string", AR, mod(AREF, {"senders": "u1"}), [("senders", "type")])
add("allocation refund sender amount -1", AR, mod(AREF, {"senders": [{"user": "u1", "amount": -1}]}), [("senders[0].amount", "range")])
AF = "allocation_completes.create"
add("allocation complete", AF, {"app": "app_1", "order_no": "c1", "order": "o1", "description": "完结"})
add("allocation complete description 256", AF, {"app": "app_1", "order_no": "c1", "order": "o1", "description": "d" * 256}, [("description", "max_length")])
add("allocation complete without order", AF, {"app": "app_1", "order_no": "c1"}, [("order", "required")])
add("allocation complete retrieve", "allocation_completes.retrieve", {"allocation_complete_id": "ac1"})


# ---- issue 10 item 8: audit fixes (official-endpoints.md section 5)
add("withdrawal business yepay with settle_account", WC, {"user": "u1", "channel": "yepay", "amount": 100, "order_no": "w1", "settle_account": "320220919582071500800001"})
add("withdrawal business yeepay with settle_account and return_url", WC, {"user": "u1", "channel": "yeepay", "amount": 100, "order_no": "w1", "settle_account": "s1", "extra": {"return_url": URL}})
add("withdrawal business return_url not a url", WC, {"user": "u1", "amount": 100, "order_no": "w1", "settle_account": "s1", "extra": {"return_url": "nope"}}, [("extra.return_url", "url")])
add("withdrawal wallet extra without return_url", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "yeepay", "extra": {}}, [("extra.return_url", "required")])
add("withdrawal extra string", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "yeepay", "extra": "x"}, [("extra", "type")])
add("charge metadata nested object", CC, charge("alipay", metadata={"k": {"deep": "x" * 2000}}), [("metadata.k", "type")])
add("charge metadata nested list", CC, charge("alipay", metadata={"k": ["a"]}), [("metadata.k", "type")])
add("charge metadata bool and null values", CC, charge("alipay", metadata={"a": True, "b": None, "c": 1.5}))
add("charge alipay extern_token 31 chars", CC, ce("alipay", {"extern_token": "a" * 31}), [("extra.extern_token", "min_length")])
add("charge alipay extern_token 33 chars", CC, ce("alipay", {"extern_token": "a" * 33}), [("extra.extern_token", "max_length")])
add("charge alipay extern_token number", CC, ce("alipay", {"extern_token": 12}), [("extra.extern_token", "type")])
add("charge isv_wap empty goods_list", CC, ce("isv_wap", {"goods_list": []}), [("extra.goods_list", "min_length")])
add("charge isv_wap one goods", CC, ce("isv_wap", {"goods_list": GOODS[:1]}))
add("order pay isv_wap empty goods_list", OP, {"order_id": "o1", "charge_amount": 100, "channel": "isv_wap", "extra": {"pay_channel": "alipay", "result_url": URL, "terminal_id": "T1", "goods_list": []}}, [("extra.goods_list", "min_length")])
add("order cancel status canceled", OX, {"order_id": "o1", "status": "canceled"})
add("order cancel status null", OX, {"order_id": "o1", "status": None})

# ---- issue 15 item 4: amounts at most 2147483647 fen (2^31 - 1)
MAX_AMOUNT = 2147483647
add("charge amount max", CC, charge("alipay", amount=MAX_AMOUNT))
add("charge amount max + 1", CC, charge("alipay", amount=MAX_AMOUNT + 1), [("amount", "range")])
add("order amount max", OC, mod(ORDER, {"amount": MAX_AMOUNT}))
add("order amount max + 1", OC, mod(ORDER, {"amount": MAX_AMOUNT + 1}), [("amount", "range")])
add("order pay charge_amount max + 1", OP, {"order_id": "o1", "charge_amount": MAX_AMOUNT + 1}, [("charge_amount", "range")])
add("order royalty user amount max + 1", OC, mod(ORDER, {"royalty_users": [{"user": "u", "amount": MAX_AMOUNT + 1}]}), [("royalty_users[0].amount", "range")])
add("charge refund amount max + 1", "charges.refunds.create", {"charge_id": "ch_1", "description": "r", "amount": MAX_AMOUNT + 1}, [("amount", "range")])
add("order refund charge_amount max + 1", "orders.order_refunds.create", {"order_id": "o1", "description": "r", "charge_amount": MAX_AMOUNT + 1}, [("charge_amount", "range")])
add("simple refund amount max + 1", "orders.refunds.create", {"order_id": "o1", "order_no": "r1", "amount": MAX_AMOUNT + 1, "charge": "ch_1", "description": "r"}, [("amount", "range")])
add("deposit amount max + 1", DC, {"user": "u1", "order_no": "d1", "amount": MAX_AMOUNT + 1, "extra": {"return_url": URL}}, [("amount", "range")])
add("withdrawal amount max + 1", WC, {"user": "u1", "order_no": "w1", "amount": MAX_AMOUNT + 1, "settle_account": "s1"}, [("amount", "range")])
add("withdrawal amount max", WC, {"user": "u1", "order_no": "w1", "amount": MAX_AMOUNT, "settle_account": "s1"})
add("allocation recipient amount max + 1", "allocations.create", {"app": "app_1", "order": "o1", "order_no": "a1", "recipients": [{"user": "u", "amount": MAX_AMOUNT + 1}]}, [("recipients[0].amount", "range")])


# ---- one valid case for every operation (docs/operations.md takes its examples from here)
add("charge refund retrieve", "charges.refunds.retrieve", {"charge_id": "ch_1", "refund_id": "re_1"})
add("order charge retrieve", "orders.charges.retrieve", {"order_id": "o1", "charge_id": "ch_1"})
add("channel delete", "sub_apps.channels.delete", {"app_id": "app_1", "sub_app_id": "app_2", "channel": "isv_scan"})
add("withdrawal list", "withdrawals.list", {"app_id": "app_1", "page": 1, "per_page": 20})
