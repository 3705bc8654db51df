"""The exception tree of pingxx. Every exception carries the core's stable ``code``."""

from __future__ import annotations

from typing import Dict, List, Optional, Type

__all__ = [
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


class PingxxError(Exception):
    """Base of every pingxx error.

    ``code`` is the core's stable code string (``validation_failed``, ``timeout``, ...);
    ``http_status``, ``request_id`` and ``param`` are set when the error has them.
    """

    code: str
    message: str
    http_status: Optional[int]
    request_id: Optional[str]
    param: Optional[str]
    errors: List[Dict[str, str]]

    def __init__(
        self,
        message: str,
        *,
        code: str = "api_error",
        http_status: Optional[int] = None,
        request_id: Optional[str] = None,
        param: Optional[str] = None,
        errors: Optional[List[Dict[str, str]]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.http_status = http_status
        self.request_id = request_id
        self.param = param
        self.errors = list(errors or [])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class ValidationError(PingxxError, ValueError):
    """Parameters broke a rule (nothing was sent); ``errors`` lists ``{field, rule, message}``.

    Also raised for an unknown operation name (code ``unknown_operation``) and for
    params that are not a JSON object (code ``invalid_json``).
    """


class SignatureVerificationError(PingxxError):
    """A webhook signature is missing or invalid, or the signed body is not an event."""


class ConfigurationError(PingxxError):
    """A key or the client configuration cannot be used."""


class AuthenticationError(PingxxError):
    """The API rejected the credentials (HTTP 401)."""


class InvalidRequestError(PingxxError):
    """The API rejected the request (HTTP 400/404)."""


class ChannelError(PingxxError):
    """The payment channel refused (HTTP 402)."""


class RateLimitError(PingxxError):
    """Too many requests (HTTP 403/429)."""


class APIError(PingxxError):
    """The API failed on its side (HTTP 5xx) or answered something that is not JSON."""


class APIConnectionError(PingxxError):
    """No connection could be made, it broke, or a timeout or the deadline ran out."""


_BY_CODE: Dict[str, Type[PingxxError]] = {
    "validation_failed": ValidationError,
    "unknown_operation": ValidationError,
    "invalid_json": ValidationError,
    "invalid_key": ConfigurationError,
    "invalid_config": ConfigurationError,
    "signature_missing": SignatureVerificationError,
    "signature_invalid": SignatureVerificationError,
    "invalid_event": SignatureVerificationError,
    "authentication_failed": AuthenticationError,
    "invalid_request": InvalidRequestError,
    "channel_error": ChannelError,
    "rate_limited": RateLimitError,
    "api_error": APIError,
    "invalid_response": APIError,
    "connection_failed": APIConnectionError,
    "timeout": APIConnectionError,
}


def _from_core(
    code: str,
    message: str,
    http_status: Optional[int],
    request_id: Optional[str],
    param: Optional[str],
    errors: List[Dict[str, str]],
) -> PingxxError:
    """Builds the exception for a core error (called by the native module)."""
    cls = _BY_CODE.get(code, PingxxError)
    return cls(message, code=code, http_status=http_status, request_id=request_id, param=param, errors=errors)
