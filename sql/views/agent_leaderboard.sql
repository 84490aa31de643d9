-- bi.agent_leaderboard: each agent's month, all channels together, ranked by conversations handled.
-- Grain: month, agent_id. Sources: gold.agg_agent_daily, gold.cost_per_contact_monthly (grain agent).
-- Conversation measures belong to the conversation's agent (most replies), replies to their sender
-- (see gold.agg_agent_daily). Sums and counts are kept beside each average and rate.
-- rank: 1 = most conversations handled that month, ties by most replies, then agent_id; unassigned
-- (conversations no agent replied to) is listed without a rank.
CREATE OR REPLACE VIEW bi.agent_leaderboard (
  month                      COMMENT 'First day of the month (of the report dates).',
  agent_id                   COMMENT 'Agent (<brand>/<sign-off> for TWCS data); unassigned: conversations no agent replied to.',
  rank                       COMMENT 'Rank in the month by conversations handled, then replies, then agent_id; NULL for unassigned.',
  conversations              COMMENT 'Conversations assigned to the agent (it sent most replies).',
  conversations_handled      COMMENT 'Of those, conversations with an agent reply.',
  replies                    COMMENT 'Replies the agent sent.',
  first_reply_seconds_sum    COMMENT 'Sum of first reply times of its conversations, seconds.',
  first_reply_seconds_count  COMMENT 'Its conversations with a first reply.',
  first_reply_seconds_avg    COMMENT 'Average first reply, seconds.',
  handle_seconds_sum         COMMENT 'Agent work on its conversations, seconds.',
  handle_seconds_count       COMMENT 'Its conversations handled.',
  handle_seconds_avg         COMMENT 'Average handle time per handled conversation, seconds.',
  completion_rate_num        COMMENT 'Its resolved conversations.',
  completion_rate_den        COMMENT 'Its conversations.',
  completion_rate            COMMENT 'Resolved / assigned (0..1).',
  csat_rate_num              COMMENT 'Positive CSAT answers on its conversations.',
  csat_rate_den              COMMENT 'CSAT answers on its conversations.',
  csat_rate                  COMMENT 'Positive / answers (0..1).',
  transfers_in               COMMENT 'Conversations transferred to the agent.',
  transfers_out              COMMENT 'Conversations the agent transferred away.',
  cost_per_contact           COMMENT 'Cost per contact handled (gold.cost_per_contact_monthly, grain agent), in currency.',
  currency                   COMMENT 'Currency of cost_per_contact.'
)
COMMENT 'Agent leaderboard by month. Grain: month, agent_id. Source: gold.agg_agent_daily, gold.cost_per_contact_monthly. Refresh: a view, always current.'
TBLPROPERTIES ('social_care.definition' = ${definition_hash})
AS
WITH monthly AS (
  SELECT trunc(report_date, 'MM') AS month, agent_id,
         sum(conversations) AS conversations, sum(conversations_handled) AS conversations_handled,
         sum(replies) AS replies,
         sum(first_reply_seconds_sum) AS first_reply_seconds_sum, sum(first_reply_seconds_count) AS first_reply_seconds_count,
         sum(handle_seconds_sum) AS handle_seconds_sum, sum(handle_seconds_count) AS handle_seconds_count,
         sum(completion_rate_num) AS completion_rate_num, sum(completion_rate_den) AS completion_rate_den,
         sum(csat_rate_num) AS csat_rate_num, sum(csat_rate_den) AS csat_rate_den,
         sum(transfers_in) AS transfers_in, sum(transfers_out) AS transfers_out
  FROM gold.agg_agent_daily
  GROUP BY trunc(report_date, 'MM'), agent_id
)
SELECT m.month, m.agent_id,
       CASE WHEN m.agent_id <> 'unassigned' THEN
         rank() OVER (PARTITION BY m.month, m.agent_id = 'unassigned'
                      ORDER BY m.conversations_handled DESC, m.replies DESC, m.agent_id) END AS rank,
       m.conversations, m.conversations_handled, m.replies,
       m.first_reply_seconds_sum, m.first_reply_seconds_count,
       m.first_reply_seconds_sum / nullif(m.first_reply_seconds_count, 0) AS first_reply_seconds_avg,
       m.handle_seconds_sum, m.handle_seconds_count,
       m.handle_seconds_sum / nullif(m.handle_seconds_count, 0) AS handle_seconds_avg,
       m.completion_rate_num, m.completion_rate_den,
       m.completion_rate_num / nullif(m.completion_rate_den, 0) AS completion_rate,
       m.csat_rate_num, m.csat_rate_den, m.csat_rate_num / nullif(m.csat_rate_den, 0) AS csat_rate,
       m.transfers_in, m.transfers_out,
       c.cost_per_contact, c.currency
FROM monthly AS m
LEFT JOIN gold.cost_per_contact_monthly AS c
  ON c.month = m.month AND c.grain = 'agent' AND c.grain_value = m.agent_id
