"""Charts as inline SVG strings: no script, no network, and they print as drawn.

Three shapes cover the report: stacked horizontal bars (findings per 100 messages by
category, per operator or team), lines over ISO weeks (the trend), and a scatter of
two per-operator figures (quality against CSAT or response time). Colours are the
Okabe-Ito palette, which stays distinguishable for colour-blind readers and in grey.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _nice_max(value: float) -> float:
    """A round axis end at or above ``value`` (1, 2, 2.5, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** len(str(int(value))) / 10
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _frame(title: str, width: int, height: int) -> list[str]:
    """The opening of a chart: the svg element, labelled for screen readers, and its title."""
    return [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" {FONT}>',
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]


def _axes(left: float, top: float, plot_w: float, plot_h: float) -> list[str]:
    """The x axis along the bottom of the plot and the y axis along its left side."""
    return [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#888"/>',
    ]


def stacked_bars(
    title: str,
    rows: Sequence[tuple[str, dict[str, float]]],
    series: Sequence[str],
    width: int = 720,
) -> str:
    """One bar per row label, stacked by ``series`` (colour i = series i)."""
    label_w, bar_h, gap, top = 170, 18, 6, 28
    legend_h = legend_height(series, label_w, width) + 4
    plot_w = width - label_w - 60
    total = max((sum(values.values()) for _, values in rows), default=0.0)
    axis = _nice_max(total)
    height = top + len(rows) * (bar_h + gap) + 30 + legend_h
    out = _frame(title, width, height)
    for i, (label, values) in enumerate(rows):
        y = top + i * (bar_h + gap)
        out.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{escape(label)}</text>'
        )
        x = float(label_w)
        for j, name in enumerate(series):
            value = values.get(name, 0.0)
            if value <= 0:
                continue
            w = plot_w * value / axis
            out.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour(j)}">'
                f"<title>{escape(label)}: {escape(name)} {_number(value)}</title></rect>"
            )
            x += w
        out.append(
            f'<text x="{x + 4:.1f}" y="{y + bar_h - 5}">{_number(sum(values.values()))}</text>'
        )
    base = top + len(rows) * (bar_h + gap)
    out.append(
        f'<line x1="{label_w}" y1="{base}" x2="{label_w + plot_w}" y2="{base}" stroke="#888"/>'
    )
    for k in range(5):
        value = axis * k / 4
        x = label_w + plot_w * k / 4
        out.append(
            f'<text x="{x:.1f}" y="{base + 14}" text-anchor="middle">{_number(value)}</text>'
        )
    out.append(_legend(series, base + 30, label_w, width))
    out.append("</svg>")
    return "".join(out)


def lines(
    title: str,
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    width: int = 720,
    height: int = 260,
) -> str:
    """One line per series over ``x_labels`` (None: no point that week)."""
    names = [name for name, _ in series]
    left, right, top, bottom = 50, 36, 28, 40 + legend_height(names, 50, width)
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, points in series for v in points if v is not None]
    axis = _nice_max(max(values, default=0.0))
    n = len(x_labels)

    def xy(i: int, v: float) -> tuple[float, float]:
        x = left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)
        return x, top + plot_h - plot_h * v / axis

    out = _frame(title, width, height) + _axes(left, top, plot_w, plot_h)
    for k in range(5):
        value = axis * k / 4
        y = top + plot_h - plot_h * k / 4
        out.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(value)}</text>'
        )
    step = max(1, n // 12)
    for i in range(0, n, step):
        x, _ = xy(i, 0)
        anchor = "end" if i == n - 1 and n > 1 else "middle"
        out.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="{anchor}">'
            f"{escape(x_labels[i])}</text>"
        )
    for j, (name, points) in enumerate(series):
        segment: list[str] = []
        for i, v in enumerate(points):
            if v is None:
                continue
            x, y = xy(i, v)
            segment.append(f"{x:.1f},{y:.1f}")
            out.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour(j)}">'
                f"<title>{escape(name)} {escape(x_labels[i])}: {_number(v)}</title></circle>"
            )
        if len(segment) > 1:
            out.append(
                f'<polyline fill="none" stroke="{colour(j)}" stroke-width="2" '
                f'points="{" ".join(segment)}"/>'
            )
    out.append(_legend(names, top + plot_h + 34, left, width))
    out.append("</svg>")
    return "".join(out)


def scatter(
    title: str,
    points: Sequence[tuple[str, float, float]],
    x_title: str,
    y_title: str,
    width: int = 420,
    height: int = 300,
) -> str:
    """One dot per (label, x, y), labelled on hover."""
    left, right, top, bottom = 56, 20, 28, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    x_axis = _nice_max(max((x for _, x, _ in points), default=0.0))
    y_axis = _nice_max(max((y for _, _, y in points), default=0.0))
    out = _frame(title, width, height) + _axes(left, top, plot_w, plot_h)
    out += [
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle">'
        f"{escape(x_title)}</text>",
        f'<text x="12" y="{top + plot_h / 2:.0f}" text-anchor="middle" '
        f'transform="rotate(-90 12 {top + plot_h / 2:.0f})">{escape(y_title)}</text>',
    ]
    for k in (0, 2, 4):
        x = left + plot_w * k / 4
        y = top + plot_h - plot_h * k / 4
        out.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 14}" text-anchor="middle">'
            f"{_number(x_axis * k / 4)}</text>"
        )
        out.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{_number(y_axis * k / 4)}</text>"
        )
    for label, x, y in points:
        cx = left + plot_w * x / x_axis
        cy = top + plot_h - plot_h * y / y_axis
        out.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{PALETTE[0]}" fill-opacity="0.7">'
            f"<title>{escape(label)}: {_number(x)}, {_number(y)}</title></circle>"
        )
    out.append("</svg>")
    return "".join(out)


LEGEND_ROW = 18


def _legend_places(names: Sequence[str], x0: float, width: int) -> list[tuple[float, int]]:
    """(x, row) of each legend entry, wrapping at ``width``."""
    places = []
    x, row = x0, 0
    for name in names:
        size = 24 + 7 * len(name)
        if x + size > width and x > x0:
            x, row = x0, row + 1
        places.append((x, row))
        x += size
    return places


def legend_height(names: Sequence[str], x0: float, width: int) -> int:
    places = _legend_places(names, x0, width)
    return (places[-1][1] + 1) * LEGEND_ROW if places else 0


def _legend(names: Sequence[str], y: float, x0: float, width: int) -> str:
    out = []
    for j, (name, (x, row)) in enumerate(zip(names, _legend_places(names, x0, width), strict=True)):
        top = y + row * LEGEND_ROW
        out.append(
            f'<rect x="{x:.0f}" y="{top - 10:.0f}" width="10" height="10" fill="{colour(j)}"/>'
        )
        out.append(f'<text x="{x + 14:.0f}" y="{top:.0f}">{escape(name)}</text>')
    return "".join(out)
