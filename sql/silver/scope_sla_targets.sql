-- The SLA target of every brand and channel being rebuilt, per metric (first_reply, next_reply,
-- resolution): the most specific entry of ref_sla_targets (brand and channel, brand, channel, default)
-- with its clock. A few rows. Sources: temp views scope_conversation_bounds, ref_sla_targets.
-- brand_id and channel are re-aliased: scope_replies joins this view to rows that carry the very same
-- columns of scope_conversation_bounds, and without adaptive execution Spark could not tell the two apart.
SELECT k.brand_id AS brand_id, k.channel AS channel, t.metric,
       max_by(t.target_seconds, t.specificity) AS target_seconds,
       max_by(t.clock, t.specificity)          AS clock
FROM (SELECT DISTINCT brand_id, channel FROM scope_conversation_bounds) AS k
JOIN (SELECT *, CASE WHEN brand_id <> '*' THEN 2 ELSE 0 END + CASE WHEN channel <> '*' THEN 1 ELSE 0 END AS specificity
      FROM ref_sla_targets) AS t
  ON t.brand_id IN (k.brand_id, '*') AND t.channel IN (k.channel, '*')
GROUP BY k.brand_id, k.channel, t.metric
