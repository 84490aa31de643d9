-- gold.benchmarks: the published benchmarks of SPEC 4, from config, for BI to show beside each metric.
CREATE TABLE IF NOT EXISTS gold.benchmarks (
  metric        STRING  COMMENT 'Metric name as in the gold tables (e.g. first_reply_seconds_avg, csat_rate, cost_per_contact).',
  scope         STRING  COMMENT 'all, channel or industry.',
  scope_value   STRING  COMMENT 'The channel or industry the figure is for; all for scope all.',
  value         DOUBLE  COMMENT 'The benchmark value, in unit.',
  unit          STRING  COMMENT 'seconds, fraction (0..1), score, index or a currency.',
  source        STRING  COMMENT 'Where the figure comes from.'
) USING DELTA
LOCATION ${location}
COMMENT 'Published benchmarks. Grain: metric, scope, scope_value. Source: config benchmarks. Refresh: replaced by every nightly run.'
