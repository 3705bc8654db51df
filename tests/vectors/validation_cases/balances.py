"""Cases of recharges, balance bonuses, balance transfers, balance transactions and settlements,
batch withdrawals, and the official SDKs' withdrawals.create contract (issue 11): both sides of
every limit the sources state (docs/validation.md, "Recharges, balances, batch withdrawals")."""

from .common import *  # noqa: F401,F403

MAX_AMOUNT = 2147483647

# ------------------------------------------------------------------ recharges
RC = "recharges.create"


def recharge(channel="alipay_qr", extra=None, **kw):
    """The Python SDK's example (example/recharge/recharge.py), with `kw` changing the charge."""
    ch = {
        "amount": 100,
        "channel": channel,
        "order_no": "150000000",
        "subject": "Your subject",
        "body": "Your body",
        "time_expire": NOW + HOUR,
        "client_ip": "127.0.0.1",
        "extra": {} if extra is None else extra,
    }
    ch.update(kw)
    return {
        "user": "user_test_01",
        "charge": ch,
        "balance_bonus": {"amount": 100},
        "from_user": "user_test_02",
        "description": "Your description",
        "metadata": {},
    }


def fee(user_fee, amount=100):
    """A recharge with a fee and no bonus."""
    return mod(recharge(amount=amount), {"balance_bonus": DEL, "user_fee": user_fee})


add("recharge python sdk example", RC, recharge())
add("recharge node sdk example", RC, {
    "user": "user_test_02", "user_fee": 10, "description": "Recharge description.",
    "charge": {"amount": 30, "channel": "alipay_wap", "order_no": "1767225600", "client_ip": "127.0.0.1",
               "subject": "Recharge subject", "body": "Recharge body", "extra": {"success_url": "https://example.com/success"}},
})
add("recharge minimal", RC, {"user": "u1", "charge": {"amount": 1, "channel": "alipay", "order_no": "o1", "subject": "s", "body": "b"}})
add("recharge empty", RC, {}, [("user", "required"), ("charge", "required")])
add("recharge charge empty", RC, {"user": "u1", "charge": {}}, [
    ("charge.amount", "required"), ("charge.channel", "required"), ("charge.order_no", "required"),
    ("charge.subject", "required"), ("charge.body", "required")])
add("recharge charge string", RC, {"user": "u1", "charge": "ch_1"}, [("charge", "type")])
add("recharge user empty", RC, mod(recharge(), {"user": ""}), [("user", "min_length")])
add("recharge user 64", RC, mod(recharge(), {"user": "u" * 64}))
add("recharge user 65", RC, mod(recharge(), {"user": "u" * 65}), [("user", "max_length")])
add("recharge amount 0", RC, recharge(amount=0), [("charge.amount", "range")])
add("recharge amount max", RC, recharge(amount=MAX_AMOUNT))
add("recharge amount max + 1", RC, recharge(amount=MAX_AMOUNT + 1), [("charge.amount", "range")])
add("recharge amount string", RC, recharge(amount="100"), [("charge.amount", "type")])
# subject and body (the charge's rules)
add("recharge subject 32", RC, recharge(subject="s" * 32))
add("recharge subject 33", RC, recharge(subject="s" * 33), [("charge.subject", "max_length")])
add("recharge subject empty", RC, recharge(subject=""), [("charge.subject", "min_length")])
add("recharge upacp subject 32 cjk", RC, recharge("upacp", subject=CJK32, time_expire=NOW + 600, order_no="12345678"), [("charge.subject", "max_bytes")])
add("recharge body 128", RC, recharge(body="b" * 128))
add("recharge body 129", RC, recharge(body="b" * 129), [("charge.body", "max_length")])
add("recharge yeepay_wap body 101", RC, recharge("yeepay_wap", body="b" * 101, extra={
    "product_category": "1", "identity_id": "id", "identity_type": 1, "terminal_type": 1,
    "terminal_id": "t", "user_ua": "ua", "result_url": URL}), [("charge.body", "max_length")])
# order_no by the charge channel
add("recharge order_no 64", RC, recharge(order_no="a" * 64))
add("recharge order_no 65", RC, recharge(order_no="a" * 65), [("charge.order_no", "max_length")])
add("recharge order_no dash", RC, recharge(order_no="o-1"), [("charge.order_no", "pattern")])
add("recharge wx order_no 32", RC, recharge("wx", order_no="a" * 32))
add("recharge wx order_no 33", RC, recharge("wx", order_no="a" * 33), [("charge.order_no", "max_length")])
add("recharge upacp order_no 7", RC, recharge("upacp", order_no="1234567", time_expire=NOW + 600), [("charge.order_no", "min_length")])
# time_expire: 5 min to 1 day; wx 2 h; upacp 1 h (300 s tolerance on each side)
add("recharge time_expire 1 day", RC, recharge(time_expire=NOW + DAY + 300))
add("recharge time_expire 1 day + 301", RC, recharge(time_expire=NOW + DAY + 301), [("charge.time_expire", "time_window")])
add("recharge time_expire 5 min", RC, recharge(time_expire=NOW))
add("recharge time_expire now - 1", RC, recharge(time_expire=NOW - 1), [("charge.time_expire", "time_window")])
add("recharge wx time_expire 2 h", RC, recharge("wx", time_expire=NOW + 2 * HOUR + 300))
add("recharge wx time_expire 2 h + 301", RC, recharge("wx", time_expire=NOW + 2 * HOUR + 301), [("charge.time_expire", "time_window")])
add("recharge upacp time_expire 1 h", RC, recharge("upacp", order_no="12345678", time_expire=NOW + HOUR + 300))
add("recharge upacp time_expire 1 h + 301", RC, recharge("upacp", order_no="12345678", time_expire=NOW + HOUR + 301), [("charge.time_expire", "time_window")])
add("recharge time_expire string", RC, recharge(time_expire=str(NOW + HOUR)), [("charge.time_expire", "type")])
# client_ip
add("recharge client_ip v6", RC, recharge(client_ip="::1"))
add("recharge client_ip localhost", RC, recharge(client_ip="localhost"), [("charge.client_ip", "ip")])
# extra by the charge channel
add("recharge alipay_wap without success_url", RC, recharge("alipay_wap"), [("charge.extra.success_url", "required")])
add("recharge wx_pub without extra", RC, mod(recharge("wx_pub"), {"charge.extra": DEL}), [("charge.extra.open_id", "required")])
add("recharge wx_pub open_id", RC, recharge("wx_pub", extra={"open_id": "o9zpMs9jIaLynQY9N6yxcZ"}))
add("recharge extra list", RC, recharge(extra=[]), [("charge.extra", "type")])
# user_fee: at most the amount, never with balance_bonus.amount
add("recharge user_fee = amount", RC, fee(100))
add("recharge user_fee amount + 1", RC, fee(101), [("user_fee", "conditional")])
add("recharge user_fee 0", RC, fee(0))
add("recharge user_fee -1", RC, fee(-1), [("user_fee", "range")])
add("recharge user_fee with balance_bonus", RC, mod(recharge(), {"user_fee": 0}), [("user_fee", "conditional")])
add("recharge user_fee with empty balance_bonus", RC, mod(recharge(), {"user_fee": 10, "balance_bonus": {}}))
add("recharge balance_bonus -1", RC, mod(recharge(), {"balance_bonus.amount": -1}), [("balance_bonus.amount", "range")])
add("recharge balance_bonus number", RC, mod(recharge(), {"balance_bonus": 100}), [("balance_bonus", "type")])
add("recharge from_user 65", RC, mod(recharge(), {"from_user": "u" * 65}), [("from_user", "max_length")])
add("recharge description 255", RC, mod(recharge(), {"description": "d" * 255}))
add("recharge description 256", RC, mod(recharge(), {"description": "d" * 256}), [("description", "max_length")])
add("recharge retrieve", "recharges.retrieve", {"app_id": "app_1", "recharge_id": "221170825555203962880001"})
add("recharge retrieve without id", "recharges.retrieve", {"app_id": "app_1"}, [("recharge_id", "required")])
add("recharges list", "recharges.list", {"page": 1, "per_page": 10, "user": "user_test_01"})
add("recharges list per_page 101", "recharges.list", {"per_page": 101}, [("per_page", "range")])
RR = "recharges.refunds.create"
add("recharge refund sdk example", RR, {"recharge_id": "221170825555203962880001", "description": "Your description", "metadata": {}})
add("recharge refund funding_source", RR, {"recharge_id": "r1", "funding_source": "recharge_funds"})
add("recharge refund funding_source other", RR, {"recharge_id": "r1", "funding_source": "balance"}, [("funding_source", "one_of")])
add("recharge refund without recharge", RR, {"description": "d"}, [("recharge_id", "required")])
add("recharge refund description 256", RR, {"recharge_id": "r1", "description": "d" * 256}, [("description", "max_length")])
add("recharge refund retrieve", "recharges.refunds.retrieve", {"recharge_id": "r1", "refund_id": "re_yDaXP4nX5ebTHOiPOKmzvbTS"})
add("recharge refund retrieve without refund", "recharges.refunds.retrieve", {"recharge_id": "r1"}, [("refund_id", "required")])
add("recharge refunds list", "recharges.refunds.list", {"recharge_id": "r1"})
add("recharge refunds list page 0", "recharges.refunds.list", {"recharge_id": "r1", "page": 0}, [("page", "range")])

