-- Surveys of the keys being rebuilt, each attached to the conversation of its key that had started by
-- the survey's time and ended at most ${survey_attach_seconds} s before it (the latest such one).
-- A survey with no such conversation attaches to none (it stays in bronze.surveys).
-- Sources: temp views session_scope, scope_conversation_bounds; bronze.surveys.
-- Parameters: scan_from, survey_attach_seconds.
SELECT conversation_id, kind, score, scale_min, scale_max, created_at
FROM (
  SELECT v.*, c.conversation_id,
         row_number() OVER (PARTITION BY v.channel, v.id ORDER BY c.started_at DESC) AS nearest
  FROM bronze.surveys AS v
  JOIN session_scope AS s
    ON v.brand_id = s.brand_id AND v.channel = s.channel AND customer_key(v.customer_id) = s.customer_id
  JOIN scope_conversation_bounds AS c
    ON v.brand_id = c.brand_id AND v.channel = c.channel AND customer_key(v.customer_id) = c.customer_id
   AND v.created_at >= c.started_at
   AND unix_seconds(v.created_at) - unix_seconds(c.ended_at) <= ${survey_attach_seconds}
  WHERE v.created_date >= DATE'${scan_from}' AND v.created_at >= s.rebuild_from
) AS candidates
WHERE nearest = 1
