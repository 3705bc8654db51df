"""Cases of WeChat profit sharing (split receivers, split profits, profit transactions),
issue 12: both sides of every limit the official Go, Java and PHP SDKs state."""

from .common import *  # noqa: F401,F403

APP = "app_1Gqj58ynP0mHeX1q"

# ------------------------------------------------------------------ split receivers
RC = "split_receivers.create"
# pingpp-php example/split_receiver/create.php.
RECEIVER = {"app": APP, "type": "MERCHANT_ID", "name": "示例商户全称", "account": "190001001", "channel": "wx_pub_qr"}
add("split receiver", RC, RECEIVER)
add("split receiver metadata", RC, mod(RECEIVER, {"metadata": {"shop": "1"}}))
add("split receiver wechat id", RC, mod(RECEIVER, {"type": "PERSONAL_WECHATID", "name": "张三", "account": "zhangsan"}))
add("split receiver openid without name", RC, mod(RECEIVER, {"type": "PERSONAL_OPENID", "name": DEL, "account": "o9ZhA5WcXYZ"}))
add("split receiver sub openid with name", RC, mod(RECEIVER, {"type": "PERSONAL_SUB_OPENID", "account": "o9ZhA5Wsub", "name": "李四"}))
add("split receiver merchant without name", RC, mod(RECEIVER, {"name": DEL}), [("name", "conditional")])
add("split receiver wechat id without name", RC, mod(RECEIVER, {"type": "PERSONAL_WECHATID", "name": DEL}), [("name", "conditional")])
add("split receiver type other", RC, mod(RECEIVER, {"type": "PERSONAL_ID"}), [("type", "one_of")])
add("split receiver type lower case", RC, mod(RECEIVER, {"type": "merchant_id"}), [("type", "one_of")])
add("split receiver account 1", RC, mod(RECEIVER, {"account": "1"}))
add("split receiver account 64", RC, mod(RECEIVER, {"account": "a" * 64}))
add("split receiver account 65", RC, mod(RECEIVER, {"account": "a" * 65}), [("account", "max_length")])
add("split receiver account empty", RC, mod(RECEIVER, {"account": ""}), [("account", "min_length")])
add("split receiver account number", RC, mod(RECEIVER, {"account": 190001001}), [("account", "type")])
add("split receiver name 1024", RC, mod(RECEIVER, {"name": "名" * 1024}))
add("split receiver name 1025", RC, mod(RECEIVER, {"name": "名" * 1025}), [("name", "max_length")])
add("split receiver name empty", RC, mod(RECEIVER, {"name": ""}), [("name", "min_length")])
for ch in ["wx", "wx_lite", "wx_pub", "wx_wap", "wx_pub_scan"]:
    add(f"split receiver channel {ch}", RC, mod(RECEIVER, {"channel": ch}))
add("split receiver channel alipay", RC, mod(RECEIVER, {"channel": "alipay"}), [("channel", "one_of")])
add("split receiver metadata 11 keys", RC, mod(RECEIVER, {"metadata": {f"k{i}": "v" for i in range(11)}}), [("metadata", "max_keys")])
add("split receiver empty", RC, {}, [("app", "required"), ("type", "required"), ("account", "required"), ("channel", "required")])
add("split receiver retrieve", "split_receivers.retrieve", {"split_receiver_id": "recv_1fRbIo5YgIM4hl"})
add("split receiver retrieve empty id", "split_receivers.retrieve", {"split_receiver_id": ""}, [("split_receiver_id", "min_length")])
add("split receiver delete", "split_receivers.delete", {"split_receiver_id": "recv_1fRbIo0jME7yuL"})
add("split receiver delete without id", "split_receivers.delete", {}, [("split_receiver_id", "required")])
RL = "split_receivers.list"
# pingpp-php example/split_receiver/list.php.
add("split receiver list", RL, {"app": APP, "page": 1, "per_page": 10})
add("split receiver list type and channel", RL, {"app": APP, "type": "PERSONAL_OPENID", "channel": "wx_lite", "per_page": 100})
add("split receiver list without app", RL, {"page": 1}, [("app", "required")])
add("split receiver list type other", RL, {"app": APP, "type": "OPENID"}, [("type", "one_of")])
add("split receiver list channel other", RL, {"app": APP, "channel": "upacp"}, [("channel", "one_of")])
add("split receiver list per_page 101", RL, {"app": APP, "per_page": 101}, [("per_page", "range")])

