"""supervisord's configuration and the demo's accounts, without starting anything."""

import configparser
from pathlib import Path

from services.demo.accounts import demo_accounts
from services.demo.network import generate
from services.processes.supervisor import SERVICES, configuration
from services.settings import Settings


def test_each_service_is_a_program_that_restarts_and_stops_gently(tmp_path: Path) -> None:
    settings = Settings(services_dir=tmp_path / "services")
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read_string(configuration(settings, tmp_path))
    programs = {s.removeprefix("program:"): parsed[s] for s in parsed if s.startswith("program:")}
    assert set(programs) == set(SERVICES) == {"ingest", "matcher", "web"}
    assert programs["web"]["command"].endswith("contamina serve")
    for program in programs.values():
        assert program["autorestart"] == "true"
        assert program["stopsignal"] == "INT"  # ingestion commits its offsets on Ctrl-C
        assert program["stdout_logfile"].startswith(str(settings.services_dir))
    assert parsed["unix_http_server"]["file"] == str(settings.services_dir / "supervisor.sock")
    assert parsed["unix_http_server"]["chmod"] == "0700"
    assert parsed["supervisord"]["directory"] == str(tmp_path)


def test_the_demo_has_one_account_per_role_bound_to_what_exists() -> None:
    network = generate()
    accounts = demo_accounts(network)
    assert sorted(a.role.value for a in accounts) == sorted(
        ["officer", "expert", "lab", "coordinator", "admin"]
    )
    officer = next(a for a in accounts if a.role.value == "officer")
    first_need = network.needs[0].payload
    memberships = {(r.payload.source_id, r.payload.target_id) for r in network.relations}
    assert (first_need.firm_id, officer.association_id) in memberships
    bound = {a.profile_id for a in accounts if a.profile_id}
    assert bound == {network.experts[0].payload.id, network.labs[0].payload.id}
