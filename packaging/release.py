"""Release files: the zip of a folder (executable bits kept) and SHA-256 checksum files."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def zip_folder(folder: Path, archive: Path) -> None:
    """`archive` holding `folder` itself (unzips to one folder), with the Unix modes and the
    symbolic links (PyInstaller links Qt's libraries into place on Linux) kept for `unzip`."""
    archive.unlink(missing_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                link = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                link.create_system = 3  # Unix, so unzip reads the mode bits below
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(link, os.readlink(path))
                continue
            if not path.is_file():
                continue
            info = zipfile.ZipInfo.from_file(path, name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IMODE(path.stat().st_mode) | stat.S_IFREG) << 16
            with path.open("rb") as src, z.open(info, "w") as dst:
                while block := src.read(1 << 20):
                    dst.write(block)


def write_checksums(files: list[Path], listing: Path) -> None:
    """A `sha256sum -c` / `Get-FileHash` friendly list: `HASH  NAME`, names relative to it."""
    lines = [f"{sha256(f)}  {os.path.relpath(f, listing.parent)}" for f in sorted(files)]
    listing.write_text("\n".join(lines).replace("\\", "/") + "\n", encoding="utf-8")
