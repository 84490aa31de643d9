-- Report dates whose gold rows must be rewritten: every date a rebuilt or removed conversation or
-- message counts on, before and after this run. Sources: temp views scope_conversations,
-- existing_conversations, scope_messages, existing_messages.
SELECT DISTINCT report_date
FROM (
  SELECT report_date FROM scope_conversations
  UNION ALL SELECT report_date FROM existing_conversations
  UNION ALL SELECT local_date FROM scope_messages
  UNION ALL SELECT local_date FROM existing_messages
) AS dates
WHERE report_date IS NOT NULL
