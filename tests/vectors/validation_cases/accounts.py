"""Cases of sub-apps, their channels and the simple-account operations."""

from .common import *  # noqa: F401,F403
from .charges import *  # noqa: F401,F403
from .orders import *  # noqa: F401,F403

# ------------------------------------------------------------------ sub-apps and channels
SA = "sub_apps.create"
SUBAPP = {"app_id": "app_1", "display_name": "店铺", "user": "user_1"}
add("sub_app valid", SA, SUBAPP)
add("sub_app user object", SA, mod(SUBAPP, {"user": {"id": "user_1", "type": "business"}}))
add("sub_app user object without id", SA, mod(SUBAPP, {"user": {}}), [("user.id", "required")])
add("sub_app user number", SA, mod(SUBAPP, {"user": 5}), [("user", "type")])
add("sub_app without app_id (client default)", SA, mod(SUBAPP, {"app_id": DEL}))
add("sub_app empty", SA, {}, [("display_name", "required"), ("user", "required")])
add("sub_app display_name 1 char", SA, mod(SUBAPP, {"display_name": "店"}), [("display_name", "min_length")])
add("sub_app display_name 50 chars", SA, mod(SUBAPP, {"display_name": "店" * 50}))
add("sub_app display_name 51 chars", SA, mod(SUBAPP, {"display_name": "店" * 51}), [("display_name", "max_length")])
add("sub_app description 1 char", SA, mod(SUBAPP, {"description": "d"}), [("description", "min_length")])
add("sub_app description 50 chars", SA, mod(SUBAPP, {"description": "d" * 50}))
add("sub_app description 51 chars", SA, mod(SUBAPP, {"description": "d" * 51}), [("description", "max_length")])
add("sub_app parent_app and metadata", SA, mod(SUBAPP, {"parent_app": "app_2", "metadata": {"a": "b"}}))
add("sub_app metadata 11 keys", SA, mod(SUBAPP, {"metadata": eleven}), [("metadata", "max_keys")])
SU = "sub_apps.update"
add("sub_app update nothing", SU, {"app_id": "app_1", "sub_app_id": "app_2"})
add("sub_app update display_name 51", SU, {"sub_app_id": "app_2", "display_name": "n" * 51}, [("display_name", "max_length")])
add("sub_app update without sub_app_id", SU, {"display_name": "name"}, [("sub_app_id", "required")])
SL = "sub_apps.list"
add("sub_apps.list level 5", SL, {"level": 5, "parent_app": "app_1", "page": 1, "per_page": 100})
add("sub_apps.list level 1", SL, {"level": 1})
add("sub_apps.list level 6", SL, {"level": 6}, [("level", "range")])
add("sub_apps.list level 0", SL, {"level": 0}, [("level", "range")])
add("sub_apps.retrieve", "sub_apps.retrieve", {"app_id": "app_1", "sub_app_id": "app_2"})
add("sub_apps.delete", "sub_apps.delete", {"sub_app_id": "app_2"})

