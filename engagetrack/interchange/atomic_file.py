"""Writing a file all or nothing: a temporary file beside the target, renamed into place.

The workbook and the briefing note are both written this way, so a failure or a cancel
never leaves a half-written file and never touches an existing file at the target. Every
refusal is raised as the caller's own error class, with a message meant for the user.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from engagetrack.domain.messages import t


@dataclass(frozen=True)
class Target:
    """One file to write whole, and how its messages name it.

    `what` names such a file ("a workbook file name"), `program` is the one likely to hold
    it open ("Excel"), `nothing` ends every message ("Nothing was written.").
    """

    path: Path
    suffix: str
    error: type[Exception]
    what: str
    program: str
    nothing: str
    nothing_when_busy: bool = True  # the workbook's "open in another program" never said it

    def check(self) -> None:
        """Refuse a wrong file name, a folder, or a folder that does not exist."""
        path = self.path
        if path.suffix.lower() != self.suffix:
            raise self.error(
                t(
                    "{name}: {what} must end in {suffix}.",
                    name=path.name,
                    what=t(self.what),
                    suffix=self.suffix,
                )
            )
        if path.is_dir():
            raise self.error(
                t(
                    "{path} is a folder; give a file name ending in {suffix}.",
                    path=path,
                    suffix=self.suffix,
                )
            )
        if not path.parent.is_dir():
            raise self.error(t("The folder {path} does not exist.", path=path.parent))

    def failure(self, exc: OSError) -> Exception:
        """The caller's error for a file that could not be written (to raise from `exc`)."""
        reason = exc.strerror or str(exc)
        path = self.path
        return self.error(
            t(
                "{name} could not be written to {folder}: {reason}.",
                name=path.name,
                folder=path.parent,
                reason=reason,
            )
            + " "
            + t(self.nothing)
        )

    def claim_temp(self) -> Path:
        """The temporary file beside the target, created now: an unwritable folder fails early."""
        path = self.path
        temp = path.with_name(f"~{path.stem}.{uuid.uuid4().hex[:8]}{self.suffix}.part")
        try:
            with open(temp, "xb"):
                pass
        except OSError as exc:
            raise self.failure(exc) from exc
        return temp

    def replace(self, temp: Path) -> None:
        """Rename the finished temporary file onto the target."""
        try:
            os.replace(temp, self.path)
        except PermissionError as exc:
            ending = f" {t(self.nothing)}" if self.nothing_when_busy else ""
            raise self.error(
                t(
                    "{name} could not be replaced: it is open in another program (close it in"
                    " {program} and try again) or the folder is read-only.",
                    name=self.path.name,
                    program=self.program,
                )
                + ending
            ) from exc
        except OSError as exc:
            raise self.failure(exc) from exc


def discard(path: Path) -> None:
    """Remove a file left by a failed write, if it is there; a cleanup never raises."""
    with contextlib.suppress(OSError):
        path.unlink()
