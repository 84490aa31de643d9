-- silver.messages rows of the keys being rebuilt, from their rebuild point on, as stored before this
-- run's MERGE. Sources: temp views session_scope, silver_messages_snapshot (silver.messages as the run
-- found it). Parameter: scan_from.
SELECT m.*
FROM silver_messages_snapshot AS m
JOIN session_scope AS s
  ON m.brand_id = s.brand_id AND m.channel = s.channel AND m.customer_id = s.customer_id
WHERE m.created_date >= :scan_from AND m.created_at >= s.rebuild_from
