-- bronze.messages: accepted message records, one row per (channel, id): the winning copy.
-- Source: the landing dumps (canonical JSON lines). Refresh: MERGE by each nightly ingest.
-- Winner rule (SPEC 1): the copy with the latest created_at, then the latest dump date.
CREATE TABLE IF NOT EXISTS bronze.messages (
  channel         STRING    COMMENT 'Channel, lower case; x is stored as twitter. Key part 1.',
  id              STRING    COMMENT 'Message id, unique within the channel. Key part 2.',
  brand_id        STRING    COMMENT 'Brand (company account) the message belongs to.',
  direction       STRING    COMMENT 'in = from the customer, out = from the brand.',
  customer_id     STRING    COMMENT 'Customer the exchange is with.',
  created_at      TIMESTAMP COMMENT 'When the message was created (UTC instant; input carried a zone offset).',
  thread_id       STRING    COMMENT 'Thread id from the source, when given.',
  reply_to_id     STRING    COMMENT 'Id of the message this one replies to, when given.',
  agent_id        STRING    COMMENT 'Agent who sent an outbound message, when given.',
  sender_type     STRING    COMMENT 'customer, agent or bot; defaults to customer for in, agent for out.',
  text            STRING    COMMENT 'Message text as received (kept in bronze and silver only).',
  visibility      STRING    COMMENT 'public or private, when given.',
  tags            ARRAY<STRING> COMMENT 'Topic tags, each topic or topic/subtopic, when given.',
  quick_reply     STRING    COMMENT 'Label of the quick reply sent or picked, when given.',
  sentiment       STRING    COMMENT 'positive, neutral or negative, when the source gives it.',
  handle_seconds  DOUBLE    COMMENT 'Agent work logged for this reply, in seconds, when given.',
  needs_reply     BOOLEAN   COMMENT 'Whether an inbound message expects a reply; defaults to true for in, false for out.',
  --@include ddl/bronze/_record_lineage.sql
COMMENT 'Accepted message records, latest copy of each (channel, id). Grain: channel, id. Source: landing dumps. Refresh: nightly MERGE.'
