"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`:
coupon templates (CouponTemplate.create, list, retrieve, update, create_coupons,
list_coupons, delete) and a user's coupons (Coupon.create, retrieve, list,
update, delete) with the parameters of example/coupon/coupon_template.py and
example/coupon/coupon.py, and an Order.create that uses a coupon.

The examples call `create_coupons(coupon_tmpl=...)`, `retrieve_coupons` and
`Coupon.retrieve(id, user=...)`, which 2.7.2 does not accept (its methods are
`create_coupons(id)`, `list_coupons(id)` and `Coupon.retrieve(user, id)`); the
calls below use the SDK's own signatures with the examples' parameters.

Run by scripts/test-official.sh after test_pingpp_python.py, with the same
environment (PINGXX_API_BASE, PINGXX_MERCHANT_KEY).
"""

import unittest

import pingpp

from test_pingpp_python import APP_ID, mock_control, unique, use_emulator

# example/coupon/coupon_template.py, with a window that is open now.
TEMPLATE = {
    "name": "25OFF",
    "type": 2,
    "percent_off": 25,
    "amount_available": 10000,
    "max_circulation": 1000,
    "metadata": {},
    "expiration": None,
    "refundable": True,
}


def order(uid, amount, coupon):
    return pingpp.Order.create(
        app=APP_ID,
        uid=uid,
        merchant_order_no=unique("pycp"),
        amount=amount,
        currency="cny",
        client_ip="127.0.0.1",
        subject="普洱茶",
        body="One cake of Pu'er tea",
        coupon=coupon,
    )


class OfficialPythonSdkCoupons(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def user(self):
        user = unique("pycpu")
        pingpp.User.create(app=APP_ID, id=user)
        return user

    def test_coupon_template_create_list_retrieve_update_issue_delete(self):
        u1, u2 = self.user(), self.user()
        tpl = pingpp.CouponTemplate.create(app=APP_ID, **TEMPLATE)
        self.assertEqual((tpl.object, tpl.type, tpl.percent_off, tpl.times_circulated), ("coupon_template", 2, 25, 0))
        self.assertEqual(len(tpl.id), 24)
        self.assertIn(tpl.id, [t.id for t in pingpp.CouponTemplate.list().data])
        self.assertEqual(pingpp.CouponTemplate.retrieve(tpl.id).max_circulation, 1000)
        updated = pingpp.CouponTemplate.update(tpl.id, metadata={"key": "value"})
        self.assertEqual(updated.metadata.key, "value")

        issued = pingpp.CouponTemplate.create_coupons(tpl.id, app=APP_ID, users=[u1, u2])
        self.assertEqual(issued.object, "list")
        self.assertEqual([c.user for c in issued.data], [u1, u2])
        self.assertEqual([c.status for c in issued.data], ["available", "available"])
        listed = pingpp.CouponTemplate.list_coupons(tpl.id, page=1)
        self.assertEqual(sorted(c.id for c in listed.data), sorted(c.id for c in issued.data))
        self.assertEqual(pingpp.CouponTemplate.retrieve(tpl.id).times_circulated, 2)

        # A missing user refuses the batch in the API's error shape.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.CouponTemplate.create_coupons(tpl.id, app=APP_ID, users=[u1, "py_nobody"])
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "users[1]"))

        deleted = pingpp.CouponTemplate.delete(tpl.id)
        self.assertEqual((deleted.id, deleted.deleted), (tpl.id, True))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.CouponTemplate.retrieve(tpl.id)
        self.assertEqual(ctx.exception.http_status, 404)

    def test_coupon_create_retrieve_list_update_delete_and_an_order(self):
        user = self.user()
        tpl = pingpp.CouponTemplate.create(app=APP_ID, **dict(TEMPLATE, max_circulation=2))
        # example/coupon/coupon.py
        params = {"coupon_template": tpl.id, "metadata": {"key": "value"}}
        coupon = pingpp.Coupon.create(user=user, **params)
        self.assertEqual((coupon.object, coupon.user, coupon.status), ("coupon", user, "available"))
        self.assertEqual(coupon.coupon_template.id, tpl.id)
        again = pingpp.Coupon.retrieve(user, coupon.id)
        self.assertEqual((again.id, again.metadata.key), (coupon.id, "value"))
        self.assertIn(coupon.id, [c.id for c in pingpp.Coupon.list(user=user).data])
        changed = pingpp.Coupon.update(user=user, id=coupon.id, metadata={"key": "value2"})
        self.assertEqual(changed.metadata.key, "value2")

        # 25 % off 10000: 7500 to pay; the coupon is used and cannot be used again.
        o = order(user, 10000, coupon.id)
        self.assertEqual((o.amount, o.coupon_amount, o.actual_amount, o.coupon), (10000, 2500, 7500, coupon.id))
        self.assertEqual(pingpp.Coupon.retrieve(user, coupon.id).status, "used")
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            order(user, 10000, coupon.id)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "coupon"))
        # Canceling the order gives it back.
        pingpp.Order.cancel(o.id)
        self.assertEqual(pingpp.Coupon.retrieve(user, coupon.id).status, "available")

        # Below amount_available, and once expired: refused naming coupon.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            order(user, 9999, coupon.id)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "coupon"))
        status, expired = mock_control("coupons/%s/expire" % coupon.id)
        self.assertEqual((status, expired["status"]), (200, "expired"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            order(user, 10000, coupon.id)
        self.assertEqual(ctx.exception.param, "coupon")

        # max_circulation 2: the third coupon is refused naming the template.
        pingpp.Coupon.create(user=user, coupon_template=tpl.id)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Coupon.create(user=user, coupon_template=tpl.id)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "coupon_template"))

        deleted = pingpp.Coupon.delete(user, coupon.id)
        self.assertEqual((deleted.id, deleted.deleted), (coupon.id, True))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Coupon.retrieve(user, coupon.id)
        self.assertEqual(ctx.exception.http_status, 404)

    def test_limits_are_sdk_errors(self):
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.CouponTemplate.create(app=APP_ID, **dict(TEMPLATE, percent_off=101))
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "percent_off"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.CouponTemplate.create(app=APP_ID, name="cash", type=1)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "amount_off"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
