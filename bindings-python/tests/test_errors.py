"""The exception tree: each class, its fields, and how core codes map to it."""

from __future__ import annotations

from typing import Any, Dict, Type

import pytest

import pingxx
from conftest import API_KEY, APP_ID, read_key
from pingxx._errors import _from_core

EXPECTED = {
    "null_argument": pingxx.ValidationError,
    "invalid_utf8": pingxx.ValidationError,
    "buffer_too_small": pingxx.InternalError,
    "internal_error": pingxx.InternalError,
    "validation_failed": pingxx.ValidationError,
    "unknown_operation": pingxx.ValidationError,
    "invalid_json": pingxx.ValidationError,
    "invalid_key": pingxx.ConfigurationError,
    "invalid_config": pingxx.ConfigurationError,
    "signature_missing": pingxx.SignatureVerificationError,
    "signature_invalid": pingxx.SignatureVerificationError,
    "invalid_event": pingxx.SignatureVerificationError,
    "authentication_failed": pingxx.AuthenticationError,
    "invalid_request": pingxx.InvalidRequestError,
    "channel_error": pingxx.ChannelError,
    "rate_limited": pingxx.RateLimitError,
    "api_error": pingxx.APIError,
    "invalid_response": pingxx.APIError,
    "connection_failed": pingxx.APIConnectionError,
    "timeout": pingxx.APIConnectionError,
    "outcome_unknown": pingxx.OutcomeUnknownError,
}


def info(code: str, **extra: Any) -> Dict[str, Any]:
    """A core error in its JSON form, as the native module hands it to ``_from_core``."""
    base: Dict[str, Any] = {
        "code": code,
        "message": "boom",
        "http_status": 402,
        "request_id": "iar_1",
        "param": "amount",
        "errors": [],
    }
    return {**base, **extra}


def test_every_code_of_the_catalogue_maps_to_its_own_class() -> None:
    catalogue = pingxx.error_codes()
    codes = [entry["code"] for entry in catalogue]
    assert codes == pingxx.ERROR_CODES
    assert len(set(codes)) == len(codes)
    assert {entry["number"] for entry in catalogue} >= {1003, 2003, 5003}
    for entry in catalogue:
        assert entry["summary"], entry
        cls = pingxx.error_class(entry["code"])
        assert cls is not pingxx.PingxxError, f"{entry['code']} has no class of its own"
        assert type(_from_core(info(entry["code"]))) is cls
    assert sorted(codes) == sorted(EXPECTED)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_code_maps_to_class_with_fields(code: str) -> None:
    exc = _from_core(info(code))
    assert type(exc) is EXPECTED[code]
    assert isinstance(exc, pingxx.PingxxError)
    assert (exc.code, exc.message, exc.http_status, exc.request_id, exc.param) == (code, "boom", 402, "iar_1", "amount")
    assert str(exc) == "boom"
    assert code in repr(exc)


def test_outcome_unknown_carries_the_last_error() -> None:
    last = {"code": "connection_failed", "message": "connection reset", "http_status": None, "request_id": None}
    exc = _from_core(
        info("outcome_unknown", last_error=last, operation="orders.pay", check_with="orders.retrieve")
    )
    assert isinstance(exc, pingxx.OutcomeUnknownError)
    assert not isinstance(exc, pingxx.APIConnectionError), "must not be retried like a connection error"
    assert isinstance(exc.last_error, pingxx.APIConnectionError)
    assert exc.last_error.message == "connection reset"
    assert (exc.operation, exc.check_with) == ("orders.pay", "orders.retrieve")


@pytest.mark.parametrize("cls", sorted(set(EXPECTED.values()), key=lambda c: c.__name__))
def test_hierarchy(cls: Type[pingxx.PingxxError]) -> None:
    assert issubclass(cls, pingxx.PingxxError)
    assert issubclass(pingxx.PingxxError, Exception)
    assert issubclass(cls, ValueError) == (cls is pingxx.ValidationError)


