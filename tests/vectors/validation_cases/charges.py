"""Cases of charges.create (every channel's extra and limits), charges.list and charge refunds."""

import json

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ charges.create
CC = "charges.create"
for ch, extra in EXTRAS.items():
    order_no = "123456789012"
    add(f"charge {ch} valid", CC, charge(ch, extra, order_no=order_no))
for ch, req in REQUIRED_EXTRAS.items():
    add(f"charge {ch} without extra", CC, charge(ch), [(f"extra.{k}", "required") for k in req])
add("charge unknown channel with any extra passes", CC, charge("future_pay", {"anything": [1, 2]}))
add("charge unknown fields pass", CC, charge("alipay", {"new_field": 1}, future_param="x"))
add("charge returned-only fields are not rejected", CC, charge("alipay", None, id="ch_1", livemode=False, paid=False))
add(
    "charge empty params",
    CC,
    {},
    [(f, "required") for f in ["order_no", "app.id", "channel", "amount", "client_ip", "currency", "subject", "body"]],
)
add("charge null fields are absent", CC, mod(charge("alipay"), {"amount": None, "extra": None}), [("amount", "required")])
add("charge params not an object", CC, [1, 2], [("", "type")])
add("charge app as string", CC, charge("alipay", None, app="app_1"), [("app", "type")])
add("charge app without id", CC, charge("alipay", None, app={}), [("app.id", "required")])
add("charge app id not a string", CC, charge("alipay", None, app={"id": 12}), [("app.id", "type")])
add("charge channel not a string", CC, charge(5), [("channel", "type")])
# amount
add("charge amount 1 fen", CC, charge("alipay", amount=1))
add("charge amount 0 fen", CC, charge("alipay", amount=0), [("amount", "range")])
add("charge amount negative", CC, charge("alipay", amount=-100), [("amount", "range")])
add("charge amount as string", CC, charge("alipay", amount="100"), [("amount", "type")])
add("charge amount as float", CC, charge("alipay", amount=1.5), [("amount", "type")])
add("charge amount as 100.0", CC, charge("alipay", amount=100.0), [("amount", "type")])
add("charge amount large", CC, charge("alipay", amount=9007199254740993), [("amount", "range")])
# currency
add("charge currency usd", CC, charge("alipay", currency="usd"), [("currency", "one_of")])
add("charge currency upper case", CC, charge("alipay", currency="CNY"), [("currency", "one_of")])
# client_ip
add("charge client_ip ipv6", CC, charge("alipay", client_ip="2001:db8::8a2e:370:7334"))
add("charge client_ip ipv6 loopback", CC, charge("alipay", client_ip="::1"))
add("charge client_ip octet 256", CC, charge("alipay", client_ip="256.1.1.1"), [("client_ip", "ip")])
add("charge client_ip hostname", CC, charge("alipay", client_ip="localhost"), [("client_ip", "ip")])
add("charge client_ip empty", CC, charge("alipay", client_ip=""), [("client_ip", "ip")])
add("charge client_ip number", CC, charge("alipay", client_ip=127001), [("client_ip", "type")])
# subject
add("charge subject 32 chars", CC, charge("alipay", subject="s" * 32))
add("charge subject 33 chars", CC, charge("alipay", subject="s" * 33), [("subject", "max_length")])
add("charge subject empty", CC, charge("alipay", subject=""), [("subject", "min_length")])
add("charge subject 1 char", CC, charge("alipay", subject="s"))
add("charge subject CJK 32 chars alipay", CC, charge("alipay", subject=CJK32))
add("charge subject CJK 33 chars alipay", CC, charge("alipay", subject=CJK32 + "付"), [("subject", "max_length")])
add("charge subject CJK 32 chars upacp", CC, charge("upacp", subject=CJK32), [("subject", "max_bytes")])
add("charge subject CJK 10 chars upacp (30 bytes)", CC, charge("upacp", subject="支" * 10))
add(
    "charge subject CJK 11 chars upacp_wap (33 bytes)",
    CC,
    charge("upacp_wap", {"result_url": URL}, subject="支" * 11),
    [("subject", "max_bytes")],
)
add(
    "charge subject 32 ascii + CJK upacp_pc",
    CC,
    charge("upacp_pc", {"result_url": URL}, subject="a" * 30 + "支"),
    [("subject", "max_bytes")],
)
add("charge subject 32 ascii upacp_pc", CC, charge("upacp_pc", {"result_url": URL}, subject="a" * 32))
add(
    "charge subject 33 ascii upacp",
    CC,
    charge("upacp", subject="a" * 33),
    [("subject", "max_length"), ("subject", "max_bytes")],
)
add("charge subject CJK 32 chars applepay_upacp", CC, charge("applepay_upacp", subject=CJK32))
add("charge subject CJK 32 chars wx", CC, charge("wx", subject=CJK32))
add("charge subject emoji 32 scalars", CC, charge("alipay", subject="😀" * 32))
# body
add("charge body 128 chars", CC, charge("alipay", body="b" * 128))
add("charge body 129 chars", CC, charge("alipay", body="b" * 129), [("body", "max_length")])
add("charge body CJK 128 chars", CC, charge("alipay", body="商" * 128))
add("charge body empty", CC, charge("alipay", body=""), [("body", "min_length")])
add("charge body 100 chars yeepay_wap", CC, charge("yeepay_wap", EXTRAS["yeepay_wap"], body="b" * 100))
add(
    "charge body 101 chars yeepay_wap",
    CC,
    charge("yeepay_wap", EXTRAS["yeepay_wap"], body="b" * 101),
    [("body", "max_length")],
)
add("charge body not a string", CC, charge("alipay", body=["b"]), [("body", "type")])
# description
add("charge description 255 chars", CC, charge("alipay", description="d" * 255))
add("charge description 256 chars", CC, charge("alipay", description="d" * 256), [("description", "max_length")])
add("charge description empty", CC, charge("alipay", description=""))
# metadata
ten = {f"key{i}": "v" for i in range(10)}
eleven = {f"key{i}": "v" for i in range(11)}
add("charge metadata 10 keys", CC, charge("alipay", metadata=ten))
add("charge metadata 11 keys", CC, charge("alipay", metadata=eleven), [("metadata", "max_keys")])
add("charge metadata 1000 chars", CC, charge("alipay", metadata={"k": "v" * 999}))
add("charge metadata 1001 chars", CC, charge("alipay", metadata={"kk": "v" * 999}), [("metadata", "max_keys")])
add("charge metadata numbers not counted", CC, charge("alipay", metadata={"k": "v" * 998, "n": 10**12}))
add("charge metadata CJK 1000 chars", CC, charge("alipay", metadata={"键": "值" * 999}))
add("charge metadata as string", CC, charge("alipay", metadata="{}"), [("metadata", "type")])
add("charge metadata as list", CC, charge("alipay", metadata=["a"]), [("metadata", "type")])
add(
    "charge metadata 11 keys and 1001 chars",
    CC,
    charge("alipay", metadata=dict(eleven, key0="v" * 990)),
    [("metadata", "max_keys")],
)
# order_no by channel family
ON = [
    ("alipay", 1, 64),
    ("alipay_wap", 1, 64),
    ("wx", 1, 32),
    ("wx_pub_qr", 1, 32),
    ("bfb_wap", 1, 20),
    ("upacp", 8, 40),
    ("upacp_wap", 8, 40),
    ("applepay_upacp", 8, 40),
    ("yeepay_wap", 1, 50),
    ("jdpay_wap", 1, 30),
    ("cnp_u", 8, 20),
    ("cnp_f", 8, 20),
    ("isv_scan", 1, 64),
    ("future_pay", 1, 64),
]
for ch, lo, hi in ON:
    ex = EXTRAS.get(ch)
    add(f"charge order_no {hi} chars {ch}", CC, charge(ch, ex, order_no="1" * hi))
    add(f"charge order_no {hi + 1} chars {ch}", CC, charge(ch, ex, order_no="1" * (hi + 1)), [("order_no", "max_length")])
    if lo > 1:
        add(f"charge order_no {lo} chars {ch}", CC, charge(ch, ex, order_no="1" * lo))
        add(
            f"charge order_no {lo - 1} chars {ch}", CC, charge(ch, ex, order_no="1" * (lo - 1)), [("order_no", "min_length")]
        )
