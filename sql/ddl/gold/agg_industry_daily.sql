-- gold.agg_industry_daily: daily service metrics per industry and channel.
-- Grain (report_date, industry, channel). Rows come from sql/gold/agg_industry_daily.sql.
CREATE TABLE IF NOT EXISTS gold.agg_industry_daily (
  report_date                          DATE      COMMENT 'Brand-local date: of the conversation\'s first inbound message for conversation measures, of the message for inbound_messages, replies and response_rate; partition column.',
  industry                             STRING    COMMENT 'Industry (reference.brands; unknown for brands not listed).',
  channel                              STRING    COMMENT 'Channel.',
  --@include ddl/gold/_daily_measure_columns.sql
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Daily service metrics. Grain: report_date, industry, channel. Source: gold.fact_conversation, silver.messages. Refresh: nightly, rewritten for the report dates whose conversations or messages changed.'
