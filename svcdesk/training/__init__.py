"""Training (the RVC v2 recipe, spec section 3), as core code without Qt.

- `trainer.train(config, project=..., feature_config=..., resume=False)` -> generator of `events.*`
  (TrainStarted, StepMetrics, EvalResult, CheckpointSaved, TrainWarning, Finished, plus Progress/Notice);
  `close()` stops after the current step and saves `latest`.
- `metrics.MetricsReader(run_dir).read_series(names, since_step)` / `.read_events(since_step)`: the run's
  metrics.sqlite, readable while training runs; `tbexport.export_tensorboard(run_dir)`.
- `advisor.advise(DatasetStats, Hardware)` -> [Suggestion(name, value, reason)]; `apply_suggestions`.
- `schedules`, `losses`, `diagnostics`, `data` (dataset, bucketing sampler), `checkpoints`, `ddp` (torchrun).
"""
