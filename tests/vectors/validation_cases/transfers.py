"""Cases of transfers, batch transfers and red envelopes (issue 11): both sides of every limit
the official SDKs state (docs/validation.md, "Transfers, batch transfers, red envelopes")."""

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ transfers
TC = "transfers.create"
APP = {"id": "app_1Gqj58ynP0mHeX1q"}
CARD = {"card_number": "6225210207073918", "user_name": "张三"}
TRANSFER_EXTRAS = {
    "alipay": {"recipient_name": "张三"},
    "allinpay": dict(CARD, open_bank_code="0308"),
    "jdpay": dict(CARD, open_bank_code="0308"),
    "unionpay": dict(CARD, open_bank_code="0308"),
    "wx_pub": {"user_name": "张三", "force_check": True},
    "balance": None,
}
TRANSFER_RECIPIENTS = {"alipay": "account@example.com", "wx_pub": "o9zpMs9jIaLynQY9N6yxcZ", "balance": "user_001"}
TRANSFER_ORDER_NOS = {"allinpay": "20000000000000000001", "unionpay": "1234567890123456"}


def transfer(ch, **kw):
    channel = ch
    p = {"app": APP, "channel": channel, "order_no": TRANSFER_ORDER_NOS.get(channel, "t2017020816002"), "amount": 100, "currency": "cny", "type": "b2c", "description": "payout"}
    if channel in TRANSFER_RECIPIENTS:
        p["recipient"] = TRANSFER_RECIPIENTS[channel]
    if TRANSFER_EXTRAS[channel] is not None:
        p["extra"] = dict(TRANSFER_EXTRAS[channel])
    p.update(kw)
    return p


for ch in TRANSFER_EXTRAS:
    add(f"transfer {ch}", TC, transfer(ch))
add("transfer amount 99", TC, transfer("balance", amount=99), [("amount", "range")])
add("transfer amount max + 1", TC, transfer("balance", amount=2147483648), [("amount", "range")])
add("transfer channel upacp", TC, transfer("balance", channel="upacp"), [("channel", "one_of")])
add("transfer type c2c", TC, transfer("balance", type="c2c"), [("type", "one_of")])
add("transfer currency usd", TC, transfer("balance", currency="usd"), [("currency", "one_of")])
add("transfer empty", TC, {}, [("channel", "required"), ("order_no", "required"), ("amount", "required"), ("currency", "required"), ("type", "required"), ("app.id", "required")])
for ch in ("alipay", "wx_pub", "balance"):
    add(f"transfer {ch} without recipient", TC, mod(transfer(ch), {"recipient": DEL}), [("recipient", "conditional")])