add("charge order_no empty", CC, charge("alipay", order_no=""), [("order_no", "min_length")])
add("charge order_no with dash", CC, charge("alipay", order_no="ORDER-123"), [("order_no", "pattern")])
add("charge order_no with underscore", CC, charge("alipay", order_no="ORDER_123"), [("order_no", "pattern")])
add("charge order_no CJK", CC, charge("alipay", order_no="订单123"), [("order_no", "pattern")])
add("charge order_no letters and digits", CC, charge("alipay", order_no="AbC123xyz"))
add("charge order_no as number", CC, charge("alipay", order_no=123456789), [("order_no", "type")])
# time_expire
for ch, hi in [("alipay", 15 * DAY), ("wx_pub", 2 * HOUR), ("upacp", HOUR), ("isv_qr", 15 * DAY)]:
    ex = EXTRAS.get(ch)
    add(f"charge time_expire now+60 {ch}", CC, charge(ch, ex, time_expire=NOW + 60))
    add(f"charge time_expire lower tolerance edge {ch}", CC, charge(ch, ex, time_expire=NOW + 60 - 300))
    add(
        f"charge time_expire below window {ch}",
        CC,
        charge(ch, ex, time_expire=NOW + 60 - 301),
        [("time_expire", "time_window")],
    )
    add(f"charge time_expire upper tolerance edge {ch}", CC, charge(ch, ex, time_expire=NOW + hi + 300))
    add(
        f"charge time_expire above window {ch}",
        CC,
        charge(ch, ex, time_expire=NOW + hi + 301),
        [("time_expire", "time_window")],
    )
