"""Where a session comes from: loopback addresses and forwarding headers (no pydantic here)."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit


def is_loopback(address: str | None) -> bool:
    """True when Streamlit listens on this machine only (unset or empty means every
    interface)."""
    if not address:
        return False
    host = address.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_FORWARDING = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")


def reached_from_elsewhere(headers: Mapping[str, str]) -> str | None:
    """Why the request that opened this session came through something other than this
    machine (a reverse proxy or tunnel in front of a loopback address), or None."""
    lowered = {k.lower(): v for k, v in headers.items()}
    if any(lowered.get(name) for name in _FORWARDING):
        return "it was reached through a proxy that forwards requests from other computers"
    host = lowered.get("host", "")
    if host:
        name = urlsplit(f"//{host}").hostname or ""
        if not is_loopback(name):
            return f"it was reached as {host}, not as this machine"
    return None


def opens_locally(auth: Mapping[str, Any] | None, address: str | None,
                  headers: Mapping[str, str]) -> bool:
    """True when ``hosting.decide_access`` opens the app in local mode for these: no sign-in
    configured, listening on loopback only, reached as this machine. Cheap to ask (app.py asks
    it before the rest of the first run is imported)."""
    return auth is None and is_loopback(address) and reached_from_elsewhere(headers) is None
