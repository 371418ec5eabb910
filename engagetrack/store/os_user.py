"""Who is at the keyboard: the OS login (for the audit trail) and a display name."""

from __future__ import annotations

import getpass
import os
import sys
from functools import cache


@cache
def login_name() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name in the environment (services, containers)
        return "unknown"


@cache
def full_name() -> str:
    """The OS user's full name where the OS knows it, else the login name."""
    if sys.platform == "win32":
        try:
            import ctypes

            size = ctypes.c_ulong(0)
            secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
            name_display = 3
            secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
            buffer = ctypes.create_unicode_buffer(size.value)
            if secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)) and buffer.value:
                return str(buffer.value)
        except Exception:
            pass
        return login_name()
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if gecos:
            return gecos
    except Exception:
        pass
    return login_name()