add("charge time_expire as string", CC, charge("alipay", time_expire=str(NOW + 3600)), [("time_expire", "type")])
add("charge time_expire in milliseconds", CC, charge("alipay", time_expire=(NOW + 3600) * 1000), [("time_expire", "time_window")])
# extras per channel
E = "extra"


def ce(ch, changes):
    return charge(ch, mod(EXTRAS[ch] or {}, changes))


add("charge extra not an object", CC, charge("alipay", "token"), [("extra", "type")])
add("charge alipay rn_check F", CC, ce("alipay", {"rn_check": "F"}))
add("charge alipay rn_check X", CC, ce("alipay", {"rn_check": "X"}), [("extra.rn_check", "one_of")])
add("charge alipay_wap success_url not a url", CC, ce("alipay_wap", {"success_url": "example.com/ok"}), [("extra.success_url", "url")])
add("charge alipay_wap cancel_url ftp", CC, ce("alipay_wap", {"cancel_url": "ftp://example.com"}), [("extra.cancel_url", "url")])
add("charge alipay_wap new_version string", CC, ce("alipay_wap", {"new_version": "true"}), [("extra.new_version", "type")])
add("charge alipay_pc_direct exter_invoke_ip bad", CC, ce("alipay_pc_direct", {"exter_invoke_ip": "1.2.3"}), [("extra.exter_invoke_ip", "ip")])
add(
    "charge alipay_pc_direct anti phishing not bool",
    CC,
    ce("alipay_pc_direct", {"enable_anti_phishing_key": 1}),
    [("extra.enable_anti_phishing_key", "type")],
)
add("charge wx limit_pay credit", CC, ce("wx", {"limit_pay": "credit"}), [("extra.limit_pay", "one_of")])
add("charge wx_wap goods_tag number", CC, ce("wx_wap", {"goods_tag": 5}), [("extra.goods_tag", "type")])
add("charge wx_pub_qr product_id 32 chars", CC, ce("wx_pub_qr", {"product_id": "p" * 32}))
add("charge wx_pub_qr product_id 33 chars", CC, ce("wx_pub_qr", {"product_id": "p" * 33}), [("extra.product_id", "max_length")])
add("charge wx_pub_qr product_id empty", CC, ce("wx_pub_qr", {"product_id": ""}), [("extra.product_id", "min_length")])
add("charge bfb_wap bfb_login string", CC, ce("bfb_wap", {"bfb_login": "true"}), [("extra.bfb_login", "type")])
add("charge upacp_wap result_url relative", CC, ce("upacp_wap", {"result_url": "/result"}), [("extra.result_url", "url")])
add("charge yeepay_wap terminal_type 0", CC, ce("yeepay_wap", {"terminal_type": 0}))
add("charge yeepay_wap terminal_type 4", CC, ce("yeepay_wap", {"terminal_type": 4}), [("extra.terminal_type", "one_of")])
add("charge yeepay_wap terminal_type string", CC, ce("yeepay_wap", {"terminal_type": "1"}), [("extra.terminal_type", "type")])
add("charge yeepay_wap identity_id 50 chars", CC, ce("yeepay_wap", {"identity_id": "i" * 50}))
add("charge yeepay_wap identity_id 51 chars", CC, ce("yeepay_wap", {"identity_id": "i" * 51}), [("extra.identity_id", "max_length")])
add("charge yeepay_wap identity_type string", CC, ce("yeepay_wap", {"identity_type": "2"}), [("extra.identity_type", "type")])
add("charge jdpay_wap token 31 chars", CC, ce("jdpay_wap", {"token": "t" * 31}), [("extra.token", "min_length")])
add("charge jdpay_wap token 33 chars", CC, ce("jdpay_wap", {"token": "t" * 33}), [("extra.token", "max_length")])
add("charge jdpay_wap without token", CC, ce("jdpay_wap", {"token": DEL}))
add("charge cnp_u sms_code without code", CC, ce("cnp_u", {"sms_code": {"id": "sms_1"}}), [("extra.sms_code.code", "required")])
add("charge cnp_u sms_code string", CC, ce("cnp_u", {"sms_code": "123456"}), [("extra.sms_code", "type")])
add(
    "charge cnp_u sms_code empty object",
    CC,
    ce("cnp_u", {"sms_code": {}}),
    [("extra.sms_code.id", "required"), ("extra.sms_code.code", "required")],
)
add("charge fqlpay_wap return_url bad", CC, ce("fqlpay_wap", {"return_url": "nope"}), [("extra.return_url", "url")])
add("charge qgbc_wap term 0", CC, ce("qgbc_wap", {"term": 0}))
add("charge qgbc_wap term 5", CC, ce("qgbc_wap", {"term": 5}), [("extra.term", "range")])
add("charge qgbc_wap term -1", CC, ce("qgbc_wap", {"term": -1}), [("extra.term", "range")])
add("charge qgbc_wap has_header string", CC, ce("qgbc_wap", {"has_header": "yes"}), [("extra.has_header", "type")])
add("charge qgbc_wap activate_url bad", CC, ce("qgbc_wap", {"activate_url": "www.example.com"}), [("extra.activate_url", "url")])
add("charge cmb_wallet mobile 10 digits", CC, ce("cmb_wallet", {"mobile": "1380000000"}), [("extra.mobile", "min_length")])
add("charge cmb_wallet mobile 12 digits", CC, ce("cmb_wallet", {"mobile": "138000000000"}), [("extra.mobile", "max_length")])
add("charge cmb_wallet mobile letter", CC, ce("cmb_wallet", {"mobile": "1380000000a"}), [("extra.mobile", "pattern")])
add("charge cmb_wallet p_no 30 digits", CC, ce("cmb_wallet", {"p_no": "1" * 30}))
add("charge cmb_wallet p_no 31 digits", CC, ce("cmb_wallet", {"p_no": "1" * 31}), [("extra.p_no", "max_length")])
add("charge cmb_wallet seq 20 digits", CC, ce("cmb_wallet", {"seq": "1" * 20}))
add("charge cmb_wallet seq 21 digits", CC, ce("cmb_wallet", {"seq": "1" * 21}), [("extra.seq", "max_length")])
add("charge cmb_wallet m_uid letters", CC, ce("cmb_wallet", {"m_uid": "abc"}), [("extra.m_uid", "pattern")])
add("charge cmb_wallet m_uid number", CC, ce("cmb_wallet", {"m_uid": 789}), [("extra.m_uid", "type")])
add("charge isv_qr pay_channel wx", CC, ce("isv_qr", {"pay_channel": "wx"}))
add("charge isv_qr pay_channel unionpay", CC, ce("isv_qr", {"pay_channel": "unionpay"}), [("extra.pay_channel", "one_of")])
add("charge isv_qr terminal_id 8 chars", CC, ce("isv_qr", {"terminal_id": "12345678"}))
add("charge isv_qr terminal_id 9 chars", CC, ce("isv_qr", {"terminal_id": "123456789"}), [("extra.terminal_id", "max_length")])
add("charge isv_qr terminal_id empty", CC, ce("isv_qr", {"terminal_id": ""}), [("extra.terminal_id", "min_length")])
add("charge isv_qr with goods_list", CC, ce("isv_qr", {"goods_list": GOODS}))
add("charge isv_scan scan_code 32 chars", CC, ce("isv_scan", {"scan_code": "1" * 32}))
add("charge isv_scan scan_code 33 chars", CC, ce("isv_scan", {"scan_code": "1" * 33}), [("extra.scan_code", "max_length")])
add("charge isv_scan terminal_id 9 chars", CC, ce("isv_scan", {"terminal_id": "T12345678"}), [("extra.terminal_id", "max_length")])
add("charge isv_scan pay_channel any string", CC, ce("isv_scan", {"pay_channel": "unionpay"}))
add("charge isv_scan pay_channel number", CC, ce("isv_scan", {"pay_channel": 1}), [("extra.pay_channel", "type")])
add("charge isv_scan without goods_list", CC, ce("isv_scan", {"goods_list": DEL}))
add("charge isv_scan empty goods_list", CC, ce("isv_scan", {"goods_list": []}))
add("charge isv_scan goods_list string", CC, ce("isv_scan", {"goods_list": json.dumps(GOODS)}), [("extra.goods_list", "type")])
add(
    "charge isv_scan goods_list item not object",
    CC,
    ce("isv_scan", {"goods_list": [GOODS[0], "x"]}),
    [("extra.goods_list[1]", "type")],
)
add(
    "charge isv_scan goods_list item empty",
    CC,
    ce("isv_scan", {"goods_list": [{}]}),
    [(f"extra.goods_list[0].{k}", "required") for k in ["goods_name", "price", "goods_num", "goods_id"]],
)
add(
    "charge isv_scan goods_list price decimal string",
    CC,
    ce("isv_scan", {"goods_list": [dict(GOODS[0], price="12.50")]}),
    [("extra.goods_list[0].price", "pattern")],
)
add(
    "charge isv_scan goods_list price float",
    CC,
    ce("isv_scan", {"goods_list": [GOODS[1], dict(GOODS[1], price=19.9)]}),
    [("extra.goods_list[1].price", "type")],
)
add(
    "charge isv_scan goods_list goods_num negative",
    CC,
    ce("isv_scan", {"goods_list": [dict(GOODS[1], goods_num=-1)]}),
    [("extra.goods_list[0].goods_num", "range")],
)
add(
    "charge isv_scan goods_list goods_id number",
    CC,
    ce("isv_scan", {"goods_list": [dict(GOODS[1], goods_id=42)]}),
    [("extra.goods_list[0].goods_id", "type")],
)
add(
    "charge isv_scan goods_list show_url number",
    CC,
    ce("isv_scan", {"goods_list": [dict(GOODS[0], show_url=1)]}),
    [("extra.goods_list[0].show_url", "type")],
)
add("charge isv_wap result_url 120 chars", CC, ce("isv_wap", {"result_url": URL + "/" + "r" * (120 - len(URL) - 1)}))
add(
    "charge isv_wap result_url 121 chars",
    CC,
    ce("isv_wap", {"result_url": URL + "/" + "r" * (121 - len(URL) - 1)}),
    [("extra.result_url", "max_length")],
)
add("charge isv_wap result_url not a url", CC, ce("isv_wap", {"result_url": "result"}), [("extra.result_url", "url")])


