-- The stored gold.fact_conversation rows of the conversations rebuilt or removed by this run, as they
-- were before this run's MERGE: compared with the rebuilt facts, so that only those that differ are
-- written (GoldPublisher), and read for the days the stored versions spanned (backlog_dates.sql).
-- Sources: gold.fact_conversation, temp views gold_rebuilt_conversations, gold_removed_conversations.
-- Parameter: report_from (every row of those conversations has report_date >= it).
SELECT f.*
FROM gold.fact_conversation AS f
WHERE f.report_date >= :report_from
  AND f.conversation_id IN (SELECT conversation_id FROM gold_rebuilt_conversations
                            UNION ALL SELECT conversation_id FROM gold_removed_conversations)
