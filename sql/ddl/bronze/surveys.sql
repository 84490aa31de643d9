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
  --@include ddl/bronze/_record_lineage.sql
COMMENT 'Accepted survey answers (CSAT, CES, NPS), latest copy of each (channel, id). Grain: channel, id. Source: landing dumps. Refresh: nightly MERGE.'
