"""The all-or-nothing file write the workbook and the briefing note share: refusals in the
caller's own words, nothing left behind, an existing file untouched until the rename."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from engagetrack.interchange.atomic_file import Target, discard


class Refused(Exception):
    pass


def target(path: Path, *, busy: bool = True) -> Target:
    return Target(path, ".docx", Refused, what="a note's file name", program="Word",
                  nothing="No note was written.", nothing_when_busy=busy)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("note.txt", "note.txt: a note's file name must end in .docx."),
        ("folder.docx", "is a folder; give a file name ending in .docx."),
        ("missing/note.docx", "does not exist."),
    ],
)
def test_a_wrong_target_is_refused_in_the_callers_words(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(Refused, match=message):
        target(tmp_path / name).check()


def test_the_temporary_file_is_beside_the_target_and_renamed_onto_it(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    path.write_bytes(b"old")
    t = target(path)
    temp = t.claim_temp()
    assert temp.parent == tmp_path and temp.name.endswith(".docx.part")
    assert path.read_bytes() == b"old"  # untouched until the rename
    temp.write_bytes(b"new")
    t.replace(temp)
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.docx"]


def test_a_file_held_open_says_which_program_to_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def held(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", held)
    path = tmp_path / "note.docx"
    with pytest.raises(Refused) as caught:
        target(path).replace(path)
    assert str(caught.value) == (
        "note.docx could not be replaced: it is open in another program (close it in Word and"
        " try again) or the folder is read-only. No note was written."
    )
    with pytest.raises(Refused) as caught:
        target(path, busy=False).replace(path)
    assert str(caught.value).endswith("or the folder is read-only.")


def test_an_unwritable_file_names_the_folder_and_the_reason(tmp_path: Path) -> None:
    failure = target(tmp_path / "note.docx").failure(OSError(28, "No space left on device"))
    assert isinstance(failure, Refused)
    assert str(failure) == (
        f"note.docx could not be written to {tmp_path}: No space left on device."
        " No note was written."
    )


def test_discard_is_quiet_when_there_is_nothing_to_remove(tmp_path: Path) -> None:
    discard(tmp_path / "never written.part")
    left = tmp_path / "left.part"
    left.write_bytes(b"")
    discard(left)
    assert not left.exists()
