"""Cases of batch refunds, customs declarations and the account services (identification,
card information, sub-banks), issue 11: both sides of every limit the official SDKs state."""

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ batch refunds
BR = "batch_refunds.create"
BATCH_REFUND = {"app": "app_1Gqj58ynP0mHeX1q", "batch_no": "br2017020816", "description": "refunds", "charges": ["ch_L8qn10mLmr1GS8e5OODmHaL4", {"charge": "ch_fdOmHaLmLmr1GOD4qn1dS8e5", "amount": 50, "description": "part", "funding_source": "unsettled_funds"}], "metadata": {"k": "v"}}
add("batch refund", BR, BATCH_REFUND)
add("batch refund charge ids", BR, mod(BATCH_REFUND, {"charges": ["ch_1", "ch_2"]}))
add("batch refund 100 charges", BR, mod(BATCH_REFUND, {"charges": [f"ch_{i}" for i in range(100)]}))
add("batch refund 101 charges", BR, mod(BATCH_REFUND, {"charges": [f"ch_{i}" for i in range(101)]}), [("charges", "max_length")])
add("batch refund no charges", BR, mod(BATCH_REFUND, {"charges": []}), [("charges", "min_length")])
add("batch refund charge empty id", BR, mod(BATCH_REFUND, {"charges": [""]}), [("charges[0]", "min_length")])
add("batch refund charge number", BR, mod(BATCH_REFUND, {"charges": [5]}), [("charges[0]", "type")])
add("batch refund charge object without charge", BR, mod(BATCH_REFUND, {"charges": [{"amount": 5}]}), [("charges[0].charge", "required")])
add("batch refund charge amount 0", BR, mod(BATCH_REFUND, {"charges": [{"charge": "ch_1", "amount": 0}]}), [("charges[0].amount", "range")])
add("batch refund funding_source other", BR, mod(BATCH_REFUND, {"charges": [{"charge": "ch_1", "funding_source": "balance"}]}), [("charges[0].funding_source", "one_of")])
add("batch refund batch_no 2", BR, mod(BATCH_REFUND, {"batch_no": "b1"}), [("batch_no", "min_length")])
add("batch refund batch_no 25", BR, mod(BATCH_REFUND, {"batch_no": "b" * 25}), [("batch_no", "max_length")])
add("batch refund description 256", BR, mod(BATCH_REFUND, {"description": "d" * 256}), [("description", "max_length")])
add("batch refund empty", BR, {}, [("app", "required"), ("batch_no", "required"), ("charges", "required")])
add("batch refund retrieve", "batch_refunds.retrieve", {"batch_refund_id": "1900001"})
add("batch refund list", "batch_refunds.list", {"app": "app_1", "page": 2, "per_page": 100})
add("batch refund list per_page 0", "batch_refunds.list", {"app": "app_1", "per_page": 0}, [("per_page", "range")])

# ------------------------------------------------------------------ customs
CU = "customs.create"
CUSTOMS = {"app": "app_1Gqj58ynP0mHeX1q", "charge": "ch_L8qn10mLmr1GS8e5OODmHaL4", "channel": "upacp", "trade_no": "15112496832609", "customs_code": "GUANGZHOU", "amount": 10, "transport_amount": 1, "is_split": True, "sub_order_no": "123456", "extra": {"pay_account": "1234567890", "certif_type": "02", "customer_name": "A Quan", "certif_id": "1234567890", "tax_amount": 1}}
add("customs", CU, CUSTOMS)
add("customs trade_no 8", CU, mod(CUSTOMS, {"trade_no": "1" * 8}))
add("customs trade_no 7", CU, mod(CUSTOMS, {"trade_no": "1" * 7}), [("trade_no", "min_length")])
add("customs trade_no 20", CU, mod(CUSTOMS, {"trade_no": "1" * 20}))
add("customs trade_no 21", CU, mod(CUSTOMS, {"trade_no": "1" * 21}), [("trade_no", "max_length")])
add("customs certif_type 08", CU, mod(CUSTOMS, {"extra.certif_type": "08"}), [("extra.certif_type", "one_of")])
add("customs certif_type 99", CU, mod(CUSTOMS, {"extra.certif_type": "99"}))
add("customs is_split string", CU, mod(CUSTOMS, {"is_split": "true"}), [("is_split", "type")])
add("customs amount 0", CU, mod(CUSTOMS, {"amount": 0}), [("amount", "range")])
add("customs transport_amount -1", CU, mod(CUSTOMS, {"transport_amount": -1}), [("transport_amount", "range")])
add("customs empty", CU, {}, [("app", "required"), ("charge", "required"), ("channel", "required"), ("trade_no", "required"), ("customs_code", "required"), ("amount", "required")])
add("customs retrieve", "customs.retrieve", {"customs_id": "14201609281040220109"})
add("customs list", "customs.list", {"app": "app_1", "per_page": 3})

# ------------------------------------------------------------------ account services
ID = "identification.create"
PERSON = {"id_name": "张三", "id_number": "310181198910107641"}
add("identification id_card", ID, {"type": "id_card", "app": "app_1", "data": PERSON})
add("identification bank_card", ID, {"type": "bank_card", "app": "app_1", "data": dict(PERSON, card_number="6201111122223333", phone_number="18623234545")})
add("identification bank_card without card", ID, {"type": "bank_card", "app": "app_1", "data": PERSON}, [("data.card_number", "required")])
add("identification passport", ID, {"type": "passport", "app": "app_1", "data": PERSON}, [("type", "one_of")])
add("identification without name", ID, {"type": "id_card", "app": "app_1", "data": {"id_number": "310181198910107641"}}, [("data.id_name", "required")])
add("identification without data", ID, {"type": "id_card", "app": "app_1"}, [("data", "required")])
CI = "card_info.query"
add("card info", CI, {"app": "app_1", "bank_account": "6225210207073918"})
add("card info without account", CI, {"app": "app_1"}, [("bank_account", "required")])
SB = "sub_banks.list"
SUB_BANK = {"app": "app_1", "channel": "chanpay", "open_bank_code": "0102", "prov": "上海", "city": "上海"}
add("sub banks", SB, SUB_BANK)
add("sub banks open_bank_code 3", SB, mod(SUB_BANK, {"open_bank_code": "010"}), [("open_bank_code", "min_length")])
add("sub banks without prov city channel", SB, mod(SUB_BANK, {"prov": DEL, "city": DEL, "channel": DEL}), [("prov", "required"), ("city", "required"), ("channel", "required")])
add("sub banks prov 20 city 40", SB, mod(SUB_BANK, {"prov": "p" * 20, "city": "c" * 40}))
add("sub banks prov 21 city 41", SB, mod(SUB_BANK, {"prov": "p" * 21, "city": "c" * 41}), [("prov", "max_length"), ("city", "max_length")])
add("sub banks channel unionpay", SB, mod(SUB_BANK, {"channel": "unionpay"}), [("channel", "one_of")])
