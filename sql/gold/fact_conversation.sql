-- gold.fact_conversation rows of the conversations rebuilt by this run: silver.conversations plus
-- industry, first-reply SLA (calendar time, per-channel target) and the first-reply histogram bucket.
-- SLA (SPEC 4): met when the first reply came within the target; breached when it came later or when
-- nothing answered by the target and the as-of time is past it; left out (NULL) when nothing needed a
-- reply, or the conversation is still unanswered within its target.
-- Sources: temp views rebuilt_conversations, ref_brands, ref_channel_settings.
WITH with_targets AS (
  SELECT c.*,
         coalesce(b.industry, 'unknown') AS industry,
         CAST(coalesce(t.sla_first_reply_seconds, d.sla_first_reply_seconds) AS BIGINT) AS sla_first_reply_target_seconds,
         unix_seconds(coalesce(c.first_inbound_at, c.started_at)) AS clock_start_s
  FROM rebuilt_conversations AS c
  LEFT JOIN ref_brands AS b ON b.brand_id = c.brand_id
  LEFT JOIN ref_channel_settings AS t ON t.channel = c.channel
  CROSS JOIN (SELECT sla_first_reply_seconds FROM ref_channel_settings WHERE channel = 'default') AS d
)
SELECT
  conversation_id, brand_id, industry, channel, customer_id, agent_id, report_date, started_at, ended_at,
  status, resolution_source,
  first_reply_seconds,
  first_reply_seconds AS first_reply_business_seconds,
  CASE
    WHEN first_reply_seconds IS NULL THEN NULL
    WHEN first_reply_seconds < 15 * 60 THEN 'lt_15m'
    WHEN first_reply_seconds < 3600 THEN '15m_1h'
    WHEN first_reply_seconds < 4 * 3600 THEN '1h_4h'
    WHEN first_reply_seconds < 24 * 3600 THEN '4h_24h'
    WHEN first_reply_seconds < 72 * 3600 THEN '24h_72h'
    ELSE 'ge_72h'
  END AS first_reply_bucket,
  coalesce(reply_wait_seconds_sum, 0) AS reply_wait_seconds_sum,
  coalesce(reply_wait_seconds_count, 0) AS reply_wait_seconds_count,
  reply_wait_seconds_sum / reply_wait_seconds_count AS reply_wait_seconds_avg,
  sla_first_reply_target_seconds,
  first_needing_reply_at + make_dt_interval(0, 0, 0, sla_first_reply_target_seconds) AS first_reply_due_at,
  CASE
    WHEN first_needing_reply_at IS NULL THEN NULL
    WHEN first_reply_seconds IS NOT NULL THEN first_reply_seconds <= sla_first_reply_target_seconds
    WHEN unix_seconds(status_as_of) - unix_seconds(first_needing_reply_at) > sla_first_reply_target_seconds THEN false
  END AS sla_first_reply_met,
  unix_seconds(first_resolved_at) - clock_start_s AS first_resolution_seconds,
  unix_seconds(resolved_at) - clock_start_s AS resolution_seconds,
  CASE WHEN status = 'resolved' THEN agent_replies = 1 AND reopens = 0 END AS first_contact_resolution,
  reopens, agent_touches, transfers, escalations, handle_seconds, handle_source,
  inbound_messages, inbound_needing_reply, inbound_replied, replies,
  csat_responses, csat_positive, ces_responses, ces_index_sum, nps_responses, nps_promoters, nps_detractors,
  status_as_of
FROM with_targets
