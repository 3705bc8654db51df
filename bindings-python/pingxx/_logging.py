"""Attempt records of the core, sent to the standard ``logging`` logger ``pingxx``.

The core calls ``_emit`` once per HTTP attempt (on the thread making the call).
A successful attempt logs at ``INFO``, a retried or failed one at ``WARNING``.
Each ``LogRecord`` carries the fields as attributes: ``operation``, ``method``,
``path``, ``status``, ``attempt``, ``duration_ms``, ``request_id``,
``retry_reason``, ``outcome`` (``ok``/``retry``/``error``), ``error_code``, and
``request_body``/``response_body`` (``None`` unless the client was made with
``log_bodies=True``). A record never holds the API key, the private key, a
signature or proxy credentials.
"""

from __future__ import annotations

import logging
from typing import Any, Mapping

__all__ = ["logger"]

logger = logging.getLogger("pingxx")

_FIELDS = (
    "operation",
    "method",
    "path",
    "status",
    "attempt",
    "duration_ms",
    "request_id",
    "retry_reason",
    "outcome",
    "error_code",
    "request_body",
    "response_body",
)


def _describe(r: Mapping[str, Any]) -> str:
    """One readable line: ``orders.create POST /v1/orders attempt 1: 200 ok in 12 ms``."""
    head = f"{r['operation']} " if r.get("operation") else ""
    text = f"{head}{r.get('method')} {r.get('path')} attempt {r.get('attempt')}: "
    text += f"{r['status']} " if r.get("status") is not None else ""
    text += str(r.get("outcome"))
    if r.get("error_code"):
        text += f" ({r['error_code']})"
    if r.get("retry_reason"):
        text += f", retrying: {r['retry_reason']}"
    text += f" in {r.get('duration_ms')} ms"
    if r.get("request_id"):
        text += f" [request id {r['request_id']}]"
    return text


def _gate() -> int:
    """Which records logger ``pingxx`` would log now: 1 for ``INFO``, 2 for ``WARNING``
    (read by the native module before each call, so that a record nobody wants
    costs no GIL)."""
    return (1 if logger.isEnabledFor(logging.INFO) else 0) | (2 if logger.isEnabledFor(logging.WARNING) else 0)


def _emit(record: Mapping[str, Any]) -> None:
    """Logs one attempt record (called by the native module; never raises)."""
    level = logging.INFO if record.get("outcome") == "ok" else logging.WARNING
    if not logger.isEnabledFor(level):
        return
    extra = {name: record.get(name) for name in _FIELDS}
    logger.log(level, "%s", _describe(record), extra=extra)
