-- silver.case_events: every accepted case event with the conversation it attaches to.
CREATE TABLE IF NOT EXISTS silver.case_events (
  conversation_id          STRING    COMMENT 'Conversation of the event (silver.conversations): the one of its key open at its time.',
  brand_id                 STRING    COMMENT 'Brand of the case.',
  channel                  STRING    COMMENT 'Channel, lower case; x is stored as twitter.',
  customer_id              STRING    COMMENT 'Customer of the case (pseudonymised when privacy.pseudonymize_customers).',
  event_id                 STRING    COMMENT 'Event id from the dump; unique per channel.',
  event                    STRING    COMMENT 'opened, assigned, transferred, escalated, resolved, closed or reopened.',
  agent_id                 STRING    COMMENT 'Agent acting or assigned, when given.',
  target                   STRING    COMMENT 'Agent a case was transferred to, or channel it was escalated to, when given.',
  created_at               TIMESTAMP COMMENT 'When the event happened (UTC).',
  created_date             DATE      COMMENT 'UTC date of created_at; partition column.',
  local_date               DATE      COMMENT 'Date of created_at in the brand time zone: the report date of event counts (transfers per agent).',
  reopens_conversation     BOOLEAN   COMMENT 'A reopened event that reopened the conversation after a resolved/closed event.',
  --@include ddl/silver/_rebuilt_record_storage.sql
COMMENT 'Accepted case events with their conversation. Grain: channel, event_id. Source: bronze.case_events. Refresh: nightly, rebuilt for the keys touched by each dump. Events before a key\'s first message attach to none and are left out.'
