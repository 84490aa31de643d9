-- Report dates of gold.agg_backlog_daily that this run's fact changes touch: every date each changed
-- or deleted conversation spans, from its first message to when it closed (to its as-of time while
-- open), both as stored before this run's MERGE and as written now, with a day either side (a
-- brand-local date is within a day of the UTC date). A conversation rebuilt as it was stored changes no
-- day. A few rows. (GoldPublisher adds the days since the last published as-of.)
-- Sources: temp views gold_fact_changes (what the MERGE writes, is_deleted for deletions),
-- gold_stored_facts (the stored facts of the rebuilt and removed conversations).
WITH spans AS (
  SELECT s.started_at, coalesce(s.closed_at, s.status_as_of) AS ends_at
  FROM gold_stored_facts AS s
  LEFT SEMI JOIN gold_fact_changes AS c ON c.conversation_id = s.conversation_id
  UNION ALL
  SELECT started_at, coalesce(closed_at, status_as_of) FROM gold_fact_changes WHERE NOT is_deleted
)
SELECT DISTINCT explode(sequence(date_sub(to_date(started_at), 1), date_add(to_date(ends_at), 1))) AS report_date
FROM spans
ORDER BY report_date
