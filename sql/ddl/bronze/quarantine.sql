-- bronze.quarantine: every line read that was not accepted, with the reason.
-- Grain: dump_date, source_file, line_number. Refresh: each ingest of a dump date replaces that
-- date's rows, so re-ingesting a dump never duplicates them.
CREATE TABLE IF NOT EXISTS bronze.quarantine (
  dump_date       DATE      COMMENT 'Dump date (landing sub-folder) the line was read from; partition column.',
  source_file     STRING    COMMENT 'File the line was read from.',
  line_number     BIGINT    COMMENT 'Line number in source_file (1-based); for an unreadable file, the line at which reading failed.',
  record_type     STRING    COMMENT 'The type field of the line when it could be read, else NULL.',
  reason_code     STRING    COMMENT 'Rule broken, as a stable code for grouping: unreadable_file, blank_line, not_json, missing_field, unknown_type, unknown_direction, unknown_event, unknown_kind, bad_time, score_out_of_scale, bad_value.',
  reason          STRING    COMMENT 'Why the line was not accepted, for a person: the field, its value and the rule it broke.',
  raw_line        STRING    COMMENT 'The line as read (cut at ingest.max_raw_line_chars).',
  ingest_run_id   STRING    COMMENT 'Run (ops.run_audit.run_id) that quarantined the line.'
) USING DELTA
PARTITIONED BY (dump_date)
LOCATION ${location}
COMMENT 'Lines that were not accepted, with raw line, file, line number, dump date and reason. Grain: dump_date, source_file, line_number. Refresh: replaced per dump date by each ingest.'
