-- bi.channel_scorecard: every metric of gold.agg_channel_daily beside its published benchmark (SPEC 4),
-- one row per metric, so a BI tool can filter or pivot by metric.
-- Grain: report_date, brand_id, channel, metric. Sources: gold.agg_channel_daily, gold.benchmarks.
-- value = value_num / value_den for every metric (for nps value_num is 100 x (promoters - detractors));
-- both are kept, so any rollup is exact: sum value_num and value_den over the rows to combine, then divide. The benchmark is the most specific one: the channel's,
-- else the industry's, else the one for all. meets_benchmark compares in the metric's better direction.
-- Definitions: first_reply_within_4h_share / _24h_share = first replies under 4 h / 24 h over
-- conversations with a first reply; transfer_rate, escalation_rate = transfer / escalation events per
-- conversation; channel_mix_share = the channel's conversations over the brand's on that date;
-- sla_next_reply_rate, sla_every_reply_rate, outside_window_reply_rate, repeat_contact_rate as in
-- gold.agg_channel_daily; conversations_per_customer = conversations over distinct customers (the
-- customers_hll sketch's estimate): its value_den is not additive, so to roll it up take
-- hll_sketch_estimate(hll_union_agg(customers_hll)) over the gold.agg_channel_daily rows instead.
CREATE OR REPLACE VIEW bi.channel_scorecard (
  report_date        COMMENT 'Brand-local report date (as in gold.agg_channel_daily).',
  brand_id           COMMENT 'Brand.',
  industry           COMMENT 'Industry of the brand (unknown if not in reference.brands).',
  channel            COMMENT 'Channel.',
  metric             COMMENT 'Metric name, as in gold.benchmarks.metric.',
  value_num          COMMENT 'Numerator (for an average: the sum; for nps: 100 x (promoters - detractors)) of the metric: add these to roll up.',
  value_den          COMMENT 'Denominator (for an average: the count): add these to roll up (not for conversations_per_customer: distinct customers).',
  value              COMMENT 'value_num / value_den, in unit; NULL when value_den is 0.',
  unit               COMMENT 'seconds, fraction (0..1), score, index or ratio.',
  better             COMMENT 'lower or higher: which direction is better; neither for channel_mix_share.',
  benchmark          COMMENT 'Published benchmark value in unit (gold.benchmarks), NULL if none.',
  benchmark_scope    COMMENT 'Which benchmark applied: channel, industry or all.',
  benchmark_source   COMMENT 'Where the benchmark comes from.',
  meets_benchmark    COMMENT 'true when value is at least as good as the benchmark; NULL without a value, a benchmark or a direction.'
)
COMMENT 'Channel scorecard: each daily metric of a brand and channel beside its published benchmark. Grain: report_date, brand_id, channel, metric. Source: gold.agg_channel_daily, gold.benchmarks. Refresh: a view, always current.'
TBLPROPERTIES ('social_care.definition' = ${definition_hash})
AS
WITH daily AS (
  SELECT a.*, sum(a.conversations) OVER (PARTITION BY a.report_date, a.brand_id) AS brand_conversations
  FROM gold.agg_channel_daily AS a
),
measures AS (
  SELECT report_date, brand_id, industry, channel,
    stack(19,
      'first_reply_seconds_avg', CAST(first_reply_seconds_sum AS DOUBLE), CAST(first_reply_seconds_count AS DOUBLE), 'seconds', 'lower',
      'first_reply_within_4h_share', CAST(first_reply_lt_15m + first_reply_15m_1h + first_reply_1h_4h AS DOUBLE),
                                     CAST(first_reply_seconds_count AS DOUBLE), 'fraction', 'higher',
      'first_reply_within_24h_share', CAST(first_reply_lt_15m + first_reply_15m_1h + first_reply_1h_4h + first_reply_4h_24h AS DOUBLE),
                                      CAST(first_reply_seconds_count AS DOUBLE), 'fraction', 'higher',
      'sla_first_reply_rate', CAST(sla_first_reply_rate_num AS DOUBLE), CAST(sla_first_reply_rate_den AS DOUBLE), 'fraction', 'higher',
      'first_resolution_seconds_avg', CAST(first_resolution_seconds_sum AS DOUBLE), CAST(first_resolution_seconds_count AS DOUBLE), 'seconds', 'lower',
      'resolution_seconds_avg', CAST(resolution_seconds_sum AS DOUBLE), CAST(resolution_seconds_count AS DOUBLE), 'seconds', 'lower',
      'handle_seconds_avg', handle_seconds_sum, CAST(handle_seconds_count AS DOUBLE), 'seconds', 'lower',
      'transfer_rate', CAST(transfers AS DOUBLE), CAST(conversations AS DOUBLE), 'fraction', 'lower',
      'escalation_rate', CAST(escalations AS DOUBLE), CAST(conversations AS DOUBLE), 'fraction', 'lower',
      'response_rate', CAST(response_rate_num AS DOUBLE), CAST(response_rate_den AS DOUBLE), 'fraction', 'higher',
      'csat_rate', CAST(csat_rate_num AS DOUBLE), CAST(csat_rate_den AS DOUBLE), 'fraction', 'higher',
      'nps', CAST(100 * (nps_promoters - nps_detractors) AS DOUBLE), CAST(nps_responses AS DOUBLE), 'score', 'higher',
      'ces_index', ces_index_sum, CAST(ces_index_count AS DOUBLE), 'index', 'lower',
      'channel_mix_share', CAST(conversations AS DOUBLE), CAST(brand_conversations AS DOUBLE), 'fraction', 'neither',
      'sla_next_reply_rate', CAST(sla_next_reply_rate_num AS DOUBLE), CAST(sla_next_reply_rate_den AS DOUBLE), 'fraction', 'higher',
      'sla_every_reply_rate', CAST(sla_every_reply_rate_num AS DOUBLE), CAST(sla_every_reply_rate_den AS DOUBLE), 'fraction', 'higher',
      'outside_window_reply_rate', CAST(outside_window_reply_rate_num AS DOUBLE), CAST(outside_window_reply_rate_den AS DOUBLE),
                                   'fraction', 'lower',
      'repeat_contact_rate', CAST(repeat_contact_rate_num AS DOUBLE), CAST(repeat_contact_rate_den AS DOUBLE), 'fraction', 'lower',
      'conversations_per_customer', CAST(conversations AS DOUBLE), CAST(hll_sketch_estimate(customers_hll) AS DOUBLE),
                                    'ratio', 'neither'
    ) AS (metric, value_num, value_den, unit, better)
  FROM daily
),
valued AS (
  SELECT m.*,
    CASE WHEN m.value_den > 0 THEN m.value_num / m.value_den END         AS value,
    coalesce(bc.value, bi.value, ba.value)                                  AS benchmark,
    CASE WHEN bc.value IS NOT NULL THEN 'channel' WHEN bi.value IS NOT NULL THEN 'industry'
         WHEN ba.value IS NOT NULL THEN 'all' END                            AS benchmark_scope,
    coalesce(bc.source, bi.source, ba.source)                               AS benchmark_source
  FROM measures AS m
  LEFT JOIN gold.benchmarks AS bc ON bc.metric = m.metric AND bc.scope = 'channel' AND bc.scope_value = m.channel
  LEFT JOIN gold.benchmarks AS bi ON bi.metric = m.metric AND bi.scope = 'industry' AND bi.scope_value = m.industry
  LEFT JOIN gold.benchmarks AS ba ON ba.metric = m.metric AND ba.scope = 'all'
)
SELECT report_date, brand_id, industry, channel, metric, value_num, value_den, value, unit, better,
       benchmark, benchmark_scope, benchmark_source,
       CASE better WHEN 'lower' THEN value <= benchmark WHEN 'higher' THEN value >= benchmark END AS meets_benchmark
FROM valued
