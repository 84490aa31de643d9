-- The ops schema: how the pipeline runs.
CREATE SCHEMA IF NOT EXISTS ops
COMMENT 'Operations: one audit row per run (counts, rows written, data-quality results) and the pipeline progress state.'
LOCATION ${location}
