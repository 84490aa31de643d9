-- gold.agg_agent_daily rows for the report dates being rewritten: the daily measures of each agent and
-- channel: conversations of the agent with most replies (unassigned for conversations no agent replied
-- to), replies of their sender, and the agent's transfers in and out. Grain: report_date, agent_id,
-- channel. Source: temp view gold_daily_measures (daily_measures.sql: the measures and their definitions).
SELECT * FROM gold_daily_measures WHERE grain = 'agent'