# ------------------------------------------------------------------ balance bonuses
BB = "balance_bonuses.create"
BONUS = {"amount": 10, "description": "余额赠送描述", "user": "user_test_01", "order_no": "1a2b3c4d5e"}
add("balance bonus php sdk example", BB, BONUS)
add("balance bonus empty", BB, {}, [("user", "required"), ("order_no", "required"), ("amount", "required")])
add("balance bonus amount 0", BB, mod(BONUS, {"amount": 0}), [("amount", "range")])
add("balance bonus amount 1", BB, mod(BONUS, {"amount": 1}))
add("balance bonus amount max + 1", BB, mod(BONUS, {"amount": MAX_AMOUNT + 1}), [("amount", "range")])
add("balance bonus order_no empty", BB, mod(BONUS, {"order_no": ""}), [("order_no", "min_length")])
add("balance bonus metadata", BB, mod(BONUS, {"metadata": {"k": "v"}}))
add("balance bonus metadata list", BB, mod(BONUS, {"metadata": ["v"]}), [("metadata", "type")])
add("balance bonus retrieve", "balance_bonuses.retrieve", {"balance_bonus_id": "651170807590953932800000"})
add("balance bonus retrieve without id", "balance_bonuses.retrieve", {}, [("balance_bonus_id", "required")])
add("balance bonuses list by user", "balance_bonuses.list", {"page": 1, "per_page": 10, "user": "user_test_01"})
add("balance bonuses list user number", "balance_bonuses.list", {"user": 1}, [("user", "type")])

# ------------------------------------------------------------------ balance transfers
BT = "balance_transfers.create"
TRANSFER = {"amount": 10, "user_fee": 0, "user": "user_001", "recipient": "0", "order_no": "1a2b3c4d5e",
            "description": "Your description", "metadata": {}}
add("balance transfer php sdk example (recipient 0)", BT, TRANSFER)
add("balance transfer python sdk example", BT, {"amount": 100, "user": "user_test_01", "recipient": "user_test_02",
                                                 "order_no": "12345678", "description": "Your description", "metadata": {}})
