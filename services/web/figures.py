"""The dashboard's charts and a need's picture as inline SVG, drawn on the server: no chart
library, nothing from a CDN (hub offices may be offline), readable without JavaScript.

Each figure is `role="img"` with a `<title>` and an aria-label; the page puts the numbers in
an HTML table beside it, so the SVG is the picture, never the only copy of the data. A
viewBox and width 100% make them scale to a phone. Pure functions: text in, markup out.
"""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

# Dark enough for text and strokes on white (WCAG AA), told apart also by position/legend.
PALETTE = (
    "#0b5a7a", "#8a3b00", "#1d6b2f", "#6b2d8a", "#a1121b",
    "#005f5f", "#5c4a00", "#1f3f99", "#7a1f4f", "#3d4f1a", "#4a5561",
)  # fmt: skip
INK, MUTED, LINE, GOOD = "#1b1f24", "#4a5561", "#c9d1d9", "#1d6b2f"


def nice_max(value: float) -> float:
    """The axis' top: 1, 2 or 5 times a power of ten, at least the value (1 for nothing)."""
    if value <= 0:
        return 1.0
    power = 10 ** len(str(int(value))) / 10
    return next(float(step * power) for step in (1, 2, 5, 10) if value <= step * power)


def scaled(value: float, top: float, length: float) -> float:
    return round(length * value / top, 2) if top else 0.0


@dataclass(frozen=True)
class Part:
    """One signal's part of a suggestion's score, as its table shows it: the contribution, and
    its length as a share of the largest in either direction."""

    signal: str
    value: float
    share: float

    @property
    def lowers(self) -> bool:
        return self.value < 0


def score_parts(contributions: Mapping[str, float]) -> list[Part]:
    """The signals that moved the score, those that raised it first, largest first, then those
    that lowered it (a learned ranker's contributions can be negative): together they still
    sum to the score, so none is left out."""
    moved = {signal: value for signal, value in contributions.items() if value != 0}
    largest = max((abs(value) for value in moved.values()), default=0.0)
    return [
        Part(signal, value, abs(value) / largest)
        for signal, value in sorted(moved.items(), key=lambda item: (-item[1], item[0]))
    ]


def _open(width: int, height: int, title: str) -> str:
    label = escape(title)
    return (
        f'<svg class="figure" viewBox="0 0 {width} {height}" width="100%" role="img"'
        f' aria-label="{label}" xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
    )


