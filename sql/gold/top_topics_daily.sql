-- gold.top_topics_daily rows for the dates being rewritten (the report dates that changed and the day
-- after each, whose day-over-day columns read them): per local date, brand and channel, the :top_n
-- topics of the most inbound messages (ties by name, so ranks are unique), with the previous day's count.
-- share: messages with the topic / inbound messages of the day that have any topic.
-- Grain: report_date, brand_id, channel, topic. Source: temp view gold_messages_of_dates (which holds
-- the day before and after each report date). Parameters: topic_dates, top_n.
WITH tagged AS (
  SELECT local_date, brand_id, channel, message_id, topic
  FROM gold_messages_of_dates
  LATERAL VIEW explode(array_distinct(topics)) AS topic
  WHERE direction = 'in'
),
daily AS (
  SELECT local_date, brand_id, channel, topic, count(*) AS messages
  FROM tagged
  GROUP BY local_date, brand_id, channel, topic
),
with_topic_messages AS (
  SELECT local_date, brand_id, channel, count(DISTINCT message_id) AS topic_messages
  FROM tagged
  GROUP BY local_date, brand_id, channel
),
ranked AS (
  SELECT d.*, row_number() OVER (PARTITION BY local_date, brand_id, channel ORDER BY messages DESC, topic) AS rank
  FROM daily AS d
)
SELECT
  r.local_date AS report_date, r.brand_id, r.channel, r.rank, r.topic,
  split_part(r.topic, '/', 1) AS topic_root,
  nullif(substr(r.topic, length(split_part(r.topic, '/', 1)) + 2), '') AS subtopic,
  r.messages,
  r.messages / t.topic_messages AS share,
  coalesce(p.messages, 0) AS previous_day_messages,
  r.messages - coalesce(p.messages, 0) AS day_over_day_change,
  r.messages / p.messages AS day_over_day_ratio
FROM ranked AS r
JOIN with_topic_messages AS t USING (local_date, brand_id, channel)
LEFT JOIN daily AS p
  ON p.local_date = date_sub(r.local_date, 1) AND p.brand_id = r.brand_id AND p.channel = r.channel
 AND p.topic = r.topic
WHERE r.rank <= :top_n
  AND array_contains(:topic_dates, r.local_date)
