-- One row per rebuilt conversation: its key, number within the key, first message and id.
-- The id is a hash of the key and the first message's id: the same input gives the same id on every
-- run and machine. Source: temp view scope_events.
SELECT brand_id, channel, customer_id, conversation_seq,
       created_at AS started_at, id AS first_message_id,
       substr(sha2(concat_ws('|', brand_id, channel, customer_id, id), 256), 1, 32) AS conversation_id
FROM scope_events
WHERE starts_conversation
