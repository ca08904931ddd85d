"""How many failed attempts are allowed, and how long to wait after them.

- An account: a few failures are free, then each one makes the next attempt wait twice as
  long, up to a ceiling. A delay, not a lock-out: a classmate who types wrong passwords into
  someone's account slows the next guess but cannot keep its owner out for good, and a
  browser the owner signed in from before is not held back at all (see web/limits.py).
- An address: a higher bound on all failures from it, for a school behind one address.
- One password tried on many accounts from one address: a low bound of its own.
- Join codes: failures per student, and a higher bound per address.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .attempts import Counters


@dataclass(frozen=True)
class Limits:
    free_failures: int = 5
    max_delay: float = 120
    # An account's failures are forgotten this long after the first (or at a sign-in).
    account_memory: float = 24 * 3600
    address_failures: int = 100
    password_failures: int = 10
    join_failures: int = 10
    join_address_failures: int = 50
    window: float = 15 * 60


def _digest(*parts: str, secret: str = "") -> str:
    message = "\0".join(parts).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def account_digest(email: str) -> str:
    return _digest(email.strip().lower())


@dataclass(frozen=True)
class SignInAttempt:
    """One attempt to sign in, named by its counters' keys (no e-mail or password is kept)."""

    account: str
    address: str
    password: str

    @classmethod
    def of(cls, *, email: str, password: str, address: str, secret: str) -> SignInAttempt:
        return cls(
            account=account_digest(email),
            address=address,
            # Keyed by the app's secret: the counter names no password to whoever reads them.
            password=_digest(address, password, secret=secret),
        )

    def wait(self, counters: Counters, limits: Limits, *, now: datetime, known: bool) -> float:
        """Seconds before this attempt may be checked; 0 to check it now."""
        bounds = [
            (f"ip:{self.address}", limits.address_failures),
            (f"pw:{self.password}", limits.password_failures),
        ]
        if not known:
            bounds.append((f"wait:{self.account}", 1))
        return wait_for(counters, bounds, now=now)

    def failed(self, counters: Counters, limits: Limits, *, now: datetime) -> None:
        counters.add(f"ip:{self.address}", limits.window, now)
        counters.add(f"pw:{self.password}", limits.window, now)
        failures = counters.add(f"acct:{self.account}", limits.account_memory, now)
        if failures > limits.free_failures:
            delay = min(2.0 ** (failures - limits.free_failures - 1), limits.max_delay)
            counters.hold(f"wait:{self.account}", delay, now)
        counters.tidy(now)

    def succeeded(self, counters: Counters) -> None:
        counters.clear(f"acct:{self.account}")
        counters.clear(f"wait:{self.account}")


def join_wait(
    counters: Counters, limits: Limits, *, user_id: int, address: str, now: datetime
) -> float:
    bounds = [
        (f"join:{user_id}", limits.join_failures),
        (f"join-ip:{address}", limits.join_address_failures),
    ]
    return wait_for(counters, bounds, now=now)


def join_failed(
    counters: Counters, limits: Limits, *, user_id: int, address: str, now: datetime
) -> None:
    counters.add(f"join:{user_id}", limits.window, now)
    counters.add(f"join-ip:{address}", limits.window, now)
    counters.tidy(now)


def wait_for(counters: Counters, bounds: Iterable[tuple[str, int]], *, now: datetime) -> float:
    """Seconds until every counter named is below its bound again."""
    wait = 0.0
    for key, bound in bounds:
        count, left = counters.held(key, now)
        if count >= bound:
            wait = max(wait, left)
    return wait
