"""Attempt logs on the standard ``logging`` logger ``pingxx``: one record per HTTP
attempt with the fields as attributes; never a key or a signature, and bodies
only with ``log_bodies=True``."""

from __future__ import annotations

import logging
import pickle
from typing import Any, List

import pytest

import pingxx
from conftest import API_KEY, APP_ID, Emulator, read_key
from test_emulator import order_params

FIELDS = (
    "operation",
    "method",
    "path",
    "status",
    "attempt",
    "duration_ms",
    "request_id",
    "retry_reason",
    "outcome",
    "error_code",
    "request_body",
    "response_body",
)


def records(caplog: pytest.LogCaptureFixture) -> List[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "pingxx"]


def everything_logged(recs: List[logging.LogRecord]) -> str:
    return "\n".join(r.getMessage() + " " + repr({f: getattr(r, f, None) for f in FIELDS}) for r in recs)


def make_client(mock: Emulator, **opts: Any) -> pingxx.Client:
    key = read_key("merchant_example_private_key_pkcs1.pem")
    return pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, private_key=key, **opts)


def test_one_record_per_attempt_with_fields_and_no_secrets(mock: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pingxx")
    client = make_client(mock, max_retries=1, retry_base_delay_ms=1)
    params = order_params("py_log_1")
    params["subject"] = "secret-subject"
    order = client.orders.create(params)
    mock.fault(kind="json_500", count=1, path="/v1/orders")
    client.orders.retrieve(order["id"])

    recs = records(caplog)
    assert [(r.operation, r.outcome, r.attempt) for r in recs] == [  # type: ignore[attr-defined]
        ("orders.create", "ok", 1),
        ("orders.retrieve", "retry", 1),
        ("orders.retrieve", "ok", 2),
    ]
    created, failed, retried = recs
    assert created.levelno == logging.INFO and failed.levelno == logging.WARNING
    assert (created.method, created.path, created.status) == ("POST", "/v1/orders", 200)  # type: ignore[attr-defined]
    assert isinstance(created.duration_ms, int)  # type: ignore[attr-defined]
    assert created.request_id == order.request_id and order.request_id  # type: ignore[attr-defined]
    assert failed.request_id and failed.request_id != retried.request_id  # type: ignore[attr-defined]
    assert (failed.status, failed.retry_reason, failed.error_code) == (500, "status_5xx", "api_error")  # type: ignore[attr-defined]
    assert retried.path == f"/v1/orders/{order['id']}"  # type: ignore[attr-defined]
    assert "orders.create POST /v1/orders attempt 1: 200 ok" in created.getMessage()

    text = everything_logged(recs)
    private = read_key("merchant_example_private_key_pkcs1.pem")
    key_lines = [line for line in private.splitlines() if not line.startswith("-----")]
    assert API_KEY not in text and "sk_test" not in text
    assert not any(line in text for line in key_lines)
    assert "secret-subject" not in text, "no request body without log_bodies"
    assert all(r.request_body is None and r.response_body is None for r in recs)  # type: ignore[attr-defined]
    assert "Signature" not in text and "Authorization" not in text


def test_bodies_only_with_log_bodies(mock: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pingxx")
    client = make_client(mock, max_retries=0, log_bodies=True)
    params = order_params("py_log_2")
    params["subject"] = "visible-subject"
    client.orders.create(params)
    (rec,) = records(caplog)
    assert "visible-subject" in rec.request_body  # type: ignore[attr-defined]
    assert "py_log_2" in rec.response_body  # type: ignore[attr-defined]
    assert API_KEY not in everything_logged([rec])


def test_nothing_is_formatted_when_the_logger_is_off(mock: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="pingxx")
    make_client(mock, max_retries=0).orders.list()
    assert records(caplog) == []


def test_a_failed_attempt_is_a_warning_with_its_code(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pingxx")
    client = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(pingxx.APIConnectionError):
        client.orders.list()
    (rec,) = records(caplog)
    assert rec.levelno == logging.WARNING
    assert (rec.outcome, rec.error_code, rec.status) == ("error", "connection_failed", None)  # type: ignore[attr-defined]


def test_request_id_on_success_is_an_attribute_of_the_result(mock: Emulator) -> None:
    client = make_client(mock, max_retries=0)
    order = client.orders.create(order_params("py_rid_1"))
    assert isinstance(order, pingxx.PingxxObject) and isinstance(order, dict)
    assert order.http_status == 200
    answered = [r["request_id"] for r in mock.requests()["data"]]
    assert order.request_id and order.request_id.startswith("iar_")
    assert answered[-1] == order.request_id, "the Request-Id the emulator answered"
    listed = client.request("GET", f"/v1/orders?app={APP_ID}")
    assert listed.request_id == mock.requests()["data"][-1]["request_id"] != order.request_id
    assert pingxx.request_id(order) == order.request_id
    assert order == dict(order), "equality is the dict's"
    again = pickle.loads(pickle.dumps(order))
    assert (again, again.request_id, again.http_status) == (order, order.request_id, 200)


def test_request_id_on_an_api_error(mock: Emulator) -> None:
    client = make_client(mock, max_retries=0)
    with pytest.raises(pingxx.InvalidRequestError) as info:
        client.orders.retrieve("2011611170000009999")
    assert info.value.request_id and info.value.request_id == mock.requests()["data"][-1]["request_id"]
