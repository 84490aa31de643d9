-- silver.messages: every accepted message with its conversation and reply lags.
CREATE TABLE IF NOT EXISTS silver.messages (
  conversation_id          STRING    COMMENT 'Conversation the message belongs to (silver.conversations).',
  brand_id                 STRING    COMMENT 'Brand the message was sent to or by.',
  channel                  STRING    COMMENT 'Channel, lower case; x is stored as twitter.',
  customer_id              STRING    COMMENT 'Customer of the exchange.',
  message_id               STRING    COMMENT 'Message id from the dump; unique per channel.',
  direction                STRING    COMMENT 'in (from the customer) or out (from the brand).',
  sender_type              STRING    COMMENT 'customer, agent or bot.',
  agent_id                 STRING    COMMENT 'Agent who sent an outbound message, as in the dump.',
  created_at               TIMESTAMP COMMENT 'When the message was created (UTC).',
  created_date             DATE      COMMENT 'UTC date of created_at; partition column.',
  local_date               DATE      COMMENT 'Date of created_at in the brand time zone: the report date of message counts.',
  local_hour               INT       COMMENT 'Hour 0-23 of created_at in the brand time zone.',
  thread_id                STRING    COMMENT 'Thread id from the dump, if any.',
  reply_to_id              STRING    COMMENT 'Id of the message this one replies to, if given.',
  text                     STRING    COMMENT 'Message text. Kept in silver only, never copied to gold.',
  visibility               STRING    COMMENT 'public or private, if given.',
  tags                     ARRAY<STRING> COMMENT 'Topic tags from the dump (topic or topic/subtopic).',
  quick_reply              STRING    COMMENT 'Label of the quick reply sent or picked, if any.',
  sentiment                STRING    COMMENT 'Sentiment given by the dump (positive, neutral, negative), if any.',
  sentiment_label          STRING    COMMENT 'Inbound messages: positive, neutral or negative; from the dump, else from the analyzer (see sentiment_source).',
  sentiment_score          DOUBLE    COMMENT 'Inbound messages rated by the analyzer: VADER-style compound score -1..1 (>= 0.05 positive, <= -0.05 negative); NULL when the dump gave the sentiment.',
  sentiment_source         STRING    COMMENT 'Inbound messages: dump or analyzer.',
  topics                   ARRAY<STRING> COMMENT 'Inbound messages: topic/subtopic labels, the dump\'s tags, else those of the keyword taxonomy (config topics).',
  topic_source             STRING    COMMENT 'Inbound messages with topics: dump or taxonomy.',
  needs_reply              BOOLEAN   COMMENT 'Whether an inbound message needs a reply (default true for in, false for out).',
  position_in_conversation INT       COMMENT 'Position of the message in its conversation, 1-based, in time order.',
  is_counted_reply         BOOLEAN   COMMENT 'Outbound reply that ends a wait: from an agent, or from a bot when metrics.count_bot_replies.',
  reopens_conversation     BOOLEAN   COMMENT 'Inbound message that reopened the conversation after a resolved/closed event.',
  next_reply_at            TIMESTAMP COMMENT 'For an inbound message needing a reply: the next counted reply in its conversation; NULL if none yet.',
  reply_wait_seconds       BIGINT    COMMENT 'For an inbound message needing a reply: seconds from it to next_reply_at.',
  reply_wait_business_seconds BIGINT COMMENT 'reply_wait_seconds counted inside the brand\'s business hours (its schedule, in its time zone).',
  handle_seconds           DOUBLE    COMMENT 'For an agent reply: agent work in seconds, logged or estimated (see handle_source).',
  handle_source            STRING    COMMENT 'For an agent reply: logged (handle_seconds in the dump) or estimated (time since the previous message, capped at metrics.handle_time_cap_minutes).',
  conversation_agent_id    STRING    COMMENT 'The agent of the message\'s conversation (most agent replies); NULL when no agent replied. The agent grain counts an inbound message for it.',
  status_as_of             TIMESTAMP COMMENT 'As-of time of the run that last rebuilt this row.'
) USING DELTA
PARTITIONED BY (created_date)
LOCATION ${location}
-- Deletion vectors: each run replaces the rebuilt slice of a few keys spread over many files.
-- Statistics only on created_at, the column rebuild scans filter on.
TBLPROPERTIES (
  delta.enableDeletionVectors = true,
  delta.dataSkippingStatsColumns = 'created_at'
)
COMMENT 'Accepted messages with their conversation and reply lags. Grain: channel, message_id. Source: bronze.messages, bronze.case_events. Refresh: nightly, rebuilt for the keys touched by each dump.'
