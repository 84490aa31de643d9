-- silver.conversations rows of the keys being rebuilt, from their rebuild point on, as stored before
-- this run's MERGE. Sources: temp view session_scope; silver.conversations. Parameter: scan_from.
SELECT c.*
FROM silver.conversations AS c
JOIN session_scope AS s
  ON c.brand_id = s.brand_id AND c.channel = s.channel AND c.customer_id = s.customer_id
WHERE c.started_date >= DATE'${scan_from}' AND c.started_at >= s.rebuild_from
