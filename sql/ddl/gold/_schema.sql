-- The gold schema: what BI reads.
CREATE SCHEMA IF NOT EXISTS gold
COMMENT 'Service metrics for BI: a fact row per conversation, daily aggregates by channel, industry and agent, hourly volume, topics, quick replies, cost per contact, benchmarks. Rates carry _num/_den, averages _sum/_count. Refresh: nightly.'
LOCATION ${location}
