"""Cases of the sub-app extras of issue 12: the custody product's contacts
(sub_apps.contact, Java ContactTest) and a sub-app's transfer channels
(sub_apps.transfer_channels.*, called like its payment channels): both sides of every limit."""

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ contacts
CO = "sub_apps.contact"
# pingpp-java src/test/java/com/pingplusplus/sub_app/ContactTest.testAddContact.
CONTACT = {
    "app_id": "app_1Gqj58ynP0mHeX1q", "user": "test_user_001", "acc_no": "2019057929311601000631",
    "contact_type": 1, "contact_name": "杨真探", "contact_cert_type": "01", "contact_cert_no": "310181201402149201",
    "contact_cert_valid_from": "2019-01-01", "contact_cert_valid_until": "2028-12-31",
    "contact_cert_mobile": "13500127654", "contact_job_type": 1,
}
add("contact", CO, CONTACT)
add("contact with relation", CO, mod(CONTACT, {"contact_relation_ship": 1}))
add("contact only required", CO, {"app_id": "app_1", "user": "u", "acc_no": "1", "contact_type": 4, "contact_name": "法人"})
add("contact empty", CO, {"app_id": "app_1"}, [("user", "required"), ("acc_no", "required"), ("contact_type", "required"), ("contact_name", "required")])
add("contact user led by @", CO, mod(CONTACT, {"user": "@user"}))
add("contact user led by .", CO, mod(CONTACT, {"user": ".user"}), [("user", "pattern")])
add("contact user empty", CO, mod(CONTACT, {"user": ""}), [("user", "min_length")])
add("contact acc_no empty", CO, mod(CONTACT, {"acc_no": ""}), [("acc_no", "min_length")])
add("contact acc_no number", CO, mod(CONTACT, {"acc_no": 2019057929}), [("acc_no", "type")])
add("contact type 0", CO, mod(CONTACT, {"contact_type": 0}), [("contact_type", "range")])
add("contact type 5 finance", CO, mod(CONTACT, {"contact_type": 5}))
add("contact type 6", CO, mod(CONTACT, {"contact_type": 6}), [("contact_type", "range")])
add("contact type string", CO, mod(CONTACT, {"contact_type": "1"}), [("contact_type", "type")])
add("contact name empty", CO, mod(CONTACT, {"contact_name": ""}), [("contact_name", "min_length")])
add("contact cert type 06", CO, mod(CONTACT, {"contact_cert_type": "06"}))
add("contact cert type 07", CO, mod(CONTACT, {"contact_cert_type": "07"}), [("contact_cert_type", "one_of")])
add("contact cert type 00", CO, mod(CONTACT, {"contact_cert_type": "00"}), [("contact_cert_type", "one_of")])
add("contact cert type number", CO, mod(CONTACT, {"contact_cert_type": 1}), [("contact_cert_type", "type")])
add("contact valid from empty", CO, mod(CONTACT, {"contact_cert_valid_from": ""}), [("contact_cert_valid_from", "min_length")])
add("contact cert no empty", CO, mod(CONTACT, {"contact_cert_no": ""}), [("contact_cert_no", "min_length")])
add("contact long-term certificate", CO, mod(CONTACT, {"contact_cert_valid_until": "9999-12-31"}))
add("contact valid one day", CO, mod(CONTACT, {"contact_cert_valid_from": "2028-12-31"}))
add("contact valid from after until", CO, mod(CONTACT, {"contact_cert_valid_from": "2029-01-01"}), [("contact_cert_valid_from", "conditional")])
add("contact valid from leap day", CO, mod(CONTACT, {"contact_cert_valid_from": "2024-02-29"}))
add("contact valid from 29 February of 2023", CO, mod(CONTACT, {"contact_cert_valid_from": "2023-02-29"}), [("contact_cert_valid_from", "pattern")])
add("contact valid from 29 February of 1900", CO, mod(CONTACT, {"contact_cert_valid_from": "1900-02-29"}), [("contact_cert_valid_from", "pattern")])
add("contact valid from 29 February of 2000", CO, mod(CONTACT, {"contact_cert_valid_from": "2000-02-29"}))
add("contact valid until 30 April", CO, mod(CONTACT, {"contact_cert_valid_until": "2028-04-30"}))
add("contact valid until 31 April", CO, mod(CONTACT, {"contact_cert_valid_until": "2028-04-31"}), [("contact_cert_valid_until", "pattern")])
add("contact valid until month 13", CO, mod(CONTACT, {"contact_cert_valid_until": "2028-13-01"}), [("contact_cert_valid_until", "pattern")])
add("contact valid until day 00", CO, mod(CONTACT, {"contact_cert_valid_until": "2028-12-00"}), [("contact_cert_valid_until", "pattern")])
add("contact valid until with slashes", CO, mod(CONTACT, {"contact_cert_valid_until": "2028/12/31"}), [("contact_cert_valid_until", "pattern")])
add("contact valid until without dashes", CO, mod(CONTACT, {"contact_cert_valid_until": "20281231"}), [("contact_cert_valid_until", "min_length"), ("contact_cert_valid_until", "pattern")])
add("contact valid until with time", CO, mod(CONTACT, {"contact_cert_valid_until": "2028-12-31 00:00"}), [("contact_cert_valid_until", "max_length"), ("contact_cert_valid_until", "pattern")])
add("contact valid until number", CO, mod(CONTACT, {"contact_cert_valid_until": 20281231}), [("contact_cert_valid_until", "type")])
add("contact malformed from not ordered", CO, mod(CONTACT, {"contact_cert_valid_from": "2099-99-99"}), [("contact_cert_valid_from", "pattern")])
add("contact only from", CO, mod(CONTACT, {"contact_cert_valid_until": DEL, "contact_cert_valid_from": "2099-01-01"}))
add("contact mobile 10 digits", CO, mod(CONTACT, {"contact_cert_mobile": "1350012765"}), [("contact_cert_mobile", "min_length")])
add("contact mobile 12 digits", CO, mod(CONTACT, {"contact_cert_mobile": "135001276540"}), [("contact_cert_mobile", "max_length")])
add("contact mobile with +", CO, mod(CONTACT, {"contact_cert_mobile": "+3500127654"}), [("contact_cert_mobile", "pattern")])
add("contact mobile number", CO, mod(CONTACT, {"contact_cert_mobile": 13500127654}), [("contact_cert_mobile", "type")])
add("contact job type 8", CO, mod(CONTACT, {"contact_job_type": 8}))
add("contact job type 9", CO, mod(CONTACT, {"contact_job_type": 9}), [("contact_job_type", "range")])
add("contact job type 0", CO, mod(CONTACT, {"contact_job_type": 0}), [("contact_job_type", "range")])
add("contact relation 8", CO, mod(CONTACT, {"contact_relation_ship": 8}))
add("contact relation 9", CO, mod(CONTACT, {"contact_relation_ship": 9}), [("contact_relation_ship", "range")])
add("contact relation 0", CO, mod(CONTACT, {"contact_relation_ship": 0}), [("contact_relation_ship", "range")])
add("contact relation null", CO, mod(CONTACT, {"contact_relation_ship": None}))

