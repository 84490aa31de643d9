-- gold.fact_reply: one row per wait of a conversation for a reply, answered or not.
CREATE TABLE IF NOT EXISTS gold.fact_reply (
  conversation_id              STRING    COMMENT 'Conversation (gold.fact_conversation).',
  reply_number                 INT       COMMENT 'Position of the wait in its conversation: 1 = the first reply (first_reply_seconds of the conversation), 2 = the next, ...',
  brand_id                     STRING    COMMENT 'Brand.',
  industry                     STRING    COMMENT 'Industry of the brand from reference.brands; unknown for brands not listed.',
  channel                      STRING    COMMENT 'Channel.',
  customer_id                  STRING    COMMENT 'Customer.',
  agent_id                     STRING    COMMENT 'Agent who sent the reply; NULL when unanswered or answered by a bot (metrics.count_bot_replies).',
  replied_by                   STRING    COMMENT 'Sender type of the reply: agent or bot; NULL when unanswered.',
  conversation_agent_id        STRING    COMMENT 'Agent of the conversation (most replies); NULL when no agent replied.',
  report_date                  DATE      COMMENT 'Brand-local date of waited_from; partition column.',
  waited_from                  TIMESTAMP COMMENT 'First inbound message of the run of consecutive inbound messages needing a reply (UTC).',
  messages_waiting             BIGINT    COMMENT 'Inbound messages needing a reply in the run.',
  customer_last_message_at     TIMESTAMP COMMENT 'The customer\'s latest message (any inbound) before the reply; for an unanswered wait, of the conversation. The reply window opens here.',
  replied_at                   TIMESTAMP COMMENT 'The counted reply that ended the wait (UTC); NULL while unanswered.',
  reply_message_id             STRING    COMMENT 'Message id of the reply.',
  wait_seconds                 BIGINT    COMMENT 'replied_at - waited_from in seconds; NULL while unanswered. Per conversation these sum to reply_wait_seconds_sum.',
  wait_business_seconds        BIGINT    COMMENT 'The wait in the brand\'s business hours.',
  sla_metric                   STRING    COMMENT 'The SLA target that applies: first_reply for reply 1, next_reply after it.',
  sla_target_seconds           BIGINT    COMMENT 'Target of sla_metric (config sla.first_reply / sla.next_reply, most specific entry).',
  sla_clock                    STRING    COMMENT 'calendar or business.',
  due_at                       TIMESTAMP COMMENT 'waited_from + the target in its clock.',
  sla_met                      BOOLEAN   COMMENT 'true: replied within the target; false: replied later, or unanswered past the target at status_as_of; NULL: unanswered and still within the target.',
  reply_window_seconds         BIGINT    COMMENT 'The platform\'s customer-service window of the channel (metrics.reply_window_hours); NULL when the channel has none.',
  window_closes_at             TIMESTAMP COMMENT 'customer_last_message_at + reply_window_seconds.',
  inside_reply_window          BOOLEAN   COMMENT 'true: replied by window_closes_at; false: replied after it, or unanswered once it closed; NULL: no window on the channel, or unanswered while it is open.',
  status_as_of                 TIMESTAMP COMMENT 'As-of time of sla_met and inside_reply_window.'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
-- Deletion vectors: each run replaces the waits of the rebuilt conversations spread over many files.
TBLPROPERTIES (
  delta.enableDeletionVectors = true,
  delta.dataSkippingStatsColumns = 'waited_from'
)
COMMENT 'One row per wait for a reply (a run of consecutive inbound messages needing one), answered or not, with its SLA outcome and reply window. Grain: conversation_id, reply_number. Source: silver.messages (the waits of the rebuilt conversations), reference data. Refresh: nightly MERGE of the conversations that changed.'
