-- Report dates whose gold rows must be rewritten: every date a conversation, message or case event
-- that this run changes counts on, before and after this run: rebuilt rows that are not stored as they
-- are, and stored rows that they replace or that the rebuild removes. A rebuilt row that comes out as
-- it was stored changes no date. A few rows.
-- Sources: temp views changed_conversations, superseded_conversations, changed_messages,
-- superseded_messages, changed_case_events, superseded_case_events (Sessionizer.keepDifferences).
SELECT DISTINCT report_date
FROM (
  SELECT report_date FROM changed_conversations
  UNION ALL SELECT report_date FROM superseded_conversations
  UNION ALL SELECT local_date FROM changed_messages
  UNION ALL SELECT local_date FROM superseded_messages
  UNION ALL SELECT local_date FROM changed_case_events
  UNION ALL SELECT local_date FROM superseded_case_events
) AS dates
WHERE report_date IS NOT NULL
ORDER BY report_date
