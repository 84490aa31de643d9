-- silver.conversations rows of the keys being rebuilt, from their rebuild point on, as stored before
-- this run's MERGE. Sources: temp views session_scope, silver_conversations_snapshot (silver.conversations as the
-- run found it). Parameter: scan_from.
SELECT c.*
FROM silver_conversations_snapshot AS c
JOIN session_scope AS s
  ON c.brand_id = s.brand_id AND c.channel = s.channel AND c.customer_id = s.customer_id
WHERE c.started_date >= :scan_from AND c.started_at >= s.rebuild_from
