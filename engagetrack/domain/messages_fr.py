"""The French of every message below the window: English text (the key) → French.

Canadian federal usage: a space before the colon, « » for quotations, the Government of
Canada's terms (organisation, réunion, engagement, cote, Protégé A/B, registre, classeur).
A unit test holds this table to the texts the code passes to `t()`, placeholders included.
"""

from __future__ import annotations

FRENCH: dict[str, str] = {}
