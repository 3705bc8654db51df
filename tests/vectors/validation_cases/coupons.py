"""Cases of coupon templates (create, retrieve, list, update, delete, batch issue and its list)
and a user's coupons (create, retrieve, list, update, delete), issue 12: both sides of every
limit the official SDKs state, and the coupon_template hook (type vs amount_off/percent_off,
an expiration window that ends after it starts)."""

from .common import *  # noqa: F401,F403

APP = "app_1Gqj58ynP0mHeX1q"
TPL = "300117082817355900186301"

# ------------------------------------------------------------------ coupon_templates.create
CT = "coupon_templates.create"
# pingpp-python example/coupon/coupon_template.py (a discount template).
DISCOUNT = {"app_id": APP, "name": "25OFF", "type": 2, "percent_off": 25, "amount_available": 10000, "max_circulation": 1000, "metadata": {}, "expiration": {"time_start": 1503658305, "time_end": 1506250305}, "refundable": True}
# pingpp-nodejs docs/coupon_template.md (a cash template, expiration null).
CASH = {"app_id": APP, "name": "25OFF", "type": 1, "amount_off": 1, "amount_available": 10000, "max_circulation": 1000, "metadata": {}, "expiration": None}
add("coupon template discount", CT, DISCOUNT)
add("coupon template cash", CT, CASH)
add("coupon template only required (cash)", CT, {"app_id": APP, "type": 1, "amount_off": 500})
add("coupon template only required (discount)", CT, {"app_id": APP, "type": 2, "percent_off": 10})
add("coupon template empty", CT, {"app_id": APP}, [("type", "required")])
add("coupon template type 0", CT, mod(CASH, {"type": 0}), [("type", "one_of")])
add("coupon template type 3", CT, mod(CASH, {"type": 3}), [("type", "one_of")])
add("coupon template type string", CT, mod(CASH, {"type": "1"}), [("type", "type")])
add("coupon template cash without amount_off", CT, mod(CASH, {"amount_off": DEL}), [("amount_off", "conditional")])
add("coupon template cash amount_off null", CT, mod(CASH, {"amount_off": None}), [("amount_off", "conditional")])
add("coupon template discount without percent_off", CT, mod(DISCOUNT, {"percent_off": DEL}), [("percent_off", "conditional")])
add("coupon template cash with percent_off too", CT, mod(CASH, {"percent_off": 10}))
add("coupon template amount_off 0", CT, mod(CASH, {"amount_off": 0}), [("amount_off", "range")])
add("coupon template amount_off max", CT, mod(CASH, {"amount_off": 2147483647}))
add("coupon template amount_off max + 1", CT, mod(CASH, {"amount_off": 2147483648}), [("amount_off", "range")])
add("coupon template amount_off string", CT, mod(CASH, {"amount_off": "1"}), [("amount_off", "type")])
add("coupon template percent_off 0", CT, mod(DISCOUNT, {"percent_off": 0}), [("percent_off", "range")])
add("coupon template percent_off 1", CT, mod(DISCOUNT, {"percent_off": 1}))
add("coupon template percent_off 100 (free)", CT, mod(DISCOUNT, {"percent_off": 100}))
add("coupon template percent_off 101", CT, mod(DISCOUNT, {"percent_off": 101}), [("percent_off", "range")])
add("coupon template percent_off 25.5", CT, mod(DISCOUNT, {"percent_off": 25.5}), [("percent_off", "type")])
add("coupon template amount_available 0 (any order)", CT, mod(CASH, {"amount_available": 0}))
add("coupon template amount_available -1", CT, mod(CASH, {"amount_available": -1}), [("amount_available", "range")])
add("coupon template amount_available max", CT, mod(CASH, {"amount_available": 2147483647}))
add("coupon template amount_available max + 1", CT, mod(CASH, {"amount_available": 2147483648}), [("amount_available", "range")])
add("coupon template max_circulation null (unlimited)", CT, mod(CASH, {"max_circulation": None}))
add("coupon template max_circulation 1", CT, mod(CASH, {"max_circulation": 1}))
add("coupon template max_circulation 0", CT, mod(CASH, {"max_circulation": 0}), [("max_circulation", "range")])
add("coupon template max_circulation string", CT, mod(CASH, {"max_circulation": "1000"}), [("max_circulation", "type")])
add("coupon template max_user_circulation 1", CT, mod(CASH, {"max_user_circulation": 1}))
add("coupon template max_user_circulation null", CT, mod(CASH, {"max_user_circulation": None}))
add("coupon template max_user_circulation 0", CT, mod(CASH, {"max_user_circulation": 0}), [("max_user_circulation", "range")])
add("coupon template expiration duration", CT, mod(CASH, {"expiration": {"duration": 86400}}))
add("coupon template expiration duration 1", CT, mod(CASH, {"expiration": {"duration": 1}}))
add("coupon template expiration duration 0", CT, mod(CASH, {"expiration": {"duration": 0}}), [("expiration.duration", "range")])
add("coupon template expiration empty", CT, mod(CASH, {"expiration": {}}))
add("coupon template expiration start only", CT, mod(CASH, {"expiration": {"time_start": NOW}}))
add("coupon template expiration end only", CT, mod(CASH, {"expiration": {"time_end": NOW}}))
add("coupon template expiration one second", CT, mod(DISCOUNT, {"expiration": {"time_start": NOW, "time_end": NOW + 1}}))
add("coupon template expiration end at start", CT, mod(DISCOUNT, {"expiration": {"time_start": NOW, "time_end": NOW}}), [("expiration.time_end", "conditional")])
add("coupon template expiration end before start", CT, mod(DISCOUNT, {"expiration": {"time_start": NOW, "time_end": NOW - DAY}}), [("expiration.time_end", "conditional")])
add("coupon template expiration time_start -1", CT, mod(DISCOUNT, {"expiration.time_start": -1}), [("expiration.time_start", "range")])
add("coupon template expiration time_end string", CT, mod(DISCOUNT, {"expiration.time_end": "1506250305"}), [("expiration.time_end", "type")])
add("coupon template expiration list", CT, mod(CASH, {"expiration": [1, 2]}), [("expiration", "type")])
add("coupon template refundable false", CT, mod(CASH, {"refundable": False}))
add("coupon template refundable string", CT, mod(CASH, {"refundable": "true"}), [("refundable", "type")])
add("coupon template name number", CT, mod(CASH, {"name": 25}), [("name", "type")])
add("coupon template metadata 11 keys", CT, mod(CASH, {"metadata": {f"k{i}": "v" for i in range(11)}}), [("metadata", "max_keys")])
add("coupon template metadata 10 keys", CT, mod(CASH, {"metadata": {f"k{i}": "v" for i in range(10)}}))

