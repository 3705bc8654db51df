"""The official Ping++ Python SDK (pingpp 2.7.2, unchanged) against `pingxx mock`:
agreements (Agreement.create, retrieve, list, cancel, modify). The SDK has no
agreement notify, no trade detail and no custody photo upload.

Run by scripts/test-official.sh after test_pingpp_python.py, with the same
environment (PINGXX_API_BASE, PINGXX_MERCHANT_KEY).
"""

import unittest

import pingpp

from test_pingpp_python import APP_ID, mock_control, unique, use_emulator


def create_agreement(contract_no):
    """pingpp.Agreement.create as example/agreement.py calls it."""
    return pingpp.Agreement.create(
        app=APP_ID,
        contract_no=contract_no,
        channel="qpay",
        extra={"display_account": "测试商户名称"},
        metadata={},
    )


class OfficialPythonSdkAgreements(unittest.TestCase):
    def setUp(self):
        use_emulator()

    def test_agreement_create_retrieve_list_sign_cancel(self):
        contract_no = unique("pyagr")
        agr = create_agreement(contract_no)
        self.assertTrue(agr.id.startswith("agr_"), agr.id)
        self.assertEqual(agr.object, "agreement")
        self.assertEqual(agr.status, "created")
        self.assertEqual(agr.contract_no, contract_no)
        self.assertEqual(agr.app, APP_ID)
        self.assertEqual(agr.extra.display_account, "测试商户名称")

        again = pingpp.Agreement.retrieve(agr.id)
        self.assertEqual((again.id, again.channel), (agr.id, "qpay"))
        page = pingpp.Agreement.list(app=APP_ID, per_page=10)
        self.assertEqual(page.object, "list")
        self.assertIn(agr.id, [a.id for a in page.data])
        created = pingpp.Agreement.list(app=APP_ID, status="created", per_page=10)
        self.assertIn(agr.id, [a.id for a in created.data])

        # Not signed yet: the termination is refused in the API's error shape.
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Agreement.cancel(agr.id)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "agreement_id"))

        status, signed = mock_control("agreements/%s/sign" % agr.id)
        self.assertEqual((status, signed["status"]), (200, "succeeded"))
        canceled = pingpp.Agreement.cancel(agr.id)
        self.assertEqual(canceled.status, "canceled")
        self.assertIsInstance(canceled.time_canceled, int)
        self.assertIsInstance(canceled.time_succeeded, int)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Agreement.cancel(agr.id)
        self.assertEqual(ctx.exception.http_status, 400)
        self.assertIn("canceled", str(ctx.exception))
        self.assertNotIn(agr.id, [a.id for a in pingpp.Agreement.list(app=APP_ID, status="succeeded").data])

    def test_wechat_termination_with_a_reason(self):
        agr = create_agreement(unique("pyagr"))
        mock_control("agreements/%s/sign" % agr.id)
        # Agreement.cancel with the WeChat termination's extra (pingpp-php example/agreement/update.php).
        done = pingpp.Agreement.cancel(agr.id, extra={"description": "Your description"})
        self.assertEqual(done.status, "canceled")
        self.assertEqual(done.extra.description, "Your description")
        self.assertEqual(done.extra.display_account, "测试商户名称")

    def test_agreement_errors_come_back_as_sdk_exceptions(self):
        contract_no = unique("pyagr")
        create_agreement(contract_no)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            create_agreement(contract_no)
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "contract_no"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Agreement.retrieve("agr_DoesNotExist00")
        self.assertEqual(ctx.exception.http_status, 404)
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Agreement.create(app=APP_ID, channel="qpay")
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "contract_no"))
        with self.assertRaises(pingpp.error.InvalidRequestError) as ctx:
            pingpp.Agreement.modify(create_agreement(unique("pyagr")).id, status="succeeded")
        self.assertEqual((ctx.exception.http_status, ctx.exception.param), (400, "status"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