# ------------------------------------------------------------------ transfer channels
TCC = "sub_apps.transfer_channels.create"
# pingpp-python example/sub_app/sub_app_channel.py (the keys shortened), sent to transfer_channels.
ALIPAY_PARAMS = {
    "alipay_account": "example@example.com", "alipay_app_id": "2016666666666666",
    "alipay_app_public_key_rsa2": None, "alipay_pid": "2088111111111111", "alipay_refund_nopwd": False,
    "alipay_security_key": "a5srakrbci3nf1pracb52xcs9xlhu8gu", "alipay_sign_type": "rsa", "alipay_version": 1, "fee_rate": 80,
}
TCH = {"app_id": "app_1Gqj58ynP0mHeX1q", "sub_app_id": "app_ibXHGCzPaLe9fLqH", "banned_msg": None, "channel": "alipay",
       "description": "Your description", "params": ALIPAY_PARAMS}
add("transfer channel", TCC, TCH)
for ch in ["unionpay", "wx_pub", "allinpay", "jdpay", "balance"]:
    add(f"transfer channel {ch}", TCC, mod(TCH, {"channel": ch, "params": {}}))
add("transfer channel wx (a payment channel)", TCC, mod(TCH, {"channel": "wx"}), [("channel", "one_of")])
add("transfer channel isv_qr (a payment channel)", TCC, mod(TCH, {"channel": "isv_qr"}), [("channel", "one_of")])
add("transfer channel empty channel", TCC, mod(TCH, {"channel": ""}), [("channel", "one_of")])
add("transfer channel without params", TCC, mod(TCH, {"params": DEL}), [("params", "required")])
add("transfer channel params list", TCC, mod(TCH, {"params": ["a"]}), [("params", "type")])
add("transfer channel banned with message", TCC, mod(TCH, {"banned": True, "banned_msg": "维护中"}))
add("transfer channel banned without message", TCC, mod(TCH, {"banned": True}), [("banned_msg", "conditional")])
add("transfer channel banned with empty message", TCC, mod(TCH, {"banned": True, "banned_msg": ""}), [("banned_msg", "conditional")])
add("transfer channel banned string", TCC, mod(TCH, {"banned": "true"}), [("banned", "type")])
add("transfer channel description number", TCC, mod(TCH, {"description": 5}), [("description", "type")])
add("transfer channel without sub-app", TCC, mod(TCH, {"sub_app_id": DEL}), [("sub_app_id", "required")])
add("transfer channel empty", TCC, {"sub_app_id": "app_2"}, [("channel", "required"), ("params", "required")])
TCU = "sub_apps.transfer_channels.update"
# The same example's update: description, params and banned false.
add("transfer channel update", TCU, {"sub_app_id": "app_ibXHGCzPaLe9fLqH", "channel": "alipay", "description": "Your Channel description",
                                     "params": mod(ALIPAY_PARAMS, {"alipay_pid": "2088111111111112"}), "banned": False})
add("transfer channel update only banned", TCU, {"sub_app_id": "app_2", "channel": "alipay", "banned": True, "banned_msg": "停用"})
add("transfer channel update banned without message", TCU, {"sub_app_id": "app_2", "channel": "alipay", "banned": True}, [("banned_msg", "conditional")])
add("transfer channel update params string", TCU, {"sub_app_id": "app_2", "channel": "alipay", "params": "x"}, [("params", "type")])
add("transfer channel update empty channel", TCU, {"sub_app_id": "app_2", "channel": ""}, [("channel", "min_length")])
add("transfer channel retrieve", "sub_apps.transfer_channels.retrieve", {"sub_app_id": "app_2", "channel": "alipay"})
add("transfer channel retrieve empty sub-app", "sub_apps.transfer_channels.retrieve", {"sub_app_id": "", "channel": "alipay"}, [("sub_app_id", "min_length")])
add("transfer channel delete", "sub_apps.transfer_channels.delete", {"sub_app_id": "app_2", "channel": "alipay"})
add("transfer channel delete empty channel", "sub_apps.transfer_channels.delete", {"sub_app_id": "app_2", "channel": ""}, [("channel", "min_length")])
