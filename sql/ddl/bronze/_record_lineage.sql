-- The columns every bronze record table ends with (the partition column and the lineage of the winning
-- copy) and its storage, included by bronze/messages.sql, case_events.sql and surveys.sql: all three are
-- partitioned by created_date and MERGEd by each nightly ingest.
  created_date    DATE      COMMENT 'UTC date of created_at; partition column.',
  content_hash    STRING    COMMENT 'SHA-256 of every field read from the record: equal for an identical copy.',
  dump_date       DATE      COMMENT 'Dump date (landing sub-folder) the winning copy came from.',
  source_file     STRING    COMMENT 'File the winning copy was read from.',
  line_number     BIGINT    COMMENT 'Line of source_file the winning copy was read from (1-based).',
  ingest_run_id   STRING    COMMENT 'Run (ops.run_audit.run_id) that wrote this copy.'
) USING DELTA
PARTITIONED BY (created_date)
LOCATION ${location}
-- Change data feed: the nightly sessionization reads only what changed since its last run. Deletion
-- vectors: a MERGE that replaces a few copies marks them instead of rewriting their files. Statistics
-- only on created_at, the one column reads filter on within a partition.
TBLPROPERTIES (
  delta.enableChangeDataFeed = true,
  delta.enableDeletionVectors = true,
  delta.dataSkippingStatsColumns = 'created_at'
)
