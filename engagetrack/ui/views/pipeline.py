"""The Pipeline tab (placeholder until built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engagetrack.store.database import Database
from engagetrack.ui.views.base import DataBus, View


class PipelineView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pipeline")))
