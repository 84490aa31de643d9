-- gold.top_quick_replies_daily rows for the report dates in temp view affected_dates: per local date,
-- brand and channel, the ${top_n} most used quick replies. Parameters: top_n, date_from / date_to.
WITH daily AS (
  SELECT local_date, brand_id, channel, quick_reply, count(*) AS uses
  FROM silver.messages
  WHERE created_date BETWEEN DATE'${date_from}' - INTERVAL 1 DAYS AND DATE'${date_to}' + INTERVAL 1 DAYS
    AND local_date IN (SELECT report_date FROM affected_dates)
    AND quick_reply IS NOT NULL
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
WHERE rank <= ${top_n}
