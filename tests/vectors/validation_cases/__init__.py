"""The cases of tests/vectors/validation.json, by area; `gen_validation.py` writes them."""
