"""One palette for the assessment statuses, on screen and on paper, so that a status looks the
same in the window's matrix and in the printed workbook. The status is always written out as
well: colour only repeats it (distinct hues and lightness, readable without colour vision)."""

from __future__ import annotations

from dataclasses import dataclass

from engagetrack.domain.vocabularies import AssessmentStatus


@dataclass(frozen=True)
class StatusColour:
    """Six-digit RGB hex, no "#": as openpyxl takes them; the window adds the "#"."""

    fill: str  # a pale background: the light palette and the workbook's cells
    ink: str  # the text on that background
    dark: str  # the background in a dark palette (light text)
    chart: str  # a stronger shade for bars in a chart


STATUS_COLOURS: dict[AssessmentStatus, StatusColour] = {
    AssessmentStatus.IMPLEMENTED: StatusColour("C6E9C9", "0B3D13", "1F4D24", "4CAF50"),
    AssessmentStatus.IN_PROGRESS: StatusColour("FFE9B3", "5C4300", "574300", "F0B429"),
    AssessmentStatus.PLANNED: StatusColour("D6E6FB", "123A66", "1B3F66", "5B8FD6"),
    AssessmentStatus.NOT_STARTED: StatusColour("F9D2D0", "7A0A0A", "5E2220", "D9534F"),
    AssessmentStatus.NOT_APPLICABLE: StatusColour("E3E3E3", "404040", "3D3D3D", "A0A0A0"),
    AssessmentStatus.UNKNOWN: StatusColour("F5F5F5", "707070", "2B2B2B", "D0D0D0"),
}
