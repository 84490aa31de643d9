-- gold.cost_per_contact_monthly rows for the months being rewritten (SPEC 4):
--   labour  = handle hours x the agent's hourly cost / cost.utilization (handle_cost is hours x rate);
--   channel = the channel's fixed monthly cost, shared equally by the month's contacts of the channel;
--   overhead = cost.overhead_per_contact per contact;
--   cost per contact = (labour + channel + overhead) / contacts handled.
-- A contact handled is a conversation with at least one agent reply; its month is that of its report
-- date, and at the agent grain it belongs to its agent (the one with most replies).
-- Grain: month, grain, grain_value. Sources: gold.fact_conversation (parameter fact_conversation),
-- temp view ref_channel_costs.
-- Parameters: months (first days), month_from / month_to (their bounds), utilization,
-- overhead_per_contact, currency, fact_conversation.
WITH handled AS (
  -- One read of the month's handled contacts; each carries its channel's count for the month.
  SELECT trunc(report_date, 'MM') AS month, channel, industry, coalesce(agent_id, 'unknown') AS agent_id,
         handle_seconds, handle_cost,
         count(*) OVER (PARTITION BY trunc(report_date, 'MM'), channel) AS channel_contacts
  FROM IDENTIFIER(:fact_conversation)
  WHERE report_date >= :month_from AND report_date < add_months(:month_to, 1)
    AND array_contains(:months, trunc(report_date, 'MM'))
    AND agent_touches > 0
),
priced AS (
  SELECT h.*,
         coalesce(h.handle_cost, 0) / :utilization                          AS labour_cost,
         coalesce(c.monthly_cost, d.monthly_cost) / h.channel_contacts        AS channel_cost,
         CAST(:overhead_per_contact AS DOUBLE)                              AS overhead_cost
  FROM handled AS h
  LEFT JOIN ref_channel_costs AS c ON c.channel = h.channel
  CROSS JOIN (SELECT monthly_cost FROM ref_channel_costs WHERE channel = 'default') AS d
)
-- The three grains in one aggregation: each grouping set is one grain.
SELECT month,
       CASE WHEN grouping(channel) = 0 THEN 'channel' WHEN grouping(industry) = 0 THEN 'industry' ELSE 'agent' END
                                                                         AS grain,
       CASE WHEN grouping(channel) = 0 THEN channel WHEN grouping(industry) = 0 THEN industry ELSE agent_id END
                                                                         AS grain_value,
       count(*)                                                          AS contacts_handled,
       coalesce(sum(handle_seconds), 0) / 3600                           AS handle_hours,
       sum(labour_cost)                                                  AS labour_cost,
       sum(channel_cost)                                                 AS channel_cost,
       sum(overhead_cost)                                                AS overhead_cost,
       sum(labour_cost) + sum(channel_cost) + sum(overhead_cost)         AS total_cost,
       (sum(labour_cost) + sum(channel_cost) + sum(overhead_cost)) / count(*) AS cost_per_contact,
       :currency                                                     AS currency
FROM priced
GROUP BY month, GROUPING SETS ((channel), (industry), (agent_id))
