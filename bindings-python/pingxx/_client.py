"""The client and its resource namespaces, built at import from the operation table.

``client.orders.refunds.list(order_id, {...})`` is ``client.call("orders.refunds.list",
{"order_id": order_id, ...})``: path parameters are positional in template order
(a leading ``app_id`` may be left out: the client's is used), then an optional
params dict. Paginated lists also get ``list_auto``, an iterator over every item.
Types come from the generated stub ``_client.pyi``.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, Mapping, Optional, Sequence, Tuple

from . import _native

__all__ = ["Client", "Resource"]

Params = Optional[Mapping[str, Any]]


def _bind_args(op: Mapping[str, Any], args: Tuple[Any, ...], params: Params) -> Dict[str, Any]:
    """Merges positional path parameters into a copy of the params dict."""
    names: Sequence[str] = op["path_params"]
    if args and params is None and isinstance(args[-1], Mapping):
        params, args = args[-1], args[:-1]
    if len(args) > len(names):
        raise TypeError(
            f"{op['name']}() takes at most {len(names)} path parameters "
            f"({', '.join(names) or 'none'}) and a params dict, got {len(args)} positional values"
        )
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"{op['name']}(): params must be a dict, got {type(params).__name__}")
    if len(args) < len(names) and names and names[0] == "app_id":
        names = names[1:]
    merged: Dict[str, Any] = dict(params) if params is not None else {}
    merged.update(zip(names, args))
    return merged


def _method(op: Mapping[str, Any]) -> Callable[..., Any]:
    def method(self: "Resource", *args: Any, params: Params = None) -> Dict[str, Any]:
        return self._client.call(op["name"], _bind_args(op, args, params))

    method.__name__ = op["action"]
    method.__qualname__ = f"{op['resource']}.{op['action']}"
    method.__doc__ = f"{op['method']} {op['path']} (operation ``{op['name']}``)."
    return method


def _list_auto(op: Mapping[str, Any]) -> Callable[..., Any]:
    def list_auto(self: "Resource", *args: Any, params: Params = None) -> Iterator[Dict[str, Any]]:
        items: Iterator[Dict[str, Any]] = self._client._native.list_auto(op["name"], _bind_args(op, args, params))
        return items

    list_auto.__name__ = "list_auto"
    list_auto.__qualname__ = f"{op['resource']}.list_auto"
    list_auto.__doc__ = f"Every item of ``{op['name']}``, page after page ({op['pagination']} pagination)."
    return list_auto


class Resource:
    """A namespace of operations (``client.orders``); sub-resources are attributes."""

    _path = ""

    def __init__(self, client: "Client") -> None:
        self._client = client
        for attr, cls in type(self)._children.items():
            setattr(self, attr, cls(client))

    _children: Dict[str, type] = {}

    def __repr__(self) -> str:
        return f"<pingxx resource {self._path}>"


def _build_resources() -> Dict[str, type]:
    """One ``Resource`` subclass per resource of the table; returns the top-level ones."""
    classes: Dict[str, Dict[str, Any]] = {}

    def node(path: str) -> Dict[str, Any]:
        if path not in classes:
            classes[path] = {"_path": path, "_children": {}}
            if "." in path:
                parent, _, leaf = path.rpartition(".")
                node(parent)["_children"][leaf] = path
        return classes[path]

    for op in _native.operations():
        ns = node(op["resource"])
        if op["action"] in ns:
            raise RuntimeError(f"operation table: duplicate method {op['name']}")
        ns[op["action"]] = _method(op)
        if op["pagination"] != "none":
            ns["list_auto" if op["action"] == "list" else f"{op['action']}_auto"] = _list_auto(op)

    built: Dict[str, type] = {}
    for path in sorted(classes, key=lambda p: -p.count(".")):
        attrs = classes[path]
        kids = {leaf: built[child] for leaf, child in attrs["_children"].items()}
        for leaf in kids:
            if leaf in attrs:
                raise RuntimeError(f"operation table: {path}.{leaf} is both a method and a resource")
        attrs = dict(attrs, _children=kids)
        name = "".join(part.title().replace("_", "") for part in path.split(".")) + "Resource"
        built[path] = type(name, (Resource,), attrs)
    return {path: cls for path, cls in built.items() if "." not in path}


_TOP_LEVEL = _build_resources()


class Client:
    """A Ping++ API client over the Rust core. Thread-safe: share one per process.

    Every call validates its params first (``ValidationError``, nothing sent), signs
    the request when ``private_key`` is set, and releases the GIL while waiting.
    """

    def __init__(
        self,
        api_key: str,
        app_id: Optional[str] = None,
        private_key: Optional[str] = None,
        api_base: Optional[str] = None,
        timeout: float = 80.0,
        max_retries: int = 2,
        **options: Any,
    ) -> None:
        self._native = _native.Client(api_key, app_id, private_key, api_base, timeout, max_retries, **options)
        for attr, cls in _TOP_LEVEL.items():
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