def _short(name: str, most: int) -> str:
    """The name, cut to `most` characters with an ellipsis where longer (the full name is in
    the table beside the figure)."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


def _text(x: float, y: float, text: str, anchor: str = "start", size: int = 12) -> str:
    return (
        f'<text x="{x}" y="{y}" font-size="{size}" fill="{INK}"'
        f' text-anchor="{anchor}">{escape(text)}</text>'
    )


def columns(title: str, months: Sequence[str], groups: Sequence[tuple[str, Sequence[int]]]) -> str:
    """Stacked columns, one per month, a colour per group (its legend below)."""
    width, chart_h, left, top = 640, 180, 36, 10
    totals = [sum(values[i] for _, values in groups) for i in range(len(months))]
    peak = nice_max(max(totals, default=0))
    slot = (width - left - 10) / max(len(months), 1)
    legend_rows = (len(groups) + 2) // 3
    height = top + chart_h + 30 + 18 * legend_rows
    parts = [_open(width, height, title)]
    base = top + chart_h
    for tick in (0, peak / 2, peak):
        y = base - scaled(tick, peak, chart_h)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y}" y2="{y}" stroke="{LINE}"/>')
        parts.append(_text(left - 4, y + 4, f"{tick:g}", "end", 11))
    for i, month in enumerate(months):
        x, y = left + i * slot + slot * 0.15, float(base)
        for g, (_, values) in enumerate(groups):
            h = scaled(values[i], peak, chart_h)
            if h:
                y -= h
                colour = PALETTE[g % len(PALETTE)]
                parts.append(
                    f'<rect x="{x:.2f}" y="{y:.2f}" width="{slot * 0.7:.2f}" height="{h}"'
                    f' fill="{colour}"/>'
                )
        parts.append(_text(x + slot * 0.35, base + 16, month[2:], "middle", 11))
    for g, (name, _) in enumerate(groups):
        x, y = left + (g % 3) * 200, base + 34 + 18 * (g // 3)
        colour = PALETTE[g % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        parts.append(_text(x + 16, y, _short(name, 28), size=11))
    parts.append("</svg>")
    return "".join(parts)


def bars(title: str, items: Sequence[tuple[str, float]], top: float | None = None) -> str:
    """Horizontal bars, one a row, each labelled with its name and value; `top` fixes the
    scale (1 for shares), else the largest value rounded up."""
    width, label_w, row, pad = 640, 230, 26, 6
    peak = top if top is not None else nice_max(max((v for _, v in items), default=0))
    height = pad * 2 + row * max(len(items), 1)
    length = width - label_w - 70
    parts = [_open(width, height, title)]
    for i, (name, value) in enumerate(items):
        y = pad + i * row
        w = scaled(value, peak, length)
        parts.append(_text(label_w - 8, y + 17, _short(name, 32), "end"))
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{length}" height="{row - 8}"'
            f' fill="none" stroke="{LINE}"/>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{w}" height="{row - 8}" fill="{PALETTE[0]}"/>'
        )
        shown = f"{value:.0%}" if top == 1 else f"{value:g}"
        parts.append(_text(label_w + length + 6, y + 17, shown))
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: str
    layer: int
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class Partner:
    """A suggested partner and the steps from the firm to it (itself last, or alone)."""

    id: str
    name: str
    kind: str
    accepted: bool
    steps: Sequence[tuple[str, str, str]]  # id, name, kind of each step before the partner


def layout(firm: tuple[str, str], partners: Sequence[Partner]) -> tuple[list[Node], float]:
    """Layers left to right: the firm, each step at its farthest place on any path, the
    partners last; nodes of a layer spread evenly down. The nodes and the picture's height."""
    layer_of: dict[str, int] = {firm[0]: 0}
    names: dict[str, tuple[str, str]] = {firm[0]: (firm[1], "firm")}
    for partner in partners:
        for depth, (step_id, name, kind) in enumerate(partner.steps, start=1):
            if step_id != firm[0]:
                layer_of[step_id] = max(layer_of.get(step_id, 0), depth)
                names.setdefault(step_id, (name, kind))
    last = max(layer_of.values(), default=0) + 1
    for partner in partners:
        layer_of[partner.id] = last
        names[partner.id] = (partner.name, partner.kind)
    by_layer: dict[int, list[str]] = {}
    for node_id, layer in layer_of.items():
        by_layer.setdefault(layer, []).append(node_id)
    tallest = max(len(ids) for ids in by_layer.values())
    height, width = 40.0 + 56 * tallest, 720.0
    nodes = []
    for layer, ids in sorted(by_layer.items()):
        x = 90 + (width - 180) * layer / last
        for i, node_id in enumerate(ids):
            y = height * (i + 1) / (len(ids) + 1)
            name, kind = names[node_id]
            nodes.append(Node(node_id, name, kind, layer, round(x, 2), round(y, 2)))
    return nodes, height


def need_picture(
    title: str, firm: tuple[str, str], partners: Sequence[Partner], accepted_word: str
) -> str:
    """The firm, each suggested partner and its introduction path (a straight, dashed line
    when there is none); accepted partners in thick green, and named so in words."""
    nodes, height = layout(firm, partners)
    at = {node.id: node for node in nodes}
    parts = [_open(720, int(height), title)]
    for partner in partners:
        chain = [firm[0], *(step[0] for step in partner.steps if step[0] != firm[0]), partner.id]
        colour, stroke = (GOOD, 4) if partner.accepted else (MUTED, 1.5)
        dash = "" if partner.steps else ' stroke-dasharray="6 4"'
        for a, b in itertools.pairwise(chain):
            parts.append(
                f'<line x1="{at[a].x}" y1="{at[a].y}" x2="{at[b].x}" y2="{at[b].y}"'
                f' stroke="{colour}" stroke-width="{stroke}"{dash}/>'
            )
    accepted = {p.id for p in partners if p.accepted}
    for node in nodes:
        fill = GOOD if node.id in accepted else ("#0b5a7a" if node.layer == 0 else "#ffffff")
        parts.append(
            f'<circle cx="{node.x}" cy="{node.y}" r="9" fill="{fill}" stroke="{INK}"'
            f' stroke-width="1.5"/>'
        )
        label = _short(node.name, 26) + (f" ({accepted_word})" if node.id in accepted else "")
        parts.append(_text(node.x, node.y - 14, label, "middle", 11))
    parts.append("</svg>")
    return "".join(parts)
