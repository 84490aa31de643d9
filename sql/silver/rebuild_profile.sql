-- The counts of one rebuild, in one query over its cached steps: every bronze message of the rebuilt
-- keys must come out in exactly one conversation (messages_sessionized), every conversation id once
-- (conversation_ids_unique); and how many rebuilt rows refer to brands or agents missing from the
-- reference data (SPEC 2: not an error; they report under "unknown"). Distinct values are counted as
-- the size of their set (NULLs left out, as count(DISTINCT) does): two count(DISTINCT) would make Spark
-- copy every message once per distinct expression first.
-- Sources: temp views scope_events, scope_messages, scope_conversations, removed_conversations,
-- ref_brands, ref_agents.
SELECT
  (SELECT count(*) FROM scope_events WHERE record_type = 'message')                  AS bronze_messages_in_scope,
  (SELECT count(*) FROM scope_messages)                                              AS messages_rebuilt,
  (SELECT count(*) FROM scope_conversations)                                         AS conversations_rebuilt,
  (SELECT count(DISTINCT conversation_id) FROM scope_conversations)                  AS distinct_conversation_ids,
  (SELECT count(*) FROM removed_conversations)                                       AS conversations_removed,
  count_if(b.brand_id IS NULL)                                                       AS unknown_brand_messages,
  CAST(size(collect_set(CASE WHEN b.brand_id IS NULL THEN m.brand_id END)) AS BIGINT) AS unknown_brands,
  count_if(m.sender_type = 'agent' AND m.agent_id IS NOT NULL AND a.agent_id IS NULL) AS unknown_agent_replies,
  CAST(size(collect_set(CASE WHEN m.sender_type = 'agent' AND a.agent_id IS NULL THEN m.agent_id END)) AS BIGINT) AS unknown_agents
FROM scope_messages AS m
LEFT JOIN ref_brands AS b ON b.brand_id = m.brand_id
LEFT JOIN ref_agents AS a ON a.agent_id = m.agent_id
