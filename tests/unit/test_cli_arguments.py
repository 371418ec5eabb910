"""The command line's own argument checks (no subprocess: the parser alone)."""

from __future__ import annotations

import pytest

from engagetrack.cli import build_parser


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_counts_must_be_whole_and_at_least_one(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["audit", "--limit", value], ["generate", "--scale", value]):
        with pytest.raises(SystemExit) as stopped:
            build_parser().parse_args(args)
        assert stopped.value.code == 2
        assert "--" in capsys.readouterr().err


def test_a_positive_count_is_taken() -> None:
    assert build_parser().parse_args(["audit", "--limit", "1"]).limit == 1
    assert build_parser().parse_args(["generate", "--scale", "250"]).scale == 250