CHC = "sub_apps.channels.create"
ISV_PARAMS = {"fee_rate": 16, "mer_id": "288880088880008", "inst_id": "98888888", "key": "eae4c4426b73e26e48dacf0fd6e9a9e1", "support_refund": True}
CHAN = {"app_id": "app_1", "sub_app_id": "app_2", "channel": "isv_scan", "params": ISV_PARAMS}
add("channel isv_scan", CHC, CHAN)
add("channel isv_wap_cil (document example)", CHC, mod(CHAN, {"channel": "isv_wap_cil", "banned": False, "banned_msg": None, "description": "description for channel isv_wap_cil"}))
add("channel isv_qr_cil mer_id 14", CHC, mod(CHAN, {"channel": "isv_qr_cil", "params.mer_id": "2" * 14}), [("params.mer_id", "min_length")])
add("channel mer_id 16", CHC, mod(CHAN, {"params.mer_id": "2" * 16}), [("params.mer_id", "max_length")])
add("channel inst_id 7", CHC, mod(CHAN, {"params.inst_id": "9" * 7}), [("params.inst_id", "min_length")])
add("channel inst_id 9", CHC, mod(CHAN, {"params.inst_id": "9" * 9}), [("params.inst_id", "max_length")])
add("channel key 31", CHC, mod(CHAN, {"params.key": "k" * 31}), [("params.key", "min_length")])
add("channel key 33", CHC, mod(CHAN, {"params.key": "k" * 33}), [("params.key", "max_length")])
add("channel fee_rate 0", CHC, mod(CHAN, {"params.fee_rate": 0}))
add("channel fee_rate 10000", CHC, mod(CHAN, {"params.fee_rate": 10000}))
add("channel fee_rate 10001", CHC, mod(CHAN, {"params.fee_rate": 10001}), [("params.fee_rate", "range")])
add("channel fee_rate -1", CHC, mod(CHAN, {"params.fee_rate": -1}), [("params.fee_rate", "range")])
add("channel fee_rate string", CHC, mod(CHAN, {"params.fee_rate": "16"}), [("params.fee_rate", "type")])
add("channel without fee_rate", CHC, mod(CHAN, {"params.fee_rate": DEL}))
add("channel support_refund string", CHC, mod(CHAN, {"params.support_refund": "true"}), [("params.support_refund", "type")])
add(
    "channel isv params empty",
    CHC,
    mod(CHAN, {"params": {}}),
    [("params.mer_id", "required"), ("params.inst_id", "required"), ("params.key", "required"), ("params.support_refund", "required")],
)
add("channel without params", CHC, mod(CHAN, {"params": DEL}), [("params", "required")])
add("channel params list", CHC, mod(CHAN, {"params": [ISV_PARAMS]}), [("params", "type")])
add("channel without channel", CHC, mod(CHAN, {"channel": DEL}), [("channel", "required")])
add("channel alipay params free", CHC, mod(CHAN, {"channel": "alipay", "params": {"fee_rate": "1", "alipay_user_id": "2088"}}))
add("channel banned with message", CHC, mod(CHAN, {"banned": True, "banned_msg": "维护中"}))
add("channel banned without message", CHC, mod(CHAN, {"banned": True}), [("banned_msg", "conditional")])
add("channel banned with empty message", CHC, mod(CHAN, {"banned": True, "banned_msg": ""}), [("banned_msg", "conditional")])
add("channel not banned empty message", CHC, mod(CHAN, {"banned": False, "banned_msg": ""}))
add("channel banned string", CHC, mod(CHAN, {"banned": "true"}), [("banned", "type")])
add("channel description number", CHC, mod(CHAN, {"description": 1}), [("description", "type")])
CHU = "sub_apps.channels.update"
add("channel update isv_qr", CHU, {"sub_app_id": "app_2", "channel": "isv_qr", "params": ISV_PARAMS, "banned": False})
add("channel update key 31", CHU, {"sub_app_id": "app_2", "channel": "isv_qr", "params": dict(ISV_PARAMS, key="k" * 31)}, [("params.key", "min_length")])
add("channel update without channel", CHU, {"sub_app_id": "app_2", "params": {}}, [("channel", "required")])
add("channel update banned without message", CHU, {"sub_app_id": "app_2", "channel": "wx", "params": {}, "banned": True}, [("banned_msg", "conditional")])
add("channel retrieve", "sub_apps.channels.retrieve", {"sub_app_id": "app_2", "channel": "isv_qr"})
add("channel delete empty channel", "sub_apps.channels.delete", {"sub_app_id": "app_2", "channel": ""}, [("channel", "min_length")])

