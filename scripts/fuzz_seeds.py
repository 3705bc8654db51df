#!/usr/bin/env python3
"""Writes the seed corpora of the cargo-fuzz targets (fuzz/corpus/<target>/) from tests/vectors."""
import hashlib
import json
import pathlib
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"
CORPUS = ROOT / "fuzz" / "corpus"


def put(target: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def query_of(value, prefix=""):
    """The bracketed form the SDK sends: a[b]=1&c=2."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from query_of(v, f"{prefix}[{k}]" if prefix else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from query_of(v, f"{prefix}[{i}]")
    else:
        text = json.dumps(value) if not isinstance(value, str) else value
        yield f"{urllib.parse.quote(prefix, safe='[]')}={urllib.parse.quote(text, safe='')}"


def main() -> int:
    webhooks = json.loads((VECTORS / "webhooks.json").read_text())["cases"]
    for case in webhooks:
        put("webhook_verify", f"{case['signature']}\n{case['body']}".encode())
    for key in (VECTORS / "keys").iterdir():
        put("key_parse", key.read_bytes())
    validation = json.loads((VECTORS / "validation.json").read_text())["cases"]
    for case in validation:
        params = json.dumps(case["params"], ensure_ascii=False)
        put("validate_any", f"{case['operation']}\n{params}".encode())
        query = "&".join(query_of(case["params"]))
        put("query_decode", query.encode())
        if case["operation"].endswith(".list"):
            put("mock_request", f"GET /v1/orders?{query}\n\n".encode())
        else:
            put("mock_request", f"POST /v1/orders\n\n{params}".encode())
    for example in (VECTORS / "doc_examples").glob("*.json"):
        put("model_roundtrip", example.read_bytes())
    put("query_decode", b"a" + b"[x]" * 200 + b"=1")
    put("mock_request", b"GET /v1/orders?app" + b"[x]" * 200 + b"=1\n\n")
    print(f"seeds written under {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
