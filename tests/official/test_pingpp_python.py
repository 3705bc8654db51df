"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`.

Run by scripts/test-official.sh, which starts the emulator with the example
merchant public key and sets PINGXX_API_BASE and PINGXX_MERCHANT_KEY. Every
request below is signed by the SDK itself and verified by the emulator.
"""

import json
import os
import random
import string
import time
import unittest
import urllib.request

import pingpp

API_BASE = os.environ["PINGXX_API_BASE"]
MERCHANT_KEY = os.environ["PINGXX_MERCHANT_KEY"]
OTHER_KEY = os.environ["PINGXX_OTHER_KEY"]
APP_ID = "app_1Gqj58ynP0mHeX1q"
API_KEY = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC"
SCAN_EXTRA = {"scan_code": "134567890123456789", "terminal_id": "T0000001"}


def unique(prefix):
    return "%s%d%04d" % (prefix, int(time.time() * 1000), os.getpid() % 10000)


def str_random(length=20, chars=string.ascii_letters + string.digits):
    """The order and batch numbers of the SDK's examples (example/transfer/*.py)."""
    return "".join(random.choice(chars) for _ in range(length))


def use_emulator():
    """Sets the SDK's globals for the emulator, signing with the merchant key.

    The other test_pingpp_python_*.py files call it before each test (a test
    may change the globals).
    """
    pingpp.api_base = API_BASE
    pingpp.api_key = API_KEY
    pingpp.app_id = APP_ID
    with open(MERCHANT_KEY) as f:
        pingpp.private_key = f.read()


