"""The dashboard's SVG figures: scales, bars proportional to their values, titled for screen
readers, and a need's picture laid out firm first, steps between, partners last."""

import re
import xml.etree.ElementTree as ET

import pytest

from services.web import figures
from services.web.pages import environment

SVG = "{http://www.w3.org/2000/svg}"


def _parsed(markup: str) -> ET.Element:
    return ET.fromstring(markup)  # noqa: S314 - our own markup, not input


@pytest.mark.parametrize(
    ("value", "top"), [(0, 1), (1, 1), (3, 5), (7, 10), (11, 20), (45, 50), (101, 200)]
)
def test_the_axis_top_is_a_round_number_at_least_the_value(value: float, top: float) -> None:
    assert figures.nice_max(value) == top


def test_bars_are_proportional_and_the_figure_is_titled_and_scales() -> None:
    svg = _parsed(figures.bars("Temi <più> richiesti", [("gomma", 4), ("vino", 2)]))
    assert svg.get("role") == "img"
    assert svg.get("aria-label") == "Temi <più> richiesti"
    assert svg.findtext(f"{SVG}title") == "Temi <più> richiesti"
    assert svg.get("width") == "100%"
    assert svg.get("viewBox")
    filled = [r for r in svg.iter(f"{SVG}rect") if r.get("fill") != "none"]
    widths = [float(r.get("width", 0)) for r in filled]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert [t.text for t in svg.iter(f"{SVG}text")] == ["gomma", "4", "vino", "2"]


def test_shares_show_as_percentages_on_a_fixed_scale() -> None:
    svg = _parsed(figures.bars("Quote", [("accettati", 0.5)], top=1))
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert texts == ["accettati", "50%"]
    outline, filled = list(svg.iter(f"{SVG}rect"))
    assert float(filled.get("width", 0)) == pytest.approx(float(outline.get("width", 0)) / 2)


def test_a_long_name_is_cut_with_an_ellipsis() -> None:
    name = "Confartigianato Imprese Bergamo, sportello di Treviglio"
    svg = _parsed(figures.bars("Carico", [(name, 3)]))
    label = next(t.text for t in svg.iter(f"{SVG}text"))
    assert label == "Confartigianato Imprese Bergamo…"
    assert len(label) == 32


def test_columns_stack_each_months_groups() -> None:
    markup = figures.columns("Bisogni", ["2026-01", "2026-02"], [("CNA", [2, 0]), ("Conf", [2, 1])])
    svg = _parsed(markup)
    bars = [r for r in svg.iter(f"{SVG}rect") if r.get("width") != "12"]  # not the legend
    assert len(bars) == 3  # an empty segment is not drawn
    january = [float(r.get("height", 0)) for r in bars[:2]]
    assert january[0] == january[1] == pytest.approx(2 * float(bars[2].get("height", 0)))
    assert {"CNA", "Conf", "26-01", "26-02"} <= {t.text for t in svg.iter(f"{SVG}text")}


def test_a_needs_picture_puts_the_firm_first_shared_steps_between_and_partners_last() -> None:
    partners = [
        figures.Partner("e:1", "Giulia", "expert", True, [("a:cna", "CNA", "association")]),
        figures.Partner(
            "e:2", "Paolo", "expert", False,
            [("a:cna", "CNA", "association"), ("u:bg", "UniBG", "university")],
        ),
        figures.Partner("l:1", "Lab", "lab", False, []),
    ]  # fmt: skip
    nodes, _ = figures.layout(("f:1", "Plastica"), partners)
    layers = {node.id: node.layer for node in nodes}
    assert layers == {"f:1": 0, "a:cna": 1, "u:bg": 2, "e:1": 3, "e:2": 3, "l:1": 3}
    xs = {node.id: node.x for node in nodes}
    assert xs["f:1"] < xs["a:cna"] < xs["u:bg"] < xs["e:1"] == xs["l:1"]

    svg = _parsed(figures.need_picture("Rete", ("f:1", "Plastica"), partners, "accettato"))
    lines = list(svg.iter(f"{SVG}line"))
    assert len(lines) == 2 + 3 + 1  # one edge per step on each path
    thick = [line for line in lines if line.get("stroke-width") == "4"]
    assert len(thick) == 2  # the accepted partner's path: firm → CNA → Giulia
    assert [line.get("stroke-dasharray") for line in lines].count("6 4") == 1  # no path
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Giulia (accettato)" in labels
    assert "Paolo" in labels
    assert re.search(r"<title>Rete</title>", figures.need_picture("Rete", ("f:1", "P"), [], "x"))


def test_a_scores_parts_show_what_raised_it_then_what_lowered_it_and_sum_to_it() -> None:
    contributions = {"semantic": 0.2, "experience": 0.5, "territory": -0.25, "feedback": 0.0}
    parts = figures.score_parts(contributions)
    assert [(p.signal, p.value, p.share, p.lowers) for p in parts] == [
        ("experience", 0.5, 1.0, False),
        ("semantic", 0.2, 0.4, False),
        ("territory", -0.25, 0.5, True),
    ]
    assert sum(p.value for p in parts) == pytest.approx(sum(contributions.values()))
    assert figures.score_parts({}) == []


def test_the_need_page_reads_a_scores_parts_with_its_filter() -> None:
    table = environment("it").from_string(
        "{% for p in c | score_parts %}{{ p.signal }} {{ '%.2f' | format(p.value) }};{% endfor %}"
    )
    assert table.render(c={"semantic": 0.3, "territory": -0.1}) == "semantic 0.30;territory -0.10;"
