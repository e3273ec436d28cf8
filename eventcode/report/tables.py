"""The report's tables as DataFrames: top actors, top codes, patterns, a sample of events."""

from __future__ import annotations

import pandas as pd

from eventcode.codebook import QUAD_NAMES, default_codebook

__all__ = ["event_sample", "summary", "top_actors", "top_codes", "top_patterns"]


def summary(df: pd.DataFrame) -> dict[str, str]:
    """Headline numbers: events, documents, sentences, dates, located events."""
    out = {"events": f"{len(df):,}"}
    if "doc_id" in df.columns:
        out["documents"] = f"{df['doc_id'].nunique():,}"
        if "sentence_id" in df.columns:
            out["sentences"] = f"{len(df[['doc_id', 'sentence_id']].drop_duplicates()):,}"
    dates = pd.to_datetime(df.get("date", pd.Series(dtype=object)), errors="coerce", format="ISO8601")
    if dates.notna().any():
        out["dates"] = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
    if {"latitude", "longitude"} <= set(df.columns):
        out["located"] = f"{int(df[['latitude', 'longitude']].notna().all(axis=1).sum()):,}"
    return out


def top_actors(df: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """code, name (most frequent), as_source, as_target, events; busiest first."""
    sides = [_side(df, role) for role in ("source", "target") if f"{role}_code" in df.columns]
    if not sides:
        return pd.DataFrame(columns=["code", "name", "as_source", "as_target", "events"])
    both = pd.concat(sides, ignore_index=True)
    counts = pd.crosstab(both["code"], both["role"]).reindex(columns=["source", "target"], fill_value=0)
    names = both.dropna(subset=["name"]).groupby("code")["name"].agg(_mode)
    table = pd.DataFrame({"name": names.reindex(counts.index), "as_source": counts["source"],
                          "as_target": counts["target"]})
    table["events"] = table["as_source"] + table["as_target"]
    table = table.rename_axis("code").reset_index()
    return table.sort_values(["events", "code"], ascending=[False, True]).head(n).reset_index(drop=True)


def top_codes(df: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """code, CAMEO name, quad class, Goldstein, events; commonest first."""
    columns = ["code", "name", "quad_class", "goldstein", "events"]
    if "event_code" not in df.columns or df["event_code"].dropna().empty:
        return pd.DataFrame(columns=columns)
    counts = df["event_code"].dropna().astype(str).value_counts()
    counts = counts.rename_axis("code").reset_index(name="events")
    counts = counts.sort_values(["events", "code"], ascending=[False, True]).head(n)
    book = default_codebook()
    info = [book.info(c) if book.is_valid(c) else None for c in counts["code"]]
    counts["name"] = [i.name if i else "(not in the codebook)" for i in info]
    counts["quad_class"] = [f"{i.quad_class} {QUAD_NAMES[i.quad_class]}" if i else "" for i in info]
    counts["goldstein"] = [f"{i.goldstein:+.1f}" if i else "" for i in info]
    return counts[columns].reset_index(drop=True)


def top_patterns(df: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """pattern_id, events, codes it gave, triggers seen (commonest first)."""
    columns = ["pattern_id", "events", "codes", "triggers"]
    if "pattern_id" not in df.columns or df["pattern_id"].dropna().empty:
        return pd.DataFrame(columns=columns)
    rows = df.dropna(subset=["pattern_id"]).groupby("pattern_id", sort=False)
    table = pd.DataFrame({"events": rows.size(),
                          "codes": rows["event_code"].agg(_listed) if "event_code" in df.columns else "",
                          "triggers": rows["trigger"].agg(_listed) if "trigger" in df.columns else ""})
    table = table.rename_axis("pattern_id").reset_index()
    return table.sort_values(["events", "pattern_id"], ascending=[False, True]).head(n)[columns]


def event_sample(df: pd.DataFrame, n: int = 20, *, seed: int = 0) -> pd.DataFrame:
    """``n`` events drawn at random (reproducible by ``seed``), in document order."""
    sample = df.sample(n=n, random_state=seed) if len(df) > n else df
    keys = [c for c in ("date", "doc_id", "sentence_id") if c in sample.columns]
    return sample.sort_values(keys, kind="stable", na_position="last") if keys else sample


def _side(df: pd.DataFrame, role: str) -> pd.DataFrame:
    name = df[f"{role}_name"] if f"{role}_name" in df.columns else pd.Series(None, index=df.index)
    side = pd.DataFrame({"code": df[f"{role}_code"], "name": name, "role": role})
    return side[side["code"].notna() & (side["code"].astype(str) != "")]


def _mode(values: pd.Series) -> str:
    return str(values.astype(str).value_counts().index[0])


def _listed(values: pd.Series, most: int = 4) -> str:
    common = values.dropna().astype(str).value_counts().index[:most]
    return ", ".join(common) + (", \u2026" if values.dropna().nunique() > most else "")
