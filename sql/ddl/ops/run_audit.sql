-- ops.run_audit: one row per run of a job, written when the run starts (running) and again when it
-- ends (succeeded or failed); a run whose process died is marked interrupted by the next start.
-- Reconciliation: lines_read = rows_accepted + duplicates + rows_quarantined for every finished run.
CREATE TABLE IF NOT EXISTS ops.run_audit (
  run_id            STRING    COMMENT 'Unique id of the run.',
  job               STRING    COMMENT 'Job that ran: nightly (backfill runs one nightly per date).',
  run_date          DATE      COMMENT 'Dump date the run processed.',
  input_format      STRING    COMMENT 'Format of the landing folder read (canonical, twcs).',
  started_at        TIMESTAMP COMMENT 'When the run started (UTC).',
  ended_at          TIMESTAMP COMMENT 'When the run ended (UTC); NULL while running and for an interrupted run.',
  status            STRING    COMMENT 'running, succeeded, failed, or interrupted (its process died before it ended: killed, lost machine).',
  error             STRING    COMMENT 'For a failed run, what failed, in one line; else NULL.',
  lines_read        BIGINT    COMMENT 'Lines read from the dump files (an unreadable file counts as one line).',
  rows_accepted     BIGINT    COMMENT 'Records that were new, or whose content changed, and were written to bronze.',
  duplicates        BIGINT    COMMENT 'Valid records that changed no content: an older or identical copy of a record already stored or read twice.',
  rows_quarantined  BIGINT    COMMENT 'Lines written to bronze.quarantine.',
  rows_written      MAP<STRING, BIGINT> COMMENT 'Rows inserted or updated per table by this run.',
  quality_results   ARRAY<STRUCT<check: STRING, passed: BOOLEAN, detail: STRING>> COMMENT 'Data-quality checks of the run: name, result and a sentence of detail.',
  stage_metrics     MAP<STRING, STRUCT<seconds: DOUBLE, rows: BIGINT>> COMMENT 'Per stage (start, bronze, silver, gold, publish): wall-clock seconds and rows handled (bronze: lines read; silver: messages rebuilt; gold: rows written).',
  host              STRING    COMMENT 'Host the run ran on (with pid, tells whether a running run is still alive).',
  pid               BIGINT    COMMENT 'Process id of the run.',
  recovered_run_id  STRING    COMMENT 'The interrupted run of the same date this run redid, if any: what it had written counts as duplicates here.',
  table_versions    MAP<STRING, BIGINT> COMMENT 'Delta version of each gold table when the run completed: the versions the bi views read.'
) USING DELTA
LOCATION ${location}
COMMENT 'One row per job run: dates, timing per stage, status and the counts that reconcile what was read. Refresh: written when each run starts and when it ends.'
