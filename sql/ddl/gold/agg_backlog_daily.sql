-- gold.agg_backlog_daily: the daily backlog per brand and channel.
-- Grain (report_date, brand_id, channel). Rows come from sql/gold/agg_backlog_daily.sql.
CREATE TABLE IF NOT EXISTS gold.agg_backlog_daily (
  report_date                  DATE      COMMENT 'Brand-local day; partition column. Only days over by the as-of time of the run that wrote them.',
  brand_id                     STRING    COMMENT 'Brand.',
  channel                      STRING    COMMENT 'Channel.',
  open_conversations           BIGINT    COMMENT 'Conversations open at the end of the day: begun (first message) and not yet closed (final resolution, or the inactivity timeout after the last activity).',
  open_age_lt_1d               BIGINT    COMMENT 'Open at the end of the day, less than 1 day since their first message.',
  open_age_1d_3d               BIGINT    COMMENT 'Open, 1 to less than 3 days old.',
  open_age_3d_7d               BIGINT    COMMENT 'Open, 3 to less than 7 days old.',
  open_age_ge_7d               BIGINT    COMMENT 'Open, 7 days old or more.',
  open_brand_owes              BIGINT    COMMENT 'Open ones where the brand owes the next message: a wait for a reply begun and not answered by the day\'s end.',
  open_customer_owes           BIGINT    COMMENT 'Open ones where the customer owes the next message: the brand had the last word.',
  conversations_created        BIGINT    COMMENT 'Conversations whose first message is on this day.',
  conversations_resolved       BIGINT    COMMENT 'Conversations finally resolved on this day.',
  conversations_closed         BIGINT    COMMENT 'Conversations that stopped being open on this day: resolved, or closed by inactivity (abandoned, unresolved).'
) USING DELTA
PARTITIONED BY (report_date)
LOCATION ${location}
COMMENT 'Daily backlog: conversations open at the end of each brand-local day (by age and by who owes the next message) beside those created, resolved and closed that day. Grain: report_date, brand_id, channel. Source: gold.fact_conversation, gold.fact_reply. Refresh: nightly, rewritten for the days whose conversations changed and the days since the last run.'
