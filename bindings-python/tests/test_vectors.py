"""The shared vectors of tests/vectors: request signing, webhooks, validation."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import pingxx
from conftest import VECTORS, load_vectors, read_key

SIGNING = load_vectors("signing.json")
WEBHOOKS = load_vectors("webhooks.json")


@pytest.mark.parametrize("vector", SIGNING["vectors"], ids=lambda v: v["name"])
def test_request_signing_vectors(vector: Dict[str, Any]) -> None:
    signer = pingxx.RequestSigner((VECTORS / SIGNING["private_key"]).read_text())
    got = signer.sign(vector["body"].encode("utf-8"), vector["request_target"], vector["timestamp"])
    assert got == vector["signature"]


@pytest.mark.parametrize("key", ["private_key", "private_key_pkcs8", "private_key_pkcs8_raw_base64"])
def test_every_private_key_format_signs_the_same(key: str) -> None:
    vector = SIGNING["vectors"][0]
    signer = pingxx.RequestSigner((VECTORS / SIGNING[key]).read_text())
    assert signer.sign(vector["body"].encode(), vector["request_target"], vector["timestamp"]) == vector["signature"]


def test_signer_accepts_bytearray_and_checks_timestamp_changes_signature() -> None:
    signer = pingxx.RequestSigner(read_key("merchant_example_private_key_pkcs1.pem"))
    a = signer.sign(bytearray(b"{}"), "/v1/charges", 1)
    assert a == signer.sign(b"{}", "/v1/charges", 1)
    assert a != signer.sign(b"{}", "/v1/charges", 2)
    with pytest.raises(TypeError):
        signer.sign("{}", "/v1/charges", 1)  # type: ignore[arg-type]


def test_signer_public_key_verifies_its_signatures_as_a_webhook() -> None:
    priv = read_key("merchant_example_private_key_pkcs1.pem")
    ws = pingxx.WebhookSigner(priv)
    body = b'{"id":"evt_x","type":"charge.succeeded","created":1,"livemode":false,"data":{"object":{}}}'
    event = pingxx.WebhookVerifier(read_key("merchant_example_public_key_spki.pem")).verify(body, ws.sign(body))
    assert event["id"] == "evt_x"
    assert pingxx.RequestSigner(priv).public_key_pem() == ws.public_key_pem()


@pytest.mark.parametrize("case", WEBHOOKS["cases"], ids=lambda c: c["name"])
def test_webhook_vectors(case: Dict[str, Any]) -> None:
    verifier = pingxx.WebhookVerifier((VECTORS / case["public_key"]).read_text())
    body = case["body"].encode("utf-8")
    if case["expect"] == "ok":
        event = verifier.verify(body, case["signature"])
        assert event["id"] == case["event_id"]
        assert event["type"] == case["event_type"]
        assert isinstance(event["data"]["object"], dict)
    else:
        with pytest.raises(pingxx.SignatureVerificationError) as info:
            verifier.verify(body, case["signature"])
        assert info.value.code == case["expect"]
        assert info.value.http_status is None


def test_verified_event_keeps_every_field() -> None:
    case = next(c for c in WEBHOOKS["cases"] if c["name"] == "wh1_valid")
    event = pingxx.WebhookVerifier((VECTORS / case["public_key"]).read_text()).verify(
        case["body"].encode(), case["signature"]
    )
    assert event["object"] == "event"
    assert event["pending_webhooks"] == 2
    assert event["data"]["object"]["acct_display_name"] == "xx公司"
    assert event["created"] == 1427555016


def test_signature_from_headers_any_case() -> None:
    assert pingxx.signature_from_headers({"x-pingplusplus-signature": "abc"}) == "abc"
    assert pingxx.signature_from_headers([("X-PINGPLUSPLUS-SIGNATURE", "def")]) == "def"
    assert pingxx.signature_from_headers({"Content-Type": "application/json"}) is None
    assert pingxx.SIGNATURE_HEADER == "X-Pingplusplus-Signature"


def _validation_cases() -> Any:
    path = VECTORS / "validation.json"
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="tests/vectors/validation.json not present"))]
    data = load_vectors("validation.json")
    return [pytest.param((data["now"], case), id=case["name"]) for case in data["cases"]]


@pytest.mark.parametrize("item", _validation_cases())
def test_validation_vectors(item: Any) -> None:
    now, case = item
    errors = pingxx.validate(case["operation"], case["params"], now=now)
    if case.get("valid"):
        assert errors == []
    else:
        got = {(e["field"], e["rule"]) for e in errors}
        want = {(e["field"], e["rule"]) for e in case["errors"]}
        assert got == want, f"missing {want - got}, unexpected {got - want}"
        assert all(e["message"] for e in errors)
