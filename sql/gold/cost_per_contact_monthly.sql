-- gold.cost_per_contact_monthly rows for the months being rewritten (SPEC 4):
--   labour  = handle hours x the agent's hourly cost / cost.utilization (handle_cost is hours x rate);
--   channel = the channel's fixed monthly cost, shared equally by the month's contacts of the channel;
--   overhead = cost.overhead_per_contact per contact;
--   cost per contact = (labour + channel + overhead) / contacts handled.
-- A contact handled is a conversation with at least one agent reply; its month is that of its report
-- date, and at the agent grain it belongs to its agent (the one with most replies).
-- Grain: month, grain, grain_value. Sources: gold.fact_conversation, temp view ref_channel_costs.
-- Parameters: months (first days), month_from / month_to (their bounds), utilization,
-- overhead_per_contact, currency.
WITH handled AS (
  SELECT trunc(report_date, 'MM') AS month, channel, industry, agent_id, handle_seconds, handle_cost
  FROM gold.fact_conversation
  WHERE report_date >= :month_from AND report_date < add_months(:month_to, 1)
    AND array_contains(:months, trunc(report_date, 'MM'))
    AND agent_touches > 0
),
channel_contacts AS (
  SELECT month, channel, count(*) AS contacts FROM handled GROUP BY month, channel
),
priced AS (
  SELECT h.*,
         coalesce(h.handle_cost, 0) / :utilization                          AS labour_cost,
         coalesce(c.monthly_cost, d.monthly_cost) / n.contacts                AS channel_cost,
         CAST(:overhead_per_contact AS DOUBLE)                              AS overhead_cost
  FROM handled AS h
  JOIN channel_contacts AS n ON n.month = h.month AND n.channel = h.channel
  LEFT JOIN ref_channel_costs AS c ON c.channel = h.channel
  CROSS JOIN (SELECT monthly_cost FROM ref_channel_costs WHERE channel = 'default') AS d
)
SELECT month, grain, grain_value,
       count(*)                                                          AS contacts_handled,
       coalesce(sum(handle_seconds), 0) / 3600                           AS handle_hours,
       sum(labour_cost)                                                  AS labour_cost,
       sum(channel_cost)                                                 AS channel_cost,
       sum(overhead_cost)                                                AS overhead_cost,
       sum(labour_cost) + sum(channel_cost) + sum(overhead_cost)         AS total_cost,
       (sum(labour_cost) + sum(channel_cost) + sum(overhead_cost)) / count(*) AS cost_per_contact,
       :currency                                                     AS currency
FROM (
  SELECT month, 'channel' AS grain, channel AS grain_value, handle_seconds, labour_cost, channel_cost, overhead_cost
  FROM priced
  UNION ALL
  SELECT month, 'industry', industry, handle_seconds, labour_cost, channel_cost, overhead_cost
  FROM priced
  UNION ALL
  SELECT month, 'agent', coalesce(agent_id, 'unknown'), handle_seconds, labour_cost, channel_cost, overhead_cost
  FROM priced
) AS grains
GROUP BY month, grain, grain_value