# ------------------------------------------------------------------ the other template operations
add("coupon template retrieve", "coupon_templates.retrieve", {"app_id": APP, "coupon_template_id": TPL})
add("coupon template retrieve empty id", "coupon_templates.retrieve", {"app_id": APP, "coupon_template_id": ""}, [("coupon_template_id", "min_length")])
CL = "coupon_templates.list"
add("coupon template list", CL, {"app_id": APP, "page": 1})
add("coupon template list per_page 100", CL, {"app_id": APP, "page": 2, "per_page": 100})
add("coupon template list per_page 101", CL, {"app_id": APP, "per_page": 101}, [("per_page", "range")])
add("coupon template list page 0", CL, {"app_id": APP, "page": 0}, [("page", "range")])
CU = "coupon_templates.update"
# pingpp-python example/coupon/coupon_template.py.
add("coupon template update metadata", CU, {"app_id": APP, "coupon_template_id": TPL, "metadata": {"key": "value"}})
add("coupon template update nothing", CU, {"app_id": APP, "coupon_template_id": TPL})
add("coupon template update metadata list", CU, {"app_id": APP, "coupon_template_id": TPL, "metadata": ["a"]}, [("metadata", "type")])
add("coupon template update without id", CU, {"app_id": APP, "metadata": {}}, [("coupon_template_id", "required")])
add("coupon template delete", "coupon_templates.delete", {"app_id": APP, "coupon_template_id": TPL})
add("coupon template delete without id", "coupon_templates.delete", {"app_id": APP}, [("coupon_template_id", "required")])

