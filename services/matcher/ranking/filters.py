"""Hard filters: who may never be suggested for a need, whatever their score.

Filters run before scoring so that an excluded partner cannot take a diversity slot from
an organisation, and each one is a predicate an officer can reason about on its own.
"""

from services.matcher.ranking.model import Candidate, NeedQuery
from services.matcher.ranking.signals import distance_km


def is_wanted_kind(need: NeedQuery, candidate: Candidate) -> bool:
    """An empty set of kinds means the officer is open to any partner."""
    return not need.kinds or candidate.kind in need.kinds


def is_within_reach(need: NeedQuery, candidate: Candidate) -> bool:
    """Province and distance limits, when the officer asked for them.

    Under a distance limit a candidate without coordinates stays only if it shares the
    need's province: unverifiable distance must not pass as short.
    """
    same_province = need.province is not None and candidate.province == need.province
    if need.province_only and not same_province:
        return False
    if need.max_distance_km is None:
        return True
    if need.coordinates is None or candidate.coordinates is None:
        return same_province
    return distance_km(need.coordinates, candidate.coordinates) <= need.max_distance_km


def is_excluded(need: NeedQuery, candidate: Candidate) -> bool:
    """Partners already engaged on, or declined for, this need are not suggested again."""
    return candidate.id in need.excluded_ids


def is_conflict(need: NeedQuery, candidate: Candidate) -> bool:
    """The firm itself, its own staff, and anyone in the firm's corporate group.

    Suggesting them is a conflict of interest: the hub exists to open doors outside.
    """
    own = {need.firm_id} if need.firm_id is not None else set()
    own |= need.firm_group_ids
    related = {candidate.id, candidate.organisation} | candidate.group_ids
    return bool(own & related)


def is_admissible(need: NeedQuery, candidate: Candidate) -> bool:
    return (
        is_wanted_kind(need, candidate)
        and is_within_reach(need, candidate)
        and not is_excluded(need, candidate)
        and not is_conflict(need, candidate)
    )
