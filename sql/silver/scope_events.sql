-- Messages and case events of the keys being rebuilt, from their rebuild point on, in time order,
-- each with its conversation number within the key (conversation_seq; 0 = before the key's first
-- message, attached to no conversation) and the conversation's id. SPEC 3:
--   * a message that replies (reply_to_id) to an earlier message of its key never starts a
--     conversation by the gap: the reply chain keeps it in the conversation, even after a long gap
--     (the TWCS format links every reply; the inactivity timeout is the fallback without a link);
--   * an outbound message starts a conversation when the gap since the key's previous message
--     exceeds the channel's inactivity timeout, unless the customer is still waiting for it (an
--     inbound message needing a reply came after the last counted reply): a reply after 30 hours is
--     a slow first reply of the same conversation, not a conversation of its own;
--   * an inbound message after a resolved/closed event that no inbound message or reopened event has
--     followed yet ("resolution pending") starts a conversation when it comes more than the reopen
--     window after that event, and otherwise reopens the conversation; without a pending resolution
--     the inactivity timeout applies as for outbound messages.
-- Ties at the same instant: messages before case events, inbound before outbound, then by id.
-- Customer ids go through customer_key (the privacy switch) as they leave bronze.
-- Sources: temp views session_scope, ref_channel_settings, bronze_messages_snapshot and
-- bronze_case_events_snapshot (bronze.messages and bronze.case_events at the versions this run reads).
-- Parameters: scan_from (date bounding the bronze scan), reopen_window_seconds, count_bots.
WITH records AS (
  SELECT brand_id, channel, customer_key(customer_id) AS customer_id, created_at, id, 'message' AS record_type,
         direction, sender_type, CAST(NULL AS STRING) AS event,
         CASE direction WHEN 'in' THEN 0 ELSE 1 END AS tie_order,
         agent_id, CAST(NULL AS STRING) AS target, thread_id, reply_to_id, text, visibility, tags,
         quick_reply, sentiment, handle_seconds, needs_reply
  FROM bronze_messages_snapshot
  WHERE created_date >= :scan_from
  UNION ALL
  SELECT brand_id, channel, customer_key(customer_id), created_at, id, 'case_event',
         NULL, NULL, event, 2,
         agent_id, target, thread_id, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL
  FROM bronze_case_events_snapshot
  WHERE created_date >= :scan_from
),
events AS (
  -- One join of the scope with both record types, on the key the windows below partition by.
  SELECT r.*
  FROM records AS r
  JOIN session_scope AS s
    ON r.brand_id = s.brand_id AND r.channel = s.channel AND r.customer_id = s.customer_id
  WHERE r.created_at >= s.rebuild_from
),
reply_parents AS (
  -- Messages of the scope that another message of the same key replies to (reply_to_id).
  SELECT brand_id, channel, customer_id, id AS parent_id, created_at AS parent_at
  FROM events
  WHERE record_type = 'message'
),
flagged AS (
  SELECT e.*,
    p.parent_id IS NOT NULL AND p.parent_at <= e.created_at    AS follows_reply_chain,
    record_type = 'message'                                     AS is_message,
    event IN ('resolved', 'closed')                             AS is_resolution,
    (direction = 'in' OR event = 'reopened')                    AS is_wake,
    direction = 'out' AND (sender_type = 'agent' OR (:count_bots AND sender_type = 'bot')) AS is_counted_reply,
    coalesce(t.inactivity_timeout_seconds, d.inactivity_timeout_seconds) AS timeout_seconds
  FROM events AS e
  LEFT JOIN reply_parents AS p
    ON e.record_type = 'message' AND p.brand_id = e.brand_id AND p.channel = e.channel
   AND p.customer_id = e.customer_id AND p.parent_id = e.reply_to_id
  LEFT JOIN ref_channel_settings AS t ON t.channel = e.channel
  CROSS JOIN (SELECT inactivity_timeout_seconds FROM ref_channel_settings WHERE channel = 'default') AS d
),
with_previous AS (
  SELECT *,
    max(CASE WHEN is_message THEN created_at END) OVER before_row    AS previous_message_at,
    max(CASE WHEN is_resolution THEN created_at END) OVER before_row AS last_resolution_at,
    max(CASE WHEN is_wake THEN created_at END) OVER before_row       AS last_wake_at,
    max(CASE WHEN direction = 'in' AND needs_reply THEN created_at END) OVER before_row AS last_needing_reply_at,
    max(CASE WHEN is_counted_reply THEN created_at END) OVER before_row AS last_counted_reply_at
  FROM flagged
  WINDOW before_row AS (PARTITION BY brand_id, channel, customer_id
                        ORDER BY created_at, tie_order, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
gap_breaks AS (
  SELECT *,
    is_message AND previous_message_at IS NOT NULL
      AND unix_seconds(created_at) - unix_seconds(previous_message_at) > timeout_seconds
      AND NOT follows_reply_chain
      AND NOT (direction = 'out' AND coalesce(last_needing_reply_at > coalesce(last_counted_reply_at,
                                                 TIMESTAMP'0001-01-01 00:00:00'), false)) AS breaks_by_gap
  FROM with_previous
),
with_outbound_breaks AS (
  SELECT *,
    max(CASE WHEN breaks_by_gap AND direction = 'out' THEN created_at END) OVER (
      PARTITION BY brand_id, channel, customer_id
      ORDER BY created_at, tie_order, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_outbound_break_at
  FROM gap_breaks
),
with_pending AS (
  SELECT *,
    last_resolution_at IS NOT NULL
      AND last_resolution_at > coalesce(last_wake_at, TIMESTAMP'0001-01-01 00:00:00')
      AND last_resolution_at >= coalesce(last_outbound_break_at, TIMESTAMP'0001-01-01 00:00:00') AS resolution_pending
  FROM with_outbound_breaks
),
with_starts AS (
  SELECT *,
    CASE
      WHEN NOT is_message THEN false
      WHEN previous_message_at IS NULL THEN true
      WHEN direction = 'in' AND resolution_pending
        THEN unix_seconds(created_at) - unix_seconds(last_resolution_at) > :reopen_window_seconds
      ELSE breaks_by_gap
    END AS starts_conversation
  FROM with_pending
)
SELECT brand_id, channel, customer_id, created_at, id, record_type, direction, sender_type, event,
       tie_order, agent_id, target, thread_id, reply_to_id, text, visibility, tags, quick_reply, sentiment,
       handle_seconds, needs_reply, starts_conversation,
       is_wake AND resolution_pending AND NOT starts_conversation AS reopens_conversation,
       sum(CASE WHEN starts_conversation THEN 1 ELSE 0 END) OVER in_key_order AS conversation_seq,
       -- The conversation's id: a hash of the key and its first message's id, the same on every run and
       -- machine for the same input; NULL for case events before the key's first message.
       last_value(CASE WHEN starts_conversation
                       THEN substr(sha2(concat_ws('|', brand_id, channel, customer_id, id), 256), 1, 32) END, true)
         OVER in_key_order AS conversation_id
FROM with_starts
WINDOW in_key_order AS (PARTITION BY brand_id, channel, customer_id
                        ORDER BY created_at, tie_order, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
