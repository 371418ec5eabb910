"""The two documents a security review reads: the CycloneDX SBOM and THIRD-PARTY-LICENSES.txt.

Both are written from the same component list (packaging/components.py), so every component
the SBOM names has its licence text in the licence file.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from components import ROOT, Component

QT_NOTICE = ROOT / "packaging" / "licences" / "QT-NOTICE.txt"
LGPL = ROOT / "packaging" / "licences" / "LGPL-3.0.txt"
GPL = ROOT / "packaging" / "licences" / "GPL-3.0.txt"


def write_sbom(path: Path, app: dict[str, str], components: list[Component]) -> None:
    """CycloneDX 1.6 JSON: the application as the subject, each component with its version,
    licence, SHA-256 hashes and package URL."""

    def entry(c: Component) -> dict[str, object]:
        item: dict[str, object] = {
            "type": c.kind,
            "bom-ref": f"{c.name}@{c.version}",  # unique: one package may give several files
            "name": c.name,
            "version": c.version,
            "licenses": [_licence(c.licence)],
            "hashes": [{"alg": "SHA-256", "content": h} for h in c.hashes],
        }
        if c.purl:
            item["purl"] = c.purl
        if c.note:
            item["description"] = c.note
        return item

    refs = [f"{c.name}@{c.version}" for c in components]
    bom = {
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": app["built"],
            "component": {
                "type": "application",
                "bom-ref": "engagetrack",
                "name": "engagetrack",
                "version": app["version"],
                "licenses": [_licence(app["licence"])],
                "properties": [
                    {"name": "engagetrack:commit", "value": app["commit"]},
                    {"name": "engagetrack:artifact", "value": app["artifact"]},
                ],
            },
        },
        "components": [entry(c) for c in components],
        "dependencies": [{"ref": "engagetrack", "dependsOn": refs}]
        + [{"ref": r, "dependsOn": []} for r in refs],
    }
    path.write_text(json.dumps(bom, indent=2) + "\n", encoding="utf-8")


def _licence(expression: str) -> dict[str, object]:
    # an SPDX expression or id where the package declares one, else its own name for it
    if any(op in expression for op in (" OR ", " AND ", " WITH ")):
        return {"expression": expression}
    if expression in SPDX_IDS:
        return {"license": {"id": expression}}
    return {"license": {"name": expression}}


SPDX_IDS = {
    "MIT",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "PSF-2.0",
    "Apache-2.0",
    "LGPL-3.0-only",
    "Python-2.0",
    "MPL-2.0",
}


def write_licences(path: Path, components: list[Component]) -> None:
    """Every component's licence text, Qt's LGPL-3.0 notice (how to replace the libraries)
    and the LGPL and GPL texts it refers to."""
    rule = "=" * 78
    parts = [
        "EngageTrack: third-party software and licences",
        rule,
        "EngageTrack ships with the components below, each under its own licence. The",
        "SBOM beside this file (sbom.cdx.json) names each with its version and SHA-256.",
        "",
        *(f"  {c.name} {c.version}: {c.licence}" for c in components),
        "",
    ]
    for c in components:
        parts += [rule, f"{c.name} {c.version}  ({c.licence})", rule]
        if c.note:
            parts.append(c.note)
        for name, text in sorted(c.texts.items()):
            parts += [f"--- {name} ---", text.rstrip(), ""]
        if not c.texts and not c.note:
            parts.append("(no licence file shipped by the package; licence as declared above)")
        parts.append("")
    parts += [rule, QT_NOTICE.read_text(encoding="utf-8").rstrip(), ""]
    parts += [rule, "GNU LESSER GENERAL PUBLIC LICENSE, version 3", rule, LGPL.read_text()]
    parts += [rule, "GNU GENERAL PUBLIC LICENSE, version 3", rule, GPL.read_text()]
    path.write_text("\n".join(parts), encoding="utf-8")
