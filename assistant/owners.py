"""Who a journal row belongs to: the one person of local mode, by default."""

from __future__ import annotations

LOCAL_OWNER = "local"
