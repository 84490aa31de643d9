-- Bronze messages of the keys being rebuilt, from their rebuild point on: each must come out in
-- exactly one conversation (quality check messages_sessionized). Parameter: scan_from.
SELECT count(*)
FROM bronze.messages AS m
JOIN session_scope AS s
  ON m.brand_id = s.brand_id AND m.channel = s.channel AND customer_key(m.customer_id) = s.customer_id
WHERE m.created_date >= DATE'${scan_from}' AND m.created_at >= s.rebuild_from
