-- Report dates whose gold rows must be rewritten: every date a rebuilt or removed conversation, message
-- or case event counts on, before and after this run. A few rows.
-- Sources: temp views scope_conversations, existing_conversations, scope_messages, existing_messages,
-- scope_case_events, existing_case_events.
SELECT DISTINCT report_date
FROM (
  SELECT report_date FROM scope_conversations
  UNION ALL SELECT report_date FROM existing_conversations
  UNION ALL SELECT local_date FROM scope_messages
  UNION ALL SELECT local_date FROM existing_messages
  UNION ALL SELECT local_date FROM scope_case_events
  UNION ALL SELECT local_date FROM existing_case_events
) AS dates
WHERE report_date IS NOT NULL
ORDER BY report_date
