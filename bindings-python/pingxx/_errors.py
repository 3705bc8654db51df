"""The exception tree of pingxx. Every exception carries the core's stable ``code``.

The codes come from the core's one error catalogue (``pingxx.error_codes()``);
``_CLASS_OF`` says which class each code is raised as, and a test proves that
every code of the catalogue has one.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Type

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
    "OutcomeUnknownError",
    "InternalError",
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
    params that are not a JSON object or cannot be carried by JSON, such as a value
    nested deeper than the limit (code ``invalid_json``).
    """


class SignatureVerificationError(PingxxError):
    """A webhook signature is missing or invalid, or the signed body is not an event."""


class ConfigurationError(PingxxError):
    """A key or the client configuration cannot be used (an unknown option, a bad value)."""


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
    """No connection could be made, it broke before anything was sent that could take
    effect, or a timeout or the deadline ran out."""


class InternalError(PingxxError):
    """A bug in the SDK (code ``internal_error``); please report it."""


class OutcomeUnknownError(PingxxError):
    """The request may have taken effect (code ``outcome_unknown``): the connection broke
    after it was sent, or a retry met the unique number already used.

    Do NOT retry with a fresh merchant number: check first with ``check_with`` (for
    example ``orders.retrieve``). ``last_error`` is the last error seen (a
    ``PingxxError``), ``operation`` the operation called.

    Deliberately not an ``APIConnectionError``: code that retries on connection
    errors must not retry this one blindly.
    """

    last_error: Optional[PingxxError]
    operation: Optional[str]
    check_with: Optional[str]

    def __init__(
        self,
        message: str,
        *,
        last_error: Optional[PingxxError] = None,
        operation: Optional[str] = None,
        check_with: Optional[str] = None,
        **fields: Any,
    ) -> None:
        fields.setdefault("code", "outcome_unknown")
        super().__init__(message, **fields)
        self.last_error = last_error
        self.operation = operation
        self.check_with = check_with


_CLASS_OF: Dict[str, Type[PingxxError]] = {
    "null_argument": ValidationError,
    "invalid_utf8": ValidationError,
    "buffer_too_small": InternalError,
    "internal_error": InternalError,
    "invalid_json": ValidationError,
    "unknown_operation": ValidationError,
    "validation_failed": ValidationError,
    "invalid_config": ConfigurationError,
    "invalid_key": ConfigurationError,
    "signature_missing": SignatureVerificationError,
    "signature_invalid": SignatureVerificationError,
    "invalid_event": SignatureVerificationError,
    "authentication_failed": AuthenticationError,
    "invalid_request": InvalidRequestError,
    "channel_error": ChannelError,
    "rate_limited": RateLimitError,
    "api_error": APIError,
    "connection_failed": APIConnectionError,
    "timeout": APIConnectionError,
    "invalid_response": APIError,
    "outcome_unknown": OutcomeUnknownError,
}


def class_for(code: str) -> Type[PingxxError]:
    """The exception class raised for a catalogue code (``PingxxError`` for an unknown one)."""
    return _CLASS_OF.get(code, PingxxError)


def _from_core(info: Mapping[str, Any]) -> PingxxError:
    """Builds the exception from a core error's JSON form (called by the native module):
    ``{code, message, errors, http_status, request_id, param}``, and for
    ``outcome_unknown`` also ``last_error``, ``operation``, ``check_with``."""
    code = str(info.get("code", "api_error"))
    fields: Dict[str, Any] = {
        "code": code,
        "http_status": info.get("http_status"),
        "request_id": info.get("request_id"),
        "param": info.get("param"),
        "errors": info.get("errors") or [],
    }
    message = str(info.get("message", ""))
    cls = class_for(code)
    if cls is OutcomeUnknownError:
        last = info.get("last_error")
        return OutcomeUnknownError(
            message,
            last_error=_from_core(last) if isinstance(last, Mapping) else None,
            operation=info.get("operation"),
            check_with=info.get("check_with"),
            **fields,
        )
    return cls(message, **fields)
