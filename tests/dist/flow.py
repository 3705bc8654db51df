"""The installed wheel, as a user has it (run by scripts/test-dist.sh, mypy --strict too).

A signed orders.create -> orders.pay flow against the emulator at PINGXX_API_BASE, which
checks request signatures with the public half of the key in PINGXX_KEY_FILE.
"""

import os
import sys
import time

import pingxx


def main() -> None:
    with open(os.environ["PINGXX_KEY_FILE"], encoding="ascii") as f:
        private_key = f.read()
    client = pingxx.Client(
        api_key="sk_test_ibbTe5jLGCi5rzfH4OqPW9KC",
        app_id="app_1Gqj58ynP0mHeX1q",
        private_key=private_key,
        api_base=os.environ["PINGXX_API_BASE"],
    )
    order = client.orders.create(
        {
            "app": "app_1Gqj58ynP0mHeX1q",
            "merchant_order_no": f"py{time.time_ns()}",
            "amount": 1250,
            "currency": "cny",
            "client_ip": "192.168.1.17",
            "subject": "Flat white",
            "body": "1 x flat white",
        }
    )
    paid = client.orders.pay(
        order["id"],
        {
            "channel": "isv_scan",
            "charge_amount": 1250,
            "extra": {"scan_code": "286801346868493272", "terminal_id": "POS00017"},
        },
    )
    assert paid["status"] == "paid", paid["status"]
    print(f"python flow ok: pingxx {pingxx.__version__} from {pingxx.__file__}, order {order['id']} paid")


if __name__ == "__main__":
    main()
    sys.exit(0)
