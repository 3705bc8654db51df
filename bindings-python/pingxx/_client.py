"""``Client`` (blocking) and ``AsyncClient`` (asyncio), with their resource
namespaces built at import from the operation table (see ``_resources``).

Both take the same keyword options, the names of ``pingxx.client_options()``
(``timeout_ms``, ``max_retries``, ``proxy``, ...): they go to the core as one
JSON object, and an unknown name raises ``ConfigurationError``. Types come from
the generated stub ``_client.pyi``.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from typing import Any, AsyncIterator, Callable, Dict, Generic, Iterator, Mapping, Optional, TypeVar

from . import _native
from ._resources import Params, Resource, bind_args, build_resources

__all__ = ["Client", "AsyncClient", "AsyncListIterator", "Resource"]

T = TypeVar("T")


def _sync_method(op: Mapping[str, Any]) -> Callable[..., Any]:
    def method(self: Resource, *args: Any, params: Params = None) -> Dict[str, Any]:
        result: Dict[str, Any] = self._client.call(op["name"], bind_args(op, args, params))
        return result

    return method


def _sync_auto(op: Mapping[str, Any]) -> Callable[..., Any]:
    def list_auto(self: Resource, *args: Any, params: Params = None) -> Iterator[Dict[str, Any]]:
        items: Iterator[Dict[str, Any]] = self._client.list_auto(op["name"], bind_args(op, args, params))
        return items

    return list_auto


def _async_method(op: Mapping[str, Any]) -> Callable[..., Any]:
    async def method(self: Resource, *args: Any, params: Params = None) -> Dict[str, Any]:
        result: Dict[str, Any] = await self._client.call(op["name"], bind_args(op, args, params))
        return result

    return method


def _async_auto(op: Mapping[str, Any]) -> Callable[..., Any]:
    def list_auto(self: Resource, *args: Any, params: Params = None) -> AsyncIterator[Dict[str, Any]]:
        items: AsyncIterator[Dict[str, Any]] = self._client.list_auto(op["name"], bind_args(op, args, params))
        return items

    return list_auto


_SYNC_TOP_LEVEL = build_resources(_sync_method, _sync_auto)
_ASYNC_TOP_LEVEL = build_resources(_async_method, _async_auto, prefix="Async")


class Client:
    """A Ping++ API client over the Rust core. Thread-safe: share one per process.

    ``Client(api_key="sk_test_...", app_id="app_...", timeout_ms=5000, ...)``: the
    keyword options are those of ``pingxx.client_options()``. Every call validates
    its params first (``ValidationError``, nothing sent), signs the request when
    ``private_key`` is set, releases the GIL while waiting, and returns a
    ``PingxxObject`` (a dict with ``request_id`` and ``http_status``).
    """

    def __init__(self, api_key: str, **options: Any) -> None:
        self._native = _native.Client(api_key=api_key, **options)
        for attr, cls in _SYNC_TOP_LEVEL.items():
            setattr(self, attr, cls(self))

    def call(self, operation: str, params: Params = None) -> Dict[str, Any]:
        """Calls an operation by name (``orders.pay``, ...) and returns the answer."""
        result: Dict[str, Any] = self._native.call(operation, params)
        return result

    def list_auto(self, operation: str, params: Params = None) -> Iterator[Dict[str, Any]]:
        """Every item of a paginated list operation, fetched page by page as the iterator advances."""
        items: Iterator[Dict[str, Any]] = self._native.list_auto(operation, params)
        return items

    def request(self, method: str, path: str, body: Params = None) -> Dict[str, Any]:
        """Sends one raw request (``GET``/``POST``/``PUT``/``DELETE``, path from ``/v1/``)."""
        result: Dict[str, Any] = self._native.request(method, path, body)
        return result

    @property
    def app_id(self) -> Optional[str]:
        """The configured app id."""
        app: Optional[str] = self._native.app_id
        return app

    @property
    def api_base(self) -> str:
        """The API base URL."""
        base: str = self._native.api_base
        return base

    def __repr__(self) -> str:
        return repr(self._native)


async def _off_loop(fn: Callable[..., T], *args: Any) -> T:
    """Runs the blocking ``fn(*args)`` on the loop's default executor, in a copy of
    the caller's context (so ``contextvars`` reach log records); the native call
    releases the GIL, so the loop keeps running meanwhile."""
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(ctx.run, fn, *args))


_END = object()


class AsyncListIterator(Generic[T]):
    """``async for item in client.orders.list_auto(...)``: every item, each page
    fetched off the event loop. Generic in the item type, as in the stub."""

    def __init__(self, items: Iterator[T]) -> None:
        self._items = items

    def __aiter__(self) -> "AsyncListIterator[T]":
        return self

    async def __anext__(self) -> T:
        item = await _off_loop(next, self._items, _END)
        if item is _END:
            raise StopAsyncIteration
        result: T = item
        return result

    @property
    def pages_fetched(self) -> int:
        """How many pages have been fetched so far."""
        pages: int = getattr(self._items, "pages_fetched")
        return pages


class AsyncClient:
    """The asyncio client: the same options, resource namespaces and exceptions as
    ``Client``; every call is awaitable and never blocks the event loop.

    Each native call runs on the loop's default executor (a thread pool: set your
    own with ``loop.set_default_executor`` to allow more calls in flight) with the
    GIL released. Cancelling an awaiting task returns at once and leaves the client
    usable, but the request already sent runs to its end: a cancelled money-moving
    call may still have taken effect (check with a retrieve before retrying).
    """

    def __init__(self, api_key: str, **options: Any) -> None:
        self._native = _native.Client(api_key=api_key, **options)
        for attr, cls in _ASYNC_TOP_LEVEL.items():
            setattr(self, attr, cls(self))

    async def call(self, operation: str, params: Params = None) -> Dict[str, Any]:
        """Calls an operation by name (``orders.pay``, ...) and returns the answer."""
        result: Dict[str, Any] = await _off_loop(self._native.call, operation, params)
        return result

    def list_auto(self, operation: str, params: Params = None) -> AsyncListIterator[Dict[str, Any]]:
        """Every item of a paginated list operation: ``async for item in ...``."""
        return AsyncListIterator(self._native.list_auto(operation, params))

    async def request(self, method: str, path: str, body: Params = None) -> Dict[str, Any]:
        """Sends one raw request (``GET``/``POST``/``PUT``/``DELETE``, path from ``/v1/``)."""
        result: Dict[str, Any] = await _off_loop(self._native.request, method, path, body)
        return result

    @property
    def app_id(self) -> Optional[str]:
        """The configured app id."""
        app: Optional[str] = self._native.app_id
        return app

    @property
    def api_base(self) -> str:
        """The API base URL."""
        base: str = self._native.api_base
        return base

    def __repr__(self) -> str:
        return "Async" + repr(self._native)
