-- gold.fact_conversation rows of the keys being rebuilt, from their rebuild point on, as stored before
-- this run. Sources: temp view session_scope; gold.fact_conversation. Parameter: scan_from.
SELECT f.conversation_id, f.report_date
FROM gold.fact_conversation AS f
JOIN session_scope AS s
  ON f.brand_id = s.brand_id AND f.channel = s.channel AND f.customer_id = s.customer_id
WHERE f.report_date >= DATE'${scan_from}' - INTERVAL 1 DAYS AND f.started_at >= s.rebuild_from
