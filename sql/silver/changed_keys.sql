-- Keys (brand_id, channel, customer_id) whose conversations must be rebuilt, with the earliest time
-- that changed for each. Sources: the bronze changes since the last sessionized version (temp views
-- changes_messages, changes_case_events, changes_surveys: Delta change data, so a record whose
-- winning copy moved contributes both its old and its new key and time), and every conversation
-- still open, whose status depends on the run's as-of time.
SELECT brand_id, channel, customer_id, min(changed_at) AS changed_from
FROM (
  SELECT brand_id, channel, customer_id, created_at AS changed_at FROM changes_messages
  UNION ALL
  SELECT brand_id, channel, customer_id, created_at FROM changes_case_events
  UNION ALL
  SELECT brand_id, channel, customer_id, created_at FROM changes_surveys
  UNION ALL
  SELECT brand_id, channel, customer_id, started_at FROM silver.conversations WHERE status = 'open'
) AS changed
GROUP BY brand_id, channel, customer_id