add("balance transfer user 0", BT, mod(TRANSFER, {"user": "0"}), [("user", "pattern")])
add("balance transfer user 00", BT, mod(TRANSFER, {"user": "00"}))
add("balance transfer empty", BT, {}, [("user", "required"), ("recipient", "required"), ("order_no", "required"), ("amount", "required")])
add("balance transfer amount 0", BT, mod(TRANSFER, {"amount": 0}), [("amount", "range")])
add("balance transfer user_fee -1", BT, mod(TRANSFER, {"user_fee": -1}), [("user_fee", "range")])
add("balance transfer recipient empty", BT, mod(TRANSFER, {"recipient": ""}), [("recipient", "min_length")])
add("balance transfer retrieve", "balance_transfers.retrieve", {"balance_transfer_id": "660170829413280122880001"})
add("balance transfer retrieve without id", "balance_transfers.retrieve", {}, [("balance_transfer_id", "required")])
add("balance transfers list", "balance_transfers.list", {"page": 1, "per_page": 3})
add("balance transfers list per_page 0", "balance_transfers.list", {"per_page": 0}, [("per_page", "range")])

# ------------------------------------------------------------------ balance transactions and settlements
add("balance transaction retrieve", "balance_transactions.retrieve", {"balance_transaction_id": "600170825551333980160001"})
add("balance transaction retrieve without id", "balance_transactions.retrieve", {}, [("balance_transaction_id", "required")])
add("balance transactions list", "balance_transactions.list", {"per_page": 3})
add("balance transactions list created gt", "balance_transactions.list", {"created": {"gt": NOW}})
add("balance transactions list per_page 101", "balance_transactions.list", {"per_page": 101}, [("per_page", "range")])
add("balance settlement retrieve", "balance_settlements.retrieve", {"balance_settlement_id": "670180130750711562240000"})
add("balance settlement retrieve without id", "balance_settlements.retrieve", {}, [("balance_settlement_id", "required")])
add("balance settlements list by user", "balance_settlements.list", {"user": "user_test_01", "page": 1, "per_page": 10})
add("balance settlements list page 0", "balance_settlements.list", {"page": 0}, [("page", "range")])

# ------------------------------------------------------------------ batch withdrawals
BW = "batch_withdrawals.create"
IDS = ["1701801151516122316", "1701801151516092099"]
add("batch withdrawal python sdk example", BW, {"withdrawals": IDS})
add("batch withdrawal confirm", BW, {"withdrawals": IDS, "status": "pending"})
add("batch withdrawal cancel", BW, {"withdrawals": IDS, "status": "canceled", "metadata": {"k": "v"}})
add("batch withdrawal status succeeded", BW, {"withdrawals": IDS, "status": "succeeded"}, [("status", "one_of")])
add("batch withdrawal without withdrawals", BW, {"status": "pending"}, [("withdrawals", "required")])
add("batch withdrawal no withdrawals", BW, {"withdrawals": []}, [("withdrawals", "min_length")])
add("batch withdrawal id empty", BW, {"withdrawals": ["w1", ""]}, [("withdrawals[1]", "min_length")])
add("batch withdrawal id number", BW, {"withdrawals": [1701801151516122316]}, [("withdrawals[0]", "type")])
add("batch withdrawal withdrawals string", BW, {"withdrawals": "w1"}, [("withdrawals", "type")])
add("batch withdrawal retrieve", "batch_withdrawals.retrieve", {"batch_withdrawal_id": "1901611151015122025"})
add("batch withdrawal retrieve without id", "batch_withdrawals.retrieve", {}, [("batch_withdrawal_id", "required")])
add("batch withdrawals list", "batch_withdrawals.list", {"page": 1, "per_page": 3})
add("batch withdrawals list per_page 101", "batch_withdrawals.list", {"per_page": 101}, [("per_page", "range")])

