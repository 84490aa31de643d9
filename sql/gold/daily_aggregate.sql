-- One daily aggregate (gold.agg_channel_daily, gold.agg_industry_daily, gold.agg_agent_daily) for the
-- report dates in temp view affected_dates, at grain (report_date, ${grain}, channel). The three tables
-- share these measures; GoldPublisher renders this file once per grain.
-- Conversation measures count on the conversation's report_date (gold.fact_conversation); message
-- counts (inbound_messages, replies, response rate) on the local date of each message (silver.messages).
-- Parameters: grain (column list), conversation_grain / message_grain (select expressions yielding
-- it from fact f / message m, brand b, conversation c), message_joins (joins those need),
-- date_from / date_to (bounds of affected_dates, for partition pruning).
WITH conversations AS (
  SELECT f.report_date, f.channel, ${conversation_grain},
         f.first_reply_seconds, f.first_reply_bucket, f.first_reply_business_seconds,
         f.reply_wait_seconds_sum, f.reply_wait_seconds_count, f.sla_first_reply_met, f.status,
         f.first_contact_resolution, f.first_resolution_seconds, f.resolution_seconds, f.reopens,
         f.agent_touches, f.transfers, f.escalations, f.handle_seconds, f.csat_positive, f.csat_responses,
         f.ces_index_sum, f.ces_responses, f.nps_promoters, f.nps_detractors, f.nps_responses
  FROM gold.fact_conversation AS f
  WHERE f.report_date BETWEEN DATE'${date_from}' AND DATE'${date_to}'
    AND f.report_date IN (SELECT report_date FROM affected_dates)
),
conversation_measures AS (
  SELECT report_date, ${grain}, channel,
    count(*)                                                   AS conversations,
    sum(first_reply_seconds)                                   AS first_reply_seconds_sum,
    count(first_reply_seconds)                                 AS first_reply_seconds_count,
    avg(first_reply_seconds)                                   AS first_reply_seconds_avg,
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
    avg(first_reply_business_seconds)                          AS first_reply_business_seconds_avg,
    sum(reply_wait_seconds_sum)                                AS reply_wait_seconds_sum,
    sum(reply_wait_seconds_count)                              AS reply_wait_seconds_count,
    sum(reply_wait_seconds_sum) / nullif(sum(reply_wait_seconds_count), 0) AS reply_wait_seconds_avg,
    count_if(sla_first_reply_met)                              AS sla_first_reply_rate_num,
    count(sla_first_reply_met)                                 AS sla_first_reply_rate_den,
    count_if(sla_first_reply_met) / nullif(count(sla_first_reply_met), 0) AS sla_first_reply_rate,
    count_if(status <> 'open')                                 AS closed_conversations,
    count_if(status = 'resolved')                              AS resolution_rate_num,
    count_if(status <> 'open')                                 AS resolution_rate_den,
    count_if(status = 'resolved') / nullif(count_if(status <> 'open'), 0) AS resolution_rate,
    count_if(status = 'abandoned')                             AS abandonment_rate_num,
    count_if(status <> 'open')                                 AS abandonment_rate_den,
    count_if(status = 'abandoned') / nullif(count_if(status <> 'open'), 0) AS abandonment_rate,
    count_if(first_contact_resolution)                         AS first_contact_resolution_rate_num,
    count(first_contact_resolution)                            AS first_contact_resolution_rate_den,
    count_if(first_contact_resolution) / nullif(count(first_contact_resolution), 0) AS first_contact_resolution_rate,
    sum(first_resolution_seconds)                              AS first_resolution_seconds_sum,
    count(first_resolution_seconds)                            AS first_resolution_seconds_count,
    avg(first_resolution_seconds)                              AS first_resolution_seconds_avg,
    sum(resolution_seconds)                                    AS resolution_seconds_sum,
    count(resolution_seconds)                                  AS resolution_seconds_count,
    avg(resolution_seconds)                                    AS resolution_seconds_avg,
    sum(reopens)                                               AS reopens,
    sum(agent_touches)                                         AS agent_touches,
    sum(transfers)                                             AS transfers,
    sum(escalations)                                           AS escalations,
    sum(handle_seconds)                                        AS handle_seconds_sum,
    count(handle_seconds)                                      AS handle_seconds_count,
    avg(handle_seconds)                                        AS handle_seconds_avg,
    sum(csat_positive)                                         AS csat_rate_num,
    sum(csat_responses)                                        AS csat_rate_den,
    sum(csat_positive) / nullif(sum(csat_responses), 0)        AS csat_rate,
    sum(ces_index_sum)                                         AS ces_index_sum,
    sum(ces_responses)                                         AS ces_index_count,
    sum(ces_index_sum) / nullif(sum(ces_responses), 0)         AS ces_index,
    sum(nps_promoters)                                         AS nps_promoters,
    sum(nps_detractors)                                        AS nps_detractors,
    sum(nps_responses)                                         AS nps_responses,
    (sum(nps_promoters) - sum(nps_detractors)) * 100.0 / nullif(sum(nps_responses), 0) AS nps
  FROM conversations
  GROUP BY report_date, ${grain}, channel
),
messages AS (
  SELECT m.local_date, m.channel, m.direction, m.sender_type, m.needs_reply, m.next_reply_at, ${message_grain}
  FROM silver.messages AS m
  ${message_joins}
  WHERE m.created_date BETWEEN DATE'${date_from}' - INTERVAL 1 DAYS AND DATE'${date_to}' + INTERVAL 1 DAYS
    AND m.local_date IN (SELECT report_date FROM affected_dates)
),
message_measures AS (
  SELECT local_date AS report_date, ${grain}, channel,
    count_if(direction = 'in')                                            AS inbound_messages,
    count_if(direction = 'out' AND sender_type IN ('agent', 'bot'))       AS replies,
    count_if(direction = 'in' AND needs_reply AND next_reply_at IS NOT NULL) AS response_rate_num,
    count_if(direction = 'in' AND needs_reply)                            AS response_rate_den
  FROM messages
  GROUP BY local_date, ${grain}, channel
)
SELECT
  report_date, ${grain}, channel,
  coalesce(c.conversations, 0)      AS conversations,
  coalesce(m.inbound_messages, 0)   AS inbound_messages,
  coalesce(m.replies, 0)            AS replies,
  coalesce(m.response_rate_num, 0)  AS response_rate_num,
  coalesce(m.response_rate_den, 0)  AS response_rate_den,
  m.response_rate_num / nullif(m.response_rate_den, 0) AS response_rate,
  coalesce(c.first_reply_seconds_sum, 0) AS first_reply_seconds_sum,
  coalesce(c.first_reply_seconds_count, 0) AS first_reply_seconds_count,
  c.first_reply_seconds_avg,
  c.first_reply_seconds_median,
  c.first_reply_seconds_p90,
  coalesce(c.first_reply_lt_15m, 0) AS first_reply_lt_15m,
  coalesce(c.first_reply_15m_1h, 0) AS first_reply_15m_1h,
  coalesce(c.first_reply_1h_4h, 0) AS first_reply_1h_4h,
  coalesce(c.first_reply_4h_24h, 0) AS first_reply_4h_24h,
  coalesce(c.first_reply_24h_72h, 0) AS first_reply_24h_72h,
  coalesce(c.first_reply_ge_72h, 0) AS first_reply_ge_72h,
  coalesce(c.first_reply_business_seconds_sum, 0) AS first_reply_business_seconds_sum,
  coalesce(c.first_reply_business_seconds_count, 0) AS first_reply_business_seconds_count,
  c.first_reply_business_seconds_avg,
  coalesce(c.reply_wait_seconds_sum, 0) AS reply_wait_seconds_sum,
  coalesce(c.reply_wait_seconds_count, 0) AS reply_wait_seconds_count,
  c.reply_wait_seconds_avg,
  coalesce(c.sla_first_reply_rate_num, 0) AS sla_first_reply_rate_num,
  coalesce(c.sla_first_reply_rate_den, 0) AS sla_first_reply_rate_den,
  c.sla_first_reply_rate,
  coalesce(c.closed_conversations, 0) AS closed_conversations,
  coalesce(c.resolution_rate_num, 0) AS resolution_rate_num,
  coalesce(c.resolution_rate_den, 0) AS resolution_rate_den,
  c.resolution_rate,
  coalesce(c.abandonment_rate_num, 0) AS abandonment_rate_num,
  coalesce(c.abandonment_rate_den, 0) AS abandonment_rate_den,
  c.abandonment_rate,
  coalesce(c.first_contact_resolution_rate_num, 0) AS first_contact_resolution_rate_num,
  coalesce(c.first_contact_resolution_rate_den, 0) AS first_contact_resolution_rate_den,
  c.first_contact_resolution_rate,
  coalesce(c.first_resolution_seconds_sum, 0) AS first_resolution_seconds_sum,
  coalesce(c.first_resolution_seconds_count, 0) AS first_resolution_seconds_count,
  c.first_resolution_seconds_avg,
  coalesce(c.resolution_seconds_sum, 0) AS resolution_seconds_sum,
  coalesce(c.resolution_seconds_count, 0) AS resolution_seconds_count,
  c.resolution_seconds_avg,
  coalesce(c.reopens, 0) AS reopens,
  coalesce(c.agent_touches, 0) AS agent_touches,
  coalesce(c.transfers, 0) AS transfers,
  coalesce(c.escalations, 0) AS escalations,
  c.handle_seconds_sum,
  coalesce(c.handle_seconds_count, 0) AS handle_seconds_count,
  c.handle_seconds_avg,
  coalesce(c.csat_rate_num, 0) AS csat_rate_num,
  coalesce(c.csat_rate_den, 0) AS csat_rate_den,
  c.csat_rate,
  c.ces_index_sum,
  coalesce(c.ces_index_count, 0) AS ces_index_count,
  c.ces_index,
  coalesce(c.nps_promoters, 0) AS nps_promoters,
  coalesce(c.nps_detractors, 0) AS nps_detractors,
  coalesce(c.nps_responses, 0) AS nps_responses,
  c.nps
FROM conversation_measures AS c
FULL OUTER JOIN message_measures AS m USING (report_date, ${grain}, channel)
