-- gold.top_topics_daily: the most received topics per day, brand and channel, with day-over-day change.
CREATE TABLE IF NOT EXISTS gold.top_topics_daily (
  report_date             DATE    COMMENT 'Brand-local date of the inbound messages; partition column.',
  brand_id                STRING  COMMENT 'Brand.',
  channel                 STRING  COMMENT 'Channel.',
  rank                    INT     COMMENT 'Rank by messages, 1 = most; ties broken by topic name (alphabetical), so ranks are unique.',
  topic                   STRING  COMMENT 'Topic label as tagged: topic or topic/subtopic (the dump\'s tags, else the keyword taxonomy).',
  topic_root              STRING  COMMENT 'The part of topic before the first /.',
  subtopic                STRING  COMMENT 'The part after the first /, NULL when the label has none.',
  messages                BIGINT  COMMENT 'Inbound messages of the day with this topic (a message with two topics counts in both).',
  share                   DOUBLE  COMMENT 'messages / inbound messages of the day, brand and channel that have any topic (0..1).',
  previous_day_messages   BIGINT  COMMENT 'Inbound messages with this topic on the previous local date (0 if none).',
  day_over_day_change     BIGINT  COMMENT 'messages - previous_day_messages: a rising topic shows here first.',
  day_over_day_ratio      DOUBLE  COMMENT 'messages / previous_day_messages; NULL when the topic was absent the day before.'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Top N topics (text.top_n) per day, brand and channel. Grain: report_date, brand_id, channel, topic. Source: silver.messages. Refresh: nightly, rewritten for the dates whose messages changed and the day after each.'
