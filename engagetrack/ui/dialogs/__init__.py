"""Dialogs of the Organizations tab: organization, contact and merge editors."""
