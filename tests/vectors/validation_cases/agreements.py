"""Cases of deduction agreements, a charge's trade detail and the custody photo upload
(users.upload_pic), issue 11: both sides of every limit the official SDKs state."""

from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ agreements
AC = "agreements.create"
# pingpp-nodejs example/agreement/agreement_create.js with agreement_extra.js (qpay).
AGREEMENT = {"app": "app_1Gqj58ynP0mHeX1q", "contract_no": "1767225600000", "channel": "qpay", "extra": {"display_account": "签约测试"}, "metadata": {}}
add("agreement", AC, AGREEMENT)
add("agreement without extra and metadata", AC, mod(AGREEMENT, {"extra": DEL, "metadata": DEL}))
add("agreement contract_no 1", AC, mod(AGREEMENT, {"contract_no": "1"}))
add("agreement contract_no empty", AC, mod(AGREEMENT, {"contract_no": ""}), [("contract_no", "min_length")])
add("agreement contract_no number", AC, mod(AGREEMENT, {"contract_no": 1767225600000}), [("contract_no", "type")])
add("agreement channel empty", AC, mod(AGREEMENT, {"channel": ""}), [("channel", "min_length")])
add("agreement other channel", AC, mod(AGREEMENT, {"channel": "wx_pub", "extra": {"plan_id": "12535"}}))
add("agreement qpay display_account number", AC, mod(AGREEMENT, {"extra.display_account": 5}), [("extra.display_account", "type")])
add("agreement qpay display_account empty", AC, mod(AGREEMENT, {"extra.display_account": ""}))
add("agreement extra list", AC, mod(AGREEMENT, {"extra": ["a"]}), [("extra", "type")])
add("agreement metadata 11 keys", AC, mod(AGREEMENT, {"metadata": {f"k{i}": "v" for i in range(11)}}), [("metadata", "max_keys")])
add("agreement metadata 10 keys", AC, mod(AGREEMENT, {"metadata": {f"k{i}": "v" for i in range(10)}}))
add("agreement empty", AC, {}, [("app", "required"), ("contract_no", "required"), ("channel", "required")])
add("agreement retrieve", "agreements.retrieve", {"agreement_id": "agr_19EEE7QdgGMCoY"})
add("agreement retrieve empty id", "agreements.retrieve", {"agreement_id": ""}, [("agreement_id", "min_length")])
AL = "agreements.list"
add("agreement list", AL, {"app": "app_1Gqj58ynP0mHeX1q", "per_page": 3})
add("agreement list status and page", AL, {"app": "app_1", "status": "succeeded", "page": 2, "per_page": 100})
add("agreement list without app", AL, {"per_page": 3}, [("app", "required")])
add("agreement list status other", AL, {"app": "app_1", "status": "paid"}, [("status", "one_of")])
add("agreement list per_page 101", AL, {"app": "app_1", "per_page": 101}, [("per_page", "range")])
add("agreement list per_page 0", AL, {"app": "app_1", "per_page": 0}, [("per_page", "range")])
AU = "agreements.update"
add("agreement cancel", AU, {"agreement_id": "agr_19EEE7QdgGMCoY", "status": "canceled"})
# pingpp-php example/agreement/update.php: the WeChat termination with a reason.
add("agreement cancel wechat description", AU, {"agreement_id": "agr_19EFuCzvtgNZkv", "status": "canceled", "extra": {"description": "Your description"}})
add("agreement update without status", AU, {"agreement_id": "agr_19EEE7QdgGMCoY"})
add("agreement update status succeeded", AU, {"agreement_id": "agr_19EEE7QdgGMCoY", "status": "succeeded"}, [("status", "one_of")])
add("agreement update description number", AU, {"agreement_id": "agr_1", "status": "canceled", "extra": {"description": 5}}, [("extra.description", "type")])
add("agreement update without id", AU, {"status": "canceled"}, [("agreement_id", "required")])
AN = "agreements.notify"
# pingpp-nodejs example/agreement/agreement_notify.js.
add("agreement notify", AN, {"agreement_id": "agr_19EEE7QdgGMCoY", "amount": 100})
add("agreement notify amount 1", AN, {"agreement_id": "agr_1", "amount": 1})
add("agreement notify amount 0", AN, {"agreement_id": "agr_1", "amount": 0}, [("amount", "range")])
add("agreement notify amount max", AN, {"agreement_id": "agr_1", "amount": 2147483647})
add("agreement notify amount max + 1", AN, {"agreement_id": "agr_1", "amount": 2147483648}, [("amount", "range")])
add("agreement notify amount string", AN, {"agreement_id": "agr_1", "amount": "100"}, [("amount", "type")])
add("agreement notify without amount", AN, {"agreement_id": "agr_1"}, [("amount", "required")])

