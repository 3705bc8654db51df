"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`:
recharges, balance bonuses, transfers, transactions, settlements, withdrawals and
batch withdrawals, with the parameters of the SDK's own examples
(example/recharge/recharge.py, example/balance/*.py, example/withdrawal/withdrawal.py,
example/batch_withdrawal/batchWithdrawal.py). Run by scripts/test-official.sh.
"""

import random
import string
import time
import unittest

import pingpp

from test_pingpp_python import APP_ID, mock_control, str_random, use_emulator


def digits(n):
    return str_random(n, string.digits)


def balance(user):
    u = pingpp.User.retrieve(user)
    assert u.available_balance == u.withdrawable_balance, u
    return u.available_balance


def new_user(prefix):
    user_id = "%s_%s" % (prefix, digits(8))
    pingpp.User.create(id=user_id)
    return user_id


def bonus(user, amount):
    """pingpp.BalanceBonus.create as example/balance/balance_bonus.py calls it."""
    return pingpp.BalanceBonus.create(
        amount=amount, user=user, order_no=digits(8), description="Your description", metadata={}
    )


def withdrawal_params(user):
    """example/withdrawal/withdrawal.py."""
    return {
        "user": user,
        "amount": 100,
        "user_fee": 0,
        "order_no": digits(16),
        "description": "Your description",
        "channel": "unionpay",
        "extra": {"card_number": "6226234567890006", "user_name": "姓名", "open_bank_code": "0102"},
    }


class OfficialPythonSdkBalances(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def test_recharge_create_retrieve_list_refund(self):
        user, from_user = new_user("user_test_01"), new_user("user_test_02")
        params = {
            "user": user,
            "charge": {
                "amount": 100,
                "channel": "alipay_qr",
                "order_no": str(int(random.uniform(100000000, 200000000))),
                "subject": "Your subject",
                "body": "Your body",
                "time_expire": int(time.time()) + 3600,
                "client_ip": "127.0.0.1",
                "extra": {},
            },
            "balance_bonus": {"amount": 100},
            "from_user": from_user,
            "description": "Your description",
            "metadata": {},
        }
        recharge = pingpp.Recharge.create(**params)
        self.assertEqual(recharge.object, "recharge")
        self.assertIs(recharge.succeeded, False)
        self.assertEqual(balance(user), 0, "credited only when the charge is paid")
        status, _ = mock_control("charges/%s/succeed" % recharge.charge.id)
        self.assertEqual(status, 200)
        again = pingpp.Recharge.retrieve(recharge.id)
        self.assertIs(again.succeeded, True)
        self.assertEqual(balance(user), 200, "amount + balance_bonus")
        listed = pingpp.Recharge.list(page=1, per_page=10)
        self.assertIn(recharge.id, [r.id for r in listed.data])
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Recharge.create(**params)
        self.assertEqual(ctx.exception.param, "charge.order_no")

        refund = pingpp.Recharge.refund(recharge.id, description="Your description", metadata={})
        self.assertEqual(refund.amount, 100)
        self.assertEqual(balance(user), 0, "the refund takes back the bonus too")
        self.assertEqual(pingpp.Recharge.retrieve_refund(recharge.id, refund.id).id, refund.id)
        self.assertEqual([r.id for r in pingpp.Recharge.list_refunds(recharge.id).data], [refund.id])
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Recharge.refund(recharge.id, description="again")
        self.assertEqual(ctx.exception.param, "recharge_id")

    def test_balance_bonus_transfer_and_transactions(self):
        user, recipient = new_user("user_test_01"), new_user("user_test_02")
        given = bonus(user, 100)
        self.assertEqual(given.object, "balance_bonus")
        self.assertEqual(pingpp.BalanceBonus.retrieve(given.id).amount, 100)
        self.assertIn(given.id, [b.id for b in pingpp.BalanceBonus.list().data])

        params = {
            "amount": 100,
            "user": user,
            "recipient": recipient,
            "order_no": digits(8),
            "description": "Your description",
            "metadata": {},
        }
        transfer = pingpp.BalanceTransfer.create(**params)
        self.assertEqual((balance(user), balance(recipient)), (0, 100))
        self.assertEqual(pingpp.BalanceTransfer.retrieve(transfer.id).recipient, recipient)
        self.assertIn(transfer.id, [t.id for t in pingpp.BalanceTransfer.list().data])
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BalanceTransfer.create(**params)
        self.assertEqual(ctx.exception.param, "order_no")
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BalanceTransfer.create(**dict(params, order_no=digits(8), amount=1))
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "amount"))

        tx = pingpp.BalanceTransaction.retrieve(app=APP_ID, id=transfer.recipient_balance_transaction)
        self.assertEqual((tx.amount, tx.available_balance, tx.user), (100, 100, recipient))
        listed = pingpp.BalanceTransaction.list(app=APP_ID)
        self.assertIn(tx.id, [t.id for t in listed.data])

    def test_balance_settlement_of_a_paid_order(self):
        user = new_user("biz_user")
        order = pingpp.Order.create(
            app=APP_ID,
            uid=user,
            merchant_order_no=digits(12),
            amount=1000,
            currency="cny",
            client_ip="127.0.0.1",
            subject="Your subject",
            body="Your body",
            balance_settlement={"user": user, "user_fee": 100},
        )
        pingpp.Order.pay(order.id, channel="balance", charge_amount=1000)
        self.assertEqual(balance(user), 900)
        objs = pingpp.BalanceSettlement.list(page=1, per_page=10)
        mine = [s for s in objs.data if s.user == user]
        self.assertEqual(len(mine), 1)
        obj = pingpp.BalanceSettlement.retrieve(mine[0].id)
        self.assertEqual((obj.amount, obj.user_fee, obj.status), (900, 100, "succeeded"))

    def test_withdrawal_create_list_retrieve_cancel_confirm(self):
        user = new_user("user_001")
        bonus(user, 250)
        withdrawal = pingpp.Withdrawal.create(**withdrawal_params(user))
        self.assertEqual(balance(user), 150)
        self.assertIn(withdrawal.id, [w.id for w in pingpp.Withdrawal.list(user=user, per_page=3).data])
        self.assertEqual(pingpp.Withdrawal.retrieve(withdrawal.id).status, "created")
        canceled = pingpp.Withdrawal.cancel(withdrawal.id)
        self.assertEqual(canceled.status, "canceled")
        self.assertEqual(balance(user), 250)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Withdrawal.confirm(withdrawal.id)
        self.assertEqual(ctx.exception.param, "status")

        other = pingpp.Withdrawal.create(**withdrawal_params(user))
        self.assertEqual(pingpp.Withdrawal.confirm(other.id).status, "pending")
        status, done = mock_control("withdrawals/%s/succeed" % other.id)
        self.assertEqual((status, done["status"]), (200, "succeeded"))
        self.assertEqual(balance(user), 150)

    def test_batch_withdrawal_create_retrieve_list(self):
        user = new_user("user_001")
        bonus(user, 200)
        ids = [pingpp.Withdrawal.create(**withdrawal_params(user)).id for _ in range(2)]
        batch = pingpp.BatchWithdrawal.create(app=APP_ID, withdrawals=ids)
        self.assertEqual((batch.object, batch.status, batch.amount), ("batch_withdrawal", "pending", 200))
        self.assertEqual(pingpp.BatchWithdrawal.retrieve(batch.id, app=APP_ID).count, 2)
        listed = pingpp.BatchWithdrawal.list(app=APP_ID, page=1, per_page=10)
        self.assertIn(batch.id, [b.id for b in listed.data])
        mock_control("withdrawals/%s/succeed" % ids[0])
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BatchWithdrawal.create(app=APP_ID, withdrawals=[ids[1], ids[0]], status="canceled")
        self.assertEqual(ctx.exception.param, "withdrawals[1]")
        self.assertEqual(pingpp.Withdrawal.retrieve(ids[1]).status, "pending", "all or nothing")
        self.assertEqual(balance(user), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
