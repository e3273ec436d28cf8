"""Reports as text: the headline lines of ``score.py``, a per-root table, confusions, misses."""

from __future__ import annotations

from eventcode.evaluation.report import Report

__all__ = ["format_report"]


def format_report(report: Report, *, show_misses: bool = False, seconds: float | None = None,
                  top_confusions: int = 12) -> str:
    """A readable multi-line summary of ``report``."""
    lines = _headline(report, seconds)
    lines += ["", "  per root (gold by first accepted root; predictions by predicted root):",
              "    root   gold  matched  recall   predicted  correct  precision"]
    lines += [f"    {r.root:>4} {r.gold:6d} {r.matched:8d} {r.recall:7.3f} {r.predicted:11d}"
              f" {r.predicted_matched:8d} {r.precision:10.3f}" for r in report.roots]
    if report.confusion:
        lines += ["", "  misses by gold root -> what was predicted instead:"]
        lines += [f"    {g} -> {p}: {n}" for g, p, n in report.confusion[:top_confusions]]
    if report.errors:
        lines += ["", f"  documents that failed: {len(report.errors)}"]
        lines += [f"    {doc}: {why}" for doc, why in report.errors[:10]]
    if show_misses:
        lines += [""] + [_miss_line(m) for m in report.misses]
    return "\n".join(lines)


def _headline(r: Report, seconds: float | None) -> list[str]:
    took = f" in {seconds:.2f}s" if seconds is not None else ""
    triple = f"P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}"
    return [
        f"{r.name}: records={r.records} gold={r.gold} predicted={r.predicted}{took}",
        f"  triple (root+source+target): {triple}   exact code on matched={r.code_hit}/{r.tp}",
        f"  root recall={r.root_recall:.3f}   location on matched={r.loc_ok}/{r.loc_n}   forbidden events={r.forbidden}",
    ]


def _miss_line(m) -> str:
    got = "; ".join(m.predicted) if m.predicted else "nothing"
    return f"  MISS {m.record_id} [{m.gold_root}, {m.cause}] {m.text[:110]}\n       predicted: {got}"
