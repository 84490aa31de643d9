-- Keys (brand_id, channel, customer_id) whose conversations must be rebuilt, with the earliest time
-- that changed for each, whether a change may belong to an earlier conversation whatever the gap
-- (links_back), and whether the earliest change is a message to the customer (starts_outbound). Sources:
--   * the bronze changes since the last sessionized versions (temp views changes_messages,
--     changes_case_events, changes_surveys, with a message's direction and reply_to_id: Delta change data, so a
--     record whose winning copy moved contributes its old and its new key and time; an update that
--     changed only the lineage of a copy, its content_hash unchanged, changes nothing here);
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
  SELECT record_type, brand_id, channel, customer_id, created_at, id, direction, reply_to_id,
         min(content_hash) OVER copy_in_commit <> max(content_hash) OVER copy_in_commit AS content_changed
  FROM record_copies
  WHERE _change_type IN ('update_preimage', 'update_postimage')
  WINDOW copy_in_commit AS (PARTITION BY record_type, channel, id, _commit_version)
),
record_changes AS (
  SELECT record_type, brand_id, channel, customer_id, created_at, id, direction, reply_to_id
  FROM record_copies
  WHERE _change_type IN ('insert', 'delete')
  UNION ALL
  SELECT record_type, brand_id, channel, customer_id, created_at, id, direction, reply_to_id
  FROM updated_copies
  WHERE content_changed
),
linked_changes AS (
  -- A change may belong to a conversation that began long before it, whatever the gap, when it is
  --   * a message that replies to a message not among the key's changes (replies_back: its parent may
  --     be in an earlier conversation, and the reply chain keeps it there, scope_events.sql), or
  --   * a case event or a survey (attaches: they attach to the conversation open, or just ended, at
  --     their time), but only as the key's earliest change: after an earlier change that starts a
  --     conversation of its own, that conversation is the one open at their time.
  SELECT c.brand_id, c.channel, c.customer_id, c.created_at,
         c.record_type = 'message' AND c.reply_to_id IS NOT NULL AND p.id IS NULL AS replies_back,
         c.record_type <> 'message' AS attaches,
         coalesce(c.direction = 'out', false) AS outbound,
         CASE c.record_type WHEN 'message' THEN CASE c.direction WHEN 'in' THEN 0 ELSE 1 END ELSE 2 END AS tie_order
  FROM record_changes AS c
  LEFT JOIN (SELECT DISTINCT brand_id, channel, customer_id, id FROM record_changes
             WHERE record_type = 'message') AS p
    ON p.brand_id = c.brand_id AND p.channel = c.channel AND p.customer_id = c.customer_id
   AND p.id = c.reply_to_id
)
-- links_back: a change replies back, or the earliest change attaches (ties in the sessionization's
-- order: inbound, outbound, then case events and surveys); session_scope.sql then rebuilds the key from
-- its last stored conversation. starts_outbound: the earliest change is a message to the customer,
-- which joins the last conversation whatever the gap while its customer waits for a reply
-- (scope_events.sql).
SELECT brand_id, channel, customer_id, min(changed_at) AS changed_from,
       bool_or(replies_back) OR min_by(attaches, struct(changed_at, tie_order)) AS links_back,
       min_by(outbound, struct(changed_at, tie_order)) AS starts_outbound
FROM (
  SELECT brand_id, channel, customer_id, created_at AS changed_at, replies_back, attaches, outbound, tie_order
  FROM linked_changes
  UNION ALL
  SELECT brand_id, channel, customer_id, started_at, false, false, false, -1
  FROM silver_conversations_snapshot
  WHERE revisit_at < :as_of OR status_as_of > :published_as_of
) AS changed
GROUP BY brand_id, channel, customer_id
