-- Report dates whose facts or waits this run changes: those of the rows the fact MERGEs write (new,
-- changed and deleted rows) and of the stored rows they replace. GoldPublisher adds them to the dates
-- of the silver rows that changed (silver/affected_dates.sql); they differ only when something besides
-- the silver rows changed a fact (the reference data, an SLA outcome that came due). A few rows.
-- Sources: temp views gold_fact_changes, gold_stored_facts, gold_reply_changes, gold_stored_replies.
SELECT DISTINCT report_date
FROM (
  SELECT report_date FROM gold_fact_changes
  UNION ALL
  SELECT s.report_date FROM gold_stored_facts AS s
  LEFT SEMI JOIN gold_fact_changes AS c ON c.conversation_id = s.conversation_id
  UNION ALL
  SELECT report_date FROM gold_reply_changes
  UNION ALL
  SELECT s.report_date FROM gold_stored_replies AS s
  LEFT SEMI JOIN gold_reply_changes AS c ON c.conversation_id = s.conversation_id AND c.reply_number = s.reply_number
) AS dates
WHERE report_date IS NOT NULL
ORDER BY report_date
