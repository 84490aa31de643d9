-- gold.cost_per_contact_monthly: what a handled contact costs, per month, at three grains in one table.
CREATE TABLE IF NOT EXISTS gold.cost_per_contact_monthly (
  month                 DATE    COMMENT 'First day of the month of the conversations\' report_date; partition column.',
  grain                 STRING  COMMENT 'channel, industry or agent: which column grain_value holds. Sum rows of one grain only.',
  grain_value           STRING  COMMENT 'The channel, the industry, or the agent_id (the conversation\'s agent: most replies).',
  contacts_handled      BIGINT  COMMENT 'Conversations of the month with at least one agent reply.',
  handle_hours          DOUBLE  COMMENT 'Agent work on them in hours (logged or estimated handle time).',
  labour_cost           DOUBLE  COMMENT 'Sum over agent replies of handle hours x the agent\'s hourly cost, divided by cost.utilization.',
  channel_cost          DOUBLE  COMMENT 'Fixed monthly cost of each channel (cost.channel_monthly_cost) allocated to its contacts by share: per contact, the channel\'s monthly cost / its contacts handled that month.',
  overhead_cost         DOUBLE  COMMENT 'cost.overhead_per_contact x contacts_handled.',
  total_cost            DOUBLE  COMMENT 'labour_cost + channel_cost + overhead_cost.',
  cost_per_contact      DOUBLE  COMMENT 'total_cost / contacts_handled, in currency.',
  currency              STRING  COMMENT 'Currency of the amounts (cost.currency).'
) USING DELTA
PARTITIONED BY (month)
LOCATION ${location}
COMMENT 'Cost per contact for finance, per month at grains channel, industry and agent. Grain: month, grain, grain_value. Source: gold.fact_conversation, config agents/teams/cost. Refresh: nightly, rewritten for the months whose conversations changed (the current month is month to date).'
