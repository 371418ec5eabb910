"""`make bundle`: the one-folder program, its SBOM and licences, the zip and its checksum.

    python packaging/build_bundle.py [--dist dist] [--work build/bundle]

Always a full build (PyInstaller's cache cleared): what is tested is built from the tree as
it is. Runs on Linux, Windows and macOS alike (docs/install.md gives the Windows steps).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from components import ROOT, Component, locked, project, with_licences, write_stamp
from notices import write_licences, write_sbom
from release import sha256, write_checksums, zip_folder
from system_libs import bundled_system_libraries

SPEC = ROOT / "packaging" / "engagetrack.spec"


def platform_tag() -> str:
    machine = {"amd64": "x64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}
    arch = machine.get(platform.machine().lower(), platform.machine().lower())
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{arch}"


def python_component() -> Component:
    """The interpreter inside the bundle, with the licence text it was built with."""
    base = Path(sys.base_prefix)
    texts = {}
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            texts["LICENSE.txt"] = candidate.read_text(encoding="utf-8", errors="replace")
            break
    version = platform.python_version()
    return Component(
        name="cpython",
        version=version,
        licence="PSF-2.0",
        texts=texts,
        kind="platform",
        purl=f"pkg:generic/cpython@{version}",
        note="the Python interpreter and standard library the program runs on",
    )


def build(dist: Path, work: Path) -> Path:
    folder = dist / "EngageTrack"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    extras = work / "extras"
    stamp = write_stamp(extras)
    packages = with_licences(locked())

    env = dict(os.environ, ENGAGETRACK_BUILD_EXTRAS=str(extras))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        env=env,
    )

    # what was built, for the SBOM: the interpreter, the locked packages and, on Linux,
    # the system libraries PyInstaller copied from the build machine
    components = [python_component(), *packages, *bundled_system_libraries(folder)]
    write_licences(folder / "THIRD-PARTY-LICENSES.txt", components)
    app = {
        **stamp,
        "licence": str(project()["license"]),
        "artifact": f"bundle {platform_tag()}",
    }
    write_sbom(folder / "sbom.cdx.json", app, components)

    archive = dist / f"EngageTrack-{stamp['version']}-{platform_tag()}.zip"
    zip_folder(folder, archive)
    write_checksums([archive], archive.with_name(archive.name + ".sha256"))
    # the SBOM and licences beside the zip too: a reviewer reads them before unpacking it
    shutil.copy2(folder / "sbom.cdx.json", dist / f"{archive.stem}.cdx.json")
    print(f"{folder}  ({_size_mb(folder):.0f} MB)")
    print(f"{archive}  ({archive.stat().st_size / 1e6:.0f} MB, sha256 {sha256(archive)})")
    return folder


def _size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
