-- Stored conversations of the rebuilt keys that the rebuild no longer produces (their id changed, e.g.
-- a late message came first): deleted from silver and gold. Sources: temp views existing_conversations,
-- scope_conversations.
SELECT e.conversation_id, e.brand_id, e.channel, e.customer_id, e.report_date, e.started_date
FROM existing_conversations AS e
LEFT ANTI JOIN scope_conversations AS r ON r.conversation_id = e.conversation_id
