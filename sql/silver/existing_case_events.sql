-- silver.case_events rows of the keys being rebuilt, from their rebuild point on, as stored before
-- this run's MERGE. Sources: temp views session_scope, silver_case_events_snapshot (silver.case_events as the
-- run found it). Parameter: scan_from.
SELECT e.*
FROM silver_case_events_snapshot AS e
JOIN session_scope AS s
  ON e.brand_id = s.brand_id AND e.channel = s.channel AND e.customer_id = s.customer_id
WHERE e.created_date >= :scan_from AND e.created_at >= s.rebuild_from
