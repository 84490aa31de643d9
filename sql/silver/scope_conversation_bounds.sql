-- Start and end (last message or case event) of each rebuilt conversation.
-- Sources: temp views scope_events, scope_conversation_starts.
SELECT c.conversation_id, c.brand_id, c.channel, c.customer_id, c.started_at, max(e.created_at) AS ended_at
FROM scope_conversation_starts AS c
JOIN scope_events AS e
  ON e.brand_id = c.brand_id AND e.channel = c.channel AND e.customer_id = c.customer_id
 AND e.conversation_seq = c.conversation_seq
GROUP BY c.conversation_id, c.brand_id, c.channel, c.customer_id, c.started_at
