"""What can go wrong with accounts, in words the CLI and the login page can show as they are.

Login failures are deliberately coarse: a wrong password and an unknown username are the
same `BadCredentialsError`, so the answer never tells which usernames exist.
"""


class AccountError(Exception):
    """Base of every accounts error."""


class InvalidAccountError(AccountError):
    """A field of a new or changed account breaks its rule (the message names the field)."""


class DuplicateAccountError(AccountError):
    def __init__(self, username: str) -> None:
        super().__init__(f"an account named {username!r} exists already")


class UnknownAccountError(AccountError):
    def __init__(self, username: str) -> None:
        super().__init__(f"no account is named {username!r}")


class PasswordRefusedError(AccountError):
    """The password is too short or equals the username."""


class BadCredentialsError(AccountError):
    def __init__(self) -> None:
        super().__init__("wrong username or password")


class AccountDisabledError(AccountError):
    def __init__(self) -> None:
        super().__init__("this account is disabled")


class LoginThrottledError(AccountError):
    """Too many failed logins for the username or from the client address lately."""

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(f"too many failed logins: try again in {retry_after_seconds} s")
        self.retry_after_seconds = retry_after_seconds
