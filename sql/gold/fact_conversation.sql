-- gold.fact_conversation rows of the conversations rebuilt by this run: their silver.conversations rows
-- (times, counts, status and SLA outcomes at the run's as-of time, business durations) with the brand's
-- industry, averages per conversation and the first-reply histogram bucket.
-- Grain: conversation_id. Sources: temp view gold_rebuilt_conversations (the rebuilt slice of
-- silver.conversations), ref_brands.
SELECT
  c.conversation_id, c.brand_id, coalesce(b.industry, 'unknown') AS industry, c.channel, c.customer_id, c.agent_id,
  c.report_date, c.started_at, c.ended_at, c.status, c.resolution_source,
  c.first_reply_seconds, c.first_reply_business_seconds,
  CASE
    WHEN c.first_reply_seconds IS NULL THEN NULL
    WHEN c.first_reply_seconds < 15 * 60 THEN 'lt_15m'
    WHEN c.first_reply_seconds < 3600 THEN '15m_1h'
    WHEN c.first_reply_seconds < 4 * 3600 THEN '1h_4h'
    WHEN c.first_reply_seconds < 24 * 3600 THEN '4h_24h'
    WHEN c.first_reply_seconds < 72 * 3600 THEN '24h_72h'
    ELSE 'ge_72h'
  END AS first_reply_bucket,
  coalesce(c.reply_wait_seconds_sum, 0) AS reply_wait_seconds_sum,
  coalesce(c.reply_wait_seconds_count, 0) AS reply_wait_seconds_count,
  c.reply_wait_seconds_sum / c.reply_wait_seconds_count AS reply_wait_seconds_avg,
  coalesce(c.reply_wait_business_seconds_sum, 0) AS reply_wait_business_seconds_sum,
  c.reply_wait_business_seconds_sum / c.reply_wait_seconds_count AS reply_wait_business_seconds_avg,
  c.sla_first_reply_target_seconds, c.sla_first_reply_clock, c.first_reply_due_at, c.sla_first_reply_met,
  c.sla_resolution_target_seconds, c.sla_resolution_clock, c.resolution_due_at, c.sla_resolution_met, c.closed_at, c.repeat_contact,
  c.first_resolution_seconds, c.first_resolution_business_seconds,
  c.resolution_seconds, c.resolution_business_seconds,
  CASE WHEN c.status = 'resolved' THEN c.agent_replies = 1 AND c.reopens = 0 END AS first_contact_resolution,
  c.reopens, c.agent_touches, c.transfers, c.escalations, c.handle_seconds, c.handle_cost, c.handle_source,
  c.inbound_messages, c.inbound_needing_reply, c.inbound_replied, c.replies,
  c.csat_responses, c.csat_positive, c.ces_responses, c.ces_index_sum, c.nps_responses, c.nps_promoters,
  c.nps_detractors, c.status_as_of
FROM gold_rebuilt_conversations AS c
LEFT JOIN ref_brands AS b ON b.brand_id = c.brand_id
