-- gold.fact_conversation rows of the conversations rebuilt by this run: silver.conversations plus the
-- brand's industry, every duration in business time too, the first-reply and resolution SLAs, and
-- the first-reply histogram bucket.
-- SLA (SPEC 4), for each target in the clock it is set in (calendar or the brand's business time):
--   met      - the first reply (the final resolution) came within the target;
--   breached - it came later, or has not come and the as-of time is past the target;
--   NULL     - left out: nothing needed a reply (there is no inbound message), or still within target.
-- The target is the most specific entry of ref_sla_targets: brand and channel, brand, channel, default.
-- Sources: temp views rebuilt_conversations, ref_brands, ref_sla_targets; functions business_seconds,
-- business_due_at (BusinessTimeFunctions).
WITH targets AS (
  SELECT conversation_id, metric,
         max_by(target_seconds, specificity) AS target_seconds,
         max_by(clock, specificity)          AS clock
  FROM (
    SELECT c.conversation_id, t.metric, t.target_seconds, t.clock,
           CASE WHEN t.brand_id <> '*' THEN 2 ELSE 0 END + CASE WHEN t.channel <> '*' THEN 1 ELSE 0 END AS specificity
    FROM rebuilt_conversations AS c
    JOIN ref_sla_targets AS t
      ON t.brand_id IN (c.brand_id, '*') AND t.channel IN (c.channel, '*')
  ) AS candidates
  GROUP BY conversation_id, metric
),
measured AS (
  SELECT c.*,
    coalesce(b.industry, 'unknown')                              AS industry,
    coalesce(c.first_inbound_at, c.started_at)                   AS clock_start_at,
    f.target_seconds AS sla_first_reply_target_seconds, f.clock AS sla_first_reply_clock,
    r.target_seconds AS sla_resolution_target_seconds,  r.clock AS sla_resolution_clock,
    business_seconds(c.brand_id, c.first_needing_reply_at, c.first_reply_at) AS first_reply_business_seconds,
    business_seconds(c.brand_id, c.first_needing_reply_at, c.status_as_of)   AS waiting_business_seconds,
    business_seconds(c.brand_id, coalesce(c.first_inbound_at, c.started_at), c.first_resolved_at)
                                                                 AS first_resolution_business_seconds,
    business_seconds(c.brand_id, coalesce(c.first_inbound_at, c.started_at), c.resolved_at)
                                                                 AS resolution_business_seconds,
    business_seconds(c.brand_id, coalesce(c.first_inbound_at, c.started_at), c.status_as_of)
                                                                 AS unresolved_business_seconds
  FROM rebuilt_conversations AS c
  LEFT JOIN ref_brands AS b ON b.brand_id = c.brand_id
  LEFT JOIN targets AS f ON f.conversation_id = c.conversation_id AND f.metric = 'first_reply'
  LEFT JOIN targets AS r ON r.conversation_id = c.conversation_id AND r.metric = 'resolution'
),
in_clock AS (
  -- Each SLA's elapsed time in its own clock: so far, and at the event.
  SELECT *,
    unix_seconds(first_resolved_at) - unix_seconds(clock_start_at)        AS first_resolution_seconds,
    unix_seconds(resolved_at) - unix_seconds(clock_start_at)              AS resolution_seconds,
    CASE sla_first_reply_clock WHEN 'business' THEN first_reply_business_seconds ELSE first_reply_seconds END
      AS sla_first_reply_elapsed,
    CASE sla_first_reply_clock WHEN 'business' THEN waiting_business_seconds
         ELSE unix_seconds(status_as_of) - unix_seconds(first_needing_reply_at) END AS sla_first_reply_waited,
    CASE sla_resolution_clock WHEN 'business' THEN resolution_business_seconds
         ELSE unix_seconds(resolved_at) - unix_seconds(clock_start_at) END AS sla_resolution_elapsed,
    CASE sla_resolution_clock WHEN 'business' THEN unresolved_business_seconds
         ELSE unix_seconds(status_as_of) - unix_seconds(clock_start_at) END AS sla_resolution_waited
  FROM measured
)
SELECT
  conversation_id, brand_id, industry, channel, customer_id, agent_id, report_date, started_at, ended_at,
  status, resolution_source,
  first_reply_seconds,
  first_reply_business_seconds,
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
  coalesce(reply_wait_business_seconds_sum, 0) AS reply_wait_business_seconds_sum,
  reply_wait_business_seconds_sum / reply_wait_seconds_count AS reply_wait_business_seconds_avg,
  sla_first_reply_target_seconds,
  sla_first_reply_clock,
  CASE sla_first_reply_clock
    WHEN 'business' THEN business_due_at(brand_id, first_needing_reply_at, sla_first_reply_target_seconds)
    ELSE first_needing_reply_at + make_dt_interval(0, 0, 0, sla_first_reply_target_seconds)
  END AS first_reply_due_at,
  CASE
    WHEN first_needing_reply_at IS NULL THEN NULL
    WHEN first_reply_seconds IS NOT NULL THEN sla_first_reply_elapsed <= sla_first_reply_target_seconds
    WHEN sla_first_reply_waited > sla_first_reply_target_seconds THEN false
  END AS sla_first_reply_met,
  sla_resolution_target_seconds,
  sla_resolution_clock,
  CASE sla_resolution_clock
    WHEN 'business' THEN business_due_at(brand_id, clock_start_at, sla_resolution_target_seconds)
    ELSE clock_start_at + make_dt_interval(0, 0, 0, sla_resolution_target_seconds)
  END AS resolution_due_at,
  CASE
    WHEN first_inbound_at IS NULL THEN NULL
    WHEN status = 'resolved' THEN sla_resolution_elapsed <= sla_resolution_target_seconds
    WHEN sla_resolution_waited > sla_resolution_target_seconds THEN false
  END AS sla_resolution_met,
  first_resolution_seconds,
  first_resolution_business_seconds,
  resolution_seconds,
  resolution_business_seconds,
  CASE WHEN status = 'resolved' THEN agent_replies = 1 AND reopens = 0 END AS first_contact_resolution,
  reopens, agent_touches, transfers, escalations, handle_seconds, handle_cost, handle_source,
  inbound_messages, inbound_needing_reply, inbound_replied, replies,
  csat_responses, csat_positive, ces_responses, ces_index_sum, nps_responses, nps_promoters, nps_detractors,
  status_as_of
FROM in_clock
