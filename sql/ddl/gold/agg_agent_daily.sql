-- gold.agg_agent_daily: daily service metrics per agent and channel.
-- Grain (report_date, agent_id, channel). Rows come from sql/gold/agg_agent_daily.sql.
CREATE TABLE IF NOT EXISTS gold.agg_agent_daily (
  report_date                          DATE      COMMENT 'Brand-local date: of the conversation\'s first inbound message for conversation measures, of the message for inbound_messages, replies and response_rate; partition column.',
  agent_id                             STRING    COMMENT 'Agent: of the conversation (most replies) for conversation measures, the sender for replies; unassigned when no agent replied.',
  channel                              STRING    COMMENT 'Channel.',
  --@include ddl/gold/_daily_measure_columns.sql
  , transfers_in                       BIGINT    COMMENT 'transferred case events of this local date whose target is this agent.'
  , transfers_out                       BIGINT    COMMENT 'transferred case events of this local date made by this agent (agent_id).'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Daily service metrics. Grain: report_date, agent_id, channel. Source: gold.fact_conversation, silver.messages, silver.case_events. Refresh: nightly, rewritten for the report dates whose conversations or messages changed.'
