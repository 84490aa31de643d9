-- silver.conversations rows of the keys being rebuilt: one row per conversation with its times,
-- counts, resolution and status at the run's as-of time (SPEC 3 and 4).
-- Status: resolved  - a resolved/closed event not followed by an inbound message or reopened event;
--                     or, for a conversation without case events, closed with the brand's last word
--                     (inbound messages needing no reply, like a closing "thanks", do not count)
--                     (resolution_source 'case_event' or 'inferred');
--         open      - otherwise, when its last activity is within the channel's inactivity timeout
--                     of the as-of time;
--         abandoned - closed, not resolved, and the customer's last inbound message needing a reply
--                     got none;
--         unresolved- closed, none of the above.
-- Sources: temp views scope_events, scope_conversation_starts, scope_messages, scope_surveys,
-- ref_channel_settings, ref_agents. Parameters: status_as_of, default_hourly_cost.
WITH events AS (
  SELECT c.conversation_id, e.*
  FROM scope_events AS e
  JOIN scope_conversation_starts AS c
    ON e.brand_id = c.brand_id AND e.channel = c.channel AND e.customer_id = c.customer_id
   AND e.conversation_seq = c.conversation_seq
),
event_facts AS (
  SELECT conversation_id,
    max(created_at)                                                         AS ended_at,
    count_if(record_type = 'case_event') > 0                                AS has_case_events,
    count_if(event = 'transferred')                                         AS transfers,
    count_if(event = 'escalated')                                           AS escalations,
    count_if(reopens_conversation)                                          AS reopens,
    min(CASE WHEN event IN ('resolved', 'closed') THEN created_at END)      AS first_resolution_event_at,
    max(CASE WHEN event IN ('resolved', 'closed') THEN created_at END)      AS last_resolution_event_at,
    max(CASE WHEN direction = 'in' OR event = 'reopened' THEN created_at END) AS last_wake_at
  FROM events
  GROUP BY conversation_id
),
reply_waits AS (
  -- Each run of inbound messages answered by the same reply waits from its first message to the reply.
  SELECT conversation_id,
         unix_seconds(next_reply_at) - unix_seconds(min(created_at))    AS wait_seconds,
         business_seconds(brand_id, min(created_at), next_reply_at)     AS wait_business_seconds
  FROM scope_messages
  WHERE next_reply_at IS NOT NULL
  GROUP BY conversation_id, brand_id, next_reply_at
),
wait_facts AS (
  SELECT conversation_id, sum(wait_seconds) AS reply_wait_seconds_sum, count(*) AS reply_wait_seconds_count,
         sum(wait_business_seconds) AS reply_wait_business_seconds_sum
  FROM reply_waits
  GROUP BY conversation_id
),
agent_replies AS (
  SELECT conversation_id, agent_id,
         row_number() OVER (PARTITION BY conversation_id ORDER BY count(*) DESC, min(created_at), agent_id) AS rank
  FROM scope_messages
  WHERE direction = 'out' AND sender_type = 'agent' AND agent_id IS NOT NULL
  GROUP BY conversation_id, agent_id
),
priced_messages AS (
  -- Agent replies priced at the agent's hourly cost (its own, its team's, else cost.default_hourly_cost).
  SELECT m.*, m.handle_seconds / 3600 * coalesce(a.hourly_cost, ${default_hourly_cost}) AS handle_cost
  FROM scope_messages AS m
  LEFT JOIN ref_agents AS a ON a.agent_id = m.agent_id
),
message_facts AS (
  SELECT conversation_id,
    min(created_at)                                                            AS first_message_at,
    max(created_at)                                                            AS last_message_at,
    min(CASE WHEN direction = 'in' THEN created_at END)                        AS first_inbound_at,
    min(CASE WHEN direction = 'in' AND needs_reply THEN created_at END)        AS first_needing_reply_at,
    min_by(next_reply_at, position_in_conversation) FILTER (WHERE direction = 'in' AND needs_reply) AS first_reply_at,
    count_if(direction = 'in')                                                 AS inbound_messages,
    count_if(direction = 'in' AND needs_reply)                                 AS inbound_needing_reply,
    count_if(direction = 'in' AND needs_reply AND next_reply_at IS NOT NULL)   AS inbound_replied,
    count_if(direction = 'out' AND sender_type IN ('agent', 'bot'))            AS replies,
    count_if(direction = 'out' AND sender_type = 'agent')                      AS agent_replies,
    count_if(handle_source = 'logged')                                         AS logged_replies,
    count_if(handle_source = 'estimated')                                      AS estimated_replies,
    sum(handle_seconds)                                                        AS handle_seconds,
    sum(handle_cost)                                                           AS handle_cost,
    -- The last word ignores inbound messages needing no reply (a closing "thanks").
    max_by(direction, position_in_conversation) FILTER (WHERE direction = 'out' OR needs_reply) = 'out'
                                                                               AS brand_had_last_word,
    max_by(next_reply_at IS NULL, position_in_conversation) FILTER (WHERE direction = 'in' AND needs_reply)
                                                                               AS last_inbound_unanswered,
    max(CASE WHEN is_counted_reply THEN created_at END)                        AS last_counted_reply_at,
    min(local_date) FILTER (WHERE direction = 'in')                            AS first_inbound_local_date,
    min(local_date)                                                            AS first_message_local_date
  FROM priced_messages
  GROUP BY conversation_id
),
survey_facts AS (
  SELECT conversation_id,
    count_if(kind = 'csat')                                                          AS csat_responses,
    count_if(kind = 'csat' AND score >= 0.8 * scale_max)                             AS csat_positive,
    count_if(kind = 'ces')                                                           AS ces_responses,
    sum(CASE WHEN kind = 'ces' THEN (score - scale_min) / (scale_max - scale_min) * 100 END) AS ces_index_sum,
    count_if(kind = 'nps')                                                           AS nps_responses,
    count_if(kind = 'nps' AND (score - scale_min) / (scale_max - scale_min) * 10 >= 9) AS nps_promoters,
    count_if(kind = 'nps' AND (score - scale_min) / (scale_max - scale_min) * 10 <= 6) AS nps_detractors
  FROM scope_surveys
  GROUP BY conversation_id
),
joined AS (
  SELECT s.conversation_id, s.brand_id, s.channel, s.customer_id, s.started_at, s.first_message_id,
         m.first_message_at, m.last_message_at, m.first_inbound_at, m.first_needing_reply_at,
         m.first_reply_at, m.inbound_messages, m.inbound_needing_reply, m.inbound_replied,
         m.replies, m.agent_replies, m.logged_replies, m.estimated_replies, m.handle_seconds, m.handle_cost,
         m.brand_had_last_word, m.last_inbound_unanswered, m.last_counted_reply_at,
         m.first_inbound_local_date, m.first_message_local_date,
         e.ended_at, e.has_case_events, e.transfers, e.escalations, e.reopens,
         e.first_resolution_event_at, e.last_resolution_event_at, e.last_wake_at,
         w.reply_wait_seconds_sum, w.reply_wait_seconds_count, w.reply_wait_business_seconds_sum, a.agent_id,
         coalesce(t.inactivity_timeout_seconds, d.inactivity_timeout_seconds) AS timeout_seconds,
         coalesce(v.csat_responses, 0) AS csat_responses, coalesce(v.csat_positive, 0) AS csat_positive,
         coalesce(v.ces_responses, 0) AS ces_responses, v.ces_index_sum,
         coalesce(v.nps_responses, 0) AS nps_responses, coalesce(v.nps_promoters, 0) AS nps_promoters,
         coalesce(v.nps_detractors, 0) AS nps_detractors
  FROM scope_conversation_starts AS s
  JOIN message_facts AS m ON m.conversation_id = s.conversation_id
  JOIN event_facts AS e ON e.conversation_id = s.conversation_id
  LEFT JOIN wait_facts AS w ON w.conversation_id = s.conversation_id
  LEFT JOIN agent_replies AS a ON a.conversation_id = s.conversation_id AND a.rank = 1
  LEFT JOIN survey_facts AS v ON v.conversation_id = s.conversation_id
  LEFT JOIN ref_channel_settings AS t ON t.channel = s.channel
  CROSS JOIN (SELECT inactivity_timeout_seconds FROM ref_channel_settings WHERE channel = 'default') AS d
),
with_status AS (
  SELECT *,
    has_case_events AND last_resolution_event_at IS NOT NULL AND last_resolution_event_at > last_wake_at
      AS resolved_by_event,
    unix_seconds(TIMESTAMP'${status_as_of}') - unix_seconds(ended_at) <= timeout_seconds AS within_timeout
  FROM joined
),
classified AS (
  SELECT *,
    CASE
      WHEN resolved_by_event THEN 'resolved'
      WHEN within_timeout THEN 'open'
      WHEN NOT has_case_events AND brand_had_last_word THEN 'resolved'
      WHEN coalesce(last_inbound_unanswered, false) THEN 'abandoned'
      ELSE 'unresolved'
    END AS status
  FROM with_status
)
SELECT
  conversation_id, brand_id, channel, customer_id, agent_id, first_message_id,
  started_at, to_date(started_at) AS started_date, ended_at,
  coalesce(first_inbound_local_date, first_message_local_date) AS report_date,
  first_inbound_at, first_needing_reply_at, first_reply_at,
  unix_seconds(first_reply_at) - unix_seconds(first_needing_reply_at) AS first_reply_seconds,
  reply_wait_seconds_sum, reply_wait_seconds_count, reply_wait_business_seconds_sum,
  inbound_messages, inbound_needing_reply, inbound_replied, replies, agent_replies,
  status,
  CASE WHEN status = 'resolved' THEN CASE WHEN resolved_by_event THEN 'case_event' ELSE 'inferred' END END
    AS resolution_source,
  CASE WHEN has_case_events THEN first_resolution_event_at
       WHEN status = 'resolved' THEN last_counted_reply_at END AS first_resolved_at,
  CASE WHEN status = 'resolved' THEN CASE WHEN resolved_by_event THEN last_resolution_event_at
                                          ELSE last_counted_reply_at END END AS resolved_at,
  reopens, transfers, escalations,
  agent_replies AS agent_touches,
  handle_seconds,
  handle_cost,
  CASE WHEN logged_replies > 0 AND estimated_replies > 0 THEN 'mixed'
       WHEN logged_replies > 0 THEN 'logged'
       WHEN estimated_replies > 0 THEN 'estimated' END AS handle_source,
  coalesce(last_inbound_unanswered, false) AS customer_waiting,
  csat_responses, csat_positive, ces_responses, ces_index_sum, nps_responses, nps_promoters, nps_detractors,
  TIMESTAMP'${status_as_of}' AS status_as_of
FROM classified
