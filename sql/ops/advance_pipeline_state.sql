-- Records how far a step has read (temp view pipeline_state_update: name, version, as_of): one row
-- per name, replaced by the newer value. Versions and as-of times only move forward, so a re-run of an
-- older date cannot move them back. Parameter: run_id.
MERGE INTO ops.pipeline_state AS t
USING pipeline_state_update AS s
ON t.name = s.name
WHEN MATCHED THEN UPDATE SET
  version = greatest(t.version, s.version),
  as_of = greatest(t.as_of, s.as_of),
  run_id = :run_id,
  updated_at = current_timestamp()
WHEN NOT MATCHED THEN INSERT (name, version, as_of, run_id, updated_at)
  VALUES (s.name, s.version, s.as_of, :run_id, current_timestamp())