add("transfer unionpay without recipient", TC, transfer("unionpay"))
# order_no by channel
add("transfer wx_pub order_no 50", TC, transfer("wx_pub", order_no="a" * 50))
add("transfer wx_pub order_no 51", TC, transfer("wx_pub", order_no="a" * 51), [("order_no", "max_length")])
add("transfer alipay order_no 64", TC, transfer("alipay", order_no="a" * 64))
add("transfer alipay order_no 65", TC, transfer("alipay", order_no="a" * 65), [("order_no", "max_length")])
add("transfer alipay order_no dash", TC, transfer("alipay", order_no="t-1"), [("order_no", "pattern")])
add("transfer unionpay order_no 16 digits", TC, transfer("unionpay", order_no="1" * 16))
add("transfer unionpay order_no 17 digits", TC, transfer("unionpay", order_no="1" * 17), [("order_no", "max_length")])
add("transfer unionpay order_no letters", TC, transfer("unionpay", order_no="12a4"), [("order_no", "pattern")])
add("transfer allinpay order_no 19", TC, transfer("allinpay", order_no="1" * 19), [("order_no", "min_length")])
add("transfer allinpay order_no 40", TC, transfer("allinpay", order_no="1" * 40))
add("transfer allinpay order_no 41", TC, transfer("allinpay", order_no="1" * 41), [("order_no", "max_length")])
add("transfer order_no empty", TC, transfer("jdpay", order_no=""), [("order_no", "min_length")])
# description by channel
add("transfer unionpay description 99", TC, transfer("unionpay", description="d" * 99))
add("transfer unionpay description 100", TC, transfer("unionpay", description="d" * 100), [("description", "max_length")])
add("transfer wx_pub description 33 cjk", TC, transfer("wx_pub", description="付" * 33))
add("transfer wx_pub description 34 cjk", TC, transfer("wx_pub", description="付" * 34), [("description", "max_bytes")])
add("transfer wx_pub description 99 ascii", TC, transfer("wx_pub", description="d" * 99))
add("transfer alipay description 100", TC, transfer("alipay", description="d" * 100))
add("transfer alipay description 101", TC, transfer("alipay", description="d" * 101), [("description", "max_length")])
add("transfer allinpay description 30", TC, transfer("allinpay", description="d" * 30))
add("transfer allinpay description 31", TC, transfer("allinpay", description="d" * 31), [("description", "max_length")])
# extra by channel
add("transfer alipay without extra", TC, mod(transfer("alipay"), {"extra": DEL}), [("extra.recipient_name", "required")])
add("transfer alipay recipient_name 50", TC, transfer("alipay", extra={"recipient_name": "n" * 50}))
add("transfer alipay recipient_name 51", TC, transfer("alipay", extra={"recipient_name": "n" * 51}), [("extra.recipient_name", "max_length")])
add("transfer alipay account type userid", TC, transfer("alipay", extra={"recipient_name": "n", "recipient_account_type": "ALIPAY_USERID"}))
add("transfer alipay account type email", TC, transfer("alipay", extra={"recipient_name": "n", "recipient_account_type": "EMAIL"}), [("extra.recipient_account_type", "one_of")])
add("transfer allinpay open_bank_code 3", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="030")), [("extra.open_bank_code", "min_length")])
add("transfer allinpay open_bank_code 5", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="03080")), [("extra.open_bank_code", "max_length")])
add("transfer allinpay business_code 5", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="0308", business_code="09900")))
add("transfer allinpay business_code 4", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="0308", business_code="0990")), [("extra.business_code", "min_length")])
add("transfer allinpay card_type 1", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="0308", card_type=1)))
add("transfer allinpay card_type 2", TC, transfer("allinpay", extra=dict(CARD, open_bank_code="0308", card_type=2)), [("extra.card_type", "range")])
add("transfer jdpay without card", TC, transfer("jdpay", extra={"open_bank_code": "0308"}), [("extra.card_number", "required"), ("extra.user_name", "required")])
add("transfer jdpay card_number 32", TC, transfer("jdpay", extra=dict(CARD, open_bank_code="0308", card_number="1" * 32)))
add("transfer jdpay card_number 33", TC, transfer("jdpay", extra=dict(CARD, open_bank_code="0308", card_number="1" * 33)), [("extra.card_number", "max_length")])
add("transfer jdpay user_name 100", TC, transfer("jdpay", extra=dict(CARD, open_bank_code="0308", user_name="n" * 100)))
add("transfer jdpay user_name 101", TC, transfer("jdpay", extra=dict(CARD, open_bank_code="0308", user_name="n" * 101)), [("extra.user_name", "max_length")])
add("transfer unionpay open_bank instead of code", TC, transfer("unionpay", extra=dict(CARD, open_bank="招商银行")))
add("transfer unionpay without bank", TC, transfer("unionpay", extra=dict(CARD)), [("extra.open_bank_code", "conditional")])
add("transfer unionpay without extra", TC, mod(transfer("unionpay"), {"extra": DEL}), [("extra.card_number", "required"), ("extra.user_name", "required"), ("extra.open_bank_code", "conditional")])
add("transfer unionpay open_bank 51", TC, transfer("unionpay", extra=dict(CARD, open_bank="b" * 51)), [("extra.open_bank", "max_length")])
add("transfer unionpay prov 20 city 40 sub_bank 80", TC, transfer("unionpay", extra=dict(CARD, open_bank_code="0308", prov="p" * 20, city="c" * 40, sub_bank="s" * 80)))
add(
    "transfer unionpay prov 21 city 41 sub_bank 81",
    TC,
    transfer("unionpay", extra=dict(CARD, open_bank_code="0308", prov="p" * 21, city="c" * 41, sub_bank="s" * 81)),
    [("extra.prov", "max_length"), ("extra.city", "max_length"), ("extra.sub_bank", "max_length")],
)
add("transfer wx_pub force_check string", TC, transfer("wx_pub", extra={"force_check": "true"}), [("extra.force_check", "type")])
add("transfer balance extra any", TC, transfer("balance", extra={"note": "x"}))
add("transfer metadata 11 keys", TC, transfer("balance", metadata={f"k{i}": "v" for i in range(11)}), [("metadata", "max_keys")])
add("transfer retrieve", "transfers.retrieve", {"transfer_id": "tr_1"})
add("transfer retrieve without id", "transfers.retrieve", {}, [("transfer_id", "required")])
TL = "transfers.list"
add("transfer list", TL, {"app[id]": "app_1", "limit": 100})
add("transfer list app object", TL, {"app": {"id": "app_1"}, "created": {"gte": 1, "lt": 2}})
add("transfer list without app", TL, {"limit": 10}, [("app.id", "required")])
add("transfer list limit 101", TL, {"app[id]": "app_1", "limit": 101}, [("limit", "range")])
add("transfer list limit 0", TL, {"app[id]": "app_1", "limit": 0}, [("limit", "range")])
add("transfer cancel", "transfers.cancel", {"transfer_id": "tr_1", "status": "canceled"})
add("transfer cancel without status", "transfers.cancel", {"transfer_id": "tr_1"})
add("transfer cancel status paid", "transfers.cancel", {"transfer_id": "tr_1", "status": "paid"}, [("status", "one_of")])
add("transfer reverse", "transfers.reverse", {"transfer_id": "tr_1"})

