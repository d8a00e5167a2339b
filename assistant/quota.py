"""A fair share of a shared model: at most N model requests an hour for each person."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

HOUR = 3600.0


class RequestQuota:
    """A sliding one-hour window of model requests per owner, shared by the sessions of one
    process (thread-safe). ``take(owner)`` spends one request if any is left."""

    def __init__(self, per_hour: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        if per_hour < 0:
            raise ValueError("per_hour can't be negative")
        self.per_hour = per_hour
        self._clock = clock
        self._spent: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _window(self, owner: str, now: float) -> deque[float]:
        spent = self._spent.setdefault(owner, deque())
        while spent and spent[0] <= now - HOUR:
            spent.popleft()
        return spent

    def take(self, owner: str) -> bool:
        """Spend one of ``owner``'s requests for this hour; False when none is left."""
        with self._lock:
            now = self._clock()
            spent = self._window(owner, now)
            if len(spent) >= self.per_hour:
                return False
            spent.append(now)
            return True

    def left(self, owner: str) -> int:
        with self._lock:
            return max(0, self.per_hour - len(self._window(owner, self._clock())))

    def minutes_until_next(self, owner: str) -> int:
        """Whole minutes (at least 1) until ``owner`` has a request again; 0 if they have."""
        with self._lock:
            now = self._clock()
            spent = self._window(owner, now)
            if len(spent) < self.per_hour:
                return 0
            if not spent:  # a limit of 0: the model is never used
                return 60
            return max(1, int((spent[0] + HOUR - now) // 60) + 1)


def limit_notice(per_hour: int, minutes: int) -> str:
    """What the page says when the guide engine answers because the limit was reached."""
    if per_hour == 0:
        return ("On this service the AI model is switched off, so the built-in guide engine "
                "answered. Nothing is wrong.")
    return (f"You've used this hour's {per_hour} AI model requests (everyone on this service "
            f"shares one model), so the built-in guide engine answered this time. Nothing is "
            f"wrong, and nothing was lost; the model is yours again in about {minutes} "
            f"minute{'s' if minutes != 1 else ''}.")
