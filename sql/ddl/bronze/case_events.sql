-- bronze.case_events: accepted case events, one row per (channel, id): the winning copy.
-- Source: the landing dumps. Refresh: MERGE by each nightly ingest (winner rule of SPEC 1).
CREATE TABLE IF NOT EXISTS bronze.case_events (
  channel         STRING    COMMENT 'Channel, lower case; x is stored as twitter. Key part 1.',
  id              STRING    COMMENT 'Event id, unique within the channel. Key part 2.',
  brand_id        STRING    COMMENT 'Brand the case belongs to.',
  customer_id     STRING    COMMENT 'Customer of the case.',
  event           STRING    COMMENT 'opened, assigned, transferred, escalated, resolved, closed or reopened.',
  created_at      TIMESTAMP COMMENT 'When the event happened (UTC instant).',
  thread_id       STRING    COMMENT 'Thread id from the source, when given.',
  agent_id        STRING    COMMENT 'Agent acting or assigned, when given.',
  target          STRING    COMMENT 'Agent a case was transferred to, or channel it was escalated to (email, phone), when given.',
  --@include ddl/bronze/_record_lineage.sql
COMMENT 'Accepted case events, latest copy of each (channel, id). Grain: channel, id. Source: landing dumps. Refresh: nightly MERGE.'
