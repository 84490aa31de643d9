-- Where each changed key's rebuild starts: at the start of its latest stored conversation that began
-- at or before the earliest change (the conversation the change falls into; everything before it is
-- unaffected, since a boundary only depends on earlier events), else at the change itself.
-- Stored conversations are searched :lookback_days back (sessionize.lookback_days).
-- Sources: temp views changed_keys, silver_conversations_snapshot (silver.conversations as the run found
-- it). Parameters: scan_from (the earliest change's date minus the look-back), lookback_days.
SELECT k.brand_id, k.channel, k.customer_id,
       coalesce(max(c.started_at), k.changed_from) AS rebuild_from
FROM changed_keys AS k
LEFT JOIN silver_conversations_snapshot AS c
  ON  c.brand_id = k.brand_id AND c.channel = k.channel AND c.customer_id = k.customer_id
  AND c.started_date >= :scan_from
  AND c.started_at <= k.changed_from
  AND c.started_at >= k.changed_from - make_dt_interval(:lookback_days)
GROUP BY k.brand_id, k.channel, k.customer_id, k.changed_from
