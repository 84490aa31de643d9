-- gold.agg_hourly_volume: inbound volume by brand-local date and hour, for a day x hour-of-week heatmap.
CREATE TABLE IF NOT EXISTS gold.agg_hourly_volume (
  report_date            DATE    COMMENT 'Brand-local date of the messages; partition column.',
  brand_id               STRING  COMMENT 'Brand.',
  channel                STRING  COMMENT 'Channel.',
  local_hour             INT     COMMENT 'Brand-local hour 0-23.',
  day_of_week            INT     COMMENT 'ISO day of week of report_date: 1 Monday .. 7 Sunday.',
  inbound_messages       BIGINT  COMMENT 'Inbound messages that arrived in this hour.',
  inbound_needing_reply  BIGINT  COMMENT 'Of which needing a reply.',
  replies                BIGINT  COMMENT 'Outbound messages from agents or bots sent in this hour.'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Messages by brand-local date and hour. Grain: report_date, brand_id, channel, local_hour. Source: silver.messages. Refresh: nightly, rewritten for the dates whose messages changed.'
