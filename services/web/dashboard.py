"""The coordinators' dashboard: the hub's figures and one need's picture, read from the graph
(`graph.dashboard`, `graph.views`) and shaped by `tallies` into `schemas.dashboard`.

Only coordinators and admins read it: the figures cover every association.
"""

import asyncio

from graph import dashboard as queries
from graph import views
from schemas.dashboard import Acceptance, Dashboard, Load, NeedPicture, PicturePartner
from services.accounts import Account
from services.web import reading, tallies
from services.web.access import coordinator
from services.web.neo4j_links import browser_editing, guide_url
from services.web.state import Servers

RECENT = 20
LOADED = 15


def _figures(servers: Servers) -> Dashboard:
    driver, db = servers.driver, servers.settings.neo4j_database
    by_association = queries.needs_by_association(driver, db)
    by_office = queries.needs_by_office(driver, db)
    every_month = tallies.months(by_association)
    decided = queries.decisions(driver, db)
    return Dashboard(
        months=every_month,
        by_association=tallies.series(by_association, every_month),
        by_office=tallies.series(by_office, every_month),
        acceptance=Acceptance(
            suggestions=tallies.share(
                decided["accepted"], decided["accepted"] + decided["declined"]
            ),
            needs=tallies.share(decided["taken_up"], decided["suggested"]),
        ),
        cross_sector=tallies.cross_sector(queries.accepted_sectors(driver, db)),
        time_to_acceptance=tallies.durations(
            row["seconds"] for row in queries.first_acceptances(driver, db)
        ),
        topics=tallies.top_topics(queries.need_topics(driver, db)),
        loads=[Load.model_validate(row) for row in queries.loads(driver, LOADED, db)],
        recent=[reading.need_summary(row) for row in views.needs(driver, None, RECENT, db)],
        browser_url=browser_editing(servers.settings, f":guide {guide_url(servers.settings)}"),
    )


async def figures(servers: Servers, account: Account) -> Dashboard:
    coordinator(account)
    return await asyncio.to_thread(_figures, servers)


def _picture(servers: Servers, need_id: str) -> NeedPicture | None:
    row = views.need(servers.driver, need_id, servers.settings.neo4j_database)
    if row is None:
        return None
    need = reading.need_view(row)
    partners = [PicturePartner.model_validate(s, from_attributes=True) for s in need.suggestions]
    accepted = sum(1 for s in need.suggestions if s.decision == "accepted")
    summary = reading.need_summary({**row, "suggestions": len(partners), "accepted": accepted})
    query = queries.browser_query(need_id)
    return NeedPicture(
        need=summary, partners=partners, browser_url=browser_editing(servers.settings, query)
    )


async def picture(servers: Servers, account: Account, need_id: str) -> NeedPicture | None:
    coordinator(account)
    return await asyncio.to_thread(_picture, servers, need_id)
