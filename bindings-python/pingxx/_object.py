"""``PingxxObject``: what every call returns, a ``dict`` that also knows the
``request_id`` and HTTP status of the answer it came from."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

__all__ = ["PingxxObject", "request_id"]


class PingxxObject(Dict[str, Any]):
    """The JSON object the API answered, as a ``dict``, plus two attributes of the
    answer: ``request_id`` (the ``Request-Id`` support asks for, or ``None``) and
    ``http_status``. Equality, ``repr`` and JSON encoding are those of the dict;
    nested objects are plain dicts."""

    request_id: Optional[str]
    http_status: Optional[int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request_id = None
        self.http_status = None


def request_id(result: Mapping[str, Any]) -> Optional[str]:
    """The request id of the answer ``result`` came from (``None`` when unknown).

    The same as ``result.request_id``, for code that types results as the
    ``TypedDict`` of their kind (``pingxx.Order``, ...), which cannot declare it.
    """
    value = getattr(result, "request_id", None)
    return value if isinstance(value, str) else None
