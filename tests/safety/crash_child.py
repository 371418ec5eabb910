"""Child process for the kill-loop tests: performs real writes and reports each commit.

Run as `python crash_child.py DB START COUNT`. Each action adds an organization, a contact and
a commitment in ONE transaction, then prints `committed K` (flushed) after the commit
returns. The parent kills this process with SIGKILL at a random moment and checks that every
reported action is wholly there and that no action is partly there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from engagetrack.services import commitments, contacts, organizations
from engagetrack.store.database import open_database


def main() -> None:
    path, start, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    db = open_database(path, create=True)
    print("ready", flush=True)
    for k in range(start, start + count):
        with db.write() as s:
            org = organizations.create(s, {"name": f"Crash org {k}", "notes": "x" * (k % 7 * 500)})
            contacts.create(s, {"organization_id": org.id, "name": f"Contact {k}"})
            commitments.create(s, {"organization_id": org.id, "description": f"Promise {k}"})
            if k % 3 == 0:
                organizations.change_stage(s, org.id, "Contacted", note=f"step {k}")
        print(f"committed {k}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
