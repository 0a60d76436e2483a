"""SARIF 2.1.0, for code-scanning dashboards. One run, one rule entry per rule seen."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from chatwriter import __version__
from chatwriter.formats import Result, file_line

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def write(results: Sequence[Result], **_: object) -> str:
    rules: dict[str, dict[str, Any]] = {}
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        text = result.report.text
        for f in result.report.findings:
            if f.rule not in rules:
                rules[f.rule] = {
                    "id": f.rule,
                    "shortDescription": {"text": f.message},
                    "properties": {"category": f.category},
                }
            end_line = f.line + text.count("\n", f.start, f.end)
            end_col = f.end - (text.rfind("\n", 0, f.end) + 1) + 1
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity.value],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": result.path},
                            "region": {
                                "startLine": file_line(result, f.line),
                                "startColumn": f.column,
                                "endLine": file_line(result, end_line),
                                "endColumn": end_col,
                                "snippet": {"text": f.match},
                            },
                        }
                    }
                ],
                "properties": {"category": f.category, "locale": result.report.locale},
            }
            if result.report.id is not None:
                entry["properties"]["messageId"] = result.report.id
            fixes = [s for s in f.suggestions if s.applicability.value != "display"]
            if fixes:
                entry["fixes"] = [
                    {
                        "description": {
                            "text": f"Replace with {s.text!r} ({s.applicability.value})"
                        },
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": result.path},
                                "replacements": [
                                    {
                                        "deletedRegion": {
                                            "startLine": file_line(result, f.line),
                                            "startColumn": f.column,
                                            "endLine": file_line(result, end_line),
                                            "endColumn": end_col,
                                        },
                                        "insertedContent": {"text": s.text},
                                    }
                                ],
                            }
                        ],
                    }
                    for s in fixes
                ]
            sarif_results.append(entry)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "chatwriter",
                        "version": __version__,
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
