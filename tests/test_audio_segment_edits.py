"""Hand edits of a slice plan: split, move, merge, exclude, add; nonsense is refused."""

from __future__ import annotations

import pytest

from svcdesk.audio.segment_edits import (
    Region,
    add_boundary,
    add_segment,
    delete_boundary,
    merge_segments,
    move_boundary,
    plan_from_spans,
    remove_segment,
    set_included,
    split_segment,
    validate_plan,
)
from svcdesk.errors import ProjectError

PLAN = plan_from_spans([(1.0, 4.0), (5.0, 9.0), (9.0, 12.0)])


def spans(plan):
    return [(r.start_s, r.end_s) for r in plan]


def test_add_boundary_splits_the_segment_under_it():
    assert spans(add_boundary(PLAN, 2.5)) == [(1.0, 2.5), (2.5, 4.0), (5.0, 9.0), (9.0, 12.0)]
    with pytest.raises(ProjectError, match="silence between segments"):
        add_boundary(PLAN, 4.5)
    with pytest.raises(ProjectError, match="not inside segment"):
        split_segment(PLAN, 0, 1.01)


def test_moving_a_shared_cut_moves_both_neighbours():
    moved = move_boundary(PLAN, 1, "end", 10.0)
    assert spans(moved)[1:] == [(5.0, 10.0), (10.0, 12.0)]
    moved = move_boundary(PLAN, 2, "start", 8.0)
    assert spans(moved)[1:] == [(5.0, 8.0), (8.0, 12.0)]


def test_moving_is_clamped_by_neighbours_and_minimum_length():
    assert spans(move_boundary(PLAN, 1, "start", 2.0))[1] == (4.0, 9.0)  # stops at the previous end
    assert spans(move_boundary(PLAN, 0, "end", 0.0))[0] == pytest.approx((1.0, 1.05))
    assert spans(move_boundary(PLAN, 0, "start", -3.0))[0] == (0.0, 4.0)
    with pytest.raises(ProjectError, match="unknown segment edge"):
        move_boundary(PLAN, 0, "middle", 2.0)


def test_merge_and_delete_boundary_join_neighbours():
    assert spans(merge_segments(PLAN, 0, 2)) == [(1.0, 12.0)]
    assert spans(delete_boundary(PLAN, 1)) == [(1.0, 4.0), (5.0, 12.0)]
    excluded = set_included(PLAN, 1, False)
    assert merge_segments(excluded, 1, 2)[1].included is False
    with pytest.raises(ProjectError, match="at least two"):
        merge_segments(PLAN, 1, 1)
    with pytest.raises(ProjectError, match="no segment 4"):
        delete_boundary(PLAN, 2)


def test_exclude_add_and_remove():
    assert [r.included for r in set_included(PLAN, 2, False)] == [True, True, False]
    added = add_segment(PLAN, 12.5, 14.0)
    assert spans(added)[-1] == (12.5, 14.0)
    with pytest.raises(ProjectError, match="overlaps"):
        add_segment(PLAN, 3.0, 4.5)
    assert spans(remove_segment(PLAN, 0)) == [(5.0, 9.0), (9.0, 12.0)]


def test_validate_plan_and_dict_round_trip():
    validate_plan(PLAN, duration_s=12.0)
    with pytest.raises(ProjectError, match="overlaps"):
        validate_plan((Region(1.0, 5.0), Region(4.0, 6.0)))
    with pytest.raises(ProjectError, match="after the file ends"):
        validate_plan(PLAN, duration_s=10.0)
    region = Region(1.25, 2.5, included=False)
    assert Region.from_dict(region.to_dict()) == region
