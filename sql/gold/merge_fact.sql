-- Applies the rebuilt conversations' facts (temp view gold_fact_changes: rebuilt rows, plus is_deleted
-- rows for stored conversations of the rebuilt keys that no longer exist) to gold.fact_conversation in
-- one commit. Parameter: report_from (every row touched has report_date >= it).
MERGE INTO gold.fact_conversation AS t
USING gold_fact_changes AS s
ON t.conversation_id = s.conversation_id AND t.report_date >= :report_from
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *
