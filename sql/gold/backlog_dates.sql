-- Report dates of gold.agg_backlog_daily that the rebuilt and removed conversations touch: every date
-- each one spans, from its first message to when it closed (to its as-of time while open), both as
-- stored before this run's MERGE and as rebuilt, with a day either side (a brand-local date is within
-- a day of the UTC date). A few rows. (GoldPublisher adds the days since the last published as-of.)
-- Sources: gold.fact_conversation, temp views gold_rebuilt_conversations, gold_removed_conversations.
-- Parameter: report_from (every stored row of those conversations has report_date >= it).
WITH spans AS (
  SELECT started_at, coalesce(closed_at, status_as_of) AS ends_at
  FROM gold.fact_conversation
  WHERE report_date >= :report_from
    AND conversation_id IN (SELECT conversation_id FROM gold_rebuilt_conversations
                            UNION ALL SELECT conversation_id FROM gold_removed_conversations)
  UNION ALL
  SELECT started_at, coalesce(closed_at, status_as_of) FROM gold_rebuilt_conversations
)
SELECT DISTINCT explode(sequence(date_sub(to_date(started_at), 1), date_add(to_date(ends_at), 1))) AS report_date
FROM spans
ORDER BY report_date
