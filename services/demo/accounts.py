"""One web account per role on the demo network, so that `contamina demo` ends with a door
anyone can walk through: an officer of the first need's association, an expert, a lab, a
coordinator and an admin, all with the same local-only password."""

from schemas.relations import RelationType
from services.accounts import Account, Accounts, UnknownAccountError, new_account
from services.demo.network import Network

DEMO_PASSWORD = "contamina-demo"  # noqa: S105 - the local demo's, printed on the console


def demo_accounts(network: Network) -> list[Account]:
    need = network.needs[0].payload
    association = next(
        event.payload.target_id
        for event in network.relations
        if event.payload.type is RelationType.MEMBER_OF and event.payload.source_id == need.firm_id
    )
    expert, lab = network.experts[0].payload, network.labs[0].payload
    return [
        new_account("funzionario", "officer", association_id=association,
                    display_name="Funzionario demo"),
        new_account("esperto", "expert", profile_id=expert.id, display_name=expert.name),
        new_account("laboratorio", "lab", profile_id=lab.id, display_name=lab.name),
        new_account("coordinatore", "coordinator", display_name="Coordinatore demo"),
        new_account("admin", "admin", display_name="Admin demo"),
    ]  # fmt: skip


def ensure(accounts: Accounts, network: Network) -> list[Account]:
    """The demo accounts, added where missing; an existing one is left as it is (its password
    may have been changed on purpose)."""
    present = []
    for draft in demo_accounts(network):
        try:
            present.append(accounts.get(draft.username))
        except UnknownAccountError:
            present.append(accounts.add(draft, DEMO_PASSWORD))
    return present
