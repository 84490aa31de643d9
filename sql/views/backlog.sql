-- bi.backlog: the daily backlog of each brand and channel beside what came in and went out that day.
-- Grain: report_date, brand_id, channel. Source: gold.agg_backlog_daily.
-- net_change = created - closed; a day's open count is the previous day's plus its net change (up to
-- conversations split by the sessionization's look-back). brand_owes_share = open conversations whose
-- next message is the brand's / open conversations.
CREATE OR REPLACE VIEW bi.backlog (
  report_date          COMMENT 'Brand-local day.',
  brand_id             COMMENT 'Brand.',
  channel              COMMENT 'Channel.',
  open_at_end_of_day   COMMENT 'Conversations open at the end of the day.',
  created              COMMENT 'Conversations begun that day.',
  resolved             COMMENT 'Conversations finally resolved that day.',
  closed               COMMENT 'Conversations that stopped being open that day (resolved or closed by inactivity).',
  net_change           COMMENT 'created - closed.',
  open_age_lt_1d       COMMENT 'Open, less than a day old.',
  open_age_1d_3d       COMMENT 'Open, 1 to 3 days old.',
  open_age_3d_7d       COMMENT 'Open, 3 to 7 days old.',
  open_age_ge_7d       COMMENT 'Open, 7 days old or more.',
  brand_owes           COMMENT 'Open ones waiting for the brand\'s reply.',
  customer_owes        COMMENT 'Open ones where the brand had the last word.',
  brand_owes_share     COMMENT 'brand_owes / open_at_end_of_day (0..1); NULL when none is open.'
)
COMMENT 'Daily backlog per brand and channel beside created, resolved and closed conversations. Grain: report_date, brand_id, channel. Source: gold.agg_backlog_daily. Refresh: a view, always current.'
TBLPROPERTIES ('social_care.definition' = ${definition_hash})
AS
SELECT report_date, brand_id, channel, open_conversations, conversations_created, conversations_resolved,
       conversations_closed, conversations_created - conversations_closed AS net_change,
       open_age_lt_1d, open_age_1d_3d, open_age_3d_7d, open_age_ge_7d, open_brand_owes, open_customer_owes,
       open_brand_owes / nullif(open_conversations, 0) AS brand_owes_share
FROM gold.agg_backlog_daily