# ------------------------------------------------------------------ batch transfers
BC = "batch_transfers.create"
BATCH_RECIPIENTS = {
    "alipay": {"account": "account@example.com", "amount": 5000, "name": "张三"},
    "allinpay": {"account": "6225210207073918", "amount": 5000, "name": "张三", "open_bank_code": "0308"},
    "jdpay": {"account": "6225210207073918", "amount": 5000, "name": "张三", "open_bank_code": "0308"},
    "unionpay": {"account": "6225210207073918", "amount": 5000, "name": "张三", "open_bank_code": "0308"},
    "wx_pub": {"open_id": "o9zpMs9jIaLynQY9N6yxcZ", "amount": 5000},
    "balance": {"user": "user_001", "amount": 5000},
}


def batch(ch, item_changes=None, **kw):
    channel = ch
    item = mod(BATCH_RECIPIENTS[channel], item_changes or {})
    other = dict(BATCH_RECIPIENTS[channel], amount=1000)
    amount = (item.get("amount") if isinstance(item.get("amount"), int) else 0) + 1000
    p = {"app": "app_1Gqj58ynP0mHeX1q", "batch_no": "b2017020816", "channel": channel, "amount": amount, "description": "payouts", "type": "b2c", "recipients": [item, other]}
    p.update(kw)
    return p


for ch in BATCH_RECIPIENTS:
    add(f"batch transfer {ch}", BC, batch(ch))
