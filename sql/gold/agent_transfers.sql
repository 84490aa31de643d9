-- Transfers per agent, local date and channel for the dates in temp view affected_dates: each
-- transferred case event counts out for its agent_id and in for its target. Read from bronze (case
-- events are not in silver). Sources: bronze.case_events, ref_brands. Parameters: date_from, date_to, default_time_zone.
WITH transfers AS (
  SELECT to_date(from_utc_timestamp(e.created_at, coalesce(b.time_zone, '${default_time_zone}'))) AS report_date,
         e.channel, e.agent_id AS from_agent, e.target AS to_agent
  FROM bronze.case_events AS e
  LEFT JOIN ref_brands AS b ON b.brand_id = e.brand_id
  WHERE e.created_date BETWEEN DATE'${date_from}' - INTERVAL 1 DAYS AND DATE'${date_to}' + INTERVAL 1 DAYS
    AND e.event = 'transferred'
)
SELECT report_date, agent_id, channel, sum(transfers_in) AS transfers_in, sum(transfers_out) AS transfers_out
FROM (
  SELECT report_date, channel, to_agent AS agent_id, 1 AS transfers_in, 0 AS transfers_out FROM transfers
  WHERE to_agent IS NOT NULL
  UNION ALL
  SELECT report_date, channel, from_agent, 0, 1 FROM transfers
  WHERE from_agent IS NOT NULL
) AS moves
WHERE report_date IN (SELECT report_date FROM affected_dates)
GROUP BY report_date, agent_id, channel
