"""Use cases: every write goes through here, one transaction per user action, audited.

Service functions take the Session of the caller's `Database.write()` block, so one user
action (a dialog's OK, a whole import) is one transaction however many records it touches.
"""
