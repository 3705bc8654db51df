"""pingxx: the Ping++ payment API SDK for Python, over one Rust core.

    import pingxx
    client = pingxx.Client(api_key="sk_test_...", app_id="app_...")
    order = client.orders.create({...})

Request signing, validation, webhook verification and HTTP run in the core with
the GIL released. Errors are ``pingxx.PingxxError`` subclasses with a stable ``code``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from . import _native
from ._client import Client, Resource
from ._errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    ChannelError,
    ConfigurationError,
    InvalidRequestError,
    PingxxError,
    RateLimitError,
    SignatureVerificationError,
    ValidationError,
)
from ._native import RequestSigner, WebhookSigner, WebhookVerifier, signature_from_headers

__version__: str = _native.__version__
USER_AGENT: str = _native.USER_AGENT
SIGNATURE_HEADER: str = _native.SIGNATURE_HEADER
ERROR_CODES: List[str] = _native.error_codes()

__all__ = [
    "__version__",
    "USER_AGENT",
    "SIGNATURE_HEADER",
    "ERROR_CODES",
    "Client",
    "Resource",
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
]


def operations() -> List[Dict[str, Any]]:
    """Every operation of the API: ``name``, ``method``, ``path``, ``path_params``,
    ``pagination`` (``none``/``page``/``cursor``), ``resource``, ``action``, ``returns``."""
    return _native.operations()


def validate(
    operation: str, params: Optional[Mapping[str, Any]] = None, *, now: Optional[int] = None
) -> List[Dict[str, str]]:
    """The field errors of ``params`` for ``operation`` (``[]`` when valid), nothing sent.

    ``now`` (Unix seconds) replaces the clock for time rules such as ``time_expire``.
    An unknown operation raises ``ValidationError`` with code ``unknown_operation``.
    """
    return _native.validate(operation, params, now)
