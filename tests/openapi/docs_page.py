"""The reference page of the emulator (`GET /_mock/docs`) renders in headless Chromium.

Chromium loads the page (Redoc, served by the emulator with the document: no network),
dumps the rendered DOM, which must show the summary and path of a known operation
(charges.create, read from the document), and takes a screenshot, which must be a PNG
of the window's size with a drawn page on it (not blank).

usage: python docs_page.py CHROMIUM BASE_URL docs/openapi.json OUT_DIR
"""

import json
import os
import struct
import subprocess
import sys
import zlib

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=1280,1600",
    "--virtual-time-budget=15000",
]


def chromium(binary, url, *args):
    out = subprocess.run(
        [binary, *FLAGS, *args, url], capture_output=True, timeout=180, check=True
    )
    return out.stdout.decode("utf-8", "replace")


def png_pixels(path):
    """(width, height, decompressed scanlines) of a PNG file."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, size = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return size[0], size[1], zlib.decompress(idat)


def main():
    binary, base, doc_path, out_dir = sys.argv[1:5]
    doc = json.load(open(doc_path))
    op = doc["paths"]["/v1/charges"]["post"]
    assert op["operationId"] == "charges.create"
    url = f"{base}/_mock/docs"
    dom = chromium(binary, url, "--dump-dom")
    checks = {
        "the summary of charges.create": op["summary"] in dom,
        "its path": "/v1/charges" in dom,
        "the title": doc["info"]["title"] in dom,
        "the webhook": doc["webhooks"]["event"]["post"]["summary"] in dom,
    }
    shot = os.path.join(out_dir, "docs-page.png")
    if os.path.exists(shot):
        os.remove(shot)
    chromium(binary, url, f"--screenshot={shot}")
    width, height, raw = png_pixels(shot)
    checks["a 1280x1600 screenshot"] = (width, height) == (1280, 1600)
    distinct = len(set(raw[:: max(1, len(raw) // 200000)]))
    checks["a drawn page (not blank)"] = distinct > 32
    failed = [what for what, ok in checks.items() if not ok]
    for what, ok in checks.items():
        print(f"   {'ok' if ok else 'FAIL'}: {what}")
    print(f"   screenshot: {shot} ({os.path.getsize(shot)} bytes, {distinct} distinct byte values)")
    print(f"docs page: {len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