# ------------------------------------------------------------------ simple account
UP = "upload_pic.create"
add("upload_pic", UP, {"pic": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="})
add("upload_pic empty", UP, {"pic": ""}, [("pic", "min_length")])
add("upload_pic missing", UP, {}, [("pic", "required")])
add("upload_pic not base64", UP, {"pic": "not base64!"}, [("pic", "pattern")])
add("upload_pic unpadded", UP, {"pic": "aGVsbG8"}, [("pic", "pattern")])
add("upload_pic url-safe alphabet", UP, {"pic": "aGV-bG8_"}, [("pic", "pattern")])
CB = "card_bin.query"
add("card_bin", CB, {"account": "6222020200112233445"})
add("card_bin with dashes", CB, {"account": "6222-0202"}, [("account", "pattern")])
add("card_bin number", CB, {"account": 6222020200112233445}, [("account", "type")])
add("card_bin missing", CB, {}, [("account", "required")])

UC = "users.create"
USER = {"id": "user_001", "gender": "MALE", "address": "上海", "avatar": "https://example.com/a.png", "email": "a@example.com", "mobile": "13800000000", "name": "张三", "metadata": {"k": "v"}}
add("user valid", UC, USER)
add("user only id", UC, {"id": "u"})
add("user id 64", UC, {"id": "u" * 64})
add("user id 65", UC, {"id": "u" * 65}, [("id", "max_length")])
add("user id with dash", UC, {"id": "user-1"}, [("id", "pattern")])
add("user without id", UC, {"gender": "FEMALE"}, [("id", "required")])
add("user gender lower case", UC, mod(USER, {"gender": "male"}), [("gender", "one_of")])
add("user email number", UC, mod(USER, {"email": 1}), [("email", "type")])
add("user update", "users.update", {"user_id": "u1", "name": "李四", "gender": "FEMALE"})
add("user update gender X", "users.update", {"user_id": "u1", "gender": "X"}, [("gender", "one_of")])
add("user update without user_id", "users.update", {"name": "n"}, [("user_id", "required")])
add("users.list per_page 100", "users.list", {"page": 1, "per_page": 100})
add("users.list page 0", "users.list", {"page": 0}, [("page", "range")])
add("user retrieve", "users.retrieve", {"user_id": "u1"})
US = "users.settle_accounts.create"
add("user settle account", US, {"user_id": "u1", "return_url": URL})
add("user settle account without return_url", US, {"user_id": "u1"}, [("channel", "conditional")])
add("user settle account bad return_url", US, {"user_id": "u1", "return_url": "example.com"}, [("return_url", "url")])
CA = "cus_applications.create"
CUS = {"user": "u1", "order_no": "o1", "cert_type": "id_card", "cert_name": "张三", "cert_number": "110101199003070000", "mobile": "13800000000"}
add("cus application", CA, CUS)
add("cus application empty", CA, {}, [(k, "required") for k in CUS])
add("cus application mobile number", CA, mod(CUS, {"mobile": 13800000000}), [("mobile", "type")])
add("cus application retrieve", "cus_applications.retrieve", {"cus_id": "c1"})

MA = "mch_applications.create"
MCH = {
    "user": "WHDR",
    "order_no": "912111663137550",
    "business_license": {
        "copy": "http://staticres.yeepay.com/a.jpg",
        "number": "91110000000000000X",
        "account_opening_license": "J1000000000001",
        "account_opening_license_copy": "http://staticres.yeepay.com/b.jpg",
        "company_name": "北京某某科技有限公司",
        "short_name": "某某科技",
        "sign_type": "enterprise",
    },
    "legal_person_id_card": {"type": "id_card", "copy": "c", "national": "n", "number": "110101199003070000", "name": "张三"},
    "contact_id_card": {"number": "110101199003070000", "name": "李四", "mobile": "13800000000", "email": "a@example.com", "service_phone": "4000000000"},
    "merchant_address": {"province": "北京市", "city": "北京市", "district": "海淀区", "address": "中关村大街1号"},
    "settle_account": {"account": "6222020200112233", "type": "b2b", "bank_code": "ICBC"},
    "industry_category": {"primary_industry_category": "100", "secondary_industry_category": "100001"},
    "function_qualification": {"share_scene": "FZ_FJ001"},
    "products": ["yeepay_wx_pub_qr", "yeepay_alipay_scan"],
}
add("mch application", MA, MCH)
add("mch application products yepay spelling", MA, mod(MCH, {"products": ["yepay_wx_pub", "yepay_upacp_scan"]}))
add("mch application product unknown", MA, mod(MCH, {"products": ["yeepay_wx_pub", "alipay"]}), [("products[1]", "one_of")])
add("mch application products string", MA, mod(MCH, {"products": "yeepay_wx_pub"}), [("products", "type")])
add("mch application number 15", MA, mod(MCH, {"business_license.number": "1" * 15}))
add("mch application number 14", MA, mod(MCH, {"business_license.number": "1" * 14}), [("business_license.number", "min_length")])
add("mch application number 18", MA, mod(MCH, {"business_license.number": "1" * 18}))
add("mch application number 19", MA, mod(MCH, {"business_license.number": "1" * 19}), [("business_license.number", "max_length")])
add("mch application opening license 10", MA, mod(MCH, {"business_license.account_opening_license": "J" * 10}))
add("mch application opening license 9", MA, mod(MCH, {"business_license.account_opening_license": "J" * 9}), [("business_license.account_opening_license", "min_length")])
add("mch application company_name 1", MA, mod(MCH, {"business_license.company_name": "某"}), [("business_license.company_name", "min_length")])
add("mch application company_name 65", MA, mod(MCH, {"business_license.company_name": "某" * 65}), [("business_license.company_name", "max_length")])
add("mch application sign_type bad", MA, mod(MCH, {"business_license.sign_type": "company"}), [("business_license.sign_type", "one_of")])
add("mch application hand_license empty", MA, mod(MCH, {"business_license.hand_license": ""}), [("business_license.hand_license", "min_length")])
add("mch application legal type passport", MA, mod(MCH, {"legal_person_id_card.type": "passport"}))
add("mch application legal type bad", MA, mod(MCH, {"legal_person_id_card.type": "driver"}), [("legal_person_id_card.type", "one_of")])
add("mch application legal name 256", MA, mod(MCH, {"legal_person_id_card.name": "n" * 256}), [("legal_person_id_card.name", "max_length")])
add("mch application contact email missing", MA, mod(MCH, {"contact_id_card.email": DEL}), [("contact_id_card.email", "required")])
add("mch application contact person_name 256", MA, mod(MCH, {"contact_id_card.person_name": "p" * 256}), [("contact_id_card.person_name", "max_length")])
add("mch application province 16", MA, mod(MCH, {"merchant_address.province": "省" * 16}))
add("mch application province 17", MA, mod(MCH, {"merchant_address.province": "省" * 17}), [("merchant_address.province", "max_length")])
add("mch application address 129", MA, mod(MCH, {"merchant_address.address": "a" * 129}), [("merchant_address.address", "max_length")])
add("mch application account 6", MA, mod(MCH, {"settle_account.account": "1" * 6}))
add("mch application account 5", MA, mod(MCH, {"settle_account.account": "1" * 5}), [("settle_account.account", "min_length")])
add("mch application account 34", MA, mod(MCH, {"settle_account.account": "1" * 34}))
add("mch application account 35", MA, mod(MCH, {"settle_account.account": "1" * 35}), [("settle_account.account", "max_length")])
add("mch application account type bad", MA, mod(MCH, {"settle_account.type": "c2c"}), [("settle_account.type", "one_of")])
add("mch application industry 17", MA, mod(MCH, {"industry_category.primary_industry_category": "1" * 17}), [("industry_category.primary_industry_category", "max_length")])
add("mch application share_scene 65", MA, mod(MCH, {"function_qualification.share_scene": "s" * 65}), [("function_qualification.share_scene", "max_length")])
add("mch application user 65", MA, mod(MCH, {"user": "u" * 65}), [("user", "max_length")])
add(
    "mch application without business_license",
    MA,
    mod(MCH, {"business_license": DEL}),
    [
        (f"business_license.{k}", "required")
        for k in ["copy", "number", "account_opening_license", "account_opening_license_copy", "company_name", "short_name", "sign_type"]
    ],
)
add("mch application business_license string", MA, mod(MCH, {"business_license": "x"}), [("business_license", "type")])
add("mch application retrieve", "mch_applications.retrieve", {"mch_id": "1212209145401600003"})

MI = "micro_applications.create"
MICRO = {
    "user": "u1",
    "order_no": "o1",
    "business_license": {"sign_name": "张三", "short_name": "三记"},
    "merchant_address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "address": "文三路1号"},
    "legal_person_id_card": {"type": "id_card", "number": "330101199001010000", "copy": "c", "national": "n", "name": "张三", "mobile": "13800000000"},
    "settle_account": {"account": "6222020200112233", "type": "b2c", "bank_code": "ICBC"},
}
add("micro application", MI, MICRO)
add("micro application b2b account", MI, mod(MICRO, {"settle_account.type": "b2b"}), [("settle_account.type", "one_of")])
add("micro application legal mobile missing", MI, mod(MICRO, {"legal_person_id_card.mobile": DEL}), [("legal_person_id_card.mobile", "required")])
add("micro application sign_name 129", MI, mod(MICRO, {"business_license.sign_name": "n" * 129}), [("business_license.sign_name", "max_length")])
add("micro application products", MI, mod(MICRO, {"products": ["yeepay_wx_lite"]}))
add(
    "micro application empty",
    MI,
    {},
    [("user", "required"), ("order_no", "required"), ("business_license.sign_name", "required"), ("business_license.short_name", "required")]
    + [(f"merchant_address.{k}", "required") for k in ["province", "city", "district", "address"]]
    + [(f"legal_person_id_card.{k}", "required") for k in ["type", "number", "copy", "national", "name", "mobile"]]
    + [(f"settle_account.{k}", "required") for k in ["account", "type", "bank_code"]],
)
add("micro application retrieve", "micro_applications.retrieve", {"mch_id": "m1"})

SC = "settle_accounts.create"
SETTLE = {"channel": "bank_account", "recipient": {"account": "6222020200112233", "type": "b2c", "open_bank": "工商银行", "open_bank_code": "0102"}}
add("settle account", SC, SETTLE)
add("settle account channel alipay", SC, mod(SETTLE, {"channel": "alipay"}), [("channel", "one_of")])
add("settle account recipient type bad", SC, mod(SETTLE, {"recipient.type": "c2c"}), [("recipient.type", "one_of")])
add("settle account without recipient", SC, {"channel": "bank_account"}, [("recipient.account", "required"), ("recipient.type", "required")])
add("settle account open_bank number", SC, mod(SETTLE, {"recipient.open_bank": 102}), [("recipient.open_bank", "type")])

DC = "deposits.create"
DEP = {"user": "u1", "order_no": "d1", "amount": 1, "extra": {"return_url": URL}, "metadata": {"k": "v"}}
add("deposit", DC, DEP)
add("deposit amount 0", DC, mod(DEP, {"amount": 0}), [("amount", "range")])
add("deposit without extra", DC, mod(DEP, {"extra": DEL}), [("extra.return_url", "required")])
add("deposit bad return_url", DC, mod(DEP, {"extra.return_url": "return"}), [("extra.return_url", "url")])
add("deposit empty", DC, {}, [("user", "required"), ("order_no", "required"), ("amount", "required"), ("extra.return_url", "required")])

WC = "withdrawals.create"
add("withdrawal business user", WC, {"user": "u1", "order_no": "w1", "amount": 100, "settle_account": "320220919582071500800001"})
add("withdrawal personal wallet", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "yeepay", "extra": {"return_url": URL}})
add("withdrawal personal wallet yepay spelling", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "yepay", "extra": {"return_url": URL}})
add("withdrawal neither", WC, {"user": "u1", "order_no": "w1", "amount": 100}, [("settle_account", "conditional")])
add("withdrawal wallet without return_url", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "yeepay"}, [("extra.return_url", "required")])
# alipay is a payout channel of the official SDKs (docs/validation.md, "withdrawals.create"): its extra is required.
add("withdrawal channel alipay", WC, {"user": "u1", "order_no": "w1", "amount": 100, "channel": "alipay"}, [("extra", "conditional")])
add("withdrawal amount 0", WC, {"user": "u1", "order_no": "w1", "amount": 0, "settle_account": "s1"}, [("amount", "range")])
add("withdrawal settle_account number", WC, {"user": "u1", "order_no": "w1", "amount": 1, "settle_account": 3202}, [("settle_account", "type")])
WF = "withdrawals.confirm"
add("withdrawal confirm pending", WF, {"withdrawal_id": "w1", "status": "pending"})
add("withdrawal confirm canceled", WF, {"withdrawal_id": "w1", "status": "canceled"})
add("withdrawal confirm succeeded", WF, {"withdrawal_id": "w1", "status": "succeeded"}, [("status", "one_of")])
add("withdrawal confirm without status", WF, {"withdrawal_id": "w1"}, [("status", "required")])
add("withdrawal confirm without id", WF, {"status": "pending"}, [("withdrawal_id", "required")])
add("withdrawals.list per_page 101", "withdrawals.list", {"per_page": 101}, [("per_page", "range")])
add("withdrawal retrieve", "withdrawals.retrieve", {"withdrawal_id": "w1"})