def offline_client() -> pingxx.Client:
    """A client whose requests cannot reach anything (validation fails before sending)."""
    return pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base="http://127.0.0.1:9", max_retries=0, timeout_ms=2000)


def test_validation_error_from_a_call() -> None:
    with pytest.raises(pingxx.ValidationError) as info:
        offline_client().charges.create({"amount": -5, "currency": "cny"})
    e = info.value
    assert isinstance(e, ValueError)
    assert e.code == "validation_failed"
    fields = {err["field"]: err["rule"] for err in e.errors}
    assert fields.get("order_no") == "required"
    assert e.param == e.errors[0]["field"]
    assert all(set(err) == {"field", "rule", "message"} for err in e.errors)
    assert e.http_status is None and e.request_id is None


def test_missing_path_parameter_names_the_field() -> None:
    with pytest.raises(pingxx.ValidationError) as info:
        offline_client().orders.retrieve()
    assert [(x["field"], x["rule"]) for x in info.value.errors] == [("order_id", "required")]


def test_unknown_operation() -> None:
    with pytest.raises(pingxx.ValidationError) as info:
        offline_client().call("orders.explode", {})
    assert info.value.code == "unknown_operation"
    with pytest.raises(pingxx.ValidationError) as info2:
        pingxx.validate("orders.explode", {})
    assert info2.value.code == "unknown_operation"


def test_params_must_be_an_object() -> None:
    with pytest.raises(pingxx.ValidationError) as info:
        offline_client().call("orders.list", [1, 2])  # type: ignore[arg-type]
    assert info.value.code == "invalid_json"
    with pytest.raises(TypeError, match="params"):
        offline_client().call("orders.list", {"x": object()})


def test_connection_error() -> None:
    with pytest.raises(pingxx.APIConnectionError) as info:
        offline_client().orders.retrieve("2011611170000002011")
    assert info.value.code == "connection_failed"


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        ({"api_key": ""}, "api_key"),
        ({"api_key": API_KEY, "api_base": "ftp://x"}, "api_base"),
        ({"api_key": API_KEY, "timeout_ms": 0}, "timeout_ms"),
        ({"api_key": API_KEY, "timeout_ms": -1}, "timeout_ms"),
        ({"api_key": API_KEY, "max_retries": -1}, "max_retries"),
        ({"api_key": API_KEY, "max_retries": 11}, "max_retries"),
    ],
)
def test_configuration_errors(kwargs: dict, needle: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(pingxx.ConfigurationError) as info:
        pingxx.Client(**kwargs)
    assert info.value.code == "invalid_config"
    assert needle in info.value.message


def test_bad_keys_are_configuration_errors_without_key_material() -> None:
    private = read_key("merchant_example_private_key_pkcs1.pem")
    public = read_key("merchant_example_public_key_spki.pem")
    cases = [
        lambda: pingxx.RequestSigner("not a key"),
        lambda: pingxx.RequestSigner(public),
        lambda: pingxx.WebhookVerifier(private),
        lambda: pingxx.WebhookVerifier(read_key("ec_p256_public.pem")),
        lambda: pingxx.Client(api_key=API_KEY, private_key=read_key("rsa1024_private.pem")),
    ]
    body_lines = [line for line in private.splitlines() + public.splitlines() if not line.startswith("-----")]
    for make in cases:
        with pytest.raises(pingxx.ConfigurationError) as info:
            make()
        assert info.value.code == "invalid_key"
        assert not any(line in info.value.message for line in body_lines)


def test_secrets_not_in_repr() -> None:
    client = pingxx.Client(
        api_key=API_KEY, app_id=APP_ID, private_key=read_key("merchant_example_private_key_pkcs1.pem")
    )
    text = repr(client) + repr(pingxx.RequestSigner(read_key("merchant_example_private_key_pkcs1.pem")))
    assert API_KEY not in text and "PRIVATE" not in text and "MII" not in text
    assert "signs_requests=True" in text and APP_ID in text
