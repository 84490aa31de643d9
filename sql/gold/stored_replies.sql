-- The stored gold.fact_reply rows of the conversations rebuilt or removed by this run: those the
-- rebuild no longer produces are deleted by the MERGE (merge_fact_reply.sql).
-- Sources: gold.fact_reply, temp views gold_rebuilt_conversations, gold_removed_conversations.
-- Parameter: report_from (every row of those conversations has report_date >= it).
SELECT r.conversation_id, r.reply_number, r.report_date
FROM gold.fact_reply AS r
WHERE r.report_date >= :report_from
  AND r.conversation_id IN (SELECT conversation_id FROM gold_rebuilt_conversations
                            UNION ALL SELECT conversation_id FROM gold_removed_conversations)
