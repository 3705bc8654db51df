"""Conversions between Python values and JSON: nesting past the limit, numbers
JSON cannot carry and types it has no form for give clear errors, never a crash."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

import pingxx
from conftest import API_KEY, APP_ID

LIMIT = 128


def nested_list(depth: int) -> List[Any]:
    root: List[Any] = []
    x = root
    for _ in range(depth - 1):
        inner: List[Any] = []
        x.append(inner)
        x = inner
    return root


def nested_dict(depth: int) -> Dict[str, Any]:
    root: Dict[str, Any] = {}
    x = root
    for _ in range(depth - 1):
        inner: Dict[str, Any] = {}
        x["x"] = inner
        x = inner
    return root


def offline() -> pingxx.Client:
    return pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base="http://127.0.0.1:9", max_retries=0)


@pytest.mark.parametrize("make", [nested_list, nested_dict], ids=["list", "dict"])
def test_30000_levels_raise_validation_error_naming_the_limit(make: Any) -> None:
    deep = make(30_000)
    with pytest.raises(pingxx.ValidationError) as info:
        pingxx.validate("orders.create", {"metadata": deep})
    assert info.value.code == "invalid_json"
    assert isinstance(info.value, ValueError)
    assert f"{LIMIT} levels" in info.value.message
    assert info.value.message.startswith("invalid JSON: params.metadata")
    with pytest.raises(pingxx.ValidationError, match=f"{LIMIT} levels"):
        offline().call("orders.create", {"metadata": deep})
    with pytest.raises(pingxx.ValidationError, match=f"{LIMIT} levels"):
        offline().request("POST", "/v1/orders", {"metadata": deep})
    with pytest.raises(pingxx.ValidationError, match=f"{LIMIT} levels"):
        offline().list_auto("orders.list", {"metadata": deep})


def test_nesting_up_to_the_limit_converts() -> None:
    # params is level 1, metadata level 2: a list of LIMIT - 1 levels fits exactly.
    errors = pingxx.validate("orders.create", {"metadata": nested_list(LIMIT - 1)})
    assert all(e["field"] != "params" for e in errors)
    with pytest.raises(pingxx.ValidationError, match=f"{LIMIT} levels"):
        pingxx.validate("orders.create", {"metadata": nested_list(LIMIT)})


def test_the_path_names_where_the_bad_value_sits() -> None:
    with pytest.raises(TypeError, match=r"params\.metadata\.tags\[1\]: a value of type `set`"):
        pingxx.validate("orders.create", {"metadata": {"tags": ["a", {1, 2}]}})
    with pytest.raises(TypeError, match=r'params\["a b"\]: object keys must be str, got `int`'):
        pingxx.validate("orders.create", {"a b": {1: "x"}})


@pytest.mark.parametrize("value", [b"raw", bytearray(b"raw"), {1, 2}, object()])
def test_types_without_a_json_form_are_type_errors(value: Any) -> None:
    with pytest.raises(TypeError, match=r"params\.metadata: a value of type"):
        pingxx.validate("orders.create", {"metadata": value})


def test_a_list_that_contains_itself_stops_at_the_limit() -> None:
    loop: List[Any] = []
    loop.append(loop)
    with pytest.raises(pingxx.ValidationError, match=f"{LIMIT} levels"):
        pingxx.validate("orders.create", {"metadata": loop})


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, float("nan"), float("inf")])
def test_numbers_json_cannot_carry(value: Any) -> None:
    with pytest.raises(pingxx.ValidationError) as info:
        pingxx.validate("orders.create", {"amount": value})
    assert info.value.code == "invalid_json"
    assert "params.amount" in info.value.message


def test_tuples_mappings_and_big_integers_reach_the_api(client: pingxx.Client) -> None:
    from types import MappingProxyType

    from test_emulator import order_params

    params = order_params("py_limits_1")
    params["metadata"] = MappingProxyType({"big": 2**63 - 1, "ok": True, "s": "x"})
    order = client.orders.create(params)
    assert order["metadata"] == {"big": 2**63 - 1, "ok": True, "s": "x"}
    # A tuple is a JSON array: metadata refuses nested values, naming the field.
    errors = pingxx.validate("orders.create", {**params, "metadata": {"t": ("a", "b")}})
    assert [e["field"] for e in errors] == ["metadata.t"]
