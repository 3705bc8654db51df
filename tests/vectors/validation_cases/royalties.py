"""Cases of royalties (issue 12): templates, an order's royalty data, royalties,
royalty settlements and transactions; both sides of every limit the official SDKs state."""

from .common import *  # noqa: F401,F403

APP = "app_1Gqj58ynP0mHeX1q"
MAX_AMOUNT = 2147483647


def rule(mode, *values, **kw):
    r = {"royalty_mode": mode, "refund_mode": "no_refund", "allocation_mode": "receipt_reserved",
         "data": [{"level": i, "value": v} for i, v in enumerate(values)]}
    r.update(kw)
    return r


# ------------------------------------------------------------------ royalty templates
TC = "royalty_templates.create"
# pingpp-nodejs docs/royalty_template.md (create).
TEMPLATE = {"app": APP, "name": "royalty_templates name", "rule": rule("rate", 11, 12)}
add("royalty template", TC, TEMPLATE)
# pingpp-python example/order/royalty_template.py (create): levels 1 and 2.
add("royalty template python example", TC, {"app": APP, "name": "Your RoyaltyTemplate Name", "rule": {
    "royalty_mode": "rate", "refund_mode": "no_refund", "allocation_mode": "receipt_reserved",
    "data": [{"level": 1, "value": 20}, {"level": 2, "value": 10}]}})
add("royalty template without name", TC, mod(TEMPLATE, {"name": DEL}))
add("royalty template description", TC, mod(TEMPLATE, {"description": "分润模板"}))
add("royalty template rate 0", TC, mod(TEMPLATE, {"rule": rule("rate", 0)}))
add("royalty template rate 10000", TC, mod(TEMPLATE, {"rule": rule("rate", 10000)}))
add("royalty template rate 10001", TC, mod(TEMPLATE, {"rule": rule("rate", 10000, 10001)}), [("rule.data[1].value", "range")])
add("royalty template rate -1", TC, mod(TEMPLATE, {"rule": rule("rate", -1)}), [("rule.data[0].value", "range")])
add("royalty template fixed 0", TC, mod(TEMPLATE, {"rule": rule("fixed", 0)}))
add("royalty template fixed 1000000", TC, mod(TEMPLATE, {"rule": rule("fixed", 1000000)}))
add("royalty template fixed 10001", TC, mod(TEMPLATE, {"rule": rule("fixed", 10001)}))
add("royalty template fixed 1000001", TC, mod(TEMPLATE, {"rule": rule("fixed", 1000001)}), [("rule.data[0].value", "range")])
add("royalty template fixed -1", TC, mod(TEMPLATE, {"rule": rule("fixed", -1)}), [("rule.data[0].value", "range")])
add("royalty template value string", TC, mod(TEMPLATE, {"rule": rule("rate", "11")}), [("rule.data[0].value", "type")])
add("royalty template level 0", TC, mod(TEMPLATE, {"rule": rule("rate", 5)}))
add("royalty template level -1", TC, mod(TEMPLATE, {"rule": dict(rule("rate"), data=[{"level": -1, "value": 5}])}), [("rule.data[0].level", "range")])
add("royalty template level 9", TC, mod(TEMPLATE, {"rule": dict(rule("rate"), data=[{"level": 9, "value": 5}])}))
add("royalty template level missing", TC, mod(TEMPLATE, {"rule": dict(rule("rate"), data=[{"value": 5}])}), [("rule.data[0].level", "required")])
add("royalty template value missing", TC, mod(TEMPLATE, {"rule": dict(rule("rate"), data=[{"level": 1}])}), [("rule.data[0].value", "required")])
add("royalty template data empty", TC, mod(TEMPLATE, {"rule": rule("rate")}), [("rule.data", "min_length")])
add("royalty template data not a list", TC, mod(TEMPLATE, {"rule.data": {"level": 0, "value": 1}}), [("rule.data", "type")])
add("royalty template mode other", TC, mod(TEMPLATE, {"rule.royalty_mode": "percent"}), [("rule.royalty_mode", "one_of")])
add("royalty template refund proportional", TC, mod(TEMPLATE, {"rule.refund_mode": "proportional"}))
add("royalty template refund full", TC, mod(TEMPLATE, {"rule.refund_mode": "full_refund"}))
add("royalty template refund other", TC, mod(TEMPLATE, {"rule.refund_mode": "refund"}), [("rule.refund_mode", "one_of")])
add("royalty template service reserved", TC, mod(TEMPLATE, {"rule.allocation_mode": "service_reserved"}))
add("royalty template allocation other", TC, mod(TEMPLATE, {"rule.allocation_mode": "platform"}), [("rule.allocation_mode", "one_of")])
add("royalty template rule empty", TC, mod(TEMPLATE, {"rule": {}}),
    [("rule.royalty_mode", "required"), ("rule.refund_mode", "required"), ("rule.allocation_mode", "required"), ("rule.data", "required")])
