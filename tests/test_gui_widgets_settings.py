"""The generated config form and the advisor suggestions panel (accept / override / revert)."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("pytestqt")

from svcdesk.config import TrainingConfig  # noqa: E402
from svcdesk.gui.widgets.config_form import DataclassForm, comment_choices, field_comments  # noqa: E402
from svcdesk.gui.widgets.suggestions import SuggestionsPanel  # noqa: E402

pytestmark = pytest.mark.gui


@dataclasses.dataclass(frozen=True)
class _Suggestion:
    name: str
    value: object
    reason: str


def test_comments_become_tooltips_and_choices():
    comments = field_comments(TrainingConfig)
    assert "0 = off" in comments["grad_clip"]
    assert comment_choices(comments["precision"], "auto") == (["auto", "fp32", "fp16", "bf16"], False)
    assert comment_choices("auto | cpu | cuda | cuda:N", "auto") == (["auto", "cpu", "cuda"], True)
    assert comment_choices("total optimiser steps; 0 = train for epochs", "0") == ([], False)


def test_form_round_trips_every_field(qtbot):
    form = DataclassForm(TrainingConfig, hidden=("run",))
    qtbot.addWidget(form)
    assert "run" not in form.editors
    assert set(form.editors) == {f.name for f in dataclasses.fields(TrainingConfig)} - {"run"}
    assert form.value() == TrainingConfig()
    form.editors["learning_rate"].set_value(3.5e-5)
    form.editors["schedule"].set_value("warmup_cosine")
    form.editors["adam_betas"].set_value((0.5, 0.9))
    form.editors["export_rvc"].set_value(True)
    value = form.value()
    assert value.learning_rate == pytest.approx(3.5e-5)
    assert value.schedule == "warmup_cosine" and value.adam_betas == (0.5, 0.9) and value.export_rvc
    assert form.editors["grad_clip"].widget.toolTip().startswith("max gradient norm")


def test_optional_numbers_show_default_for_none(qtbot):
    from svcdesk.config import FeatureConfig

    form = DataclassForm(FeatureConfig)
    qtbot.addWidget(form)
    assert form.value() == FeatureConfig()
    editor = form.editors["f0_median_radius"]
    assert editor.value() is None and editor.widget.text() == "default"
    editor.set_value(3)
    assert form.value().f0_median_radius == 3
    form.editors["f0_voicing_threshold"].set_value(0.25)
    assert form.value().f0_voicing_threshold == pytest.approx(0.25)
    form.editors["f0_voicing_threshold"].set_value(None)
    assert form.value().f0_voicing_threshold is None


def test_suggestions_accept_override_and_revert(qtbot):
    form = DataclassForm(TrainingConfig)
    panel = SuggestionsPanel(form)
    qtbot.addWidget(form)
    qtbot.addWidget(panel)
    panel.set_suggestions([
        _Suggestion("batch_size", 8, "fits the GPU"),
        _Suggestion("augmentation", {"pitch_shift_prob": 0.3, "time_stretch_prob": 0.2}, "small dataset"),
        _Suggestion("not_a_field", 1, "ignored"),
    ])
    assert panel.names() == ["batch_size", "augmentation"]
    assert form.value().batch_size == 8 and form.value().pitch_shift_prob == pytest.approx(0.3)
    assert panel.accepted() == ["batch_size", "augmentation"]
    # Overriding in the row writes the form; overriding in the form updates the row.
    panel.editor("batch_size").set_value(2)
    assert form.value().batch_size == 2 and panel.overridden() == ["batch_size"]
    form.editors["pitch_shift_prob"].set_value(0.1)
    assert panel.editor("augmentation", "pitch_shift_prob").value() == pytest.approx(0.1)
    # Turning a suggestion off restores the value the field had before it.
    panel.set_used("augmentation", False)
    assert form.value().pitch_shift_prob == 0.0 and form.value().time_stretch_prob == 0.0
    assert not panel.editor("augmentation", "pitch_shift_prob").widget.isEnabled()
    panel.set_used("augmentation", True)
    assert form.value().time_stretch_prob == pytest.approx(0.2)
