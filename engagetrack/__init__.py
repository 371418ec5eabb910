"""EngageTrack: the register and outreach tracker for the Voluntary Principles."""

__version__ = "0.1.0"
APP_NAME = "EngageTrack"
