#!/usr/bin/env python3
"""Extracts the JSON examples of objects and responses from the API documents.

Usage: python3 tests/vectors/doc_examples/extract.py [API_DOCS_DIR]
(default: ../shared/api-docs relative to the repository root).

A candidate example is a `{` that opens a line (after optional indentation) or
follows `JSON: ` (the Ruby tabs). Each candidate is decoded with the standard
JSON decoder. Kept: decoded objects that are an API object (a top-level string
`object` field) or a response example (the nearest heading before it says
返回示例 / 对象示例 / 示例对象: results without `object`, like card_bin or a
deletion). Request bodies are left out. Identical examples in one document (the
same object shown in each language tab) are written once.

Writes `<doc>__<object>__<n>.json` next to this script (`<object>` is the
`object` field, `list_of_<kind>` for a list envelope, or the response kind named
by the section) and `README.md`, which lists every malformed example skipped.
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RESPONSE_HEADINGS = ("返回示例", "对象示例", "示例对象")
REQUEST_HEADINGS = ("请求示例",)
# Response examples without an `object` field: the keyword nearest before the
# example (the endpoint address or heading) names the kind.
KIND_BY_SECTION = (
    ("upload_pic", "upload_pic"),
    ("card_bin", "card_bin"),
    ("users/{user_id}/settle_accounts", "card_binding"),
    ("删除", "deleted"),
)


def candidates(text):
    """Yields (offset, line number) of each `{` that may open an example."""
    for m in re.finditer(r"(?m)^[ \t]*\{|JSON: \{", text):
        start = m.end() - 1
        yield start, text.count("\n", 0, start) + 1


def block_end(text, start):
    """End of the fenced block (or paragraph) holding start: fragments of a
    malformed example are not examples of their own."""
    for marker in ("```", "\n\n"):
        end = text.find(marker, start)
        if end != -1:
            return end
    return len(text)


def section_of(text, offset):
    """The example label and the endpoint heading or address before offset."""
    before = text[:offset]
    label = ""
    for line in reversed(before.splitlines()[-60:]):
        s = line.strip().lstrip("#").strip()
        if any(h in s for h in RESPONSE_HEADINGS + REQUEST_HEADINGS):
            label = s
            break
    context = before[-2500:]
    return label, context


def kind_of(value, label, context):
    obj = value.get("object")
    if isinstance(obj, str):
        if obj == "list":
            data = value.get("data") or []
            inner = {d.get("object") for d in data if isinstance(d, dict)}
            inner.discard(None)
            return "list_of_" + (inner.pop() if len(inner) == 1 else "empty")
        return obj
    if not any(h in label for h in RESPONSE_HEADINGS):
        return None
    if value.get("deleted") is True:
        return "deleted"
    found = [(context.rfind(word), kind) for word, kind in KIND_BY_SECTION if word in context]
    return max(found)[1] if found else None


def extract(doc):
    text = doc.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    kept, malformed, seen = [], [], set()
    end_of_last = -1
    for start, line in candidates(text):
        if start < end_of_last:
            continue
        label, context = section_of(text, start)
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError as e:
            if any(h in label for h in RESPONSE_HEADINGS):
                malformed.append((doc.name, line, label, str(e)))
            end_of_last = block_end(text, start)
            continue
        end_of_last = end
        if not isinstance(value, dict):
            continue
        kind = kind_of(value, label, context)
        if kind is None:
            continue
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        kept.append((kind, line, value))
    return kept, malformed


def main():
    docs_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "api-docs"
    for old in HERE.glob("*.json"):
        old.unlink()
    all_malformed, index = [], []
    for doc in sorted(docs_dir.glob("*.md")):
        if doc.name == "README.md":
            continue
        kept, malformed = extract(doc)
        all_malformed += malformed
        counts = {}
        for kind, line, value in kept:
            counts[kind] = counts.get(kind, 0) + 1
            name = f"{doc.stem}__{kind}__{counts[kind]}.json"
            (HERE / name).write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            index.append((name, doc.name, line))
    with open(HERE / "README.md", "w", encoding="utf-8") as f:
        f.write("# JSON examples of the API documents\n\n")
        f.write("Extracted by `extract.py` from `../shared/api-docs/*.md` (run it from anywhere;\n")
        f.write("it rewrites every `*.json` here and this file). `core/tests/models_roundtrip.rs`\n")
        f.write("reads each file, deserialises it into its typed model and checks that serialising\n")
        f.write("gives back the same JSON value.\n\n")
        f.write(f"## Extracted ({len(index)})\n\n| file | source | line |\n| --- | --- | --- |\n")
        for name, src, line in index:
            f.write(f"| `{name}` | `{src}` | {line} |\n")
        f.write(f"\n## Skipped: malformed JSON ({len(all_malformed)})\n\n")
        f.write("Response or object examples that are not well-formed JSON; not tested.\n\n")
        f.write("| source | line | section | error |\n| --- | --- | --- | --- |\n")
        for src, line, label, err in all_malformed:
            f.write(f"| `{src}` | {line} | {label} | {err} |\n")
    print(f"{len(index)} examples written, {len(all_malformed)} malformed skipped")


if __name__ == "__main__":
    main()
