"""Who may read and do what, from the account's role and what it is bound to.

An officer sees the needs and firms of their own association and submits needs for those
firms; a coordinator (and an admin) reads everything, the dashboard included; an expert or a
lab reaches only their own profile. Refusals of another association's need or firm say "not
found", never "not yours": an officer learns nothing about other associations' members.
"""

from services.accounts.model import BOUND_TO_A_PROFILE, Account, Role

READS_EVERYTHING = frozenset({Role.COORDINATOR, Role.ADMIN})


class RefusedError(Exception):
    """The account may not do this at all (a 403): the role, not the resource, decides.
    `message` is a msgid of the catalogues, `values` its placeholders."""

    def __init__(self, message: str, **values: str) -> None:
        super().__init__(message % values if values else message)
        self.message = message
        self.values = values


def needs_scope(account: Account) -> str | None:
    """The association whose needs and firms the account reads; None means all of them."""
    if account.role in READS_EVERYTHING:
        return None
    if account.role is Role.OFFICER:
        return account.association_id
    raise RefusedError("an account of role %(role)s has no needs to read", role=account.role)


def may_read(account: Account, associations: list[str]) -> bool:
    """Whether the account reads a need or firm whose firm belongs to these associations."""
    scope = needs_scope(account)
    return scope is None or scope in associations


def officer(account: Account) -> str:
    """The association an officer acts for; only officers submit needs and record feedback."""
    if account.role is not Role.OFFICER or account.association_id is None:
        raise RefusedError("only a trade-association officer submits needs and records feedback")
    return account.association_id


def coordinator(account: Account) -> None:
    """Only coordinators and admins read the hub's figures: they cover every association."""
    if account.role not in READS_EVERYTHING:
        raise RefusedError("only hub coordinators and administrators read the dashboard")


def own_profile(account: Account) -> str:
    """The profile an expert or a lab edits: its own, and no other."""
    if account.role not in BOUND_TO_A_PROFILE or account.profile_id is None:
        raise RefusedError("only an expert or a lab has a profile of their own")
    return account.profile_id
