-- bronze.surveys: accepted survey answers, one row per (channel, id): the winning copy.
-- Source: the landing dumps. Refresh: MERGE by each nightly ingest (winner rule of SPEC 1).
CREATE TABLE IF NOT EXISTS bronze.surveys (
  channel         STRING    COMMENT 'Channel, lower case; x is stored as twitter. Key part 1.',
  id              STRING    COMMENT 'Survey answer id, unique within the channel. Key part 2.',
  brand_id        STRING    COMMENT 'Brand surveyed about.',
  customer_id     STRING    COMMENT 'Customer who answered.',
  kind            STRING    COMMENT 'csat, ces or nps.',
  score           DOUBLE    COMMENT 'Answer, within scale_min..scale_max.',
  scale_min       DOUBLE    COMMENT 'Lowest possible score (default 1; 0 for nps).',
  scale_max       DOUBLE    COMMENT 'Highest possible score (default 5 csat, 7 ces, 10 nps).',
  created_at      TIMESTAMP COMMENT 'When the answer was given (UTC instant).',
  thread_id       STRING    COMMENT 'Thread id from the source, when given.',
  comment         STRING    COMMENT 'Free-text comment, when given.',
  created_date    DATE      COMMENT 'UTC date of created_at; partition column.',
  content_hash    STRING    COMMENT 'SHA-256 of every field read from the record: equal for an identical copy.',
  dump_date       DATE      COMMENT 'Dump date the winning copy came from.',
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
COMMENT 'Accepted survey answers (CSAT, CES, NPS), latest copy of each (channel, id). Grain: channel, id. Source: landing dumps. Refresh: nightly MERGE.'