# ------------------------------------------------------------------ withdrawals.create, the SDK contract
WC = "withdrawals.create"
PAYEE = {
    "unionpay": {"account": "6225210207078888", "name": "张三", "open_bank_code": "0308", "open_bank": "招商银行",
                 "prov": "上海", "city": "上海", "sub_bank": "徐家汇支行"},
    "alipay": {"account": "user@example.com", "name": "张三", "account_type": "ALIPAY_LOGONID"},
    "wx_pub": {"open_id": "wxopenid", "name": "张三", "force_check": False},
    "allinpay": {"account": "6214850288888888", "name": "张三", "open_bank_code": "0308", "business_code": "09900", "card_type": 0},
    "jdpay": {"account": "6214850288888888", "name": "张三", "open_bank_code": "0308"},
}
ORDER_NOS = {"allinpay": "1234567890" + "1767225600", "wx_pub": "1767225600123456"}


def withdrawal(channel, **kw):
    """The PHP SDK's example/withdrawal/create.php with the channel's extra/*.php."""
    p = {"user": "user_test_01", "amount": 200, "channel": channel, "user_fee": 10, "description": "Your Description",
         "order_no": ORDER_NOS.get(channel, "1767225600123456"), "extra": dict(PAYEE[channel])}
    p.update(kw)
    return p


for ch in PAYEE:
    add(f"withdrawal {ch} php sdk example", WC, withdrawal(ch))
add("withdrawal unionpay python sdk example", WC, {
    "user": "user_001", "amount": 100, "user_fee": 0, "order_no": "1234567890123456", "description": "Your description",
    "channel": "unionpay", "extra": {"card_number": "6226234567890006", "user_name": "姓名", "open_bank_code": "0102"}})
add("withdrawal business example of the document", WC, {
    "user": "user_001", "channel": "yepay", "amount": 100, "order_no": "TX1663573797", "settle_account": "320220919582071500800001"})
add("withdrawal yeepay without settle_account or return_url", WC, {
    "user": "user_001", "channel": "yeepay", "amount": 100, "order_no": "TX1663573797"}, [("extra.return_url", "required")])