# ------------------------------------------------------------------ trade detail
TD = "charges.trade_detail"
add("trade detail", TD, {"charge_id": "ch_L8qn10mLmr1GS8e5OODmHaL4"})
add("trade detail empty id", TD, {"charge_id": ""}, [("charge_id", "min_length")])

# ------------------------------------------------------------------ custody photo upload
UP = "users.upload_pic"
# pingpp-java UserPicTest.testUploadPic (the picture shortened).
USER_PIC = {"app_id": "app_1Gqj58ynP0mHeX1q", "user": "test_user_001", "type": "customer", "operate_type": "00", "pic": "/9j/4AAQSkZJRgABAQAASABIAAD/", "pic_fmt": "jpg", "pic_type": "101"}
add("user pic", UP, USER_PIC)
add("user pic overwrite", UP, mod(USER_PIC, {"acc_no": "2019057929311601000631", "operate_type": "01", "type": "business", "pic_fmt": "png", "pic_type": "203"}))
add("user pic only required", UP, {"app_id": "app_1", "user": "u", "pic": "AAAA"})
add("user pic user led by @", UP, mod(USER_PIC, {"user": "@user"}))
add("user pic user led by -", UP, mod(USER_PIC, {"user": "-user"}))
add("user pic user led by _", UP, mod(USER_PIC, {"user": "_user"}))
add("user pic user led by .", UP, mod(USER_PIC, {"user": ".user"}), [("user", "pattern")])
add("user pic user led by a space", UP, mod(USER_PIC, {"user": " user"}), [("user", "pattern")])
add("user pic user led by CJK", UP, mod(USER_PIC, {"user": "用户1"}), [("user", "pattern")])
add("user pic user empty", UP, mod(USER_PIC, {"user": ""}), [("user", "min_length")])
add("user pic type other", UP, mod(USER_PIC, {"type": "person"}), [("type", "one_of")])
add("user pic operate_type 03", UP, mod(USER_PIC, {"operate_type": "03"}), [("operate_type", "one_of")])
add("user pic operate_type 02", UP, mod(USER_PIC, {"operate_type": "02"}))
add("user pic pic_fmt gif", UP, mod(USER_PIC, {"pic_fmt": "gif"}), [("pic_fmt", "one_of")])
add("user pic pic_type 103", UP, mod(USER_PIC, {"pic_type": "103"}), [("pic_type", "one_of")])
add("user pic pic_type 201", UP, mod(USER_PIC, {"pic_type": "201"}))
add("user pic pic_type number", UP, mod(USER_PIC, {"pic_type": 101}), [("pic_type", "type")])
add("user pic pic not base64", UP, mod(USER_PIC, {"pic": "not base64!"}), [("pic", "pattern")])
add("user pic pic unpadded", UP, mod(USER_PIC, {"pic": "AAA"}), [("pic", "pattern")])
add("user pic pic empty", UP, mod(USER_PIC, {"pic": ""}), [("pic", "min_length")])
add("user pic acc_no empty", UP, mod(USER_PIC, {"acc_no": ""}), [("acc_no", "min_length")])
add("user pic empty", UP, {"app_id": "app_1"}, [("user", "required"), ("pic", "required")])
