-- gold.agg_channel_daily: daily service metrics per brand and channel.
-- Grain (report_date, brand_id, channel). Rows come from sql/gold/agg_channel_daily.sql.
CREATE TABLE IF NOT EXISTS gold.agg_channel_daily (
  report_date                          DATE      COMMENT 'Brand-local date: of the conversation\'s first inbound message for conversation measures, of the message for inbound_messages, replies and response_rate; partition column.',
  brand_id                             STRING    COMMENT 'Brand.',
  industry                             STRING    COMMENT 'Industry of the brand (reference.brands; unknown if not listed).',
  channel                              STRING    COMMENT 'Channel.',
  --@include ddl/gold/_daily_measure_columns.sql
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Daily service metrics. Grain: report_date, brand_id, channel. Source: gold.fact_conversation, silver.messages. Refresh: nightly, rewritten for the report dates whose conversations or messages changed.'
