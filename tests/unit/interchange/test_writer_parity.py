"""The XlsxWriter workbook is the openpyxl one, cell for cell and style for style.

The openpyxl writer the export used before is kept as the reference
(tests/helpers/openpyxl_reference/); both write the same register and both files are read
back with openpyxl, then compared value by value and property by property: cell values,
types, number formats, fonts, fills, alignment, borders, quote prefixes, row heights,
column widths, frozen panes, autofilters, print titles, page set-up, margins, headers and
footers, conditional formats, charts, sheet order and names, and document properties.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import spec
from engagetrack.interchange.exporter import export_workbook
from engagetrack.services import briefing_log, demo, synthetic
from engagetrack.store.database import Database, open_database
from tests.helpers.openpyxl_reference import exporter as reference
from tests.helpers.workbook_fixtures import fill_register

TODAY = date.today()
EVERY_SHEET = (*spec.EXPORT_SHEETS, spec.BRIEFS)


def _rgb(colour: Any) -> str | None:
    """A colour as its last six hex digits (openpyxl spells 1F3864 as 001F3864 or FF1F3864)."""
    rgb = getattr(colour, "rgb", None)
    return rgb[-6:].upper() if isinstance(rgb, str) else None


def _style(cell: Any) -> tuple[Any, ...]:
    font, fill, align, bottom = cell.font, cell.fill, cell.alignment, cell.border.bottom
    return (
        cell.number_format,
        bool(font.b),
        bool(font.i),
        font.sz or 11.0,  # a font with no size is drawn at the workbook's default, 11
        _rgb(font.color),
        fill.fill_type,
        _rgb(fill.fgColor) if fill.fill_type else None,
        align.horizontal,
        align.vertical,
        bool(align.wrap_text),
        bottom.style if bottom is not None else None,
        _rgb(bottom.color) if bottom is not None and bottom.style else None,
        bool(cell.quotePrefix),
    )


def _cells(ws: Worksheet) -> dict[str, tuple[Any, ...]]:
    return {
        cell.coordinate: (cell.value, cell.data_type, _style(cell))
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None or cell.has_style
    }


def _part(part: Any) -> tuple[Any, ...]:
    return (part.text, part.font, part.size, part.color)


def _page(ws: Worksheet) -> dict[str, Any]:
    setup, margins = ws.page_setup, ws.page_margins
    return {
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "titles": ws.print_title_rows,
        "orientation": setup.orientation,
        "paper": str(setup.paperSize),
        "fit": (str(setup.fitToWidth), str(setup.fitToHeight)),
        "fit to page": ws.sheet_properties.pageSetUpPr.fitToPage,
        "gridlines": bool(ws.print_options.gridLines),
        "margins": (
            margins.left,
            margins.right,
            margins.top,
            margins.bottom,
            margins.header,
            margins.footer,
        ),
        "header": [_part(p) for p in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)],
        "footer": [_part(p) for p in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right)],
    }


def _widths(ws: Worksheet) -> dict[int, float]:
    """Each column's width (openpyxl groups equal neighbours in one <col>, XlsxWriter not)."""
    return {
        column: round(d.width, 3)
        for d in ws.column_dimensions.values()
        if d.customWidth
        for column in range(d.min, d.max + 1)
    }


def _heights(ws: Worksheet) -> dict[int, float]:
    return {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None}


def _conditional(ws: Worksheet) -> list[tuple[Any, ...]]:
    rules = []
    for area in ws.conditional_formatting:
        for rule in area.rules:
            fill = rule.dxf.fill
            rules.append(
                (
                    str(area.sqref),
                    rule.type,
                    rule.operator,
                    tuple(rule.formula),
                    _rgb(fill.bgColor) or _rgb(fill.fgColor),
                    _rgb(rule.dxf.font.color),
                )
            )
    return rules


def _title(chart: Any) -> str:
    return "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))


def _srgb(choice: Any) -> str | None:
    colour = getattr(choice, "srgbClr", None)
    if colour is None:
        return None
    return str(colour if isinstance(colour, str) else colour.val).upper()


def _series(s: Any) -> tuple[Any, ...]:
    props = s.graphicalProperties
    fill = props.solidFill if props is not None else None
    line = props.line.solidFill if props is not None and props.line is not None else None
    category = s.cat.strRef or s.cat.numRef
    return (
        s.tx.strRef.f.replace("'", ""),
        s.val.numRef.f.replace("'", ""),
        category.f.replace("'", ""),
        _srgb(fill),
        _srgb(line),
    )


def _charts(ws: Worksheet) -> list[dict[str, Any]]:
    out = []
    for chart in ws._charts:
        labels = chart.dataLabels
        shows_values = bool(labels is not None and labels.showVal) or any(
            s.dLbls is not None and s.dLbls.showVal for s in chart.series
        )
        out.append(
            {
                "kind": (chart.tagname, chart.type, chart.grouping),
                "overlap": chart.overlap,
                "title": _title(chart),
                "style": chart.style,
                "legend": None if chart.legend is None else (chart.legend.position or "r"),
                "series": [_series(s) for s in chart.series],
                "values shown": shows_values,
                "categories reversed": chart.x_axis.scaling.orientation,
                "axes shown": (not chart.x_axis.delete, not chart.y_axis.delete),
                "at": (chart.anchor._from.row, chart.anchor._from.col),
            }
        )
    return out


