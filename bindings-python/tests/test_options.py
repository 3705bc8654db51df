"""Client options: the keyword names are those of ``pingxx.client_options()`` (the
core's one list), passed straight through; unknown names and bad values are
``ConfigurationError`` naming the option, huge values never panic."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import pingxx
from conftest import API_KEY, read_key


def sample(option: Dict[str, Any]) -> Any:
    """A value each option accepts (None is 'not set' for every one)."""
    return {"string": None, "integer": 1000, "boolean": True}[option["type"]]


def test_every_listed_option_is_accepted_by_both_clients() -> None:
    names = [o["name"] for o in pingxx.client_options()]
    assert {"api_key", "timeout_ms", "deadline_ms", "ca_cert", "proxy", "log_bodies"} <= set(names)
    opts = {o["name"]: sample(o) for o in pingxx.client_options() if o["name"] != "api_key"}
    opts["max_retries"] = 2
    pingxx.Client(api_key=API_KEY, **opts)
    pingxx.AsyncClient(api_key=API_KEY, **opts)


@pytest.mark.parametrize("cls", [pingxx.Client, pingxx.AsyncClient])
def test_unknown_option_is_refused_by_name_without_its_value(cls: Any) -> None:
    pem = read_key("merchant_example_private_key_pkcs1.pem")
    with pytest.raises(pingxx.ConfigurationError) as info:
        cls(api_key=API_KEY, privatekey=pem)
    assert info.value.code == "invalid_config"
    assert "unknown option `privatekey`" in info.value.message
    assert "PRIVATE" not in info.value.message and "MII" not in info.value.message


def test_the_old_seconds_keywords_are_unknown_options() -> None:
    with pytest.raises(pingxx.ConfigurationError, match="unknown option `timeout`"):
        pingxx.Client(api_key=API_KEY, timeout=5.0)


@pytest.mark.parametrize(
    "opts",
    [
        {"timeout_ms": 1e19, "deadline_ms": 1000},
        {"timeout_ms": 10**30, "max_retries": 10},
        {"timeout_ms": 2**64 - 1, "connect_timeout_ms": 2**64 - 1, "retry_max_delay_ms": 10**40},
        {"deadline_ms": 1e300},
    ],
)
def test_huge_durations_saturate_instead_of_panicking(opts: Dict[str, Any]) -> None:
    client = pingxx.Client(api_key=API_KEY, **opts)
    assert client.api_base


@pytest.mark.parametrize(
    "opts, needle",
    [
        ({"timeout_ms": float("inf")}, "timeout_ms"),
        ({"timeout_ms": float("nan")}, "timeout_ms"),
        ({"timeout_ms": -(10**30)}, "timeout_ms"),
        ({"timeout_ms": 1.5}, "timeout_ms"),
        ({"timeout_ms": "5000"}, "timeout_ms"),
        ({"max_retries": 10**30}, "max_retries"),
        ({"log_bodies": "yes"}, "log_bodies"),
        ({"accept_language": "zh-CN\r\nX-Evil: 1"}, "accept_language"),
        ({"user_agent_suffix": "app/1\n"}, "user_agent_suffix"),
        ({"proxy": "ftp://user:hunter2@proxy:21"}, "proxy"),
        ({"api_base": {"not": "a string"}}, "api_base"),
    ],
)
def test_bad_values_name_the_option(opts: Dict[str, Any], needle: str) -> None:
    with pytest.raises(pingxx.ConfigurationError) as info:
        pingxx.Client(api_key=API_KEY, **opts)
    assert info.value.code == "invalid_config"
    assert needle in info.value.message
    assert "hunter2" not in info.value.message
