"""Hand edits of a file's slice plan, as pure functions on a tuple of `Region`s.

A plan is the list of segments cut from one file, in time order, not overlapping; gaps between
regions are the silence the slicer removed. Every edit returns a new plan and raises
ProjectError (a user-facing message) when the edit makes no sense.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Sequence

from svcdesk.errors import ProjectError
from svcdesk.messages import Message

MIN_REGION_S = 0.05  # shorter than this is a slip of the mouse, not a segment


@dataclass(frozen=True)
class Region:
    start_s: float
    end_s: float
    included: bool = True

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def to_dict(self) -> dict:
        return {"start_s": round(self.start_s, 6), "end_s": round(self.end_s, 6), "included": self.included}

    @classmethod
    def from_dict(cls, data: dict) -> "Region":
        return cls(float(data["start_s"]), float(data["end_s"]), bool(data.get("included", True)))


Plan = tuple[Region, ...]


def plan_from_spans(spans: Iterable[Sequence[float]]) -> Plan:
    """Regions from [(start_s, end_s), ...], as the slicer proposes them."""
    return tuple(Region(float(s), float(e)) for s, e in spans)


def _check_index(plan: Plan, index: int) -> None:
    if not 0 <= index < len(plan):
        raise ProjectError(Message("there is no segment {number} (this file has {count})",
                                   number=index + 1, count=len(plan)))


def region_at(plan: Plan, t: float) -> int | None:
    """Index of the region containing time `t`, or None when `t` falls in a gap."""
    for i, region in enumerate(plan):
        if region.start_s <= t < region.end_s:
            return i
    return None


def split_segment(plan: Plan, index: int, t: float) -> Plan:
    """Cut region `index` in two at time `t`."""
    _check_index(plan, index)
    region = plan[index]
    if not region.start_s + MIN_REGION_S <= t <= region.end_s - MIN_REGION_S:
        raise ProjectError(Message("a cut at {time:.2f} s is not inside segment {number}", time=t, number=index + 1))
    left = dataclasses.replace(region, end_s=t)
    right = dataclasses.replace(region, start_s=t)
    return plan[:index] + (left, right) + plan[index + 1 :]


def add_boundary(plan: Plan, t: float) -> Plan:
    """Add a cut at time `t`: splits the segment under it."""
    index = region_at(plan, t)
    if index is None:
        raise ProjectError(Message("{time:.2f} s is in a silence between segments; add a segment there instead",
                                   time=t))
    return split_segment(plan, index, t)


def move_boundary(plan: Plan, index: int, edge: str, t: float) -> Plan:
    """Move the start or end (`edge`) of region `index` to `t`, clamped so regions never overlap
    and never shrink below MIN_REGION_S. A shared cut (end of one = start of the next) moves both."""
    _check_index(plan, index)
    if edge not in ("start", "end"):
        raise ProjectError(Message("unknown segment edge '{edge}' (start or end)", edge=edge))
    regions = list(plan)
    region = regions[index]
    if edge == "start":
        previous = regions[index - 1] if index > 0 else None
        shared = previous is not None and abs(previous.end_s - region.start_s) < 1e-9
        low = (previous.start_s + MIN_REGION_S) if shared else (previous.end_s if previous else 0.0)
        new_t = min(max(t, low), region.end_s - MIN_REGION_S)
        regions[index] = dataclasses.replace(region, start_s=new_t)
        if shared:
            regions[index - 1] = dataclasses.replace(previous, end_s=new_t)
    else:
        following = regions[index + 1] if index + 1 < len(regions) else None
        shared = following is not None and abs(following.start_s - region.end_s) < 1e-9
        high = (following.end_s - MIN_REGION_S) if shared else (following.start_s if following else float("inf"))
        new_t = max(min(t, high), region.start_s + MIN_REGION_S)
        regions[index] = dataclasses.replace(region, end_s=new_t)
        if shared:
            regions[index + 1] = dataclasses.replace(following, start_s=new_t)
    return tuple(regions)


def merge_segments(plan: Plan, first: int, last: int) -> Plan:
    """One region from the start of `first` to the end of `last` (the silence between is kept)."""
    _check_index(plan, first)
    _check_index(plan, last)
    if last <= first:
        raise ProjectError(Message("choose at least two neighbouring segments to merge"))
    merged = Region(plan[first].start_s, plan[last].end_s, all(r.included for r in plan[first : last + 1]))
    return plan[:first] + (merged,) + plan[last + 1 :]


def delete_boundary(plan: Plan, index: int) -> Plan:
    """Remove the cut after region `index`: it merges with the next one."""
    return merge_segments(plan, index, index + 1)


def set_included(plan: Plan, index: int, included: bool) -> Plan:
    """Exclude a region from training (it stays in the plan) or include it again."""
    _check_index(plan, index)
    return plan[:index] + (dataclasses.replace(plan[index], included=bool(included)),) + plan[index + 1 :]


def add_segment(plan: Plan, start_s: float, end_s: float) -> Plan:
    """A new region over [start_s, end_s] where there was silence; it must not overlap another."""
    if end_s - start_s < MIN_REGION_S or start_s < 0:
        raise ProjectError(Message("a new segment needs a start before its end"))
    for region in plan:
        if start_s < region.end_s and region.start_s < end_s:
            raise ProjectError(Message("{start_s:.2f}-{end_s:.2f} s overlaps an existing segment",
                                       start_s=start_s, end_s=end_s))
    return tuple(sorted(plan + (Region(float(start_s), float(end_s)),), key=lambda r: r.start_s))


def remove_segment(plan: Plan, index: int) -> Plan:
    """Drop region `index` from the plan altogether (its audio becomes a gap)."""
    _check_index(plan, index)
    return plan[:index] + plan[index + 1 :]


def validate_plan(plan: Plan, duration_s: float | None = None) -> None:
    """Raise ProjectError if regions overlap, are out of order or fall outside the file."""
    previous_end = 0.0
    for i, region in enumerate(plan):
        if region.end_s <= region.start_s:
            raise ProjectError(Message("segment {number} ends before it starts", number=i + 1))
        if region.start_s < previous_end - 1e-9:
            raise ProjectError(Message("segment {number} overlaps the one before it", number=i + 1))
        if duration_s is not None and region.end_s > duration_s + 1e-3:
            raise ProjectError(Message("segment {number} ends after the file ends ({duration_s:.2f} s)",
                                       number=i + 1, duration_s=duration_s))
        previous_end = region.end_s