# ------------------------------------------------------------------ batch issue
CB = "coupon_templates.coupons.create"
# pingpp-python example/coupon/coupon_template.py and pingpp-nodejs docs/coupon_template.md.
add("coupon batch", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["test_user_001", "test_user_002"]})
add("coupon batch three with metadata", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["user_id_1", "user_id_2", "user_id_3"], "metadata": {"campaign": "spring"}})
add("coupon batch one user", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["u"]})
add("coupon batch no users", CB, {"app_id": APP, "coupon_template_id": TPL, "users": []}, [("users", "min_length")])
add("coupon batch without users", CB, {"app_id": APP, "coupon_template_id": TPL}, [("users", "required")])
add("coupon batch users string", CB, {"app_id": APP, "coupon_template_id": TPL, "users": "u1"}, [("users", "type")])
add("coupon batch user empty", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["u1", ""]}, [("users[1]", "min_length")])
add("coupon batch user 64 chars", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["u" * 64]})
add("coupon batch user 65 chars", CB, {"app_id": APP, "coupon_template_id": TPL, "users": ["u" * 65]}, [("users[0]", "max_length")])
add("coupon batch user number", CB, {"app_id": APP, "coupon_template_id": TPL, "users": [1]}, [("users[0]", "type")])
add("coupon batch list", "coupon_templates.coupons.list", {"app_id": APP, "coupon_template_id": TPL, "page": 1})
add("coupon batch list per_page 0", "coupon_templates.coupons.list", {"app_id": APP, "coupon_template_id": TPL, "per_page": 0}, [("per_page", "range")])

# ------------------------------------------------------------------ a user's coupons
UC = "users.coupons.create"
# pingpp-python example/coupon/coupon.py.
COUPON = {"app_id": APP, "user_id": "user_test_001", "coupon_template": TPL, "metadata": {"key": "value"}}
add("user coupon", UC, COUPON)
add("user coupon without metadata", UC, mod(COUPON, {"metadata": DEL}))
add("user coupon without template", UC, mod(COUPON, {"coupon_template": DEL}), [("coupon_template", "required")])
add("user coupon template empty", UC, mod(COUPON, {"coupon_template": ""}), [("coupon_template", "min_length")])
add("user coupon template number", UC, mod(COUPON, {"coupon_template": 3001170828173559}), [("coupon_template", "type")])
add("user coupon without user", UC, mod(COUPON, {"user_id": DEL}), [("user_id", "required")])
UR = "users.coupons.retrieve"
add("user coupon retrieve", UR, {"app_id": APP, "user_id": "user_test_001", "coupon_id": "300316082514255200000900"})
add("user coupon retrieve empty id", UR, {"app_id": APP, "user_id": "user_test_001", "coupon_id": ""}, [("coupon_id", "min_length")])
UL = "users.coupons.list"
add("user coupon list", UL, {"app_id": APP, "user_id": "user_test_001", "page": 1})
add("user coupon list per_page 101", UL, {"app_id": APP, "user_id": "u", "per_page": 101}, [("per_page", "range")])
UU = "users.coupons.update"
add("user coupon update", UU, {"app_id": APP, "user_id": "123", "coupon_id": "1477034484747", "metadata": {"key": "value"}})
add("user coupon update metadata string", UU, {"app_id": APP, "user_id": "123", "coupon_id": "1", "metadata": "k=v"}, [("metadata", "type")])
add("user coupon delete", "users.coupons.delete", {"app_id": APP, "user_id": "123", "coupon_id": "1477034484747"})
add("user coupon delete without coupon_id", "users.coupons.delete", {"app_id": APP, "user_id": "123"}, [("coupon_id", "required")])
