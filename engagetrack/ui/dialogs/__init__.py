"""Dialogs: the record editors, the merge, stage-change, search and start-up dialogs."""