def _gridlines(path: Path) -> list[bool]:
    """Whether each chart draws gridlines, from the file itself (openpyxl's reader adds
    them to any value axis it reads)."""
    with zipfile.ZipFile(path) as archive:
        names = sorted(n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml", n))
        return ["majorGridlines" in archive.read(n).decode() for n in names]


EMU_PER_PIXEL = 9525


def _size(ws: Worksheet, anchor: Any) -> tuple[float, float]:
    """A chart's size in pixels: given (one-cell anchor) or spanned (two-cell anchor)."""
    ext = getattr(anchor, "ext", None)
    if ext is not None:
        return ext.cx / EMU_PER_PIXEL, ext.cy / EMU_PER_PIXEL
    widths, heights = _widths(ws), _heights(ws)
    start, end = anchor._from, anchor.to
    width = sum(
        round(widths[c + 1] * 7) if c + 1 in widths else 64 for c in range(start.col, end.col)
    )
    height = sum(heights.get(r + 1, 15.0) * 4 / 3 for r in range(start.row, end.row))
    width += (end.colOff - start.colOff) / EMU_PER_PIXEL
    height += (end.rowOff - start.rowOff) / EMU_PER_PIXEL
    return width, height


def _compare(old_path: Path, new_path: Path) -> None:
    old, new = load_workbook(old_path), load_workbook(new_path)
    assert new.sheetnames == old.sheetnames
    for name in old.sheetnames:
        a, b = old[name], new[name]
        old_cells, new_cells = _cells(a), _cells(b)
        assert new_cells.keys() == old_cells.keys(), name
        for ref, expected in old_cells.items():
            assert new_cells[ref] == expected, f"{name}!{ref}"
        assert _page(b) == _page(a), name
        assert _widths(b) == _widths(a), name
        assert _heights(b) == _heights(a), name
        assert _conditional(b) == _conditional(a), name
        assert _charts(b) == _charts(a), name
        for chart_a, chart_b in zip(a._charts, b._charts, strict=True):
            assert _size(b, chart_b.anchor) == pytest.approx(_size(a, chart_a.anchor), rel=0.02)
    assert _gridlines(new_path) == _gridlines(old_path)
    for field in ("title", "subject", "description", "keywords", "category"):
        assert getattr(new.properties, field) == getattr(old.properties, field), field
    assert new.properties.created.date() == old.properties.created.date()


def _both(db: Database, folder: Path, **options: Any) -> tuple[Path, Path]:
    old = reference.export_workbook(db, folder / "openpyxl.xlsx", **options).path
    new = export_workbook(db, folder / "xlsxwriter.xlsx", **options).path
    return old, new


def _note(db: Database) -> None:
    entry = briefing_log.NoteEntry(
        number="2026-0001", title_en="=Kestrel & <co>", title_fr="Kestrel et cie", written_on=TODAY,
        kind="briefing", language="en", addressee="Deputy Minister", scope="Whole register",
        marking=Classification.PROTECTED_A, prepared_by="A. Tremblay", file_name="k.docx",
        sha256="ab" * 32,
    )  # fmt: skip
    with db.write() as s:
        briefing_log.add(s, entry, year=TODAY.year, sequence=1, since=None)


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Database]]:
    folder = tmp_path_factory.mktemp("registers")
    made: dict[str, Database] = {}
    made["demo"] = open_database(folder / "demo.db", create=True)
    with made["demo"].write() as s:
        demo.load_demo(s)
    _note(made["demo"])
    made["generated"] = open_database(folder / "generated.db", create=True)
    with made["generated"].write() as s:
        synthetic.generate(s, scale=60, seed=7)
    made["every kind"] = open_database(folder / "fixtures.db", create=True)
    fill_register(made["every kind"])
    yield made
    for db in made.values():
        db.close()


@pytest.mark.parametrize("register", ["demo", "generated", "every kind"])
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"language": "fr", "since": TODAY - timedelta(days=400), "sheets": EVERY_SHEET},
        {"ceiling": Classification.PROTECTED_A, "prepared_by": "=Someone & Co <x>"},
    ],
    ids=["english", "french-since-briefs", "ceiling"],
)
def test_the_xlsxwriter_workbook_is_the_openpyxl_workbook(
    registers: dict[str, Database], register: str, options: dict[str, Any], tmp_path: Path
) -> None:
    old, new = _both(registers[register], tmp_path, **options)
    _compare(old, new)


def test_the_comparison_sees_a_difference(registers: dict[str, Database], tmp_path: Path) -> None:
    """The comparison can fail: a workbook in the other language is not the same workbook."""
    old = reference.export_workbook(registers["demo"], tmp_path / "en.xlsx").path
    new = export_workbook(registers["demo"], tmp_path / "fr.xlsx", language="fr").path
    with pytest.raises(AssertionError):
        _compare(old, new)