def goods_of_serialized_len(n):
    item = {"goods_id": "g", "goods_name": "", "goods_num": 1, "price": 1}
    base = len(json.dumps([item], separators=(",", ":"), ensure_ascii=False))
    item["goods_name"] = "商" * (n - base)
    items = [item]
    assert len(json.dumps(items, separators=(",", ":"), ensure_ascii=False)) == n
    return items


add("charge isv_wap goods_list 8192 chars serialized", CC, ce("isv_wap", {"goods_list": goods_of_serialized_len(8192)}))
add(
    "charge isv_wap goods_list 8193 chars serialized",
    CC,
    ce("isv_wap", {"goods_list": goods_of_serialized_len(8193)}),
    [("extra.goods_list", "max_length")],
)
add("charge isv_scan goods_list 8193 chars is fine", CC, ce("isv_scan", {"goods_list": goods_of_serialized_len(8193)}))
add(
    "charge several violations at once",
    CC,
    mod(charge("isv_scan", EXTRAS["isv_scan"]), {"amount": 0, "currency": "usd", "subject": "s" * 33, "extra.terminal_id": "123456789", "client_ip": "1.2.3"}),
    [("amount", "range"), ("currency", "one_of"), ("subject", "max_length"), ("extra.terminal_id", "max_length"), ("client_ip", "ip")],
)
add(
    "charge several violations in extra",
    CC,
    charge("cmb_wallet", {"result_url": "x", "p_no": "a", "seq": "", "mobile": "1"}),
    [
        ("extra.result_url", "url"),
        ("extra.p_no", "pattern"),
        ("extra.seq", "min_length"),
        ("extra.m_uid", "required"),
        ("extra.mobile", "min_length"),
    ],
)

