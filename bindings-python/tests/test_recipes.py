"""The README's webhook recipes, run as written in Flask, FastAPI and Django."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path
from typing import Any, Dict, List

import pytest

from conftest import API_KEY, APP_ID, VECTORS, Emulator, load_vectors

README = Path(__file__).resolve().parents[1] / "README.md"
CASE = next(c for c in load_vectors("webhooks.json")["cases"] if c["name"] == "wh2_valid")
BODY = CASE["body"].encode("utf-8")
SIGNATURE = CASE["signature"]
PUBLIC_KEY_PEM = (VECTORS / CASE["public_key"]).read_text(encoding="utf-8")


def recipe(framework: str) -> str:
    """The python block under the README heading `### <framework>`."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^### {re.escape(framework)}\n+```python\n(.*?)^```", text, re.S | re.M)
    assert match, f"README has no {framework} recipe"
    return match.group(1)


def run_recipe(framework: str, **names: Any) -> Dict[str, Any]:
    handled: List[Dict[str, Any]] = []
    namespace: Dict[str, Any] = {
        "__name__": f"recipe_{framework.split()[0].lower()}",
        "PUBLIC_KEY_PEM": PUBLIC_KEY_PEM,
        "handle_event": handled.append,
        "handled": handled,
        **names,
    }
    exec(compile(recipe(framework), f"README.md ({framework})", "exec"), namespace)
    return namespace


def test_flask_recipe() -> None:
    ns = run_recipe("Flask")
    http = ns["app"].test_client()
    ok = http.post("/webhooks/pingxx", data=BODY, headers={"X-Pingplusplus-Signature": SIGNATURE})
    assert ok.status_code == 204
    assert [e["id"] for e in ns["handled"]] == [CASE["event_id"]]
    bad = http.post("/webhooks/pingxx", data=BODY + b" ", headers={"X-Pingplusplus-Signature": SIGNATURE})
    missing = http.post("/webhooks/pingxx", data=BODY)
    assert (bad.status_code, missing.status_code) == (400, 400)
    assert len(ns["handled"]) == 1


def test_fastapi_recipe() -> None:
    from fastapi.testclient import TestClient

    ns = run_recipe("FastAPI")
    http = TestClient(ns["app"])
    ok = http.post("/webhooks/pingxx", content=BODY, headers={"x-pingplusplus-signature": SIGNATURE})
    assert ok.status_code == 204
    assert ns["handled"][0]["type"] == CASE["event_type"]
    bad = http.post(
        "/webhooks/pingxx", content=BODY.replace(b"100", b"101"), headers={"X-Pingplusplus-Signature": SIGNATURE}
    )
    assert bad.status_code == 400
    assert len(ns["handled"]) == 1


def test_fastapi_async_client_recipe(mock: Emulator) -> None:
    from fastapi.testclient import TestClient

    ns = run_recipe("FastAPI with `AsyncClient`", API_KEY=API_KEY, APP_ID=APP_ID, API_BASE=mock.base_url)
    http = TestClient(ns["app"])
    ok = http.post("/orders/py_recipe_1", params={"amount": 100})
    assert ok.status_code == 200, ok.text
    created = ok.json()
    assert created["id"]
    again = http.post("/orders/py_recipe_1", params={"amount": 100})
    assert again.status_code == 400
    assert again.json()["detail"]["param"] == "merchant_order_no"
    bad = http.post("/orders/py_recipe_2", params={"amount": -1})
    assert bad.status_code == 422
    assert any(e["field"] == "amount" for e in bad.json()["detail"])


@pytest.fixture(scope="module")
def django_settings() -> None:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="pingxx-tests",
            ALLOWED_HOSTS=["testserver"],
            ROOT_URLCONF="pingxx_recipe_urls",
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
        )
        django.setup()


def test_django_recipe(django_settings: None) -> None:
    from django.test import Client as DjangoClient
    from django.urls import clear_url_caches, path

    ns = run_recipe("Django")
    urls = types.ModuleType("pingxx_recipe_urls")
    urls.urlpatterns = [path("webhooks/pingxx", ns["pingxx_webhook"])]  # type: ignore[attr-defined]
    sys.modules["pingxx_recipe_urls"] = urls
    clear_url_caches()
    http = DjangoClient(enforce_csrf_checks=True)
    ok = http.post(
        "/webhooks/pingxx", data=BODY, content_type="application/json", HTTP_X_PINGPLUSPLUS_SIGNATURE=SIGNATURE
    )
    assert ok.status_code == 204
    assert ns["handled"][0]["data"]["object"]["id"] == "ch_bq9IHKnn6GnLzsS0swOujr4x"
    bad = http.post("/webhooks/pingxx", data=BODY, content_type="application/json", HTTP_X_PINGPLUSPLUS_SIGNATURE="")
    assert bad.status_code == 400
    assert http.get("/webhooks/pingxx").status_code == 405
    assert len(ns["handled"]) == 1
