"""pingpp 2.7.2 (unchanged) calls a user's settle accounts against `pingxx mock`:
SettleAccount create (bank_account, alipay, wx_pub with the example/user/settle_account.py
parameters), retrieve, list and delete. SettleAccount.update is not called: it calls a
`modify` the class does not have (AttributeError, upstream). Run by scripts/test-official.sh.
"""

import json
import unittest
import urllib.request

import pingpp

from test_pingpp_python import API_BASE, APP_ID, unique, use_emulator

# example/user/settle_account.py, one body per channel.
EXAMPLES = {
    "bank_account": {"account": "6214850266666666", "name": "张三", "type": "b2c", "open_bank": "招商银行", "open_bank_code": "0308"},
    "alipay": {"account": "account@domain.com", "name": "李四", "type": "b2c"},
    "wx_pub": {"account": "your_open_id", "name": "王五", "type": "b2c", "force_check": False},
}


class OfficialPythonSettleAccounts(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def new_user(self):
        user = unique("test_user_")
        pingpp.User.create(app=APP_ID, id=user)
        return user

    def test_settle_account_create_retrieve_list_delete(self):
        user = self.new_user()
        created = {}
        for channel, recipient in EXAMPLES.items():
            sa = pingpp.SettleAccount.create(app=pingpp.app_id, user=user, channel=channel, recipient=recipient)
            self.assertEqual(sa.object, "settle_account")
            self.assertEqual(sa.channel, channel)
            self.assertEqual(sa.recipient["name"], recipient["name"])
            created[channel] = sa.id
        bank = pingpp.SettleAccount.retrieve(user, created["bank_account"], app=APP_ID)
        self.assertEqual(bank.recipient["account"], "621485******6666")
        got = pingpp.SettleAccount.retrieve(user, created["alipay"], app=APP_ID)
        self.assertEqual((got.id, got.recipient["account"]), (created["alipay"], "account@domain.com"))
        listed = pingpp.SettleAccount.list(user, app=APP_ID, page=1, per_page=3)
        self.assertEqual([s.id for s in listed.data], [created["wx_pub"], created["alipay"], created["bank_account"]])

        gone = pingpp.SettleAccount.delete(user, created["wx_pub"], app=APP_ID)
        self.assertTrue(gone.deleted)
        self.assertEqual(gone.id, created["wx_pub"])
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SettleAccount.retrieve(user, created["wx_pub"], app=APP_ID)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "settle_account_id"))
        listed = pingpp.SettleAccount.list(user, app=APP_ID)
        self.assertEqual(len(listed.data), 2)

    def test_settle_account_errors_come_back_as_sdk_exceptions(self):
        user = self.new_user()
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SettleAccount.create(app=APP_ID, user=user, channel="bank_account",
                                        recipient=dict(EXAMPLES["bank_account"], type="c2c"))
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "recipient.type"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SettleAccount.create(app=APP_ID, user=user, channel="alipay")
        self.assertEqual(ctx.exception.param, "recipient")
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SettleAccount.create(app=APP_ID, user=unique("nobody_"), channel="alipay", recipient=EXAMPLES["alipay"])
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "user_id"))
        # The card binding body of the simple-account document still answers a card page.
        page = pingpp.SettleAccount.create(app=APP_ID, user=user, return_url="https://example.com/r")
        self.assertTrue(page.card_url.endswith("redirectUrl=https%3A%2F%2Fexample.com%2Fr"))

    def test_verify_needs_the_micro_deposit(self):
        # The SDK has no verify: the API call as the Java and PHP SDKs send it, signed by this SDK's requestor.
        user = self.new_user()
        sa = pingpp.SettleAccount.create(app=APP_ID, user=user, channel="bank_account", recipient=EXAMPLES["bank_account"])
        url = "%s/%s/verify" % (pingpp.SettleAccount.class_url(APP_ID, user), sa.id)
        requestor = pingpp.api_requestor.APIRequestor()
        with urllib.request.urlopen(API_BASE + "/_mock/settle_accounts/%s/micro_deposit" % sa.id, timeout=10) as r:
            amount = json.loads(r.read())["receive_amount"]
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            requestor.request("post", url, {"receive_amount": amount % 99 + 1})
        self.assertEqual(ctx.exception.param, "receive_amount")
        response, _ = requestor.request("post", url, {"receive_amount": amount})
        self.assertEqual(response.data["id"], sa.id)


if __name__ == "__main__":
    unittest.main(verbosity=2)
