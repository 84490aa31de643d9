-- gold.agg_industry_daily rows for the report dates being rewritten: the daily measures of each
-- industry and channel (brands not in reference.brands under unknown). Grain: report_date, industry,
-- channel. Source: temp view gold_daily_measures (daily_measures.sql: the measures and their definitions).
SELECT * FROM gold_daily_measures WHERE grain = 'industry'
