-- The measures shared by the three daily aggregates, computed once for the report dates being
-- rewritten, at the three grains at once (GROUPING SETS): grain 'channel' (report_date, brand_id,
-- industry, channel) for gold.agg_channel_daily, 'industry' (report_date, industry, channel) for
-- gold.agg_industry_daily, 'agent' (report_date, agent_id, channel) for gold.agg_agent_daily.
-- Conversation measures count on the conversation's report_date (gold.fact_conversation), at the agent
-- grain for the conversation's agent (most replies; unassigned without one). Message counts
-- (inbound_messages, replies, response rate, sentiment) count on the brand-local date of each message,
-- at the agent grain for the reply's sender (an inbound message for its conversation's agent).
-- Definitions of the non-obvious measures:
--   completion_rate      resolved conversations / conversations (for an agent: those assigned to it);
--   reply_wait_*         sum of the conversations' waits / number of waits (not a mean of means);
--   sla_*_rate           conversations that met the target / those measured (answered or resolved, or
--                        past the target without): conversations still within target are left out;
--   resolution_rate,     resolved (abandoned) / closed conversations (not open);
--   abandonment_rate
--   first_contact_resolution_rate  resolved with one agent reply and no reopen / resolved;
--   handle_seconds_avg   agent work / conversations handled (with an agent reply);
--   csat_rate            positive answers (>= 80 % of the scale top) / answers;
--   ces_index            mean effort normalised to 0-100; nps  % promoters - % detractors;
--   net_sentiment        (positive - negative) / (positive + negative) inbound messages;
--   *_median, *_p90      exact per row (interpolated), not additive: roll up with the histogram columns;
--   transfers_in/_out    (agent grain) transferred case events of the local date whose target is the
--                        agent / made by the agent; an agent with transfers only has zero measures;
--   customers            distinct customers of the row's conversations; customers_hll, its HLL sketch,
--                        rolls up: hll_sketch_estimate(hll_union_agg(customers_hll));
--   repeat_contact_rate  resolved conversations whose customer came back within the repeat window /
--                        resolved conversations;
--   sla_next_reply_rate, waits for a reply (gold.fact_reply) that met their target / those measured,
--   sla_every_reply_rate for the waits after the first / all waits: counted on the local date the wait
--                        began, at the agent grain for the replying agent (an unanswered wait, or one a
--                        bot answered, for the conversation's agent);
--   outside_window_reply_rate  replies sent after the platform's reply window closed / replies on
--                        channels with a window; conversations_window_missed: first waits whose window
--                        closed before the reply (or unanswered once it closed).
-- Sources: gold.fact_conversation, gold.fact_reply, silver.case_events (parameters fact_conversation,
-- fact_reply, case_events: the tables, or in tests views of their columns), temp view
-- gold_messages_of_dates (messages_of_dates.sql).
-- Parameters: dates, date_from / date_to (their bounds, for partition pruning), the sources.
WITH conversations AS (
  SELECT report_date, brand_id, industry, channel, coalesce(agent_id, 'unassigned') AS agent_id,
         customer_id, repeat_contact, first_reply_seconds, first_reply_bucket, first_reply_business_seconds,
         reply_wait_seconds_sum, reply_wait_seconds_count, reply_wait_business_seconds_sum,
         sla_first_reply_met, sla_resolution_met, status, first_contact_resolution,
         first_resolution_seconds, first_resolution_business_seconds, resolution_seconds,
         resolution_business_seconds, reopens, agent_touches, transfers, escalations, handle_seconds,
         csat_positive, csat_responses, ces_index_sum, ces_responses, nps_promoters, nps_detractors, nps_responses
  FROM IDENTIFIER(:fact_conversation)
  WHERE report_date BETWEEN :date_from AND :date_to AND array_contains(:dates, report_date)
),
conversation_measures AS (
  SELECT grouping(brand_id) * 4 + grouping(industry) * 2 + grouping(agent_id) AS grain_id, report_date, channel,
    coalesce(brand_id, '') AS brand_key, coalesce(industry, '') AS industry_key, coalesce(agent_id, '') AS agent_key,
    count(*)                                                   AS conversations,
    count_if(agent_touches > 0)                                AS conversations_handled,
    count_if(status = 'resolved')                              AS completion_rate_num,
    count(*)                                                   AS completion_rate_den,
    sum(first_reply_seconds)                                   AS first_reply_seconds_sum,
    count(first_reply_seconds)                                 AS first_reply_seconds_count,
    percentile(first_reply_seconds, 0.5)                       AS first_reply_seconds_median,
    percentile(first_reply_seconds, 0.9)                       AS first_reply_seconds_p90,
    count_if(first_reply_bucket = 'lt_15m')                    AS first_reply_lt_15m,
    count_if(first_reply_bucket = '15m_1h')                    AS first_reply_15m_1h,
    count_if(first_reply_bucket = '1h_4h')                     AS first_reply_1h_4h,
    count_if(first_reply_bucket = '4h_24h')                    AS first_reply_4h_24h,
    count_if(first_reply_bucket = '24h_72h')                   AS first_reply_24h_72h,
    count_if(first_reply_bucket = 'ge_72h')                    AS first_reply_ge_72h,
    sum(first_reply_business_seconds)                          AS first_reply_business_seconds_sum,
    count(first_reply_business_seconds)                        AS first_reply_business_seconds_count,
    sum(reply_wait_seconds_sum)                                AS reply_wait_seconds_sum,
    sum(reply_wait_seconds_count)                              AS reply_wait_seconds_count,
    sum(reply_wait_business_seconds_sum)                       AS reply_wait_business_seconds_sum,
    count_if(sla_first_reply_met)                              AS sla_first_reply_rate_num,
    count(sla_first_reply_met)                                 AS sla_first_reply_rate_den,
    count_if(sla_resolution_met)                               AS sla_resolution_rate_num,
    count(sla_resolution_met)                                  AS sla_resolution_rate_den,
    count_if(status <> 'open')                                 AS closed_conversations,
    count_if(status = 'resolved')                              AS resolution_rate_num,
    count_if(status = 'abandoned')                             AS abandonment_rate_num,
    count_if(first_contact_resolution)                         AS first_contact_resolution_rate_num,
    count(first_contact_resolution)                            AS first_contact_resolution_rate_den,
    sum(first_resolution_seconds)                              AS first_resolution_seconds_sum,
    count(first_resolution_seconds)                            AS first_resolution_seconds_count,
    sum(first_resolution_business_seconds)                     AS first_resolution_business_seconds_sum,
    count(first_resolution_business_seconds)                   AS first_resolution_business_seconds_count,
    sum(resolution_seconds)                                    AS resolution_seconds_sum,
    count(resolution_seconds)                                  AS resolution_seconds_count,
    sum(resolution_business_seconds)                           AS resolution_business_seconds_sum,
    count(resolution_business_seconds)                         AS resolution_business_seconds_count,
    sum(reopens)                                               AS reopens,
    sum(agent_touches)                                         AS agent_touches,
    sum(transfers)                                             AS transfers,
    sum(escalations)                                           AS escalations,
    sum(handle_seconds)                                        AS handle_seconds_sum,
    count(handle_seconds)                                      AS handle_seconds_count,
    sum(csat_positive)                                         AS csat_rate_num,
    sum(csat_responses)                                        AS csat_rate_den,
    sum(ces_index_sum)                                         AS ces_index_sum,
    sum(ces_responses)                                         AS ces_index_count,
    sum(nps_promoters)                                         AS nps_promoters,
    sum(nps_detractors)                                        AS nps_detractors,
    sum(nps_responses)                                         AS nps_responses,
    -- Exact distinct count as the size of the set: a count(DISTINCT) here would make Spark aggregate
    -- every other measure per customer first (its plan for one DISTINCT aggregate): 6 times slower.
    CAST(size(collect_set(customer_id)) AS BIGINT)             AS customers,
    hll_sketch_agg(customer_id)                                AS customers_hll,
    count_if(repeat_contact)                                   AS repeat_contact_rate_num,
    count(repeat_contact)                                      AS repeat_contact_rate_den
  FROM conversations
  GROUP BY GROUPING SETS ((report_date, brand_id, industry, channel), (report_date, industry, channel),
                          (report_date, agent_id, channel))
),
message_measures AS (
  SELECT grouping(brand_id) * 4 + grouping(industry) * 2 + grouping(agent_id) AS grain_id, local_date AS report_date, channel,
    coalesce(brand_id, '') AS brand_key, coalesce(industry, '') AS industry_key, coalesce(agent_id, '') AS agent_key,
    count_if(direction = 'in')                                            AS inbound_messages,
    count_if(direction = 'out' AND sender_type IN ('agent', 'bot'))       AS replies,
    count_if(direction = 'in' AND needs_reply AND next_reply_at IS NOT NULL) AS response_rate_num,
    count_if(direction = 'in' AND needs_reply)                            AS response_rate_den,
    count_if(direction = 'in' AND sentiment_label = 'positive')           AS sentiment_positive,
    count_if(direction = 'in' AND sentiment_label = 'neutral')            AS sentiment_neutral,
    count_if(direction = 'in' AND sentiment_label = 'negative')           AS sentiment_negative
  FROM gold_messages_of_dates
  WHERE array_contains(:dates, local_date)
  GROUP BY GROUPING SETS ((local_date, brand_id, industry, channel), (local_date, industry, channel),
                          (local_date, agent_id, channel))
),
reply_measures AS (
  SELECT grouping(brand_id) * 4 + grouping(industry) * 2 + grouping(agent_id) AS grain_id, report_date, channel,
    coalesce(brand_id, '') AS brand_key, coalesce(industry, '') AS industry_key, coalesce(agent_id, '') AS agent_key,
    count_if(reply_number > 1 AND sla_met)                                   AS sla_next_reply_rate_num,
    count(CASE WHEN reply_number > 1 THEN sla_met END)                       AS sla_next_reply_rate_den,
    count_if(sla_met)                                                        AS sla_every_reply_rate_num,
    count(sla_met)                                                           AS sla_every_reply_rate_den,
    count_if(replied_at IS NOT NULL AND NOT inside_reply_window)             AS outside_window_reply_rate_num,
    count_if(replied_at IS NOT NULL AND reply_window_seconds IS NOT NULL)    AS outside_window_reply_rate_den,
    count_if(reply_number = 1 AND NOT inside_reply_window)                   AS conversations_window_missed
  FROM (
    SELECT report_date, brand_id, industry, channel,
           coalesce(agent_id, conversation_agent_id, 'unassigned') AS agent_id,
           reply_number, replied_at, sla_met, reply_window_seconds, inside_reply_window
    FROM IDENTIFIER(:fact_reply)
    WHERE report_date BETWEEN :date_from AND :date_to AND array_contains(:dates, report_date)
  ) AS waits
  GROUP BY GROUPING SETS ((report_date, brand_id, industry, channel), (report_date, industry, channel),
                          (report_date, agent_id, channel))
),
transfer_measures AS (
  -- Transferred case events of the date: out for the agent who made them, in for their target.
  SELECT 6 AS grain_id, report_date, channel, '' AS brand_key, '' AS industry_key, agent_id AS agent_key,
         sum(transfers_in) AS transfers_in, sum(transfers_out) AS transfers_out
  FROM (
    SELECT local_date AS report_date, channel, target AS agent_id, 1 AS transfers_in, 0 AS transfers_out
    FROM IDENTIFIER(:case_events)
    WHERE created_date BETWEEN date_sub(:date_from, 1) AND date_add(:date_to, 1)
      AND array_contains(:dates, local_date) AND event = 'transferred' AND target IS NOT NULL
    UNION ALL
    SELECT local_date, channel, agent_id, 0, 1
    FROM IDENTIFIER(:case_events)
    WHERE created_date BETWEEN date_sub(:date_from, 1) AND date_add(:date_to, 1)
      AND array_contains(:dates, local_date) AND event = 'transferred' AND agent_id IS NOT NULL
  ) AS moves
  GROUP BY report_date, channel, agent_id
),
joined AS (
  -- A grain's columns that are not part of it are '' here (never a real id: validation rejects empty
  -- ids), so that the rows of the two sides meet on plain equality.
  SELECT *
  FROM conversation_measures
  FULL OUTER JOIN message_measures USING (grain_id, report_date, channel, brand_key, industry_key, agent_key)
  FULL OUTER JOIN reply_measures USING (grain_id, report_date, channel, brand_key, industry_key, agent_key)
  FULL OUTER JOIN transfer_measures USING (grain_id, report_date, channel, brand_key, industry_key, agent_key)
)
SELECT
  CASE grain_id WHEN 1 THEN 'channel' WHEN 5 THEN 'industry' WHEN 6 THEN 'agent' END AS grain,
  report_date, nullif(brand_key, '') AS brand_id, nullif(industry_key, '') AS industry,
  nullif(agent_key, '') AS agent_id, channel,
  coalesce(conversations, 0)                        AS conversations,
  coalesce(conversations_handled, 0)                AS conversations_handled,
  coalesce(completion_rate_num, 0)                  AS completion_rate_num,
  coalesce(completion_rate_den, 0)                  AS completion_rate_den,
  completion_rate_num / completion_rate_den         AS completion_rate,
  coalesce(inbound_messages, 0)                     AS inbound_messages,
  coalesce(replies, 0)                              AS replies,
  coalesce(response_rate_num, 0)                    AS response_rate_num,
  coalesce(response_rate_den, 0)                    AS response_rate_den,
  response_rate_num / nullif(response_rate_den, 0)  AS response_rate,
  coalesce(sentiment_positive, 0)                   AS sentiment_positive,
  coalesce(sentiment_neutral, 0)                    AS sentiment_neutral,
  coalesce(sentiment_negative, 0)                   AS sentiment_negative,
  sentiment_positive / nullif(inbound_messages, 0)  AS sentiment_positive_share,
  sentiment_neutral / nullif(inbound_messages, 0)   AS sentiment_neutral_share,
  sentiment_negative / nullif(inbound_messages, 0)  AS sentiment_negative_share,
  coalesce(sentiment_positive - sentiment_negative, 0) AS net_sentiment_num,
  coalesce(sentiment_positive + sentiment_negative, 0) AS net_sentiment_den,
  (sentiment_positive - sentiment_negative) / nullif(sentiment_positive + sentiment_negative, 0) AS net_sentiment,
  coalesce(first_reply_seconds_sum, 0)              AS first_reply_seconds_sum,
  coalesce(first_reply_seconds_count, 0)            AS first_reply_seconds_count,
  first_reply_seconds_sum / nullif(first_reply_seconds_count, 0) AS first_reply_seconds_avg,
  first_reply_seconds_median,
  first_reply_seconds_p90,
  coalesce(first_reply_lt_15m, 0)                   AS first_reply_lt_15m,
  coalesce(first_reply_15m_1h, 0)                   AS first_reply_15m_1h,
  coalesce(first_reply_1h_4h, 0)                    AS first_reply_1h_4h,
  coalesce(first_reply_4h_24h, 0)                   AS first_reply_4h_24h,
  coalesce(first_reply_24h_72h, 0)                  AS first_reply_24h_72h,
  coalesce(first_reply_ge_72h, 0)                   AS first_reply_ge_72h,
  coalesce(first_reply_business_seconds_sum, 0)     AS first_reply_business_seconds_sum,
  coalesce(first_reply_business_seconds_count, 0)   AS first_reply_business_seconds_count,
  first_reply_business_seconds_sum / nullif(first_reply_business_seconds_count, 0) AS first_reply_business_seconds_avg,
  coalesce(reply_wait_seconds_sum, 0)               AS reply_wait_seconds_sum,
  coalesce(reply_wait_seconds_count, 0)             AS reply_wait_seconds_count,
  reply_wait_seconds_sum / nullif(reply_wait_seconds_count, 0) AS reply_wait_seconds_avg,
  coalesce(reply_wait_business_seconds_sum, 0)      AS reply_wait_business_seconds_sum,
  coalesce(reply_wait_seconds_count, 0)             AS reply_wait_business_seconds_count,
  reply_wait_business_seconds_sum / nullif(reply_wait_seconds_count, 0) AS reply_wait_business_seconds_avg,
  coalesce(sla_first_reply_rate_num, 0)             AS sla_first_reply_rate_num,
  coalesce(sla_first_reply_rate_den, 0)             AS sla_first_reply_rate_den,
  sla_first_reply_rate_num / nullif(sla_first_reply_rate_den, 0) AS sla_first_reply_rate,
  coalesce(sla_resolution_rate_num, 0)              AS sla_resolution_rate_num,
  coalesce(sla_resolution_rate_den, 0)              AS sla_resolution_rate_den,
  sla_resolution_rate_num / nullif(sla_resolution_rate_den, 0) AS sla_resolution_rate,
  coalesce(closed_conversations, 0)                 AS closed_conversations,
  coalesce(resolution_rate_num, 0)                  AS resolution_rate_num,
  coalesce(closed_conversations, 0)                 AS resolution_rate_den,
  resolution_rate_num / nullif(closed_conversations, 0) AS resolution_rate,
  coalesce(abandonment_rate_num, 0)                 AS abandonment_rate_num,
  coalesce(closed_conversations, 0)                 AS abandonment_rate_den,
  abandonment_rate_num / nullif(closed_conversations, 0) AS abandonment_rate,
  coalesce(first_contact_resolution_rate_num, 0)    AS first_contact_resolution_rate_num,
  coalesce(first_contact_resolution_rate_den, 0)    AS first_contact_resolution_rate_den,
  first_contact_resolution_rate_num / nullif(first_contact_resolution_rate_den, 0) AS first_contact_resolution_rate,
  coalesce(first_resolution_seconds_sum, 0)         AS first_resolution_seconds_sum,
  coalesce(first_resolution_seconds_count, 0)       AS first_resolution_seconds_count,
  first_resolution_seconds_sum / nullif(first_resolution_seconds_count, 0) AS first_resolution_seconds_avg,
  coalesce(first_resolution_business_seconds_sum, 0) AS first_resolution_business_seconds_sum,
  coalesce(first_resolution_business_seconds_count, 0) AS first_resolution_business_seconds_count,
  first_resolution_business_seconds_sum / nullif(first_resolution_business_seconds_count, 0) AS first_resolution_business_seconds_avg,
  coalesce(resolution_seconds_sum, 0)               AS resolution_seconds_sum,
  coalesce(resolution_seconds_count, 0)             AS resolution_seconds_count,
  resolution_seconds_sum / nullif(resolution_seconds_count, 0) AS resolution_seconds_avg,
  coalesce(resolution_business_seconds_sum, 0)      AS resolution_business_seconds_sum,
  coalesce(resolution_business_seconds_count, 0)    AS resolution_business_seconds_count,
  resolution_business_seconds_sum / nullif(resolution_business_seconds_count, 0) AS resolution_business_seconds_avg,
  coalesce(reopens, 0)                              AS reopens,
  coalesce(agent_touches, 0)                        AS agent_touches,
  coalesce(transfers, 0)                            AS transfers,
  coalesce(escalations, 0)                          AS escalations,
  handle_seconds_sum,
  coalesce(handle_seconds_count, 0)                 AS handle_seconds_count,
  handle_seconds_sum / nullif(handle_seconds_count, 0) AS handle_seconds_avg,
  coalesce(csat_rate_num, 0)                        AS csat_rate_num,
  coalesce(csat_rate_den, 0)                        AS csat_rate_den,
  csat_rate_num / nullif(csat_rate_den, 0)          AS csat_rate,
  ces_index_sum,
  coalesce(ces_index_count, 0)                      AS ces_index_count,
  ces_index_sum / nullif(ces_index_count, 0)        AS ces_index,
  coalesce(nps_promoters, 0)                        AS nps_promoters,
  coalesce(nps_detractors, 0)                       AS nps_detractors,
  coalesce(nps_responses, 0)                        AS nps_responses,
  (nps_promoters - nps_detractors) * 100.0 / nullif(nps_responses, 0) AS nps,
  coalesce(customers, 0)                            AS customers,
  customers_hll,
  coalesce(repeat_contact_rate_num, 0)              AS repeat_contact_rate_num,
  coalesce(repeat_contact_rate_den, 0)              AS repeat_contact_rate_den,
  repeat_contact_rate_num / nullif(repeat_contact_rate_den, 0) AS repeat_contact_rate,
  coalesce(sla_next_reply_rate_num, 0)              AS sla_next_reply_rate_num,
  coalesce(sla_next_reply_rate_den, 0)              AS sla_next_reply_rate_den,
  sla_next_reply_rate_num / nullif(sla_next_reply_rate_den, 0) AS sla_next_reply_rate,
  coalesce(sla_every_reply_rate_num, 0)             AS sla_every_reply_rate_num,
  coalesce(sla_every_reply_rate_den, 0)             AS sla_every_reply_rate_den,
  sla_every_reply_rate_num / nullif(sla_every_reply_rate_den, 0) AS sla_every_reply_rate,
  coalesce(outside_window_reply_rate_num, 0)        AS outside_window_reply_rate_num,
  coalesce(outside_window_reply_rate_den, 0)        AS outside_window_reply_rate_den,
  outside_window_reply_rate_num / nullif(outside_window_reply_rate_den, 0) AS outside_window_reply_rate,
  coalesce(conversations_window_missed, 0)          AS conversations_window_missed,
  coalesce(transfers_in, 0)                         AS transfers_in,
  coalesce(transfers_out, 0)                        AS transfers_out
FROM joined
