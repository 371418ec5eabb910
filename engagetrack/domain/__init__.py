"""Pure domain: vocabularies, the built-in principles and validation rules (no I/O, no Qt)."""
