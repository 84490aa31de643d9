-- ops.run_audit: one row per run of a job, appended when the run ends (succeeded or failed).
-- Reconciliation: lines_read = rows_accepted + duplicates + rows_quarantined for every run.
CREATE TABLE IF NOT EXISTS ops.run_audit (
  run_id            STRING    COMMENT 'Unique id of the run.',
  job               STRING    COMMENT 'Job that ran: nightly (backfill runs one nightly per date).',
  run_date          DATE      COMMENT 'Dump date the run processed.',
  input_format      STRING    COMMENT 'Format of the landing folder read (canonical, ...).',
  started_at        TIMESTAMP COMMENT 'When the run started (UTC).',
  ended_at          TIMESTAMP COMMENT 'When the run ended (UTC).',
  status            STRING    COMMENT 'succeeded or failed.',
  error             STRING    COMMENT 'For a failed run, what failed; else NULL.',
  lines_read        BIGINT    COMMENT 'Lines read from the dump files (an unreadable file counts as one line).',
  rows_accepted     BIGINT    COMMENT 'Records that were new, or newer than the stored copy, and were written to bronze.',
  duplicates        BIGINT    COMMENT 'Valid records not written: an older or equal copy of a record already stored or read twice.',
  rows_quarantined  BIGINT    COMMENT 'Lines written to bronze.quarantine.',
  rows_written      MAP<STRING, BIGINT> COMMENT 'Rows inserted or updated per table by this run.',
  quality_results   ARRAY<STRUCT<check: STRING, passed: BOOLEAN, detail: STRING>> COMMENT 'Data-quality checks of the run: name, result and a sentence of detail.'
) USING DELTA
LOCATION '${location}'
COMMENT 'One row per job run: dates, timing, status and the counts that reconcile what was read. Refresh: appended at the end of each run.'
