"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`.

Run by scripts/test-official.sh, which starts the emulator with the example
merchant public key and sets PINGXX_API_BASE and PINGXX_MERCHANT_KEY. Every
request below is signed by the SDK itself and verified by the emulator.
"""

import json
import os
import time
import unittest
import urllib.request

import pingpp

API_BASE = os.environ["PINGXX_API_BASE"]
MERCHANT_KEY = os.environ["PINGXX_MERCHANT_KEY"]
OTHER_KEY = os.environ["PINGXX_OTHER_KEY"]
APP_ID = "app_1Gqj58ynP0mHeX1q"
SCAN_EXTRA = {"scan_code": "134567890123456789", "terminal_id": "T0000001"}


def unique(prefix):
    return "%s%d%04d" % (prefix, int(time.time() * 1000), os.getpid() % 10000)


class OfficialPythonSdk(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        req = urllib.request.Request(API_BASE + "/_mock/reset", data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status == 200, r.status
        pingpp.api_base = API_BASE
        pingpp.api_key = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC"
        pingpp.private_key_path = MERCHANT_KEY
        pingpp.private_key = None
        pingpp.app_id = APP_ID

    def setUp(self):
        with open(MERCHANT_KEY) as f:
            pingpp.private_key = f.read()

    def create_charge(self, order_no, amount=1200, subject="测试 Subject"):
        return pingpp.Charge.create(
            order_no=order_no,
            app=dict(id=APP_ID),
            channel="isv_scan",
            amount=amount,
            client_ip="127.0.0.1",
            currency="cny",
            subject=subject,
            body="One box of oolong tea",
            extra=SCAN_EXTRA,
        )

    def test_charge_create_retrieve_list(self):
        order_no = unique("py")
        ch = self.create_charge(order_no)
        self.assertTrue(ch.id.startswith("ch_") and len(ch.id) == 27, ch.id)
        self.assertEqual(ch.object, "charge")
        self.assertEqual(ch.amount, 1200)
        self.assertEqual(ch.order_no, order_no)
        self.assertEqual(ch.subject, "测试 Subject")  # sent as \\u escapes by the SDK
        self.assertIs(ch.paid, True)
        self.assertIs(ch.livemode, False)
        self.assertEqual(ch.app, APP_ID)

        again = pingpp.Charge.retrieve(ch.id)
        self.assertEqual(again.id, ch.id)
        self.assertEqual(again.order_no, order_no)
        self.assertEqual(again.amount, 1200)

        second = self.create_charge(unique("py"), amount=500)
        page = pingpp.Charge.list(app=dict(id=APP_ID), limit=3)
        self.assertEqual(page.object, "list")
        ids = [c.id for c in page.data]
        self.assertIn(ch.id, ids)
        self.assertIn(second.id, ids)
        self.assertLessEqual(len(ids), 3)
        one = pingpp.Charge.list(app=dict(id=APP_ID), limit=1)
        self.assertEqual(len(one.data), 1)
        self.assertIs(one.has_more, True)

    def test_order_create_retrieve_list_pay(self):
        merchant_order_no = unique("pyorder")
        order = pingpp.Order.create(
            app=APP_ID,
            uid="py_user_1",
            merchant_order_no=merchant_order_no,
            amount=1000,
            currency="cny",
            client_ip="127.0.0.1",
            subject="普洱茶",
            body="One cake of Pu'er tea",
        )
        self.assertEqual(len(order.id), 19)
        self.assertTrue(order.id.isdigit(), order.id)
        self.assertEqual(order.object, "order")
        self.assertEqual(order.status, "created")
        self.assertIs(order.paid, False)
        self.assertEqual(order.amount, 1000)
        self.assertEqual(order.merchant_order_no, merchant_order_no)

        again = pingpp.Order.retrieve(order.id)
        self.assertEqual(again.id, order.id)
        self.assertEqual(again.subject, "普洱茶")

        page = pingpp.Order.list(app=APP_ID, page=1, per_page=10)
        self.assertEqual(page.object, "list")
        self.assertIn(order.id, [o.id for o in page.data])

        paid = pingpp.Order.pay(order.id, channel="isv_scan", charge_amount=1000, extra=SCAN_EXTRA)
        self.assertEqual(paid.status, "paid")
        self.assertIs(paid.paid, True)

    def test_errors_come_back_as_sdk_exceptions(self):
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Charge.retrieve("ch_DoesNotExist000000000000")
        self.assertEqual(ctx.exception.http_status, 404)

        order_no = unique("pydup")
        self.create_charge(order_no)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            self.create_charge(order_no)
        self.assertEqual(ctx.exception.http_status, 400)

    def test_a_request_signed_with_another_key_is_refused(self):
        with open(OTHER_KEY) as f:
            pingpp.private_key = f.read()
        with self.assertRaises(pingpp.error.PingppError) as ctx:
            pingpp.Charge.retrieve("ch_DoesNotExist000000000000")
        self.assertIn(ctx.exception.http_status, (400, 401))


if __name__ == "__main__":
    unittest.main(verbosity=2)