# ------------------------------------------------------------------ charges.list / refunds
CL = "charges.list"
add("charges.list app id", CL, {"app": {"id": "app_1"}})
add("charges.list flat app[id]", CL, {"app[id]": "app_1", "limit": 10})
add("charges.list without app", CL, {"limit": 10}, [("app.id", "required")])
add("charges.list limit 1", CL, {"app": {"id": "app_1"}, "limit": 1})
add("charges.list limit 100", CL, {"app": {"id": "app_1"}, "limit": 100})
add("charges.list limit 101", CL, {"app": {"id": "app_1"}, "limit": 101}, [("limit", "range")])
add("charges.list limit 0", CL, {"app": {"id": "app_1"}, "limit": 0}, [("limit", "range")])
add("charges.list limit string", CL, {"app": {"id": "app_1"}, "limit": "10"}, [("limit", "type")])
add(
    "charges.list filters",
    CL,
    {"app": {"id": "app_1"}, "paid": True, "refunded": False, "channel": "wx", "starting_after": "ch_1", "created": {"gt": NOW - DAY, "lte": NOW}},
)
add("charges.list paid string", CL, {"app": {"id": "app_1"}, "paid": "true"}, [("paid", "type")])
add("charges.list refunded number", CL, {"app": {"id": "app_1"}, "refunded": 0}, [("refunded", "type")])
add("charges.list created integer", CL, {"app": {"id": "app_1"}, "created": NOW})
add("charges.list created gt string", CL, {"app": {"id": "app_1"}, "created": {"gt": "yesterday"}}, [("created.gt", "type")])
add("charges.list created string", CL, {"app": {"id": "app_1"}, "created": "yesterday"}, [("created", "type")])
add("charges.list flat created[gte] string", CL, {"app": {"id": "app_1"}, "created[gte]": "1"}, [("created[gte]", "type")])
add("charges.list flat created[lt] integer", CL, {"app": {"id": "app_1"}, "created[lt]": NOW})

