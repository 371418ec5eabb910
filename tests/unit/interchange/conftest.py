"""The interchange tests run on SQLite and on PostgreSQL (see tests/conftest.py)."""

from collections.abc import Iterator

import pytest

from engagetrack.interchange import importer

ENGINES = "both"


@pytest.fixture(params=["this process", "second process"])
def both_writers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An import test run twice on a register file: its rows written by the importer's own
    connection, then by the second process (store/writer_process.py) whatever the size."""
    engine = getattr(request.node, "callspec", None)
    if request.param == "second process" and engine and engine.params.get("engine") == "postgresql":
        pytest.skip("a server register is written by its own connection (COPY)")
    if request.param == "second process":
        monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", 0)
    else:
        monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", 1 << 62)
    yield request.param
