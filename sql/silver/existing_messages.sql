-- silver.messages rows of the keys being rebuilt, from their rebuild point on, as stored before this
-- run's MERGE. Sources: temp view session_scope; silver.messages. Parameter: scan_from.
SELECT m.*
FROM silver.messages AS m
JOIN session_scope AS s
  ON m.brand_id = s.brand_id AND m.channel = s.channel AND m.customer_id = s.customer_id
WHERE m.created_date >= DATE'${scan_from}' AND m.created_at >= s.rebuild_from
