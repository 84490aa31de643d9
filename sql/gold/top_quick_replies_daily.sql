-- gold.top_quick_replies_daily rows for the report dates being rewritten: per local date, brand and
-- channel, the :top_n most used quick replies (text.top_n); ties broken by label, so ranks are unique.
-- Grain: report_date, brand_id, channel, quick_reply. Source: temp view gold_messages_of_dates.
-- Parameters: dates, top_n.
WITH daily AS (
  SELECT local_date, brand_id, channel, quick_reply, count(*) AS uses
  FROM gold_messages_of_dates
  WHERE array_contains(:dates, local_date) AND quick_reply IS NOT NULL
  GROUP BY local_date, brand_id, channel, quick_reply
),
ranked AS (
  SELECT *,
         row_number() OVER (PARTITION BY local_date, brand_id, channel ORDER BY uses DESC, quick_reply) AS rank,
         sum(uses) OVER (PARTITION BY local_date, brand_id, channel) AS all_uses
  FROM daily
)
SELECT local_date AS report_date, brand_id, channel, rank, quick_reply, uses, uses / all_uses AS share
FROM ranked
WHERE rank <= :top_n