add("charges.retrieve", "charges.retrieve", {"charge_id": "ch_L8qn10mLmr1GS8e5OODmHaL4"})
add("charges.retrieve without id", "charges.retrieve", {}, [("charge_id", "required")])
add("charges.retrieve empty id", "charges.retrieve", {"charge_id": ""}, [("charge_id", "min_length")])
add("charges.retrieve id as list", "charges.retrieve", {"charge_id": ["ch_1"]}, [("charge_id", "type")])
add("charges.reverse", "charges.reverse", {"charge_id": "ch_1"})

RC = "charges.refunds.create"
add("charge refund valid", RC, {"charge_id": "ch_1", "description": "退款", "amount": 1, "metadata": {"a": "b"}})
add("charge refund without description", RC, {"charge_id": "ch_1"}, [("description", "required")])
add("charge refund description empty", RC, {"charge_id": "ch_1", "description": ""}, [("description", "min_length")])
add("charge refund description 255", RC, {"charge_id": "ch_1", "description": "d" * 255})
add("charge refund description 256", RC, {"charge_id": "ch_1", "description": "d" * 256}, [("description", "max_length")])
add("charge refund amount 0", RC, {"charge_id": "ch_1", "description": "d", "amount": 0}, [("amount", "range")])
add("charge refund amount string", RC, {"charge_id": "ch_1", "description": "d", "amount": "1"}, [("amount", "type")])
add("charge refund without charge_id", RC, {"description": "d"}, [("charge_id", "required")])
add("charge refund metadata 11 keys", RC, {"charge_id": "ch_1", "description": "d", "metadata": eleven}, [("metadata", "max_keys")])
add("charge refunds list", "charges.refunds.list", {"charge_id": "ch_1", "limit": 100})
add("charge refunds list limit 101", "charges.refunds.list", {"charge_id": "ch_1", "limit": 101}, [("limit", "range")])
add("charge refund retrieve without refund_id", "charges.refunds.retrieve", {"charge_id": "ch_1"}, [("refund_id", "required")])
