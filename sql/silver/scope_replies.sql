-- One row per wait of the conversations being rebuilt: a run of consecutive inbound messages needing a
-- reply, from its first message (waited_from) to the counted reply that answers it (replied_at; NULL
-- while unanswered, which only the last run of a conversation can be). These are the waits the
-- reply-wait metric averages; reply_number 1 is the conversation's first reply.
-- SLA (SPEC 4): reply 1 is held to the first_reply target, every later one to next_reply (the most
-- specific entry, scope_sla_targets); due_at is waited_from plus the target in its clock. sla_met:
-- true - replied within the target; false - replied later, or unanswered and the target has passed
-- by the as-of time; NULL - unanswered and still within the target.
-- Reply window: the platform allows a free-form reply until reply_window_seconds after the customer's
-- latest message (any inbound message before the reply; for an unanswered wait, the conversation's
-- latest). inside_reply_window: whether the reply came by window_closes_at; false for an unanswered
-- wait once the window has closed; NULL on channels without a window or while it is still open.
-- revisit_at: when an unanswered wait's outcome changes by time alone (its due time, its window's end).
-- Sources: temp views scope_messages, scope_sla_targets, ref_channel_settings. Parameter: status_as_of.
WITH waits AS (
  -- The messages of a run share their next reply (NULL for the unanswered run); the run waits from its
  -- first message: that message's own wait (scope_messages) in calendar and business seconds.
  SELECT brand_id, channel, customer_id, conversation_id, next_reply_at AS replied_at,
         min(created_at)                                                AS waited_from,
         min_by(local_date, position_in_conversation)                   AS report_date,
         count(*)                                                       AS messages_waiting,
         max(reply_wait_seconds)                                        AS wait_seconds,
         min_by(reply_wait_business_seconds, position_in_conversation)  AS wait_business_seconds,
         max(conversation_agent_id)                                     AS conversation_agent_id
  FROM scope_messages
  WHERE direction = 'in' AND needs_reply
  GROUP BY brand_id, channel, customer_id, conversation_id, next_reply_at
),
with_last_inbound AS (
  SELECT *,
         max(CASE WHEN direction = 'in' THEN created_at END) OVER (
           PARTITION BY brand_id, channel, customer_id, conversation_id ORDER BY position_in_conversation
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS last_inbound_at
  FROM scope_messages
),
reply_messages AS (
  -- The counted reply at each instant that ends a wait (the first in conversation order when several
  -- share it), with the customer's latest message before it.
  SELECT brand_id, channel, customer_id, conversation_id, created_at AS replied_at,
         min_by(named_struct('message_id', message_id, 'agent_id', agent_id, 'sender_type', sender_type,
                             'last_inbound_at', last_inbound_at), position_in_conversation) AS reply
  FROM with_last_inbound
  WHERE is_counted_reply
  GROUP BY brand_id, channel, customer_id, conversation_id, created_at
),
last_inbound AS (
  SELECT brand_id, channel, customer_id, conversation_id, max(created_at) AS last_inbound_at
  FROM scope_messages
  WHERE direction = 'in'
  GROUP BY brand_id, channel, customer_id, conversation_id
),
numbered AS (
  SELECT w.*,
         row_number() OVER (PARTITION BY w.brand_id, w.channel, w.customer_id, w.conversation_id
                            ORDER BY w.waited_from, w.replied_at NULLS LAST) AS reply_number,
         r.reply.message_id AS reply_message_id, r.reply.agent_id AS agent_id, r.reply.sender_type AS replied_by,
         CASE WHEN w.replied_at IS NOT NULL THEN r.reply.last_inbound_at ELSE l.last_inbound_at END
           AS customer_last_message_at
  FROM waits AS w
  LEFT JOIN reply_messages AS r
    USING (brand_id, channel, customer_id, conversation_id, replied_at)
  LEFT JOIN last_inbound AS l
    USING (brand_id, channel, customer_id, conversation_id)
),
with_targets AS (
  SELECT n.*, CASE WHEN n.reply_number = 1 THEN 'first_reply' ELSE 'next_reply' END AS sla_metric,
         t.target_seconds AS sla_target_seconds, t.clock AS sla_clock,
         coalesce(c.reply_window_seconds, d.reply_window_seconds) AS reply_window_seconds
  FROM numbered AS n
  LEFT JOIN scope_sla_targets AS t
    ON t.brand_id = n.brand_id AND t.channel = n.channel
   AND t.metric = CASE WHEN n.reply_number = 1 THEN 'first_reply' ELSE 'next_reply' END
  LEFT JOIN ref_channel_settings AS c ON c.channel = n.channel
  LEFT JOIN (SELECT reply_window_seconds FROM ref_channel_settings WHERE channel = 'default') AS d
),
with_due AS (
  SELECT *,
    CASE sla_clock
      WHEN 'business' THEN business_due_at(brand_id, waited_from, sla_target_seconds)
      ELSE waited_from + make_dt_interval(0, 0, 0, sla_target_seconds)
    END AS due_at,
    -- The wait in the target's clock: to the reply, or so far (to the as-of time) while unanswered.
    CASE sla_clock
      WHEN 'business' THEN coalesce(wait_business_seconds, business_seconds(brand_id, waited_from, :status_as_of))
      ELSE coalesce(wait_seconds, unix_seconds(:status_as_of) - unix_seconds(waited_from))
    END AS elapsed,
    customer_last_message_at + make_dt_interval(0, 0, 0, reply_window_seconds) AS window_closes_at
  FROM with_targets
),
with_outcomes AS (
  SELECT *,
    CASE WHEN replied_at IS NOT NULL THEN elapsed <= sla_target_seconds
         WHEN elapsed > sla_target_seconds THEN false END AS sla_met,
    CASE WHEN replied_at IS NOT NULL THEN replied_at <= window_closes_at
         WHEN :status_as_of > window_closes_at THEN false END AS inside_reply_window
  FROM with_due
)
SELECT
  conversation_id, reply_number, brand_id, channel, customer_id, agent_id, replied_by, conversation_agent_id,
  report_date, waited_from, messages_waiting, customer_last_message_at, replied_at, reply_message_id,
  wait_seconds, wait_business_seconds,
  sla_metric, sla_target_seconds, sla_clock, due_at, sla_met,
  reply_window_seconds, window_closes_at, inside_reply_window,
  -- A due time or window end already behind the as-of time with the outcome still pending (a business
  -- clock closed at its due time) is looked at again by the next run.
  least(
    CASE WHEN replied_at IS NULL AND sla_met IS NULL AND due_at IS NOT NULL THEN greatest(due_at, :status_as_of) END,
    CASE WHEN replied_at IS NULL AND inside_reply_window IS NULL AND window_closes_at IS NOT NULL
         THEN greatest(window_closes_at, :status_as_of) END
  ) AS revisit_at,
  :status_as_of AS status_as_of
FROM with_outcomes
