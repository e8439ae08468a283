"""What an account is: a username, a role and the one thing the role is bound to.

The binding is the whole of access control's data: an officer sees the needs and firms of
one association, an expert or a lab edits one profile, a coordinator reads everything, an
admin manages accounts. An account carries no password hash, so no repr, log line or JSON
dump of one can leak it.
"""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from schemas.envelope import EntityId
from schemas.events import FORMATS
from services.accounts.errors import InvalidAccountError

USERNAME = r"^[a-z0-9._@-]{3,64}$"
USERNAME_FORMAT = "should be 3-64 lowercase letters, digits, '.', '_', '-' or '@'"

Username = Annotated[
    str,
    StringConstraints(pattern=USERNAME),
    Field(description=USERNAME_FORMAT.removeprefix("should be ")),
]
Language = Literal["it", "en"]


class Role(StrEnum):
    OFFICER = "officer"
    EXPERT = "expert"
    LAB = "lab"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


BOUND_TO_A_PROFILE = frozenset({Role.EXPERT, Role.LAB})


class Account(BaseModel):
    """One person's account as the web app and the CLI see it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    username: Username
    role: Role
    display_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    association_id: EntityId | None = None
    profile_id: EntityId | None = None
    language: Language = "it"
    disabled: bool = False
    created_at: AwareDatetime
    updated_at: AwareDatetime

    @model_validator(mode="after")
    def _bound_to_what_the_role_needs(self) -> Self:
        needs_association = self.role is Role.OFFICER
        needs_profile = self.role in BOUND_TO_A_PROFILE
        if needs_association != (self.association_id is not None):
            raise ValueError(_binding_rule(self.role))
        if needs_profile != (self.profile_id is not None):
            raise ValueError(_binding_rule(self.role))
        return self


def _binding_rule(role: Role) -> str:
    if role is Role.OFFICER:
        return "an officer is bound to one association id and no profile id"
    if role in BOUND_TO_A_PROFILE:
        return f"an account of role {role} is bound to its profile id and no association id"
    return f"an account of role {role} is bound to neither an association nor a profile"


def new_account(
    username: str,
    role: str,
    *,
    now: datetime | None = None,
    display_name: str | None = None,
    association_id: str | None = None,
    profile_id: str | None = None,
    language: str = "it",
) -> Account:
    """A new account's fields, validated: InvalidAccountError names what is wrong."""
    moment = now or datetime.now(UTC)
    username = normal_username(username)
    try:
        return Account.model_validate(
            {
                "username": username,
                "role": role,
                "display_name": display_name or username,
                "association_id": association_id,
                "profile_id": profile_id,
                "language": language,
                "created_at": moment,
                "updated_at": moment,
            }
        )
    except ValidationError as error:
        raise InvalidAccountError(explain(error)) from error


def normal_username(username: str) -> str:
    """Usernames are lowercase: `Rossi` at the login page is the account `rossi`."""
    return username.strip().lower()


def explain(error: ValidationError) -> str:
    """One clause per problem, naming the field: what the CLI prints and a form shows."""
    return "; ".join(_clause(problem) for problem in error.errors(include_url=False))


def _clause(problem: Any) -> str:
    where = ".".join(str(part) for part in problem["loc"])
    pattern = (problem.get("ctx") or {}).get("pattern")
    formats: dict[Any, str] = {**FORMATS, USERNAME: USERNAME_FORMAT}
    message = formats.get(pattern, problem["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
