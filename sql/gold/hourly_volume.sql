-- gold.agg_hourly_volume rows for the report dates in temp view affected_dates: messages by
-- brand-local date and hour. Parameters: date_from / date_to (bounds of affected_dates).
SELECT local_date AS report_date, brand_id, channel, local_hour,
       dayofweek(local_date) - 1 + CASE WHEN dayofweek(local_date) = 1 THEN 7 ELSE 0 END AS day_of_week,
       count_if(direction = 'in')                                      AS inbound_messages,
       count_if(direction = 'in' AND needs_reply)                      AS inbound_needing_reply,
       count_if(direction = 'out' AND sender_type IN ('agent', 'bot')) AS replies
FROM silver.messages
WHERE created_date BETWEEN DATE'${date_from}' - INTERVAL 1 DAYS AND DATE'${date_to}' + INTERVAL 1 DAYS
  AND local_date IN (SELECT report_date FROM affected_dates)
GROUP BY local_date, brand_id, channel, local_hour
