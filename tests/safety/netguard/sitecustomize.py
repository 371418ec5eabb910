"""Loaded by every Python process of the no-network test: any inet connection attempt or
name lookup is recorded in $NET_GUARD_LOG and refused."""

import os
import socket

_LOG = os.environ.get("NET_GUARD_LOG", "")
_INET = (socket.AF_INET, socket.AF_INET6)


def _record(what: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(what + "\n")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if self.family in _INET:
        _record(f"connect {address!r}")
        raise OSError("network access is forbidden in EngageTrack")
    _connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if self.family in _INET:
        _record(f"connect_ex {address!r}")
        raise OSError("network access is forbidden in EngageTrack")
    return _connect_ex(self, address)  # type: ignore[arg-type]


def _guarded_getaddrinfo(*args: object, **kwargs: object) -> list[object]:
    _record(f"getaddrinfo {args!r}")
    raise OSError("name lookups are forbidden in EngageTrack")


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
