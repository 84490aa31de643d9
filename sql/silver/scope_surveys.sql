-- Surveys of the keys being rebuilt, each attached to the conversation of its key that had started by
-- the survey's time and ended at most :survey_attach_seconds before it (the latest such one).
-- A survey with no such conversation attaches to none (it stays in bronze.surveys).
-- Sources: temp views scope_conversation_bounds, bronze_surveys_snapshot (bronze.surveys at the version this
-- run reads). Parameters: scan_from, survey_attach_seconds.
SELECT brand_id, channel, customer_id, conversation_id, kind, score, scale_min, scale_max, created_at
FROM (
  SELECT v.brand_id, v.channel, c.customer_id, c.conversation_id, v.kind, v.score, v.scale_min, v.scale_max,
         v.created_at, row_number() OVER (PARTITION BY v.channel, v.id ORDER BY c.started_at DESC) AS nearest
  FROM bronze_surveys_snapshot AS v
  JOIN scope_conversation_bounds AS c
    ON v.brand_id = c.brand_id AND v.channel = c.channel AND customer_key(v.customer_id) = c.customer_id
   AND v.created_at >= c.started_at
   AND unix_seconds(v.created_at) - unix_seconds(c.ended_at) <= :survey_attach_seconds
  WHERE v.created_date >= :scan_from
) AS candidates
WHERE nearest = 1
