"""Passwords: argon2id hashes, the rules a new password must meet, and timing that tells nothing.

argon2-cffi's `PasswordHasher` defaults are argon2id with RFC 9106's low-memory profile;
production keeps them, tests inject a cheap hasher. A stored hash made with older parameters
is replaced at the next successful login.
"""

from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from services.accounts.errors import PasswordRefusedError

MIN_PASSWORD_LENGTH = 10


def check_password(username: str, password: str) -> None:
    """Refuse a password that is too short or is the username itself."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRefusedError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip().lower() == username.strip().lower():
        raise PasswordRefusedError("a password must not be the username")


class Passwords:
    """Hashing and verifying with one hasher's parameters."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)

    def waste_a_verification(self, password: str) -> None:
        """Take as long as a real verification, for a username that has no account."""
        self.verify(self._dummy_hash, password)

    @cached_property
    def _dummy_hash(self) -> str:
        return self._hasher.hash("not the password of any account")
