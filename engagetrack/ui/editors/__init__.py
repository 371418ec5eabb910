"""Dialogs and form widgets of the Pipeline, Meetings, Commitments and Principles tabs."""
