-- Every row of ops.pipeline_state (a few: one per step and source, and the as-of time).
SELECT name, version, as_of FROM ops.pipeline_state