add("royalty template empty", TC, {}, [("app", "required"), ("rule", "required")])
add("royalty template retrieve", "royalty_templates.retrieve", {"royalty_template_id": "450170830143400001"})
add("royalty template retrieve empty id", "royalty_templates.retrieve", {"royalty_template_id": ""}, [("royalty_template_id", "min_length")])
TL = "royalty_templates.list"
add("royalty template list", TL, {"page": 1, "per_page": 3})
add("royalty template list app", TL, {"app": APP, "per_page": 100})
add("royalty template list per_page 101", TL, {"per_page": 101}, [("per_page", "range")])
TU = "royalty_templates.update"
# pingpp-python example/order/royalty_template.py (update): fixed, full_refund, service_reserved.
add("royalty template update", TU, {"royalty_template_id": "450170830143400001", "name": "Your RoyaltyTemplate Name New",
                                    "rule": rule("fixed", 20, 10, refund_mode="full_refund", allocation_mode="service_reserved")})
add("royalty template update name only", TU, {"royalty_template_id": "450170830143400001", "name": "royalty_templates name new"})
add("royalty template update rate 10001", TU, {"royalty_template_id": "4501", "rule": rule("rate", 10001)}, [("rule.data[0].value", "range")])
add("royalty template update fixed 10001", TU, {"royalty_template_id": "4501", "rule": rule("fixed", 10001)})
add("royalty template update rule without mode", TU, {"royalty_template_id": "4501", "rule": {"refund_mode": "no_refund", "allocation_mode": "receipt_reserved", "data": [{"level": 0, "value": 1}]}},
    [("rule.royalty_mode", "required")])
add("royalty template delete", "royalty_templates.delete", {"royalty_template_id": "450170830143400001"})

# ------------------------------------------------------------------ an order's royalty data
RD = "orders.royalty_datas.create"
# pingpp-php example/order/royalty_create_data.php.
ROYALTY_DATA = {"order_id": "2011905090000004271", "app": APP, "charge": "ch_SuTCO4SmHmL050a9OKnj94uH",
                "royalty_users": [{"user": "U201908030002", "amount": 100}]}
add("royalty data", RD, ROYALTY_DATA)
add("royalty data without charge", RD, mod(ROYALTY_DATA, {"charge": DEL}))
add("royalty data amount 0", RD, mod(ROYALTY_DATA, {"royalty_users": [{"user": "u1", "amount": 0}]}))
add("royalty data amount -1", RD, mod(ROYALTY_DATA, {"royalty_users": [{"user": "u1", "amount": -1}]}), [("royalty_users[0].amount", "range")])
add("royalty data amount max", RD, mod(ROYALTY_DATA, {"royalty_users": [{"user": "u1", "amount": MAX_AMOUNT}]}))
add("royalty data amount max + 1", RD, mod(ROYALTY_DATA, {"royalty_users": [{"user": "u1", "amount": MAX_AMOUNT + 1}]}), [("royalty_users[0].amount", "range")])
add("royalty data user empty", RD, mod(ROYALTY_DATA, {"royalty_users": [{"user": "", "amount": 1}]}), [("royalty_users[0].user", "min_length")])
add("royalty data item empty", RD, mod(ROYALTY_DATA, {"royalty_users": [{}]}), [("royalty_users[0].user", "required"), ("royalty_users[0].amount", "required")])
add("royalty data users not a list", RD, mod(ROYALTY_DATA, {"royalty_users": {"user": "u1", "amount": 1}}), [("royalty_users", "type")])
add("royalty data charge number", RD, mod(ROYALTY_DATA, {"charge": 5}), [("charge", "type")])
add("royalty data empty", RD, {"order_id": "2011905090000004271"}, [("app", "required")])

