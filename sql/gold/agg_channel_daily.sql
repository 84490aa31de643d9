-- gold.agg_channel_daily rows for the report dates being rewritten: the daily measures of each brand
-- and channel (with the brand's industry). Grain: report_date, brand_id, channel.
-- Source: temp view gold_daily_measures (daily_measures.sql: the measures and their definitions).
SELECT * FROM gold_daily_measures WHERE grain = 'channel'
