"""Cases of a user's settle accounts (the official SDKs' {channel, recipient} body beside the
card binding's {return_url}, update, mobile, verify) and funds transfers, issue 11: both sides
of every limit the sources state."""

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ create: two bodies
US = "users.settle_accounts.create"
BANK = {"user_id": "user_001", "channel": "bank_account", "recipient": {"account": "6214888888888888", "name": "张三", "type": "b2c", "open_bank_code": "0308", "open_bank": "招商银行", "card_type": 0, "sub_bank": "招商银行股份有限公司上海陆家嘴支行"}}
ALIPAY = {"user_id": "user_001", "channel": "alipay", "recipient": {"account": "user@example.com", "name": "李四", "type": "b2c", "account_type": "ALIPAY_USERID"}}
WX = {"user_id": "user_001", "channel": "wx_pub", "recipient": {"account": "wxopenid", "name": "王五", "force_check": False, "type": "b2c"}}
add("settle account bank_account", US, BANK)
add("settle account bank_account every field", US, mod(BANK, {"recipient.prov": "上海", "recipient.city": "上海", "recipient.sub_bank_code": "308290003773", "recipient.mobile": "13822334557"}))
add("settle account alipay", US, ALIPAY)
add("settle account alipay name number (PHP example)", US, mod(ALIPAY, {"recipient.name": 3000}))
add("settle account alipay name bool", US, mod(ALIPAY, {"recipient.name": True}), [("recipient.name", "type")])
add("settle account alipay minimal", US, {"user_id": "u1", "channel": "alipay", "recipient": {"account": "a@b.c", "name": "n"}})
add("settle account alipay account_type other", US, mod(ALIPAY, {"recipient.account_type": "ALIPAY_OPENID"}), [("recipient.account_type", "one_of")])
add("settle account alipay without name", US, mod(ALIPAY, {"recipient.name": DEL}), [("recipient.name", "required")])
add("settle account wx_pub", US, WX)
add("settle account wx", US, mod(WX, {"channel": "wx"}))
add("settle account wx_pub open_id only", US, {"user_id": "u1", "channel": "wx_pub", "recipient": {"account": "o1"}})
add("settle account wx_pub without account", US, mod(WX, {"recipient.account": DEL}), [("recipient.account", "required")])
add("settle account wx_pub force_check string", US, mod(WX, {"recipient.force_check": "false"}), [("recipient.force_check", "type")])
add("settle account channel unionpay", US, mod(BANK, {"channel": "unionpay"}), [("channel", "one_of")])
add("settle account card binding", US, {"user_id": "u1", "return_url": URL})
add("settle account neither body", US, {"user_id": "u1"}, [("channel", "conditional")])
add("settle account recipient without channel", US, {"user_id": "u1", "recipient": {"account": "a"}}, [("channel", "conditional")])
add("settle account channel without recipient", US, {"user_id": "u1", "channel": "alipay"}, [("recipient", "conditional")])
add("settle account both bodies", US, mod(BANK, {"return_url": URL}), [("channel", "conditional")])
add("settle account return_url with recipient", US, {"user_id": "u1", "return_url": URL, "recipient": {"account": "a"}}, [("recipient", "conditional")])
add("settle account recipient string", US, mod(BANK, {"recipient": "6214888888888888"}), [("recipient", "type")])
add("settle account without user_id", US, mod(BANK, {"user_id": DEL}), [("user_id", "required")])
add("settle account bank empty recipient", US, mod(BANK, {"recipient": {}}), [("recipient.account", "required"), ("recipient.name", "required"), ("recipient.type", "required"), ("recipient.open_bank_code", "required")])
add("settle account bank type b2b", US, mod(BANK, {"recipient.type": "b2b"}))
add("settle account bank type c2c", US, mod(BANK, {"recipient.type": "c2c"}), [("recipient.type", "one_of")])
add("settle account bank card_type 1", US, mod(BANK, {"recipient.card_type": 1}))
add("settle account bank card_type 2", US, mod(BANK, {"recipient.card_type": 2}), [("recipient.card_type", "range")])
add("settle account bank card_type -1", US, mod(BANK, {"recipient.card_type": -1}), [("recipient.card_type", "range")])
add("settle account bank card_type string", US, mod(BANK, {"recipient.card_type": "bank"}), [("recipient.card_type", "type")])
add("settle account bank open_bank_code 3", US, mod(BANK, {"recipient.open_bank_code": "030"}), [("recipient.open_bank_code", "min_length")])
add("settle account bank open_bank_code 5", US, mod(BANK, {"recipient.open_bank_code": "03080"}), [("recipient.open_bank_code", "max_length")])
add("settle account bank account 32", US, mod(BANK, {"recipient.account": "6" * 32}))
add("settle account bank account 33", US, mod(BANK, {"recipient.account": "6" * 33}), [("recipient.account", "max_length")])
add("settle account bank account empty", US, mod(BANK, {"recipient.account": ""}), [("recipient.account", "min_length")])
add("settle account bank open_bank 50", US, mod(BANK, {"recipient.open_bank": "行" * 50}))
add("settle account bank open_bank 51", US, mod(BANK, {"recipient.open_bank": "行" * 51}), [("recipient.open_bank", "max_length")])
add("settle account bank prov 20", US, mod(BANK, {"recipient.prov": "省" * 20}))
add("settle account bank prov 21", US, mod(BANK, {"recipient.prov": "省" * 21}), [("recipient.prov", "max_length")])
add("settle account bank city 40", US, mod(BANK, {"recipient.city": "市" * 40}))
add("settle account bank city 41", US, mod(BANK, {"recipient.city": "市" * 41}), [("recipient.city", "max_length")])
add("settle account bank sub_bank 80", US, mod(BANK, {"recipient.sub_bank": "支" * 80}))
add("settle account bank sub_bank 81", US, mod(BANK, {"recipient.sub_bank": "支" * 81}), [("recipient.sub_bank", "max_length")])
add("settle account bank mobile 10", US, mod(BANK, {"recipient.mobile": "1382233455"}), [("recipient.mobile", "min_length")])
add("settle account bank mobile 12", US, mod(BANK, {"recipient.mobile": "138223345571"}), [("recipient.mobile", "max_length")])
add("settle account bank mobile letters", US, mod(BANK, {"recipient.mobile": "1382233455a"}), [("recipient.mobile", "pattern")])

