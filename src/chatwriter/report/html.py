"""The report as one self-contained HTML page a team lead opens, sorts and prints.

Everything is inline (styles, SVG charts, a few lines of script to sort the operator
table), so the file works offline, as an e-mail attachment and as a PDF. The page is
drawn only from the JSON aggregates (:mod:`.aggregate`), whose excerpts are already
masked: nothing here can put personal data back.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from chatwriter.report import charts

#: Operators in the bar chart (the table lists all of them).
CHART_OPERATORS = 25

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222;
       padding: 0 1rem; line-height: 1.4; }
h1 { margin-bottom: .2rem; } .period { color: #555; margin-top: 0; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: right; }
th:first-child, td:first-child, td.text { text-align: left; }
th { cursor: pointer; background: #f4f4f4; user-select: none; }
th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
mark { background: #ffe08a; padding: 0 .1rem; }
.excerpt { font-family: ui-monospace, monospace; font-size: .85rem; margin: .2rem 0 .2rem 1rem; }
.operator { border-top: 1px solid #ccc; padding-top: .5rem; break-inside: avoid; }
.note { color: #555; font-size: .9rem; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
@media print {
  body { margin: 0; max-width: none; } th { cursor: auto; }
  th::after { content: "" !important; } a { color: inherit; text-decoration: none; }
  section, tr, svg.chart { break-inside: avoid; }
}
"""

#: Sorts the operator table by the clicked column (numbers by data-value, text by text).
SCRIPT = """
document.querySelectorAll("table.sortable th").forEach(function (th, col) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0];
    var asc = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[col], v = cell.getAttribute("data-value");
      return v === null ? cell.textContent.toLowerCase() : parseFloat(v);
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (typeof x === "number" && isNaN(x)) return 1;
      if (typeof y === "number" && isNaN(y)) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
"""


def render(data: dict[str, Any], title: str = "Reply quality") -> str:
    """The page for the aggregates ``data`` (the JSON report)."""
    categories = _categories(data)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _period(data),
        _summary(data, categories),
        _operator_table(data, categories),
        _bars(data, categories),
        _trend(data),
        _outcomes(data),
        _operator_details(data),
        _rules(data),
        f"<script>{SCRIPT}</script></body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _categories(data: dict[str, Any]) -> list[str]:
    """Categories by how often they occur overall, most frequent first."""
    totals: Counter[str] = Counter()
    for row in data["operators"]:
        totals.update(row["by_category"])
    return [name for name, _ in totals.most_common()]


def _period(data: dict[str, Any]) -> str:
    period = data["period"]
    span = f"{period['from'] or '…'} to {period['to'] or '…'}"
    return (
        f'<p class="period">{escape(span)} · counting findings of severity '
        f"{escape(data['counted_severity'])}</p>"
    )


def _per_100(findings: int, messages: int) -> str:
    return f"{100.0 * findings / messages:.1f}" if messages else "–"


def _summary(data: dict[str, Any], categories: list[str]) -> str:
    totals = data["totals"]
    top = ", ".join(categories[:3]) or "none"
    cards = [
        ("conversations", totals["conversations"]),
        ("agent messages", totals["agent_messages"]),
        ("findings", totals["findings"]),
        ("per 100 messages", _per_100(totals["findings"], totals["agent_messages"])),
        ("operators", len(data["operators"])),
    ]
    html = "".join(f'<div class="card"><b>{escape(str(v))}</b>{escape(k)}</div>' for k, v in cards)
    return (
        f'<section id="summary"><div class="cards">{html}</div>'
        f"<p>Most frequent categories: {escape(top)}.</p></section>"
    )


def _cell(value: Any) -> str:
    if value is None:
        return '<td data-value="NaN">–</td>'
    return f'<td data-value="{value}">{escape(str(value))}</td>'