# ------------------------------------------------------------------ royalties
add("royalty retrieve", "royalties.retrieve", {"royalty_id": "411170614151400001"})
add("royalty retrieve empty id", "royalties.retrieve", {"royalty_id": ""}, [("royalty_id", "min_length")])
RL = "royalties.list"
add("royalty list", RL, {"page": 1, "per_page": 3})
add("royalty list filters", RL, {"app": APP, "payer_app": APP, "status": "pending", "royalty_settlement": "431170401120500001", "source_user": "u1", "created": {"gt": 1488211200}})
add("royalty list status other", RL, {"status": "paid"}, [("status", "one_of")])
add("royalty list per_page 100", RL, {"per_page": 100})
add("royalty list per_page 101", RL, {"per_page": 101}, [("per_page", "range")])
RU = "royalties.batch_update"
# pingpp-nodejs docs/royalty.md (batchUpdate) and pingpp-python example/order/royaltie.py.
add("royalty batch update", RU, {"ids": ["411170614151400001"], "method": None, "description": "Your description"})
add("royalty batch update manual", RU, {"ids": ["170301124238000111", "170301124238000211"], "method": "manual", "description": "Your description"})
add("royalty batch update metadata", RU, {"ids": ["1"], "metadata": {"k": "v"}})
add("royalty batch update method other", RU, {"ids": ["1"], "method": "balance"}, [("method", "one_of")])
add("royalty batch update ids empty", RU, {"ids": []}, [("ids", "min_length")])
add("royalty batch update id empty", RU, {"ids": [""]}, [("ids[0]", "min_length")])
add("royalty batch update id number", RU, {"ids": [411170614151400001]}, [("ids[0]", "type")])
add("royalty batch update without ids", RU, {"method": "manual"}, [("ids", "required")])
add("royalty batch update metadata 11 keys", RU, {"ids": ["1"], "metadata": {f"k{i}": "v" for i in range(11)}}, [("metadata", "max_keys")])

# ------------------------------------------------------------------ royalty settlements
SC = "royalty_settlements.create"
# pingpp-python example/order/royalty_settlement.py and pingpp-nodejs docs/royalty_settlement.md.
SETTLEMENT = {"payer_app": APP, "method": "unionpay", "recipient_app": APP, "created": {"gt": 1488211200, "lte": 1488297600}, "is_preview": True}
add("royalty settlement", SC, SETTLEMENT)
add("royalty settlement not a preview", SC, mod(SETTLEMENT, {"is_preview": False}))
add("royalty settlement balance", SC, {"payer_app": APP, "method": "balance"})
add("royalty settlement go filters", SC, mod(SETTLEMENT, {"source_user": "u1", "source_no": "2017030112", "min_amount": 0, "metadata": {"k": "v"}}))
add("royalty settlement min_amount -1", SC, mod(SETTLEMENT, {"min_amount": -1}), [("min_amount", "range")])
add("royalty settlement min_amount max + 1", SC, mod(SETTLEMENT, {"min_amount": MAX_AMOUNT + 1}), [("min_amount", "range")])
add("royalty settlement created integer", SC, mod(SETTLEMENT, {"created": 1488211200}))
add("royalty settlement created gt string", SC, mod(SETTLEMENT, {"created": {"gt": "x"}}), [("created.gt", "type")])
add("royalty settlement is_preview string", SC, mod(SETTLEMENT, {"is_preview": "true"}), [("is_preview", "type")])
add("royalty settlement method empty", SC, mod(SETTLEMENT, {"method": ""}), [("method", "min_length")])
add("royalty settlement empty", SC, {}, [("payer_app", "required"), ("method", "required")])
add("royalty settlement retrieve", "royalty_settlements.retrieve", {"royalty_settlement_id": "431170401120500001"})
SL = "royalty_settlements.list"
add("royalty settlement list", SL, {"payer_app": APP, "page": 1, "per_page": 3})
add("royalty settlement list status", SL, {"payer_app": APP, "status": "succeeded"})
add("royalty settlement list without payer_app", SL, {"per_page": 3}, [("payer_app", "required")])
add("royalty settlement list status other", SL, {"payer_app": APP, "status": "paid"}, [("status", "one_of")])
SU = "royalty_settlements.update"
add("royalty settlement confirm", SU, {"royalty_settlement_id": "431170401120500001", "status": "pending"})
add("royalty settlement cancel", SU, {"royalty_settlement_id": "431170401120500001", "status": "canceled"})
add("royalty settlement update succeeded", SU, {"royalty_settlement_id": "4311", "status": "succeeded"}, [("status", "one_of")])
add("royalty settlement update without status", SU, {"royalty_settlement_id": "4311"}, [("status", "required")])

# ------------------------------------------------------------------ royalty transactions
add("royalty transaction retrieve", "royalty_transactions.retrieve", {"royalty_transaction_id": "441170612143400001"})
add("royalty transaction retrieve empty id", "royalty_transactions.retrieve", {"royalty_transaction_id": ""}, [("royalty_transaction_id", "min_length")])
XL = "royalty_transactions.list"
add("royalty transaction list", XL, {"page": 1, "per_page": 3})
add("royalty transaction list settlement", XL, {"royalty_settlement": "431170401120500001", "status": "succeeded"})
add("royalty transaction list status other", XL, {"status": "paid"}, [("status", "one_of")])
add("royalty transaction list per_page 0", XL, {"per_page": 0}, [("per_page", "range")])
