"""Where a need is: its own territory or the officer's province, else the firm's seat."""

from services.matcher.ranking.model import Place
from services.matcher.service import stated_place
from services.matcher.usecase import need_place, place_of

COMO = (45.8081, 9.0852)
SEAT = Place(province="CO", country="IT", coordinates=COMO)


def test_a_node_row_becomes_a_place() -> None:
    row = {"province": None, "canton": "TI", "region": "CH07", "country": "CH", "lat": 46.0}
    assert place_of(row) == Place(canton="TI", region="CH07", country="CH")
    assert place_of({"lat": 46.0037, "lon": 8.9511}).coordinates == (46.0037, 8.9511)


def test_without_a_stated_place_the_need_is_at_the_firms_seat() -> None:
    assert need_place(None, SEAT) == SEAT


def test_a_stated_place_wins_and_borrows_the_seats_coordinates_only_when_it_has_none() -> None:
    ticino = Place(canton="TI", country="CH")
    assert need_place(ticino, SEAT) == Place(canton="TI", country="CH", coordinates=COMO)
    lugano = Place(canton="TI", country="CH", coordinates=(46.0037, 8.9511))
    assert need_place(lugano, SEAT) == lugano


def test_a_need_stored_without_a_territory_states_no_place() -> None:
    assert stated_place({"text": "x", "province": None, "lat": None}) is None
    assert stated_place({"region": "DE21", "country": "DE"}) == Place(region="DE21", country="DE")
