-- The bi schema: views over gold for BI tools (sql/views/).
CREATE SCHEMA IF NOT EXISTS bi
COMMENT 'Views for BI tools over the gold tables: channel scorecard with benchmarks, agent leaderboard, SLA breach list, cost per contact. Always current.'
LOCATION ${location}