# ------------------------------------------------------------------ split profits
PC = "split_profits.create"
# pingpp-php example/split_profit/create.php (order_no: an md5 there).
RECIPIENT = {"split_receiver": "recv_1fRbIo5YgIM4hl", "amount": 6, "name": "示例商户全称", "description": "Your Description"}
PROFIT = {"app": APP, "charge": "ch_aDC44OKyL8yHPG0yX9yzLy5K", "order_no": "9f2b7c1d0e4a4d5e8a6b3c2d1e0f9a8b", "recipients": [RECIPIENT], "type": "split_normal", "metadata": {}}
RETURN = mod(PROFIT, {"type": "split_return", "recipients": [{"amount": 94, "description": "完结分账"}]})


def recipient(**changes):
    """PROFIT with its one recipient changed."""
    return mod(PROFIT, {"recipients": [mod(RECIPIENT, changes)]})


add("split profit", PC, PROFIT)
add("split profit two recipients", PC, mod(PROFIT, {"recipients": [RECIPIENT, mod(RECIPIENT, {"split_receiver": "recv_1fRbIo0jME7yuL", "name": DEL})]}))
add("split profit without metadata", PC, mod(PROFIT, {"metadata": DEL}))
add("split profit return", PC, RETURN)
add("split profit return with name", PC, mod(RETURN, {"recipients": [{"amount": 94, "name": "商户", "description": "完结"}]}))
add("split profit return with receiver", PC, mod(RETURN, {"recipients": [{"split_receiver": "recv_1fRbIo5YgIM4hl", "amount": 94, "description": "完结"}]}), [("recipients[0].split_receiver", "conditional")])
add("split profit normal without receiver", PC, recipient(split_receiver=DEL), [("recipients[0].split_receiver", "required")])
add("split profit receiver 18", PC, recipient(split_receiver="recv_1fRbIo5YgIM4h"), [("recipients[0].split_receiver", "min_length")])
add("split profit receiver 20", PC, recipient(split_receiver="recv_1fRbIo5YgIM4hlx"), [("recipients[0].split_receiver", "max_length")])
add("split profit type other", PC, mod(PROFIT, {"type": "split_final"}), [("type", "one_of")])
add("split profit without type", PC, mod(PROFIT, {"type": DEL}), [("type", "required")])
add("split profit charge 26", PC, mod(PROFIT, {"charge": "ch_aDC44OKyL8yHPG0yX9yzLy5"}), [("charge", "min_length")])
add("split profit charge 28", PC, mod(PROFIT, {"charge": "ch_aDC44OKyL8yHPG0yX9yzLy5KK"}), [("charge", "max_length")])
add("split profit order_no 1", PC, mod(PROFIT, {"order_no": "1"}))
add("split profit order_no 64", PC, mod(PROFIT, {"order_no": "a" * 64}))
add("split profit order_no 65", PC, mod(PROFIT, {"order_no": "a" * 65}), [("order_no", "max_length")])
add("split profit order_no empty", PC, mod(PROFIT, {"order_no": ""}), [("order_no", "min_length")])
add("split profit amount 1", PC, recipient(amount=1))
add("split profit amount 0", PC, recipient(amount=0), [("recipients[0].amount", "range")])
add("split profit amount max", PC, recipient(amount=2147483647))
add("split profit amount max + 1", PC, recipient(amount=2147483648), [("recipients[0].amount", "range")])
add("split profit amount string", PC, recipient(amount="6"), [("recipients[0].amount", "type")])
add("split profit without amount", PC, recipient(amount=DEL), [("recipients[0].amount", "required")])
add("split profit description 80", PC, recipient(description="分" * 80))
add("split profit description 81", PC, recipient(description="分" * 81), [("recipients[0].description", "max_length")])
add("split profit description empty", PC, recipient(description=""), [("recipients[0].description", "min_length")])
add("split profit description with &", PC, recipient(description="A&B"), [("recipients[0].description", "pattern")])
add("split profit without description", PC, recipient(description=DEL), [("recipients[0].description", "required")])
add("split profit name 1024", PC, recipient(name="名" * 1024))
add("split profit name 1025", PC, recipient(name="名" * 1025), [("recipients[0].name", "max_length")])
add("split profit name empty", PC, recipient(name=""), [("recipients[0].name", "min_length")])
add("split profit no recipients", PC, mod(PROFIT, {"recipients": []}), [("recipients", "min_length")])
add("split profit recipients object", PC, mod(PROFIT, {"recipients": RECIPIENT}), [("recipients", "type")])
add("split profit empty", PC, {}, [("app", "required"), ("charge", "required"), ("order_no", "required"), ("type", "required"), ("recipients", "required")])
add("split profit retrieve", "split_profits.retrieve", {"split_profit_id": "sp_1iXmpPJLe71sf9"})
add("split profit retrieve empty id", "split_profits.retrieve", {"split_profit_id": ""}, [("split_profit_id", "min_length")])
PL = "split_profits.list"
# pingpp-php example/split_profit/list.php.
add("split profit list", PL, {"app": APP, "page": 1, "per_page": 10})
add("split profit list filters", PL, {"app": APP, "charge": "ch_aDC44OKyL8yHPG0yX9yzLy5K", "type": "split_return", "channel": "wx_pub"})
add("split profit list without app", PL, {"page": 1}, [("app", "required")])
add("split profit list charge short", PL, {"app": APP, "charge": "ch_1"}, [("charge", "min_length")])
add("split profit list type other", PL, {"app": APP, "type": "normal"}, [("type", "one_of")])
add("split profit list channel other", PL, {"app": APP, "channel": "alipay"}, [("channel", "one_of")])
add("split profit list page 0", PL, {"app": APP, "page": 0}, [("page", "range")])

