#!/usr/bin/env python3
"""Writes tests/vectors/validation.json: the shared validation vectors.

The JSON file is committed and is the source the Rust, C, Python and Node
suites read; this script only documents how it was made. Run it from the
repository root (or anywhere): `python3 tests/vectors/gen_validation.py`.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Importing an area adds its cases, in this order (the order of the JSON file).
from validation_cases import charges, orders, accounts, later, transfers, services, settle_accounts, agreements, balances, royalties, sub_app_extras, coupons, split_profits  # noqa: E402,F401
from validation_cases.common import ABOUT, NOW, cases  # noqa: E402


def main():
    out = {"about": ABOUT, "now": NOW, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    valid = sum(1 for c in cases if c.get("valid"))
    print(f"wrote {path}: {len(cases)} cases ({valid} valid, {len(cases) - valid} invalid)")


if __name__ == "__main__":
    main()
