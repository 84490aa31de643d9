-- gold.agg_hourly_volume rows for the report dates being rewritten: messages by brand-local date and
-- hour, for a day x hour-of-week heatmap. Grain: report_date, brand_id, channel, local_hour.
-- Source: temp view gold_messages_of_dates (messages_of_dates.sql). Parameter: dates.
SELECT local_date AS report_date, brand_id, channel, local_hour,
       dayofweek(local_date) - 1 + CASE WHEN dayofweek(local_date) = 1 THEN 7 ELSE 0 END AS day_of_week,
       count_if(direction = 'in')                                      AS inbound_messages,
       count_if(direction = 'in' AND needs_reply)                      AS inbound_needing_reply,
       count_if(direction = 'out' AND sender_type IN ('agent', 'bot')) AS replies
FROM gold_messages_of_dates
WHERE array_contains(:dates, local_date)
GROUP BY local_date, brand_id, channel, local_hour