def mock_control(path):
    """POST to an emulator control route (/_mock/...): plain HTTP, no SDK."""
    req = urllib.request.Request(API_BASE + "/_mock/" + path, data=b"", method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, json.loads(r.read() or b"null")


# pingpp.Transfer.create as example/transfer/create_<channel>.py calls it.
TRANSFER_EXAMPLES = {
    "alipay": lambda: dict(
        order_no=str_random(20),
        recipient="user001@gmail.com",
        extra=dict(recipient_name="张三"),
        description="description",
    ),
    "unionpay": lambda: dict(
        order_no=str_random(16, string.digits),
        extra=dict(card_number="6214888888888888", user_name="张三", open_bank_code="0103"),
        description="description",
    ),
    "wx_pub": lambda: dict(
        order_no=str_random(20),
        recipient="o9zp9jIaL6yMynQY9NxcZ",
        description="Your description",
        extra=dict(user_name="张三", force_check=False),
    ),
    "allinpay": lambda: dict(
        order_no="321101234554" + str_random(20, string.digits),
        extra=dict(card_number="6214888888888888", user_name="张三", open_bank_code="0103"),
        description="description",
    ),
    "jdpay": lambda: dict(
        order_no=str_random(20),
        extra=dict(card_number="6214888888888888", user_name="张三", open_bank_code="0103"),
        description="description",
    ),
    "balance": lambda: dict(
        order_no="".join(random.sample(string.digits, 8)),
        recipient="o9zpMs9jIaLynQY9N6yxcZ",
        description="Your description",
        extra=dict(),
    ),
}


def create_transfer(channel, **overrides):
    params = dict(channel=channel, amount=100, currency="cny", app=dict(id=APP_ID), type="b2c")
    params.update(TRANSFER_EXAMPLES[channel]())
    params.update(overrides)
    return pingpp.Transfer.create(**params)


def create_red_envelope(**overrides):
    """pingpp.RedEnvelope.create as example/red_envelope.py calls it."""
    params = dict(
        order_no=str_random(16, string.digits),
        channel="wx_pub",
        amount=100,
        subject="Your Subject",
        body="Your Body",
        currency="cny",
        app=dict(id=APP_ID),
        extra=dict(send_name="Send Name"),
        recipient="Openid",
        description="Your Description",
    )
    params.update(overrides)
    return pingpp.RedEnvelope.create(**params)


def create_unpaid_charge(amount=1000):
    """An alipay charge (example/charge/create_alipay.py): unpaid until the emulator settles it."""
    return pingpp.Charge.create(
        order_no=str_random(20),
        app=dict(id=APP_ID),
        channel="alipay",
        amount=amount,
        client_ip="127.0.0.1",
        currency="cny",
        subject="Your Subject",
        body="Your Body",
    )


def create_customs(charge, channel="alipay", **overrides):
    """pingpp.Customs.create as example/customs.py calls it."""
    params = dict(
        app=APP_ID,
        charge=charge,
        channel=channel,
        amount=100,
        customs_code="GUANGZHOU",
        trade_no="".join(random.sample(string.ascii_letters + string.digits, 8)),
    )
    params.update(overrides)
    return pingpp.Customs.create(**params)


class OfficialPythonSdk(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        req = urllib.request.Request(API_BASE + "/_mock/reset", data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status == 200, r.status
        pingpp.api_base = API_BASE
        pingpp.api_key = API_KEY
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

    # Transfers, batch transfers and red envelopes: pingpp 2.7.2 has create,
    # retrieve and list for each (no Transfer.cancel/reverse, no
    # BatchTransfer.cancel: those are in the Node SDK or in neither).

    def test_transfer_create_retrieve_list_by_channel(self):
        created = {}
        for channel in TRANSFER_EXAMPLES:
            tr = create_transfer(channel)
            self.assertTrue(tr.id.startswith("tr_") and len(tr.id) == 27, tr.id)
            self.assertEqual(tr.object, "transfer")
            self.assertEqual(tr.channel, channel)
            self.assertEqual(tr.status, "pending")
            self.assertEqual(tr.amount, 100)
            self.assertEqual(tr.currency, "cny")
            self.assertEqual(tr.type, "b2c")
            self.assertEqual(tr.app, APP_ID)
            self.assertIs(tr.livemode, False)
            created[channel] = tr
        alipay = created["alipay"]
        self.assertEqual(alipay.recipient, "user001@gmail.com")
        self.assertEqual(alipay.extra.recipient_name, "张三")
        self.assertEqual(created["unionpay"].extra.open_bank_code, "0103")

        again = pingpp.Transfer.retrieve(alipay.id)
        self.assertEqual(again.id, alipay.id)
        self.assertEqual(again.order_no, alipay.order_no)
        self.assertEqual(again.description, "description")

        page = pingpp.Transfer.list(app={"id": APP_ID}, limit=3)  # example/transfer/list.py
        self.assertEqual(page.object, "list")
        newest_first = [created[c].id for c in ("balance", "jdpay", "allinpay")]
        self.assertEqual([t.id for t in page.data], newest_first)
        self.assertEqual(len(page.data), 3)
        self.assertIs(page.has_more, True)
        ids = [t.id for t in pingpp.Transfer.list(app={"id": APP_ID}, limit=100).data]
        for tr in created.values():
            self.assertIn(tr.id, ids)

    def test_transfer_status_follows_the_mock_controls(self):
        paid = create_transfer("alipay")
        failed = create_transfer("unionpay")
        self.assertEqual(mock_control("transfers/%s/succeed" % paid.id)[0], 200)
        self.assertEqual(mock_control("transfers/%s/fail" % failed.id)[0], 200)

        paid = pingpp.Transfer.retrieve(paid.id)
        self.assertEqual(paid.status, "paid")
        failed = pingpp.Transfer.retrieve(failed.id)
        self.assertEqual(failed.status, "failed")
        self.assertTrue(failed.failure_msg)

    def test_transfer_limits_come_back_as_sdk_exceptions(self):
        tr = create_transfer("alipay")
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_transfer("alipay", order_no=tr.order_no)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "order_no")

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_transfer("alipay", amount=99)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "amount")

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Transfer.retrieve("tr_DoesNotExist000000000000")
        self.assertEqual(ctx.exception.http_status, 404)

    def test_batch_transfer_create_retrieve_list_and_finish(self):
        # example/batch_transfer/create_alipay.py
        batch_no = str_random(20)
        bt = pingpp.BatchTransfer.create(
            recipients=[
                {"account": "account01@alipay.com", "amount": 5000, "name": "李四"},
                {"account": "account02@alipay.com", "amount": 3000, "name": "张三"},
            ],
            type="b2c",
            channel="alipay",
            amount=8000,
            app=APP_ID,
            batch_no=batch_no,
            description="Batch transfer description.",
        )
        self.assertEqual(len(bt.id), 19)
        self.assertTrue(bt.id.isdigit(), bt.id)
        self.assertEqual(bt.object, "batch_transfer")
        self.assertEqual(bt.status, "pending")
        self.assertEqual(bt.batch_no, batch_no)
        self.assertEqual(bt.amount, 8000)
        self.assertEqual(bt.channel, "alipay")
        self.assertEqual(bt.app, APP_ID)
        self.assertEqual([r.account for r in bt.recipients], ["account01@alipay.com", "account02@alipay.com"])
        self.assertEqual([r.amount for r in bt.recipients], [5000, 3000])
        for r in bt.recipients:
            self.assertEqual(r.status, "pending")
            self.assertTrue(r.transfer.startswith("tr_"), r.transfer)
            tr = pingpp.Transfer.retrieve(r.transfer)
            self.assertEqual(tr.status, "pending")
            self.assertEqual(tr.amount, r.amount)
            self.assertEqual(tr.channel, "alipay")
            self.assertEqual(tr.batch_no, batch_no)

        again = pingpp.BatchTransfer.retrieve(bt.id)
        self.assertEqual(again.id, bt.id)
        self.assertEqual(again.batch_no, batch_no)
        self.assertEqual(len(again.recipients), 2)

        page = pingpp.BatchTransfer.list(per_page=3, app=APP_ID)  # example/batch_transfer/list.py
        self.assertEqual(page.object, "list")
        self.assertIn(bt.id, [b.id for b in page.data])
        self.assertLessEqual(len(page.data), 3)

        first, second = (r.transfer for r in bt.recipients)
        self.assertEqual(mock_control("transfers/%s/succeed" % first)[0], 200)
        self.assertEqual(pingpp.BatchTransfer.retrieve(bt.id).status, "pending")
        self.assertEqual(mock_control("transfers/%s/fail" % second)[0], 200)
        done = pingpp.BatchTransfer.retrieve(bt.id)
        self.assertEqual(done.status, "succeeded")
        self.assertEqual([r.status for r in done.recipients], ["paid", "failed"])

    def test_batch_transfer_unionpay_and_repeated_batch_no(self):
        # example/batch_transfer/create_unionpay.py
        orders = [str_random(16, string.digits) for _ in range(2)]
        params = dict(
            recipients=[
                {"account": "656565656565656565656565", "amount": 5000, "name": "张三",
                 "open_bank": "招商银行", "open_bank_code": "0308", "order_no": orders[0]},
                {"account": "656565656565656565656565", "amount": 3000, "name": "李四",
                 "open_bank": "招商银行", "open_bank_code": "0308", "order_no": orders[1]},
            ],
            type="b2c",
            channel="unionpay",
            amount=8000,
            app=APP_ID,
            batch_no=str_random(16, string.digits),
            description="Batch transfer description.",
        )
        bt = pingpp.BatchTransfer.create(**params)
        self.assertEqual(bt.status, "pending")
        self.assertEqual([r.order_no for r in bt.recipients], orders)
        for r in bt.recipients:
            self.assertEqual(pingpp.Transfer.retrieve(r.transfer).order_no, r.order_no)

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BatchTransfer.create(**params)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "batch_no")

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BatchTransfer.create(**dict(params, batch_no=str_random(16, string.digits), amount=7000))
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "amount")

    def test_red_envelope_create_retrieve_list_receive_refund(self):
        red = create_red_envelope()
        self.assertTrue(red.id.startswith("red_") and len(red.id) == 28, red.id)
        self.assertEqual(red.object, "red_envelope")
        self.assertEqual(red.status, "sent")
        self.assertEqual(red.amount, 100)
        self.assertEqual(red.channel, "wx_pub")
        self.assertEqual(red.recipient, "Openid")
        self.assertEqual(red.subject, "Your Subject")
        self.assertEqual(red.extra.send_name, "Send Name")
        self.assertEqual(red.app, APP_ID)

        again = pingpp.RedEnvelope.retrieve(red.id)
        self.assertEqual(again.id, red.id)
        self.assertEqual(again.order_no, red.order_no)

        other = create_red_envelope(amount=20000)
        page = pingpp.RedEnvelope.list(app={"id": APP_ID}, limit=3)  # example/red_envelope.py
        self.assertEqual(page.object, "list")
        ids = [r.id for r in page.data]
        self.assertIn(red.id, ids)
        self.assertIn(other.id, ids)
        self.assertLessEqual(len(ids), 3)

        self.assertEqual(mock_control("red_envelopes/%s/receive" % red.id)[0], 200)
        self.assertEqual(pingpp.RedEnvelope.retrieve(red.id).status, "received")
        self.assertEqual(mock_control("red_envelopes/%s/refund" % other.id)[0], 200)
        self.assertEqual(pingpp.RedEnvelope.retrieve(other.id).status, "refunded")

    def test_red_envelope_limits_come_back_as_sdk_exceptions(self):
        red = create_red_envelope()
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_red_envelope(order_no=red.order_no)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "order_no")

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_red_envelope(amount=20001)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "amount")

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_red_envelope(order_no="r" + str_random(10, string.digits))
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "order_no")


    # Batch refunds, customs and the account services: pingpp 2.7.2 has
    # BatchRefund.create/retrieve/list, Customs.create/retrieve/list,
    # Identification.create and CardInfo.query; it has nothing for
    # GET /v1/sub_banks.

    def test_batch_refund_create_retrieve_list(self):
        charges = [self.create_charge(unique("pybr"), amount=a) for a in (1000, 800, 600)]
        ids = [c.id for c in charges]
        batch_no = str_random(20)
        br = pingpp.BatchRefund.create(  # example/batch_refund/create.py
            app=APP_ID,
            batch_no=batch_no,
            description="Batch refund description.",
            charges=ids,
        )
        self.assertEqual(len(br.id), 19)
        self.assertTrue(br.id.isdigit(), br.id)
        self.assertEqual(br.object, "batch_refund")
        self.assertEqual(br.status, "succeeded")
        self.assertEqual(br.app, APP_ID)
        self.assertEqual(br.batch_no, batch_no)
        self.assertEqual(br.description, "Batch refund description.")
        self.assertEqual([c.charge for c in br.charges], ids)
        self.assertEqual([c.amount for c in br.charges], [1000, 800, 600])
        refunds = br.refunds.data
        self.assertEqual(len(refunds), 3)
        self.assertEqual(sorted((r.charge, r.amount) for r in refunds), sorted(zip(ids, [1000, 800, 600])))
        for r in refunds:
            self.assertTrue(r.id.startswith("re_"), r.id)
            self.assertEqual(r.status, "succeeded")
        for c in charges:
            after = pingpp.Charge.retrieve(c.id)
            self.assertEqual(after.amount_refunded, c.amount)
            self.assertIs(after.refunded, True)
            self.assertIn(after.refunds.data[0].id, [r.id for r in refunds])

        again = pingpp.BatchRefund.retrieve(br.id)
        self.assertEqual(again.id, br.id)
        self.assertEqual(again.batch_no, batch_no)
        self.assertEqual([c.charge for c in again.charges], ids)

        page = pingpp.BatchRefund.list(per_page=3, app=APP_ID)  # example/batch_refund/list.py
        self.assertEqual(page.object, "list")
        self.assertIn(br.id, [b.id for b in page.data])
        self.assertLessEqual(len(page.data), 3)

    def test_batch_refund_partial_amounts_and_all_or_nothing(self):
        paid = self.create_charge(unique("pybr"), amount=1000)
        br = pingpp.BatchRefund.create(
            app=APP_ID,
            batch_no=str_random(20),
            charges=[{"charge": paid.id, "amount": 300, "description": "Partial refund",
                      "funding_source": "unsettled_funds"}],
        )
        self.assertEqual(br.charges[0].amount, 300)
        self.assertEqual(br.refunds.data[0].amount, 300)
        self.assertEqual(br.refunds.data[0].description, "Partial refund")
        self.assertEqual(pingpp.Charge.retrieve(paid.id).amount_refunded, 300)

        unpaid = create_unpaid_charge()
        self.assertIs(unpaid.paid, False)
        bad_batches = [
            ([paid.id, unpaid.id], "charges[1]"),  # not paid
            (["ch_DoesNotExist000000000000", paid.id], "charges[0]"),  # no such charge
            ([{"charge": paid.id, "amount": 500}, {"charge": paid.id, "amount": 300}], "charges[1]"),  # 700 left
        ]
        for items, param in bad_batches:
            with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
                pingpp.BatchRefund.create(app=APP_ID, batch_no=str_random(20), charges=items)
            self.assertEqual(ctx.exception.http_status, 400)
            self.assertEqual(ctx.exception.param, param)
        # All or nothing: the failed batches refunded none of their charges.
        self.assertEqual(pingpp.Charge.retrieve(paid.id).amount_refunded, 300)
        self.assertEqual(pingpp.Charge.retrieve(unpaid.id).amount_refunded, 0)

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.BatchRefund.create(app=APP_ID, batch_no=br.batch_no, charges=[paid.id])
        self.assertEqual(ctx.exception.param, "batch_no")

        self.assertEqual(mock_control("charges/%s/succeed" % unpaid.id)[0], 200)
        done = pingpp.BatchRefund.create(app=APP_ID, batch_no=str_random(20), charges=[paid.id, unpaid.id])
        self.assertEqual([c.amount for c in done.charges], [700, 1000])
        self.assertEqual(pingpp.Charge.retrieve(paid.id).amount_refunded, 1000)
        self.assertEqual(pingpp.Charge.retrieve(unpaid.id).amount_refunded, 1000)

    def test_customs_create_retrieve_list(self):
        charge = create_unpaid_charge()
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_customs(charge.id)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "charge")
        self.assertEqual(mock_control("charges/%s/succeed" % charge.id)[0], 200)

        customs = create_customs(charge.id)
        self.assertEqual(len(customs.id), 20)
        self.assertTrue(customs.id.isdigit(), customs.id)
        self.assertEqual(customs.object, "customs")
        self.assertEqual(customs.status, "succeeded")
        self.assertEqual(customs.app, APP_ID)
        self.assertEqual(customs.charge, charge.id)
        self.assertEqual(customs.channel, "alipay")
        self.assertEqual(customs.amount, 100)
        self.assertEqual(customs.customs_code, "GUANGZHOU")
        self.assertEqual(len(customs.trade_no), 8)

        again = pingpp.Customs.retrieve(customs.id)
        self.assertEqual(again.id, customs.id)
        self.assertEqual(again.trade_no, customs.trade_no)
        self.assertEqual(again.charge, charge.id)

        other = create_unpaid_charge()
        self.assertEqual(mock_control("charges/%s/succeed" % other.id)[0], 200)
        split = create_customs(
            other.id,
            transport_amount=10,
            is_split=True,
            sub_order_no="sub0001",
            extra=dict(pay_account="1234567890", certif_type="02", customer_name="A Name",
                       certif_id="ID Card No", tax_amount=10),
        )
        self.assertIs(split.is_split, True)
        self.assertEqual(split.sub_order_no, "sub0001")
        self.assertEqual(split.transport_amount, 10)
        self.assertEqual(split.extra.certif_type, "02")
        self.assertEqual(split.extra.tax_amount, 10)

        page = pingpp.Customs.list(app=APP_ID, page=1, per_page=10)
        self.assertEqual(page.object, "list")
        listed = [c.id for c in page.data]
        self.assertIn(customs.id, listed)
        self.assertIn(split.id, listed)

    def test_customs_limits_come_back_as_sdk_exceptions(self):
        charge = self.create_charge(unique("pycu")).id
        for overrides, param in [
            (dict(charge="ch_DoesNotExist000000000000"), "charge"),
            (dict(trade_no="1234567"), "trade_no"),
            (dict(trade_no="1" * 21), "trade_no"),
            (dict(extra=dict(certif_type="08")), "extra.certif_type"),
        ]:
            with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
                create_customs(**dict(dict(charge=charge), **overrides))
            self.assertEqual(ctx.exception.http_status, 400)
            self.assertEqual(ctx.exception.param, param)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Customs.retrieve("14201607013878045463")
        self.assertEqual(ctx.exception.http_status, 404)

    def test_identification(self):
        # example/identification.py
        params = dict(
            app=APP_ID,
            data=dict(id_name="张三", id_number="320291198811110000", card_number="6201111122223333"),
            type="bank_card",
        )
        result = pingpp.Identification.create(**params)
        self.assertEqual(result.result_code, 0)
        self.assertEqual(result.type, "bank_card")
        self.assertEqual(result.app, APP_ID)
        self.assertEqual(result.data.id_name, "张三")
        self.assertEqual(result.data.card_number, "6201111122223333")

        x = pingpp.Identification.create(app=APP_ID, type="id_card",
                                         data=dict(id_name="张三", id_number="32029119881111000X"))
        self.assertEqual(x.result_code, 0)
        self.assertEqual(x.type, "id_card")
        short = pingpp.Identification.create(app=APP_ID, type="id_card",
                                             data=dict(id_name="张三", id_number="3202911988"))
        self.assertNotEqual(short.result_code, 0)
        self.assertTrue(short.message)

        for kind, data, param in [
            ("bank_card", dict(id_name="张三", id_number="320291198811110000"), "data.card_number"),
            ("passport", dict(id_name="张三", id_number="320291198811110000"), "type"),
        ]:
            with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
                pingpp.Identification.create(app=APP_ID, type=kind, data=data)
            self.assertEqual(ctx.exception.http_status, 400)
            self.assertEqual(ctx.exception.param, param)

    def test_card_info_query(self):
        info = pingpp.CardInfo.query(app=APP_ID, bank_account="6214888888888888")  # example/card_info.py
        self.assertEqual(info.app, APP_ID)
        self.assertEqual(info.card_bin, "621488")
        self.assertRegex(info.open_bank_code, r"^\d{4}$")
        self.assertTrue(info.open_bank)
        self.assertIsInstance(info.support_channels, list)
        other = pingpp.CardInfo.query(app=APP_ID, bank_account="6225880012469823")
        self.assertEqual(other.card_bin, "622588")
        self.assertNotEqual(other.open_bank_code, info.open_bank_code)

        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.CardInfo.query(app=APP_ID)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertEqual(ctx.exception.param, "bank_account")

if __name__ == "__main__":
    unittest.main(verbosity=2)
