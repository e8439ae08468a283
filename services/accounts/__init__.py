"""Accounts, passwords and sessions, kept in a SQLite file of their own (never Kafka or Neo4j).

The web app and the CLI need only what this module exports; build `Accounts` through the
composition root, `services.bootstrap.accounts(settings)`::

    accounts = bootstrap.accounts(settings)
    account = accounts.authenticate(username, password, client=request.client.host)
    token, csrf_token = accounts.open_session(account.username)  # cookie, form field
    accounts.session(token)               # Account, or None: unknown, expired, disabled
    accounts.check_csrf(token, submitted) # on every form post
    accounts.close_session(token)         # logout

New accounts: `accounts.add(new_account(username, role, ...), password)`.
`authenticate` raises `BadCredentialsError` (unknown username and wrong password alike),
`AccountDisabledError` or `LoginThrottledError` (its `retry_after_seconds` fits a
Retry-After header). Management (`add`, `get`, `all`, `disable`, `enable`, `set_password`, `remove`)
raises `InvalidAccountError`, `DuplicateAccountError`, `UnknownAccountError` or
`PasswordRefusedError`. Every error is an `AccountError` whose message can be shown as it
is. An `Account` never carries its password hash.

Modules:
- model: `Account`, `Role` (officer, expert, lab, coordinator, admin) and what each is bound
  to; `new_account` validates fields (a form can check them before asking for a password).
- store: `Accounts`, the one object to use.
- database: the file (mode 0600, WAL) and its schema migrations (`PRAGMA user_version`).
- passwords: argon2id hashing, rehash on old parameters, the password rules.
- sessions: tokens stored as SHA-256 digests, per-session CSRF tokens, expiry.
- throttle: failed logins per username and per client address, counted in the file.
- errors, clock: the exceptions above; UTC time stamps as the file stores them.
"""

from services.accounts.errors import (
    AccountDisabledError,
    AccountError,
    BadCredentialsError,
    DuplicateAccountError,
    InvalidAccountError,
    LoginThrottledError,
    PasswordRefusedError,
    UnknownAccountError,
)
from services.accounts.model import Account, Language, Role, new_account
from services.accounts.passwords import MIN_PASSWORD_LENGTH, Passwords
from services.accounts.store import Accounts

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "Account",
    "AccountDisabledError",
    "AccountError",
    "Accounts",
    "BadCredentialsError",
    "DuplicateAccountError",
    "InvalidAccountError",
    "Language",
    "LoginThrottledError",
    "PasswordRefusedError",
    "Passwords",
    "Role",
    "UnknownAccountError",
    "new_account",
]
