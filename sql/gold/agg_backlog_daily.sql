-- gold.agg_backlog_daily rows for the report dates being rewritten: per brand-local day, brand and
-- channel, the conversations open at the end of the day, created, resolved and closed that day.
-- Grain: report_date, brand_id, channel. Only days that have ended by the run's as-of time (in the
-- brand's zone) get rows; a row exists when anything was open at the end of the day, created or closed.
-- Definitions:
--   open at the end of the day  started before the day's end and not closed by then (closed_at: the final
--                               resolution, or the end of the inactivity timeout after the last activity);
--   open_age_*                  the open ones by time since their first message at the day's end;
--   open_brand_owes             the open ones with a wait (gold.fact_reply) begun and not answered by the
--                               day's end: the customer's last message needs a reply;
--   open_customer_owes          the other open ones: the brand had the last word;
--   conversations_closed        closed that day, resolved or not; conversations_resolved: resolved.
-- Sources: gold.fact_conversation, gold.fact_reply (parameters fact_conversation, fact_reply), ref_brands.
-- Parameters: dates, date_from / date_to (their bounds), as_of, default_time_zone, lookback_days (a
-- conversation open at a day's end began at most this many days before: the sessionization splits
-- longer ones).
WITH days AS (
  SELECT explode(:dates) AS report_date
),
conversations AS (
  -- Rows written before closed_at existed (NULL there for every status) close at their last activity.
  SELECT c.conversation_id, c.brand_id, c.channel, c.started_at, c.status,
         coalesce(c.closed_at, CASE WHEN c.status <> 'open' THEN c.ended_at END) AS closed_at,
         coalesce(b.time_zone, :default_time_zone) AS time_zone
  FROM IDENTIFIER(:fact_conversation) AS c
  LEFT JOIN ref_brands AS b ON b.brand_id = c.brand_id
  WHERE c.report_date BETWEEN date_sub(:date_from, :lookback_days + 1) AND date_add(:date_to, 1)
    AND (c.status = 'open' OR to_date(coalesce(c.closed_at, c.ended_at)) >= date_sub(:date_from, 1))
),
local_spans AS (
  -- The brand-local days each conversation was created and closed on.
  SELECT *,
         to_date(from_utc_timestamp(started_at, time_zone)) AS created_date,
         to_date(from_utc_timestamp(closed_at, time_zone))  AS closed_date
  FROM conversations
),
conversation_days AS (
  -- Each conversation on each rewritten day from the one it was created to the one it closed (or every
  -- later day while open), with the day's end in UTC; days not over by the as-of time are left out.
  SELECT *
  FROM (
    SELECT c.*, d.report_date,
           to_utc_timestamp(CAST(date_add(d.report_date, 1) AS TIMESTAMP), c.time_zone) AS day_ends_at
    FROM local_spans AS c
    JOIN days AS d
      ON d.report_date >= c.created_date AND (c.closed_date IS NULL OR d.report_date <= c.closed_date)
  ) AS spans
  WHERE day_ends_at <= :as_of
),
with_owner AS (
  SELECT cd.conversation_id, cd.brand_id, cd.channel, cd.report_date, cd.status, cd.created_date, cd.closed_date,
         cd.closed_at IS NULL OR cd.closed_at >= cd.day_ends_at AS open_at_end,
         unix_seconds(cd.day_ends_at) - unix_seconds(cd.started_at) AS age_seconds,
         count(r.conversation_id) > 0 AS brand_owes
  FROM conversation_days AS cd
  LEFT JOIN (
    SELECT conversation_id, waited_from, replied_at
    FROM IDENTIFIER(:fact_reply)
    WHERE report_date BETWEEN date_sub(:date_from, :lookback_days + 1) AND date_add(:date_to, 1)
  ) AS r
    ON r.conversation_id = cd.conversation_id AND r.waited_from < cd.day_ends_at
   AND (r.replied_at IS NULL OR r.replied_at >= cd.day_ends_at)
  GROUP BY cd.conversation_id, cd.brand_id, cd.channel, cd.report_date, cd.status, cd.created_date,
           cd.closed_date, cd.closed_at, cd.day_ends_at, cd.started_at
)
SELECT report_date, brand_id, channel,
  count_if(open_at_end)                                        AS open_conversations,
  count_if(open_at_end AND age_seconds < 86400)                AS open_age_lt_1d,
  count_if(open_at_end AND age_seconds >= 86400 AND age_seconds < 3 * 86400) AS open_age_1d_3d,
  count_if(open_at_end AND age_seconds >= 3 * 86400 AND age_seconds < 7 * 86400) AS open_age_3d_7d,
  count_if(open_at_end AND age_seconds >= 7 * 86400)           AS open_age_ge_7d,
  count_if(open_at_end AND brand_owes)                         AS open_brand_owes,
  count_if(open_at_end AND NOT brand_owes)                     AS open_customer_owes,
  count_if(created_date = report_date)                         AS conversations_created,
  count_if(closed_date = report_date AND status = 'resolved')  AS conversations_resolved,
  count_if(closed_date = report_date)                          AS conversations_closed
FROM with_owner
GROUP BY report_date, brand_id, channel