# ------------------------------------------------------------------ profit transactions
add("profit transaction retrieve", "profit_transactions.retrieve", {"profit_transaction_id": "ptxn_1m3x7aGbDK2cpl"})
add("profit transaction retrieve empty id", "profit_transactions.retrieve", {"profit_transaction_id": ""}, [("profit_transaction_id", "min_length")])
TL = "profit_transactions.list"
# pingpp-php example/profit_transaction/list.php.
add("profit transaction list", TL, {"app": APP, "page": 1, "per_page": 10})
add("profit transaction list filters", TL, {"app": APP, "split_profit": "sp_1iXmpPJLe71sf9", "split_receiver": "recv_1fRbIo5YgIM4hl", "status": "succeeded"})
for st in ["pending", "adjust", "returned", "closed", "failed"]:
    add(f"profit transaction list status {st}", TL, {"app": APP, "status": st})
add("profit transaction list status other", TL, {"app": APP, "status": "paid"}, [("status", "one_of")])
add("profit transaction list split_profit 16", TL, {"app": APP, "split_profit": "sp_1iXmpPJLe71sf"}, [("split_profit", "min_length")])
add("profit transaction list split_profit 18", TL, {"app": APP, "split_profit": "sp_1iXmpPJLe71sf99"}, [("split_profit", "max_length")])
add("profit transaction list split_receiver 20", TL, {"app": APP, "split_receiver": "recv_1fRbIo5YgIM4hl0"}, [("split_receiver", "max_length")])
add("profit transaction list without app", TL, {"status": "pending"}, [("app", "required")])
