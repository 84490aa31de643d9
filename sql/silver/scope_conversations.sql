-- silver.conversations rows of the keys being rebuilt: one row per conversation with its times,
-- counts, resolution, status and SLA clocks at the run's as-of time (SPEC 3 and 4).
-- Status: resolved  - a resolved/closed event not followed by an inbound message or reopened event;
--                     or, for a conversation without case events, closed with the brand's last word
--                     (inbound messages needing no reply, like a closing "thanks", do not count)
--                     (resolution_source 'case_event' or 'inferred');
--         open      - otherwise, when its last activity is within the channel's inactivity timeout
--                     of the as-of time;
--         abandoned - closed, not resolved, and the customer's last inbound message needing a reply
--                     got none;
--         unresolved- closed, none of the above.
-- SLA targets: the most specific entry (scope_sla_targets); a due time is the start plus the target in
-- the target's clock (business_due_at for business hours). The first reply's SLA is that of the
-- conversation's first wait (scope_replies). Repeat contact: a resolved conversation whose customer
-- writes again in a later conversation of the key within :repeat_contact_seconds after the resolution
-- (false until then, NULL when not resolved): the later conversation's arrival rebuilds this one, the
-- latest of its key before the change (session_scope.sql), so a repeat is counted the night it comes.
-- revisit_at: the next instant after which something of this row changes by the passage of time alone
-- (an open conversation closes when its timeout ends; an unanswered wait or an unresolved conversation
-- is breached once its due time has passed, a reply window closes); a later run whose as-of time is past it rebuilds the conversation (changed_keys.sql), so no
-- outcome goes stale.
-- Every step groups and joins on the key and the conversation id, so the rows stay in the partitions
-- the key's windows put them in.
-- Sources: temp views scope_events, scope_conversation_bounds, scope_messages, scope_replies, scope_surveys,
-- scope_sla_targets, ref_channel_settings, ref_agents.
-- Parameters: status_as_of, default_hourly_cost, repeat_contact_seconds.
WITH event_facts AS (
  SELECT brand_id, channel, customer_id, conversation_id,
    max(created_at)                                                         AS ended_at,
    count_if(record_type = 'case_event') > 0                                AS has_case_events,
    count_if(event = 'transferred')                                         AS transfers,
    count_if(event = 'escalated')                                           AS escalations,
    count_if(reopens_conversation)                                          AS reopens,
    min(CASE WHEN event IN ('resolved', 'closed') THEN created_at END)      AS first_resolution_event_at,
    max(CASE WHEN event IN ('resolved', 'closed') THEN created_at END)      AS last_resolution_event_at,
    max(CASE WHEN direction = 'in' OR event = 'reopened' THEN created_at END) AS last_wake_at
  FROM scope_events
  WHERE conversation_id IS NOT NULL
  GROUP BY brand_id, channel, customer_id, conversation_id
),
wait_facts AS (
  -- The answered waits (scope_replies), and the first reply's SLA: the first wait's.
  SELECT brand_id, channel, customer_id, conversation_id,
         sum(wait_seconds) AS reply_wait_seconds_sum, count(replied_at) AS reply_wait_seconds_count,
         sum(wait_business_seconds) AS reply_wait_business_seconds_sum,
         min_by(named_struct('business_seconds', wait_business_seconds, 'target_seconds', sla_target_seconds,
                             'clock', sla_clock, 'due_at', due_at, 'met', sla_met), reply_number) AS first_wait,
         min(revisit_at) AS replies_revisit_at
  FROM scope_replies
  GROUP BY brand_id, channel, customer_id, conversation_id
),
priced_messages AS (
  -- Agent replies priced at the agent's hourly cost (its own, its team's, else cost.default_hourly_cost).
  SELECT m.*, m.handle_seconds / 3600 * coalesce(a.hourly_cost, :default_hourly_cost) AS handle_cost
  FROM scope_messages AS m
  LEFT JOIN ref_agents AS a ON a.agent_id = m.agent_id
),
message_facts AS (
  SELECT brand_id, channel, customer_id, conversation_id,
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
    max(CASE WHEN direction = 'out' THEN created_at END)                       AS last_outbound_at,
    min(local_date) FILTER (WHERE direction = 'in')                            AS first_inbound_local_date,
    min(local_date)                                                            AS first_message_local_date,
    max(conversation_agent_id)                                                 AS agent_id
  FROM priced_messages
  GROUP BY brand_id, channel, customer_id, conversation_id
),
survey_facts AS (
  SELECT brand_id, channel, customer_id, conversation_id,
    count_if(kind = 'csat')                                                          AS csat_responses,
    count_if(kind = 'csat' AND score >= 0.8 * scale_max)                             AS csat_positive,
    count_if(kind = 'ces')                                                           AS ces_responses,
    sum(CASE WHEN kind = 'ces' THEN (score - scale_min) / (scale_max - scale_min) * 100 END) AS ces_index_sum,
    count_if(kind = 'nps')                                                           AS nps_responses,
    count_if(kind = 'nps' AND (score - scale_min) / (scale_max - scale_min) * 10 >= 9) AS nps_promoters,
    count_if(kind = 'nps' AND (score - scale_min) / (scale_max - scale_min) * 10 <= 6) AS nps_detractors
  FROM scope_surveys
  GROUP BY brand_id, channel, customer_id, conversation_id
),
joined AS (
  SELECT s.conversation_id, s.brand_id, s.channel, s.customer_id, s.started_at, s.first_message_id,
         m.first_message_at, m.last_message_at, m.first_inbound_at, m.first_needing_reply_at,
         m.first_reply_at, m.inbound_messages, m.inbound_needing_reply, m.inbound_replied,
         m.replies, m.agent_replies, m.logged_replies, m.estimated_replies, m.handle_seconds, m.handle_cost,
         m.brand_had_last_word, m.last_inbound_unanswered, m.last_outbound_at,
         m.first_inbound_local_date, m.first_message_local_date,
         e.ended_at, e.has_case_events, e.transfers, e.escalations, e.reopens,
         e.first_resolution_event_at, e.last_resolution_event_at, e.last_wake_at,
         w.reply_wait_seconds_sum, w.reply_wait_seconds_count, w.reply_wait_business_seconds_sum, m.agent_id,
         w.first_wait.business_seconds AS first_reply_business_seconds,
         w.first_wait.target_seconds AS sla_first_reply_target_seconds, w.first_wait.clock AS sla_first_reply_clock,
         w.first_wait.due_at AS first_reply_due_at, w.first_wait.met AS sla_first_reply_met, w.replies_revisit_at,
         coalesce(t.inactivity_timeout_seconds, d.inactivity_timeout_seconds) AS timeout_seconds,
         coalesce(v.csat_responses, 0) AS csat_responses, coalesce(v.csat_positive, 0) AS csat_positive,
         coalesce(v.ces_responses, 0) AS ces_responses, v.ces_index_sum,
         coalesce(v.nps_responses, 0) AS nps_responses, coalesce(v.nps_promoters, 0) AS nps_promoters,
         coalesce(v.nps_detractors, 0) AS nps_detractors
  FROM scope_conversation_bounds AS s
  JOIN message_facts AS m USING (brand_id, channel, customer_id, conversation_id)
  JOIN event_facts AS e USING (brand_id, channel, customer_id, conversation_id)
  LEFT JOIN wait_facts AS w USING (brand_id, channel, customer_id, conversation_id)
  LEFT JOIN survey_facts AS v USING (brand_id, channel, customer_id, conversation_id)
  LEFT JOIN ref_channel_settings AS t ON t.channel = s.channel
  CROSS JOIN (SELECT inactivity_timeout_seconds FROM ref_channel_settings WHERE channel = 'default') AS d
),
with_status AS (
  SELECT *,
    has_case_events AND last_resolution_event_at IS NOT NULL AND last_resolution_event_at > last_wake_at
      AS resolved_by_event,
    unix_seconds(:status_as_of) - unix_seconds(ended_at) <= timeout_seconds AS within_timeout
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
),
with_sla AS (
  SELECT c.*,
         r.target_seconds AS sla_resolution_target_seconds, r.clock AS sla_resolution_clock,
         coalesce(c.first_inbound_at, c.started_at) AS resolution_clock_start_at
  FROM classified AS c
  LEFT JOIN scope_sla_targets AS r ON r.brand_id = c.brand_id AND r.channel = c.channel AND r.metric = 'resolution'
),
with_due AS (
  SELECT *,
    CASE sla_resolution_clock
      WHEN 'business' THEN business_due_at(brand_id, resolution_clock_start_at, sla_resolution_target_seconds)
      ELSE resolution_clock_start_at + make_dt_interval(0, 0, 0, sla_resolution_target_seconds)
    END AS resolution_due_at,
    -- An inferred resolution is the brand's last word (its last message, agent's or bot's, counted
    -- as a reply or not): a fixed instant, so a resolved conversation's SLA outcome never depends on
    -- the as-of time of the run that rebuilt it.
    CASE WHEN has_case_events THEN first_resolution_event_at
         WHEN status = 'resolved' THEN last_outbound_at END AS first_resolved_at,
    CASE WHEN status = 'resolved' THEN CASE WHEN resolved_by_event THEN last_resolution_event_at
                                            ELSE last_outbound_at END END AS resolved_at
  FROM with_sla
),
with_durations AS (
  SELECT *,
    unix_seconds(first_reply_at) - unix_seconds(first_needing_reply_at)                   AS first_reply_seconds,
    unix_seconds(first_resolved_at) - unix_seconds(resolution_clock_start_at)             AS first_resolution_seconds,
    business_seconds(brand_id, resolution_clock_start_at, first_resolved_at)              AS first_resolution_business_seconds,
    unix_seconds(resolved_at) - unix_seconds(resolution_clock_start_at)                   AS resolution_seconds,
    business_seconds(brand_id, resolution_clock_start_at, resolved_at)                    AS resolution_business_seconds
  FROM with_due
),
with_elapsed AS (
  -- The resolution SLA's time in its own clock: to the final resolution, or so far (to the as-of time)
  -- while it has not come.
  SELECT *,
    CASE sla_resolution_clock
      WHEN 'business' THEN coalesce(resolution_business_seconds,
                                    business_seconds(brand_id, resolution_clock_start_at, :status_as_of))
      ELSE coalesce(resolution_seconds, unix_seconds(:status_as_of) - unix_seconds(resolution_clock_start_at))
    END AS resolution_elapsed
  FROM with_durations
),
with_outcomes AS (
  -- Resolution SLA (SPEC 4): met - the final resolution came within the target; breached - it came
  -- later, or has not come and the target has passed; NULL - left out: no inbound message, or still
  -- within the target. (The first reply's SLA is its wait's, scope_replies.)
  SELECT *,
    CASE
      WHEN first_inbound_at IS NULL THEN NULL
      WHEN status = 'resolved' THEN resolution_elapsed <= sla_resolution_target_seconds
      WHEN resolution_elapsed > sla_resolution_target_seconds THEN false
    END AS sla_resolution_met
  FROM with_elapsed
),
with_repeat AS (
  SELECT *,
    CASE WHEN status = 'resolved' THEN resolved_at + make_dt_interval(0, 0, 0, :repeat_contact_seconds) END
      AS repeat_window_ends_at,
    -- The customer's next message in a later conversation of the key.
    min(first_inbound_at) OVER (PARTITION BY brand_id, channel, customer_id ORDER BY started_at, conversation_id
                                ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_contact_at
  FROM with_outcomes
)
SELECT
  conversation_id, brand_id, channel, customer_id, agent_id, first_message_id,
  started_at, to_date(started_at) AS started_date, ended_at,
  coalesce(first_inbound_local_date, first_message_local_date) AS report_date,
  first_inbound_at, first_needing_reply_at, first_reply_at,
  first_reply_seconds,
  reply_wait_seconds_sum, reply_wait_seconds_count, reply_wait_business_seconds_sum,
  inbound_messages, inbound_needing_reply, inbound_replied, replies, agent_replies,
  status,
  CASE WHEN status = 'resolved' THEN CASE WHEN resolved_by_event THEN 'case_event' ELSE 'inferred' END END
    AS resolution_source,
  first_resolved_at,
  resolved_at,
  -- When it stopped being open: its final resolution, or for a conversation that closed unresolved
  -- (abandoned, unresolved) the end of the inactivity timeout after its last activity.
  CASE WHEN status = 'resolved' THEN resolved_at
       WHEN status <> 'open' THEN ended_at + make_dt_interval(0, 0, 0, timeout_seconds) END AS closed_at,
  reopens, transfers, escalations,
  agent_replies AS agent_touches,
  handle_seconds,
  handle_cost,
  CASE WHEN logged_replies > 0 AND estimated_replies > 0 THEN 'mixed'
       WHEN logged_replies > 0 THEN 'logged'
       WHEN estimated_replies > 0 THEN 'estimated' END AS handle_source,
  coalesce(last_inbound_unanswered, false) AS customer_waiting,
  csat_responses, csat_positive, ces_responses, ces_index_sum, nps_responses, nps_promoters, nps_detractors,
  first_reply_business_seconds, first_resolution_seconds, first_resolution_business_seconds,
  resolution_seconds, resolution_business_seconds,
  sla_first_reply_target_seconds, sla_first_reply_clock, first_reply_due_at, sla_first_reply_met,
  sla_resolution_target_seconds, sla_resolution_clock, resolution_due_at, sla_resolution_met,
  CASE WHEN status = 'resolved' THEN coalesce(next_contact_at <= repeat_window_ends_at, false) END AS repeat_contact,
  -- The next instant after which an outcome changes by time alone (see the header); a due time already
  -- behind the as-of time with the outcome still pending (a business clock that is closed at its due
  -- time) is looked at again by the next run.
  least(
    CASE WHEN status = 'open' THEN ended_at + make_dt_interval(0, 0, 0, timeout_seconds) END,
    replies_revisit_at,
    CASE WHEN first_inbound_at IS NOT NULL AND sla_resolution_met IS NULL AND resolution_due_at IS NOT NULL
         THEN greatest(resolution_due_at, :status_as_of) END
  ) AS revisit_at,
  :status_as_of AS status_as_of
FROM with_repeat
