-- One row per rebuilt conversation: its key, id, first message, start and end (last message or case
-- event). Source: temp view scope_events.
SELECT brand_id, channel, customer_id, conversation_id,
       min_by(id, CASE WHEN starts_conversation THEN 0 ELSE 1 END) AS first_message_id,
       min(CASE WHEN starts_conversation THEN created_at END)      AS started_at,
       max(created_at)                                            AS ended_at
FROM scope_events
WHERE conversation_id IS NOT NULL
GROUP BY brand_id, channel, customer_id, conversation_id
