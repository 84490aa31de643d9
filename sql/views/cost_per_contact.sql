-- bi.cost_per_contact: finance's cost per contact by month at the channel, industry and agent grains,
-- beside the published benchmark ($3, SPEC 4). Grain: month, grain, grain_value.
-- Sources: gold.cost_per_contact_monthly, gold.benchmarks. Rows of one grain add up to the month's
-- total; never add rows of different grains. The benchmark is compared only in its own currency.
CREATE OR REPLACE VIEW bi.cost_per_contact (
  month                 COMMENT 'First day of the month (of the conversations\' report dates); the current month is month to date.',
  grain                 COMMENT 'channel, industry or agent: which dimension grain_value holds. Filter on one.',
  grain_value           COMMENT 'The channel, industry or agent_id.',
  contacts_handled      COMMENT 'Conversations with at least one agent reply.',
  handle_hours          COMMENT 'Agent work on them, hours.',
  labour_cost           COMMENT 'Handle hours x hourly cost / utilization.',
  channel_cost          COMMENT 'Share of the channels\' fixed monthly costs.',
  overhead_cost         COMMENT 'Overhead per contact x contacts.',
  total_cost            COMMENT 'labour_cost + channel_cost + overhead_cost.',
  cost_per_contact      COMMENT 'total_cost / contacts_handled.',
  labour_share          COMMENT 'labour_cost / total_cost (0..1).',
  currency              COMMENT 'Currency of the amounts.',
  benchmark             COMMENT 'Published cost per contact (gold.benchmarks), when in the same currency.',
  vs_benchmark          COMMENT 'cost_per_contact - benchmark: positive = dearer than the benchmark.'
)
COMMENT 'Cost per contact for finance by month and grain, beside the benchmark. Grain: month, grain, grain_value. Source: gold.cost_per_contact_monthly, gold.benchmarks. Refresh: a view, always current.'
TBLPROPERTIES ('social_care.definition' = ${definition_hash})
AS
SELECT c.month, c.grain, c.grain_value, c.contacts_handled, c.handle_hours, c.labour_cost, c.channel_cost,
       c.overhead_cost, c.total_cost, c.cost_per_contact, c.labour_cost / nullif(c.total_cost, 0) AS labour_share,
       c.currency, b.value AS benchmark, c.cost_per_contact - b.value AS vs_benchmark
FROM gold.cost_per_contact_monthly AS c
LEFT JOIN gold.benchmarks AS b
  ON b.metric = 'cost_per_contact' AND b.scope = 'all' AND b.unit = c.currency
