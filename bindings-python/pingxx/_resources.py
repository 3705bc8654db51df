"""Resource namespaces built at import from the operation table, once for the
blocking ``Client`` and once for ``AsyncClient``.

``client.orders.refunds.list(order_id, {...})`` is ``client.call("orders.refunds.list",
{"order_id": order_id, ...})``: path parameters are positional in template order
(a leading ``app_id`` may be left out: the client's is used), then an optional
params dict. Paginated lists also get ``list_auto`` (``<action>_auto``), an
iterator over every item (an async iterator on ``AsyncClient``).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

from . import _native

__all__ = ["Resource", "build_resources", "bind_args", "Params"]

Params = Optional[Mapping[str, Any]]

#: Makes the method of one operation: ``(op) -> function(self, *args, params=None)``.
MethodFactory = Callable[[Mapping[str, Any]], Callable[..., Any]]


def bind_args(op: Mapping[str, Any], args: Tuple[Any, ...], params: Params) -> Dict[str, Any]:
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


class Resource:
    """A namespace of operations (``client.orders``); sub-resources are attributes."""

    _path = ""
    _children: Dict[str, type] = {}

    def __init__(self, client: Any) -> None:
        self._client = client
        for attr, cls in type(self)._children.items():
            setattr(self, attr, cls(client))

    def __repr__(self) -> str:
        return f"<pingxx resource {self._path}>"


def _named(fn: Callable[..., Any], op: Mapping[str, Any], name: str, doc: str) -> Callable[..., Any]:
    fn.__name__ = name
    fn.__qualname__ = f"{op['resource']}.{name}"
    fn.__doc__ = doc
    return fn


def build_resources(method: MethodFactory, auto: MethodFactory, prefix: str = "") -> Dict[str, type]:
    """One ``Resource`` subclass per resource of the table, with ``method(op)`` for
    each operation and ``auto(op)`` for each paginated one; returns the top-level ones."""
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
        ns[op["action"]] = _named(method(op), op, op["action"], f"{op['method']} {op['path']} (``{op['name']}``).")
        if op["pagination"] is not None:
            name = "list_auto" if op["action"] == "list" else f"{op['action']}_auto"
            doc = f"Every item of ``{op['name']}``, page after page ({op['pagination']['style']} pagination)."
            ns[name] = _named(auto(op), op, name, doc)

    built: Dict[str, type] = {}
    for path in sorted(classes, key=lambda p: -p.count(".")):
        attrs = classes[path]
        kids = {leaf: built[child] for leaf, child in attrs["_children"].items()}
        for leaf in kids:
            if leaf in attrs:
                raise RuntimeError(f"operation table: {path}.{leaf} is both a method and a resource")
        attrs = dict(attrs, _children=kids)
        name = prefix + "".join(part.title().replace("_", "") for part in path.split(".")) + "Resource"
        built[path] = type(name, (Resource,), attrs)
    return {path: cls for path, cls in built.items() if "." not in path}
