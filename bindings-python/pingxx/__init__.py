"""pingxx: the Ping++ payment API SDK for Python, over one Rust core.

    import pingxx
    client = pingxx.Client(api_key="sk_test_...", app_id="app_...")
    order = client.orders.create({...})

Request signing, validation, webhook verification and HTTP run in the core with
the GIL released. ``pingxx.AsyncClient`` is the same client for asyncio. Errors are
``pingxx.PingxxError`` subclasses with a stable ``code``; every HTTP attempt is
logged on the standard ``logging`` logger ``"pingxx"``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Type

from . import _errors, _native
from ._client import AsyncClient, AsyncListIterator, Client, Resource
from ._errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    ChannelError,
    ConfigurationError,
    InternalError,
    InvalidRequestError,
    OutcomeUnknownError,
    PingxxError,
    RateLimitError,
    SignatureVerificationError,
    ValidationError,
)
from ._object import PingxxObject, request_id
from ._native import RequestSigner, WebhookSigner, WebhookVerifier, signature_from_headers

__version__: str = _native.__version__
USER_AGENT: str = _native.USER_AGENT
SIGNATURE_HEADER: str = _native.SIGNATURE_HEADER
#: Every error code the SDK can report (``outcome_unknown``, ``timeout``, ...), in number order.
ERROR_CODES: List[str] = [entry["code"] for entry in _native.error_codes()]

__all__ = [
    "__version__",
    "USER_AGENT",
    "SIGNATURE_HEADER",
    "ERROR_CODES",
    "Client",
    "AsyncClient",
    "AsyncListIterator",
    "Resource",
    "PingxxObject",
    "request_id",
    "client_options",
    "error_codes",
    "error_class",
    "RequestSigner",
    "WebhookVerifier",
    "WebhookSigner",
    "operations",
    "validate",
    "signature_from_headers",
    "PingxxError",
    "ValidationError",
    "SignatureVerificationError",
    "ConfigurationError",
    "AuthenticationError",
    "InvalidRequestError",
    "ChannelError",
    "RateLimitError",
    "APIError",
    "APIConnectionError",
    "OutcomeUnknownError",
    "InternalError",
]


def operations() -> List[Dict[str, Any]]:
    """Every operation of the API, as the core's ``operations_json`` describes them:
    ``name``, ``resource``, ``action``, ``method``, ``path``, ``path_params``,
    ``pagination`` (``None`` or ``{"style": "page"|"cursor", ...}``), ``returns``
    (``{"kind", "list"}``), ``unique_param``, ``params`` (the schema), ``summary``, ..."""
    return _native.operations()


def validate(
    operation: str, params: Optional[Mapping[str, Any]] = None, *, now: Optional[int] = None
) -> List[Dict[str, str]]:
    """The field errors of ``params`` for ``operation`` (``[]`` when valid), nothing sent.

    ``now`` (Unix seconds) replaces the clock for time rules such as ``time_expire``.
    An unknown operation raises ``ValidationError`` with code ``unknown_operation``.
    """
    return _native.validate(operation, params, now)


def error_codes() -> List[Dict[str, Any]]:
    """The error catalogue of the core: ``[{"code", "number", "summary"}, ...]``, every
    code the SDK can report; each is raised as the class ``pingxx.error_class(code)``."""
    return _native.error_codes()


def client_options() -> List[Dict[str, Any]]:
    """Every keyword option of ``Client``/``AsyncClient``: ``[{"name", "type", "required",
    "secret", "default", "doc"}, ...]`` (durations are ``*_ms`` integers)."""
    return _native.client_options()


def error_class(code: str) -> Type[PingxxError]:
    """The exception class raised for an error code (``OutcomeUnknownError`` for
    ``outcome_unknown``, ...)."""
    return _errors.class_for(code)
