"""The validation vectors against the OpenAPI request schemas.

Every valid vector of tests/vectors/validation.json must pass the JSON Schema of its
operation's parameters in docs/openapi.json (`#/components/schemas/<operation>.params`,
the request body of POST/PUT and the query of GET/DELETE); every invalid vector must fail
it, unless each of its errors is one JSON Schema cannot state (NOT_EXPRESSIBLE below).

usage: python vectors.py docs/openapi.json operations.json tests/vectors/validation.json
(operations.json: `pingxx ops --json`, for what the SDK fills in before sending.)
"""

import json
import sys

from jsonschema import Draft202012Validator

# Rules that JSON Schema cannot state, and why. An invalid vector whose every error
# is one of these is expected to pass the schema (the API and the SDK reject it).
NOT_EXPRESSIBLE = {
    "time_window": "a unix time within a window relative to now: a schema has no clock",
    "max_bytes": "a length in UTF-8 bytes: maxLength counts characters",
    "conditional": "a field required or forbidden because of another one (validate/hooks.rs); "
    "described in the operation's description",
}


# Errors that cross-field hooks report with an ordinary rule name: (hook, field, rule).
HOOK_ERRORS = {
    # `app[id]` as a flat key or `app.id`: the document says it in the description.
    ("app_id_required", "app.id", "required"),
    # Without `settle_account`, a personal wallet needs `extra.return_url`.
    ("withdrawal_account", "extra.return_url", "required"),
}


def explained(op, err, value, node):
    """True when the error `err` at `value` (schema node `node`) is a rule JSON Schema cannot state."""
    rule = err["rule"]
    if rule in NOT_EXPRESSIBLE:
        return True
    if node and node.get("by_path"):
        return True  # a body shape chosen by a path parameter (`.../channels/{channel}`)
    if any((h, err["field"], rule) in HOOK_ERRORS for h in op["hooks"]):
        return True
    if rule == "max_keys" and isinstance(value, dict) and len(value) <= 10:
        return True  # keys and string values at most 1000 characters in total
    if rule == "max_length" and node is not None and node.get("max_json_chars") is not None:
        return True  # a list's length as compact JSON text
    if rule == "type" and isinstance(value, float) and value.is_integer():
        return True  # an integer written with a fraction (100.0) is an integer to JSON Schema
    return False


def case_of(node, params):
    """The case of the `by_channel` node `node` for the channel in `params` (the checker's choice)."""
    channel = params
    for part in node["channel_field"].split("."):  # a dotted field: `charge.channel`
        channel = channel.get(part) if isinstance(channel, dict) else None
    channel = channel if isinstance(channel, str) else ""
    cases = node.get("cases", {})
    if channel in cases:
        return cases[channel]
    prefixes = [k for k in cases if k.endswith("*") and channel.startswith(k[:-1])]
    if prefixes:
        return cases[max(prefixes, key=len)]
    return node.get("default")


def lookup(op, params, node, field):
    """The value and the operations-JSON node at the dotted path `field`; a shape chosen
    by a path parameter is not resolved (None: JSON Schema cannot select it)."""
    if isinstance(params, dict) and field in params:
        return params[field], (node or {}).get("fields", {}).get(field)
    value = params
    for part in field.replace("[", ".[").split("."):
        if not part:
            continue
        if node and node.get("type") == "by_channel":
            if node["channel_field"] in op["path_params"]:
                return value, {"by_path": True}
            node = case_of(node, params)
        if part.startswith("[") and part[1:-1].isdigit():
            i = int(part[1:-1])
            value = value[i] if isinstance(value, list) and i < len(value) else None
            node = node.get("items") if node else None
        else:
            part = part.strip("[]")
            value = value.get(part) if isinstance(value, dict) else None
            node = (node or {}).get("fields", {}).get(part)
    if node and node.get("type") == "by_channel":
        node = case_of(node, params)
    return value, node


def filled(op, params):
    """The parameters as the SDK sends them: path parameters out, the defaults filled in."""
    if not isinstance(params, dict):
        return params
    p = dict(params)
    for name in op["path_params"]:
        p.pop(name, None)
    for k, v in op["defaults"].items():
        if p.get(k) is None:
            p[k] = v
    return p


def main():
    doc = json.load(open(sys.argv[1]))
    ops = {o["name"]: o for o in json.load(open(sys.argv[2]))["operations"]}
    vectors = json.load(open(sys.argv[3]))["cases"]
    validators = {}
    passed = failed = unexpressed = 0
    for case in vectors:
        name = case["operation"]
        op = ops[name]
        if name not in validators:
            root = {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$ref": f"#/components/schemas/{name}.params",
                "components": doc["components"],
            }
            validators[name] = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
        params = case["params"]
        path_errors = [
            p for p in op["path_params"]
            if not (p == "app_id" and isinstance(params, dict) and params.get(p) is None)  # the client's app id
            if not isinstance(params, dict) or not (isinstance(params.get(p), (int, str)) and str(params[p]) != "")
        ]
        errors = list(validators[name].iter_errors(filled(op, params)))
        rejected = bool(errors or path_errors)
        if case.get("valid"):
            ok = not rejected
            why = f"path parameters {path_errors}; " if path_errors else ""
            why += "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:3])
        else:
            expressible = [
                e for e in case["errors"]
                if not explained(op, e, *lookup(op, params, op["params"], e["field"]))
            ]
            if not expressible:
                unexpressed += 1
                ok = True
                why = ""
            else:
                ok = rejected
                why = f"accepted, but {expressible} are JSON Schema rules"
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {case['name']} ({name}): {why}")
    print(f"{len(vectors)} vectors; {unexpressed} invalid only by rules JSON Schema cannot state "
          f"({', '.join(sorted(NOT_EXPRESSIBLE))}, metadata text total, list JSON length, 100.0)")
    print(f"vectors: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