def _operator_table(data: dict[str, Any], categories: list[str]) -> str:
    head = [
        "Operator",
        "Team",
        "Messages",
        "Findings",
        "Per 100",
        *categories,
        "Median response (s)",
        "CSAT",
    ]
    rows = []
    for row in data["operators"]:
        cells = [
            f'<td><a href="#op-{_anchor(row["author"])}">{escape(row["author"])}</a></td>',
            f'<td class="text">{escape(row["team"] or "")}</td>',
            _cell(row["agent_messages"]),
            _cell(row["findings"]),
            _cell(row["per_100_messages"]),
            *(_cell(row["by_category"].get(c, 0)) for c in categories),
            _cell(row["median_response_s"]),
            _cell(row["csat_mean"]),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    header = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    return (
        '<section id="operators"><h2>Operators</h2>'
        '<p class="note">Click a column to sort.</p>'
        f'<table class="sortable"><thead><tr>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _per_category(row: dict[str, Any]) -> dict[str, float]:
    messages = row["agent_messages"] or 1
    return {c: 100.0 * n / messages for c, n in row["by_category"].items()}


def _bars(data: dict[str, Any], categories: list[str]) -> str:
    worst = sorted(data["operators"], key=lambda r: -r["per_100_messages"])[:CHART_OPERATORS]
    out = ['<section id="categories"><h2>Findings per 100 messages, by category</h2>']
    if data["teams"]:
        rows = [(t["team"], _per_category(t)) for t in data["teams"]]
        out.append(charts.stacked_bars("Per team", rows, categories))
    if worst:
        rows = [(r["author"], _per_category(r)) for r in worst]
        label = "Per operator" + (
            f" (the {CHART_OPERATORS} with the most)" if len(data["operators"]) > len(worst) else ""
        )
        out.append(charts.stacked_bars(label, rows, categories))
    out.append("</section>")
    return "".join(out)


def _trend(data: dict[str, Any]) -> str:
    weeks = sorted({w["week"] for w in data["weeks"]})
    if not weeks:
        return (
            '<section id="trend"><h2>Trend</h2><p class="note">No message has a time '
            "(<code>at</code>), so there is no trend.</p></section>"
        )
    by_team: dict[str, dict[str, list[int]]] = {}
    overall: dict[str, list[int]] = {}
    for w in data["weeks"]:
        for bucket in (by_team.setdefault(w["team"] or "", {}), overall):
            counts = bucket.setdefault(w["week"], [0, 0])
            counts[0] += w["findings"]
            counts[1] += w["agent_messages"]

    def line(bucket: dict[str, list[int]]) -> list[float | None]:
        return [
            100.0 * bucket[wk][0] / bucket[wk][1] if bucket.get(wk, [0, 0])[1] else None
            for wk in weeks
        ]

    series = [("all teams", line(overall))]
    if len(by_team) > 1:
        series += [(team or "(no team)", line(b)) for team, b in sorted(by_team.items())]
    chart = charts.lines("Findings per 100 messages, per ISO week", weeks, series)
    return f'<section id="trend"><h2>Trend</h2>{chart}</section>'


def _outcomes(data: dict[str, Any]) -> str:
    out = ['<section id="outcomes"><h2>Quality next to response time and CSAT</h2>']
    drawn = False
    for key, title, axis in (
        ("csat_mean", "CSAT against findings", "mean CSAT"),
        ("median_response_s", "Response time against findings", "median response (s)"),
    ):
        points = [
            (r["author"], r["per_100_messages"], r[key])
            for r in data["operators"]
            if r[key] is not None
        ]
        if not points:
            continue
        drawn = True
        found = data["correlations"][key]
        r = found["r"]
        note = (
            f"Pearson's r = {r} over {found['operators']} operators."
            if r is not None
            else f"Too few operators ({found['operators']}) or no spread for a correlation."
        )
        out.append(
            charts.scatter(title, points, "findings per 100 messages", axis)
            + f'<p class="note">{escape(note)}</p>'
        )
    if not drawn:
        out.append('<p class="note">The transcripts carry no CSAT and no times.</p>')
    out.append("</section>")
    return "".join(out)


def _operator_details(data: dict[str, Any]) -> str:
    out = ['<section id="details"><h2>What each operator can work on</h2>']
    for row in sorted(data["operators"], key=lambda r: -r["per_100_messages"]):
        out.append(
            f'<div class="operator" id="op-{_anchor(row["author"])}">'
            f"<h3>{escape(row['author'])}</h3>"
        )
        if not row["top_rules"]:
            out.append('<p class="note">No findings.</p></div>')
            continue
        out.append("<ol>")
        for top in row["top_rules"]:
            rule = top["rule"]
            out.append(
                f'<li><a href="#rule-{_anchor(rule)}"><code>{escape(rule)}</code></a> '
                f"× {top['count']}"
            )
            for ex in top["examples"]:
                out.append(
                    f'<p class="excerpt">{escape(ex["before"])}<mark>{escape(ex["match"])}</mark>'
                    f"{escape(ex['after'])}<br><small>{escape(ex['message'])}</small></p>"
                )
            out.append("</li>")
        out.append("</ol></div>")
    out.append("</section>")
    return "".join(out)


def _rules(data: dict[str, Any]) -> str:
    if not data["rules"]:
        return ""
    out = ['<section id="rules"><h2>The rules</h2><dl>']
    for rule, info in data["rules"].items():
        out.append(
            f'<dt id="rule-{_anchor(rule)}"><code>{escape(rule)}</code> '
            f"({escape(info['category'])}, {escape(info['severity'])})</dt>"
            f"<dd>{escape(info.get('description') or '')}</dd>"
        )
    out.append("</dl></section>")
    return "".join(out)


def _anchor(value: str) -> str:
    """An id-safe form of a name (letters, digits, - and .; others as _hex)."""
    return "".join(ch if ch.isalnum() or ch in "-." else f"_{ord(ch):x}" for ch in value)