add("withdrawal channel balance", WC, mod(withdrawal("alipay"), {"channel": "balance"}), [("channel", "one_of")])
add("withdrawal alipay without extra", WC, mod(withdrawal("alipay"), {"extra": DEL}), [("extra", "conditional")])
add("withdrawal alipay settle_account without extra", WC, mod(withdrawal("alipay"), {"extra": DEL, "settle_account": "s1"}))
add("withdrawal alipay without name", WC, mod(withdrawal("alipay"), {"extra.name": DEL}), [("extra.name", "required")])
add("withdrawal alipay account_type email", WC, mod(withdrawal("alipay"), {"extra.account_type": "EMAIL"}), [("extra.account_type", "one_of")])
add("withdrawal wx_pub without open_id", WC, mod(withdrawal("wx_pub"), {"extra.open_id": DEL}), [("extra.open_id", "required")])
add("withdrawal wx_pub force_check string", WC, mod(withdrawal("wx_pub"), {"extra.force_check": "no"}), [("extra.force_check", "type")])
add("withdrawal unionpay without card", WC, mod(withdrawal("unionpay"), {"extra.account": DEL}), [("extra.account", "conditional")])
add("withdrawal unionpay without holder", WC, mod(withdrawal("unionpay"), {"extra.name": DEL}), [("extra.name", "conditional")])
add("withdrawal unionpay without bank", WC, mod(withdrawal("unionpay"), {"extra.open_bank_code": DEL, "extra.open_bank": DEL}), [("extra.open_bank_code", "conditional")])
add("withdrawal unionpay open_bank only", WC, mod(withdrawal("unionpay"), {"extra.open_bank_code": DEL}))
add("withdrawal unionpay open_bank_code 5", WC, mod(withdrawal("unionpay"), {"extra.open_bank_code": "03080"}), [("extra.open_bank_code", "max_length")])
add("withdrawal unionpay prov 21", WC, mod(withdrawal("unionpay"), {"extra.prov": "p" * 21}), [("extra.prov", "max_length")])
add("withdrawal unionpay sub_bank 80", WC, mod(withdrawal("unionpay"), {"extra.sub_bank": "s" * 80}))
add("withdrawal unionpay sub_bank 81", WC, mod(withdrawal("unionpay"), {"extra.sub_bank": "s" * 81}), [("extra.sub_bank", "max_length")])
add("withdrawal unionpay account 33", WC, mod(withdrawal("unionpay"), {"extra.account": "1" * 33}), [("extra.account", "max_length")])
add("withdrawal allinpay without open_bank_code", WC, mod(withdrawal("allinpay"), {"extra.open_bank_code": DEL}), [("extra.open_bank_code", "required")])
add("withdrawal allinpay card_type 2", WC, mod(withdrawal("allinpay"), {"extra.card_type": 2}), [("extra.card_type", "range")])
add("withdrawal allinpay business_code 4", WC, mod(withdrawal("allinpay"), {"extra.business_code": "0990"}), [("extra.business_code", "min_length")])
add("withdrawal jdpay card_number and user_name", WC, withdrawal("jdpay", extra={"card_number": "6214850288888888", "user_name": "张三", "open_bank_code": "0308"}))
add("withdrawal jdpay without payee", WC, withdrawal("jdpay", extra={"open_bank_code": "0308"}), [("extra.account", "conditional"), ("extra.name", "conditional")])
# order_no by channel
add("withdrawal unionpay order_no 16 digits", WC, withdrawal("unionpay", order_no="1" * 16))
add("withdrawal unionpay order_no 17 digits", WC, withdrawal("unionpay", order_no="1" * 17), [("order_no", "max_length")])
add("withdrawal unionpay order_no letters", WC, withdrawal("unionpay", order_no="12a4"), [("order_no", "pattern")])
add("withdrawal alipay order_no 64", WC, withdrawal("alipay", order_no="a" * 64))
add("withdrawal alipay order_no 65", WC, withdrawal("alipay", order_no="a" * 65), [("order_no", "max_length")])
add("withdrawal wx_pub order_no 50", WC, withdrawal("wx_pub", order_no="a" * 50))
add("withdrawal wx_pub order_no 51", WC, withdrawal("wx_pub", order_no="a" * 51), [("order_no", "max_length")])
add("withdrawal allinpay order_no 19", WC, withdrawal("allinpay", order_no="1" * 19), [("order_no", "min_length")])
add("withdrawal allinpay order_no 40", WC, withdrawal("allinpay", order_no="1" * 40))
add("withdrawal allinpay order_no 41", WC, withdrawal("allinpay", order_no="1" * 41), [("order_no", "max_length")])
add("withdrawal jdpay order_no dash", WC, withdrawal("jdpay", order_no="w-1"), [("order_no", "pattern")])
add("withdrawal user_fee -1", WC, withdrawal("alipay", user_fee=-1), [("user_fee", "range")])
add("withdrawal description 256", WC, withdrawal("alipay", description="d" * 256), [("description", "max_length")])
add("withdrawals list by user", "withdrawals.list", {"user": "user_001", "per_page": 3})

# ------------------------------------------------------------------ orders.create balance_settlement (Go OrderCreateParams)
from .orders import OC, ORDER  # noqa: E402

add("order balance_settlement", OC, mod(ORDER, {"balance_settlement": {"user": "user_test_01", "user_fee": 10}}))
add("order balance_settlement go zero value", OC, mod(ORDER, {"balance_settlement": {"user": 0}}))
add("order balance_settlement without user", OC, mod(ORDER, {"balance_settlement": {"user_fee": 10}}), [("balance_settlement.user", "required")])
add("order balance_settlement user bool", OC, mod(ORDER, {"balance_settlement": {"user": True}}), [("balance_settlement.user", "type")])
add("order balance_settlement user_fee -1", OC, mod(ORDER, {"balance_settlement": {"user": "u1", "user_fee": -1}}), [("balance_settlement.user_fee", "range")])
add("order balance_settlement string", OC, mod(ORDER, {"balance_settlement": "u1"}), [("balance_settlement", "type")])
