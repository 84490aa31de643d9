-- gold.top_quick_replies_daily: the most used quick replies per day, brand and channel.
CREATE TABLE IF NOT EXISTS gold.top_quick_replies_daily (
  report_date   DATE    COMMENT 'Brand-local date of the messages; partition column.',
  brand_id      STRING  COMMENT 'Brand.',
  channel       STRING  COMMENT 'Channel.',
  rank          INT     COMMENT 'Rank by uses, 1 = most; ties broken by label (alphabetical).',
  quick_reply   STRING  COMMENT 'Label of the quick reply sent or picked.',
  uses          BIGINT  COMMENT 'Messages of the day that used it.',
  share         DOUBLE  COMMENT 'uses / messages of the day, brand and channel that used any quick reply (0..1).'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Top N quick replies (text.top_n) per day, brand and channel. Grain: report_date, brand_id, channel, quick_reply. Source: silver.messages. Refresh: nightly, rewritten for the dates whose messages changed.'
