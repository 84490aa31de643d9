-- Rebuilt rows that refer to brands or agents missing from the reference data (SPEC 2: not an error;
-- they report under "unknown" and each run records these counts in its quality results):
-- messages of unknown brands and how many such brands; agent replies of unknown agents and how many.
-- Sources: temp views scope_messages, ref_brands, ref_agents.
SELECT
  count_if(b.brand_id IS NULL)                                                        AS unknown_brand_messages,
  count(DISTINCT CASE WHEN b.brand_id IS NULL THEN m.brand_id END)                    AS unknown_brands,
  count_if(m.sender_type = 'agent' AND m.agent_id IS NOT NULL AND a.agent_id IS NULL) AS unknown_agent_replies,
  count(DISTINCT CASE WHEN m.sender_type = 'agent' AND a.agent_id IS NULL THEN m.agent_id END) AS unknown_agents
FROM scope_messages AS m
LEFT JOIN ref_brands AS b ON b.brand_id = m.brand_id
LEFT JOIN ref_agents AS a ON a.agent_id = m.agent_id
