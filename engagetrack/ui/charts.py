"""The Dashboard's two charts (QtCharts), drawn in the palette's colours so dark mode reads.

Imported only once the Dashboard has painted its figures: loading QtCharts costs start-up
time that the first paint should not pay.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QToolTip

from engagetrack.domain.principles import PRINCIPLES
from engagetrack.ui.i18n import arg, number, tr

_ACCENT = QColor("#2e6da4")


def _styled(chart: QChart) -> None:
    palette = QApplication.palette()
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    text = palette.color(QPalette.ColorRole.WindowText)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
    chart.setTitleBrush(text)


def _bars(
    values: list[int], labels: list[str], name: str, tooltips: list[str] | None = None
) -> QChart:
    chart = QChart()
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(_ACCENT)
    bar_set.setBorderColor(_ACCENT)
    bar_set.setLabelColor(QApplication.palette().color(QPalette.ColorRole.WindowText))
    series = QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values_axis = QValueAxis()
    values_axis.setLabelFormat("%d")
    top = max([*values, 1])
    if top <= 8:
        # a tick per whole number: "nice numbers" would put ticks at 0.5 and label them
        # "0, 0, 1, 1" on a new register
        values_axis.setRange(0, top + 1)
        values_axis.setTickCount(top + 2)
    else:
        values_axis.setRange(0, top * 1.12)
        values_axis.applyNiceNumbers()  # ticks on whole, round numbers
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values_axis)
    if tooltips:

        def hovered(status: bool, index: int, _set: QBarSet) -> None:
            if status and 0 <= index < len(tooltips):
                QToolTip.showText(QCursor.pos(), tooltips[index])

        series.hovered.connect(hovered)
    _styled(chart)
    return chart


class DashboardCharts:
    """Endorsers over time (cumulative, by year) and principle coverage (P1…P11)."""

    def __init__(self, timeline_box: QGroupBox, coverage_box: QGroupBox) -> None:
        self.timeline = QChartView(timeline_box)
        self.coverage = QChartView(coverage_box)
        for view, box, name in (
            (self.timeline, timeline_box, tr("Endorsers over time")),
            (self.coverage, coverage_box, tr("Principle coverage")),
        ):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setAccessibleName(name)
            view.setMinimumHeight(180)
            layout = box.layout()
            if layout is not None:
                layout.addWidget(view)

    def update(
        self, by_year: list[tuple[int, int]], undated: int, coverage: dict[int, int]
    ) -> None:
        years: list[str] = []
        cumulative: list[int] = []
        tips: list[str] = []
        running = 0
        for year, count in by_year:
            running += count
            years.append(str(year))
            cumulative.append(running)
            tips.append(
                arg(
                    tr("%1: %2 endorsers in all, %3 new that year"),
                    str(year),
                    number(running),
                    number(count),
                )
            )
        self.timeline.setChart(_bars(cumulative, years or ["—"], tr("Endorsers"), tips))
        note = tr("Endorsers in all at the end of each year; the last bar is this year so far.")
        if undated:
            note += " " + arg(
                tr("%1 endorsers have no endorsement date and are not counted here."),
                number(undated),
            )
        self.timeline.setToolTip(note)
        numbers = sorted(coverage)
        titles = {p.number: p.short_title_en for p in PRINCIPLES}
        self.coverage.setChart(
            _bars(
                [coverage[n] for n in numbers],
                [f"P{n}" for n in numbers],
                tr("Implemented"),
                [
                    arg(
                        tr("P%1: %2: %3 endorsers implement it"),
                        str(n),
                        titles.get(n, ""),
                        number(coverage[n]),
                    )
                    for n in numbers
                ],
            )
        )
