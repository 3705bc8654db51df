"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`:
a sub-app's transfer channels (SubApp.create_transfer_channel,
retrieve_transfer_channel, update_transfer_channel, delete_transfer_channel),
with the parameters of example/sub_app/sub_app_channel.py (the SDK's channel
example; the transfer channels are called the same way). The SDK has no
contact (only the Java SDK's Contact.create sends POST .../sub_apps/contact),
and the Node SDK 2.1.6 has neither.

Run by scripts/test-official.sh after test_pingpp_python.py, with the same
environment (PINGXX_API_BASE, PINGXX_MERCHANT_KEY).
"""

import unittest

import pingpp

from test_pingpp_python import APP_ID, create_transfer, unique, use_emulator

PUBLIC_KEY = (
    "-----BEGIN PUBLIC KEY-----\nMIGeMA0GCSqGSIb3DQEBAQUAA4GMADCBiAKBgFYBbIo698oeToWRvAcqTw4TEZKa\n"
    "wKPIJrZ4pbZPooSriP6aqXIqRnM3734/gcJso24IZheM+sgz0An8+wN4bQ2Y/qO8\n"
    "SOh3HNDPzYuhR+CRajIOkGWUjxmqmi14zcLgWgURrgmdBIccM5BnRSFWdUWZTzez\ngl75CdmtXHmst7LNAgMBAAE=\n-----END PUBLIC KEY-----"
)


def channel_params(account, pid, security_key):
    """`params` of the example (its private key left out: the emulator keeps what it is given)."""
    return {
        "alipay_account": account,
        "alipay_app_id": "2016666666666666",
        "alipay_app_public_key": PUBLIC_KEY,
        "alipay_app_public_key_rsa2": None,
        "alipay_mer_app_private_key_rsa2": None,
        "alipay_pid": pid,
        "alipay_refund_nopwd": False,
        "alipay_security_key": security_key,
        "alipay_sign_type": "rsa",
        "alipay_version": 1,
        "fee_rate": 80,
    }


def create_sub_app():
    """pingpp.SubApp.create as example/sub_app/sub_app.py calls it."""
    return pingpp.SubApp.create(
        app=APP_ID,
        display_name="sub_app_display_name",
        user=unique("pysub"),
        metadata={"key": "value"},
        description="Your description",
    )


class OfficialPythonSdkSubAppTransferChannels(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def test_transfer_channel_create_retrieve_update_delete(self):
        sub = create_sub_app()
        created = pingpp.SubApp.create_transfer_channel(
            sub.id,
            app=APP_ID,
            banned_msg=None,
            channel="alipay",
            description="Your description",
            params=channel_params("example@example.com", "2088111111111111", "a5srakrbci3nf1pracb52xcs9xlhu8gu"),
        )
        self.assertEqual((created.object, created.channel, created.banned), ("transfer_channel", "alipay", False))
        self.assertEqual(created.params.alipay_pid, "2088111111111111")

        got = pingpp.SubApp.retrieve_transfer_channel(sub.id, "alipay", app=APP_ID)
        self.assertEqual((got.channel, got.description), ("alipay", "Your description"))

        updated = pingpp.SubApp.update_transfer_channel(
            sub.id,
            "alipay",
            app=APP_ID,
            description="Your Channel description",
            params=channel_params("example2@example.com", "2088111111111112", "a5srakrbci3nf1pracb52xcs9xlhu8ga"),
            banned=False,
        )
        self.assertEqual(updated.description, "Your Channel description")
        self.assertEqual(updated.params.alipay_account, "example2@example.com")
        self.assertEqual(
            pingpp.SubApp.retrieve_transfer_channel(sub.id, "alipay", app=APP_ID).params.alipay_pid,
            "2088111111111112",
        )

        deleted = pingpp.SubApp.delete_transfer_channel(sub.id, "alipay", app=APP_ID)
        self.assertEqual((deleted.id, deleted.deleted), ("alipay", True))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.retrieve_transfer_channel(sub.id, "alipay", app=APP_ID)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "channel"))

    def test_refusals_in_the_apis_error_shape(self):
        sub = create_sub_app()
        params = channel_params("example@example.com", "2088111111111111", "a5srakrbci3nf1pracb52xcs9xlhu8gu")
        pingpp.SubApp.create_transfer_channel(
            sub.id, app=APP_ID, channel="alipay", params=params, banned=True, banned_msg="停用"
        )
        # One per (sub-app, channel).
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.create_transfer_channel(sub.id, app=APP_ID, channel="alipay", params=params)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "channel"))
        # The sub-app's transfers over its banned channel are refused; unbanned they go.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_transfer("alipay", app=dict(id=sub.id))
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "channel"))
        self.assertIn("停用", str(ctx.exception))
        pingpp.SubApp.update_transfer_channel(sub.id, "alipay", app=APP_ID, banned=False)
        self.assertEqual(create_transfer("alipay", app=dict(id=sub.id)).status, "pending")
        # Validation in the emulator: a payment-only channel, a ban without a reason.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.create_transfer_channel(sub.id, app=APP_ID, channel="wx", params={})
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "channel"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.update_transfer_channel(sub.id, "alipay", app=APP_ID, banned=True)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "banned_msg"))
        # A missing one, and a sub-app that does not exist.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.update_transfer_channel(sub.id, "unionpay", app=APP_ID, description="d")
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "channel"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.SubApp.delete_transfer_channel("app_DoesNotExist00", "alipay", app=APP_ID)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (404, "sub_app_id"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
