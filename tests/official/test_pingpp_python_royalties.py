"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`:
royalties (Royalty.retrieve, list, update), royalty settlements (RoyaltySettlement.create,
retrieve, list, confirm, cancel), royalty transactions (RoyaltyTransaction.retrieve, list)
and royalty templates (RoyaltyTemplate.create, retrieve, list, update, delete), with the
parameters of the SDK's examples (example/order/royalt*.py). The SDK has no order royalty
data (Java and PHP only).

Run by scripts/test-official.sh after test_pingpp_python.py, with the same
environment (PINGXX_API_BASE, PINGXX_MERCHANT_KEY).
"""

import unittest

import pingpp

from test_pingpp_python import APP_ID, SCAN_EXTRA, unique, use_emulator

# example/order/royalty_template.py (create and update).
TEMPLATE = {
    "app": APP_ID,
    "name": "Your RoyaltyTemplate Name",
    "rule": {
        "royalty_mode": "rate",
        "refund_mode": "no_refund",
        "allocation_mode": "receipt_reserved",
        "data": [{"level": 1, "value": 20}, {"level": 2, "value": 10}],
    },
}
TEMPLATE_UPDATE = {
    "name": "Your RoyaltyTemplate Name New",
    "rule": {
        "royalty_mode": "fixed",
        "refund_mode": "full_refund",
        "allocation_mode": "service_reserved",
        "data": [{"level": 1, "value": 20}, {"level": 2, "value": 10}],
    },
}


def paid_order(payer, amount, royalty_users):
    """An order of app `payer` carrying royalty users, paid through isv_scan."""
    order = pingpp.Order.create(
        app=payer,
        uid="py_user_1",
        merchant_order_no=unique("pyry"),
        amount=amount,
        client_ip="127.0.0.1",
        currency="cny",
        subject="Your Subject",
        body="Your Body",
        royalty_users=royalty_users,
    )
    return pingpp.Order.pay(order.id, channel="isv_scan", charge_amount=amount, extra=SCAN_EXTRA)


class OfficialPythonSdkRoyalties(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def test_royalty_template_create_retrieve_list_update_delete(self):
        template = pingpp.RoyaltyTemplate.create(**TEMPLATE)
        self.assertEqual((template.object, template.app), ("royalty_template", APP_ID))
        self.assertEqual([d.value for d in template.rule.data], [20, 10])
        self.assertEqual(pingpp.RoyaltyTemplate.retrieve(template.id).name, "Your RoyaltyTemplate Name")
        self.assertIn(template.id, [t.id for t in pingpp.RoyaltyTemplate.list().data])
        updated = pingpp.RoyaltyTemplate.update(template.id, **TEMPLATE_UPDATE)
        self.assertEqual((updated.name, updated.rule.royalty_mode, updated.rule.allocation_mode),
                         ("Your RoyaltyTemplate Name New", "fixed", "service_reserved"))
        self.assertIs(pingpp.RoyaltyTemplate.delete(template.id).deleted, True)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.RoyaltyTemplate.retrieve(template.id)
        self.assertEqual(ctx.exception.http_status, 404)
        # A rate above 10000 (100 %) is refused naming the level's value.
        bad = dict(TEMPLATE, rule=dict(TEMPLATE["rule"], data=[{"level": 1, "value": 10001}]))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.RoyaltyTemplate.create(**bad)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "rule.data[0].value"))

    def test_royalties_settled_confirmed_and_canceled(self):
        payer = "app_PyOfficialRoyal1"
        paid_order(payer, 1000, [{"user": "U201908030002", "amount": 100}, {"user": "U201908030003", "amount": 250}])
        # example/order/royaltie.py: the list, then one royalty.
        page = pingpp.Royalty.list(page=1, per_page=15)
        mine = [r for r in page.data if r.payer_app == payer]
        self.assertEqual(sorted(r.amount for r in mine), [100, 250])
        self.assertEqual({r.status for r in mine}, {"pending"})
        one = pingpp.Royalty.retrieve(mine[0].id)
        self.assertEqual((one.object, one.source_app), ("royalty", payer))
        # example/order/royaltie.py: the batch update, marking settled by hand, then back.
        marked = pingpp.Royalty.update(ids=[mine[0].id], method="manual", description="Your description")
        self.assertEqual((marked.data[0].status, marked.data[0].method), ("settled", "manual"))
        back = pingpp.Royalty.update(ids=[mine[0].id], method=None, description="Your description")
        self.assertEqual(back.data[0].status, "pending")

        # example/order/royalty_settlement.py: the preview of a 2017 window settles nothing.
        preview = pingpp.RoyaltySettlement.create(
            payer_app=APP_ID, method="unionpay", recipient_app=APP_ID,
            created={"gt": 1488211200, "lte": 1488297600}, is_preview=True)
        self.assertEqual((preview.amount, preview.count), (0, 0))
        settlement = pingpp.RoyaltySettlement.create(payer_app=payer, method="unionpay", recipient_app=payer)
        self.assertEqual((settlement.status, settlement.amount, settlement.count), ("created", 350, 2))
        txs = settlement.royalty_transactions.data
        self.assertEqual(sum(t.amount for t in txs), 350)
        listed = pingpp.RoyaltySettlement.list(page=1, per_page=10, payer_app=payer)
        self.assertEqual([s.id for s in listed.data], [settlement.id])
        self.assertEqual(pingpp.RoyaltySettlement.retrieve(id=settlement.id).amount, 350)
        confirmed = pingpp.RoyaltySettlement.confirm(id=settlement.id)
        self.assertEqual((confirmed.status, confirmed.amount_succeeded), ("succeeded", 350))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.RoyaltySettlement.cancel(id=settlement.id)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "status"))

        # example/order/royalty_transaction.py.
        page = pingpp.RoyaltyTransaction.list(page=1, per_page=15)
        self.assertTrue({t.id for t in txs} <= {t.id for t in page.data})
        tx = pingpp.RoyaltyTransaction.retrieve(id=txs[0].id)
        self.assertEqual((tx.royalty_settlement, tx.status), (settlement.id, "succeeded"))

        # A second settlement, canceled: its royalties are pending again.
        paid_order(payer, 500, [{"user": "U201908030002", "amount": 40}])
        second = pingpp.RoyaltySettlement.create(payer_app=payer, method="balance")
        self.assertEqual(second.amount, 40)
        canceled = pingpp.RoyaltySettlement.cancel(id=second.id)
        self.assertEqual((canceled.status, canceled.amount_canceled), ("canceled", 40))
        pending = [r for r in pingpp.Royalty.list(per_page=100, payer_app=payer).data if r.status == "pending"]
        self.assertEqual([(r.amount, r.royalty_settlement) for r in pending], [(40, None)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