add("batch transfer unionpay b2b", BC, batch("unionpay", type="b2b"))
add("batch transfer alipay b2b", BC, batch("alipay", type="b2b"), [("type", "one_of")])
add("batch transfer wx_pub b2b", BC, batch("wx_pub", type="b2b"), [("type", "one_of")])
add("batch transfer amount not the sum", BC, batch("balance", amount=5999), [("amount", "conditional")])
add("batch transfer batch_no 3", BC, batch("balance", batch_no="b12"))
add("batch transfer batch_no 2", BC, batch("balance", batch_no="b1"), [("batch_no", "min_length")])
add("batch transfer batch_no 24", BC, batch("balance", batch_no="b" * 24))
add("batch transfer batch_no 25", BC, batch("balance", batch_no="b" * 25), [("batch_no", "max_length")])
add("batch transfer batch_no underscore", BC, batch("balance", batch_no="b_123"), [("batch_no", "pattern")])
add("batch transfer recipients empty", BC, batch("balance", recipients=[], amount=1), [("recipients", "min_length")])
add("batch transfer app object", BC, batch("balance", app={"id": "app_1"}), [("app", "type")])
add("batch transfer empty", BC, {}, [("app", "required"), ("batch_no", "required"), ("channel", "required"), ("amount", "required"), ("type", "required"), ("recipients", "required")])
add("batch transfer alipay without name", BC, batch("alipay", {"name": DEL}), [("recipients[0].name", "required")])
add("batch transfer alipay description 200 bytes", BC, batch("alipay", {"description": "付" * 66}))
add("batch transfer alipay description 201 bytes", BC, batch("alipay", {"description": "付" * 67}), [("recipients[0].description", "max_bytes")])
add("batch transfer allinpay without bank code", BC, batch("allinpay", {"open_bank_code": DEL}), [("recipients[0].open_bank_code", "required")])
add("batch transfer allinpay description 31", BC, batch("allinpay", {"description": "d" * 31}), [("recipients[0].description", "max_length")])
add("batch transfer allinpay order_no 20", BC, batch("allinpay", {"order_no": "1" * 20}))
add("batch transfer allinpay order_no 19", BC, batch("allinpay", {"order_no": "1" * 19}), [("recipients[0].order_no", "min_length")])
add("batch transfer jdpay description 101", BC, batch("jdpay", {"description": "d" * 101}), [("recipients[0].description", "max_length")])
add("batch transfer unionpay open_bank", BC, batch("unionpay", {"open_bank_code": DEL, "open_bank": "招商银行"}))
add("batch transfer unionpay without bank", BC, batch("unionpay", {"open_bank_code": DEL}), [("recipients[0].open_bank_code", "conditional")])
add("batch transfer unionpay order_no 16 digits", BC, batch("unionpay", {"order_no": "1" * 16}))
add("batch transfer unionpay order_no 17 digits", BC, batch("unionpay", {"order_no": "1" * 17}), [("recipients[0].order_no", "max_length")])
add("batch transfer wx_pub without open_id", BC, batch("wx_pub", {"open_id": DEL}), [("recipients[0].open_id", "required")])
add("batch transfer wx_pub order_no 32", BC, batch("wx_pub", {"order_no": "a" * 32}))
add("batch transfer wx_pub order_no 33", BC, batch("wx_pub", {"order_no": "a" * 33}), [("recipients[0].order_no", "max_length")])
add("batch transfer wx_pub description 34 cjk", BC, batch("wx_pub", {"description": "付" * 34}), [("recipients[0].description", "max_bytes")])
add("batch transfer balance without user", BC, batch("balance", {"user": DEL}), [("recipients[0].user", "required")])
add("batch transfer balance amount 0", BC, batch("balance", {"amount": 0}), [("recipients[0].amount", "range")])
add("batch transfer recipient not an object", BC, batch("balance", recipients=["user_001"], amount=1), [("recipients[0]", "type")])
add("batch transfer retrieve", "batch_transfers.retrieve", {"batch_transfer_id": "181610"})
BL = "batch_transfers.list"
add("batch transfer list", BL, {"app": "app_1", "page": 1, "per_page": 100})
add("batch transfer list per_page 101", BL, {"app": "app_1", "per_page": 101}, [("per_page", "range")])
add("batch transfer cancel", "batch_transfers.cancel", {"batch_transfer_id": "181610", "status": "canceled"})
add("batch transfer cancel status pending", "batch_transfers.cancel", {"batch_transfer_id": "181610", "status": "pending"}, [("status", "one_of")])

# ------------------------------------------------------------------ red envelopes
RC = "red_envelopes.create"
RED = {"app": APP, "channel": "wx_pub", "order_no": "123456789", "amount": 100, "currency": "cny", "recipient": "o9zpMs9jIaLynQY9N6yxcZ", "subject": "红包", "body": "恭喜发财", "description": "d", "extra": {"send_name": "商户", "nick_name": "店"}}
add("red envelope", RC, RED)
add("red envelope wx", RC, mod(RED, {"channel": "wx"}))
add("red envelope alipay", RC, mod(RED, {"channel": "alipay"}), [("channel", "one_of")])
add("red envelope amount 99", RC, mod(RED, {"amount": 99}), [("amount", "range")])
add("red envelope amount 20000", RC, mod(RED, {"amount": 20000}))
add("red envelope amount 20001", RC, mod(RED, {"amount": 20001}), [("amount", "range")])
add("red envelope order_no 28 digits", RC, mod(RED, {"order_no": "1" * 28}))
add("red envelope order_no 29 digits", RC, mod(RED, {"order_no": "1" * 29}), [("order_no", "max_length")])
add("red envelope order_no letters", RC, mod(RED, {"order_no": "r123"}), [("order_no", "pattern")])
add("red envelope send_name 32 bytes", RC, mod(RED, {"extra.send_name": "商户名称商户名称商户" + "ab"}))
add("red envelope send_name 33 bytes", RC, mod(RED, {"extra.send_name": "商户名称商户名称商户" + "abc"}), [("extra.send_name", "max_bytes")])
add("red envelope without recipient subject body", RC, mod(RED, {"recipient": DEL, "subject": DEL, "body": DEL}), [("recipient", "required"), ("subject", "required"), ("body", "required")])
add("red envelope retrieve", "red_envelopes.retrieve", {"red_envelope_id": "red_1"})
add("red envelope list", "red_envelopes.list", {"app": {"id": "app_1"}, "limit": 3})
add("red envelope list limit 101", "red_envelopes.list", {"limit": 101}, [("limit", "range")])