# ------------------------------------------------------------------ retrieve, list, delete, update, mobile, verify
SA = {"user_id": "user_001", "settle_account_id": "320118012216303200004401"}
add("settle account retrieve", "users.settle_accounts.retrieve", SA)
add("settle account retrieve without id", "users.settle_accounts.retrieve", {"user_id": "u1"}, [("settle_account_id", "required")])
add("settle account list", "users.settle_accounts.list", {"user_id": "user_001", "page": 1, "per_page": 100})
add("settle account list per_page 101", "users.settle_accounts.list", {"user_id": "user_001", "per_page": 101}, [("per_page", "range")])
add("settle account list page 0", "users.settle_accounts.list", {"user_id": "user_001", "page": 0}, [("page", "range")])
add("settle account delete", "users.settle_accounts.delete", SA)
SU = "users.settle_accounts.update"
UPDATE = mod(SA, {"recipient": {"account": "6214888888888866", "name": "张三", "type": "b2c", "open_bank_code": "0308", "open_bank": "工商银行", "sub_bank": "招商银行股份有限公司上海陆家嘴支行", "sub_bank_code": "308290003773", "card_type": 0, "mobile": "13822334557", "city": "上海市", "prov": "上海市"}})
add("settle account update (PHP example)", SU, UPDATE)
add("settle account update without recipient", SU, SA, [("recipient", "required")])
add("settle account update card_type 2", SU, mod(UPDATE, {"recipient.card_type": 2}), [("recipient.card_type", "range")])
add("settle account update type other", SU, mod(UPDATE, {"recipient.type": "c2c"}), [("recipient.type", "one_of")])
add("settle account update without open_bank_code", SU, mod(UPDATE, {"recipient.open_bank_code": DEL}), [("recipient.open_bank_code", "required")])
SM = "users.settle_accounts.mobile"
add("settle account mobile", SM, mod(SA, {"mobile": "13822334557"}))
add("settle account mobile missing", SM, SA, [("mobile", "required")])
add("settle account mobile 10 digits", SM, mod(SA, {"mobile": "1382233455"}), [("mobile", "min_length")])
add("settle account mobile 12 digits", SM, mod(SA, {"mobile": "138223345570"}), [("mobile", "max_length")])
add("settle account mobile number", SM, mod(SA, {"mobile": 13822334557}), [("mobile", "type")])
SV = "users.settle_accounts.verify"
add("settle account verify", SV, mod(SA, {"receive_amount": 2}))
add("settle account verify 1", SV, mod(SA, {"receive_amount": 1}))
add("settle account verify 0", SV, mod(SA, {"receive_amount": 0}), [("receive_amount", "range")])
add("settle account verify string", SV, mod(SA, {"receive_amount": "two"}), [("receive_amount", "type")])
add("settle account verify missing", SV, SA, [("receive_amount", "required")])

# ------------------------------------------------------------------ funds transfers
FT = "funds_transfers.create"
FUNDS = {"channel": "alipay_fund", "order_no": "20250411000001", "amount": 1000, "subject": "测试充值", "description": "Your description"}
add("funds transfer (PHP example)", FT, FUNDS)
add("funds transfer empty", FT, {}, [("channel", "required"), ("order_no", "required"), ("amount", "required"), ("subject", "required")])
add("funds transfer without description", FT, mod(FUNDS, {"description": DEL}))
add("funds transfer channel empty", FT, mod(FUNDS, {"channel": ""}), [("channel", "min_length")])
add("funds transfer amount 1", FT, mod(FUNDS, {"amount": 1}))
add("funds transfer amount 0", FT, mod(FUNDS, {"amount": 0}), [("amount", "range")])
add("funds transfer amount 2^31", FT, mod(FUNDS, {"amount": 2147483648}), [("amount", "range")])
add("funds transfer order_no 64", FT, mod(FUNDS, {"order_no": "a" * 64}))
add("funds transfer order_no 65", FT, mod(FUNDS, {"order_no": "a" * 65}), [("order_no", "max_length")])
add("funds transfer order_no dash", FT, mod(FUNDS, {"order_no": "2025-04-11"}), [("order_no", "pattern")])
add("funds transfer subject 32", FT, mod(FUNDS, {"subject": "充" * 32}))
add("funds transfer subject 33", FT, mod(FUNDS, {"subject": "充" * 33}), [("subject", "max_length")])
add("funds transfer subject empty", FT, mod(FUNDS, {"subject": ""}), [("subject", "min_length")])
add("funds transfer description 255", FT, mod(FUNDS, {"description": "d" * 255}))
add("funds transfer description 256", FT, mod(FUNDS, {"description": "d" * 256}), [("description", "max_length")])
add("funds transfer retrieve", "funds_transfers.retrieve", {"funds_transfer_id": "7312504116419046403"})
add("funds transfer retrieve without id", "funds_transfers.retrieve", {}, [("funds_transfer_id", "required")])
