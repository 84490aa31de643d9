-- Keys (brand_id, channel, customer_id) whose conversations must be rebuilt, with the earliest time
-- that changed for each. Sources:
--   * the bronze changes since the last sessionized versions (temp views changes_messages,
--     changes_case_events, changes_surveys: Delta change data, so a record whose winning copy moved
--     contributes its old and its new key and time; an update that changed only the lineage of a
--     copy, its content_hash unchanged, changes nothing here);
--   * every conversation (silver_conversations_snapshot: silver.conversations as the run found it)
--     with something pending in time (revisit_at: its inactivity timeout ends, or a
--     reply or resolution falls due) at or before this run's as-of time: its status or SLA outcome
--     changes by the passage of time alone, so it is rebuilt although none of its records changed;
--   * every conversation written as of a time after the last published as-of: a run that died after
--     its silver writes and before it published left it there (gold may not have it yet, and a
--     pending time it has moved past would otherwise never come round again), so it is rebuilt.
-- Parameters: as_of (this run's as-of time), published_as_of (the as-of of the last run that
-- published; the epoch when none has).
WITH record_copies AS (
  SELECT 'message' AS record_type, * FROM changes_messages
  UNION ALL SELECT 'case_event', * FROM changes_case_events
  UNION ALL SELECT 'survey', * FROM changes_surveys
),
updated_copies AS (
  -- Only updates need the comparison of a copy's pre- and post-image (the window below); inserts and
  -- deletes (nearly every change of a night, every change of a first night) count as they are, unsorted.
  SELECT brand_id, channel, customer_id, created_at,
         min(content_hash) OVER copy_in_commit <> max(content_hash) OVER copy_in_commit AS content_changed
  FROM record_copies
  WHERE _change_type IN ('update_preimage', 'update_postimage')
  WINDOW copy_in_commit AS (PARTITION BY record_type, channel, id, _commit_version)
),
record_changes AS (
  SELECT brand_id, channel, customer_id, created_at
  FROM record_copies
  WHERE _change_type IN ('insert', 'delete')
  UNION ALL
  SELECT brand_id, channel, customer_id, created_at
  FROM updated_copies
  WHERE content_changed
)
SELECT brand_id, channel, customer_id, min(changed_at) AS changed_from
FROM (
  SELECT brand_id, channel, customer_id, created_at AS changed_at
  FROM record_changes
  UNION ALL
  SELECT brand_id, channel, customer_id, started_at
  FROM silver_conversations_snapshot
  WHERE revisit_at < :as_of OR status_as_of > :published_as_of
) AS changed
GROUP BY brand_id, channel, customer_id
